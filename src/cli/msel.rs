//! `fluxsim msel export|import`: the scenario's MSEL as a CSV spreadsheet and back.

use std::path::{Path, PathBuf};

use clap::Subcommand;

use super::run::{count, parse_scenario, report};
use super::{Failure, load_source};
use crate::scenario::Source;
use crate::scenario::msel_csv::{export, import, with_msel};

/// Subcommands of `fluxsim msel`.
#[derive(Debug, Subcommand)]
pub enum MselCommand {
    /// Write a scenario's MSEL as CSV with the HSEEP columns: number, time, synopsis, from,
    /// to (receivers separated by `;`), method, expected action, capability, notes.
    Export {
        /// Scenario file (RON); the embedded default scenario when omitted.
        file: Option<PathBuf>,
        /// The CSV file to write; standard output when omitted.
        #[arg(short, long, value_name = "CSV")]
        output: Option<PathBuf>,
    },
    /// Read an MSEL spreadsheet (CSV) into a scenario, replacing its MSEL. Every bad row is
    /// reported with its row and column, and nothing is written then.
    Import {
        /// The CSV file.
        csv: PathBuf,
        /// The scenario file (RON) the MSEL belongs to.
        #[arg(long, value_name = "SCENARIO")]
        into: PathBuf,
        /// Write the new scenario here instead of replacing the file given with --into.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
}

/// Runs an `msel` subcommand.
pub fn run(command: &MselCommand) -> Result<(), Failure> {
    match command {
        MselCommand::Export { file, output } => {
            let scenario = parse_scenario(&load_source(file.as_ref())?)?;
            let text = export(&scenario.msel).map_err(report)?;
            match output {
                Some(path) => write(path, &text),
                None => {
                    print!("{text}");
                    Ok(())
                }
            }
        }
        MselCommand::Import { csv, into, output } => {
            let source = load_source(Some(into))?;
            let scenario = parse_scenario(&source)?;
            let name = csv.display().to_string();
            let text = std::fs::read_to_string(csv)
                .map_err(|err| Failure::Other(format!("cannot read {name}: {err}")))?;
            let msel = import(&name, &text, &scenario).map_err(report)?;
            let injects = count(msel.len(), "inject");
            let rewritten = with_msel(&source, &scenario, msel)
                .map_err(|err| Failure::Other(format!("cannot write the scenario: {err}")))?;
            let target = output.as_ref().unwrap_or(into);
            // The new file must load as a scenario before it replaces anything.
            parse_scenario(&Source::new(
                target.display().to_string(),
                rewritten.text.clone(),
            ))?;
            write(target, &rewritten.text)?;
            let how = if rewritten.comments_kept {
                "only its msel section was replaced"
            } else {
                "it was written anew from its data, without its comments"
            };
            eprintln!("{injects} imported into {}; {how}", target.display());
            Ok(())
        }
    }
}

fn write(path: &Path, text: &str) -> Result<(), Failure> {
    std::fs::write(path, text)
        .map_err(|err| Failure::Other(format!("cannot write {}: {err}", path.display())))
}
