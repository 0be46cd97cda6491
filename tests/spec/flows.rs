//! How people move: interpreters, reception and people outdoors, officers, buses.

use fluxsim::scenario::{LocationKind, WithoutInterpreter};
use fluxsim::{Command, ControlAction, Scenario, SimTime, Simulation};

use crate::support::fixture;

fn tutorial() -> Scenario {
    fixture("tutorial.ron")
}

fn place<'a>(snapshot: &'a fluxsim::Snapshot, id: &str) -> &'a fluxsim::view::PlaceView {
    snapshot
        .places
        .iter()
        .find(|p| p.id == id)
        .expect("place exists")
}

#[test]
fn pashto_speakers_wait_for_an_interpreter_that_never_comes() {
    // The tutorial has Arabic and Dari interpreters but none for Pashto.
    let mut sim = Simulation::new(&tutorial(), 11);
    sim.run_to_end();
    let pashto = sim
        .languages()
        .iter()
        .position(|l| l == "ps")
        .expect("ps is in the cohort") as u8;
    let stuck: Vec<_> = sim
        .people()
        .into_iter()
        .filter(|p| p.language == pashto)
        .collect();
    assert!(!stuck.is_empty(), "some Pashto speakers arrived");
    // None of them got past registration: they are all queued there or before it.
    let registered_pashto = sim
        .people()
        .into_iter()
        .filter(|p| p.language == pashto && p.interpreter != 0)
        .count();
    assert_eq!(
        registered_pashto, 0,
        "a Pashto speaker was served with an interpreter"
    );
}

#[test]
fn registering_without_an_interpreter_when_allowed_clears_the_queue() {
    let mut waiting = tutorial();
    let mut slower = tutorial();
    for loc in &mut slower.locations {
        if let LocationKind::Registration {
            without_interpreter,
            desks,
            ..
        } = &mut loc.kind
        {
            *without_interpreter = WithoutInterpreter::Slower(1.5);
            *desks = 3;
        }
    }
    for loc in &mut waiting.locations {
        if let LocationKind::Registration { desks, .. } = &mut loc.kind {
            *desks = 3;
        }
    }
    let queue_at_end = |s: &Scenario| {
        let mut sim = Simulation::new(s, 12);
        sim.run_to_end();
        place(&sim.snapshot(), "reg").queue
    };
    let (stuck, flowing) = (queue_at_end(&waiting), queue_at_end(&slower));
    assert!(
        stuck > 0,
        "without interpreters some people must still wait"
    );
    assert!(
        flowing < stuck,
        "registering without an interpreter should shorten the queue ({flowing} vs {stuck})"
    );
}

#[test]
fn full_reception_leaves_people_outdoors_and_opening_beds_earlier_helps() {
    let outdoors_with_beds_at = |hour: Option<i64>| {
        let mut sim = Simulation::new(&tutorial(), 13);
        sim.apply(&Command::Control(ControlAction::SetCapacity {
            site: "shelter".into(),
            capacity: 10,
        }))
        .expect("known site");
        if let Some(h) = hour {
            sim.advance_to(SimTime::hours(h));
            sim.apply(&Command::Control(ControlAction::SetCapacity {
                site: "shelter".into(),
                capacity: 400,
            }))
            .expect("known site");
        }
        sim.run_to_end();
        sim.snapshot().totals.person_hours_outdoors
    };
    let never = outdoors_with_beds_at(None);
    let late = outdoors_with_beds_at(Some(16));
    let early = outdoors_with_beds_at(Some(8));
    assert!(never > 0.0, "the tutorial's shelter fills up");
    assert!(
        early < late && late <= never,
        "earlier beds, fewer person-hours outdoors: {early} < {late} <= {never}"
    );
}

#[test]
fn more_officers_shorten_the_border_wait_and_lose_nobody() {
    let wait_with = |extra: i32| {
        let mut sim = Simulation::new(&tutorial(), 14);
        sim.advance_to(SimTime::hours(1));
        sim.apply(&Command::Control(ControlAction::ChangeOfficers {
            bcp: "bcp".into(),
            by: extra,
        }))
        .expect("known BCP");
        sim.run_to_end();
        let snapshot = sim.snapshot();
        assert!(snapshot.totals.conserved);
        place(&snapshot, "bcp").mean_wait_min
    };
    let (short, normal) = (wait_with(-1), wait_with(0));
    assert!(
        short > normal,
        "a shortage of officers should lengthen the wait ({short} vs {normal})"
    );
}

#[test]
fn a_bus_leaves_full_or_after_its_longest_wait() {
    // 30 people arrive at once; the minibus takes 20, the rest leave on the next trip.
    let mut sim = Simulation::new(&tutorial(), 15);
    sim.run_to_end();
    let snapshot = sim.snapshot();
    let waiting_bus = snapshot.stages["waiting_bus"];
    assert!(
        waiting_bus <= 20,
        "never more than a busload waits once the bus is back"
    );
    assert!(
        place(&snapshot, "shelter").arrived > 0,
        "the bus carried people to the shelter"
    );
}
