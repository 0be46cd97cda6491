//! The console's own loop runs without a terminal: on ratatui's test backend, fed events by
//! the caller, it draws, handles keys, keeps the clock and journals what is entered — the
//! same loop the terminal runs.

use std::sync::mpsc::channel;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use fluxsim::console::drive;
use fluxsim::journal::read;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use super::console::recording_app;

fn keys(text: &str) -> Vec<Event> {
    text.chars().map(|c| key(KeyCode::Char(c))).collect()
}

fn key(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

#[test]
fn the_console_loop_runs_on_a_test_backend_with_events_from_the_caller() {
    let dir = crate::support::scratch("console-driver");
    let path = dir.join("exercise.journal");
    let mut app = recording_app(&path);
    let (send, input) = channel();
    let mut events = keys(":change-officers");
    events.push(key(KeyCode::Enter));
    events.extend(keys("hani_elezit"));
    events.push(key(KeyCode::Down));
    events.extend(keys("3"));
    events.push(key(KeyCode::Enter));
    events.extend(keys("qy"));
    for event in events {
        send.send(event).expect("the loop listens");
    }
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("test terminal");
    let mut input = input;
    drive(&mut terminal, &mut app, &mut input).expect("the loop ends when the facilitator quits");

    assert!(app.should_quit());
    let screen = format!("{}", terminal.backend());
    assert!(
        screen.contains("fluxsim"),
        "the loop drew the console:\n{screen}"
    );
    let journal = read(&path).expect("the journal reads back");
    let commands: Vec<_> = journal.commands().map(|c| c.command.clone()).collect();
    assert_eq!(
        commands,
        [fluxsim::Command::Control(
            fluxsim::ControlAction::ChangeOfficers {
                bcp: "hani_elezit".to_string(),
                by: 3
            }
        )]
    );
}

#[test]
fn a_loop_whose_input_ends_stops_with_an_error_instead_of_waiting_forever() {
    let mut app = super::console::app();
    let (send, input) = channel::<Event>();
    drop(send);
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).expect("test terminal");
    let mut input = input;
    let err = drive(&mut terminal, &mut app, &mut input).expect_err("no input can come");
    assert_eq!(err.kind(), std::io::ErrorKind::UnexpectedEof);
    assert!(!app.should_quit());
}
