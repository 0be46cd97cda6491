//! Where people wait, as the figures report it: a transit place's capacity counts (people
//! over it wait outdoors, a capacity gap) and its arrivals and occupancy are reported; exits
//! report who left through them; a crossing where nobody waited reports exactly zero; a
//! crossing or registration point may declare a waiting area, beyond which its queue is
//! outdoors; a registration queue held up by interpreters is a gap.

use fluxsim::report::{Rating, capability_of, rate};
use fluxsim::scenario::{Scenario, Source, parse};
use fluxsim::view::{Capability, Category, PlaceView, Severity};
use fluxsim::{SimTime, Simulation};

use crate::support::{fixture, fixture_source, kosovo};

const NAME: &str = "onward-transport.ron";
const SEED: u64 = 19;

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
fn a_transit_reports_who_waited_there_and_shelters_only_its_capacity() {
    let mut roomy = run(
        &with(&[("Transit(capacity: 400)", "Transit(capacity: 5000)")]),
        12,
    );
    let mut cramped = run(
        &with(&[("Transit(capacity: 400)", "Transit(capacity: 1)")]),
        12,
    );
    let (big, small) = (place(&mut roomy, "camp"), place(&mut cramped, "camp"));
    // The same people pass either way: capacity shelters, it does not turn people away.
    assert_eq!(big.arrived, small.arrived);
    assert!(big.arrived > 500, "{big:#?}");
    assert!(
        big.occupancy > 100 && big.peak_occupancy >= big.occupancy,
        "{big:#?}"
    );
    assert_eq!(big.capacity, 5000);
    assert_eq!((big.outdoors, big.peak_outdoors), (0, 0));
    assert_eq!(big.person_hours_outdoors, 0.0);
    // Everyone over one sheltered place waits outdoors.
    assert_eq!(small.outdoors, small.occupancy - 1);
    assert!(small.person_hours_outdoors > 100.0, "{small:#?}");
    assert!(small.person_hours_outdoors_night <= small.person_hours_outdoors);
    let totals = cramped.snapshot().flow.totals;
    assert_eq!(totals.waiting_outdoors, small.outdoors);
    assert_eq!(
        totals.person_hours_waiting_outdoors,
        small.person_hours_outdoors
    );
    assert_eq!(totals.outdoors, 0, "nobody waits for a bed");
    let gap = cramped
        .gaps()
        .iter()
        .find(|g| g.category == Category::CapacityGap && g.place.as_deref() == Some("camp"))
        .expect("waiting outdoors at the transit is a capacity gap")
        .clone();
    let evidence = gap.evidence[0].english();
    assert!(
        evidence.contains("outdoors") && evidence.contains("shelter for 1"),
        "{evidence}"
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
fn an_exit_reports_the_people_who_left_through_it() {
    let mut sim = run(&fixture(NAME), 12);
    let snapshot = sim.snapshot().flow;
    let onward = snapshot.totals.departed[&fluxsim::view::Departure::Onward];
    assert!(onward > 0);
    let exit = snapshot
        .places
        .iter()
        .find(|p| p.id == "north")
        .expect("exit");
    assert_eq!(exit.arrived, onward);
}

#[test]
fn a_crossing_where_nobody_waited_reports_exactly_zero() {
    let mut sim = run(&with(&[("rate: PerHour(80.0)", "rate: PerHour(1.0)")]), 12);
    let bcp = place(&mut sim, "crossing");
    assert!(bcp.served > 0);
    assert_eq!(bcp.max_queue, 0, "{bcp:#?}");
    assert_eq!(bcp.p95_wait_min, 0.0);
    assert_eq!(bcp.mean_wait_min, 0.0);
}

#[test]
fn short_waits_get_percentiles_finer_than_a_minute() {
    // Six lanes at two thirds of their capacity: most who wait, wait under a minute.
    let mut sim = run(&fixture(NAME), 12);
    let bcp = place(&mut sim, "crossing");
    assert!(bcp.max_queue > 0);
    let p95 = bcp.p95_wait_min;
    assert!(p95 > 0.0 && p95 < 10.0, "{bcp:#?}");
    let seconds = p95 * 60.0;
    assert!(
        (seconds - seconds.round()).abs() < 1e-6,
        "to the second, not the minute: {p95}"
    );
    assert_ne!(p95.fract(), 0.0, "not a whole minute: {p95}");
}

#[test]
fn a_waiting_area_counts_the_queue_beyond_it_outdoors_and_changes_nothing_else() {
    let busy = [
        ("desks: 8", "desks: 2"),
        ("rate: PerHour(80.0)", "rate: PerHour(40.0)"),
    ];
    let plain = with(&busy);
    let mut area = busy.to_vec();
    area.push((
        r#"languages: ["ar"],"#,
        r#"languages: ["ar"], waiting_area: Some(30),"#,
    ));
    let sheltered = with(&area);
    let shown = fluxsim::scenario::render_summary(&sheltered, fluxsim::i18n::Lang::En);
    assert!(
        shown.contains("the waiting area shelters 30 people, more queue outdoors"),
        "scenario show says so: {shown}"
    );
    let (mut a, mut b) = (run(&plain, 12), run(&sheltered, 12));
    let (before, after) = (place(&mut a, "reg"), place(&mut b, "reg"));
    assert_eq!(
        (
            before.arrived,
            before.served,
            before.max_queue,
            before.queue
        ),
        (after.arrived, after.served, after.max_queue, after.queue),
        "the flow is the same"
    );
    assert_eq!(before.p95_wait_min, after.p95_wait_min);
    assert!(before.max_queue > 50, "{before:#?}");
    assert_eq!((before.outdoors, before.person_hours_outdoors), (0, 0.0));
    assert_eq!(after.peak_outdoors, after.max_queue - 30);
    assert_eq!(after.outdoors, after.queue.saturating_sub(30));
    assert!(after.person_hours_outdoors > 0.0);
    assert!(
        b.gaps()
            .iter()
            .any(|g| g.category == Category::CapacityGap && g.place.as_deref() == Some("reg"))
    );
}

#[test]
fn a_registration_queue_held_up_by_interpreters_is_a_gap_and_screening_is_not_a_strength() {
    let mut sim = Simulation::new(&kosovo(), 2018);
    sim.advance_to(SimTime::hours(72));
    let prizren = place(&mut sim, "reg_prizren");
    assert!(prizren.p95_wait_min > 6.0 * 60.0, "{prizren:#?}");
    let gaps: Vec<_> = sim
        .gaps()
        .iter()
        .filter(|g| {
            g.place.as_deref() == Some("reg_prizren") && g.category == Category::CapacityGap
        })
        .cloned()
        .collect();
    let gap = gaps
        .iter()
        .max_by_key(|g| g.severity)
        .expect("the interpreter queue at Prizren is a gap")
        .clone();
    assert_eq!(gap.severity, Severity::High);
    let evidence = gap.evidence[0].english();
    assert!(
        evidence.contains("for an interpreter") && evidence.contains("desks stood free"),
        "{evidence}"
    );
    // The report rates it against Screening, Search and Detection: not P, not a strength.
    let screening = ["reg_prizren".to_string()];
    assert_eq!(capability_of(&gap, &screening), Capability::Screening);
    assert_ne!(rate([&gap]), Rating::P);
}

#[test]
fn people_passing_through_a_transit_on_foot_are_counted_in_it() {
    let walking = with(&[(r#"mode: Bus("trains")"#, "mode: Walk")]);
    let mut sim = run(&walking, 12);
    let camp = place(&mut sim, "camp");
    let registered = place(&mut sim, "reg").processed;
    let left = place(&mut sim, "north").arrived;
    assert!(left > 0);
    assert!(
        camp.arrived >= left && camp.arrived <= registered,
        "{camp:#?}: {left} left, {registered} registered"
    );
    assert_eq!(camp.occupancy, 0, "nobody waits there for a vehicle");
}

#[test]
fn the_csv_export_gives_who_waits_outdoors_at_each_place_over_time() {
    let mut cramped = run(
        &with(&[("Transit(capacity: 400)", "Transit(capacity: 1)")]),
        12,
    );
    let tables = fluxsim::report::export::tables(&mut cramped);
    let (header, rows) = &tables[1];
    let col = |name: &str| {
        header
            .iter()
            .position(|h| *h == name)
            .unwrap_or_else(|| panic!("place_series.csv has no {name}"))
    };
    let (id, t, occupancy) = (col("place"), col("t_ms"), col("occupancy"));
    let (waiting, for_bed) = (col("waiting_outdoors"), col("outdoors"));
    let number = |row: &Vec<String>, i: usize| row[i].parse::<u64>().expect("a count");
    let camp: Vec<&Vec<String>> = rows.iter().filter(|r| r[id] == "camp").collect();
    assert_eq!(camp.len(), cramped.series().points.len());
    // Everyone waiting at the transit over its one sheltered place is outdoors, sample by
    // sample, and some samples have people there.
    for row in &camp {
        assert_eq!(
            number(row, waiting),
            number(row, occupancy).saturating_sub(1),
            "{row:?}"
        );
    }
    assert!(camp.iter().any(|row| number(row, waiting) > 100));
    // People outdoors for a bed add up, per sample, to series.csv's `outdoors`.
    let (_, series) = &tables[0];
    for (i, point) in series.iter().enumerate() {
        let sum: u64 = rows
            .iter()
            .filter(|r| r[t] == point[0])
            .map(|r| number(r, for_bed))
            .sum();
        assert_eq!(sum.to_string(), point[4], "sample {i}");
    }
    // places.csv gives the same figure at the end as the place's own view.
    let (header, rows) = &tables[2];
    let at = |name: &str| header.iter().position(|h| *h == name).expect(name);
    let row = rows.iter().find(|r| r[0] == "camp").expect("the camp");
    let view = place(&mut cramped, "camp");
    assert_eq!(row[at("waiting_outdoors")], view.outdoors.to_string());
    assert_eq!(
        row[at("peak_waiting_outdoors")],
        view.peak_outdoors.to_string()
    );
}
