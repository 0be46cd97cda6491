//! The state digest: one number that changes when anything in the state differs — every
//! person and component, the places, the pending events and the random streams.
//!
//! Digest scheme 2 (docs/journal-format.md): people are known by their arrival serial
//! number, never by their bevy `Entity` (whose bits depend on the allocator), so the same
//! state digests the same however it was reached — replayed, resumed or restored. Every value
//! is hashed structurally with FNV-1a 64, never through debug text.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};

use bevy_ecs::entity::Entity;
use fnv::FnvHasher;

use super::components::{Journey, Person, Slot, Stage};
use super::engine::Engine;
use super::events::Event;
use super::places::{Place, Waiting};
use super::rng::hash_state;

/// A person's serial number, by entity: the stable name of everyone in the system.
struct Serials(HashMap<Entity, u64>);

impl Serials {
    /// The serial of `e`; an entity that is no person (never the case) hashes as `u64::MAX`.
    fn of(&self, e: Entity) -> u64 {
        self.0.get(&e).copied().unwrap_or(u64::MAX)
    }

    fn waiting(&self, w: &Waiting, h: &mut impl Hasher) {
        let Waiting {
            seq,
            person,
            since,
            language,
        } = w;
        (seq, self.of(*person), since, language).hash(h);
    }

    fn event(&self, event: &Event, h: &mut impl Hasher) {
        match *event {
            Event::Arrival { source } => (0u8, source).hash(h),
            Event::SurgeArrival {
                source,
                surge,
                index,
            } => (1u8, source, surge, index).hash(h),
            Event::Reach { person } => (2u8, self.of(person)).hash(h),
            Event::ServiceEnd {
                station,
                person,
                language,
                interpreter,
            } => (3u8, station, self.of(person), language, interpreter).hash(h),
            Event::ShiftChange { station } => (4u8, station).hash(h),
            Event::BusTimeout { stop } => (5u8, stop).hash(h),
            Event::BusReturn { fleet } => (6u8, fleet).hash(h),
            Event::StayEnd { person } => (7u8, self.of(person)).hash(h),
            Event::Detected { person } => (8u8, self.of(person)).hash(h),
            Event::HandoverDone { person } => (9u8, self.of(person)).hash(h),
            Event::Sample => 10u8.hash(h),
        }
    }

    fn place(&self, place: &Place, h: &mut impl Hasher) {
        let Place {
            role,
            open,
            servers,
            busy,
            extra_officers,
            queue,
            by_language,
            waiting,
            next_seq,
            interpreters_free,
            capacity,
            surge,
            occupied,
            reserved,
            outdoors,
            stats,
            // Derived from when people were processed; nothing that follows depends on it.
            recent: _,
            // From the scenario, fixed for the run.
            shelter: _,
        } = place;
        (role, open, servers, busy, extra_officers, waiting, next_seq).hash(h);
        (
            interpreters_free,
            capacity,
            surge,
            occupied,
            reserved,
            outdoors,
            stats,
        )
            .hash(h);
        queue.len().hash(h);
        for w in queue {
            self.waiting(w, h);
        }
        by_language.len().hash(h);
        for queue in by_language {
            queue.len().hash(h);
            for w in queue {
                self.waiting(w, h);
            }
        }
    }
}

impl Engine {
    /// FNV-1a 64 over the whole state (digest scheme 2).
    pub fn digest(&mut self) -> u64 {
        let mut h = FnvHasher::default();
        self.digest_into(&mut h);
        h.finish()
    }

    /// Feeds the whole state to `h`, people in serial order.
    pub(crate) fn digest_into(&mut self, h: &mut impl Hasher) {
        // A snapshot brings the time integrals (queue, occupancy, outdoors) up to now. Do the
        // same here, so that the digest does not depend on when the state was last read: a
        // console that reads every frame and a replay that never reads must agree.
        self.touch_integrals();
        let mut people: Vec<(Entity, Person, Stage, Journey)> = self
            .world
            .query::<(Entity, &Slot)>()
            .iter(&self.world)
            .filter(|(_, s)| s.held())
            .map(|(e, s)| (e, s.person, s.stage, s.journey))
            .collect();
        people.sort_unstable_by_key(|(_, p, ..)| p.serial);
        let serials = Serials(people.iter().map(|(e, p, ..)| (*e, p.serial)).collect());

        self.now.hash(h);
        self.queue.next_seq().hash(h);
        let events = self.queue.ordered();
        events.len().hash(h);
        for (time, seq, event) in &events {
            (time, seq).hash(h);
            serials.event(event, h);
        }
        let places = self.stations.places();
        places.len().hash(h);
        for place in places {
            serials.place(place, h);
        }
        self.transport.fleets().hash(h);
        let stops: Vec<_> = self.transport.waiting().map(|(_, stop)| stop).collect();
        stops.len().hash(h);
        for stop in stops {
            stop.len().hash(h);
            for (person, since) in stop {
                (serials.of(*person), since).hash(h);
            }
        }
        let outdoors = self.reception.outdoors();
        outdoors.len().hash(h);
        for person in outdoors {
            serials.of(*person).hash(h);
        }
        let (remote_free, owed) = self.interpreters.counts();
        remote_free.hash(h);
        owed.hash(h);
        self.reception.surge_unlocked().hash(h);
        self.reception.approved().hash(h);
        self.ledger.next_serial().hash(h);
        self.ledger.totals().hash(h);
        self.ledger.departures().hash(h);
        let sources = self.arrivals.sources();
        for src in sources {
            src.at.hash(h);
            src.surges.hash(h);
            hash_state(&src.rng, h);
            hash_state(&src.cohort_rng, h);
        }
        // Only a cohort with sex or age shares draws from these streams; one without keeps
        // its digests.
        if self.arrivals.draws_demography() {
            for src in sources {
                hash_state(&src.demography_rng, h);
            }
        }
        let (services, green) = self.stations.streams();
        let (sites, outcome) = self.reception.streams();
        for rng in services
            .into_iter()
            .chain(sites)
            .chain(green)
            .chain(self.referrals.streams())
            .chain([outcome])
        {
            hash_state(rng, h);
        }
        people.len().hash(h);
        for (_, person, stage, journey) in &people {
            (person, stage, journey).hash(h);
        }
    }
}
