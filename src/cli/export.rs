//! `fluxsim export JOURNAL --csv DIR`: replay the exercise and write its tables as CSV
//! (columns in docs/export-csv.md).

use std::path::{Path, PathBuf};

use super::Failure;
use super::report::opened;
use super::run::{report, report_as_is};
use crate::i18n::Lang;
use crate::output::Output;
use crate::report::export::{FILES, write_tables};

/// Writes the CSV tables of `journal` into `dir`; every file is checked before the replay,
/// and none is written when one already exists (unless `force`).
pub fn run(
    journal: &Path,
    dir: &Path,
    scenario: Option<&PathBuf>,
    force: bool,
    lang: Lang,
) -> Result<(), Failure> {
    let opened = opened(journal, lang)?;
    let outputs = Output::all(
        dir,
        &FILES,
        "file-csv-export",
        force,
        &opened.inputs(scenario),
    )
    .map_err(report)?;
    let mut exercise = opened.replay(scenario)?;
    let files = write_tables(&mut exercise.sim, dir, &outputs).map_err(report_as_is)?;
    for file in files {
        println!("{}", file.display());
    }
    Ok(())
}
