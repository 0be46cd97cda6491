//! Time series sampled at the scenario's interval, for charts, triggers and reports.

use serde::Serialize;

/// One sample of the whole system.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SamplePoint {
    /// Simulated time (ms).
    pub t: i64,
    /// Arrivals so far.
    pub arrivals: u64,
    /// People in the country now.
    pub in_system: u64,
    /// People outdoors now.
    pub outdoors: u32,
    /// People waiting, by location (queue at BCPs and registration).
    pub queue: Vec<u32>,
    /// Beds taken, by location (reception).
    pub occupancy: Vec<u32>,
}

/// The recorded samples.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Series {
    /// Samples in time order.
    pub points: Vec<SamplePoint>,
    #[serde(skip)]
    places: usize,
}

impl Series {
    /// An empty series for `places` locations.
    pub fn new(places: usize) -> Self {
        Series {
            points: Vec::new(),
            places,
        }
    }

    /// Number of locations per sample.
    pub fn places(&self) -> usize {
        self.places
    }
}
