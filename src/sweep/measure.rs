//! What one replication yields: the key metrics of its run, read from the same snapshot
//! `fluxsim run` prints, and its gaps counted by category.

use serde::Serialize;

use crate::Snapshot;
use crate::i18n::Lang;
use crate::scenario::{LocationKind, Scenario};
use crate::tr;
use crate::view::CATEGORIES;

/// A key metric of a run, for the whole system or one place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Metric {
    /// `arrivals`, `exits`, `person_hours_outdoors`, `person_hours_outdoors_night`,
    /// `peak_queue`, `mean_wait_min`, `peak_occupancy`, `referrals` or
    /// `mean_referral_min`.
    pub name: &'static str,
    /// The BCP or reception site it is about (per-place metrics only).
    pub place: Option<String>,
    #[serde(skip)]
    index: Option<usize>,
}

impl Metric {
    fn total(name: &'static str) -> Self {
        Metric {
            name,
            place: None,
            index: None,
        }
    }

    fn at(name: &'static str, id: &str, index: usize) -> Self {
        Metric {
            name,
            place: Some(id.to_string()),
            index: Some(index),
        }
    }

    /// The metric called `name` (about `place`), as a shard names it; None for a name no
    /// sweep reports. It reads no snapshot: a merge only summarises values already read.
    pub fn named(name: &str, place: Option<String>) -> Option<Self> {
        let name = NAMES.into_iter().find(|n| *n == name)?;
        Some(Metric {
            name,
            place,
            index: None,
        })
    }

    /// Its name in the reader's language, as the sweep's table shows it (JSON keeps `name`).
    pub fn label(&self, lang: Lang) -> String {
        let key = match self.name {
            "arrivals" => "sweep-metric-arrivals",
            "exits" => "sweep-metric-exits",
            "person_hours_outdoors" => "sweep-metric-person-hours-outdoors",
            "person_hours_outdoors_night" => "sweep-metric-person-hours-outdoors-night",
            "peak_queue" => "sweep-metric-peak-queue",
            "mean_wait_min" => "sweep-metric-mean-wait",
            "peak_occupancy" => "sweep-metric-peak-occupancy",
            "referrals" => "sweep-metric-referrals",
            "mean_referral_min" => "sweep-metric-mean-referral",
            other => return other.to_string(),
        };
        tr!(lang, key)
    }

    /// Its value in a snapshot; None when it has none (no referral, no mean time).
    fn read(&self, s: &Snapshot) -> Option<f64> {
        let place = self.index.and_then(|i| s.places.get(i));
        let referrals: u64 = s
            .vulnerable
            .iter()
            .map(|v| v.referred_in_time + v.referred_late)
            .sum();
        Some(match self.name {
            "arrivals" => s.totals.arrivals as f64,
            "exits" => s.totals.departed.values().sum::<u64>() as f64,
            "person_hours_outdoors" => s.totals.person_hours_outdoors,
            "person_hours_outdoors_night" => s.totals.person_hours_outdoors_night,
            "peak_queue" => f64::from(place?.max_queue),
            "mean_wait_min" => place?.mean_wait_min,
            "peak_occupancy" => f64::from(place?.peak_occupancy),
            "referrals" => referrals as f64,
            "mean_referral_min" if referrals > 0 => {
                let minutes: f64 = s
                    .vulnerable
                    .iter()
                    .map(|v| v.mean_referral_min * (v.referred_in_time + v.referred_late) as f64)
                    .sum();
                minutes / referrals as f64
            }
            _ => return None,
        })
    }
}

/// Every metric name a sweep reports.
const NAMES: [&str; 9] = [
    "arrivals",
    "exits",
    "person_hours_outdoors",
    "person_hours_outdoors_night",
    "peak_queue",
    "mean_wait_min",
    "peak_occupancy",
    "referrals",
    "mean_referral_min",
];

/// The metrics a sweep of `scenario` reports, in the order it reports them.
pub fn metrics(scenario: &Scenario) -> Vec<Metric> {
    let mut out = vec![
        Metric::total("arrivals"),
        Metric::total("exits"),
        Metric::total("person_hours_outdoors"),
        Metric::total("person_hours_outdoors_night"),
    ];
    let of = |wanted: fn(&LocationKind) -> bool| {
        scenario
            .locations
            .iter()
            .enumerate()
            .filter(move |(_, l)| wanted(&l.kind))
    };
    // Every place people queue at: crossings and registration points.
    let bcp = |k: &LocationKind| {
        matches!(
            k,
            LocationKind::Bcp { .. } | LocationKind::Registration { .. }
        )
    };
    let site = |k: &LocationKind| matches!(k, LocationKind::Reception { .. });
    out.extend(of(bcp).map(|(i, l)| Metric::at("peak_queue", &l.id, i)));
    out.extend(of(bcp).map(|(i, l)| Metric::at("mean_wait_min", &l.id, i)));
    out.extend(of(site).map(|(i, l)| Metric::at("peak_occupancy", &l.id, i)));
    out.push(Metric::total("referrals"));
    out.push(Metric::total("mean_referral_min"));
    out
}

/// What one replication yielded.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Replication {
    /// Its master seed.
    pub seed: u64,
    /// Events the engine processed.
    pub events: u64,
    /// The value of each metric, in the order of [`metrics`] (null: none).
    pub values: Vec<Option<f64>>,
    /// Gaps opened, by category (category n at index n − 1).
    pub gaps: [u32; CATEGORIES],
    /// Whether arrivals = people in the system + people who left, counted over the World.
    pub conserved: bool,
}

impl Replication {
    /// Reads a replication's results from its final snapshot.
    pub fn read(seed: u64, events: u64, metrics: &[Metric], s: &Snapshot) -> Self {
        let mut gaps = [0; CATEGORIES];
        for gap in &s.gaps {
            gaps[gap.category.index()] += 1;
        }
        Replication {
            seed,
            events,
            values: metrics.iter().map(|m| m.read(s)).collect(),
            gaps,
            conserved: s.totals.conserved,
        }
    }
}
