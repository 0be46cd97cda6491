//! The route network as an SVG drawing: a box per place, coloured by its kind (entry points,
//! green border, crossings, registration, transit, reception, hospitals, exits) with its
//! capacity, and a line per link with its travel time and mode.
//!
//! The layout comes from the `layout-rs` crate (a layered graph layout in pure Rust, no
//! external program): places are ranked left to right along the links, the order within a
//! rank keeps crossings few, and each link's label gets a place of its own on its line.
//! The drawing itself is written here, so every place is one `<g class="place KIND">` with
//! its id, every link one `<g class="link walk|bus">`, every text escaped, and the same
//! scenario always gives the same drawing. Should the layout fail on some network, the
//! places are drawn in columns by stage instead. The drawing is well-formed XML, embeddable
//! in the HTML report.

use std::fmt::Write;
use std::panic::{AssertUnwindSafe, catch_unwind};

use layout::core::base::Orientation;
use layout::core::color::Color;
use layout::core::format::{ClipHandle, RenderBackend};
use layout::core::geometry::Point;
use layout::core::style::{LineStyleKind, StyleAttr};
use layout::std_shapes::shapes::{Arrow, Element, LineEndKind, ShapeKind};
use layout::topo::layout::VisualGraph;

use super::model::{LocationKind, Mode, Scenario};
use crate::i18n::Lang;
use crate::tr;

/// The font size of the drawing, and the rough width of one character at it.
const FONT: usize = 12;
const CHAR_W: f64 = 7.0;
/// Space above the network for the legend, and around the drawing.
const LEGEND_H: f64 = 40.0;
const MARGIN: f64 = 20.0;
/// The fallback's grid.
const COLUMN: f64 = 230.0;
const ROW: f64 = 90.0;

/// The stage of a kind of place (the fallback's column), its legend's catalogue key and its
/// class in the drawing.
fn kind_of(kind: &LocationKind) -> (usize, &'static str, &'static str) {
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

/// A place's box: its top-left corner and size.
#[derive(Debug, Clone, Copy, Default)]
struct Frame {
    x: f64,
    y: f64,
    w: f64,
    h: f64,
}

/// Where everything goes: a frame per place (in scenario order), a line per link (in
/// scenario order; `None` for a link whose ends are not places) and the link labels.
#[derive(Debug, Default)]
struct Placed {
    places: Vec<Frame>,
    links: Vec<Option<Vec<(Point, Point)>>>,
    /// A label's centre and text.
    labels: Vec<(Point, String)>,
}

/// One place's texts: its name and what it holds.
struct Label {
    name: String,
    detail: String,
}

impl Label {
    fn size(&self) -> Point {
        let chars = self.name.chars().count().max(self.detail.chars().count());
        Point::new(chars as f64 * CHAR_W + 20.0, 46.0)
    }
}

/// Collects what the layout draws: the boxes of places, the paths of links and the
/// positions of link labels. It draws nothing itself.
#[derive(Default)]
struct Collector {
    placed: Placed,
    /// Whether the last shape drawn was a place's box (its text follows, and is ours).
    after_box: bool,
}

/// The index a shape was tagged with: `p3` for the fourth place, `l0` for the first link.
fn tag(properties: Option<String>, prefix: char) -> Option<usize> {
    properties?.strip_prefix(prefix)?.parse().ok()
}

impl RenderBackend for Collector {
    fn draw_rect(
        &mut self,
        xy: Point,
        size: Point,
        _look: &StyleAttr,
        properties: Option<String>,
        _clip: Option<ClipHandle>,
    ) {
        self.after_box = false;
        if let Some(slot) = tag(properties, 'p').and_then(|i| self.placed.places.get_mut(i)) {
            *slot = Frame {
                x: xy.x,
                y: xy.y,
                w: size.x,
                h: size.y,
            };
            self.after_box = true;
        }
    }

    fn draw_line(&mut self, _: Point, _: Point, _: &StyleAttr, _: Option<String>) {}

    fn draw_circle(&mut self, _: Point, _: Point, _: &StyleAttr, _: Option<String>) {}

    fn draw_text(&mut self, xy: Point, text: &str, _look: &StyleAttr) {
        if std::mem::take(&mut self.after_box) {
            return;
        }
        self.placed.labels.push((xy, text.to_string()));
    }

    fn draw_arrow(
        &mut self,
        path: &[(Point, Point)],
        _dashed: bool,
        _head: (bool, bool),
        _look: &StyleAttr,
        properties: Option<String>,
        _text: &str,
    ) {
        self.after_box = false;
        if let Some(slot) = tag(properties, 'l').and_then(|i| self.placed.links.get_mut(i)) {
            *slot = Some(path.to_vec());
        }
    }

    fn create_clip(&mut self, _: Point, _: Point, _: usize) -> ClipHandle {
        0
    }
}

/// The link's label: its time and mode.
fn link_text(time: &str, mode: &Mode, lang: Lang) -> String {
    let mode = match mode {
        Mode::Walk => tr!(lang, "show-on-foot"),
        Mode::Bus(fleet) => tr!(lang, "show-by-bus", fleet = fleet.as_str()),
    };
    format!("{time} {mode}")
}

/// The layered layout of `layout-rs`; `None` when it cannot place this network.
fn layered(scenario: &Scenario, labels: &[Label], lang: Lang) -> Option<Placed> {
    if scenario.locations.is_empty() {
        return None;
    }
    let look = StyleAttr::new(Color::fast("black"), 1, None, 0, FONT);
    let run = || {
        let mut graph = VisualGraph::new(Orientation::LeftToRight);
        let nodes: Vec<_> = labels
            .iter()
            .enumerate()
            .map(|(i, label)| {
                let text = format!("{}\n{}", label.name, label.detail);
                graph.add_node(Element::create_with_properties(
                    ShapeKind::new_box(&text),
                    look.clone(),
                    Orientation::LeftToRight,
                    label.size(),
                    format!("p{i}"),
                ))
            })
            .collect();
        let at = |id: &str| scenario.locations.iter().position(|l| l.id == id);
        for (i, link) in scenario.links.iter().enumerate() {
            let (Some(a), Some(b)) = (at(&link.from), at(&link.to)) else {
                continue;
            };
            let mut arrow = Arrow::new(
                LineEndKind::None,
                LineEndKind::None,
                LineStyleKind::Normal,
                &link_text(&link.time.to_string(), &link.mode, lang),
                &look,
                &None,
                &None,
            );
            arrow.properties = Some(format!("l{i}"));
            graph.add_edge(arrow, nodes[a], nodes[b]);
        }
        let mut collector = Collector {
            placed: Placed {
                places: vec![Frame::default(); labels.len()],
                links: vec![None; scenario.links.len()],
                labels: Vec::new(),
            },
            after_box: false,
        };
        graph.do_it(false, false, false, &mut collector);
        collector.placed
    };
    let placed = catch_unwind(AssertUnwindSafe(run)).ok()?;
    let complete = placed.places.iter().all(|f| f.w > 0.0)
        && placed
            .labels
            .iter()
            .all(|(p, _)| p.x.is_finite() && p.y.is_finite());
    complete.then_some(placed)
}

/// The fallback: a column per stage, a row per place, straight links with their label in
/// the middle.
fn columns(scenario: &Scenario, labels: &[Label], lang: Lang) -> Placed {
    let mut rows = [0usize; 5];
    let places: Vec<Frame> = scenario
        .locations
        .iter()
        .zip(labels)
        .map(|(location, label)| {
            let (col, ..) = kind_of(&location.kind);
            let row = rows[col];
            rows[col] = row.saturating_add(1);
            let size = label.size();
            Frame {
                x: col as f64 * COLUMN,
                y: row as f64 * ROW,
                w: size.x.min(COLUMN - 30.0),
                h: size.y,
            }
        })
        .collect();
    let at = |id: &str| {
        scenario
            .locations
            .iter()
            .position(|l| l.id == id)
            .map(|i| places[i])
    };
    let mut placed = Placed {
        places: Vec::new(),
        links: Vec::new(),
        labels: Vec::new(),
    };
    for link in &scenario.links {
        let (Some(a), Some(b)) = (at(&link.from), at(&link.to)) else {
            placed.links.push(None);
            continue;
        };
        let (ax, bx) = if a.x <= b.x {
            (a.x + a.w, b.x)
        } else {
            (a.x, b.x + b.w)
        };
        let (from, to) = (
            Point::new(ax, a.y + a.h / 2.0),
            Point::new(bx, b.y + b.h / 2.0),
        );
        placed.links.push(Some(vec![(from, from), (to, to)]));
        let middle = Point::new((from.x + to.x) / 2.0, (from.y + to.y) / 2.0 - 8.0);
        placed
            .labels
            .push((middle, link_text(&link.time.to_string(), &link.mode, lang)));
    }
    placed.places = places;
    placed
}

/// An SVG path through the layout's points: the first pair is the start and its control
/// point, each further pair a point and the control point it is entered with.
fn path_data(path: &[(Point, Point)]) -> String {
    let mut d = String::new();
    match path {
        [] => {}
        [(start, _)] => {
            let _ = write!(d, "M {:.1} {:.1}", start.x, start.y);
        }
        [(start, c0), (c1, end), rest @ ..] => {
            let _ = write!(
                d,
                "M {:.1} {:.1} C {:.1} {:.1}, {:.1} {:.1}, {:.1} {:.1}",
                start.x, start.y, c0.x, c0.y, c1.x, c1.y, end.x, end.y
            );
            for (c, p) in rest {
                let _ = write!(d, " S {:.1} {:.1}, {:.1} {:.1}", c.x, c.y, p.x, p.y);
            }
        }
    }
    d
}

/// The scenario's route network as a standalone SVG document, its words in `lang`.
pub fn network_svg(scenario: &Scenario, lang: Lang) -> String {
    let labels: Vec<Label> = scenario
        .locations
        .iter()
        .map(|l| Label {
            name: l.label().to_string(),
            detail: capacity(&l.kind, lang),
        })
        .collect();
    let placed =
        layered(scenario, &labels, lang).unwrap_or_else(|| columns(scenario, &labels, lang));

    // The extent of everything drawn, to shift it into view below the legend.
    let (mut min, mut max) = (
        Point::new(f64::MAX, f64::MAX),
        Point::new(f64::MIN, f64::MIN),
    );
    let mut grow = |x: f64, y: f64| {
        min = Point::new(min.x.min(x), min.y.min(y));
        max = Point::new(max.x.max(x), max.y.max(y));
    };
    for f in &placed.places {
        grow(f.x, f.y);
        grow(f.x + f.w, f.y + f.h);
    }
    for (p, text) in &placed.labels {
        let half = text.chars().count() as f64 * CHAR_W / 2.0;
        grow(p.x - half, p.y - 10.0);
        grow(p.x + half, p.y + 10.0);
    }
    for path in placed.links.iter().flatten() {
        for (a, b) in path {
            grow(a.x, a.y);
            grow(b.x, b.y);
        }
    }
    if min.x > max.x {
        (min, max) = (Point::new(0.0, 0.0), Point::new(0.0, 0.0));
    }
    let (dx, dy) = (MARGIN - min.x, MARGIN + LEGEND_H - min.y);

    let mut nodes = String::new();
    for ((location, label), f) in scenario.locations.iter().zip(&labels).zip(&placed.places) {
        let (_, _, class) = kind_of(&location.kind);
        let (x, y, cx) = (f.x + dx, f.y + dy, f.x + dx + f.w / 2.0);
        let _ = write!(
            nodes,
            "<g class=\"place {class}\" id=\"place-{}\"><rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"{:.1}\" rx=\"6\"/><text x=\"{cx:.1}\" y=\"{:.1}\" class=\"name\">{}</text><text x=\"{cx:.1}\" y=\"{:.1}\" class=\"detail\">{}</text></g>",
            escape(&location.id),
            f.w,
            f.h,
            y + f.h / 2.0 - 4.0,
            escape(&label.name),
            y + f.h / 2.0 + 12.0,
            escape(&label.detail),
        );
    }
    let mut edges = String::new();
    for (link, path) in scenario.links.iter().zip(&placed.links) {
        let class = match link.mode {
            Mode::Walk => "walk",
            Mode::Bus(_) => "bus",
        };
        let shifted: Vec<(Point, Point)> = path
            .iter()
            .flatten()
            .map(|(a, b)| {
                (
                    Point::new(a.x + dx, a.y + dy),
                    Point::new(b.x + dx, b.y + dy),
                )
            })
            .collect();
        let _ = write!(
            edges,
            "<g class=\"link {class}\"><path d=\"{}\"/></g>",
            path_data(&shifted)
        );
    }
    let mut texts = String::new();
    for (p, text) in &placed.labels {
        let _ = write!(
            texts,
            "<text x=\"{:.1}\" y=\"{:.1}\">{}</text>",
            p.x + dx,
            p.y + dy + 4.0,
            escape(text)
        );
    }
    // The legend: a swatch per kind of place present, in the order of the stages.
    let mut kinds: Vec<(usize, &'static str, &'static str)> = Vec::new();
    for location in &scenario.locations {
        let kind = kind_of(&location.kind);
        if !kinds.contains(&kind) {
            kinds.push(kind);
        }
    }
    kinds.sort_by_key(|(stage, ..)| *stage);
    let mut legend = String::new();
    let mut x = MARGIN;
    for (_, key, class) in kinds {
        let name = tr!(lang, key);
        let _ = write!(
            legend,
            "<g class=\"legend {class}\"><rect x=\"{x:.1}\" y=\"{MARGIN:.1}\" width=\"14\" height=\"14\" rx=\"3\"/><text class=\"heading\" x=\"{:.1}\" y=\"{:.1}\">{}</text></g>",
            x + 20.0,
            MARGIN + 11.0,
            escape(&name),
        );
        x += 20.0 + name.chars().count() as f64 * CHAR_W + 24.0;
    }
    let width = (max.x - min.x + 2.0 * MARGIN).max(x).ceil();
    let height = (max.y - min.y + 2.0 * MARGIN + LEGEND_H).ceil();
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"network\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"sans-serif\" font-size=\"{FONT}\"><title>{}</title><style>.place rect,.legend rect{{fill:#f4f6f8;stroke:#345;stroke-width:1.5}}.entry rect,.green rect{{fill:#e8f1fb}}.bcp rect{{fill:#fdf0e0}}.registration rect{{fill:#eef7e8}}.transit rect{{fill:#fff6d5}}.reception rect,.hospital rect{{fill:#f3ecf8}}.exit rect{{fill:#eeeeee}}.place text{{text-anchor:middle}}.name{{font-weight:bold}}.detail{{fill:#445}}.link path{{stroke:#678;stroke-width:1.5;fill:none}}.link.bus path{{stroke-dasharray:6 3}}.labels text{{fill:#345;font-size:11px;text-anchor:middle;paint-order:stroke;stroke:#fff;stroke-width:3px}}.heading{{font-weight:bold;fill:#234}}</style>{legend}<g class=\"links\">{edges}</g><g class=\"labels\">{texts}</g>{nodes}</svg>\n",
        escape(&scenario.exercise.name),
    )
}
