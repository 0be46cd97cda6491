//! `fluxsim report JOURNAL -o aar.html|aar.md`: replay the exercise and write its
//! after-action report and improvement plan.

use std::path::{Path, PathBuf};

use super::Failure;
use super::run::{recorded_scenario, report, scenario_of};
use crate::Simulation;
use crate::journal::{Journal, read, replay};
use crate::report::{Comparison, Report, Texts, html, markdown, same_exercise};
use crate::scenario::{Language, Scenario, Source};

/// Language of the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Lang {
    /// English.
    En,
    /// Albanian (headings and gap categories).
    Sq,
    /// Serbian, Latin script (headings and gap categories).
    Sr,
}

impl From<Lang> for Language {
    fn from(lang: Lang) -> Self {
        match lang {
            Lang::En => Language::En,
            Lang::Sq => Language::Sq,
            Lang::Sr => Language::Sr,
        }
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
    let scenario = recorded_scenario(&journal, &source)?;
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
    let language = lang.map_or(exercise.scenario.exercise.language, Language::from);
    let texts = Texts::load(language).map_err(|e| Failure::Other(e.to_string()))?;
    let built = Report::build(
        &exercise.scenario,
        &exercise.source.name,
        &exercise.journal,
        &mut exercise.sim,
        texts,
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
