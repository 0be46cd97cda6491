//! The recorder every front end uses: a command reaches the disk before it takes effect.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::Path;

use super::chain::{Chain, Sealer};
use super::error::{Access, JournalError};
use super::line::{DIGEST_SCHEME, FORMAT, Header, Line, MODEL, ScenarioSource};
use super::scenario_hash;
use crate::Simulation;
use crate::scenario::Scenario;
use crate::{Command, CommandError, Origin};

impl Header {
    /// The header of a new exercise on `scenario`, read from `text` found at `source`.
    pub fn new(scenario: &Scenario, source: ScenarioSource, text: &str, seed: u64) -> Header {
        Header {
            format: FORMAT,
            engine: env!("CARGO_PKG_VERSION").to_string(),
            digest: DIGEST_SCHEME,
            model: MODEL,
            scenario: scenario.exercise.name.clone(),
            source,
            hash: scenario_hash(text),
            seed,
            start: scenario.exercise.start.clone(),
            simulate_all: false,
            series: crate::scenario::observed_csv::series_hashes(scenario),
        }
    }

    /// The same header, recording that every institution is simulated (`--simulate-all`).
    pub fn simulating_all(mut self, simulate_all: bool) -> Header {
        self.simulate_all = simulate_all;
        self
    }

    /// The scenario as this exercise was played: with every institution simulated when the
    /// header says so.
    pub fn as_played(&self, scenario: &Scenario) -> Scenario {
        let mut played = scenario.clone();
        if self.simulate_all {
            played.simulate_all();
        }
        played
    }
}

/// Writes an exercise's journal as it is played.
#[derive(Debug)]
pub struct Recorder {
    file: File,
    path: String,
    /// Chains every line after the header (format 4 on).
    sealer: Sealer,
}

impl Recorder {
    /// Starts a new journal at `path` with its header; an existing file is never overwritten,
    /// except one in which nothing was recorded: empty, or a header cut off mid-write (a
    /// recording killed before its first line reached the disk).
    pub fn create(path: &Path, header: &Header) -> Result<Recorder, JournalError> {
        let name = path.display().to_string();
        let small = std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.len() < 65_536);
        let never_recorded = small
            && std::fs::read(path).is_ok_and(|bytes| {
                !bytes.contains(&b'\n')
                    && (bytes.starts_with(b"Header(") || b"Header(".starts_with(&bytes))
            });
        let file = OpenOptions::new()
            .write(true)
            .create_new(!never_recorded)
            .truncate(never_recorded)
            .open(path)
            .map_err(|source| {
                if source.kind() == std::io::ErrorKind::AlreadyExists {
                    JournalError::Exists { path: name.clone() }
                } else {
                    JournalError::Io {
                        action: Access::Create,
                        path: name.clone(),
                        source,
                    }
                }
            })?;
        let mut recorder = Recorder {
            file,
            path: name,
            sealer: Sealer::default(),
        };
        recorder.write(&Line::Header(header.clone()))?;
        Ok(recorder)
    }

    /// Reopens a journal to append to it, cutting it back to `keep` bytes (its last complete
    /// line) so a torn line is not continued, and continuing its chain from `chain` (the
    /// value of its last complete line).
    pub(crate) fn reopen(
        path: &Path,
        keep: u64,
        chain: Option<Chain>,
    ) -> Result<Recorder, JournalError> {
        let name = path.display().to_string();
        let io = |action| {
            let path = name.clone();
            move |source| JournalError::Io {
                action,
                path,
                source,
            }
        };
        let file = OpenOptions::new()
            .append(true)
            .open(path)
            .map_err(io(Access::Open))?;
        file.set_len(keep).map_err(io(Access::CutTornLine))?;
        file.sync_data().map_err(io(Access::Sync))?;
        Ok(Recorder {
            file,
            path: name,
            sealer: Sealer::continuing(chain),
        })
    }

    /// The journal file.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// Records `command`, given by `origin`, at the simulation's current time and applies
    /// it.
    ///
    /// The command line is written and synced first; then the command is applied; then its
    /// outcome line follows: the digest if it was applied, the engine's reason if it was
    /// refused. The outer error is the journal failing (the command was then not applied);
    /// the inner one is the engine refusing the command.
    pub fn record(
        &mut self,
        sim: &mut Simulation,
        command: Command,
        origin: Origin,
    ) -> Result<Result<u64, CommandError>, JournalError> {
        let at = sim.now();
        // Replay applies a command after every event of its instant; a fresh simulation at
        // T+0 has not processed those yet, so do it now or the recording would not replay.
        sim.advance_through(at);
        // A command its origin cannot give is refused before anything is written.
        if let Some(refused) = origin.cannot_give(&command) {
            return Ok(Err(refused));
        }
        self.write(&Line::Command {
            at,
            command: command.clone(),
            origin: Some(origin.clone()),
        })?;
        match sim.apply_as(&command, &origin) {
            Ok(()) => {
                let state = sim.digest();
                self.write(&Line::Digest { state })?;
                Ok(Ok(state))
            }
            Err(refusal) => {
                self.write(&Line::Refused {
                    reason: refusal.to_string(),
                })?;
                Ok(Err(refusal))
            }
        }
    }

    /// Records that seats were opened at the simulation's current time, with the hashes of
    /// their codes (institution id → hash, and the evaluators').
    pub fn seats_opened(
        &mut self,
        sim: &Simulation,
        seats: std::collections::BTreeMap<String, String>,
        evaluator: String,
    ) -> Result<(), JournalError> {
        self.write(&Line::SeatsOpened {
            at: sim.now(),
            seats,
            evaluator,
        })
    }

    /// Records a mark of the exercise's wall-clock timer at the simulation's current time,
    /// stamped `wall` (UTC, RFC 3339).
    pub fn marker(
        &mut self,
        sim: &Simulation,
        wall: String,
        mark: super::line::Mark,
    ) -> Result<(), JournalError> {
        self.write(&Line::Marker {
            at: sim.now(),
            wall,
            mark,
        })
    }

    /// Strikes the last command, given at the simulation's current time: the caller
    /// re-simulates without it (`journal::read` then leaves it out).
    pub fn struck(&mut self, sim: &Simulation) -> Result<(), JournalError> {
        self.write(&Line::Struck { at: sim.now() })
    }

    /// Records the time the run has reached and its digest (when a run stops).
    pub fn reached(&mut self, sim: &mut Simulation) -> Result<u64, JournalError> {
        let state = sim.digest();
        self.write(&Line::Reached {
            at: sim.now(),
            state,
        })?;
        Ok(state)
    }

    /// Writes one line (chained, after the header of a chained format) with its line break
    /// in a single write, then syncs it to the disk.
    pub(crate) fn write(&mut self, line: &Line) -> Result<(), JournalError> {
        let mut text = self.sealer.text(line)?;
        text.push('\n');
        let io = |source| JournalError::Io {
            action: Access::WriteTo,
            path: self.path.clone(),
            source,
        };
        self.file.write_all(text.as_bytes()).map_err(io)?;
        self.file.sync_data().map_err(io)
    }
}
