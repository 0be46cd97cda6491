//! fluxsim: a tabletop simulation engine for mass-influx migration contingency exercises.
//!
//! The library holds all the logic; the console, the batch runner, the tests and the report
//! writer drive it through the same small API.
#![warn(missing_docs)]

pub mod cli;
pub mod command;
pub mod console;
pub mod coordination;
mod inject;
pub mod journal;
pub mod report;
pub mod scenario;
pub mod sim;
mod simulation;
pub mod sweep;
pub mod time;

pub use command::{Command, CommandError, ControlAction, DecisionKind};
pub use coordination::Gap;
pub use scenario::{Limits, Scenario};
pub use simulation::{Metrics, OpenRequest, Simulation, Snapshot};
pub use time::SimTime;
