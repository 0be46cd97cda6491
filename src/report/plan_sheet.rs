//! The improvement plan's sheet: `fluxsim report J --plan-template -o plan.csv` writes one
//! row per entry of the improvement plan (its cause, capability, area, corrective action and
//! responsible institution, with the officer and dates left empty); the trainer fills in the
//! officer, start and completion dates in a spreadsheet, and `fluxsim report J --plan
//! plan.csv -o aar.html` prints them in the plan. Rows are matched by their `cause`, so a
//! re-ranked plan still finds its rows. The format is docs/plan-csv.md.

use miette::Diagnostic;

use crate::i18n::Text;
use crate::output::{from_spreadsheet_cell, spreadsheet_cell};
use crate::scenario::msel_csv::RowProblem;
use crate::scenario::sheet_problem::{CellIssue, unreadable_reason};
use crate::scenario::sheet_text::sheet_reader;
use crate::tr;

use super::model::Report;
use super::plan::Schedule;

/// The sheet's columns, in the template's order. `cause` is required on reading; `officer`,
/// `start` and `completion` are read; the others are there for the reader and ignored.
pub const PLAN_COLUMNS: [&str; 9] = [
    "number",
    "cause",
    "capability",
    "area",
    "action",
    "responsible",
    "officer",
    "start",
    "completion",
];

/// An improvement-plan sheet that cannot be used.
#[derive(Debug, thiserror::Error, Diagnostic)]
#[error("{}", crate::i18n::Localized::localized(self, crate::i18n::Lang::En))]
pub enum PlanSheetError {
    /// Bad cells, each with its row and column; no report was written.
    Sheet {
        /// The CSV file.
        file: String,
        /// Each bad row and column, in file order.
        #[related]
        problems: Vec<RowProblem>,
    },
    /// The template could not be written as CSV (not expected).
    Csv(#[from] csv::Error),
}

impl crate::i18n::Localized for PlanSheetError {
    fn localized(&self, lang: crate::i18n::Lang) -> String {
        match self {
            PlanSheetError::Sheet { file, .. } => tr!(lang, "plan-error-sheet", file = file),
            PlanSheetError::Csv(err) => tr!(lang, "plan-error-csv", reason = err.to_string()),
        }
    }

    fn localized_help(&self, lang: crate::i18n::Lang) -> Option<String> {
        match self {
            PlanSheetError::Sheet { .. } => Some(tr!(lang, "plan-error-sheet-help")),
            PlanSheetError::Csv(_) => None,
        }
    }

    fn localized_related(&self, lang: crate::i18n::Lang) -> Vec<Box<dyn Diagnostic + Send + Sync>> {
        match self {
            PlanSheetError::Sheet { problems, .. } => {
                crate::scenario::msel_csv::related_in(problems, lang)
            }
            PlanSheetError::Csv(_) => Vec::new(),
        }
    }
}

/// The improvement-plan template of `report`: a header row and a row per entry.
pub fn plan_template(report: &Report) -> Result<String, PlanSheetError> {
    let lang = report.lang;
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record(PLAN_COLUMNS)?;
    for (n, area) in report.areas.iter().enumerate() {
        let schedule = area.schedule.clone().unwrap_or_default();
        let cells = [
            (n + 1).to_string(),
            area.cause.clone(),
            crate::i18n::Localized::localized(&area.capability, lang),
            area.title.clone(),
            area.action.clone(),
            area.responsible.clone().unwrap_or_default(),
            schedule.officer,
            schedule.start,
            schedule.completion,
        ];
        out.write_record(cells.iter().map(|c| spreadsheet_cell(c).into_owned()))?;
    }
    let bytes = out
        .into_inner()
        .map_err(|err| PlanSheetError::Csv(err.into_error().into()))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// A date as a trainer's spreadsheet writes it: `2026-11-30`, or `30.11.2026` as spreadsheet
/// programs on Albanian and Serbian machines show it; given back as `2026-11-30`.
fn date(text: &str) -> Option<jiff::civil::Date> {
    jiff::civil::Date::strptime("%Y-%m-%d", text)
        .or_else(|_| jiff::civil::Date::strptime("%d.%m.%Y", text.trim_end_matches('.')))
        .ok()
}

/// Reads the sheet `text` (from `file`) and fills in the schedule of each entry of `report`
/// it names; with any bad cell, nothing is filled and every problem is returned.
pub fn apply_plan(report: &mut Report, file: &str, text: &str) -> Result<usize, PlanSheetError> {
    let mut problems: Vec<RowProblem> = Vec::new();
    let mut reader = sheet_reader(text.strip_prefix('\u{feff}').unwrap_or(text));
    let mut columns = [None; PLAN_COLUMNS.len()];
    match reader.headers() {
        Ok(headers) => {
            for (i, name) in headers.iter().enumerate() {
                let name = from_spreadsheet_cell(name.trim()).to_lowercase();
                if let Some(k) = PLAN_COLUMNS.iter().position(|c| *c == name) {
                    columns[k] = Some(i);
                }
            }
        }
        Err(err) => {
            problems.push(RowProblem::new(
                1,
                0,
                "",
                Text::new("sheet-header-unreadable").text("reason", unreadable_reason(&err)),
            ));
        }
    }
    let column = |name: &str| {
        PLAN_COLUMNS
            .iter()
            .position(|c| *c == name)
            .and_then(|k| columns[k])
    };
    if problems.is_empty() && column("cause").is_none() {
        problems.push(RowProblem::new(
            1,
            0,
            "cause",
            CellIssue::MissingColumn {
                name: "cause".to_string(),
            }
            .text(),
        ));
    }
    let mut filled: Vec<(usize, Schedule, usize)> = Vec::new();
    if problems.is_empty() {
        for (i, record) in reader.records().enumerate() {
            let row = i.saturating_add(2);
            let record = match record {
                Ok(record) => record,
                Err(err) => {
                    problems.push(RowProblem::new(
                        row,
                        0,
                        "",
                        Text::new("sheet-unreadable").text("reason", unreadable_reason(&err)),
                    ));
                    continue;
                }
            };
            if record.iter().all(|c| c.trim().is_empty()) {
                continue;
            }
            let cell = |name: &str| match column(name) {
                Some(i) => (
                    i.saturating_add(1),
                    from_spreadsheet_cell(record.get(i).unwrap_or("").trim()).to_string(),
                ),
                None => (0, String::new()),
            };
            let (at, cause) = cell("cause");
            let entry = report.areas.iter().position(|a| a.cause == cause);
            match entry {
                _ if cause.is_empty() => problems.push(RowProblem::new(
                    row,
                    at,
                    "cause",
                    Text::new("plan-problem-empty-cause"),
                )),
                None => problems.push(RowProblem::new(
                    row,
                    at,
                    "cause",
                    Text::new("plan-problem-unknown-cause")
                        .id("cause", cause.as_str())
                        .id(
                            "known",
                            report
                                .areas
                                .iter()
                                .map(|a| a.cause.as_str())
                                .collect::<Vec<_>>()
                                .join(", "),
                        ),
                )),
                Some(k) => {
                    if let Some((_, _, first)) = filled.iter().find(|(e, _, _)| *e == k) {
                        problems.push(RowProblem::new(
                            row,
                            at,
                            "cause",
                            Text::new("plan-problem-cause-twice")
                                .id("cause", cause.as_str())
                                .id("first", first.to_string()),
                        ));
                    }
                }
            }
            let mut dates = [None, None];
            for (slot, name) in ["start", "completion"].into_iter().enumerate() {
                let (at, text) = cell(name);
                if text.is_empty() {
                    continue;
                }
                match date(&text) {
                    Some(d) => dates[slot] = Some(d),
                    None => problems.push(RowProblem::new(
                        row,
                        at,
                        name,
                        Text::new("plan-problem-date").id("found", text.as_str()),
                    )),
                }
            }
            if let [Some(start), Some(completion)] = dates
                && completion < start
            {
                let (at, _) = cell("completion");
                problems.push(RowProblem::new(
                    row,
                    at,
                    "completion",
                    Text::new("plan-problem-dates")
                        .id("completion", completion.to_string())
                        .id("start", start.to_string()),
                ));
            }
            if let Some(k) = entry {
                let show =
                    |d: Option<jiff::civil::Date>| d.map(|d| d.to_string()).unwrap_or_default();
                filled.push((
                    k,
                    Schedule {
                        officer: cell("officer").1,
                        start: show(dates[0]),
                        completion: show(dates[1]),
                    },
                    row,
                ));
            }
        }
    }
    if !problems.is_empty() {
        return Err(PlanSheetError::Sheet {
            file: file.to_string(),
            problems,
        });
    }
    let count = filled.len();
    for (k, schedule, _) in filled {
        report.areas[k].schedule = Some(schedule);
    }
    Ok(count)
}
