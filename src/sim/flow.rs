//! How people move: arrival, border check, registration with interpreters, screening and
//! referral, transport, reception, and leaving. Each handler runs at one simulated instant
//! and reaches the state through the parts that own it.

use bevy_ecs::entity::Entity;

use super::arrivals::Given;
use super::components::{Departure, Goal, Journey, Stage};
use super::engine::Engine;
use super::events::Event;
use super::network::Leg;
use super::places::Role;
use super::reception::Outcome;
use crate::scenario::{ExitKind, Vulnerability};

/// The state a leg puts a person in when it starts: on the move for a walk, waiting at the
/// place they wait at for a bus; none for a zero-time walk, over as soon as it starts.
fn state_on(leg: Leg) -> Option<Stage> {
    match leg {
        Leg::Walk { time: 0, .. } => None,
        Leg::Walk { .. } => Some(Stage::Travelling),
        Leg::Bus { wait, .. } => Some(Stage::WaitingBus { at: wait }),
    }
}

impl Engine {
    /// Records the interpreter a person holds (the hot path, with none, never gets here).
    fn set_interpreter(&mut self, person: Entity, interpreter: u8) {
        if let Some(mut s) = self.slot_mut(person) {
            s.person.interpreter = interpreter;
        }
    }

    /// A new person appears at a source, with attributes drawn from the cohort mix.
    /// A surge of one nationality (`nationality`) skips drawing it.
    pub(super) fn spawn_arrival(&mut self, source: u16, nationality: Option<u8>, given: Given) {
        let new = self.arrivals.draw(source, nationality, given, self.now);
        let e = self.ledger.admit(&mut self.world, new.person, new.entry);
        self.stations.place_mut(new.at).stats.arrived += 1;
        if self.stations.role(new.at) == Role::Green {
            self.cross_green(e, new.at);
        } else {
            self.go_to_bcp(e, new.at);
        }
    }

    /// Heads for the nearest open BCP whose queue is under its limit; failing that a green
    /// border; failing that any open BCP. With every crossing closed, people turn back.
    pub(super) fn go_to_bcp(&mut self, person: Entity, from: u16) {
        let stations = &self.stations;
        if let Some(b) = stations.nearest_bcp(from, |b| stations.accepts(b)) {
            return self.travel(person, from, b, Goal::Bcp);
        }
        if let Some(g) = stations.nearest_green(from) {
            return self.travel(person, from, g, Goal::Green);
        }
        if let Some(b) = stations.nearest_bcp(from, |b| stations.place(b).open) {
            return self.travel(person, from, b, Goal::Bcp);
        }
        self.leave(person, from, Departure::Return);
    }

    /// Starts a journey; arriving at once when already there.
    fn travel(&mut self, person: Entity, from: u16, to: u16, goal: Goal) {
        if from == to {
            return self.arrive(person, to, goal);
        }
        let Some(route) = self.network.route(from, to) else {
            // Unreachable places are rejected by validation; arrive rather than vanish.
            return self.arrive(person, to, goal);
        };
        // A zero-time walk (a crossing beside its approach) needs neither an event nor a
        // journey.
        if let [Leg::Walk { time: 0, .. }] = self.network.legs(route) {
            return self.arrive(person, to, goal);
        }
        let journey = Journey {
            route,
            leg: 0,
            dest: to,
            goal,
        };
        // The person gets the journey and the state its first leg puts them in with one
        // look-up.
        let first = state_on(self.network.legs(route)[0]);
        let given = self.ledger.update(&mut self.world, person, |s| {
            s.journey = journey;
            if let Some(stage) = first {
                s.stage = stage;
            }
        });
        if given.is_some() {
            self.start_leg(person, journey);
        }
    }

    /// Starts leg `j.leg` of `person`'s journey `j`, their state already the one it puts
    /// them in (`state_on`), written with the journey in one look-up.
    fn start_leg(&mut self, person: Entity, j: Journey) {
        match self.network.legs(j.route)[j.leg as usize] {
            // A zero-time walk (a crossing beside its approach) needs no event.
            Leg::Walk { time: 0, .. } => self.reach(person),
            Leg::Walk { time, .. } => {
                self.queue.push(self.now + time, Event::Reach { person });
            }
            Leg::Bus { stop, wait, .. } => {
                if self.stations.role(wait) == Role::Transit {
                    self.stations.enter_transit(wait, self.now, &self.calendar);
                }
                if let Some(deadline) = self.transport.wait(stop, person, self.now) {
                    self.queue.push(deadline, Event::BusTimeout { stop });
                }
                self.try_depart(stop);
            }
        }
    }

    pub(super) fn reach(&mut self, person: Entity) {
        // One look-up ends the leg and puts the person in the state the next one starts.
        let network = &self.network;
        let Some((ended, j)) = self.ledger.update(&mut self.world, person, |s| {
            let legs = network.legs(s.journey.route);
            let ended = legs[s.journey.leg as usize];
            s.journey.leg += 1;
            if let Some(stage) = legs.get(s.journey.leg as usize).and_then(|&l| state_on(l)) {
                s.stage = stage;
            }
            (ended, s.journey)
        }) else {
            return;
        };
        if (j.leg as usize) < self.network.legs(j.route).len() {
            // Passing through a transit place on foot counts it in (one who waits there for
            // a vehicle is counted when they start waiting).
            if let Leg::Walk { to, .. } | Leg::Bus { to, .. } = ended
                && self.stations.role(to) == Role::Transit
                && matches!(self.network.legs(j.route)[j.leg as usize], Leg::Walk { .. })
            {
                let place = self.stations.place_mut(to);
                place.stats.arrived += 1;
                place.note_processed(self.now);
            }
            self.start_leg(person, j);
        } else {
            self.arrive(person, j.dest, j.goal);
        }
    }

    #[inline]
    fn arrive(&mut self, person: Entity, at: u16, goal: Goal) {
        match goal {
            Goal::Bcp => self.join_queue(person, at),
            Goal::Registration => self.join_queue(person, at),
            Goal::Reception => self.enter_reception(person, at),
            Goal::Exit(kind) => self.leave(person, at, Departure::from_exit(kind)),
            Goal::Green => self.cross_green(person, at),
        }
    }

    /// Joins the queue of a BCP or registration point (a closed or full BCP diverts once).
    fn join_queue(&mut self, person: Entity, at: u16) {
        let bcp = self.stations.role(at) == Role::Bcp;
        let closed = bcp && !self.stations.place(at).open;
        let full = bcp && self.stations.full(at);
        // One look at the person: their language, whether they are diverted, and if not, their
        // state, queued (a free server may take them at once, into service).
        let (language, divert) = self
            .ledger
            .update(&mut self.world, person, |s| {
                let divert = closed || (full && !s.person.diverted);
                match divert {
                    true => s.person.diverted = true,
                    false => s.stage = Stage::Queued { at },
                }
                (s.person.language, divert)
            })
            .unwrap_or((0, closed || full));
        if divert {
            return self.go_to_bcp(person, at);
        }
        self.stations
            .enqueue(at, person, language, self.now, &self.calendar);
        self.try_serve(at);
        let place = self.stations.place_mut(at);
        place.stats.max_queue = place.stats.max_queue.max(place.waiting);
    }

    /// Starts service for queued people while servers are free.
    pub(super) fn try_serve(&mut self, at: u16) {
        while let Some((waiting, interpreter, ms)) =
            self.stations
                .serve_next(at, &mut self.interpreters, self.now, &self.calendar)
        {
            if interpreter != 0 {
                self.set_interpreter(waiting.person, interpreter);
            }
            self.set_stage(waiting.person, Stage::InService { at });
            self.queue.push(
                self.now + ms,
                Event::ServiceEnd {
                    station: at,
                    person: waiting.person,
                    language: waiting.language,
                    interpreter,
                },
            );
        }
    }

    pub(super) fn service_end(&mut self, at: u16, person: Entity, language: u8, interpreter: u8) {
        let place = self.stations.place_mut(at);
        place.busy -= 1;
        place.note_processed(self.now);
        let role = place.role;
        self.interpreters
            .release(interpreter, usize::from(language), place);
        if interpreter != 0 {
            self.set_interpreter(person, 0);
        }
        // One look at the person serves the flow monitoring, the serial and the screening.
        let (passage, serial, flags) = match self.slot(person) {
            Some(s) => (self.passage_from(s, at), s.person.serial, s.person.flags),
            None => (None, u64::MAX, 0),
        };
        if role == Role::Bcp {
            self.after_border_check(person, at);
        } else {
            self.after_registration(person, at, flags);
        }
        if let Some(passage) = passage {
            self.note_passage(passage, person, serial);
        }
        self.try_serve(at);
    }

    #[inline]
    fn after_border_check(&mut self, person: Entity, at: u16) {
        match self.stations.nearest_registration(at) {
            Some(r) => self.travel(person, at, r, Goal::Registration),
            None => self.seek_bed(person, at),
        }
    }

    /// Screening: each vulnerability is counted; the first one with a designated service
    /// sends the person to it. `flags` are the person's vulnerabilities.
    fn after_registration(&mut self, person: Entity, at: u16, flags: u8) {
        for (i, v) in Vulnerability::ALL.iter().enumerate() {
            if flags & v.bit() != 0 {
                self.ledger.identified(i, self.referrals.has_service(*v));
            }
        }
        match self.referrals.first_rule(flags) {
            Some((rule, v)) => {
                let ms = self.referrals.start(rule, v);
                let since = self.now;
                self.set_stage(person, Stage::BeingReferred { at, since });
                self.queue
                    .push(self.now + ms, Event::HandoverDone { person });
            }
            None => self.seek_bed(person, at),
        }
    }

    pub(super) fn handover_done(&mut self, person: Entity) {
        let Some(Stage::BeingReferred { at, since }) = self.stage(person) else {
            return;
        };
        let flags = self.person(person).map_or(0, |p| p.flags);
        if let Some((rule, v)) = self.referrals.first_rule(flags) {
            let deadline = self.referrals.done(rule, v);
            self.ledger
                .handed_over(v as usize, self.now - since, deadline);
        }
        self.leave(person, at, Departure::Referred);
    }

    /// Places a registered person in the nearest open site with a free bed, or outdoors.
    fn seek_bed(&mut self, person: Entity, from: u16) {
        if self.reception.sites().is_empty() {
            return self.move_on(person, from);
        }
        let site = match self.reception.approved() {
            true => self.free_site(from),
            false => None,
        };
        match site {
            Some(site) => {
                self.stations.place_mut(site).reserved += 1;
                self.travel(person, from, site, Goal::Reception);
            }
            None => {
                self.ledger.outdoors_joined(self.now, &self.calendar);
                self.stations.place_mut(from).outdoors += 1;
                let since = self.now;
                self.set_stage(person, Stage::Outdoors { at: from, since });
                self.reception.wait_outdoors(person);
            }
        }
    }

    /// The nearest open site from `from` with a bed free.
    fn free_site(&self, from: u16) -> Option<u16> {
        let surge = self.reception.surge_unlocked();
        let stations = &self.stations;
        self.reception
            .sites_from(from)
            .iter()
            .copied()
            .find(|&s| stations.place(s).has_bed(surge))
    }

    fn enter_reception(&mut self, person: Entity, at: u16) {
        let now = self.now;
        let place = self.stations.place_mut(at);
        place.touch_occupancy(now);
        place.reserved = place.reserved.saturating_sub(1);
        place.occupied += 1;
        place.stats.arrived += 1;
        place.stats.peak_occupancy = place.stats.peak_occupancy.max(place.occupied);
        let Some(ms) = self.reception.stay(at) else {
            return;
        };
        self.set_stage(person, Stage::Sheltered { at });
        self.queue.push(now + ms, Event::StayEnd { person });
    }

    pub(super) fn stay_end(&mut self, person: Entity) {
        let Some(Stage::Sheltered { at }) = self.stage(person) else {
            return;
        };
        let now = self.now;
        let place = self.stations.place_mut(at);
        place.touch_occupancy(now);
        place.occupied -= 1;
        place.note_processed(now);
        match self.reception.outcome() {
            Outcome::Onward => self.move_on(person, at),
            Outcome::Asylum => self.leave(person, at, Departure::Asylum),
            Outcome::Return => self.head_for_exit(person, at, ExitKind::Return),
        }
        self.admit_outdoors();
    }

    #[inline]
    fn move_on(&mut self, person: Entity, from: u16) {
        self.head_for_exit(person, from, ExitKind::Onward);
    }

    #[inline]
    fn head_for_exit(&mut self, person: Entity, from: u16, kind: ExitKind) {
        match self.stations.nearest_exit(from, kind) {
            Some(exit) => self.travel(person, from, exit, Goal::Exit(kind)),
            None => self.leave(person, from, Departure::from_exit(kind)),
        }
    }

    /// Gives freed beds to the people who have waited outdoors longest.
    pub(super) fn admit_outdoors(&mut self) {
        if !self.reception.approved() {
            return;
        }
        while let Some(person) = self.reception.first_outdoors() {
            let Some(Stage::Outdoors { at, .. }) = self.stage(person) else {
                self.reception.pop_outdoors();
                continue;
            };
            let Some(site) = self.free_site(at) else {
                return;
            };
            self.reception.pop_outdoors();
            self.ledger.outdoors_left(self.now, &self.calendar);
            self.stations.place_mut(at).outdoors -= 1;
            self.stations.place_mut(site).reserved += 1;
            self.travel(person, at, site, Goal::Reception);
        }
    }

    /// A green-border crossing: found later by a patrol, or gone unregistered.
    fn cross_green(&mut self, person: Entity, at: u16) {
        match self.stations.cross_green(at) {
            None => self.go_to_bcp(person, at),
            Some(Some(ms)) => {
                self.set_stage(person, Stage::Unseen { at });
                self.queue.push(self.now + ms, Event::Detected { person });
            }
            Some(None) => self.leave(person, at, Departure::Undetected),
        }
    }

    pub(super) fn detected(&mut self, person: Entity) {
        let Some(Stage::Unseen { at }) = self.stage(person) else {
            return;
        };
        self.after_border_check(person, at);
    }

    /// Sends a bus from `stop` if one is idle and the load is full or has waited long enough.
    pub(super) fn try_depart(&mut self, stop: u16) {
        let Some(bus) = self.transport.depart(stop, self.now) else {
            return;
        };
        // The vehicle leaves once its riders waiting at a transit place on the way have
        // walked to the stop.
        let (mut trip, mut approach) = (0, 0);
        // Those still in the system board; the riders' list is kept for them.
        let mut boarded = bus.riders;
        boarded.retain(|&person| {
            let Some(leg) = self.board(person, bus.from) else {
                return false;
            };
            if let Leg::Bus {
                time,
                approach: walk,
                ..
            } = leg
            {
                trip = time;
                approach = approach.max(walk);
            }
            true
        });
        for person in boarded {
            self.queue
                .push(self.now + approach + trip, Event::Reach { person });
        }
        let fleet = bus.fleet;
        self.queue
            .push(self.now + approach + 2 * trip, Event::BusReturn { fleet });
        if let Some(t) = bus.next_timeout {
            self.queue.push(t, Event::BusTimeout { stop });
        }
    }

    /// A rider of a bus leaving `from` leaves the place they waited at (the stop, or a
    /// transit place on the way) and, if still in the system, is on the move: returns the leg
    /// they ride.
    fn board(&mut self, person: Entity, from: u16) -> Option<Leg> {
        // One look-up reads the leg they ride and puts them on the move.
        let network = &self.network;
        let leg = self.ledger.update(&mut self.world, person, |s| {
            s.stage = Stage::Travelling;
            network.legs(s.journey.route)[s.journey.leg as usize]
        });
        let wait = match leg {
            Some(Leg::Bus { wait, .. }) => wait,
            Some(Leg::Walk { .. }) | None => from,
        };
        if self.stations.role(wait) == Role::Transit {
            self.stations
                .leave_transit(wait, 1, self.now, &self.calendar);
        }
        leg
    }

    pub(super) fn bus_returned(&mut self, fleet: u16) {
        if !self.transport.returned(fleet) {
            return;
        }
        let mut i = 0;
        while let Some(stop) = self.transport.stop_of(fleet, i) {
            self.try_depart(stop);
            i += 1;
        }
    }

    /// The person leaves the system into a compact exit record; their entity waits for the
    /// next arrival.
    pub(super) fn leave(&mut self, person: Entity, at: u16, how: Departure) {
        if !self
            .ledger
            .leave(&mut self.world, person, at, how, self.now)
        {
            return;
        }
        let place = self.stations.place_mut(at);
        if place.role == Role::Exit {
            place.stats.arrived += 1;
        }
    }
}
