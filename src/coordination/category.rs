//! The gap categories of DESIGN.md and what each one carries everywhere it is shown: its
//! number, its message in the catalogue, the core capability it bears on and the capability
//! element its corrective action works on.

use serde::{Deserialize, Serialize};

use crate::i18n::{Lang, Localized};
use crate::tr;

/// The gap categories of DESIGN.md.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Category {
    /// No institution is Accountable for a function the plan needs.
    UnownedFunction,
    /// Two or more institutions are Accountable for one function.
    ContestedFunction,
    /// A phase without a measurable trigger or without anyone empowered to declare it.
    TriggerGap,
    /// A request waited for its Accountable institution beyond its deadline.
    DecisionLatency,
    /// Demand over capacity.
    CapacityGap,
    /// A vulnerable person not handed over in time, or no service designated.
    ReferralGap,
    /// An institution that had to be informed was not.
    InformationGap,
    /// A decision taken without the authority for it, or conflicting decisions.
    AuthorityGap,
}

/// How many categories there are.
pub const CATEGORIES: usize = Category::ALL.len();

impl Category {
    /// Every category in DESIGN.md order (category n at index n − 1).
    pub const ALL: [Category; 8] = [
        Category::UnownedFunction,
        Category::ContestedFunction,
        Category::TriggerGap,
        Category::DecisionLatency,
        Category::CapacityGap,
        Category::ReferralGap,
        Category::InformationGap,
        Category::AuthorityGap,
    ];

    /// The category's number (1–8), as DESIGN.md numbers them.
    pub fn number(self) -> u8 {
        match self {
            Category::UnownedFunction => 1,
            Category::ContestedFunction => 2,
            Category::TriggerGap => 3,
            Category::DecisionLatency => 4,
            Category::CapacityGap => 5,
            Category::ReferralGap => 6,
            Category::InformationGap => 7,
            Category::AuthorityGap => 8,
        }
    }

    /// Its place in [`Category::ALL`] (the number less one), for tallies kept per category.
    pub fn index(self) -> usize {
        usize::from(self.number()) - 1
    }

    /// The key of its name in the message catalogue.
    pub fn key(self) -> &'static str {
        match self {
            Category::UnownedFunction => "gap-category-unowned",
            Category::ContestedFunction => "gap-category-contested",
            Category::TriggerGap => "gap-category-trigger",
            Category::DecisionLatency => "gap-category-latency",
            Category::CapacityGap => "gap-category-capacity",
            Category::ReferralGap => "gap-category-referral",
            Category::InformationGap => "gap-category-information",
            Category::AuthorityGap => "gap-category-authority",
        }
    }

    /// The category as the code names it (`ContestedFunction`): the stable id of the
    /// CSV export.
    pub fn id(self) -> &'static str {
        match self {
            Category::UnownedFunction => "UnownedFunction",
            Category::ContestedFunction => "ContestedFunction",
            Category::TriggerGap => "TriggerGap",
            Category::DecisionLatency => "DecisionLatency",
            Category::CapacityGap => "CapacityGap",
            Category::ReferralGap => "ReferralGap",
            Category::InformationGap => "InformationGap",
            Category::AuthorityGap => "AuthorityGap",
        }
    }

    /// The number and English name (`2 contested function`): the stable label of JSON and
    /// CSV output, which are never translated. People read [`crate::i18n`]'s instead.
    pub fn label(self) -> &'static str {
        match self {
            Category::UnownedFunction => "1 unowned function",
            Category::ContestedFunction => "2 contested function",
            Category::TriggerGap => "3 trigger gap",
            Category::DecisionLatency => "4 decision latency",
            Category::CapacityGap => "5 capacity gap",
            Category::ReferralGap => "6 referral gap",
            Category::InformationGap => "7 information gap",
            Category::AuthorityGap => "8 authority gap",
        }
    }

    /// The core capability a gap of this category bears on; `at_screening` says whether
    /// the gap's place is a crossing point or registration centre, where a capacity gap is
    /// a screening matter rather than mass care.
    pub fn capability(self, at_screening: bool) -> Capability {
        match self {
            Category::UnownedFunction | Category::ContestedFunction | Category::TriggerGap => {
                Capability::Planning
            }
            Category::DecisionLatency | Category::AuthorityGap => {
                Capability::OperationalCoordination
            }
            Category::InformationGap => Capability::SituationalAssessment,
            Category::ReferralGap => Capability::PublicHealth,
            Category::CapacityGap if at_screening => Capability::Screening,
            Category::CapacityGap => Capability::MassCare,
        }
    }

    /// The capability element a corrective action for this category works on.
    pub fn element(self) -> Element {
        match self {
            Category::UnownedFunction
            | Category::ContestedFunction
            | Category::TriggerGap
            | Category::AuthorityGap => Element::Planning,
            Category::DecisionLatency | Category::ReferralGap => Element::Organisation,
            Category::CapacityGap => Element::Equipment,
            Category::InformationGap => Element::Training,
        }
    }

    /// Whether gaps of this category measure the situation (people outdoors, a queue over
    /// its limit, a vulnerable person handed over late) rather than what the plan says or
    /// what institutions decided.
    pub fn is_situation(self) -> bool {
        match self {
            Category::CapacityGap | Category::ReferralGap => true,
            Category::UnownedFunction
            | Category::ContestedFunction
            | Category::TriggerGap
            | Category::DecisionLatency
            | Category::InformationGap
            | Category::AuthorityGap => false,
        }
    }
}

/// An HSEEP core capability that gaps bear on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum Capability {
    /// Planning.
    Planning,
    /// Operational Coordination.
    OperationalCoordination,
    /// Situational Assessment.
    SituationalAssessment,
    /// Public Health, Healthcare and Emergency Medical Services.
    PublicHealth,
    /// Screening, Search and Detection.
    Screening,
    /// Mass Care Services.
    MassCare,
    /// Critical Transportation.
    CriticalTransportation,
}

impl Capability {
    /// Every capability a gap can bear on.
    pub const ALL: [Capability; 7] = [
        Capability::Planning,
        Capability::OperationalCoordination,
        Capability::SituationalAssessment,
        Capability::PublicHealth,
        Capability::Screening,
        Capability::MassCare,
        Capability::CriticalTransportation,
    ];

    /// The HSEEP name, as an MSEL names the capability an inject tests.
    pub fn name(self) -> &'static str {
        match self {
            Capability::Planning => "Planning",
            Capability::OperationalCoordination => "Operational Coordination",
            Capability::SituationalAssessment => "Situational Assessment",
            Capability::PublicHealth => "Public Health, Healthcare and Emergency Medical Services",
            Capability::Screening => "Screening, Search and Detection",
            Capability::MassCare => "Mass Care Services",
            Capability::CriticalTransportation => "Critical Transportation",
        }
    }

    /// The capability an MSEL names, if it is one of these.
    pub fn named(name: &str) -> Option<Capability> {
        Capability::ALL.into_iter().find(|c| c.name() == name)
    }

    /// The key of its name in the message catalogue.
    pub fn key(self) -> &'static str {
        match self {
            Capability::Planning => "capability-planning",
            Capability::OperationalCoordination => "capability-operational-coordination",
            Capability::SituationalAssessment => "capability-situational-assessment",
            Capability::PublicHealth => "capability-public-health",
            Capability::Screening => "capability-screening",
            Capability::MassCare => "capability-mass-care",
            Capability::CriticalTransportation => "capability-critical-transportation",
        }
    }
}

impl crate::scenario::RequestKind {
    /// The core capability the decisions it asks for concern: what an unowned function
    /// the plan routes these requests to leaves undone.
    pub fn capability(self) -> Capability {
        use crate::scenario::RequestKind;
        match self {
            RequestKind::Transport => Capability::CriticalTransportation,
            RequestKind::ReceptionApproval | RequestKind::TemporarySite => Capability::MassCare,
            RequestKind::Interpreters | RequestKind::Officers => Capability::Screening,
        }
    }
}

/// The HSEEP capability element a corrective action works on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Element {
    /// Plans, procedures, legal basis.
    Planning,
    /// Who does what, duty rosters, staffing.
    Organisation,
    /// Beds, sites, vehicles, interpretation.
    Equipment,
    /// People knowing what to do.
    Training,
    /// Exercising it again.
    Exercise,
}

impl Element {
    /// The key of its name in the message catalogue.
    pub fn key(self) -> &'static str {
        match self {
            Element::Planning => "element-planning",
            Element::Organisation => "element-organisation",
            Element::Equipment => "element-equipment",
            Element::Training => "element-training",
            Element::Exercise => "element-exercise",
        }
    }
}

impl Localized for Category {
    /// The number and name as people read them: `2 contested function`.
    fn localized(&self, lang: Lang) -> String {
        tr!(
            lang,
            "gap-category-numbered",
            number = self.number(),
            name = tr!(lang, self.key())
        )
    }
}

impl Localized for Capability {
    fn localized(&self, lang: Lang) -> String {
        tr!(lang, self.key())
    }
}

impl Localized for Element {
    fn localized(&self, lang: Lang) -> String {
        tr!(lang, self.key())
    }
}

#[cfg(test)]
mod tests {
    use super::{CATEGORIES, Category};

    #[test]
    fn category_n_is_at_index_n_minus_one() {
        for (i, category) in Category::ALL.into_iter().enumerate() {
            assert_eq!(category.index(), i);
            assert_eq!(usize::from(category.number()), i + 1);
        }
        assert_eq!(CATEGORIES, 8);
    }
}
