//! The engine: the World of people, the event queue and the parts that own the rest of the
//! state, advanced one event at a time by a plain loop (no schedule per event: far too
//! costly). Each part keeps its own data behind small methods; a handler (`flow.rs`,
//! `change.rs`, `injects.rs`) touches only the parts it needs.
//!
//! | part | module | owns |
//! | --- | --- | --- |
//! | calendar | `calendar.rs` | time of day, calendar days, night |
//! | arrivals | `arrivals.rs` | sources, their rates and surges, the cohort tables |
//! | stations | `stations.rs` | every place's live state, services, shifts, green borders |
//! | interpreters | `interpreters.rs` | languages, remote interpreters, those owed |
//! | transport | `transport.rs` | bus fleets and who waits at each stop |
//! | reception | `reception.rs` | stays, who waits outdoors for a bed, approval, outcomes |
//! | referrals | `referrals.rs` | services for the vulnerable, hand-overs under way |
//! | ledger | `ledger.rs` | admitting people (into a vacated entity or a new one) and letting them go, people by state, exit records, totals |
//! | records | `records.rs` | the time series and the flow monitoring counts |

use bevy_ecs::change_detection::Mut;
use bevy_ecs::entity::Entity;
use bevy_ecs::world::World;

use super::arrivals::Arrivals;
use super::calendar::Calendar;
use super::components::{Person, Slot, Stage};
use super::events::{Event, EventQueue};
use super::interpreters::Interpreters;
use super::ledger::Ledger;
use super::network::Network;
use super::reception::Reception;
use super::records::Records;
use super::referrals::Referrals;
use super::stations::Stations;
use super::transport::Transport;
use crate::scenario::Scenario;

/// The simulation core: knows nothing of files, terminals or reports.
pub struct Engine {
    pub(super) world: World,
    pub(super) queue: EventQueue,
    /// Simulated time now (ms).
    pub(super) now: i64,
    events_processed: u64,
    pub(super) scenario: Scenario,
    pub(super) seed: u64,
    pub(super) network: Network,
    pub(super) calendar: Calendar,
    pub(super) arrivals: Arrivals,
    pub(super) stations: Stations,
    pub(super) interpreters: Interpreters,
    pub(super) transport: Transport,
    pub(super) reception: Reception,
    pub(super) referrals: Referrals,
    pub(super) ledger: Ledger,
    pub(super) records: Records,
}

impl Engine {
    /// Builds the engine for a validated scenario and a master seed.
    pub fn new(scenario: &Scenario, seed: u64) -> Self {
        let s = scenario.clone();
        let network = Network::new(&s);
        let languages = s.languages();
        let mut stations = Stations::new(&s, seed, &languages, &network);
        let interpreters = Interpreters::new(&s, stations.places_mut());
        let arrivals = Arrivals::new(&s, seed, &languages);
        let entries = arrivals.entries().to_vec();
        let mut world = World::new();
        let ledger = Ledger::new(entries.len(), &mut world);
        let mut engine = Engine {
            world,
            queue: EventQueue::default(),
            now: 0,
            events_processed: 0,
            seed,
            calendar: Calendar::new(&s),
            transport: Transport::new(&s, network.stop_defs.clone()),
            reception: Reception::new(&s, seed, &network),
            referrals: Referrals::new(&s, seed),
            ledger,
            records: Records::new(s.locations.len(), entries),
            network,
            arrivals,
            stations,
            interpreters,
            scenario: s,
        };
        engine.schedule_start();
        engine
    }

    fn schedule_start(&mut self) {
        for station in self.stations.bcps().to_vec() {
            self.set_servers(station);
            self.schedule_shift_change(station);
        }
        for source in 0..self.arrivals.len() as u16 {
            self.schedule_next_arrival(source, 0);
            for surge in 0..self.arrivals.surges(source) as u16 {
                self.schedule_surge(source, surge);
            }
        }
        self.queue.push(0, Event::Sample);
    }

    /// Queues the first arrival of a surge.
    pub(super) fn schedule_surge(&mut self, source: u16, surge: u16) {
        if let Some(t) = self.arrivals.surge_start(source, surge) {
            let index = 0;
            self.queue.push(
                t,
                Event::SurgeArrival {
                    source,
                    surge,
                    index,
                },
            );
        }
    }

    /// Simulated time now (ms).
    pub fn now(&self) -> i64 {
        self.now
    }

    /// Time of the next pending event.
    pub fn next_event_time(&self) -> Option<i64> {
        self.queue.peek_time()
    }

    /// Processes every event with time ≤ `until`, then sets the clock to `until`. Never
    /// inlined, so that a profile shows the engine's own instructions under this name.
    #[inline(never)]
    pub fn advance_to(&mut self, until: i64) {
        while let Some((time, event)) = self.queue.pop_until(until) {
            self.now = time;
            self.events_processed += 1;
            self.handle(event);
        }
        if until > self.now {
            self.now = until;
        }
    }

    /// Events processed so far.
    pub fn events_processed(&self) -> u64 {
        self.events_processed
    }

    /// Puts a saved count of events processed back.
    pub(super) fn set_events_processed(&mut self, n: u64) {
        self.events_processed = n;
    }

    /// Whether to keep a record of every person who leaves (on by default). Replications and
    /// long statistical runs that read only aggregates turn it off to bound memory.
    pub fn keep_departures(&mut self, keep: bool) {
        self.ledger.keep_departures(keep);
    }

    /// The master seed.
    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// Language codes, in the order of `Person::language`.
    pub fn languages(&self) -> &[String] {
        self.interpreters.languages()
    }

    /// The scenario being run.
    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    fn handle(&mut self, event: Event) {
        match event {
            Event::Arrival { source } => {
                self.spawn_arrival(source, None, Default::default());
                self.schedule_next_arrival(source, self.now);
            }
            Event::SurgeArrival {
                source,
                surge,
                index,
            } => {
                let (nationality, given, next) = self.arrivals.surge_arrival(source, surge, index);
                self.spawn_arrival(source, nationality, given);
                if let Some(t) = next {
                    let index = index + 1;
                    self.queue.push(
                        t,
                        Event::SurgeArrival {
                            source,
                            surge,
                            index,
                        },
                    );
                }
            }
            Event::Reach { person } => self.reach(person),
            Event::ServiceEnd {
                station,
                person,
                language,
                interpreter,
            } => self.service_end(station, person, language, interpreter),
            Event::ShiftChange { station } => {
                self.set_servers(station);
                self.schedule_shift_change(station);
                self.try_serve(station);
            }
            Event::BusTimeout { stop } => self.try_depart(stop),
            Event::BusReturn { fleet } => self.bus_returned(fleet),
            Event::StayEnd { person } => self.stay_end(person),
            Event::Detected { person } => self.detected(person),
            Event::HandoverDone { person } => self.handover_done(person),
            Event::Sample => {
                self.sample();
                // bevy keeps removal records and change ticks until cleared; nothing reads them.
                self.world.clear_trackers();
                let every = self.scenario.exercise.sample_every.millis();
                self.queue.push(self.now + every, Event::Sample);
            }
        }
    }

    /// Queues the next Poisson arrival of a source after `from` (none while its rate stays
    /// zero).
    fn schedule_next_arrival(&mut self, source: u16, from: i64) {
        if let Some(t) = self.arrivals.next_arrival(source, from) {
            self.queue.push(t, Event::Arrival { source });
        }
    }

    /// Sets a BCP's servers for the shift in force now and the officers added by decisions.
    pub(super) fn set_servers(&mut self, station: u16) {
        let tod = self.calendar.time_of_day(self.now);
        self.stations.set_servers(station, tod);
    }

    /// Schedules the next shift start of a BCP that has more than one shift.
    fn schedule_shift_change(&mut self, station: u16) {
        let tod = self.calendar.time_of_day(self.now);
        if let Some(wait) = self.stations.next_shift(station, tod) {
            self.queue
                .push(self.now + wait, Event::ShiftChange { station });
        }
    }

    /// Brings the outdoors integrals up to now; call before the outdoors count changes.
    pub(super) fn touch_outdoors(&mut self) {
        self.ledger.touch_outdoors(self.now, &self.calendar);
    }

    /// Brings every time integral (outdoors, and each place's queue, occupancy and outdoors)
    /// up to now, so that what is read does not depend on when it was last read.
    pub(super) fn touch_integrals(&mut self) {
        self.touch_outdoors();
        self.stations.touch_all(self.now, &self.calendar);
    }

    /// Counts of people by state (`Stage::NAMES` order), kept up to date as people move.
    pub fn count_by_stage(&self) -> [u64; 8] {
        self.ledger.by_stage()
    }

    /// Everyone in the system now, in entity order.
    pub fn living(&mut self) -> Vec<Person> {
        let mut people: Vec<(Entity, Person)> = self
            .world
            .query::<(Entity, &Slot)>()
            .iter(&self.world)
            .filter(|(_, s)| s.held())
            .map(|(e, s)| (e, s.person))
            .collect();
        people.sort_unstable_by_key(|(e, _)| e.to_bits());
        people.into_iter().map(|(_, p)| p).collect()
    }

    /// A person's entity while they are in the system (none once they left).
    pub(super) fn slot(&self, person: Entity) -> Option<&Slot> {
        self.ledger.slot(&self.world, person)
    }

    /// A person's entity to change while they are in the system (none once they left).
    /// Their state changes only through `set_stage`, which keeps the counts.
    pub(super) fn slot_mut(&mut self, person: Entity) -> Option<Mut<'_, Slot>> {
        self.ledger.slot_mut(&mut self.world, person)
    }

    /// A person's attributes (for tests and inspectors).
    pub fn person(&self, e: Entity) -> Option<Person> {
        self.slot(e).map(|s| s.person)
    }

    /// A person's state.
    pub(super) fn stage(&self, person: Entity) -> Option<Stage> {
        self.slot(person).map(|s| s.stage)
    }

    /// Moves a person into `stage` (the ledger keeps the counts by state).
    pub(super) fn set_stage(&mut self, person: Entity, stage: Stage) {
        self.ledger.set_stage(&mut self.world, person, stage);
    }
}
