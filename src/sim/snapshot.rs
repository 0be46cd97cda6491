//! What the console and reports read: aggregates the engine keeps up to date, never a walk
//! over every person.

use std::collections::BTreeMap;

use serde::Serialize;

use super::components::{Departure, Stage};
use super::engine::Engine;
use super::places::Role;
use super::series::SamplePoint;
use crate::scenario::Vulnerability;

const HOUR_MS: f64 = 3_600_000.0;

/// One place, as seen now.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlaceView {
    /// Location id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// What kind of place it is.
    pub role: Role,
    /// Open for new people.
    pub open: bool,
    /// People who arrived here so far.
    pub arrived: u64,
    /// People whose service started so far (the count behind `mean_wait_min`).
    pub served: u64,
    /// People processed (service ended, or stay ended) so far.
    pub processed: u64,
    /// People processed in the last simulated hour: after now − 1 h, up to now. A state of
    /// the simulation, so live, resumed and replayed views of one instant agree. A view
    /// for the console; not in the run summary.
    #[serde(skip)]
    pub processed_last_hour: u64,
    /// Waiting in the queue now.
    pub queue: u32,
    /// Being served now.
    pub in_service: u32,
    /// Servers working now (lanes with officers, desks).
    pub servers: u32,
    /// Longest queue so far.
    pub max_queue: u32,
    /// Time-average queue length so far.
    pub mean_queue: f64,
    /// Mean wait in queue of those served so far (minutes).
    pub mean_wait_min: f64,
    /// 95th percentile of that wait (minutes, to the minute).
    pub p95_wait_min: f64,
    /// Beds taken now (a transit: people waiting there for onward transport).
    pub occupancy: u32,
    /// Beds usable now (a transit: how many it shelters).
    pub capacity: u32,
    /// Most beds taken at once so far (a transit: most people waiting there at once).
    pub peak_occupancy: u32,
    /// People waiting here outdoors now: over a transit's capacity, or queuing beyond the
    /// waiting area a crossing or registration point declares.
    pub outdoors: u32,
    /// Most people waiting here outdoors at once so far.
    pub peak_outdoors: u32,
    /// Person-hours spent waiting here outdoors so far.
    pub person_hours_outdoors: f64,
    /// The part of those at night.
    pub person_hours_outdoors_night: f64,
}

/// Totals over the whole system.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TotalsView {
    /// People who arrived.
    pub arrivals: u64,
    /// People in the system now (counted over the World).
    pub in_system: u64,
    /// People who left, by how.
    pub departed: BTreeMap<Departure, u64>,
    /// People waiting outdoors now.
    pub outdoors: u32,
    /// Most people outdoors at once.
    pub peak_outdoors: u32,
    /// Person-hours spent outdoors waiting for a place.
    pub person_hours_outdoors: f64,
    /// The part of those at night.
    pub person_hours_outdoors_night: f64,
    /// People waiting outdoors now for transport or in a queue, beyond the shelter of the
    /// place they wait at (not counted in `outdoors`, which is people waiting for a bed).
    pub waiting_outdoors: u32,
    /// Person-hours spent waiting outdoors for transport or in a queue.
    pub person_hours_waiting_outdoors: f64,
    /// The part of those at night.
    pub person_hours_waiting_outdoors_night: f64,
    /// Arrivals = in system + departed.
    pub conserved: bool,
}

/// Vulnerable persons, by kind.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VulnerableView {
    /// The kind.
    pub kind: Vulnerability,
    /// Identified at registration.
    pub identified: u64,
    /// Handed over within the deadline.
    pub referred_in_time: u64,
    /// Handed over after the deadline.
    pub referred_late: u64,
    /// Being handed over now or not yet handed over.
    pub pending: u64,
    /// No service designated for them.
    pub no_service: u64,
    /// Mean hand-over time of those handed over (minutes).
    pub mean_referral_min: f64,
}

/// Everything the console and reports read at one instant.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Snapshot {
    /// Simulated time (ms).
    pub time_ms: i64,
    /// Each place.
    pub places: Vec<PlaceView>,
    /// Totals.
    pub totals: TotalsView,
    /// People in the system by state (`Stage::NAMES`).
    pub stages: BTreeMap<&'static str, u64>,
    /// Vulnerable persons.
    pub vulnerable: Vec<VulnerableView>,
}

impl Engine {
    /// The aggregates at the current time.
    pub fn snapshot(&mut self) -> Snapshot {
        let now = self.now;
        self.touch_integrals();
        let stage_counts = self.count_by_stage();
        let in_system: u64 = stage_counts.iter().sum();
        let surge = self.reception.surge_unlocked();
        let places: Vec<PlaceView> = self
            .scenario
            .locations
            .iter()
            .zip(self.stations.places())
            .map(|(loc, p)| {
                let s = &p.stats;
                PlaceView {
                    id: loc.id.clone(),
                    name: loc.label().to_string(),
                    role: p.role,
                    open: p.open,
                    arrived: s.arrived,
                    served: s.started,
                    processed: s.processed,
                    processed_last_hour: p.processed_last_hour(now),
                    queue: p.waiting,
                    in_service: p.busy,
                    servers: p.servers,
                    max_queue: s.max_queue,
                    mean_queue: if now > 0 {
                        s.queue_area as f64 / now as f64
                    } else {
                        0.0
                    },
                    mean_wait_min: if s.started > 0 {
                        s.wait_sum as f64 / s.started as f64 / 60_000.0
                    } else {
                        0.0
                    },
                    p95_wait_min: s.wait_quantile_min(0.95),
                    occupancy: p.occupied,
                    capacity: match p.role {
                        Role::Reception => p.beds(surge),
                        Role::Transit => p.capacity,
                        Role::Entry
                        | Role::Green
                        | Role::Bcp
                        | Role::Registration
                        | Role::Exit
                        | Role::Other => 0,
                    },
                    peak_occupancy: s.peak_occupancy,
                    outdoors: p.waiting_outdoors(),
                    peak_outdoors: s.peak_outdoors,
                    person_hours_outdoors: s.outdoors_area as f64 / HOUR_MS,
                    person_hours_outdoors_night: s.outdoors_night_area as f64 / HOUR_MS,
                }
            })
            .collect();
        let referring = self.referrals.pending();
        let t = self.ledger.totals();
        let departed_total: u64 = t.departed.iter().sum();
        let totals = TotalsView {
            arrivals: t.arrivals,
            in_system,
            departed: Departure::ALL
                .iter()
                .map(|d| (*d, t.departed[*d as usize]))
                .collect(),
            outdoors: t.outdoors,
            peak_outdoors: t.peak_outdoors,
            person_hours_outdoors: t.outdoors_area as f64 / HOUR_MS,
            person_hours_outdoors_night: t.outdoors_night_area as f64 / HOUR_MS,
            waiting_outdoors: places.iter().map(|p| p.outdoors).sum(),
            person_hours_waiting_outdoors: places.iter().map(|p| p.person_hours_outdoors).sum(),
            person_hours_waiting_outdoors_night: places
                .iter()
                .map(|p| p.person_hours_outdoors_night)
                .sum(),
            conserved: t.arrivals == in_system + departed_total,
        };
        let vulnerable = Vulnerability::ALL
            .iter()
            .enumerate()
            .filter(|(i, _)| t.identified[*i] > 0)
            .map(|(i, v)| {
                let done = t.referred_in_time[i] + t.referred_late[i];
                VulnerableView {
                    kind: *v,
                    identified: t.identified[i],
                    referred_in_time: t.referred_in_time[i],
                    referred_late: t.referred_late[i],
                    pending: referring[i],
                    no_service: t.not_referred[i],
                    mean_referral_min: if done > 0 {
                        t.referral_ms[i] as f64 / done as f64 / 60_000.0
                    } else {
                        0.0
                    },
                }
            })
            .collect();
        Snapshot {
            time_ms: now,
            places,
            totals,
            stages: Stage::NAMES.iter().copied().zip(stage_counts).collect(),
            vulnerable,
        }
    }

    /// Records a sample of the time series now.
    pub(super) fn sample(&mut self) {
        let surge = self.reception.surge_unlocked();
        let (t, places) = (self.ledger.totals(), self.stations.places());
        let point = SamplePoint {
            t: self.now,
            arrivals: t.arrivals,
            arrivals_by_entry: t.arrivals_by_entry.clone(),
            in_system: self.ledger.in_system(),
            outdoors: t.outdoors,
            queue: places.iter().map(|p| p.waiting).collect(),
            occupancy: places.iter().map(|p| p.occupied).collect(),
            capacity: places
                .iter()
                .map(|p| match p.role {
                    Role::Reception if p.open => p.beds(surge),
                    Role::Transit => p.capacity,
                    _ => 0,
                })
                .collect(),
        };
        self.records.sample(point);
    }

    /// The sampled time series so far.
    pub fn series(&self) -> &super::series::Series {
        self.records.series()
    }

    /// Records of everyone who left so far.
    pub fn departures(&self) -> &[super::components::ExitRecord] {
        self.ledger.departures()
    }
}
