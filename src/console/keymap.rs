//! Keys to actions. Kept apart from state changes: a key means an action, `App::update`
//! decides what the action does. The tables are also what the help screen lists and what
//! the footer hints at.

use crossterm::event::{
    KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::layout::Rect;

use super::action::{Action, Pane};
use super::app::{App, Overlay};
use super::timeline::Seek;
use super::view::{self, Hit};
use crate::time::SimTime;

/// One binding: the keys, as the help shows them (or a `keyname-` catalogue key, see
/// [`key_name`]), what they do (a catalogue key), the
/// action, and whether the footer hints at it.
pub struct Binding {
    /// Keys as shown to the user.
    pub keys: &'static str,
    /// What they do: the key of the help's line in the message catalogue.
    pub what: &'static str,
    codes: &'static [KeyCode],
    action: Action,
    /// The footer's hint for it, if any.
    pub hint: Hint,
}

/// Whether and when the footer hints at a binding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hint {
    /// Listed in the help only.
    None,
    /// In the footer of a live exercise; the catalogue key of the hint's word.
    Live(&'static str),
    /// In the footer of a live exercise and of a replay.
    Always(&'static str),
    /// In both footers, with a word for each: live, then replay.
    Both(&'static str, &'static str),
}

impl Binding {
    /// The key codes that mean it (empty for the digits, matched apart).
    pub fn codes(&self) -> &'static [KeyCode] {
        self.codes
    }

    /// The action it means.
    pub fn action(&self) -> Action {
        self.action
    }

    /// The key the footer names: the first of `keys`.
    pub fn first_key(&self) -> &'static str {
        self.keys.split_whitespace().next().unwrap_or(self.keys)
    }

    /// The footer's hint word (a catalogue key), in a replay or a live exercise.
    pub fn hint(&self, replaying: bool) -> Option<&'static str> {
        match self.hint {
            Hint::None => None,
            Hint::Live(_) if replaying => None,
            Hint::Live(word) | Hint::Always(word) => Some(word),
            Hint::Both(_, replay) if replaying => Some(replay),
            Hint::Both(live, _) => Some(live),
        }
    }
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
        hint: Hint::None,
    }
}

const fn hinted(
    keys: &'static str,
    what: &'static str,
    codes: &'static [KeyCode],
    action: Action,
    hint: Hint,
) -> Binding {
    Binding {
        keys,
        what,
        codes,
        action,
        hint,
    }
}

use KeyCode::{
    BackTab, Backspace, Char, Down, End, Enter, Esc, Home, Left, PageDown, PageUp, Right, Tab, Up,
};

/// A key as the help and the footer show it: a `keyname-` entry is a catalogue key (a key
/// named in words, such as the space bar), anything else the key's cap as printed.
pub fn key_name(lang: crate::i18n::Lang, keys: &str) -> String {
    if keys.starts_with("keyname-") {
        crate::tr!(lang, keys)
    } else {
        keys.to_string()
    }
}

/// Keys on the main screen. The footer shows the hinted ones, in this order.
pub const MAIN: &[Binding] = &[
    hinted(
        "keyname-space",
        "key-pause",
        &[Char(' ')],
        Action::TogglePause,
        Hint::Both("hint-run-pause", "hint-play"),
    ),
    bind("+ =", "key-faster", &[Char('+'), Char('=')], Action::Faster),
    bind("-", "key-slower", &[Char('-')], Action::Slower),
    bind("n", "key-step-event", &[Char('n')], Action::StepEvent),
    bind("H", "key-step-hour", &[Char('H')], Action::StepHour),
    bind("i", "key-step-inject", &[Char('i')], Action::StepInject),
    bind("u", "key-run-until", &[Char('u')], Action::AskRunUntil),
    hinted(
        ":",
        "key-palette",
        &[Char(':')],
        Action::OpenPalette,
        Hint::Live("hint-command"),
    ),
    hinted(
        "d",
        "key-deliver",
        &[Char('d')],
        Action::DeliverInject,
        Hint::Live("hint-deliver"),
    ),
    hinted(
        "/",
        "key-search",
        &[Char('/')],
        Action::Search,
        Hint::Always("hint-search"),
    ),
    bind("Enter", "key-inspect", &[Enter], Action::Inspect),
    bind("Tab", "key-next-pane", &[Tab], Action::NextPane),
    bind(
        "Shift-Tab",
        "key-previous-pane",
        &[BackTab],
        Action::PrevPane,
    ),
    // Digits are matched in `action_for`; this entry is what the help shows for them.
    bind("1 … 5", "key-panes", &[], Action::Show(Pane::Situation)),
    bind("↑↓ k j", "key-rows", &[Up, Char('k')], Action::Up),
    bind("", "", &[Down, Char('j')], Action::Down),
    bind(
        "Home End g G",
        "key-first-last",
        &[Home, Char('g')],
        Action::First,
    ),
    bind("", "", &[End, Char('G')], Action::Last),
    hinted(
        "?",
        "key-help",
        &[Char('?')],
        Action::Help,
        Hint::Always("hint-help"),
    ),
    bind("m", "key-messages", &[Char('m')], Action::Messages),
    bind("t", "key-theme", &[Char('t')], Action::NextTheme),
    bind("Esc", "key-back", &[Esc], Action::Back),
    hinted(
        "q Ctrl-C",
        "key-quit",
        &[Char('q')],
        Action::AskQuit,
        Hint::Always("hint-quit"),
    ),
];

/// The language key, on the main screen after `MAIN`'s: the console's language, which the
/// projector follows.
pub const LANGUAGE: &[Binding] = &[bind(
    "L",
    "key-language",
    &[Char('L')],
    Action::NextLanguage,
)];

/// Keys of the seats served to browsers (`console --serve`), on the main screen after
/// `MAIN`'s.
pub const SEATS: &[Binding] = &[
    bind("S", "key-seats", &[Char('S')], Action::ShowSeats),
    bind(
        "P",
        "key-projector-gaps",
        &[Char('P')],
        Action::ToggleProjectorGaps,
    ),
];

/// Keys of the exercise's wall-clock timer (play, breaks, days), on the main screen after
/// `MAIN`'s; each mark is journaled.
pub const TIMER: &[Binding] = &[
    bind("b", "key-break", &[Char('b')], Action::Break),
    bind("E", "key-end-day", &[Char('E')], Action::EndOfDay),
];

/// Keys that take back a mistake, on the main screen after `TIMER`'s; a strike is
/// journaled.
pub const MISTAKES: &[Binding] = &[bind("X", "key-strike", &[Char('X')], Action::StrikeLast)];

/// Keys that change when the MSEL inject selected in the MSEL pane is due, on the main
/// screen after `MISTAKES`'s; each change is journaled.
pub const SCHEDULE: &[Binding] = &[
    bind("h", "key-hold", &[Char('h')], Action::HoldInject),
    bind("R", "key-retime", &[Char('R')], Action::AskRetime),
];

/// A step on the replay timeline (← →).
pub const SCRUB_STEP: SimTime = SimTime::mins(15);

/// Keys of a replay (`console --replay`), looked up before the main screen's; the clock
/// keys then play the recording.
pub const REPLAY: &[Binding] = &[
    bind(
        "← →",
        "key-scrub-quarter",
        &[Left],
        Action::Seek(Seek::Back(SCRUB_STEP)),
    ),
    bind("", "", &[Right], Action::Seek(Seek::Forward(SCRUB_STEP))),
    bind(
        "PgUp PgDn",
        "key-scrub-hour",
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
        "key-scrub-ends",
        &[Home],
        Action::Seek(Seek::Start),
    ),
    bind("", "", &[End], Action::Seek(Seek::End)),
    bind(
        "[ ]",
        "key-scrub-command",
        &[Char('[')],
        Action::Seek(Seek::PreviousCommand),
    ),
    bind("", "", &[Char(']')], Action::Seek(Seek::NextCommand)),
    bind(
        "< > , .",
        "key-scrub-landmark",
        &[Char('<'), Char(',')],
        Action::Seek(Seek::PreviousLandmark),
    ),
    bind(
        "",
        "",
        &[Char('>'), Char('.')],
        Action::Seek(Seek::NextLandmark),
    ),
];

/// Keys in the search line (letters type the search): keys as shown (a `keyname-` entry is
/// a catalogue key), and the catalogue key of what they do.
pub const SEARCH: &[(&str, &str)] = &[
    ("keyname-letters", "key-search-type"),
    ("↑ ↓ Tab", "key-search-choose"),
    ("Enter", "key-search-open"),
    ("Esc", "key-search-cancel"),
];

/// The mouse, where the terminal reports it.
pub const MOUSE: &[(&str, &str)] = &[
    ("keyname-click", "key-mouse-click"),
    ("keyname-wheel", "key-mouse-wheel"),
];

/// Keys in the command palette (letters filter the list).
pub const PALETTE: &[(&str, &str)] = &[
    ("keyname-letters", "key-palette-filter"),
    ("↑ ↓ Tab", "key-palette-choose"),
    ("Enter", "key-palette-fill"),
    ("Esc", "key-cancel"),
];

/// Keys in a command form (letters type into the field).
pub const FORM: &[(&str, &str)] = &[
    ("Tab", "key-form-complete"),
    ("↓", "key-form-next"),
    ("↑ Shift-Tab", "key-form-previous"),
    ("Enter", "key-form-apply"),
    ("Backspace", "key-form-erase"),
    ("Esc", "key-cancel"),
];

/// Keys in the run-until prompt, the quit question, the help, the message log and the
/// inspector.
pub const PROMPTS: &[(&str, &str)] = &[
    ("↑ ↓ j k", "key-prompt-scroll"),
    ("Enter / y", "key-prompt-accept"),
    ("Esc / n", "key-prompt-cancel"),
];

/// The footer's hints, in table order: the key as shown and the catalogue key of its word.
pub fn hints(replaying: bool) -> impl Iterator<Item = (&'static str, &'static str)> {
    MAIN.iter()
        .filter_map(move |b| b.hint(replaying).map(|word| (b.first_key(), word)))
}

/// The action a key means in the app's current state, if any.
pub fn action_for(app: &App, key: KeyEvent) -> Option<Action> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    let ctrl_c = key.modifiers.contains(KeyModifiers::CONTROL) && key.code == Char('c');
    if app.too_small() {
        // The screen says only "too small … q quits": nothing else may act unseen.
        return (ctrl_c || key.code == Char('q')).then_some(Action::Quit);
    }
    match app.overlay() {
        Overlay::None if ctrl_c => Some(Action::AskQuit),
        Overlay::None => match key.code {
            Char(c @ '1'..='5') => Some(Action::Show(Pane::ALL[c as usize - '1' as usize])),
            code if app.timeline().is_some() => lookup(REPLAY, code)
                .or_else(|| lookup(MAIN, code))
                .or_else(|| lookup(LANGUAGE, code))
                .or_else(|| lookup(SEATS, code))
                .or_else(|| lookup(TIMER, code))
                .or_else(|| lookup(MISTAKES, code))
                .or_else(|| lookup(SCHEDULE, code)),
            code => lookup(MAIN, code)
                .or_else(|| lookup(LANGUAGE, code))
                .or_else(|| lookup(SEATS, code))
                .or_else(|| lookup(TIMER, code))
                .or_else(|| lookup(MISTAKES, code))
                .or_else(|| lookup(SCHEDULE, code)),
        },
        Overlay::ConfirmDeliver(_) => match key.code {
            Char('y') | Char('Y') | Enter => Some(Action::Confirm),
            _ if ctrl_c => Some(Action::Back),
            Char('n') | Char('N') | Esc => Some(Action::Back),
            _ => None,
        },
        Overlay::ConfirmQuit => match key.code {
            Char('y') | Char('Y') | Enter => Some(Action::Quit),
            _ if ctrl_c => Some(Action::Quit),
            Char('n') | Char('N') | Esc => Some(Action::Back),
            _ => None,
        },
        Overlay::Help(_) | Overlay::Messages(_) => match key.code {
            Up | Char('k') => Some(Action::Up),
            Down | Char('j') | Char(' ') => Some(Action::Down),
            Home | Char('g') => Some(Action::First),
            End | Char('G') => Some(Action::Last),
            Esc | Enter | Char('q') | Char('?') | Char('m') => Some(Action::Back),
            _ if ctrl_c => Some(Action::AskQuit),
            _ => None,
        },
        Overlay::Seats if key.code == Char('P') => Some(Action::ToggleProjectorGaps),
        Overlay::Inspector(_) | Overlay::Seats => match key.code {
            Esc | Enter | Char('q') | Char('?') | Char('S') => Some(Action::Back),
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
        Overlay::RunUntil(_) | Overlay::Retime(..) => text_key(key, ctrl_c),
    }
}

/// The action a mouse event means: clicks and the wheel work on the main screen only.
pub fn mouse_action(app: &App, mouse: MouseEvent, screen: Rect) -> Option<Action> {
    if app.too_small() || !matches!(app.overlay(), Overlay::None) {
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
