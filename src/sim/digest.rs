//! The state digest: one number that changes when anything in the state differs — every
//! person and component, the places, the pending events and the random streams.

use std::hash::{Hash, Hasher};

use bevy_ecs::entity::Entity;
use fnv::FnvHasher;
use rand::rngs::ChaCha8Rng;

use super::components::{Journey, Person, Stage};
use super::engine::Engine;

fn hash_rng(rng: &ChaCha8Rng, h: &mut FnvHasher) {
    rng.get_seed().hash(h);
    rng.get_stream().hash(h);
    rng.get_word_pos().hash(h);
}

impl Engine {
    /// FNV-1a 64 over the whole state, people in entity order.
    pub fn digest(&mut self) -> u64 {
        // A snapshot brings the time integrals (queue, occupancy, outdoors) up to now. Do the
        // same here, so that the digest does not depend on when the state was last read: a
        // console that reads every frame and a replay that never reads must agree.
        self.touch_outdoors();
        let now = self.now;
        for place in &mut self.places {
            place.touch_queue(now);
            place.touch_occupancy(now);
        }
        let mut h = FnvHasher::default();
        self.now.hash(&mut h);
        self.queue.next_seq().hash(&mut h);
        self.queue.ordered().hash(&mut h);
        self.places.hash(&mut h);
        self.fleets.hash(&mut h);
        self.stops.hash(&mut h);
        self.outdoors.hash(&mut h);
        self.remote_free.hash(&mut h);
        self.interpreters_owed.hash(&mut h);
        self.surge_unlocked.hash(&mut h);
        self.reception_approved.hash(&mut h);
        self.next_serial.hash(&mut h);
        self.totals.hash(&mut h);
        self.departed.hash(&mut h);
        for src in &self.sources {
            src.at.hash(&mut h);
            src.surges.hash(&mut h);
            hash_rng(&src.rng, &mut h);
            hash_rng(&src.cohort_rng, &mut h);
        }
        for def in self.services.iter().flatten() {
            hash_rng(&def.rng, &mut h);
        }
        for site in self.sites.iter().flatten() {
            hash_rng(&site.rng, &mut h);
        }
        for (_, _, rng) in self.green.iter().flatten() {
            hash_rng(rng, &mut h);
        }
        for (_, rng) in &self.referrals {
            hash_rng(rng, &mut h);
        }
        hash_rng(&self.outcome_rng, &mut h);
        let mut people: Vec<(Entity, Person, Stage, Journey)> = self
            .world
            .query::<(Entity, &Person, &Stage, &Journey)>()
            .iter(&self.world)
            .map(|(e, p, s, j)| (e, *p, *s, *j))
            .collect();
        people.sort_unstable_by_key(|(e, ..)| e.to_bits());
        people.hash(&mut h);
        h.finish()
    }
}
