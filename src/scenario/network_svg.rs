//! The route network as an SVG drawing: places in columns by stage (entry points, green
//! border, crossings, registration, transit, reception, hospitals, exits), each box with its
//! kind and capacity, links drawn between them with their travel time and mode.
//!
//! The layout is the route's own order: people move left to right through the stages, so a
//! column per stage and a row per place keeps every drawing readable without a general
//! graph-layout engine; the same scenario always gives the same drawing. Every text is
//! escaped. The drawing is well-formed XML, embeddable in the HTML report.

use std::fmt::Write;

use super::model::{LocationKind, Mode, Scenario};
use crate::i18n::Lang;
use crate::tr;

const COLUMN: i64 = 230;
const ROW: i64 = 90;
const BOX_W: i64 = 180;
const BOX_H: i64 = 52;
const MARGIN: i64 = 30;
const TOP: i64 = 50;

/// The column of a kind of place, and its heading's catalogue key.
fn column(kind: &LocationKind) -> (i64, &'static str, &'static str) {
    match kind {
        LocationKind::Entry { .. } => (0, "show-entry-points", "entry"),
        LocationKind::GreenBorder { .. } => (1, "show-green-border", "green"),
        LocationKind::Bcp { .. } => (1, "show-bcps", "bcp"),
        LocationKind::Registration { .. } => (2, "show-registration-points", "registration"),
        LocationKind::Transit { .. } => (3, "show-transit-points", "transit"),
        LocationKind::Reception { .. } => (3, "show-reception-sites", "reception"),
        LocationKind::Hospital { .. } => (3, "show-hospitals", "hospital"),
        LocationKind::Exit { .. } => (4, "show-exits", "exit"),
    }
}

/// What a place holds, in a few words.
fn capacity(kind: &LocationKind, lang: Lang) -> String {
    match kind {
        LocationKind::Entry { country } | LocationKind::Exit { country, .. } => country.clone(),
        LocationKind::GreenBorder { country, .. } => country.clone(),
        LocationKind::Bcp { lanes, .. } => tr!(lang, "network-lanes", count = *lanes),
        LocationKind::Registration { desks, .. } => tr!(lang, "network-desks", count = *desks),
        LocationKind::Transit { capacity } => tr!(lang, "network-holds", count = *capacity),
        LocationKind::Reception {
            capacity,
            surge_capacity,
            ..
        } => tr!(
            lang,
            "network-beds",
            count = *capacity,
            surge = *surge_capacity
        ),
        LocationKind::Hospital { beds } => tr!(lang, "network-beds", count = *beds, surge = 0u32),
    }
}

/// Text escaped for XML.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if c.is_control() && c != '\n' && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// The scenario's route network as a standalone SVG document, its words in `lang`.
#[allow(
    clippy::arithmetic_side_effects,
    reason = "coordinates of a few hundred places stay far below i64::MAX"
)]
pub fn network_svg(scenario: &Scenario, lang: Lang) -> String {
    let mut rows = [0i64; 5];
    let mut positions: Vec<(String, i64, i64)> = Vec::new();
    let mut nodes = String::new();
    for location in &scenario.locations {
        let (col, _, class) = column(&location.kind);
        let slot = usize::try_from(col).unwrap_or(0);
        let x = MARGIN + col * COLUMN;
        let y = TOP + rows[slot] * ROW;
        rows[slot] += 1;
        positions.push((location.id.clone(), x, y));
        let _ = write!(
            nodes,
            "<g class=\"place {class}\" id=\"place-{}\"><rect x=\"{x}\" y=\"{y}\" width=\"{BOX_W}\" height=\"{BOX_H}\" rx=\"6\"/><text x=\"{}\" y=\"{}\" class=\"name\">{}</text><text x=\"{}\" y=\"{}\" class=\"detail\">{}</text></g>",
            escape(&location.id),
            x + 8,
            y + 21,
            escape(location.label()),
            x + 8,
            y + 41,
            escape(&capacity(&location.kind, lang)),
        );
    }
    let at = |id: &str| {
        positions
            .iter()
            .find(|(p, ..)| p == id)
            .map(|(_, x, y)| (*x, *y))
    };
    let mut edges = String::new();
    for link in &scenario.links {
        let (Some((x1, y1)), Some((x2, y2))) = (at(&link.from), at(&link.to)) else {
            continue;
        };
        let (ax, bx) = if x1 <= x2 {
            (x1 + BOX_W, x2)
        } else {
            (x1, x2 + BOX_W)
        };
        let (ay, by) = (y1 + BOX_H / 2, y2 + BOX_H / 2);
        let mode = match &link.mode {
            Mode::Walk => tr!(lang, "show-on-foot"),
            Mode::Bus(fleet) => tr!(lang, "show-by-bus", fleet = fleet.as_str()),
        };
        let class = match link.mode {
            Mode::Walk => "walk",
            Mode::Bus(_) => "bus",
        };
        let _ = write!(
            edges,
            "<g class=\"link {class}\"><line x1=\"{ax}\" y1=\"{ay}\" x2=\"{bx}\" y2=\"{by}\"/><text x=\"{}\" y=\"{}\">{}</text></g>",
            (ax + bx) / 2,
            (ay + by) / 2 - 4,
            escape(&format!("{} {mode}", link.time)),
        );
    }
    let mut headings = String::new();
    let mut seen: Vec<&str> = Vec::new();
    for location in &scenario.locations {
        let (col, key, _) = column(&location.kind);
        if seen.contains(&key) {
            continue;
        }
        let stacked = seen.iter().filter(|k| column_of_key(k) == col).count();
        seen.push(key);
        let _ = write!(
            headings,
            "<text class=\"heading\" x=\"{}\" y=\"{}\">{}</text>",
            MARGIN + col * COLUMN,
            18 + i64::try_from(stacked).unwrap_or(0) * 14,
            escape(&tr!(lang, key)),
        );
    }
    let width = MARGIN * 2 + 4 * COLUMN + BOX_W;
    let height = TOP + rows.iter().copied().max().unwrap_or(1).max(1) * ROW + MARGIN;
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"network\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"sans-serif\" font-size=\"12\"><title>{}</title><style>.place rect{{fill:#f4f6f8;stroke:#345;stroke-width:1.5}}.entry rect,.green rect{{fill:#e8f1fb}}.bcp rect{{fill:#fdf0e0}}.registration rect{{fill:#eef7e8}}.reception rect,.transit rect,.hospital rect{{fill:#f3ecf8}}.exit rect{{fill:#eeeeee}}.name{{font-weight:bold}}.detail{{fill:#445}}.link line{{stroke:#678;stroke-width:1.5}}.link.bus line{{stroke-dasharray:6 3}}.link text{{fill:#345;font-size:11px}}.heading{{font-weight:bold;fill:#234}}</style>{headings}{edges}{nodes}</svg>\n",
        escape(&scenario.exercise.name),
    )
}

/// The column of a heading's key.
fn column_of_key(key: &str) -> i64 {
    match key {
        "show-entry-points" => 0,
        "show-green-border" | "show-bcps" => 1,
        "show-registration-points" => 2,
        "show-exits" => 4,
        _ => 3,
    }
}
