//! Coordination gaps: the static findings of the scenario, each openable to its evidence.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::widgets::{Block, Row, StatefulWidget, Table, TableState};

use super::theme;
use crate::console::action::Pane;
use crate::console::app::App;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    // Live gaps (decision latency, capacity, information, authority) join this list once
    // the engine reports them (coordination, issue 4); these are the scenario's own.
    let findings = app.findings();
    let rows = findings.iter().map(|f| {
        Row::new(vec![
            f.category.label().to_string(),
            f.function.clone().unwrap_or_default(),
            f.institutions.join(", "),
            f.summary.clone(),
        ])
    });
    let table = Table::new(
        rows,
        [
            Constraint::Length(22),
            Constraint::Length(18),
            Constraint::Length(16),
            Constraint::Fill(1),
        ],
    )
    .header(Row::new(["category", "function", "institutions", "finding"]).style(theme::TITLE))
    .row_highlight_style(theme::SELECTED)
    .block(Block::bordered().title(format!(
        " Gaps — {} found in the scenario (Enter: evidence) ",
        findings.len()
    )));
    let mut state = TableState::default().with_selected(Some(app.selected(Pane::Gaps)));
    StatefulWidget::render(table, area, buf, &mut state);
}
