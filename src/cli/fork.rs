//! `fluxsim fork JOURNAL --at 30h -o whatif.journal`: start a what-if branch from a moment of
//! a recorded exercise.

use std::path::PathBuf;

use super::Failure;
use super::report::opened;
use super::run::{recorded_scenario, report, scenario_of};
use crate::SimTime;
use crate::i18n::Lang;
use crate::journal::fork;
use crate::output::{Input, Output};
use crate::tr;

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
    /// The language of the notes.
    pub lang: Lang,
}

/// Writes the branch of `options.journal` at `options.at` to `options.output`.
pub fn run(options: &ForkOptions) -> Result<(), Failure> {
    let opened = opened(&options.journal, options.lang)?;
    let mut inputs = opened.inputs(options.scenario.as_ref());
    // The journal forked is named so in the refusal.
    inputs[0] = Input::new(&options.journal, "file-journal-forked");
    let output =
        Output::new(&options.output, "file-fork", options.force, &inputs).map_err(report)?;
    let journal = opened.journal();
    let source = scenario_of(&journal, options.scenario.as_ref())?;
    let scenario = recorded_scenario(&journal, &source)?;
    let forked = fork(&journal, &scenario, &source, options.at).map_err(report)?;
    forked.write_to(&output).map_err(report)?;
    let lang = options.lang;
    for note in &forked.notes {
        eprintln!("{}", crate::i18n::Localized::localized(note, lang));
    }
    eprintln!(
        "{}",
        tr!(
            lang,
            "cli-fork-done",
            output = options.output.display().to_string(),
            kept = forked.kept,
            journal = journal.path.as_str(),
            at = options.at.to_string(),
            left = forked.left_out,
            state = format!("{:016x}", forked.state)
        )
    );
    eprintln!(
        "{}",
        tr!(
            lang,
            "cli-fork-continue",
            output = options.output.display().to_string(),
            at = options.at.to_string()
        )
    );
    Ok(())
}
