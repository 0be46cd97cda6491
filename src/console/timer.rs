//! The exercise's wall-clock timer: how long the room has played, its breaks (lunch), the end
//! of a day and the start of the next. Each change is journaled as a `Marker` line stamped
//! with the wall-clock time; none of it is simulation state (the digest never sees it).

use std::time::{Duration, SystemTime};

use crate::journal::{Mark, Marker};

/// Where the room is in its day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Play has not started yet.
    NotStarted,
    /// Playing since this time.
    Playing(SystemTime),
    /// On a break since this time.
    OnBreak(SystemTime),
    /// The day ended at this time.
    DayEnded(SystemTime),
}

/// The timer: its stage, the play time of the segments already closed, and the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timer {
    stage: Stage,
    played: Duration,
    day: u32,
}

impl Default for Timer {
    fn default() -> Self {
        Timer {
            stage: Stage::NotStarted,
            played: Duration::ZERO,
            day: 0,
        }
    }
}

impl Timer {
    /// The timer as a journal's markers left it (a resumed exercise).
    pub fn from_markers(markers: &[Marker]) -> Timer {
        let mut timer = Timer::default();
        for marker in markers {
            if let Some(at) = parse_wall(&marker.wall) {
                timer.mark(marker.mark, at);
            }
        }
        timer
    }

    /// What the break key marks now: the start of play (or of the next day), a break, or
    /// the end of a break.
    pub fn break_key(&self) -> Mark {
        match self.stage {
            Stage::NotStarted | Stage::DayEnded(_) => Mark::Start,
            Stage::Playing(_) => Mark::Break,
            Stage::OnBreak(_) => Mark::Resume,
        }
    }

    /// Whether the day can end now (play started today and has not ended).
    pub fn can_end_day(&self) -> bool {
        matches!(self.stage, Stage::Playing(_) | Stage::OnBreak(_))
    }

    /// Applies `mark` at wall-clock time `at`.
    pub fn mark(&mut self, mark: Mark, at: SystemTime) {
        if let Stage::Playing(since) = self.stage {
            self.played = self.played.saturating_add(elapsed(since, at));
        }
        self.stage = match mark {
            Mark::Start => {
                self.day = self.day.saturating_add(1);
                Stage::Playing(at)
            }
            Mark::Resume => Stage::Playing(at),
            Mark::Break => Stage::OnBreak(at),
            Mark::EndOfDay => Stage::DayEnded(at),
        };
    }

    /// The stage now.
    pub fn stage(&self) -> Stage {
        self.stage
    }

    /// The day of the exercise (1 from the first start; 0 before it).
    pub fn day(&self) -> u32 {
        self.day
    }

    /// Play time so far, breaks and nights left out, at wall-clock time `now`.
    pub fn played(&self, now: SystemTime) -> Duration {
        match self.stage {
            Stage::Playing(since) => self.played.saturating_add(elapsed(since, now)),
            Stage::NotStarted | Stage::OnBreak(_) | Stage::DayEnded(_) => self.played,
        }
    }
}

fn elapsed(from: SystemTime, to: SystemTime) -> Duration {
    to.duration_since(from).unwrap_or(Duration::ZERO)
}

/// A wall-clock time as the journal writes it: UTC, RFC 3339, whole seconds.
pub fn wall_stamp(at: SystemTime) -> String {
    let seconds = at
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX));
    jiff::Timestamp::from_second(seconds)
        .map(|t| t.to_string())
        .unwrap_or_default()
}

/// The wall-clock time of a journal stamp.
pub fn parse_wall(stamp: &str) -> Option<SystemTime> {
    let t: jiff::Timestamp = stamp.parse().ok()?;
    let seconds = u64::try_from(t.as_second()).ok()?;
    SystemTime::UNIX_EPOCH.checked_add(Duration::from_secs(seconds))
}

/// `HH:MM` (UTC) of a wall-clock time.
pub fn clock_time(at: SystemTime) -> String {
    let stamp = wall_stamp(at);
    stamp.get(11..16).unwrap_or("--:--").to_string()
}

/// A play time as `2h05m`.
pub fn span(d: Duration) -> String {
    let minutes = d.as_secs() / 60;
    format!("{}h{:02}m", minutes / 60, minutes % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(secs: u64) -> SystemTime {
        SystemTime::UNIX_EPOCH + Duration::from_secs(1_800_000_000 + secs)
    }

    #[test]
    fn breaks_and_nights_do_not_count_as_play() {
        let mut timer = Timer::default();
        assert_eq!(timer.break_key(), Mark::Start);
        timer.mark(Mark::Start, at(0));
        assert_eq!(timer.day(), 1);
        assert_eq!(timer.break_key(), Mark::Break);
        timer.mark(Mark::Break, at(3_600));
        assert_eq!(timer.played(at(5_000)), Duration::from_secs(3_600));
        timer.mark(Mark::Resume, at(7_200));
        timer.mark(Mark::EndOfDay, at(9_000));
        assert_eq!(timer.played(at(50_000)), Duration::from_secs(5_400));
        timer.mark(Mark::Start, at(80_000));
        assert_eq!(timer.day(), 2);
        assert_eq!(timer.played(at(80_060)), Duration::from_secs(5_460));
        assert_eq!(span(timer.played(at(80_060))), "1h31m");
    }

    #[test]
    fn stamps_read_back() {
        let stamp = wall_stamp(at(42));
        assert!(stamp.ends_with('Z'), "{stamp}");
        assert_eq!(parse_wall(&stamp), Some(at(42)));
    }
}
