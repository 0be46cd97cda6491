//! The capability rating: which core capability each gap bears on, and the rule that turns
//! a capability's gaps into P / S / M / U. The rule is printed in the report as written here.

use serde::Serialize;

use crate::view::{Capability, Gap, Severity};

/// HSEEP rating of a capability.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
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
}

/// The core capability a gap bears on. `bcp_places` are the ids of the crossing points and
/// registration centres, where a capacity gap is a screening matter.
pub fn capability_of(gap: &Gap, bcp_places: &[String]) -> Capability {
    let at_screening = gap.place.as_ref().is_some_and(|p| bcp_places.contains(p));
    gap.category.capability(at_screening)
}

/// The rating of a capability whose gaps are `gaps`.
pub fn rate<'g>(gaps: impl IntoIterator<Item = &'g Gap>) -> Rating {
    gaps.into_iter()
        .map(|gap| match (gap.severity, gap.is_open()) {
            (Severity::High, true) => Rating::U,
            (Severity::High, false) => Rating::M,
            _ => Rating::S,
        })
        .max()
        .unwrap_or(Rating::P)
}
