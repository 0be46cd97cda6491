//! The one command type: every change to a running exercise, whether the facilitator
//! changes the model (an inject) or participants take a decision. Commands are journaled,
//! so each variant is plain data with readable fields.

use serde::{Deserialize, Serialize};

use crate::scenario::{InjectEffect, Vulnerability};
use crate::sim;

/// A change to the exercise, applied at the current simulated time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Command {
    /// Close a BCP: nobody new is processed; those waiting divert to other crossings.
    CloseBcp {
        /// BCP id.
        bcp: String,
    },
    /// Re-open a closed BCP.
    OpenBcp {
        /// BCP id.
        bcp: String,
    },
    /// Add (or with a negative number remove) officers on every shift of a BCP.
    ChangeOfficers {
        /// BCP id.
        bcp: String,
        /// Officers added; negative for a shortage.
        by: i32,
    },
    /// Set the normal bed capacity of a reception site.
    SetCapacity {
        /// Reception site id.
        site: String,
        /// Beds.
        capacity: u32,
    },
    /// Open a reception site at once.
    OpenSite {
        /// Reception site id.
        site: String,
    },
    /// Close a reception site to new arrivals.
    CloseSite {
        /// Reception site id.
        site: String,
    },
    /// Let every reception site use its surge capacity.
    UnlockSurgeCapacity,
    /// A scenario-side inject given now (a surge, a border closed, an incident at a site, a
    /// shortage, a breakdown, a message).
    Inject(InjectEffect),
    /// Deliver an MSEL inject: its receivers learn its message (what they knew, and when),
    /// and its effect, if it has one, takes effect.
    DeliverInject {
        /// The inject's number in the MSEL.
        number: u32,
    },

    /// Decision: declare a phase of the contingency plan.
    DeclarePhase {
        /// Institution id.
        by: String,
        /// Phase id.
        phase: String,
    },
    /// Decision: approve reception of the people at the border.
    ApproveReception {
        /// Institution id.
        by: String,
    },
    /// Decision: open a temporary reception site (it takes people after the plan's delay).
    OpenTemporarySite {
        /// Institution id.
        by: String,
        /// Reception site id.
        site: String,
    },
    /// Decision: deploy officers to a BCP (on duty after their travel time).
    DeployOfficers {
        /// Institution id.
        by: String,
        /// BCP id.
        bcp: String,
        /// How many.
        officers: u32,
    },
    /// Decision: bring in (remote) interpreters for a language.
    RequestInterpreters {
        /// Institution id.
        by: String,
        /// Language code.
        language: String,
        /// How many.
        count: u32,
    },
    /// Decision: add buses to a fleet.
    ArrangeBuses {
        /// Institution id.
        by: String,
        /// Fleet id.
        fleet: String,
        /// How many.
        buses: u32,
    },
    /// Decision: take responsibility for the vulnerable cases of one kind.
    ReferCase {
        /// Institution id.
        by: String,
        /// The kind of case.
        vulnerability: Vulnerability,
    },
    /// Decision: inform an institution of the decisions under a function (or a phase).
    Notify {
        /// Institution id.
        by: String,
        /// Institution informed.
        to: String,
        /// Function id or phase id the information is about.
        about: String,
    },
    /// Decision: settle who is accountable for a function, during play.
    AssignFunction {
        /// Institution id (normally the chair of the working group).
        by: String,
        /// Function id.
        function: String,
        /// The institution that is from now on accountable.
        institution: String,
    },
}

impl Command {
    /// The engine change this command makes at once, for the model-change commands.
    pub(crate) fn model_change(&self) -> Option<sim::Command> {
        Some(match self {
            Command::CloseBcp { bcp } => sim::Command::CloseBcp { bcp: bcp.clone() },
            Command::OpenBcp { bcp } => sim::Command::OpenBcp { bcp: bcp.clone() },
            Command::ChangeOfficers { bcp, by } => sim::Command::ChangeOfficers {
                bcp: bcp.clone(),
                by: *by,
            },
            Command::SetCapacity { site, capacity } => sim::Command::SetCapacity {
                site: site.clone(),
                capacity: *capacity,
            },
            Command::OpenSite { site } => sim::Command::OpenSite { site: site.clone() },
            Command::CloseSite { site } => sim::Command::CloseSite { site: site.clone() },
            Command::UnlockSurgeCapacity => sim::Command::UnlockSurgeCapacity,
            _ => return None,
        })
    }

    /// The institution giving a decision; `None` for model changes.
    pub fn institution(&self) -> Option<&str> {
        match self {
            Command::DeclarePhase { by, .. }
            | Command::ApproveReception { by }
            | Command::OpenTemporarySite { by, .. }
            | Command::DeployOfficers { by, .. }
            | Command::RequestInterpreters { by, .. }
            | Command::ArrangeBuses { by, .. }
            | Command::ReferCase { by, .. }
            | Command::Notify { by, .. }
            | Command::AssignFunction { by, .. } => Some(by),
            _ => None,
        }
    }

    /// A short readable description, for decision logs and evidence.
    pub fn describe(&self) -> String {
        match self {
            Command::CloseBcp { bcp } => format!("close BCP {bcp}"),
            Command::OpenBcp { bcp } => format!("open BCP {bcp}"),
            Command::ChangeOfficers { bcp, by } => format!("change officers at {bcp} by {by}"),
            Command::SetCapacity { site, capacity } => format!("set {site} to {capacity} beds"),
            Command::OpenSite { site } => format!("open site {site}"),
            Command::CloseSite { site } => format!("close site {site}"),
            Command::UnlockSurgeCapacity => "unlock surge capacity".into(),
            Command::DeliverInject { number } => format!("deliver inject {number}"),
            Command::Inject(effect) => effect.describe(),
            Command::DeclarePhase { phase, .. } => format!("declare phase `{phase}`"),
            Command::ApproveReception { .. } => "approve reception".into(),
            Command::OpenTemporarySite { site, .. } => format!("open temporary site {site}"),
            Command::DeployOfficers { bcp, officers, .. } => {
                format!("deploy {officers} officers to {bcp}")
            }
            Command::RequestInterpreters {
                language, count, ..
            } => format!("request {count} {language} interpreters"),
            Command::ArrangeBuses { fleet, buses, .. } => {
                format!("arrange {buses} buses for {fleet}")
            }
            Command::ReferCase { vulnerability, .. } => {
                format!("take {vulnerability:?} cases")
            }
            Command::Notify { to, about, .. } => format!("inform {to} about `{about}`"),
            Command::AssignFunction {
                function,
                institution,
                ..
            } => format!("assign `{function}` to {institution}"),
        }
    }
}

/// Why the model refused a change (an unknown place, language, fleet, country or
/// nationality).
pub use crate::sim::CommandError as ModelError;

/// Why a command was refused. A refused command changes nothing.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CommandError {
    /// The model refused it (an unknown place, language or fleet).
    #[error(transparent)]
    Model(#[from] ModelError),
    /// An id that names nothing of the expected kind in this scenario.
    #[error("unknown {what} `{id}`; known: {}", known.join(", "))]
    Unknown {
        /// What kind of thing was expected (institution, phase, function, reception site ...).
        what: &'static str,
        /// The id given.
        id: String,
        /// The ids that would be accepted.
        known: Vec<String>,
    },
}
