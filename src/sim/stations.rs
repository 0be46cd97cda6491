//! Stations: the live state of every place (`Place`: queues, servers, beds, statistics) and
//! the fixed data behind it — a crossing's or registration point's service, shifts and
//! languages, a green border's detection — with the role lists and the nearest exits the
//! handlers route by.

use bevy_ecs::entity::Entity;
use rand::rngs::ChaCha8Rng;

use super::calendar::{Calendar, DAY_MS};
use super::interpreters::{Interpreters, ON_SITE, REMOTE};
use super::network::Network;
use super::places::{Place, Role, Waiting};
use super::rng::{round_ms, sample_ms, stream, unit};
use crate::scenario::{
    Distribution, ExitKind, Location, LocationKind, Scenario, WithoutInterpreter,
};

/// Static data of a BCP or registration point.
#[derive(Debug)]
struct ServiceDef {
    service: Distribution,
    lanes: u32,
    /// (from ms of day, officers), increasing.
    shifts: Vec<(i64, u32)>,
    queue_limit: Option<u32>,
    /// Languages the staff speak (registration).
    speaks: Vec<bool>,
    without_interpreter: WithoutInterpreter,
    rng: ChaCha8Rng,
}

/// Static data of a green border segment.
#[derive(Debug)]
struct GreenDef {
    /// Chance a crossing is found.
    detected: f64,
    /// How long finding them takes.
    delay: Distribution,
    rng: ChaCha8Rng,
}

impl ServiceDef {
    /// The service of a BCP or registration point (named `service/<id>`); none elsewhere.
    fn of(loc: &Location, seed: u64, languages: &[String]) -> Option<Self> {
        let rng = || stream(seed, &format!("service/{}", loc.id));
        match &loc.kind {
            LocationKind::Bcp {
                lanes,
                shifts,
                service,
                queue_limit,
                ..
            } => Some(ServiceDef {
                service: *service,
                lanes: *lanes,
                shifts: shifts
                    .iter()
                    .map(|s| (i64::from(s.from_hour) * 3_600_000, s.officers))
                    .collect(),
                queue_limit: *queue_limit,
                speaks: vec![true; languages.len()],
                without_interpreter: WithoutInterpreter::Wait,
                rng: rng(),
            }),
            LocationKind::Registration {
                desks,
                service,
                languages: spoken,
                without_interpreter,
                ..
            } => Some(ServiceDef {
                service: *service,
                lanes: *desks,
                shifts: Vec::new(),
                queue_limit: None,
                speaks: languages.iter().map(|l| spoken.contains(l)).collect(),
                without_interpreter: *without_interpreter,
                rng: rng(),
            }),
            LocationKind::Entry { .. }
            | LocationKind::GreenBorder { .. }
            | LocationKind::Reception { .. }
            | LocationKind::Exit { .. }
            | LocationKind::Transit { .. }
            | LocationKind::Hospital { .. } => None,
        }
    }
}

impl GreenDef {
    /// The detection of a green border segment (named `green/<id>`); none elsewhere.
    fn of(loc: &Location, seed: u64) -> Option<Self> {
        match &loc.kind {
            LocationKind::GreenBorder {
                detected,
                detection_delay,
                ..
            } => Some(GreenDef {
                detected: *detected,
                delay: *detection_delay,
                rng: stream(seed, &format!("green/{}", loc.id)),
            }),
            LocationKind::Entry { .. }
            | LocationKind::Bcp { .. }
            | LocationKind::Registration { .. }
            | LocationKind::Reception { .. }
            | LocationKind::Exit { .. }
            | LocationKind::Transit { .. }
            | LocationKind::Hospital { .. } => None,
        }
    }
}

/// A place as the scenario opens it, with `languages` spoken in the run.
fn place_of(kind: &LocationKind, languages: usize) -> Place {
    match kind {
        LocationKind::Entry { .. } => Place::new(Role::Entry),
        LocationKind::GreenBorder { .. } => Place::new(Role::Green),
        LocationKind::Bcp {
            open, waiting_area, ..
        } => {
            let mut p = Place::new(Role::Bcp);
            p.open = *open;
            p.shelter = *waiting_area;
            p
        }
        LocationKind::Registration {
            desks,
            waiting_area,
            ..
        } => {
            let mut p = Place::new(Role::Registration);
            p.servers = *desks;
            p.by_language = vec![Default::default(); languages];
            p.interpreters_free = vec![0; languages];
            p.shelter = *waiting_area;
            p
        }
        LocationKind::Reception {
            capacity,
            surge_capacity,
            open,
            ..
        } => {
            let mut p = Place::new(Role::Reception);
            p.capacity = *capacity;
            p.surge = *surge_capacity;
            p.open = *open;
            p
        }
        LocationKind::Exit { .. } => Place::new(Role::Exit),
        LocationKind::Transit { capacity } => {
            let mut p = Place::new(Role::Transit);
            p.capacity = *capacity;
            p.shelter = Some(*capacity);
            p
        }
        LocationKind::Hospital { .. } => Place::new(Role::Other),
    }
}

/// Every place, by location index.
#[derive(Debug)]
pub(super) struct Stations {
    places: Vec<Place>,
    services: Vec<Option<ServiceDef>>,
    green: Vec<Option<GreenDef>>,
    bcps: Vec<u16>,
    registrations: Vec<u16>,
    /// From each place, the nearest exit onward and the nearest exit for returns (found
    /// once: the network is fixed and exits never close).
    nearest_exit: [Vec<Option<u16>>; 2],
    /// From each place, the BCPs it reaches, nearest first (the network is fixed; whether
    /// one takes people changes, so the handlers take the first that does).
    bcps_by_distance: Vec<Vec<u16>>,
    /// From each place, the nearest green border and the nearest registration point.
    nearest_green: Vec<Option<u16>>,
    nearest_registration: Vec<Option<u16>>,
}

impl Stations {
    /// The scenario's places, with `languages` spoken in the run.
    pub(super) fn new(s: &Scenario, seed: u64, languages: &[String], network: &Network) -> Self {
        let places: Vec<Place> = s
            .locations
            .iter()
            .map(|loc| place_of(&loc.kind, languages.len()))
            .collect();
        let with_role = |role: Role| -> Vec<u16> {
            (0..places.len() as u16)
                .filter(|at| places[*at as usize].role == role)
                .collect()
        };
        let exits_to = |return_: bool| -> Vec<Option<u16>> {
            let exits: Vec<u16> = s
                .locations
                .iter()
                .enumerate()
                .filter(|(_, l)| {
                    matches!(&l.kind, LocationKind::Exit { outcome, .. }
                        if matches!(outcome, ExitKind::Return) == return_)
                })
                .map(|(i, _)| i as u16)
                .collect();
            (0..places.len() as u16)
                .map(|from| network.nearest(from, &exits, |_| true))
                .collect()
        };
        let bcps = with_role(Role::Bcp);
        let registrations = with_role(Role::Registration);
        let greens = with_role(Role::Green);
        let from_each = |nearest: &dyn Fn(u16) -> Option<u16>| -> Vec<Option<u16>> {
            (0..places.len() as u16).map(nearest).collect()
        };
        Stations {
            bcps_by_distance: (0..places.len() as u16)
                .map(|from| network.by_distance(from, &bcps))
                .collect(),
            nearest_green: from_each(&|from| network.nearest(from, &greens, |_| true)),
            nearest_registration: from_each(&|from| {
                network.nearest(from, &registrations, |_| true)
            }),
            services: s
                .locations
                .iter()
                .map(|loc| ServiceDef::of(loc, seed, languages))
                .collect(),
            green: s
                .locations
                .iter()
                .map(|loc| GreenDef::of(loc, seed))
                .collect(),
            bcps,
            registrations,
            nearest_exit: [exits_to(false), exits_to(true)],
            places,
        }
    }

    pub(super) fn place(&self, at: u16) -> &Place {
        &self.places[at as usize]
    }

    pub(super) fn place_mut(&mut self, at: u16) -> &mut Place {
        &mut self.places[at as usize]
    }

    /// Every place, by location index.
    pub(super) fn places(&self) -> &[Place] {
        &self.places
    }

    pub(super) fn places_mut(&mut self) -> &mut [Place] {
        &mut self.places
    }

    pub(super) fn role(&self, at: u16) -> Role {
        self.places[at as usize].role
    }

    pub(super) fn bcps(&self) -> &[u16] {
        &self.bcps
    }

    pub(super) fn registrations(&self) -> &[u16] {
        &self.registrations
    }

    /// The registration points' places, in scenario order.
    pub(super) fn registration_places(&mut self) -> impl Iterator<Item = &mut Place> {
        let registrations = &self.registrations;
        self.places
            .iter_mut()
            .enumerate()
            .filter(|(i, _)| registrations.binary_search(&(*i as u16)).is_ok())
            .map(|(_, p)| p)
    }

    /// The nearest BCP from `from` for which `ok` holds.
    #[inline]
    pub(super) fn nearest_bcp(&self, from: u16, ok: impl Fn(u16) -> bool) -> Option<u16> {
        self.bcps_by_distance[from as usize]
            .iter()
            .copied()
            .find(|&b| ok(b))
    }

    /// The nearest green border from `from`.
    pub(super) fn nearest_green(&self, from: u16) -> Option<u16> {
        self.nearest_green[from as usize]
    }

    /// The nearest registration point from `from`.
    pub(super) fn nearest_registration(&self, from: u16) -> Option<u16> {
        self.nearest_registration[from as usize]
    }

    /// The nearest exit of `kind` from `from`.
    pub(super) fn nearest_exit(&self, from: u16, kind: ExitKind) -> Option<u16> {
        self.nearest_exit[matches!(kind, ExitKind::Return) as usize][from as usize]
    }

    /// Whether the queue of a BCP (or registration point) is at its limit.
    #[inline]
    pub(super) fn full(&self, at: u16) -> bool {
        let limit = self.services[at as usize]
            .as_ref()
            .and_then(|d| d.queue_limit);
        limit.is_some_and(|l| self.places[at as usize].waiting >= l)
    }

    /// Whether a BCP takes people heading for it now: open, and its queue under its limit.
    #[inline]
    pub(super) fn accepts(&self, at: u16) -> bool {
        self.places[at as usize].open && !self.full(at)
    }

    /// Languages the staff of a station speak, by language index.
    pub(super) fn speaks(&self, at: u16) -> Option<&[bool]> {
        self.services[at as usize].as_ref().map(|d| &d.speaks[..])
    }

    /// Sets a BCP's servers for the shift in force at local time `tod` and the officers
    /// added by decisions.
    pub(super) fn set_servers(&mut self, at: u16, tod: i64) {
        let Some(def) = &self.services[at as usize] else {
            return;
        };
        if def.shifts.is_empty() {
            return;
        }
        let current = def
            .shifts
            .iter()
            .rev()
            .find(|(from, _)| *from <= tod)
            .or(def.shifts.last())
            .map_or(0, |s| s.1);
        let place = &mut self.places[at as usize];
        let officers = (i64::from(current) + i64::from(place.extra_officers)).max(0) as u32;
        place.servers = officers.min(def.lanes);
    }

    /// How long after local time `tod` a BCP with more than one shift changes shift.
    pub(super) fn next_shift(&self, at: u16, tod: i64) -> Option<i64> {
        let def = self.services[at as usize].as_ref()?;
        if def.shifts.len() < 2 {
            return None;
        }
        let next = def
            .shifts
            .iter()
            .map(|(from, _)| *from)
            .find(|from| *from > tod)
            .unwrap_or(def.shifts[0].0 + DAY_MS);
        Some(next - tod)
    }

    /// A person joins the queue at `at` now.
    pub(super) fn enqueue(
        &mut self,
        at: u16,
        person: Entity,
        language: u8,
        now: i64,
        calendar: &Calendar,
    ) {
        self.touch_shelter(at, now, calendar);
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
        self.touch_shelter(at, now, calendar);
    }

    /// Takes the next person who can be served now at `at` and starts their service:
    /// FIFO at a BCP; at registration, the longest-waiting person whose language is spoken
    /// or has an interpreter free (on site first, then remote). Returns who, the
    /// interpreter they hold and how long their service takes; none while no server is
    /// free or nobody can be served.
    ///
    /// Inlined: every call but one of each service finds no server free or nobody waiting,
    /// and answers that without the cost of a call.
    #[inline]
    pub(super) fn serve_next(
        &mut self,
        at: u16,
        interpreters: &mut Interpreters,
        now: i64,
        calendar: &Calendar,
    ) -> Option<(Waiting, u8, i64)> {
        let place = &self.places[at as usize];
        if place.busy >= place.servers || place.waiting == 0 {
            return None;
        }
        self.start_service(at, interpreters, now, calendar)
    }

    /// Starts the service of the next person who can be served at `at`, a server being free
    /// and somebody waiting (`serve_next`).
    fn start_service(
        &mut self,
        at: u16,
        interpreters: &mut Interpreters,
        now: i64,
        calendar: &Calendar,
    ) -> Option<(Waiting, u8, i64)> {
        let (waiting, interpreter) = self.next_to_serve(at, interpreters)?;
        let def = self.services[at as usize].as_mut()?;
        let mut ms = sample_ms(&def.service, &mut def.rng);
        if interpreter == 0
            && !def.speaks[waiting.language as usize]
            && let WithoutInterpreter::Slower(f) = def.without_interpreter
        {
            ms = round_ms(ms as f64 * f);
        }
        self.touch_shelter(at, now, calendar);
        let place = &mut self.places[at as usize];
        place.touch_queue(now);
        // One fewer waiting cannot raise the peak outdoors, and the integrals are already
        // up to `now`: no second `touch_shelter` is needed.
        place.waiting -= 1;
        place.busy += 1;
        place.stats.record_wait(now - waiting.since);
        Some((waiting, interpreter, ms))
    }

    fn next_to_serve(&mut self, at: u16, interpreters: &mut Interpreters) -> Option<(Waiting, u8)> {
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
                ON_SITE
            } else if interpreters.remote_free(lang) {
                REMOTE
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
        interpreters.take(interpreter, lang, place);
        place.by_language[lang]
            .pop_front()
            .map(|w| (w, interpreter))
    }

    /// Everyone queued at `at` leaves the queue now (a BCP that closed).
    pub(super) fn drain_queue(&mut self, at: u16, now: i64, calendar: &Calendar) -> Vec<Waiting> {
        self.touch_shelter(at, now, calendar);
        let place = &mut self.places[at as usize];
        place.touch_queue(now);
        let waiting: Vec<_> = place.queue.drain(..).collect();
        place.waiting = 0;
        self.touch_shelter(at, now, calendar);
        waiting
    }

    /// One more person waits at a transit place for onward transport.
    pub(super) fn enter_transit(&mut self, at: u16, now: i64, calendar: &Calendar) {
        self.touch_shelter(at, now, calendar);
        let place = &mut self.places[at as usize];
        place.touch_occupancy(now);
        place.occupied += 1;
        place.stats.arrived += 1;
        place.stats.peak_occupancy = place.stats.peak_occupancy.max(place.occupied);
        self.touch_shelter(at, now, calendar);
    }

    /// `n` people leave a transit place on a vehicle.
    pub(super) fn leave_transit(&mut self, at: u16, n: u32, now: i64, calendar: &Calendar) {
        self.touch_shelter(at, now, calendar);
        let place = &mut self.places[at as usize];
        place.touch_occupancy(now);
        place.occupied -= n;
        for _ in 0..n {
            place.note_processed(now);
        }
        self.touch_shelter(at, now, calendar);
    }

    /// A green-border crossing at `at`: none where no green border is; otherwise when the
    /// person is found (none: never).
    pub(super) fn cross_green(&mut self, at: u16) -> Option<Option<i64>> {
        let g = self.green[at as usize].as_mut()?;
        Some((unit(&mut g.rng) < g.detected).then(|| sample_ms(&g.delay, &mut g.rng)))
    }

    /// Brings a place's outdoors integrals up to `now` and its peak up to date: call before
    /// and after the number waiting there changes (nothing to do where nobody is counted
    /// outdoors).
    ///
    /// Inlined: it runs two or three times for each person queued, and most crossings count
    /// nobody outdoors.
    #[inline]
    pub(super) fn touch_shelter(&mut self, at: u16, now: i64, calendar: &Calendar) {
        if self.places[at as usize].shelter.is_some() {
            self.touch_sheltered(at, now, calendar);
        }
    }

    /// `touch_shelter` where people beyond the shelter wait outdoors.
    fn touch_sheltered(&mut self, at: u16, now: i64, calendar: &Calendar) {
        let place = &mut self.places[at as usize];
        let over = place.waiting_outdoors();
        let since = place.stats.outdoors_since;
        let (day, night) = if over > 0 && now > since {
            (now - since, calendar.night_overlap(since, now))
        } else {
            (0, 0)
        };
        let stats = &mut place.stats;
        stats.outdoors_area += i128::from(over) * i128::from(day);
        stats.outdoors_night_area += i128::from(over) * i128::from(night);
        stats.outdoors_since = now;
        stats.peak_outdoors = stats.peak_outdoors.max(over);
    }

    /// Brings every place's time integrals (outdoors, queue, occupancy) up to `now`.
    pub(super) fn touch_all(&mut self, now: i64, calendar: &Calendar) {
        for at in 0..self.places.len() as u16 {
            self.touch_shelter(at, now, calendar);
        }
        for place in &mut self.places {
            place.touch_queue(now);
            place.touch_occupancy(now);
        }
    }

    /// The random streams of the services, then of the green borders, in location order.
    pub(super) fn streams(&self) -> (Vec<&ChaCha8Rng>, Vec<&ChaCha8Rng>) {
        (
            self.services.iter().flatten().map(|d| &d.rng).collect(),
            self.green.iter().flatten().map(|g| &g.rng).collect(),
        )
    }

    /// The same streams, to put saved positions back.
    pub(super) fn streams_mut(&mut self) -> (Vec<&mut ChaCha8Rng>, Vec<&mut ChaCha8Rng>) {
        (
            self.services
                .iter_mut()
                .flatten()
                .map(|d| &mut d.rng)
                .collect(),
            self.green
                .iter_mut()
                .flatten()
                .map(|g| &mut g.rng)
                .collect(),
        )
    }

    /// Whether saved places fit the scenario's; why not.
    pub(super) fn fits(&self, places: &[Place]) -> Result<(), &'static str> {
        if places.len() != self.places.len() {
            return Err("the places, fleets or arrival sources differ from the scenario's");
        }
        for (saved, built) in places.iter().zip(&self.places) {
            if saved.role != built.role
                || saved.by_language.len() != built.by_language.len()
                || saved.interpreters_free.len() != built.interpreters_free.len()
            {
                return Err("a place differs from the scenario's");
            }
        }
        Ok(())
    }

    /// Puts saved places back (`fits` checked).
    pub(super) fn restore(&mut self, places: Vec<Place>) {
        self.places = places;
    }
}
