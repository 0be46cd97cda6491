//! What an inject does to the live model: the scenario-side commands (a surge, a border
//! closed, an incident at a site, a shortage, a breakdown, a message). An MSEL inject may
//! carry one as its effect; the facilitator may give one at any time as `Command::Inject`.

use serde::{Deserialize, Serialize};

use super::id_kind::IdKind;
use super::model::{LocationKind, Scenario};
use super::ranges;
use crate::i18n::Text;
use crate::time::SimTime;

/// A scenario-side change to the exercise.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum InjectEffect {
    /// `people` extra arrivals at an entry point (or green border), spread evenly over `over`
    /// from now; all of one nationality when `nationality` names one of the cohort.
    Surge {
        /// Entry or green-border location id.
        entry: String,
        /// How many people (at most `Ranges::PEOPLE`).
        #[serde(deserialize_with = "ranges::people")]
        people: u32,
        /// Over how long (`"0s"`: all at once; at most `Ranges::SPREAD`).
        #[serde(deserialize_with = "ranges::spread")]
        over: SimTime,
        /// Cohort nationality id; `None` draws from the cohort mix.
        #[serde(default)]
        nationality: Option<String>,
    },
    /// A neighbouring country closes its border: every BCP facing it closes, and the people
    /// queued there head for other crossings.
    CloseBorder {
        /// The neighbouring country, as the scenario's BCPs name it.
        country: String,
    },
    /// A neighbouring country re-opens its border: every BCP facing it opens.
    OpenBorder {
        /// The neighbouring country.
        country: String,
    },
    /// One BCP closes (its queue diverts).
    CloseBcp {
        /// BCP id.
        bcp: String,
    },
    /// One BCP re-opens.
    OpenBcp {
        /// BCP id.
        bcp: String,
    },
    /// An incident at a reception site: beds lost (fire, flooding, heating failure) and, with
    /// a disease case, the site isolated: it takes nobody new until it is opened again.
    SiteIncident {
        /// Reception site id.
        site: String,
        /// Beds out of use from now on (at most `Ranges::BEDS`).
        #[serde(deserialize_with = "ranges::beds_lost")]
        beds_lost: u32,
        /// A case of infectious disease: the site closes to new arrivals.
        #[serde(default)]
        disease_case: bool,
    },
    /// Interpreters of a language drop out (remote ones first, then those on site); those
    /// working finish with their person first.
    InterpreterShortage {
        /// Language code.
        language: String,
        /// How many (at most `Ranges::INTERPRETERS`).
        #[serde(deserialize_with = "ranges::interpreters")]
        interpreters: u32,
    },
    /// Officers of a BCP are called away, on every shift.
    OfficerShortage {
        /// BCP id.
        bcp: String,
        /// How many fewer on duty (at most `Ranges::OFFICERS`).
        #[serde(deserialize_with = "ranges::officers")]
        officers: u32,
    },
    /// Buses of a fleet break down: idle ones at once, those on the road when they return.
    TransportBreakdown {
        /// Fleet id.
        fleet: String,
        /// Buses out of service (at most `Ranges::BUSES`).
        #[serde(deserialize_with = "ranges::buses")]
        buses: u32,
    },
    /// A message or media story that only informs: it changes nothing in the model, but
    /// every institution it names counts as told.
    Message {
        /// Who it comes from (free text).
        from: String,
        /// Institutions it reaches.
        to: Vec<String>,
        /// What it says.
        text: String,
    },
}

/// An id in an effect that names nothing of the expected kind in the scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownId {
    /// The field holding it.
    pub field: &'static str,
    /// What kind of thing was expected.
    pub what: IdKind,
    /// The id given.
    pub id: String,
    /// The ids that would be accepted.
    pub known: Vec<String>,
}

impl InjectEffect {
    /// The first id of the effect that the scenario does not know, if any.
    pub fn unknown_id(&self, scenario: &Scenario) -> Option<UnknownId> {
        let places = |ok: fn(&LocationKind) -> bool| -> Vec<String> {
            scenario
                .locations
                .iter()
                .filter(|l| ok(&l.kind))
                .map(|l| l.id.clone())
                .collect()
        };
        let check = |field, what, id: &str, known: Vec<String>| {
            (!known.iter().any(|k| k == id)).then(|| UnknownId {
                field,
                what,
                id: id.to_string(),
                known,
            })
        };
        let bcps = || places(|k| matches!(k, LocationKind::Bcp { .. }));
        match self {
            InjectEffect::Surge {
                entry, nationality, ..
            } => {
                let entries = places(|k| {
                    matches!(
                        k,
                        LocationKind::Entry { .. } | LocationKind::GreenBorder { .. }
                    )
                });
                let nationalities = || {
                    scenario
                        .cohort
                        .nationalities
                        .iter()
                        .map(|n| n.id.clone())
                        .collect()
                };
                check("entry", IdKind::EntryPoint, entry, entries).or_else(|| {
                    nationality
                        .as_ref()
                        .and_then(|n| check("nationality", IdKind::Nationality, n, nationalities()))
                })
            }
            InjectEffect::CloseBorder { country } | InjectEffect::OpenBorder { country } => check(
                "country",
                IdKind::BorderCountry,
                country,
                bcp_countries(scenario),
            ),
            InjectEffect::CloseBcp { bcp }
            | InjectEffect::OpenBcp { bcp }
            | InjectEffect::OfficerShortage { bcp, .. } => check("bcp", IdKind::Bcp, bcp, bcps()),
            InjectEffect::SiteIncident { site, .. } => check(
                "site",
                IdKind::ReceptionSite,
                site,
                places(|k| matches!(k, LocationKind::Reception { .. })),
            ),
            InjectEffect::InterpreterShortage { language, .. } => {
                check("language", IdKind::Language, language, scenario.languages())
            }
            InjectEffect::TransportBreakdown { fleet, .. } => {
                let fleets = scenario.resources.buses.iter().map(|b| b.id.clone());
                check("fleet", IdKind::BusFleet, fleet, fleets.collect())
            }
            InjectEffect::Message { to, .. } => {
                let institutions: Vec<String> =
                    scenario.institutions.iter().map(|i| i.id.clone()).collect();
                to.iter()
                    .find_map(|t| check("to", IdKind::Institution, t, institutions.clone()))
            }
        }
    }

    /// A short description for logs and the timeline, to be put into words in the
    /// reader's language.
    pub fn text(&self) -> Text {
        match self {
            InjectEffect::Surge {
                entry,
                people,
                over,
                nationality,
            } => match nationality {
                Some(n) => Text::new("describe-surge-of").id("nationality", n),
                None => Text::new("describe-surge"),
            }
            .count("people", *people)
            .id("entry", entry)
            .id("over", over.to_string()),
            InjectEffect::CloseBorder { country } => {
                Text::new("describe-close-border").id("country", country)
            }
            InjectEffect::OpenBorder { country } => {
                Text::new("describe-open-border").id("country", country)
            }
            InjectEffect::CloseBcp { bcp } => Text::new("describe-bcp-closes").id("bcp", bcp),
            InjectEffect::OpenBcp { bcp } => Text::new("describe-bcp-opens").id("bcp", bcp),
            InjectEffect::SiteIncident {
                site,
                beds_lost,
                disease_case,
            } => Text::new(if *disease_case {
                "describe-site-incident-isolated"
            } else {
                "describe-site-incident"
            })
            .id("site", site)
            .count("beds", *beds_lost),
            InjectEffect::InterpreterShortage {
                language,
                interpreters,
            } => Text::new("describe-interpreter-shortage")
                .count("interpreters", *interpreters)
                .id("language", language),
            InjectEffect::OfficerShortage { bcp, officers } => {
                Text::new("describe-officer-shortage")
                    .count("officers", *officers)
                    .id("bcp", bcp)
            }
            InjectEffect::TransportBreakdown { fleet, buses } => {
                Text::new("describe-transport-breakdown")
                    .count("buses", *buses)
                    .id("fleet", fleet)
            }
            InjectEffect::Message { from, text, .. } => Text::new("describe-message")
                .id("from", from)
                .id("text", text),
        }
    }
}

/// The neighbouring countries the scenario's BCPs face, in first-seen order.
pub fn bcp_countries(scenario: &Scenario) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for l in &scenario.locations {
        if let LocationKind::Bcp { country, .. } = &l.kind
            && !out.contains(country)
        {
            out.push(country.clone());
        }
    }
    out
}
