//! A transit place on the way to an onward fleet is where its passengers wait: people whose
//! way from registration to a train passes a transit centre stop there, occupy it within its
//! capacity (the rest wait outdoors, a capacity gap) and walk on to the station when a train
//! is ready; the centre reports them arriving and waiting, and nobody is lost on the way.

use fluxsim::scenario::{Scenario, Source, parse};
use fluxsim::view::{Ask, Category, PlaceView};
use fluxsim::{SimTime, Simulation};

use crate::support::{fixture, fixture_source};

const NAME: &str = "transit-on-the-way.ron";
const SEED: u64 = 23;

/// The fixture with each `(from, to)` replacement applied; each `from` must occur.
fn with(changes: &[(&str, &str)]) -> Scenario {
    let mut text = fixture_source(NAME).text.to_string();
    for (from, to) in changes {
        assert!(text.contains(from), "the fixture has no `{from}`");
        text = text.replacen(from, to, 1);
    }
    parse(&Source::new(NAME, text)).unwrap_or_else(|e| panic!("{e:?}"))
}

fn run(s: &Scenario, hours: i64) -> Simulation {
    let mut sim = Simulation::new(s, SEED);
    sim.advance_to(SimTime::hours(hours));
    sim
}

fn place(sim: &mut Simulation, id: &str) -> PlaceView {
    sim.snapshot()
        .flow
        .places
        .into_iter()
        .find(|p| p.id == id)
        .unwrap_or_else(|| panic!("no place {id}"))
}

#[test]
fn people_on_their_way_to_a_train_wait_for_it_at_the_transit_centre_not_the_station() {
    let mut sim = run(&fixture(NAME), 12);
    let (camp, station) = (place(&mut sim, "camp"), place(&mut sim, "station"));
    let (registered, left) = (
        place(&mut sim, "reg").processed,
        place(&mut sim, "north").arrived,
    );
    // Everyone registered who has walked the five minutes arrived at the centre.
    assert!(
        camp.arrived > 500 && camp.arrived <= registered,
        "{camp:#?}"
    );
    // Its arrivals either left on a train or wait there now.
    assert_eq!(camp.arrived, camp.processed + u64::from(camp.occupancy));
    assert!(
        camp.occupancy > 60 && camp.peak_occupancy >= camp.occupancy,
        "{camp:#?}"
    );
    assert!(left > 0 && left <= camp.processed, "{left} left, {camp:#?}");
    // The people it reports waiting are the people the World holds waiting there.
    let audit = sim.audit();
    assert_eq!(audit.at("camp", "waiting_bus"), u64::from(camp.occupancy));
    assert_eq!(audit.at("station", "waiting_bus"), 0);
    assert_eq!(audit.in_state("waiting_bus"), u64::from(camp.occupancy));
    // The station is only where the trains leave from: nobody left there.
    assert_eq!(station.arrived, 0, "{station:#?}");
    // A Transport request names the centre as the place people pile up.
    let asked = sim
        .requests()
        .iter()
        .find(|q| q.ask == Ask::Decide(fluxsim::scenario::RequestKind::Transport))
        .expect("a Transport request is raised")
        .reason
        .english();
    assert!(asked.contains("waiting at camp for trains"), "{asked}");
}

#[test]
fn a_transit_centre_on_the_way_shelters_its_capacity_and_the_rest_wait_outdoors() {
    let mut roomy = run(
        &with(&[("Transit(capacity: 400)", "Transit(capacity: 5000)")]),
        12,
    );
    let mut cramped = run(
        &with(&[("Transit(capacity: 400)", "Transit(capacity: 1)")]),
        12,
    );
    let (big, small) = (place(&mut roomy, "camp"), place(&mut cramped, "camp"));
    // Capacity shelters; it turns nobody away and holds no train back.
    assert_eq!(big.arrived, small.arrived);
    assert_eq!(
        place(&mut roomy, "north").arrived,
        place(&mut cramped, "north").arrived
    );
    assert_eq!((big.outdoors, big.person_hours_outdoors), (0, 0.0));
    assert_eq!(small.outdoors, small.occupancy - 1, "{small:#?}");
    assert!(small.person_hours_outdoors > 100.0, "{small:#?}");
    assert_eq!(
        cramped.snapshot().flow.totals.waiting_outdoors,
        small.outdoors
    );
    let gap = cramped
        .gaps()
        .iter()
        .find(|g| g.category == Category::CapacityGap && g.place.as_deref() == Some("camp"))
        .expect("waiting outdoors at the centre is a capacity gap")
        .clone();
    assert!(
        gap.evidence[0].english().contains("shelter for 1"),
        "{gap:#?}"
    );
    assert!(
        !roomy
            .gaps()
            .iter()
            .any(|g| g.place.as_deref() == Some("camp")),
        "{:#?}",
        roomy.gaps()
    );
}

#[test]
fn the_walk_from_the_centre_to_the_station_is_part_of_the_journey() {
    // A train waits for its passengers to walk from the centre: the longer that walk, the
    // longer each round trip and the fewer people across the border by the end.
    let mut near = run(&fixture(NAME), 12);
    let mut far = run(
        &with(&[(
            r#"(from: "camp", to: "station", time: "20m")"#,
            r#"(from: "camp", to: "station", time: "2h")"#,
        )]),
        12,
    );
    let (near_left, far_left) = (
        place(&mut near, "north").arrived,
        place(&mut far, "north").arrived,
    );
    assert!(
        far_left > 0 && far_left < near_left,
        "{far_left} vs {near_left}"
    );
    // Either way people wait at the centre, not at the station.
    assert!(place(&mut far, "camp").occupancy > 0);
    assert_eq!(far.audit().at("station", "waiting_bus"), 0);
}

#[test]
fn nobody_is_lost_passing_a_transit_centre_on_the_way() {
    let scenario = fixture(NAME);
    let mut sim = Simulation::new(&scenario, SEED);
    for h in 1..=12 {
        sim.advance_to(SimTime::hours(h));
        let audit = sim.audit();
        let snapshot = sim.snapshot();
        assert_eq!(
            snapshot.totals.arrivals,
            audit.persons + audit.exit_records,
            "T+{h}h: {} arrived, {} inside, {} left",
            snapshot.totals.arrivals,
            audit.persons,
            audit.exit_records
        );
        assert_eq!(audit.staged(), audit.persons, "T+{h}h");
        let camp = snapshot
            .places
            .iter()
            .find(|p| p.id == "camp")
            .expect("the fixture has a camp");
        assert_eq!(
            u64::from(camp.occupancy),
            audit.at("camp", "waiting_bus"),
            "T+{h}h"
        );
    }
}
