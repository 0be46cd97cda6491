//! Keys to actions. Kept apart from state changes: a key means an action, `App::update`
//! decides what the action does. The tables are also what the help screen lists.

use crossterm::event::{
    KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::layout::Rect;

use super::action::{Action, Pane};
use super::app::{App, Overlay};
use super::timeline::Seek;
use super::view::{self, Hit};
use crate::time::SimTime;

/// One binding: the keys, as the help shows them, what they do, and the action.
pub struct Binding {
    /// Keys as shown to the user.
    pub keys: &'static str,
    /// What they do.
    pub what: &'static str,
    codes: &'static [KeyCode],
    action: Action,
}

const fn bind(
    keys: &'static str,
    what: &'static str,
    codes: &'static [KeyCode],
    action: Action,
) -> Binding {
    Binding {
        keys,
        what,
        codes,
        action,
    }
}

use KeyCode::{
    BackTab, Backspace, Char, Down, End, Enter, Esc, Home, Left, PageDown, PageUp, Right, Tab, Up,
};

/// Keys on the main screen.
pub const MAIN: &[Binding] = &[
    bind("space", "pause / resume", &[Char(' ')], Action::TogglePause),
    bind("+ =", "faster", &[Char('+'), Char('=')], Action::Faster),
    bind("-", "slower", &[Char('-')], Action::Slower),
    bind(
        "n",
        "step to the next event",
        &[Char('n')],
        Action::StepEvent,
    ),
    bind("H", "run to the next hour", &[Char('H')], Action::StepHour),
    bind(
        "i",
        "run to the next inject",
        &[Char('i')],
        Action::StepInject,
    ),
    bind("u", "run until a time…", &[Char('u')], Action::AskRunUntil),
    bind(
        "d",
        "deliver an inject",
        &[Char('d')],
        Action::DeliverInject,
    ),
    bind(":", "command palette", &[Char(':')], Action::OpenPalette),
    bind("/", "search ids and names", &[Char('/')], Action::Search),
    bind(
        "Enter",
        "inspect the selected row",
        &[Enter],
        Action::Inspect,
    ),
    bind("Tab", "next pane", &[Tab], Action::NextPane),
    bind("Shift-Tab", "previous pane", &[BackTab], Action::PrevPane),
    // Digits are matched in `action_for`; this entry is what the help shows for them.
    bind(
        "1 … 5",
        "panes (Situation … MSEL)",
        &[],
        Action::Show(Pane::Situation),
    ),
    bind("↑ k", "previous row", &[Up, Char('k')], Action::Up),
    bind("↓ j", "next row", &[Down, Char('j')], Action::Down),
    bind("Home g", "first row", &[Home, Char('g')], Action::First),
    bind("End G", "last row", &[End, Char('G')], Action::Last),
    bind("?", "this help", &[Char('?')], Action::Help),
    bind("Esc", "back", &[Esc], Action::Back),
    bind(
        "q Ctrl-C",
        "quit (asks first)",
        &[Char('q')],
        Action::AskQuit,
    ),
];

/// A step on the replay timeline (← →).
pub const SCRUB_STEP: SimTime = SimTime::mins(15);

/// Keys of a replay (`console --replay`), looked up before the main screen's; the clock
/// keys then play the recording.
pub const REPLAY: &[Binding] = &[
    bind(
        "← →",
        "back / forward 15 minutes",
        &[Left],
        Action::Seek(Seek::Back(SCRUB_STEP)),
    ),
    bind("", "", &[Right], Action::Seek(Seek::Forward(SCRUB_STEP))),
    bind(
        "PgUp PgDn",
        "back / forward an hour",
        &[PageUp],
        Action::Seek(Seek::Back(SimTime::hours(1))),
    ),
    bind(
        "",
        "",
        &[PageDown],
        Action::Seek(Seek::Forward(SimTime::hours(1))),
    ),
    bind(
        "Home End",
        "start / end",
        &[Home],
        Action::Seek(Seek::Start),
    ),
    bind("", "", &[End], Action::Seek(Seek::End)),
    bind(
        "[ ]",
        "previous / next command",
        &[Char('[')],
        Action::Seek(Seek::PreviousCommand),
    ),
    bind("", "", &[Char(']')], Action::Seek(Seek::NextCommand)),
];

/// Keys in the search line (letters type the search).
pub const SEARCH: &[(&str, &str)] = &[
    (
        "letters",
        "find ids and names (places, institutions, injects, gaps, requests)",
    ),
    ("↑ ↓ Tab", "choose a match (its pane follows)"),
    ("Enter", "open the match in the inspector"),
    ("Esc", "cancel, back where you were"),
];

/// The mouse, where the terminal reports it.
pub const MOUSE: &[(&str, &str)] = &[
    ("click", "select a tab or a row"),
    ("wheel", "previous / next row"),
];

/// Keys in the command palette (letters filter the list).
pub const PALETTE: &[(&str, &str)] = &[
    ("letters", "filter commands"),
    ("↑ ↓ Tab", "choose"),
    ("Enter", "fill in the chosen command"),
    ("Esc", "cancel"),
];

/// Keys in a command form (letters type into the field).
pub const FORM: &[(&str, &str)] = &[
    ("Tab", "complete the field"),
    ("↓", "next field"),
    ("↑ Shift-Tab", "previous field"),
    ("Enter", "apply (all fields valid)"),
    ("Backspace", "erase"),
    ("Esc", "cancel"),
];

/// Keys in the run-until prompt, the quit question, the help and the inspector.
pub const PROMPTS: &[(&str, &str)] = &[
    ("↑ ↓ j k", "scroll the help"),
    ("Enter / y", "accept; quit when asked"),
    ("Esc / n", "cancel, close"),
];

/// The action a key means in the app's current state, if any.
pub fn action_for(app: &App, key: KeyEvent) -> Option<Action> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    let ctrl_c = key.modifiers.contains(KeyModifiers::CONTROL) && key.code == Char('c');
    match app.overlay() {
        Overlay::None if ctrl_c => Some(Action::AskQuit),
        Overlay::None => match key.code {
            Char(c @ '1'..='5') => Some(Action::Show(Pane::ALL[c as usize - '1' as usize])),
            code if app.timeline().is_some() => lookup(REPLAY, code).or_else(|| lookup(MAIN, code)),
            code => lookup(MAIN, code),
        },
        Overlay::ConfirmQuit => match key.code {
            Char('y') | Char('Y') | Enter => Some(Action::Quit),
            _ if ctrl_c => Some(Action::Quit),
            Char('n') | Char('N') | Esc => Some(Action::Back),
            _ => None,
        },
        Overlay::Help(_) => match key.code {
            Up | Char('k') => Some(Action::Up),
            Down | Char('j') | Char(' ') => Some(Action::Down),
            Home | Char('g') => Some(Action::First),
            End | Char('G') => Some(Action::Last),
            Esc | Enter | Char('q') | Char('?') => Some(Action::Back),
            _ if ctrl_c => Some(Action::AskQuit),
            _ => None,
        },
        Overlay::Inspector(_) => match key.code {
            Esc | Enter | Char('q') | Char('?') => Some(Action::Back),
            _ if ctrl_c => Some(Action::AskQuit),
            _ => None,
        },
        Overlay::Palette(_) | Overlay::Search(_) => match key.code {
            Up | BackTab => Some(Action::Up),
            Down | Tab => Some(Action::Down),
            _ => text_key(key, ctrl_c),
        },
        Overlay::Form(_) => match key.code {
            Tab => Some(Action::Complete),
            Down => Some(Action::NextField),
            Up | BackTab => Some(Action::PrevField),
            _ => text_key(key, ctrl_c),
        },
        Overlay::RunUntil(_) => text_key(key, ctrl_c),
    }
}

/// The action a mouse event means: clicks and the wheel work on the main screen only.
pub fn mouse_action(app: &App, mouse: MouseEvent, screen: Rect) -> Option<Action> {
    if !matches!(app.overlay(), Overlay::None) {
        return None;
    }
    match mouse.kind {
        MouseEventKind::Down(MouseButton::Left) => {
            match view::hit(app, screen, mouse.column, mouse.row)? {
                Hit::Tab(pane) => Some(Action::Show(pane)),
                Hit::Row(pane, row) => Some(Action::Select(pane, row)),
            }
        }
        MouseEventKind::ScrollUp => Some(Action::Up),
        MouseEventKind::ScrollDown => Some(Action::Down),
        _ => None,
    }
}

fn text_key(key: KeyEvent, ctrl_c: bool) -> Option<Action> {
    match key.code {
        _ if ctrl_c => Some(Action::Back),
        Enter => Some(Action::Confirm),
        Esc => Some(Action::Back),
        Backspace => Some(Action::Erase),
        Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) => Some(Action::Type(c)),
        _ => None,
    }
}

fn lookup(table: &[Binding], code: KeyCode) -> Option<Action> {
    table
        .iter()
        .find(|b| b.codes.contains(&code))
        .map(|b| b.action)
}
