//! Institutions, the contingency plan, requests and decisions, and coordination gaps.

mod findings;

pub use findings::{Category, Finding, static_findings};
