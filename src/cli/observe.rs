//! `fluxsim observe JOURNAL --csv notes.csv -o J2`: the hot wash's observations added to a
//! copy of a recorded exercise, after its end, as annotation lines.

use std::path::PathBuf;

use super::Failure;
use super::msel::{EncodingArg, read_sheet};
use super::report::opened;
use super::run::{recorded_scenario, report, scenario_of};
use crate::i18n::Lang;
use crate::journal::annotations;
use crate::output::{Input, Output};
use crate::tr;

/// What `fluxsim observe` was asked to do.
#[derive(Debug)]
pub struct ObserveOptions {
    /// The recorded exercise.
    pub journal: PathBuf,
    /// The hot wash's sheet.
    pub csv: PathBuf,
    /// The copy to write.
    pub output: PathBuf,
    /// Replace `output` if it exists.
    pub force: bool,
    /// Scenario file instead of the one the journal names.
    pub scenario: Option<PathBuf>,
    /// The sheet's encoding, when not detected.
    pub encoding: Option<EncodingArg>,
}

/// Writes `options.journal` with the sheet's observations appended to `options.output`.
pub fn run(options: &ObserveOptions, lang: Lang) -> Result<(), Failure> {
    let opened = opened(&options.journal, lang)?;
    let mut inputs = opened.inputs(options.scenario.as_ref());
    inputs.push(Input::new(&options.csv, "file-observations"));
    let what = "file-observed-journal";
    let output = Output::new(&options.output, what, options.force, &inputs).map_err(report)?;
    let journal = opened.journal();
    let source = scenario_of(&journal, options.scenario.as_ref())?;
    let scenario = recorded_scenario(&journal, &source)?;
    let sheet = read_sheet(&options.csv, options.encoding, lang)?;
    let name = options.csv.display().to_string();
    let added = annotations(&journal, &scenario, &name, &sheet.text).map_err(report)?;
    let mut bytes = std::fs::read(&options.journal).map_err(|err| {
        Failure::Other(tr!(
            lang,
            "observe-cannot-read",
            file = journal.path.as_str(),
            error = err.to_string()
        ))
    })?;
    // Only its complete lines: a line cut off mid-write is left out of the copy.
    bytes.truncate(usize::try_from(journal.valid_len).unwrap_or(bytes.len()));
    bytes.extend_from_slice(added.text.as_bytes());
    output.write(&bytes).map_err(report)?;
    eprintln!(
        "{}",
        tr!(
            lang,
            "observe-written",
            count = added.count,
            output = options.output.display().to_string(),
            journal = journal.path.as_str()
        )
    );
    Ok(())
}
