//! The decision log, what each institution was told, and the notifications still owed.

use std::hash::{Hash, Hasher};

use serde::{Deserialize, Serialize};

use super::request::{Decision, Informed};

/// A notification the plan requires: `institution` must hear of `decision` by `due_ms`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(super) struct Owed {
    pub decision: u32,
    pub function: String,
    pub institution: String,
    pub due_ms: i64,
}

/// Decisions taken, things learnt, notifications owed, each in order.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub(super) struct Ledger {
    decisions: Vec<Decision>,
    informed: Vec<Informed>,
    owed: Vec<Owed>,
}

impl Ledger {
    /// The number the next decision gets.
    pub fn next_decision(&self) -> u32 {
        self.decisions.len() as u32 + 1
    }

    /// Logs a decision (numbered by `next_decision`).
    pub fn decided(&mut self, decision: Decision) {
        self.decisions.push(decision);
    }

    /// Decision number `id`.
    pub fn decision(&self, id: u32) -> Option<&Decision> {
        self.decisions.get((id as usize).checked_sub(1)?)
    }

    /// Every decision, in order.
    pub fn decisions(&self) -> &[Decision] {
        &self.decisions
    }

    /// Whether a decision on `matter` was taken after `since` (ms, exclusive).
    pub fn decided_since(&self, matter: &str, since: i64) -> bool {
        self.decisions
            .iter()
            .any(|d| d.matter == matter && since < d.at_ms)
    }

    /// An institution learnt something.
    pub fn inform(&mut self, informed: Informed) {
        self.informed.push(informed);
    }

    /// What each institution was told, in order.
    pub fn informed(&self) -> &[Informed] {
        &self.informed
    }

    /// A notification is owed.
    pub fn owe(&mut self, owed: Owed) {
        self.owed.push(owed);
    }

    /// `to` heard of the matter of `function` (or of `phase_function`, when it heard of a
    /// phase): what it was owed on it is paid.
    pub fn pay(&mut self, to: &str, function: &str, phase_function: Option<&str>) {
        self.owed.retain(|o| {
            !(o.institution == to
                && (o.function == function || phase_function == Some(&o.function)))
        });
    }

    /// Notifications due at or before `now`, in the order they were owed; they leave the
    /// ledger.
    pub fn take_owed(&mut self, now: i64) -> Vec<Owed> {
        if self.owed.iter().all(|o| o.due_ms > now) {
            return Vec::new();
        }
        let (due, rest) = std::mem::take(&mut self.owed)
            .into_iter()
            .partition(|o| o.due_ms <= now);
        self.owed = rest;
        due
    }

    /// The earliest notification due.
    pub fn next_owed(&self) -> Option<i64> {
        self.owed.iter().map(|o| o.due_ms).min()
    }

    /// Feeds decisions, things learnt and notifications owed to `h` (digest scheme 3).
    pub fn digest_into(&self, h: &mut impl Hasher) {
        let Ledger {
            decisions,
            informed,
            owed,
        } = self;
        decisions.len().hash(h);
        for decision in decisions {
            hash_decision(decision, h);
        }
        informed.len().hash(h);
        for Informed {
            institution,
            at_ms,
            what,
            from,
        } in informed
        {
            (institution, at_ms, what, from).hash(h);
        }
        owed.len().hash(h);
        for Owed {
            decision,
            function,
            institution,
            due_ms,
        } in owed
        {
            (decision, function, institution, due_ms).hash(h);
        }
    }
}

fn hash_decision(decision: &Decision, h: &mut impl Hasher) {
    let Decision {
        id,
        at_ms,
        by,
        what,
        // `what` describes it: scheme 2 hashed that before the kind was kept.
        kind: _,
        function,
        origin,
        answers,
        matter,
    } = decision;
    // Digest scheme 2 hashes whether the simulation decided; who else gave a decision is
    // on its journal line.
    let automated = origin.is_simulated();
    (id, at_ms, by, what, function, automated, answers, matter).hash(h);
}
