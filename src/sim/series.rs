//! Time series sampled at the scenario's interval, for charts, triggers and reports.
//!
//! A sample holds a few numbers per location, never per person, so even the 90-day,
//! million-person scenario keeps its series in a few megabytes.

use serde::{Deserialize, Serialize};

/// One sample of the whole system.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SamplePoint {
    /// Simulated time (ms).
    pub t: i64,
    /// Arrivals so far.
    pub arrivals: u64,
    /// Arrivals so far by entry point, in the order of [`Series::entries`]; they sum to
    /// `arrivals`.
    pub arrivals_by_entry: Vec<u64>,
    /// People in the country now.
    pub in_system: u64,
    /// People outdoors now.
    pub outdoors: u32,
    /// People waiting, by location (queue at BCPs and registration).
    pub queue: Vec<u32>,
    /// Beds taken, by location (reception).
    pub occupancy: Vec<u32>,
    /// Beds open to new people, by location: a reception site's beds usable now (surge
    /// capacity included once unlocked), 0 while it is closed and at every other location.
    pub capacity: Vec<u32>,
    /// People waiting outdoors, by location, beyond its shelter: over a transit's capacity,
    /// in a queue beyond its waiting area. Empty in samples taken before it was kept.
    #[serde(default)]
    pub waiting_outdoors: Vec<u32>,
    /// People who registered at a location waiting outdoors for a bed, by location; they
    /// sum to `outdoors`. Empty in samples taken before it was kept.
    #[serde(default)]
    pub outdoors_for_bed: Vec<u32>,
}

/// The recorded samples.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Series {
    /// Samples in time order.
    pub points: Vec<SamplePoint>,
    #[serde(skip)]
    places: usize,
    /// Location index of each entry point (where an arrival profile brings people), in
    /// scenario order.
    #[serde(skip)]
    entries: Vec<u16>,
}

impl Series {
    /// An empty series for `places` locations and the entry points at `entries`.
    pub fn new(places: usize, entries: Vec<u16>) -> Self {
        Series {
            points: Vec::new(),
            places,
            entries,
        }
    }

    /// Number of locations per sample.
    pub fn places(&self) -> usize {
        self.places
    }

    /// Location index of each entry point, the order of `SamplePoint::arrivals_by_entry`.
    pub fn entries(&self) -> &[u16] {
        &self.entries
    }
}
