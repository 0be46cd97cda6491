//! `fluxsim export JOURNAL --csv DIR [--aggregate-only | --hxl] [--cap FILE]`: replay the
//! exercise and write its tables as CSV and its injects as CAP alerts (docs/export-csv.md).

use std::path::{Path, PathBuf};

use super::Failure;
use super::report::opened;
use super::run::report;
use crate::i18n::Lang;
use crate::output::Output;
use crate::report::cap::cap_feed;
use crate::report::export::{Options, files, write_with};

/// What to write.
pub struct Targets {
    /// The directory of the CSV tables, if any.
    pub csv: Option<PathBuf>,
    /// Which tables.
    pub options: Options,
    /// The CAP file, if any.
    pub cap: Option<PathBuf>,
}

/// Writes the CSV tables of `journal` into `dir` and its CAP alerts; every file is checked
/// before the replay, and none is written when one already exists (unless `force`).
pub fn run(
    journal: &Path,
    targets: &Targets,
    scenario: Option<&PathBuf>,
    force: bool,
    lang: Lang,
) -> Result<(), Failure> {
    let opened = opened(journal, lang)?;
    let inputs = opened.inputs(scenario);
    let tables = match &targets.csv {
        Some(dir) => Some((
            dir,
            Output::all(
                dir,
                &files(targets.options),
                "file-csv-export",
                force,
                &inputs,
            )
            .map_err(report)?,
        )),
        None => None,
    };
    let cap = match &targets.cap {
        Some(file) => Some(Output::new(file, "file-cap-export", force, &inputs).map_err(report)?),
        None => None,
    };
    let mut exercise = opened.replay(scenario)?;
    if let Some((dir, outputs)) = tables {
        let written =
            write_with(&mut exercise.sim, dir, &outputs, targets.options).map_err(report)?;
        for file in written {
            println!("{}", file.display());
        }
    }
    if let Some(output) = cap {
        output
            .write(cap_feed(&exercise.sim, &exercise.journal).as_bytes())
            .map_err(report)?;
        println!("{}", output.path().display());
    }
    Ok(())
}
