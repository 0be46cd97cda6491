//! The replay timeline: where the recording stands, its commands as marks on a bar.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::theme;
use crate::console::app::App;
use crate::console::timeline::{Landmark, Timeline};
use crate::i18n::Localized;
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
        here(app, recording),
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
        bar[column(command.at.millis())] = ('◇', theme::WARN);
    }
    // Landmarks over commands; observations, which people made, over gaps.
    for landmark in recording.landmarks() {
        let style = match landmark.what {
            Landmark::GapOpened(_) => theme::BAD,
            Landmark::Delivered(_) => theme::WARN,
            Landmark::Observation(_) => theme::OK,
        };
        let cell = &mut bar[column(landmark.at.millis())];
        let rank = |c: char| "◇◆▲●".find(c);
        if rank(landmark.what.symbol()) >= rank(cell.0) {
            *cell = (landmark.what.symbol(), style);
        }
    }
    bar[column(now.millis())] = ('█', theme::STATUS);
    let second = Line::from(
        bar.into_iter()
            .map(|(c, style)| Span::styled(c.to_string(), style))
            .collect::<Vec<_>>(),
    );
    Paragraph::new(vec![first, second]).render(area, buf);
}

/// What stands at the cursor: the landmarks at this very time, else the last command
/// applied, else the keys that move.
fn here<'a>(app: &App, recording: &Timeline) -> Span<'a> {
    let lang = app.lang();
    let landmarks: Vec<String> = recording
        .landmarks_here()
        .map(|l| {
            let what = match &l.what {
                Landmark::GapOpened(id) => tr!(
                    lang,
                    "replay-here-gap",
                    id = *id,
                    summary = app
                        .gap(*id)
                        .map(|g| g.summary.localized(lang))
                        .unwrap_or_default()
                ),
                Landmark::Delivered(number) => tr!(
                    lang,
                    "replay-here-delivered",
                    number = *number,
                    synopsis = app
                        .scenario()
                        .msel
                        .iter()
                        .find(|i| i.number == *number)
                        .map(|i| i.synopsis.clone())
                        .unwrap_or_default()
                ),
                Landmark::Observation(o) => {
                    tr!(lang, "replay-here-observation", text = o.text.clone())
                }
            };
            format!("{} {what}", l.what.symbol())
        })
        .collect();
    if !landmarks.is_empty() {
        return Span::styled(landmarks.join(" · "), theme::STATUS);
    }
    match recording.last_applied() {
        Some((command, applied)) => Span::raw(tr!(
            lang,
            if applied {
                "replay-here-command"
            } else {
                "replay-here-refused"
            },
            at = command.at.t_plus(),
            command = command.command.text().localized(lang)
        )),
        None => Span::styled(tr!(lang, "replay-keys"), theme::DIM),
    }
}
