//! Scenario files: the RON schema, loading, validation with located errors, the shipped
//! scenarios.
// Values from files and the command line enter here: arithmetic on them is checked.
#![deny(clippy::arithmetic_side_effects)]

mod capacity;
mod comparison;
mod core_capability;
mod demography;
pub mod effect_words;
mod error;
mod evaluation;
pub(crate) mod excerpt;
mod expectation;
mod hints;
mod id_kind;
mod inject_effect;
pub mod inject_text;
mod inject_trigger;
pub mod limits;
mod load;
mod locate;
mod model;
pub mod msel_csv;
pub mod network_svg;
mod never_raised;
mod objective;
pub mod observed_csv;
mod one_line;
mod operators;
mod overview;
pub mod places_csv;
pub mod raci_csv;
pub(crate) mod ranges;
mod ron_words;
pub mod sheet_problem;
pub mod sheet_text;
pub mod starter;
mod summary;
mod text_edit;
mod translations;
mod validate;

pub use capacity::{
    Capacity, CapacityWarning, PER_DAY_FACTOR, StageLoad, capacity_in, render_capacity_in,
    render_capacity_table,
};
pub use comparison::Comparison;
pub use core_capability::{CORE_CAPABILITIES, is_core_capability, nearest_core_capability};
pub use demography::{AgeBand, Profile, Sex};
pub use error::{Problem, ScenarioError, line_col};
pub use evaluation::{Observation, Rating};
pub use expectation::{
    Expectation, ExpectationError, Expected, expectations_text, parse_expectations,
};
pub use hints::{Hint, hints};
pub use id_kind::IdKind;
pub use load::{DEFAULT_NAME, DEFAULT_TEXT, Source, default_scenario, parse, to_ron};
pub use locate::{Step, find, locate};
pub use model::*;
pub use never_raised::{NeverRaised, never_raised};
pub use objective::{Condition, CriticalTask, Objective};
pub use one_line::{ron_options, to_one_line};
pub use overview::{Contact, MissionArea, Participant, ParticipantRole};
pub use ranges::{OutOfRange, Ranges};
pub use summary::render_summary;
pub use translations::{TextLang, Translations, inject_words, translated};
