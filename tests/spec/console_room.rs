//! The console in a training room: what a facilitator meets at 80×24 and on a projector —
//! nothing acts unseen, messages are read whole, lists say what they leave out.

use std::time::Duration;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use fluxsim::console::keymap::{action_for, mouse_action};
use fluxsim::console::{Action, Overlay};

use super::console::{app, press, press_key, recording_app, run_to, screen, text};

#[test]
fn behind_the_too_small_screen_only_q_acts_and_nothing_is_journaled() {
    let dir = crate::support::scratch("console-too-small");
    let path = dir.join("exercise.journal");
    let mut app = recording_app(&path);
    app.update(Action::Resize(120, 40));
    run_to(&mut app, "2h");
    let before = std::fs::read(&path).expect("journal");
    let now = app.now();

    app.update(Action::Resize(60, 15));
    assert!(app.too_small());
    let shown = text(&screen(&app, 60, 15));
    assert!(shown.contains("q quits"), "{shown}");
    // Keys that would pause, open the palette, deliver, step or choose a pane do nothing.
    for keys in [" ", "d", ":", "n", "H", "i", "u", "5", "?", "/", "+"] {
        press(&mut app, keys);
    }
    press_key(&mut app, KeyCode::Enter);
    press_key(&mut app, KeyCode::Tab);
    let click = crossterm::event::MouseEvent {
        kind: crossterm::event::MouseEventKind::Down(crossterm::event::MouseButton::Left),
        column: 3,
        row: 2,
        modifiers: KeyModifiers::NONE,
    };
    assert_eq!(
        mouse_action(&app, click, ratatui::layout::Rect::new(0, 0, 60, 15)),
        None
    );
    // An action that reaches the app by another way is ignored too.
    app.update(Action::DeliverInject);
    app.update(Action::StepEvent);
    assert!(matches!(app.overlay(), Overlay::None));
    assert!(!app.clock().is_running());
    assert_eq!(app.now(), now);
    assert_eq!(std::fs::read(&path).expect("journal"), before);

    // Back at a usable size the keys act again.
    app.update(Action::Resize(80, 24));
    press(&mut app, ":");
    assert!(matches!(app.overlay(), Overlay::Palette(_)));
    press_key(&mut app, KeyCode::Esc);

    // q quits straight away behind the small screen: there is no room to ask.
    app.update(Action::Resize(60, 15));
    let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert_eq!(action_for(&app, ctrl_c), Some(Action::Quit));
    press(&mut app, "q");
    assert!(app.should_quit());
}

#[test]
fn a_console_not_yet_told_its_size_is_not_too_small() {
    let mut app = app();
    assert!(!app.too_small());
    app.update(Action::Resize(80, 24));
    assert!(!app.too_small());
    app.update(Action::Resize(79, 24));
    assert!(app.too_small());
    app.update(Action::Tick(Duration::from_millis(50)));
    app.update(Action::Resize(80, 23));
    assert!(app.too_small());
}
