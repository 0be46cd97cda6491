//! The engine's whole state as a value: saved from a running engine and built back into one
//! that goes on exactly as the original would (checkpoints, docs/checkpoints.md).
//!
//! People are saved in serial order; every reference to a person (a pending event, a place
//! in a queue, a seat at a bus stop, a bed awaited outdoors) is saved as a *placeholder*
//! entity whose index is the person's position in that order. Restoring spawns the people
//! into a fresh World and maps each placeholder to the new entity: bevy may hand out other
//! `Entity` ids than the original run had, which nothing depends on (digest scheme 2 names
//! people by serial number). The parts fixed by the scenario (the network, service
//! distributions, cohort tables) are built again from the scenario, never saved.

use std::collections::{HashMap, VecDeque};

use bevy_ecs::entity::Entity;
use rand::SeedableRng;
use rand::rngs::ChaCha8Rng;
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use super::arrivals::Source;
use super::components::{ExitRecord, Goal, Journey, Person, Slot, Stage};
use super::engine::Engine;
use super::events::{Event, EventQueue};
use super::ledger::{Ledger, LedgerState, Totals};
use super::passages::Passage;
use super::places::Place;
use super::series::SamplePoint;
use super::transport::Fleet;
use crate::scenario::{AgeBand, ExitKind, Profile, Scenario, Sex};

/// Why a saved state cannot become an engine for this scenario (its words are English and
/// technical: the facade reports them as a corrupt checkpoint).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StateError(pub String);

/// The whole changing state of an engine.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct EngineState {
    now: i64,
    seed: u64,
    /// Everyone in the system, in serial order.
    #[serde(with = "packed_people")]
    people: Vec<(Person, Stage, Journey)>,
    /// Pending events in firing order, people as placeholders.
    events: Vec<(i64, u64, Event)>,
    next_event_seq: u64,
    /// The routes found so far, in the order of their ids (people hold route ids).
    routes: Vec<(u16, u16)>,
    places: Vec<Place>,
    sources: Vec<Source>,
    /// The streams of services, sites, green borders, referrals and outcomes, in that order.
    streams: Vec<RngState>,
    remote_free: Vec<u32>,
    interpreters_owed: Vec<u32>,
    fleets: Vec<Fleet>,
    stops: Vec<Vec<(u32, i64)>>,
    outdoors: Vec<u32>,
    surge_unlocked: bool,
    reception_approved: bool,
    next_serial: u64,
    #[serde(with = "packed_departed")]
    departed: Vec<ExitRecord>,
    totals: Totals,
    series: Vec<SamplePoint>,
    events_processed: u64,
    keep_departures: bool,
    #[serde(with = "packed_passages")]
    passages: Vec<(Passage, u32)>,
}

impl EngineState {
    /// Simulated time of the state (ms).
    pub fn now(&self) -> i64 {
        self.now
    }

    /// The master seed.
    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// People in the system.
    pub fn people(&self) -> usize {
        self.people.len()
    }

    /// Records of people who left.
    pub fn departed(&self) -> usize {
        self.departed.len()
    }

    /// Leaves the exit records out (a holder that keeps a longer run's records puts a prefix
    /// of them back with `put_departed`); returns how many there were.
    pub fn take_departed(&mut self) -> usize {
        let n = self.departed.len();
        self.departed = Vec::new();
        n
    }

    /// Puts exit records back (those `take_departed` left out).
    pub fn put_departed(&mut self, records: Vec<ExitRecord>) {
        self.departed = records;
    }
}

/// A random stream's position: its seed, stream number and word position, from which
/// ChaCha8 is rebuilt exactly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct RngState {
    seed: [u8; 32],
    stream: u64,
    /// The word position (68 bits) as high and low halves.
    word: (u64, u64),
}

impl RngState {
    /// The state of `rng`.
    pub fn of(rng: &ChaCha8Rng) -> Self {
        let word = rng.get_word_pos();
        RngState {
            seed: rng.get_seed(),
            stream: rng.get_stream(),
            word: ((word >> 64) as u64, word as u64),
        }
    }

    /// The generator at this state.
    pub fn rng(&self) -> ChaCha8Rng {
        let mut rng = ChaCha8Rng::from_seed(self.seed);
        rng.set_stream(self.stream);
        rng.set_word_pos((u128::from(self.word.0) << 64) | u128::from(self.word.1));
        rng
    }
}

/// serde for a generator, as its `RngState`.
pub(crate) mod rng_state {
    use rand::rngs::ChaCha8Rng;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use super::RngState;

    pub fn serialize<S: Serializer>(rng: &ChaCha8Rng, s: S) -> Result<S::Ok, S::Error> {
        RngState::of(rng).serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<ChaCha8Rng, D::Error> {
        Ok(RngState::deserialize(d)?.rng())
    }
}

/// serde for a person reference inside a saved state: the placeholder's index.
pub(crate) mod placeholder {
    use bevy_ecs::entity::Entity;
    use serde::de::Error as _;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(e: &Entity, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u32(e.index_u32())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Entity, D::Error> {
        let index = u32::deserialize(d)?;
        Entity::from_raw_u32(index).ok_or_else(|| D::Error::custom("person index out of range"))
    }
}

impl Engine {
    /// Saves the whole changing state.
    pub(crate) fn save(&mut self) -> EngineState {
        let mut people: Vec<(Entity, Person, Stage, Journey)> = self
            .world
            .query::<(Entity, &Slot)>()
            .iter(&self.world)
            .filter(|(_, s)| s.held())
            .map(|(e, s)| (e, s.person, s.stage, s.journey))
            .collect();
        people.sort_unstable_by_key(|(_, p, ..)| p.serial);
        let index: HashMap<Entity, u32> = people
            .iter()
            .enumerate()
            .map(|(i, (e, ..))| (*e, i as u32))
            .collect();
        let to_index = |e: Entity| index.get(&e).copied().unwrap_or(u32::MAX - 1);
        let mut to_placeholder = |e: Entity| Entity::from_raw_u32(to_index(e)).unwrap_or(e);

        let mut events = self.queue.ordered();
        for (_, _, event) in &mut events {
            event.remap(&mut to_placeholder);
        }
        let mut places = self.stations.places().to_vec();
        for place in &mut places {
            place.remap(&mut to_placeholder);
        }
        let (services, green) = self.stations.streams();
        let (sites, outcome) = self.reception.streams();
        let streams = services
            .into_iter()
            .chain(sites)
            .chain(green)
            .chain(self.referrals.streams())
            .chain([outcome])
            .map(RngState::of)
            .collect();
        let (remote_free, interpreters_owed) = self.interpreters.counts();
        let ledger = self.ledger.save();
        EngineState {
            now: self.now,
            seed: self.seed,
            people: people.into_iter().map(|(_, p, s, j)| (p, s, j)).collect(),
            events,
            next_event_seq: self.queue.next_seq(),
            routes: self.network.routes_in_order(),
            places,
            sources: self.arrivals.sources().to_vec(),
            streams,
            remote_free: remote_free.to_vec(),
            interpreters_owed: interpreters_owed.to_vec(),
            fleets: self.transport.fleets().to_vec(),
            stops: self
                .transport
                .waiting()
                .map(|(_, stop)| stop.iter().map(|&(e, t)| (to_index(e), t)).collect())
                .collect(),
            outdoors: self
                .reception
                .outdoors()
                .iter()
                .map(|&e| to_index(e))
                .collect(),
            surge_unlocked: self.reception.surge_unlocked(),
            reception_approved: self.reception.approved(),
            next_serial: ledger.next_serial,
            departed: ledger.departed,
            totals: ledger.totals,
            series: self.records.series().points.clone(),
            events_processed: self.events_processed(),
            keep_departures: ledger.keep_departures,
            passages: self
                .records
                .passages()
                .iter()
                .map(|(k, v)| (*k, *v))
                .collect(),
        }
    }

    /// An engine of `scenario` in the saved state `state`.
    pub(crate) fn restore(scenario: &Scenario, state: EngineState) -> Result<Engine, StateError> {
        let bad = |why: &str| Err(StateError(why.to_string()));
        let mut engine = Engine::new(scenario, state.seed);
        let EngineState {
            now,
            seed: _,
            people,
            mut events,
            next_event_seq,
            routes,
            mut places,
            sources,
            streams,
            remote_free,
            interpreters_owed,
            fleets,
            stops,
            outdoors,
            surge_unlocked,
            reception_approved,
            next_serial,
            departed,
            totals,
            series,
            events_processed,
            keep_departures,
            passages,
        } = state;
        if !engine.transport.fits(&fleets, stops.len())
            || totals.arrivals_by_entry.len() != engine.arrivals.entries().len()
        {
            return bad("the places, fleets or arrival sources differ from the scenario's");
        }
        if let Err(why) = engine.stations.fits(&places) {
            return bad(why);
        }
        if !engine.interpreters.restore(remote_free, interpreters_owed) {
            return bad("the places, fleets or arrival sources differ from the scenario's");
        }
        if sources.len() < engine.arrivals.len() {
            return bad("the places, fleets or arrival sources differ from the scenario's");
        }
        if !engine.arrivals.restore(sources, places.len()) {
            return bad("an arrival source names no entry point");
        }

        // The people, spawned in serial order: placeholder i becomes `spawned[i]`.
        let spawned: Vec<Entity> = people
            .iter()
            .map(|&(person, stage, journey)| {
                let slot = Slot {
                    person,
                    stage,
                    journey,
                    left: false,
                };
                engine.world.spawn(slot).id()
            })
            .collect();
        let mut unknown = false;
        let mut to_entity = |e: Entity| match spawned.get(e.index_u32() as usize) {
            Some(&new) => new,
            None => {
                unknown = true;
                e
            }
        };
        for (_, _, event) in &mut events {
            event.remap(&mut to_entity);
        }
        for place in &mut places {
            place.remap(&mut to_entity);
        }
        let mut by_index =
            |i: u32| to_entity(Entity::from_raw_u32(i).unwrap_or(Entity::PLACEHOLDER));
        let stops: Vec<VecDeque<(Entity, i64)>> = stops
            .into_iter()
            .map(|stop| stop.into_iter().map(|(i, t)| (by_index(i), t)).collect())
            .collect();
        let outdoors: VecDeque<Entity> = outdoors.into_iter().map(&mut by_index).collect();
        if unknown {
            return bad("a pending event or a queue names somebody not in the system");
        }
        for (a, b) in routes {
            if usize::from(a.max(b)) >= places.len() || engine.network.route(a, b).is_none() {
                return bad("a saved route does not exist in the scenario's network");
            }
        }

        let mut streams = streams.into_iter();
        let mut next = || streams.next().map(|s| s.rng());
        let missing = || StateError("fewer random streams than the scenario has".to_string());
        let (services, green) = engine.stations.streams_mut();
        let (sites, outcome) = engine.reception.streams_mut();
        for rng in services
            .into_iter()
            .chain(sites)
            .chain(green)
            .chain(engine.referrals.streams_mut())
            .chain([outcome])
        {
            *rng = next().ok_or_else(missing)?;
        }
        if next().is_some() {
            return bad("more random streams than the scenario has");
        }

        engine.stations.restore(places);
        engine.now = now;
        engine.queue = EventQueue::from_ordered(events, next_event_seq);
        engine.transport.restore(fleets, stops);
        engine
            .reception
            .restore(outdoors, surge_unlocked, reception_approved);
        let ledger = LedgerState {
            next_serial,
            departed,
            totals,
            keep_departures,
        };
        engine.ledger =
            Ledger::restore(ledger, people.iter().map(|(_, s, _)| *s), &mut engine.world);
        engine.referrals.recount(
            people
                .iter()
                .filter(|(_, s, _)| matches!(s, Stage::BeingReferred { .. }))
                .map(|(p, ..)| p.flags),
        );
        engine
            .records
            .restore(series, passages.into_iter().collect());
        engine.set_events_processed(events_processed);
        Ok(engine)
    }
}

impl Event {
    /// The same event with its person (if any) mapped through `f`.
    fn remap(&mut self, f: &mut impl FnMut(Entity) -> Entity) {
        match self {
            Event::Reach { person }
            | Event::ServiceEnd { person, .. }
            | Event::StayEnd { person }
            | Event::Detected { person }
            | Event::HandoverDone { person } => *person = f(*person),
            Event::Arrival { .. }
            | Event::SurgeArrival { .. }
            | Event::ShiftChange { .. }
            | Event::BusTimeout { .. }
            | Event::BusReturn { .. }
            | Event::Sample => {}
        }
    }
}

impl Place {
    /// The same place with everyone in its queues mapped through `f`.
    fn remap(&mut self, f: &mut impl FnMut(Entity) -> Entity) {
        for w in self.queue.iter_mut() {
            w.person = f(w.person);
        }
        for queue in &mut self.by_language {
            for w in queue.iter_mut() {
                w.person = f(w.person);
            }
        }
    }
}

/// A profile in one byte: sex index, and age band index above it (0: unknown).
fn profile_code(p: Profile) -> u8 {
    let sex = match p.sex() {
        None => 0,
        Some(Sex::Female) => 1,
        Some(Sex::Male) => 2,
    };
    let age = p
        .age()
        .and_then(|a| AgeBand::ALL.iter().position(|&b| b == a))
        .map_or(0, |i| i as u8 + 1);
    sex | (age << 2)
}

fn profile_of(code: u8) -> Profile {
    let sex = match code & 0b11 {
        1 => Some(Sex::Female),
        2 => Some(Sex::Male),
        _ => None,
    };
    let age = usize::from(code >> 2)
        .checked_sub(1)
        .and_then(|i| AgeBand::ALL.get(i).copied());
    Profile::new(sex, age)
}

/// Little-endian packing of the large tables (people, exit records, passages): a few dozen
/// bytes a row instead of a map of field names.
struct Packer(Vec<u8>);

impl Packer {
    fn u8(&mut self, v: u8) {
        self.0.push(v);
    }
    fn u16(&mut self, v: u16) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn u64(&mut self, v: u64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn i64(&mut self, v: i64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn opt_u16(&mut self, v: Option<u16>) {
        self.u8(u8::from(v.is_some()));
        self.u16(v.unwrap_or(0));
    }
}

struct Unpacker<'a>(&'a [u8]);

impl Unpacker<'_> {
    fn take<const N: usize>(&mut self) -> Result<[u8; N], String> {
        let (head, rest) = self
            .0
            .split_first_chunk::<N>()
            .ok_or_else(|| "a packed table ends early".to_string())?;
        self.0 = rest;
        Ok(*head)
    }
    fn u8(&mut self) -> Result<u8, String> {
        Ok(self.take::<1>()?[0])
    }
    fn u16(&mut self) -> Result<u16, String> {
        Ok(u16::from_le_bytes(self.take()?))
    }
    fn u32(&mut self) -> Result<u32, String> {
        Ok(u32::from_le_bytes(self.take()?))
    }
    fn u64(&mut self) -> Result<u64, String> {
        Ok(u64::from_le_bytes(self.take()?))
    }
    fn i64(&mut self) -> Result<i64, String> {
        Ok(i64::from_le_bytes(self.take()?))
    }
    fn bool(&mut self) -> Result<bool, String> {
        match self.u8()? {
            0 => Ok(false),
            1 => Ok(true),
            other => Err(format!("{other} is no truth value")),
        }
    }
    fn opt_u16(&mut self) -> Result<Option<u16>, String> {
        let some = self.bool()?;
        let v = self.u16()?;
        Ok(some.then_some(v))
    }
    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Serialises packed rows as one byte string.
fn write_bytes<S: Serializer>(bytes: &[u8], s: S) -> Result<S::Ok, S::Error> {
    s.serialize_bytes(bytes)
}

/// Reads one byte string.
fn read_bytes<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
    struct Bytes;
    impl<'de> Visitor<'de> for Bytes {
        type Value = Vec<u8>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a byte string")
        }
        fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<Vec<u8>, E> {
            Ok(v.to_vec())
        }
        fn visit_byte_buf<E: de::Error>(self, v: Vec<u8>) -> Result<Vec<u8>, E> {
            Ok(v)
        }
    }
    d.deserialize_byte_buf(Bytes)
}

/// Rows packed into one byte string, read back with `read` until it is used up.
fn unpack_rows<'de, D: Deserializer<'de>, T>(
    d: D,
    mut read: impl FnMut(&mut Unpacker<'_>) -> Result<T, String>,
) -> Result<Vec<T>, D::Error> {
    let bytes = read_bytes(d)?;
    let mut u = Unpacker(&bytes);
    let mut rows = Vec::new();
    while !u.is_empty() {
        rows.push(read(&mut u).map_err(de::Error::custom)?);
    }
    Ok(rows)
}

mod packed_people {
    use super::*;

    pub fn serialize<S: Serializer>(
        people: &[(Person, Stage, Journey)],
        s: S,
    ) -> Result<S::Ok, S::Error> {
        let mut w = Packer(Vec::with_capacity(people.len() * 48));
        for (p, stage, j) in people {
            w.u64(p.serial);
            w.i64(p.arrived);
            w.u16(p.source);
            w.u8(p.nationality);
            w.u8(p.language);
            w.u8(p.flags);
            w.u8(u8::from(p.diverted));
            w.u8(p.interpreter);
            w.u8(profile_code(p.profile));
            let (kind, at, since) = match *stage {
                Stage::Travelling => (0, 0, 0),
                Stage::Queued { at } => (1, at, 0),
                Stage::InService { at } => (2, at, 0),
                Stage::WaitingBus { at } => (3, at, 0),
                Stage::Outdoors { at, since } => (4, at, since),
                Stage::Sheltered { at } => (5, at, 0),
                Stage::BeingReferred { at, since } => (6, at, since),
                Stage::Unseen { at } => (7, at, 0),
            };
            w.u8(kind);
            w.u16(at);
            w.i64(since);
            w.u32(j.route);
            w.u16(j.leg);
            w.u16(j.dest);
            w.u8(match j.goal {
                Goal::Bcp => 0,
                Goal::Registration => 1,
                Goal::Reception => 2,
                Goal::Exit(ExitKind::Onward) => 3,
                Goal::Exit(ExitKind::Return) => 4,
                Goal::Green => 5,
            });
        }
        write_bytes(&w.0, s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Vec<(Person, Stage, Journey)>, D::Error> {
        unpack_rows(d, |u| {
            let person = Person {
                serial: u.u64()?,
                arrived: u.i64()?,
                source: u.u16()?,
                nationality: u.u8()?,
                language: u.u8()?,
                flags: u.u8()?,
                diverted: u.bool()?,
                interpreter: u.u8()?,
                profile: profile_of(u.u8()?),
            };
            let (kind, at, since) = (u.u8()?, u.u16()?, u.i64()?);
            let stage = match kind {
                0 => Stage::Travelling,
                1 => Stage::Queued { at },
                2 => Stage::InService { at },
                3 => Stage::WaitingBus { at },
                4 => Stage::Outdoors { at, since },
                5 => Stage::Sheltered { at },
                6 => Stage::BeingReferred { at, since },
                7 => Stage::Unseen { at },
                other => return Err(format!("{other} is no state of a person")),
            };
            let (route, leg, dest) = (u.u32()?, u.u16()?, u.u16()?);
            let goal = match u.u8()? {
                0 => Goal::Bcp,
                1 => Goal::Registration,
                2 => Goal::Reception,
                3 => Goal::Exit(ExitKind::Onward),
                4 => Goal::Exit(ExitKind::Return),
                5 => Goal::Green,
                other => return Err(format!("{other} is no goal of a journey")),
            };
            let journey = Journey {
                route,
                leg,
                dest,
                goal,
            };
            Ok((person, stage, journey))
        })
    }
}

mod packed_departed {
    use super::*;
    use crate::sim::components::Departure;

    pub fn serialize<S: Serializer>(records: &[ExitRecord], s: S) -> Result<S::Ok, S::Error> {
        let mut w = Packer(Vec::with_capacity(records.len() * 30));
        for r in records {
            w.u64(r.serial);
            w.i64(r.arrived);
            w.i64(r.left);
            w.u16(r.at);
            w.u8(match r.how {
                Departure::Onward => 0,
                Departure::Asylum => 1,
                Departure::Return => 2,
                Departure::Referred => 3,
                Departure::Undetected => 4,
            });
            w.u8(r.flags);
            w.u8(r.nationality);
            w.u8(profile_code(r.profile));
        }
        write_bytes(&w.0, s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<ExitRecord>, D::Error> {
        unpack_rows(d, |u| {
            let (serial, arrived, left, at) = (u.u64()?, u.i64()?, u.i64()?, u.u16()?);
            let how = match u.u8()? {
                0 => Departure::Onward,
                1 => Departure::Asylum,
                2 => Departure::Return,
                3 => Departure::Referred,
                4 => Departure::Undetected,
                other => return Err(format!("{other} is no way of leaving")),
            };
            Ok(ExitRecord {
                serial,
                arrived,
                left,
                at,
                how,
                flags: u.u8()?,
                nationality: u.u8()?,
                profile: profile_of(u.u8()?),
            })
        })
    }
}

mod packed_passages {
    use super::*;

    pub fn serialize<S: Serializer>(rows: &[(Passage, u32)], s: S) -> Result<S::Ok, S::Error> {
        let mut w = Packer(Vec::with_capacity(rows.len() * 18));
        for (p, count) in rows {
            w.u16(p.at);
            w.u32(p.day);
            w.opt_u16(p.from);
            w.opt_u16(p.to);
            w.u8(p.nationality);
            w.u8(profile_code(p.profile));
            w.u32(*count);
        }
        write_bytes(&w.0, s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<(Passage, u32)>, D::Error> {
        unpack_rows(d, |u| {
            let passage = Passage {
                at: u.u16()?,
                day: u.u32()?,
                from: u.opt_u16()?,
                to: u.opt_u16()?,
                nationality: u.u8()?,
                profile: profile_of(u.u8()?),
            };
            Ok((passage, u.u32()?))
        })
    }
}

#[cfg(test)]
mod tests {
    use rand::RngExt;

    use super::*;
    use crate::sim::rng::stream;

    #[test]
    fn a_stream_rebuilt_from_its_state_draws_what_the_original_draws_next() {
        let mut rng = stream(11, "arrivals/north");
        for _ in 0..37 {
            let _: u32 = rng.random();
        }
        let _: f64 = rng.random();
        let mut again = RngState::of(&rng).rng();
        let ahead: Vec<u64> = (0..50).map(|_| rng.random()).collect();
        let rebuilt: Vec<u64> = (0..50).map(|_| again.random()).collect();
        assert_eq!(ahead, rebuilt);
    }

    #[test]
    fn every_profile_survives_its_byte() {
        let sexes = [None, Some(Sex::Female), Some(Sex::Male)];
        let ages = std::iter::once(None).chain(AgeBand::ALL.iter().copied().map(Some));
        for age in ages {
            for sex in sexes {
                let p = Profile::new(sex, age);
                assert_eq!(profile_of(profile_code(p)), p);
            }
        }
    }
}
