//! `fluxsim sweep SCENARIO --seeds N`: replications of a scenario in parallel, optionally
//! replaying the commands of a journal on each, summarised per key metric.

use std::path::PathBuf;

use super::note::Note;
use super::run::{parse_scenario, report, until_within};
use super::{Failure, load_source};
use crate::SimTime;
use crate::i18n::{Lang, Localized};
use crate::journal::{Tail, read_as, scenario_hash};
use crate::scenario::limits::Estimate;
use crate::sweep::{SweepOptions, sweep, table, timeline};

/// What `fluxsim sweep` was asked to do.
#[derive(Debug)]
pub struct SweepArgs {
    /// Scenario file; the embedded default when absent.
    pub file: Option<PathBuf>,
    /// Replications.
    pub seeds: u64,
    /// Seed of the first replication.
    pub first_seed: u64,
    /// Commands to replay on each replication.
    pub journal: Option<PathBuf>,
    /// Worker threads (the machine's cores when absent).
    pub threads: Option<u64>,
    /// Stop each replication here instead of at the scenario's end.
    pub until: Option<SimTime>,
    /// JSON instead of the tables.
    pub json: bool,
    /// Every institution simulated by its mandate, whatever its role (the baseline).
    pub simulate_all: bool,
    /// Language of the tables.
    pub lang: crate::i18n::Lang,
    /// Run even past the estimated memory and work limits.
    pub no_limits: bool,
}

/// Worker threads per core at most: more only adds switching, and ten thousand threads
/// bring a machine to its knees.
pub const THREADS_PER_CORE: usize = 4;

/// The worker threads to use: as asked, within [`THREADS_PER_CORE`] per core.
fn threads(asked: Option<u64>, lang: Lang) -> Option<usize> {
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    let cap = cores.saturating_mul(THREADS_PER_CORE);
    let asked = asked?;
    match usize::try_from(asked) {
        Ok(n) if n <= cap => Some(n),
        _ => {
            eprintln!(
                "{}",
                Note::ThreadsCapped { asked, cores, cap }.localized(lang)
            );
            Some(cap)
        }
    }
}

/// Runs the sweep and prints its tables or its JSON.
pub fn run(args: &SweepArgs) -> Result<(), Failure> {
    let source = load_source(args.file.as_ref())?;
    let mut scenario = parse_scenario(&source)?;
    let journal = match &args.journal {
        Some(path) => Some(read_as(path, Tail::Line).map_err(report)?),
        None => None,
    };
    let recorded_all = journal
        .as_ref()
        .and_then(|j| j.header.as_ref())
        .is_some_and(|h| h.simulate_all);
    if args.simulate_all || recorded_all {
        scenario.simulate_all();
    }
    if let Some(header) = journal.as_ref().and_then(|j| j.header.as_ref())
        && header.hash != scenario_hash(&source.text)
    {
        let note = Note::SweepScenarioChanged {
            scenario: source.name.clone(),
        };
        eprintln!("{}", note.localized(args.lang));
    }
    let seeds = SweepOptions::checked_seeds(args.first_seed, args.seeds).map_err(report)?;
    let until = until_within(args.until, &scenario, args.lang);
    let threads = threads(args.threads, args.lang);
    if !args.no_limits {
        let workers = threads
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, usize::from))
            .min(seeds.len());
        Estimate::of(&scenario, until)
            .sweep_within_limits(seeds.len(), workers)
            .map_err(report)?;
    }
    let timeline = timeline(&scenario, journal.as_ref());
    let options = SweepOptions {
        seeds,
        threads,
        until: Some(until),
    };
    let result = sweep(&scenario, &timeline, &options).map_err(report)?;
    if args.json {
        let json =
            serde_json::to_string_pretty(&result).map_err(|e| Failure::Other(e.to_string()))?;
        println!("{json}");
    } else {
        print!("{}", table(&result, args.lang));
    }
    match result.runs.iter().find(|r| !r.conserved) {
        Some(r) => Err(Failure::Note(Note::SweepNotConserved { seed: r.seed })),
        None => Ok(()),
    }
}
