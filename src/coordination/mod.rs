//! Institutions, the contingency plan, requests and decisions, and coordination gaps.
//!
//! `findings` are the gaps the scenario shows before any simulation; the `Coordinator`
//! reads the running model and records the rest as they open.

mod category;
mod checkpoint;
mod coordinator;
mod decide;
mod digest;
mod findings;
mod gap;
mod inject_watch;
mod record;
mod request;
mod situations;
mod tasks;

pub use category::{CATEGORIES, Capability, Category, Element};
pub(crate) use checkpoint::CoordinatorState;
pub use coordinator::{Coordinator, SWEEP_MS};
pub use findings::{Finding, never_raised, static_findings};
pub use gap::{Gap, Severity};
pub use inject_watch::DueInject;
pub use record::{Observed, Remark, RoleChange};
pub use request::{Answer, Ask, Decision, Informed, Request, Withdrawn};
pub use tasks::{Evidence, TaskChange, TaskState, TaskStatus};
