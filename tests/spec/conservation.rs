//! Every person is, at every instant, in exactly one state; arrivals = everyone in the
//! system + everyone who left. People are counted entity by entity over the World (the
//! facade's audit), departures from the exit records — never from the aggregates the engine
//! keeps, which are checked against that count.

use fluxsim::{SimTime, Simulation};

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
