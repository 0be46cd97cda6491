//! The kinds of things a scenario names by id, as an error about an unknown id names them.

use std::fmt;

use crate::i18n::{Lang, Localized};
use crate::tr;

/// What kind of thing an id was expected to name (`unknown bus fleet `b9``).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdKind {
    /// An institution.
    Institution,
    /// A response phase.
    Phase,
    /// A language spoken in the cohort.
    Language,
    /// A bus fleet.
    BusFleet,
    /// A coordination function.
    Function,
    /// A coordination function or a response phase (what a notification is about).
    FunctionOrPhase,
    /// An inject of the MSEL, by number.
    Inject,
    /// An inject of the MSEL that is delivered as scheduled (not a live one).
    MselInject,
    /// A critical task of an objective.
    CriticalTask,
    /// An entry point.
    EntryPoint,
    /// A border crossing point.
    Bcp,
    /// A reception site.
    ReceptionSite,
    /// A nationality of the cohort.
    Nationality,
    /// A country a BCP faces.
    BorderCountry,
}

impl IdKind {
    /// The catalogue key of the kind's name.
    pub fn key(self) -> &'static str {
        match self {
            IdKind::Institution => "id-kind-institution",
            IdKind::Phase => "id-kind-phase",
            IdKind::Language => "id-kind-language",
            IdKind::BusFleet => "id-kind-bus-fleet",
            IdKind::Function => "id-kind-function",
            IdKind::FunctionOrPhase => "id-kind-function-or-phase",
            IdKind::Inject => "id-kind-inject",
            IdKind::MselInject => "id-kind-msel-inject",
            IdKind::CriticalTask => "id-kind-critical-task",
            IdKind::EntryPoint => "id-kind-entry-point",
            IdKind::Bcp => "id-kind-bcp",
            IdKind::ReceptionSite => "id-kind-reception-site",
            IdKind::Nationality => "id-kind-nationality",
            IdKind::BorderCountry => "id-kind-border-country",
        }
    }
}

impl Localized for IdKind {
    fn localized(&self, lang: Lang) -> String {
        tr!(lang, self.key())
    }
}

impl fmt::Display for IdKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.localized(Lang::En))
    }
}
