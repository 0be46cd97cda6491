//! How much memory and work a scenario will take, estimated before it runs, and the limits a
//! run stays within unless told otherwise (`--no-limits`). docs/scenario-format.md explains
//! the estimate and the limits.
//!
//! A scenario that passes every rule can still ask for more than a machine has: a surge of a
//! thousand million people, a rate of a thousand million an hour, a century sampled every
//! second. The estimate is deliberately simple and errs on the high side: it takes every
//! person who arrives by the end as present at once (nobody can know the peak before the
//! run), at [`PERSON_BYTES`] each, plus the sampled time series.

use super::error::Problem;
use super::load::Source;
use super::locate::Step;
use super::model::{Rate, Scenario};
use crate::i18n::{Lang, Localized, Text};
use crate::time::SimTime;
use crate::tr;

/// Bytes one person costs at most, in the system (entity and components) or departed (its
/// exit record): measured at about 44 bytes a person over a whole Balkan-route run, taken
/// here with room to spare.
pub const PERSON_BYTES: f64 = 256.0;
/// Events one person causes on the way through (arrival, queueing, service, moves, stays);
/// the Balkan route measures 8.3 per person.
pub const EVENTS_PER_PERSON: f64 = 12.0;
/// Bytes of one sample of the time series, before the per-place columns.
const SAMPLE_BYTES: f64 = 160.0;
/// Bytes per place in one sample (queue, occupancy, capacity, arrivals per entry).
const SAMPLE_PLACE_BYTES: f64 = 20.0;
/// Periodic events per place and simulated day (shift changes, night, coordination sweeps).
const DAILY_EVENTS_PER_PLACE: f64 = 30.0;

/// Memory a single run may be estimated to need: 4 GiB.
pub const MEMORY_LIMIT: f64 = 4.0 * 1024.0 * 1024.0 * 1024.0;
/// Events a single run may be estimated to process: 2,000 million (some minutes of work).
pub const EVENTS_LIMIT: f64 = 2.0e9;
/// Events a whole sweep may be estimated to process: 200,000 million (about a day of work on
/// two cores).
pub const SWEEP_EVENTS_LIMIT: f64 = 2.0e11;

/// What a run of a scenario is estimated to take.
#[derive(Debug, Clone, PartialEq)]
pub struct Estimate {
    /// Simulated time the estimate runs to.
    pub until: SimTime,
    /// People expected to arrive by then (rates integrated over time, plus surges).
    pub people: f64,
    /// Samples of the time series.
    pub samples: f64,
    /// Places (locations) sampled.
    pub places: usize,
    /// Estimated peak memory, in bytes.
    pub memory: f64,
    /// Estimated events.
    pub events: f64,
    /// What contributes most, with its place in the scenario.
    pub main_cause: Cause,
}

/// What makes a scenario big, and where it says so.
#[derive(Debug, Clone, PartialEq)]
pub enum Cause {
    /// The arrivals of one profile (its index), with the people it brings.
    Arrivals {
        /// Index in `arrivals`.
        profile: usize,
        /// People it brings by the end.
        people: f64,
        /// Index of its largest surge, when the surge brings most of them.
        surge: Option<usize>,
    },
    /// Samples: `sample_every` against `duration`.
    Samples,
    /// The sheer length of the exercise.
    Duration,
}

impl Estimate {
    /// Estimates a run of `scenario` to `until`.
    pub fn of(scenario: &Scenario, until: SimTime) -> Estimate {
        let end = until.min(scenario.exercise.duration).max(SimTime::ZERO);
        let hours = |from: SimTime, to: SimTime| {
            (to.min(end).millis())
                .saturating_sub(from.max(SimTime::ZERO).millis())
                .max(0) as f64
                / 3.6e6
        };
        let mut people = 0.0;
        let mut busiest = (0, 0.0, None);
        for (k, profile) in scenario.arrivals.iter().enumerate() {
            let steady = match &profile.rate {
                Rate::PerHour(rate) => rate.max(0.0) * hours(SimTime::ZERO, end),
                Rate::Steps(steps) => steps
                    .iter()
                    .enumerate()
                    .map(|(i, (from, rate))| {
                        let to = steps
                            .get(i.saturating_add(1))
                            .map_or(end, |(next, _)| *next);
                        rate.max(0.0) * hours(*from, to)
                    })
                    .sum(),
                Rate::Observed(_) => profile
                    .observed
                    .iter()
                    .filter(|o| o.at < end)
                    .map(|o| f64::from(o.people))
                    .sum(),
            };
            let surges: Vec<f64> = profile
                .surges
                .iter()
                .map(|s| if s.at > end { 0.0 } else { f64::from(s.people) })
                .collect();
            let largest = surges
                .iter()
                .enumerate()
                .max_by(|a, b| a.1.total_cmp(b.1))
                .filter(|(_, n)| **n > steady)
                .map(|(i, _)| i);
            let total = steady + surges.iter().sum::<f64>();
            people += total;
            if total > busiest.1 {
                busiest = (k, total, largest);
            }
        }
        let every = scenario.exercise.sample_every.millis().max(1) as f64;
        let samples = end.millis() as f64 / every + 1.0;
        let places = scenario.locations.len();
        let days = end.millis() as f64 / 86.4e6;
        let sample_memory = samples * (SAMPLE_BYTES + SAMPLE_PLACE_BYTES * places as f64);
        let people_memory = people * PERSON_BYTES;
        let periodic = days * places as f64 * DAILY_EVENTS_PER_PLACE;
        let main_cause = if people_memory >= sample_memory && people_memory > 0.0 {
            Cause::Arrivals {
                profile: busiest.0,
                people: busiest.1,
                surge: busiest.2,
            }
        } else if sample_memory >= periodic * 8.0 {
            Cause::Samples
        } else {
            Cause::Duration
        };
        Estimate {
            until: end,
            people,
            samples,
            places,
            memory: people_memory + sample_memory,
            events: people * EVENTS_PER_PERSON + samples + periodic,
            main_cause,
        }
    }

    /// Whether one run stays within the limits; the reason when it does not.
    pub fn within_limits(&self) -> Result<(), OverLimit> {
        self.sweep_within_limits(1, 1)
    }

    /// Whether a sweep of `runs` replications, `workers` at a time, stays within the limits:
    /// the memory of `workers` runs at once, the events of all of them.
    pub fn sweep_within_limits(&self, runs: usize, workers: usize) -> Result<(), OverLimit> {
        let workers = workers.clamp(1, runs.max(1));
        let memory = self.memory * workers as f64;
        let events = self.events * runs as f64;
        let events_limit = if runs > 1 {
            SWEEP_EVENTS_LIMIT
        } else {
            EVENTS_LIMIT
        };
        if memory > MEMORY_LIMIT || events > events_limit {
            Err(OverLimit {
                estimate: self.clone(),
                runs,
                workers,
            })
        } else {
            Ok(())
        }
    }

    /// A warning for `check`, located at what contributes most.
    pub fn warning(&self, source: &Source) -> Option<LimitWarning> {
        let over = self.within_limits().err()?;
        let path: Vec<Step<'_>> = match &self.main_cause {
            Cause::Arrivals {
                profile,
                surge: Some(surge),
                ..
            } => vec![
                Step::Key("arrivals"),
                Step::Item(*profile),
                Step::Key("surges"),
                Step::Item(*surge),
            ],
            Cause::Arrivals { profile, .. } => vec![
                Step::Key("arrivals"),
                Step::Item(*profile),
                Step::Key("rate"),
            ],
            Cause::Samples => vec![Step::Key("exercise"), Step::Key("sample_every")],
            Cause::Duration => vec![Step::Key("exercise"), Step::Key("duration")],
        };
        let problem = Problem::at(source, &path, over.to_string())
            .label(Text::new("limits-warning-label"))
            .hint(Text::new("limits-warning-help"));
        Some(LimitWarning { problem, over })
    }
}

/// A scenario that is valid but past the limits: a warning located where it grows so big.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{}", self.problem)]
pub struct LimitWarning {
    /// Where it grows so big, with the message in English.
    pub problem: Problem,
    over: OverLimit,
}

impl Localized for LimitWarning {
    fn localized(&self, lang: Lang) -> String {
        self.over.localized(lang)
    }

    fn localized_help(&self, lang: Lang) -> Option<String> {
        self.problem.localized_help(lang)
    }

    fn localized_label(&self, lang: Lang) -> Option<String> {
        self.problem.localized_label(lang)
    }
}

impl miette::Diagnostic for LimitWarning {
    fn severity(&self) -> Option<miette::Severity> {
        Some(miette::Severity::Warning)
    }

    fn help<'a>(&'a self) -> Option<Box<dyn std::fmt::Display + 'a>> {
        self.problem.help()
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        self.problem.source_code()
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = miette::LabeledSpan> + '_>> {
        self.problem.labels()
    }
}

/// A run (or a sweep) estimated to exceed the limits. The message says what, by how much,
/// and why.
#[derive(Debug, Clone, thiserror::Error, miette::Diagnostic)]
#[error("{}", self.localized(Lang::En))]
pub struct OverLimit {
    /// The estimate of one run.
    pub estimate: Estimate,
    /// Runs (replications of a sweep; 1 for a run).
    pub runs: usize,
    /// Runs at the same time.
    pub workers: usize,
}

impl Localized for OverLimit {
    fn localized(&self, lang: Lang) -> String {
        let e = &self.estimate;
        if self.runs <= 1 {
            tr!(
                lang,
                "limits-run",
                memory = bytes(e.memory),
                events = big(lang, e.events),
                memory_limit = bytes(MEMORY_LIMIT),
                events_limit = big(lang, EVENTS_LIMIT),
                cause = self.cause(lang),
            )
        } else {
            tr!(
                lang,
                "limits-sweep",
                memory = bytes(e.memory * self.workers as f64),
                workers = self.workers.to_string(),
                events = big(lang, e.events * self.runs as f64),
                runs = self.runs.to_string(),
                memory_limit = bytes(MEMORY_LIMIT),
                events_limit = big(lang, SWEEP_EVENTS_LIMIT),
                cause = self.cause(lang),
            )
        }
    }

    fn localized_help(&self, lang: Lang) -> Option<String> {
        Some(tr!(lang, "limits-help"))
    }
}

impl OverLimit {
    /// What makes the run so big, in words.
    pub fn cause(&self, lang: Lang) -> String {
        let e = &self.estimate;
        match &e.main_cause {
            Cause::Arrivals { people, .. } => tr!(
                lang,
                "limits-cause-arrivals",
                people = big(lang, e.people),
                until = e.until.to_string(),
                largest = big(lang, *people),
                bytes = PERSON_BYTES.to_string(),
            ),
            Cause::Samples => tr!(
                lang,
                "limits-cause-samples",
                samples = big(lang, e.samples),
                places = e.places.to_string(),
                until = e.until.to_string(),
            ),
            Cause::Duration => tr!(
                lang,
                "limits-cause-duration",
                days = big(lang, e.until.millis() as f64 / 86.4e6),
                places = e.places.to_string(),
            ),
        }
    }
}

/// `4.0 GiB`, `232 MiB`.
fn bytes(n: f64) -> String {
    const UNITS: [&str; 6] = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB"];
    let mut value = n;
    let mut unit = 0;
    while value >= 1024.0 && unit < UNITS.len().saturating_sub(1) {
        value /= 1024.0;
        unit = unit.saturating_add(1);
    }
    if value >= 100.0 || unit == 0 {
        format!("{value:.0} {}", UNITS[unit])
    } else {
        format!("{value:.1} {}", UNITS[unit])
    }
}

/// `1.2 million`, `3.2 thousand million`, `45,000` (in `lang`'s words and number marks).
fn big(lang: Lang, n: f64) -> String {
    if n >= 1e9 {
        tr!(
            lang,
            "limits-thousand-million",
            n = crate::i18n::number::decimal(lang, n / 1e9, 1)
        )
    } else if n >= 1e6 {
        tr!(
            lang,
            "limits-million",
            n = crate::i18n::number::decimal(lang, n / 1e6, 1)
        )
    } else {
        crate::i18n::number::integer(lang, n.round() as u64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_as_people_write_them() {
        assert_eq!(bytes(512.0), "512 bytes");
        assert_eq!(bytes(4.0 * 1024.0 * 1024.0 * 1024.0), "4.0 GiB");
        assert_eq!(bytes(232.0 * 1024.0 * 1024.0), "232 MiB");
        assert_eq!(big(Lang::En, 45_000.0), "45,000");
        assert_eq!(big(Lang::En, 2.5e6), "2.5 million");
        assert_eq!(big(Lang::En, 2.0e9), "2.0 thousand million");
        assert_eq!(big(Lang::Sr, 45_000.0), "45.000");
        assert_eq!(big(Lang::Sq, 45_000.0), "45\u{a0}000");
        assert!(
            big(Lang::Sq, 2.5e6).starts_with("2,5 "),
            "{}",
            big(Lang::Sq, 2.5e6)
        );
    }
}
