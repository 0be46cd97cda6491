//! A mistake is taken back without rewriting the record: `X` strikes the last command while
//! the clock still stands where it was given. The journal gets a `Struck` line (the command
//! line stays), the console simulates the exercise again from the start without it, and
//! replay leaves it out and still matches every digest.

use fluxsim::journal::{JournalError, Line, read, replay};
use fluxsim::{Command, ControlAction, SimTime, Simulation};

use super::console::{press, recording_app, run_to};

fn close_vermice() -> Command {
    Command::Control(ControlAction::CloseBcp {
        bcp: "vermice".into(),
    })
}

#[test]
fn the_last_command_is_struck_journaled_and_left_out_of_the_state_and_of_replay() {
    let dir = crate::support::scratch("strike");
    let path = dir.join("exercise.journal");
    let mut app = recording_app(&path);
    app.update(fluxsim::console::Action::Resize(200, 60));
    run_to(&mut app, "2h");
    let before = app.simulation().digest();
    app.submit(close_vermice()).expect("applied");
    assert_ne!(
        app.simulation().digest(),
        before,
        "closing a BCP changes the state"
    );

    press(&mut app, "X");
    assert!(app.status().starts_with("Struck:"), "{}", app.status());
    assert_eq!(
        app.simulation().digest(),
        before,
        "simulated again without it: the state before the command"
    );
    assert_eq!(app.now(), SimTime::hours(2));
    // Only the last command, and only once.
    press(&mut app, "X");
    assert!(
        app.status().contains("Nothing to strike"),
        "{}",
        app.status()
    );

    // The journal keeps the command line and adds the strike; replay leaves it out.
    let written = std::fs::read_to_string(&path).expect("journal");
    let lines: Vec<Line> = written
        .lines()
        .map(|l| Line::parse(l).expect("a journal line"))
        .collect();
    assert!(
        lines
            .iter()
            .any(|l| matches!(l, Line::Command { command, .. } if *command == close_vermice()))
    );
    assert!(
        lines
            .iter()
            .any(|l| matches!(l, Line::Struck { at } if *at == SimTime::hours(2)))
    );
    let journal = read(&path).expect("reads");
    assert_eq!(journal.struck.len(), 1);
    assert_eq!(journal.commands().count(), 0);
    let source = crate::support::kosovo_source();
    let scenario = fluxsim::scenario::parse(&source).expect("valid");
    let mut replayed = replay(&journal, &scenario, &source).expect("replays").sim;
    replayed.advance_through(SimTime::hours(2));
    let mut never = Simulation::new(&scenario, scenario.exercise.seed);
    never.advance_through(SimTime::hours(2));
    assert_eq!(replayed.digest(), never.digest());

    // A command given after the strike is journaled and replays as usual.
    app.submit(close_vermice()).expect("applied again");
    app.update(fluxsim::console::Action::Quit);
    let journal = read(&path).expect("reads");
    assert_eq!(journal.commands().count(), 1);
    replay(&journal, &scenario, &source).expect("every digest matches");
}

#[test]
fn once_the_clock_has_moved_on_the_command_stands() {
    let dir = crate::support::scratch("strike-moved");
    let path = dir.join("exercise.journal");
    let mut app = recording_app(&path);
    app.update(fluxsim::console::Action::Resize(200, 60));
    run_to(&mut app, "1h");
    app.submit(close_vermice()).expect("applied");
    run_to(&mut app, "2h");
    let journal_before = std::fs::read(&path).expect("journal");
    press(&mut app, "X");
    assert!(
        app.status().contains("can no longer be struck"),
        "{}",
        app.status()
    );
    assert_eq!(std::fs::read(&path).expect("journal"), journal_before);
}

#[test]
fn a_strike_line_must_follow_an_applied_command_of_its_time() {
    let dir = crate::support::scratch("strike-stray");
    // A strike with no command before it.
    let stray = dir.join("stray.journal");
    let (mut recorder, mut sim) = crate::support::recording_kosovo(&stray, 1);
    sim.advance_through(SimTime::hours(1));
    recorder.struck(&sim).expect("written");
    let err = read(&stray).expect_err("refused");
    assert!(
        matches!(err, JournalError::StrayStrike { line: 2, .. }),
        "{err}"
    );
    // A strike at another time than the command before it.
    let late = dir.join("late.journal");
    let (mut recorder, mut sim) = crate::support::recording_kosovo(&late, 1);
    sim.advance_through(SimTime::hours(1));
    recorder
        .record(&mut sim, close_vermice(), fluxsim::Origin::Facilitator)
        .expect("recorded")
        .expect("applied");
    sim.advance_through(SimTime::hours(2));
    recorder.struck(&sim).expect("written");
    let err = read(&late).expect_err("refused");
    assert!(
        err.to_string()
            .contains(":4: a Struck line strikes the applied command just before it"),
        "{err}"
    );
}
