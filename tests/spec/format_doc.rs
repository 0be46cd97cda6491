//! docs/scenario-format.md is the facilitators' reference of the scenario format, and it
//! cannot drift from the schema: every ```ron <Type> example in it parses as that type
//! (full scenarios are validated too), every schema type has an example, and every field
//! and variant of every type is shown in an example of that type.

use std::collections::BTreeSet;

use fluxsim::scenario::{self, Source};

const DOC: &str = "docs/scenario-format.md";

/// Calls `$then!` with every type of `fluxsim::scenario` that facilitators write. Adding a
/// type here makes every test below ask for its examples, fields and variants.
macro_rules! schema_types {
    ($then:ident) => {
        $then!(
            Scenario,
            Exercise,
            Language,
            Night,
            MissionArea,
            Participant,
            ParticipantRole,
            Contact,
            Location,
            LocationKind,
            ExitKind,
            Shift,
            WithoutInterpreter,
            Link,
            Mode,
            Resources,
            Interpreters,
            MedicalTeams,
            BusFleet,
            Institution,
            Role,
            Function,
            Plan,
            Delays,
            Phase,
            Trigger,
            Metric,
            Measure,
            RequestRule,
            RequestKind,
            ArrivalProfile,
            Rate,
            Surge,
            Cohort,
            Nationality,
            Vulnerability,
            Outcomes,
            Referral,
            Inject,
            InjectTrigger,
            InjectEffect,
            Objective,
            CriticalTask,
            Condition,
            Distribution,
        )
    };
}

macro_rules! type_names {
    ($($ty:ident),* $(,)?) => {
        &[$(stringify!($ty),)* "SimTime"]
    };
}

/// Every type of the schema, each with at least one example. `SimTime` (the time syntax)
/// lives in `fluxsim::time`; the others in `fluxsim::scenario`.
const DOCUMENTED: &[&str] = schema_types!(type_names);

/// One ```ron block of the document.
struct Example {
    /// The type named in the info string, without list brackets.
    ty: String,
    /// Whether the block is a list of that type (```ron [Type]).
    list: bool,
    /// 1-based line of the opening fence.
    line: usize,
    /// The RON text.
    text: String,
}

fn read(relative: &str) -> String {
    let path = format!("{}/{relative}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("cannot read {path}: {err}"))
}

/// Every ```ron block, in document order; a ```ron block that names no type is an error.
fn examples(doc: &str) -> Result<Vec<Example>, String> {
    let mut out = Vec::new();
    // Inside a fence: the example being collected, if it is a ```ron block.
    let mut inside: Option<Option<Example>> = None;
    for (i, line) in doc.lines().enumerate() {
        let trimmed = line.trim_start();
        if !trimmed.starts_with("```") {
            if let Some(Some(example)) = &mut inside {
                example.text.push_str(line);
                example.text.push('\n');
            }
            continue;
        }
        if let Some(block) = inside.take() {
            out.extend(block);
            continue;
        }
        let info: Vec<&str> = trimmed.trim_start_matches('`').split_whitespace().collect();
        inside = Some(match info.as_slice() {
            ["ron", ty] => {
                let inner = ty.strip_prefix('[').and_then(|t| t.strip_suffix(']'));
                Some(Example {
                    ty: inner.unwrap_or(ty).to_string(),
                    list: inner.is_some(),
                    line: i + 1,
                    text: String::new(),
                })
            }
            ["ron", ..] => {
                return Err(format!(
                    "{DOC}:{}: a ```ron block must name the one type it parses as, \
                     e.g. ```ron Location or ```ron [Vulnerability]",
                    i + 1
                ));
            }
            _ => None,
        });
    }
    if inside.is_some() {
        return Err(format!("{DOC}: the last code block is never closed"));
    }
    Ok(out)
}

/// Parses `text` as `T`, or as a list of `T`.
fn parse_as<T: serde::de::DeserializeOwned>(text: &str, list: bool) -> Result<(), String> {
    let result = if list {
        ron::from_str::<Vec<T>>(text).map(drop)
    } else {
        ron::from_str::<T>(text).map(drop)
    };
    result.map_err(|err| err.to_string())
}

/// Parses an example as the type its info string names. The text is preceded by blank
/// lines so that error positions are lines of the document itself.
fn check_example(example: &Example) -> Result<(), String> {
    let text = format!("{}{}", "\n".repeat(example.line), example.text);
    macro_rules! parse_example {
        ($($ty:ident),* $(,)?) => {
            match example.ty.as_str() {
                "Scenario" if !example.list => {
                    scenario::parse(&Source::new(DOC, text))
                        .map(drop)
                        .map_err(|err| format!("{:?}", miette::Report::new(err)))
                }
                "SimTime" => parse_as::<fluxsim::SimTime>(&text, example.list),
                $(stringify!($ty) => parse_as::<scenario::$ty>(&text, example.list),)*
                other => Err(format!(
                    "`{other}` is not a type of the schema; name one of: {}",
                    DOCUMENTED.join(", ")
                )),
            }
        };
    }
    schema_types!(parse_example)
}

#[test]
fn every_example_in_the_format_reference_parses_as_its_type() {
    let examples = examples(&read(DOC)).unwrap_or_else(|err| panic!("{err}"));
    assert!(
        examples.len() > DOCUMENTED.len(),
        "{DOC} has only {} ron examples",
        examples.len()
    );
    let failures: Vec<String> = examples
        .iter()
        .filter_map(|e| {
            check_example(e)
                .err()
                .map(|err| format!("{DOC}:{}: ```ron {} example: {err}", e.line, e.ty))
        })
        .collect();
    assert!(failures.is_empty(), "\n{}", failures.join("\n\n"));
}

#[test]
fn the_format_reference_has_a_full_scenario_that_validates() {
    let examples = examples(&read(DOC)).unwrap_or_else(|err| panic!("{err}"));
    assert!(
        examples.iter().any(|e| e.ty == "Scenario" && !e.list),
        "{DOC} needs at least one full ```ron Scenario example"
    );
}

#[test]
fn every_schema_type_has_an_example() {
    let examples = examples(&read(DOC)).unwrap_or_else(|err| panic!("{err}"));
    let shown: BTreeSet<&str> = examples.iter().map(|e| e.ty.as_str()).collect();
    let missing: Vec<&&str> = DOCUMENTED.iter().filter(|t| !shown.contains(**t)).collect();
    assert!(
        missing.is_empty(),
        "{DOC} has no ```ron example of {missing:?}"
    );
}

/// A type added to the schema must be added to `DOCUMENTED` (and so to the reference).
#[test]
fn the_list_of_documented_types_is_the_whole_schema() {
    let model = read("src/scenario/model.rs");
    let declared: BTreeSet<&str> = model
        .lines()
        .filter_map(|l| {
            l.strip_prefix("pub struct ")
                .or_else(|| l.strip_prefix("pub enum "))
        })
        .filter_map(|rest| rest.split(|c: char| !c.is_alphanumeric()).next())
        .collect();
    assert!(declared.contains("Scenario"), "no types found in model.rs");
    let listed: BTreeSet<&str> = DOCUMENTED.iter().copied().collect();
    let unlisted: Vec<&&str> = declared.iter().filter(|t| !listed.contains(**t)).collect();
    assert!(
        unlisted.is_empty(),
        "schema types {unlisted:?} are not in DOCUMENTED: document them in {DOC} and list them"
    );
}

/// Every field of every struct (and struct variant) appears as `field:` in an example of
/// its type, and every variant of every enum appears in an example of its type.
#[test]
fn every_field_and_variant_is_shown_in_an_example_of_its_type() {
    let examples = examples(&read(DOC)).unwrap_or_else(|err| panic!("{err}"));
    let mut missing = Vec::new();
    for &ty in DOCUMENTED {
        let text: String = examples
            .iter()
            .filter(|e| e.ty == ty)
            .map(|e| e.text.as_str())
            .collect::<Vec<_>>()
            .join("\n");
        for (kind, name) in probe::names(ty) {
            let shown = match kind {
                probe::Name::Field => has_word(&text, name, true),
                probe::Name::Variant => has_word(&text, name, false),
            };
            if !shown {
                missing.push(format!("{ty}: {kind:?} `{name}`"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "{DOC} shows these nowhere in an example of their type:\n  {}",
        missing.join("\n  ")
    );
}

/// Whether `word` occurs in `text` as a whole identifier (followed by `:` for a field).
fn has_word(text: &str, word: &str, field: bool) -> bool {
    let ident = |c: char| c.is_alphanumeric() || c == '_';
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = &text[at + word.len()..];
        let next = after.chars().next();
        before.is_none_or(|c| !ident(c))
            && next.is_none_or(|c| !ident(c))
            && (!field || after.trim_start().starts_with(':'))
    })
}

/// Reads the field and variant names of a schema type from its `Deserialize` impl: a
/// deserializer that records what the type asks for and then stops.
mod probe {
    use fluxsim::scenario;
    use serde::de::value::Error;
    use serde::de::{self, DeserializeOwned, Deserializer, IntoDeserializer, Visitor};
    use serde::forward_to_deserialize_any;

    /// What a name is.
    #[derive(Debug, Clone, Copy)]
    pub enum Name {
        Field,
        Variant,
    }

    /// Field names of structs and struct variants, and variant names of enums.
    pub fn names(ty: &str) -> Vec<(Name, &'static str)> {
        macro_rules! by_type {
            ($($ty:ident),* $(,)?) => {
                match ty {
                    $(stringify!($ty) => of::<scenario::$ty>(),)*
                    _ => Vec::new(),
                }
            };
        }
        schema_types!(by_type)
    }

    fn of<T: DeserializeOwned>() -> Vec<(Name, &'static str)> {
        let mut seen = Seen::default();
        let _ = T::deserialize(Probe {
            seen: &mut seen,
            pick: None,
        });
        let mut out: Vec<(Name, &'static str)> =
            seen.fields.iter().map(|f| (Name::Field, *f)).collect();
        for (i, variant) in seen.variants.iter().enumerate() {
            out.push((Name::Variant, variant));
            let mut inner = Seen::default();
            let _ = T::deserialize(Probe {
                seen: &mut inner,
                pick: Some(i as u32),
            });
            out.extend(inner.fields.iter().map(|f| (Name::Field, *f)));
        }
        out
    }

    #[derive(Default)]
    struct Seen {
        fields: &'static [&'static str],
        variants: &'static [&'static str],
    }

    /// Records the shape the type asks for; with `pick`, enters that variant of an enum.
    struct Probe<'a> {
        seen: &'a mut Seen,
        pick: Option<u32>,
    }

    fn stop() -> Error {
        de::Error::custom("probe")
    }

    impl<'de> Deserializer<'de> for Probe<'_> {
        type Error = Error;

        fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Error> {
            Err(stop())
        }

        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Error> {
            self.seen.fields = fields;
            Err(stop())
        }

        fn deserialize_enum<V: Visitor<'de>>(
            self,
            _: &'static str,
            variants: &'static [&'static str],
            visitor: V,
        ) -> Result<V::Value, Error> {
            match self.pick {
                None => {
                    self.seen.variants = variants;
                    Err(stop())
                }
                Some(index) => visitor.visit_enum(Variant {
                    seen: self.seen,
                    index,
                }),
            }
        }

        forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes
            byte_buf option unit unit_struct newtype_struct seq tuple tuple_struct map
            identifier ignored_any
        }
    }

    struct Variant<'a> {
        seen: &'a mut Seen,
        index: u32,
    }

    impl<'de, 'a> de::EnumAccess<'de> for Variant<'a> {
        type Error = Error;
        type Variant = Self;

        fn variant_seed<S: de::DeserializeSeed<'de>>(
            self,
            seed: S,
        ) -> Result<(S::Value, Self), Error> {
            let index: de::value::U32Deserializer<Error> = self.index.into_deserializer();
            Ok((seed.deserialize(index)?, self))
        }
    }

    impl<'de> de::VariantAccess<'de> for Variant<'_> {
        type Error = Error;

        fn unit_variant(self) -> Result<(), Error> {
            Err(stop())
        }

        fn newtype_variant_seed<S: de::DeserializeSeed<'de>>(
            self,
            _: S,
        ) -> Result<S::Value, Error> {
            Err(stop())
        }

        fn tuple_variant<V: Visitor<'de>>(self, _: usize, _: V) -> Result<V::Value, Error> {
            Err(stop())
        }

        fn struct_variant<V: Visitor<'de>>(
            self,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Error> {
            self.seen.fields = fields;
            Err(stop())
        }
    }
}
