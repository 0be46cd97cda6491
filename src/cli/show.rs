//! `fluxsim scenario show [FILE]`: a readable summary of a scenario.

use std::path::PathBuf;

use clap::Subcommand;

use super::run::report;
use super::{Failure, load_source};
use crate::i18n::Lang;
use crate::scenario::{capacity_in, parse, render_capacity_in, render_summary};

/// Subcommands of `fluxsim scenario`.
#[derive(Debug, Subcommand)]
pub enum ScenarioCommand {
    /// Print a readable summary of a scenario, with its RACI table and expected arrivals.
    ///
    /// The summary covers the exercise, places by kind with their capacities, links,
    /// resources, institutions, the RACI table, the plan (phases, triggers, who declares,
    /// request deadlines), expected arrivals per entry point, the cohort, referrals and the
    /// first MSEL injects, then whether it adds up: what each stage handles per hour and
    /// per day against the peak arrival rate, with warnings for figures that look wrong.
    ///
    /// RACI cells read R responsible, A accountable, C consulted, I informed; rows with no
    /// Accountable institution are marked UNOWNED, rows with two or more CONTESTED.
    /// Exit code 0 when the file is valid, 1 on errors (printed as `check` prints them).
    Show {
        /// Scenario file (RON); the embedded default scenario when omitted.
        file: Option<PathBuf>,
    },
    /// The RACI matrix as a spreadsheet (CSV): institutions as columns, functions as rows,
    /// each cell the letters R, A, C, I the institution holds for the function (`RA`, `C`).
    /// Two A's in a row make a contested function, none an unowned one.
    Raci {
        #[command(subcommand)]
        command: super::sheets::SheetCommand,
    },
}

/// Runs a `scenario` subcommand.
pub fn run(command: &ScenarioCommand, lang: Lang) -> Result<(), Failure> {
    match command {
        ScenarioCommand::Show { file } => show(file.as_ref(), lang),
        ScenarioCommand::Raci { command } => {
            super::sheets::run(&super::sheets::RACI, command, lang)
        }
    }
}

fn show(file: Option<&PathBuf>, lang: Lang) -> Result<(), Failure> {
    let source = load_source(file)?;
    let scenario = parse(&source).map_err(report)?;
    print!("{}", render_summary(&scenario, lang));
    print!(
        "{}",
        render_capacity_in(&capacity_in(&scenario, &source, lang), lang)
    );
    Ok(())
}
