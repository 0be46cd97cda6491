//! The replay timeline: where the recording stands, its commands as marks on a bar.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::theme;
use crate::console::app::App;
use crate::console::timeline::Timeline;
use crate::tr;

pub fn render(app: &App, recording: &Timeline, area: Rect, buf: &mut Buffer) {
    let end = recording.end();
    let total = recording.commands().count();
    let applied = recording.applied_commands().count();
    // The header above shows the time and the end; this line says where in the journal.
    let first = Line::from(vec![
        Span::styled(tr!(app.lang(), "replay-read-only"), theme::BAD),
        Span::raw(tr!(
            app.lang(),
            "replay-command-of",
            applied = applied,
            total = total
        )),
        Span::styled(tr!(app.lang(), "replay-keys"), theme::DIM),
    ]);
    let now = app.now();
    let width = area.width.max(1) as usize;
    // Column of simulated time `ms` on the bar.
    let column = |ms: i64| -> usize {
        if end.millis() <= 0 {
            0
        } else {
            let share = ms.clamp(0, end.millis()) as f64 / end.millis() as f64;
            ((share * (width - 1) as f64).round() as usize).min(width - 1)
        }
    };
    let mut bar: Vec<(char, ratatui::style::Style)> = vec![('─', theme::DIM); width];
    for (_, command) in recording.commands() {
        bar[column(command.at.millis())] = ('◆', theme::WARN);
    }
    bar[column(now.millis())] = ('█', theme::STATUS);
    let second = Line::from(
        bar.into_iter()
            .map(|(c, style)| Span::styled(c.to_string(), style))
            .collect::<Vec<_>>(),
    );
    Paragraph::new(vec![first, second]).render(area, buf);
}
