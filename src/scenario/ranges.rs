//! The ranges of the values a person or a script writes in a command or an inject. Each is
//! far beyond any real exercise and far inside what the model's arithmetic holds, so a value
//! past it is a typing error (or an attack), refused where it is read: a journal line or a
//! script line with the file, line and column; a scenario's MSEL inject with its location;
//! any other front end when the command is applied.

use std::fmt;

use serde::de::{Deserialize, Deserializer, Error};

use super::InjectEffect;
use crate::i18n::{Lang, Localized, Text};
use crate::time::SimTime;

/// The largest values a command may name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ranges;

impl Ranges {
    /// Officers deployed, called away or added (either way) at one BCP.
    pub const OFFICERS: u32 = 10_000;
    /// Interpreters requested or dropping out.
    pub const INTERPRETERS: u32 = 10_000;
    /// Buses arranged or breaking down.
    pub const BUSES: u32 = 10_000;
    /// Beds of a site, or beds lost in an incident.
    pub const BEDS: u32 = 10_000_000;
    /// People in one surge.
    pub const PEOPLE: u32 = 10_000_000;
    /// The longest period a surge may be spread over (a year).
    pub const SPREAD: SimTime = SimTime::days(365);
    /// Characters of a free text: a player's action, a facilitator's note, an observation.
    pub const TEXT: usize = 2_000;
}

/// A value past its range, named by its field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OutOfRange {
    /// A count past its largest value.
    Value {
        /// The field (`officers`, `buses`...).
        field: &'static str,
        /// The value given.
        value: u32,
        /// The largest value allowed.
        max: u32,
    },
    /// Officers changed by more than `Ranges::OFFICERS` either way.
    OfficerChange {
        /// The change given.
        by: i32,
    },
    /// A surge spread over a negative period or more than `Ranges::SPREAD`.
    Spread {
        /// The period given.
        over: SimTime,
    },
    /// A free text longer than `Ranges::TEXT` characters.
    Text {
        /// Its length in characters.
        chars: usize,
    },
}

impl Localized for OutOfRange {
    fn localized(&self, lang: Lang) -> String {
        self.text().localized(lang)
    }
}

impl OutOfRange {
    /// The fields a count may be checked under, as [`check`] names them.
    const FIELDS: [&'static str; 7] = [
        "officers",
        "interpreters",
        "count",
        "buses",
        "capacity",
        "beds_lost",
        "people",
    ];

    /// The message kept as data, to be said in any language later (the keys `localized`
    /// uses).
    pub fn text(&self) -> Text {
        match self {
            OutOfRange::Value { field, value, max } => Text::new("range-value")
                .id("field", *field)
                .id("value", value.to_string())
                .id("max", max.to_string()),
            OutOfRange::OfficerChange { by } => Text::new("range-officer-change")
                .id("by", by.to_string())
                .id("max", Ranges::OFFICERS.to_string()),
            OutOfRange::Spread { over } => Text::new("range-spread")
                .id("over", over.to_string())
                .id("max", Ranges::SPREAD.to_string()),
            OutOfRange::Text { chars } => Text::new("range-text")
                .id("chars", chars.to_string())
                .id("max", Ranges::TEXT.to_string()),
        }
    }

    /// The error again from its English message, when `message` is one: a reader that
    /// keeps only an error's message, as serde's does in a scenario file, can then still say
    /// it in the reader's language. Only what the English message says exactly is read back.
    pub fn from_message(message: &str) -> Option<OutOfRange> {
        let read = [
            Self::value_from(message),
            Self::officer_change_from(message),
            Self::spread_from(message),
            Self::text_from(message),
        ]
        .into_iter()
        .flatten()
        .next()?;
        (read.localized(Lang::En) == message).then_some(read)
    }

    fn value_from(message: &str) -> Option<OutOfRange> {
        let (field, rest) = message.strip_prefix('`')?.split_once(": ")?;
        let field = Self::FIELDS.into_iter().find(|f| *f == field)?;
        let (value, rest) = rest.split_once('`')?;
        let max = rest.rsplit(' ').next()?;
        Some(OutOfRange::Value {
            field,
            value: value.parse().ok()?,
            max: max.parse().ok()?,
        })
    }

    fn officer_change_from(message: &str) -> Option<OutOfRange> {
        let (by, _) = message.strip_prefix("`by: ")?.split_once('`')?;
        Some(OutOfRange::OfficerChange {
            by: by.parse().ok()?,
        })
    }

    fn spread_from(message: &str) -> Option<OutOfRange> {
        let (over, _) = message.strip_prefix("`over: \"")?.split_once('"')?;
        Some(OutOfRange::Spread {
            over: over.parse().ok()?,
        })
    }

    fn text_from(message: &str) -> Option<OutOfRange> {
        let (chars, _) = message.strip_prefix("a text of ")?.split_once(' ')?;
        Some(OutOfRange::Text {
            chars: chars.parse().ok()?,
        })
    }
}

impl fmt::Display for OutOfRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.localized(Lang::En))
    }
}

/// `value` of `field` if it is at most `max`; otherwise why not.
pub(crate) fn check(field: &'static str, value: u32, max: u32) -> Result<u32, OutOfRange> {
    if value <= max {
        Ok(value)
    } else {
        Err(OutOfRange::Value { field, value, max })
    }
}

pub(crate) fn check_officer_change(by: i32) -> Result<i32, OutOfRange> {
    if by.unsigned_abs() <= Ranges::OFFICERS {
        Ok(by)
    } else {
        Err(OutOfRange::OfficerChange { by })
    }
}

pub(crate) fn check_spread(over: SimTime) -> Result<SimTime, OutOfRange> {
    if over >= SimTime::ZERO && over <= Ranges::SPREAD {
        Ok(over)
    } else {
        Err(OutOfRange::Spread { over })
    }
}

/// `text` if it has at most `Ranges::TEXT` characters; otherwise why not.
pub(crate) fn check_text(text: &str) -> Result<(), OutOfRange> {
    let chars = text.chars().count();
    if chars <= Ranges::TEXT {
        Ok(())
    } else {
        Err(OutOfRange::Text { chars })
    }
}

/// The first value of an inject effect out of its range, if any.
pub(crate) fn effect_out_of_range(effect: &InjectEffect) -> Option<OutOfRange> {
    let result = match effect {
        InjectEffect::Surge { people, over, .. } => check("people", *people, Ranges::PEOPLE)
            .and_then(|_| check_spread(*over))
            .map(|_| ()),
        InjectEffect::SiteIncident { beds_lost, .. } => {
            check("beds_lost", *beds_lost, Ranges::BEDS).map(|_| ())
        }
        InjectEffect::InterpreterShortage { interpreters, .. } => {
            check("interpreters", *interpreters, Ranges::INTERPRETERS).map(|_| ())
        }
        InjectEffect::OfficerShortage { officers, .. } => {
            check("officers", *officers, Ranges::OFFICERS).map(|_| ())
        }
        InjectEffect::TransportBreakdown { buses, .. } => {
            check("buses", *buses, Ranges::BUSES).map(|_| ())
        }
        InjectEffect::CloseBorder { .. }
        | InjectEffect::OpenBorder { .. }
        | InjectEffect::CloseBcp { .. }
        | InjectEffect::OpenBcp { .. }
        | InjectEffect::Message { .. } => Ok(()),
    };
    result.err()
}

fn bounded<'de, D: Deserializer<'de>>(
    d: D,
    field: &'static str,
    max: u32,
) -> Result<u32, D::Error> {
    let value = u32::deserialize(d)?;
    check(field, value, max).map_err(D::Error::custom)
}

pub(crate) fn officer_change<'de, D: Deserializer<'de>>(d: D) -> Result<i32, D::Error> {
    let by = i32::deserialize(d)?;
    check_officer_change(by).map_err(D::Error::custom)
}

pub(crate) fn officers<'de, D: Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    bounded(d, "officers", Ranges::OFFICERS)
}

pub(crate) fn interpreters<'de, D: Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    bounded(d, "interpreters", Ranges::INTERPRETERS)
}

pub(crate) fn count<'de, D: Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    bounded(d, "count", Ranges::INTERPRETERS)
}

pub(crate) fn buses<'de, D: Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    bounded(d, "buses", Ranges::BUSES)
}

pub(crate) fn beds<'de, D: Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    bounded(d, "capacity", Ranges::BEDS)
}

pub(crate) fn beds_lost<'de, D: Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    bounded(d, "beds_lost", Ranges::BEDS)
}

pub(crate) fn people<'de, D: Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    bounded(d, "people", Ranges::PEOPLE)
}

pub(crate) fn spread<'de, D: Deserializer<'de>>(d: D) -> Result<SimTime, D::Error> {
    let over = SimTime::deserialize(d)?;
    check_spread(over).map_err(D::Error::custom)
}

pub(crate) fn text<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    let text = String::deserialize(d)?;
    check_text(&text).map_err(D::Error::custom)?;
    Ok(text)
}
