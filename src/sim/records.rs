//! Records kept for reading, never read by the model: the sampled time series and the flow
//! monitoring counts (`passages.rs`).

use std::collections::BTreeMap;

use fnv::FnvHashMap;

use super::passages::Passage;
use super::series::{SamplePoint, Series};

#[derive(Debug)]
pub(super) struct Records {
    series: Series,
    /// Counted in a hash map (a passage is counted per person on the hot path); read in
    /// order through `passages`.
    passages: FnvHashMap<Passage, u32>,
    /// The passage counted last and how many times in a row, not yet in `passages`: people
    /// passing a point one after another mostly make the same passage, which is then
    /// counted without hashing it.
    run: Option<(Passage, u32)>,
}

impl Records {
    /// Empty records for `places` locations and the entry points at `entries`.
    pub(super) fn new(places: usize, entries: Vec<u16>) -> Self {
        Records {
            series: Series::new(places, entries),
            passages: FnvHashMap::default(),
            run: None,
        }
    }

    pub(super) fn sample(&mut self, point: SamplePoint) {
        self.series.points.push(point);
    }

    /// Counts one passage.
    pub(super) fn pass(&mut self, passage: Passage) {
        match &mut self.run {
            Some((last, n)) if *last == passage => *n += 1,
            run => {
                if let Some((last, n)) = run.replace((passage, 1)) {
                    *self.passages.entry(last).or_insert(0) += n;
                }
            }
        }
    }

    pub(super) fn series(&self) -> &Series {
        &self.series
    }

    /// The counts in order of point, day, origin, next place, nationality and profile.
    pub(super) fn passages(&self) -> BTreeMap<Passage, u32> {
        let mut counts: BTreeMap<Passage, u32> =
            self.passages.iter().map(|(k, v)| (*k, *v)).collect();
        if let Some((last, n)) = self.run {
            *counts.entry(last).or_insert(0) += n;
        }
        counts
    }

    /// Puts saved samples and counts back.
    pub(super) fn restore(&mut self, points: Vec<SamplePoint>, passages: FnvHashMap<Passage, u32>) {
        self.series.points = points;
        self.passages = passages;
        self.run = None;
    }
}
