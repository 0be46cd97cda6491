//! The ledger of people: who enters (the next serial number, in the entity of someone who
//! left or a new one), where everyone is (the count of people in each state, kept up to date
//! as they move, so a snapshot never walks the World), who leaves (their slot vacated, an exit
//! record kept), and the running totals.

use bevy_ecs::change_detection::Mut;
use bevy_ecs::entity::Entity;
use bevy_ecs::query::QueryState;
use bevy_ecs::world::World;

use super::calendar::Calendar;
use super::components::{Departure, ExitRecord, Person, Slot, Stage};

/// Running totals over the whole run.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct Totals {
    /// People who arrived.
    pub arrivals: u64,
    /// People who left, by `Departure` order.
    pub departed: [u64; 5],
    /// People waiting outdoors now.
    pub outdoors: u32,
    /// Integral of people outdoors (person-ms).
    pub outdoors_area: i128,
    /// The part of it at night (person-ms).
    pub outdoors_night_area: i128,
    /// When the outdoors integrals were last brought up to date.
    pub outdoors_since: i64,
    /// Most people outdoors at once.
    pub peak_outdoors: u32,
    /// Vulnerable people identified at registration, by `Vulnerability` order.
    pub identified: [u64; 6],
    /// Of those, handed over within their deadline.
    pub referred_in_time: [u64; 6],
    /// Handed over after their deadline.
    pub referred_late: [u64; 6],
    /// Identified but no service is designated for them.
    pub not_referred: [u64; 6],
    /// Sum of hand-over times (ms), by vulnerability.
    pub referral_ms: [i64; 6],
    /// People who arrived, by entry point (`Series::entries` order).
    pub arrivals_by_entry: Vec<u64>,
}

/// The people who came, are, and went.
#[derive(Debug)]
pub(super) struct Ledger {
    next_serial: u64,
    /// People in the system by state (`Stage::NAMES` order), kept as they move.
    by_stage: [u64; 8],
    departed: Vec<ExitRecord>,
    keep_departures: bool,
    totals: Totals,
    /// Entities of people who left, for the next arrivals (the last vacated first).
    vacant: Vec<Entity>,
    /// Everyone's slot, found by entity: a query kept from one access to the next, so that
    /// each costs an entity look-up and no search for the component (several per person).
    slots: QueryState<&'static mut Slot>,
}

/// What the ledger saves and restores (the counts by state are rebuilt from the people).
pub(super) struct LedgerState {
    pub next_serial: u64,
    pub departed: Vec<ExitRecord>,
    pub totals: Totals,
    pub keep_departures: bool,
}

impl Ledger {
    /// An empty ledger for a scenario with `entries` entry points, of the people in `world`.
    pub(super) fn new(entries: usize, world: &mut World) -> Self {
        Ledger {
            next_serial: 0,
            by_stage: [0; 8],
            departed: Vec::new(),
            keep_departures: true,
            totals: Totals {
                arrivals_by_entry: vec![0; entries],
                ..Totals::default()
            },
            vacant: Vec::new(),
            slots: world.query(),
        }
    }

    /// A person's slot while they are in the system (none once they left).
    pub(super) fn slot<'w>(&self, world: &'w World, person: Entity) -> Option<&'w Slot> {
        // Every slot is in the one archetype the query has seen since the first spawn.
        self.slots
            .get_manual(world, person)
            .ok()
            .filter(|s| s.held())
    }

    /// A person's slot to change while they are in the system (none once they left). Their
    /// state changes only through `set_stage` or `update`, which keep the counts.
    pub(super) fn slot_mut<'w>(
        &mut self,
        world: &'w mut World,
        person: Entity,
    ) -> Option<Mut<'w, Slot>> {
        self.any_slot_mut(world, person).filter(|s| s.held())
    }

    /// The slot of an entity, held or vacated. `QueryState::get_mut` would look for new
    /// archetypes at each call (a third of its cost); every slot is in the one the query has
    /// seen since the first spawn (`admit`, `restore`).
    fn any_slot_mut<'w>(&mut self, world: &'w mut World, person: Entity) -> Option<Mut<'w, Slot>> {
        self.slots.validate_world(world.id());
        // SAFETY: `world` is borrowed exclusively for as long as the slot returned lives, so
        // this is the only access to it, and it is the world the query was made from (checked
        // just above).
        let slots = unsafe {
            self.slots
                .query_unchecked_manual(world.as_unsafe_world_cell())
        };
        slots.get_inner(person).ok()
    }

    /// Admits a new person (given the next serial number) travelling from entry point
    /// `entry` (its index among the entry points): into the entity of someone who left, or
    /// a new one.
    pub(super) fn admit(&mut self, world: &mut World, mut person: Person, entry: usize) -> Entity {
        person.serial = self.next_serial;
        self.next_serial += 1;
        self.totals.arrivals += 1;
        self.totals.arrivals_by_entry[entry] += 1;
        self.by_stage[Stage::Travelling.index()] += 1;
        let slot = Slot::arriving(person);
        while let Some(e) = self.vacant.pop() {
            if let Some(mut s) = self.any_slot_mut(world, e) {
                *s = slot;
                return e;
            }
        }
        let e = world.spawn(slot).id();
        // The first person makes the slots' archetype: let `slot` see it.
        self.slots.update_archetypes(world);
        e
    }

    /// Moves a person into `stage`, keeping the counts by state.
    pub(super) fn set_stage(&mut self, world: &mut World, person: Entity, stage: Stage) {
        self.update(world, person, |s| s.stage = stage);
    }

    /// Reads and changes a person's slot with `f` in one look-up, keeping the counts by state
    /// if `f` moved them; none once they left.
    pub(super) fn update<R>(
        &mut self,
        world: &mut World,
        person: Entity,
        f: impl FnOnce(&mut Slot) -> R,
    ) -> Option<R> {
        let mut s = self.slot_mut(world, person)?;
        let before = s.stage;
        let r = f(&mut s);
        if s.stage != before {
            self.by_stage[before.index()] -= 1;
            self.by_stage[s.stage.index()] += 1;
        }
        Some(r)
    }

    /// A person leaves at `at` now, into an exit record when records are kept; their entity
    /// waits for the next arrival. False when there was nobody to leave.
    pub(super) fn leave(
        &mut self,
        world: &mut World,
        person: Entity,
        at: u16,
        how: Departure,
        now: i64,
    ) -> bool {
        let Some(mut slot) = self.slot_mut(world, person) else {
            return false;
        };
        slot.left = true;
        let (p, stage): (Person, Stage) = (slot.person, slot.stage);
        self.vacant.push(person);
        let record = self.keep_departures.then_some(p);
        self.by_stage[stage.index()] -= 1;
        self.totals.departed[how as usize] += 1;
        if let Some(p) = record {
            self.departed.push(ExitRecord {
                serial: p.serial,
                arrived: p.arrived,
                left: now,
                at,
                how,
                flags: p.flags,
                nationality: p.nationality,
                profile: p.profile,
            });
        }
        true
    }

    /// People in the system now by state (`Stage::NAMES` order).
    pub(super) fn by_stage(&self) -> [u64; 8] {
        self.by_stage
    }

    /// People in the system now.
    pub(super) fn in_system(&self) -> u64 {
        self.by_stage.iter().sum()
    }

    /// The serial number the next person will get.
    pub(super) fn next_serial(&self) -> u64 {
        self.next_serial
    }

    /// Records of everyone who left so far.
    pub(super) fn departures(&self) -> &[ExitRecord] {
        &self.departed
    }

    /// Whether exit records (and the flow monitoring counts) are kept.
    pub(super) fn keeps_departures(&self) -> bool {
        self.keep_departures
    }

    pub(super) fn keep_departures(&mut self, keep: bool) {
        self.keep_departures = keep;
    }

    pub(super) fn totals(&self) -> &Totals {
        &self.totals
    }

    /// Counts a vulnerability identified at registration, and whether a service is
    /// designated for it.
    pub(super) fn identified(&mut self, kind: usize, has_service: bool) {
        self.totals.identified[kind] += 1;
        if !has_service {
            self.totals.not_referred[kind] += 1;
        }
    }

    /// Counts a hand-over that took `took` ms against its deadline.
    pub(super) fn handed_over(&mut self, kind: usize, took: i64, deadline: i64) {
        self.totals.referral_ms[kind] += took;
        if took <= deadline {
            self.totals.referred_in_time[kind] += 1;
        } else {
            self.totals.referred_late[kind] += 1;
        }
    }

    /// Brings the outdoors integrals up to `now`; call before the outdoors count changes.
    pub(super) fn touch_outdoors(&mut self, now: i64, calendar: &Calendar) {
        let t = &mut self.totals;
        let since = t.outdoors_since;
        if now > since && t.outdoors > 0 {
            let n = i128::from(t.outdoors);
            t.outdoors_area += n * i128::from(now - since);
            t.outdoors_night_area += n * i128::from(calendar.night_overlap(since, now));
        }
        t.outdoors_since = now;
    }

    /// One more person waits outdoors for a bed from `now`.
    pub(super) fn outdoors_joined(&mut self, now: i64, calendar: &Calendar) {
        self.touch_outdoors(now, calendar);
        let t = &mut self.totals;
        t.outdoors += 1;
        t.peak_outdoors = t.peak_outdoors.max(t.outdoors);
    }

    /// One person waiting outdoors got a bed `now`.
    pub(super) fn outdoors_left(&mut self, now: i64, calendar: &Calendar) {
        self.touch_outdoors(now, calendar);
        self.totals.outdoors -= 1;
    }

    /// The state to save.
    pub(super) fn save(&self) -> LedgerState {
        LedgerState {
            next_serial: self.next_serial,
            departed: self.departed.clone(),
            totals: self.totals.clone(),
            keep_departures: self.keep_departures,
        }
    }

    /// The ledger of a saved state whose people (now in `world`) are `stages`.
    pub(super) fn restore(
        state: LedgerState,
        stages: impl IntoIterator<Item = Stage>,
        world: &mut World,
    ) -> Self {
        let mut by_stage = [0; 8];
        for stage in stages {
            by_stage[stage.index()] += 1;
        }
        Ledger {
            next_serial: state.next_serial,
            by_stage,
            departed: state.departed,
            keep_departures: state.keep_departures,
            totals: state.totals,
            vacant: Vec::new(),
            slots: world.query(),
        }
    }
}
