//! The calendar: local time of day, calendar days and night, from the exercise's start and
//! its night hours. Fixed for the run; the clock itself (`Engine::now`) moves with the
//! event loop.

use crate::scenario::Scenario;

/// Milliseconds in a day.
pub(super) const DAY_MS: i64 = 86_400_000;
const HOUR_MS: i64 = 3_600_000;

/// When T+0 falls in its day, and when night is.
#[derive(Debug, Clone, Copy)]
pub(super) struct Calendar {
    /// Local time of day of T+0 (ms since midnight).
    day_offset: i64,
    /// Night from and to (ms since midnight); it may wrap past midnight.
    night: (i64, i64),
}

impl Calendar {
    pub(super) fn new(scenario: &Scenario) -> Self {
        let night = &scenario.exercise.night;
        Calendar {
            day_offset: start_time_of_day(&scenario.exercise.start),
            night: (
                i64::from(night.from_hour) * HOUR_MS,
                i64::from(night.to_hour) * HOUR_MS,
            ),
        }
    }

    /// Local time of day at simulated time `t` (ms since midnight).
    pub(super) fn time_of_day(&self, t: i64) -> i64 {
        (t + self.day_offset).rem_euclid(DAY_MS)
    }

    /// Calendar day of simulated time `t`: 0 is the day of T+0.
    pub(super) fn day(&self, t: i64) -> i64 {
        (t + self.day_offset).div_euclid(DAY_MS)
    }

    /// Whether simulated time `t` falls at night.
    pub(super) fn night_at(&self, t: i64) -> bool {
        self.is_night(self.time_of_day(t))
    }

    /// Whether local time-of-day `tod` (ms) is at night.
    fn is_night(&self, tod: i64) -> bool {
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
            let tod = self.time_of_day(t);
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
}

/// Time of day of T+0 in ms, from `"YYYY-MM-DDTHH:MM"`.
fn start_time_of_day(start: &str) -> i64 {
    jiff::civil::DateTime::strptime("%Y-%m-%dT%H:%M", start)
        .map(|dt| i64::from(dt.hour()) * HOUR_MS + i64::from(dt.minute()) * 60_000)
        .unwrap_or(0)
}
