//! The projector's charts as inline SVG, drawn here from the published curves: no script,
//! no chart library, nothing fetched. Every text in them is escaped like the rest of a page.

use std::fmt::Write as _;

use maud::{Markup, html};

use crate::console::seats::Curve;
use crate::time::SimTime;

/// The drawing's size in SVG units; the page scales it to its box.
const WIDTH: f64 = 480.0;
const HEIGHT: f64 = 240.0;
/// Room for the value labels on the left and the time labels below.
const LEFT: f64 = 64.0;
const RIGHT: f64 = 12.0;
const TOP: f64 = 14.0;
const BOTTOM: f64 = 34.0;
/// The shortest time axis: an hour, so the first minutes do not fill the width.
const MIN_SPAN_MS: i64 = 3_600_000;

/// The smallest round number (1, 2 or 5 times a power of ten) at or above `value`, and at
/// least 1.
fn round_up(value: u64) -> u64 {
    let mut step = 1u64;
    loop {
        for m in [1u64, 2, 5] {
            let candidate = step.saturating_mul(m);
            if candidate >= value || candidate == u64::MAX {
                return candidate.max(1);
            }
        }
        step = step.saturating_mul(10);
    }
}

/// The points of `curve` as an SVG `points` list in a plot of `span` ms by `top` people.
fn points(curve: &Curve, span: i64, top: u64) -> String {
    let width = WIDTH - LEFT - RIGHT;
    let height = HEIGHT - TOP - BOTTOM;
    let mut out = String::new();
    for (t, v) in &curve.points {
        let x = LEFT + width * (*t as f64 / span as f64);
        let y = TOP + height * (1.0 - *v as f64 / top as f64);
        let _ = write!(out, "{x:.1},{y:.1} ");
    }
    out.trim_end().to_string()
}

/// A line chart of `curves` over simulated time from T+0, titled `title`, with a legend
/// (each curve as `named` names it) when it has more than one line.
pub(super) fn line_chart(
    title: &str,
    curves: &[Curve],
    named: impl Fn(&Curve) -> String,
) -> Markup {
    let span = curves
        .iter()
        .flat_map(|c| c.points.iter().map(|(t, _)| *t))
        .max()
        .unwrap_or(0)
        .max(MIN_SPAN_MS);
    let highest = curves
        .iter()
        .flat_map(|c| c.points.iter().map(|(_, v)| *v))
        .max()
        .unwrap_or(0);
    // At least 10, so the axis reads 0, 5, 10 before anything happened.
    let top = round_up(highest.max(10));
    let bottom = HEIGHT - BOTTOM;
    let right = WIDTH - RIGHT;
    let middle = TOP + (bottom - TOP) / 2.0;
    html! {
        figure.chart {
            figcaption { (title) }
            svg viewBox={ "0 0 " (WIDTH) " " (HEIGHT) } role="img" aria-label=(title) {
                line.grid x1=(LEFT) y1=(TOP) x2=(right) y2=(TOP) {}
                line.grid x1=(LEFT) y1=(middle) x2=(right) y2=(middle) {}
                line.axis x1=(LEFT) y1=(bottom) x2=(right) y2=(bottom) {}
                line.axis x1=(LEFT) y1=(TOP) x2=(LEFT) y2=(bottom) {}
                text.value x=(LEFT - 6.0) y=(TOP + 6.0) text-anchor="end" { (top) }
                text.value x=(LEFT - 6.0) y=(middle + 6.0) text-anchor="end" { (top / 2) }
                text.value x=(LEFT - 6.0) y=(bottom) text-anchor="end" { "0" }
                text.time x=(LEFT) y=(HEIGHT - 8.0) text-anchor="start" { (SimTime::ZERO.t_plus()) }
                text.time x=(right) y=(HEIGHT - 8.0) text-anchor="end" { (SimTime(span).t_plus()) }
                @for (i, curve) in curves.iter().enumerate() {
                    polyline class={ "line c" (i % 6) } points=(points(curve, span, top)) {}
                }
            }
            @if curves.len() > 1 {
                p.legend {
                    @for (i, curve) in curves.iter().enumerate() {
                        span class={ "key c" (i % 6) } { (named(curve)) }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{line_chart, round_up};
    use crate::console::seats::Curve;

    #[test]
    fn the_value_axis_ends_on_a_round_number_at_or_above_the_highest_value() {
        assert_eq!(round_up(0), 1);
        assert_eq!(round_up(1), 1);
        assert_eq!(round_up(3), 5);
        assert_eq!(round_up(7), 10);
        assert_eq!(round_up(130), 200);
        assert_eq!(round_up(4_150), 5_000);
        assert_eq!(round_up(u64::MAX), u64::MAX);
    }

    #[test]
    fn a_chart_draws_one_line_per_curve_and_escapes_the_names() {
        let curve = |place: &str, top: u64| Curve {
            place: place.to_string(),
            points: vec![(0, 0), (3_600_000, top / 2), (7_200_000, top)],
        };
        let svg = line_chart(
            "Queue <b>",
            &[curve("vermice", 300), curve("x", 40)],
            |c| match c.place.as_str() {
                "vermice" => "Vërmicë".to_string(),
                other => format!("<script>{other}</script>"),
            },
        )
        .into_string();
        assert_eq!(svg.matches("<polyline").count(), 2, "{svg}");
        assert!(svg.contains(">500<"), "the axis ends at 500: {svg}");
        assert!(svg.contains("T+2h"), "the time axis reaches now: {svg}");
        assert!(svg.contains("Vërmicë"), "each curve as named: {svg}");
        assert!(svg.contains("&lt;script&gt;") && !svg.contains("<script>"));
        assert!(svg.contains("Queue &lt;b&gt;"));
    }
}
