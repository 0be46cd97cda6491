//! The specification of fluxsim, one module per capability.

mod conservation;
mod determinism;
mod flows;
mod queueing;
mod support;
mod time;
