//! `fluxsim fork JOURNAL --at 30h -o whatif.journal`: start a what-if branch from a moment of
//! a recorded exercise.

use std::path::PathBuf;

use super::Failure;
use super::report::opened;
use super::run::{count, parse_scenario, report, scenario_of};
use crate::SimTime;
use crate::journal::fork;
use crate::output::{Input, Output};

/// What `fluxsim fork` was asked to do.
#[derive(Debug)]
pub struct ForkOptions {
    /// The recorded exercise.
    pub journal: PathBuf,
    /// The cut: commands strictly before it are kept.
    pub at: SimTime,
    /// The new journal.
    pub output: PathBuf,
    /// Replace `output` if it exists.
    pub force: bool,
    /// Scenario file instead of the one the journal names.
    pub scenario: Option<PathBuf>,
}

/// Writes the branch of `options.journal` at `options.at` to `options.output`.
pub fn run(options: &ForkOptions) -> Result<(), Failure> {
    let opened = opened(&options.journal)?;
    let mut inputs = opened.inputs(options.scenario.as_ref());
    // The journal forked is named so in the refusal.
    inputs[0] = Input::new(&options.journal, "the journal being forked");
    let output =
        Output::new(&options.output, "the fork", options.force, &inputs).map_err(report)?;
    let journal = opened.journal();
    let source = scenario_of(&journal, options.scenario.as_ref())?;
    let scenario = parse_scenario(&source)?;
    let forked = fork(&journal, &scenario, &source, options.at).map_err(report)?;
    forked.write_to(&output).map_err(report)?;
    eprintln!(
        "fork {}: {} of {} before T+{} kept, {} at or after it left out; state there {:016x}",
        options.output.display(),
        count(forked.kept, "command"),
        journal.path,
        options.at,
        forked.left_out,
        forked.state,
    );
    eprintln!(
        "continue it with `fluxsim run --resume {} --commands SCRIPT` (the script's commands before T+{} must be the ones kept)",
        options.output.display(),
        options.at
    );
    Ok(())
}
