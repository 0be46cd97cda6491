//! Onward transport in play: people waiting at a stop for a bus or train fleet beyond its
//! limit, or a fleet's breakdown, ask the Accountable institution of the plan's Transport
//! rule for more — so a Transport function nobody holds becomes decisions nobody takes,
//! with their evidence; `check` never promises a request that cannot arise; the report
//! counts the unowned function against Critical Transportation, not only Planning.

use fluxsim::i18n::Lang;
use fluxsim::journal::{read, replay, run_timeline};
use fluxsim::report::{Rating, Report};
use fluxsim::scenario::{InjectEffect, RequestKind, Scenario, Source, parse};
use fluxsim::view::{Ask, Category, Severity, static_findings};
use fluxsim::{Command, SimTime, Simulation};

use crate::support::{fixture, fixture_source, recording, scratch};

const NAME: &str = "onward-transport.ron";
const SEED: u64 = 21;

/// The fixture with each `(from, to)` replacement applied; each `from` must occur.
fn with(changes: &[(&str, &str)]) -> Scenario {
    let mut text = fixture_source(NAME).text.to_string();
    for (from, to) in changes {
        assert!(text.contains(from), "the fixture has no `{from}`");
        text = text.replacen(from, to, 1);
    }
    parse(&Source::new(NAME, text)).unwrap_or_else(|e| panic!("{e:?}"))
}

fn transport_requests(sim: &Simulation) -> Vec<fluxsim::view::Request> {
    sim.requests()
        .iter()
        .filter(|q| q.ask == Ask::Decide(RequestKind::Transport))
        .cloned()
        .collect()
}

#[test]
fn people_piling_up_at_a_train_stop_ask_for_transport_and_nobody_is_there_to_decide() {
    let mut sim = Simulation::new(&fixture(NAME), SEED);
    sim.advance_to(SimTime::hours(6));
    let asked = transport_requests(&sim);
    let first = asked.first().expect("a Transport request is raised");
    assert_eq!(first.subject.as_deref(), Some("trains"));
    assert_eq!(first.function.as_deref(), Some("transport"));
    assert!(first.to.is_empty(), "nobody is accountable: {first:#?}");
    let reason = first.reason.english();
    assert!(
        reason.contains("waiting at camp for trains") && reason.contains("limit of 60"),
        "{reason}"
    );
    // Nobody answers: past its deadline it is a decision-latency gap naming the function.
    let gap = sim
        .gaps()
        .iter()
        .find(|g| g.category == Category::DecisionLatency && g.request == Some(first.id))
        .expect("the unanswered request is a gap");
    assert_eq!(gap.function.as_deref(), Some("transport"));
    assert!(gap.is_open());
    let evidence: Vec<String> = gap.evidence.iter().map(|e| e.english()).collect();
    assert!(
        evidence
            .iter()
            .any(|e| e.contains("waiting at camp for trains") && e.contains("transport")),
        "{evidence:#?}"
    );
    assert!(first.answered.is_none());
}

#[test]
fn an_accountable_institution_answers_the_request_for_its_fleet() {
    let s = with(&[(
        r#"(id: "transport", name: "Onward transport", responsible: ["rail"])"#,
        r#"(id: "transport", name: "Onward transport", responsible: ["rail"], accountable: ["rail"])"#,
    )]);
    let mut sim = Simulation::new(&s, SEED);
    sim.advance_to(SimTime::hours(6));
    let asked = transport_requests(&sim);
    let first = asked.first().expect("a Transport request is raised");
    assert_eq!(first.to, ["rail"]);
    let answer = first.answered.as_ref().expect("the railway answers");
    let decision = &sim.decisions()[answer.decision as usize - 1];
    assert_eq!(decision.by, "rail");
    assert!(
        decision.what.english().contains("trains"),
        "{}",
        decision.what.english()
    );
}

#[test]
fn a_fleet_breakdown_asks_for_transport_even_before_a_queue_builds() {
    let s = with(&[
        ("rate: PerHour(80.0)", "rate: PerHour(2.0)"),
        ("count: 1, capacity: 60", "count: 3, capacity: 60"),
    ]);
    let mut sim = Simulation::new(&s, SEED);
    sim.advance_to(SimTime::hours(2));
    assert_eq!(transport_requests(&sim), [], "nobody waits long yet");
    sim.apply(&Command::Inject(InjectEffect::TransportBreakdown {
        fleet: "trains".into(),
        buses: 2,
    }))
    .expect("a known fleet");
    sim.advance_to(SimTime::hours(3));
    let asked = transport_requests(&sim);
    assert_eq!(asked.len(), 1, "{asked:#?}");
    assert_eq!(asked[0].subject.as_deref(), Some("trains"));
    let reason = asked[0].reason.english();
    assert!(
        reason.contains("2 vehicles of trains broke down") && reason.contains("60 seats left"),
        "{reason}"
    );
    // One breakdown is one request, however long the fleet stays short.
    sim.advance_to(SimTime::hours(12));
    assert_eq!(transport_requests(&sim).len(), 1);
}

#[test]
fn check_promises_transport_requests_only_where_a_fleet_runs() {
    let unowned = |s: &Scenario| {
        static_findings(s)
            .into_iter()
            .find(|f| {
                f.category == Category::UnownedFunction
                    && f.function.as_deref() == Some("transport")
            })
            .expect("the unowned Transport function is a finding")
    };
    let by_train = unowned(&fixture(NAME));
    assert_eq!(by_train.severity, Severity::High, "people wait on it");
    let lines: Vec<String> = by_train.evidence.iter().map(|e| e.english()).collect();
    assert!(
        lines
            .iter()
            .any(|l| l.contains("sends transport requests to it (deadline 1h)")),
        "{lines:#?}"
    );

    // The same plan where everyone walks on: no Transport request can ever be raised.
    let walking = with(&[(r#"mode: Bus("trains")"#, "mode: Walk")]);
    let on_foot = unowned(&walking);
    assert_ne!(on_foot.severity, Severity::High, "nobody waits on it");
    let lines: Vec<String> = on_foot.evidence.iter().map(|e| e.english()).collect();
    assert!(
        lines.iter().all(|l| !l.contains("(deadline 1h)")),
        "no request is promised: {lines:#?}"
    );
    assert!(
        lines.iter().any(|l| l.contains("none can arise")
            && l.contains("no link is travelled by a bus or train fleet")),
        "{lines:#?}"
    );
    let mut sim = Simulation::new(&walking, SEED);
    sim.advance_to(SimTime::hours(12));
    assert_eq!(transport_requests(&sim), []);
}

#[test]
fn the_report_rates_critical_transportation_against_the_unowned_function() {
    let dir = scratch("transport-report");
    let file = dir.join("exercise.journal");
    let scenario = fixture(NAME);
    let (mut recorder, mut sim) = recording(NAME, &file, SEED);
    run_timeline(
        &mut sim,
        &[],
        scenario.exercise.duration,
        Some(&mut recorder),
    )
    .expect("runs");
    drop(recorder);
    let journal = read(&file).expect("journal reads");
    let mut sim = replay(&journal, &scenario, &fixture_source(NAME))
        .expect("replays")
        .sim;
    let report = Report::build(&scenario, NAME, &journal, &mut sim, Lang::En);
    let unowned = report
        .gaps
        .iter()
        .find(|g| {
            g.category == Category::UnownedFunction && g.function.as_deref() == Some("transport")
        })
        .expect("the unowned function is in the report");
    let row = |name: &str| {
        report
            .capabilities
            .iter()
            .find(|c| c.name == name)
            .unwrap_or_else(|| panic!("{name} is rated: {:#?}", report.capabilities))
    };
    let transport = row("Critical Transportation");
    assert!(transport.gaps.contains(&unowned.id), "{transport:#?}");
    assert_eq!(transport.rating, Rating::U, "an open high-severity gap");
    assert!(row("Planning").gaps.contains(&unowned.id));
}
