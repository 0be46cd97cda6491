//! What the coordinator has scheduled: automated answers simulated institutions will give,
//! and engine changes decisions make, each at its due time, in the order they were
//! scheduled among equal times.

use std::collections::BTreeMap;
use std::hash::{Hash, Hasher};

use serde::{Deserialize, Serialize};

use crate::sim;

/// Answers and effects to come, keyed by (due ms, scheduling sequence).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub(super) struct Agenda {
    /// → (institution index, request id): automated answers to give.
    #[serde(with = "pairs")]
    answers: BTreeMap<(i64, u64), (usize, u32)>,
    /// → engine change: decisions taking effect.
    #[serde(with = "pairs")]
    effects: BTreeMap<(i64, u64), sim::Change>,
    seq: u64,
}

impl Agenda {
    /// Institution `desk` answers `request` at `at`.
    pub fn answer_at(&mut self, at: i64, desk: usize, request: u32) {
        self.seq += 1;
        self.answers.insert((at, self.seq), (desk, request));
    }

    /// The engine makes `change` at `at`.
    pub fn effect_at(&mut self, at: i64, change: sim::Change) {
        self.seq += 1;
        self.effects.insert((at, self.seq), change);
    }

    /// Answers due at or before `now` as (institution index, request id), in order; they
    /// leave the agenda.
    pub fn take_answers(&mut self, now: i64) -> Vec<(usize, u32)> {
        if !due_by(&self.answers, now) {
            return Vec::new();
        }
        let later = self.answers.split_off(&(now + 1, 0));
        std::mem::replace(&mut self.answers, later)
            .into_values()
            .collect()
    }

    /// Engine changes due at or before `now`, in order; they leave the agenda.
    pub fn take_effects(&mut self, now: i64) -> Vec<sim::Change> {
        if !due_by(&self.effects, now) {
            return Vec::new();
        }
        let later = self.effects.split_off(&(now + 1, 0));
        std::mem::replace(&mut self.effects, later)
            .into_values()
            .collect()
    }

    /// Drops the answers institution `desk` was to give.
    pub fn drop_answers_of(&mut self, desk: usize) {
        self.answers.retain(|_, (d, _)| *d != desk);
    }

    /// The earliest answer or effect due.
    pub fn next_due(&self) -> Option<i64> {
        let answers = self.answers.keys().next().map(|k| k.0);
        let effects = self.effects.keys().next().map(|k| k.0);
        answers.into_iter().chain(effects).min()
    }

    /// Whether a decision already opens site `id` (its effect is still to come).
    pub fn opens_site(&self, id: &str) -> bool {
        self.effects
            .values()
            .any(|c| matches!(c, sim::Change::OpenSite { site } if site == id))
    }

    /// Whether every answer names one of `desks` institutions (a restored agenda's check).
    pub fn fits(&self, desks: usize) -> bool {
        self.answers.values().all(|(desk, _)| *desk < desks)
    }

    /// Feeds the agenda to `h` (digest scheme 3: answers, effects, then the sequence).
    pub fn digest_into(&self, h: &mut impl Hasher) {
        let Agenda {
            answers,
            effects,
            seq,
        } = self;
        answers.len().hash(h);
        for ((at, seq), (desk, request)) in answers {
            (at, seq, *desk as u64, request).hash(h);
        }
        effects.hash(h);
        seq.hash(h);
    }
}

/// Whether anything in `map` is due at or before `now` (most sweeps find nothing due, and
/// splitting the map costs more than looking at its first key).
fn due_by<V>(map: &BTreeMap<(i64, u64), V>, now: i64) -> bool {
    map.first_key_value().is_some_and(|((at, _), _)| *at <= now)
}

/// A map written as a list of (key, value) pairs, so keys need not be strings.
mod pairs {
    use std::collections::BTreeMap;

    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<K, V, S>(map: &BTreeMap<K, V>, s: S) -> Result<S::Ok, S::Error>
    where
        K: Serialize,
        V: Serialize,
        S: Serializer,
    {
        s.collect_seq(map.iter())
    }

    pub fn deserialize<'de, K, V, D>(d: D) -> Result<BTreeMap<K, V>, D::Error>
    where
        K: Deserialize<'de> + Ord,
        V: Deserialize<'de>,
        D: Deserializer<'de>,
    {
        Ok(Vec::<(K, V)>::deserialize(d)?.into_iter().collect())
    }
}
