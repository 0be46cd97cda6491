//! `fluxsim msel export|import`: the scenario's MSEL as a CSV spreadsheet and back.

use std::path::PathBuf;

use clap::Subcommand;

use super::run::{count, parse_scenario, report};
use super::{Failure, load_source};
use crate::output::{Input, Output, backup_path};
use crate::scenario::Source;
use crate::scenario::msel_csv::{export, import_sheet, with_msel};

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
        /// Replace the output file if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Read an MSEL spreadsheet (CSV) into a scenario, replacing its MSEL. Every bad row is
    /// reported with its row and column, and nothing is written then.
    Import {
        /// The CSV file.
        csv: PathBuf,
        /// The scenario file (RON) the MSEL belongs to.
        #[arg(long, value_name = "SCENARIO")]
        into: PathBuf,
        /// Write the new scenario here instead of replacing the file given with --into (which
        /// is then replaced in one step, its previous text kept as FILE.bak).
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Replace the file given with --output if it exists.
        #[arg(long)]
        force: bool,
    },
}

/// Runs an `msel` subcommand.
pub fn run(command: &MselCommand) -> Result<(), Failure> {
    match command {
        MselCommand::Export {
            file,
            output,
            force,
        } => {
            let inputs: Vec<Input> = file
                .iter()
                .map(|f| Input::new(f, "the scenario the MSEL is read from"))
                .collect();
            let output = output
                .as_ref()
                .map(|path| Output::new(path, "the MSEL", *force, &inputs))
                .transpose()
                .map_err(report)?;
            let scenario = parse_scenario(&load_source(file.as_ref())?)?;
            let text = export(&scenario.msel).map_err(report)?;
            match output {
                Some(output) => output.write(text.as_bytes()).map_err(report),
                None => {
                    print!("{text}");
                    Ok(())
                }
            }
        }
        MselCommand::Import {
            csv,
            into,
            output,
            force,
        } => {
            let target = match output {
                Some(path) => {
                    let inputs = [
                        Input::new(csv, "the MSEL spreadsheet being imported"),
                        Input::new(
                            into,
                            "the scenario imported into (leave out --output to replace it in place, keeping a .bak copy)",
                        ),
                    ];
                    Output::new(path, "the new scenario", *force, &inputs).map_err(report)?
                }
                None => Output::in_place(into, "the new scenario"),
            };
            let source = load_source(Some(into))?;
            let scenario = parse_scenario(&source)?;
            let name = csv.display().to_string();
            let bytes = std::fs::read(csv)
                .map_err(|err| Failure::Other(format!("cannot read {name}: {err}")))?;
            let text = utf8_sheet(&name, bytes).map_err(report)?;
            let sheet = import_sheet(&name, &text, &scenario).map_err(report)?;
            // Every rule of the scenario, its problems at the sheet's rows and columns.
            sheet.check_in(&scenario).map_err(report)?;
            let injects = count(sheet.msel.len(), "inject");
            let rewritten = with_msel(&source, &scenario, sheet.msel)
                .map_err(|err| Failure::Other(format!("cannot write the scenario: {err}")))?;
            // The new text must load as a scenario before it replaces anything (it does once
            // the sheet passed every rule; a failure here is fluxsim's, and names the text
            // as it would have been written).
            parse_scenario(&Source::new(
                format!("{} (not written)", target.path().display()),
                rewritten.text.clone(),
            ))?;
            target.write(rewritten.text.as_bytes()).map_err(report)?;
            let how = if rewritten.comments_kept {
                "only its msel section was replaced"
            } else {
                "it was written anew from its data, without its comments"
            };
            let bak = match output {
                Some(_) => String::new(),
                None => format!(
                    " (its previous text is in {})",
                    backup_path(target.path()).display()
                ),
            };
            eprintln!(
                "{injects} imported into {}{bak}; {how}",
                target.path().display()
            );
            Ok(())
        }
    }
}

/// A spreadsheet saved in a Windows code page instead of UTF-8.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
#[error(
    "{file}: row {row} is not UTF-8 text (byte {byte:#04x} at column {column} of the line); the sheet was probably saved in a Windows code page such as Windows-1250 or Windows-1252"
)]
#[diagnostic(help(
    "save the sheet as UTF-8 and import it again: in Excel, File > Save As > \"CSV UTF-8 (Comma delimited)\"; in LibreOffice Calc, Save As > Text CSV, then Character set \"Unicode (UTF-8)\""
))]
pub struct NotUtf8 {
    /// The CSV file.
    pub file: String,
    /// 1-based spreadsheet row (the header is row 1) holding the first byte that is not
    /// UTF-8.
    pub row: usize,
    /// 1-based byte column on that line of the file.
    pub column: usize,
    /// The byte.
    pub byte: u8,
}

/// The sheet's text, or the row where it stops being UTF-8.
fn utf8_sheet(file: &str, bytes: Vec<u8>) -> Result<String, NotUtf8> {
    String::from_utf8(bytes).map_err(|err| {
        let at = err.utf8_error().valid_up_to();
        let bytes = err.as_bytes();
        let before = &bytes[..at];
        // Rows end at line breaks outside quoted cells (a cell may hold a line break).
        let mut quoted = false;
        let mut row = 1usize;
        for &b in before {
            match b {
                b'"' => quoted = !quoted,
                b'\n' if !quoted => row = row.saturating_add(1),
                _ => {}
            }
        }
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i.saturating_add(1));
        NotUtf8 {
            file: file.to_string(),
            row,
            column: at.saturating_sub(line_start).saturating_add(1),
            byte: bytes.get(at).copied().unwrap_or(0),
        }
    })
}
