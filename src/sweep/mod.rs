//! Replications of one scenario over many seeds, optionally replaying the commands of an
//! exercise on each, run in parallel and summarised per key metric, so a trainer can say how
//! robust an outcome is. The JSON shape is documented in docs/sweep-json.md.
//!
//! Each replication is independent; results are collected per seed and reduced in seed
//! order, so the summary is the same bit for bit whatever the number of threads.

mod measure;
mod shard;
mod stats;
mod table;

use miette::Diagnostic;
use rayon::prelude::*;
use serde::Serialize;

use crate::i18n::{Lang, Localized};
use crate::journal::{BatchError, Journal, Outcome, Timed, run_timeline, with_msel};
use crate::scenario::Scenario;
use crate::time::SimTime;
use crate::tr;
use crate::view::Category;
use crate::{Command, Simulation};

pub use measure::{Metric, Replication, metrics};
pub use shard::{
    INDEX_VARIABLES, MAX_TASKS, Shard, ShardError, ShardHeader, ShardRun, Split, TaskIndex, Tasks,
    content_hash, merge, slurm_array, version,
};
pub use stats::{Summary, percentile};
pub use table::table;

/// Which interval the summaries give, in words (printed with the table, kept in the JSON).
pub const INTERVAL: &str = "90 % interval: the empirical 5th-95th percentiles of the replications \
     (linear interpolation between order statistics), with their median; mean 90 % CI: Student t interval of the \
     mean, mean ± t(0.95, n-1)·sd/√n";

/// What to replicate.
#[derive(Debug, Clone, Default)]
pub struct SweepOptions {
    /// Master seeds, one replication each, in the order results are reduced.
    pub seeds: Vec<u64>,
    /// Worker threads; the machine's cores when None.
    pub threads: Option<usize>,
    /// Stop here instead of at the scenario's end.
    pub until: Option<SimTime>,
}

impl SweepOptions {
    /// `count` seeds from `first` on: `first, first + 1, ...`.
    pub fn seeds_from(first: u64, count: u64) -> Vec<u64> {
        (0..count).map(|k| first.wrapping_add(k)).collect()
    }

    /// [`SweepOptions::seeds_from`], refusing a count past [`MAX_SEEDS`] and a range that
    /// would go past the largest seed (instead of wrapping round to 0).
    pub fn checked_seeds(first: u64, count: u64) -> Result<Vec<u64>, SweepError> {
        if count == 0 {
            return Err(SweepError::NoSeeds);
        }
        if count > MAX_SEEDS {
            return Err(SweepError::TooManySeeds { count });
        }
        if first.checked_add(count - 1).is_none() {
            return Err(SweepError::SeedsOverflow {
                first,
                count,
                highest_first: u64::MAX - (count - 1),
            });
        }
        Ok(Self::seeds_from(first, count))
    }
}

/// A key metric over the replications.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MetricSummary {
    /// Which metric.
    #[serde(flatten)]
    pub metric: Metric,
    /// Its summary; None when no replication had a value.
    #[serde(flatten)]
    pub summary: Option<Summary>,
}

/// One gap category over the replications: gaps opened per replication.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GapSummary {
    /// Category number, 1–8 (DESIGN.md).
    pub category: u8,
    /// The category itself, for tables people read in their language.
    #[serde(skip)]
    pub kind: Category,
    /// `4 decision latency`, in English (JSON is never translated).
    pub label: &'static str,
    /// Replications in which at least one gap of this category opened.
    pub replications_with: usize,
    /// Gaps per replication.
    #[serde(flatten)]
    pub summary: Summary,
}

/// The result of a sweep.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Sweep {
    /// Scenario name.
    pub scenario: String,
    /// Replications run.
    pub replications: usize,
    /// Commands applied in each replication (MSEL injects included).
    pub commands: usize,
    /// Simulated time each replication ran to (ms).
    pub until_ms: i64,
    /// Which intervals the summaries give.
    pub interval: &'static str,
    /// The key metrics, system totals first, then per BCP and per site.
    pub metrics: Vec<MetricSummary>,
    /// Every gap category, 1 to 8.
    pub gaps: Vec<GapSummary>,
    /// Each replication, in seed order.
    pub runs: Vec<Replication>,
}

/// Replications one sweep runs at most.
pub const MAX_SEEDS: u64 = 1_000_000;

/// Why a sweep could not run.
#[derive(Debug, thiserror::Error, Diagnostic)]
pub enum SweepError {
    /// No seed to run.
    NoSeeds,
    /// More replications than a sweep runs.
    TooManySeeds {
        /// Replications asked for.
        count: u64,
    },
    /// Seeds past the largest one.
    SeedsOverflow {
        /// The first seed.
        first: u64,
        /// Replications asked for.
        count: u64,
        /// The highest first seed that fits.
        highest_first: u64,
    },
    /// The worker threads could not be started.
    Threads {
        /// Threads asked for.
        threads: usize,
        /// Why.
        message: String,
    },
    /// A replication failed (a command refused on this seed).
    Replication {
        /// Its seed.
        seed: u64,
        /// What failed.
        source: BatchError,
    },
}

impl std::fmt::Display for SweepError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.localized(Lang::En))
    }
}

impl Localized for SweepError {
    fn localized(&self, lang: Lang) -> String {
        match self {
            SweepError::NoSeeds => tr!(lang, "sweep-error-no-seeds"),
            SweepError::TooManySeeds { count } => tr!(
                lang,
                "sweep-error-too-many-seeds",
                count = count.to_string(),
                max = MAX_SEEDS.to_string(),
            ),
            SweepError::SeedsOverflow { first, count, .. } => tr!(
                lang,
                "sweep-error-seeds-overflow",
                count = count.to_string(),
                first = first.to_string(),
                max = u64::MAX.to_string(),
            ),
            SweepError::Threads { threads, message } => tr!(
                lang,
                "sweep-error-threads",
                threads = threads.to_string(),
                reason = message,
            ),
            SweepError::Replication { seed, source } => tr!(
                lang,
                "sweep-error-replication",
                seed = seed.to_string(),
                reason = source.localized(lang),
            ),
        }
    }

    fn localized_help(&self, lang: Lang) -> Option<String> {
        match self {
            SweepError::NoSeeds => Some(tr!(lang, "sweep-error-no-seeds-help")),
            SweepError::TooManySeeds { .. } => Some(tr!(lang, "sweep-error-too-many-seeds-help")),
            SweepError::SeedsOverflow {
                count,
                highest_first,
                ..
            } => Some(tr!(
                lang,
                "sweep-error-seeds-overflow-help",
                count = count.to_string(),
                highest_first = highest_first.to_string(),
            )),
            SweepError::Threads { .. } => None,
            SweepError::Replication { source, .. } => source.localized_help(lang),
        }
    }
}

/// The commands each replication applies: with no journal, the scenario's MSEL injects at
/// their time (as a headless `run`); with a recorded journal, its commands as recorded (MSEL
/// deliveries included, refused ones left out); with a header-less script, its commands
/// merged with the MSEL, as `run --commands` does. A state-triggered inject is never taken
/// from the journal: each replication delivers it where its own trigger holds.
pub fn timeline(scenario: &Scenario, journal: Option<&Journal>) -> Vec<Timed> {
    let Some(journal) = journal else {
        return with_msel(scenario, Vec::new());
    };
    let triggered = |command: &Command| match command {
        Command::DeliverInject { number } => scenario
            .msel
            .iter()
            .any(|i| i.number == *number && i.trigger.is_some()),
        Command::Control(_)
        | Command::Decision { .. }
        | Command::Inject(_)
        | Command::SetRole { .. }
        | Command::Action { .. }
        | Command::Note { .. }
        | Command::Observe(_)
        | Command::Reschedule { .. } => false,
    };
    let commands = journal
        .commands()
        .filter(|c| !matches!(c.outcome, Some((_, Outcome::Refused(_)))))
        .filter(|c| !triggered(&c.command))
        .map(|c| Timed {
            at: c.at,
            command: c.command.clone(),
            origin: c.origin.clone(),
            from: format!("{}:{}", journal.path, c.line),
        })
        .collect();
    if journal.header.is_some() {
        commands
    } else {
        with_msel(scenario, commands)
    }
}

/// Runs one replication: the scenario with `seed`, the timeline's commands at their times,
/// to `until`. Per-person exit records are not kept (only the aggregates are read).
pub fn replicate(
    scenario: &Scenario,
    timeline: &[Timed],
    seed: u64,
    until: SimTime,
    metrics: &[Metric],
) -> Result<Replication, SweepError> {
    let mut sim = Simulation::new(scenario, seed);
    sim.keep_departures(false);
    run_timeline(&mut sim, timeline, until, None)
        .map_err(|source| SweepError::Replication { seed, source })?;
    let m = sim.metrics();
    Ok(Replication::read(seed, m.events, metrics, &m.snapshot))
}

/// Runs a replication per seed on a pool of `options.threads` workers and summarises them.
pub fn sweep(
    scenario: &Scenario,
    timeline: &[Timed],
    options: &SweepOptions,
) -> Result<Sweep, SweepError> {
    let until = options.until.unwrap_or(scenario.exercise.duration);
    let metrics = metrics(scenario);
    let runs = replications(scenario, timeline, options, &metrics)?;
    let commands = commands_until(timeline, until);
    Ok(summarise(
        &scenario.exercise.name,
        &metrics,
        runs,
        commands,
        until,
    ))
}

/// The commands of `timeline` a replication applies when it stops at `until`.
pub fn commands_until(timeline: &[Timed], until: SimTime) -> usize {
    timeline.iter().take_while(|t| t.at <= until).count()
}

/// Runs a replication per seed of `options` on a pool of `options.threads` workers, and
/// returns them in the seeds' order (a task of a split sweep runs its own seeds this way).
pub fn replications(
    scenario: &Scenario,
    timeline: &[Timed],
    options: &SweepOptions,
    metrics: &[Metric],
) -> Result<Vec<Replication>, SweepError> {
    if options.seeds.is_empty() {
        return Err(SweepError::NoSeeds);
    }
    let threads = options.threads.unwrap_or(0);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map_err(|e| SweepError::Threads {
            threads,
            message: e.to_string(),
        })?;
    let until = options.until.unwrap_or(scenario.exercise.duration);
    // `collect` keeps the seeds' order whatever thread ran each replication, and the error
    // reported is the first seed's that failed, not whichever thread failed first.
    let results: Vec<Result<Replication, SweepError>> = pool.install(|| {
        options
            .seeds
            .par_iter()
            .map(|&seed| replicate(scenario, timeline, seed, until, metrics))
            .collect()
    });
    results.into_iter().collect()
}

/// Reduces the replications, in the order given.
fn summarise(
    scenario: &str,
    metrics: &[Metric],
    runs: Vec<Replication>,
    commands: usize,
    until: SimTime,
) -> Sweep {
    let metric_summaries = metrics
        .iter()
        .enumerate()
        .map(|(k, metric)| {
            let values: Vec<f64> = runs.iter().filter_map(|r| r.values[k]).collect();
            MetricSummary {
                metric: metric.clone(),
                summary: Summary::of(&values),
            }
        })
        .collect();
    let gaps = Category::ALL
        .into_iter()
        .filter_map(|category| {
            let c = category.index();
            let counts: Vec<f64> = runs.iter().map(|r| f64::from(r.gaps[c])).collect();
            Some(GapSummary {
                category: category.number(),
                kind: category,
                label: category.label(),
                replications_with: runs.iter().filter(|r| r.gaps[c] > 0).count(),
                summary: Summary::of(&counts)?,
            })
        })
        .collect();
    Sweep {
        scenario: scenario.to_string(),
        replications: runs.len(),
        commands,
        until_ms: until.millis(),
        interval: INTERVAL,
        metrics: metric_summaries,
        gaps,
        runs,
    }
}
