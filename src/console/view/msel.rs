//! The MSEL timeline: every inject in time order, delivered, due or upcoming. A
//! state-triggered inject shows its condition instead of a time, and turns due when the
//! simulation finds the condition holds.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Span;
use ratatui::widgets::{Block, Cell, Row, StatefulWidget, Table, TableState};

use super::{clip, offset, theme};
use crate::console::action::Pane;
use crate::console::app::App;
use crate::schedule::Slot;
use crate::tr;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let scenario = app.scenario();
    let lang = app.lang();
    let now = app.now();
    let due_by_trigger = &app.snapshot().due_injects;
    // Room for a condition only when some inject has one.
    let triggered = scenario.msel.iter().any(|i| i.trigger.is_some());
    let retimed = scenario
        .msel
        .iter()
        .any(|i| matches!(app.slot(i.number), Slot::At(_)));
    let when_width = if triggered || retimed { 30 } else { 11 };
    let rows = app.msel_order().iter().map(|&i| {
        let inject = &scenario.msel[i];
        let fired = due_by_trigger.iter().find(|d| d.number == inject.number);
        let slot = app.slot(inject.number);
        let due_at = match slot {
            Slot::At(at) => at,
            Slot::AsPlanned | Slot::Held => inject.at,
        };
        let state = match (app.delivered().get(&inject.number), &inject.trigger, fired) {
            (Some(at), ..) => Span::styled(tr!(lang, "msel-sent", at = offset(*at)), theme::OK),
            (None, ..) if slot == Slot::Held => Span::styled(tr!(lang, "slot-held"), theme::WARN),
            (None, Some(_), Some(d)) => Span::styled(
                tr!(lang, "msel-due-since", at = offset(d.since)),
                theme::BAD,
            ),
            (None, Some(_), None) if inject.at <= now => {
                Span::styled(tr!(lang, "msel-watching"), theme::DIM)
            }
            (None, None, _) if due_at <= now => Span::styled(tr!(lang, "msel-due"), theme::BAD),
            _ => Span::styled(tr!(lang, "msel-upcoming"), theme::DIM),
        };
        let when = match &inject.trigger {
            // The time of a triggered inject is when watching starts: shown only when later
            // than the start.
            Some(trigger) if inject.at.millis() > 0 => {
                tr!(
                    lang,
                    "msel-when-from",
                    trigger = trigger.to_string(),
                    from = offset(inject.at)
                )
            }
            Some(trigger) => tr!(lang, "msel-when", trigger = trigger.to_string()),
            None if due_at != inject.at => tr!(
                lang,
                "msel-when-retimed",
                at = offset(due_at),
                planned = offset(inject.at)
            ),
            None => offset(inject.at),
        };
        Row::new(vec![
            Cell::from(format!("#{}", inject.number)),
            Cell::from(when),
            Cell::from(state),
            // Cut with a mark where the column is too narrow for every receiver.
            Cell::from(clip(&inject.to.join(", "), 16)),
            Cell::from(app.inject_text(inject.number).unwrap_or_default()),
        ])
    });
    let table = Table::new(
        rows,
        [
            Constraint::Length(4),
            Constraint::Length(when_width),
            Constraint::Length(16),
            Constraint::Length(16),
            Constraint::Fill(1),
        ],
    )
    .header(
        Row::new(
            [
                "msel-col-number",
                "msel-col-due",
                "msel-col-state",
                "msel-col-to",
                "msel-col-synopsis",
            ]
            .map(|k| tr!(lang, k)),
        )
        .style(theme::TITLE),
    )
    .row_highlight_style(theme::SELECTED)
    .block(
        Block::bordered()
            .title(tr!(lang, "msel-title"))
            .title_bottom(
                super::more_rows(
                    lang,
                    area,
                    Some(app.selected(Pane::Msel)),
                    app.msel_order().len(),
                )
                .unwrap_or_default(),
            ),
    );
    let mut state = TableState::default().with_selected(Some(app.selected(Pane::Msel)));
    StatefulWidget::render(table, area, buf, &mut state);
}
