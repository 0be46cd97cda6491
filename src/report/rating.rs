//! The capability rating: which core capability each gap bears on, and the rule that turns
//! a capability's gaps into P / S / M / U. The rule is printed in the report as written here.

use serde::Serialize;

use crate::view::{Category, Gap, Severity};

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

/// The rule, in words, for the report.
pub const RULE: &str = "P: no coordination gap bears on the capability. \
S: only low- or medium-severity gaps. \
M: at least one high-severity gap, every one of them closed by the end of the exercise. \
U: a high-severity gap still open at the end of the exercise.";

/// How gaps map onto capabilities, in words, for the report.
pub const MAPPING: &str = "Unowned and contested functions and trigger gaps bear on Planning; \
decision latency and authority gaps on Operational Coordination; information gaps on \
Situational Assessment; referral gaps on Public Health, Healthcare and Emergency Medical \
Services; capacity gaps at a crossing point on Screening, Search and Detection, and the other \
capacity gaps (shelter, people outdoors, interpreters) on Mass Care Services.";

/// The core capability a gap bears on. `bcp_places` are the ids of the crossing points and
/// registration centres, where a capacity gap is a screening matter.
pub fn capability_of(gap: &Gap, bcp_places: &[String]) -> &'static str {
    match gap.category {
        Category::UnownedFunction | Category::ContestedFunction | Category::TriggerGap => {
            "Planning"
        }
        Category::DecisionLatency | Category::AuthorityGap => "Operational Coordination",
        Category::InformationGap => "Situational Assessment",
        Category::ReferralGap => "Public Health, Healthcare and Emergency Medical Services",
        Category::CapacityGap => match &gap.place {
            Some(place) if bcp_places.contains(place) => "Screening, Search and Detection",
            _ => "Mass Care Services",
        },
    }
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
