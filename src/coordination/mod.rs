//! Institutions, the contingency plan, requests and decisions, and coordination gaps.
//!
//! `findings` are the gaps the scenario shows before any simulation; the `Coordinator`
//! reads the running model and records the rest as they open.

mod agenda;
mod category;
mod coordinator;
mod decide;
mod desks;
mod findings;
mod gap;
mod inject_watch;
mod ledger;
mod plan_state;
mod record;
mod request;
mod situations;
mod state;
mod supply;
mod tasks;

pub use category::{CATEGORIES, Capability, Category, Element};
pub use coordinator::{Coordinator, SWEEP_MS};
pub use findings::{Finding, never_raised, static_findings};
pub use gap::{Gap, Severity};
pub use inject_watch::DueInject;
pub use record::{Observed, Remark, RoleChange};
pub use request::{Answer, Ask, Decision, Informed, Request, Withdrawn};
pub(crate) use state::CoordinatorState;
pub use tasks::{Evidence, TaskChange, TaskState, TaskStatus};
