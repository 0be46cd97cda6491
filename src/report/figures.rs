//! The data behind each chart, read from the engine's sampled series and its requests.

use std::collections::BTreeMap;

use crate::Simulation;
use crate::view::Request;
use crate::view::{PlaceView, Role};

use super::latency::NOBODY;
use crate::i18n::Lang;
use crate::time::SimTime;
use crate::tr;

const HOUR_MS: i64 = 3_600_000;

/// One chart: lines over the exercise's time.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// Title, in the report's language.
    pub title: String,
    /// What the chart shows beyond its title (its highest value, where and when), for the
    /// figure's caption.
    pub caption: String,
    /// Label of the horizontal axis.
    pub x_label: String,
    /// The horizontal axis's ticks: hours since T+0 and their label, at whole clock hours of
    /// the exercise (`06:00`, `day 2` at midnight), or `T+12h` when the start is no date.
    pub x_ticks: Vec<(f64, String)>,
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
/// institution; their time axis in the days and clock hours of an exercise starting at
/// `start` (`2026-10-24T06:00`).
pub fn figures(sim: &Simulation, places: &[PlaceView], start: &str, lang: Lang) -> Vec<Figure> {
    let points = &sim.series().points;
    let end = points.last().map_or(1.0, |p| p.t as f64 / HOUR_MS as f64);
    let (x_label, x_ticks) = time_axis(start, end, lang);
    let when = |hours: f64| super::plan::when(start, SimTime::from_hours_f64(hours).0, lang);
    let hours = |t: i64| t as f64 / HOUR_MS as f64;
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
    let arrivals = arrivals_per_hour(sim, places);
    let total: f64 = arrivals
        .iter()
        .flat_map(|l| l.points.iter().map(|p| p.1))
        .sum();
    let outdoors = vec![Line::solid(
        tr!(lang, "chart-legend-outdoors"),
        points
            .iter()
            .map(|p| (hours(p.t), f64::from(p.outdoors)))
            .collect(),
    )];
    let requests = open_requests(sim.requests(), points.iter().map(|p| p.t).collect(), lang);
    let flat = || tr!(lang, "chart-caption-flat");
    let figure = |title: &str, y_label: &str, caption: String, lines: Vec<Line>| Figure {
        title: tr!(lang, title),
        caption,
        x_label: x_label.clone(),
        x_ticks: x_ticks.clone(),
        y_label: tr!(lang, y_label),
        lines,
    };
    vec![
        figure(
            "chart-arrivals",
            "chart-axis-people",
            peak(&arrivals).map_or_else(flat, |(people, place, at)| {
                tr!(
                    lang,
                    "chart-caption-arrivals",
                    people = people,
                    place = place,
                    when = when(at),
                    total = total as u64
                )
            }),
            arrivals,
        ),
        figure(
            "chart-queues",
            "chart-axis-people",
            peak(&queues).map_or_else(flat, |(people, place, at)| {
                tr!(
                    lang,
                    "chart-caption-queues",
                    people = people,
                    place = place,
                    when = when(at)
                )
            }),
            queues,
        ),
        figure(
            "chart-occupancy",
            "chart-axis-people",
            peak(&occupancy).map_or_else(flat, |(people, place, at)| {
                tr!(
                    lang,
                    "chart-caption-occupancy",
                    people = people,
                    place = place,
                    when = when(at)
                )
            }),
            occupancy,
        ),
        figure(
            "chart-outdoors",
            "chart-axis-people",
            peak(&outdoors).map_or_else(flat, |(people, _, at)| {
                tr!(
                    lang,
                    "chart-caption-outdoors",
                    people = people,
                    when = when(at)
                )
            }),
            outdoors,
        ),
        figure(
            "chart-requests",
            "chart-axis-requests",
            peak(&requests).map_or_else(flat, |(count, institution, at)| {
                tr!(
                    lang,
                    "chart-caption-requests",
                    count = count,
                    institution = institution,
                    when = when(at)
                )
            }),
            requests,
        ),
    ]
}

/// The highest value of the measured (solid) lines, the line's name and when it was first
/// reached; nothing when every line stays at zero.
fn peak(lines: &[Line]) -> Option<(u64, String, f64)> {
    let mut best: Option<(f64, &str, f64)> = None;
    for line in lines.iter().filter(|l| !l.dashed) {
        for &(x, y) in &line.points {
            if y > best.map_or(0.0, |b| b.0) {
                best = Some((y, &line.name, x));
            }
        }
    }
    best.map(|(y, name, x)| (y.round() as u64, name.to_string(), x))
}

/// The time axis of an exercise starting at `start` and running `hours`: its label and its
/// ticks at whole clock hours, every 1, 2, 3, 6, 12 or 24 hours (at most nine ticks), a
/// midnight written as the day it begins. A start that is no date gives ticks in T+ time.
fn time_axis(start: &str, hours: f64, lang: Lang) -> (String, Vec<(f64, String)>) {
    let start = jiff::civil::DateTime::strptime("%Y-%m-%dT%H:%M", start).ok();
    let step_hours = [1_i64, 2, 3, 6, 12, 24]
        .into_iter()
        .find(|step| hours / *step as f64 <= 8.0)
        .unwrap_or_else(|| 24 * (hours / (24.0 * 8.0)).ceil().max(1.0) as i64);
    let step = step_hours * 60;
    // Minutes after midnight of the first day at T+0.
    let offset = start.map_or(0, |s| i64::from(s.hour()) * 60 + i64::from(s.minute()));
    let mut minute = (step - offset.rem_euclid(step)).rem_euclid(step);
    let mut ticks = Vec::new();
    while minute as f64 / 60.0 <= hours + 1e-9 {
        let label = match start {
            Some(_) => {
                let clock = (offset + minute).rem_euclid(24 * 60);
                if clock == 0 {
                    tr!(
                        lang,
                        "chart-tick-day",
                        day = (offset + minute) / (24 * 60) + 1
                    )
                } else {
                    format!("{:02}:{:02}", clock / 60, clock % 60)
                }
            }
            None => SimTime(minute * 60_000).t_plus(),
        };
        ticks.push((minute as f64 / 60.0, label));
        minute += step;
    }
    let label = match start {
        Some(s) => tr!(
            lang,
            "chart-axis-clock",
            date = s.date().to_string(),
            time = s.strftime("%H:%M").to_string()
        ),
        None => tr!(lang, "chart-axis-hours"),
    };
    (label, ticks)
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

/// Requests waiting for each institution asked, at each sample time; those nobody is
/// accountable for under one line named so in `lang`.
pub fn open_requests(requests: &[Request], times: Vec<i64>, lang: Lang) -> Vec<Line> {
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
            let name = if institution == NOBODY {
                tr!(lang, "report-nobody-accountable")
            } else {
                institution
            };
            Line::solid(name, line)
        })
        .enumerate()
        .map(|(n, line)| Line { colour: n, ..line })
        .collect()
}
