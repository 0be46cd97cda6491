//! The commands the palette offers: one entry per command, naming its fields and how to
//! build it from validated values. Adding a command to the console is adding an entry here.

use crate::Command;
use crate::scenario::{LocationKind, Scenario};

/// What a form field accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    /// The id of a border crossing point.
    Bcp,
    /// The id of a reception site.
    Site,
    /// A whole number in a range.
    Int {
        /// Smallest accepted.
        min: i64,
        /// Largest accepted.
        max: i64,
    },
}

/// One field of a command form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldSpec {
    /// Field name, as in the journal.
    pub name: &'static str,
    /// What it accepts.
    pub kind: FieldKind,
    /// One line of help shown beside it.
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
}

/// A command the palette can compose.
#[derive(Debug, Clone, Copy)]
pub struct CommandSpec {
    /// Name shown in the palette.
    pub name: &'static str,
    /// What it does, in one line.
    pub summary: &'static str,
    /// Its fields, in order.
    pub fields: &'static [FieldSpec],
    /// Builds the command from one validated value per field.
    pub build: fn(&[Value]) -> Command,
}

const BCP: FieldSpec = FieldSpec {
    name: "bcp",
    kind: FieldKind::Bcp,
    help: "border crossing point id",
};

const SITE: FieldSpec = FieldSpec {
    name: "site",
    kind: FieldKind::Site,
    help: "reception site id",
};

/// Every command the palette offers.
pub const COMMANDS: &[CommandSpec] = &[
    CommandSpec {
        name: "close-bcp",
        summary: "Close a BCP; those waiting divert to other crossings",
        fields: &[BCP],
        build: |v| Command::CloseBcp { bcp: v[0].id() },
    },
    CommandSpec {
        name: "open-bcp",
        summary: "Re-open a closed BCP",
        fields: &[BCP],
        build: |v| Command::OpenBcp { bcp: v[0].id() },
    },
    CommandSpec {
        name: "change-officers",
        summary: "Add officers to every shift of a BCP (negative: a shortage)",
        fields: &[
            BCP,
            FieldSpec {
                name: "by",
                kind: FieldKind::Int {
                    min: -1_000,
                    max: 1_000,
                },
                help: "officers added, e.g. 4 or -2",
            },
        ],
        build: |v| Command::ChangeOfficers {
            bcp: v[0].id(),
            by: v[1].int() as i32,
        },
    },
    CommandSpec {
        name: "set-capacity",
        summary: "Set the normal bed capacity of a reception site",
        fields: &[
            SITE,
            FieldSpec {
                name: "capacity",
                kind: FieldKind::Int {
                    min: 0,
                    max: 1_000_000,
                },
                help: "beds",
            },
        ],
        build: |v| Command::SetCapacity {
            site: v[0].id(),
            capacity: v[1].int() as u32,
        },
    },
    CommandSpec {
        name: "open-site",
        summary: "Open a reception site (e.g. a temporary site)",
        fields: &[SITE],
        build: |v| Command::OpenSite { site: v[0].id() },
    },
    CommandSpec {
        name: "close-site",
        summary: "Close a reception site to new arrivals",
        fields: &[SITE],
        build: |v| Command::CloseSite { site: v[0].id() },
    },
    CommandSpec {
        name: "unlock-surge-capacity",
        summary: "Let every reception site use its surge capacity",
        fields: &[],
        build: |_| Command::UnlockSurgeCapacity,
    },
];

/// The ids a field of this kind accepts, in scenario order; empty for numbers.
pub fn known_ids(scenario: &Scenario, kind: FieldKind) -> Vec<&str> {
    scenario
        .locations
        .iter()
        .filter(|l| match kind {
            FieldKind::Bcp => matches!(l.kind, LocationKind::Bcp { .. }),
            FieldKind::Site => matches!(l.kind, LocationKind::Reception { .. }),
            FieldKind::Int { .. } => false,
        })
        .map(|l| l.id.as_str())
        .collect()
}

/// What a field of this kind is called in messages.
pub fn kind_name(kind: FieldKind) -> &'static str {
    match kind {
        FieldKind::Bcp => "BCP",
        FieldKind::Site => "reception site",
        FieldKind::Int { .. } => "number",
    }
}
