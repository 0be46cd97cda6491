//! One journal line: its kinds and how each is written as a single RON line.
//!
//! docs/journal-format.md describes the format for people; this is the code that holds it.

use std::collections::BTreeMap;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::time::SimTime;
use crate::{Command, Origin};

/// The journal format written by this version. The reader accepts every format from 1 to
/// this one (docs/journal-format.md, "Formats").
pub const FORMAT: u32 = 5;

/// The first format whose lines carry the chain (`// chain:` and 32 hexadecimal digits after
/// every line but the header; src/journal/chain.rs).
pub const CHAINED_SINCE: u32 = 4;

/// How `Simulation::digest()` is computed: 1 hashed bevy entity bits and debug text, 2
/// hashes person serial numbers and every field structurally, 3 hashes the words of gaps,
/// requests, decisions and what institutions were told as their catalogue keys and
/// arguments instead of English prose. Recorded in the header, so replay compares only
/// digests of the same scheme.
pub const DIGEST_SCHEME: u32 = 3;

/// The version of the model's behaviour. Raise it in the commit that changes on purpose
/// what the same commands do (and re-approve the frozen journals' expected summaries there):
/// replay then says that the model changed since a journal was recorded instead of failing
/// on its digests.
///
/// 1: fluxsim 0.1.0 as first released. 2: events an effect schedules at the instant it
/// takes effect (a bus leaving at once) run before a command given at that instant, in a
/// replay and a run without a journal as they already did in a recorded run. 3: roles —
/// a simulated institution opens the nearest closed site people outdoors can reach (not the
/// first closed one), a temporary-site request nobody can answer is withdrawn without a
/// decision (and no longer counts as a decision's latency), an information gap is the
/// decider's who did not inform, not the uninformed institution's. 4: onward transport and
/// waiting places — a Transport request per fleet (people waiting at one place beyond its
/// limit, or a breakdown), answered by arranging vehicles for that fleet; a transit place's
/// occupancy, arrivals and people outdoors over its capacity; exits count who left through
/// them; a queue's longest length counts only people left waiting; waits kept to the second
/// under ten minutes; optional waiting areas; gaps for people waiting outdoors and for a
/// registration queue held up by interpreters.
pub const MODEL: u32 = 4;

fn digest_scheme_1() -> u32 {
    1
}

fn model_1() -> u32 {
    1
}

/// Where the scenario of an exercise came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum ScenarioSource {
    /// The scenario embedded in the binary, under its file name.
    Embedded(String),
    /// A scenario file, by the path given on the command line.
    File(String),
}

impl std::fmt::Display for ScenarioSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ScenarioSource::Embedded(name) => write!(f, "the embedded scenario {name}"),
            ScenarioSource::File(path) => write!(f, "{path}"),
        }
    }
}

/// The first line of a journal: what is needed to re-run the exercise.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Header {
    /// Journal format version.
    pub format: u32,
    /// The fluxsim version that recorded it.
    pub engine: String,
    /// The digest scheme of its digests (`DIGEST_SCHEME`); 1 when absent (format 1).
    #[serde(default = "digest_scheme_1")]
    pub digest: u32,
    /// The model version that recorded it (`MODEL`); 1 when absent (format 1).
    #[serde(default = "model_1")]
    pub model: u32,
    /// The exercise name from the scenario.
    pub scenario: String,
    /// Where the scenario was read from.
    pub source: ScenarioSource,
    /// FNV-1a 64 of the scenario text, e.g. `fnv1a64:af63dc4c8601ec8c`.
    pub hash: String,
    /// The master seed.
    pub seed: u64,
    /// Local date and time of T+0, from the scenario.
    pub start: String,
    /// Every institution was simulated by its mandate, whatever its role in the scenario
    /// (`--simulate-all`); written only when true, so replay plays the same roster.
    #[serde(default, skip_serializing_if = "is_false")]
    pub simulate_all: bool,
    /// The hash of each observed series the scenario reads (`rate: Observed("…")`), by the
    /// file name the scenario gives it, hashed as the scenario is (format 5 on; written only
    /// when the scenario reads one, and absent in earlier formats: not checked).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub series: BTreeMap<String, String>,
}

fn is_false(b: &bool) -> bool {
    !b
}

impl Header {
    /// Whether digests recorded under this header are comparable with this build's: same
    /// digest scheme, same model version.
    pub fn digests_comparable(&self) -> bool {
        self.digest == DIGEST_SCHEME && self.model == MODEL
    }
}

/// A line of a journal or of a command script, with its command in the shape of the
/// current format (`C` is the command type of an earlier format while one is read).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Line<C = Command> {
    /// The header (first line of a journal; optional in a script).
    Header(Header),
    /// A command given at a simulated time; written and synced before it takes effect.
    /// (A later format adds who gave it as a field with a default, so the lines of earlier
    /// formats keep reading.)
    Command {
        /// Simulated time it was given.
        #[serde(with = "offset")]
        at: SimTime,
        /// The command.
        command: C,
        /// Who gave it (format 3 on; absent in earlier formats and in scripts, where it is
        /// `Origin::inferred` from the command).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        origin: Option<Origin>,
    },
    /// The state digest right after the command on the line before was applied.
    Digest {
        /// `Simulation::digest()` in hexadecimal.
        #[serde(with = "hex")]
        state: u64,
    },
    /// The command on the line before was refused and changed nothing.
    Refused {
        /// Why, as the engine said it.
        reason: String,
    },
    /// This journal is a what-if branch of another: its lines above are the other's up to
    /// `at`, and the state there is `state` (written once, by `fluxsim fork`).
    Forked {
        /// The journal it was forked from, as named on the command line.
        from: String,
        /// The time of the cut.
        #[serde(with = "offset")]
        at: SimTime,
        /// `Simulation::digest()` at the cut, in hexadecimal.
        #[serde(with = "hex")]
        state: u64,
    },
    /// Seats were opened to browsers at this time (`console --serve`), with these join
    /// codes, each given only as its hash (`code_hash`): institution id → hash, and the
    /// evaluators'. It changes nothing in the exercise; replay reads past it.
    SeatsOpened {
        /// Simulated time.
        #[serde(with = "offset")]
        at: SimTime,
        /// Institution id → the hash of its seat's code.
        seats: std::collections::BTreeMap<String, String>,
        /// The hash of the evaluators' code.
        evaluator: String,
    },
    /// An observation added after the exercise (the hot wash, `fluxsim observe`): it
    /// carries the exercise time it is about, is exempt from the journal's time order, and
    /// never changes the exercise; replay reads past it and the report quotes it.
    Annotation {
        /// The exercise time it is about.
        #[serde(with = "offset")]
        at: SimTime,
        /// Who made it (the evaluator's name or role, as the hot-wash sheet gives it).
        by: String,
        /// What was observed.
        observation: crate::scenario::Observation,
    },
    /// The command on the last command line before it, given at `at`, is struck: a mistake
    /// taken back while the clock still stood where it was given. The command line stays
    /// (the journal is append-only); replay, resume and fork leave the command out.
    Struck {
        /// Simulated time of the struck command (and of the strike).
        #[serde(with = "offset")]
        at: SimTime,
    },
    /// A mark of the exercise's wall-clock timer (the console's `b` and `E` keys): play
    /// started, a break, play resumed, the end of a day. Stamped with the wall-clock time
    /// (`wall`, UTC, RFC 3339); outside the state: replay, resume and fork read past it.
    Marker {
        /// Simulated time when it was marked.
        #[serde(with = "offset")]
        at: SimTime,
        /// Wall-clock time, UTC, e.g. `2026-11-29T12:30:05Z`.
        wall: String,
        /// What it marks.
        mark: Mark,
    },
    /// The run reached this time with this digest (written when a run stops).
    Reached {
        /// Simulated time reached.
        #[serde(with = "offset")]
        at: SimTime,
        /// `Simulation::digest()` in hexadecimal.
        #[serde(with = "hex")]
        state: u64,
    },
}

/// What a timer marker marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Mark {
    /// Play starts: the first session of the exercise, or a later day's.
    Start,
    /// A break starts (lunch, a pause in play); the simulated clock waits.
    Break,
    /// Play resumes after a break.
    Resume,
    /// The day's play ends; the exercise goes on another day.
    EndOfDay,
}

fn options() -> ron::Options {
    // Lets a header read `Header(format: 1, ...)` instead of `Header((format: 1, ...))`, and
    // an origin `origin: Facilitator` instead of `origin: Some(Facilitator)` — the options of
    // the MSEL's effect cells too.
    crate::scenario::ron_options()
}

impl<C> Line<C> {
    /// The same line with its command turned into another shape (an earlier format's
    /// command into the current one).
    pub(crate) fn map_command<D>(self, f: impl FnOnce(C) -> D) -> Line<D> {
        match self {
            Line::Header(header) => Line::Header(header),
            Line::Command {
                at,
                command,
                origin,
            } => Line::Command {
                at,
                command: f(command),
                origin,
            },
            Line::Digest { state } => Line::Digest { state },
            Line::Refused { reason } => Line::Refused { reason },
            Line::Forked { from, at, state } => Line::Forked { from, at, state },
            Line::Reached { at, state } => Line::Reached { at, state },
            Line::Annotation {
                at,
                by,
                observation,
            } => Line::Annotation {
                at,
                by,
                observation,
            },
            Line::Marker { at, wall, mark } => Line::Marker { at, wall, mark },
            Line::Struck { at } => Line::Struck { at },
            Line::SeatsOpened {
                at,
                seats,
                evaluator,
            } => Line::SeatsOpened {
                at,
                seats,
                evaluator,
            },
        }
    }
}

impl<C: for<'de> Deserialize<'de>> Line<C> {
    /// Reads one line of text (without its line break), commands in the shape `C`.
    pub(crate) fn parse_as(text: &str) -> Result<Line<C>, ron::error::SpannedError> {
        options().from_str(text)
    }
}

impl Line {
    /// The line as RON on one line, without the line break.
    pub fn to_text(&self) -> Result<String, ron::Error> {
        crate::scenario::to_one_line(self)
    }

    /// Reads one line of the current format (without its line break).
    pub fn parse(text: &str) -> Result<Line, ron::error::SpannedError> {
        Line::parse_as(text)
    }
}

/// Times are written as offsets from the exercise start: `"T+6h30m"`.
mod offset {
    use super::*;

    pub fn serialize<S: Serializer>(t: &SimTime, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&format_args!("T+{t}"))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<SimTime, D::Error> {
        SimTime::deserialize(d)
    }
}

/// Digests are written as 16 hexadecimal digits.
mod hex {
    use super::*;

    pub fn serialize<S: Serializer>(v: &u64, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&format_args!("{v:016x}"))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<u64, D::Error> {
        let text = String::deserialize(d)?;
        u64::from_str_radix(&text, 16).map_err(|_| {
            serde::de::Error::custom(format!("`{text}` is not a digest (16 hexadecimal digits)"))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header() -> Header {
        Header {
            format: FORMAT,
            engine: "0.1.0".into(),
            digest: DIGEST_SCHEME,
            model: MODEL,
            scenario: "FLUX-D".into(),
            source: ScenarioSource::File("scenarios/kosovo-flux.ron".into()),
            hash: "fnv1a64:af63dc4c8601ec8c".into(),
            seed: 7,
            start: "2026-10-24T06:00".into(),
            simulate_all: false,
            series: BTreeMap::new(),
        }
    }

    #[test]
    fn every_kind_of_line_is_one_readable_line_that_reads_back() {
        let lines = [
            Line::Header(header()),
            Line::Command {
                at: SimTime::mins(390),
                command: Command::Control(crate::ControlAction::CloseBcp {
                    bcp: "vermice".into(),
                }),
                origin: Some(Origin::Facilitator),
            },
            Line::Command {
                at: SimTime::mins(400),
                command: Command::Action {
                    by: "mia".into(),
                    text: "convened the working group".into(),
                },
                origin: Some(Origin::player("mia", crate::Via::Seat)),
            },
            Line::Command {
                at: SimTime::mins(410),
                command: Command::Note {
                    text: "lunch".into(),
                },
                origin: None,
            },
            Line::Digest { state: 0xab },
            Line::Refused {
                reason: "unknown BCP `x`".into(),
            },
            Line::Reached {
                at: SimTime::hours(72),
                state: u64::MAX,
            },
            Line::Forked {
                from: "exercise.journal".into(),
                at: SimTime::hours(30),
                state: 0xcd,
            },
            Line::Struck {
                at: SimTime::hours(3),
            },
            Line::Marker {
                at: SimTime::hours(4),
                wall: "2026-11-29T12:30:05Z".into(),
                mark: Mark::Break,
            },
            Line::SeatsOpened {
                at: SimTime::hours(2),
                seats: [("police".to_string(), super::super::code_hash("ABCDEFGH"))].into(),
                evaluator: super::super::code_hash("HGFEDCBA"),
            },
        ];
        for line in lines {
            let text = line.to_text().expect("serialises");
            assert!(!text.contains('\n'), "{text}");
            assert_eq!(Line::parse(&text).expect("reads back"), line, "{text}");
        }
    }

    #[test]
    fn lines_look_the_way_the_format_document_shows() {
        let command = Line::Command {
            at: SimTime::mins(390),
            command: Command::Control(crate::ControlAction::ChangeOfficers {
                bcp: "vermice".into(),
                by: 4,
            }),
            origin: Some(Origin::Facilitator),
        };
        assert_eq!(
            command.to_text().expect("serialises"),
            r#"Command(at: "T+6h30m", command: Control(ChangeOfficers(bcp: "vermice", by: 4)), origin: Facilitator)"#
        );
        let decision = Line::Command {
            at: SimTime::hours(2),
            command: Command::decision(
                "mia",
                crate::DecisionKind::DeclarePhase {
                    phase: "alert".into(),
                },
            ),
            origin: Some(Origin::player("mia", crate::Via::Seat)),
        };
        assert_eq!(
            decision.to_text().expect("serialises"),
            r#"Command(at: "T+2h", command: Decision(by: "mia", decision: DeclarePhase(phase: "alert")), origin: Player(institution: "mia", via: Seat))"#
        );
        assert_eq!(
            Line::Digest { state: 0xab }.to_text().expect("serialises"),
            r#"Digest(state: "00000000000000ab")"#
        );
        assert!(
            Line::Header(header())
                .to_text()
                .expect("serialises")
                .starts_with(
                    r#"Header(format: 5, engine: "0.1.0", digest: 3, model: 4, scenario: "FLUX-D", source: File("#
                )
        );
        let with_series = Header {
            series: [(
                "gevgelija-2015.csv".to_string(),
                "fnv1a64:0123456789abcdef".to_string(),
            )]
            .into(),
            ..header()
        };
        let text = Line::Header(with_series.clone())
            .to_text()
            .expect("serialises");
        assert!(
            text.ends_with(
                r#"start: "2026-10-24T06:00", series: {"gevgelija-2015.csv": "fnv1a64:0123456789abcdef"})"#
            ),
            "{text}"
        );
        assert_eq!(
            Line::parse(&text).expect("reads back"),
            Line::Header(with_series)
        );
    }
}
