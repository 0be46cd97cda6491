//! Checkpoints: a running `Simulation`'s whole state as a value, and as bytes (the format is
//! in docs/checkpoints.md). A simulation restored from a checkpoint goes on exactly as the
//! original does: the same digest at every later command.
//!
//! The bytes open with a magic line and a format number, then a small header (the binary's
//! version, the scenario's hash, the seed, the time, the state digest and the SHA-256 of the
//! body) and the body (CBOR). A checkpoint of another format, binary or scenario, a body
//! whose checksum differs, or one that does not restore to its own digest is refused with a
//! typed error — never a panic. Nothing here touches a file.

use serde::{Deserialize, Serialize};
use sha2::{Digest as _, Sha256};

use crate::coordination::{Coordinator, CoordinatorState};
use crate::i18n::{Lang, Localized};
use crate::scenario::Scenario;
use crate::schedule::Schedule;
use crate::sim::{Engine, EngineState, StateError};
use crate::time::SimTime;
use crate::{Simulation, tr};

/// The first bytes of every checkpoint.
pub const MAGIC: &[u8] = b"fluxsim checkpoint\n";

/// The checkpoint format this build writes and reads.
pub const FORMAT: u32 = 2;

/// The version of the binary, which a checkpoint must match (the model may change between
/// versions).
pub const BINARY: &str = env!("CARGO_PKG_VERSION");

/// A simulation's whole state at one instant.
#[derive(Clone)]
pub struct Checkpoint {
    engine: EngineState,
    coordinator: CoordinatorState,
    next_sweep: i64,
    schedule: Schedule,
    scenario: String,
    digest: u64,
}

/// What a checkpoint's bytes say of themselves before the body.
#[derive(Serialize, Deserialize)]
struct Header {
    binary: String,
    scenario: String,
    seed: u64,
    at_ms: i64,
    digest: u64,
    /// SHA-256 of the body, hex.
    body: String,
}

#[derive(Serialize, Deserialize)]
struct Body {
    engine: EngineState,
    coordinator: CoordinatorState,
    next_sweep: i64,
    schedule: Schedule,
}

/// Why a checkpoint was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CheckpointError {
    /// The bytes are no fluxsim checkpoint.
    #[error("{}", self.localized(Lang::En))]
    NotACheckpoint,
    /// Written in a checkpoint format this build does not read.
    #[error("{}", self.localized(Lang::En))]
    Format {
        /// The format found.
        found: u32,
    },
    /// Written by another version of fluxsim.
    #[error("{}", self.localized(Lang::En))]
    Binary {
        /// The version that wrote it.
        written_by: String,
    },
    /// Saved from a run of another scenario (or the same one changed).
    #[error("{}", self.localized(Lang::En))]
    Scenario {
        /// The hash of the scenario it was saved from.
        saved: String,
        /// The hash of the scenario given.
        given: String,
    },
    /// Damaged: its checksum, its encoding or its contents do not hold together.
    #[error("{}", self.localized(Lang::En))]
    Corrupt {
        /// What does not hold (technical, English).
        why: String,
    },
    /// Restored, it does not reach the state digest it was saved with.
    #[error("{}", self.localized(Lang::En))]
    Digest {
        /// The digest saved.
        saved: u64,
        /// The digest of the restored simulation.
        restored: u64,
    },
}

impl Localized for CheckpointError {
    fn localized(&self, lang: Lang) -> String {
        match self {
            CheckpointError::NotACheckpoint => tr!(lang, "checkpoint-not-one"),
            CheckpointError::Format { found } => tr!(
                lang,
                "checkpoint-format",
                found = *found,
                supported = FORMAT
            ),
            CheckpointError::Binary { written_by } => tr!(
                lang,
                "checkpoint-binary",
                written = written_by.as_str(),
                running = BINARY
            ),
            CheckpointError::Scenario { saved, given } => tr!(
                lang,
                "checkpoint-scenario",
                saved = short(saved),
                given = short(given)
            ),
            CheckpointError::Corrupt { why } => {
                tr!(lang, "checkpoint-corrupt", why = why.as_str())
            }
            CheckpointError::Digest { saved, restored } => tr!(
                lang,
                "checkpoint-digest",
                saved = format!("{saved:016x}"),
                restored = format!("{restored:016x}")
            ),
        }
    }
}

/// The first 12 hex digits of a hash, as messages show it.
fn short(hash: &str) -> &str {
    hash.get(..12).unwrap_or(hash)
}

impl From<StateError> for CheckpointError {
    fn from(e: StateError) -> Self {
        CheckpointError::Corrupt { why: e.0 }
    }
}

/// The hash a checkpoint carries of the scenario it was saved from: SHA-256 (hex) of the
/// scenario as the engine reads it (its canonical JSON), so that a checkpoint of a
/// `--simulate-all` run belongs to that run only.
pub fn scenario_hash(scenario: &Scenario) -> String {
    let json = serde_json::to_vec(scenario).unwrap_or_default();
    hex(&Sha256::digest(&json))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

impl Checkpoint {
    /// The version of the binary that writes (and alone reads) checkpoints.
    pub const BINARY: &'static str = BINARY;

    /// Simulated time of the checkpoint.
    pub fn at(&self) -> SimTime {
        SimTime(self.engine.now())
    }

    /// The state digest it was saved with (and restores to).
    pub fn digest(&self) -> u64 {
        self.digest
    }

    /// The master seed of the run.
    pub fn seed(&self) -> u64 {
        self.engine.seed()
    }

    /// The hash of the scenario it was saved from (`scenario_hash`).
    pub fn scenario(&self) -> &str {
        &self.scenario
    }

    /// People in the system at the checkpoint.
    pub fn people(&self) -> usize {
        self.engine.people()
    }

    /// Records of people who left, held in the checkpoint.
    pub fn departures(&self) -> usize {
        self.engine.departed()
    }

    /// Leaves out the records of people who left (for a holder that keeps them once for
    /// many checkpoints of one run: they only ever grow); returns how many there were.
    pub fn take_departures(&mut self) -> usize {
        self.engine.take_departed()
    }

    /// Puts back records of people who left (the first ones of the same run, as many as
    /// `take_departures` said).
    pub fn put_departures(&mut self, records: Vec<crate::view::ExitRecord>) {
        self.engine.put_departed(records);
    }

    /// The checkpoint as bytes: magic, format, header, body.
    pub fn to_bytes(&self) -> Vec<u8> {
        let body = Body {
            engine: self.engine.clone(),
            coordinator: self.coordinator.clone(),
            next_sweep: self.next_sweep,
            schedule: self.schedule.clone(),
        };
        let mut body_bytes = Vec::new();
        // Writing into memory fails only on a value serde cannot express; the state has none.
        let _ = ciborium::into_writer(&body, &mut body_bytes);
        let header = Header {
            binary: BINARY.to_string(),
            scenario: self.scenario.clone(),
            seed: self.engine.seed(),
            at_ms: self.engine.now(),
            digest: self.digest,
            body: hex(&Sha256::digest(&body_bytes)),
        };
        let mut header_bytes = Vec::new();
        let _ = ciborium::into_writer(&header, &mut header_bytes);
        let mut out = Vec::with_capacity(MAGIC.len() + 8 + header_bytes.len() + body_bytes.len());
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT.to_le_bytes());
        out.extend_from_slice(&(header_bytes.len() as u32).to_le_bytes());
        out.extend_from_slice(&header_bytes);
        out.extend_from_slice(&body_bytes);
        out
    }

    /// Reads a checkpoint written by `to_bytes` of this format and this binary.
    pub fn from_bytes(bytes: &[u8]) -> Result<Checkpoint, CheckpointError> {
        let corrupt = |why: String| CheckpointError::Corrupt { why };
        let rest = bytes
            .strip_prefix(MAGIC)
            .ok_or(CheckpointError::NotACheckpoint)?;
        let (format, rest) = rest
            .split_first_chunk::<4>()
            .ok_or_else(|| corrupt("it ends inside its format number".into()))?;
        let found = u32::from_le_bytes(*format);
        if found != FORMAT {
            return Err(CheckpointError::Format { found });
        }
        let (len, rest) = rest
            .split_first_chunk::<4>()
            .ok_or_else(|| corrupt("it ends inside its header".into()))?;
        let len = u32::from_le_bytes(*len) as usize;
        if rest.len() < len {
            return Err(corrupt("it ends inside its header".into()));
        }
        let (header_bytes, body_bytes) = rest.split_at(len);
        let header: Header = ciborium::from_reader(header_bytes)
            .map_err(|e| corrupt(format!("its header does not read: {e}")))?;
        if header.binary != BINARY {
            return Err(CheckpointError::Binary {
                written_by: header.binary,
            });
        }
        if hex(&Sha256::digest(body_bytes)) != header.body {
            return Err(corrupt("its body does not match its checksum".into()));
        }
        let body: Body = ciborium::from_reader(body_bytes)
            .map_err(|e| corrupt(format!("its body does not read: {e}")))?;
        if body.engine.seed() != header.seed || body.engine.now() != header.at_ms {
            return Err(corrupt("its header and body disagree".into()));
        }
        Ok(Checkpoint {
            engine: body.engine,
            coordinator: body.coordinator,
            next_sweep: body.next_sweep,
            schedule: body.schedule,
            scenario: header.scenario,
            digest: header.digest,
        })
    }
}

impl Simulation {
    /// The whole state now, to restore later (`Simulation::restore`) or keep as bytes
    /// (`Checkpoint::to_bytes`).
    pub fn checkpoint(&mut self) -> Checkpoint {
        let digest = self.digest();
        let (engine, coordinator, next_sweep, schedule) = self.parts_mut();
        let scenario = scenario_hash(engine.scenario());
        Checkpoint {
            engine: engine.save(),
            coordinator: coordinator.state(),
            next_sweep: *next_sweep,
            schedule: schedule.clone(),
            scenario,
            digest,
        }
    }

    /// A simulation of `scenario` (the scenario as run: `Header::as_played` for a journal)
    /// in the state of `checkpoint`, checked to reach the digest it was saved with.
    pub fn restore(
        scenario: &Scenario,
        checkpoint: &Checkpoint,
    ) -> Result<Simulation, CheckpointError> {
        Simulation::restore_from(scenario, checkpoint.clone())
    }

    /// `Simulation::restore`, consuming the checkpoint (no copy of its state is made).
    pub fn restore_from(
        scenario: &Scenario,
        checkpoint: Checkpoint,
    ) -> Result<Simulation, CheckpointError> {
        let given = scenario_hash(scenario);
        if given != checkpoint.scenario {
            return Err(CheckpointError::Scenario {
                saved: checkpoint.scenario.clone(),
                given,
            });
        }
        let Checkpoint {
            engine,
            coordinator,
            next_sweep,
            schedule,
            scenario: _,
            digest,
        } = checkpoint;
        let seed = engine.seed();
        let engine = Engine::restore(scenario, engine)?;
        let coordinator = Coordinator::restore(scenario, seed, coordinator)?;
        let mut sim = Simulation::from_parts(scenario, engine, coordinator, next_sweep, schedule);
        let restored = sim.digest();
        if restored != digest {
            return Err(CheckpointError::Digest {
                saved: digest,
                restored,
            });
        }
        Ok(sim)
    }

    /// `Simulation::restore` from the bytes of `Checkpoint::to_bytes`.
    pub fn restore_bytes(scenario: &Scenario, bytes: &[u8]) -> Result<Simulation, CheckpointError> {
        Simulation::restore(scenario, &Checkpoint::from_bytes(bytes)?)
    }
}
