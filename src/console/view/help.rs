//! The help screen: every key, from the same tables the keymap uses.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

use super::theme;
use crate::console::keymap::{FORM, MAIN, PALETTE, PROMPTS};

pub fn render(area: Rect, buf: &mut Buffer) {
    Clear.render(area, buf);
    let block = Block::bordered().title(" Keys (Esc closes) ");
    let inner = block.inner(area);
    block.render(area, buf);
    let [left, right] = Layout::horizontal([Constraint::Fill(1), Constraint::Fill(1)])
        .spacing(1)
        .areas(inner);
    let main: Vec<(&str, &str)> = MAIN.iter().map(|b| (b.keys, b.what)).collect();
    Paragraph::new(section("Main screen", &main)).render(left, buf);
    let mut others = section("Command palette (:)", PALETTE);
    others.extend(section("Command form", FORM));
    others.extend(section("Prompts, inspector, quit", PROMPTS));
    Paragraph::new(others).render(right, buf);
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
