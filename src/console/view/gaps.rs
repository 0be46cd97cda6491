//! Coordination gaps as the exercise records them, newest first: the live ones and the
//! scenario's own findings (opened at T+0), each openable to its evidence.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::Span;
use ratatui::widgets::{Block, Cell, Row, StatefulWidget, Table, TableState};

use super::{offset, theme};
use crate::console::action::Pane;
use crate::console::app::App;
use crate::i18n::{Lang, Localized};
use crate::time::SimTime;
use crate::tr;
use crate::view::{Gap, Severity};

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let gaps = &app.snapshot().gaps;
    let open = gaps.iter().filter(|g| g.is_open()).count();
    // Below this width institutions and place share the last column with the summary.
    let wide = area.width >= 140;
    let lang = app.lang();
    let rows = gaps.iter().rev().map(|g| row(lang, g, wide));
    let (widths, header): (Vec<Constraint>, Vec<&str>) = if wide {
        (
            vec![
                Constraint::Length(4),
                Constraint::Length(22),
                Constraint::Length(11),
                Constraint::Length(17),
                Constraint::Length(7),
                Constraint::Length(18),
                Constraint::Length(14),
                Constraint::Fill(1),
            ],
            vec![
                "gaps-col-number",
                "gaps-col-category",
                "gaps-col-opened",
                "gaps-col-state",
                "gaps-col-severity",
                "gaps-col-institutions",
                "gaps-col-place",
                "gaps-col-gap",
            ],
        )
    } else {
        (
            vec![
                Constraint::Length(3),
                Constraint::Length(20),
                Constraint::Length(10),
                Constraint::Length(6),
                Constraint::Length(6),
                Constraint::Fill(1),
            ],
            vec![
                "gaps-col-number",
                "gaps-col-category",
                "gaps-col-opened",
                "gaps-col-state",
                "gaps-col-severity",
                "gaps-col-who-where",
            ],
        )
    };
    let table = Table::new(rows, widths)
        .header(
            Row::new(header.into_iter().map(|k| tr!(lang, k)).collect::<Vec<_>>())
                .style(theme::TITLE),
        )
        .row_highlight_style(theme::SELECTED)
        .block(
            Block::bordered()
                .title(tr!(lang, "gaps-title", open = open, total = gaps.len()))
                .title_bottom(
                    super::more_rows(lang, area, Some(app.selected(Pane::Gaps)), gaps.len())
                        .unwrap_or_default(),
                ),
        );
    let mut state = TableState::default().with_selected(Some(app.selected(Pane::Gaps)));
    StatefulWidget::render(table, area, buf, &mut state);
}

fn row(lang: Lang, g: &Gap, wide: bool) -> Row<'static> {
    let state = match (g.closed_ms, wide) {
        (None, _) => Span::styled(tr!(lang, "gaps-open"), theme::BAD),
        (Some(t), true) => Span::styled(
            tr!(lang, "gaps-closed-at", at = offset(SimTime(t))),
            theme::DIM,
        ),
        (Some(_), false) => Span::styled(tr!(lang, "gaps-closed"), theme::DIM),
    };
    let mut cells = vec![
        Cell::from(g.id.to_string()),
        Cell::from(g.category.localized(lang)),
        Cell::from(offset(SimTime(g.opened_ms))),
        Cell::from(state),
        Cell::from(Span::styled(g.severity.localized(lang), severity_style(g))),
    ];
    let place = g.place.clone().unwrap_or_default();
    if wide {
        cells.push(Cell::from(g.institutions.join(", ")));
        cells.push(Cell::from(place));
        cells.push(Cell::from(g.summary.localized(lang)));
    } else {
        let who_where: Vec<String> = [g.institutions.join(", "), place]
            .into_iter()
            .filter(|s| !s.is_empty())
            .chain([g.summary.localized(lang)])
            .collect();
        cells.push(Cell::from(who_where.join(" · ")));
    }
    Row::new(cells)
}

fn severity_style(g: &Gap) -> Style {
    match (g.is_open(), g.severity) {
        (false, _) => theme::DIM,
        (true, Severity::High) => theme::BAD,
        (true, Severity::Medium) => theme::WARN,
        (true, Severity::Low) => theme::NORMAL,
    }
}
