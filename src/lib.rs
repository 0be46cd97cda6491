//! fluxsim: a tabletop simulation engine for mass-influx migration contingency exercises.
//!
//! The library holds all the logic; the console, the batch runner, the tests and the report
//! writer drive it through the same small API.
#![warn(missing_docs)]

pub mod cli;
pub mod coordination;
pub mod scenario;
pub mod time;

pub use time::SimTime;
