//! Problems of the sheets a designer keeps beside a scenario (the RACI matrix, the places
//! and links), each at its row and column, every one of a sheet reported at once.

use miette::Diagnostic;

use crate::i18n::{InLang, Lang, Localized, Text};
use crate::time::SimTime;
use crate::tr;

/// What is wrong with one cell (or row) of a sheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CellIssue {
    /// A column or cell names an institution the scenario does not have.
    UnknownInstitution {
        /// As written.
        id: String,
        /// The scenario's institutions.
        known: Vec<String>,
    },
    /// A row names a function the scenario does not have.
    UnknownFunction {
        /// As written.
        id: String,
        /// The scenario's functions.
        known: Vec<String>,
    },
    /// A RACI cell holds something else than the letters R, A, C and I.
    BadLetter {
        /// The cell as written.
        cell: String,
        /// The first character that is not one of the letters.
        letter: String,
    },
    /// A column appears twice in the header.
    DuplicateColumn {
        /// Its name.
        name: String,
    },
    /// An id appears on two rows.
    DuplicateRow {
        /// The id.
        id: String,
        /// The row it was first on.
        first: usize,
    },
    /// A column the sheet cannot do without is missing.
    MissingColumn {
        /// Its name.
        name: String,
    },
    /// A header cell names no column the sheet knows.
    UnknownColumn {
        /// As written.
        name: String,
        /// The columns the sheet knows.
        known: Vec<String>,
    },
    /// A row has another number of cells than the header.
    RowLength {
        /// Cells in the row.
        cells: usize,
        /// Cells in the header.
        header: usize,
    },
    /// The header is one cell holding a character that looks like a separator: the file
    /// separates its cells with something a sheet does not use.
    WrongSeparator {
        /// The character found.
        found: char,
    },
    /// A required cell is empty.
    Empty,
    /// A cell's value cannot be read as what the column holds.
    BadValue {
        /// The cell as written.
        cell: String,
        /// What the column holds: a catalogue key (`sheet-expect-count`).
        expected: &'static str,
    },
    /// A link names a bus or train fleet the scenario does not have.
    UnknownFleet {
        /// As written.
        id: String,
        /// The scenario's fleets.
        known: Vec<String>,
    },
    /// A place row fills a column its kind does not use (or, with no kind, a link's column).
    NotForPlace {
        /// The column.
        name: String,
        /// The place's kind, when the row names one.
        kind: Option<String>,
    },
    /// A link row fills a column only a place uses.
    NotForLink {
        /// The column.
        name: String,
    },
    /// A place named by a link is not among the places.
    UnknownPlace {
        /// As written.
        id: String,
        /// The places.
        known: Vec<String>,
    },
    /// The CSV reader could not read the row.
    Unreadable {
        /// The reader's reason, in words ([`unreadable_reason`]).
        reason: Text,
    },
    /// A series names an entry point whose arrivals it does not give.
    UnknownEntry {
        /// As written.
        id: String,
        /// The entry points whose arrival profile reads this series.
        known: Vec<String>,
    },
    /// A date or hour outside the exercise.
    OutsideExercise {
        /// The cell as written.
        cell: String,
        /// The first whole day of the exercise (`2015-05-01`; empty: none).
        first: String,
        /// The last whole day of the exercise.
        last: String,
    },
    /// A count below zero.
    Negative {
        /// The cell as written.
        cell: String,
    },
    /// A nationality the cohort does not have.
    UnknownNationality {
        /// As written.
        id: String,
        /// The cohort's nationalities (with their codes).
        known: Vec<String>,
    },
    /// An entry point's series has more distinct rows than the engine takes.
    TooManyRows {
        /// The entry point.
        entry: String,
        /// The most it takes.
        most: usize,
    },
}

/// One bad cell of a sheet.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Diagnostic)]
#[error("{}", self.localized(Lang::En))]
pub struct CellProblem {
    /// Spreadsheet row, 1-based; the header is row 1.
    pub row: usize,
    /// Column, 1-based; 0 when the problem is the row's as a whole.
    pub column: usize,
    /// The column's name, from the header (empty when unknown).
    pub name: String,
    /// What is wrong.
    pub issue: CellIssue,
}

impl CellProblem {
    /// A problem at `row` and `column` (1-based) of the column named `name`.
    pub fn new(row: usize, column: usize, name: &str, issue: CellIssue) -> Self {
        CellProblem {
            row,
            column,
            name: name.to_string(),
            issue,
        }
    }
}

impl CellIssue {
    /// The issue as a message of the catalogue, put into words where it is shown.
    pub fn text(&self) -> Text {
        let known = |key, id: &str, known: &[String]| {
            Text::new(key).id("id", id).id("known", known.join(", "))
        };
        match self {
            CellIssue::UnknownInstitution { id, known: ids } => {
                known("sheet-unknown-institution", id, ids)
            }
            CellIssue::UnknownFunction { id, known: ids } => {
                known("sheet-unknown-function", id, ids)
            }
            CellIssue::BadLetter { cell, letter } => Text::new("sheet-bad-letter")
                .id("cell", cell.as_str())
                .id("letter", letter.as_str()),
            CellIssue::DuplicateColumn { name } => {
                Text::new("sheet-duplicate-column").id("name", name.as_str())
            }
            CellIssue::DuplicateRow { id, first } => Text::new("sheet-duplicate-row")
                .id("id", id.as_str())
                .id("first", first.to_string()),
            CellIssue::MissingColumn { name } => {
                Text::new("sheet-missing-column").id("name", name.as_str())
            }
            CellIssue::UnknownColumn { name, known } => Text::new("sheet-unknown-column")
                .id("name", name.as_str())
                .id("known", known.join(", ")),
            CellIssue::RowLength { cells, header } => Text::new("sheet-row-length")
                .count("cells", *cells as u64)
                .count("header", *header as u64),
            CellIssue::WrongSeparator { found: '\t' } => Text::new("sheet-wrong-separator-tab"),
            CellIssue::WrongSeparator { found } => {
                Text::new("sheet-wrong-separator").id("found", found.to_string())
            }
            CellIssue::Empty => Text::new("sheet-empty-cell"),
            CellIssue::BadValue { cell, expected } => Text::new("sheet-bad-value")
                .id("cell", cell.as_str())
                .text("expected", Text::new(expected)),
            CellIssue::UnknownFleet { id, known: ids } => known("sheet-unknown-fleet", id, ids),
            CellIssue::NotForPlace {
                name,
                kind: Some(kind),
            } => Text::new("sheet-not-for-kind")
                .id("name", name.as_str())
                .id("kind", kind.as_str()),
            CellIssue::NotForPlace { name, kind: None } => {
                Text::new("sheet-not-for-place").id("name", name.as_str())
            }
            CellIssue::NotForLink { name } => {
                Text::new("sheet-not-for-link").id("name", name.as_str())
            }
            CellIssue::UnknownPlace { id, known: ids } => known("sheet-unknown-place", id, ids),
            CellIssue::Unreadable { reason } => {
                Text::new("sheet-unreadable").text("reason", reason.clone())
            }
            CellIssue::UnknownEntry { id, known: ids } => known("sheet-unknown-entry", id, ids),
            CellIssue::OutsideExercise { cell, first, last } => Text::new("sheet-outside-exercise")
                .id("cell", cell.as_str())
                .id("first", first.as_str())
                .id("last", last.as_str()),
            CellIssue::Negative { cell } => Text::new("sheet-negative").id("cell", cell.as_str()),
            CellIssue::UnknownNationality { id, known: ids } => {
                known("sheet-unknown-nationality", id, ids)
            }
            CellIssue::TooManyRows { entry, most } => Text::new("sheet-too-many-rows")
                .id("entry", entry.as_str())
                .id("most", most.to_string()),
        }
    }
}

impl Localized for CellIssue {
    fn localized(&self, lang: Lang) -> String {
        self.text().localized(lang)
    }
}

/// Why the CSV reader could not read a row, in words: text that is not UTF-8, a row of
/// another length than the one before, or the system's reason for a failed read.
pub fn unreadable_reason(err: &csv::Error) -> Text {
    match err.kind() {
        csv::ErrorKind::Utf8 { .. } => Text::new("sheet-unreadable-utf8"),
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => CellIssue::RowLength {
            cells: usize::try_from(*len).unwrap_or(usize::MAX),
            header: usize::try_from(*expected_len).unwrap_or(usize::MAX),
        }
        .text(),
        csv::ErrorKind::Io(io) => Text::new("sheet-unreadable-io").id("reason", io.to_string()),
        // The reader's other errors come from (de)serialising records, which sheets do not do.
        _ => Text::new("sheet-unreadable-other"),
    }
}

/// The header row of a sheet, or the one problem that stops reading it: a header that does
/// not read, or one read as a single cell of another separator.
pub fn sheet_header<R: std::io::Read>(
    reader: &mut csv::Reader<R>,
) -> Result<csv::StringRecord, CellProblem> {
    let header = match reader.headers() {
        Ok(header) => header.clone(),
        Err(err) => {
            let reason = unreadable_reason(&err);
            return Err(CellProblem::new(1, 0, "", CellIssue::Unreadable { reason }));
        }
    };
    match separator_in(&header) {
        Some(found) => Err(CellProblem::new(
            1,
            1,
            "",
            CellIssue::WrongSeparator { found },
        )),
        None => Ok(header),
    }
}

/// The filled rows of a sheet under its header, each with its row number in the file (the
/// header is row 1), read to the end so every problem is reported at once. A row the CSV
/// reader cannot read is a problem of that row; an empty row is passed over; with `width`
/// (the header's cells), a row of another number of cells is a problem of that row too.
pub fn sheet_rows<R: std::io::Read>(
    reader: &mut csv::Reader<R>,
    width: Option<usize>,
    problems: &mut Vec<CellProblem>,
) -> Vec<(usize, csv::StringRecord)> {
    let mut rows = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let row = index.saturating_add(2);
        let record = match record {
            Ok(record) => record,
            Err(err) => {
                let reason = unreadable_reason(&err);
                problems.push(CellProblem::new(
                    row,
                    0,
                    "",
                    CellIssue::Unreadable { reason },
                ));
                continue;
            }
        };
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        if let Some(header) = width
            && record.len() != header
        {
            let issue = CellIssue::RowLength {
                cells: record.len(),
                header,
            };
            problems.push(CellProblem::new(row, 0, "", issue));
            continue;
        }
        rows.push((row, record));
    }
    rows
}

/// A time that does not read, as a message of the catalogue.
pub fn time_error(err: &crate::time::TimeParseError) -> Text {
    Text::new("time-error")
        .id("text", err.text.as_str())
        .text("reason", Text::new(err.reason.key()))
}

/// `T+30h is after the exercise ends at T+24h`: a time in a sheet past the exercise's end.
pub fn after_end(at: SimTime, end: SimTime) -> Text {
    Text::new("sheet-after-end")
        .id("at", format!("T+{at}"))
        .id("end", format!("T+{end}"))
}

impl Localized for CellProblem {
    /// `row 3, column 4 (police): ...`, or `row 3: ...` for a problem of the whole row.
    fn localized(&self, lang: Lang) -> String {
        at_cell(
            lang,
            self.row,
            self.column,
            &self.name,
            &self.issue.localized(lang),
        )
    }
}

/// `message` at its place in a sheet: `row 3, column 4 (police): ...`, `row 3, column 4:
/// ...` for a column without a name, or `row 3: ...` for the whole row (column 0).
pub fn at_cell(lang: Lang, row: usize, column: usize, name: &str, message: &str) -> String {
    let row = row.to_string();
    match (column, name) {
        (0, _) => tr!(lang, "sheet-row", row = row, message = message),
        (column, "") => tr!(
            lang,
            "sheet-row-column",
            row = row,
            column = column.to_string(),
            message = message,
        ),
        (column, name) => tr!(
            lang,
            "sheet-row-column-named",
            row = row,
            column = column.to_string(),
            name = name,
            message = message,
        ),
    }
}

/// A sheet that could not be read into a scenario: every problem found.
#[derive(Debug, thiserror::Error, Diagnostic)]
#[error("{}", self.localized(Lang::En))]
pub struct SheetError {
    /// The CSV file.
    pub file: String,
    /// What the sheet holds: a catalogue key (`sheet-kind-raci`).
    pub kind: &'static str,
    /// How the sheet is laid out: a catalogue key (`sheet-raci-help`).
    pub help: &'static str,
    /// Each bad cell, in file order.
    #[related]
    pub problems: Vec<CellProblem>,
}

impl Localized for SheetError {
    fn localized(&self, lang: Lang) -> String {
        tr!(
            lang,
            "sheet-error",
            file = &self.file,
            count = self.problems.len(),
            kind = tr!(lang, self.kind)
        )
    }

    fn localized_help(&self, lang: Lang) -> Option<String> {
        Some(tr!(lang, self.help))
    }

    fn localized_related(&self, lang: Lang) -> Vec<Box<dyn Diagnostic + Send + Sync>> {
        self.problems
            .iter()
            .map(|p| Box::new(InLang::new(p.clone(), lang)) as Box<dyn Diagnostic + Send + Sync>)
            .collect()
    }
}

/// Splits a cell holding a list: items separated by `;`, `,` or `|` (whichever a
/// spreadsheet user typed), blanks around them dropped, empty items skipped.
pub fn list_items(cell: &str) -> impl Iterator<Item = &str> {
    cell.split([';', ',', '|'])
        .map(str::trim)
        .filter(|item| !item.is_empty())
}

/// When a header read as one cell holds a character a file may have used to separate its
/// cells (`|`, `:`, or `,` `;` tab when another was taken), that character.
pub fn separator_in(header: &csv::StringRecord) -> Option<char> {
    match header.iter().collect::<Vec<_>>().as_slice() {
        [only] => only
            .chars()
            .find(|c| matches!(c, '|' | ',' | ';' | '\t' | ':' | '/' | '#')),
        _ => None,
    }
}
