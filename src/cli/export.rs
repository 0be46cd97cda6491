//! `fluxsim export JOURNAL --csv DIR`: replay the exercise and write its tables as CSV
//! (columns in docs/export-csv.md).

use std::path::{Path, PathBuf};

use super::Failure;
use super::report::replayed;
use crate::report::export::export;

/// Writes the CSV tables of `journal` into `dir`.
pub fn run(journal: &Path, dir: &Path, scenario: Option<&PathBuf>) -> Result<(), Failure> {
    let mut exercise = replayed(journal, scenario)?;
    let files = export(&mut exercise.sim, dir).map_err(|e| Failure::Other(e.to_string()))?;
    for file in files {
        println!("{}", file.display());
    }
    Ok(())
}
