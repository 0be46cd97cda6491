//! fluxsim: a tabletop simulation engine for mass-influx migration contingency exercises.
//!
//! The library holds all the logic; the console, the batch runner, the tests and the report
//! writer drive it through the same small API: the `Simulation` facade, the `Command`s it
//! takes, and the `view` types it answers with. The engine (`sim`) and the coordination
//! model (`coordination`) are private to the crate; `docs/architecture.md` draws the layers.
#![warn(missing_docs)]
// Panic-free library: errors are typed and located, never a panic (tests may, see clippy.toml).
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod checkpoint;
pub mod cli;
pub mod command;
pub mod console;
mod coordination;
pub mod i18n;
mod inject;
pub mod journal;
pub mod output;
pub mod report;
pub mod scenario;
pub mod schedule;
pub mod serve;
mod sim;
mod simulation;
pub mod sweep;
pub mod time;
pub mod view;

pub use checkpoint::{Checkpoint, CheckpointError, scenario_hash as checkpoint_scenario_hash};
pub use command::{Command, CommandError, ControlAction, DecisionKind, Origin, Via};
pub use scenario::{Ranges, Scenario};
pub use simulation::{Metrics, OpenRequest, Simulation, Snapshot};
pub use time::SimTime;
pub use view::Gap;
