//! The specification of fluxsim, one module per capability.

mod conservation;
mod console;
mod coordination;
mod determinism;
mod flows;
mod format_doc;
mod journal;
mod msel_csv;
mod queueing;
mod report;
mod run_output;
mod scenario_errors;
mod scenario_properties;
mod scenario_show;
mod series;
mod support;
mod sweep;
mod time;
