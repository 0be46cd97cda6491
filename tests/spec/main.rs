//! The specification of fluxsim, one module per capability.

mod time;
