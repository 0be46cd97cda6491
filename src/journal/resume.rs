//! Resume: pick an exercise up from its journal after the process stopped, even mid-write.

use std::path::Path;

use super::cache::{Cache, CacheNote, replay_cached};
use super::error::JournalError;
use super::line::{DIGEST_SCHEME, FORMAT, Line, MODEL};
use super::read::{Journal, Outcome};
use super::recorder::Recorder;
use super::replay::Replayed;
use crate::scenario::{Scenario, Source};

/// An exercise brought back to the state of its last complete command, with its journal
/// open for the commands that follow.
pub struct Resumed {
    /// The journal as read (without its torn line, if it had one).
    pub journal: Journal,
    /// The replayed simulation and what replay checked.
    pub replayed: Replayed,
    /// Appends to the same journal.
    pub recorder: Recorder,
    /// What became of the checkpoint cache beside the journal, worth a note.
    pub notes: Vec<CacheNote>,
}

/// Replays `journal` (as `read` gave it) on `scenario` and reopens its file for appending. A
/// torn last line is cut off (see `journal.torn`); a last command whose outcome line was
/// never written gets it now. A long exercise starts from the checkpoint cached beside the
/// journal (`replay_cached`).
pub fn resume(
    journal: Journal,
    scenario: &Scenario,
    source: &Source,
) -> Result<Resumed, JournalError> {
    resume_with(journal, scenario, source, Cache::default())
}

/// `resume`, writing the checkpoint cache as `cache` says.
pub fn resume_with(
    journal: Journal,
    scenario: &Scenario,
    source: &Source,
    cache: Cache,
) -> Result<Resumed, JournalError> {
    if let Some(header) = &journal.header
        && (header.format != FORMAT || !header.digests_comparable())
    {
        return Err(JournalError::EarlierFormat {
            path: journal.path.clone(),
            format: header.format,
            digest: header.digest,
            model: header.model,
            current_format: FORMAT,
            current_digest: DIGEST_SCHEME,
            current_model: MODEL,
            reaches: journal.reaches(),
        });
    }
    let (replayed, notes) = replay_cached(&journal, scenario, source, cache)?;
    let mut recorder = Recorder::reopen(
        Path::new(&journal.path),
        journal.valid_len,
        journal.chain.clone(),
    )?;
    match &replayed.pending {
        Some(Outcome::Applied(state)) => recorder.write(&Line::Digest { state: *state })?,
        Some(Outcome::Refused(reason)) => recorder.write(&Line::Refused {
            reason: reason.clone(),
        })?,
        None => {}
    }
    Ok(Resumed {
        journal,
        replayed,
        recorder,
        notes,
    })
}
