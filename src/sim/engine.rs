//! The engine: the World of people, the places, the event queue and the random streams,
//! advanced one event at a time by a plain loop (no schedule per event: far too costly).

use std::collections::{BTreeMap, VecDeque};

use bevy_ecs::entity::Entity;
use bevy_ecs::world::World;
use rand::rngs::ChaCha8Rng;

use super::components::{ExitRecord, Person, Stage};
use super::demography::Demography;
use super::events::{Event, EventQueue};
use super::network::Network;
use super::passages::Passage;
use super::places::{Place, Role};
use super::rng::{cumulate, stream};
use super::series::Series;
use crate::scenario::{
    Distribution, ExitKind, LocationKind, Rate, Referral, Scenario, Surge, Vulnerability,
    WithoutInterpreter,
};

const HOUR_MS: f64 = 3_600_000.0;
pub(super) const DAY_MS: i64 = 86_400_000;

/// An arrival source: one arrival profile.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub(super) struct Source {
    pub at: u16,
    /// Index of `at` among the entry points (`Series::entries`).
    pub entry: usize,
    /// (from ms, people per ms), increasing.
    pub steps: Vec<(i64, f64)>,
    pub surges: Vec<SourceSurge>,
    #[serde(with = "super::checkpoint::rng_state")]
    pub rng: ChaCha8Rng,
    #[serde(with = "super::checkpoint::rng_state")]
    pub cohort_rng: ChaCha8Rng,
    /// Sex and age draws (`demography/<at>`): a stream of its own, so scenarios that give
    /// no shares draw exactly the numbers they drew before.
    #[serde(with = "super::checkpoint::rng_state")]
    pub demography_rng: ChaCha8Rng,
}

// ChaCha8Rng is not `Clone`: a copy is rebuilt from the stream's position.
impl Clone for Source {
    fn clone(&self) -> Self {
        let copy = |rng: &ChaCha8Rng| super::checkpoint::RngState::of(rng).rng();
        Source {
            at: self.at,
            entry: self.entry,
            steps: self.steps.clone(),
            surges: self.surges.clone(),
            rng: copy(&self.rng),
            cohort_rng: copy(&self.cohort_rng),
            demography_rng: copy(&self.demography_rng),
        }
    }
}

/// A group arriving over a period at a source: from the scenario, or from a surge inject.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub(super) struct SourceSurge {
    /// Start (ms).
    pub at: i64,
    pub people: u32,
    /// Spread over (ms).
    pub over: i64,
    /// Everyone of this nationality (cohort index); `None` draws from the mix.
    pub nationality: Option<u8>,
}

impl SourceSurge {
    fn from_scenario(s: &Surge) -> Self {
        SourceSurge {
            at: s.at.millis(),
            people: s.people,
            over: s.over.millis(),
            nationality: None,
        }
    }
}

/// Static data of a BCP or registration point.
#[derive(Debug)]
pub(super) struct ServiceDef {
    pub service: Distribution,
    pub lanes: u32,
    /// (from ms of day, officers), increasing.
    pub shifts: Vec<(i64, u32)>,
    pub queue_limit: Option<u32>,
    /// Languages the staff speak (registration).
    pub speaks: Vec<bool>,
    pub without_interpreter: WithoutInterpreter,
    pub rng: ChaCha8Rng,
}

/// Static data of a reception site.
#[derive(Debug)]
pub(super) struct SiteDef {
    pub stay: Distribution,
    pub rng: ChaCha8Rng,
}

/// A bus fleet's live state.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub(super) struct Fleet {
    pub idle: u32,
    /// Buses broken down on the road: taken out of service when they return.
    pub owed: u32,
    pub capacity: u32,
    pub max_wait: i64,
    /// Vehicles in service: the scenario's count, plus those added, less those broken down.
    pub size: u32,
    /// Vehicles that broke down since the start.
    pub broken: u32,
}

/// The simulation core: knows nothing of files, terminals or reports.
pub struct Engine {
    pub(super) world: World,
    pub(super) queue: EventQueue,
    pub(super) now: i64,
    pub(super) scenario: Scenario,
    pub(super) seed: u64,
    pub(super) network: Network,
    pub(super) places: Vec<Place>,
    pub(super) services: Vec<Option<ServiceDef>>,
    pub(super) sites: Vec<Option<SiteDef>>,
    pub(super) green: Vec<Option<(f64, Distribution, ChaCha8Rng)>>,
    pub(super) bcps: Vec<u16>,
    pub(super) registrations: Vec<u16>,
    pub(super) receptions: Vec<u16>,
    pub(super) greens: Vec<u16>,
    /// From each place, the nearest exit onward and the nearest exit for returns (found once:
    /// the network is fixed and exits never close).
    pub(super) nearest_exit: [Vec<Option<u16>>; 2],
    pub(super) sources: Vec<Source>,
    pub(super) nationality_cum: Vec<f64>,
    pub(super) language_cum: Vec<(Vec<f64>, Vec<u8>)>,
    pub(super) vulnerable: Vec<(Vulnerability, f64)>,
    /// Per nationality, how sex and age are drawn.
    pub(super) demography: Vec<Demography>,
    pub(super) languages: Vec<String>,
    pub(super) remote_free: Vec<u32>,
    /// Interpreters of each language who drop out when they next finish (a shortage inject
    /// that found them working).
    pub(super) interpreters_owed: Vec<u32>,
    pub(super) referrals: Vec<(Referral, ChaCha8Rng)>,
    pub(super) outcome_cum: Vec<f64>,
    pub(super) outcome_rng: ChaCha8Rng,
    pub(super) fleets: Vec<Fleet>,
    pub(super) stops: Vec<VecDeque<(Entity, i64)>>,
    pub(super) outdoors: VecDeque<Entity>,
    pub(super) surge_unlocked: bool,
    /// False while the plan requires a reception approval that nobody has given.
    pub(super) reception_approved: bool,
    pub(super) next_serial: u64,
    pub(super) day_offset: i64,
    pub(super) night: (i64, i64),
    pub(super) departed: Vec<ExitRecord>,
    pub(super) totals: Totals,
    pub(super) series: Series,
    pub(super) events_processed: u64,
    pub(super) keep_departures: bool,
    /// Flow monitoring counts (`passages.rs`), kept with the exit records.
    pub(super) passages: BTreeMap<Passage, u32>,
}

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

impl Engine {
    /// Builds the engine for a validated scenario and a master seed.
    pub fn new(scenario: &Scenario, seed: u64) -> Self {
        let s = scenario.clone();
        let network = Network::new(&s);
        let languages = s.languages();
        let lang_index = |code: &str| languages.iter().position(|l| l == code);
        let n_lang = languages.len();

        let mut places = Vec::new();
        let mut services = Vec::new();
        let mut sites = Vec::new();
        let mut green = Vec::new();
        let (mut bcps, mut registrations, mut receptions, mut greens) =
            (vec![], vec![], vec![], vec![]);
        let mut exits = [vec![], vec![]];
        for (i, loc) in s.locations.iter().enumerate() {
            let idx = i as u16;
            let mut service = None;
            let mut site = None;
            let mut crossing = None;
            let place = match &loc.kind {
                LocationKind::Entry { .. } => Place::new(Role::Entry),
                LocationKind::GreenBorder {
                    detected,
                    detection_delay,
                    ..
                } => {
                    greens.push(idx);
                    crossing = Some((
                        *detected,
                        *detection_delay,
                        stream(seed, &format!("green/{}", loc.id)),
                    ));
                    Place::new(Role::Green)
                }
                LocationKind::Bcp {
                    lanes,
                    shifts,
                    service: dist,
                    queue_limit,
                    open,
                    waiting_area,
                    ..
                } => {
                    bcps.push(idx);
                    service = Some(ServiceDef {
                        service: *dist,
                        lanes: *lanes,
                        shifts: shifts
                            .iter()
                            .map(|s| (i64::from(s.from_hour) * 3_600_000, s.officers))
                            .collect(),
                        queue_limit: *queue_limit,
                        speaks: vec![true; n_lang],
                        without_interpreter: WithoutInterpreter::Wait,
                        rng: stream(seed, &format!("service/{}", loc.id)),
                    });
                    let mut p = Place::new(Role::Bcp);
                    p.open = *open;
                    p.shelter = *waiting_area;
                    p
                }
                LocationKind::Registration {
                    desks,
                    service: dist,
                    languages: spoken,
                    without_interpreter,
                    waiting_area,
                } => {
                    registrations.push(idx);
                    let mut speaks = vec![false; n_lang];
                    for code in spoken {
                        if let Some(l) = lang_index(code) {
                            speaks[l] = true;
                        }
                    }
                    service = Some(ServiceDef {
                        service: *dist,
                        lanes: *desks,
                        shifts: Vec::new(),
                        queue_limit: None,
                        speaks,
                        without_interpreter: *without_interpreter,
                        rng: stream(seed, &format!("service/{}", loc.id)),
                    });
                    let mut p = Place::new(Role::Registration);
                    p.servers = *desks;
                    p.by_language = vec![VecDeque::new(); n_lang];
                    p.interpreters_free = vec![0; n_lang];
                    p.shelter = *waiting_area;
                    p
                }
                LocationKind::Reception {
                    capacity,
                    surge_capacity,
                    stay,
                    open,
                    ..
                } => {
                    receptions.push(idx);
                    site = Some(SiteDef {
                        stay: *stay,
                        rng: stream(seed, &format!("stay/{}", loc.id)),
                    });
                    let mut p = Place::new(Role::Reception);
                    p.capacity = *capacity;
                    p.surge = *surge_capacity;
                    p.open = *open;
                    p
                }
                LocationKind::Exit { outcome, .. } => {
                    exits[matches!(outcome, ExitKind::Return) as usize].push(idx);
                    Place::new(Role::Exit)
                }
                LocationKind::Transit { capacity } => {
                    let mut p = Place::new(Role::Transit);
                    p.capacity = *capacity;
                    p.shelter = Some(*capacity);
                    p
                }
                LocationKind::Hospital { .. } => Place::new(Role::Other),
            };
            places.push(place);
            services.push(service);
            sites.push(site);
            green.push(crossing);
        }

        let mut remote_free = vec![0; n_lang];
        for int in &s.resources.interpreters {
            let Some(l) = lang_index(&int.language) else {
                continue;
            };
            match &int.at {
                None => remote_free[l] += int.count,
                Some(at) => {
                    if let Some(p) = s.locations.iter().position(|loc| &loc.id == at)
                        && let Some(slot) = places[p].interpreters_free.get_mut(l)
                    {
                        *slot += int.count;
                    }
                }
            }
        }

        let location = |id: &str| s.locations.iter().position(|l| l.id == id);
        // Every place people can arrive at, in scenario order: those with an arrival profile
        // and those only a surge inject may bring people to.
        let entries: Vec<u16> = s
            .locations
            .iter()
            .enumerate()
            .filter(|(_, l)| {
                matches!(
                    l.kind,
                    LocationKind::Entry { .. } | LocationKind::GreenBorder { .. }
                )
            })
            .map(|(i, _)| i as u16)
            .collect();
        let sources = s
            .arrivals
            .iter()
            .filter_map(|a| {
                let at = location(&a.at)? as u16;
                let entry = entries.binary_search(&at).ok()?;
                let steps = match &a.rate {
                    Rate::PerHour(r) => vec![(0, r / HOUR_MS)],
                    Rate::Steps(steps) => steps
                        .iter()
                        .map(|(t, r)| (t.millis(), r / HOUR_MS))
                        .collect(),
                };
                Some(Source {
                    at,
                    entry,
                    steps,
                    surges: a.surges.iter().map(SourceSurge::from_scenario).collect(),
                    rng: stream(seed, &format!("arrivals/{}", a.at)),
                    cohort_rng: stream(seed, &format!("cohort/{}", a.at)),
                    demography_rng: stream(seed, &format!("demography/{}", a.at)),
                })
            })
            .collect();

        let nationality_cum = cumulate(s.cohort.nationalities.iter().map(|n| n.share));
        let language_cum = s
            .cohort
            .nationalities
            .iter()
            .map(|n| {
                let codes = n
                    .languages
                    .keys()
                    .map(|c| lang_index(c).unwrap_or(0) as u8)
                    .collect();
                (cumulate(n.languages.values().copied()), codes)
            })
            .collect();
        let vulnerable = s
            .cohort
            .vulnerable
            .iter()
            .map(|(v, share)| (*v, *share))
            .collect();
        let demography = s
            .cohort
            .nationalities
            .iter()
            .map(|n| Demography::new(n, |v| s.cohort.vulnerable.get(&v).copied().unwrap_or(0.0)))
            .collect();
        let o = &s.cohort.outcomes;
        let outcome_cum = cumulate([o.onward, o.asylum, o.return_]);
        let referrals = s
            .referrals
            .iter()
            .map(|r| {
                (
                    r.clone(),
                    stream(seed, &format!("referral/{}", r.vulnerability.id())),
                )
            })
            .collect();
        let fleets = s
            .resources
            .buses
            .iter()
            .map(|b| Fleet {
                idle: b.count,
                owed: 0,
                capacity: b.capacity,
                max_wait: b.max_wait.millis(),
                size: b.count,
                broken: 0,
            })
            .collect();
        let stops = vec![VecDeque::new(); network.stop_defs.len()];
        let day_offset = start_time_of_day(&s.exercise.start);
        let night = (
            i64::from(s.exercise.night.from_hour) * 3_600_000,
            i64::from(s.exercise.night.to_hour) * 3_600_000,
        );
        let totals = Totals {
            arrivals_by_entry: vec![0; entries.len()],
            ..Totals::default()
        };
        let series = Series::new(places.len(), entries);
        let nearest_from = |targets: &[u16]| -> Vec<Option<u16>> {
            (0..places.len() as u16)
                .map(|from| network.nearest(from, targets, |_| true))
                .collect()
        };
        let nearest_exit = [nearest_from(&exits[0]), nearest_from(&exits[1])];

        let mut engine = Engine {
            world: World::new(),
            queue: EventQueue::default(),
            now: 0,
            seed,
            network,
            places,
            services,
            sites,
            green,
            bcps,
            registrations,
            receptions,
            greens,
            nearest_exit,
            sources,
            nationality_cum,
            language_cum,
            vulnerable,
            demography,
            languages,
            interpreters_owed: vec![0; n_lang],
            remote_free,
            referrals,
            outcome_cum,
            outcome_rng: stream(seed, "outcomes"),
            fleets,
            stops,
            outdoors: VecDeque::new(),
            surge_unlocked: false,
            next_serial: 0,
            day_offset,
            night,
            reception_approved: !s.plan.reception_needs_approval,
            departed: Vec::new(),
            totals,
            series,
            events_processed: 0,
            keep_departures: true,
            passages: BTreeMap::new(),
            scenario: s,
        };
        engine.schedule_start();
        engine
    }

    fn schedule_start(&mut self) {
        for station in self.bcps.clone() {
            self.set_servers(station);
            self.schedule_shift_change(station);
        }
        for source in 0..self.sources.len() {
            self.schedule_next_arrival(source as u16, 0);
            for surge in 0..self.sources[source].surges.len() {
                self.schedule_surge(source as u16, surge as u16);
            }
        }
        self.queue.push(0, Event::Sample);
    }

    /// Queues the first arrival of a surge.
    pub(super) fn schedule_surge(&mut self, source: u16, surge: u16) {
        let s = &self.sources[source as usize].surges[surge as usize];
        if s.people > 0 {
            self.queue.push(
                s.at,
                Event::SurgeArrival {
                    source,
                    surge,
                    index: 0,
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

    /// Processes every event with time ≤ `until`, then sets the clock to `until`.
    pub fn advance_to(&mut self, until: i64) {
        while self.queue.peek_time().is_some_and(|t| t <= until) {
            self.step();
        }
        if until > self.now {
            self.now = until;
        }
    }

    /// Processes the next event; returns false when none is pending.
    pub fn step(&mut self) -> bool {
        let Some((time, event)) = self.queue.pop() else {
            return false;
        };
        self.now = time;
        self.events_processed += 1;
        self.handle(event);
        true
    }

    /// Events processed so far.
    pub fn events_processed(&self) -> u64 {
        self.events_processed
    }

    /// Whether to keep a record of every person who leaves (on by default). Replications and
    /// long statistical runs that read only aggregates turn it off to bound memory.
    pub fn keep_departures(&mut self, keep: bool) {
        self.keep_departures = keep;
    }

    /// The master seed.
    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// Language codes, in the order of `Person::language`.
    pub fn languages(&self) -> &[String] {
        &self.languages
    }

    /// The scenario being run.
    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    fn handle(&mut self, event: Event) {
        match event {
            Event::Arrival { source } => {
                self.spawn_arrival(source, None);
                self.schedule_next_arrival(source, self.now);
            }
            Event::SurgeArrival {
                source,
                surge,
                index,
            } => {
                let s = &self.sources[source as usize].surges[surge as usize];
                let (nationality, people) = (s.nationality, s.people);
                let t = s.at + s.over * i64::from(index + 1) / i64::from(people);
                self.spawn_arrival(source, nationality);
                let next = index + 1;
                if next < people {
                    self.queue.push(
                        t,
                        Event::SurgeArrival {
                            source,
                            surge,
                            index: next,
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
                // Despawns leave removal records behind; nothing reads them, so drop them.
                self.world.clear_trackers();
                let every = self.scenario.exercise.sample_every.millis();
                self.queue.push(self.now + every, Event::Sample);
            }
        }
    }

    /// Draws the next Poisson arrival after `from` by inverting the cumulative rate of the
    /// piecewise-constant profile; nothing is scheduled when the rate stays zero.
    fn schedule_next_arrival(&mut self, source: u16, from: i64) {
        let src = &mut self.sources[source as usize];
        let mut need: f64 = rand_distr::Distribution::sample(&rand_distr::Exp1, &mut src.rng);
        let mut t = from;
        let mut i = src.steps.iter().rposition(|&(start, _)| start <= t);
        loop {
            let rate = i.map_or(0.0, |i| src.steps[i].1);
            let next_i = i.map_or(0, |i| i + 1);
            let end = src.steps.get(next_i).map(|&(start, _)| start);
            if rate > 0.0 {
                let dt = need / rate;
                if end.is_none_or(|e| (t as f64 + dt) < e as f64) {
                    let at = t + dt.round() as i64;
                    self.queue.push(at.max(from), Event::Arrival { source });
                    return;
                }
            }
            let Some(end) = end else { return };
            need -= rate * (end - t) as f64;
            t = end;
            i = Some(next_i);
        }
    }

    /// Sets a BCP's servers for the shift in force now and the officers added by decisions.
    pub(super) fn set_servers(&mut self, station: u16) {
        let Some(def) = &self.services[station as usize] else {
            return;
        };
        if def.shifts.is_empty() {
            return;
        }
        let tod = self.time_of_day();
        let current = def
            .shifts
            .iter()
            .rev()
            .find(|(from, _)| *from <= tod)
            .or(def.shifts.last())
            .map_or(0, |s| s.1);
        let place = &mut self.places[station as usize];
        let officers = (i64::from(current) + i64::from(place.extra_officers)).max(0) as u32;
        place.servers = officers.min(def.lanes);
    }

    /// Schedules the next shift start of a BCP that has more than one shift.
    fn schedule_shift_change(&mut self, station: u16) {
        let Some(def) = &self.services[station as usize] else {
            return;
        };
        if def.shifts.len() < 2 {
            return;
        }
        let tod = self.time_of_day();
        let next = def
            .shifts
            .iter()
            .map(|(from, _)| *from)
            .find(|from| *from > tod)
            .unwrap_or(def.shifts[0].0 + DAY_MS);
        self.queue
            .push(self.now + (next - tod), Event::ShiftChange { station });
    }

    /// Local time of day now (ms since midnight).
    pub(super) fn time_of_day(&self) -> i64 {
        (self.now + self.day_offset).rem_euclid(DAY_MS)
    }

    /// Whether local time-of-day `tod` (ms) is at night.
    pub(super) fn is_night(&self, tod: i64) -> bool {
        let (from, to) = self.night;
        if from <= to {
            tod >= from && tod < to
        } else {
            tod >= from || tod < to
        }
    }

    /// Milliseconds of night between simulated times a and b.
    pub(super) fn night_overlap(&self, a: i64, b: i64) -> i64 {
        let mut total = 0;
        let mut t = a;
        while t < b {
            let tod = (t + self.day_offset).rem_euclid(DAY_MS);
            // Walk to the next boundary (hour of night start/end or midnight).
            let (from, to) = self.night;
            let mut boundary = DAY_MS;
            for edge in [from, to] {
                if edge > tod && edge < boundary {
                    boundary = edge;
                }
            }
            let step = (boundary - tod).min(b - t);
            if self.is_night(tod) {
                total += step;
            }
            t += step;
        }
        total
    }

    /// Brings the outdoors integrals up to now; call before the outdoors count changes.
    pub(super) fn touch_outdoors(&mut self) {
        let (since, now) = (self.totals.outdoors_since, self.now);
        if now > since && self.totals.outdoors > 0 {
            let n = i128::from(self.totals.outdoors);
            self.totals.outdoors_area += n * i128::from(now - since);
            self.totals.outdoors_night_area += n * i128::from(self.night_overlap(since, now));
        }
        self.totals.outdoors_since = now;
    }

    /// Brings a place's outdoors integrals up to now and its peak up to date: call before
    /// and after the number waiting there changes (nothing to do where nobody is counted
    /// outdoors).
    pub(super) fn touch_shelter(&mut self, at: u16) {
        let place = &self.places[at as usize];
        if place.shelter.is_none() {
            return;
        }
        let over = place.waiting_outdoors();
        let (since, now) = (place.stats.outdoors_since, self.now);
        let (day, night) = if over > 0 && now > since {
            (now - since, self.night_overlap(since, now))
        } else {
            (0, 0)
        };
        let stats = &mut self.places[at as usize].stats;
        stats.outdoors_area += i128::from(over) * i128::from(day);
        stats.outdoors_night_area += i128::from(over) * i128::from(night);
        stats.outdoors_since = now;
        stats.peak_outdoors = stats.peak_outdoors.max(over);
    }

    /// Counts of people by state (`Stage::NAMES` order), counted over the World.
    pub fn count_by_stage(&mut self) -> [u64; 8] {
        let mut counts = [0; 8];
        for stage in self.world.query::<&Stage>().iter(&self.world) {
            counts[stage.index()] += 1;
        }
        counts
    }

    /// Everyone in the system now, in entity order.
    pub fn living(&mut self) -> Vec<Person> {
        let mut people: Vec<(Entity, Person)> = self
            .world
            .query::<(Entity, &Person)>()
            .iter(&self.world)
            .map(|(e, p)| (e, *p))
            .collect();
        people.sort_unstable_by_key(|(e, _)| e.to_bits());
        people.into_iter().map(|(_, p)| p).collect()
    }

    /// A person's attributes (for tests and inspectors).
    pub fn person(&self, e: Entity) -> Option<Person> {
        self.world.get::<Person>(e).copied()
    }
}

/// Time of day of T+0 in ms, from `"YYYY-MM-DDTHH:MM"`.
fn start_time_of_day(start: &str) -> i64 {
    jiff::civil::DateTime::strptime("%Y-%m-%dT%H:%M", start)
        .map(|dt| i64::from(dt.hour()) * 3_600_000 + i64::from(dt.minute()) * 60_000)
        .unwrap_or(0)
}
