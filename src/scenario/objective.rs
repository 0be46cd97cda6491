//! Exercise objectives (HSEEP): each with its core capability and its critical tasks. A
//! critical task either carries a condition the engine checks as the exercise runs — a
//! closed set, below — or is left to the evaluators.
//!
//! Written in a scenario as
//! `objectives: [(id: "shelter", name: "...", capability: "Mass Care Services",
//! tasks: [(id: "no-night-outdoors", text: "...", check: Some(NobodyOutdoorsAtNight))])]`.

use serde::{Deserialize, Serialize};

use super::expectation::Expected;
use super::model::{Metric, Vulnerability};
use crate::time::SimTime;

/// One exercise objective.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Objective {
    /// Unique id, e.g. `"shelter"`.
    pub id: String,
    /// What the exercise sets out to test, in the facilitator's words.
    pub name: String,
    /// The core capability it exercises, as the MSEL names capabilities.
    #[serde(default)]
    pub capability: String,
    /// Its critical tasks.
    #[serde(default)]
    pub tasks: Vec<CriticalTask>,
}

/// A task that must be done for the objective to be met.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CriticalTask {
    /// Unique id within the scenario, e.g. `"minors-referred"`.
    pub id: String,
    /// What must be done, in the facilitator's words.
    pub text: String,
    /// The institution it belongs to, if one.
    #[serde(default)]
    pub institution: Option<String>,
    /// The condition the engine checks; without one, the evaluators judge the task.
    #[serde(default)]
    pub check: Option<Condition>,
}

/// The conditions the engine can check on a critical task (see docs/scenario-format.md).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Condition {
    /// Nobody waiting for a place spends a night outdoors. Fails at the first check at
    /// night with anyone outdoors; at risk while people are outdoors by day; met at the end
    /// if it never failed.
    NobodyOutdoorsAtNight,
    /// Every identified person of the group is handed over within the plan's referral
    /// deadline for it. Fails at the first late hand-over, or when one is identified with
    /// no service designated; at risk while the mean hand-over time is over three quarters
    /// of the deadline; met at the end if it never failed.
    Referred(Vulnerability),
    /// The phase is declared within `within` of its trigger first holding. Met by the
    /// declaration in time (or before the trigger held); fails when `within` has passed
    /// without it. Left to the evaluators when the phase's trigger is narrative.
    PhaseDeclared {
        /// The phase id.
        phase: String,
        /// How long after its trigger first holds.
        within: SimTime,
    },
    /// A decision is taken before a metric passes a value ("reception approved before the
    /// first BCP queue passes its limit"). Met by the decision; fails when the metric
    /// passes the value first; at risk above three quarters of it.
    DecidedBefore {
        /// The kind of decision.
        decision: Expected,
        /// What it must be about, if it matters (as in an MSEL expectation).
        #[serde(default)]
        subject: Option<String>,
        /// The institution that must take it; any institution when none.
        #[serde(default)]
        by: Option<String>,
        /// What is measured.
        metric: Metric,
        /// The value the metric must not pass first.
        value: f64,
    },
}

impl super::model::Scenario {
    /// Every core capability the exercise names — its objectives' first, then the MSEL's
    /// (`;`-separated) in order of first mention — each once (ignoring case).
    pub fn capabilities(&self) -> Vec<String> {
        let objectives = self.objectives.iter().map(|o| o.capability.as_str());
        let msel = self.msel.iter().flat_map(|i| i.capability.split(';'));
        let mut out: Vec<String> = Vec::new();
        for name in objectives.chain(msel).map(str::trim) {
            if !name.is_empty() && !out.iter().any(|n| n.eq_ignore_ascii_case(name)) {
                out.push(name.to_string());
            }
        }
        out
    }

    /// The critical task `id` and its objective.
    pub fn task(&self, id: &str) -> Option<(&Objective, &CriticalTask)> {
        self.objectives
            .iter()
            .find_map(|o| o.tasks.iter().find(|t| t.id == id).map(|t| (o, t)))
    }
}
