//! The vocabulary of exercise evaluation (HSEEP): the P / S / M / U rating, and the
//! observations evaluators record against capabilities, institutions and injects.

use serde::{Deserialize, Serialize};

use super::ranges as range;

/// HSEEP rating of a capability (or an evaluator's proposed rating of what they saw).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Rating {
    /// Performed without challenges.
    P,
    /// Performed with some challenges.
    S,
    /// Performed with major challenges.
    M,
    /// Unable to be performed.
    U,
}

impl Rating {
    /// Every rating, best first.
    pub const ALL: [Rating; 4] = [Rating::P, Rating::S, Rating::M, Rating::U];

    /// The key of its meaning in the message catalogue.
    pub fn key(self) -> &'static str {
        match self {
            Rating::P => "rating-P",
            Rating::S => "rating-S",
            Rating::M => "rating-M",
            Rating::U => "rating-U",
        }
    }

    /// The letter.
    pub fn letter(self) -> &'static str {
        match self {
            Rating::P => "P",
            Rating::S => "S",
            Rating::M => "M",
            Rating::U => "U",
        }
    }

    /// The rating a letter names (`P`, `S`, `M`, `U`, either case).
    pub fn from_letter(letter: &str) -> Option<Rating> {
        Rating::ALL
            .into_iter()
            .find(|r| r.letter().eq_ignore_ascii_case(letter.trim()))
    }
}

/// What an evaluator (or the facilitator) saw, at the time it is recorded. It never changes
/// the model; the after-action report quotes it and rates capabilities with it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Observation {
    /// What was seen, in the evaluator's words (at most `Ranges::TEXT` characters).
    #[serde(deserialize_with = "range::text")]
    pub text: String,
    /// The core capability it bears on, as the MSEL names capabilities.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capability: Option<String>,
    /// The institution it is about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub institution: Option<String>,
    /// The MSEL inject it answers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inject: Option<u32>,
    /// The critical task it bears on (its id in the scenario's objectives).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task: Option<String>,
    /// The rating the evaluator proposes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<Rating>,
}
