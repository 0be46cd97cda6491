//! What the facilitator asked for, independent of which key said it.

use std::time::Duration;

use super::timeline::Seek;

/// The panes of the console, in Tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pane {
    /// BCP and site tables, totals, sparklines.
    Situation,
    /// The route network drawn as a graph.
    Network,
    /// Institutions, their RACI and what they were told.
    Institutions,
    /// Coordination gaps.
    Gaps,
    /// The MSEL timeline.
    Msel,
}

impl Pane {
    /// Every pane, in Tab order.
    pub const ALL: [Pane; 5] = [
        Pane::Situation,
        Pane::Network,
        Pane::Institutions,
        Pane::Gaps,
        Pane::Msel,
    ];

    /// Position in Tab order.
    pub fn index(self) -> usize {
        Pane::ALL.iter().position(|p| *p == self).unwrap_or(0)
    }

    /// The catalogue key of its title on the tab bar.
    pub fn title(self) -> &'static str {
        match self {
            Pane::Situation => "pane-situation",
            Pane::Network => "pane-network",
            Pane::Institutions => "pane-institutions",
            Pane::Gaps => "pane-gaps",
            Pane::Msel => "pane-msel",
        }
    }
}

/// One thing to do, produced by the keymap (or a test) and carried out by `App::update`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Pause or resume the clock.
    TogglePause,
    /// Run faster.
    Faster,
    /// Run slower.
    Slower,
    /// Process the next event.
    StepEvent,
    /// Run to the next whole hour and pause.
    StepHour,
    /// Run to the next MSEL inject and pause.
    StepInject,
    /// Ask for a time to run until.
    AskRunUntil,
    /// Deliver the selected (or the earliest due) inject.
    DeliverInject,
    /// Hold back the inject selected in the MSEL pane, or release it.
    HoldInject,
    /// Ask for a new time for the inject selected in the MSEL pane.
    AskRetime,
    /// Open the command palette.
    OpenPalette,
    /// Show every key.
    Help,
    /// Open the log of every message the status line gave.
    Messages,
    /// Switch to the next colour theme.
    NextTheme,
    /// Speak the next language (console, and the projector unless its page names one).
    NextLanguage,
    /// Start play (or the next day), take a break, or resume after one (journaled marker).
    Break,
    /// End the day's play (journaled marker).
    EndOfDay,
    /// Strike the last command, while the clock still stands where it was given.
    StrikeLast,
    /// Show the seats served to browsers.
    ShowSeats,
    /// Show the open coordination gaps on the projector page, or hide them again.
    ToggleProjectorGaps,
    /// Open the inspector on the selected row.
    Inspect,
    /// Close the open overlay.
    Back,
    /// Next pane.
    NextPane,
    /// Previous pane.
    PrevPane,
    /// Go to a pane.
    Show(Pane),
    /// Select the row above.
    Up,
    /// Select the row below.
    Down,
    /// Select the first row.
    First,
    /// Select the last row.
    Last,
    /// Ask to quit.
    AskQuit,
    /// Quit (confirmed).
    Quit,
    /// A character typed into a prompt or form.
    Type(char),
    /// Erase the last character typed.
    Erase,
    /// Complete the focused field.
    Complete,
    /// Next form field.
    NextField,
    /// Previous form field.
    PrevField,
    /// Accept the prompt, palette choice or form.
    Confirm,
    /// Wall time passed: let the simulation catch up.
    Tick(Duration),
    /// Open the search line.
    Search,
    /// Select a row of a pane (a mouse click).
    Select(Pane, usize),
    /// Move on the replay timeline.
    Seek(Seek),
    /// The terminal is now this many columns by rows.
    Resize(u16, u16),
}
