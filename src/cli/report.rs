//! `fluxsim report JOURNAL -o aar.html|aar.md`: replay the exercise and write its
//! after-action report and improvement plan.

use std::path::{Path, PathBuf};

use super::Failure;
use super::run::{parse_scenario, report, scenario_of};
use crate::Simulation;
use crate::i18n::Lang;
use crate::journal::{Journal, read, replay};
use crate::report::{Comparison, Report, html, markdown, same_exercise};
use crate::scenario::{Language, Scenario, Source};

/// The language a scenario's exercise is written for.
fn scenario_lang(language: Language) -> Lang {
    match language {
        Language::En => Lang::En,
        Language::Sq => Lang::Sq,
        Language::Sr => Lang::Sr,
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
pub(crate) fn replayed(journal: &Path, scenario: Option<&PathBuf>) -> Result<Exercise, Failure> {
    let journal = read(journal).map_err(report)?;
    if let Some(torn) = &journal.torn {
        eprintln!("note: {}: {torn}", journal.path);
    }
    let source = scenario_of(&journal, scenario)?;
    let scenario = parse_scenario(&source)?;
    let sim = replay(&journal, &scenario, &source).map_err(report)?.sim;
    Ok(Exercise {
        journal,
        source,
        scenario,
        sim,
    })
}

/// Writes the report of `journal` to `output`, HTML or Markdown by its extension.
pub fn run(
    journal: &Path,
    output: &Path,
    scenario: Option<&PathBuf>,
    lang: Option<Lang>,
    compare: Option<&PathBuf>,
) -> Result<(), Failure> {
    let markdown_wanted = match output.extension().and_then(|e| e.to_str()) {
        Some("html" | "htm" | "xhtml") => false,
        Some("md" | "markdown") => true,
        _ => {
            return Err(Failure::Other(format!(
                "{}: the report is written as HTML (.html) or Markdown (.md); name the file with one of those extensions",
                output.display()
            )));
        }
    };
    let mut exercise = replayed(journal, scenario)?;
    let mut other = match compare {
        Some(path) => {
            same_exercise(&exercise.journal, &read(path).map_err(report)?).map_err(report)?;
            Some(replayed(path, scenario)?)
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
    let text = if markdown_wanted {
        markdown(&built)
    } else {
        html(&built).map_err(|e| Failure::Other(e.to_string()))?
    };
    std::fs::write(output, text)
        .map_err(|e| Failure::Other(format!("cannot write {}: {e}", output.display())))?;
    eprintln!(
        "report {}: {} at T+{}, {} gaps, {} areas for improvement",
        output.display(),
        built.overview.name,
        built.overview.reached,
        built.gaps.len(),
        built.areas.len()
    );
    Ok(())
}
