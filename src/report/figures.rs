//! The data behind each chart, read from the engine's sampled series and its requests.

use std::collections::BTreeMap;

use crate::Simulation;
use crate::coordination::Request;
use crate::sim::PlaceView;

use super::latency::NOBODY;
use super::text::Texts;

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

/// The five charts of the report, in order: arrivals per hour, queue per BCP, occupancy
/// and capacity per site, people outdoors, open requests per institution.
pub fn figures(sim: &Simulation, places: &[PlaceView], texts: &Texts) -> Vec<Figure> {
    let points = &sim.series().points;
    let hours = |t: i64| t as f64 / HOUR_MS as f64;
    let people = texts.get("axis.people").to_string();
    let line_of = |value: &dyn Fn(usize) -> f64| -> Vec<(f64, f64)> {
        (0..points.len())
            .map(|k| (hours(points[k].t), value(k)))
            .collect()
    };
    let queues: Vec<Line> = places
        .iter()
        .enumerate()
        .filter(|(_, p)| p.role == "bcp")
        .enumerate()
        .map(|(n, (i, p))| Line {
            colour: n,
            ..Line::solid(p.name.clone(), line_of(&|k| f64::from(points[k].queue[i])))
        })
        .collect();
    let end = points.last().map_or(0.0, |p| hours(p.t));
    // Sites never opened would only crowd the legend; the results table lists them.
    let mut occupancy = Vec::new();
    for (n, (i, place)) in places
        .iter()
        .enumerate()
        .filter(|(_, p)| p.role == "reception" && (p.open || p.peak_occupancy > 0))
        .enumerate()
    {
        let beds = f64::from(place.capacity);
        occupancy.push(Line {
            colour: n,
            ..Line::solid(
                place.name.clone(),
                line_of(&|k| f64::from(points[k].occupancy[i])),
            )
        });
        occupancy.push(Line {
            name: format!("{} beds (at the end)", place.name),
            points: vec![(0.0, beds), (end, beds)],
            dashed: true,
            colour: n,
        });
    }
    vec![
        Figure {
            x_label: texts.get("axis.hours").into(),
            title: texts.get("chart.arrivals").into(),
            y_label: people.clone(),
            lines: vec![Line::solid("arrivals", arrivals_per_hour(sim))],
        },
        Figure {
            x_label: texts.get("axis.hours").into(),
            title: texts.get("chart.queues").into(),
            y_label: people.clone(),
            lines: queues,
        },
        Figure {
            x_label: texts.get("axis.hours").into(),
            title: texts.get("chart.occupancy").into(),
            y_label: people.clone(),
            lines: occupancy,
        },
        Figure {
            x_label: texts.get("axis.hours").into(),
            title: texts.get("chart.outdoors").into(),
            y_label: people,
            lines: vec![Line::solid(
                "outdoors",
                points
                    .iter()
                    .map(|p| (hours(p.t), f64::from(p.outdoors)))
                    .collect(),
            )],
        },
        Figure {
            x_label: texts.get("axis.hours").into(),
            title: texts.get("chart.requests").into(),
            y_label: texts.get("axis.requests").into(),
            lines: open_requests(sim.requests(), points.iter().map(|p| p.t).collect()),
        },
    ]
}

/// Arrivals in each whole hour, from the cumulative count sampled at the hour marks.
fn arrivals_per_hour(sim: &Simulation) -> Vec<(f64, f64)> {
    let points = &sim.series().points;
    let mut at_hour: BTreeMap<i64, u64> = BTreeMap::new();
    for p in points.iter().filter(|p| p.t % HOUR_MS == 0) {
        at_hour.insert(p.t / HOUR_MS, p.arrivals);
    }
    at_hour
        .iter()
        .zip(at_hour.iter().skip(1))
        .filter(|((h, _), (next, _))| *next - *h == 1)
        .map(|((h, before), (_, after))| (*h as f64, (after - before) as f64))
        .collect()
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
