//! Simulated time: integer milliseconds from the exercise start.
//!
//! One syntax everywhere (RON, CSV, command line): `90s`, `30m`, `2h`, `1d12h`, `1h30m`,
//! and offsets `T+6h` from the exercise start. Integers keep the event order exact.
// Times are read from files and the command line: arithmetic on them is checked.
#![deny(clippy::arithmetic_side_effects)]

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Milliseconds per unit, in the order they are written.
const UNITS: [(char, i64); 4] = [
    ('d', 86_400_000),
    ('h', 3_600_000),
    ('m', 60_000),
    ('s', 1_000),
];

/// A span or an offset of simulated time, in milliseconds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SimTime(pub i64);

impl SimTime {
    /// The exercise start.
    pub const ZERO: SimTime = SimTime(0);

    /// From whole seconds (saturating at the range of `i64` milliseconds, about 292
    /// million years, like every constructor and operator here).
    pub const fn secs(s: i64) -> Self {
        SimTime(s.saturating_mul(1_000))
    }
    /// From whole minutes.
    pub const fn mins(m: i64) -> Self {
        SimTime(m.saturating_mul(60_000))
    }
    /// From whole hours.
    pub const fn hours(h: i64) -> Self {
        SimTime(h.saturating_mul(3_600_000))
    }
    /// From whole days.
    pub const fn days(d: i64) -> Self {
        SimTime(d.saturating_mul(86_400_000))
    }
    /// Milliseconds.
    pub const fn millis(self) -> i64 {
        self.0
    }
    /// As fractional hours (for rates and reports).
    pub fn as_hours(self) -> f64 {
        self.0 as f64 / 3_600_000.0
    }
    /// As fractional minutes.
    pub fn as_mins(self) -> f64 {
        self.0 as f64 / 60_000.0
    }
    /// From fractional minutes, rounded to the millisecond.
    pub fn from_mins_f64(m: f64) -> Self {
        SimTime((m * 60_000.0).round() as i64)
    }
    /// From fractional hours, rounded to the millisecond.
    pub fn from_hours_f64(h: f64) -> Self {
        SimTime((h * 3_600_000.0).round() as i64)
    }

    /// As an offset from the exercise start, to the minute (seconds are dropped), e.g.
    /// `T+1d2h30m`: how logs, reports and gap evidence date things.
    pub fn t_plus(self) -> String {
        format!("T+{}", self.to_minute())
    }

    /// As a duration, to the minute (seconds are dropped), e.g. `2h30m`.
    pub fn span(self) -> String {
        self.to_minute().to_string()
    }

    /// Rounded down to the whole minute.
    fn to_minute(self) -> SimTime {
        SimTime(self.0.div_euclid(60_000).saturating_mul(60_000))
    }
}

impl std::ops::Add for SimTime {
    type Output = SimTime;
    fn add(self, rhs: SimTime) -> SimTime {
        SimTime(self.0.saturating_add(rhs.0))
    }
}

impl std::ops::Sub for SimTime {
    type Output = SimTime;
    fn sub(self, rhs: SimTime) -> SimTime {
        SimTime(self.0.saturating_sub(rhs.0))
    }
}

/// Why a time could not be read. Its words here are English; the layers above put it
/// into the reader's language through the catalogue (`time-error` and the key of its
/// [`TimeReason`]), since this bottom layer does not reach the catalogue.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{text}` is not a time: {} (write e.g. `90s`, `30m`, `2h`, `1d12h` or `T+6h`)", reason.english())]
pub struct TimeParseError {
    /// What was given.
    pub text: String,
    /// What is wrong with it.
    pub reason: TimeReason,
}

/// What is wrong with a time as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeReason {
    /// Nothing was written.
    Empty,
    /// A letter that is not d, h, m or s.
    Unit,
    /// A unit without a number before it.
    UnitFirst,
    /// Units out of order or repeated.
    Order,
    /// A number beyond the range of times.
    TooLarge,
    /// A number without its unit.
    NoUnit,
}

impl TimeParseError {
    /// The error again from its English message, when `message` is one (a parser that only
    /// keeps an error's message, as serde's does, can then still say it in the reader's
    /// language): the time is read again, so the reason is the one it has.
    pub fn from_message(message: &str) -> Option<TimeParseError> {
        let text = message
            .strip_prefix('`')?
            .split_once("` is not a time: ")?
            .0;
        text.parse::<SimTime>().err()
    }
}

impl TimeReason {
    /// In English.
    pub fn english(self) -> &'static str {
        match self {
            TimeReason::Empty => "it is empty",
            TimeReason::Unit => "units are d, h, m and s",
            TimeReason::UnitFirst => "a unit must follow a number",
            TimeReason::Order => "units must go from days down to seconds, each once",
            TimeReason::TooLarge => "the number is too large",
            TimeReason::NoUnit => "a number needs a unit",
        }
    }

    /// Its message in the catalogue.
    pub fn key(self) -> &'static str {
        match self {
            TimeReason::Empty => "time-error-empty",
            TimeReason::Unit => "time-error-unit",
            TimeReason::UnitFirst => "time-error-unit-first",
            TimeReason::Order => "time-error-order",
            TimeReason::TooLarge => "time-error-too-large",
            TimeReason::NoUnit => "time-error-no-unit",
        }
    }
}

impl std::str::FromStr for SimTime {
    type Err = TimeParseError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let fail = |reason| TimeParseError {
            text: text.to_string(),
            reason,
        };
        let body = text.trim();
        let body = body.strip_prefix("T+").unwrap_or(body);
        if body.is_empty() {
            return Err(fail(TimeReason::Empty));
        }
        if body == "0" {
            return Ok(SimTime::ZERO);
        }
        let mut total: i64 = 0;
        let mut number = String::new();
        let mut last_unit = usize::MAX;
        for ch in body.chars() {
            if ch.is_ascii_digit() {
                number.push(ch);
                continue;
            }
            let Some(rank) = UNITS.iter().position(|(u, _)| *u == ch) else {
                return Err(fail(TimeReason::Unit));
            };
            if number.is_empty() {
                return Err(fail(TimeReason::UnitFirst));
            }
            if last_unit != usize::MAX && rank <= last_unit {
                return Err(fail(TimeReason::Order));
            }
            let n: i64 = number.parse().map_err(|_| fail(TimeReason::TooLarge))?;
            total = n
                .checked_mul(UNITS[rank].1)
                .and_then(|ms| total.checked_add(ms))
                .ok_or_else(|| fail(TimeReason::TooLarge))?;
            number.clear();
            last_unit = rank;
        }
        if !number.is_empty() {
            return Err(fail(TimeReason::NoUnit));
        }
        Ok(SimTime(total))
    }
}

impl fmt::Display for SimTime {
    /// Writes the shortest form that reads back to the same value, e.g. `1d12h`, `90s`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0 < 0 {
            write!(f, "-")?;
        }
        let mut rest = self.0.unsigned_abs();
        if rest == 0 {
            return write!(f, "0s");
        }
        for (unit, ms) in UNITS {
            let ms = ms.unsigned_abs();
            if let (Some(whole), Some(left)) = (rest.checked_div(ms), rest.checked_rem(ms))
                && whole > 0
            {
                write!(f, "{whole}{unit}")?;
                rest = left;
            }
        }
        if rest > 0 {
            // Sub-second remainders only come from computed times; show them honestly.
            write!(f, "+{rest}ms")?;
        }
        Ok(())
    }
}

impl Serialize for SimTime {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for SimTime {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_documented_form() {
        assert_eq!("90s".parse(), Ok(SimTime::secs(90)));
        assert_eq!("30m".parse(), Ok(SimTime::mins(30)));
        assert_eq!("2h".parse(), Ok(SimTime::hours(2)));
        assert_eq!("1d12h".parse(), Ok(SimTime::hours(36)));
        assert_eq!("T+6h".parse(), Ok(SimTime::hours(6)));
        assert_eq!("1h30m".parse(), Ok(SimTime::mins(90)));
    }

    #[test]
    fn rejects_malformed_times_with_a_reason() {
        for bad in ["", "h", "12", "2x", "30m2h", "2h2h", "T+"] {
            assert!(bad.parse::<SimTime>().is_err(), "{bad:?} was accepted");
        }
    }

    #[test]
    fn offsets_and_spans_are_written_to_the_minute() {
        let t = SimTime::days(1) + SimTime::hours(2) + SimTime::mins(30) + SimTime::secs(59);
        assert_eq!(t.t_plus(), "T+1d2h30m");
        assert_eq!(t.span(), "1d2h30m");
        assert_eq!(SimTime::secs(59).t_plus(), "T+0s");
    }

    #[test]
    fn display_reads_back() {
        for ms in [
            0,
            1_000,
            90_000,
            5_400_000,
            129_600_000,
            86_400_000 * 90 + 61_000,
        ] {
            let t = SimTime(ms);
            assert_eq!(t.to_string().parse(), Ok(t), "{t}");
        }
    }
}
