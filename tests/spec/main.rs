//! The specification of fluxsim, one module per capability.

mod conservation;
mod determinism;
mod queueing;
mod support;
mod time;
