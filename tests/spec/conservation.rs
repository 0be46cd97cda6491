//! Every person is, at every instant, in exactly one state; arrivals = everyone in the
//! system + everyone who left. States are counted over the World's entities, departures
//! from the exit records.

use fluxsim::{SimTime, Simulation};

use crate::support::shipped;

fn check_conservation_hourly(name: &str, seed: u64) {
    let scenario = shipped(name);
    let mut sim = Simulation::new(&scenario, seed);
    let hours = scenario.exercise.duration.millis() / 3_600_000;
    for h in 1..=hours {
        sim.advance_to(SimTime::hours(h));
        let by_stage: u64 = sim.engine().count_by_stage().iter().sum();
        let left = sim.engine().departures().len() as u64;
        let arrived = sim.snapshot().totals.arrivals;
        assert_eq!(
            arrived,
            by_stage + left,
            "{name} at T+{h}h: {arrived} arrived, {by_stage} inside, {left} left"
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
    // Each person entity carries exactly one Stage; people who left carry none.
    let mut sim = Simulation::new(&shipped("tutorial.ron"), 9);
    sim.advance_to(SimTime::hours(12));
    let snapshot = sim.snapshot();
    let staged: u64 = snapshot.stages.values().sum();
    assert_eq!(staged, snapshot.totals.in_system);
    let queued_at_places: u64 = snapshot.places.iter().map(|p| u64::from(p.queue)).sum();
    let queued_stage = snapshot.stages["queued"];
    assert_eq!(
        queued_at_places, queued_stage,
        "queues at places and people in the queued state disagree"
    );
}
