//! Resources as coordination knows them beyond the scenario: interpreters brought in during
//! play, and the bus breakdowns already asked about.

use std::hash::{Hash, Hasher};

use serde::{Deserialize, Serialize};

use crate::scenario::Scenario;

/// What decisions added and what broke, as far as requests go.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(super) struct Supply {
    /// Interpreters brought in during play: (working from ms, language, how many).
    interpreters_added: Vec<(i64, String, u32)>,
    /// Per fleet (scenario order): the breakdowns already asked about.
    breakdowns_seen: Vec<u32>,
}

impl Supply {
    /// Nothing added, no breakdown seen.
    pub fn new(scenario: &Scenario) -> Self {
        Supply {
            interpreters_added: Vec::new(),
            breakdowns_seen: vec![0; scenario.resources.buses.len()],
        }
    }

    /// `count` interpreters for `language` work from `from` on.
    pub fn add_interpreters(&mut self, from: i64, language: &str, count: u32) {
        self.interpreters_added
            .push((from, language.to_string(), count));
    }

    /// Whether decisions brought in an interpreter for `language` who works at `now`.
    pub fn has_interpreters(&self, language: &str, now: i64) -> bool {
        self.interpreters_added
            .iter()
            .any(|(from, l, n)| *from <= now && *n > 0 && l == language)
    }

    /// Fleet `f` has `broken` vehicles broken down: how many of them are new since the last
    /// call (0 when none is), and they count as seen from now on.
    pub fn new_breakdowns(&mut self, f: usize, broken: u32) -> u32 {
        let Some(seen) = self.breakdowns_seen.get_mut(f) else {
            return broken;
        };
        let new = broken.saturating_sub(*seen);
        if new > 0 {
            *seen = broken;
        }
        new
    }

    /// Whether this state fits `scenario`'s fleets (a restored state's check).
    pub fn fits(&self, scenario: &Scenario) -> bool {
        self.breakdowns_seen.len() == scenario.resources.buses.len()
    }

    /// Feeds the breakdowns seen to `h` (digest scheme 3 hashes them first).
    pub fn digest_breakdowns_into(&self, h: &mut impl Hasher) {
        self.breakdowns_seen.hash(h);
    }

    /// Feeds the interpreters added to `h` (digest scheme 3 hashes them after the plan's
    /// arrivals window).
    pub fn digest_interpreters_into(&self, h: &mut impl Hasher) {
        self.interpreters_added.hash(h);
    }
}
