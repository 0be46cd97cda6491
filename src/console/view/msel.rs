//! The MSEL timeline: every inject in time order, delivered, due or upcoming.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Span;
use ratatui::widgets::{Block, Cell, Row, StatefulWidget, Table, TableState};

use super::{offset, theme};
use crate::console::action::Pane;
use crate::console::app::App;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let scenario = app.scenario();
    let now = app.now();
    let rows = app.msel_order().iter().map(|&i| {
        let inject = &scenario.msel[i];
        let state = match app.delivered().get(&inject.number) {
            Some(at) => Span::styled(format!("sent {}", offset(*at)), theme::OK),
            None if inject.at <= now => Span::styled("DUE", theme::BAD),
            None => Span::styled("upcoming", theme::DIM),
        };
        Row::new(vec![
            Cell::from(format!("#{}", inject.number)),
            Cell::from(offset(inject.at)),
            Cell::from(state),
            Cell::from(inject.to.join(", ")),
            Cell::from(inject.synopsis.clone()),
        ])
    });
    let table = Table::new(
        rows,
        [
            Constraint::Length(4),
            Constraint::Length(11),
            Constraint::Length(16),
            Constraint::Length(16),
            Constraint::Fill(1),
        ],
    )
    .header(Row::new(["#", "due", "state", "to", "synopsis"]).style(theme::TITLE))
    .row_highlight_style(theme::SELECTED)
    .block(Block::bordered().title(" MSEL (d delivers the selected inject, Enter opens it) "));
    let mut state = TableState::default().with_selected(Some(app.selected(Pane::Msel)));
    StatefulWidget::render(table, area, buf, &mut state);
}
