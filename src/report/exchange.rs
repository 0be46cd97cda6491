//! The exchange tables: what others already read. A DTM-style flow monitoring table and
//! Eurostat-style asylum applicant tables, each with its HXL hashtag row; aggregated only,
//! with small cells suppressed when the export is for exchange (`--aggregate-only`). Files
//! and columns are documented in docs/export-csv.md.

use std::collections::BTreeMap;

use crate::Simulation;
use crate::scenario::{AgeBand, Scenario, Sex, Vulnerability};
use crate::view::Departure;

/// The exchange tables, in the order they are written.
pub const EXCHANGE_FILES: [&str; 3] = [
    "dtm_flows.csv",
    "asylum_applicants.csv",
    "asylum_unaccompanied.csv",
];

/// Counts under this are suppressed in an aggregate-only export: a DTM row is left out, a
/// Eurostat cell is written empty with the flag `c` (confidential).
pub const SMALL_CELL: u64 = 5;

/// Eurostat publishes its asylum figures rounded to the nearest 5.
pub const ROUNDING: u64 = 5;

/// Code written for a nationality without an ISO 3166 code, and for an unknown sex or age.
pub const UNKNOWN: &str = "UNK";

/// One table: header, HXL hashtags (one per column), rows.
pub struct Table {
    /// Column names.
    pub headers: &'static [&'static str],
    /// The HXL hashtag of each column (empty: untagged).
    pub tags: &'static [&'static str],
    /// The rows.
    pub rows: Vec<Vec<String>>,
}

const DTM_HEADERS: [&str; 9] = [
    "t", "fmp", "movement", "previous", "next", "nat", "sex", "age", "n",
];
const DTM_TAGS: [&str; 9] = [
    "#date",
    "#loc+code",
    "#indicator+movement",
    "#loc+origin+code",
    "#loc+dest+code",
    "#country+code+nationality",
    "#meta+sex",
    "#meta+age",
    "#affected+ind",
];
const EUROSTAT_HEADERS: [&str; 9] = [
    "freq",
    "unit",
    "citizen",
    "sex",
    "age",
    "asyl_app",
    "TIME_PERIOD",
    "OBS_VALUE",
    "OBS_FLAG",
];
const EUROSTAT_TAGS: [&str; 9] = [
    "#meta+freq",
    "#meta+unit",
    "#country+code+nationality",
    "#meta+sex",
    "#meta+age",
    "#indicator+type",
    "#date",
    "#affected+ind+applicants",
    "#status+flag",
];

/// The exchange tables of `sim`, in the order of [`EXCHANGE_FILES`]; `suppress` leaves out
/// or blanks every count under [`SMALL_CELL`].
pub fn exchange_tables(sim: &Simulation, suppress: bool) -> Vec<Table> {
    let scenario = sim.scenario();
    vec![
        dtm_flows(sim, scenario, suppress),
        applicants(sim, scenario, suppress, false),
        applicants(sim, scenario, suppress, true),
    ]
}

/// The citizen code of each cohort nationality (`UNK` without one).
fn citizens(scenario: &Scenario) -> Vec<String> {
    scenario
        .cohort
        .nationalities
        .iter()
        .map(|n| {
            if n.citizen.is_empty() {
                UNKNOWN.to_string()
            } else {
                n.citizen.clone()
            }
        })
        .collect()
}

/// The calendar date of T+0 and the day count from there, as `YYYY-MM-DD`.
fn date(scenario: &Scenario, day: i64) -> Option<jiff::civil::Date> {
    let start = jiff::civil::DateTime::strptime("%Y-%m-%dT%H:%M", &scenario.exercise.start)
        .ok()?
        .date();
    start.checked_add(jiff::Span::new().days(day)).ok()
}

/// A row of the flow table: day, point, previous, next, citizen, sex and age codes.
type FlowKey = (u32, u16, String, String, String, String, String);

fn dtm_flows(sim: &Simulation, scenario: &Scenario, suppress: bool) -> Table {
    let citizens = citizens(scenario);
    let id = |i: Option<u16>| {
        i.and_then(|i| scenario.locations.get(usize::from(i)))
            .map_or(String::new(), |l| l.id.clone())
    };
    // Nationalities sharing a code are one row.
    let mut cells: BTreeMap<FlowKey, u64> = BTreeMap::new();
    for (p, n) in &sim.passages() {
        let key = (
            p.day,
            p.at,
            id(p.from),
            id(p.to),
            citizens
                .get(usize::from(p.nationality))
                .cloned()
                .unwrap_or_else(|| UNKNOWN.to_string()),
            p.profile.sex().map_or(UNKNOWN, Sex::code).to_string(),
            p.profile.age().map_or(UNKNOWN, AgeBand::code).to_string(),
        );
        *cells.entry(key).or_insert(0) += u64::from(*n);
    }
    let rows = cells
        .into_iter()
        .filter(|(_, n)| !suppress || *n >= SMALL_CELL)
        .map(|((day, at, from, to, nat, sex, age), n)| {
            vec![
                date(scenario, i64::from(day)).map_or(String::new(), |d| d.to_string()),
                id(Some(at)),
                "incoming".to_string(),
                from,
                to,
                nat,
                sex,
                age,
                n.to_string(),
            ]
        })
        .collect();
    Table {
        headers: &DTM_HEADERS,
        tags: &DTM_TAGS,
        rows,
    }
}

/// Eurostat's sex codes, total first.
const SEXES: [&str; 4] = ["T", "F", "M", UNKNOWN];

/// The age codes of a table: every band and the totals of applicants, or the minors' bands.
fn ages(minors: bool) -> Vec<&'static str> {
    let mut out = vec!["TOTAL"];
    out.extend(
        AgeBand::ALL
            .iter()
            .filter(|b| !minors || b.minor())
            .map(|b| b.code()),
    );
    if !minors {
        out.push("Y_LT18");
    }
    out.push(UNKNOWN);
    out
}

/// Asylum applicants by month of application, citizenship, sex and age: who left the system
/// into the asylum procedure. With `minors`, the unaccompanied minors among them and among
/// those handed to the child protection service (which applies on their behalf).
fn applicants(sim: &Simulation, scenario: &Scenario, suppress: bool, minors: bool) -> Table {
    let citizens = citizens(scenario);
    let uam = Vulnerability::UnaccompaniedMinor.bit();
    let day_offset = date_offset_ms(scenario);
    let mut counts: BTreeMap<(String, String, &str, &str), u64> = BTreeMap::new();
    let mut months: Vec<String> = Vec::new();
    // Every month the exercise spans has its rows, applicants or not.
    let last_day = scenario
        .exercise
        .duration
        .millis()
        .saturating_add(day_offset)
        / DAY_MS;
    for day in 0..=last_day {
        if let Some(d) = date(scenario, day) {
            let m = month(d);
            if !months.contains(&m) {
                months.push(m);
            }
        }
    }
    for r in sim.departures() {
        let counted = if minors {
            r.flags & uam != 0 && matches!(r.how, Departure::Asylum | Departure::Referred)
        } else {
            r.how == Departure::Asylum
        };
        if !counted {
            continue;
        }
        let Some(d) = date(
            scenario,
            r.left.saturating_add(day_offset).div_euclid(DAY_MS),
        ) else {
            continue;
        };
        let period = month(d);
        if !months.contains(&period) {
            months.push(period.clone());
        }
        let citizen = citizens
            .get(usize::from(r.nationality))
            .cloned()
            .unwrap_or_else(|| UNKNOWN.to_string());
        let sex = r.profile.sex().map_or(UNKNOWN, Sex::code);
        let age = r.profile.age().map_or(UNKNOWN, AgeBand::code);
        let minor = r.profile.age().is_some_and(AgeBand::minor);
        for c in [citizen.as_str(), "TOTAL"] {
            for s in ["T", sex] {
                for a in ["TOTAL", age]
                    .into_iter()
                    .chain((minor && !minors).then_some("Y_LT18"))
                {
                    *counts
                        .entry((period.clone(), c.to_string(), s, a))
                        .or_insert(0) += 1;
                }
            }
        }
    }
    let mut codes: Vec<String> = citizens.clone();
    codes.sort();
    codes.dedup();
    codes.insert(0, "TOTAL".to_string());
    let mut rows = Vec::new();
    for period in &months {
        for citizen in &codes {
            for sex in SEXES {
                for age in ages(minors) {
                    let raw = counts
                        .get(&(period.clone(), citizen.clone(), sex, age))
                        .copied()
                        .unwrap_or(0);
                    let hidden = suppress && raw > 0 && raw < SMALL_CELL;
                    let (value, flag) = if hidden {
                        (String::new(), "c")
                    } else {
                        (round(raw).to_string(), "")
                    };
                    rows.push(vec![
                        "M".to_string(),
                        "PER".to_string(),
                        citizen.clone(),
                        sex.to_string(),
                        age.to_string(),
                        "ASY_APP".to_string(),
                        period.clone(),
                        value,
                        flag.to_string(),
                    ]);
                }
            }
        }
    }
    Table {
        headers: &EUROSTAT_HEADERS,
        tags: &EUROSTAT_TAGS,
        rows,
    }
}

const DAY_MS: i64 = 86_400_000;

/// Milliseconds from midnight of the start date to T+0.
fn date_offset_ms(scenario: &Scenario) -> i64 {
    jiff::civil::DateTime::strptime("%Y-%m-%dT%H:%M", &scenario.exercise.start).map_or(0, |dt| {
        (i64::from(dt.hour()) * 60 + i64::from(dt.minute())) * 60_000
    })
}

/// `YYYY-MM`, Eurostat's monthly `TIME_PERIOD`.
fn month(d: jiff::civil::Date) -> String {
    format!("{:04}-{:02}", d.year(), d.month())
}

/// Rounded to the nearest [`ROUNDING`] (halves up), as Eurostat publishes.
pub fn round(n: u64) -> u64 {
    (n + ROUNDING / 2) / ROUNDING * ROUNDING
}

#[cfg(test)]
mod tests {
    use super::round;

    #[test]
    fn counts_round_to_the_nearest_five() {
        let rounded: Vec<u64> = [0, 1, 2, 3, 7, 8, 12, 13].map(round).to_vec();
        assert_eq!(rounded, [0, 0, 0, 5, 5, 10, 10, 15]);
    }
}
