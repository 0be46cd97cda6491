//! The live state of each place: queues, servers, beds, and the statistics kept as people
//! pass through.

use std::collections::VecDeque;

use bevy_ecs::entity::Entity;

/// A person waiting in a queue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct Waiting {
    /// Arrival order at this queue, for FIFO across sub-queues.
    pub seq: u64,
    /// Who (a placeholder in a checkpoint).
    #[serde(with = "super::checkpoint::placeholder")]
    pub person: Entity,
    /// Since when (ms).
    pub since: i64,
    /// The person's language (kept here so starting service needs no look-up).
    pub language: u8,
}

/// What kind of place, as far as the flow is concerned. Written (JSON, CSV, the console) as
/// its id: `entry`, `green_border`, `bcp`, `registration`, `transit`, `reception`, `exit` or
/// `other`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Where people appear.
    Entry,
    /// Unofficial crossing.
    #[serde(rename = "green_border")]
    Green,
    /// Border crossing point.
    Bcp,
    /// Registration and identification.
    Registration,
    /// Where people wait for onward transport, under shelter up to its capacity.
    Transit,
    /// Beds.
    Reception,
    /// Exit from the system.
    Exit,
    /// Anything else (a hospital): a waypoint.
    Other,
}

impl Role {
    /// The id it is written as.
    pub fn id(self) -> &'static str {
        match self {
            Role::Entry => "entry",
            Role::Green => "green_border",
            Role::Bcp => "bcp",
            Role::Registration => "registration",
            Role::Transit => "transit",
            Role::Reception => "reception",
            Role::Exit => "exit",
            Role::Other => "other",
        }
    }
}

impl std::fmt::Display for Role {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}

/// Running statistics of a place.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct PlaceStats {
    /// People who arrived here.
    pub arrived: u64,
    /// People whose service started (BCP, registration).
    pub started: u64,
    /// People whose service ended.
    pub processed: u64,
    /// Sum of waiting times of those whose service started (ms).
    pub wait_sum: i64,
    /// Those of them who did not wait at all.
    pub wait_zero: u64,
    /// Histogram of the waits under ten minutes by whole second (above zero).
    pub wait_seconds: Vec<u32>,
    /// Histogram of the waits of ten minutes or more by whole minute.
    pub wait_minutes: Vec<u32>,
    /// Longest queue seen.
    pub max_queue: u32,
    /// Integral of the queue length over time (person-ms).
    pub queue_area: i128,
    /// When `queue_area` was last brought up to date.
    pub queue_since: i64,
    /// Highest occupancy seen (reception).
    pub peak_occupancy: u32,
    /// Integral of occupancy over time (person-ms).
    pub occupancy_area: i128,
    /// When `occupancy_area` was last brought up to date.
    pub occupancy_since: i64,
    /// Most people waiting here outdoors at once (over its shelter).
    pub peak_outdoors: u32,
    /// Integral of the people waiting here outdoors over time (person-ms).
    pub outdoors_area: i128,
    /// The part of it at night (person-ms).
    pub outdoors_night_area: i128,
    /// When the outdoors integrals were last brought up to date.
    pub outdoors_since: i64,
}

/// Waits under this long are kept by the second, longer ones by the minute (ms).
const FINE_WAIT_MS: i64 = 600_000;

impl PlaceStats {
    /// Records a wait at the start of service.
    pub fn record_wait(&mut self, ms: i64) {
        self.started += 1;
        self.wait_sum += ms;
        let (bins, bin) = match ms {
            ..=0 => {
                self.wait_zero += 1;
                return;
            }
            1..FINE_WAIT_MS => (&mut self.wait_seconds, (ms / 1_000) as usize),
            _ => (&mut self.wait_minutes, (ms / 60_000) as usize),
        };
        if bins.len() <= bin {
            bins.resize(bin + 1, 0);
        }
        bins[bin] += 1;
    }

    /// The p-quantile (0–1) of waits, in minutes: exactly 0 when at least that share did
    /// not wait at all, else the upper edge of its bin — to the second under ten minutes,
    /// to the minute above.
    pub fn wait_quantile_min(&self, p: f64) -> f64 {
        let count = |bins: &[u32]| bins.iter().map(|&c| u64::from(c)).sum::<u64>();
        let total = self.wait_zero + count(&self.wait_seconds) + count(&self.wait_minutes);
        if total == 0 {
            return 0.0;
        }
        let rank = (p * total as f64).ceil().max(1.0) as u64;
        let mut seen = self.wait_zero;
        if seen >= rank {
            return 0.0;
        }
        for (second, &n) in self.wait_seconds.iter().enumerate() {
            seen += u64::from(n);
            if seen >= rank {
                return (second + 1) as f64 / 60.0;
            }
        }
        for (minute, &n) in self.wait_minutes.iter().enumerate() {
            seen += u64::from(n);
            if seen >= rank {
                return (minute + 1) as f64;
            }
        }
        self.wait_minutes.len() as f64
    }
}

/// The live state of one place.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct Place {
    /// Its role in the flow.
    pub role: Role,
    /// Open for new people.
    pub open: bool,
    /// Servers working now (BCP: min(lanes, officers); registration: desks).
    pub servers: u32,
    /// Servers busy.
    pub busy: u32,
    /// Officers added by decisions (may be negative for a shortage).
    pub extra_officers: i32,
    /// FIFO queue (BCP).
    pub queue: VecDeque<Waiting>,
    /// Queues by language (registration).
    pub by_language: Vec<VecDeque<Waiting>>,
    /// People waiting in all queues here.
    pub waiting: u32,
    /// Next arrival order number for `Waiting::seq`.
    pub next_seq: u64,
    /// On-site interpreters free, by language.
    pub interpreters_free: Vec<u32>,
    /// Beds in normal operation.
    pub capacity: u32,
    /// Extra beds once surge capacity is unlocked.
    pub surge: u32,
    /// Beds taken.
    pub occupied: u32,
    /// Beds promised to people on their way.
    pub reserved: u32,
    /// People who registered here waiting outdoors for a bed (a count of `Stage::Outdoors`
    /// at this place, kept for situation reports).
    pub outdoors: u32,
    /// How many of the people waiting here are under shelter (a transit's capacity, a
    /// waiting area a crossing or registration point declares); the rest wait outdoors.
    /// `None`: nobody here is counted outdoors.
    pub shelter: Option<u32>,
    /// Statistics.
    pub stats: PlaceStats,
    /// When each of the people processed in the last simulated hour was processed (ms),
    /// oldest first: the "/h" a front end shows. Derived from the history, so outside the
    /// state digest.
    pub recent: VecDeque<i64>,
}

/// One simulated hour (ms).
const HOUR_MS: i64 = 3_600_000;

impl Place {
    /// An empty place with a role.
    pub fn new(role: Role) -> Self {
        Place {
            role,
            open: true,
            servers: 0,
            busy: 0,
            extra_officers: 0,
            queue: VecDeque::new(),
            by_language: Vec::new(),
            waiting: 0,
            next_seq: 0,
            interpreters_free: Vec::new(),
            capacity: 0,
            surge: 0,
            occupied: 0,
            reserved: 0,
            outdoors: 0,
            shelter: None,
            stats: PlaceStats::default(),
            recent: VecDeque::new(),
        }
    }

    /// One more person processed at `now`: counted, and kept for the last hour's count.
    pub fn note_processed(&mut self, now: i64) {
        self.stats.processed += 1;
        self.recent.push_back(now);
        while self.recent.front().is_some_and(|&t| t <= now - HOUR_MS) {
            self.recent.pop_front();
        }
    }

    /// People processed after `now` − 1 h and up to `now`.
    pub fn processed_last_hour(&self, now: i64) -> u64 {
        self.recent.iter().filter(|&&t| t > now - HOUR_MS).count() as u64
    }

    /// Brings the queue-length integral up to `now`; call before the queue changes.
    pub fn touch_queue(&mut self, now: i64) {
        self.stats.queue_area +=
            i128::from(self.waiting) * i128::from(now - self.stats.queue_since);
        self.stats.queue_since = now;
    }

    /// Brings the occupancy integral up to `now`; call before occupancy changes.
    pub fn touch_occupancy(&mut self, now: i64) {
        self.stats.occupancy_area +=
            i128::from(self.occupied) * i128::from(now - self.stats.occupancy_since);
        self.stats.occupancy_since = now;
    }

    /// People waiting here now beyond its shelter: a transit's waiting passengers over its
    /// capacity, a queue over its waiting area.
    pub fn waiting_outdoors(&self) -> u32 {
        let Some(shelter) = self.shelter else {
            return 0;
        };
        self.waiting_here().saturating_sub(shelter)
    }

    /// People waiting here now: a transit's passengers waiting for a vehicle, a crossing's
    /// or registration point's queue.
    pub fn waiting_here(&self) -> u32 {
        match self.role {
            Role::Transit => self.occupied,
            Role::Entry
            | Role::Green
            | Role::Bcp
            | Role::Registration
            | Role::Reception
            | Role::Exit
            | Role::Other => self.waiting,
        }
    }

    /// Beds usable now.
    pub fn beds(&self, surge_unlocked: bool) -> u32 {
        if surge_unlocked {
            self.capacity + self.surge
        } else {
            self.capacity
        }
    }

    /// Whether a bed can be promised now.
    pub fn has_bed(&self, surge_unlocked: bool) -> bool {
        self.open && self.occupied + self.reserved < self.beds(surge_unlocked)
    }
}

#[cfg(test)]
mod tests {
    use super::{PlaceStats, Role};

    #[test]
    fn nobody_waiting_is_an_exact_zero_and_short_waits_are_kept_to_the_second() {
        let mut stats = PlaceStats::default();
        assert_eq!(stats.wait_quantile_min(0.95), 0.0);
        for _ in 0..100 {
            stats.record_wait(0);
        }
        assert_eq!(stats.wait_quantile_min(0.95), 0.0);
        for _ in 0..100 {
            stats.record_wait(29_500);
        }
        assert_eq!(
            stats.wait_quantile_min(0.95),
            0.5,
            "30 s, not a whole minute"
        );
        for _ in 0..1_000 {
            stats.record_wait(90 * 60_000 + 1);
        }
        assert_eq!(stats.wait_quantile_min(0.95), 91.0);
    }

    #[test]
    fn a_role_is_written_as_its_id_everywhere() {
        let all = [
            Role::Entry,
            Role::Green,
            Role::Bcp,
            Role::Registration,
            Role::Transit,
            Role::Reception,
            Role::Exit,
            Role::Other,
        ];
        for role in all {
            let json = serde_json::to_string(&role).expect("a role serialises");
            assert_eq!(json, format!("\"{}\"", role.id()));
            assert_eq!(role.to_string(), role.id());
        }
        assert_eq!(Role::Green.id(), "green_border");
    }
}
