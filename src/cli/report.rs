//! `fluxsim report JOURNAL -o aar.html|aar.md|aar.docx|aar.odt [--docx aar.docx] [--odt aar.odt]`: replay the
//! exercise and write its after-action report and improvement plan.

use std::path::{Path, PathBuf};

use super::Failure;
use super::note::{Note, note_torn};
use super::run::{recorded_scenario, report, scenario_of};
use crate::Simulation;
use crate::i18n::Lang;
use crate::i18n::Localized;
use crate::journal::{Journal, ScenarioSource, read, replay};
use crate::output::{Input, Output};
use crate::report::{
    Comparison, Report, apply_plan, docx, html, markdown, odt, plan_template, same_exercise,
};
use crate::scenario::{Language, Scenario, Source};
use crate::tr;

/// The language a scenario's exercise is written for.
fn scenario_lang(language: Language) -> Lang {
    match language {
        Language::En => Lang::En,
        Language::Sq => Lang::Sq,
        Language::Sr => Lang::Sr,
        Language::SrCyrl => Lang::SrCyrl,
    }
}

/// A journal replayed, with what it was replayed on.
pub(crate) struct Exercise {
    pub journal: Journal,
    pub source: Source,
    pub scenario: Scenario,
    pub sim: Simulation,
}

/// Reads and replays `journal` on its scenario (or `scenario`), checking every digest.
pub(crate) fn replayed(
    journal: &Path,
    scenario: Option<&PathBuf>,
    lang: Lang,
) -> Result<Exercise, Failure> {
    opened(journal, lang)?.replay(scenario)
}

/// A journal read, not yet replayed.
pub(crate) struct Opened(Journal);

/// Reads `journal`, noting a torn last line.
pub(crate) fn opened(journal: &Path, lang: Lang) -> Result<Opened, Failure> {
    let journal = read(journal).map_err(report)?;
    note_torn(&journal, false, lang);
    Ok(Opened(journal))
}

impl Opened {
    /// The files this journal is replayed from: itself and its scenario (`scenario`, or the
    /// file its header names), described for the message refusing to write over them.
    pub(crate) fn inputs(&self, scenario: Option<&PathBuf>) -> Vec<Input> {
        let mut inputs = vec![Input::new(&self.0.path, "file-journal-read")];
        let file = match (scenario, self.0.header.as_ref().map(|h| &h.source)) {
            (Some(file), _) => Some(file.clone()),
            (None, Some(ScenarioSource::File(path))) => Some(PathBuf::from(path)),
            (None, Some(ScenarioSource::Embedded(_)) | None) => None,
        };
        inputs.extend(file.map(|f| Input::new(f, "file-scenario-read")));
        inputs.extend(self.series(scenario));
        inputs
    }

    /// The observed series the scenario reads beside it (`rate: Observed("…")`), as
    /// `attach_beside` finds them. A scenario that does not read or parse names none here:
    /// the replay then stops on it before anything is written.
    fn series(&self, scenario: Option<&PathBuf>) -> Vec<Input> {
        let Ok(source) = scenario_of(&self.0, scenario) else {
            return Vec::new();
        };
        let Ok(parsed) = crate::scenario::parse(&source) else {
            return Vec::new();
        };
        crate::scenario::observed_csv::observed_files(&parsed)
            .iter()
            .map(|file| Input::new(super::beside(&source, file), "file-observed-series"))
            .collect()
    }

    /// The journal as read.
    pub(crate) fn journal(self) -> Journal {
        self.0
    }

    /// Replays the journal on its scenario (or `scenario`), checking every digest.
    pub(crate) fn replay(self, scenario: Option<&PathBuf>) -> Result<Exercise, Failure> {
        let journal = self.0;
        let source = scenario_of(&journal, scenario)?;
        let scenario = recorded_scenario(&journal, &source)?;
        let sim = replay(&journal, &scenario, &source).map_err(report)?.sim;
        Ok(Exercise {
            journal,
            source,
            scenario,
            sim,
        })
    }
}

/// The improvement plan's sheet: one to fill the plan's officers and dates from, or the
/// template to write instead of the report.
pub struct PlanSheet {
    /// `--plan FILE`.
    pub fill: Option<PathBuf>,
    /// `--plan-template`.
    pub template: bool,
}

/// Where the report goes: `-o FILE` (HTML, Markdown, Word or OpenDocument by its extension,
/// or the plan's CSV sheet), `--docx FILE` (a Word copy besides) and `--odt FILE` (an
/// OpenDocument copy besides).
pub struct Targets {
    /// `-o FILE`.
    pub output: Option<PathBuf>,
    /// `--docx FILE`.
    pub docx: Option<PathBuf>,
    /// `--odt FILE`.
    pub odt: Option<PathBuf>,
}

/// What a report file holds, by its extension.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Html,
    Markdown,
    Docx,
    Odt,
    PlanSheet,
}

/// The format `output` is written in, by its extension.
fn format_of(output: &Path, plan: &PlanSheet, lang: Lang) -> Result<Format, Failure> {
    let extension = output
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match extension.as_deref() {
        Some("csv") if plan.template => Ok(Format::PlanSheet),
        _ if plan.template => Err(Failure::Other(tr!(
            lang,
            "cli-plan-template-extension",
            path = output.display().to_string()
        ))),
        Some("html" | "htm" | "xhtml") => Ok(Format::Html),
        Some("md" | "markdown") => Ok(Format::Markdown),
        Some("docx") => Ok(Format::Docx),
        Some("odt") => Ok(Format::Odt),
        _ => Err(Failure::Note(Note::ReportExtension {
            path: output.display().to_string(),
        })),
    }
}

/// Writes the report of `journal` to its targets: HTML, Markdown or a Word document by the
/// extension of `-o` (or, with `--plan-template`, the improvement plan's CSV sheet), and a
/// Word copy with `--docx`.
pub fn run(
    journal: &Path,
    targets: &Targets,
    scenario: Option<&PathBuf>,
    lang: Option<Lang>,
    compare: Option<&PathBuf>,
    plan: &PlanSheet,
    force: bool,
) -> Result<(), Failure> {
    let mut wanted = Vec::new();
    if let Some(output) = &targets.output {
        wanted.push((
            output.as_path(),
            format_of(output, plan, lang.unwrap_or_else(Lang::from_env))?,
        ));
    }
    for (copy, extension, format) in [
        (&targets.docx, "docx", Format::Docx),
        (&targets.odt, "odt", Format::Odt),
    ] {
        let Some(copy) = copy else { continue };
        if copy
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            != Some(extension.into())
        {
            return Err(Failure::Note(Note::ReportExtension {
                path: copy.display().to_string(),
            }));
        }
        wanted.push((copy.as_path(), format));
    }
    // Notes in the reader's language even where the report is written in its scenario's.
    let notes = lang.unwrap_or_else(Lang::from_env);
    let first = opened(journal, notes)?;
    let other = compare.map(|path| opened(path, notes)).transpose()?;
    let mut inputs = first.inputs(scenario);
    if let Some(other) = &other {
        inputs.extend(other.inputs(scenario));
    }
    if let Some(sheet) = &plan.fill {
        inputs.push(Input::new(sheet, "file-plan-sheet"));
    }
    let mut outputs = Vec::new();
    for (path, format) in wanted {
        let what = match format {
            Format::PlanSheet => "file-plan-template",
            Format::Html | Format::Markdown | Format::Docx | Format::Odt => "file-report",
        };
        let output = Output::new(path, what, force, &inputs).map_err(report)?;
        // The second target may not be the first.
        inputs.push(Input::new(path, what));
        outputs.push((output, format));
    }
    let sheet = plan
        .fill
        .as_ref()
        .map(|path| super::msel::read_sheet(path, None, lang.unwrap_or_default()))
        .transpose()?;
    let mut exercise = first.replay(scenario)?;
    let mut other = match other {
        Some(other) => {
            same_exercise(&exercise.journal, &other.0).map_err(report)?;
            Some(other.replay(scenario)?)
        }
        None => None,
    };
    let lang = lang.unwrap_or_else(|| scenario_lang(exercise.scenario.exercise.language));
    let built = Report::build(
        &exercise.scenario,
        &exercise.source.name,
        &exercise.journal,
        &mut exercise.sim,
        lang,
    );
    let built = match &mut other {
        Some(other) => built.with_comparison(
            Comparison::build(
                &exercise.journal,
                &mut exercise.sim,
                &other.journal,
                &mut other.sim,
            )
            .map_err(report)?,
        ),
        None => built,
    };
    let mut built = built;
    if let (Some(sheet), Some(path)) = (&sheet, &plan.fill) {
        apply_plan(&mut built, &path.display().to_string(), &sheet.text).map_err(report)?;
    }
    for (output, format) in &outputs {
        let bytes = match format {
            Format::PlanSheet => {
                let text = plan_template(&built).map_err(report)?;
                output.write(text.as_bytes()).map_err(report)?;
                eprintln!(
                    "{}",
                    tr!(
                        lang,
                        "cli-plan-template-done",
                        output = output.path().display().to_string(),
                        areas = built.areas.len()
                    )
                );
                continue;
            }
            Format::Markdown => markdown(&built).into_bytes(),
            Format::Html => html(&built).map_err(report)?.into_bytes(),
            Format::Docx => docx(&built).map_err(|e| Failure::Other(e.localized(lang)))?,
            Format::Odt => odt(&built).map_err(|e| Failure::Other(e.localized(lang)))?,
        };
        output.write(&bytes).map_err(report)?;
        eprintln!(
            "{}",
            tr!(
                lang,
                "cli-report-done",
                output = output.path().display().to_string(),
                name = built.overview.name.as_str(),
                reached = built.overview.reached.to_string(),
                gaps = built.gaps.len(),
                areas = built.areas.len()
            )
        );
    }
    Ok(())
}
