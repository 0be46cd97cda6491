//! Reading a scenario from RON text: syntax first, then every validation rule.

use std::sync::Arc;

use super::error::{Problem, ScenarioError};
use super::excerpt::Excerpt;
use super::model::Scenario;
use super::validate::validate;

/// The embedded default scenario, so the binary works with no file at hand.
pub const DEFAULT_NAME: &str = "kosovo-flux.ron";
/// The text of the default scenario.
pub const DEFAULT_TEXT: &str = include_str!("../../scenarios/kosovo-flux.ron");

/// Scenario text with the name it is reported under.
#[derive(Debug, Clone)]
pub struct Source {
    /// File name or path as given by the user.
    pub name: String,
    /// The whole text.
    pub text: Arc<String>,
}

impl Source {
    /// Wraps text under a name.
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        Source {
            name: name.into(),
            text: Arc::new(text.into()),
        }
    }

    /// The embedded default scenario.
    pub fn default_scenario() -> Self {
        Source::new(DEFAULT_NAME, DEFAULT_TEXT)
    }

    pub(crate) fn named(&self) -> Excerpt {
        Excerpt::new(self.name.clone(), Arc::clone(&self.text))
    }
}

/// Parses and validates a scenario; on failure every problem found is reported.
pub fn parse(source: &Source) -> Result<Scenario, ScenarioError> {
    let scenario: Scenario = ron::from_str(&source.text)
        .map_err(|err| ScenarioError::new(source, vec![Problem::from_ron(source, &err)]))?;
    let problems = validate(&scenario, source);
    if problems.is_empty() {
        Ok(scenario)
    } else {
        Err(ScenarioError::new(source, problems))
    }
}

/// The embedded default scenario, parsed. It is checked by the test suite, so failure here
/// means a broken build.
pub fn default_scenario() -> Result<Scenario, ScenarioError> {
    parse(&Source::default_scenario())
}

/// Writes a scenario back as pretty RON (for round trips and `msel import`).
pub fn to_ron(scenario: &Scenario) -> Result<String, ron::Error> {
    let config = ron::ser::PrettyConfig::new()
        .struct_names(false)
        .depth_limit(6);
    ron::ser::to_string_pretty(scenario, config)
}
