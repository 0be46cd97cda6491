//! The MSEL as a CSV spreadsheet (HSEEP columns), read and written, and put back into a
//! scenario file.
//!
//! Facilitators keep MSELs in spreadsheets. Export writes one row per inject; import reads
//! the rows back, checks every cell and reports every bad one with its row and column.

use miette::Diagnostic;

use super::effect_words::{effect_words_exact, is_ron_effect, parse_effect_words};
use super::expectation::{expectations_text, parse_expectations};
use super::load::{Source, to_ron};
use super::locate::{Step, locate};
use super::model::{Inject, InjectEffect, InjectTrigger, Scenario};
use super::sheet_problem::{CellIssue, after_end, unreadable_reason};
use crate::i18n::{InLang, Lang, Localized, Text};
use crate::output::{from_spreadsheet_cell, spreadsheet_cell};
use crate::time::SimTime;
use crate::tr;

/// The columns, in the order export writes them (HSEEP's MSEL columns, then the state
/// trigger, the effect on the model and the expected decisions).
pub const COLUMNS: [&str; 12] = [
    "number",
    "time",
    "synopsis",
    "from",
    "to",
    "method",
    "expected action",
    "capability",
    "notes",
    "trigger",
    "effect",
    "expect",
];

/// Columns import cannot do without.
const REQUIRED: [&str; 5] = ["number", "time", "synopsis", "from", "to"];

/// Separates several receivers in the `to` column.
pub const RECEIVER_SEPARATOR: char = ';';

/// Why an MSEL cannot be written as CSV.
#[derive(Debug, thiserror::Error, Diagnostic)]
pub enum ExportError {
    /// A receiver id holds the separator, so it would not read back as one receiver.
    SeparatorInReceiver {
        /// The inject's number.
        number: u32,
        /// The receiver id.
        receiver: String,
    },
    /// The CSV writer failed.
    Csv(#[from] csv::Error),
    /// An effect could not be written as RON.
    Effect {
        /// The inject's number.
        number: u32,
        /// The RON writer's reason.
        source: ron::Error,
    },
}

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.localized(Lang::En))
    }
}

impl Localized for ExportError {
    fn localized(&self, lang: Lang) -> String {
        match self {
            ExportError::SeparatorInReceiver { number, receiver } => tr!(
                lang,
                "msel-error-separator",
                number = number.to_string(),
                receiver = receiver,
            ),
            ExportError::Csv(err) => tr!(lang, "msel-error-csv", reason = err.to_string()),
            ExportError::Effect { number, source } => tr!(
                lang,
                "msel-error-effect",
                number = number.to_string(),
                reason = source.to_string(),
            ),
        }
    }
}

/// An effect in words (`transport breakdown: kp_buses 2`) when they read back as the same
/// effect, else as one line of RON, as the journal writes commands.
fn effect_text(effect: &InjectEffect) -> Result<String, ron::Error> {
    match effect_words_exact(effect) {
        Some(words) => Ok(words),
        None => super::one_line::to_one_line(effect),
    }
}

/// The MSEL as CSV text: a header row, then one row per inject. Times are written `T+6h`,
/// several receivers `police;dcam`. A text cell a spreadsheet would run as a formula (`=`,
/// `+`, `-`, `@` first) gets a leading apostrophe, which import takes off again (see
/// [`spreadsheet_cell`]).
pub fn export(msel: &[Inject]) -> Result<String, ExportError> {
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record(COLUMNS)?;
    for inject in msel {
        let separates = |r: &&String| r.contains([RECEIVER_SEPARATOR, ',', '|']);
        if let Some(receiver) = inject.to.iter().find(separates) {
            return Err(ExportError::SeparatorInReceiver {
                number: inject.number,
                receiver: receiver.clone(),
            });
        }
        let trigger = inject
            .trigger
            .as_ref()
            .map_or(String::new(), |t| t.to_string());
        let effect = match &inject.effect {
            Some(effect) => effect_text(effect).map_err(|source| ExportError::Effect {
                number: inject.number,
                source,
            })?,
            None => String::new(),
        };
        let cells = [
            inject.number.to_string().as_str(),
            &format!("T+{}", inject.at),
            &inject.synopsis,
            &inject.from,
            &inject.to.join(";"),
            &inject.method,
            &inject.expected_action,
            &inject.capability,
            &inject.notes,
            &trigger,
            &effect,
            &expectations_text(&inject.expect),
        ]
        .map(|cell| spreadsheet_cell(cell).into_owned());
        out.write_record(cells)?;
    }
    let bytes = out
        .into_inner()
        .map_err(|err| ExportError::Csv(err.into_error().into()))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// One bad cell (or row) of an MSEL spreadsheet.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Diagnostic)]
#[error("{}", self.localized(Lang::En))]
pub struct RowProblem {
    /// Spreadsheet row, 1-based; the header is row 1; 0 for a problem of the whole sheet.
    pub row: usize,
    /// Column, 1-based as in the file; 0 when the problem is the row's as a whole.
    pub column: usize,
    /// The column's name (from the header, or the expected one).
    pub name: String,
    /// What is wrong and what was expected, put into words where it is shown.
    pub message: Text,
}

impl RowProblem {
    /// A problem at `row` and `column` (1-based; 0 for the whole row or sheet) of the column
    /// named `name`.
    pub fn new(row: usize, column: usize, name: &str, message: Text) -> Self {
        RowProblem {
            row,
            column,
            name: name.to_string(),
            message,
        }
    }
}

impl Localized for RowProblem {
    /// `row 3, column 10 (trigger): ...`, or `row 3: ...` for a problem of the whole row.
    fn localized(&self, lang: Lang) -> String {
        let message = self.message.localized(lang);
        if self.row == 0 {
            return message;
        }
        super::sheet_problem::at_cell(lang, self.row, self.column, &self.name, &message)
    }
}

/// An MSEL spreadsheet that could not be imported: every problem found.
#[derive(Debug, thiserror::Error, Diagnostic)]
#[error("{}", self.localized(Lang::En))]
pub struct ImportError {
    /// The CSV file.
    pub file: String,
    /// Each bad row and column, in file order.
    #[related]
    pub problems: Vec<RowProblem>,
}

impl Localized for ImportError {
    fn localized(&self, lang: Lang) -> String {
        tr!(
            lang,
            "msel-error-import",
            file = &self.file,
            count = self.problems.len()
        )
    }

    fn localized_help(&self, lang: Lang) -> Option<String> {
        Some(tr!(lang, "msel-error-import-help"))
    }

    fn localized_related(&self, lang: Lang) -> Vec<Box<dyn Diagnostic + Send + Sync>> {
        related_in(&self.problems, lang)
    }
}

/// Bad rows as diagnostics in `lang`.
pub(crate) fn related_in(
    problems: &[RowProblem],
    lang: Lang,
) -> Vec<Box<dyn Diagnostic + Send + Sync>> {
    problems
        .iter()
        .map(|p| Box::new(InLang::new(p.clone(), lang)) as Box<dyn Diagnostic + Send + Sync>)
        .collect()
}

/// Reads an MSEL spreadsheet for `scenario`: the receivers must be its institutions and the
/// times within its duration.
pub fn import(file: &str, text: &str, scenario: &Scenario) -> Result<Vec<Inject>, ImportError> {
    import_sheet(file, text, scenario).map(|sheet| sheet.msel)
}

/// An MSEL read from a spreadsheet, with where each inject came from.
#[derive(Debug, Clone)]
pub struct Sheet {
    /// The CSV file.
    pub file: String,
    /// The injects, in row order.
    pub msel: Vec<Inject>,
    /// The spreadsheet row of each inject.
    rows: Vec<usize>,
    /// Where each of `COLUMNS` sits in the sheet (0-based), if it is there.
    columns: [Option<usize>; COLUMNS.len()],
}

/// Reads an MSEL spreadsheet for `scenario` (as `import`), keeping each inject's row and
/// the sheet's columns, so a problem found later is still shown at its row and column.
pub fn import_sheet(file: &str, text: &str, scenario: &Scenario) -> Result<Sheet, ImportError> {
    let mut rows = Rows {
        problems: Vec::new(),
        scenario,
        rows: Vec::new(),
        columns: [None; COLUMNS.len()],
    };
    let msel = rows.read(text.strip_prefix('\u{feff}').unwrap_or(text));
    if rows.problems.is_empty() {
        Ok(Sheet {
            file: file.to_string(),
            msel,
            rows: rows.rows,
            columns: rows.columns,
        })
    } else {
        Err(ImportError {
            file: file.to_string(),
            problems: rows.problems,
        })
    }
}

impl Sheet {
    /// Checks the scenario with this MSEL in place of its own by every rule `check` applies
    /// (the rules that relate an inject to the rest of the scenario included). A problem of
    /// an inject is given at its row, and at the cell of the field when the sheet has that
    /// column; never at a line of a scenario file, which was not written.
    pub fn check_in(&self, scenario: &Scenario) -> Result<(), ImportError> {
        let merged = Scenario {
            msel: self.msel.clone(),
            ..scenario.clone()
        };
        // The text only locates problems for `check`; here they are placed by inject.
        let text = super::load::to_ron(&merged).unwrap_or_default();
        let source = Source::new(self.file.clone(), text);
        let problems: Vec<RowProblem> = super::validate::validate_placed(&merged, &source)
            .into_iter()
            .map(|(problem, place)| {
                let message = match problem.said_hint() {
                    Some(hint) => Text::new("msel-problem-hint")
                        .text("message", problem.said())
                        .text("hint", hint),
                    None => problem.said(),
                };
                let Some(place) = place else {
                    // Not an inject's (the scenario was valid before): the sheet as a whole.
                    let message = Text::new("msel-problem-scenario").text("message", message);
                    return RowProblem::new(0, 0, "", message);
                };
                let row = self.rows.get(place.inject).copied().unwrap_or(0);
                let number = self.msel.get(place.inject).map_or(0, |i| i.number);
                match column_of(&place.field).and_then(|k| Some((k, self.columns[k]?))) {
                    Some((k, index)) => {
                        RowProblem::new(row, index.saturating_add(1), COLUMNS[k], message)
                    }
                    None => RowProblem::new(
                        row,
                        0,
                        "",
                        Text::new("msel-problem-inject")
                            .id("number", number.to_string())
                            .text("message", message),
                    ),
                }
            })
            .collect();
        if problems.is_empty() {
            Ok(())
        } else {
            Err(ImportError {
                file: self.file.clone(),
                problems,
            })
        }
    }
}

/// The column (index into `COLUMNS`) of an inject's field as the scenario format names it.
fn column_of(field: &str) -> Option<usize> {
    let column = match field {
        "number" => "number",
        "at" => "time",
        "synopsis" => "synopsis",
        "from" => "from",
        "to" => "to",
        "method" => "method",
        "expected_action" => "expected action",
        "capability" => "capability",
        "notes" => "notes",
        "trigger" => "trigger",
        "effect" => "effect",
        "expect" => "expect",
        _ => return None,
    };
    COLUMNS.iter().position(|c| *c == column)
}

struct Rows<'s> {
    problems: Vec<RowProblem>,
    scenario: &'s Scenario,
    /// The row of each inject read.
    rows: Vec<usize>,
    /// Where each known column sits.
    columns: [Option<usize>; COLUMNS.len()],
}

impl Rows<'_> {
    /// A problem for the first id of an effect the scenario does not know.
    fn unknown_effect_id(&mut self, row: usize, column: usize, effect: &InjectEffect) {
        if let Some(u) = effect.unknown_id(self.scenario) {
            let message = Text::new("msel-problem-effect-id")
                .text("what", Text::new(u.what.key()))
                .id("id", u.id.as_str())
                .id("field", u.field.to_string())
                .list("known", &u.known);
            self.problem(row, column, COLUMNS[10], message);
        }
    }

    fn problem(&mut self, row: usize, column: usize, name: &str, message: Text) {
        self.problems
            .push(RowProblem::new(row, column, name, message));
    }

    #[allow(
        clippy::arithmetic_side_effects,
        reason = "row, column and byte positions within the CSV or scenario text stay below its length (< isize::MAX)"
    )]
    fn read(&mut self, text: &str) -> Vec<Inject> {
        let mut reader = super::sheet_text::sheet_reader(text);
        let header = match reader.headers() {
            Ok(header) => header.clone(),
            Err(err) => {
                self.csv_error(&err);
                return Vec::new();
            }
        };
        let Some(columns) = self.columns(&header) else {
            return Vec::new();
        };
        self.columns = columns;
        let mut msel = Vec::new();
        let mut numbers: Vec<(u32, usize)> = Vec::new();
        let mut triggers = Vec::new();
        for (index, record) in reader.records().enumerate() {
            let row = index + 2;
            match record {
                Ok(record) if record.len() != header.len() => self.problem(
                    row,
                    record.len().min(header.len()) + 1,
                    "",
                    CellIssue::RowLength {
                        cells: record.len(),
                        header: header.len(),
                    }
                    .text(),
                ),
                Ok(record) => {
                    let inject = self.inject(row, &columns, &record, &mut numbers);
                    if let Some(inject) = inject {
                        if inject.trigger.is_some() {
                            triggers.push((row, msel.len()));
                        }
                        msel.push(inject);
                        self.rows.push(row);
                    }
                }
                Err(err) => self.csv_error(&err),
            }
        }
        // Triggers may name any inject of the sheet, so they are checked once all are read.
        let all: Vec<u32> = numbers.iter().map(|(n, _)| *n).collect();
        let column = columns[9].map_or(0, |i| i + 1);
        for (row, k) in triggers {
            let inject: &Inject = &msel[k];
            let trigger = inject.trigger.as_ref();
            let unknown = trigger.and_then(|t| t.unknown_id(self.scenario, &all));
            let own = matches!(trigger, Some(InjectTrigger::Delivered { inject: n, .. }) if *n == inject.number);
            if let Some(u) = unknown {
                let message = Text::new("msel-problem-unknown-id")
                    .text("what", Text::new(u.what.key()))
                    .id("id", u.id.as_str())
                    .list("known", &u.known);
                self.problem(row, column, COLUMNS[9], message);
            } else if own {
                let message =
                    Text::new("msel-problem-own-delivery").id("number", inject.number.to_string());
                self.problem(row, column, COLUMNS[9], message);
            }
        }
        msel
    }

    /// Where each known column sits (its 0-based index), or None when the header is unusable.
    #[allow(
        clippy::arithmetic_side_effects,
        reason = "row, column and byte positions within the CSV or scenario text stay below its length (< isize::MAX)"
    )]
    fn columns(&mut self, header: &csv::StringRecord) -> Option<[Option<usize>; COLUMNS.len()]> {
        let mut found = [None; COLUMNS.len()];
        if let Some(found) = super::sheet_problem::separator_in(header) {
            let issue = CellIssue::WrongSeparator { found };
            self.problem(1, 1, "", issue.text());
            return None;
        }
        for (i, cell) in header.iter().enumerate() {
            let name = cell.trim().to_lowercase().replace('_', " ");
            let name = match name.as_str() {
                "scenario time" => "time",
                "message" => "synopsis",
                "objective" => "capability",
                other => other,
            };
            match COLUMNS.iter().position(|c| *c == name) {
                Some(k) if found[k].is_some() => self.problem(
                    1,
                    i + 1,
                    cell,
                    CellIssue::DuplicateColumn {
                        name: name.to_string(),
                    }
                    .text(),
                ),
                Some(k) => found[k] = Some(i),
                None => self.problem(
                    1,
                    i + 1,
                    cell,
                    CellIssue::UnknownColumn {
                        name: cell.trim().to_string(),
                        known: COLUMNS.map(str::to_string).to_vec(),
                    }
                    .text(),
                ),
            }
        }
        for (k, name) in COLUMNS.iter().enumerate() {
            if found[k].is_none() && REQUIRED.contains(name) {
                self.problem(
                    1,
                    header.len() + 1,
                    name,
                    CellIssue::MissingColumn {
                        name: name.to_string(),
                    }
                    .text(),
                );
            }
        }
        self.problems.is_empty().then_some(found)
    }

    #[allow(
        clippy::arithmetic_side_effects,
        reason = "row, column and byte positions within the CSV or scenario text stay below its length (< isize::MAX)"
    )]
    fn inject(
        &mut self,
        row: usize,
        columns: &[Option<usize>; COLUMNS.len()],
        record: &csv::StringRecord,
        numbers: &mut Vec<(u32, usize)>,
    ) -> Option<Inject> {
        let before = self.problems.len();
        let cell = |k: usize| -> (usize, &str) {
            columns[k].map_or((0, ""), |i| {
                (i + 1, from_spreadsheet_cell(record.get(i).unwrap_or("")))
            })
        };
        let (column, text) = cell(0);
        let number = match text.trim().parse::<u32>() {
            Ok(n) => {
                if let Some((_, first)) = numbers.iter().find(|(m, _)| *m == n) {
                    let message = Text::new("msel-problem-number-twice")
                        .id("number", n.to_string())
                        .id("first", first.to_string());
                    self.problem(row, column, COLUMNS[0], message);
                }
                numbers.push((n, row));
                n
            }
            Err(_) => {
                let message = Text::new("msel-problem-number").id("found", text);
                self.problem(row, column, COLUMNS[0], message);
                0
            }
        };
        let (column, text) = cell(1);
        let end = self.scenario.exercise.duration;
        let at = match text.parse::<SimTime>() {
            Ok(at) if at > end => {
                let message = after_end(at, end);
                self.problem(row, column, COLUMNS[1], message);
                at
            }
            Ok(at) => at,
            Err(err) => {
                self.problem(
                    row,
                    column,
                    COLUMNS[1],
                    super::sheet_problem::time_error(&err),
                );
                SimTime::ZERO
            }
        };
        let (column, synopsis) = cell(2);
        if synopsis.trim().is_empty() {
            let message = Text::new("msel-problem-synopsis");
            self.problem(row, column, COLUMNS[2], message);
        }
        let (column, receivers) = cell(4);
        let to: Vec<String> = super::sheet_problem::list_items(receivers)
            .map(str::to_string)
            .collect();
        let institutions = &self.scenario.institutions;
        for receiver in &to {
            if !institutions.iter().any(|i| &i.id == receiver) {
                let known: Vec<String> = institutions.iter().map(|i| i.id.clone()).collect();
                let message = Text::new("msel-problem-receiver")
                    .id("id", receiver.as_str())
                    .list("known", &known);
                self.problem(row, column, COLUMNS[4], message);
            }
        }
        let (column, text) = cell(9);
        let trigger = match text.trim() {
            "" => None,
            text => match text.parse::<InjectTrigger>() {
                Ok(trigger) => Some(trigger),
                Err(err) => {
                    self.problem(row, column, COLUMNS[9], err.text());
                    None
                }
            },
        };
        let (column, text) = cell(10);
        let effect = match text.trim() {
            "" => None,
            text if !is_ron_effect(text) => match parse_effect_words(text) {
                Ok(effect) => {
                    self.unknown_effect_id(row, column, &effect);
                    Some(effect)
                }
                Err(err) => {
                    let problem = RowProblem::new(row, column, COLUMNS[10], err.text());
                    self.problems.push(problem);
                    None
                }
            },
            text => match super::one_line::ron_options().from_str::<InjectEffect>(text) {
                Ok(effect) => {
                    self.unknown_effect_id(row, column, &effect);
                    Some(effect)
                }
                Err(err) => {
                    let message = Text::new("msel-problem-effect")
                        .id("text", text)
                        .text("reason", super::ron_words::ron_words(&err.code))
                        .id("at", err.span.start.col.to_string());
                    self.problem(row, column, COLUMNS[10], message);
                    None
                }
            },
        };
        let (column, text) = cell(11);
        let expect = match parse_expectations(text) {
            Ok(list) => {
                let institutions = &self.scenario.institutions;
                for by in list.iter().filter_map(|e| e.by.as_ref()) {
                    if !institutions.iter().any(|i| &i.id == by) {
                        let known: Vec<String> =
                            institutions.iter().map(|i| i.id.clone()).collect();
                        let message = CellIssue::UnknownInstitution {
                            id: by.clone(),
                            known,
                        }
                        .text();
                        self.problem(row, column, COLUMNS[11], message);
                    }
                }
                list
            }
            Err(err) => {
                self.problem(row, column, COLUMNS[11], err.text());
                Vec::new()
            }
        };
        // A synopsis the sheet leaves as it was keeps its translations (the sheet has none).
        let synopses = self
            .scenario
            .msel
            .iter()
            .find(|old| old.number == number && old.synopsis == synopsis)
            .map(|old| old.synopses.clone())
            .unwrap_or_default();
        // So does an expected action.
        let expected_action = cell(6).1;
        let expected_actions = self
            .scenario
            .msel
            .iter()
            .find(|old| old.number == number && old.expected_action == expected_action)
            .map(|old| old.expected_actions.clone())
            .unwrap_or_default();
        (self.problems.len() == before).then(|| Inject {
            number,
            at,
            synopsis: synopsis.to_string(),
            synopses,
            from: cell(3).1.to_string(),
            to,
            method: cell(5).1.to_string(),
            expected_action: expected_action.to_string(),
            expected_actions,
            expect,
            capability: cell(7).1.to_string(),
            notes: cell(8).1.to_string(),
            trigger,
            effect,
        })
    }

    #[allow(
        clippy::arithmetic_side_effects,
        reason = "row, column and byte positions within the CSV or scenario text stay below its length (< isize::MAX)"
    )]
    fn csv_error(&mut self, err: &csv::Error) {
        let row = err.position().map_or(0, |p| p.record() as usize + 1);
        let column = match err.kind() {
            csv::ErrorKind::Utf8 { err, .. } => err.field() + 1,
            _ => 0,
        };
        self.problem(
            row,
            column,
            "",
            Text::new("sheet-unreadable").text("reason", unreadable_reason(err)),
        );
    }
}

/// A scenario's text with a new MSEL.
#[derive(Debug, Clone)]
pub struct Rewritten {
    /// The new scenario text.
    pub text: String,
    /// Whether only the `msel: [...]` section was replaced (comments elsewhere kept). When
    /// false, the whole scenario was written anew and its comments are gone.
    pub comments_kept: bool,
}

/// `source`'s text with its MSEL replaced by `msel`. Only the `msel: [...]` section is
/// replaced (or added) when the result reads back as exactly the scenario with the new MSEL;
/// otherwise the whole scenario is written again from its data.
pub fn with_msel(
    source: &Source,
    scenario: &Scenario,
    msel: Vec<Inject>,
) -> Result<Rewritten, ron::Error> {
    let expected = Scenario {
        msel,
        ..scenario.clone()
    };
    let section = splice(&source.text, &expected.msel)?;
    let reads_back = |text: &str| ron::from_str::<Scenario>(text).is_ok_and(|s| s == expected);
    match section {
        Some(text) if reads_back(&text) => Ok(Rewritten {
            text,
            comments_kept: true,
        }),
        _ => Ok(Rewritten {
            text: to_ron(&expected)?,
            comments_kept: false,
        }),
    }
}

/// The text with an empty MSEL in place of its own, whatever that holds (an MSEL being
/// replaced may be the broken part of the scenario); None when the text has no `msel:`
/// section that can be found.
pub fn without_msel(text: &str) -> Option<String> {
    splice(text, &[]).ok().flatten()
}

/// The text with the value of the top-level `msel:` field replaced, or the field added
/// before the closing parenthesis. None when the text is not laid out as expected.
#[allow(
    clippy::arithmetic_side_effects,
    reason = "row, column and byte positions within the CSV or scenario text stay below its length (< isize::MAX)"
)]
fn splice(text: &str, msel: &[Inject]) -> Result<Option<String>, ron::Error> {
    let start = locate(text, &[Step::Key("msel")]).offset();
    let is_msel_value = text.as_bytes().get(start) == Some(&b'[')
        && text[..start]
            .trim_end()
            .strip_suffix(':')
            .is_some_and(|before| before.trim_end().ends_with("msel"));
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let indent: String = text[line_start..]
        .chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .collect();
    let list = |indent: &str| -> Result<String, ron::Error> {
        let config = ron::ser::PrettyConfig::new()
            .struct_names(false)
            .compact_arrays(true)
            .indentor("    ");
        let pretty = ron::ser::to_string_pretty(msel, config)?;
        Ok(pretty.replace('\n', &format!("\n{indent}")))
    };
    if is_msel_value {
        let Some(end) = closing_bracket(text, start) else {
            return Ok(None);
        };
        return Ok(Some(format!(
            "{}{}{}",
            &text[..start],
            list(&indent)?,
            &text[end + 1..]
        )));
    }
    // No MSEL yet: add it as the last field of the scenario.
    let Some(close) = text.trim_end().strip_suffix(')').map(str::len) else {
        return Ok(None);
    };
    let body = text[..close].trim_end();
    let comma = if body.ends_with(',') || body.ends_with('(') {
        ""
    } else {
        ","
    };
    Ok(Some(format!(
        "{body}{comma}\n    msel: {},\n{}",
        list("    ")?,
        &text[close..]
    )))
}

/// The index of the bracket closing the one at `open`, skipping strings and comments.
#[allow(
    clippy::arithmetic_side_effects,
    reason = "row, column and byte positions within the CSV or scenario text stay below its length (< isize::MAX)"
)]
fn closing_bracket(text: &str, open: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut depth = 0usize;
    let mut i = open;
    while i < b.len() {
        match b[i] {
            b'"' => {
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'/' if b.get(i + 1) == Some(&b'/') => {
                i = text[i..].find('\n').map_or(b.len(), |n| i + n);
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                i = text[i + 2..].find("*/").map_or(b.len(), |n| i + 2 + n + 1);
            }
            b'[' | b'(' | b'{' => depth += 1,
            b']' | b')' | b'}' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}
