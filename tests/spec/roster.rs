//! Who plays whom: each institution is played by people at the table, simulated by the
//! engine by its mandate and response times, or absent. The engine decides only for the
//! simulated ones.

use fluxsim::scenario::{Role, Source, hints, parse};
use fluxsim::view::Category;
use fluxsim::{Command, CommandError, DecisionKind, Scenario, SimTime, Simulation};

const BASE: &str = include_str!("../fixtures/coordination/base.ron");

const MIA: &str =
    r#"(id: "mia", name: "Ministry of Internal Affairs", response: Exp(mean: "30m"))"#;

/// The coordination base where reception needs the ministry's approval, with the
/// ministry's line written as `mia`.
fn with_ministry(mia: &str) -> Scenario {
    let text = BASE.replacen(MIA, mia, 1).replacen(
        r#"inform_within: "2h","#,
        r#"inform_within: "2h", reception_needs_approval: true,"#,
        1,
    );
    assert!(text.contains(mia));
    parse(&Source::new("base.ron", text)).unwrap_or_else(|e| panic!("{e:?}"))
}

fn ministry(role: &str) -> Scenario {
    with_ministry(&with_role(role))
}

/// The ministry's line with a role.
fn with_role(role: &str) -> String {
    let open = MIA.strip_suffix(')').expect("a tuple");
    format!("{open}, role: {role})")
}

fn approvals(sim: &Simulation) -> Vec<fluxsim::view::Request> {
    sim.requests()
        .iter()
        .filter(|q| q.ask.label() == "ReceptionApproval")
        .cloned()
        .collect()
}

#[test]
fn an_institution_without_a_role_is_simulated() {
    let s = with_ministry(MIA);
    assert!(s.institutions.iter().all(|i| i.role == Role::Simulated));
}

#[test]
fn played_true_still_loads_as_played_and_check_suggests_the_role_field() {
    let text = BASE.replacen(
        MIA,
        r#"(id: "mia", name: "Ministry of Internal Affairs", response: Exp(mean: "30m"), played: true)"#,
        1,
    );
    let line = text
        .lines()
        .position(|l| l.contains("played: true"))
        .expect("written")
        + 1;
    let source = Source::new("old.ron", text);
    let s = parse(&source).expect("an older scenario still loads");
    assert_eq!(s.institutions[0].role, Role::Played);
    let found = hints(&s, &source);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].line, line);
    assert!(
        found[0]
            .message
            .contains("`mia`: `played: true` is the earlier form of `role: Played`"),
        "{}",
        found[0].message
    );
    let current = Source::new("new.ron", BASE.replacen(MIA, &with_role("Played"), 1));
    let s = parse(&current).expect("valid");
    assert!(hints(&s, &current).is_empty(), "`role` needs no hint");
}

#[test]
fn a_played_institution_is_never_decided_for() {
    let mut sim = Simulation::new(&ministry("Played"), 7);
    sim.run_to_end();
    assert!(
        sim.decisions().iter().all(|d| d.by != "mia"),
        "{:#?}",
        sim.decisions()
    );
    let asked = approvals(&sim);
    assert_eq!(asked.len(), 1, "{asked:#?}");
    assert!(asked[0].is_open(), "the request waits for a person");
    let late = sim
        .gaps()
        .iter()
        .find(|g| g.category == Category::DecisionLatency)
        .expect("its wait is measured");
    assert_eq!(late.institutions, ["mia"]);
    // A person decides; the engine takes it like any decision.
    sim.apply(&Command::decision("mia", DecisionKind::ApproveReception))
        .expect("a played institution decides through commands");
    assert!(!approvals(&sim)[0].is_open());
}

#[test]
fn a_simulated_institution_answers_within_its_response_time() {
    // Fixed seeds, chosen before the test was written.
    for seed in [1, 2, 3, 4, 5] {
        let s = with_ministry(
            r#"(id: "mia", name: "Ministry of Internal Affairs", response: Uniform(min: "20m", max: "40m"), role: Simulated)"#,
        );
        let mut sim = Simulation::new(&s, seed);
        sim.advance_to(SimTime::hours(6));
        let asked = approvals(&sim);
        assert_eq!(asked.len(), 1, "seed {seed}: {asked:#?}");
        let answer = asked[0].answered.as_ref().expect("the engine answered");
        assert_eq!(answer.by, "mia");
        let waited = answer.at_ms - asked[0].raised_ms;
        assert!(
            (SimTime::mins(20).millis()..=SimTime::mins(40).millis()).contains(&waited),
            "seed {seed}: answered after {waited} ms"
        );
        let decision = &sim.decisions()[answer.decision as usize - 1];
        assert!(decision.origin.is_simulated());
    }
}

#[test]
fn an_absent_institution_never_acts_and_its_requests_wait() {
    let mut sim = Simulation::new(&ministry("Absent"), 7);
    sim.advance_to(SimTime::hours(8));
    assert!(sim.decisions().iter().all(|d| d.by != "mia"));
    let asked = approvals(&sim);
    assert_eq!(asked.len(), 1);
    assert!(asked[0].is_open());
    let late = sim
        .gaps()
        .iter()
        .find(|g| g.category == Category::DecisionLatency)
        .expect("the wait is a finding");
    assert_eq!(late.institutions, ["mia"]);
    let err = sim
        .apply(&Command::decision("mia", DecisionKind::ApproveReception))
        .expect_err("nobody decides for an absent institution");
    assert_eq!(
        err,
        CommandError::Absent {
            institution: "mia".into()
        }
    );
    assert!(
        err.to_string()
            .contains("`mia` is absent from the exercise")
    );
    assert!(
        approvals(&sim)[0].is_open(),
        "a refused command changes nothing"
    );
}

fn set_role(institution: &str, role: Role) -> Command {
    Command::SetRole {
        institution: institution.into(),
        role,
    }
}

#[test]
fn a_role_switched_mid_run_takes_effect_from_that_instant() {
    let played = with_ministry(
        r#"(id: "mia", name: "Ministry of Internal Affairs", response: Uniform(min: "20m", max: "40m"), role: Played)"#,
    );
    let mut sim = Simulation::new(&played, 7);
    sim.advance_to(SimTime::hours(4));
    assert!(
        approvals(&sim)[0].is_open(),
        "nobody decided while it was played"
    );
    sim.apply(&set_role("mia", Role::Simulated))
        .expect("known institution");
    assert_eq!(sim.roster()[0], ("mia".to_string(), Role::Simulated));
    sim.advance_to(SimTime::hours(6));
    let answer = approvals(&sim)[0]
        .answered
        .clone()
        .expect("simulated from T+4h");
    let after = answer.at_ms - SimTime::hours(4).millis();
    assert!(
        (SimTime::mins(20).millis()..=SimTime::mins(40).millis()).contains(&after),
        "answered {after} ms after the switch"
    );

    // The other way: a simulated ministry made played before its answer is due never gives it.
    let simulated = with_ministry(
        r#"(id: "mia", name: "Ministry of Internal Affairs", response: Fixed("3h"), role: Simulated)"#,
    );
    let mut sim = Simulation::new(&simulated, 7);
    sim.advance_to(SimTime::hours(1));
    let raised = approvals(&sim);
    assert_eq!(raised.len(), 1, "asked in the first hour: {raised:#?}");
    sim.apply(&set_role("mia", Role::Played))
        .expect("known institution");
    sim.advance_to(SimTime::hours(12));
    assert!(approvals(&sim)[0].is_open());
    assert!(sim.decisions().iter().all(|d| d.by != "mia"));
    let err = sim
        .apply(&set_role("mlsw", Role::Played))
        .expect_err("unknown");
    assert!(err.to_string().contains("unknown institution `mlsw`"));
}

#[test]
fn simulate_all_plays_everyone_by_mandate_and_the_journal_replays_it() {
    use std::process::Command as Process;
    let dir = crate::support::scratch("simulate-all");
    let scenario = dir.join("played.ron");
    std::fs::write(
        &scenario,
        BASE.replacen(MIA, &with_role("Played"), 1).replacen(
            r#"inform_within: "2h","#,
            r#"inform_within: "2h", reception_needs_approval: true,"#,
            1,
        ),
    )
    .expect("write the scenario");
    let journal = dir.join("baseline.journal");
    let fluxsim = env!("CARGO_BIN_EXE_fluxsim");
    let run = Process::new(fluxsim)
        .args(["run", "--simulate-all", "--format", "json", "--journal"])
        .arg(&journal)
        .arg(&scenario)
        .output()
        .expect("runs");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let header = std::fs::read_to_string(&journal).expect("journal written");
    let first = header.lines().next().expect("a header");
    assert!(first.contains("simulate_all: true"), "{first}");
    let replay = Process::new(fluxsim)
        .args(["replay", "--format", "json"])
        .arg(&journal)
        .output()
        .expect("replays");
    assert!(
        replay.status.success(),
        "{}",
        String::from_utf8_lossy(&replay.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&run.stdout),
        String::from_utf8_lossy(&replay.stdout),
        "replay plays the same roster"
    );
    // The same run without the flag leaves reception waiting for the ministry's people.
    let summary =
        |out: &[u8]| -> serde_json::Value { serde_json::from_slice(out).expect("JSON summary") };
    let plain = Process::new(fluxsim)
        .args(["run", "--format", "json"])
        .arg(&scenario)
        .output()
        .expect("runs");
    let outdoors = |v: &serde_json::Value| v["totals"]["person_hours_outdoors"].as_f64();
    let (baseline, nobody) = (summary(&run.stdout), summary(&plain.stdout));
    assert!(
        outdoors(&baseline) < outdoors(&nobody),
        "the simulated ministry approves reception: {:?} vs {:?} person-hours outdoors",
        outdoors(&baseline),
        outdoors(&nobody)
    );
}
