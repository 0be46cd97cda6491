//! A sweep split into tasks for a cluster scheduler, and the merge of their shards.
//!
//! Replication `r` (0-based) of a sweep of `N` seeds from `first` always runs seed
//! `first + r`, however the sweep is split: task `i` of `k` runs the contiguous block of
//! replications `⌊i·N/k⌋ .. ⌊(i+1)·N/k⌋`, and writes them to one self-describing shard (JSON,
//! docs/cluster.md). The merge checks the shards belong to one sweep, puts the replications
//! back in order and summarises them with the same code as the one-machine sweep, so the
//! result is the same bit for bit.

use std::collections::BTreeMap;
use std::hash::Hasher;
use std::ops::Range;
use std::path::{Path, PathBuf};

use fnv::FnvHasher;
use miette::Diagnostic;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{Metric, Replication, Sweep, summarise};
use crate::i18n::{Lang, Localized, Text};
use crate::time::SimTime;
use crate::tr;
use crate::view::CATEGORIES;

/// What the `kind` field of every shard says.
const KIND: &str = "fluxsim sweep shard";

/// The shard format this build writes and reads.
pub const FORMAT: u32 = 1;

/// The build that runs a task: the crate's version, the model version and the digest scheme
/// (`0.1.0 (model 3, digest scheme 3)`). Shards of another version are never merged together.
pub fn version() -> String {
    format!(
        "{} (model {}, digest scheme {})",
        env!("CARGO_PKG_VERSION"),
        crate::journal::MODEL,
        crate::journal::DIGEST_SCHEME
    )
}

/// The task count a split takes at most (a shard file name has room for it, and a scheduler
/// never runs more array tasks).
pub const MAX_TASKS: u64 = 100_000;

/// FNV-1a 64 of some bytes, written `fnv1a64:` and 16 hexadecimal digits, as the scenario
/// hash of a journal's header.
pub fn content_hash(bytes: &[u8]) -> String {
    let mut h = FnvHasher::default();
    h.write(bytes);
    format!("fnv1a64:{:016x}", h.finish())
}

/// How one sweep is split: its replications and its tasks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Split {
    /// Replications of the whole sweep.
    pub replications: u64,
    /// Tasks it is split into.
    pub tasks: u64,
}

impl Split {
    /// The replications task `index` runs (0-based replication numbers): the contiguous block
    /// `⌊index·N/k⌋ .. ⌊(index+1)·N/k⌋`, so the blocks differ in size by one at most.
    pub fn block(&self, index: u64) -> Range<u64> {
        let at = |i: u64| {
            let n = u128::from(self.replications) * u128::from(i) / u128::from(self.tasks.max(1));
            u64::try_from(n).unwrap_or(self.replications)
        };
        at(index)..at(index.saturating_add(1))
    }

    /// The shard file of task `index`: `shard-00003.json`.
    pub fn file_name(index: u64) -> String {
        format!("shard-{index:05}.json")
    }
}

/// Where a task's index came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TaskIndex {
    /// `--task-index`.
    Flag(u64),
    /// An environment variable a scheduler sets: its name and value.
    Env(&'static str, u64),
}

impl TaskIndex {
    /// The index itself.
    pub fn value(self) -> u64 {
        match self {
            TaskIndex::Flag(i) | TaskIndex::Env(_, i) => i,
        }
    }
}

/// Task settings of `fluxsim sweep --task-count`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tasks {
    /// This task's index.
    pub index: TaskIndex,
    /// Tasks in the split.
    pub count: u64,
}

/// The environment variables a task's index is taken from when `--task-index` is not given,
/// in the order they are tried: Slurm's job arrays, Kubernetes' Indexed Jobs.
pub const INDEX_VARIABLES: [&str; 2] = ["SLURM_ARRAY_TASK_ID", "JOB_COMPLETION_INDEX"];

impl Tasks {
    /// The task's settings: the index from `flag`, else from the first variable of
    /// [`INDEX_VARIABLES`] `env` gives; checked against `count`.
    pub fn resolve(
        flag: Option<u64>,
        count: u64,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<Tasks, ShardError> {
        if count == 0 || count > MAX_TASKS {
            return Err(ShardError::TaskCount { count });
        }
        let index = match flag {
            Some(i) => TaskIndex::Flag(i),
            None => {
                let found = INDEX_VARIABLES
                    .into_iter()
                    .find_map(|name| env(name).map(|value| (name, value)));
                let Some((name, value)) = found else {
                    return Err(ShardError::NoIndex);
                };
                let parsed = value
                    .trim()
                    .parse::<u64>()
                    .map_err(|_| ShardError::BadIndexVariable { name, value })?;
                TaskIndex::Env(name, parsed)
            }
        };
        if index.value() >= count {
            return Err(ShardError::IndexOutOfRange { index, count });
        }
        Ok(Tasks { index, count })
    }
}

/// A metric as a shard names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MetricName {
    /// Metric name (docs/sweep-json.md).
    pub name: String,
    /// The BCP or reception site it is about.
    pub place: Option<String>,
}

/// One replication in a shard: what `runs[]` of the sweep's JSON holds, with its replication
/// number and its values written exactly (a number, null for none, or `"NaN"`, `"inf"`,
/// `"-inf"`), so the merge summarises the very same bits.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ShardRun {
    /// Replication number, 0-based: its seed is the sweep's first seed plus it.
    pub replication: u64,
    /// Its master seed.
    pub seed: u64,
    /// Events the engine processed.
    pub events: u64,
    /// The value of each metric, in the order of the shard's `metrics`.
    #[serde(
        serialize_with = "exact::serialize",
        deserialize_with = "exact::deserialize"
    )]
    pub values: Vec<Option<f64>>,
    /// Gaps opened, by category.
    pub gaps: [u32; CATEGORIES],
    /// Whether the replication conserved its people.
    pub conserved: bool,
}

/// One task's shard.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Shard {
    /// Always `fluxsim sweep shard`.
    pub kind: String,
    /// The shard format (1).
    pub format: u32,
    /// The build that ran the task ([`version`]).
    pub version: String,
    /// The exercise's name.
    pub scenario: String,
    /// The scenario file as the task was given it (`(default)` for the embedded one).
    pub scenario_file: String,
    /// FNV-1a 64 of the scenario file's text.
    pub scenario_hash: String,
    /// FNV-1a 64 of the journal or command script applied, if any.
    pub journal_hash: Option<String>,
    /// Every institution simulated by its mandate (`--simulate-all`, or the journal's).
    pub simulate_all: bool,
    /// Seed of replication 0.
    pub first_seed: u64,
    /// Replications of the whole sweep.
    pub seeds: u64,
    /// Tasks of the split.
    pub task_count: u64,
    /// This task's index, 0-based.
    pub task_index: u64,
    /// Simulated time each replication ran to (ms).
    pub until_ms: i64,
    /// Commands applied in each replication.
    pub commands: usize,
    /// The metrics, in the order of each replication's values.
    pub metrics: Vec<MetricName>,
    /// This task's replications, in order; empty when it failed.
    pub runs: Vec<ShardRun>,
    /// Why the task failed (in English), when a replication could not run.
    pub failed: Option<String>,
}

/// What every shard of one sweep shares, written by the task that runs it.
#[derive(Debug, Clone)]
pub struct ShardHeader {
    /// The exercise's name.
    pub scenario: String,
    /// The scenario file as given.
    pub scenario_file: String,
    /// Its hash.
    pub scenario_hash: String,
    /// The journal's hash, if any.
    pub journal_hash: Option<String>,
    /// `--simulate-all` in force.
    pub simulate_all: bool,
    /// Seed of replication 0.
    pub first_seed: u64,
    /// Replications of the sweep.
    pub seeds: u64,
    /// Where each replication stops.
    pub until: SimTime,
    /// Commands per replication.
    pub commands: usize,
}

impl Shard {
    /// Task `tasks`' shard: its replications (those of [`Split::block`], in order), or why
    /// they could not run.
    pub fn new(
        header: &ShardHeader,
        tasks: Tasks,
        metrics: &[Metric],
        runs: Result<Vec<Replication>, String>,
    ) -> Shard {
        let block = Split {
            replications: header.seeds,
            tasks: tasks.count,
        }
        .block(tasks.index.value());
        let (runs, failed) = match runs {
            Ok(runs) => (
                block
                    .zip(runs)
                    .map(|(replication, r)| ShardRun {
                        replication,
                        seed: r.seed,
                        events: r.events,
                        values: r.values,
                        gaps: r.gaps,
                        conserved: r.conserved,
                    })
                    .collect(),
                None,
            ),
            Err(reason) => (Vec::new(), Some(reason)),
        };
        Shard {
            kind: KIND.to_string(),
            format: FORMAT,
            version: version(),
            scenario: header.scenario.clone(),
            scenario_file: header.scenario_file.clone(),
            scenario_hash: header.scenario_hash.clone(),
            journal_hash: header.journal_hash.clone(),
            simulate_all: header.simulate_all,
            first_seed: header.first_seed,
            seeds: header.seeds,
            task_count: tasks.count,
            task_index: tasks.index.value(),
            until_ms: header.until.millis(),
            commands: header.commands,
            metrics: metrics
                .iter()
                .map(|m| MetricName {
                    name: m.name.to_string(),
                    place: m.place.clone(),
                })
                .collect(),
            runs,
            failed,
        }
    }

    /// The shard as the file holds it (pretty JSON, one trailing newline).
    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text
    }

    /// Reads a shard file.
    pub fn read(path: &Path) -> Result<Shard, ShardError> {
        let shown = path.display().to_string();
        let bytes = std::fs::read(path).map_err(|e| ShardError::Unreadable {
            path: shown.clone(),
            reason: e.to_string(),
        })?;
        let corrupt = |reason: Text| ShardError::Corrupt {
            path: shown.clone(),
            reason,
        };
        let value: serde_json::Value =
            serde_json::from_slice(&bytes).map_err(|e| corrupt(json_reason(&e)))?;
        if value.get("kind").and_then(|k| k.as_str()) != Some(KIND) {
            return Err(ShardError::NotAShard { path: shown });
        }
        if let Some(format) = value.get("format").and_then(|f| f.as_u64())
            && format != u64::from(FORMAT)
        {
            return Err(ShardError::Format {
                path: shown,
                format,
            });
        }
        // Read from the bytes again (not the value) so a field of the wrong kind is located.
        let shard: Shard = serde_json::from_slice(&bytes).map_err(|e| corrupt(json_reason(&e)))?;
        shard.check_self().map_err(corrupt)?;
        Ok(shard)
    }

    /// Checks the shard holds what its header says: the block of its index, each run's seed
    /// from its replication number, a value per metric, metrics a sweep reports.
    fn check_self(&self) -> Result<(), Text> {
        if self.task_count == 0 || self.task_index >= self.task_count {
            return Err(Text::new("shard-check-task")
                .id("index", self.task_index.to_string())
                .id("count", self.task_count.to_string()));
        }
        if let Some(m) = self
            .metrics
            .iter()
            .find(|m| Metric::named(&m.name, m.place.clone()).is_none())
        {
            return Err(Text::new("shard-check-metric").id("metric", m.name.as_str()));
        }
        if self.failed.is_some() {
            return Ok(());
        }
        let block = Split {
            replications: self.seeds,
            tasks: self.task_count,
        }
        .block(self.task_index);
        let numbers: Vec<u64> = self.runs.iter().map(|r| r.replication).collect();
        if numbers != block.clone().collect::<Vec<_>>() {
            return Err(Text::new("shard-check-block")
                .id("first", block.start.to_string())
                .id("last", block.end.saturating_sub(1).to_string())
                .id("index", self.task_index.to_string())
                .id("count", self.task_count.to_string()));
        }
        for run in &self.runs {
            if Some(run.seed) != self.first_seed.checked_add(run.replication) {
                return Err(Text::new("shard-check-seed")
                    .id("replication", run.replication.to_string())
                    .id("seed", run.seed.to_string()));
            }
            if run.values.len() != self.metrics.len() {
                return Err(Text::new("shard-check-values")
                    .id("replication", run.replication.to_string())
                    .count("values", run.values.len() as u64)
                    .count("metrics", self.metrics.len() as u64));
            }
        }
        Ok(())
    }

    /// The sweep's settings, to compare two shards and to say how they differ.
    fn settings(&self) -> Settings {
        Settings {
            first: self.first_seed,
            last: self.first_seed.saturating_add(self.seeds.saturating_sub(1)),
            until: SimTime(self.until_ms),
            simulate_all: self.simulate_all,
            commands: self.commands,
        }
    }
}

/// What is wrong with a shard file's JSON, in plain words and at its line and column: the
/// file ends too early (cut off while it was written or copied), is not JSON at all (damaged,
/// or another kind of file), or lacks a field or holds a value of the wrong kind (written by
/// another version of fluxsim, or edited).
pub fn json_reason(err: &serde_json::Error) -> Text {
    let place = |text: Text| {
        text.id("line", err.line().to_string())
            .id("column", err.column().to_string())
    };
    match err.classify() {
        serde_json::error::Category::Eof => place(Text::new("shard-json-cut")),
        serde_json::error::Category::Syntax => place(Text::new("shard-json-syntax")),
        serde_json::error::Category::Data => {
            // serde names a missing field `like this`; any other data error is a wrong value.
            let message = err.to_string();
            let missing = message
                .strip_prefix("missing field `")
                .and_then(|rest| rest.split_once('`'))
                .map(|(field, _)| field.to_string());
            match missing {
                Some(field) => place(Text::new("shard-json-missing").id("field", field)),
                None => place(Text::new("shard-json-value")),
            }
        }
        serde_json::error::Category::Io => place(Text::new("shard-json-cut")),
    }
}

/// A sweep's settings, as a message about two shards that differ shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    /// Seed of the first replication.
    pub first: u64,
    /// Seed of the last.
    pub last: u64,
    /// Where each replication stops.
    pub until: SimTime,
    /// Every institution simulated.
    pub simulate_all: bool,
    /// Commands per replication.
    pub commands: usize,
}

impl Localized for Settings {
    fn localized(&self, lang: Lang) -> String {
        tr!(
            lang,
            if self.simulate_all {
                "shard-settings-simulate-all"
            } else {
                "shard-settings"
            },
            first = self.first.to_string(),
            last = self.last.to_string(),
            until = self.until.t_plus(),
            commands = self.commands
        )
    }
}

/// Which part of two shards differs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Differs {
    /// The scenario's text.
    Scenario,
    /// The journal applied.
    Journal,
    /// The build that ran it.
    Version,
    /// The sweep's settings (seeds, until, simulate-all, metrics): the file's, the
    /// reference's.
    Settings(Settings, Settings),
}

/// Why a task or a merge could not go on.
#[derive(Debug, thiserror::Error, Diagnostic)]
pub enum ShardError {
    /// No `--task-index` and no scheduler variable.
    NoIndex,
    /// A scheduler variable that is not an index.
    BadIndexVariable {
        /// The variable.
        name: &'static str,
        /// Its value.
        value: String,
    },
    /// An index past the task count.
    IndexOutOfRange {
        /// The index and where it came from.
        index: TaskIndex,
        /// `--task-count`.
        count: u64,
    },
    /// A task count of 0 or past [`MAX_TASKS`].
    TaskCount {
        /// The count asked for.
        count: u64,
    },
    /// More tasks than replications: some would have none.
    MoreTasksThanSeeds {
        /// `--task-count`.
        tasks: u64,
        /// `--seeds`.
        seeds: u64,
    },
    /// The shard directory cannot be read or made.
    Directory {
        /// The directory.
        path: String,
        /// Why.
        reason: String,
    },
    /// A shard file cannot be read.
    Unreadable {
        /// The file.
        path: String,
        /// Why.
        reason: String,
    },
    /// A shard file is not valid JSON of a shard.
    Corrupt {
        /// The file.
        path: String,
        /// What is wrong, and where ([`json_reason`], or a check of what the shard holds).
        reason: Text,
    },
    /// A JSON file named like a shard that is no fluxsim shard.
    NotAShard {
        /// The file.
        path: String,
    },
    /// A shard of a format this build does not read.
    Format {
        /// The file.
        path: String,
        /// Its format.
        format: u64,
    },
    /// A shard of another sweep than the first one read.
    Other {
        /// The file.
        path: String,
        /// The shard it was compared with.
        reference: String,
        /// What differs.
        differs: Box<Differs>,
        /// Its value in the file.
        theirs: String,
        /// Its value in the reference.
        ours: String,
    },
    /// A shard of a split into another number of tasks than `--expect`.
    OtherCount {
        /// The file.
        path: String,
        /// Its task count.
        count: u64,
        /// `--expect`.
        expect: u64,
    },
    /// Two shards of the same task.
    Duplicate {
        /// The task.
        index: u64,
        /// One file.
        first: String,
        /// The other.
        second: String,
    },
    /// Tasks without a shard, or whose shard says they failed.
    Incomplete {
        /// The directory.
        dir: String,
        /// `--expect`.
        expect: u64,
        /// Tasks with no shard.
        missing: Vec<u64>,
        /// Tasks that failed, with why.
        failed: Vec<(u64, String)>,
    },
}

impl std::fmt::Display for ShardError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.localized(Lang::En))
    }
}

impl Localized for ShardError {
    fn localized(&self, lang: Lang) -> String {
        match self {
            ShardError::NoIndex => tr!(lang, "shard-error-no-index"),
            ShardError::BadIndexVariable { name, value } => tr!(
                lang,
                "shard-error-bad-index-variable",
                name = *name,
                value = value.as_str()
            ),
            ShardError::IndexOutOfRange { index, count } => {
                let last = count.saturating_sub(1).to_string();
                match index {
                    TaskIndex::Flag(i) => tr!(
                        lang,
                        "shard-error-index-out-of-range",
                        index = i.to_string(),
                        count = count.to_string(),
                        last = last,
                    ),
                    TaskIndex::Env(name, i) => tr!(
                        lang,
                        "shard-error-index-variable-out-of-range",
                        name = *name,
                        index = i.to_string(),
                        count = count.to_string(),
                        last = last,
                    ),
                }
            }
            ShardError::TaskCount { count } => tr!(
                lang,
                "shard-error-task-count",
                count = count.to_string(),
                max = MAX_TASKS.to_string()
            ),
            ShardError::MoreTasksThanSeeds { tasks, seeds } => tr!(
                lang,
                "shard-error-more-tasks-than-seeds",
                tasks = tasks.to_string(),
                seeds = seeds.to_string()
            ),
            ShardError::Directory { path, reason } => tr!(
                lang,
                "shard-error-directory",
                path = path.as_str(),
                reason = reason.as_str()
            ),
            ShardError::Unreadable { path, reason } => tr!(
                lang,
                "shard-error-unreadable",
                path = path.as_str(),
                reason = reason.as_str()
            ),
            ShardError::Corrupt { path, reason } => tr!(
                lang,
                "shard-error-corrupt",
                path = path.as_str(),
                reason = reason.localized(lang)
            ),
            ShardError::NotAShard { path } => {
                tr!(lang, "shard-error-not-a-shard", path = path.as_str())
            }
            ShardError::Format { path, format } => tr!(
                lang,
                "shard-error-format",
                path = path.as_str(),
                format = format.to_string(),
                ours = FORMAT.to_string()
            ),
            ShardError::Other {
                path,
                reference,
                differs,
                theirs,
                ours,
            } => {
                let (key, theirs, ours) = match differs.as_ref() {
                    Differs::Scenario => {
                        ("shard-error-other-scenario", theirs.clone(), ours.clone())
                    }
                    Differs::Journal => ("shard-error-other-journal", theirs.clone(), ours.clone()),
                    Differs::Version => ("shard-error-other-version", theirs.clone(), ours.clone()),
                    Differs::Settings(t, o) => (
                        "shard-error-other-settings",
                        t.localized(lang),
                        o.localized(lang),
                    ),
                };
                tr!(
                    lang,
                    key,
                    path = path.as_str(),
                    reference = reference.as_str(),
                    theirs = theirs,
                    ours = ours
                )
            }
            ShardError::OtherCount {
                path,
                count,
                expect,
            } => tr!(
                lang,
                "shard-error-other-count",
                path = path.as_str(),
                count = count.to_string(),
                expect = expect.to_string()
            ),
            ShardError::Duplicate {
                index,
                first,
                second,
            } => tr!(
                lang,
                "shard-error-duplicate",
                index = index.to_string(),
                first = first.as_str(),
                second = second.as_str()
            ),
            ShardError::Incomplete {
                dir,
                expect,
                missing,
                failed,
            } => {
                let mut text = String::new();
                if !missing.is_empty() {
                    text += &tr!(
                        lang,
                        "shard-error-missing",
                        count = missing.len(),
                        expect = expect.to_string(),
                        dir = dir.as_str(),
                        tasks = slurm_array(missing)
                    );
                }
                for (index, reason) in failed {
                    if !text.is_empty() {
                        text.push('\n');
                    }
                    text += &tr!(
                        lang,
                        "shard-error-failed",
                        index = index.to_string(),
                        reason = reason.as_str()
                    );
                }
                text
            }
        }
    }

    fn localized_help(&self, lang: Lang) -> Option<String> {
        match self {
            ShardError::NoIndex => Some(tr!(lang, "shard-error-no-index-help")),
            ShardError::MoreTasksThanSeeds { seeds, .. } => Some(tr!(
                lang,
                "shard-error-more-tasks-than-seeds-help",
                seeds = seeds.to_string()
            )),
            ShardError::Other { .. } => Some(tr!(lang, "shard-error-other-help")),
            ShardError::Incomplete {
                missing, failed, ..
            } => {
                let mut again: Vec<u64> = missing.clone();
                again.extend(failed.iter().map(|(i, _)| *i));
                again.sort_unstable();
                Some(tr!(
                    lang,
                    "shard-error-incomplete-help",
                    array = format!("--array={}", slurm_array(&again))
                ))
            }
            ShardError::BadIndexVariable { .. }
            | ShardError::IndexOutOfRange { .. }
            | ShardError::TaskCount { .. }
            | ShardError::Directory { .. }
            | ShardError::Unreadable { .. }
            | ShardError::Corrupt { .. }
            | ShardError::NotAShard { .. }
            | ShardError::Format { .. }
            | ShardError::OtherCount { .. }
            | ShardError::Duplicate { .. } => None,
        }
    }
}

/// Task indices in the syntax of Slurm's `--array`: sorted, runs of three or more written
/// as ranges (`3,17,40-42`).
pub fn slurm_array(indices: &[u64]) -> String {
    let mut sorted = indices.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    let mut parts = Vec::new();
    let mut k = 0;
    while let Some(&start) = sorted.get(k) {
        let mut end = k;
        while sorted
            .get(end + 1)
            .is_some_and(|&next| Some(next) == sorted[end].checked_add(1))
        {
            end += 1;
        }
        match end - k {
            0 => parts.push(start.to_string()),
            1 => {
                parts.push(start.to_string());
                parts.push(sorted[end].to_string());
            }
            _ => parts.push(format!("{start}-{}", sorted[end])),
        }
        k = end + 1;
    }
    parts.join(",")
}

/// Whether a file name is a shard's (`shard-<digits>.json`).
fn is_shard_name(name: &str) -> bool {
    name.strip_prefix("shard-")
        .and_then(|n| n.strip_suffix(".json"))
        .is_some_and(|digits| !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
}

/// Merges the shards in `dir` of a sweep split into `expect` tasks: what `fluxsim sweep`
/// gives for the same seeds on one machine, bit for bit. Refuses shards of another scenario,
/// journal, build or sweep, and names the tasks missing or failed.
pub fn merge(dir: &Path, expect: u64) -> Result<Sweep, ShardError> {
    if expect == 0 || expect > MAX_TASKS {
        return Err(ShardError::TaskCount { count: expect });
    }
    let shown = dir.display().to_string();
    let entries = std::fs::read_dir(dir).map_err(|e| ShardError::Directory {
        path: shown.clone(),
        reason: e.to_string(),
    })?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_str().is_some_and(is_shard_name))
        .map(|e| e.path())
        .collect();
    files.sort();
    let mut shards: BTreeMap<u64, (String, Shard)> = BTreeMap::new();
    let mut reference: Option<(String, Shard)> = None;
    for file in files {
        let shard = Shard::read(&file)?;
        let path = file.display().to_string();
        if shard.task_count != expect {
            return Err(ShardError::OtherCount {
                path,
                count: shard.task_count,
                expect,
            });
        }
        match &reference {
            None => reference = Some((path.clone(), shard.clone())),
            Some((name, first)) => same_sweep(&path, &shard, name, first)?,
        }
        if let Some((first, _)) = shards.get(&shard.task_index) {
            return Err(ShardError::Duplicate {
                index: shard.task_index,
                first: first.clone(),
                second: path,
            });
        }
        shards.insert(shard.task_index, (path, shard));
    }
    let missing: Vec<u64> = (0..expect).filter(|i| !shards.contains_key(i)).collect();
    let failed: Vec<(u64, String)> = shards
        .iter()
        .filter_map(|(i, (_, s))| s.failed.clone().map(|why| (*i, why)))
        .collect();
    let Some((_, first)) = reference.filter(|_| missing.is_empty() && failed.is_empty()) else {
        return Err(ShardError::Incomplete {
            dir: shown,
            expect,
            missing,
            failed,
        });
    };
    let metrics: Vec<Metric> = first
        .metrics
        .iter()
        .filter_map(|m| Metric::named(&m.name, m.place.clone()))
        .collect();
    let runs: Vec<Replication> = shards
        .into_values()
        .flat_map(|(_, s)| s.runs)
        .map(|r| Replication {
            seed: r.seed,
            events: r.events,
            values: r.values,
            gaps: r.gaps,
            conserved: r.conserved,
        })
        .collect();
    Ok(summarise(
        &first.scenario,
        &metrics,
        runs,
        first.commands,
        SimTime(first.until_ms),
    ))
}

/// Checks `shard` (in `path`) belongs to the sweep of `first` (in `reference`).
fn same_sweep(path: &str, shard: &Shard, reference: &str, first: &Shard) -> Result<(), ShardError> {
    let none = || String::from("none");
    let differs = if shard.scenario_hash != first.scenario_hash {
        Some((
            Differs::Scenario,
            shard.scenario_hash.clone(),
            first.scenario_hash.clone(),
        ))
    } else if shard.journal_hash != first.journal_hash {
        Some((
            Differs::Journal,
            shard.journal_hash.clone().unwrap_or_else(none),
            first.journal_hash.clone().unwrap_or_else(none),
        ))
    } else if shard.version != first.version {
        Some((
            Differs::Version,
            shard.version.clone(),
            first.version.clone(),
        ))
    } else if shard.settings() != first.settings()
        || shard.metrics != first.metrics
        || shard.scenario != first.scenario
    {
        Some((
            Differs::Settings(shard.settings(), first.settings()),
            String::new(),
            String::new(),
        ))
    } else {
        None
    };
    match differs {
        None => Ok(()),
        Some((differs, theirs, ours)) => Err(ShardError::Other {
            path: path.to_string(),
            reference: reference.to_string(),
            differs: Box::new(differs),
            theirs,
            ours,
        }),
    }
}

/// Values written exactly: finite numbers as JSON numbers (which read back to the same bits),
/// none as null, the others as strings.
mod exact {
    use super::*;

    #[derive(Serialize, Deserialize)]
    #[serde(untagged)]
    enum Value {
        Number(f64),
        Word(String),
    }

    pub fn serialize<S: Serializer>(values: &[Option<f64>], s: S) -> Result<S::Ok, S::Error> {
        let out: Vec<Option<Value>> = values
            .iter()
            .map(|v| {
                v.map(|x| {
                    if x.is_finite() {
                        Value::Number(x)
                    } else if x.is_nan() {
                        Value::Word("NaN".into())
                    } else if x > 0.0 {
                        Value::Word("inf".into())
                    } else {
                        Value::Word("-inf".into())
                    }
                })
            })
            .collect();
        out.serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Option<f64>>, D::Error> {
        let values: Vec<Option<Value>> = Vec::deserialize(d)?;
        values
            .into_iter()
            .map(|v| match v {
                None => Ok(None),
                Some(Value::Number(x)) => Ok(Some(x)),
                Some(Value::Word(w)) => match w.as_str() {
                    "NaN" => Ok(Some(f64::NAN)),
                    "inf" => Ok(Some(f64::INFINITY)),
                    "-inf" => Ok(Some(f64::NEG_INFINITY)),
                    other => Err(serde::de::Error::custom(format!(
                        "a value is a number, null, \"NaN\", \"inf\" or \"-inf\", not \"{other}\""
                    ))),
                },
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_blocks_cover_every_replication_once_in_order() {
        for (n, k) in [(6, 3), (12, 7), (7, 7), (1000, 3)] {
            let split = Split {
                replications: n,
                tasks: k,
            };
            let all: Vec<u64> = (0..k).flat_map(|i| split.block(i)).collect();
            assert_eq!(all, (0..n).collect::<Vec<_>>(), "{n} in {k}");
            let sizes: Vec<u64> = (0..k).map(|i| split.block(i).count() as u64).collect();
            let (min, max) = (sizes.iter().min(), sizes.iter().max());
            assert!(max.zip(min).is_some_and(|(a, b)| a - b <= 1), "{sizes:?}");
        }
    }

    #[test]
    fn indices_are_written_as_slurm_writes_an_array() {
        assert_eq!(slurm_array(&[3, 17, 40, 41, 42]), "3,17,40-42");
        assert_eq!(slurm_array(&[5, 4]), "4,5");
        assert_eq!(slurm_array(&[0, 1, 2, 3]), "0-3");
        assert_eq!(slurm_array(&[]), "");
    }

    #[test]
    fn the_flag_wins_over_the_schedulers_variables() {
        let env = |name: &str| (name == "SLURM_ARRAY_TASK_ID").then(|| "2".to_string());
        let from_flag = Tasks::resolve(Some(1), 3, env).expect("in range");
        assert_eq!(from_flag.index, TaskIndex::Flag(1));
        let from_env = Tasks::resolve(None, 3, env).expect("in range");
        assert_eq!(from_env.index, TaskIndex::Env("SLURM_ARRAY_TASK_ID", 2));
        let k8s = |name: &str| (name == "JOB_COMPLETION_INDEX").then(|| "0".to_string());
        let index = Tasks::resolve(None, 3, k8s).expect("in range").index;
        assert_eq!(index, TaskIndex::Env("JOB_COMPLETION_INDEX", 0));
        assert!(matches!(
            Tasks::resolve(None, 3, |_| None),
            Err(ShardError::NoIndex)
        ));
        assert!(matches!(
            Tasks::resolve(None, 2, env),
            Err(ShardError::IndexOutOfRange { .. })
        ));
    }

    #[test]
    fn values_that_are_no_numbers_come_back_as_they_were() {
        let run = ShardRun {
            replication: 0,
            seed: 1,
            events: 10,
            values: vec![Some(0.1 + 0.2), None, Some(f64::NAN), Some(f64::INFINITY)],
            gaps: [0; CATEGORIES],
            conserved: true,
        };
        let text = serde_json::to_string(&run).expect("serialises");
        let back: ShardRun = serde_json::from_str(&text).expect("reads back");
        assert_eq!(
            back.values[0].map(f64::to_bits),
            Some((0.1f64 + 0.2).to_bits())
        );
        assert_eq!(back.values[1], None);
        assert!(back.values[2].is_some_and(f64::is_nan));
        assert_eq!(back.values[3], Some(f64::INFINITY));
    }
}
