//! Referrals: the service designated for each vulnerability, its hand-over time and
//! deadline, and how many people of each kind are being handed over now (kept as they start
//! and finish, so a snapshot never walks the World).

use rand::rngs::ChaCha8Rng;

use super::rng::{sample_ms, stream};
use crate::scenario::{Referral, Scenario, Vulnerability};

#[derive(Debug)]
pub(super) struct Referrals {
    rules: Vec<(Referral, ChaCha8Rng)>,
    /// People being handed over now, by the vulnerability that sent them
    /// (`Vulnerability::ALL` order).
    pending: [u64; 6],
}

impl Referrals {
    pub(super) fn new(s: &Scenario, seed: u64) -> Self {
        let rules = s
            .referrals
            .iter()
            .map(|r| {
                let name = format!("referral/{}", r.vulnerability.id());
                (r.clone(), stream(seed, &name))
            })
            .collect();
        Referrals {
            rules,
            pending: [0; 6],
        }
    }

    /// The rule of the first of a person's vulnerabilities that has one.
    pub(super) fn first_rule(&self, flags: u8) -> Option<(usize, Vulnerability)> {
        Vulnerability::ALL
            .iter()
            .filter(|v| flags & v.bit() != 0)
            .find_map(|v| {
                self.rules
                    .iter()
                    .position(|(r, _)| r.vulnerability == *v)
                    .map(|i| (i, *v))
            })
    }

    /// Whether a service is designated for `v`.
    pub(super) fn has_service(&self, v: Vulnerability) -> bool {
        self.rules.iter().any(|(r, _)| r.vulnerability == v)
    }

    /// A person of kind `v` is handed over by `rule` from now: how long it takes.
    pub(super) fn start(&mut self, rule: usize, v: Vulnerability) -> i64 {
        self.pending[v as usize] += 1;
        let (r, rng) = &mut self.rules[rule];
        sample_ms(&r.handover, rng)
    }

    /// A hand-over by `rule` of a person of kind `v` is done: its deadline (ms).
    pub(super) fn done(&mut self, rule: usize, v: Vulnerability) -> i64 {
        self.pending[v as usize] -= 1;
        self.rules[rule].0.deadline.millis()
    }

    /// People being handed over now, by kind.
    pub(super) fn pending(&self) -> [u64; 6] {
        self.pending
    }

    /// The rules' streams, in order.
    pub(super) fn streams(&self) -> Vec<&ChaCha8Rng> {
        self.rules.iter().map(|r| &r.1).collect()
    }

    pub(super) fn streams_mut(&mut self) -> Vec<&mut ChaCha8Rng> {
        self.rules.iter_mut().map(|r| &mut r.1).collect()
    }

    /// Recounts who is being handed over from the flags of everyone in that state.
    pub(super) fn recount(&mut self, being_referred: impl IntoIterator<Item = u8>) {
        self.pending = [0; 6];
        for flags in being_referred {
            if let Some((_, v)) = self.first_rule(flags) {
                self.pending[v as usize] += 1;
            }
        }
    }
}
