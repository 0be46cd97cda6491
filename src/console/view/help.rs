//! The help screen: every key, from the same tables the keymap uses.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

use super::theme;
use crate::console::keymap::{
    Binding, FORM, LANGUAGE, MAIN, MISTAKES, MOUSE, PALETTE, PROMPTS, REPLAY, SCHEDULE, SEARCH,
    SEATS, TIMER,
};
use crate::i18n::Lang;
use crate::tr;

/// Draws the key list scrolled down by `scroll` lines (as far as there is more to show).
pub fn render(scroll: u16, lang: Lang, area: Rect, buf: &mut Buffer) {
    let section = |title: &str, keys: &[(&str, &str)]| section(lang, title, keys);
    let mut keys = section("help-main", &listed(MAIN));
    keys.extend(section("help-replay", &listed(REPLAY)));
    let mut others = section("help-search", SEARCH);
    others.extend(section("help-mouse", MOUSE));
    others.extend(section("help-palette", PALETTE));
    others.extend(section("help-form", FORM));
    others.extend(section("help-prompts", PROMPTS));
    others.extend(section("help-language", &listed(LANGUAGE)));
    others.extend(section("help-seats", &listed(SEATS)));
    others.extend(section("help-timer", &listed(TIMER)));
    others.extend(section("help-mistakes", &listed(MISTAKES)));
    others.extend(section("help-schedule", &listed(SCHEDULE)));
    let longest = keys.len().max(others.len()) as u16;
    let height = area.height.saturating_sub(2);
    let scroll = scroll.min(longest.saturating_sub(height));
    let more = if scroll + height < longest {
        tr!(lang, "help-more-below")
    } else if scroll > 0 {
        tr!(lang, "help-more-above")
    } else {
        String::new()
    };
    Clear.render(area, buf);
    let block = Block::bordered().title(tr!(lang, "help-title", more = more));
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

/// A titled list of keys; titles and descriptions are catalogue keys, and so are key names
/// that start with `keyname-` (words such as "letters").
fn section(lang: Lang, title: &str, keys: &[(&str, &str)]) -> Vec<Line<'static>> {
    let mut out = vec![Line::from(Span::styled(tr!(lang, title), theme::TITLE))];
    out.extend(keys.iter().map(|(k, what)| {
        let k = crate::console::keymap::key_name(lang, k);
        Line::from(vec![
            Span::styled(format!("{k:>11} "), theme::STATUS),
            Span::raw(tr!(lang, what)),
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
