//! The data behind each chart, read from the engine's sampled series and its requests.

use std::collections::BTreeMap;

use crate::Simulation;
use crate::view::Request;
use crate::view::{PlaceView, Role};

use super::latency::NOBODY;
use crate::i18n::Lang;
use crate::tr;

const HOUR_MS: i64 = 3_600_000;

/// One chart: lines over simulated hours.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// Title, in the report's language.
    pub title: String,
    /// Label of the horizontal axis.
    pub x_label: String,
    /// Label of the vertical axis.
    pub y_label: String,
    /// The lines.
    pub lines: Vec<Line>,
}

/// One line of a chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// Legend.
    pub name: String,
    /// (hours since T+0, value).
    pub points: Vec<(f64, f64)>,
    /// Drawn dashed (a limit rather than a measurement).
    pub dashed: bool,
    /// Colour number: a limit shares its measurement's colour.
    pub colour: usize,
}

impl Line {
    fn solid(name: impl Into<String>, points: Vec<(f64, f64)>) -> Self {
        Line {
            name: name.into(),
            points,
            dashed: false,
            colour: 0,
        }
    }
}

/// The five charts of the report, in order: arrivals per hour per entry point, queue per
/// BCP, occupancy and capacity per site over time, people outdoors, open requests per
/// institution.
pub fn figures(sim: &Simulation, places: &[PlaceView], lang: Lang) -> Vec<Figure> {
    let points = &sim.series().points;
    let hours = |t: i64| t as f64 / HOUR_MS as f64;
    let people = tr!(lang, "chart-axis-people");
    let line_of = |value: &dyn Fn(usize) -> f64| -> Vec<(f64, f64)> {
        (0..points.len())
            .map(|k| (hours(points[k].t), value(k)))
            .collect()
    };
    let queues: Vec<Line> = places
        .iter()
        .enumerate()
        .filter(|(_, p)| matches!(p.role, Role::Bcp | Role::Registration))
        .enumerate()
        .map(|(n, (i, p))| Line {
            colour: n,
            ..Line::solid(p.name.clone(), line_of(&|k| f64::from(points[k].queue[i])))
        })
        .collect();
    // Sites never opened and never used would only crowd the legend; the results table
    // lists them.
    let mut occupancy = Vec::new();
    for (n, (i, place)) in places
        .iter()
        .enumerate()
        .filter(|(i, p)| {
            p.role == Role::Reception
                && points
                    .iter()
                    .any(|s| s.capacity[*i] > 0 || s.occupancy[*i] > 0)
        })
        .enumerate()
    {
        occupancy.push(Line {
            colour: n,
            ..Line::solid(
                place.name.clone(),
                line_of(&|k| f64::from(points[k].occupancy[i])),
            )
        });
        occupancy.push(Line {
            name: tr!(lang, "chart-legend-beds", place = &place.name),
            points: steps(
                points
                    .iter()
                    .map(|p| (hours(p.t), f64::from(p.capacity[i])))
                    .collect(),
            ),
            dashed: true,
            colour: n,
        });
    }
    vec![
        Figure {
            x_label: tr!(lang, "chart-axis-hours"),
            title: tr!(lang, "chart-arrivals"),
            y_label: people.clone(),
            lines: arrivals_per_hour(sim, places),
        },
        Figure {
            x_label: tr!(lang, "chart-axis-hours"),
            title: tr!(lang, "chart-queues"),
            y_label: people.clone(),
            lines: queues,
        },
        Figure {
            x_label: tr!(lang, "chart-axis-hours"),
            title: tr!(lang, "chart-occupancy"),
            y_label: people.clone(),
            lines: occupancy,
        },
        Figure {
            x_label: tr!(lang, "chart-axis-hours"),
            title: tr!(lang, "chart-outdoors"),
            y_label: people,
            lines: vec![Line::solid(
                tr!(lang, "chart-legend-outdoors"),
                points
                    .iter()
                    .map(|p| (hours(p.t), f64::from(p.outdoors)))
                    .collect(),
            )],
        },
        Figure {
            x_label: tr!(lang, "chart-axis-hours"),
            title: tr!(lang, "chart-requests"),
            y_label: tr!(lang, "chart-axis-requests"),
            lines: open_requests(sim.requests(), points.iter().map(|p| p.t).collect()),
        },
    ]
}

/// Arrivals in each whole hour at each entry point, from the cumulative counts sampled at
/// the hour marks.
fn arrivals_per_hour(sim: &Simulation, places: &[PlaceView]) -> Vec<Line> {
    let series = sim.series();
    let mut at_hour: BTreeMap<i64, &[u64]> = BTreeMap::new();
    for p in series.points.iter().filter(|p| p.t % HOUR_MS == 0) {
        at_hour.insert(p.t / HOUR_MS, &p.arrivals_by_entry);
    }
    let hourly: Vec<(i64, &[u64], &[u64])> = at_hour
        .iter()
        .zip(at_hour.iter().skip(1))
        .filter(|((h, _), (next, _))| *next - *h == 1)
        .map(|((h, before), (_, after))| (*h, *before, *after))
        .collect();
    // An entry point nobody came through (kept for surge injects) would only crowd the legend.
    let used = |e: usize| {
        series
            .points
            .last()
            .is_some_and(|p| p.arrivals_by_entry[e] > 0)
    };
    series
        .entries()
        .iter()
        .enumerate()
        .filter(|(e, _)| used(*e))
        .map(|(e, &at)| {
            let name = places
                .get(usize::from(at))
                .map_or_else(|| at.to_string(), |p| p.name.clone());
            let points = hourly
                .iter()
                .map(|(h, before, after)| (*h as f64, (after[e] - before[e]) as f64))
                .collect();
            Line {
                colour: e,
                ..Line::solid(name, points)
            }
        })
        .collect()
}

/// A sampled level drawn as steps: it holds until the next sample shows the change.
fn steps(points: Vec<(f64, f64)>) -> Vec<(f64, f64)> {
    let mut out = Vec::with_capacity(points.len() * 2);
    for (k, &(x, y)) in points.iter().enumerate() {
        if k > 0 && points[k - 1].1 != y {
            out.push((x, points[k - 1].1));
        }
        out.push((x, y));
    }
    out
}

/// Requests waiting for each institution asked, at each sample time.
pub fn open_requests(requests: &[Request], times: Vec<i64>) -> Vec<Line> {
    let mut by: BTreeMap<String, Vec<&Request>> = BTreeMap::new();
    for q in requests {
        if q.to.is_empty() {
            by.entry(NOBODY.into()).or_default().push(q);
        }
        for institution in &q.to {
            by.entry(institution.clone()).or_default().push(q);
        }
    }
    by.into_iter()
        .map(|(institution, list)| {
            let line = times
                .iter()
                .map(|&t| {
                    let open = list
                        .iter()
                        .filter(|q| {
                            q.raised_ms <= t && q.answered.as_ref().is_none_or(|a| a.at_ms > t)
                        })
                        .count();
                    (t as f64 / HOUR_MS as f64, open as f64)
                })
                .collect();
            Line::solid(institution, line)
        })
        .enumerate()
        .map(|(n, line)| Line { colour: n, ..line })
        .collect()
}
