//! Observed flows drive arrivals: an arrival profile `rate: Observed("file.csv")` takes its
//! counts from a daily (or hourly) series beside the scenario, in DTM's column names or plain
//! ones; each day's count arrives exactly, by the documented intra-day profile; every bad
//! row is reported at its row and column and nothing runs (docs/observed-flows.md).

use std::collections::BTreeMap;

use fluxsim::scenario::observed_csv::{ObservedArrival, attach_observed, read_observed};
use fluxsim::scenario::sheet_problem::{CellIssue, CellProblem};
use fluxsim::scenario::{AgeBand, Scenario, Sex, Source, parse};
use fluxsim::{SimTime, Simulation};

use crate::support::{flat, fluxsim, path, scratch};

const DAY: i64 = 86_400_000;
const HOUR: i64 = 3_600_000;

fn observed_path(name: &str) -> String {
    format!(
        "{}/tests/fixtures/observed/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

/// A scenario of `tests/fixtures/observed/`, its series read from beside it.
pub fn observed_fixture(name: &str) -> Scenario {
    let text = std::fs::read_to_string(observed_path(name)).expect("fixture exists");
    let mut scenario = parse(&Source::new(observed_path(name), text)).expect("fixture is valid");
    attach_observed(&mut scenario, |file| {
        let p = observed_path(file);
        std::fs::read(&p)
            .map(|bytes| (p, bytes))
            .map_err(|e| e.to_string())
    })
    .expect("the series reads");
    scenario
}

/// The problems of reading `file` as the series fixture's `series.csv`.
fn problems(file: &str) -> Vec<(usize, usize, CellIssue)> {
    let scenario = observed_fixture("series.ron");
    let text = std::fs::read_to_string(observed_path(file)).expect("fixture exists");
    let err = read_observed(file, &text, "series.csv", &scenario).expect_err("the sheet is bad");
    err.problems
        .into_iter()
        .map(
            |CellProblem {
                 row, column, issue, ..
             }| (row, column, issue),
        )
        .collect()
}

/// Counts read from `file` as the series fixture's series: (entry, counts).
fn counts(file: &str) -> Vec<(String, Vec<ObservedArrival>)> {
    let scenario = observed_fixture("series.ron");
    let text = std::fs::read_to_string(observed_path(file)).expect("fixture exists");
    read_observed(file, &text, "series.csv", &scenario)
        .expect("the sheet reads")
        .into_iter()
        .map(|(i, c)| (scenario.arrivals[i].at.clone(), c))
        .collect()
}

/// Arrivals per (day, entry point) of a run, from its hourly samples.
fn daily_arrivals(sim: &Simulation) -> BTreeMap<(i64, usize), u64> {
    let mut out = BTreeMap::new();
    let points = &sim.series().points;
    for pair in points.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        let day = a.t.div_euclid(DAY);
        for (e, (x, y)) in a
            .arrivals_by_entry
            .iter()
            .zip(&b.arrivals_by_entry)
            .enumerate()
        {
            *out.entry((day, e)).or_insert(0) += y - x;
        }
    }
    out
}

#[test]
fn each_days_total_of_a_run_is_the_series_days_total() {
    let scenario = observed_fixture("series.ron");
    let mut sim = Simulation::new(&scenario, 7);
    sim.run_to_end();
    let daily = daily_arrivals(&sim);
    let at = |day: i64, entry: usize| daily.get(&(day, entry)).copied().unwrap_or(0);
    // north is entry 0, south entry 1. Day 0 north: 120 + 300 + 45 (the outgoing 999 is no
    // arrival); day 1 south: 0 + 80 on two rows; day 2 south: the two hourly rows; day 3
    // north: 12 + 8 on two rows.
    let expected = [
        (0, 0, 465),
        (0, 1, 0),
        (1, 0, 700),
        (1, 1, 80),
        (2, 0, 260),
        (2, 1, 75),
        (3, 0, 20),
        (3, 1, 1500),
    ];
    for (day, entry, n) in expected {
        assert_eq!(at(day, entry), n, "day {day}, entry {entry}");
    }
    let audit = sim.audit();
    assert_eq!(sim.metrics().snapshot.totals.arrivals, 3100);
    assert_eq!(
        audit.persons + audit.exit_records,
        3100,
        "everyone is counted"
    );
}

#[test]
fn people_of_a_row_giving_nationality_sex_and_age_are_of_that_group() {
    let scenario = observed_fixture("series.ron");
    let mut sim = Simulation::new(&scenario, 7);
    sim.run_to_end();
    let nationality = |id: &str| {
        scenario
            .cohort
            .nationalities
            .iter()
            .position(|n| n.id == id)
            .expect("nationality") as u8
    };
    let mut tally: BTreeMap<(i64, u8, Option<Sex>, Option<AgeBand>), u64> = BTreeMap::new();
    let present = sim.people();
    for (arrived, n, profile) in present
        .iter()
        .map(|p| (p.arrived, p.nationality, p.profile))
        .chain(
            sim.departures()
                .iter()
                .map(|r| (r.arrived, r.nationality, r.profile)),
        )
    {
        *tally
            .entry((arrived.div_euclid(DAY), n, profile.sex(), profile.age()))
            .or_insert(0) += 1;
    }
    let (sy, af) = (nationality("Syria"), nationality("Afghanistan"));
    let group = |day, n, sex, age| tally.get(&(day, n, Some(sex), Some(age))).copied();
    assert_eq!(group(0, sy, Sex::Female, AgeBand::From18To34), Some(120));
    assert_eq!(group(0, sy, Sex::Male, AgeBand::From18To34), Some(300));
    assert_eq!(group(0, af, Sex::Male, AgeBand::From14To17), Some(45));
    // Afghanistan has no sex or age shares: the series alone gives them.
    assert_eq!(group(2, af, Sex::Male, AgeBand::From35To64), Some(260));
    assert_eq!(group(2, sy, Sex::Female, AgeBand::Under14), Some(75));
    // Afghans have no sex or age shares, so among day 3's drawn 1,500 none has them: the two
    // rows (`AF`, and `af`, `m` in lower case) are the only ones.
    assert_eq!(group(3, af, Sex::Male, AgeBand::From65), Some(20));
    // Day 1's 700 Syrians have their sex and age drawn from Syria's shares; the 80 drawn at
    // the southern approach may add some.
    let day1: u64 = tally
        .iter()
        .filter(|((d, n, _, _), _)| *d == 1 && *n == sy)
        .map(|(_, c)| c)
        .sum();
    assert!((700..=780).contains(&day1), "{day1} Syrians on day 1");
    let unknown: u64 = tally
        .iter()
        .filter(|((d, n, s, a), _)| *d == 1 && *n == sy && (s.is_none() || a.is_none()))
        .map(|(_, c)| c)
        .sum();
    assert_eq!(unknown, 0, "Syria's shares give everyone a sex and an age");
}

#[test]
fn an_hours_count_arrives_within_that_hour() {
    let scenario = observed_fixture("series.ron");
    let mut sim = Simulation::new(&scenario, 7);
    sim.run_to_end();
    let points = &sim.series().points;
    let south = |t: i64| {
        points
            .iter()
            .find(|p| p.t == t)
            .map(|p| p.arrivals_by_entry[1])
            .expect("hourly sample")
    };
    let day2 = 2 * DAY;
    assert_eq!(
        south(day2 + 14 * HOUR) - south(day2),
        0,
        "nobody before 14:00"
    );
    assert_eq!(south(day2 + 15 * HOUR) - south(day2 + 14 * HOUR), 40);
    assert_eq!(south(day2 + 16 * HOUR) - south(day2 + 15 * HOUR), 35);
    assert_eq!(
        south(3 * DAY) - south(day2 + 16 * HOUR),
        0,
        "nobody after 16:00"
    );
}

#[test]
fn a_days_count_arrives_five_times_as_fast_by_day_as_at_night() {
    let scenario = observed_fixture("series.ron");
    let mut sim = Simulation::new(&scenario, 7);
    sim.run_to_end();
    let points = &sim.series().points;
    let south = |hour: i64| {
        points
            .iter()
            .find(|p| p.t == 3 * DAY + hour * HOUR)
            .map(|p| p.arrivals_by_entry[1])
            .expect("hourly sample")
    };
    // 1,500 on day 3: 8 night hours (22:00–06:00) of weight 1, 16 day hours of weight 5,
    // so 1,500 × 8 / 88 ≈ 136 at night and about 85 in each day hour.
    let night = (south(6) - south(0)) + (south(24) - south(22));
    let day = south(22) - south(6);
    assert_eq!(night + day, 1500);
    assert!((136..=137).contains(&night), "{night} at night");
    for h in 6..22 {
        let n = south(h + 1) - south(h);
        assert!((85..=86).contains(&n), "{n} in hour {h}");
    }
}

#[test]
fn plain_column_names_semicolons_tabs_and_local_dates_are_read() {
    let plain = counts("plain.csv");
    let north = &plain.iter().find(|(e, _)| e == "north").expect("north").1;
    let south = &plain.iter().find(|(e, _)| e == "south").expect("south").1;
    // `date;entry point;count`: a day on 25 October, T+2d3h an hour from then.
    assert_eq!(
        north
            .iter()
            .map(|c| (c.at, c.over, c.people))
            .collect::<Vec<_>>(),
        [
            (SimTime::ZERO, SimTime::days(1), 10),
            (SimTime(2 * DAY + 3 * HOUR), SimTime::hours(1), 5),
        ]
    );
    // `26.10.2026` is the second day.
    assert_eq!(
        south.iter().map(|c| (c.at, c.people)).collect::<Vec<_>>(),
        [(SimTime::days(1), 20)]
    );
    let tabbed = counts("tabbed.csv");
    let north = &tabbed.iter().find(|(e, _)| e == "north").expect("north").1;
    assert_eq!(north.len(), 1);
    assert_eq!((north[0].people, north[0].nationality), (10, Some(0)));
}

#[test]
fn an_entry_point_whose_arrivals_the_series_does_not_give_is_an_error() {
    let found = problems("bad-entry.csv");
    let known = vec!["north".to_string(), "south".to_string()];
    assert_eq!(
        found,
        [
            (
                3,
                2,
                CellIssue::UnknownEntry {
                    id: "nowhere".into(),
                    known: known.clone()
                }
            ),
            // A place of the scenario, but not an entry point the series drives.
            (
                4,
                2,
                CellIssue::UnknownEntry {
                    id: "bcp".into(),
                    known
                }
            ),
        ]
    );
}

#[test]
fn a_date_or_hour_outside_the_exercise_is_an_error() {
    let found = problems("bad-date.csv");
    let outside = |cell: &str| CellIssue::OutsideExercise {
        cell: cell.into(),
        first: "2026-10-25".into(),
        last: "2026-10-28".into(),
    };
    // 23:00 on the last day is its last hour, within the exercise.
    assert_eq!(
        found,
        [
            (2, 1, outside("2026-10-24")),
            (3, 1, outside("2026-10-29")),
            (5, 1, outside("2026-10-29T00:00")),
        ]
    );
}

#[test]
fn a_negative_count_is_an_error() {
    assert_eq!(
        problems("bad-negative.csv"),
        [
            (2, 3, CellIssue::Negative { cell: "-3".into() }),
            (
                3,
                3,
                CellIssue::Negative {
                    cell: "-0.5".into()
                }
            ),
        ]
    );
}

#[test]
fn every_unreadable_cell_is_reported_at_its_row_and_column() {
    let found = problems("bad-cells.csv");
    let at: Vec<(usize, usize)> = found.iter().map(|(r, c, _)| (*r, *c)).collect();
    assert_eq!(at, [(2, 1), (3, 3), (4, 4), (5, 5), (6, 6), (7, 2)]);
    assert!(
        matches!(&found[0].2, CellIssue::BadValue { cell, expected: "observed-expected-time" } if cell == "yesterday")
    );
    assert!(matches!(&found[1].2, CellIssue::UnknownNationality { id, .. } if id == "Narnia"));
    assert!(
        matches!(&found[2].2, CellIssue::BadValue { cell, expected: "observed-expected-sex" } if cell == "X")
    );
    assert!(
        matches!(&found[3].2, CellIssue::BadValue { cell, expected: "observed-expected-age" } if cell == "Y18-65")
    );
    assert!(
        matches!(&found[4].2, CellIssue::BadValue { cell, expected: "observed-expected-count" } if cell == "ten")
    );
    assert_eq!(found[5].2, CellIssue::Empty);
}

#[test]
fn an_unknown_or_doubled_column_is_an_error_before_any_row_is_read() {
    let found = problems("bad-columns.csv");
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(matches!(&found[0], (1, 3, CellIssue::UnknownColumn { name, .. }) if name == "colour"));
    assert!(matches!(&found[1], (1, 5, CellIssue::DuplicateColumn { name }) if name == "n"));
}

#[test]
fn check_reports_every_bad_row_of_the_series_at_once_and_run_runs_nothing() {
    let check = fluxsim(&["check", &observed_path("bad-all.ron")]);
    assert_eq!(check.status.code(), Some(1));
    let said = flat(&check.stderr);
    assert!(
        said.contains("5 problems in the observed arrivals series"),
        "{said}"
    );
    for place in [
        "row 2, column 2 (fmp): `nowhere` is not an entry point",
        "row 3, column 1 (t): `2026-11-30` is outside the exercise, which covers whole days from 2026-10-25 to 2026-10-28",
        "row 4, column 4 (n): `-4` is negative",
        "row 5, column 3 (nat): unknown nationality `Narnia`",
        "row 5, column 4 (n): `1x` is not a whole number of people",
    ] {
        assert!(said.contains(place), "{place} missing from: {said}");
    }
    let dir = scratch("observed-bad-run");
    let journal = dir.join("bad.journal");
    let run = fluxsim(&[
        "run",
        &observed_path("bad-all.ron"),
        "--journal",
        path(&journal),
    ]);
    assert_eq!(run.status.code(), Some(1));
    assert!(!journal.exists(), "nothing runs, no journal is written");
}

#[test]
fn a_series_is_read_in_the_readers_language() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_fluxsim"))
        .args(["--lang", "sq", "check", &observed_path("bad-all.ron")])
        .env("NO_COLOR", "1")
        .output()
        .expect("fluxsim runs");
    let said = flat(&out.stderr);
    assert!(said.contains("rreshti 4, kolona 4 (n)"), "{said}");
    assert!(said.contains("është negativ"), "{said}");
}

#[test]
fn a_recorded_exercise_driven_by_a_series_replays_to_the_same_digests() {
    let dir = scratch("observed-replay");
    let journal = dir.join("series.journal");
    let run = fluxsim(&[
        "run",
        &observed_path("series.ron"),
        "--journal",
        path(&journal),
    ]);
    assert!(run.status.success(), "{}", flat(&run.stderr));
    let replay = fluxsim(&["replay", path(&journal)]);
    assert!(replay.status.success(), "{}", flat(&replay.stderr));
    assert!(
        flat(&replay.stdout).contains("3,100 arrived"),
        "{}",
        flat(&replay.stdout)
    );
}

/// Entry point, nationality, sex and age band of arrivals.
type Group = (String, Option<usize>, Option<Sex>, Option<AgeBand>);

#[test]
fn dtm_s_coarse_ages_are_spread_over_the_eurostat_bands_by_the_nationality_s_shares() {
    // Syria's shares (series.ron): under 14 0.2, 14–17 0.1, 18–34 0.4, 35–64 0.25, 65+ 0.05;
    // Afghanistan gives none.
    let mut by_group: BTreeMap<Group, u32> = BTreeMap::new();
    for (entry, arrivals) in counts("coarse.csv") {
        for a in arrivals {
            *by_group
                .entry((entry.clone(), a.nationality, a.sex, a.age))
                .or_insert(0) += a.people;
        }
    }
    let (north, south) = ("north".to_string(), "south".to_string());
    let expected = BTreeMap::from([
        // 14 men `18+`: 14 × 0.4/0.7, 0.25/0.7, 0.05/0.7 = 8, 5, 1 exactly.
        (
            (
                north.clone(),
                Some(0),
                Some(Sex::Male),
                Some(AgeBand::From18To34),
            ),
            8,
        ),
        (
            (
                north.clone(),
                Some(0),
                Some(Sex::Male),
                Some(AgeBand::From35To64),
            ),
            5,
        ),
        (
            (
                north.clone(),
                Some(0),
                Some(Sex::Male),
                Some(AgeBand::From65),
            ),
            1,
        ),
        // 10 women `under 18`: 6.67 and 3.33, the one left over to the larger remainder.
        (
            (
                north.clone(),
                Some(0),
                Some(Sex::Female),
                Some(AgeBand::Under14),
            ),
            7,
        ),
        (
            (
                north.clone(),
                Some(0),
                Some(Sex::Female),
                Some(AgeBand::From14To17),
            ),
            3,
        ),
        // Afghanistan has no age shares: the age stays unknown.
        ((north, Some(1), Some(Sex::Male), None), 5),
        // No nationality: the cohort's shares (only Syria's give ages): 1.71, 1.07, 0.21.
        ((south.clone(), None, None, Some(AgeBand::From18To34)), 2),
        ((south, None, None, Some(AgeBand::From35To64)), 1),
    ]);
    assert_eq!(by_group, expected);
}
