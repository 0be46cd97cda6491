//! The search line and its matches, drawn over the top of the pane they jump in.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

use super::{clip, theme};
use crate::console::app::App;
use crate::console::search::Search;
use crate::tr;

/// Matches listed at most (the rest are counted).
const LISTED: usize = 8;

pub fn render(app: &App, found: &Search, area: Rect, buf: &mut Buffer) {
    let lang = app.lang();
    let hits = app.search_hits();
    let mut lines = vec![Line::from(vec![
        Span::raw("/ "),
        Span::styled(format!("{}▏", found.text), theme::TITLE),
    ])];
    if found.text.trim().is_empty() {
        lines.push(Line::from(Span::styled(
            tr!(lang, "search-prompt"),
            theme::DIM,
        )));
    } else if hits.is_empty() {
        lines.push(Line::from(Span::styled(
            tr!(lang, "search-nothing", text = found.text.as_str()),
            theme::WARN,
        )));
    }
    let width = area.width.saturating_sub(16) as usize;
    // Keep the chosen match in view when there are more than fit.
    let first = found.selected.saturating_sub(LISTED - 1);
    for (i, hit) in hits.iter().enumerate().skip(first).take(LISTED) {
        let style = if i == found.selected {
            theme::SELECTED
        } else {
            theme::NORMAL
        };
        lines.push(Line::from(vec![
            Span::styled(format!("{:>11} ", tr!(lang, hit.kind)), theme::DIM),
            Span::styled(clip(&hit.label, width), style),
        ]));
    }
    if hits.len() > LISTED {
        lines.push(Line::from(Span::styled(
            format!(
                "{:>11} {}",
                "",
                tr!(lang, "search-in-all", count = hits.len())
            ),
            theme::DIM,
        )));
    }
    let height = (lines.len() as u16 + 2).min(area.height);
    let [popup, _] =
        Layout::vertical([Constraint::Length(height), Constraint::Fill(1)]).areas(area);
    Clear.render(popup, buf);
    Paragraph::new(lines)
        .block(
            Block::bordered()
                .title(tr!(lang, "search-title"))
                .border_style(theme::STATUS),
        )
        .render(popup, buf);
}
