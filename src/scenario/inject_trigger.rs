//! State triggers: an MSEL inject that comes due when the live model reaches a condition
//! instead of at a time. Written in RON in the scenario, and as short text in the MSEL
//! spreadsheet (`queue vermice > 300`, `occupancy any > 90%`, `phase alert`, `inject 3 + 2h`).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::id_kind::IdKind;
use super::inject_effect::UnknownId;
use super::model::{LocationKind, Scenario};
use crate::i18n::{Lang, Localized, Text};
use crate::time::SimTime;

/// The condition that makes an inject due.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum InjectTrigger {
    /// More than `people` wait at a BCP.
    QueueOver {
        /// BCP id.
        bcp: String,
        /// The threshold (people).
        people: u32,
    },
    /// A reception site (or, with no site named, any open one) is over `percent` of its beds.
    OccupancyOver {
        /// Reception site id; `None` for any open site.
        #[serde(default)]
        site: Option<String>,
        /// The threshold, in percent of the beds usable (`90.0` = 90 %).
        percent: f64,
    },
    /// The plan has reached this phase (or a later one).
    PhaseDeclared(String),
    /// Another inject was delivered, and `after` has passed since.
    Delivered {
        /// The other inject's MSEL number.
        inject: u32,
        /// How long after its delivery.
        #[serde(default)]
        after: SimTime,
    },
}

impl InjectTrigger {
    /// The first reference of the trigger that names nothing of the expected kind: a BCP, a
    /// reception site, a phase of the plan, an inject among `numbers` (the MSEL's).
    pub fn unknown_id(&self, scenario: &Scenario, numbers: &[u32]) -> Option<UnknownId> {
        let places = |ok: fn(&LocationKind) -> bool| -> Vec<String> {
            let matching = scenario.locations.iter().filter(|l| ok(&l.kind));
            matching.map(|l| l.id.clone()).collect()
        };
        let check = |field, what, id: &str, known: Vec<String>| {
            (!known.iter().any(|k| k == id)).then(|| UnknownId {
                field,
                what,
                id: id.to_string(),
                known,
            })
        };
        match self {
            InjectTrigger::QueueOver { bcp, .. } => check(
                "bcp",
                IdKind::Bcp,
                bcp,
                places(|k| matches!(k, LocationKind::Bcp { .. })),
            ),
            InjectTrigger::OccupancyOver { site, .. } => site.as_ref().and_then(|site| {
                check(
                    "site",
                    IdKind::ReceptionSite,
                    site,
                    places(|k| matches!(k, LocationKind::Reception { .. })),
                )
            }),
            InjectTrigger::PhaseDeclared(phase) => {
                let phases = scenario.plan.phases.iter().map(|p| p.id.clone());
                check("phase", IdKind::Phase, phase, phases.collect())
            }
            InjectTrigger::Delivered { inject, .. } => {
                let known = numbers.iter().map(u32::to_string).collect();
                check("inject", IdKind::Inject, &inject.to_string(), known)
            }
        }
    }
}

impl fmt::Display for InjectTrigger {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InjectTrigger::QueueOver { bcp, people } => write!(f, "queue {bcp} > {people}"),
            InjectTrigger::OccupancyOver { site, percent } => {
                let site = site.as_deref().unwrap_or("any");
                write!(f, "occupancy {site} > {percent}%")
            }
            InjectTrigger::PhaseDeclared(phase) => write!(f, "phase {phase}"),
            InjectTrigger::Delivered { inject, after } if after.millis() == 0 => {
                write!(f, "inject {inject}")
            }
            InjectTrigger::Delivered { inject, after } => write!(f, "inject {inject} + {after}"),
        }
    }
}

/// Text that is not a trigger.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.text().english())]
pub struct TriggerTextError {
    /// The text given.
    pub text: String,
    /// What is wrong.
    pub reason: Text,
}

impl TriggerTextError {
    /// The message as data, for a sheet's problem or a reader's language.
    pub fn text(&self) -> Text {
        Text::new("trigger-error")
            .id("text", self.text.as_str())
            .text("reason", self.reason.clone())
    }
}

impl Localized for TriggerTextError {
    fn localized(&self, lang: Lang) -> String {
        self.text().localized(lang)
    }
}

impl FromStr for InjectTrigger {
    type Err = TriggerTextError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let fail = |reason: Text| TriggerTextError {
            text: text.to_string(),
            reason,
        };
        let words: Vec<&str> = text.split_whitespace().collect();
        match words.as_slice() {
            ["queue", bcp, ">", people] => {
                let people = people
                    .parse()
                    .map_err(|_| fail(Text::new("trigger-error-people").id("found", *people)))?;
                Ok(InjectTrigger::QueueOver {
                    bcp: bcp.to_string(),
                    people,
                })
            }
            ["occupancy", site, ">", percent] => {
                let number = percent.strip_suffix('%').ok_or_else(|| {
                    fail(Text::new("trigger-error-percent-form").id("found", *percent))
                })?;
                let percent: f64 = number
                    .parse()
                    .ok()
                    .filter(|p: &f64| p.is_finite() && *p >= 0.0)
                    .ok_or_else(|| {
                        fail(Text::new("trigger-error-percent").id("found", *percent))
                    })?;
                let site = (*site != "any").then(|| site.to_string());
                Ok(InjectTrigger::OccupancyOver { site, percent })
            }
            ["phase", phase] => Ok(InjectTrigger::PhaseDeclared(phase.to_string())),
            ["inject", number, rest @ ..] => {
                let inject = number
                    .parse()
                    .map_err(|_| fail(Text::new("trigger-error-inject").id("found", *number)))?;
                let after = match rest {
                    [] => SimTime::ZERO,
                    ["+", delay] => delay
                        .parse()
                        .map_err(|e| fail(super::sheet_problem::time_error(&e)))?,
                    _ => return Err(fail(Text::new("trigger-error-after"))),
                };
                Ok(InjectTrigger::Delivered { inject, after })
            }
            _ => Err(fail(Text::new("trigger-error-forms"))),
        }
    }
}
