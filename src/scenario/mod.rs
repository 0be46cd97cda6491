//! Scenario files: the RON schema, loading, validation with located errors, the shipped
//! scenarios.

mod error;
mod excerpt;
mod inject_effect;
mod inject_trigger;
pub(crate) mod limits;
mod load;
mod locate;
mod model;
pub mod msel_csv;
mod summary;
mod validate;

pub use error::{Problem, ScenarioError, line_col};
pub use limits::Limits;
pub use load::{DEFAULT_NAME, DEFAULT_TEXT, Source, default_scenario, parse, to_ron};
pub use locate::{Step, locate};
pub use model::*;
pub use summary::render_summary;
