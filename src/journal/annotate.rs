//! Observations added after the exercise, from the hot wash's spreadsheet:
//! `fluxsim observe J --csv notes.csv -o J2` writes a copy of journal J with one
//! `Annotation` line per row appended after its end, continuing its chain. The original
//! journal is never modified; a sheet with any bad cell writes nothing.

use miette::Diagnostic;

use super::chain::Sealer;
use super::line::{CHAINED_SINCE, Line};
use super::read::Journal;
use crate::i18n::{Lang, Localized, Text};
use crate::output::from_spreadsheet_cell;
use crate::scenario::msel_csv::{RowProblem, related_in};
use crate::scenario::sheet_problem::{CellIssue, after_end, time_error, unreadable_reason};
use crate::scenario::sheet_text::sheet_reader;
use crate::scenario::{Observation, Ranges, Rating, Scenario};
use crate::time::SimTime;
use crate::tr;

/// The hot-wash sheet's columns, by header name (any order, any case). `time` and `text`
/// are required; the others may be missing or empty.
pub const COLUMNS: [&str; 8] = [
    "time",
    "evaluator",
    "capability",
    "institution",
    "rating",
    "text",
    "task",
    "inject",
];

/// A hot-wash sheet that cannot be added to a journal.
#[derive(Debug, thiserror::Error, Diagnostic)]
pub enum AnnotateError {
    /// The journal has no chain to continue (a format before 4).
    OldFormat {
        /// The journal.
        journal: String,
        /// Its format.
        format: u32,
    },
    /// Bad cells, each with its row and column; nothing was written.
    Sheet {
        /// The CSV file.
        file: String,
        /// Each bad row and column, in file order.
        #[related]
        problems: Vec<RowProblem>,
    },
    /// The new lines could not be written as RON (not expected).
    Line(#[from] ron::Error),
}

impl std::fmt::Display for AnnotateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.localized(Lang::En))
    }
}

impl Localized for AnnotateError {
    fn localized(&self, lang: Lang) -> String {
        match self {
            AnnotateError::OldFormat { journal, format } => tr!(
                lang,
                "observe-error-old-format",
                journal = journal,
                format = format.to_string(),
                chained = CHAINED_SINCE.to_string(),
            ),
            AnnotateError::Sheet { file, .. } => tr!(lang, "observe-error-sheet", file = file),
            AnnotateError::Line(err) => tr!(lang, "observe-error-line", reason = err.to_string()),
        }
    }

    fn localized_help(&self, lang: Lang) -> Option<String> {
        match self {
            AnnotateError::OldFormat { journal, .. } => Some(tr!(
                lang,
                "observe-error-old-format-help",
                journal = journal
            )),
            AnnotateError::Sheet { .. } => Some(tr!(lang, "observe-error-sheet-help")),
            AnnotateError::Line(_) => None,
        }
    }

    fn localized_related(&self, lang: Lang) -> Vec<Box<dyn Diagnostic + Send + Sync>> {
        match self {
            AnnotateError::Sheet { problems, .. } => related_in(problems, lang),
            AnnotateError::OldFormat { .. } | AnnotateError::Line(_) => Vec::new(),
        }
    }
}

/// The lines to append to a journal: each already sealed with its chain value and ended with
/// a line break, and how many observations they carry.
#[derive(Debug, Clone, PartialEq)]
pub struct Annotations {
    /// The text to append after the journal's last complete line.
    pub text: String,
    /// The observations added.
    pub count: usize,
}

/// Reads the hot-wash sheet `text` (from `file`) against `scenario` and the journal it
/// belongs to: the annotation lines to append to `journal`.
pub fn annotations(
    journal: &Journal,
    scenario: &Scenario,
    file: &str,
    text: &str,
) -> Result<Annotations, AnnotateError> {
    let format = journal.header.as_ref().map_or(0, |h| h.format);
    if format < CHAINED_SINCE {
        return Err(AnnotateError::OldFormat {
            journal: journal.path.clone(),
            format,
        });
    }
    let mut rows = Rows {
        scenario,
        problems: Vec::new(),
        columns: [None; COLUMNS.len()],
    };
    let lines = rows.read(text);
    if !rows.problems.is_empty() {
        return Err(AnnotateError::Sheet {
            file: file.to_string(),
            problems: rows.problems,
        });
    }
    let mut sealer = Sealer::continuing(journal.chain.clone());
    let mut out = String::new();
    for line in &lines {
        out.push_str(&sealer.text(line)?);
        out.push('\n');
    }
    Ok(Annotations {
        text: out,
        count: lines.len(),
    })
}

struct Rows<'s> {
    scenario: &'s Scenario,
    problems: Vec<RowProblem>,
    /// Where each of `COLUMNS` sits in the sheet (0-based), if it is there.
    columns: [Option<usize>; COLUMNS.len()],
}

impl Rows<'_> {
    fn problem(&mut self, row: usize, column: usize, name: &str, message: Text) {
        self.problems
            .push(RowProblem::new(row, column, name, message));
    }

    fn read(&mut self, text: &str) -> Vec<Line> {
        let mut reader = sheet_reader(text);
        match reader.headers() {
            Ok(headers) => {
                for (i, name) in headers.iter().enumerate() {
                    let name = name.trim().to_lowercase();
                    if let Some(k) = COLUMNS.iter().position(|c| *c == name) {
                        self.columns[k] = Some(i);
                    }
                }
            }
            Err(err) => {
                let reason = unreadable_reason(&err);
                self.problem(
                    1,
                    0,
                    "",
                    Text::new("sheet-header-unreadable").text("reason", reason),
                );
                return Vec::new();
            }
        }
        for required in ["time", "text"] {
            if self.column(required).is_none() {
                let message = CellIssue::MissingColumn {
                    name: required.to_string(),
                }
                .text();
                self.problem(1, 0, required, message);
            }
        }
        if !self.problems.is_empty() {
            return Vec::new();
        }
        let mut lines = Vec::new();
        for (i, record) in reader.records().enumerate() {
            let row = i.saturating_add(2);
            match record {
                Ok(record) => {
                    if record.iter().all(|c| c.trim().is_empty()) {
                        continue;
                    }
                    if let Some(line) = self.row(row, &record) {
                        lines.push(line);
                    }
                }
                Err(err) => {
                    let reason = unreadable_reason(&err);
                    self.problem(
                        row,
                        0,
                        "",
                        Text::new("sheet-unreadable").text("reason", reason),
                    );
                }
            }
        }
        if lines.is_empty() && self.problems.is_empty() {
            self.problem(0, 0, "", Text::new("observe-problem-no-rows"));
        }
        lines
    }

    fn column(&self, name: &str) -> Option<usize> {
        COLUMNS
            .iter()
            .position(|c| *c == name)
            .and_then(|k| self.columns[k])
    }

    /// The cell of column `name` in `record`: its 1-based column and its text (a
    /// spreadsheet-escaped cell read back), empty when the column or cell is missing.
    fn cell<'r>(&self, record: &'r csv::StringRecord, name: &str) -> (usize, &'r str) {
        match self.column(name) {
            Some(i) => (
                i.saturating_add(1),
                from_spreadsheet_cell(record.get(i).unwrap_or("").trim()),
            ),
            None => (0, ""),
        }
    }

    fn row(&mut self, row: usize, record: &csv::StringRecord) -> Option<Line> {
        let before = self.problems.len();
        let end = self.scenario.exercise.duration;
        let (column, time) = self.cell(record, "time");
        let at = match time.parse::<SimTime>() {
            Ok(at) if at > end => {
                self.problem(row, column, "time", after_end(at, end));
                at
            }
            Ok(at) => at,
            Err(err) => {
                self.problem(row, column, "time", time_error(&err));
                SimTime::ZERO
            }
        };
        let (column, text) = self.cell(record, "text");
        if text.is_empty() {
            let message = Text::new("observe-problem-empty-text");
            self.problem(row, column, "text", message);
        } else if text.chars().count() > Ranges::TEXT {
            let message = Text::new("observe-problem-too-long").count("max", Ranges::TEXT as u64);
            self.problem(row, column, "text", message);
        }
        let (column, rating) = self.cell(record, "rating");
        let rating = match rating {
            "" => None,
            letter => {
                let rated = Rating::from_letter(letter);
                if rated.is_none() {
                    let message = Text::new("observe-problem-rating").id("found", letter);
                    self.problem(row, column, "rating", message);
                }
                rated
            }
        };
        let capability = self.known(record, row, "capability", self.scenario.capabilities());
        let institutions = self.scenario.institutions.iter().map(|i| i.id.clone());
        let institution = self.known(record, row, "institution", institutions.collect());
        let tasks = self.scenario.objectives.iter().flat_map(|o| &o.tasks);
        let task = self.known(record, row, "task", tasks.map(|t| t.id.clone()).collect());
        let numbers = self.scenario.msel.iter().map(|i| i.number.to_string());
        let inject = self
            .known(record, row, "inject", numbers.collect())
            .and_then(|n| n.parse().ok());
        let (_, by) = self.cell(record, "evaluator");
        let by = if by.is_empty() { "evaluator" } else { by };
        (self.problems.len() == before).then(|| Line::Annotation {
            at,
            by: by.to_string(),
            observation: Observation {
                text: text.to_string(),
                capability,
                institution,
                inject,
                task,
                rating,
            },
        })
    }

    /// The cell of column `name`, which must be one of `known` (ignoring case) when given.
    fn known(
        &mut self,
        record: &csv::StringRecord,
        row: usize,
        name: &str,
        known: Vec<String>,
    ) -> Option<String> {
        let (column, value) = self.cell(record, name);
        if value.is_empty() {
            return None;
        }
        match known.iter().find(|k| k.eq_ignore_ascii_case(value)) {
            Some(k) => Some(k.clone()),
            None => {
                let message = Text::new("observe-problem-unknown")
                    .id("column", name)
                    .id("value", value)
                    .id("known", known.join(", "));
                self.problem(row, column, name, message);
                None
            }
        }
    }
}
