//! Observed arrivals: a daily (or hourly) series of counts at entry points, in a CSV file
//! beside the scenario, that drives an arrival profile instead of a Poisson rate
//! (`rate: Observed("arrivals.csv")`). The columns may be named as IOM's DTM flow monitoring
//! tables name them (`t`, `fmp`, `nat`, `sex`, `age`, `n`) or plainly (`date`, `entry`,
//! `nationality`, `sex`, `age`, `count`); cells may be separated by `,`, `;` or tabs. Every
//! bad cell is reported at its row and column, all at once. docs/observed-flows.md.
//!
//! A day's count arrives over that local day, five times as fast by day as in the
//! scenario's night hours ([`DAY_WEIGHT`], [`NIGHT_WEIGHT`]); an hour's count evenly within
//! that hour. Each count arrives exactly: no random draw decides how many.
//!
//! This module reads text; the command line reads the files (the engine never touches the
//! file system).

use std::collections::BTreeMap;

use miette::Diagnostic;

use super::demography::{AgeBand, Sex};
use super::model::{Night, Rate, Scenario};
use super::sheet_problem::{CellIssue, CellProblem, SheetError, separator_in, unreadable_reason};
use super::sheet_text::{SheetText, SheetTextError, sheet_reader, sheet_text};
use crate::i18n::{Lang, Localized};
use crate::output::from_spreadsheet_cell;
use crate::time::SimTime;
use crate::tr;

/// Relative weight of an hour outside the scenario's night in a day's count.
pub const DAY_WEIGHT: u8 = 5;
/// Relative weight of a night hour in a day's count.
pub const NIGHT_WEIGHT: u8 = 1;
/// The most distinct rows (time, nationality, sex, age) one entry point's series may have.
pub const MOST_ROWS: usize = 60_000;

const HOUR_MS: i64 = 3_600_000;
/// The weights of an hour's count: all of it in its one hour.
const AN_HOUR: [u8; 24] = {
    let mut w = [0; 24];
    w[0] = 1;
    w
};
const DAY_MS: i64 = 86_400_000;

/// One count of an observed series, as the engine runs it: `people` arriving between `at`
/// and `at + over`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ObservedArrival {
    /// Start of the day or hour (from T+0).
    pub at: SimTime,
    /// A day or an hour.
    pub over: SimTime,
    /// How many people.
    pub people: u32,
    /// Relative weight of each hour from `at` (a day's count: from its local midnight; an
    /// hour's: all in the first); each person arrives at the middle of their share of the
    /// weight. `None`: evenly over `over`, the first at `at` (as a surge).
    pub hours: Option<[u8; 24]>,
    /// Index of the cohort nationality, when the series gives it; otherwise drawn.
    pub nationality: Option<usize>,
    /// The sex, when the series gives it; otherwise drawn.
    pub sex: Option<Sex>,
    /// The age band, when the series gives it; otherwise drawn.
    pub age: Option<AgeBand>,
}

/// What a column of the series holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Time,
    Entry,
    Count,
    Nationality,
    Sex,
    Age,
    Movement,
    Ignored,
}

/// Header names (lower case, blanks and dashes as `_`) and what they hold: DTM's first.
const COLUMNS: [(&str, Column); 37] = [
    ("t", Column::Time),
    ("date", Column::Time),
    ("day", Column::Time),
    ("time", Column::Time),
    ("reportingdate", Column::Time),
    ("fmp", Column::Entry),
    ("entry", Column::Entry),
    ("entry_point", Column::Entry),
    ("at", Column::Entry),
    ("location", Column::Entry),
    ("place", Column::Entry),
    ("site", Column::Entry),
    ("camp", Column::Entry),
    ("n", Column::Count),
    ("count", Column::Count),
    ("people", Column::Count),
    ("arrivals", Column::Count),
    ("nat", Column::Nationality),
    ("nationality", Column::Nationality),
    ("citizen", Column::Nationality),
    ("sex", Column::Sex),
    ("age", Column::Age),
    ("age_band", Column::Age),
    ("movement", Column::Movement),
    // DTM's other columns: read past.
    ("fmp_country", Column::Ignored),
    ("route", Column::Ignored),
    ("origin", Column::Ignored),
    ("previous", Column::Ignored),
    ("next", Column::Ignored),
    ("final", Column::Ignored),
    ("from", Column::Ignored),
    ("to", Column::Ignored),
    ("uac", Column::Ignored),
    ("admin0pcode", Column::Ignored),
    ("admin1name", Column::Ignored),
    ("roundnumber", Column::Ignored),
    ("note", Column::Ignored),
];

/// The header names a series may use, as listed to a user.
pub fn column_names() -> Vec<String> {
    COLUMNS
        .iter()
        .map(|(name, _)| (*name).to_string())
        .collect()
}

/// The file named by every observed profile, once each, in scenario order.
pub fn observed_files(scenario: &Scenario) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for profile in &scenario.arrivals {
        if let Rate::Observed(file) = &profile.rate
            && !out.contains(file)
        {
            out.push(file.clone());
        }
    }
    out
}

/// An observed series that could not be read.
#[derive(Debug, thiserror::Error, Diagnostic)]
pub enum ObservedError {
    /// The file could not be read.
    #[error("{}", self.localized(Lang::En))]
    Unreadable {
        /// The file, as the scenario names it beside the scenario file.
        file: String,
        /// The system's reason.
        reason: String,
    },
    /// The file is not text in an encoding a sheet may have.
    #[error(transparent)]
    #[diagnostic(transparent)]
    Text(#[from] SheetTextError),
    /// Bad cells, every one of them.
    #[error(transparent)]
    #[diagnostic(transparent)]
    Sheet(#[from] SheetError),
}

impl Localized for ObservedError {
    fn localized(&self, lang: Lang) -> String {
        match self {
            ObservedError::Unreadable { file, reason } => {
                tr!(lang, "observed-unreadable", file = file, reason = reason)
            }
            ObservedError::Text(err) => err.localized(lang),
            ObservedError::Sheet(err) => tr!(
                lang,
                "observed-sheet-error",
                file = &err.file,
                count = err.problems.len()
            ),
        }
    }

    fn localized_help(&self, lang: Lang) -> Option<String> {
        match self {
            ObservedError::Unreadable { .. } => Some(tr!(lang, "observed-unreadable-help")),
            ObservedError::Text(err) => err.localized_help(lang),
            ObservedError::Sheet(err) => err.localized_help(lang),
        }
    }

    fn localized_related(&self, lang: Lang) -> Vec<Box<dyn Diagnostic + Send + Sync>> {
        match self {
            ObservedError::Unreadable { .. } | ObservedError::Text(_) => Vec::new(),
            ObservedError::Sheet(err) => err.localized_related(lang),
        }
    }
}

/// Fills the observed counts of every profile with `rate: Observed(file)`: `read(file)`
/// gives the bytes of the file the scenario names (the caller resolves it beside the
/// scenario file) and the name to report it under. Returns each file's text as read (its
/// encoding, to tell the user when one was assumed).
pub fn attach_observed(
    scenario: &mut Scenario,
    mut read: impl FnMut(&str) -> Result<(String, Vec<u8>), String>,
) -> Result<Vec<(String, SheetText)>, ObservedError> {
    let mut texts = Vec::new();
    for file in observed_files(scenario) {
        let (shown, bytes) = read(&file).map_err(|reason| ObservedError::Unreadable {
            file: file.clone(),
            reason,
        })?;
        let text = sheet_text(&shown, &bytes, None)?;
        let series = read_observed(&shown, &text.text, &file, scenario)?;
        for (i, counts) in series {
            if let Some(profile) = scenario.arrivals.get_mut(i) {
                profile.observed = counts;
            }
        }
        let hash = series_hash(&bytes);
        for profile in &mut scenario.arrivals {
            if matches!(&profile.rate, Rate::Observed(named) if *named == file) {
                profile.observed_hash = Some(hash.clone());
            }
        }
        texts.push((shown, text));
    }
    Ok(texts)
}

/// The hash of a series file's exact bytes as a journal's header records it: FNV-1a 64,
/// written `fnv1a64:` and 16 lowercase hexadecimal digits, like the scenario's hash.
pub fn series_hash(bytes: &[u8]) -> String {
    use std::hash::Hasher as _;
    let mut h = fnv::FnvHasher::default();
    h.write(bytes);
    format!("fnv1a64:{:016x}", h.finish())
}

/// The hash of each observed series `scenario` read, by the file name the scenario gives it.
pub fn series_hashes(scenario: &Scenario) -> BTreeMap<String, String> {
    scenario
        .arrivals
        .iter()
        .filter_map(|profile| match (&profile.rate, &profile.observed_hash) {
            (Rate::Observed(file), Some(hash)) => Some((file.clone(), hash.clone())),
            (Rate::Observed(_) | Rate::PerHour(_) | Rate::Steps(_), _) => None,
        })
        .collect()
}

/// A merged count's key: profile, start, span, nationality, sex, age.
type Key = (usize, i64, i64, Option<usize>, Option<Sex>, Option<AgeBand>);

/// Reads the series `text` of the file `shown` (named `file` in the scenario) for the
/// profiles of `scenario` that name `file`: for each such profile (by index), its counts in
/// time order. Rows with the same time, entry point, nationality, sex and age are added up.
#[allow(
    clippy::arithmetic_side_effects,
    reason = "row and column numbers stay below the text's length; times are checked against the exercise"
)]
pub fn read_observed(
    shown: &str,
    text: &str,
    file: &str,
    scenario: &Scenario,
) -> Result<Vec<(usize, Vec<ObservedArrival>)>, SheetError> {
    let fail = |problems| SheetError {
        file: shown.to_string(),
        kind: "sheet-kind-observed",
        help: "sheet-observed-help",
        problems,
    };
    let profiles: Vec<(usize, &str)> = scenario
        .arrivals
        .iter()
        .enumerate()
        .filter(|(_, p)| matches!(&p.rate, Rate::Observed(f) if f == file))
        .map(|(i, p)| (i, p.at.as_str()))
        .collect();
    let (mut reader, columns) = columns_of(text).map_err(fail)?;
    let mut problems = Vec::new();
    let clock = Clock::of(scenario);
    let mut merged: BTreeMap<Key, u32> = BTreeMap::new();
    let mut distinct: BTreeMap<usize, usize> = BTreeMap::new();
    let unreadable = each_row(&mut reader, &columns, |series_row| {
        let row = series_row.number;
        let cell = |column: Column| series_row.cell(column);
        let mut bad = |column: usize, name: &str, issue: CellIssue| {
            problems.push(CellProblem::new(row, column, name, issue));
        };
        let mut ok = true;
        let mut value =
            |column: Column, parse: &dyn Fn(&str) -> Result<Option<Part>, CellIssue>| {
                let (at, name, text) = cell(column)?;
                match parse(text) {
                    Ok(part) => part,
                    Err(issue) => {
                        bad(at, name, issue);
                        ok = false;
                        None
                    }
                }
            };
        let when = value(Column::Time, &|text| clock.period(text).map(Some));
        let entry = value(Column::Entry, &|text| {
            if text.is_empty() {
                return Err(CellIssue::Empty);
            }
            match profiles.iter().find(|(_, at)| *at == text) {
                Some((i, _)) => Ok(Some(Part::Profile(*i))),
                None => Err(CellIssue::UnknownEntry {
                    id: text.to_string(),
                    known: profiles.iter().map(|(_, at)| (*at).to_string()).collect(),
                }),
            }
        });
        let count = value(Column::Count, &|text| count(text).map(Some));
        let nationality = value(Column::Nationality, &|text| nationality(text, scenario));
        let sex = value(Column::Sex, &|text| sex(text));
        let age = value(Column::Age, &|text| age(text));
        if !ok {
            return;
        }
        let (Some(Part::Period(at, over)), Some(Part::Profile(profile)), Some(Part::Count(people))) =
            (when, entry, count)
        else {
            return;
        };
        let nationality = match nationality {
            Some(Part::Nationality(n)) => Some(n),
            _ => None,
        };
        let sex = match sex {
            Some(Part::Sex(s)) => Some(s),
            _ => None,
        };
        let parts = match age {
            Some(Part::Age(a)) => vec![(Some(a), people)],
            Some(Part::Adult(adult)) => coarse_age(people, adult, nationality, scenario),
            Some(
                Part::Period(..)
                | Part::Profile(_)
                | Part::Count(_)
                | Part::Nationality(_)
                | Part::Sex(_),
            )
            | None => vec![(None, people)],
        };
        for (age, people) in parts {
            let key = (profile, at, over, nationality, sex, age);
            let is_new = !merged.contains_key(&key);
            let so_far = distinct.entry(profile).or_insert(0);
            if is_new && *so_far >= MOST_ROWS {
                let issue = CellIssue::TooManyRows {
                    entry: profiles
                        .iter()
                        .find(|(i, _)| *i == profile)
                        .map_or(String::new(), |(_, at)| (*at).to_string()),
                    most: MOST_ROWS,
                };
                problems.push(CellProblem::new(row, 0, "", issue));
                return;
            }
            if is_new {
                *so_far += 1;
            }
            let total = merged.entry(key).or_insert(0);
            match total.checked_add(people) {
                Some(sum) => *total = sum,
                None => {
                    if let Some((at, name, text)) = cell(Column::Count) {
                        let issue = CellIssue::BadValue {
                            cell: text.to_string(),
                            expected: "observed-expected-count",
                        };
                        problems.push(CellProblem::new(row, at, name, issue));
                    }
                    return;
                }
            }
        }
    });
    problems.extend(unreadable);
    if !problems.is_empty() {
        problems.sort_by_key(|p| (p.row, p.column));
        return Err(fail(problems));
    }
    let mut out: Vec<(usize, Vec<ObservedArrival>)> =
        profiles.iter().map(|(i, _)| (*i, Vec::new())).collect();
    for ((profile, at, over, nationality, sex, age), people) in merged {
        if people == 0 {
            continue;
        }
        if let Some((_, counts)) = out.iter_mut().find(|(i, _)| *i == profile) {
            counts.push(ObservedArrival {
                at: SimTime(at),
                over: SimTime(over),
                people,
                hours: Some(if over == DAY_MS {
                    clock.day_weights()
                } else {
                    AN_HOUR
                }),
                nationality,
                sex,
                age,
            });
        }
    }
    Ok(out)
}

/// The reader of a series' text past its header, and its columns: (index, what it holds,
/// name as written); or the header's problems.
#[allow(
    clippy::arithmetic_side_effects,
    reason = "column numbers stay below the header's length"
)]
fn columns_of(text: &str) -> Result<(csv::Reader<&[u8]>, Columns), Vec<CellProblem>> {
    let mut reader = sheet_reader(text);
    let header = match reader.headers() {
        Ok(header) => header.clone(),
        Err(err) => {
            let issue = CellIssue::Unreadable {
                reason: unreadable_reason(&err),
            };
            return Err(vec![CellProblem::new(1, 0, "", issue)]);
        }
    };
    if let Some(found) = separator_in(&header) {
        let issue = CellIssue::WrongSeparator { found };
        return Err(vec![CellProblem::new(1, 1, "", issue)]);
    }
    let mut problems = Vec::new();
    let mut columns: Vec<(usize, Column, String)> = Vec::new();
    for (i, cell) in header.iter().enumerate() {
        let name = from_spreadsheet_cell(cell.trim());
        let key = name.to_lowercase().replace([' ', '-'], "_");
        match COLUMNS.iter().find(|(n, _)| *n == key) {
            Some((_, Column::Ignored)) => {}
            Some((_, column)) => {
                if columns.iter().any(|(_, c, _)| c == column) {
                    let issue = CellIssue::DuplicateColumn {
                        name: name.to_string(),
                    };
                    problems.push(CellProblem::new(1, i + 1, name, issue));
                } else {
                    columns.push((i, *column, name.to_string()));
                }
            }
            None => {
                let issue = CellIssue::UnknownColumn {
                    name: name.to_string(),
                    known: column_names(),
                };
                problems.push(CellProblem::new(1, i + 1, name, issue));
            }
        }
    }
    for (needed, name) in [
        (Column::Time, "t"),
        (Column::Entry, "fmp"),
        (Column::Count, "n"),
    ] {
        if !columns.iter().any(|(_, c, _)| *c == needed) {
            let issue = CellIssue::MissingColumn {
                name: name.to_string(),
            };
            problems.push(CellProblem::new(1, 0, "", issue));
        }
    }
    if problems.is_empty() {
        Ok((reader, columns))
    } else {
        Err(problems)
    }
}

/// A series' columns: (index, what it holds, name as written).
type Columns = Vec<(usize, Column, String)>;

/// One data row of a series: its number (the header is row 1) and its cells.
struct SeriesRow<'r> {
    number: usize,
    record: &'r csv::StringRecord,
    columns: &'r Columns,
}

impl<'r> SeriesRow<'r> {
    /// The cell of `column`, if the series has that column: (its 1-based column number, the
    /// column's name as written, its text without a spreadsheet's guard apostrophe).
    #[allow(
        clippy::arithmetic_side_effects,
        reason = "column numbers stay below the header's length"
    )]
    fn cell(&self, column: Column) -> Option<(usize, &'r str, &'r str)> {
        let record = self.record;
        self.columns
            .iter()
            .find(|(_, c, _)| *c == column)
            .map(|(i, _, name)| {
                let text = from_spreadsheet_cell(record.get(*i).unwrap_or("").trim());
                (*i + 1, name.as_str(), text)
            })
    }
}

/// Calls `each` with every row of a series that counts arrivals, passing over empty rows,
/// the HXL hashtag row under the header (`#date`, `#loc`, …, as exports write it) and rows
/// whose `movement` is outgoing; returns a problem for each row that cannot be read at all.
#[allow(
    clippy::arithmetic_side_effects,
    reason = "row numbers stay below the text's length"
)]
fn each_row(
    reader: &mut csv::Reader<&[u8]>,
    columns: &Columns,
    mut each: impl FnMut(&SeriesRow<'_>),
) -> Vec<CellProblem> {
    let mut unreadable = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let number = index + 2;
        let record = match record {
            Ok(record) => record,
            Err(err) => {
                let issue = CellIssue::Unreadable {
                    reason: unreadable_reason(&err),
                };
                unreadable.push(CellProblem::new(number, 0, "", issue));
                continue;
            }
        };
        if record.iter().all(|cell| cell.trim().is_empty())
            || (index == 0
                && record
                    .iter()
                    .all(|c| c.trim().is_empty() || c.trim().starts_with('#')))
        {
            continue;
        }
        let row = SeriesRow {
            number,
            record: &record,
            columns,
        };
        if let Some((_, _, movement)) = row.cell(Column::Movement)
            && matches!(
                movement.to_lowercase().as_str(),
                "outgoing" | "out" | "outflow"
            )
        {
            continue;
        }
        each(&row);
    }
    unreadable
}

/// What one cell gave.
#[derive(Debug, Clone, Copy)]
enum Part {
    /// Start and span (ms from T+0).
    Period(i64, i64),
    Profile(usize),
    Count(u32),
    Nationality(usize),
    Sex(Sex),
    Age(AgeBand),
    /// DTM's coarse `18+` (true) or `under 18` (false): spread over the bands of that group.
    Adult(bool),
}

/// The exercise's calendar: where a date or an hour falls from T+0.
struct Clock {
    start: Option<jiff::civil::DateTime>,
    duration: i64,
    night: Night,
}

impl Clock {
    fn of(scenario: &Scenario) -> Clock {
        Clock {
            start: jiff::civil::DateTime::strptime("%Y-%m-%dT%H:%M", &scenario.exercise.start).ok(),
            duration: scenario.exercise.duration.millis(),
            night: scenario.exercise.night,
        }
    }

    /// The weight of each hour of a local day.
    fn day_weights(&self) -> [u8; 24] {
        let (from, to) = (self.night.from_hour, self.night.to_hour);
        std::array::from_fn(|h| {
            let h = u8::try_from(h).unwrap_or(0);
            let night = if from > to {
                h >= from || h < to
            } else {
                h >= from && h < to
            };
            if night { NIGHT_WEIGHT } else { DAY_WEIGHT }
        })
    }

    /// The start and span of a time cell: a date is its whole local day, a date and hour
    /// (or an offset `T+6h`) the hour from then; either must lie within the exercise.
    #[allow(
        clippy::arithmetic_side_effects,
        reason = "spans between dates of a calendar are far below i64 milliseconds"
    )]
    fn period(&self, text: &str) -> Result<Part, CellIssue> {
        let bad = || CellIssue::BadValue {
            cell: text.to_string(),
            expected: "observed-expected-time",
        };
        if text.is_empty() {
            return Err(CellIssue::Empty);
        }
        let date = jiff::civil::Date::strptime("%Y-%m-%d", text)
            .or_else(|_| jiff::civil::Date::strptime("%d.%m.%Y", text.trim_end_matches('.')))
            .ok();
        let date_time = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S"]
            .iter()
            .find_map(|f| jiff::civil::DateTime::strptime(f, text).ok());
        let (from, span) = match (date, date_time, &self.start) {
            (Some(d), _, Some(start)) => {
                let midnight = d.to_datetime(jiff::civil::Time::midnight());
                (ms_between(*start, midnight), DAY_MS)
            }
            (None, Some(dt), Some(start)) => (ms_between(*start, dt), HOUR_MS),
            (None, None, _) => match text.parse::<SimTime>() {
                Ok(t) if text.trim().starts_with("T+") => (t.millis(), HOUR_MS),
                _ => return Err(bad()),
            },
            (Some(_), _, None) | (None, Some(_), None) => return Err(bad()),
        };
        if from < 0 || from + span > self.duration {
            let (first, last) = self.whole_days();
            return Err(CellIssue::OutsideExercise {
                cell: text.to_string(),
                first,
                last,
            });
        }
        Ok(Part::Period(from, span))
    }

    /// Milliseconds from the start date's midnight to T+0.
    #[allow(
        clippy::arithmetic_side_effects,
        reason = "hours and minutes of a day are small"
    )]
    fn start_in_day(&self) -> i64 {
        self.start.map_or(0, |s| {
            i64::from(s.hour()) * HOUR_MS + i64::from(s.minute()) * 60_000
        })
    }

    /// The first and last whole local days of the exercise, as dates (empty when none).
    #[allow(
        clippy::arithmetic_side_effects,
        reason = "the exercise's duration is far below i64 milliseconds"
    )]
    fn whole_days(&self) -> (String, String) {
        let Some(start) = self.start else {
            return (String::new(), String::new());
        };
        let into_day = i64::from(start.hour()) * HOUR_MS + i64::from(start.minute()) * 60_000;
        let first = if into_day == 0 { 0 } else { 1 };
        let days = (self.duration + into_day) / DAY_MS;
        let date = |d: i64| {
            start
                .date()
                .checked_add(jiff::Span::new().days(d))
                .map_or(String::new(), |d| d.to_string())
        };
        if days <= first {
            return (String::new(), String::new());
        }
        (date(first), date(days - 1))
    }
}

/// Milliseconds from `a` to `b`.
fn ms_between(a: jiff::civil::DateTime, b: jiff::civil::DateTime) -> i64 {
    a.duration_until(b)
        .as_millis()
        .try_into()
        .unwrap_or(i64::MAX)
}

fn count(text: &str) -> Result<Part, CellIssue> {
    if text.is_empty() {
        return Err(CellIssue::Empty);
    }
    match text.parse::<i64>() {
        Ok(n) if n < 0 => Err(CellIssue::Negative {
            cell: text.to_string(),
        }),
        Ok(n) => u32::try_from(n)
            .map(Part::Count)
            .map_err(|_| CellIssue::BadValue {
                cell: text.to_string(),
                expected: "observed-expected-count",
            }),
        Err(_) if text.parse::<f64>().is_ok_and(|f| f < 0.0) => Err(CellIssue::Negative {
            cell: text.to_string(),
        }),
        Err(_) => Err(CellIssue::BadValue {
            cell: text.to_string(),
            expected: "observed-expected-count",
        }),
    }
}

/// Whether a cell leaves the value to be drawn (empty or `UNK`).
fn unknown(text: &str) -> bool {
    text.is_empty() || text.eq_ignore_ascii_case("unk")
}

fn nationality(text: &str, scenario: &Scenario) -> Result<Option<Part>, CellIssue> {
    if unknown(text) {
        return Ok(None);
    }
    let all = &scenario.cohort.nationalities;
    all.iter()
        .position(|n| n.id == text)
        .or_else(|| all.iter().position(|n| n.id.eq_ignore_ascii_case(text)))
        .or_else(|| {
            all.iter()
                .position(|n| !n.citizen.is_empty() && n.citizen.eq_ignore_ascii_case(text))
        })
        .map(|i| Some(Part::Nationality(i)))
        .ok_or_else(|| CellIssue::UnknownNationality {
            id: text.to_string(),
            known: all
                .iter()
                .map(|n| {
                    if n.citizen.is_empty() {
                        n.id.clone()
                    } else {
                        format!("{} ({})", n.id, n.citizen)
                    }
                })
                .collect(),
        })
}

fn sex(text: &str) -> Result<Option<Part>, CellIssue> {
    if unknown(text) {
        return Ok(None);
    }
    match text.to_lowercase().as_str() {
        "f" | "female" => Ok(Some(Part::Sex(Sex::Female))),
        "m" | "male" => Ok(Some(Part::Sex(Sex::Male))),
        _ => Err(CellIssue::BadValue {
            cell: text.to_string(),
            expected: "observed-expected-sex",
        }),
    }
}

/// DTM's coarse age groups, lower case: adults (18 and over) first, then minors.
const COARSE_AGES: [(&str, bool); 14] = [
    ("18+", true),
    ("y_ge18", true),
    ("adult", true),
    ("adults", true),
    ("over 18", true),
    ("18 and over", true),
    ("under 18", false),
    ("under_18", false),
    ("y_lt18", false),
    ("<18", false),
    ("0-17", false),
    ("minor", false),
    ("minors", false),
    ("children", false),
];

fn age(text: &str) -> Result<Option<Part>, CellIssue> {
    if unknown(text) {
        return Ok(None);
    }
    let lower = text.to_lowercase();
    if let Some((_, adult)) = COARSE_AGES.iter().find(|(name, _)| *name == lower) {
        return Ok(Some(Part::Adult(*adult)));
    }
    let plain = |b: AgeBand| match b {
        AgeBand::Under14 => "0-13",
        AgeBand::From14To17 => "14-17",
        AgeBand::From18To34 => "18-34",
        AgeBand::From35To64 => "35-64",
        AgeBand::From65 => "65+",
    };
    AgeBand::ALL
        .into_iter()
        .find(|b| {
            b.code().eq_ignore_ascii_case(text)
                || b.id().eq_ignore_ascii_case(text)
                || plain(*b) == text
        })
        .map(|b| Some(Part::Age(b)))
        .ok_or_else(|| CellIssue::BadValue {
            cell: text.to_string(),
            expected: "observed-expected-age",
        })
}

/// `people` of DTM's coarse group (adults 18 and over, or minors under 18) spread over the
/// Eurostat bands of that group in proportion to the age shares of their nationality (or,
/// when the row gives none, of the whole cohort, each nationality weighted by its share):
/// each band gets the whole part of its share, and the people left over go one each to the
/// bands with the largest remainders (the younger band first on a tie). Without any age
/// shares in the scenario, their age stays unknown, as for an empty cell.
#[allow(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::arithmetic_side_effects,
    reason = "each band's part is a floor of a fraction of `people`, so it fits a u32 and the parts add up to `people`"
)]
fn coarse_age(
    people: u32,
    adult: bool,
    nationality: Option<usize>,
    scenario: &Scenario,
) -> Vec<(Option<AgeBand>, u32)> {
    let all = &scenario.cohort.nationalities;
    let weight = |band: AgeBand| -> f64 {
        match nationality.and_then(|n| all.get(n)) {
            Some(n) => n.age.get(&band).copied().unwrap_or(0.0),
            None => all
                .iter()
                .map(|n| n.share * n.age.get(&band).copied().unwrap_or(0.0))
                .sum(),
        }
    };
    let bands: Vec<(AgeBand, f64)> = AgeBand::ALL
        .into_iter()
        .filter(|b| b.minor() != adult)
        .map(|b| (b, weight(b).max(0.0)))
        .collect();
    let total: f64 = bands.iter().map(|(_, w)| w).sum();
    if total.is_nan() || total <= 0.0 || !total.is_finite() {
        return vec![(None, people)];
    }
    let mut parts: Vec<(AgeBand, u32, f64)> = bands
        .iter()
        .map(|(b, w)| {
            let exact = f64::from(people) * w / total;
            (*b, exact.floor() as u32, exact - exact.floor())
        })
        .collect();
    let given: u32 = parts.iter().map(|(_, n, _)| n).sum();
    let mut order: Vec<usize> = (0..parts.len()).collect();
    order.sort_by(|&a, &b| parts[b].2.total_cmp(&parts[a].2).then(a.cmp(&b)));
    for &i in order
        .iter()
        .cycle()
        .take(people.saturating_sub(given) as usize)
    {
        parts[i].1 += 1;
    }
    parts
        .into_iter()
        .filter(|(_, n, _)| *n > 0)
        .map(|(b, n, _)| (Some(b), n))
        .collect()
}

/// One day's observed figure at one place, for scoring a run against what happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlaceCount {
    /// Calendar day of the exercise (0: the day of T+0).
    pub day: i64,
    /// Index of the location.
    pub place: usize,
    /// The figure (rows of the same day and place added up).
    pub count: u64,
}

/// Reads an observed series to score a run against (`fluxsim score`): the same columns as an
/// arrivals series, a whole day per row, the place any location a figure is kept for
/// (entry points, crossings, registration points, sites, hospitals, exits). Rows of the same
/// day and place are added up (whatever their nationality, sex or age).
#[allow(
    clippy::arithmetic_side_effects,
    reason = "row numbers stay below the text's length; days are checked against the exercise"
)]
pub fn read_place_counts(
    shown: &str,
    text: &str,
    scenario: &Scenario,
) -> Result<Vec<PlaceCount>, SheetError> {
    let fail = |problems| SheetError {
        file: shown.to_string(),
        kind: "sheet-kind-observed",
        help: "sheet-score-help",
        problems,
    };
    let (mut reader, columns) = columns_of(text).map_err(fail)?;
    let places: Vec<&str> = scenario.locations.iter().map(|l| l.id.as_str()).collect();
    let clock = Clock::of(scenario);
    let mut problems = Vec::new();
    let mut merged: BTreeMap<(i64, usize), u64> = BTreeMap::new();
    let unreadable = each_row(&mut reader, &columns, |series_row| {
        let row = series_row.number;
        let cell = |column: Column| series_row.cell(column);
        let mut day = None;
        if let Some((at, name, text)) = cell(Column::Time) {
            match clock.period(text) {
                Ok(Part::Period(from, span)) if span == DAY_MS => {
                    day = Some((from + clock.start_in_day()) / DAY_MS);
                }
                Ok(_) => problems.push(CellProblem::new(
                    row,
                    at,
                    name,
                    CellIssue::BadValue {
                        cell: text.to_string(),
                        expected: "score-expected-day",
                    },
                )),
                Err(issue) => problems.push(CellProblem::new(row, at, name, issue)),
            }
        }
        let mut place = None;
        if let Some((at, name, text)) = cell(Column::Entry) {
            match places.iter().position(|p| *p == text) {
                Some(i) => place = Some(i),
                None if text.is_empty() => {
                    problems.push(CellProblem::new(row, at, name, CellIssue::Empty));
                }
                None => problems.push(CellProblem::new(
                    row,
                    at,
                    name,
                    CellIssue::UnknownPlace {
                        id: text.to_string(),
                        known: places.iter().map(|p| (*p).to_string()).collect(),
                    },
                )),
            }
        }
        let mut people = None;
        if let Some((at, name, text)) = cell(Column::Count) {
            match count(text) {
                Ok(Part::Count(n)) => people = Some(u64::from(n)),
                Ok(_) => {}
                Err(issue) => problems.push(CellProblem::new(row, at, name, issue)),
            }
        }
        if let (Some(day), Some(place), Some(people)) = (day, place, people) {
            *merged.entry((day, place)).or_insert(0) += people;
        }
    });
    problems.extend(unreadable);
    if !problems.is_empty() {
        problems.sort_by_key(|p| (p.row, p.column));
        return Err(fail(problems));
    }
    Ok(merged
        .into_iter()
        .map(|((day, place), count)| PlaceCount { day, place, count })
        .collect())
}
