//! Journal format 1: its commands were one flat list, model changes and decisions side by
//! side (`ChangeOfficers(bcp: ..., by: ...)`, `DeclarePhase(by: ..., phase: ...)`). They are
//! read in that shape and translated into today's `Command`; every other line reads as in
//! the current format. Values are range-checked as in the current format.

use serde::Deserialize;

use crate::scenario::ranges as range;
use crate::scenario::{InjectEffect, Vulnerability};
use crate::{ControlAction, DecisionKind};

/// A command as format 1 wrote it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) enum Command {
    CloseBcp {
        bcp: String,
    },
    OpenBcp {
        bcp: String,
    },
    ChangeOfficers {
        bcp: String,
        #[serde(deserialize_with = "range::officer_change")]
        by: i32,
    },
    SetCapacity {
        site: String,
        #[serde(deserialize_with = "range::beds")]
        capacity: u32,
    },
    OpenSite {
        site: String,
    },
    CloseSite {
        site: String,
    },
    UnlockSurgeCapacity,
    Inject(InjectEffect),
    DeliverInject {
        number: u32,
    },
    DeclarePhase {
        by: String,
        phase: String,
    },
    ApproveReception {
        by: String,
    },
    OpenTemporarySite {
        by: String,
        site: String,
    },
    DeployOfficers {
        by: String,
        bcp: String,
        #[serde(deserialize_with = "range::officers")]
        officers: u32,
    },
    RequestInterpreters {
        by: String,
        language: String,
        #[serde(deserialize_with = "range::count")]
        count: u32,
    },
    ArrangeBuses {
        by: String,
        fleet: String,
        #[serde(deserialize_with = "range::buses")]
        buses: u32,
    },
    ReferCase {
        by: String,
        vulnerability: Vulnerability,
    },
    Notify {
        by: String,
        to: String,
        about: String,
    },
    AssignFunction {
        by: String,
        function: String,
        institution: String,
    },
}

impl From<Command> for crate::Command {
    fn from(old: Command) -> crate::Command {
        use crate::Command as New;
        match old {
            Command::CloseBcp { bcp } => New::Control(ControlAction::CloseBcp { bcp }),
            Command::OpenBcp { bcp } => New::Control(ControlAction::OpenBcp { bcp }),
            Command::ChangeOfficers { bcp, by } => {
                New::Control(ControlAction::ChangeOfficers { bcp, by })
            }
            Command::SetCapacity { site, capacity } => {
                New::Control(ControlAction::SetCapacity { site, capacity })
            }
            Command::OpenSite { site } => New::Control(ControlAction::OpenSite { site }),
            Command::CloseSite { site } => New::Control(ControlAction::CloseSite { site }),
            Command::UnlockSurgeCapacity => New::Control(ControlAction::UnlockSurgeCapacity),
            Command::Inject(effect) => New::Inject(effect),
            Command::DeliverInject { number } => New::DeliverInject { number },
            Command::DeclarePhase { by, phase } => {
                New::decision(by, DecisionKind::DeclarePhase { phase })
            }
            Command::ApproveReception { by } => New::decision(by, DecisionKind::ApproveReception),
            Command::OpenTemporarySite { by, site } => {
                New::decision(by, DecisionKind::OpenTemporarySite { site })
            }
            Command::DeployOfficers { by, bcp, officers } => {
                New::decision(by, DecisionKind::DeployOfficers { bcp, officers })
            }
            Command::RequestInterpreters {
                by,
                language,
                count,
            } => New::decision(by, DecisionKind::RequestInterpreters { language, count }),
            Command::ArrangeBuses { by, fleet, buses } => {
                New::decision(by, DecisionKind::ArrangeBuses { fleet, buses })
            }
            Command::ReferCase { by, vulnerability } => {
                New::decision(by, DecisionKind::ReferCase { vulnerability })
            }
            Command::Notify { by, to, about } => New::decision(
                by,
                DecisionKind::Notify {
                    to,
                    about,
                    text: String::new(),
                },
            ),
            Command::AssignFunction {
                by,
                function,
                institution,
            } => New::decision(
                by,
                DecisionKind::AssignFunction {
                    function,
                    institution,
                },
            ),
        }
    }
}
