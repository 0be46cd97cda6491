//! `fluxsim export JOURNAL --csv DIR`: replay the exercise and write its tables as CSV
//! (columns in docs/export-csv.md).

use std::path::{Path, PathBuf};

use super::Failure;
use super::report::opened;
use super::run::report;
use crate::output::Output;
use crate::report::export::{FILES, write_tables};

/// Writes the CSV tables of `journal` into `dir`; every file is checked before the replay,
/// and none is written when one already exists (unless `force`).
pub fn run(
    journal: &Path,
    dir: &Path,
    scenario: Option<&PathBuf>,
    force: bool,
) -> Result<(), Failure> {
    let opened = opened(journal)?;
    let outputs = Output::all(
        dir,
        &FILES,
        "the CSV export",
        force,
        &opened.inputs(scenario),
    )
    .map_err(report)?;
    let mut exercise = opened.replay(scenario)?;
    let files = write_tables(&mut exercise.sim, dir, &outputs).map_err(report)?;
    for file in files {
        println!("{}", file.display());
    }
    Ok(())
}
