//! The engine core: simulated time, the event queue, people as bevy_ecs entities, the flows
//! through places, and random streams. It depends on `scenario` only and touches neither
//! files nor the terminal.
//!
//! People are entities, each with one component (`Slot`: `Person`, `Stage`, `Journey`); the
//! entity of one who left is taken over by the next arrival. The rest of the state lives in the
//! engine's parts (`engine.rs` lists them), each owning its data behind small methods: the
//! places' queues, servers and beds are plain vectors indexed by location, in `stations.rs`.

mod arrivals;
mod audit;
mod calendar;
mod change;
mod checkpoint;
mod components;
mod demography;
mod digest;
mod engine;
mod events;
mod flow;
mod injects;
mod interpreters;
mod ledger;
mod network;
mod passages;
mod places;
mod probes;
mod reception;
mod records;
mod referrals;
pub mod rng;
mod series;
mod snapshot;
mod stations;
mod transport;

pub use audit::Audit;
pub(crate) use change::Change;
pub use change::ChangeError;
pub(crate) use checkpoint::{EngineState, RngState, StateError};
pub use components::{Departure, ExitRecord, Person};
pub use engine::Engine;
pub use passages::Passage;
pub use places::Role;
pub use probes::{
    BcpReading, FleetReading, InterpreterQueueReading, Reader, Readings, ShelterReading,
    SiteReading, VulnerableReading,
};
pub use series::{SamplePoint, Series};
pub use snapshot::{PlaceView, Snapshot, TotalsView, VulnerableView};
