//! Cheap readings of the live model for the coordination layer: what an institution could
//! see on a situation report. Reading them walks places, never people.

use super::components::Stage;
use super::engine::Engine;
use crate::scenario::LocationKind;

/// One BCP as a situation report shows it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BcpReading {
    /// Location id.
    pub id: String,
    /// People waiting.
    pub queue: u32,
    /// The scenario's queue limit, if any.
    pub limit: Option<u32>,
    /// Servers working.
    pub servers: u32,
    /// Open for new people.
    pub open: bool,
}

/// One reception site.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SiteReading {
    /// Location id.
    pub id: String,
    /// Beds taken or promised.
    pub occupied: u32,
    /// Beds usable now.
    pub beds: u32,
    /// Taking people.
    pub open: bool,
    /// Travel time to it from where people wait outdoors (ms, averaged over the people
    /// waiting); `None` when nobody waits outdoors or it cannot be reached from there.
    pub from_outdoors_ms: Option<i64>,
}

/// One fleet of buses or trains.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FleetReading {
    /// Fleet id.
    pub id: String,
    /// The place where most people wait for it now (location id), if anyone waits.
    pub busiest: Option<String>,
    /// People waiting for it there.
    pub waiting: u32,
    /// How many may wait at one place before a Transport request is raised: the
    /// scenario's `wait_limit`, else the seats of the whole fleet in service.
    pub limit: u32,
    /// Seats of the vehicles in service (vehicles × seats each).
    pub seats: u32,
    /// Vehicles broken down since the start.
    pub broken: u32,
}

/// A place that shelters only so many of the people waiting there (a transit, a crossing
/// or registration point with a waiting area).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ShelterReading {
    /// Location id.
    pub id: String,
    /// People waiting there now.
    pub waiting: u32,
    /// How many of them are under shelter at most.
    pub shelter: u32,
    /// The rest, waiting outdoors.
    pub outdoors: u32,
}

/// People at a registration point waiting for an interpreter of one language its staff
/// do not speak.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InterpreterQueueReading {
    /// The registration point (location id).
    pub place: String,
    /// The language.
    pub language: String,
    /// People waiting.
    pub waiting: u32,
    /// How long the first of them has waited (ms).
    pub longest_ms: i64,
    /// Desks free there now (people wait for an interpreter, not for a desk).
    pub idle_desks: u32,
    /// Desks there.
    pub desks: u32,
}

/// Vulnerable persons of one kind, counted since the start.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct VulnerableReading {
    /// Identified at registration.
    pub identified: u64,
    /// Handed over after the deadline.
    pub late: u64,
    /// Identified with no service designated.
    pub no_service: u64,
    /// Mean hand-over time so far (ms).
    pub mean_handover_ms: i64,
}

/// Everything coordination reads from the model at one instant.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Readings {
    /// Simulated time (ms).
    pub time_ms: i64,
    /// Whether it is night (local exercise time).
    pub night: bool,
    /// Arrivals since the start.
    pub arrivals: u64,
    /// People in the country now.
    pub in_country: u64,
    /// People waiting outdoors for a place.
    pub outdoors: u32,
    /// Whether reception has been approved (always true when the plan needs no approval).
    pub reception_approved: bool,
    /// Every BCP, in scenario order.
    pub bcps: Vec<BcpReading>,
    /// Every reception site, in scenario order.
    pub sites: Vec<SiteReading>,
    /// People waiting at registration for an interpreter of each language nobody there
    /// speaks: (language, people).
    pub waiting_for_language: Vec<(String, u32)>,
    /// People waiting for a bus.
    pub waiting_for_transport: u32,
    /// Every fleet, in scenario order.
    pub fleets: Vec<FleetReading>,
    /// Every place with a limited shelter for the people waiting there, in scenario order.
    pub shelters: Vec<ShelterReading>,
    /// Registration queues of languages the staff do not speak, by place (scenario order)
    /// and language (engine order); only those with someone waiting.
    pub interpreter_queues: Vec<InterpreterQueueReading>,
    /// By `crate::scenario::Vulnerability::ALL` order.
    pub vulnerable: [VulnerableReading; 6],
}

/// Reads the model into the same `Readings` sweep after sweep, with the scratch space
/// reading needs: the coordination sweeps read every five simulated minutes, tens of
/// thousands of times in a long run, and a reading refilled in place allocates nothing
/// once its vectors (and the ids in them) have grown to the model's size.
#[derive(Debug, Default)]
pub struct Reader {
    readings: Readings,
    /// People waiting for each fleet at each place.
    waiting: Vec<WaitingFor>,
    /// People waiting at registration for an interpreter, by language (engine order).
    by_language: Vec<u32>,
    /// Where people wait outdoors for a bed, and how many: (location index, people).
    outdoors: Vec<(u16, i64)>,
    /// Interpreter queues and languages waited for left over from earlier readings, with
    /// their ids, for the next ones (`Refill::with_spare`).
    spare_queues: Vec<InterpreterQueueReading>,
    spare_languages: Vec<(String, u32)>,
}

impl Reader {
    /// Reads `engine` now.
    pub fn read(&mut self, engine: &Engine) -> &Readings {
        engine.read_into(self);
        &self.readings
    }

    /// What the last `read` read (all zero and empty before the first).
    pub fn readings(&self) -> &Readings {
        &self.readings
    }
}

impl Engine {
    /// The readings now.
    pub fn readings(&self) -> Readings {
        let mut reader = Reader::default();
        self.read_into(&mut reader);
        reader.readings
    }

    /// Overwrites what `reader` holds with the readings now.
    fn read_into(&self, reader: &mut Reader) {
        let r = &mut reader.readings;
        let t = self.ledger.totals();
        let departed: u64 = t.departed.iter().sum();
        r.time_ms = self.now;
        r.night = self.night_at(self.now);
        r.arrivals = t.arrivals;
        r.in_country = t.arrivals - departed;
        r.outdoors = t.outdoors;
        r.reception_approved = self.reception.approved();
        r.waiting_for_transport = self.transport.waiting_people();
        r.vulnerable = self.vulnerable_readings();
        self.read_bcps(&mut r.bcps);
        self.read_sites(&mut reader.outdoors, &mut r.sites);
        self.read_interpreters(
            &mut reader.by_language,
            Refill::with_spare(&mut r.waiting_for_language, &mut reader.spare_languages),
            Refill::with_spare(&mut r.interpreter_queues, &mut reader.spare_queues),
        );
        self.count_waiting_by_place(&mut reader.waiting);
        self.read_fleets(&reader.waiting, &mut r.fleets);
        self.read_shelters(&mut r.shelters);
    }

    /// Every BCP, in scenario order.
    fn read_bcps(&self, bcps: &mut Vec<BcpReading>) {
        let mut out = Refill::new(bcps);
        for &at in self.stations.bcps() {
            let (l, p) = (
                &self.scenario.locations[usize::from(at)],
                self.stations.place(at),
            );
            let b = out.next();
            set_id(&mut b.id, &l.id);
            b.queue = p.waiting;
            b.limit = match &l.kind {
                LocationKind::Bcp { queue_limit, .. } => *queue_limit,
                _ => None,
            };
            b.servers = p.servers;
            b.open = p.open;
        }
    }

    /// Every reception site, in scenario order; `outdoors` is scratch space for where
    /// people wait outdoors.
    fn read_sites(&self, outdoors: &mut Vec<(u16, i64)>, sites: &mut Vec<SiteReading>) {
        // Where people wait outdoors, and how many: read once for every site, into a
        // buffer kept from sweep to sweep rather than a new one each time.
        outdoors.clear();
        let places = (0u16..).zip(self.stations.places());
        outdoors.extend(
            places
                .filter(|(_, p)| p.outdoors > 0)
                .map(|(at, p)| (at, i64::from(p.outdoors))),
        );
        let outdoors = &outdoors[..];
        let mut out = Refill::new(sites);
        for &to in self.reception.sites() {
            let (l, p) = (
                &self.scenario.locations[usize::from(to)],
                self.stations.place(to),
            );
            let s = out.next();
            set_id(&mut s.id, &l.id);
            s.occupied = p.occupied + p.reserved;
            s.beds = p.beds(self.reception.surge_unlocked());
            s.open = p.open;
            s.from_outdoors_ms = self.distance_from_outdoors(outdoors, to);
        }
    }

    /// The registration queues of languages nobody at the desks speaks: the people in them
    /// by language (engine order; only languages someone waits for) into `waiting`, and
    /// each queue with someone in it, by place (scenario order) and language (engine
    /// order), into `queues`; `by_language` is scratch space for the count.
    fn read_interpreters(
        &self,
        by_language: &mut Vec<u32>,
        mut waiting: Refill<'_, (String, u32)>,
        mut queues: Refill<'_, InterpreterQueueReading>,
    ) {
        by_language.clear();
        by_language.resize(self.languages().len(), 0);
        for &at in self.stations.registrations() {
            let place = self.stations.place(at);
            // Everyone waiting at a registration point waits in the queue of their
            // language: with nobody there, no queue needs looking at.
            if place.waiting == 0 {
                continue;
            }
            let Some(speaks) = self.stations.speaks(at) else {
                continue;
            };
            for (l, (queue, &spoken)) in place.by_language.iter().zip(speaks).enumerate() {
                if spoken {
                    continue;
                }
                by_language[l] += queue.len() as u32;
                let Some(head) = queue.front() else { continue };
                let r = queues.next();
                set_id(&mut r.place, &self.scenario.locations[usize::from(at)].id);
                set_id(&mut r.language, &self.languages()[l]);
                r.waiting = queue.len() as u32;
                r.longest_ms = self.now - head.since;
                r.idle_desks = place.servers.saturating_sub(place.busy);
                r.desks = place.servers;
            }
        }
        for (language, &people) in self.languages().iter().zip(by_language.iter()) {
            if people > 0 {
                let (id, n) = waiting.next();
                set_id(id, language);
                *n = people;
            }
        }
    }

    /// Every place with a limited shelter for the people waiting there, in scenario order.
    fn read_shelters(&self, shelters: &mut Vec<ShelterReading>) {
        let mut out = Refill::new(shelters);
        for (l, p) in self.scenario.locations.iter().zip(self.stations.places()) {
            let Some(shelter) = p.shelter else { continue };
            let s = out.next();
            set_id(&mut s.id, &l.id);
            s.waiting = p.waiting_here();
            s.shelter = shelter;
            s.outdoors = p.waiting_outdoors();
        }
    }

    /// Vulnerable persons of each kind, in `Vulnerability::ALL` order.
    fn vulnerable_readings(&self) -> [VulnerableReading; 6] {
        let t = self.ledger.totals();
        std::array::from_fn(|i| {
            let handed = t.referred_in_time[i] + t.referred_late[i];
            VulnerableReading {
                identified: t.identified[i],
                late: t.referred_late[i],
                no_service: t.not_referred[i],
                mean_handover_ms: if handed == 0 {
                    0
                } else {
                    t.referral_ms[i] / handed as i64
                },
            }
        })
    }

    /// Each fleet: where most people wait for it (`waiting`, by fleet and place), against
    /// its limit.
    fn read_fleets(&self, waiting: &[WaitingFor], fleets: &mut Vec<FleetReading>) {
        let mut out = Refill::new(fleets);
        let defs = self.scenario.resources.buses.iter();
        for (f, (def, fleet)) in (0u16..).zip(defs.zip(self.transport.fleets())) {
            // The busiest place, the first seen on a tie.
            let busiest = waiting
                .iter()
                .filter(|w| w.fleet == f)
                .rev()
                .max_by_key(|w| w.people);
            let seats = fleet.size.saturating_mul(fleet.capacity);
            let r = out.next();
            set_id(&mut r.id, &def.id);
            let place = busiest.map(|w| &self.scenario.locations[usize::from(w.place)].id);
            set_place(&mut r.busiest, place);
            r.waiting = busiest.map_or(0, |w| w.people);
            r.limit = def.wait_limit.unwrap_or(seats);
            r.seats = seats;
            r.broken = fleet.broken;
        }
    }

    /// Counts into `by_place` the people waiting for each fleet at each place, in the order
    /// the (fleet, place) pairs are first seen going through the stops. A place may have a
    /// stop per destination; a transit place on the way to a stop is where its riders wait.
    fn count_waiting_by_place(&self, by_place: &mut Vec<WaitingFor>) {
        by_place.clear();
        let mut count = |fleet: u16, place: u16, people: u32| {
            let same = |w: &&mut WaitingFor| w.fleet == fleet && w.place == place;
            match by_place.iter_mut().find(same) {
                Some(w) => w.people += people,
                None => by_place.push(WaitingFor {
                    fleet,
                    place,
                    people,
                }),
            }
        };
        let stops = self.transport.waiting();
        if !self.network.waits_off_stop() {
            for (stop, waiting) in stops.filter(|(_, waiting)| !waiting.is_empty()) {
                count(stop.fleet, stop.from, waiting.len() as u32);
            }
            return;
        }
        for (stop, waiting) in stops {
            for &(person, _) in waiting {
                // Who waits for a vehicle is in the stage WaitingBus.
                if let Some(Stage::WaitingBus { at }) = self.stage(person) {
                    count(stop.fleet, at, 1);
                } else {
                    count(stop.fleet, stop.from, 1);
                }
            }
        }
    }

    /// The mean travel time to the site `to` of the people waiting `outdoors` (place, how
    /// many), over the places they wait at; `None` when nobody waits or some of them cannot
    /// reach it.
    fn distance_from_outdoors(&self, outdoors: &[(u16, i64)], to: u16) -> Option<i64> {
        let (mut people, mut total) = (0i64, 0i64);
        for &(at, n) in outdoors {
            total += n * self.network.distance(at, to)?;
            people += n;
        }
        (people > 0).then(|| total / people)
    }

    /// Whether simulated time `t` (ms) falls at night.
    pub fn night_at(&self, t: i64) -> bool {
        self.calendar.night_at(t)
    }
}

/// People waiting for a fleet at one place.
#[derive(Debug)]
struct WaitingFor {
    /// Fleet index.
    fleet: u16,
    /// Location index.
    place: u16,
    people: u32,
}

/// Refills a vector of readings in place: `next` hands out the element kept from the last
/// reading (or a new default one at the end), and the elements not handed out again are
/// dropped when the refill ends. The vector's buffer and the strings inside the elements
/// it keeps are reused.
struct Refill<'a, T> {
    items: &'a mut Vec<T>,
    len: usize,
    /// Where the elements not handed out go instead of being dropped, and where new ones
    /// come from first: a list whose length changes from sweep to sweep (the queues with
    /// someone in them) then keeps reusing the strings of the elements it had.
    spare: Option<&'a mut Vec<T>>,
}

impl<'a, T: Default> Refill<'a, T> {
    fn new(items: &'a mut Vec<T>) -> Self {
        Refill {
            items,
            len: 0,
            spare: None,
        }
    }

    /// A refill that keeps the elements left over in `spare`, and takes new ones from it.
    fn with_spare(items: &'a mut Vec<T>, spare: &'a mut Vec<T>) -> Self {
        Refill {
            items,
            len: 0,
            spare: Some(spare),
        }
    }

    /// The next element to overwrite.
    #[inline]
    fn next(&mut self) -> &mut T {
        if self.len == self.items.len() {
            self.grow();
        }
        self.len += 1;
        &mut self.items[self.len - 1]
    }

    /// One element more at the end: a spare one if there is one, else a new one. Most
    /// readings hand out the elements they had, so this is kept out of `next`.
    #[cold]
    fn grow(&mut self) {
        let kept = self.spare.as_mut().and_then(|spare| spare.pop());
        self.items.push(kept.unwrap_or_default());
    }
}

impl<T> Drop for Refill<'_, T> {
    fn drop(&mut self) {
        if self.len == self.items.len() {
            return;
        }
        match self.spare.as_mut() {
            Some(spare) => spare.extend(self.items.drain(self.len..)),
            None => self.items.truncate(self.len),
        }
    }
}

/// Sets an id, copying it only when it changed: in a refilled reading it seldom does.
fn set_id(id: &mut String, to: &str) {
    if id != to {
        id.clear();
        id.push_str(to);
    }
}

/// Sets an optional location id, reusing the string already there.
fn set_place(place: &mut Option<String>, id: Option<&String>) {
    match (place.as_mut(), id) {
        (Some(place), Some(id)) => set_id(place, id),
        (_, id) => *place = id.cloned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::{Source, parse};

    /// Runs a fixture for 72 hours, reading it every five minutes into one reader refilled
    /// in place, and checks each reading equals a fresh one; returns whether any sweep saw
    /// interpreter queues, people waiting for a fleet, and places with a shelter.
    fn refill_through(name: &str, text: &str) -> (bool, bool, bool) {
        let scenario = parse(&Source::new(name, text)).expect("the fixture parses");
        let mut engine = Engine::new(&scenario, 7);
        let mut reader = Reader::default();
        let (mut queues, mut fleets, mut shelters) = (false, false, false);
        for sweep in 1..=72 * 12 {
            engine.advance_to(sweep * 5 * 60_000);
            let refilled = reader.read(&engine).clone();
            assert_eq!(refilled, engine.readings(), "{name}, sweep {sweep}");
            queues |= !refilled.interpreter_queues.is_empty();
            fleets |= refilled.fleets.iter().any(|f| f.waiting > 0);
            shelters |= !refilled.shelters.is_empty();
        }
        (queues, fleets, shelters)
    }

    /// A reader refilled sweep after sweep holds exactly what a fresh reading holds: no
    /// field is left from the sweep before.
    #[test]
    fn a_refilled_reading_equals_a_fresh_one_at_every_sweep() {
        let kosovo = include_str!("../../tests/fixtures/scenarios/kosovo-flux.ron");
        let (queues, fleets, _) = refill_through("kosovo-flux.ron", kosovo);
        let transit = include_str!("../../tests/fixtures/scenarios/transit-on-the-way.ron");
        let (_, _, shelters) = refill_through("transit-on-the-way.ron", transit);
        // The fixtures exercise the readings refilled by place, by language and by fleet.
        assert!(queues && fleets && shelters, "{queues} {fleets} {shelters}");
    }
}
