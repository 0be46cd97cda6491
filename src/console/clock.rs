//! The console's clock: whether the simulation runs, how fast, and how far it may go in one
//! frame so the screen never freezes.

use std::time::Duration;

use crate::time::SimTime;

/// Simulated time per wall-clock second, slowest first, with the label the header shows
/// (`Clock::speed_label` puts the first in words):
/// real time (one simulated second a second) for the live hours of an exercise, then
/// faster.
pub const SPEEDS: [(SimTime, &str); 8] = [
    (SimTime::secs(1), "1 s/s"),
    (SimTime::mins(1), "1 min/s"),
    (SimTime::mins(5), "5 min/s"),
    (SimTime::mins(15), "15 min/s"),
    (SimTime::hours(1), "1 h/s"),
    (SimTime::hours(6), "6 h/s"),
    (SimTime::days(1), "1 d/s"),
    (SimTime::days(7), "7 d/s"),
];

/// Wall time the simulation may use per frame; the rest is for drawing and keys.
pub const SLICE: Duration = Duration::from_millis(25);

/// Pace and run state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clock {
    running: bool,
    speed: usize,
    /// Set by "step to next hour / inject" and "run until": the clock runs as fast as the
    /// slices allow and pauses there.
    until: Option<SimTime>,
}

impl Default for Clock {
    fn default() -> Self {
        Clock {
            running: false,
            // 1 h/s.
            speed: 4,
            until: None,
        }
    }
}

impl Clock {
    /// Whether time is flowing (paced, or fast-forwarding to a target).
    pub fn is_running(&self) -> bool {
        self.running || self.until.is_some()
    }

    /// The fast-forward target, if any.
    pub fn until(&self) -> Option<SimTime> {
        self.until
    }

    /// The label of the current speed, in `lang`: figures with units (`5 min/s`); only
    /// real time is words.
    pub fn speed_label(&self, lang: crate::i18n::Lang) -> String {
        if self.speed == 0 {
            crate::tr!(lang, "console-speed-real-time")
        } else {
            SPEEDS[self.speed].1.to_string()
        }
    }

    /// Simulated time per wall second.
    pub fn speed(&self) -> SimTime {
        SPEEDS[self.speed].0
    }

    /// Pause when running (dropping any fast-forward target), resume otherwise.
    pub fn toggle(&mut self) {
        if self.is_running() {
            self.pause();
        } else {
            self.running = true;
        }
    }

    /// Stop the clock.
    pub fn pause(&mut self) {
        self.running = false;
        self.until = None;
    }

    /// One step faster, up to the fastest.
    pub fn faster(&mut self) {
        self.speed = (self.speed + 1).min(SPEEDS.len() - 1);
    }

    /// One step slower, down to the slowest.
    pub fn slower(&mut self) {
        self.speed = self.speed.saturating_sub(1);
    }

    /// Fast-forward to `t`, then pause.
    pub fn run_until(&mut self, t: SimTime) {
        self.until = Some(t);
    }

    /// Where the simulation should be after `elapsed` wall time from `now`: paced by the
    /// speed, or the fast-forward target. `None` when paused.
    pub fn target(&self, now: SimTime, elapsed: Duration) -> Option<SimTime> {
        if let Some(t) = self.until {
            return Some(t);
        }
        if !self.running {
            return None;
        }
        let ms = self.speed().millis() as f64 * elapsed.as_secs_f64();
        Some(now + SimTime(ms.round() as i64))
    }

    /// The simulation reached `now`: a fast-forward that arrived there pauses.
    pub fn reached(&mut self, now: SimTime) {
        if self.until.is_some_and(|t| now >= t) {
            self.pause();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paced_target_follows_the_speed() {
        let mut clock = Clock::default();
        assert_eq!(clock.target(SimTime::ZERO, Duration::from_secs(1)), None);
        clock.toggle();
        assert_eq!(
            clock.target(SimTime::ZERO, Duration::from_millis(500)),
            Some(SimTime::mins(30))
        );
    }

    #[test]
    fn fast_forward_pauses_on_arrival() {
        let mut clock = Clock::default();
        clock.run_until(SimTime::hours(2));
        assert!(clock.is_running());
        clock.reached(SimTime::hours(1));
        assert!(clock.is_running());
        clock.reached(SimTime::hours(2));
        assert!(!clock.is_running());
    }

    #[test]
    fn speed_stays_within_the_ladder() {
        let mut clock = Clock::default();
        for _ in 0..20 {
            clock.faster();
        }
        assert_eq!(clock.speed_label(crate::i18n::Lang::En), "7 d/s");
        for _ in 0..20 {
            clock.slower();
        }
        assert_eq!(
            clock.speed_label(crate::i18n::Lang::Sq),
            crate::tr!(crate::i18n::Lang::Sq, "console-speed-real-time")
        );
        clock.toggle();
        assert_eq!(
            clock.target(SimTime::ZERO, Duration::from_millis(50)),
            Some(SimTime(50)),
            "one simulated second a second"
        );
    }
}
