//! The contingency plan as it stands in a run: the phase in force, since when each later
//! phase's trigger has held, and the arrivals seen, for windowed arrival counts.

use std::collections::VecDeque;
use std::hash::{Hash, Hasher};

use serde::{Deserialize, Serialize};

/// The plan's live state.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(super) struct PlanState {
    /// Index of the phase in force.
    phase: usize,
    /// Per phase: since when its trigger has held, if it holds.
    trigger_since: Vec<Option<i64>>,
    /// Per phase with a `Below` trigger: whether its metric has reached the threshold yet.
    trigger_risen: Vec<bool>,
    /// (time, arrivals so far) at each reading, for windowed arrival counts.
    arrivals: VecDeque<(i64, u64)>,
    /// Cross-border liaison active (a phase unlocked it).
    liaison: bool,
}

impl PlanState {
    /// The first phase in force, no trigger holding, for a plan of `phases` phases.
    pub fn new(phases: usize) -> Self {
        PlanState {
            phase: 0,
            trigger_since: vec![None; phases],
            trigger_risen: vec![false; phases],
            arrivals: VecDeque::new(),
            liaison: false,
        }
    }

    /// The index of the phase in force.
    pub fn phase(&self) -> usize {
        self.phase
    }

    /// Phase `i` is declared: it comes into force when it is later than the one in force.
    pub fn declare(&mut self, i: usize) {
        self.phase = self.phase.max(i);
    }

    /// A phase unlocked the cross-border liaison.
    pub fn open_liaison(&mut self) {
        self.liaison = true;
    }

    /// Whether phase `i`'s `Below` metric has reached its threshold yet.
    pub fn risen(&self, i: usize) -> bool {
        self.trigger_risen.get(i).copied().unwrap_or(false)
    }

    /// Phase `i`'s metric reached its threshold.
    pub fn rise(&mut self, i: usize) {
        if let Some(r) = self.trigger_risen.get_mut(i) {
            *r = true;
        }
    }

    /// Phase `i`'s trigger holds at `now`: since when it has held.
    pub fn holds(&mut self, i: usize, now: i64) -> i64 {
        match self.trigger_since.get_mut(i) {
            Some(since) => *since.get_or_insert(now),
            None => now,
        }
    }

    /// Phase `i`'s trigger does not hold.
    pub fn lapses(&mut self, i: usize) {
        if let Some(since) = self.trigger_since.get_mut(i) {
            *since = None;
        }
    }

    /// A reading at `now` counted `arrivals` so far.
    pub fn arrivals_at(&mut self, now: i64, arrivals: u64) {
        self.arrivals.push_back((now, arrivals));
    }

    /// Forgets readings no window of `longest` ms ending at `now` or later needs.
    pub fn forget_before(&mut self, now: i64, longest: i64) {
        while self.arrivals.len() > 1 && self.arrivals[1].0 <= now - longest {
            self.arrivals.pop_front();
        }
    }

    /// Arrivals so far at the last reading at or before `since` (0 before the first).
    pub fn arrivals_by(&self, since: i64) -> u64 {
        self.arrivals
            .iter()
            .take_while(|(t, _)| *t <= since)
            .last()
            .map_or(0, |(_, n)| *n)
    }

    /// Whether this state fits a plan of `phases` phases (a restored state's check).
    pub fn fits(&self, phases: usize) -> bool {
        self.phase < phases
            && self.trigger_since.len() == phases
            && self.trigger_risen.len() == phases
    }

    /// Feeds the phase and the triggers to `h` (digest scheme 3).
    pub fn digest_triggers_into(&self, h: &mut impl Hasher) {
        (self.phase as u64).hash(h);
        self.trigger_since.hash(h);
        // Only a `Below` trigger's level ever rises: hashed when one has, so a plan without
        // one keeps its digests.
        if self.trigger_risen.iter().any(|&r| r) {
            "risen".hash(h);
            self.trigger_risen.hash(h);
        }
    }

    /// Feeds the arrivals window and the liaison to `h` (digest scheme 3 hashes them later
    /// than the triggers, after the agenda).
    pub fn digest_window_into(&self, h: &mut impl Hasher) {
        self.arrivals.hash(h);
        self.liaison.hash(h);
    }
}
