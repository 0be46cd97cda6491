//! The exercise's own record beside the model: role changes during play, players' free
//! actions and the facilitator's notes. None of it changes what the model does next except
//! a role change (which the coordinator enacts); all of it is what the after-action report
//! attributes.

use std::hash::{Hash, Hasher};

use serde::{Deserialize, Serialize};

use crate::command::Origin;
use crate::scenario::{Observation, Role};

/// An institution's role changed during play.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RoleChange {
    /// When (ms).
    pub at_ms: i64,
    /// Institution id.
    pub institution: String,
    /// Its role before.
    pub from: Role,
    /// Its role from then on.
    pub to: Role,
}

/// Something written into the exercise's record: a player's action outside the command
/// catalogue, or a facilitator's note.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Remark {
    /// When (ms).
    pub at_ms: i64,
    /// The institution whose players acted; `None` for a facilitator's note.
    pub by: Option<String>,
    /// The text, as written.
    pub text: String,
    /// Who wrote it.
    pub origin: Origin,
}

/// An observation as recorded: when, by whom.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Observed {
    /// When (ms).
    pub at_ms: i64,
    /// What was observed.
    pub observation: Observation,
    /// Who recorded it (an evaluator or the facilitator).
    pub origin: Origin,
}

/// Role changes, remarks and observations, in the order they happened.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub(super) struct Record {
    roles: Vec<RoleChange>,
    remarks: Vec<Remark>,
    observations: Vec<Observed>,
}

impl Record {
    pub fn role_changed(&mut self, change: RoleChange) {
        self.roles.push(change);
    }

    pub fn remark(&mut self, remark: Remark) {
        self.remarks.push(remark);
    }

    pub fn observe(&mut self, observed: Observed) {
        self.observations.push(observed);
    }

    pub fn observations(&self) -> &[Observed] {
        &self.observations
    }

    pub fn role_changes(&self) -> &[RoleChange] {
        &self.roles
    }

    pub fn remarks(&self) -> &[Remark] {
        &self.remarks
    }

    /// Feeds the record to `h`; an empty record feeds nothing, so an exercise without role
    /// changes or remarks keeps the digests it had before they existed.
    pub fn digest_into(&self, h: &mut impl Hasher) {
        let Record {
            roles,
            remarks,
            observations,
        } = self;
        if !roles.is_empty() {
            "roles".hash(h);
            roles.len().hash(h);
            for RoleChange {
                at_ms,
                institution,
                from,
                to,
            } in roles
            {
                (at_ms, institution, from.keyword(), to.keyword()).hash(h);
            }
        }
        if !remarks.is_empty() {
            "remarks".hash(h);
            remarks.len().hash(h);
            for Remark {
                at_ms,
                by,
                text,
                origin,
            } in remarks
            {
                (at_ms, by, text, origin.code()).hash(h);
                if let Origin::Player { institution, .. } = origin {
                    institution.hash(h);
                }
            }
        }
        if !observations.is_empty() {
            "observations".hash(h);
            observations.len().hash(h);
            for Observed {
                at_ms,
                observation,
                origin,
            } in observations
            {
                let Observation {
                    text,
                    capability,
                    institution,
                    inject,
                    task,
                    rating,
                } = observation;
                (at_ms, text, capability, institution, inject, origin.code()).hash(h);
                rating.map(|r| r.letter()).hash(h);
                // Hashed only when given, so journals from before tasks keep their digests.
                if let Some(task) = task {
                    ("task", task).hash(h);
                }
            }
        }
    }
}
