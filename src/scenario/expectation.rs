//! What an MSEL inject expects the players to decide, machine-checkable: a decision of a
//! kind, optionally on a subject and by a named institution, within a time of delivery.
//! Written in a scenario as `expect: [(decision: ApproveReception, by: Some("mia"), within: "2h")]`
//! and in the MSEL spreadsheet as `ApproveReception by mia within 2h; DeclarePhase(response)
//! within 1h`.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::i18n::{Lang, Localized, Text};
use crate::time::SimTime;

/// A kind of decision, without its amounts (as `DecisionKind` names them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Expected {
    /// Declare a phase (the subject: which).
    DeclarePhase,
    /// Approve reception.
    ApproveReception,
    /// Open a temporary site (the subject: which).
    OpenTemporarySite,
    /// Deploy officers (the subject: to which BCP).
    DeployOfficers,
    /// Request interpreters (the subject: the language).
    RequestInterpreters,
    /// Arrange buses (the subject: the fleet).
    ArrangeBuses,
    /// Take responsibility for vulnerable cases (the subject: the kind).
    ReferCase,
    /// Inform an institution (the subject: whom).
    Notify,
    /// Settle who is accountable for a function (the subject: the function).
    AssignFunction,
}

impl Expected {
    /// Every kind, in the order of `DecisionKind`.
    pub const ALL: [Expected; 9] = [
        Expected::DeclarePhase,
        Expected::ApproveReception,
        Expected::OpenTemporarySite,
        Expected::DeployOfficers,
        Expected::RequestInterpreters,
        Expected::ArrangeBuses,
        Expected::ReferCase,
        Expected::Notify,
        Expected::AssignFunction,
    ];

    /// Its name, as the journal writes the decision.
    pub fn name(self) -> &'static str {
        match self {
            Expected::DeclarePhase => "DeclarePhase",
            Expected::ApproveReception => "ApproveReception",
            Expected::OpenTemporarySite => "OpenTemporarySite",
            Expected::DeployOfficers => "DeployOfficers",
            Expected::RequestInterpreters => "RequestInterpreters",
            Expected::ArrangeBuses => "ArrangeBuses",
            Expected::ReferCase => "ReferCase",
            Expected::Notify => "Notify",
            Expected::AssignFunction => "AssignFunction",
        }
    }
}

/// One expected decision of an inject.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expectation {
    /// The kind of decision.
    pub decision: Expected,
    /// What it must be about (a phase, site, BCP, language, fleet, kind of case,
    /// institution informed or function), if it matters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// The institution that must take it; without one, any institution accountable for
    /// the decision's function in the plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
    /// How long after the inject's delivery it is due.
    pub within: SimTime,
}

impl fmt::Display for Expectation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.decision.name())?;
        if let Some(subject) = &self.subject {
            write!(f, "({subject})")?;
        }
        if let Some(by) = &self.by {
            write!(f, " by {by}")?;
        }
        write!(f, " within {}", self.within)
    }
}

/// Why a written expectation does not read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.text().english())]
pub struct ExpectationError {
    /// The text as written.
    pub text: String,
    /// What is wrong.
    pub why: Text,
}

impl ExpectationError {
    /// The message as data, for a sheet's problem or a reader's language.
    pub fn text(&self) -> Text {
        Text::new("expect-error")
            .id("text", self.text.as_str())
            .text("why", self.why.clone())
    }
}

impl Localized for ExpectationError {
    fn localized(&self, lang: Lang) -> String {
        self.text().localized(lang)
    }
}

impl FromStr for Expectation {
    type Err = ExpectationError;

    fn from_str(text: &str) -> Result<Expectation, ExpectationError> {
        let fail = |why: Text| ExpectationError {
            text: text.trim().to_string(),
            why,
        };
        let (head, within) = text
            .rsplit_once(" within ")
            .ok_or_else(|| fail(Text::new("expect-error-within")))?;
        let within = within
            .trim()
            .parse::<SimTime>()
            .map_err(|e| fail(super::sheet_problem::time_error(&e)))?;
        let (head, by) = match head.split_once(" by ") {
            Some((head, by)) => (head, Some(by.trim().to_string())),
            None => (head, None),
        };
        let head = head.trim();
        let (name, subject) = match head.split_once('(') {
            Some((name, rest)) => {
                let subject = rest
                    .strip_suffix(')')
                    .ok_or_else(|| fail(Text::new("expect-error-paren").id("head", head)))?;
                (name.trim(), Some(subject.trim().to_string()))
            }
            None => (head, None),
        };
        let decision = Expected::ALL
            .into_iter()
            .find(|e| e.name() == name)
            .ok_or_else(|| {
                let known: Vec<String> =
                    Expected::ALL.iter().map(|e| e.name().to_string()).collect();
                fail(
                    Text::new("expect-error-unknown")
                        .id("name", name)
                        .list("known", &known),
                )
            })?;
        Ok(Expectation {
            decision,
            subject: subject.filter(|s| !s.is_empty()),
            by: by.filter(|b| !b.is_empty()),
            within,
        })
    }
}

/// Several expectations as one spreadsheet cell, separated by `;`.
pub fn expectations_text(list: &[Expectation]) -> String {
    list.iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("; ")
}

/// A spreadsheet cell of expectations separated by `;` (an empty cell: none).
pub fn parse_expectations(cell: &str) -> Result<Vec<Expectation>, ExpectationError> {
    cell.split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::parse)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_spreadsheet_syntax_reads_back_as_written() {
        let cell = "ApproveReception by mia within 2h; DeclarePhase(response) within 1h";
        let list = parse_expectations(cell).expect("reads");
        assert_eq!(list.len(), 2);
        assert_eq!(list[0].by.as_deref(), Some("mia"));
        assert_eq!(list[1].subject.as_deref(), Some("response"));
        assert_eq!(expectations_text(&list), cell);
        let err = parse_expectations("Approve by mia within 2h").expect_err("unknown");
        assert!(
            err.to_string().contains("unknown decision `Approve`"),
            "{err}"
        );
        assert!(parse_expectations("ApproveReception by mia").is_err());
    }
}
