//! The commands the palette offers: one entry per command, naming its fields and how to
//! build it from validated values. Adding a command to the console is adding an entry here.

use crate::i18n::Lang;
use crate::scenario::{LocationKind, Role, Scenario, Vulnerability};
use crate::tr;
use crate::{Command, ControlAction, DecisionKind, Ranges};

/// What a form field accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    /// The id of a border crossing point.
    Bcp,
    /// The id of a reception site.
    Site,
    /// The id of an institution.
    Institution,
    /// The id of a plan phase.
    Phase,
    /// The id of a function.
    Function,
    /// A function or phase id (what a notification is about).
    Topic,
    /// A language code of the scenario.
    Language,
    /// The id of a bus fleet.
    Fleet,
    /// A kind of vulnerability, as the journal spells it.
    Vulnerability,
    /// A role in the exercise: `played`, `simulated` or `absent`.
    Role,
    /// Free text (at most `Ranges::TEXT` characters).
    Text,
    /// Free text that may be left empty (at most `Ranges::TEXT` characters).
    OptionalText,
    /// An HSEEP rating: `P`, `S`, `M` or `U`.
    Rating,
    /// A whole number in a range.
    Int {
        /// Smallest accepted.
        min: i64,
        /// Largest accepted.
        max: i64,
    },
}

impl FieldKind {
    /// The range a whole number must lie in; `None` for any other kind.
    pub fn range(self) -> Option<(i64, i64)> {
        match self {
            FieldKind::Int { min, max } => Some((min, max)),
            FieldKind::Bcp
            | FieldKind::Site
            | FieldKind::Institution
            | FieldKind::Phase
            | FieldKind::Function
            | FieldKind::Topic
            | FieldKind::Language
            | FieldKind::Fleet
            | FieldKind::Vulnerability
            | FieldKind::Role
            | FieldKind::Rating
            | FieldKind::Text
            | FieldKind::OptionalText => None,
        }
    }
}

/// One field of a command form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldSpec {
    /// Field name, as in the journal.
    pub name: &'static str,
    /// What the form calls it (a catalogue key).
    pub label: &'static str,
    /// What it accepts.
    pub kind: FieldKind,
    /// One line of help shown beside it (a catalogue key).
    pub help: &'static str,
}

/// A validated field value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// A scenario id.
    Id(String),
    /// A number.
    Int(i64),
}

impl Value {
    fn id(&self) -> String {
        match self {
            Value::Id(s) => s.clone(),
            Value::Int(n) => n.to_string(),
        }
    }

    fn int(&self) -> i64 {
        match self {
            Value::Int(n) => *n,
            Value::Id(_) => 0,
        }
    }

    fn count(&self) -> u32 {
        u32::try_from(self.int()).unwrap_or(0)
    }

    /// The role a validated `Role` field names.
    fn role(&self) -> Role {
        let id = self.id();
        Role::ALL
            .into_iter()
            .find(|r| r.label() == id)
            .unwrap_or(Role::Played)
    }

    /// The vulnerability a validated `Vulnerability` field names.
    fn vulnerability(&self) -> Vulnerability {
        let id = self.id();
        Vulnerability::ALL
            .into_iter()
            .find(|v| vulnerability_id(*v) == id)
            .unwrap_or(Vulnerability::UnaccompaniedMinor)
    }
}

/// How the journal spells a kind of vulnerability.
pub fn vulnerability_id(v: Vulnerability) -> String {
    format!("{v:?}")
}

/// A command the palette can compose.
#[derive(Debug, Clone, Copy)]
pub struct CommandSpec {
    /// Name shown in the palette.
    pub name: &'static str,
    /// What it does, in one line (a catalogue key).
    pub summary: &'static str,
    /// For a command that looks like another, which to use when (a catalogue key).
    pub when: Option<&'static str>,
    /// Its fields, in order.
    pub fields: &'static [FieldSpec],
    /// Builds the command from one validated value per field.
    pub build: fn(&[Value]) -> Command,
}

const BCP: FieldSpec = FieldSpec {
    name: "bcp",
    label: "field-label-bcp",
    kind: FieldKind::Bcp,
    help: "field-help-bcp",
};

const SITE: FieldSpec = FieldSpec {
    name: "site",
    label: "field-label-site",
    kind: FieldKind::Site,
    help: "field-help-site",
};

const BY: FieldSpec = FieldSpec {
    name: "by",
    label: "field-label-by",
    kind: FieldKind::Institution,
    help: "field-help-by",
};

/// A count from 1 to `max` (the command's range in `Ranges`, as a journal line is checked).
const fn count(name: &'static str, label: &'static str, help: &'static str, max: u32) -> FieldSpec {
    FieldSpec {
        name,
        label,
        kind: FieldKind::Int {
            min: 1,
            max: max as i64,
        },
        help,
    }
}

/// Every command the palette offers.
pub const COMMANDS: &[CommandSpec] = &[
    CommandSpec {
        name: "close-bcp",
        summary: "command-close-bcp",
        when: None,
        fields: &[BCP],
        build: |v| Command::Control(ControlAction::CloseBcp { bcp: v[0].id() }),
    },
    CommandSpec {
        name: "open-bcp",
        summary: "command-open-bcp",
        when: None,
        fields: &[BCP],
        build: |v| Command::Control(ControlAction::OpenBcp { bcp: v[0].id() }),
    },
    CommandSpec {
        name: "change-officers",
        summary: "command-change-officers",
        when: Some("command-when-change-officers"),
        fields: &[
            BCP,
            FieldSpec {
                name: "by",
                label: "field-label-change",
                kind: FieldKind::Int {
                    min: -(Ranges::OFFICERS as i64),
                    max: Ranges::OFFICERS as i64,
                },
                help: "field-help-officers-added",
            },
        ],
        build: |v| {
            Command::Control(ControlAction::ChangeOfficers {
                bcp: v[0].id(),
                by: v[1].int() as i32,
            })
        },
    },
    CommandSpec {
        name: "set-capacity",
        summary: "command-set-capacity",
        when: None,
        fields: &[
            SITE,
            FieldSpec {
                name: "capacity",
                label: "field-label-capacity",
                kind: FieldKind::Int {
                    min: 0,
                    max: Ranges::BEDS as i64,
                },
                help: "field-help-beds",
            },
        ],
        build: |v| {
            Command::Control(ControlAction::SetCapacity {
                site: v[0].id(),
                capacity: v[1].int() as u32,
            })
        },
    },
    CommandSpec {
        name: "open-site",
        summary: "command-open-site",
        when: Some("command-when-open-site"),
        fields: &[SITE],
        build: |v| Command::Control(ControlAction::OpenSite { site: v[0].id() }),
    },
    CommandSpec {
        name: "close-site",
        summary: "command-close-site",
        when: None,
        fields: &[SITE],
        build: |v| Command::Control(ControlAction::CloseSite { site: v[0].id() }),
    },
    CommandSpec {
        name: "unlock-surge-capacity",
        summary: "command-unlock-surge-capacity",
        when: None,
        fields: &[],
        build: |_| Command::Control(ControlAction::UnlockSurgeCapacity),
    },
    CommandSpec {
        name: "declare-phase",
        summary: "command-declare-phase",
        when: None,
        fields: &[
            BY,
            FieldSpec {
                name: "phase",
                label: "field-label-phase",
                kind: FieldKind::Phase,
                help: "field-help-phase",
            },
        ],
        build: |v| Command::decision(v[0].id(), DecisionKind::DeclarePhase { phase: v[1].id() }),
    },
    CommandSpec {
        name: "approve-reception",
        summary: "command-approve-reception",
        when: None,
        fields: &[BY],
        build: |v| Command::decision(v[0].id(), DecisionKind::ApproveReception),
    },
    CommandSpec {
        name: "open-temporary-site",
        summary: "command-open-temporary-site",
        when: Some("command-when-open-temporary-site"),
        fields: &[BY, SITE],
        build: |v| {
            Command::decision(
                v[0].id(),
                DecisionKind::OpenTemporarySite { site: v[1].id() },
            )
        },
    },
    CommandSpec {
        name: "deploy-officers",
        summary: "command-deploy-officers",
        when: Some("command-when-deploy-officers"),
        fields: &[
            BY,
            BCP,
            count(
                "officers",
                "field-label-officers",
                "field-help-officers-sent",
                Ranges::OFFICERS,
            ),
        ],
        build: |v| {
            Command::decision(
                v[0].id(),
                DecisionKind::DeployOfficers {
                    bcp: v[1].id(),
                    officers: v[2].count(),
                },
            )
        },
    },
    CommandSpec {
        name: "request-interpreters",
        summary: "command-request-interpreters",
        when: None,
        fields: &[
            BY,
            FieldSpec {
                name: "language",
                label: "field-label-language",
                kind: FieldKind::Language,
                help: "field-help-language",
            },
            count(
                "count",
                "field-label-interpreters",
                "field-help-interpreters",
                Ranges::INTERPRETERS,
            ),
        ],
        build: |v| {
            Command::decision(
                v[0].id(),
                DecisionKind::RequestInterpreters {
                    language: v[1].id(),
                    count: v[2].count(),
                },
            )
        },
    },
    CommandSpec {
        name: "arrange-buses",
        summary: "command-arrange-buses",
        when: None,
        fields: &[
            BY,
            FieldSpec {
                name: "fleet",
                label: "field-label-fleet",
                kind: FieldKind::Fleet,
                help: "field-help-fleet",
            },
            count(
                "buses",
                "field-label-buses",
                "field-help-buses",
                Ranges::BUSES,
            ),
        ],
        build: |v| {
            Command::decision(
                v[0].id(),
                DecisionKind::ArrangeBuses {
                    fleet: v[1].id(),
                    buses: v[2].count(),
                },
            )
        },
    },
    CommandSpec {
        name: "refer-case",
        summary: "command-refer-case",
        when: None,
        fields: &[
            BY,
            FieldSpec {
                name: "vulnerability",
                label: "field-label-vulnerability",
                kind: FieldKind::Vulnerability,
                help: "field-help-vulnerability",
            },
        ],
        build: |v| {
            Command::decision(
                v[0].id(),
                DecisionKind::ReferCase {
                    vulnerability: v[1].vulnerability(),
                },
            )
        },
    },
    CommandSpec {
        name: "notify",
        summary: "command-notify",
        when: None,
        fields: &[
            BY,
            FieldSpec {
                name: "to",
                label: "field-label-to",
                kind: FieldKind::Institution,
                help: "field-help-to",
            },
            FieldSpec {
                name: "about",
                label: "field-label-about",
                kind: FieldKind::Topic,
                help: "field-help-about",
            },
            FieldSpec {
                name: "text",
                label: "field-label-text",
                kind: FieldKind::OptionalText,
                help: "field-help-notify-text",
            },
        ],
        build: |v| {
            Command::decision(
                v[0].id(),
                DecisionKind::Notify {
                    to: v[1].id(),
                    about: v[2].id(),
                    text: v[3].id(),
                },
            )
        },
    },
    CommandSpec {
        name: "assign-function",
        summary: "command-assign-function",
        when: None,
        fields: &[
            BY,
            FieldSpec {
                name: "function",
                label: "field-label-function",
                kind: FieldKind::Function,
                help: "field-help-function",
            },
            FieldSpec {
                name: "institution",
                label: "field-label-institution",
                kind: FieldKind::Institution,
                help: "field-help-institution",
            },
        ],
        build: |v| {
            Command::decision(
                v[0].id(),
                DecisionKind::AssignFunction {
                    function: v[1].id(),
                    institution: v[2].id(),
                },
            )
        },
    },
    CommandSpec {
        name: "set-role",
        summary: "command-set-role",
        when: None,
        fields: &[
            FieldSpec {
                name: "institution",
                label: "field-label-institution",
                kind: FieldKind::Institution,
                help: "field-help-role-institution",
            },
            FieldSpec {
                name: "role",
                label: "field-label-role",
                kind: FieldKind::Role,
                help: "field-help-role",
            },
        ],
        build: |v| Command::SetRole {
            institution: v[0].id(),
            role: v[1].role(),
        },
    },
    CommandSpec {
        name: "action",
        summary: "command-action",
        when: None,
        fields: &[
            FieldSpec {
                name: "by",
                label: "field-label-by",
                kind: FieldKind::Institution,
                help: "field-help-action-by",
            },
            FieldSpec {
                name: "text",
                label: "field-label-text",
                kind: FieldKind::Text,
                help: "field-help-action-text",
            },
        ],
        build: |v| Command::Action {
            by: v[0].id(),
            text: v[1].id(),
        },
    },
    CommandSpec {
        name: "note",
        summary: "command-note",
        when: None,
        fields: &[FieldSpec {
            name: "text",
            label: "field-label-text",
            kind: FieldKind::Text,
            help: "field-help-note-text",
        }],
        build: |v| Command::Note { text: v[0].id() },
    },
    CommandSpec {
        name: "observe",
        summary: "command-observe",
        when: None,
        fields: &[
            FieldSpec {
                name: "rating",
                label: "field-label-rating",
                kind: FieldKind::Rating,
                help: "field-help-observe-rating",
            },
            FieldSpec {
                name: "text",
                label: "field-label-text",
                kind: FieldKind::Text,
                help: "field-help-observe-text",
            },
        ],
        build: |v| {
            Command::Observe(crate::scenario::Observation {
                text: v[1].id(),
                rating: crate::scenario::Rating::from_letter(&v[0].id()),
                ..Default::default()
            })
        },
    },
];

/// The ids a field of this kind accepts, in scenario order; empty for numbers.
pub fn known_ids(scenario: &Scenario, kind: FieldKind) -> Vec<String> {
    let places = |keep: fn(&LocationKind) -> bool| -> Vec<String> {
        scenario
            .locations
            .iter()
            .filter(|l| keep(&l.kind))
            .map(|l| l.id.clone())
            .collect()
    };
    let functions = || scenario.functions.iter().map(|f| f.id.clone());
    let phases = || scenario.plan.phases.iter().map(|p| p.id.clone());
    match kind {
        FieldKind::Bcp => places(|k| matches!(k, LocationKind::Bcp { .. })),
        FieldKind::Site => places(|k| matches!(k, LocationKind::Reception { .. })),
        FieldKind::Institution => scenario.institutions.iter().map(|i| i.id.clone()).collect(),
        FieldKind::Phase => phases().collect(),
        FieldKind::Function => functions().collect(),
        FieldKind::Topic => functions().chain(phases()).collect(),
        FieldKind::Language => languages(scenario),
        FieldKind::Fleet => scenario
            .resources
            .buses
            .iter()
            .map(|f| f.id.clone())
            .collect(),
        FieldKind::Vulnerability => Vulnerability::ALL
            .into_iter()
            .map(vulnerability_id)
            .collect(),
        FieldKind::Role => Role::ALL.into_iter().map(|r| r.label().into()).collect(),
        FieldKind::Rating => crate::scenario::Rating::ALL
            .into_iter()
            .map(|r| r.letter().into())
            .collect(),
        FieldKind::Int { .. } | FieldKind::Text | FieldKind::OptionalText => Vec::new(),
    }
}

/// What a person may type in a field of this kind, each with the id it stands for: the
/// ids, and for the kinds the engine names (vulnerabilities, roles) their words in `lang`
/// instead, which is also what a list of accepted values shows (the id is still accepted
/// as typed, see [`accepted`]).
pub fn choices(scenario: &Scenario, kind: FieldKind, lang: Lang) -> Vec<(String, String)> {
    match kind {
        FieldKind::Vulnerability => Vulnerability::ALL
            .into_iter()
            .map(|v| (tr!(lang, v.key()), vulnerability_id(v)))
            .collect(),
        FieldKind::Role => Role::ALL
            .into_iter()
            .map(|r| (tr!(lang, r.key()), r.label().to_string()))
            .collect(),
        FieldKind::Bcp
        | FieldKind::Site
        | FieldKind::Institution
        | FieldKind::Phase
        | FieldKind::Function
        | FieldKind::Topic
        | FieldKind::Language
        | FieldKind::Fleet
        | FieldKind::Rating
        | FieldKind::Int { .. }
        | FieldKind::Text
        | FieldKind::OptionalText => known_ids(scenario, kind)
            .into_iter()
            .map(|id| (id.clone(), id))
            .collect(),
    }
}

/// The id `text` stands for in a field of this kind: an id as the journal writes it, or a
/// word of [`choices`] in `lang` (in any case).
pub fn accepted(scenario: &Scenario, kind: FieldKind, text: &str, lang: Lang) -> Option<String> {
    let text = text.trim();
    if known_ids(scenario, kind).iter().any(|id| id == text) {
        return Some(text.to_string());
    }
    let folded = text.to_lowercase();
    choices(scenario, kind, lang)
        .into_iter()
        .find(|(word, _)| word.to_lowercase() == folded)
        .map(|(_, id)| id)
}

/// The name the scenario gives the thing `id` names in a field of this kind, when it gives
/// one other than the id.
pub fn name_of(scenario: &Scenario, kind: FieldKind, id: &str) -> Option<String> {
    let name = match kind {
        FieldKind::Bcp | FieldKind::Site => scenario
            .locations
            .iter()
            .find(|l| l.id == id)
            .map(|l| l.label().to_string()),
        FieldKind::Institution => scenario
            .institutions
            .iter()
            .find(|i| i.id == id)
            .map(|i| i.name.clone()),
        FieldKind::Phase => scenario
            .plan
            .phases
            .iter()
            .find(|p| p.id == id)
            .map(|p| p.name.clone()),
        FieldKind::Function => scenario
            .functions
            .iter()
            .find(|f| f.id == id)
            .map(|f| f.name.clone()),
        FieldKind::Topic => name_of(scenario, FieldKind::Function, id)
            .or_else(|| name_of(scenario, FieldKind::Phase, id)),
        FieldKind::Fleet
        | FieldKind::Language
        | FieldKind::Vulnerability
        | FieldKind::Role
        | FieldKind::Rating
        | FieldKind::Text
        | FieldKind::OptionalText
        | FieldKind::Int { .. } => None,
    };
    name.filter(|n| !n.is_empty() && n != id)
}

/// The languages of the cohort, the interpreters and the registration staff, sorted.
fn languages(scenario: &Scenario) -> Vec<String> {
    let mut out = scenario.languages();
    out.sort();
    out
}

/// The catalogue key of what a field of this kind is called in messages.
pub fn kind_name(kind: FieldKind) -> &'static str {
    match kind {
        FieldKind::Bcp => "field-kind-bcp",
        FieldKind::Site => "field-kind-site",
        FieldKind::Institution => "field-kind-institution",
        FieldKind::Phase => "field-kind-phase",
        FieldKind::Function => "field-kind-function",
        FieldKind::Topic => "field-kind-topic",
        FieldKind::Language => "field-kind-language",
        FieldKind::Fleet => "field-kind-fleet",
        FieldKind::Vulnerability => "field-kind-vulnerability",
        FieldKind::Role => "field-kind-role",
        FieldKind::Rating => "field-kind-rating",
        FieldKind::Text | FieldKind::OptionalText => "field-kind-text",
        FieldKind::Int { .. } => "field-kind-number",
    }
}
