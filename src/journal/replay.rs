//! Replay: scenario + seed + the journal's commands, checking every digest recorded.

use super::error::JournalError;
use super::line::{FORMAT, Header};
use super::read::{Entry, Journal, Outcome};
use super::scenario_hash;
use crate::Simulation;
use crate::scenario::{Scenario, Source};

/// An exercise re-run from its journal.
pub struct Replayed {
    /// The simulation, at the journal's last command or checkpoint.
    pub sim: Simulation,
    /// Commands re-applied (refused ones included).
    pub commands: usize,
    /// Digests compared (after commands and at checkpoints); all matched.
    pub digests: usize,
    /// The last command had no outcome line (the process stopped right after writing it):
    /// what came of it on replay, for a resumed run to write down.
    pub pending: Option<Outcome>,
}

/// The journal's header, once its format, engine version and scenario hash are checked
/// against this build and the scenario text in `source`.
pub fn check<'j>(journal: &'j Journal, source: &Source) -> Result<&'j Header, JournalError> {
    let path = || journal.path.clone();
    let header = journal
        .header
        .as_ref()
        .ok_or_else(|| JournalError::NoHeader { path: path() })?;
    if header.format != FORMAT {
        return Err(JournalError::UnsupportedFormat {
            path: path(),
            found: header.format,
            supported: FORMAT,
        });
    }
    let running = env!("CARGO_PKG_VERSION");
    if header.engine != running {
        return Err(JournalError::EngineVersion {
            path: path(),
            recorded: header.engine.clone(),
            running: running.to_string(),
        });
    }
    let actual = scenario_hash(&source.text);
    if header.hash != actual {
        return Err(JournalError::ScenarioChanged {
            path: path(),
            scenario: source.name.clone(),
            recorded: header.hash.clone(),
            actual,
        });
    }
    Ok(header)
}

/// Re-runs the exercise of `journal` on `scenario` (parsed from `source`), comparing the
/// digest at every digest line and checkpoint.
pub fn replay(
    journal: &Journal,
    scenario: &Scenario,
    source: &Source,
) -> Result<Replayed, JournalError> {
    let header = check(journal, source)?;
    let mut sim = Simulation::new(scenario, header.seed);
    let mut replayer = Replayer::new(journal);
    for index in 0..journal.entries.len() {
        replayer.apply(&mut sim, index)?;
    }
    Ok(Replayed {
        sim,
        commands: replayer.commands,
        digests: replayer.digests,
        pending: replayer.pending,
    })
}

/// Applies a journal's entries one at a time to a simulation started from its header's
/// scenario and seed, checking every digest on the way: `replay` runs it to the end, the
/// console's replay view runs it to any point of the recording.
pub struct Replayer<'j> {
    journal: &'j Journal,
    commands: usize,
    digests: usize,
    pending: Option<Outcome>,
}

impl<'j> Replayer<'j> {
    /// A replayer of `journal`, whose header the caller has `check`ed.
    pub fn new(journal: &'j Journal) -> Self {
        Replayer {
            journal,
            commands: 0,
            digests: 0,
            pending: None,
        }
    }

    /// Advances `sim` to entry `index` of the journal and applies it: the next entry after
    /// the ones already applied to `sim`.
    pub fn apply(&mut self, sim: &mut Simulation, index: usize) -> Result<(), JournalError> {
        let journal = self.journal;
        let path = || journal.path.clone();
        let last = journal.entries.len().saturating_sub(1);
        let Some(entry) = journal.entries.get(index) else {
            return Ok(());
        };
        match entry {
            Entry::Command(entry) => {
                sim.advance_through(entry.at);
                let result = sim.apply(&entry.command);
                self.commands = self.commands.saturating_add(1);
                match (&entry.outcome, result) {
                    (Some((line, Outcome::Applied(recorded))), Ok(())) => {
                        let replayed_state = sim.digest();
                        if replayed_state != *recorded {
                            return Err(JournalError::DigestMismatch {
                                path: path(),
                                line: *line,
                                after: format!("after the command on line {}", entry.line),
                                recorded: *recorded,
                                replayed: replayed_state,
                            });
                        }
                        self.digests = self.digests.saturating_add(1);
                    }
                    (Some((_, Outcome::Refused(_))), Err(_)) => {}
                    (Some((_, Outcome::Refused(reason))), Ok(())) => {
                        return Err(JournalError::AppliedOnReplay {
                            path: path(),
                            line: entry.line,
                            reason: reason.clone(),
                        });
                    }
                    (None, result) if index == last => {
                        self.pending = Some(match result {
                            Ok(()) => Outcome::Applied(sim.digest()),
                            Err(refusal) => Outcome::Refused(refusal.to_string()),
                        });
                    }
                    (Some(_) | None, Err(refusal)) => {
                        return Err(JournalError::RefusedOnReplay {
                            path: path(),
                            line: entry.line,
                            reason: refusal.to_string(),
                        });
                    }
                    // A digest line that was never written (a script, or a crash before
                    // it) leaves nothing to compare.
                    (None, Ok(())) => {}
                }
            }
            Entry::Reached { line, at, state }
            | Entry::Forked {
                line, at, state, ..
            } => {
                sim.advance_through(*at);
                let replayed_state = sim.digest();
                if replayed_state != *state {
                    return Err(JournalError::DigestMismatch {
                        path: path(),
                        line: *line,
                        after: format!("at T+{at}"),
                        recorded: *state,
                        replayed: replayed_state,
                    });
                }
                self.digests = self.digests.saturating_add(1);
            }
        }
        Ok(())
    }
}
