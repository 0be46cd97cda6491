//! Reception: the sites' stays, who waits outdoors for a bed (longest first), whether
//! reception is approved and surge capacity unlocked, and what becomes of people after their
//! stay. The beds themselves are counted at each site's place (`Stations`).

use std::collections::VecDeque;

use bevy_ecs::entity::Entity;
use rand::rngs::ChaCha8Rng;

use super::network::Network;
use super::rng::{cumulate, pick, sample_ms, stream};
use crate::scenario::{Distribution, LocationKind, Scenario};

/// Static data of a reception site.
#[derive(Debug)]
struct SiteDef {
    stay: Distribution,
    rng: ChaCha8Rng,
}

#[derive(Debug)]
pub(super) struct Reception {
    /// By location index.
    sites: Vec<Option<SiteDef>>,
    /// Location index of every site, in scenario order.
    receptions: Vec<u16>,
    /// By location index: the sites reachable from there, nearest first (ties in scenario
    /// order); found once, as the network is fixed.
    by_distance: Vec<Vec<u16>>,
    /// Registered people waiting outdoors for a bed, longest first.
    outdoors: VecDeque<Entity>,
    surge_unlocked: bool,
    /// False while the plan requires a reception approval that nobody has given.
    approved: bool,
    /// Running weights of onward, asylum and return after a stay.
    outcome_cum: Vec<f64>,
    outcome_rng: ChaCha8Rng,
}

/// What a person does after their stay.
pub(super) enum Outcome {
    Onward,
    Asylum,
    Return,
}

impl Reception {
    pub(super) fn new(s: &Scenario, seed: u64, network: &Network) -> Self {
        let mut receptions = Vec::new();
        let sites = s
            .locations
            .iter()
            .enumerate()
            .map(|(i, loc)| match &loc.kind {
                LocationKind::Reception { stay, .. } => {
                    receptions.push(i as u16);
                    Some(SiteDef {
                        stay: *stay,
                        rng: stream(seed, &format!("stay/{}", loc.id)),
                    })
                }
                LocationKind::Entry { .. }
                | LocationKind::GreenBorder { .. }
                | LocationKind::Bcp { .. }
                | LocationKind::Registration { .. }
                | LocationKind::Exit { .. }
                | LocationKind::Transit { .. }
                | LocationKind::Hospital { .. } => None,
            })
            .collect::<Vec<_>>();
        let o = &s.cohort.outcomes;
        Reception {
            by_distance: (0..sites.len() as u16)
                .map(|from| network.by_distance(from, &receptions))
                .collect(),
            sites,
            receptions,
            outdoors: VecDeque::new(),
            surge_unlocked: false,
            approved: !s.plan.reception_needs_approval,
            outcome_cum: cumulate([o.onward, o.asylum, o.return_]),
            outcome_rng: stream(seed, "outcomes"),
        }
    }

    /// Location index of every site, in scenario order.
    pub(super) fn sites(&self) -> &[u16] {
        &self.receptions
    }

    /// The sites reachable from `from`, nearest first (ties in scenario order): the first of
    /// them for which a condition holds is the one `Network::nearest` finds over `sites`.
    pub(super) fn sites_from(&self, from: u16) -> &[u16] {
        &self.by_distance[usize::from(from)]
    }

    pub(super) fn surge_unlocked(&self) -> bool {
        self.surge_unlocked
    }

    pub(super) fn unlock_surge(&mut self) {
        self.surge_unlocked = true;
    }

    pub(super) fn approved(&self) -> bool {
        self.approved
    }

    pub(super) fn approve(&mut self) {
        self.approved = true;
    }

    /// How long a person taking a bed at site `at` stays; none where no site is.
    pub(super) fn stay(&mut self, at: u16) -> Option<i64> {
        let site = self.sites[at as usize].as_mut()?;
        Some(sample_ms(&site.stay, &mut site.rng))
    }

    /// What a person does once their stay ends.
    pub(super) fn outcome(&mut self) -> Outcome {
        match pick(&self.outcome_cum, &mut self.outcome_rng) {
            0 => Outcome::Onward,
            1 => Outcome::Asylum,
            _ => Outcome::Return,
        }
    }

    /// A person starts waiting outdoors for a bed.
    pub(super) fn wait_outdoors(&mut self, person: Entity) {
        self.outdoors.push_back(person);
    }

    /// Who has waited outdoors longest.
    pub(super) fn first_outdoors(&self) -> Option<Entity> {
        self.outdoors.front().copied()
    }

    /// The one who waited longest stops waiting.
    pub(super) fn pop_outdoors(&mut self) {
        self.outdoors.pop_front();
    }

    /// Everyone waiting outdoors for a bed, longest first.
    pub(super) fn outdoors(&self) -> &VecDeque<Entity> {
        &self.outdoors
    }

    /// The sites' streams in location order, then the outcome stream.
    pub(super) fn streams(&self) -> (Vec<&ChaCha8Rng>, &ChaCha8Rng) {
        let sites = self.sites.iter().flatten().map(|s| &s.rng).collect();
        (sites, &self.outcome_rng)
    }

    /// The same streams, to put saved positions back.
    pub(super) fn streams_mut(&mut self) -> (Vec<&mut ChaCha8Rng>, &mut ChaCha8Rng) {
        let sites = self
            .sites
            .iter_mut()
            .flatten()
            .map(|s| &mut s.rng)
            .collect();
        (sites, &mut self.outcome_rng)
    }

    /// Puts the saved changing state back.
    pub(super) fn restore(&mut self, outdoors: VecDeque<Entity>, surge: bool, approved: bool) {
        self.outdoors = outdoors;
        self.surge_unlocked = surge;
        self.approved = approved;
    }
}
