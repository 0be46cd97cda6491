//! Same scenario and seed, same exercise, bit for bit; the random streams are independent.

use fluxsim::{Command, ControlAction, SimTime, Simulation};

use crate::support::{fixture, kosovo, single_crossing};

#[test]
fn same_seed_gives_the_same_digest_and_metrics() {
    // The shipped scenarios are checked the same way in `shipped`.
    let scenario = kosovo();
    let mut a = Simulation::new(&scenario, 42);
    let mut b = Simulation::new(&scenario, 42);
    a.run_to_end();
    b.run_to_end();
    assert_eq!(a.digest(), b.digest());
    assert_eq!(a.metrics(), b.metrics());
}

#[test]
fn one_go_and_many_small_steps_reach_the_same_state() {
    let scenario = fixture("tutorial.ron");
    let mut whole = Simulation::new(&scenario, 7);
    whole.run_to_end();
    let mut steps = Simulation::new(&scenario, 7);
    let mut t = 0;
    while t < scenario.exercise.duration.millis() {
        t += 7 * 60_000 + 13_000; // odd steps, to land between events
        steps.advance_to(SimTime(t.min(scenario.exercise.duration.millis())));
    }
    assert_eq!(whole.digest(), steps.digest());
}

#[test]
fn different_seeds_give_different_exercises() {
    let scenario = fixture("tutorial.ron");
    let mut a = Simulation::new(&scenario, 1);
    let mut b = Simulation::new(&scenario, 2);
    a.run_to_end();
    b.run_to_end();
    assert_ne!(a.digest(), b.digest());
    assert_ne!(a.metrics().snapshot.totals.arrivals, 0);
}

#[test]
fn closing_a_crossing_does_not_change_arrivals_elsewhere() {
    // Arrival times at an unrelated entry point come from their own stream.
    let scenario = kosovo();
    let bcps: Vec<String> = scenario
        .locations
        .iter()
        .filter(|l| matches!(l.kind, fluxsim::scenario::LocationKind::Bcp { .. }))
        .map(|l| l.id.clone())
        .collect();
    assert!(bcps.len() >= 2, "the default scenario has two crossings");
    let arrival_times = |close: bool| {
        let mut sim = Simulation::new(&scenario, 3);
        sim.advance_to(SimTime::hours(2));
        if close {
            sim.apply(&Command::Control(ControlAction::CloseBcp {
                bcp: bcps[0].clone(),
            }))
            .expect("known BCP");
        }
        sim.run_to_end();
        let mut times: Vec<(u64, i64)> = sim
            .departures()
            .iter()
            .map(|r| (r.serial, r.arrived))
            .collect();
        times.extend(sim.people().iter().map(|p| (p.serial, p.arrived)));
        times.sort_unstable();
        (times, sim.digest())
    };
    let (open_times, open_digest) = arrival_times(false);
    let (closed_times, closed_digest) = arrival_times(true);
    assert_eq!(
        open_times, closed_times,
        "arrival times changed when a crossing closed"
    );
    assert_ne!(
        open_digest, closed_digest,
        "closing a crossing changed nothing at all"
    );
}

#[test]
fn an_unknown_crossing_in_a_command_is_a_clear_error() {
    let mut sim = Simulation::new(&single_crossing(10.0, "Exp(mean: \"3m\")", 1, "1h"), 1);
    let err = sim
        .apply(&Command::Control(ControlAction::CloseBcp {
            bcp: "nowhere".into(),
        }))
        .unwrap_err()
        .to_string();
    assert_eq!(err, "unknown BCP `nowhere`; known: bcp");
}

/// Buses arranged at T+8h come at T+9h and leave at once: a command given at T+9h comes after
/// that, whether the run records a journal (and settles the instant twice) or not.
#[test]
fn advancing_again_to_the_instant_reached_changes_nothing() {
    use fluxsim::DecisionKind;
    use fluxsim::journal::{Tail, run_timeline, script_commands, with_msel};
    use fluxsim::scenario::{Source, parse};

    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/journals/v2/crossing.ron"
    );
    let text = std::fs::read_to_string(path).expect("the scenario");
    let scenario = parse(&Source::new(path, text)).expect("valid");
    let script = "Command(at: \"T+8h\", command: Decision(by: \"police\", decision: ArrangeBuses(fleet: \"minibus\", buses: 1)))\n";
    let script = fluxsim::journal::parse("plan", script.as_bytes(), Tail::Line).expect("reads");
    let timeline = with_msel(&scenario, script_commands(&script));
    let reach = |twice: bool| {
        let mut sim = Simulation::new(&scenario, 11);
        run_timeline(&mut sim, &timeline, SimTime::hours(9), None).expect("runs");
        if twice {
            sim.advance_through(SimTime::hours(9));
        }
        let decision = DecisionKind::OpenTemporarySite {
            site: "spare".into(),
        };
        sim.apply(&Command::decision("social", decision))
            .expect("accepted");
        sim.digest()
    };
    assert_eq!(reach(false), reach(true));
}
