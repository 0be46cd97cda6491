//! A run scored against what happened (`fluxsim score`), as FLEE scores its camp
//! populations: per day, the averaged relative difference over the places with an observed
//! figure (plain, and with the day's simulated figures first rescaled to the observed total),
//! and the mean absolute percentage error of the daily figures. docs/score.md.

use std::collections::BTreeMap;

use crate::Simulation;
use crate::scenario::observed_csv::PlaceCount;
use crate::scenario::{LocationKind, Scenario};

const DAY_MS: i64 = 86_400_000;

/// What a place's daily figure counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    /// People arriving at an entry point that day.
    Arrivals,
    /// People passing a crossing or a registration point that day (registered, at a
    /// registration point).
    Passing,
    /// People at a site, transit place or hospital at the end of the day.
    Occupancy,
    /// People leaving through an exit that day.
    Leaving,
}

impl Measure {
    /// The catalogue key of its name.
    pub fn key(self) -> &'static str {
        match self {
            Measure::Arrivals => "score-measure-arrivals",
            Measure::Passing => "score-measure-passing",
            Measure::Occupancy => "score-measure-occupancy",
            Measure::Leaving => "score-measure-leaving",
        }
    }

    fn of(kind: &LocationKind) -> Measure {
        match kind {
            LocationKind::Entry { .. } | LocationKind::GreenBorder { .. } => Measure::Arrivals,
            LocationKind::Bcp { .. } | LocationKind::Registration { .. } => Measure::Passing,
            LocationKind::Transit { .. }
            | LocationKind::Reception { .. }
            | LocationKind::Hospital { .. } => Measure::Occupancy,
            LocationKind::Exit { .. } => Measure::Leaving,
        }
    }
}

/// One place's daily figures.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceScore {
    /// The location id.
    pub id: String,
    /// What its figure counts.
    pub measure: Measure,
    /// (calendar day, simulated, observed), for every day the series has a figure.
    pub days: Vec<(i64, u64, u64)>,
}

impl PlaceScore {
    /// The observed total.
    pub fn observed(&self) -> u64 {
        self.days.iter().map(|(_, _, o)| o).sum()
    }

    /// The simulated total over the same days.
    pub fn simulated(&self) -> u64 {
        self.days.iter().map(|(_, s, _)| s).sum()
    }

    /// The mean absolute percentage error over its days with an observed figure above zero;
    /// `None` when there is none.
    pub fn mape(&self) -> Option<f64> {
        mape(self.days.iter().map(|(_, s, o)| (*s, *o)))
    }
}

/// A run against an observed series.
#[derive(Debug, Clone, PartialEq)]
pub struct Score {
    /// The places the series has figures for, in scenario order.
    pub places: Vec<PlaceScore>,
    /// Every day with a figure, in order, with its averaged relative difference (plain,
    /// rescaled).
    pub days: Vec<(i64, f64, f64)>,
}

impl Score {
    /// FLEE's averaged relative difference, the mean over days.
    pub fn ard(&self) -> f64 {
        mean(self.days.iter().map(|(_, a, _)| *a))
    }

    /// The same with each day's simulated figures scaled to the day's observed total.
    pub fn ard_rescaled(&self) -> f64 {
        mean(self.days.iter().map(|(_, _, r)| *r))
    }

    /// The mean absolute percentage error of every daily figure observed above zero.
    pub fn mape(&self) -> Option<f64> {
        mape(
            self.places
                .iter()
                .flat_map(|p| p.days.iter().map(|(_, s, o)| (*s, *o))),
        )
    }
}

fn mean(values: impl Iterator<Item = f64>) -> f64 {
    let (sum, n) = values.fold((0.0, 0u32), |(s, n), v| (s + v, n + 1));
    if n == 0 { 0.0 } else { sum / f64::from(n) }
}

fn mape(pairs: impl Iterator<Item = (u64, u64)>) -> Option<f64> {
    let errors: Vec<f64> = pairs
        .filter(|(_, o)| *o > 0)
        .map(|(s, o)| (s as f64 - o as f64).abs() / o as f64 * 100.0)
        .collect();
    (!errors.is_empty()).then(|| mean(errors.into_iter()))
}

/// A place's relative difference on one day: |sim − data| / max(data, 1).
pub fn relative(sim: u64, data: u64) -> f64 {
    (sim as f64 - data as f64).abs() / (data.max(1) as f64)
}

/// Milliseconds from the start date's midnight to T+0.
fn into_day(scenario: &Scenario) -> i64 {
    jiff::civil::DateTime::strptime("%Y-%m-%dT%H:%M", &scenario.exercise.start).map_or(0, |dt| {
        (i64::from(dt.hour()) * 60 + i64::from(dt.minute())) * 60_000
    })
}

/// Scores the finished run `sim` against `observed`.
pub fn score(sim: &Simulation, observed: &[PlaceCount]) -> Score {
    let scenario = sim.scenario();
    let offset = into_day(scenario);
    let points = &sim.series().points;
    // The last sample at or before `t` (ms from T+0).
    let sample_at = |t: i64| {
        let i = points.partition_point(|p| p.t <= t);
        i.checked_sub(1).and_then(|i| points.get(i))
    };
    let entries = sim.series().entries();
    let mut passing: BTreeMap<(u16, u32), u64> = BTreeMap::new();
    for (p, n) in &sim.passages() {
        *passing.entry((p.at, p.day)).or_insert(0) += u64::from(*n);
    }
    let mut leaving: BTreeMap<(u16, i64), u64> = BTreeMap::new();
    for r in sim.departures() {
        *leaving
            .entry((r.at, (r.left + offset).div_euclid(DAY_MS)))
            .or_insert(0) += 1;
    }
    let simulated = |place: usize, day: i64| -> u64 {
        let Some(location) = scenario.locations.get(place) else {
            return 0;
        };
        let start = day * DAY_MS - offset;
        let end = start + DAY_MS;
        match Measure::of(&location.kind) {
            Measure::Arrivals => {
                let Some(e) = entries.iter().position(|&i| usize::from(i) == place) else {
                    return 0;
                };
                let at = |t: i64| {
                    sample_at(t)
                        .and_then(|p| p.arrivals_by_entry.get(e).copied())
                        .unwrap_or(0)
                };
                at(end).saturating_sub(at(start))
            }
            Measure::Passing => u16::try_from(place)
                .ok()
                .zip(u32::try_from(day).ok())
                .and_then(|k| passing.get(&k).copied())
                .unwrap_or(0),
            Measure::Occupancy => sample_at(end)
                .and_then(|p| p.occupancy.get(place).copied())
                .map_or(0, u64::from),
            Measure::Leaving => u16::try_from(place)
                .ok()
                .and_then(|p| leaving.get(&(p, day)).copied())
                .unwrap_or(0),
        }
    };
    let mut by_place: BTreeMap<usize, Vec<(i64, u64, u64)>> = BTreeMap::new();
    for c in observed {
        by_place
            .entry(c.place)
            .or_default()
            .push((c.day, simulated(c.place, c.day), c.count));
    }
    let places: Vec<PlaceScore> = by_place
        .into_iter()
        .filter_map(|(place, mut days)| {
            let location = scenario.locations.get(place)?;
            days.sort_by_key(|(d, _, _)| *d);
            Some(PlaceScore {
                id: location.id.clone(),
                measure: Measure::of(&location.kind),
                days,
            })
        })
        .collect();
    let mut per_day: BTreeMap<i64, Vec<(u64, u64)>> = BTreeMap::new();
    for p in &places {
        for (d, s, o) in &p.days {
            per_day.entry(*d).or_default().push((*s, *o));
        }
    }
    let days = per_day
        .into_iter()
        .map(|(day, pairs)| {
            let observed: u64 = pairs.iter().map(|(_, o)| o).sum();
            let simulated: u64 = pairs.iter().map(|(s, _)| s).sum();
            let denominator = observed.max(1) as f64;
            let plain: f64 = pairs
                .iter()
                .map(|(s, o)| (*s as f64 - *o as f64).abs())
                .sum::<f64>()
                / denominator;
            let factor = if simulated > 0 {
                observed as f64 / simulated as f64
            } else {
                1.0
            };
            let rescaled: f64 = pairs
                .iter()
                .map(|(s, o)| (*s as f64 * factor - *o as f64).abs())
                .sum::<f64>()
                / denominator;
            (day, plain, rescaled)
        })
        .collect();
    Score { places, days }
}

/// The date of calendar day `day` of the exercise (`YYYY-MM-DD`), empty when the start is
/// not a date.
pub fn date_of(scenario: &Scenario, day: i64) -> String {
    jiff::civil::DateTime::strptime("%Y-%m-%dT%H:%M", &scenario.exercise.start)
        .ok()
        .and_then(|s| s.date().checked_add(jiff::Span::new().days(day)).ok())
        .map_or(String::new(), |d| d.to_string())
}

/// The score as CSV in FLEE's columns: `Day`, `Date`, then `<place> sim`, `<place> data`,
/// `<place> error` for each place, then `Total error` and `Total error (rescaled)`. A
/// place without a figure on a day has empty cells there.
pub fn score_csv(score: &Score, scenario: &Scenario) -> Result<String, csv::Error> {
    let mut out = csv::Writer::from_writer(Vec::new());
    let mut header = vec!["Day".to_string(), "Date".to_string()];
    for p in &score.places {
        header.push(format!("{} sim", p.id));
        header.push(format!("{} data", p.id));
        header.push(format!("{} error", p.id));
    }
    header.push("Total error".to_string());
    header.push("Total error (rescaled)".to_string());
    out.write_record(
        header
            .iter()
            .map(|c| crate::output::spreadsheet_cell(c).into_owned()),
    )?;
    for (day, plain, rescaled) in &score.days {
        let mut row = vec![day.to_string(), date_of(scenario, *day)];
        for p in &score.places {
            match p.days.iter().find(|(d, _, _)| d == day) {
                Some((_, s, o)) => {
                    row.push(s.to_string());
                    row.push(o.to_string());
                    row.push(format!("{:.6}", relative(*s, *o)));
                }
                None => row.extend([String::new(), String::new(), String::new()]),
            }
        }
        row.push(format!("{plain:.6}"));
        row.push(format!("{rescaled:.6}"));
        out.write_record(&row)?;
    }
    let bytes = out
        .into_inner()
        .map_err(|err| csv::Error::from(err.into_error()))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}
