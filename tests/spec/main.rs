//! The specification of fluxsim, one module per capability.

mod catalogue;
mod compare;
mod conservation;
mod console;
mod console_pty;
mod console_replay;
mod console_search;
mod coordination;
mod crash;
mod determinism;
mod flows;
mod fork;
mod format_doc;
mod injects;
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
