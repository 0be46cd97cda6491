//! Every person is, at every instant, in exactly one state; arrivals = everyone in the
//! system + everyone who left. People are counted entity by entity over the World (the
//! facade's audit), departures from the exit records — never from the aggregates the engine
//! keeps, which are checked against that count.

use fluxsim::{Command, ControlAction, SimTime, Simulation};

use crate::support::fixture;

fn check_conservation_hourly(name: &str, seed: u64) {
    let scenario = fixture(name);
    let mut sim = Simulation::new(&scenario, seed);
    let hours = scenario.exercise.duration.millis() / 3_600_000;
    for h in 1..=hours {
        sim.advance_to(SimTime::hours(h));
        let audit = sim.audit();
        let arrived = sim.snapshot().totals.arrivals;
        assert_eq!(
            arrived,
            audit.persons + audit.exit_records,
            "{name} at T+{h}h: {arrived} arrived, {} inside, {} left",
            audit.persons,
            audit.exit_records
        );
    }
    assert!(sim.snapshot().totals.arrivals > 0, "{name}: nobody arrived");
}

#[test]
fn people_are_conserved_every_hour_in_the_tutorial() {
    check_conservation_hourly("tutorial.ron", 5);
}

#[test]
fn people_are_conserved_every_hour_in_the_default_scenario() {
    check_conservation_hourly("kosovo-flux.ron", 6);
}

#[test]
fn nobody_is_in_two_places() {
    // Every person entity carries a state (one per entity), and the places' own counters
    // agree with the people the World holds there, place by place.
    let mut sim = Simulation::new(&fixture("kosovo-flux.ron"), 9);
    let mut checked = 0;
    for h in [6, 12, 24, 36] {
        sim.advance_to(SimTime::hours(h));
        let audit = sim.audit();
        assert!(audit.persons > 0, "T+{h}h: people are in the system");
        assert_eq!(
            audit.staged(),
            audit.persons,
            "T+{h}h: person entities without a state, or states without a person"
        );
        let snapshot = sim.snapshot();
        assert_eq!(snapshot.totals.in_system, audit.persons, "T+{h}h");
        assert_eq!(
            u64::from(snapshot.totals.outdoors),
            audit.in_state("outdoors"),
            "T+{h}h: the outdoors counter"
        );
        for place in &snapshot.places {
            let counted = [
                (
                    "queue",
                    u64::from(place.queue),
                    audit.at(&place.id, "queued"),
                ),
                (
                    "in service",
                    u64::from(place.in_service),
                    audit.at(&place.id, "in_service"),
                ),
                (
                    "occupancy",
                    u64::from(place.occupancy),
                    audit.at(&place.id, "sheltered"),
                ),
            ];
            for (what, kept, in_world) in counted {
                assert_eq!(kept, in_world, "T+{h}h at {}: {what}", place.id);
                checked += kept;
            }
        }
    }
    assert!(checked > 0, "some people were queued, served or sheltered");
}

/// The counts by state the engine keeps as people move (what a snapshot shows) against the
/// World counted entity by entity, every `step` minutes over the whole exercise.
fn check_kept_counts(sim: &mut Simulation, name: &str, until_h: i64, step_min: i64) -> u64 {
    let mut compared = 0;
    for m in (step_min..=until_h * 60).step_by(step_min as usize) {
        sim.advance_to(SimTime::mins(m));
        let audit = sim.audit();
        let snapshot = sim.snapshot();
        assert_eq!(
            snapshot.stages, audit.by_stage,
            "{name} at T+{m}m: the counts kept by state against the World"
        );
        assert_eq!(snapshot.totals.in_system, audit.persons, "{name} at T+{m}m");
        let pending: u64 = snapshot.vulnerable.iter().map(|v| v.pending).sum();
        assert_eq!(
            pending,
            audit.in_state("being_referred"),
            "{name} at T+{m}m: hand-overs under way"
        );
        compared += audit.persons;
    }
    compared
}

#[test]
fn the_counts_kept_by_state_equal_the_worlds_count_throughout_a_run() {
    for (name, seed) in [
        ("kosovo-flux.ron", 4),
        ("onward-transport.ron", 2),
        ("tutorial.ron", 8),
    ] {
        let scenario = fixture(name);
        let hours = scenario.exercise.duration.millis() / 3_600_000;
        let mut sim = Simulation::new(&scenario, seed);
        let compared = check_kept_counts(&mut sim, name, hours, 20);
        assert!(compared > 0, "{name}: people were in the system");
    }
}

#[test]
fn the_counts_kept_by_state_survive_a_checkpoint_and_commands_that_move_people() {
    let scenario = fixture("kosovo-flux.ron");
    let mut sim = Simulation::new(&scenario, 12);
    sim.advance_to(SimTime::hours(10));
    // Closing a crossing sends everyone queued there elsewhere; opening sites and unlocking
    // surge capacity moves people waiting outdoors into beds.
    for command in [
        Command::Control(ControlAction::CloseBcp {
            bcp: "vermice".into(),
        }),
        Command::Control(ControlAction::UnlockSurgeCapacity),
        Command::Control(ControlAction::OpenSite {
            site: "reserve_1".into(),
        }),
    ] {
        sim.apply(&command).expect("the command applies");
    }
    let mut restored =
        Simulation::restore_bytes(&scenario, &sim.checkpoint().to_bytes()).expect("restores");
    let compared = check_kept_counts(&mut restored, "restored kosovo-flux.ron", 40, 30);
    assert!(compared > 0, "people were in the system after the restore");
}
