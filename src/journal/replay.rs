//! Replay: scenario + seed + the journal's commands, checking every digest recorded.

use super::error::{DigestPoint, JournalError};
use super::line::{DIGEST_SCHEME, Header, MODEL};
use super::read::{Entry, Journal, Outcome};
use super::scenario_hash;
use crate::Simulation;
use crate::scenario::{Scenario, Source};
use crate::time::SimTime;

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
    /// Set when the journal was recorded under another digest scheme or model version: its
    /// digests were not compared, and these are the new ones.
    pub model_changed: Option<ModelChanged>,
    /// Set when the replay started from a checkpoint cached beside the journal (`resume`,
    /// `fork`): the time of the journal entry it stood after.
    pub from_checkpoint: Option<SimTime>,
}

/// The model (or the way its state is digested) changed since a journal was recorded: its
/// commands were re-applied, its digests could not be compared.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelChanged {
    /// The digest scheme of the recording.
    pub recorded_scheme: u32,
    /// The model version of the recording.
    pub recorded_model: u32,
    /// Every digest of the journal, as recorded and as computed now, in file order.
    pub digests: Vec<NewDigest>,
}

impl ModelChanged {
    /// The digest scheme and model version of this build.
    pub const RUNNING: (u32, u32) = (DIGEST_SCHEME, MODEL);
}

/// A digest line of a journal whose model changed, with the digest computed now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NewDigest {
    /// 1-based line of the digest (a `Digest`, `Reached` or `Forked` line).
    pub line: usize,
    /// The digest recorded there.
    pub recorded: u64,
    /// The digest the current model reaches there.
    pub replayed: u64,
}

/// The journal's header, once its scenario hash is checked against the scenario text in
/// `source`, and the hash of each observed series it records against the series `scenario`
/// read. Its format was checked when it was read; its engine version, digest scheme and
/// model version decide only whether its digests can be compared (see `Replayer`).
pub fn check<'j>(
    journal: &'j Journal,
    scenario: &Scenario,
    source: &Source,
) -> Result<&'j Header, JournalError> {
    let path = || journal.path.clone();
    let header = journal
        .header
        .as_ref()
        .ok_or_else(|| JournalError::NoHeader { path: path() })?;
    let actual = scenario_hash(&source.text);
    if header.hash != actual {
        return Err(JournalError::ScenarioChanged {
            path: path(),
            scenario: source.name.clone(),
            recorded: header.hash.clone(),
            actual,
        });
    }
    let read = crate::scenario::observed_csv::series_hashes(scenario);
    for (file, recorded) in &header.series {
        if let Some(actual) = read.get(file)
            && actual != recorded
        {
            return Err(JournalError::SeriesChanged {
                path: path(),
                series: file.clone(),
                recorded: recorded.clone(),
                actual: actual.clone(),
            });
        }
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
    let header = check(journal, scenario, source)?;
    let mut sim = Simulation::new(&header.as_played(scenario), header.seed);
    let mut replayer = Replayer::new(journal);
    for index in 0..journal.entries.len() {
        replayer.apply(&mut sim, index)?;
    }
    Ok(replayer.finish(sim))
}

/// Applies a journal's entries one at a time to a simulation started from its header's
/// scenario and seed, checking every digest on the way: `replay` runs it to the end, the
/// console's replay view runs it to any point of the recording. A journal recorded under
/// another digest scheme or model version is replayed all the same, its digests set aside
/// with the new ones (`ModelChanged`) instead of compared.
pub struct Replayer<'j> {
    journal: &'j Journal,
    commands: usize,
    digests: usize,
    pending: Option<Outcome>,
    /// Whether the recorded digests can be compared (same digest scheme and model).
    comparable: bool,
    new_digests: Vec<NewDigest>,
}

impl<'j> Replayer<'j> {
    /// A replayer of `journal`, whose header the caller has `check`ed.
    pub fn new(journal: &'j Journal) -> Self {
        Replayer {
            journal,
            commands: 0,
            digests: 0,
            pending: None,
            comparable: journal
                .header
                .as_ref()
                .is_none_or(Header::digests_comparable),
            new_digests: Vec::new(),
        }
    }

    /// Counts entries `0..upto` as replayed and their digests as checked: for a simulation
    /// restored from a checkpoint verified against the digest of entry `upto - 1`.
    pub fn skip(&mut self, upto: usize) {
        for entry in self.journal.entries.iter().take(upto) {
            match entry {
                Entry::Command(c) => {
                    self.commands = self.commands.saturating_add(1);
                    if matches!(c.outcome, Some((_, Outcome::Applied(_)))) {
                        self.digests = self.digests.saturating_add(1);
                    }
                }
                Entry::Reached { .. } | Entry::Forked { .. } => {
                    self.digests = self.digests.saturating_add(1);
                }
            }
        }
    }

    /// What the replay found, with the simulation where it stopped.
    pub fn finish(self, sim: Simulation) -> Replayed {
        let model_changed = match (&self.journal.header, self.comparable) {
            (Some(header), false) => Some(ModelChanged {
                recorded_scheme: header.digest,
                recorded_model: header.model,
                digests: self.new_digests,
            }),
            (Some(_) | None, true) | (None, false) => None,
        };
        Replayed {
            sim,
            commands: self.commands,
            digests: self.digests,
            pending: self.pending,
            model_changed,
            from_checkpoint: None,
        }
    }

    /// Compares the digest reached with the one recorded on `line`, or sets it aside when
    /// the model changed since the recording.
    fn compare(
        &mut self,
        line: usize,
        after: DigestPoint,
        recorded: u64,
        replayed: u64,
    ) -> Result<(), JournalError> {
        if !self.comparable {
            self.new_digests.push(NewDigest {
                line,
                recorded,
                replayed,
            });
            return Ok(());
        }
        if replayed != recorded {
            return Err(JournalError::DigestMismatch {
                path: self.journal.path.clone(),
                line,
                after,
                recorded,
                replayed,
            });
        }
        self.digests = self.digests.saturating_add(1);
        Ok(())
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
                let result = sim.apply_as(&entry.command, &entry.origin);
                self.commands = self.commands.saturating_add(1);
                match (&entry.outcome, result) {
                    (Some((line, Outcome::Applied(recorded))), Ok(())) => {
                        let replayed_state = sim.digest();
                        let after = DigestPoint::AfterCommand(entry.line);
                        self.compare(*line, after, *recorded, replayed_state)?;
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
                            reason: refusal,
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
                self.compare(*line, DigestPoint::At(*at), *state, replayed_state)?;
            }
        }
        Ok(())
    }
}
