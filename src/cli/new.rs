//! `fluxsim new FILE`: writes a commented starting scenario.

use std::path::Path;

use super::Failure;
use super::run::report;
use crate::i18n::Lang;
use crate::output::Output;
use crate::scenario::starter::{Starter, starter_text};
use crate::tr;

/// Writes the starting scenario for `starter` to `file` (an existing file only with `force`).
pub fn run(file: &Path, starter: &Starter, force: bool, lang: Lang) -> Result<(), Failure> {
    let output = Output::new(file, "file-new-scenario", force, &[]).map_err(report)?;
    output
        .write(starter_text(starter).as_bytes())
        .map_err(report)?;
    let path = file.display().to_string();
    eprintln!("{}", tr!(lang, "note-new-written", path = path));
    Ok(())
}
