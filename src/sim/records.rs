//! Records kept for reading, never read by the model: the sampled time series and the flow
//! monitoring counts (`passages.rs`).

use std::collections::BTreeMap;

use super::passages::Passage;
use super::series::{SamplePoint, Series};

#[derive(Debug)]
pub(super) struct Records {
    series: Series,
    passages: BTreeMap<Passage, u32>,
}

impl Records {
    /// Empty records for `places` locations and the entry points at `entries`.
    pub(super) fn new(places: usize, entries: Vec<u16>) -> Self {
        Records {
            series: Series::new(places, entries),
            passages: BTreeMap::new(),
        }
    }

    pub(super) fn sample(&mut self, point: SamplePoint) {
        self.series.points.push(point);
    }

    /// Counts one passage.
    pub(super) fn pass(&mut self, passage: Passage) {
        *self.passages.entry(passage).or_insert(0) += 1;
    }

    pub(super) fn series(&self) -> &Series {
        &self.series
    }

    pub(super) fn passages(&self) -> &BTreeMap<Passage, u32> {
        &self.passages
    }

    /// Puts saved samples and counts back.
    pub(super) fn restore(&mut self, points: Vec<SamplePoint>, passages: BTreeMap<Passage, u32>) {
        self.series.points = points;
        self.passages = passages;
    }
}
