//! The situation: totals, the BCP and site tables, sparklines (and the network when the
//! terminal is large).

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Row, StatefulWidget, Table, TableState, Widget};

use super::{clip, network, sparklines, theme};
use crate::console::action::Pane;
use crate::console::app::App;
use crate::scenario::LocationKind;
use crate::tr;

/// From this size on, the network is drawn beside the tables too.
const ROOMY: (u16, u16) = (160, 40);

/// The parts of the pane: totals, the crossings table, the sites table, the side column.
pub fn areas(app: &App, area: Rect) -> [Rect; 4] {
    let [totals, rest] = Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(area);
    let [tables, side] = Layout::horizontal([Constraint::Fill(3), Constraint::Fill(2)]).areas(rest);
    let bcp_height = app.bcp_rows().len() as u16 + 3;
    let [bcps, sites] =
        Layout::vertical([Constraint::Max(bcp_height), Constraint::Fill(1)]).areas(tables);
    [totals, bcps, sites, side]
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let [totals, bcps, sites, side] = areas(app, area);
    totals_line(app, totals, buf);
    let selected = app.selected(Pane::Situation);
    let bcp_count = app.bcp_rows().len();
    bcp_table(app, bcps, buf, (selected < bcp_count).then_some(selected));
    site_table(app, sites, buf, selected.checked_sub(bcp_count));
    if area.width >= ROOMY.0 && area.height >= ROOMY.1 {
        let [charts, graph] =
            Layout::vertical([Constraint::Length(12), Constraint::Fill(1)]).areas(side);
        sparklines::render(app, charts, buf);
        network::render(app, graph, buf);
    } else {
        sparklines::render(app, side, buf);
    }
}

/// Column headers of the crossings table (catalogue keys).
const BCP_HEADERS: [&str; 5] = [
    "situation-col-crossing",
    "situation-col-queue",
    "situation-col-busy",
    "situation-col-wait",
    "situation-col-per-hour",
];

/// Column headers of the sites table (catalogue keys).
const SITE_HEADERS: [&str; 4] = [
    "situation-col-site",
    "situation-col-occupancy",
    "situation-col-share",
    "situation-col-state",
];

fn headers(app: &App, keys: &[&str]) -> Row<'static> {
    Row::new(keys.iter().map(|k| tr!(app.lang(), k)).collect::<Vec<_>>()).style(theme::TITLE)
}

fn totals_line(app: &App, area: Rect, buf: &mut Buffer) {
    let t = &app.snapshot().totals;
    let departed: u64 = t.departed.values().sum();
    let outdoors_style = if t.outdoors > 0 {
        theme::BAD
    } else {
        theme::OK
    };
    let lang = app.lang();
    Line::from(vec![
        Span::raw(tr!(
            lang,
            "situation-totals",
            arrived = t.arrivals,
            in_country = t.in_system,
            left = departed
        )),
        Span::raw(tr!(lang, "situation-outdoors")),
        Span::styled(t.outdoors.to_string(), outdoors_style),
        Span::styled(
            tr!(lang, "situation-peak", peak = t.peak_outdoors),
            theme::DIM,
        ),
    ])
    .render(area, buf);
}

fn bcp_table(app: &App, area: Rect, buf: &mut Buffer, selected: Option<usize>) {
    let snapshot = app.snapshot();
    let rows = app.bcp_rows().iter().map(|&i| {
        let p = &snapshot.places[i];
        let limit = match &app.scenario().locations[i].kind {
            LocationKind::Bcp { queue_limit, .. } => queue_limit.map(f64::from),
            _ => None,
        };
        let queue_style = match limit {
            Some(limit) => theme::load(f64::from(p.queue), limit),
            None => theme::NORMAL,
        };
        let name = if p.open {
            p.name.clone()
        } else {
            tr!(app.lang(), "situation-closed-place", name = &p.name)
        };
        Row::new(vec![
            Span::raw(clip(&name, 40)),
            Span::styled(p.queue.to_string(), queue_style),
            Span::raw(format!("{}/{}", p.in_service, p.servers)),
            Span::raw(format!("{:.0}m", p.mean_wait_min)),
            Span::raw(app.throughput(i).to_string()),
        ])
    });
    let widths = [
        Constraint::Fill(1),
        Constraint::Length(6),
        Constraint::Length(7),
        Constraint::Length(6),
        Constraint::Length(5),
    ];
    let table = Table::new(rows, widths)
        .header(headers(app, &BCP_HEADERS))
        .row_highlight_style(theme::SELECTED)
        .block(
            Block::bordered()
                .title(tr!(app.lang(), "situation-crossings"))
                .title_bottom(
                    Line::from(Span::styled(
                        tr!(app.lang(), "situation-per-hour-means"),
                        theme::DIM,
                    ))
                    .right_aligned(),
                ),
        );
    let mut state = TableState::default().with_selected(selected);
    StatefulWidget::render(table, area, buf, &mut state);
}

fn site_table(app: &App, area: Rect, buf: &mut Buffer, selected: Option<usize>) {
    let snapshot = app.snapshot();
    let rows = app.site_rows().iter().map(|&i| {
        let p = &snapshot.places[i];
        let (used, cap) = match &app.scenario().locations[i].kind {
            LocationKind::Reception { .. } => (p.occupancy, p.capacity),
            LocationKind::Transit { capacity } | LocationKind::Hospital { beds: capacity } => {
                (p.occupancy, *capacity)
            }
            _ => (p.occupancy, 0),
        };
        let share = if cap > 0 {
            format!("{:.0}%", 100.0 * f64::from(used) / f64::from(cap))
        } else {
            "—".to_string()
        };
        let state = if p.open {
            Span::raw(tr!(app.lang(), "situation-open"))
        } else {
            Span::styled(tr!(app.lang(), "situation-closed"), theme::DIM)
        };
        Row::new(vec![
            Span::raw(clip(&p.name, 40)),
            Span::styled(
                format!("{used}/{cap}"),
                theme::load(f64::from(used), f64::from(cap)),
            ),
            Span::raw(share),
            state,
        ])
    });
    let widths = [
        Constraint::Fill(1),
        Constraint::Length(11),
        Constraint::Length(5),
        Constraint::Length(6),
    ];
    let t = &snapshot.totals;
    let title = Line::from(vec![
        Span::raw(tr!(app.lang(), "situation-sites")),
        Span::styled(
            t.outdoors.to_string(),
            if t.outdoors > 0 {
                theme::BAD
            } else {
                theme::OK
            },
        ),
        Span::raw(" "),
    ]);
    let table = Table::new(rows, widths)
        .header(headers(app, &SITE_HEADERS))
        .row_highlight_style(theme::SELECTED)
        .block(Block::bordered().title(title));
    let mut state = TableState::default().with_selected(selected);
    StatefulWidget::render(table, area, buf, &mut state);
}
