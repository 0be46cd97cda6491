//! `fluxsim sweep SCENARIO --seeds N`: replications of a scenario in parallel, optionally
//! replaying the commands of a journal on each, summarised per key metric.

use std::path::PathBuf;

use super::run::{parse_scenario, report};
use super::{Failure, load_source};
use crate::SimTime;
use crate::journal::{Tail, read_as, scenario_hash};
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
    pub threads: Option<usize>,
    /// Stop each replication here instead of at the scenario's end.
    pub until: Option<SimTime>,
    /// JSON instead of the tables.
    pub json: bool,
    /// Language of the tables.
    pub lang: crate::i18n::Lang,
}

/// Runs the sweep and prints its tables or its JSON.
pub fn run(args: &SweepArgs) -> Result<(), Failure> {
    let source = load_source(args.file.as_ref())?;
    let scenario = parse_scenario(&source)?;
    let journal = match &args.journal {
        Some(path) => Some(read_as(path, Tail::Line).map_err(report)?),
        None => None,
    };
    if let Some(header) = journal.as_ref().and_then(|j| j.header.as_ref())
        && header.hash != scenario_hash(&source.text)
    {
        eprintln!(
            "note: the journal was recorded on another version of the scenario than {}; its commands are applied as they are",
            source.name
        );
    }
    let timeline = timeline(&scenario, journal.as_ref());
    let options = SweepOptions {
        seeds: SweepOptions::seeds_from(args.first_seed, args.seeds),
        threads: args.threads,
        until: args.until,
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
        Some(r) => Err(Failure::Other(format!(
            "conservation check failed in the replication with seed {}",
            r.seed
        ))),
        None => Ok(()),
    }
}
