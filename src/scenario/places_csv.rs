//! The route network as a spreadsheet: one sheet, a row per place and a row per link, the
//! `row` column saying which (`place` or `link`). A place row fills the columns its kind
//! uses (a crossing its country, lanes, shifts and processing time; a reception site its
//! beds and stay ...); a link row fills `from`, `to`, `time`, `mode` and `fleet`.
//!
//! Import replaces the scenario's places and links with the sheet's, in the scenario's own
//! text: a changed value is replaced where it is written, new places and links are added
//! after the last ones, comments and layout are kept (see [`with_network`]).

use super::load::Source;
use super::locate::{Step, region};
use super::model::{
    Distribution, ExitKind, Link, Location, LocationKind, Mode, Scenario, Shift, WithoutInterpreter,
};
use super::raci_csv::Rewritten;
use super::sheet_problem::{
    CellIssue, CellProblem, SheetError, list_items, sheet_header, sheet_rows,
};
use super::text_edit::{Edit, apply, set_field_at};
use crate::output::{from_spreadsheet_cell, spreadsheet_cell};
use crate::time::SimTime;

/// The columns, in the order export writes them.
pub const COLUMNS: [&str; 23] = [
    "row",
    "id",
    "name",
    "kind",
    "operator",
    "country",
    "capacity",
    "surge_capacity",
    "duration",
    "shifts",
    "queue_limit",
    "waiting_area",
    "open",
    "languages",
    "without_interpreter",
    "asylum",
    "detected",
    "outcome",
    "from",
    "to",
    "time",
    "mode",
    "fleet",
];

/// The columns only a link row fills.
const LINK_COLUMNS: [&str; 5] = ["from", "to", "time", "mode", "fleet"];

/// The `row` cell of a place row.
pub const PLACE_ROW: &str = "place";
/// The `row` cell of a link row.
pub const LINK_ROW: &str = "link";

/// The kinds of place as the `kind` column writes them (the scenario's own spelling).
pub const KINDS: [&str; 8] = [
    "Entry",
    "GreenBorder",
    "Bcp",
    "Registration",
    "Transit",
    "Reception",
    "Hospital",
    "Exit",
];

/// A scenario's route network: its places and links.
#[derive(Debug, Clone, PartialEq)]
pub struct Network {
    /// The places, in the sheet's order.
    pub locations: Vec<Location>,
    /// The links, in the sheet's order.
    pub links: Vec<Link>,
}

/// A distribution as a cell: `exp 6m`, `lognormal 12m sd 5m`, `fixed 5m`, `uniform 2m-5m`.
pub fn distribution_cell(distribution: &Distribution) -> String {
    match distribution {
        Distribution::Exp { mean } => format!("exp {mean}"),
        Distribution::LogNormal { mean, sd } => format!("lognormal {mean} sd {sd}"),
        Distribution::Fixed(t) => format!("fixed {t}"),
        Distribution::Uniform { min, max } => format!("uniform {min}-{max}"),
    }
}

/// Reads a distribution cell (see [`distribution_cell`]; `sd`, `to` and `-` between the
/// times may be left out or written, the RON form `Exp(mean: "6m")` reads too).
pub fn parse_distribution(cell: &str) -> Option<Distribution> {
    if cell.contains('(') {
        return ron::from_str(cell).ok();
    }
    let spaced = cell.replace('-', " ");
    let mut words = spaced.split_whitespace();
    let name = words.next()?.to_lowercase();
    let times: Option<Vec<SimTime>> = words
        .filter(|w| !matches!(w.to_lowercase().as_str(), "sd" | "to" | "mean"))
        .map(|w| w.parse().ok())
        .collect();
    match (name.as_str(), times?.as_slice()) {
        ("exp" | "exponential", [mean]) => Some(Distribution::Exp { mean: *mean }),
        ("lognormal" | "lognorm" | "log" | "log normal", [mean, sd]) => {
            Some(Distribution::LogNormal {
                mean: *mean,
                sd: *sd,
            })
        }
        ("fixed", [t]) => Some(Distribution::Fixed(*t)),
        ("uniform", [min, max]) => Some(Distribution::Uniform {
            min: *min,
            max: *max,
        }),
        _ => None,
    }
}

/// Shifts as a cell: `06:00 3; 22:00 2` (from that hour on, that many officers).
fn shifts_cell(shifts: &[Shift]) -> String {
    shifts
        .iter()
        .map(|s| format!("{:02}:00 {}", s.from_hour, s.officers))
        .collect::<Vec<_>>()
        .join("; ")
}

/// Reads a shifts cell: items `HOUR OFFICERS` separated by `;`, `,` or `|`, the hour
/// written `6`, `06`, `6h` or `06:00`.
fn parse_shifts(cell: &str) -> Option<Vec<Shift>> {
    list_items(cell)
        .map(|item| {
            let mut words = item.split_whitespace();
            let hour = words.next()?;
            let officers = count(words.next()?)?;
            if words.next().is_some() {
                return None;
            }
            let hour = hour.strip_suffix('h').unwrap_or(hour);
            let hour = hour.strip_suffix(":00").unwrap_or(hour);
            let from_hour: u8 = hour.parse().ok().filter(|h| *h < 24)?;
            Some(Shift {
                from_hour,
                officers,
            })
        })
        .collect()
}

/// A whole number; spaces and `_` between its digits are allowed (`1 500`).
fn count(cell: &str) -> Option<u32> {
    let digits: String = cell
        .chars()
        .filter(|c| !matches!(c, ' ' | '_' | '\u{a0}' | '\u{202f}'))
        .collect();
    digits.parse().ok()
}

/// A share between 0 and 1, written `0.75` or `75%` (a decimal comma reads too).
fn share(cell: &str) -> Option<f64> {
    let cell = cell.replace(',', ".");
    let value = match cell.strip_suffix('%') {
        Some(percent) => percent.trim().parse::<f64>().ok()? / 100.0,
        None => cell.parse::<f64>().ok()?,
    };
    (0.0..=1.0).contains(&value).then_some(value)
}

fn yes_no(cell: &str) -> Option<bool> {
    match cell.to_lowercase().as_str() {
        "yes" | "y" | "true" | "1" | "po" | "da" => Some(true),
        "no" | "n" | "false" | "0" | "jo" | "ne" => Some(false),
        _ => None,
    }
}

fn yes_no_cell(value: bool) -> String {
    if value { "yes" } else { "no" }.to_string()
}

fn option_cell(value: Option<u32>) -> String {
    value.map_or(String::new(), |v| v.to_string())
}

fn without_interpreter_cell(value: WithoutInterpreter) -> String {
    match value {
        WithoutInterpreter::Wait => "wait".to_string(),
        WithoutInterpreter::Slower(factor) => format!("slower {factor}"),
    }
}

fn parse_without_interpreter(cell: &str) -> Option<WithoutInterpreter> {
    let lower = cell.to_lowercase();
    let mut words = lower.split_whitespace();
    match (words.next()?, words.next(), words.next()) {
        ("wait", None, None) => Some(WithoutInterpreter::Wait),
        ("slower", Some(factor), None) => {
            let factor = factor.trim_start_matches(['x', '×']).replace(',', ".");
            let factor: f64 = factor.parse().ok()?;
            (factor.is_finite() && factor > 0.0).then_some(WithoutInterpreter::Slower(factor))
        }
        _ => None,
    }
}

fn outcome_cell(outcome: ExitKind) -> String {
    match outcome {
        ExitKind::Onward => "Onward",
        ExitKind::Return => "Return",
    }
    .to_string()
}

fn parse_outcome(cell: &str) -> Option<ExitKind> {
    match cell.to_lowercase().as_str() {
        "onward" => Some(ExitKind::Onward),
        "return" => Some(ExitKind::Return),
        _ => None,
    }
}

/// Named values: a row's cells by column, or a kind's fields as RON text.
type Fields = Vec<(&'static str, String)>;

/// The kind's name in the `kind` column and the cells it fills.
fn kind_cells(kind: &LocationKind) -> (&'static str, Fields) {
    match kind {
        LocationKind::Entry { country } => ("Entry", vec![("country", country.clone())]),
        LocationKind::GreenBorder {
            country,
            detected,
            detection_delay,
        } => (
            "GreenBorder",
            vec![
                ("country", country.clone()),
                ("detected", detected.to_string()),
                ("duration", distribution_cell(detection_delay)),
            ],
        ),
        LocationKind::Bcp {
            country,
            lanes,
            shifts,
            service,
            queue_limit,
            waiting_area,
            open,
        } => (
            "Bcp",
            vec![
                ("country", country.clone()),
                ("capacity", lanes.to_string()),
                ("duration", distribution_cell(service)),
                ("shifts", shifts_cell(shifts)),
                ("queue_limit", option_cell(*queue_limit)),
                ("waiting_area", option_cell(*waiting_area)),
                ("open", yes_no_cell(*open)),
            ],
        ),
        LocationKind::Registration {
            desks,
            service,
            languages,
            without_interpreter,
            waiting_area,
        } => (
            "Registration",
            vec![
                ("capacity", desks.to_string()),
                ("duration", distribution_cell(service)),
                ("languages", languages.join("; ")),
                (
                    "without_interpreter",
                    without_interpreter_cell(*without_interpreter),
                ),
                ("waiting_area", option_cell(*waiting_area)),
            ],
        ),
        LocationKind::Transit { capacity } => ("Transit", vec![("capacity", capacity.to_string())]),
        LocationKind::Reception {
            capacity,
            surge_capacity,
            stay,
            asylum,
            open,
        } => (
            "Reception",
            vec![
                ("capacity", capacity.to_string()),
                ("surge_capacity", surge_capacity.to_string()),
                ("duration", distribution_cell(stay)),
                ("asylum", yes_no_cell(*asylum)),
                ("open", yes_no_cell(*open)),
            ],
        ),
        LocationKind::Hospital { beds } => ("Hospital", vec![("capacity", beds.to_string())]),
        LocationKind::Exit { country, outcome } => (
            "Exit",
            vec![
                ("country", country.clone()),
                ("outcome", outcome_cell(*outcome)),
            ],
        ),
    }
}

fn row_of(cells: &[(&'static str, String)]) -> Vec<String> {
    COLUMNS
        .iter()
        .map(|column| {
            cells
                .iter()
                .find(|(name, _)| name == column)
                .map_or(String::new(), |(_, value)| value.clone())
        })
        .collect()
}

/// The scenario's places and links as CSV text: a header of [`COLUMNS`], a row per place
/// (in the scenario's order), then a row per link.
pub fn export_places(scenario: &Scenario) -> Result<String, csv::Error> {
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record(COLUMNS)?;
    for location in &scenario.locations {
        let (kind, mut cells) = kind_cells(&location.kind);
        cells.extend([
            ("row", PLACE_ROW.to_string()),
            ("id", location.id.clone()),
            ("name", location.name.clone()),
            ("kind", kind.to_string()),
            ("operator", location.operator.clone().unwrap_or_default()),
        ]);
        out.write_record(
            row_of(&cells)
                .iter()
                .map(|c| spreadsheet_cell(c).into_owned()),
        )?;
    }
    for link in &scenario.links {
        let (mode, fleet) = match &link.mode {
            Mode::Walk => ("walk", String::new()),
            Mode::Bus(fleet) => ("bus", fleet.clone()),
        };
        let cells = [
            ("row", LINK_ROW.to_string()),
            ("from", link.from.clone()),
            ("to", link.to.clone()),
            ("time", link.time.to_string()),
            ("mode", mode.to_string()),
            ("fleet", fleet),
        ];
        out.write_record(
            row_of(&cells)
                .iter()
                .map(|c| spreadsheet_cell(c).into_owned()),
        )?;
    }
    let bytes = out
        .into_inner()
        .map_err(|err| csv::Error::from(err.into_error()))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// A column name as a header may write it: any case, spaces for `_`.
fn column_key(cell: &str) -> String {
    cell.trim().to_lowercase().replace([' ', '-'], "_")
}

/// The kind named in a `kind` cell (any case, spaces or `_` inside: `green border`).
fn parse_kind_name(cell: &str) -> Option<&'static str> {
    let key: String = cell
        .chars()
        .filter(|c| !matches!(c, ' ' | '_' | '-'))
        .collect::<String>()
        .to_lowercase();
    KINDS.iter().copied().find(|k| k.to_lowercase() == key)
}

/// One row being read: its cells by column, the columns it used, the problems found.
struct RowReader<'a> {
    row: usize,
    record: &'a csv::StringRecord,
    columns: &'a [(usize, &'static str)],
    used: Vec<&'static str>,
    problems: &'a mut Vec<CellProblem>,
    missing: &'a mut Vec<&'static str>,
}

#[allow(
    clippy::arithmetic_side_effects,
    reason = "column numbers within a CSV row stay below its length (< isize::MAX)"
)]
impl RowReader<'_> {
    /// The cell of column `name` (trimmed, spreadsheet quoting taken off) and its 1-based
    /// column number; None when the sheet has no such column (noted once for the header).
    fn cell(&mut self, name: &'static str) -> Option<(String, usize)> {
        self.used.push(name);
        let Some((index, _)) = self.columns.iter().find(|(_, c)| *c == name) else {
            if !self.missing.contains(&name) {
                self.missing.push(name);
            }
            return None;
        };
        let text = from_spreadsheet_cell(self.record.get(*index).unwrap_or("").trim());
        Some((text.to_string(), index + 1))
    }

    fn problem(&mut self, column: usize, name: &str, issue: CellIssue) {
        self.problems
            .push(CellProblem::new(self.row, column, name, issue));
    }

    /// A cell that must be filled, read by `parse`; `expected` names what it holds.
    fn required<T>(
        &mut self,
        name: &'static str,
        expected: &'static str,
        parse: impl Fn(&str) -> Option<T>,
    ) -> Option<T> {
        let (text, column) = self.cell(name)?;
        if text.is_empty() {
            self.problem(column, name, CellIssue::Empty);
            return None;
        }
        let value = parse(&text);
        if value.is_none() {
            self.problem(
                column,
                name,
                CellIssue::BadValue {
                    cell: text,
                    expected,
                },
            );
        }
        value
    }

    /// A cell that may be left empty (`default` then, also when the column is missing).
    fn optional<T>(
        &mut self,
        name: &'static str,
        expected: &'static str,
        default: T,
        parse: impl Fn(&str) -> Option<T>,
    ) -> Option<T> {
        self.used.push(name);
        if !self.columns.iter().any(|(_, c)| *c == name) {
            return Some(default);
        }
        match self.cell(name) {
            Some((text, _)) if text.is_empty() => Some(default),
            Some(_) => self.required(name, expected, parse),
            None => Some(default),
        }
    }

    fn text(&mut self, name: &'static str) -> Option<String> {
        self.required(name, "sheet-expect-text", |t| Some(t.to_string()))
    }

    /// Every filled cell of a column the row does not read, as a problem saying so.
    fn unused(&mut self, what: impl Fn(&str) -> CellIssue) {
        let filled: Vec<(usize, &'static str)> = self
            .columns
            .iter()
            .filter(|(index, name)| {
                !self.used.contains(name)
                    && *name != "row"
                    && !self.record.get(*index).unwrap_or("").trim().is_empty()
            })
            .map(|(index, name)| (index + 1, *name))
            .collect();
        for (column, name) in filled {
            self.problem(column, name, what(name));
        }
    }
}

fn kind_from(r: &mut RowReader<'_>, kind: &'static str) -> Option<LocationKind> {
    let capacity = "sheet-expect-count";
    let duration = "sheet-expect-distribution";
    let limit = |t: &str| count(t).map(Some);
    match kind {
        "Entry" => {
            let country = r.text("country");
            Some(LocationKind::Entry { country: country? })
        }
        "GreenBorder" => {
            let country = r.text("country");
            let detected = r.required("detected", "sheet-expect-share", share);
            let detection_delay = r.required("duration", duration, parse_distribution);
            Some(LocationKind::GreenBorder {
                country: country?,
                detected: detected?,
                detection_delay: detection_delay?,
            })
        }
        "Bcp" => {
            let country = r.text("country");
            let lanes = r.required("capacity", capacity, count);
            let service = r.required("duration", duration, parse_distribution);
            let shifts = r.required("shifts", "sheet-expect-shifts", parse_shifts);
            let queue_limit = r.optional("queue_limit", capacity, None, limit);
            let waiting_area = r.optional("waiting_area", capacity, None, limit);
            let open = r.optional("open", "sheet-expect-yes-no", true, yes_no);
            Some(LocationKind::Bcp {
                country: country?,
                lanes: lanes?,
                shifts: shifts?,
                service: service?,
                queue_limit: queue_limit?,
                waiting_area: waiting_area?,
                open: open?,
            })
        }
        "Registration" => {
            let desks = r.required("capacity", capacity, count);
            let service = r.required("duration", duration, parse_distribution);
            let languages = r.optional("languages", "sheet-expect-text", Vec::new(), |t| {
                Some(list_items(t).map(str::to_string).collect())
            });
            let without_interpreter = r.optional(
                "without_interpreter",
                "sheet-expect-without-interpreter",
                WithoutInterpreter::Wait,
                parse_without_interpreter,
            );
            let waiting_area = r.optional("waiting_area", capacity, None, limit);
            Some(LocationKind::Registration {
                desks: desks?,
                service: service?,
                languages: languages?,
                without_interpreter: without_interpreter?,
                waiting_area: waiting_area?,
            })
        }
        "Transit" => {
            let capacity = r.required("capacity", capacity, count);
            Some(LocationKind::Transit {
                capacity: capacity?,
            })
        }
        "Reception" => {
            let beds = r.required("capacity", capacity, count);
            let surge_capacity = r.optional("surge_capacity", capacity, 0, count);
            let stay = r.required("duration", duration, parse_distribution);
            let asylum = r.optional("asylum", "sheet-expect-yes-no", false, yes_no);
            let open = r.optional("open", "sheet-expect-yes-no", true, yes_no);
            Some(LocationKind::Reception {
                capacity: beds?,
                surge_capacity: surge_capacity?,
                stay: stay?,
                asylum: asylum?,
                open: open?,
            })
        }
        "Hospital" => {
            let beds = r.required("capacity", capacity, count);
            Some(LocationKind::Hospital { beds: beds? })
        }
        "Exit" => {
            let country = r.text("country");
            let outcome = r.required("outcome", "sheet-expect-outcome", parse_outcome);
            Some(LocationKind::Exit {
                country: country?,
                outcome: outcome?,
            })
        }
        _ => None,
    }
}

/// Reads a places sheet for `scenario`: the places and links it lays out, which replace the
/// scenario's. Every bad cell is reported, with its row and column.
#[allow(
    clippy::arithmetic_side_effects,
    reason = "row and column numbers within the CSV text stay below its length (< isize::MAX)"
)]
pub fn import_places(file: &str, text: &str, scenario: &Scenario) -> Result<Network, SheetError> {
    let mut problems = Vec::new();
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = super::sheet_text::sheet_reader(text);
    let fail = |problems| SheetError {
        file: file.to_string(),
        kind: "sheet-kind-places",
        help: "sheet-places-help",
        problems,
    };
    let header = sheet_header(&mut reader).map_err(|problem| fail(vec![problem]))?;
    let mut columns: Vec<(usize, &'static str)> = Vec::new();
    for (i, cell) in header.iter().enumerate() {
        let written = from_spreadsheet_cell(cell.trim());
        let key = column_key(written);
        match COLUMNS.iter().find(|c| **c == key) {
            Some(name) if columns.iter().any(|(_, c)| c == name) => {
                let issue = CellIssue::DuplicateColumn {
                    name: written.to_string(),
                };
                problems.push(CellProblem::new(1, i + 1, written, issue));
            }
            Some(name) => columns.push((i, name)),
            None => {
                let issue = CellIssue::UnknownColumn {
                    name: written.to_string(),
                    known: COLUMNS.iter().map(|c| c.to_string()).collect(),
                };
                problems.push(CellProblem::new(1, i + 1, written, issue));
            }
        }
    }
    let Some(&(row_column, _)) = columns.iter().find(|(_, c)| *c == "row") else {
        let issue = CellIssue::MissingColumn {
            name: "row".to_string(),
        };
        problems.push(CellProblem::new(1, header.len() + 1, "row", issue));
        return Err(fail(problems));
    };
    let institutions: Vec<String> = scenario.institutions.iter().map(|i| i.id.clone()).collect();
    let fleets: Vec<String> = scenario
        .resources
        .buses
        .iter()
        .map(|b| b.id.clone())
        .collect();
    let mut missing: Vec<&'static str> = Vec::new();
    let mut locations: Vec<Location> = Vec::new();
    let mut place_rows: Vec<(String, usize)> = Vec::new();
    let mut links: Vec<Link> = Vec::new();
    // Each link's ends with their row and column, checked once every place is read.
    let mut ends: Vec<(String, usize, usize, &'static str)> = Vec::new();
    for (row, record) in sheet_rows(&mut reader, Some(header.len()), &mut problems) {
        let mut r = RowReader {
            row,
            record: &record,
            columns: &columns,
            used: Vec::new(),
            problems: &mut problems,
            missing: &mut missing,
        };
        let row_kind = from_spreadsheet_cell(record.get(row_column).unwrap_or("").trim());
        match row_kind.to_lowercase().as_str() {
            PLACE_ROW => {
                let id = r.text("id");
                let name = r.optional("name", "sheet-expect-text", String::new(), |t| {
                    Some(t.to_string())
                });
                let operator = r.optional("operator", "sheet-expect-text", None, |t| {
                    Some(Some(t.to_string()))
                });
                if let Some(Some(operator)) = &operator
                    && !institutions.contains(operator)
                    && let Some((_, column)) = r.cell("operator")
                {
                    let issue = CellIssue::UnknownInstitution {
                        id: operator.clone(),
                        known: institutions.clone(),
                    };
                    r.problem(column, "operator", issue);
                }
                let kind_name = r.required("kind", "sheet-expect-kind", parse_kind_name);
                let kind = kind_name.and_then(|k| kind_from(&mut r, k));
                if kind_name.is_none() {
                    // With no kind, the other cells of a place cannot be judged.
                    r.used
                        .extend(COLUMNS.iter().filter(|c| !LINK_COLUMNS.contains(c)));
                }
                r.unused(|name| CellIssue::NotForPlace {
                    name: name.to_string(),
                    kind: kind_name.map(str::to_string),
                });
                let Some(id) = id else { continue };
                if let Some((_, first)) = place_rows.iter().find(|(p, _)| *p == id) {
                    let column = r.cell("id").map_or(0, |(_, c)| c);
                    let issue = CellIssue::DuplicateRow {
                        id: id.clone(),
                        first: *first,
                    };
                    r.problem(column, "id", issue);
                    continue;
                }
                place_rows.push((id.clone(), row));
                if let (Some(name), Some(operator), Some(kind)) = (name, operator, kind) {
                    locations.push(Location {
                        id,
                        name,
                        kind,
                        operator,
                        // The sheet has no column for translations: the import keeps the
                        // scenario's own (`with_network`).
                        names: Default::default(),
                    });
                }
            }
            LINK_ROW => {
                let from = r.text("from");
                let to = r.text("to");
                let time = r.required("time", "sheet-expect-duration", |t| t.parse().ok());
                let by_bus = r.optional("mode", "sheet-expect-mode", false, |t| {
                    match t.to_lowercase().as_str() {
                        "walk" => Some(false),
                        "bus" | "train" => Some(true),
                        _ => None,
                    }
                });
                let mode = match by_bus {
                    Some(true) => r.text("fleet").and_then(|fleet| {
                        if fleets.contains(&fleet) {
                            Some(Mode::Bus(fleet))
                        } else {
                            let column = r.cell("fleet").map_or(0, |(_, c)| c);
                            let issue = CellIssue::UnknownFleet {
                                id: fleet,
                                known: fleets.clone(),
                            };
                            r.problem(column, "fleet", issue);
                            None
                        }
                    }),
                    Some(false) => Some(Mode::Walk),
                    None => {
                        r.used.push("fleet");
                        None
                    }
                };
                r.unused(|name| CellIssue::NotForLink {
                    name: name.to_string(),
                });
                for (end, name) in [(&from, "from"), (&to, "to")] {
                    if let (Some(end), Some((_, column))) = (end, r.cell(name)) {
                        ends.push((end.clone(), row, column, name));
                    }
                }
                if let (Some(from), Some(to), Some(time), Some(mode)) = (from, to, time, mode) {
                    links.push(Link {
                        from,
                        to,
                        time,
                        mode,
                    });
                }
            }
            _ => {
                let issue = if row_kind.is_empty() {
                    CellIssue::Empty
                } else {
                    CellIssue::BadValue {
                        cell: row_kind.to_string(),
                        expected: "sheet-expect-row",
                    }
                };
                problems.push(CellProblem::new(row, row_column + 1, "row", issue));
            }
        }
    }
    let known: Vec<String> = place_rows.iter().map(|(id, _)| id.clone()).collect();
    for (end, row, column, name) in ends {
        if !known.contains(&end) {
            let issue = CellIssue::UnknownPlace {
                id: end,
                known: known.clone(),
            };
            problems.push(CellProblem::new(row, column, name, issue));
        }
    }
    for name in missing {
        let issue = CellIssue::MissingColumn {
            name: name.to_string(),
        };
        problems.push(CellProblem::new(1, header.len() + 1, name, issue));
    }
    problems.sort_by_key(|p| (p.row, p.column));
    if problems.is_empty() {
        Ok(Network { locations, links })
    } else {
        Err(fail(problems))
    }
}

/// One value as RON on one line, as the scenario file reads it (`Some(300)`, never bare).
fn ron_line<T: serde::Serialize + ?Sized>(value: &T) -> Result<String, ron::Error> {
    let one_line = ron::ser::PrettyConfig::new()
        .new_line("")
        .indentor("")
        .struct_names(false)
        .compact_structs(true)
        .compact_arrays(true)
        .compact_maps(true);
    ron::ser::to_string_pretty(value, one_line)
}

/// A kind's variant name and its fields as RON text, in declaration order.
fn kind_fields(kind: &LocationKind) -> Result<(&'static str, Fields), ron::Error> {
    let (name, _) = kind_cells(kind);
    let fields = match kind {
        LocationKind::Entry { country } => vec![("country", ron_line(country)?)],
        LocationKind::GreenBorder {
            country,
            detected,
            detection_delay,
        } => vec![
            ("country", ron_line(country)?),
            ("detected", ron_line(detected)?),
            ("detection_delay", ron_line(detection_delay)?),
        ],
        LocationKind::Bcp {
            country,
            lanes,
            shifts,
            service,
            queue_limit,
            waiting_area,
            open,
        } => vec![
            ("country", ron_line(country)?),
            ("lanes", ron_line(lanes)?),
            ("shifts", ron_line(shifts)?),
            ("service", ron_line(service)?),
            ("queue_limit", ron_line(queue_limit)?),
            ("waiting_area", ron_line(waiting_area)?),
            ("open", ron_line(open)?),
        ],
        LocationKind::Registration {
            desks,
            service,
            languages,
            without_interpreter,
            waiting_area,
        } => vec![
            ("desks", ron_line(desks)?),
            ("service", ron_line(service)?),
            ("languages", ron_line(languages)?),
            ("without_interpreter", ron_line(without_interpreter)?),
            ("waiting_area", ron_line(waiting_area)?),
        ],
        LocationKind::Transit { capacity } => vec![("capacity", ron_line(capacity)?)],
        LocationKind::Reception {
            capacity,
            surge_capacity,
            stay,
            asylum,
            open,
        } => vec![
            ("capacity", ron_line(capacity)?),
            ("surge_capacity", ron_line(surge_capacity)?),
            ("stay", ron_line(stay)?),
            ("asylum", ron_line(asylum)?),
            ("open", ron_line(open)?),
        ],
        LocationKind::Hospital { beds } => vec![("beds", ron_line(beds)?)],
        LocationKind::Exit { country, outcome } => vec![
            ("country", ron_line(country)?),
            ("outcome", ron_line(outcome)?),
        ],
    };
    Ok((name, fields))
}

/// The indentation of the line `at` is on.
fn indent_at(text: &str, at: usize) -> String {
    let start = text[..at].rfind('\n').map_or(0, |i| i.saturating_add(1));
    text[start..]
        .chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .collect()
}

/// The edits that turn the list `key` (items `old`) into `new`: each kept item's fields
/// edited by `edit_item` where they change, new items added after the last one. When `new`
/// does not start with the old items' keys (one removed or moved), the whole list is
/// written again. Also counts the items added, changed or removed.
#[allow(
    clippy::arithmetic_side_effects,
    reason = "byte positions within the scenario text stay below its length (< isize::MAX)"
)]
fn list_edits<T: serde::Serialize + PartialEq, K: PartialEq>(
    text: &str,
    key: &str,
    old: &[T],
    new: &[T],
    item_key: impl Fn(&T) -> K,
    edit_item: impl Fn(usize, &T, &T) -> Result<Vec<Edit>, ron::Error>,
) -> Result<(Vec<Edit>, usize), ron::Error> {
    let Some(list) = region(text, &[Step::Key(key)]) else {
        return Ok((Vec::new(), usize::from(old != new)));
    };
    let keeps_order =
        new.len() >= old.len() && old.iter().zip(new).all(|(a, b)| item_key(a) == item_key(b));
    let items: Result<Vec<String>, ron::Error> = new[old.len().min(new.len())..]
        .iter()
        .map(ron_line)
        .collect();
    let last = old
        .len()
        .checked_sub(1)
        .and_then(|n| region(text, &[Step::Key(key), Step::Item(n)]));
    let (Some(last), true) = (last, keeps_order) else {
        // Written again: one item a line, indented one step further than the list's key.
        let removed = old
            .iter()
            .filter(|o| !new.iter().any(|n| item_key(n) == item_key(o)))
            .count();
        // Rows added, changed or moved, and places or links taken out.
        let changed = new
            .iter()
            .enumerate()
            .filter(|(i, n)| old.get(*i) != Some(*n))
            .count()
            + removed;
        let outer = indent_at(text, list.start);
        let inner = format!("{outer}    ");
        let all: Result<Vec<String>, ron::Error> = new.iter().map(ron_line).collect();
        let body: String = all?
            .iter()
            .map(|item| format!("\n{inner}{item},"))
            .collect();
        let edit = Edit {
            range: list,
            text: format!("[{body}\n{outer}]"),
        };
        return Ok((vec![edit], changed));
    };
    let mut edits = Vec::new();
    let mut changed = new.len() - old.len();
    for (index, (a, b)) in old.iter().zip(new).enumerate() {
        if a != b {
            changed += 1;
            edits.extend(edit_item(index, a, b)?);
        }
    }
    let items = items?;
    if !items.is_empty() {
        let indent = indent_at(text, last.start);
        let after = &text[last.end..list.end];
        let comma = after.trim_start().starts_with(',');
        if text[list.clone()].contains('\n') {
            // After the last item's line (its comment stays with it).
            let line_end = after.find('\n').map_or(list.end - 1, |i| last.end + i + 1);
            let lead = if comma { "" } else { "," };
            let added: String = items
                .iter()
                .map(|item| format!("{indent}{item},\n"))
                .collect();
            if comma {
                edits.push(Edit {
                    range: line_end..line_end,
                    text: added,
                });
            } else {
                edits.push(Edit {
                    range: last.end..last.end,
                    text: lead.to_string(),
                });
                edits.push(Edit {
                    range: line_end..line_end,
                    text: added,
                });
            }
        } else {
            let added: String = items.iter().map(|item| format!(", {item}")).collect();
            edits.push(Edit {
                range: last.end..last.end,
                text: added,
            });
        }
    }
    Ok((edits, changed))
}

/// The edits of place `index` from `old` to `new`: its name and operator, and its kind's
/// changed fields (the whole kind when it becomes another kind).
fn location_edits(
    text: &str,
    index: usize,
    old: &Location,
    new: &Location,
) -> Result<Vec<Edit>, ron::Error> {
    let item = [Step::Key("locations"), Step::Item(index)];
    let mut edits = Vec::new();
    if old.id != new.id {
        edits.extend(set_field_at(text, &item, "id", &ron_line(&new.id)?));
    }
    if old.name != new.name {
        edits.extend(set_field_at(text, &item, "name", &ron_line(&new.name)?));
    }
    if old.operator != new.operator {
        edits.extend(set_field_at(
            text,
            &item,
            "operator",
            &ron_line(&new.operator)?,
        ));
    }
    if old.kind != new.kind {
        let (old_name, old_fields) = kind_fields(&old.kind)?;
        let (new_name, new_fields) = kind_fields(&new.kind)?;
        let kind_path = [Step::Key("locations"), Step::Item(index), Step::Key("kind")];
        if old_name == new_name {
            for ((field, a), (_, b)) in old_fields.iter().zip(&new_fields) {
                if a != b {
                    edits.extend(set_field_at(text, &kind_path, field, b));
                }
            }
        } else if let Some(range) = region(text, &kind_path) {
            edits.push(Edit {
                range,
                text: ron_line(&new.kind)?,
            });
        }
    }
    Ok(edits)
}

fn link_edits(text: &str, index: usize, old: &Link, new: &Link) -> Result<Vec<Edit>, ron::Error> {
    let item = [Step::Key("links"), Step::Item(index)];
    let mut edits = Vec::new();
    if old.time != new.time {
        edits.extend(set_field_at(text, &item, "time", &ron_line(&new.time)?));
    }
    if old.mode != new.mode {
        edits.extend(set_field_at(text, &item, "mode", &ron_line(&new.mode)?));
    }
    Ok(edits)
}

/// `source`'s text with its places and links replaced by `network`'s. A changed value is
/// replaced where it is written; places and links added at the end of their lists go after
/// the last ones; when the sheet removes or reorders them, that list is written again (its
/// comments lost, the rest kept). When the result would not read back as exactly the
/// scenario with the new network, the whole scenario is written again from its data.
pub fn with_network(
    source: &Source,
    scenario: &Scenario,
    network: Network,
) -> Result<Rewritten, ron::Error> {
    let mut locations = network.locations;
    for location in &mut locations {
        if let Some(known) = scenario.locations.iter().find(|l| l.id == location.id) {
            location.names = known.names.clone();
        }
    }
    let expected = Scenario {
        locations,
        links: network.links,
        ..scenario.clone()
    };
    let text = &source.text;
    let (mut edits, places) = list_edits(
        text,
        "locations",
        &scenario.locations,
        &expected.locations,
        |l| l.id.clone(),
        |i, a, b| location_edits(text, i, a, b),
    )?;
    let (link_changes, links) = list_edits(
        text,
        "links",
        &scenario.links,
        &expected.links,
        |l| (l.from.clone(), l.to.clone()),
        |i, a, b| link_edits(text, i, a, b),
    )?;
    edits.extend(link_changes);
    let changed = places.saturating_add(links);
    let new_text = apply(text, edits);
    let reads_back = ron::from_str::<Scenario>(&new_text).is_ok_and(|s| s == expected);
    if reads_back {
        Ok(Rewritten {
            text: new_text,
            comments_kept: true,
            changed,
        })
    } else {
        Ok(Rewritten {
            text: super::load::to_ron(&expected)?,
            comments_kept: false,
            changed,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_distribution_cell_reads_back_as_written() {
        for d in [
            Distribution::Exp {
                mean: SimTime::mins(6),
            },
            Distribution::LogNormal {
                mean: SimTime::mins(12),
                sd: SimTime::mins(5),
            },
            Distribution::Fixed(SimTime::secs(90)),
            Distribution::Uniform {
                min: SimTime::mins(2),
                max: SimTime::hours(1),
            },
        ] {
            assert_eq!(parse_distribution(&distribution_cell(&d)), Some(d));
        }
        assert_eq!(
            parse_distribution("LogNormal(mean: \"5h\", sd: \"3h\")"),
            Some(Distribution::LogNormal {
                mean: SimTime::hours(5),
                sd: SimTime::hours(3)
            })
        );
        assert_eq!(parse_distribution("6m"), None);
    }

    #[test]
    fn shifts_read_with_any_hour_spelling() {
        let shifts = parse_shifts("6 3; 14h 3, 22:00 2").expect("reads");
        assert_eq!(shifts_cell(&shifts), "06:00 3; 14:00 3; 22:00 2");
        assert_eq!(parse_shifts("24 3"), None);
        assert_eq!(parse_shifts("6"), None);
    }

    #[test]
    fn shares_and_counts_read_as_a_designer_types_them() {
        assert_eq!(share("75%"), Some(0.75));
        assert_eq!(share("0,5"), Some(0.5));
        assert_eq!(share("1.5"), None);
        assert_eq!(count("1 500"), Some(1500));
        assert_eq!(parse_kind_name("green border"), Some("GreenBorder"));
    }
}
