//! The exercise overview an after-action report opens with (HSEEP's "Exercise Overview"):
//! mission areas, the participating organisations with their role in the exercise and the
//! point of contact. Every field is optional, so a scenario written before them still loads.

use serde::{Deserialize, Serialize};

use crate::i18n::{Lang, Localized};
use crate::tr;

/// An HSEEP mission area an exercise bears on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum MissionArea {
    /// Prevent, avoid or stop a threatened act.
    Prevention,
    /// Protect people and vital interests.
    Protection,
    /// Reduce loss of life and property by lessening the impact.
    Mitigation,
    /// Save lives, meet basic human needs after an incident.
    Response,
    /// Recover and restore.
    Recovery,
}

impl MissionArea {
    /// The mission area as a scenario writes it.
    pub fn keyword(self) -> &'static str {
        match self {
            MissionArea::Prevention => "Prevention",
            MissionArea::Protection => "Protection",
            MissionArea::Mitigation => "Mitigation",
            MissionArea::Response => "Response",
            MissionArea::Recovery => "Recovery",
        }
    }

    /// The key of its name in the message catalogue.
    pub fn key(self) -> &'static str {
        match self {
            MissionArea::Prevention => "mission-area-prevention",
            MissionArea::Protection => "mission-area-protection",
            MissionArea::Mitigation => "mission-area-mitigation",
            MissionArea::Response => "mission-area-response",
            MissionArea::Recovery => "mission-area-recovery",
        }
    }
}

impl Localized for MissionArea {
    fn localized(&self, lang: Lang) -> String {
        tr!(lang, self.key())
    }
}

/// What a participating organisation does in the exercise (HSEEP's conduct roles).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum ParticipantRole {
    /// Decides for its institution at the table.
    Player,
    /// Paces the exercise and delivers injects.
    Controller,
    /// Leads the discussion.
    Facilitator,
    /// Observes against the objectives and rates capabilities.
    Evaluator,
    /// Plays absent agencies from the control cell.
    SimCell,
    /// Watches.
    Observer,
    /// Funds or commissions the exercise.
    Sponsor,
}

impl ParticipantRole {
    /// The key of its name in the message catalogue.
    pub fn key(self) -> &'static str {
        match self {
            ParticipantRole::Player => "participant-role-player",
            ParticipantRole::Controller => "participant-role-controller",
            ParticipantRole::Facilitator => "participant-role-facilitator",
            ParticipantRole::Evaluator => "participant-role-evaluator",
            ParticipantRole::SimCell => "participant-role-simcell",
            ParticipantRole::Observer => "participant-role-observer",
            ParticipantRole::Sponsor => "participant-role-sponsor",
        }
    }
}

impl Localized for ParticipantRole {
    fn localized(&self, lang: Lang) -> String {
        tr!(lang, self.key())
    }
}

/// A participating organisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Participant {
    /// Its name, as the report prints it.
    pub organisation: String,
    /// Its role in the exercise.
    pub role: ParticipantRole,
    /// The scenario's institution it is, if it is one (its id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub institution: Option<String>,
}

/// The exercise's point of contact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// Name (or post, e.g. "Exercise Director").
    pub name: String,
    /// Organisation.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub organisation: String,
    /// E-mail address.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub email: String,
    /// Telephone.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub phone: String,
}
