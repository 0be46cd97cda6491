//! The components of a person entity.

use bevy_ecs::component::Component;

use std::hash::{Hash, Hasher};

use crate::scenario::{ExitKind, Profile};

/// A person's entity: who they are, where, and the route they follow, in one component so
/// that moving a person touches one column. One who leaves vacates it (`left`) and the next
/// arrival takes it over, written in place: people stay entities without bevy's spawn and
/// despawn bookkeeping for each of them. Every reader skips a vacated entity.
#[derive(Component, Debug, Clone, Copy)]
pub(super) struct Slot {
    pub person: Person,
    pub stage: Stage,
    pub journey: Journey,
    /// The person left; the entity waits for the next arrival.
    pub left: bool,
}

impl Slot {
    /// A person just arrived, travelling.
    pub(super) fn arriving(person: Person) -> Self {
        Slot {
            person,
            stage: Stage::Travelling,
            journey: Journey::default(),
            left: false,
        }
    }

    /// Whether a person holds the entity (none left it vacant).
    pub(super) fn held(&self) -> bool {
        !self.left
    }
}

/// Who a person is; fixed at arrival.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Person {
    /// Arrival serial number (0, 1, 2 ...), stable across runs with the same seed.
    pub serial: u64,
    /// Arrival time (ms).
    pub arrived: i64,
    /// Arrival source index.
    pub source: u16,
    /// Index into the cohort's nationalities.
    pub nationality: u8,
    /// Index into the engine's language table.
    pub language: u8,
    /// Vulnerability bits (`Vulnerability::bit`).
    pub flags: u8,
    /// Whether the person has already been diverted once (no endless ping-pong).
    pub diverted: bool,
    /// Interpreter held during registration: 0 none, 1 on site, 2 remote.
    pub interpreter: u8,
    /// Sex and age band, drawn only when the cohort gives their shares.
    pub profile: Profile,
}

// The digest hashes the fields as the derived hash did before people had a sex and age, and
// the profile only when known: a scenario without sex or age keeps its digests.
impl Hash for Person {
    fn hash<H: Hasher>(&self, h: &mut H) {
        self.serial.hash(h);
        self.arrived.hash(h);
        self.source.hash(h);
        self.nationality.hash(h);
        self.language.hash(h);
        self.flags.hash(h);
        self.diverted.hash(h);
        self.interpreter.hash(h);
        if !self.profile.is_unknown() {
            self.profile.hash(h);
        }
    }
}

/// Where a person is and what they are doing: exactly one state at any instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Stage {
    /// On the move between places.
    Travelling,
    /// Waiting in a queue at a BCP or registration point.
    Queued {
        /// Location index.
        at: u16,
    },
    /// Being processed at a BCP or registration point.
    InService {
        /// Location index.
        at: u16,
    },
    /// Waiting for a seat on a bus.
    WaitingBus {
        /// Location index of the stop.
        at: u16,
    },
    /// Registered, waiting outdoors for a place in reception.
    Outdoors {
        /// Location index.
        at: u16,
        /// Since when (ms).
        since: i64,
    },
    /// In a reception site.
    Sheltered {
        /// Location index.
        at: u16,
    },
    /// Being handed over to the service designated for their vulnerability.
    BeingReferred {
        /// Location index where they were identified.
        at: u16,
        /// When they were identified (ms).
        since: i64,
    },
    /// Crossed the green border; not yet found.
    Unseen {
        /// Green-border location index.
        at: u16,
    },
}

impl Stage {
    /// Names of the states, in the order of `index`.
    pub const NAMES: [&'static str; 8] = [
        "travelling",
        "queued",
        "in_service",
        "waiting_bus",
        "outdoors",
        "sheltered",
        "being_referred",
        "unseen",
    ];

    /// The location index of the place this state is at (none while travelling).
    pub fn place(self) -> Option<u16> {
        match self {
            Stage::Travelling => None,
            Stage::Queued { at }
            | Stage::InService { at }
            | Stage::WaitingBus { at }
            | Stage::Outdoors { at, .. }
            | Stage::Sheltered { at }
            | Stage::BeingReferred { at, .. }
            | Stage::Unseen { at } => Some(at),
        }
    }

    /// Position of this state in `NAMES`.
    pub fn index(self) -> usize {
        match self {
            Stage::Travelling => 0,
            Stage::Queued { .. } => 1,
            Stage::InService { .. } => 2,
            Stage::WaitingBus { .. } => 3,
            Stage::Outdoors { .. } => 4,
            Stage::Sheltered { .. } => 5,
            Stage::BeingReferred { .. } => 6,
            Stage::Unseen { .. } => 7,
        }
    }
}

/// Why a person is travelling: what to do on reaching the end of the route.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Goal {
    /// Join the queue of a BCP.
    #[default]
    Bcp,
    /// Join registration.
    Registration,
    /// Take the reserved bed.
    Reception,
    /// Leave the system.
    Exit(ExitKind),
    /// Cross the green border.
    Green,
}

/// The route a person is following (the last one, once arrived: kept so the entity never
/// changes archetype on the hot path).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Journey {
    /// Route id in the network.
    pub route: u32,
    /// Current leg.
    pub leg: u16,
    /// Final destination.
    pub dest: u16,
    /// What to do there.
    pub goal: Goal,
}

/// How a person left the system.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Departure {
    /// Moved on to the next country.
    Onward,
    /// Admitted to the asylum procedure.
    Asylum,
    /// Returned.
    Return,
    /// Handed over to the service designated for their vulnerability.
    Referred,
    /// Crossed the green border and was never found.
    Undetected,
}

impl Departure {
    /// Every kind, in report order.
    pub const ALL: [Departure; 5] = [
        Departure::Onward,
        Departure::Asylum,
        Departure::Return,
        Departure::Referred,
        Departure::Undetected,
    ];

    /// From an exit location's kind.
    pub fn from_exit(kind: ExitKind) -> Self {
        match kind {
            ExitKind::Onward => Departure::Onward,
            ExitKind::Return => Departure::Return,
        }
    }
}

/// A compact record of one person who left.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExitRecord {
    /// Arrival serial.
    pub serial: u64,
    /// Arrival time (ms).
    pub arrived: i64,
    /// Departure time (ms).
    pub left: i64,
    /// Where they left from.
    pub at: u16,
    /// How.
    pub how: Departure,
    /// Vulnerability bits.
    pub flags: u8,
    /// Index into the cohort's nationalities.
    pub nationality: u8,
    /// Sex and age band (unknown unless the cohort gives their shares).
    pub profile: Profile,
}

// As for `Person`: the fields of the earlier records, then the profile only when known. The
// nationality was hashed with the person while they were in the system.
impl Hash for ExitRecord {
    fn hash<H: Hasher>(&self, h: &mut H) {
        self.serial.hash(h);
        self.arrived.hash(h);
        self.left.hash(h);
        self.at.hash(h);
        self.how.hash(h);
        self.flags.hash(h);
        if !self.profile.is_unknown() {
            self.profile.hash(h);
        }
    }
}
