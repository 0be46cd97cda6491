//! `fluxsim scenario show [FILE]`: a readable summary of a scenario.

use std::path::PathBuf;

use clap::Subcommand;

use super::run::report;
use super::{Failure, load_source};
use crate::i18n::Lang;
use crate::output::{Input, Output};
use crate::scenario::network_svg::network_svg;
use crate::scenario::{capacity_in, parse, render_capacity_in, render_summary};
use crate::tr;

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
        /// Also draw the route network into this SVG file: places in columns by stage with
        /// their kind and capacity, links with their travel time and mode.
        #[arg(long, value_name = "FILE")]
        svg: Option<PathBuf>,
        /// Replace the SVG file if it exists.
        #[arg(long, requires = "svg")]
        force: bool,
    },
    /// The RACI matrix as a spreadsheet (CSV): institutions as columns, functions as rows,
    /// each cell the letters R, A, C, I the institution holds for the function (`RA`, `C`).
    /// Two A's in a row make a contested function, none an unowned one.
    Raci {
        #[command(subcommand)]
        command: super::sheets::SheetCommand,
    },
    /// The route network as a spreadsheet (CSV): a row per place (`row` = place: id, name,
    /// kind and the figures its kind uses) and a row per link (`row` = link: from, to, time,
    /// mode, fleet). Import replaces the scenario's places and links with the sheet's.
    Places {
        #[command(subcommand)]
        command: super::sheets::SheetCommand,
    },
}

/// Runs a `scenario` subcommand.
pub fn run(command: &ScenarioCommand, lang: Lang) -> Result<(), Failure> {
    match command {
        ScenarioCommand::Show { file, svg, force } => {
            // The drawing's file is checked before anything is printed.
            let inputs: Vec<Input> = file
                .iter()
                .map(|f| Input::new(f, "file-scenario-read"))
                .collect();
            let target = svg
                .as_ref()
                .map(|svg| Output::new(svg, "file-network-svg", *force, &inputs))
                .transpose()
                .map_err(report)?;
            show(file.as_ref(), lang)?;
            match target {
                Some(target) => draw(file.as_ref(), &target, lang),
                None => Ok(()),
            }
        }
        ScenarioCommand::Raci { command } => {
            super::sheets::run(&super::sheets::RACI, command, lang)
        }
        ScenarioCommand::Places { command } => {
            super::sheets::run(&super::sheets::PLACES, command, lang)
        }
    }
}

fn show(file: Option<&PathBuf>, lang: Lang) -> Result<(), Failure> {
    let source = load_source(file)?;
    let scenario = super::run::parse_scenario(&source)?;
    print!("{}", render_summary(&scenario, lang));
    print!(
        "{}",
        render_capacity_in(&capacity_in(&scenario, &source, lang), lang)
    );
    Ok(())
}

/// Writes the route network drawing of the scenario in `file` to `target`.
fn draw(file: Option<&PathBuf>, target: &Output, lang: Lang) -> Result<(), Failure> {
    let scenario = parse(&load_source(file)?).map_err(report)?;
    target
        .write(network_svg(&scenario, lang).as_bytes())
        .map_err(report)?;
    let path = target.path().display().to_string();
    eprintln!("{}", tr!(lang, "note-svg-written", path = path));
    Ok(())
}
