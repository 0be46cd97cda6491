//! `fluxsim msel export|import|template|cards`: the scenario's MSEL as a CSV spreadsheet and
//! back, and printed as inject cards.

use std::path::{Path, PathBuf};

use clap::Subcommand;

use super::note::Note;
use super::run::{parse_scenario, report};
use super::{Failure, load_source};
use crate::i18n::{Lang, Localized};
use crate::output::{Input, Output, backup_path};
use crate::report::{controller_msel, inject_cards};
use crate::scenario::Source;
use crate::scenario::msel_csv::{export, import_sheet, with_msel};
use crate::scenario::sheet_text::{Decided, SheetEncoding, SheetText, sheet_text};
use crate::tr;

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
    /// Write an MSEL sheet to start from: the columns `export` writes and one example row
    /// addressed to the scenario's first institution, which `import` reads as it is.
    Template {
        /// Scenario file (RON) the sheet is for; the embedded default scenario when omitted.
        file: Option<PathBuf>,
        /// The CSV file to write; standard output when omitted.
        #[arg(short, long, value_name = "CSV")]
        output: Option<PathBuf>,
        /// Replace the output file if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Print the inject cards: one per inject per receiving institution (number, time, from,
    /// to, synopsis, method; never the expected action or the notes), as an HTML page laid
    /// out for A4; with --controller, the controllers' MSEL with the expected actions instead.
    Cards {
        /// Scenario file (RON); the embedded default scenario when omitted.
        file: Option<PathBuf>,
        /// The HTML file to write; standard output when omitted.
        #[arg(short, long, value_name = "HTML")]
        output: Option<PathBuf>,
        /// The controllers' MSEL (expected actions, capabilities, notes) instead of the
        /// players' cards.
        #[arg(long)]
        controller: bool,
        /// Replace the output file if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Read an MSEL spreadsheet (CSV) into a scenario, replacing its MSEL. Every bad row is
    /// reported with its row and column, and nothing is written then.
    Import {
        #[command(flatten)]
        args: super::sheets::ImportArgs,
    },
}

/// Runs an `msel` subcommand.
pub fn run(command: &MselCommand, lang: Lang) -> Result<(), Failure> {
    match command {
        MselCommand::Export {
            file,
            output,
            force,
        } => write_sheet(file.as_ref(), output.as_ref(), *force, |scenario| {
            export(&scenario.msel).map_err(report)
        }),
        MselCommand::Template {
            file,
            output,
            force,
        } => write_sheet(file.as_ref(), output.as_ref(), *force, |scenario| {
            export(&[example(scenario, lang)]).map_err(report)
        }),
        MselCommand::Cards {
            file,
            output,
            controller,
            force,
        } => write_sheet(file.as_ref(), output.as_ref(), *force, |scenario| {
            Ok(if *controller {
                controller_msel(scenario, lang)
            } else {
                inject_cards(scenario, lang)
            })
        }),
        MselCommand::Import {
            args:
                super::sheets::ImportArgs {
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
                        Input::new(csv, "file-msel-sheet"),
                        Input::new(into, "file-msel-into"),
                    ];
                    Output::new(path, "file-new-scenario", *force, &inputs).map_err(report)?
                }
                None => Output::in_place(into, "file-new-scenario"),
            };
            let source = load_source(Some(into))?;
            let scenario = scenario_besides_its_msel(&source)?;
            let name = csv.display().to_string();
            let text = read_sheet(csv, *encoding, lang)?.text;
            let sheet = import_sheet(&name, &text, &scenario).map_err(report)?;
            // Every rule of the scenario, its problems at the sheet's rows and columns.
            sheet.check_in(&scenario).map_err(report)?;
            let injects = sheet.msel.len();
            let rewritten = with_msel(&source, &scenario, sheet.msel).map_err(|err| {
                Failure::Note(Note::MselUnwritable {
                    reason: err.to_string(),
                })
            })?;
            // The new text must load as a scenario before it replaces anything (it does once
            // the sheet passed every rule; a failure here is fluxsim's, and names the text
            // as it would have been written).
            parse_scenario(&Source::new(
                tr!(
                    lang,
                    "note-not-written",
                    path = target.path().display().to_string()
                ),
                rewritten.text.clone(),
            ))?;
            target.write(rewritten.text.as_bytes()).map_err(report)?;
            let imported = Note::MselImported {
                injects,
                path: target.path().display().to_string(),
                comments_kept: rewritten.comments_kept,
                backup: match output {
                    Some(_) => None,
                    None => Some(backup_path(target.path()).display().to_string()),
                },
            };
            eprintln!("{}", imported.localized(lang));
            Ok(())
        }
    }
}

/// The scenario an MSEL is imported into: as it is when it is valid, else as it is without
/// its MSEL (the MSEL being replaced may be what is broken). When the scenario is not valid
/// without its MSEL either, its own problems are reported, as `check` reports them.
fn scenario_besides_its_msel(source: &Source) -> Result<crate::Scenario, Failure> {
    match crate::scenario::parse(source) {
        Ok(scenario) => Ok(scenario),
        Err(err) => {
            let blank = crate::scenario::msel_csv::without_msel(&source.text)
                .map(|text| Source::new(source.name.clone(), text));
            match blank.map(|blank| crate::scenario::parse(&blank)) {
                Some(Ok(scenario)) => Ok(scenario),
                Some(Err(_)) | None => Err(report(err)),
            }
        }
    }
}

/// Writes the sheet `sheet` makes of the scenario in `file` to `output` (standard output
/// when none), by the output rule.
fn write_sheet(
    file: Option<&PathBuf>,
    output: Option<&PathBuf>,
    force: bool,
    sheet: impl Fn(&crate::Scenario) -> Result<String, Failure>,
) -> Result<(), Failure> {
    let inputs: Vec<Input> = file
        .iter()
        .map(|f| Input::new(f, "file-msel-scenario"))
        .collect();
    let output = output
        .map(|path| Output::new(path, "file-msel", force, &inputs))
        .transpose()
        .map_err(report)?;
    let scenario = parse_scenario(&load_source(file)?)?;
    let text = sheet(&scenario)?;
    match output {
        Some(output) => output.write(text.as_bytes()).map_err(report),
        None => {
            print!("{text}");
            Ok(())
        }
    }
}

/// The template's example row, in `lang`: an inject an hour in, to the scenario's first
/// institution, testing Operational Coordination.
fn example(scenario: &crate::Scenario, lang: Lang) -> crate::scenario::Inject {
    crate::scenario::Inject {
        number: 1,
        at: crate::SimTime::hours(1),
        trigger: None,
        effect: None,
        synopsis: tr!(lang, "msel-template-synopsis"),
        synopses: Default::default(),
        expected_actions: Default::default(),
        from: tr!(lang, "msel-template-from"),
        to: scenario
            .institutions
            .iter()
            .take(1)
            .map(|i| i.id.clone())
            .collect(),
        method: tr!(lang, "msel-template-method"),
        expected_action: tr!(lang, "msel-template-expected"),
        expect: Vec::new(),
        capability: "Operational Coordination".into(),
        notes: tr!(lang, "msel-template-notes"),
    }
}

/// An encoding `--encoding` takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum EncodingArg {
    /// UTF-8 (with or without a byte-order mark).
    #[value(name = "utf-8")]
    Utf8,
    /// Windows-1250, Central European: Albanian, Serbian (Latin script).
    #[value(name = "windows-1250")]
    Windows1250,
    /// Windows-1252, Western European.
    #[value(name = "windows-1252")]
    Windows1252,
}

impl From<EncodingArg> for SheetEncoding {
    fn from(arg: EncodingArg) -> Self {
        match arg {
            EncodingArg::Utf8 => SheetEncoding::Utf8,
            EncodingArg::Windows1250 => SheetEncoding::Windows1250,
            EncodingArg::Windows1252 => SheetEncoding::Windows1252,
        }
    }
}

/// Reads a spreadsheet's CSV file as text, telling the user in one note line when its
/// encoding was not plain UTF-8: read by its byte-order mark, or assumed.
pub(crate) fn read_sheet(
    path: &Path,
    encoding: Option<EncodingArg>,
    lang: Lang,
) -> Result<SheetText, Failure> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|err| Failure::Unreadable {
        path: name.clone(),
        reason: err.to_string(),
    })?;
    let read = sheet_text(&name, &bytes, encoding.map(SheetEncoding::from)).map_err(report)?;
    let encoding = read.encoding.to_string();
    let note = match (read.decided, read.encoding) {
        (Decided::Assumed, _) => Some(tr!(
            lang,
            "sheet-encoding-assumed",
            file = name.as_str(),
            encoding = encoding
        )),
        (Decided::Detected, SheetEncoding::Utf16Le | SheetEncoding::Utf16Be) => Some(tr!(
            lang,
            "sheet-encoding-detected",
            file = name.as_str(),
            encoding = encoding
        )),
        (Decided::Detected | Decided::Given, _) => None,
    };
    if let Some(note) = note {
        eprintln!("{note}");
    }
    Ok(read)
}
