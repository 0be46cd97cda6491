//! The facilitator holds back or retimes an upcoming MSEL inject: the console stops at the
//! inject's new time, never at a held one, the change is journaled (and replays, so a resumed
//! console has it back), and a headless run given the same change by script follows it.

use crossterm::event::KeyCode;
use fluxsim::journal::{Header, Recorder, ScenarioSource, read, replay, run_timeline, with_msel};
use fluxsim::journal::{Line, Timed};
use fluxsim::schedule::Slot;
use fluxsim::{Command, CommandError, Origin, SimTime, Simulation};

use super::console::{app, press, press_key, recording_app, run_to};

/// Timed injects still due, by number.
fn due(app: &fluxsim::console::App) -> Vec<u32> {
    app.due_injects().map(|i| i.number).collect()
}

/// Runs the paced clock until it pauses by itself (at an inject or the end).
fn play_until_it_stops(app: &mut fluxsim::console::App) {
    press(app, "+++++");
    press(app, " ");
    while app.clock().is_running() {
        app.update(fluxsim::console::Action::Tick(
            std::time::Duration::from_millis(50),
        ));
    }
}

#[test]
fn a_held_inject_is_not_due_until_released() {
    let mut app = app();
    // Inject 1 (T+30m) is the first row of the MSEL pane.
    press(&mut app, "5h");
    assert_eq!(app.slot(1), Slot::Held);
    run_to(&mut app, "1h");
    assert!(!due(&app).contains(&1), "held: {:?}", due(&app));

    press(&mut app, "h");
    assert_eq!(app.slot(1), Slot::AsPlanned);
    assert!(
        due(&app).contains(&1),
        "released after its time: due at once"
    );
}

#[test]
fn the_paced_clock_passes_a_held_inject_and_stops_at_a_retimed_one() {
    let mut app = app();
    press(&mut app, "5h"); // hold inject 1 (T+30m)
    press(&mut app, "j"); // inject 2 (T+2h) …
    press(&mut app, "R");
    press(&mut app, "1h15m");
    press_key(&mut app, KeyCode::Enter);
    assert_eq!(app.slot(2), Slot::At(SimTime::mins(75)));

    play_until_it_stops(&mut app);
    assert_eq!(app.now(), SimTime::mins(75), "{}", app.status());
    assert_eq!(
        due(&app),
        [2],
        "inject 1 is held, inject 2 is due at its new time"
    );
}

#[test]
fn a_retime_into_the_past_or_of_a_delivered_inject_is_refused_and_changes_nothing() {
    let mut sim = Simulation::new(&crate::support::kosovo(), 2018);
    sim.advance_to(SimTime::hours(1));
    let back = Command::Reschedule {
        number: 3,
        to: Slot::At(SimTime::mins(30)),
    };
    assert!(matches!(
        sim.apply(&back),
        Err(CommandError::Reschedule { number: 3, .. })
    ));
    assert_eq!(sim.slot(3), Slot::AsPlanned);

    sim.apply(&Command::DeliverInject { number: 1 })
        .expect("delivered");
    let hold = Command::Reschedule {
        number: 1,
        to: Slot::Held,
    };
    let refused = sim.apply(&hold).expect_err("delivered already");
    assert!(
        refused.to_string().contains("delivered already"),
        "{refused}"
    );

    let unknown = Command::Reschedule {
        number: 99,
        to: Slot::Held,
    };
    assert!(matches!(
        sim.apply(&unknown),
        Err(CommandError::Unknown { .. })
    ));
}

#[test]
fn players_cannot_hold_an_inject() {
    let mut sim = Simulation::new(&crate::support::kosovo(), 2018);
    let hold = Command::Reschedule {
        number: 2,
        to: Slot::Held,
    };
    let player = Origin::player("mia", fluxsim::Via::Seat);
    assert!(sim.apply_as(&hold, &player).is_err());
    assert_eq!(sim.slot(2), Slot::AsPlanned);
}

#[test]
fn a_hold_is_journaled_and_replays_with_the_inject_still_held() {
    let dir = crate::support::scratch("msel-hold");
    let path = dir.join("exercise.journal");
    let mut live = recording_app(&path);
    press(&mut live, "5jh"); // hold inject 2
    run_to(&mut live, "3h");
    press(&mut live, "qy");

    let written = std::fs::read_to_string(&path).expect("journal");
    assert!(
        written
            .lines()
            .filter_map(|l| Line::parse(l).ok())
            .any(|l| matches!(
                l,
                Line::Command {
                    command: Command::Reschedule {
                        number: 2,
                        to: Slot::Held
                    },
                    ..
                }
            )),
        "{written}"
    );
    let journal = read(&path).expect("reads");
    let replayed = replay(
        &journal,
        &crate::support::kosovo(),
        &crate::support::kosovo_source(),
    )
    .expect("every digest matches");
    assert_eq!(replayed.sim.slot(2), Slot::Held);
    assert!(replayed.sim.deliveries().get(&2).is_none());
}

#[test]
fn a_headless_run_follows_the_scripts_hold_and_retime() {
    let scenario = crate::support::kosovo();
    let given = |at: SimTime, number: u32, to: Slot| Timed {
        at,
        command: Command::Reschedule { number, to },
        origin: Origin::Facilitator,
        from: "script".into(),
    };
    let script = vec![
        given(SimTime::ZERO, 1, Slot::Held),
        given(SimTime::hours(1), 2, Slot::At(SimTime::hours(4))),
        given(SimTime::hours(5), 3, Slot::Held),
        given(SimTime::hours(7), 3, Slot::AsPlanned),
        // The facilitator hands inject 5 (planned T+12h) over early.
        Timed {
            at: SimTime::hours(8),
            command: Command::DeliverInject { number: 5 },
            origin: Origin::Facilitator,
            from: "script".into(),
        },
    ];
    let timeline = with_msel(&scenario, script);
    let mut sim = Simulation::new(&scenario, scenario.exercise.seed);
    let dir = crate::support::scratch("msel-script");
    let path = dir.join("run.journal");
    let source = crate::support::kosovo_source();
    let header = Header::new(
        &scenario,
        ScenarioSource::File(source.name.clone()),
        &source.text,
        scenario.exercise.seed,
    );
    let mut recorder = Recorder::create(&path, &header).expect("journal");
    run_timeline(&mut sim, &timeline, SimTime::hours(9), Some(&mut recorder)).expect("runs");

    let delivered = sim.deliveries().clone();
    assert_eq!(delivered.get(&1), None, "held to the end");
    assert_eq!(
        delivered.get(&2),
        Some(&SimTime::hours(4).millis()),
        "at its new time"
    );
    assert_eq!(
        delivered.get(&3),
        Some(&SimTime::hours(7).millis()),
        "held past its time, then delivered on release"
    );
    let journal = read(&path).expect("reads");
    replay(&journal, &scenario, &source).expect("the run replays");

    // The report's timeline dates each inject by its delivery.
    let report = fluxsim::report::Report::build(
        &scenario,
        "kosovo-flux.ron",
        &journal,
        &mut sim,
        fluxsim::i18n::Lang::En,
    );
    let injects: Vec<(i64, String)> = report
        .timeline
        .iter()
        .filter(|m| m.kind == fluxsim::report::MomentKind::Inject)
        .map(|m| (m.at_ms, m.what.clone()))
        .collect();
    assert!(
        !injects.iter().any(|(_, what)| what.starts_with("#1 ")),
        "{injects:?}"
    );
    assert!(
        injects
            .iter()
            .any(|(at, what)| *at == SimTime::hours(4).millis() && what.starts_with("#2 ")),
        "{injects:?}"
    );
    assert_eq!(injects.len(), delivered.len());

    // The delivery log has every inject of the MSEL: planned, delivered (or why not), by
    // whom, to whom by name.
    let log = &report.deliveries;
    assert_eq!(log.len(), scenario.msel.len());
    let row = |n: u32| log.iter().find(|d| d.number == n).expect("in the log");
    assert!(row(1).held && row(1).delivered_ms.is_none() && row(1).by.is_none());
    assert_eq!(row(2).delivered_ms, Some(SimTime::hours(4).millis()));
    assert_eq!(row(2).planned_ms, SimTime::hours(2).millis());
    assert_eq!(row(2).by, None, "the MSEL delivered it at its new time");
    assert_eq!(row(5).delivered_ms, Some(SimTime::hours(8).millis()));
    assert_eq!(row(5).by.as_deref(), Some("facilitator"));
    let receiver = &scenario.msel.iter().find(|i| i.number == 5).expect("#5").to[0];
    let name = &scenario
        .institutions
        .iter()
        .find(|i| &i.id == receiver)
        .expect("an institution")
        .name;
    assert!(row(5).to.contains(name), "{:?}", row(5).to);
    assert!(
        !row(14).held && row(14).delivered_ms.is_none(),
        "after T+9h: not delivered"
    );
    let text = fluxsim::report::markdown(&report);
    assert!(text.contains("held back by the facilitator"), "{text}");
}
