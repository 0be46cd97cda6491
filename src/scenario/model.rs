//! The scenario schema: what a facilitator writes in a RON file.
//!
//! Every field that is not essential has a serde default, so older scenarios keep loading as
//! the schema grows. Ids are plain strings chosen by the author; references between parts of
//! the scenario are by id and are checked by `validate`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use super::inject_effect::{InjectEffect, UnknownId, bcp_countries};
pub use super::inject_trigger::{InjectTrigger, TriggerTextError};
use crate::i18n::{Lang, Localized, Text};
use crate::time::SimTime;
use crate::tr;

use super::translations::Translations;

/// One exercise: everything the engine needs, nothing else.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Name, start, duration, seed, language.
    pub exercise: Exercise,
    /// Places people pass through.
    pub locations: Vec<Location>,
    /// Travel links between locations (the route graph); each link can be used both ways.
    #[serde(default)]
    pub links: Vec<Link>,
    /// Interpreters, medical teams and bus fleets.
    #[serde(default)]
    pub resources: Resources,
    /// The institutions around the table.
    pub institutions: Vec<Institution>,
    /// The functions of the response and who holds them (RACI).
    pub functions: Vec<Function>,
    /// The contingency plan: phases, triggers, who declares, deadlines.
    pub plan: Plan,
    /// How people arrive, per entry point.
    pub arrivals: Vec<ArrivalProfile>,
    /// Who arrives: nationalities, languages, vulnerabilities, outcomes.
    pub cohort: Cohort,
    /// Which function takes each kind of vulnerable person, and how fast it must.
    #[serde(default)]
    pub referrals: Vec<Referral>,
    /// The master scenario events list.
    #[serde(default)]
    pub msel: Vec<Inject>,
    /// The exercise's objectives, with their critical tasks.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub objectives: Vec<super::objective::Objective>,
}

impl Scenario {
    /// Makes every institution simulated by its mandate, whatever its role (the baseline
    /// `--simulate-all` plays).
    pub fn simulate_all(&mut self) {
        for institution in &mut self.institutions {
            institution.role = Role::Simulated;
        }
    }

    /// The name of institution `id`, or `id` itself when the scenario has no such institution
    /// (an MSEL's sender such as "Exercise control").
    pub fn institution_name(&self, id: &str) -> String {
        self.institutions
            .iter()
            .find(|i| i.id == id)
            .map_or_else(|| id.to_string(), |i| i.name.clone())
    }

    /// Every language code in the scenario (cohort, registration staff, interpreters), in
    /// first-seen order.
    pub fn languages(&self) -> Vec<String> {
        let staff = self.locations.iter().flat_map(|l| match &l.kind {
            LocationKind::Registration { languages, .. } => languages.as_slice(),
            _ => &[],
        });
        let codes = self
            .cohort
            .nationalities
            .iter()
            .flat_map(|n| n.languages.keys())
            .chain(staff)
            .chain(self.resources.interpreters.iter().map(|i| &i.language));
        let mut out: Vec<String> = Vec::new();
        for code in codes {
            if !out.contains(code) {
                out.push(code.clone());
            }
        }
        out
    }
}

/// Exercise metadata.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exercise {
    /// Shown in the console header and on the report cover.
    pub name: String,
    /// A few sentences for the report overview.
    #[serde(default)]
    pub description: String,
    /// Local date and time of T+0, e.g. `"2026-10-24T06:00"`.
    pub start: String,
    /// How long the exercise runs, e.g. `"72h"`.
    pub duration: SimTime,
    /// The seed used when none is given on the command line.
    #[serde(default)]
    pub seed: u64,
    /// Language of the console and the report.
    #[serde(default)]
    pub language: Language,
    /// Interval between samples of the time series.
    #[serde(default = "default_sample_every")]
    pub sample_every: SimTime,
    /// Night hours (local), for people outdoors overnight and slower night decisions.
    #[serde(default)]
    pub night: Night,
    /// When the exercise is conducted (the days people meet), as the report prints it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub dates: String,
    /// Where it is conducted.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub location: String,
    /// Its type, duration and limits of play.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub scope: String,
    /// The HSEEP mission areas it bears on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mission_areas: Vec<super::overview::MissionArea>,
    /// The threat or hazard it exercises.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub threat: String,
    /// Who funds or commissions it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub sponsor: String,
    /// The participating organisations, with their role in the exercise.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub participants: Vec<super::overview::Participant>,
    /// The exercise's point of contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<super::overview::Contact>,
}

impl Exercise {
    /// Whether the scenario gives any of the report's exercise-overview fields.
    pub fn has_overview(&self) -> bool {
        !(self.dates.is_empty()
            && self.location.is_empty()
            && self.scope.is_empty()
            && self.mission_areas.is_empty()
            && self.threat.is_empty()
            && self.sponsor.is_empty()
            && self.participants.is_empty()
            && self.contact.is_none())
    }
}

fn default_sample_every() -> SimTime {
    SimTime::hours(1)
}

/// Language of the user interface and the report.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Language {
    /// English.
    #[default]
    En,
    /// Albanian.
    Sq,
    /// Serbian (Latin script).
    Sr,
    /// Serbian (Cyrillic script).
    SrCyrl,
}

/// The night window, in local hours: from `from_hour` until `to_hour` the next morning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Night {
    /// Hour the night starts (0–23).
    pub from_hour: u8,
    /// Hour the night ends (0–23).
    pub to_hour: u8,
}

impl Default for Night {
    fn default() -> Self {
        Night {
            from_hour: 22,
            to_hour: 6,
        }
    }
}

/// A place in the route network.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Location {
    /// Unique id, used in references.
    pub id: String,
    /// Display name.
    #[serde(default)]
    pub name: String,
    /// The name in other languages (`{ "sq": "…", "sr": "…" }`), read by a reader of that
    /// language instead of `name` (see `Scenario::in_language`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub names: Translations,
    /// What the place is and its parameters.
    pub kind: LocationKind,
    /// The institution that runs the place, when the plan's rule for its kind does not say
    /// it (`Scenario::operators`): its seat sees the place's live figures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator: Option<String>,
}

impl Location {
    /// The display name, or the id when no name is given.
    pub fn label(&self) -> &str {
        if self.name.is_empty() {
            &self.id
        } else {
            &self.name
        }
    }
}

/// The kinds of place and what each needs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum LocationKind {
    /// Where people appear: the far side of a border, in a neighbouring country.
    Entry {
        /// The neighbouring country.
        country: String,
    },
    /// An unofficial crossing: no processing; a share of those who cross is found inland
    /// later and brought to registration, the rest move on unregistered.
    GreenBorder {
        /// The neighbouring country on the other side.
        country: String,
        /// Share of crossers found by patrols (0–1).
        detected: f64,
        /// Time from crossing to being found.
        detection_delay: Distribution,
    },
    /// A border crossing point: a multi-server FIFO queue.
    Bcp {
        /// The neighbouring country.
        country: String,
        /// Processing lanes; servers at any moment are min(lanes, officers on duty).
        lanes: u32,
        /// Officers on duty by time of day.
        shifts: Vec<Shift>,
        /// Time to process one person.
        service: Distribution,
        /// Queue length above which people divert and a request is raised.
        #[serde(default)]
        queue_limit: Option<u32>,
        /// How many people its waiting area shelters; those queuing beyond it wait
        /// outdoors. `None`: not counted.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        waiting_area: Option<u32>,
        /// Whether the crossing is open at the start.
        #[serde(default = "yes")]
        open: bool,
    },
    /// A registration and identification point (biometrics, interview, vulnerability screening).
    Registration {
        /// Desks (workstations) working in parallel.
        desks: u32,
        /// Time to register one person, interpreter present.
        service: Distribution,
        /// Languages the staff speak themselves (no interpreter needed).
        #[serde(default)]
        languages: Vec<String>,
        /// What happens when no interpreter is free for a person's language.
        #[serde(default)]
        without_interpreter: WithoutInterpreter,
        /// How many people its waiting area shelters; those queuing beyond it wait
        /// outdoors. `None`: not counted.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        waiting_area: Option<u32>,
    },
    /// A place where people wait for onward transport (a bus or train link starts here);
    /// no beds. Those over its capacity wait outdoors.
    Transit {
        /// How many people it holds under shelter.
        capacity: u32,
    },
    /// A reception, asylum or temporary centre with beds.
    Reception {
        /// Beds in normal operation.
        capacity: u32,
        /// Extra beds once the plan unlocks surge capacity.
        #[serde(default)]
        surge_capacity: u32,
        /// How long a person stays before leaving.
        stay: Distribution,
        /// Asylum centre (people may be admitted to the procedure here).
        #[serde(default)]
        asylum: bool,
        /// Whether it is open at the start (temporary sites start closed).
        #[serde(default = "yes")]
        open: bool,
    },
    /// A hospital taking medical referrals.
    Hospital {
        /// Beds for the migrant caseload.
        beds: u32,
    },
    /// Where people leave the system: onward to the next country, or back.
    Exit {
        /// The country they go to.
        country: String,
        /// Whether this exit is onward movement or return.
        outcome: ExitKind,
    },
}

/// Which way people leave through an exit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ExitKind {
    /// Moving on to the next country.
    Onward,
    /// Returning to the country they came from.
    Return,
}

fn yes() -> bool {
    true
}

/// From `from_hour` (local) until the next shift, `officers` are on duty.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Shift {
    /// Hour of day the shift starts (0–23).
    pub from_hour: u8,
    /// Officers on duty.
    pub officers: u32,
}

/// Registration of a person whose language nobody present speaks.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub enum WithoutInterpreter {
    /// The person waits until an interpreter is free.
    #[default]
    Wait,
    /// The person is registered anyway, the service time multiplied by this factor.
    Slower(f64),
}

/// A travel link of the route graph.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Link {
    /// One end (location id).
    pub from: String,
    /// Other end (location id).
    pub to: String,
    /// Travel time.
    pub time: SimTime,
    /// On foot, or by a bus fleet.
    #[serde(default)]
    pub mode: Mode,
}

/// How a link is travelled.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Mode {
    /// Everyone walks; no limit.
    #[default]
    Walk,
    /// By bus from the named fleet; people wait for a seat.
    Bus(String),
}

/// Resources that limit flows.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Resources {
    /// Interpreters by language and place.
    #[serde(default)]
    pub interpreters: Vec<Interpreters>,
    /// Medical teams by place.
    #[serde(default)]
    pub medical_teams: Vec<MedicalTeams>,
    /// Bus fleets used by bus links.
    #[serde(default)]
    pub buses: Vec<BusFleet>,
}

/// Interpreters for one language, on site or remote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Interpreters {
    /// Language code, e.g. `"ar"`, `"fa"`, `"ps"`.
    pub language: String,
    /// Where they sit (a registration point); `None` for remote (telephone or video).
    #[serde(default)]
    pub at: Option<String>,
    /// How many work at once.
    pub count: u32,
}

/// Medical teams at a place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MedicalTeams {
    /// Location id.
    pub at: String,
    /// Teams on site.
    pub count: u32,
}

/// A fleet of buses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BusFleet {
    /// Unique id, used by bus links.
    pub id: String,
    /// Buses in the fleet.
    pub count: u32,
    /// Seats per bus.
    pub capacity: u32,
    /// A bus leaves when full or when its first passenger has waited this long.
    #[serde(default = "default_bus_wait")]
    pub max_wait: SimTime,
    /// People waiting for it at one place above which a Transport request is raised to the
    /// Accountable institution of the plan's Transport rule; `None`: the seats of the whole
    /// fleet in service (vehicles × seats), so one round could not carry them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wait_limit: Option<u32>,
}

fn default_bus_wait() -> SimTime {
    SimTime::mins(30)
}

/// An institution around the table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(from = "InstitutionFields")]
pub struct Institution {
    /// Unique id, used in references.
    pub id: String,
    /// Display name.
    pub name: String,
    /// The name in other languages (`{ "sq": "…", "sr": "…" }`).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub names: Translations,
    /// Time it takes to decide on a request, by day.
    pub response: Distribution,
    /// Decisions at night take this many times longer.
    pub night_factor: f64,
    /// Who acts for it in the exercise.
    pub role: Role,
}

/// An institution as a file writes it: `played: true`, the earlier way to say
/// `role: Played`, still loads (`check` suggests the new field).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct InstitutionFields {
    id: String,
    name: String,
    #[serde(default)]
    names: Translations,
    #[serde(default = "default_response")]
    response: Distribution,
    #[serde(default = "one")]
    night_factor: f64,
    #[serde(default, deserialize_with = "given")]
    role: Option<Role>,
    #[serde(default)]
    played: bool,
}

/// A field written out (`role: Played`, not `Some(Played)`), told apart from one left out.
fn given<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Role>, D::Error> {
    Role::deserialize(d).map(Some)
}

impl From<InstitutionFields> for Institution {
    fn from(f: InstitutionFields) -> Self {
        let role = match (f.role, f.played) {
            (Some(role), _) => role,
            (None, true) => Role::Played,
            (None, false) => Role::Simulated,
        };
        Institution {
            id: f.id,
            name: f.name,
            names: f.names,
            response: f.response,
            night_factor: f.night_factor,
            role,
        }
    }
}

/// An institution's role in the exercise: who decides for it.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
pub enum Role {
    /// People at the table decide for it: the engine never does; its requests wait for them.
    Played,
    /// The engine plays it by its mandate and response times.
    #[default]
    Simulated,
    /// Nobody acts for it: its requests wait, which is itself a finding.
    Absent,
}

impl Role {
    /// Every role, in the order the console cycles through them.
    pub const ALL: [Role; 3] = [Role::Played, Role::Simulated, Role::Absent];

    /// The word facilitators read.
    pub fn label(self) -> &'static str {
        match self {
            Role::Played => "played",
            Role::Simulated => "simulated",
            Role::Absent => "absent",
        }
    }

    /// The key of the word in the message catalogue.
    pub fn key(self) -> &'static str {
        match self {
            Role::Played => "role-played",
            Role::Simulated => "role-simulated",
            Role::Absent => "role-absent",
        }
    }

    /// The role as a scenario or a journal writes it.
    pub fn keyword(self) -> &'static str {
        match self {
            Role::Played => "Played",
            Role::Simulated => "Simulated",
            Role::Absent => "Absent",
        }
    }
}

impl Localized for Role {
    fn localized(&self, lang: Lang) -> String {
        tr!(lang, self.key())
    }
}

fn default_response() -> Distribution {
    Distribution::Exp {
        mean: SimTime::hours(1),
    }
}

fn one() -> f64 {
    1.0
}

/// A function of the response and who holds it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Function {
    /// Unique id, used in references.
    pub id: String,
    /// What the function is, in words.
    pub name: String,
    /// Does it (Responsible).
    #[serde(default)]
    pub responsible: Vec<String>,
    /// Answers for it and decides (Accountable). None: unowned; two or more: contested.
    #[serde(default)]
    pub accountable: Vec<String>,
    /// Must be consulted.
    #[serde(default)]
    pub consulted: Vec<String>,
    /// Must be informed of decisions taken under it.
    #[serde(default)]
    pub informed: Vec<String>,
}

/// The contingency plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// The function that coordinates the contingency working group.
    #[serde(default)]
    pub coordination: Option<String>,
    /// Phases in order, the first being the one in force at the start.
    pub phases: Vec<Phase>,
    /// Which function answers each kind of request, and by when.
    #[serde(default)]
    pub requests: Vec<RequestRule>,
    /// How soon the informed institutions must hear of a decision.
    #[serde(default = "default_inform_within")]
    pub inform_within: SimTime,
    /// Registered people may only be moved to reception once reception is approved
    /// (a `ReceptionApproval` decision); until then they wait outdoors.
    #[serde(default)]
    pub reception_needs_approval: bool,
    /// How long decisions take to have an effect once taken.
    #[serde(default)]
    pub delays: Delays,
}

/// Implementation delays: the time from a decision to its effect in the field.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Delays {
    /// From the decision to open a temporary site until it takes people.
    pub temporary_site: SimTime,
    /// From deploying officers until they are on duty (travel time).
    pub officers: SimTime,
    /// From requesting interpreters until they work (remote).
    pub interpreters: SimTime,
    /// From arranging buses until they run.
    pub buses: SimTime,
    /// From approving reception until people may be moved.
    pub reception: SimTime,
}

impl Default for Delays {
    fn default() -> Self {
        Delays {
            temporary_site: SimTime::hours(6),
            officers: SimTime::hours(2),
            interpreters: SimTime::hours(2),
            buses: SimTime::hours(1),
            reception: SimTime::mins(30),
        }
    }
}

fn default_inform_within() -> SimTime {
    SimTime::hours(2)
}

/// A phase of the plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Phase {
    /// Unique id, e.g. `"alert"`.
    pub id: String,
    /// Display name.
    #[serde(default)]
    pub name: String,
    /// The condition that calls for declaring this phase; `None` for the initial phase.
    #[serde(default)]
    pub trigger: Option<Trigger>,
    /// The function whose Accountable institution declares the phase.
    #[serde(default)]
    pub declared_by: Option<String>,
    /// How long the trigger may hold without a declaration before it is a gap.
    #[serde(default)]
    pub declare_within: Option<SimTime>,
    /// Measures the phase unlocks.
    #[serde(default)]
    pub unlocks: Vec<Measure>,
}

/// A condition on the live model.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Trigger {
    /// Met when the metric is above the value (for at least the given time, if any).
    Above {
        /// What is measured.
        metric: Metric,
        /// The threshold.
        value: f64,
        /// How long it must stay above.
        #[serde(default)]
        for_at_least: Option<SimTime>,
    },
    /// Met when the metric has *fallen* below the value: it was at or above the value at an
    /// earlier sweep and is below it now (for at least the given time, if any). A level that
    /// never rose to the value has not fallen below it, so `Below(metric: Outdoors, value:
    /// 100.0)` does not hold at the start, when nobody is outdoors yet.
    Below {
        /// What is measured.
        metric: Metric,
        /// The threshold.
        value: f64,
        /// How long it must stay below.
        #[serde(default)]
        for_at_least: Option<SimTime>,
    },
    /// Not measurable ("when the situation requires"): valid, but a coordination finding.
    Narrative(String),
}

/// A quantity the engine keeps up to date, usable in triggers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Metric {
    /// Arrivals at all entry points over the last window.
    Arrivals {
        /// The window, e.g. `"24h"`.
        window: SimTime,
    },
    /// People waiting at one BCP.
    Queue(String),
    /// The longest queue at any BCP.
    AnyQueue,
    /// Percent of capacity used at one reception site.
    Occupancy(String),
    /// The highest percent of capacity used at any open reception site.
    AnyOccupancy,
    /// People waiting outdoors for a place.
    Outdoors,
    /// People in the country (arrived and not yet left).
    InCountry,
}

impl Metric {
    /// What it measures, to be put into words in the reader's language.
    pub fn text(&self) -> Text {
        match self {
            Metric::Arrivals { window } => Text::new("metric-arrivals").id("window", window.span()),
            Metric::Queue(place) => Text::new("metric-queue").id("place", place),
            Metric::AnyQueue => Text::new("metric-any-queue"),
            Metric::Occupancy(site) => Text::new("metric-occupancy").id("site", site),
            Metric::AnyOccupancy => Text::new("metric-any-occupancy"),
            Metric::Outdoors => Text::new("metric-outdoors"),
            Metric::InCountry => Text::new("metric-in-country"),
        }
    }
}

/// A measure a phase unlocks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Measure {
    /// Reception centres may use their surge capacity.
    SurgeCapacity,
    /// Extra officers at a BCP.
    ExtraOfficers {
        /// BCP id.
        bcp: String,
        /// Officers added to every shift.
        officers: u32,
    },
    /// Liaison with the neighbouring countries' police is active.
    CrossBorderLiaison,
}

/// Which function answers a kind of request, and its deadline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RequestRule {
    /// The situation that raises the request.
    pub request: RequestKind,
    /// The function whose Accountable institution decides.
    pub function: String,
    /// How long the request may wait for a decision.
    pub deadline: SimTime,
}

/// Situations in the model that ask an institution for a decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum RequestKind {
    /// A BCP queue is over its limit: approve reception of the group.
    ReceptionApproval,
    /// People wait for transport to reception.
    Transport,
    /// Reception is full: open a temporary site.
    TemporarySite,
    /// No interpreter for a language present.
    Interpreters,
    /// More officers are needed at a BCP.
    Officers,
}

impl RequestKind {
    /// The kind as a scenario file writes it (`ReceptionApproval`): a stable id for JSON
    /// and CSV.
    pub fn id(self) -> &'static str {
        match self {
            RequestKind::ReceptionApproval => "ReceptionApproval",
            RequestKind::Transport => "Transport",
            RequestKind::TemporarySite => "TemporarySite",
            RequestKind::Interpreters => "Interpreters",
            RequestKind::Officers => "Officers",
        }
    }

    /// The key of what it asks for, as the console lists it (`approve reception`).
    pub fn key(self) -> &'static str {
        match self {
            RequestKind::ReceptionApproval => "request-kind-reception-approval",
            RequestKind::Transport => "request-kind-transport",
            RequestKind::TemporarySite => "request-kind-temporary-site",
            RequestKind::Interpreters => "request-kind-interpreters",
            RequestKind::Officers => "request-kind-officers",
        }
    }

    /// What it is about, as a gap names it (`reception approval request`), to be put
    /// into words in the reader's language.
    pub fn subject(self) -> Text {
        Text::new(match self {
            RequestKind::ReceptionApproval => "request-subject-reception-approval",
            RequestKind::Transport => "request-subject-transport",
            RequestKind::TemporarySite => "request-subject-temporary-site",
            RequestKind::Interpreters => "request-subject-interpreters",
            RequestKind::Officers => "request-subject-officers",
        })
    }
}

/// How people arrive at one entry point.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArrivalProfile {
    /// Entry or green-border location id.
    pub at: String,
    /// The Poisson rate over time.
    pub rate: Rate,
    /// Extra groups arriving over a period.
    #[serde(default)]
    pub surges: Vec<Surge>,
    /// The counts of an observed series (`rate: Observed("file.csv")`), read from its CSV
    /// when the scenario is loaded from a file (see `scenario::observed_csv`); never written in
    /// the RON text.
    #[serde(skip)]
    pub observed: Vec<super::observed_csv::ObservedArrival>,
    /// The hash of the observed series' file as read (`fnv1a64:` and 16 hexadecimal digits,
    /// as the scenario's), which a journal's header records; never written in the RON text.
    #[serde(skip)]
    pub observed_hash: Option<String>,
}

/// A Poisson arrival rate, in people per hour.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Rate {
    /// The same rate all the time.
    PerHour(f64),
    /// From each time on, the given rate, until the next step: `[("0h", 7.5), ("12h", 20.0)]`.
    Steps(Vec<(SimTime, f64)>),
    /// The counts of an observed daily (or hourly) series, from a CSV file beside the
    /// scenario, its path relative to the scenario file: `Observed("arrivals-2015.csv")`.
    /// No random arrivals: each count arrives as observed (docs/observed-flows.md).
    Observed(String),
}

/// A surge: `people` extra arrivals spread uniformly over `over`, starting `at`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Surge {
    /// When it starts.
    pub at: SimTime,
    /// How many people.
    pub people: u32,
    /// Over how long (a convoy arriving at once: `"10m"`).
    pub over: SimTime,
}

/// Who arrives.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cohort {
    /// Nationalities with their shares (summing to 1) and languages.
    pub nationalities: Vec<Nationality>,
    /// Share of people with each vulnerability (independent flags, each 0–1).
    #[serde(default)]
    pub vulnerable: BTreeMap<Vulnerability, f64>,
    /// What people do after reception, as shares summing to 1.
    pub outcomes: Outcomes,
}

/// A nationality in the cohort mix.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Nationality {
    /// Name or code.
    pub id: String,
    /// Share of arrivals (0–1).
    pub share: f64,
    /// Languages spoken, with shares among this nationality summing to 1.
    pub languages: BTreeMap<String, f64>,
    /// ISO 3166-1 alpha-2 code of the citizenship (`"SY"`), as statistics tables write it;
    /// empty (none given) is exported as `UNK`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub citizen: String,
    /// Shares of each sex summing to 1 (`{Female: 0.3, Male: 0.7}`); none leaves sex
    /// unknown and draws nothing.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub sex: BTreeMap<super::Sex, f64>,
    /// Shares of each age band summing to 1 (`{Under14: 0.2, From14To17: 0.05, ...}`); none
    /// leaves age unknown and draws nothing.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub age: BTreeMap<super::AgeBand, f64>,
}

/// Kinds of vulnerability that call for referral.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Vulnerability {
    /// A child travelling without a parent or guardian.
    UnaccompaniedMinor,
    /// A family with infants.
    FamilyWithInfants,
    /// Urgent medical need (hypothermia, injury, chronic disease).
    Medical,
    /// Elderly or disabled.
    Elderly,
    /// Possible victim of trafficking.
    PossibleTrafficking,
    /// Pregnant woman.
    Pregnant,
}

impl Vulnerability {
    /// Every kind, in a fixed order.
    pub const ALL: [Vulnerability; 6] = [
        Vulnerability::UnaccompaniedMinor,
        Vulnerability::FamilyWithInfants,
        Vulnerability::Medical,
        Vulnerability::Elderly,
        Vulnerability::PossibleTrafficking,
        Vulnerability::Pregnant,
    ];

    /// The kind as a scenario file writes it (`UnaccompaniedMinor`): a stable id for
    /// texts, random-stream names and digests.
    pub fn id(self) -> &'static str {
        match self {
            Vulnerability::UnaccompaniedMinor => "UnaccompaniedMinor",
            Vulnerability::FamilyWithInfants => "FamilyWithInfants",
            Vulnerability::Medical => "Medical",
            Vulnerability::Elderly => "Elderly",
            Vulnerability::PossibleTrafficking => "PossibleTrafficking",
            Vulnerability::Pregnant => "Pregnant",
        }
    }

    /// Bit of this kind in a person's flags.
    pub fn bit(self) -> u8 {
        1 << (self as u8)
    }

    /// The key of its name in the message catalogue.
    pub fn key(self) -> &'static str {
        match self {
            Vulnerability::UnaccompaniedMinor => "vulnerability-unaccompanied-minor",
            Vulnerability::FamilyWithInfants => "vulnerability-family-with-infants",
            Vulnerability::Medical => "vulnerability-medical",
            Vulnerability::Elderly => "vulnerability-elderly",
            Vulnerability::PossibleTrafficking => "vulnerability-trafficking",
            Vulnerability::Pregnant => "vulnerability-pregnant",
        }
    }

    /// Its name, to be put into words in the reader's language.
    pub fn text(self) -> Text {
        Text::new(self.key())
    }
}

impl Localized for Vulnerability {
    fn localized(&self, lang: Lang) -> String {
        tr!(lang, self.key())
    }
}

/// What people do after their stay in reception.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outcomes {
    /// Move on to the next country.
    pub onward: f64,
    /// Are admitted to the asylum procedure.
    pub asylum: f64,
    /// Return.
    #[serde(rename = "return")]
    pub return_: f64,
}

/// Which function takes one kind of vulnerable person.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Referral {
    /// The kind of vulnerability.
    pub vulnerability: Vulnerability,
    /// The function (its Responsible institution) that takes the case.
    pub function: String,
    /// How soon after identification the person must be handed over.
    pub deadline: SimTime,
    /// How long the hand-over takes.
    pub handover: Distribution,
}

/// One inject of the master scenario events list (HSEEP columns).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Inject {
    /// Unique MSEL number.
    pub number: u32,
    /// Scenario time it is due; with a `trigger`, the time from which the trigger is watched.
    pub at: SimTime,
    /// A condition on the live model that makes it due instead of its time.
    #[serde(default)]
    pub trigger: Option<InjectTrigger>,
    /// What it changes in the model when it is delivered; `None` only informs.
    #[serde(default)]
    pub effect: Option<InjectEffect>,
    /// The event synopsis / message.
    pub synopsis: String,
    /// The synopsis in other languages (`{ "sq": "…", "sr": "…" }`), on the cards and in the
    /// report of a reader of that language.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub synopses: Translations,
    /// The persona or agency it comes from (free text).
    pub from: String,
    /// Institutions that receive it.
    pub to: Vec<String>,
    /// Delivery method (phone, email, radio, handout...).
    #[serde(default)]
    pub method: String,
    /// What good play looks like.
    #[serde(default)]
    pub expected_action: String,
    /// The expected action in other languages (`{ "sq": "…", "sr": "…" }`), in the
    /// controller's MSEL, the console and the report of a reader of that language.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub expected_actions: Translations,
    /// The decisions it expects, machine-checked against the decision log: each is met,
    /// met late or missed (`report`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub expect: Vec<super::Expectation>,
    /// Objective or core capability tested.
    #[serde(default)]
    pub capability: String,
    /// Controller notes.
    #[serde(default)]
    pub notes: String,
}

/// A random duration, written with the time syntax: `Exp(mean: "6m")`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Distribution {
    /// Exponential with the given mean.
    Exp {
        /// Mean.
        mean: SimTime,
    },
    /// Log-normal with the given mean and standard deviation.
    LogNormal {
        /// Mean.
        mean: SimTime,
        /// Standard deviation.
        sd: SimTime,
    },
    /// Always the same.
    Fixed(SimTime),
    /// Uniform between two times.
    Uniform {
        /// Shortest.
        min: SimTime,
        /// Longest.
        max: SimTime,
    },
}

impl Distribution {
    /// The mean duration.
    pub fn mean(&self) -> SimTime {
        match *self {
            Distribution::Exp { mean } | Distribution::LogNormal { mean, .. } => mean,
            Distribution::Fixed(t) => t,
            Distribution::Uniform { min, max } => SimTime(min.0.midpoint(max.0)),
        }
    }
}
