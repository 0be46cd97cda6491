//! People processed per hour at each place over the last simulated hour, from marks the
//! console keeps as the simulation advances (the snapshot holds only running totals).

use std::collections::VecDeque;

const HOUR_MS: i64 = 3_600_000;
/// A mark every five simulated minutes is plenty for an hourly rate.
const MARK_EVERY_MS: i64 = 300_000;

/// Recent marks of the processed counts.
#[derive(Debug, Clone, Default)]
pub struct Throughput {
    marks: VecDeque<(i64, Vec<u64>)>,
}

impl Throughput {
    /// Records the counts at `t` (ms), if the last mark is old enough, and forgets marks
    /// older than an hour before `t` (keeping one to measure from).
    pub fn mark(&mut self, t: i64, processed: Vec<u64>) {
        if self
            .marks
            .back()
            .is_some_and(|(last, _)| t - last < MARK_EVERY_MS)
        {
            return;
        }
        self.marks.push_back((t, processed));
        while self.marks.len() > 2 && self.marks[1].0 <= t - HOUR_MS {
            self.marks.pop_front();
        }
    }

    /// People per hour at place `i`, processed between the oldest kept mark and `t`.
    pub fn per_hour(&self, i: usize, t: i64, processed_now: u64) -> f64 {
        match self.marks.front() {
            Some((t0, counts)) if t > *t0 => {
                let done = processed_now.saturating_sub(counts.get(i).copied().unwrap_or(0));
                done as f64 * HOUR_MS as f64 / (t - t0) as f64
            }
            _ => 0.0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rate_over_the_last_hour() {
        let mut th = Throughput::default();
        th.mark(0, vec![0]);
        th.mark(HOUR_MS, vec![100]);
        th.mark(2 * HOUR_MS, vec![160]);
        // Only the mark at 1 h is kept as the start of the window.
        assert_eq!(th.per_hour(0, 2 * HOUR_MS, 160), 60.0);
    }
}
