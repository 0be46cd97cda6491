//! The specification of fluxsim, one module per capability.

mod conservation;
mod determinism;
mod flows;
mod queueing;
mod scenario_errors;
mod scenario_properties;
mod support;
mod time;
