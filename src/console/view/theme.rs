//! Colours and emphasis, in one place so the console reads the same everywhere.

use ratatui::style::{Color, Modifier, Style};

/// Ordinary text.
pub const NORMAL: Style = Style::new();
/// Secondary text.
pub const DIM: Style = Style::new().fg(Color::DarkGray);
/// Titles and headings.
pub const TITLE: Style = Style::new().add_modifier(Modifier::BOLD);
/// The selected row or tab.
pub const SELECTED: Style = Style::new()
    .fg(Color::Black)
    .bg(Color::Cyan)
    .add_modifier(Modifier::BOLD);
/// Within limits.
pub const OK: Style = Style::new().fg(Color::Green);
/// Near a limit, or waiting for someone.
pub const WARN: Style = Style::new().fg(Color::Yellow);
/// Over a limit.
pub const BAD: Style = Style::new().fg(Color::Red).add_modifier(Modifier::BOLD);
/// The status line.
pub const STATUS: Style = Style::new().fg(Color::Cyan);

/// Style for a load (queue over its limit, beds over capacity): green, yellow from 75 %,
/// red from 100 %.
pub fn load(used: f64, limit: f64) -> Style {
    if limit <= 0.0 {
        if used > 0.0 { WARN } else { OK }
    } else if used >= limit {
        BAD
    } else if used >= 0.75 * limit {
        WARN
    } else {
        OK
    }
}
