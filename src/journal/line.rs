//! One journal line: its kinds and how each is written as a single RON line.
//!
//! docs/journal-format.md describes the format for people; this is the code that holds it.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::Command;
use crate::time::SimTime;

/// The journal format written by this version; readers refuse other versions.
pub const FORMAT: u32 = 1;

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
}

fn is_false(b: &bool) -> bool {
    !b
}

/// A line of a journal or of a command script.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Line {
    /// The header (first line of a journal; optional in a script).
    Header(Header),
    /// A command given at a simulated time; written and synced before it takes effect.
    Command {
        /// Simulated time it was given.
        #[serde(with = "offset")]
        at: SimTime,
        /// The command.
        command: Command,
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

fn options() -> ron::Options {
    // Lets a header read `Header(format: 1, ...)` instead of `Header((format: 1, ...))`.
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::UNWRAP_VARIANT_NEWTYPES)
}

impl Line {
    /// The line as RON on one line, without the line break.
    pub fn to_text(&self) -> Result<String, ron::Error> {
        let one_line = ron::ser::PrettyConfig::new()
            .new_line("")
            .indentor("")
            .struct_names(false)
            .compact_structs(true)
            .compact_arrays(true)
            .compact_maps(true);
        options().to_string_pretty(self, one_line)
    }

    /// Reads one line of text (without its line break).
    pub fn parse(text: &str) -> Result<Line, ron::error::SpannedError> {
        options().from_str(text)
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
            scenario: "FLUX-D".into(),
            source: ScenarioSource::File("scenarios/kosovo-flux.ron".into()),
            hash: "fnv1a64:af63dc4c8601ec8c".into(),
            seed: 7,
            start: "2026-10-24T06:00".into(),
            simulate_all: false,
        }
    }

    #[test]
    fn every_kind_of_line_is_one_readable_line_that_reads_back() {
        let lines = [
            Line::Header(header()),
            Line::Command {
                at: SimTime::mins(390),
                command: Command::CloseBcp {
                    bcp: "vermice".into(),
                },
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
            command: Command::ChangeOfficers {
                bcp: "vermice".into(),
                by: 4,
            },
        };
        assert_eq!(
            command.to_text().expect("serialises"),
            r#"Command(at: "T+6h30m", command: ChangeOfficers(bcp: "vermice", by: 4))"#
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
                    r#"Header(format: 1, engine: "0.1.0", scenario: "FLUX-D", source: File("#
                )
        );
    }
}
