//! The checkpoint cache beside a journal (docs/checkpoints.md): `run --resume`,
//! `console --resume` and `fork` of a long exercise start from the checkpoint it holds
//! instead of replaying from T+0.
//!
//! The cache is `JOURNAL.checkpoint`: a magic line, then (CBOR) the binary's version and up
//! to four checkpoints spread over the exercise, each with the number of journal lines it
//! covers, the SHA-256 of those lines, the journal entry it stands after and its bytes. It is used only when all of that matches the
//! journal as it is now and the restored state reaches the digest the journal recorded at
//! that entry; otherwise it is ignored and rebuilt. A damaged cache is ignored with a note,
//! never an error; a file of that name that is not a fluxsim cache is never written over.

use std::path::{Path, PathBuf};

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use sha2::{Digest as _, Sha256};

use super::error::JournalError;
use super::read::{Entry, Journal, Outcome};
use super::replay::{Replayed, Replayer, check};
use crate::i18n::{Lang, Localized};
use crate::output::{Input, Output};
use crate::scenario::{Scenario, Source};
use crate::{Checkpoint, CheckpointError, Simulation, tr};

/// The first bytes of a cache file.
const MAGIC: &[u8] = b"fluxsim checkpoint cache\n";

/// A replay shorter than this many events is not worth a cache.
pub const LONG_EXERCISE_EVENTS: u64 = 2_000_000;

/// When a replay writes the cache.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cache {
    /// Write (or rewrite) it after replaying at least this many events.
    pub min_events: u64,
    /// Whether a cache that is valid but stands before the journal's end is rewritten with
    /// checkpoints further on (resuming: yes; forking, which replays only part: no).
    pub extend: bool,
}

impl Default for Cache {
    /// After the replay of a long exercise (`LONG_EXERCISE_EVENTS`).
    fn default() -> Self {
        Cache {
            min_events: LONG_EXERCISE_EVENTS,
            extend: true,
        }
    }
}

/// Something a person may want to know about the cache: never an error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CacheNote {
    /// The cache was damaged: it was ignored (and replaced when the replay writes one).
    Ignored {
        /// The cache file.
        path: String,
        /// What was wrong.
        why: String,
    },
    /// A file of the cache's name is not a fluxsim cache: it was left alone, no cache kept.
    NotOurs {
        /// The file.
        path: String,
    },
    /// The cache could not be written (the replay itself went fine).
    NotWritten {
        /// The cache file.
        path: String,
        /// Why.
        why: String,
    },
}

impl Localized for CacheNote {
    fn localized(&self, lang: Lang) -> String {
        match self {
            CacheNote::Ignored { path, why } => {
                tr!(
                    lang,
                    "cache-ignored",
                    path = path.as_str(),
                    why = why.as_str()
                )
            }
            CacheNote::NotOurs { path } => tr!(lang, "cache-not-ours", path = path.as_str()),
            CacheNote::NotWritten { path, why } => {
                tr!(
                    lang,
                    "cache-not-written",
                    path = path.as_str(),
                    why = why.as_str()
                )
            }
        }
    }
}

/// The cache file of the journal at `journal`: beside it, `.checkpoint` appended.
pub fn cache_path(journal: &Path) -> PathBuf {
    let mut name = journal.as_os_str().to_owned();
    name.push(".checkpoint");
    PathBuf::from(name)
}

/// At most this many checkpoints in a cache.
const RECORDS: usize = 4;

#[derive(Serialize, Deserialize)]
struct CacheFile {
    binary: String,
    /// In journal order.
    records: Vec<Record>,
}

#[derive(Serialize, Deserialize)]
struct Record {
    /// Journal lines covered.
    lines: usize,
    /// SHA-256 (hex) of those lines, newlines included.
    prefix: String,
    /// Journal entries applied.
    entries: usize,
    checkpoint: Blob,
}

/// Bytes kept as one CBOR byte string.
struct Blob(Vec<u8>);

impl Serialize for Blob {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_bytes(&self.0)
    }
}

impl<'de> Deserialize<'de> for Blob {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Blob, D::Error> {
        struct Bytes;
        impl<'de> Visitor<'de> for Bytes {
            type Value = Blob;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a byte string")
            }
            fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<Blob, E> {
                Ok(Blob(v.to_vec()))
            }
            fn visit_byte_buf<E: de::Error>(self, v: Vec<u8>) -> Result<Blob, E> {
                Ok(Blob(v))
            }
        }
        d.deserialize_byte_buf(Bytes)
    }
}

/// The byte length of the first `lines` lines of `text` (each with its newline).
fn prefix_len(text: &[u8], lines: usize) -> Option<usize> {
    if lines == 0 {
        return Some(0);
    }
    text.iter()
        .enumerate()
        .filter(|&(_, &b)| b == b'\n')
        .nth(lines.checked_sub(1)?)
        .map(|(i, _)| i.saturating_add(1))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The entries whose state the journal records a digest of: (index, line of the digest,
/// digest).
fn digested(journal: &Journal) -> Vec<(usize, usize, u64)> {
    journal
        .entries
        .iter()
        .enumerate()
        .filter_map(|(i, e)| match e {
            Entry::Command(c) => match &c.outcome {
                Some((line, Outcome::Applied(state))) => Some((i, *line, *state)),
                Some((_, Outcome::Refused(_))) | None => None,
            },
            Entry::Reached { line, state, .. } | Entry::Forked { line, state, .. } => {
                Some((i, *line, *state))
            }
        })
        .collect()
}

/// Reads the cache at `path`: `Ok(None)` when there is none, `Err(why)` when it is damaged.
fn read_cache(path: &Path) -> Result<Option<CacheFile>, String> {
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e.to_string()),
    };
    let body = bytes
        .strip_prefix(MAGIC)
        .ok_or_else(|| "it does not start as a fluxsim checkpoint cache".to_string())?;
    ciborium::from_reader(body)
        .map(Some)
        .map_err(|e| format!("it does not read: {e}"))
}

/// Replays `journal` (recorded on `scenario`, read from `source`) to its end like `replay`,
/// starting from the cached checkpoint beside it when that matches the journal; writes the
/// cache anew (after a replay of at least `cache.min_events` events) when it was missing,
/// stale or damaged.
pub fn replay_cached(
    journal: &Journal,
    scenario: &Scenario,
    source: &Source,
    cache: Cache,
) -> Result<(Replayed, Vec<CacheNote>), JournalError> {
    let header = check(journal, scenario, source)?;
    let played = header.as_played(scenario);
    let mut notes = Vec::new();
    let path = cache_path(Path::new(&journal.path));
    let shown = path.display().to_string();
    let text = std::fs::read(&journal.path).ok();
    let digested = digested(journal);
    // Without the journal's own file there is nothing to key a cache to; a journal of
    // another model has digests that cannot verify one.
    let usable = text.is_some() && header.digests_comparable();

    let mut start = None;
    let mut earlier = Vec::new();
    if let Some(text) = text.as_deref().filter(|_| usable) {
        match read_cache(&path) {
            Ok(None) => {}
            Err(why) => notes.push(CacheNote::Ignored {
                path: shown.clone(),
                why,
            }),
            Ok(Some(file)) if file.binary != Checkpoint::BINARY => {}
            Ok(Some(mut file)) => {
                // The last checkpoint that belongs to this journal and restores.
                while let Some(record) = file.records.pop() {
                    if record.entries > journal.entries.len() {
                        continue;
                    }
                    match restored(&record, text, &digested, &played) {
                        Ok(Some(sim)) => {
                            start = Some((record.entries, sim));
                            earlier = file.records;
                            earlier.push(record);
                            break;
                        }
                        Ok(None) => {}
                        Err(why) => {
                            notes.push(CacheNote::Ignored {
                                path: shown.clone(),
                                why,
                            });
                            break;
                        }
                    }
                }
            }
        }
    }

    let mut replayer = Replayer::new(journal);
    let from_checkpoint = start
        .as_ref()
        .and_then(|(entries, _)| journal.entries.get(entries.checked_sub(1)?))
        .map(Entry::at);
    let (first, mut sim) = match start {
        Some((entries, sim)) => {
            replayer.skip(entries);
            (entries, sim)
        }
        None => (0, Simulation::new(&played, header.seed)),
    };
    let from_events = sim.events_processed();
    // Checkpoints to keep: after the last entry with a recorded digest at or before each
    // quarter of the exercise.
    let reaches = journal.reaches().millis();
    let mut wanted: Vec<(usize, usize)> = (1..=RECORDS as i64)
        .filter_map(|q| {
            let until = reaches
                .saturating_mul(q)
                .checked_div(RECORDS as i64)
                .unwrap_or(reaches);
            digested
                .iter()
                .rev()
                .find(|&&(i, ..)| {
                    journal
                        .entries
                        .get(i)
                        .is_some_and(|e| e.at().millis() <= until)
                })
                .map(|&(i, line, _)| (i, line))
        })
        .filter(|&(i, _)| i >= first)
        .collect();
    wanted.dedup();
    let mut taken = Vec::new();
    for index in first..journal.entries.len() {
        replayer.apply(&mut sim, index)?;
        if usable && let Some(&(_, line)) = wanted.iter().find(|&&(i, _)| i == index) {
            taken.push((index.saturating_add(1), line, sim.checkpoint()));
        }
    }
    let long = sim.events_processed().saturating_sub(from_events) >= cache.min_events;
    let stale = first == 0 || (cache.extend && !taken.is_empty());
    if let (true, true, Some(text)) = (long, stale, text.as_deref()) {
        earlier.retain(|r| r.entries <= first);
        if first == 0 {
            earlier.clear();
        }
        write_cache(&path, journal, text, earlier, &taken, &mut notes);
    }
    let mut replayed = replayer.finish(sim);
    replayed.from_checkpoint = from_checkpoint;
    Ok((replayed, notes))
}

/// The simulation the cache restores, when it belongs to this journal and binary and
/// reaches the digest the journal recorded where it stands; `Ok(None)` when it is stale
/// (another journal, binary or scenario), `Err(why)` when it is damaged.
fn restored(
    file: &Record,
    text: &[u8],
    digested: &[(usize, usize, u64)],
    played: &Scenario,
) -> Result<Option<Simulation>, String> {
    let Some(len) = prefix_len(text, file.lines) else {
        return Ok(None);
    };
    if hex(&Sha256::digest(&text[..len])) != file.prefix {
        return Ok(None);
    }
    let Some(&(_, _, recorded)) = digested
        .iter()
        .find(|&&(i, line, _)| i.saturating_add(1) == file.entries && line == file.lines)
    else {
        return Ok(None);
    };
    let mut sim = match Simulation::restore_bytes(played, &file.checkpoint.0) {
        Ok(sim) => sim,
        Err(
            CheckpointError::Binary { .. }
            | CheckpointError::Scenario { .. }
            | CheckpointError::Format { .. },
        ) => return Ok(None),
        Err(
            e @ (CheckpointError::NotACheckpoint
            | CheckpointError::Corrupt { .. }
            | CheckpointError::Digest { .. }),
        ) => return Err(e.to_string()),
    };
    if sim.digest() != recorded {
        return Err(format!(
            "its state {:016x} is not the state {recorded:016x} the journal recorded",
            sim.digest()
        ));
    }
    Ok(Some(sim))
}

/// Writes the cache (the records kept from before, then the checkpoints taken now) through
/// a temporary file renamed into place, unless a file of its name is no fluxsim cache.
fn write_cache(
    path: &Path,
    journal: &Journal,
    text: &[u8],
    mut records: Vec<Record>,
    taken: &[(usize, usize, Checkpoint)],
    notes: &mut Vec<CacheNote>,
) {
    let shown = path.display().to_string();
    if let Ok(existing) = std::fs::read(path)
        && !existing.starts_with(MAGIC)
    {
        notes.push(CacheNote::NotOurs { path: shown });
        return;
    }
    for (entries, lines, checkpoint) in taken {
        let Some(len) = prefix_len(text, *lines) else {
            continue;
        };
        records.push(Record {
            lines: *lines,
            prefix: hex(&Sha256::digest(&text[..len])),
            entries: *entries,
            checkpoint: Blob(checkpoint.to_bytes()),
        });
    }
    let excess = records.len().saturating_sub(RECORDS);
    records.drain(..excess);
    let file = CacheFile {
        binary: Checkpoint::BINARY.to_string(),
        records,
    };
    let mut bytes = MAGIC.to_vec();
    if let Err(e) = ciborium::into_writer(&file, &mut bytes) {
        notes.push(CacheNote::NotWritten {
            path: shown,
            why: e.to_string(),
        });
        return;
    }
    let inputs = [Input::new(&journal.path, "file-journal-read")];
    let written = Output::new(path, "file-checkpoint-cache", true, &inputs)
        .and_then(|output| output.write(&bytes));
    if let Err(e) = written {
        notes.push(CacheNote::NotWritten {
            path: shown,
            why: e.to_string(),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::prefix_len;

    #[test]
    fn a_prefix_of_lines_ends_after_their_newline() {
        let text = b"a\nbb\nccc\n";
        assert_eq!(prefix_len(text, 0), Some(0));
        assert_eq!(prefix_len(text, 1), Some(2));
        assert_eq!(prefix_len(text, 3), Some(9));
        assert_eq!(prefix_len(text, 4), None);
    }
}
