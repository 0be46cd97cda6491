//! The Seats view (`S`): where each seat is served, its join code, whether a page is open on
//! it, and what it did last; the projector and the evaluators' code below.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};

use super::{clip, theme};
use crate::console::app::App;
use crate::tr;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let lang = app.lang();
    let title = format!(" {} ", tr!(lang, "seats-view-title"));
    let lines = match app.seats() {
        None => vec![Line::from(Span::styled(
            tr!(lang, "seats-view-off"),
            theme::WARN,
        ))],
        Some(desk) => {
            let setup = desk.setup();
            let width = usize::from(area.width.saturating_sub(2));
            let mut lines = vec![
                Line::from(Span::styled(
                    tr!(lang, "seats-view-address", url = desk.url()),
                    theme::TITLE,
                )),
                Line::from(Span::styled(
                    format!(
                        "{:<14} {:<10} {:>5}  {}",
                        "",
                        tr!(lang, "seats-view-code"),
                        tr!(lang, "seats-view-open"),
                        tr!(lang, "seats-view-last")
                    ),
                    theme::DIM,
                )),
            ];
            for status in desk.status() {
                let code = setup.codes.seats.get(&status.id).map_or("", String::as_str);
                let style = if status.watching > 0 {
                    theme::OK
                } else {
                    theme::NORMAL
                };
                let mark = if status.watching > 0 { "●" } else { "○" };
                let row = format!(
                    "{:<14} {:<10} {mark}{:>4}  {}",
                    clip(&status.id, 14),
                    code,
                    status.watching,
                    status.last.as_deref().unwrap_or("—")
                );
                lines.push(Line::from(Span::styled(clip(&row, width), style)));
            }
            lines.push(Line::from(""));
            lines.push(Line::from(format!(
                "{}/seat/<{}>   {}/projector   {}/evaluator",
                desk.url(),
                tr!(lang, "seats-view-seat-id"),
                desk.url(),
                desk.url()
            )));
            lines.push(Line::from(tr!(
                lang,
                "seats-view-projector",
                count = desk.projectors()
            )));
            lines.push(Line::from(tr!(
                lang,
                if desk.projector_gaps() {
                    "seats-view-projector-gaps-on"
                } else {
                    "seats-view-projector-gaps-off"
                }
            )));
            lines.push(Line::from(format!(
                "{}: {}",
                tr!(lang, "seats-view-evaluator"),
                setup.codes.evaluator
            )));
            lines.push(Line::from(Span::styled(
                tr!(lang, "seats-view-refused", count = desk.refused()),
                if desk.refused() > 0 {
                    theme::WARN
                } else {
                    theme::DIM
                },
            )));
            lines
        }
    };
    Clear.render(area, buf);
    let block = Block::bordered().title(title);
    let inner = block.inner(area);
    block.render(area, buf);
    // The index page's address as a QR code for phones, beside the table when it fits:
    // black on white whatever the terminal's colours, so a camera reads it.
    let qr = app.seats().map_or(&[][..], |d| d.qr());
    let qr_width = qr.first().map_or(0, |l| l.chars().count()) as u16;
    let fits = qr_width > 0 && inner.width >= qr_width + 60 && inner.height >= qr.len() as u16;
    let table = if fits {
        let [table, code] = Layout::horizontal([Constraint::Fill(1), Constraint::Length(qr_width)])
            .spacing(1)
            .areas(inner);
        let style = Style::new().fg(Color::Black).bg(Color::White);
        Paragraph::new(
            qr.iter()
                .map(|l| Line::from(Span::styled(l.clone(), style)))
                .collect::<Vec<_>>(),
        )
        .render(code, buf);
        table
    } else {
        inner
    };
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .render(table, buf);
}
