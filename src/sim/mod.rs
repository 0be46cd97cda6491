//! The engine core: simulated time, the event queue, people as bevy_ecs entities, the flows
//! through places, and random streams. It depends on `scenario` only and touches neither
//! files nor the terminal.
//!
//! People are entities (`Person`, `Stage`, `Journey`); the places' queues, servers and beds
//! are plain vectors indexed by location, which the per-event handlers reach directly.

mod audit;
mod change;
mod checkpoint;
mod components;
mod demography;
mod digest;
mod engine;
mod events;
mod flow;
mod injects;
mod network;
mod passages;
mod places;
mod probes;
pub mod rng;
mod series;
mod snapshot;

pub use audit::Audit;
pub(crate) use change::Change;
pub use change::ChangeError;
pub(crate) use checkpoint::{EngineState, RngState, StateError};
pub use components::{Departure, ExitRecord, Person};
pub use engine::Engine;
pub use passages::Passage;
pub use places::Role;
pub use probes::{
    BcpReading, FleetReading, InterpreterQueueReading, Readings, ShelterReading, SiteReading,
    VulnerableReading,
};
pub use series::{SamplePoint, Series};
pub use snapshot::{PlaceView, Snapshot, TotalsView, VulnerableView};
