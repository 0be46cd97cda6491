//! Fork: a what-if branch from any point of a recorded exercise. The new journal holds the
//! original's header and every line strictly before the cut, then a `Forked` line naming the
//! original, the cut and the state there; `run --resume` continues it with other commands.

use std::collections::BTreeMap;
use std::path::Path;

use super::cache::{Cache, CacheNote, replay_cached};
use super::chain::Sealer;
use super::error::JournalError;
use super::line::{DIGEST_SCHEME, FORMAT, Line, MODEL};
use super::read::{Entry, Journal, Outcome};
use super::replay::check;
use crate::output::{Input, Output};
use crate::scenario::{Scenario, Source};
use crate::time::SimTime;

/// A what-if branch, ready to be written.
#[derive(Debug, Clone)]
pub struct Forked {
    /// The new journal, line by line.
    pub lines: Vec<Line>,
    /// Commands kept (those before the cut).
    pub kept: usize,
    /// Commands left out (at or after the cut).
    pub left_out: usize,
    /// The state digest at the cut.
    pub state: u64,
    /// What became of the checkpoint cache beside the journal, worth a note.
    pub notes: Vec<CacheNote>,
}

/// Forks `journal` (recorded on `scenario`, read from `source`) at `at`: replays its
/// commands before `at`, checking their digests, advances to `at` and records the state there.
/// A command given exactly at `at` is left out, so the branch can decide differently then.
///
/// A long exercise starts from the checkpoint cached beside the journal when it stands
/// before the cut (`replay_cached`).
pub fn fork(
    journal: &Journal,
    scenario: &Scenario,
    source: &Source,
    at: SimTime,
) -> Result<Forked, JournalError> {
    let cache = Cache {
        extend: false,
        ..Cache::default()
    };
    fork_with(journal, scenario, source, at, cache)
}

/// `fork`, writing the checkpoint cache as `cache` says.
pub fn fork_with(
    journal: &Journal,
    scenario: &Scenario,
    source: &Source,
    at: SimTime,
    cache: Cache,
) -> Result<Forked, JournalError> {
    let mut header = check(journal, scenario, source)?.clone();
    let reaches = journal.reaches();
    if at > reaches {
        return Err(JournalError::ForkPastEnd {
            path: journal.path.clone(),
            at,
            reaches,
        });
    }
    let mut before = journal.clone();
    before.entries.retain(|e| e.at() < at);
    let (mut replayed, notes) = replay_cached(&before, scenario, source, cache)?;
    replayed.sim.advance_through(at);
    let state = replayed.sim.digest();

    // The branch is written in the current format. When the model changed since the
    // original was recorded, its digests are those the current model reaches.
    let renewed: BTreeMap<usize, u64> = replayed
        .model_changed
        .iter()
        .flat_map(|changed| &changed.digests)
        .map(|d| (d.line, d.replayed))
        .collect();
    if header.format != FORMAT || !header.digests_comparable() {
        header.format = FORMAT;
        header.digest = DIGEST_SCHEME;
        header.model = MODEL;
        header.engine = env!("CARGO_PKG_VERSION").to_string();
        header.series = crate::scenario::observed_csv::series_hashes(scenario);
    }
    let digest_on = |line: usize, recorded: u64| renewed.get(&line).copied().unwrap_or(recorded);
    let mut lines = vec![Line::Header(header)];
    let last = before.entries.len().saturating_sub(1);
    for (index, entry) in before.entries.iter().enumerate() {
        match entry {
            Entry::Command(c) => {
                lines.push(Line::Command {
                    at: c.at,
                    command: c.command.clone(),
                    origin: Some(c.origin.clone()),
                });
                // A command whose outcome line a crash kept from the disk gets it now.
                let pending = if index == last {
                    replayed.pending.clone()
                } else {
                    None
                };
                let outcome = c.outcome.as_ref().map(|(line, o)| match o {
                    Outcome::Applied(state) => Outcome::Applied(digest_on(*line, *state)),
                    Outcome::Refused(reason) => Outcome::Refused(reason.clone()),
                });
                match outcome.or(pending) {
                    Some(Outcome::Applied(state)) => lines.push(Line::Digest { state }),
                    Some(Outcome::Refused(reason)) => lines.push(Line::Refused { reason }),
                    None => {}
                }
            }
            Entry::Reached { line, at, state } => lines.push(Line::Reached {
                at: *at,
                state: digest_on(*line, *state),
            }),
            Entry::Forked {
                line,
                from,
                at,
                state,
            } => lines.push(Line::Forked {
                from: from.clone(),
                at: *at,
                state: digest_on(*line, *state),
            }),
        }
    }
    lines.push(Line::Forked {
        from: journal.path.clone(),
        at,
        state,
    });
    let kept = before.commands().count();
    Ok(Forked {
        lines,
        kept,
        left_out: journal.commands().count().saturating_sub(kept),
        state,
        notes,
    })
}

impl Forked {
    /// Writes the branch to `path`, a new file unless `replace` is set, through a temporary
    /// file renamed into place. The journal forked from (`source`) is never overwritten.
    pub fn write(&self, path: &Path, source: &Path, replace: bool) -> Result<(), JournalError> {
        let inputs = [Input::new(source, "file-journal-forked")];
        let output = Output::new(path, "file-fork", replace, &inputs)?;
        self.write_to(&output)
    }

    /// Writes the branch through `output`, checked beforehand, its lines chained like a
    /// recording's.
    pub fn write_to(&self, output: &Output) -> Result<(), JournalError> {
        let mut sealer = Sealer::default();
        let mut text = String::new();
        for line in &self.lines {
            text += &sealer.text(line)?;
            text.push('\n');
        }
        Ok(output.write(text.as_bytes())?)
    }
}
