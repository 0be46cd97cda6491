//! How people move: arrival, border check, registration with interpreters, screening and
//! referral, transport, reception, and leaving. Each handler runs at one simulated instant.

use bevy_ecs::entity::Entity;

use super::components::{Departure, ExitRecord, Goal, Journey, Person, Stage};
use super::engine::{Engine, Given};
use super::events::Event;
use super::network::Leg;
use super::places::{Role, Waiting};
use super::rng::{pick, sample_ms, unit};
use crate::scenario::{AgeBand, ExitKind, Profile, Sex, Vulnerability, WithoutInterpreter};

impl Engine {
    fn set_stage(&mut self, person: Entity, stage: Stage) {
        if let Some(mut s) = self.world.get_mut::<Stage>(person) {
            *s = stage;
        }
    }

    /// Records the interpreter a person holds (the hot path, with none, never gets here).
    fn set_interpreter(&mut self, person: Entity, interpreter: u8) {
        if let Some(mut p) = self.world.get_mut::<Person>(person) {
            p.interpreter = interpreter;
        }
    }

    fn stage(&self, person: Entity) -> Option<Stage> {
        self.world.get::<Stage>(person).copied()
    }

    /// A new person appears at a source, with attributes drawn from the cohort mix.
    /// A surge of one nationality (`nationality`) skips drawing it.
    pub(super) fn spawn_arrival(&mut self, source: u16, nationality: Option<u8>, given: Given) {
        let src = &mut self.sources[source as usize];
        let (at, entry) = (src.at, src.entry);
        let rng = &mut src.cohort_rng;
        let nationality = nationality.map_or_else(|| pick(&self.nationality_cum, rng), usize::from);
        let (cum, codes) = &self.language_cum[nationality];
        let language = codes.get(pick(cum, rng)).copied().unwrap_or(0);
        let mut flags = 0;
        for &(v, share) in &self.vulnerable {
            if unit(rng) < share {
                flags |= v.bit();
            }
        }
        // An observed count's sex and age hold: flags they contradict are dropped (an adult
        // is no unaccompanied minor, only someone 65 or over is counted elderly, a man is
        // not pregnant).
        if let Some(age) = given.age {
            if !age.minor() {
                flags &= !Vulnerability::UnaccompaniedMinor.bit();
            }
            if age != AgeBand::From65 {
                flags &= !Vulnerability::Elderly.bit();
            }
        }
        if given.sex == Some(Sex::Male) {
            flags &= !Vulnerability::Pregnant.bit();
        }
        let mut profile = match self.demography.get(nationality) {
            Some(d) if d.draws() => d.draw(flags, &mut src.demography_rng),
            _ => Profile::UNKNOWN,
        };
        if given.sex.is_some() || given.age.is_some() {
            profile = Profile::new(given.sex.or(profile.sex()), given.age.or(profile.age()));
        }
        let person = Person {
            serial: self.next_serial,
            arrived: self.now,
            source,
            nationality: nationality as u8,
            language,
            flags,
            diverted: false,
            interpreter: 0,
            profile,
        };
        self.next_serial += 1;
        self.totals.arrivals += 1;
        self.totals.arrivals_by_entry[entry] += 1;
        self.places[at as usize].stats.arrived += 1;
        let e = self
            .world
            .spawn((person, Stage::Travelling, Journey::default()))
            .id();
        if self.places[at as usize].role == Role::Green {
            self.cross_green(e, at);
        } else {
            self.go_to_bcp(e, at);
        }
    }

    /// Heads for the nearest open BCP whose queue is under its limit; failing that a green
    /// border; failing that any open BCP. With every crossing closed, people turn back.
    pub(super) fn go_to_bcp(&mut self, person: Entity, from: u16) {
        let (places, services) = (&self.places, &self.services);
        let under_limit = |b: u16| {
            let place = &places[b as usize];
            let limit = services[b as usize].as_ref().and_then(|d| d.queue_limit);
            place.open && limit.is_none_or(|l| place.waiting < l)
        };
        if let Some(b) = self.network.nearest(from, &self.bcps, under_limit) {
            return self.travel(person, from, b, Goal::Bcp);
        }
        if let Some(g) = self.network.nearest(from, &self.greens, |_| true) {
            return self.travel(person, from, g, Goal::Green);
        }
        if let Some(b) = self
            .network
            .nearest(from, &self.bcps, |b| places[b as usize].open)
        {
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
        if let Some(mut journey) = self.world.get_mut::<Journey>(person) {
            *journey = Journey {
                route,
                leg: 0,
                dest: to,
                goal,
            };
        }
        self.start_leg(person);
    }

    fn start_leg(&mut self, person: Entity) {
        let Some(j) = self.world.get::<Journey>(person).copied() else {
            return;
        };
        match self.network.legs(j.route)[j.leg as usize] {
            // A zero-time walk (a crossing beside its approach) needs no event.
            Leg::Walk { time: 0, .. } => self.reach(person),
            Leg::Walk { time, .. } => {
                self.set_stage(person, Stage::Travelling);
                self.queue.push(self.now + time, Event::Reach { person });
            }
            Leg::Bus {
                stop, from, fleet, ..
            } => {
                self.set_stage(person, Stage::WaitingBus { at: from });
                if self.places[from as usize].role == Role::Transit {
                    self.enter_transit(from);
                }
                let waiting = &mut self.stops[stop as usize];
                waiting.push_back((person, self.now));
                if waiting.len() == 1 {
                    let wait = self.fleets[fleet as usize].max_wait;
                    self.queue.push(self.now + wait, Event::BusTimeout { stop });
                }
                self.try_depart(stop);
            }
        }
    }

    pub(super) fn reach(&mut self, person: Entity) {
        let Some(mut journey) = self.world.get_mut::<Journey>(person) else {
            return;
        };
        let ended = self.network.legs(journey.route)[journey.leg as usize];
        journey.leg += 1;
        let j = *journey;
        if (j.leg as usize) < self.network.legs(j.route).len() {
            // Passing through a transit place on foot counts it in (one who waits there for
            // a vehicle is counted when they start waiting).
            if let Leg::Walk { to, .. } | Leg::Bus { to, .. } = ended
                && self.places[to as usize].role == Role::Transit
                && matches!(self.network.legs(j.route)[j.leg as usize], Leg::Walk { .. })
            {
                let place = &mut self.places[to as usize];
                place.stats.arrived += 1;
                place.note_processed(self.now);
            }
            self.start_leg(person);
        } else {
            self.arrive(person, j.dest, j.goal);
        }
    }

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
        let place = &self.places[at as usize];
        if place.role == Role::Bcp {
            let limit = self.services[at as usize]
                .as_ref()
                .and_then(|d| d.queue_limit);
            let full = limit.is_some_and(|l| place.waiting >= l);
            if !place.open
                || (full && !self.world.get::<Person>(person).is_some_and(|p| p.diverted))
            {
                if let Some(mut p) = self.world.get_mut::<Person>(person) {
                    p.diverted = true;
                }
                return self.go_to_bcp(person, at);
            }
        }
        let language = self.world.get::<Person>(person).map_or(0, |p| p.language);
        let now = self.now;
        self.touch_shelter(at);
        let place = &mut self.places[at as usize];
        place.touch_queue(now);
        place.stats.arrived += 1;
        let waiting = Waiting {
            seq: place.next_seq,
            person,
            since: now,
            language,
        };
        place.next_seq += 1;
        if place.role == Role::Registration {
            place.by_language[language as usize].push_back(waiting);
        } else {
            place.queue.push_back(waiting);
        }
        place.waiting += 1;
        self.touch_shelter(at);
        self.try_serve(at);
        // The queue is who is left waiting once free servers took whom they could: a
        // person served at once never stood in a queue, so their state is written once
        // (in service) instead of twice.
        let place = &mut self.places[at as usize];
        place.stats.max_queue = place.stats.max_queue.max(place.waiting);
        let last = match place.role {
            Role::Registration => place.by_language[language as usize].back(),
            Role::Entry
            | Role::Green
            | Role::Bcp
            | Role::Reception
            | Role::Exit
            | Role::Transit
            | Role::Other => place.queue.back(),
        };
        if last.is_some_and(|w| w.person == person) {
            self.set_stage(person, Stage::Queued { at });
        }
    }

    /// Starts service for queued people while servers are free.
    pub(super) fn try_serve(&mut self, at: u16) {
        loop {
            let place = &self.places[at as usize];
            if place.busy >= place.servers || place.waiting == 0 {
                return;
            }
            let Some((waiting, interpreter)) = self.next_to_serve(at) else {
                return;
            };
            let Some(def) = self.services[at as usize].as_mut() else {
                return;
            };
            let mut ms = sample_ms(&def.service, &mut def.rng);
            if interpreter == 0
                && !def.speaks[waiting.language as usize]
                && let WithoutInterpreter::Slower(f) = def.without_interpreter
            {
                ms = (ms as f64 * f).round() as i64;
            }
            let now = self.now;
            self.touch_shelter(at);
            let place = &mut self.places[at as usize];
            place.touch_queue(now);
            place.waiting -= 1;
            place.busy += 1;
            self.touch_shelter(at);
            let place = &mut self.places[at as usize];
            place.stats.record_wait(now - waiting.since);
            if interpreter != 0 {
                self.set_interpreter(waiting.person, interpreter);
            }
            self.set_stage(waiting.person, Stage::InService { at });
            self.queue.push(
                now + ms,
                Event::ServiceEnd {
                    station: at,
                    person: waiting.person,
                    language: waiting.language,
                    interpreter,
                },
            );
        }
    }

    /// Takes the next person who can be served now, with the interpreter they get:
    /// FIFO at a BCP; at registration, the longest-waiting person whose language is spoken
    /// or has an interpreter free (on site first, then remote).
    fn next_to_serve(&mut self, at: u16) -> Option<(Waiting, u8)> {
        let place = &mut self.places[at as usize];
        if place.role != Role::Registration {
            return place.queue.pop_front().map(|w| (w, 0));
        }
        let def = self.services[at as usize].as_ref()?;
        let slower = matches!(def.without_interpreter, WithoutInterpreter::Slower(_));
        let mut best: Option<(u64, usize, u8)> = None;
        for (lang, queue) in place.by_language.iter().enumerate() {
            let Some(head) = queue.front() else { continue };
            let interpreter = if def.speaks[lang] {
                0
            } else if place.interpreters_free[lang] > 0 {
                1
            } else if self.remote_free[lang] > 0 {
                2
            } else if slower {
                0
            } else {
                continue;
            };
            if best.is_none_or(|(seq, _, _)| head.seq < seq) {
                best = Some((head.seq, lang, interpreter));
            }
        }
        let (_, lang, interpreter) = best?;
        match interpreter {
            1 => place.interpreters_free[lang] -= 1,
            2 => self.remote_free[lang] -= 1,
            _ => {}
        }
        place.by_language[lang]
            .pop_front()
            .map(|w| (w, interpreter))
    }

    pub(super) fn service_end(&mut self, at: u16, person: Entity, language: u8, interpreter: u8) {
        let place = &mut self.places[at as usize];
        place.busy -= 1;
        place.note_processed(self.now);
        let role = place.role;
        let owed = &mut self.interpreters_owed[language as usize];
        match interpreter {
            0 => {}
            _ if *owed > 0 => *owed -= 1,
            1 => place.interpreters_free[language as usize] += 1,
            _ => self.remote_free[language as usize] += 1,
        }
        if interpreter != 0 {
            self.set_interpreter(person, 0);
        }
        let passage = self.passage_from(person, at);
        let serial = self
            .world
            .get::<Person>(person)
            .map_or(u64::MAX, |p| p.serial);
        if role == Role::Bcp {
            self.after_border_check(person, at);
        } else {
            self.after_registration(person, at);
        }
        if let Some(passage) = passage {
            self.note_passage(passage, person, serial);
        }
        self.try_serve(at);
    }

    fn after_border_check(&mut self, person: Entity, at: u16) {
        match self.network.nearest(at, &self.registrations, |_| true) {
            Some(r) => self.travel(person, at, r, Goal::Registration),
            None => self.seek_bed(person, at),
        }
    }

    /// Screening: each vulnerability is counted; the first one with a designated service
    /// sends the person to it.
    fn after_registration(&mut self, person: Entity, at: u16) {
        let flags = self.world.get::<Person>(person).map_or(0, |p| p.flags);
        for (i, v) in Vulnerability::ALL.iter().enumerate() {
            if flags & v.bit() != 0 {
                self.totals.identified[i] += 1;
                if !self.referrals.iter().any(|(r, _)| r.vulnerability == *v) {
                    self.totals.not_referred[i] += 1;
                }
            }
        }
        match self.first_rule(flags) {
            Some((rule, _)) => {
                let (r, rng) = &mut self.referrals[rule];
                let ms = sample_ms(&r.handover, rng);
                self.set_stage(
                    person,
                    Stage::BeingReferred {
                        at,
                        since: self.now,
                    },
                );
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
        if let Some((rule, v)) = self.first_rule(flags) {
            let i = v as usize;
            let took = self.now - since;
            self.totals.referral_ms[i] += took;
            if took <= self.referrals[rule].0.deadline.millis() {
                self.totals.referred_in_time[i] += 1;
            } else {
                self.totals.referred_late[i] += 1;
            }
        }
        self.leave(person, at, Departure::Referred);
    }

    /// The referral rule of the first of a person's vulnerabilities that has one.
    pub(super) fn first_rule(&self, flags: u8) -> Option<(usize, Vulnerability)> {
        Vulnerability::ALL
            .iter()
            .filter(|v| flags & v.bit() != 0)
            .find_map(|v| {
                self.referrals
                    .iter()
                    .position(|(r, _)| r.vulnerability == *v)
                    .map(|i| (i, *v))
            })
    }

    /// Places a registered person in the nearest open site with a free bed, or outdoors.
    fn seek_bed(&mut self, person: Entity, from: u16) {
        if self.receptions.is_empty() {
            return self.move_on(person, from);
        }
        let sites = self.receptions.clone();
        let surge = self.surge_unlocked;
        let site = match self.reception_approved {
            true => self
                .network
                .nearest(from, &sites, |s| self.places[s as usize].has_bed(surge)),
            false => None,
        };
        match site {
            Some(site) => {
                self.places[site as usize].reserved += 1;
                self.travel(person, from, site, Goal::Reception);
            }
            None => {
                self.touch_outdoors();
                self.totals.outdoors += 1;
                self.places[from as usize].outdoors += 1;
                self.totals.peak_outdoors = self.totals.peak_outdoors.max(self.totals.outdoors);
                self.set_stage(
                    person,
                    Stage::Outdoors {
                        at: from,
                        since: self.now,
                    },
                );
                self.outdoors.push_back(person);
            }
        }
    }

    fn enter_reception(&mut self, person: Entity, at: u16) {
        let now = self.now;
        let place = &mut self.places[at as usize];
        place.touch_occupancy(now);
        place.reserved = place.reserved.saturating_sub(1);
        place.occupied += 1;
        place.stats.arrived += 1;
        place.stats.peak_occupancy = place.stats.peak_occupancy.max(place.occupied);
        let Some(site) = self.sites[at as usize].as_mut() else {
            return;
        };
        let ms = sample_ms(&site.stay, &mut site.rng);
        self.set_stage(person, Stage::Sheltered { at });
        self.queue.push(now + ms, Event::StayEnd { person });
    }

    pub(super) fn stay_end(&mut self, person: Entity) {
        let Some(Stage::Sheltered { at }) = self.stage(person) else {
            return;
        };
        let now = self.now;
        let place = &mut self.places[at as usize];
        place.touch_occupancy(now);
        place.occupied -= 1;
        place.note_processed(now);
        match pick(&self.outcome_cum, &mut self.outcome_rng) {
            0 => self.move_on(person, at),
            1 => self.leave(person, at, Departure::Asylum),
            _ => self.head_for_exit(person, at, ExitKind::Return),
        }
        self.admit_outdoors();
    }

    fn move_on(&mut self, person: Entity, from: u16) {
        self.head_for_exit(person, from, ExitKind::Onward);
    }

    fn head_for_exit(&mut self, person: Entity, from: u16, kind: ExitKind) {
        let exits = &self.nearest_exit[matches!(kind, ExitKind::Return) as usize];
        match exits[from as usize] {
            Some(exit) => self.travel(person, from, exit, Goal::Exit(kind)),
            None => self.leave(person, from, Departure::from_exit(kind)),
        }
    }

    /// Gives freed beds to the people who have waited outdoors longest.
    pub(super) fn admit_outdoors(&mut self) {
        if !self.reception_approved {
            return;
        }
        let surge = self.surge_unlocked;
        while let Some(&person) = self.outdoors.front() {
            let Some(Stage::Outdoors { at, .. }) = self.stage(person) else {
                self.outdoors.pop_front();
                continue;
            };
            let places = &self.places;
            let Some(site) = self
                .network
                .nearest(at, &self.receptions, |s| places[s as usize].has_bed(surge))
            else {
                return;
            };
            self.outdoors.pop_front();
            self.touch_outdoors();
            self.totals.outdoors -= 1;
            self.places[at as usize].outdoors -= 1;
            self.places[site as usize].reserved += 1;
            self.travel(person, at, site, Goal::Reception);
        }
    }

    /// A green-border crossing: found later by a patrol, or gone unregistered.
    fn cross_green(&mut self, person: Entity, at: u16) {
        let Some((detected, delay, rng)) = self.green[at as usize].as_mut() else {
            return self.go_to_bcp(person, at);
        };
        if unit(rng) < *detected {
            let ms = sample_ms(delay, rng);
            self.set_stage(person, Stage::Unseen { at });
            self.queue.push(self.now + ms, Event::Detected { person });
        } else {
            self.leave(person, at, Departure::Undetected);
        }
    }

    pub(super) fn detected(&mut self, person: Entity) {
        let Some(Stage::Unseen { at }) = self.stage(person) else {
            return;
        };
        match self.network.nearest(at, &self.registrations, |_| true) {
            Some(r) => self.travel(person, at, r, Goal::Registration),
            None => self.seek_bed(person, at),
        }
    }

    /// Sends a bus from `stop` if one is idle and the load is full or has waited long enough.
    pub(super) fn try_depart(&mut self, stop: u16) {
        let def = self.network.stop_defs[stop as usize];
        let fleet = &self.fleets[def.fleet as usize];
        let waiting = &self.stops[stop as usize];
        let Some(&(_, first_since)) = waiting.front() else {
            return;
        };
        let due =
            waiting.len() >= fleet.capacity as usize || self.now - first_since >= fleet.max_wait;
        if fleet.idle == 0 || !due {
            return;
        }
        let (capacity, max_wait) = (fleet.capacity as usize, fleet.max_wait);
        self.fleets[def.fleet as usize].idle -= 1;
        let n = capacity.min(self.stops[stop as usize].len());
        if self.places[def.from as usize].role == Role::Transit {
            self.leave_transit(def.from, n as u32);
        }
        let riders: Vec<Entity> = self.stops[stop as usize]
            .drain(..n)
            .map(|(p, _)| p)
            .collect();
        let mut trip = 0;
        for person in riders {
            let Some(j) = self.world.get::<Journey>(person).copied() else {
                continue;
            };
            if let Leg::Bus { time, .. } = self.network.legs(j.route)[j.leg as usize] {
                trip = time;
            }
            self.set_stage(person, Stage::Travelling);
            self.queue.push(self.now + trip, Event::Reach { person });
        }
        self.queue
            .push(self.now + 2 * trip, Event::BusReturn { fleet: def.fleet });
        if let Some(&(_, since)) = self.stops[stop as usize].front() {
            self.queue
                .push((since + max_wait).max(self.now), Event::BusTimeout { stop });
        }
    }

    /// One more person waits at a transit place for onward transport.
    fn enter_transit(&mut self, at: u16) {
        let now = self.now;
        self.touch_shelter(at);
        let place = &mut self.places[at as usize];
        place.touch_occupancy(now);
        place.occupied += 1;
        place.stats.arrived += 1;
        place.stats.peak_occupancy = place.stats.peak_occupancy.max(place.occupied);
        self.touch_shelter(at);
    }

    /// `n` people leave a transit place on a vehicle.
    fn leave_transit(&mut self, at: u16, n: u32) {
        let now = self.now;
        self.touch_shelter(at);
        let place = &mut self.places[at as usize];
        place.touch_occupancy(now);
        place.occupied -= n;
        for _ in 0..n {
            place.note_processed(now);
        }
        self.touch_shelter(at);
    }

    pub(super) fn bus_returned(&mut self, fleet: u16) {
        let f = &mut self.fleets[fleet as usize];
        if f.owed > 0 {
            f.owed -= 1;
            return;
        }
        f.idle += 1;
        for stop in 0..self.stops.len() as u16 {
            if self.network.stop_defs[stop as usize].fleet == fleet {
                self.try_depart(stop);
            }
        }
    }

    /// The person leaves the system: despawned into a compact exit record.
    pub(super) fn leave(&mut self, person: Entity, at: u16, how: Departure) {
        let record = if self.keep_departures {
            self.person(person)
        } else {
            None
        };
        if self.world.try_despawn(person).is_err() {
            return;
        }
        self.totals.departed[how as usize] += 1;
        let place = &mut self.places[at as usize];
        if place.role == Role::Exit {
            place.stats.arrived += 1;
        }
        let Some(p) = record else { return };
        self.departed.push(ExitRecord {
            serial: p.serial,
            arrived: p.arrived,
            left: self.now,
            at,
            how,
            flags: p.flags,
            nationality: p.nationality,
            profile: p.profile,
        });
    }
}
