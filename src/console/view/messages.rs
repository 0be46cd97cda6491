//! The message log: every message the status line gave, newest first, wrapped to the width,
//! so a message the footer had to cut is read whole.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};

use super::{offset, theme};
use crate::console::app::App;
use crate::tr;

pub fn render(app: &App, scroll: u16, area: Rect, buf: &mut Buffer) {
    let lang = app.lang();
    let lines: Vec<Line<'static>> = app
        .messages()
        .into_iter()
        .rev()
        .skip(usize::from(scroll))
        .map(|(at, text)| {
            Line::from(vec![
                Span::styled(format!("{} ", offset(at)), theme::DIM),
                Span::raw(text),
            ])
        })
        .collect();
    Clear.render(area, buf);
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .block(
            Block::bordered()
                .title(format!(" {} ", tr!(lang, "overlay-messages")))
                .border_style(theme::STATUS),
        )
        .render(area, buf);
}
