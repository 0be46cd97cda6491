//! The route network: places in columns by stage (entry, crossing, registration, stay,
//! exit), links as lines, each place coloured by its load.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Color;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::canvas::{Canvas, Line as Segment};
use ratatui::widgets::{Block, Widget};

use super::{clip, theme};
use crate::console::action::Pane;
use crate::console::app::App;
use crate::scenario::{LocationKind, Scenario};
use crate::tr;
use crate::view::PlaceView;

const COLUMNS: usize = 5;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let scenario = app.scenario();
    let places = &app.snapshot().places;
    let at = positions(scenario);
    let label_width = (area.width.saturating_sub(2) as usize / COLUMNS).saturating_sub(1);
    let selected = (app.pane() == Pane::Network).then(|| app.selected(Pane::Network));
    let index = |id: &str| scenario.locations.iter().position(|l| l.id == id);
    Canvas::default()
        .block(Block::bordered().title(tr!(app.lang(), "network-title")))
        .marker(Marker::Braille)
        .x_bounds([0.0, 100.0])
        .y_bounds([0.0, 100.0])
        .paint(|ctx| {
            for link in &scenario.links {
                if let (Some(a), Some(b)) = (index(&link.from), index(&link.to)) {
                    let ((x1, y1), (x2, y2)) = (at[a], at[b]);
                    ctx.draw(&Segment::new(x1, y1, x2, y2, Color::DarkGray));
                }
            }
            ctx.layer();
            for (i, (loc, place)) in scenario.locations.iter().zip(places).enumerate() {
                let (x, y) = at[i];
                let (figure, style) = figure(&loc.kind, place);
                let style = if selected == Some(i) {
                    theme::SELECTED
                } else {
                    style
                };
                let name = clip(&loc.id, label_width.saturating_sub(figure.len() + 1).max(3));
                ctx.print(
                    x,
                    y,
                    Line::from(vec![Span::styled(name, style), Span::styled(figure, style)]),
                );
            }
        })
        .render(area, buf);
}

/// The number shown beside a place and its colour.
fn figure(kind: &LocationKind, p: &PlaceView) -> (String, ratatui::style::Style) {
    if !p.open {
        return (" ×".to_string(), theme::DIM);
    }
    let (text, (style, mark)) = match kind {
        LocationKind::Bcp { queue_limit, .. } => (
            format!(" {}", p.queue),
            theme::load(f64::from(p.queue), queue_limit.map_or(0.0, f64::from)),
        ),
        LocationKind::Registration { .. } => (
            format!(" {}", p.queue),
            theme::load(f64::from(p.queue), 0.0),
        ),
        LocationKind::Reception { .. } => (
            format!(" {}/{}", p.occupancy, p.capacity),
            theme::load(f64::from(p.occupancy), f64::from(p.capacity)),
        ),
        _ => return (String::new(), theme::NORMAL),
    };
    (format!("{text}{mark}"), style)
}

/// Where each place sits on a 100×100 canvas: its stage picks the column, its order within
/// the stage the row (top to bottom).
fn positions(scenario: &Scenario) -> Vec<(f64, f64)> {
    let column = |kind: &LocationKind| match kind {
        LocationKind::Entry { .. } | LocationKind::GreenBorder { .. } => 0,
        LocationKind::Bcp { .. } => 1,
        LocationKind::Registration { .. } => 2,
        LocationKind::Exit { .. } => 4,
        _ => 3,
    };
    let columns: Vec<usize> = scenario.locations.iter().map(|l| column(&l.kind)).collect();
    let mut counts = [0usize; COLUMNS];
    columns.iter().for_each(|&c| counts[c] += 1);
    let mut seen = [0usize; COLUMNS];
    columns
        .iter()
        .map(|&c| {
            let row = seen[c];
            seen[c] += 1;
            let x = c as f64 * 100.0 / COLUMNS as f64;
            let y = 100.0 - (row as f64 + 0.5) * 100.0 / counts[c] as f64;
            (x, y)
        })
        .collect()
}
