//! People as statistics know them: sex and age bands drawn from the cohort's shares per
//! nationality, consistent with the vulnerability flags, and nothing drawn when a scenario
//! gives none.

use fluxsim::Simulation;
use fluxsim::scenario::{AgeBand, Profile, Sex, Source, Vulnerability, parse};

/// One entry, a fast BCP and an exit: everyone passes and leaves, so every person drawn is
/// in the exit records. `demography` is spliced into both nationalities.
fn crossing(per_hour: f64, hours: u32, syria: &str, iraq: &str) -> fluxsim::Scenario {
    let text = format!(
        r#"(
    exercise: (name: "statistics", start: "2026-01-01T00:00", duration: "{hours}h", sample_every: "1d"),
    locations: [
        (id: "entry", kind: Entry(country: "A")),
        (id: "bcp", kind: Bcp(country: "A", lanes: 50, shifts: [(from_hour: 0, officers: 50)], service: Fixed("1s"))),
        (id: "out", kind: Exit(country: "B", outcome: Onward)),
    ],
    links: [(from: "entry", to: "bcp", time: "0s"), (from: "bcp", to: "out", time: "0s")],
    institutions: [],
    functions: [],
    plan: (phases: [(id: "normal")]),
    arrivals: [(at: "entry", rate: PerHour({per_hour:?}))],
    cohort: (
        nationalities: [
            (id: "Syria", share: 0.6, languages: {{"ar": 1.0}}, citizen: "SY"{syria}),
            (id: "Iraq", share: 0.4, languages: {{"ar": 1.0}}{iraq}),
        ],
        vulnerable: {{UnaccompaniedMinor: 0.04, Elderly: 0.03, Pregnant: 0.02}},
        outcomes: (onward: 1.0, asylum: 0.0, return: 0.0),
    ),
)"#
    );
    parse(&Source::new("statistics.ron", text)).expect("the statistics scenario is valid")
}

const SYRIA: &str = ", sex: {Female: 0.3, Male: 0.7}, \
    age: {Under14: 0.2, From14To17: 0.1, From18To34: 0.4, From35To64: 0.25, From65: 0.05}";
const IRAQ: &str = ", sex: {Female: 0.45, Male: 0.55}, \
    age: {Under14: 0.3, From14To17: 0.05, From18To34: 0.35, From35To64: 0.22, From65: 0.08}";

/// (nationality, vulnerability bits, profile) of everyone who arrived in a whole run.
fn everyone(scenario: &fluxsim::Scenario, seed: u64) -> Vec<(u8, u8, Profile)> {
    let mut sim = Simulation::new(scenario, seed);
    sim.run_to_end();
    let mut out: Vec<(u8, u8, Profile)> = sim
        .departures()
        .iter()
        .map(|r| (r.nationality, r.flags, r.profile))
        .collect();
    out.extend(
        sim.people()
            .iter()
            .map(|p| (p.nationality, p.flags, p.profile)),
    );
    out
}

#[test]
fn sex_and_age_shares_of_a_large_run_are_the_scenario_s_within_sampling_error() {
    // About 200,000 arrivals; the seed was fixed before the test was written.
    let people = everyone(&crossing(10_000.0, 20, SYRIA, IRAQ), 11);
    assert!(people.len() > 190_000, "{} arrivals", people.len());
    let shares = [
        (0u8, [0.3, 0.7], [0.2, 0.1, 0.4, 0.25, 0.05]),
        (1u8, [0.45, 0.55], [0.3, 0.05, 0.35, 0.22, 0.08]),
    ];
    for (nat, sexes, ages) in shares {
        let of: Vec<Profile> = people
            .iter()
            .filter(|(n, ..)| *n == nat)
            .map(|(.., p)| *p)
            .collect();
        let n = of.len() as f64;
        // Four standard errors of a share: a fixed seed passes this with near certainty
        // when the draws are right, and a share off by a point fails it.
        let close = |what: String, count: usize, p: f64| {
            let observed = count as f64 / n;
            let tolerance = 4.0 * (p * (1.0 - p) / n).sqrt();
            assert!(
                (observed - p).abs() < tolerance,
                "{what}: {observed:.4} against {p} (±{tolerance:.4}, n = {n})"
            );
        };
        for (sex, p) in Sex::ALL.iter().zip(sexes) {
            let count = of.iter().filter(|x| x.sex() == Some(*sex)).count();
            close(format!("nationality {nat}, {}", sex.code()), count, p);
        }
        for (band, p) in AgeBand::ALL.iter().zip(ages) {
            let count = of.iter().filter(|x| x.age() == Some(*band)).count();
            close(format!("nationality {nat}, {}", band.code()), count, p);
        }
    }
}

#[test]
fn the_flags_and_the_profile_agree() {
    let people = everyone(&crossing(2_000.0, 24, SYRIA, IRAQ), 5);
    let has = |flags: u8, v: Vulnerability| flags & v.bit() != 0;
    let mut seen = [0usize; 3];
    for (_, flags, profile) in &people {
        let age = profile.age().expect("every age is drawn");
        if has(*flags, Vulnerability::UnaccompaniedMinor) {
            seen[0] += 1;
            assert!(age.minor(), "an unaccompanied minor aged {}", age.code());
        } else if has(*flags, Vulnerability::Elderly) {
            seen[1] += 1;
            assert_eq!(
                age,
                AgeBand::From65,
                "an elderly person aged {}",
                age.code()
            );
        }
        if has(*flags, Vulnerability::Pregnant) {
            seen[2] += 1;
            assert_eq!(profile.sex(), Some(Sex::Female));
        }
    }
    assert!(seen.iter().all(|&n| n > 100), "flagged people: {seen:?}");
}

#[test]
fn a_nationality_without_shares_leaves_sex_and_age_unknown() {
    let people = everyone(&crossing(500.0, 24, SYRIA, ""), 3);
    let iraqis: Vec<&Profile> = people
        .iter()
        .filter(|(n, ..)| *n == 1)
        .map(|(.., p)| p)
        .collect();
    assert!(iraqis.len() > 1_000);
    assert!(iraqis.iter().all(|p| p.is_unknown()));
    assert!(
        people
            .iter()
            .filter(|(n, ..)| *n == 0)
            .all(|(.., p)| p.sex().is_some() && p.age().is_some())
    );
}

#[test]
fn giving_sex_and_age_changes_nothing_else_in_the_run() {
    // The draws have a stream of their own: who arrives when, with which nationality and
    // flags, and when they leave, is the same with and without shares.
    let strip = |scenario: &fluxsim::Scenario| {
        let mut sim = Simulation::new(scenario, 9);
        sim.run_to_end();
        sim.departures()
            .iter()
            .map(|r| (r.serial, r.arrived, r.left, r.nationality, r.flags))
            .collect::<Vec<_>>()
    };
    let without = strip(&crossing(800.0, 24, "", ""));
    let with = strip(&crossing(800.0, 24, SYRIA, IRAQ));
    assert!(without.len() > 10_000);
    assert_eq!(without, with);
}

#[test]
fn check_notes_each_nationality_without_a_citizen_code() {
    let dir = crate::support::scratch("citizen-note");
    let file = dir.join("statistics.ron");
    let text = std::fs::read_to_string(crate::support::fixture_path("kosovo-flux.ron"))
        .expect("the fixture");
    std::fs::write(&file, text).expect("written");
    let out = crate::support::fluxsim(&["check", crate::support::path(&file)]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    assert!(
        stdout.contains(
            "statistics.ron:433:18: `Syria` names no citizen code; statistics export it as UNK"
        ),
        "{stdout}"
    );
}
