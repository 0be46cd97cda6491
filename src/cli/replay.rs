//! `fluxsim replay JOURNAL [--scenario FILE]`: re-run a recorded exercise, checking every
//! digest, and print the same summary as `run`.

use std::path::{Path, PathBuf};

use super::Failure;
use super::note::{Note, note_torn};
use super::run::{Format, recorded_scenario, report, scenario_of, summary};
use crate::i18n::{Lang, Localized};
use crate::journal::{Entry, ModelChanged, read, replay};
use crate::tr;

/// Replays the journal on its scenario (or `scenario`) and prints the summary.
pub fn run(
    journal: &Path,
    scenario: Option<&PathBuf>,
    format: Format,
    lang: Lang,
) -> Result<(), Failure> {
    let journal = read(journal).map_err(report)?;
    note_torn(&journal, false, lang);
    let source = scenario_of(&journal, scenario)?;
    let scenario = recorded_scenario(&journal, &source)?;
    let mut replayed = replay(&journal, &scenario, &source).map_err(report)?;
    if !matches!(
        journal.entries.last(),
        Some(Entry::Reached { .. } | Entry::Forked { .. })
    ) {
        let note = Note::Interrupted {
            path: journal.path.clone(),
            at: replayed.sim.now(),
        };
        eprintln!("{}", note.localized(lang));
    }
    summary(&mut replayed.sim, format, lang)?;
    let verdict = match &replayed.model_changed {
        None => tr!(
            lang,
            "replay-verdict",
            commands = replayed.commands,
            digests = replayed.digests
        ),
        Some(changed) => {
            let (scheme, model) = ModelChanged::RUNNING;
            let mut text = tr!(
                lang,
                "replay-model-changed",
                commands = replayed.commands,
                journal = journal.path.as_str(),
                recorded_scheme = changed.recorded_scheme,
                recorded_model = changed.recorded_model,
                scheme = scheme,
                model = model
            );
            for d in &changed.digests {
                text.push('\n');
                text += &tr!(
                    lang,
                    "replay-new-digest",
                    line = d.line,
                    recorded = format!("{:016x}", d.recorded),
                    now = format!("{:016x}", d.replayed)
                );
            }
            text
        }
    };
    // A chained journal (format 4 on): the chain was checked when it was read.
    let verdict = match &journal.chain {
        Some(chain) => {
            let chained = tr!(
                lang,
                "replay-chain",
                lines = journal.chained_lines,
                value = chain.hex()
            );
            format!("{chained}\n{verdict}")
        }
        None => verdict,
    };
    match format {
        Format::Table => println!("\n{verdict}"),
        // Standard output stays one JSON document.
        Format::Json => eprintln!("{verdict}"),
    }
    Ok(())
}
