//! The one command type: every change to a running exercise. A command is a control action
//! of the facilitator, a decision by an institution, a scenario-side inject or the delivery
//! of an MSEL inject. Commands are journaled, so each variant is plain data with readable
//! fields; the values a person or a script can write are range-checked on reading
//! (`scenario::Ranges`), so a journal line or a script is refused at its location rather than
//! overflowing the model.

use serde::{Deserialize, Serialize};

use crate::i18n::{Lang, Localized, Text};
use crate::scenario::ranges as range;
use crate::scenario::{
    Expected, IdKind, InjectEffect, Observation, OutOfRange, Ranges, Role, Vulnerability,
};
use crate::schedule::{Slot, SlotRefusal};
use crate::sim;
use crate::tr;

/// A change to the exercise, applied at the current simulated time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Command {
    /// A control action: the facilitator changes the model directly, at once.
    Control(ControlAction),
    /// A decision taken by an institution; it acts after the plan's implementation delay.
    Decision {
        /// Institution id.
        by: String,
        /// What it decided.
        decision: DecisionKind,
    },
    /// A scenario-side inject given now (a surge, a border closed, an incident at a site, a
    /// shortage, a breakdown, a message).
    Inject(InjectEffect),
    /// Deliver an MSEL inject: its receivers learn its message (what they knew, and when),
    /// and its effect, if it has one, takes effect.
    DeliverInject {
        /// The inject's number in the MSEL.
        number: u32,
    },
    /// Change an institution's role in the exercise from now on (played by people,
    /// simulated by its mandate, or absent).
    SetRole {
        /// Institution id.
        institution: String,
        /// Its role from now on.
        role: Role,
    },
    /// Something players of an institution did outside the command catalogue ("convene the
    /// working group", "press release"): recorded for the timeline and the report; it
    /// changes nothing in the model.
    Action {
        /// Institution id.
        by: String,
        /// What they did, in their words (at most `Ranges::TEXT` characters).
        #[serde(deserialize_with = "range::text")]
        text: String,
    },
    /// A facilitator's note at this time; it changes nothing in the model.
    Note {
        /// The note (at most `Ranges::TEXT` characters).
        #[serde(deserialize_with = "range::text")]
        text: String,
    },
    /// An evaluator's (or the facilitator's) observation at this time; it changes nothing
    /// in the model.
    Observe(Observation),
    /// Hold back, release or retime an MSEL inject not yet delivered; it changes when the
    /// inject is due, nothing in the model.
    Reschedule {
        /// The inject's number in the MSEL.
        number: u32,
        /// When it is due from now on.
        to: Slot,
    },
}

/// Who gave a command: the journal records it on every command line, and the decision log
/// on every decision, so the after-action report can tell what people did from what the
/// simulation did for them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Origin {
    /// The facilitator (a control action, an inject given by hand, a role change, a note).
    Facilitator,
    /// The people playing an institution, entered at the console on their behalf or from
    /// their own seat.
    Player {
        /// Institution id.
        institution: String,
        /// Where it was entered.
        via: Via,
    },
    /// The MSEL: an inject delivered at its time by a headless run.
    Msel(u32),
    /// An evaluator.
    Evaluator,
    /// The engine, deciding for a simulated institution by its mandate. Such decisions are
    /// derived again on replay, never journaled.
    Simulated,
}

/// Where a player's command was entered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Via {
    /// At the facilitator's console, on the institution's behalf.
    Console,
    /// From the institution's own seat (a browser).
    Seat,
}

impl Origin {
    /// The origin a command has when none is recorded (journals before format 3, scripts,
    /// a plain `Simulation::apply`): the players of the institution it names, at the
    /// console; otherwise the facilitator.
    pub fn inferred(command: &Command) -> Origin {
        match command.institution() {
            Some(institution) => Origin::player(institution, Via::Console),
            None => Origin::Facilitator,
        }
    }

    /// The players of `institution`, via `via`.
    pub fn player(institution: impl Into<String>, via: Via) -> Origin {
        Origin::Player {
            institution: institution.into(),
            via,
        }
    }

    /// Whether the engine decided (for a simulated institution).
    pub fn is_simulated(&self) -> bool {
        match self {
            Origin::Simulated => true,
            Origin::Facilitator | Origin::Player { .. } | Origin::Msel(_) | Origin::Evaluator => {
                false
            }
        }
    }

    /// Why this origin cannot give `command`, if it cannot: the simulation's own origin is
    /// never given, and players act only for their own institution.
    pub fn cannot_give(&self, command: &Command) -> Option<CommandError> {
        match (self, command.institution()) {
            (Origin::Simulated, _) => Some(CommandError::NotGiven),
            (Origin::Player { institution, .. }, Some(by)) if institution != by => {
                Some(CommandError::NotYourInstitution {
                    player: institution.clone(),
                    by: by.to_string(),
                })
            }
            (Origin::Player { institution, .. }, None) => Some(CommandError::PlayersOnly {
                player: institution.clone(),
            }),
            (Origin::Player { .. }, Some(_))
            | (Origin::Facilitator | Origin::Msel(_) | Origin::Evaluator, _) => None,
        }
    }

    /// The origin as a short code for files: `facilitator`, `player:console`,
    /// `player:seat`, `msel:3`, `evaluator`, `simulated` (the institution is in its own
    /// column).
    pub fn code(&self) -> String {
        match self {
            Origin::Facilitator => "facilitator".into(),
            Origin::Player { via, .. } => format!("player:{}", via.keyword()),
            Origin::Msel(n) => format!("msel:{n}"),
            Origin::Evaluator => "evaluator".into(),
            Origin::Simulated => "simulated".into(),
        }
    }
}

impl Localized for Origin {
    /// Who gave it, in words: `facilitator`, `mia (own seat)`, `MSEL inject 3`, `the
    /// simulation`.
    fn localized(&self, lang: Lang) -> String {
        match self {
            Origin::Facilitator => tr!(lang, "moment-facilitator"),
            Origin::Player { institution, via } => tr!(
                lang,
                match via {
                    Via::Console => "origin-player-console",
                    Via::Seat => "origin-player-seat",
                },
                institution = institution
            ),
            Origin::Msel(number) => tr!(lang, "origin-msel", number = *number),
            Origin::Evaluator => tr!(lang, "origin-evaluator"),
            Origin::Simulated => tr!(lang, "origin-simulated"),
        }
    }
}

impl Via {
    /// `console` or `seat`.
    pub fn keyword(self) -> &'static str {
        match self {
            Via::Console => "console",
            Via::Seat => "seat",
        }
    }
}

/// A control action: a direct change to the model by the facilitator.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum ControlAction {
    /// Close a BCP: nobody new is processed; those waiting divert to other crossings.
    CloseBcp {
        /// BCP id.
        bcp: String,
    },
    /// Re-open a closed BCP.
    OpenBcp {
        /// BCP id.
        bcp: String,
    },
    /// Add (or with a negative number remove) officers on every shift of a BCP.
    ChangeOfficers {
        /// BCP id.
        bcp: String,
        /// Officers added; negative for a shortage (at most `Ranges::OFFICERS` either way).
        #[serde(deserialize_with = "range::officer_change")]
        by: i32,
    },
    /// Set the normal bed capacity of a reception site.
    SetCapacity {
        /// Reception site id.
        site: String,
        /// Beds (at most `Ranges::BEDS`).
        #[serde(deserialize_with = "range::beds")]
        capacity: u32,
    },
    /// Open a reception site at once.
    OpenSite {
        /// Reception site id.
        site: String,
    },
    /// Close a reception site to new arrivals.
    CloseSite {
        /// Reception site id.
        site: String,
    },
    /// Let every reception site use its surge capacity.
    UnlockSurgeCapacity,
}

/// What an institution decides.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum DecisionKind {
    /// Declare a phase of the contingency plan.
    DeclarePhase {
        /// Phase id.
        phase: String,
    },
    /// Approve reception of the people at the border.
    ApproveReception,
    /// Open a temporary reception site (it takes people after the plan's delay).
    OpenTemporarySite {
        /// Reception site id.
        site: String,
    },
    /// Deploy officers to a BCP (on duty after their travel time).
    DeployOfficers {
        /// BCP id.
        bcp: String,
        /// How many (at most `Ranges::OFFICERS`).
        #[serde(deserialize_with = "range::officers")]
        officers: u32,
    },
    /// Bring in (remote) interpreters for a language.
    RequestInterpreters {
        /// Language code.
        language: String,
        /// How many (at most `Ranges::INTERPRETERS`).
        #[serde(deserialize_with = "range::count")]
        count: u32,
    },
    /// Add buses to a fleet.
    ArrangeBuses {
        /// Fleet id.
        fleet: String,
        /// How many (at most `Ranges::BUSES`).
        #[serde(deserialize_with = "range::buses")]
        buses: u32,
    },
    /// Take responsibility for the vulnerable cases of one kind.
    ReferCase {
        /// The kind of case.
        vulnerability: Vulnerability,
    },
    /// Inform an institution of the decisions under a function (or a phase), with a
    /// message in the sender's words if any.
    Notify {
        /// Institution informed.
        to: String,
        /// Function id or phase id the information is about.
        about: String,
        /// What they are told, in the sender's words (at most `Ranges::TEXT` characters);
        /// empty for none, and then not written (journals written before it read as none).
        #[serde(
            default,
            skip_serializing_if = "String::is_empty",
            deserialize_with = "range::text"
        )]
        text: String,
    },
    /// Settle who is accountable for a function, during play.
    AssignFunction {
        /// Function id.
        function: String,
        /// The institution that is from now on accountable.
        institution: String,
    },
}

impl Command {
    /// A decision by `by`.
    pub fn decision(by: impl Into<String>, decision: DecisionKind) -> Command {
        Command::Decision {
            by: by.into(),
            decision,
        }
    }

    /// The institution acting: the one giving a decision or an action; `None` for the
    /// facilitator's commands.
    pub fn institution(&self) -> Option<&str> {
        match self {
            Command::Decision { by, .. } | Command::Action { by, .. } => Some(by),
            Command::Control(_)
            | Command::Inject(_)
            | Command::DeliverInject { .. }
            | Command::SetRole { .. }
            | Command::Note { .. }
            | Command::Observe(_)
            | Command::Reschedule { .. } => None,
        }
    }

    /// The MSEL inject this command delivers, if it is a delivery.
    pub fn delivers(&self) -> Option<u32> {
        match self {
            Command::DeliverInject { number } => Some(*number),
            Command::Control(_)
            | Command::Decision { .. }
            | Command::Inject(_)
            | Command::SetRole { .. }
            | Command::Action { .. }
            | Command::Note { .. }
            | Command::Observe(_)
            | Command::Reschedule { .. } => None,
        }
    }

    /// The first value out of its range (see `Ranges`), if any. Reading a journal or a
    /// script refuses such values at their line; this check refuses them from any other
    /// front end before they reach the model.
    pub fn out_of_range(&self) -> Option<OutOfRange> {
        match self {
            Command::Control(action) => action.out_of_range(),
            Command::Decision { decision, .. } => decision.out_of_range(),
            Command::Inject(effect) => range::effect_out_of_range(effect),
            Command::Action { text, .. }
            | Command::Note { text }
            | Command::Observe(Observation { text, .. }) => range::check_text(text).err(),
            Command::DeliverInject { .. }
            | Command::SetRole { .. }
            | Command::Reschedule { .. } => None,
        }
    }

    /// A short description for decision logs, messages and the timeline, to be put into
    /// words in the reader's language.
    pub fn text(&self) -> Text {
        match self {
            Command::Control(action) => action.text(),
            Command::Decision { decision, .. } => decision.text(),
            Command::Inject(effect) => effect.text(),
            Command::DeliverInject { number } => {
                Text::new("describe-deliver-inject").count("number", *number)
            }
            Command::SetRole { institution, role } => Text::new("describe-set-role")
                .id("institution", institution)
                .text("role", Text::new(role.key())),
            Command::Action { text, .. } => Text::new("describe-action").id("text", text),
            Command::Note { text } => Text::new("describe-note").id("text", text),
            Command::Observe(observation) => {
                Text::new("describe-observation").id("text", &observation.text)
            }
            Command::Reschedule { number, to } => match to {
                Slot::AsPlanned => Text::new("describe-release-inject").count("number", *number),
                Slot::Held => Text::new("describe-hold-inject").count("number", *number),
                Slot::At(at) => Text::new("describe-retime-inject")
                    .count("number", *number)
                    .id("at", at.t_plus()),
            },
        }
    }
}

impl From<ControlAction> for Command {
    fn from(action: ControlAction) -> Command {
        Command::Control(action)
    }
}

impl From<InjectEffect> for Command {
    fn from(effect: InjectEffect) -> Command {
        Command::Inject(effect)
    }
}

impl ControlAction {
    /// The engine change this action makes: the one translation of a control action.
    pub(crate) fn change(&self) -> sim::Change {
        match self.clone() {
            ControlAction::CloseBcp { bcp } => sim::Change::CloseBcp { bcp },
            ControlAction::OpenBcp { bcp } => sim::Change::OpenBcp { bcp },
            ControlAction::ChangeOfficers { bcp, by } => sim::Change::AdjustOfficers { bcp, by },
            ControlAction::SetCapacity { site, capacity } => {
                sim::Change::SetCapacity { site, capacity }
            }
            ControlAction::OpenSite { site } => sim::Change::OpenSite { site },
            ControlAction::CloseSite { site } => sim::Change::CloseSite { site },
            ControlAction::UnlockSurgeCapacity => sim::Change::UnlockSurgeCapacity,
        }
    }

    fn out_of_range(&self) -> Option<OutOfRange> {
        match self {
            ControlAction::ChangeOfficers { by, .. } => range::check_officer_change(*by).err(),
            ControlAction::SetCapacity { capacity, .. } => {
                range::check("capacity", *capacity, Ranges::BEDS).err()
            }
            ControlAction::CloseBcp { .. }
            | ControlAction::OpenBcp { .. }
            | ControlAction::OpenSite { .. }
            | ControlAction::CloseSite { .. }
            | ControlAction::UnlockSurgeCapacity => None,
        }
    }

    /// A short description, to be put into words in the reader's language.
    pub fn text(&self) -> Text {
        match self {
            ControlAction::CloseBcp { bcp } => Text::new("describe-close-bcp").id("bcp", bcp),
            ControlAction::OpenBcp { bcp } => Text::new("describe-open-bcp").id("bcp", bcp),
            ControlAction::ChangeOfficers { bcp, by } => Text::new("describe-change-officers")
                .id("bcp", bcp)
                .id("by", by.to_string()),
            ControlAction::SetCapacity { site, capacity } => Text::new("describe-set-capacity")
                .id("site", site)
                .count("capacity", *capacity),
            ControlAction::OpenSite { site } => Text::new("describe-open-site").id("site", site),
            ControlAction::CloseSite { site } => Text::new("describe-close-site").id("site", site),
            ControlAction::UnlockSurgeCapacity => Text::new("describe-unlock-surge"),
        }
    }
}

impl DecisionKind {
    /// The kind of decision it is and what it is about, as an MSEL expectation names them.
    pub fn expected(&self) -> (Expected, Option<String>) {
        match self {
            DecisionKind::DeclarePhase { phase } => (Expected::DeclarePhase, Some(phase.clone())),
            DecisionKind::ApproveReception => (Expected::ApproveReception, None),
            DecisionKind::OpenTemporarySite { site } => {
                (Expected::OpenTemporarySite, Some(site.clone()))
            }
            DecisionKind::DeployOfficers { bcp, .. } => {
                (Expected::DeployOfficers, Some(bcp.clone()))
            }
            DecisionKind::RequestInterpreters { language, .. } => {
                (Expected::RequestInterpreters, Some(language.clone()))
            }
            DecisionKind::ArrangeBuses { fleet, .. } => {
                (Expected::ArrangeBuses, Some(fleet.clone()))
            }
            DecisionKind::ReferCase { vulnerability } => {
                (Expected::ReferCase, Some(vulnerability.id().to_string()))
            }
            DecisionKind::Notify { to, .. } => (Expected::Notify, Some(to.clone())),
            DecisionKind::AssignFunction { function, .. } => {
                (Expected::AssignFunction, Some(function.clone()))
            }
        }
    }

    fn out_of_range(&self) -> Option<OutOfRange> {
        match self {
            DecisionKind::DeployOfficers { officers, .. } => {
                range::check("officers", *officers, Ranges::OFFICERS).err()
            }
            DecisionKind::RequestInterpreters { count, .. } => {
                range::check("count", *count, Ranges::INTERPRETERS).err()
            }
            DecisionKind::ArrangeBuses { buses, .. } => {
                range::check("buses", *buses, Ranges::BUSES).err()
            }
            DecisionKind::DeclarePhase { .. }
            | DecisionKind::ApproveReception
            | DecisionKind::OpenTemporarySite { .. }
            | DecisionKind::ReferCase { .. }
            | DecisionKind::AssignFunction { .. } => None,
            DecisionKind::Notify { text, .. } => range::check_text(text).err(),
        }
    }

    /// A short description, to be put into words in the reader's language.
    pub fn text(&self) -> Text {
        match self {
            DecisionKind::DeclarePhase { phase } => {
                Text::new("decision-declare-phase").id("phase", phase)
            }
            DecisionKind::ApproveReception => Text::new("decision-approve-reception"),
            DecisionKind::OpenTemporarySite { site } => {
                Text::new("decision-open-temporary-site").id("site", site)
            }
            DecisionKind::DeployOfficers { bcp, officers } => Text::new("decision-deploy-officers")
                .count("officers", *officers)
                .id("bcp", bcp),
            DecisionKind::RequestInterpreters { language, count } => {
                Text::new("decision-request-interpreters")
                    .count("count", *count)
                    .id("language", language)
            }
            DecisionKind::ArrangeBuses { fleet, buses } => Text::new("decision-arrange-buses")
                .count("buses", *buses)
                .id("fleet", fleet),
            DecisionKind::ReferCase { vulnerability } => {
                Text::new("decision-refer-case").text("kind", vulnerability.text())
            }
            DecisionKind::Notify { to, about, text } if text.is_empty() => {
                Text::new("decision-notify").id("to", to).id("about", about)
            }
            DecisionKind::Notify { to, about, text } => Text::new("decision-notify-text")
                .id("to", to)
                .id("about", about)
                .id("text", text),
            DecisionKind::AssignFunction {
                function,
                institution,
            } => Text::new("decision-assign-function")
                .id("function", function)
                .id("institution", institution),
        }
    }
}

/// Why the model refused a change (an unknown place, language, fleet, country or
/// nationality).
pub use crate::sim::ChangeError as ModelError;

/// Why a command was refused. A refused command changes nothing.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CommandError {
    /// The model refused it (an unknown place, language or fleet).
    Model(#[from] ModelError),
    /// An id that names nothing of the expected kind in this scenario.
    Unknown {
        /// What kind of thing was expected (institution, phase, function, reception site ...).
        what: IdKind,
        /// The id given.
        id: String,
        /// The ids that would be accepted.
        known: Vec<String>,
    },
    /// A decision for an institution nobody plays in this exercise.
    Absent {
        /// Institution id.
        institution: String,
    },
    /// A value beyond what a command may name (see `Ranges`).
    OutOfRange(OutOfRange),
    /// Players tried to act for another institution.
    NotYourInstitution {
        /// The players' institution.
        player: String,
        /// The institution the command names.
        by: String,
    },
    /// Players tried to give a facilitator's command.
    PlayersOnly {
        /// The players' institution.
        player: String,
    },
    /// A command given as if by the simulation, which gives none.
    NotGiven,
    /// An MSEL inject that cannot be held, released or retimed as asked.
    Reschedule {
        /// The inject's number.
        number: u32,
        /// Why not.
        why: SlotRefusal,
    },
}

impl std::fmt::Display for CommandError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.localized(Lang::En))
    }
}

impl Localized for CommandError {
    fn localized(&self, lang: Lang) -> String {
        match self {
            CommandError::Model(err) => err.localized(lang),
            CommandError::Unknown { what, id, known } => unknown(lang, *what, id, known),
            CommandError::Absent { institution } => {
                tr!(lang, "command-error-absent", institution = institution)
            }
            CommandError::OutOfRange(range) => range.localized(lang),
            CommandError::NotYourInstitution { player, by } => {
                tr!(lang, "command-error-not-yours", player = player, by = by)
            }
            CommandError::PlayersOnly { player } => {
                tr!(lang, "command-error-players-only", player = player)
            }
            CommandError::NotGiven => tr!(lang, "command-error-not-given"),
            CommandError::Reschedule { number, why } => tr!(
                lang,
                "command-error-reschedule",
                number = number.to_string(),
                why = why.localized(lang),
            ),
        }
    }
}

/// `unknown bus fleet `b9`; known: b1, b2`, in `lang`.
pub(crate) fn unknown(lang: Lang, what: IdKind, id: &str, known: &[String]) -> String {
    tr!(
        lang,
        "command-error-unknown",
        what = what.localized(lang),
        id = id,
        known = known.join(", "),
    )
}

/// MSEL inject `number` of `scenario`, or the error that names the known ones.
pub(crate) fn msel_inject(
    scenario: &crate::Scenario,
    number: u32,
) -> Result<&crate::scenario::Inject, CommandError> {
    let msel = &scenario.msel;
    msel.iter()
        .find(|i| i.number == number)
        .ok_or_else(|| CommandError::Unknown {
            what: IdKind::Inject,
            id: number.to_string(),
            known: msel.iter().map(|i| i.number.to_string()).collect(),
        })
}
