//! `fluxsim replay JOURNAL [--scenario FILE]`: re-run a recorded exercise, checking every
//! digest, and print the same summary as `run`.

use std::path::{Path, PathBuf};

use super::Failure;
use super::run::{Format, count, parse_scenario, report, scenario_of, summary};
use crate::journal::{Entry, ModelChanged, read, replay};

/// Replays the journal on its scenario (or `scenario`) and prints the summary.
pub fn run(journal: &Path, scenario: Option<&PathBuf>, format: Format) -> Result<(), Failure> {
    let journal = read(journal).map_err(report)?;
    if let Some(torn) = &journal.torn {
        eprintln!("note: {}: {torn}", journal.path);
    }
    let source = scenario_of(&journal, scenario)?;
    let scenario = parse_scenario(&source)?;
    let mut replayed = replay(&journal, &scenario, &source).map_err(report)?;
    if !matches!(
        journal.entries.last(),
        Some(Entry::Reached { .. } | Entry::Forked { .. })
    ) {
        eprintln!(
            "note: {} ends without a Reached line (the recorded run was interrupted); the summary is at its last command, T+{}",
            journal.path,
            replayed.sim.now()
        );
    }
    summary(&mut replayed.sim, format)?;
    let commands = count(replayed.commands, "command");
    let verdict = match &replayed.model_changed {
        None => format!(
            "replayed {commands}, every digest matched ({} compared)",
            replayed.digests
        ),
        Some(changed) => {
            let (scheme, model) = ModelChanged::RUNNING;
            let mut text = format!(
                "replayed {commands}; the model changed since {} was recorded (digest scheme {}, model {}; now digest scheme {scheme}, model {model}), so its digests were not compared. The new digests:",
                journal.path, changed.recorded_scheme, changed.recorded_model
            );
            for d in &changed.digests {
                text += &format!(
                    "\n  line {}: recorded {:016x}, now {:016x}",
                    d.line, d.recorded, d.replayed
                );
            }
            text
        }
    };
    match format {
        Format::Table => println!("\n{verdict}"),
        // Standard output stays one JSON document.
        Format::Json => eprintln!("{verdict}"),
    }
    Ok(())
}
