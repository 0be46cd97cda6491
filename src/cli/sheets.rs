//! `fluxsim scenario raci|places export|import`: the parts of a scenario designers keep in
//! spreadsheets, as CSV files and back into the scenario's text.

use std::path::PathBuf;

use clap::Subcommand;

use super::msel::{EncodingArg, read_sheet};
use super::note::Note;
use super::run::{parse_scenario, report};
use super::{Failure, load_source};
use crate::i18n::{Lang, Localized};
use crate::output::{Input, Output, backup_path};
use crate::scenario::Source;
use crate::scenario::sheet_problem::SheetError;
use crate::tr;

/// Subcommands of `fluxsim scenario raci` and `fluxsim scenario places`.
#[derive(Debug, Subcommand)]
pub enum SheetCommand {
    /// Write the sheet as CSV.
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
    /// Read the sheet (CSV, cells separated by `,`, `;` or tabs) into a scenario. Every bad
    /// cell is reported with its row and column, and nothing is written then. Without
    /// --output the scenario given with --into is replaced in one step and its previous text
    /// kept as FILE.bak; only the parts the sheet holds change, comments are kept.
    Import {
        #[command(flatten)]
        args: ImportArgs,
    },
}

/// The arguments of every sheet import (`msel import`, `scenario raci|places import`).
#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// The CSV file.
    pub csv: PathBuf,
    /// The scenario file (RON) to read the sheet into.
    #[arg(long, value_name = "SCENARIO")]
    pub into: PathBuf,
    /// Write the new scenario here instead of replacing the file given with --into (which
    /// is then replaced in one step, its previous text kept as FILE.bak).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Replace the file given with --output if it exists.
    #[arg(long)]
    pub force: bool,
    /// The CSV file's encoding. Default: UTF-8 or UTF-16 when a byte-order mark says so,
    /// UTF-8 when the bytes are UTF-8, else Windows-1250 (what spreadsheet programs write
    /// on Albanian and Serbian machines), with a note saying so.
    #[arg(long, value_enum, value_name = "ENCODING")]
    pub encoding: Option<EncodingArg>,
}

/// What a sheet is: how it is written from a scenario and read back into its text.
pub(crate) struct SheetKind {
    /// The sheet's name in messages: a catalogue key.
    pub what: &'static str,
    /// The scenario's sheet as CSV text.
    pub export: fn(&crate::Scenario) -> Result<String, csv::Error>,
    /// The scenario's new text with the sheet read into it.
    pub import: fn(&str, &str, &Source, &crate::Scenario) -> Result<Imported, ImportFailure>,
}

/// A sheet read into a scenario's text.
pub(crate) struct Imported {
    /// The new text.
    pub text: String,
    /// Only the changed parts were replaced (comments kept).
    pub comments_kept: bool,
    /// How many rows changed something.
    pub changed: usize,
}

/// Why a sheet could not be read into a scenario.
pub(crate) enum ImportFailure {
    /// Bad cells.
    Sheet(SheetError),
    /// The new text could not be written.
    Ron(ron::Error),
}

/// Runs a sheet subcommand for the sheet `kind`.
pub(crate) fn run(kind: &SheetKind, command: &SheetCommand, lang: Lang) -> Result<(), Failure> {
    match command {
        SheetCommand::Export {
            file,
            output,
            force,
        } => {
            let inputs: Vec<Input> = file
                .iter()
                .map(|f| Input::new(f, "file-scenario-read"))
                .collect();
            let output = output
                .as_ref()
                .map(|path| Output::new(path, kind.what, *force, &inputs))
                .transpose()
                .map_err(report)?;
            let scenario = parse_scenario(&load_source(file.as_ref())?)?;
            let text = (kind.export)(&scenario).map_err(|err| {
                Failure::Other(tr!(lang, "msel-error-csv", reason = err.to_string()))
            })?;
            match output {
                Some(output) => output.write(text.as_bytes()).map_err(report),
                None => {
                    print!("{text}");
                    Ok(())
                }
            }
        }
        SheetCommand::Import {
            args:
                ImportArgs {
                    csv,
                    into,
                    output,
                    force,
                    encoding,
                },
        } => {
            let target = match output {
                Some(path) => {
                    let inputs = [
                        Input::new(csv, "file-sheet-read"),
                        Input::new(into, "file-sheet-into"),
                    ];
                    Output::new(path, "file-new-scenario", *force, &inputs).map_err(report)?
                }
                None => Output::in_place(into, "file-new-scenario"),
            };
            let source = load_source(Some(into))?;
            let scenario = parse_scenario(&source)?;
            let name = csv.display().to_string();
            let sheet = read_sheet(csv, *encoding, lang)?.text;
            let imported =
                (kind.import)(&name, &sheet, &source, &scenario).map_err(
                    |failure| match failure {
                        ImportFailure::Sheet(err) => report(err),
                        ImportFailure::Ron(err) => Failure::Note(Note::MselUnwritable {
                            reason: err.to_string(),
                        }),
                    },
                )?;
            // The new text must load (and pass every rule) before it replaces anything.
            parse_scenario(&Source::new(
                tr!(
                    lang,
                    "note-not-written",
                    path = target.path().display().to_string()
                ),
                imported.text.clone(),
            ))?;
            target.write(imported.text.as_bytes()).map_err(report)?;
            let note = Note::SheetImported {
                what: kind.what,
                rows: imported.changed,
                path: target.path().display().to_string(),
                comments_kept: imported.comments_kept,
                backup: match output {
                    Some(_) => None,
                    None => Some(backup_path(target.path()).display().to_string()),
                },
            };
            eprintln!("{}", note.localized(lang));
            Ok(())
        }
    }
}

/// The RACI matrix.
pub(crate) const RACI: SheetKind = SheetKind {
    what: "file-raci",
    export: crate::scenario::raci_csv::export_raci,
    import: |name, sheet, source, scenario| {
        let functions = crate::scenario::raci_csv::import_raci(name, sheet, scenario)
            .map_err(ImportFailure::Sheet)?;
        let rewritten = crate::scenario::raci_csv::with_functions(source, scenario, functions)
            .map_err(ImportFailure::Ron)?;
        Ok(Imported {
            text: rewritten.text,
            comments_kept: rewritten.comments_kept,
            changed: rewritten.changed,
        })
    },
};

/// The places and links.
pub(crate) const PLACES: SheetKind = SheetKind {
    what: "file-places",
    export: crate::scenario::places_csv::export_places,
    import: |name, sheet, source, scenario| {
        let network = crate::scenario::places_csv::import_places(name, sheet, scenario)
            .map_err(ImportFailure::Sheet)?;
        let rewritten = crate::scenario::places_csv::with_network(source, scenario, network)
            .map_err(ImportFailure::Ron)?;
        Ok(Imported {
            text: rewritten.text,
            comments_kept: rewritten.comments_kept,
            changed: rewritten.changed,
        })
    },
};
