//! The sampled time series: arrivals per entry point and beds per site, as the charts and
//! CSV exports read them.

use std::collections::BTreeSet;

use fluxsim::scenario::Scenario;
use fluxsim::{Command, ControlAction, SimTime, Simulation};

fn default_scenario() -> Scenario {
    crate::support::kosovo()
}

#[test]
fn per_entry_point_arrivals_sum_to_the_total_at_every_sample() {
    let scenario = default_scenario();
    let mut sim = Simulation::new(&scenario, 3);
    sim.run_to_end();
    let series = sim.series();
    let profiles: BTreeSet<&str> = scenario.arrivals.iter().map(|a| a.at.as_str()).collect();
    let entries: BTreeSet<&str> = series
        .entries()
        .iter()
        .map(|&i| scenario.locations[usize::from(i)].id.as_str())
        .collect();
    assert_eq!(entries, profiles);
    assert!(series.points.len() > 2);
    for p in &series.points {
        assert_eq!(
            p.arrivals_by_entry.iter().sum::<u64>(),
            p.arrivals,
            "at {}",
            p.t
        );
    }
    let last = series.points.last().expect("samples");
    assert!(last.arrivals_by_entry.iter().all(|&n| n > 0), "{last:?}");
}

#[test]
fn site_capacity_in_the_series_follows_a_capacity_change() {
    let scenario = default_scenario();
    let mut sim = Simulation::new(&scenario, 3);
    let site = sim
        .snapshot()
        .places
        .iter()
        .position(|p| p.id == "magura")
        .expect("Magura is a site");
    sim.advance_to(SimTime::hours(10));
    let before = sim.series().points.last().expect("samples").capacity[site];
    assert!(before > 0, "Magura is open");
    sim.apply(&Command::Control(ControlAction::SetCapacity {
        site: "magura".into(),
        capacity: before + 150,
    }))
    .expect("applies");
    sim.advance_to(SimTime::hours(12));
    let after: Vec<(i64, u32)> = sim
        .series()
        .points
        .iter()
        .map(|p| (p.t, p.capacity[site]))
        .collect();
    let ten = 10 * 3_600_000;
    assert!(
        after
            .iter()
            .filter(|(t, _)| *t <= ten)
            .all(|(_, c)| *c == before)
    );
    assert!(
        after
            .iter()
            .filter(|(t, _)| *t > ten)
            .all(|(_, c)| *c == before + 150)
    );
    assert!(
        after.iter().any(|(t, _)| *t > ten),
        "sampled after the change"
    );
}
