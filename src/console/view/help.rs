//! The help screen: every key, from the same tables the keymap uses.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

use super::theme;
use crate::console::keymap::{Binding, FORM, MAIN, MOUSE, PALETTE, PROMPTS, REPLAY, SEARCH};

/// Draws the key list scrolled down by `scroll` lines (as far as there is more to show).
pub fn render(scroll: u16, area: Rect, buf: &mut Buffer) {
    let mut keys = section("Main screen", &listed(MAIN));
    keys.extend(section("Replay (console --replay)", &listed(REPLAY)));
    let mut others = section("Search (/)", SEARCH);
    others.extend(section("Mouse", MOUSE));
    others.extend(section("Command palette (:)", PALETTE));
    others.extend(section("Command form", FORM));
    others.extend(section("Prompts, help, inspector, quit", PROMPTS));
    let longest = keys.len().max(others.len()) as u16;
    let height = area.height.saturating_sub(2);
    let scroll = scroll.min(longest.saturating_sub(height));
    let more = if scroll + height < longest {
        " ↓ more"
    } else if scroll > 0 {
        " ↑ above"
    } else {
        ""
    };
    Clear.render(area, buf);
    let block = Block::bordered().title(format!(" Keys (↑↓ scroll, Esc closes){more} "));
    let inner = block.inner(area);
    block.render(area, buf);
    let [left, right] = Layout::horizontal([Constraint::Fill(1), Constraint::Fill(1)])
        .spacing(1)
        .areas(inner);
    Paragraph::new(keys).scroll((scroll, 0)).render(left, buf);
    Paragraph::new(others)
        .scroll((scroll, 0))
        .render(right, buf);
}

fn section(title: &str, keys: &[(&str, &str)]) -> Vec<Line<'static>> {
    let mut out = vec![Line::from(Span::styled(title.to_string(), theme::TITLE))];
    out.extend(keys.iter().map(|(k, what)| {
        Line::from(vec![
            Span::styled(format!("{k:>11} "), theme::STATUS),
            Span::raw(what.to_string()),
        ])
    }));
    out
}

/// A table's entries as the help lists them (a second key of a pair is listed with the first).
fn listed(table: &[Binding]) -> Vec<(&'static str, &'static str)> {
    table
        .iter()
        .filter(|b| !b.keys.is_empty())
        .map(|b| (b.keys, b.what))
        .collect()
}
