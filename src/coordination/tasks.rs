//! The objectives' critical tasks, watched as the exercise runs: at each reading the
//! coordinator judges every task with a condition (met, at risk, failed or still open) and
//! logs each change of status, so the console can show it as it happens and the report can
//! cite when and on what evidence a task was met or failed.
//!
//! The watch only reads: it is derived from the readings and the decision log, never changes
//! the model, and is not part of the state digest.

use serde::{Deserialize, Serialize};

use super::coordinator::Coordinator;
use super::request::Decision;
use crate::i18n::{Lang, Localized};
use crate::scenario::{Comparison, Condition, Objective, Scenario, Trigger, Vulnerability};
use crate::sim::Readings;
use crate::time::SimTime;
use crate::tr;

/// How a critical task stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TaskStatus {
    /// Not decided yet.
    Open,
    /// Not met yet, with more than three quarters of its time or margin used.
    AtRisk,
    /// Met.
    Met,
    /// Failed.
    Failed,
    /// No condition the engine can check: the evaluators judge it.
    Evaluators,
}

impl TaskStatus {
    /// Every status, in the order the console counts them.
    pub const ALL: [TaskStatus; 5] = [
        TaskStatus::Met,
        TaskStatus::AtRisk,
        TaskStatus::Failed,
        TaskStatus::Open,
        TaskStatus::Evaluators,
    ];

    /// The key of its name in the message catalogue.
    pub fn key(self) -> &'static str {
        match self {
            TaskStatus::Open => "task-open",
            TaskStatus::AtRisk => "task-at-risk",
            TaskStatus::Met => "task-met",
            TaskStatus::Failed => "task-failed",
            TaskStatus::Evaluators => "task-evaluators",
        }
    }

    /// Whether nothing later changes it.
    pub fn is_final(self) -> bool {
        match self {
            TaskStatus::Met | TaskStatus::Failed | TaskStatus::Evaluators => true,
            TaskStatus::Open | TaskStatus::AtRisk => false,
        }
    }
}

/// What a task's status rests on, as measured.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Evidence {
    /// Nothing measured yet.
    None,
    /// People waiting outdoors for a place (at night when the task failed).
    Outdoors {
        /// How many.
        people: u32,
    },
    /// Vulnerable persons handed over after the plan's deadline.
    LateReferrals {
        /// How many so far.
        people: u64,
    },
    /// Vulnerable persons identified with no service designated for them.
    NoService {
        /// How many so far.
        people: u64,
    },
    /// The mean hand-over time so far against the plan's deadline.
    Handover {
        /// Mean hand-over time (ms).
        mean_ms: i64,
        /// The plan's deadline (ms).
        deadline_ms: i64,
    },
    /// The decision that met the task, or came too late for it.
    Decision {
        /// Its number in the decision log.
        id: u32,
        /// The institution that took it.
        by: String,
    },
    /// The phase's trigger first held at this time, and the declaration was due.
    TriggerHeld {
        /// When the trigger first held (ms).
        since_ms: i64,
        /// When the declaration was due (ms).
        due_ms: i64,
    },
    /// The metric's value against the value it must not pass first.
    Metric {
        /// Measured.
        value: f64,
        /// The task's value.
        limit: f64,
    },
    /// The condition held to the end of the exercise.
    HeldToEnd,
}

impl Localized for TaskStatus {
    fn localized(&self, lang: Lang) -> String {
        tr!(lang, self.key())
    }
}

impl Localized for Evidence {
    fn localized(&self, lang: Lang) -> String {
        match self {
            Evidence::None => tr!(lang, "task-evidence-none"),
            Evidence::Outdoors { people } => tr!(lang, "task-evidence-outdoors", people = *people),
            Evidence::LateReferrals { people } => {
                tr!(lang, "task-evidence-late-referrals", people = *people)
            }
            Evidence::NoService { people } => {
                tr!(lang, "task-evidence-no-service", people = *people)
            }
            Evidence::Handover {
                mean_ms,
                deadline_ms,
            } => tr!(
                lang,
                "task-evidence-handover",
                mean = SimTime(*mean_ms).span(),
                deadline = SimTime(*deadline_ms).span()
            ),
            Evidence::Decision { id, by } => {
                tr!(lang, "task-evidence-decision", number = *id, by = by)
            }
            Evidence::TriggerHeld { since_ms, due_ms } => tr!(
                lang,
                "task-evidence-trigger",
                since = SimTime(*since_ms).t_plus(),
                due = SimTime(*due_ms).t_plus()
            ),
            Evidence::Metric { value, limit } => tr!(
                lang,
                "task-evidence-metric",
                value = format!("{value:.0}"),
                limit = format!("{limit:.0}")
            ),
            Evidence::HeldToEnd => tr!(lang, "task-evidence-held"),
        }
    }
}

/// One task's state.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TaskState {
    /// The objective's id.
    pub objective: String,
    /// The task's id.
    pub task: String,
    /// How it stands.
    pub status: TaskStatus,
    /// Since when (ms): when it was met or failed, or when it became at risk.
    pub at_ms: Option<i64>,
    /// What the status rests on.
    pub evidence: Evidence,
}

/// A change of a task's status, as the console shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TaskChange {
    /// When (ms).
    pub at_ms: i64,
    /// The objective's id.
    pub objective: String,
    /// The task's id.
    pub task: String,
    /// The new status.
    pub status: TaskStatus,
}

/// Every critical task of the scenario, in scenario order, with its state.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub(super) struct TaskWatch {
    states: Vec<TaskState>,
    /// Per task: when its phase's trigger first held (for `PhaseDeclared`).
    held_since: Vec<Option<i64>>,
    changes: Vec<TaskChange>,
}

/// A task's verdict at one reading, before it is recorded.
struct Verdict {
    status: TaskStatus,
    at_ms: i64,
    evidence: Evidence,
}

impl Verdict {
    fn new(status: TaskStatus, at_ms: i64, evidence: Evidence) -> Self {
        Verdict {
            status,
            at_ms,
            evidence,
        }
    }
}

impl TaskWatch {
    /// The tasks of `objectives`, open, or left to the evaluators when they have no
    /// condition the engine can check.
    pub(super) fn new(scenario: &Scenario) -> Self {
        let states: Vec<TaskState> = scenario
            .objectives
            .iter()
            .flat_map(|o: &Objective| {
                o.tasks.iter().map(|t| TaskState {
                    objective: o.id.clone(),
                    task: t.id.clone(),
                    status: match &t.check {
                        Some(check) if checkable(scenario, check) => TaskStatus::Open,
                        Some(_) | None => TaskStatus::Evaluators,
                    },
                    at_ms: None,
                    evidence: Evidence::None,
                })
            })
            .collect();
        TaskWatch {
            held_since: vec![None; states.len()],
            states,
            changes: Vec::new(),
        }
    }

    /// Every task's state as of the last reading.
    pub(super) fn states(&self) -> &[TaskState] {
        &self.states
    }

    /// Every change of status so far, in time order.
    pub(super) fn changes(&self) -> &[TaskChange] {
        &self.changes
    }

    /// Whether task `i`'s status is final (or there is no task `i`).
    fn is_final(&self, i: usize) -> bool {
        self.states.get(i).is_none_or(|s| s.status.is_final())
    }

    fn record(&mut self, i: usize, verdict: Verdict) {
        let Some(state) = self.states.get_mut(i) else {
            return;
        };
        if state.status.is_final() {
            return;
        }
        if state.status != verdict.status {
            state.at_ms = match verdict.status {
                TaskStatus::Open => None,
                TaskStatus::AtRisk
                | TaskStatus::Met
                | TaskStatus::Failed
                | TaskStatus::Evaluators => Some(verdict.at_ms),
            };
            self.changes.push(TaskChange {
                at_ms: verdict.at_ms,
                objective: state.objective.clone(),
                task: state.task.clone(),
                status: verdict.status,
            });
            state.status = verdict.status;
        }
        state.evidence = verdict.evidence;
    }
}

/// Whether the engine can judge `check` in this scenario (a phase with a narrative trigger,
/// or none, is left to the evaluators).
fn checkable(scenario: &Scenario, check: &Condition) -> bool {
    match check {
        Condition::PhaseDeclared { phase, .. } => scenario
            .plan
            .phases
            .iter()
            .find(|p| &p.id == phase)
            .is_some_and(|p| p.trigger.as_ref().and_then(Trigger::measured).is_some()),
        Condition::NobodyOutdoorsAtNight
        | Condition::Referred(_)
        | Condition::DecidedBefore { .. } => true,
    }
}

impl Coordinator {
    /// Judges every critical task on the readings `r` and records what changed. A task
    /// whose status is final is not judged again (nothing would change it).
    pub(super) fn check_tasks(&mut self, r: &Readings) {
        let checks = self
            .scenario
            .objectives
            .iter()
            .flat_map(|o| o.tasks.iter().map(|t| t.check.as_ref()));
        for (i, check) in checks.enumerate() {
            let Some(check) = check else { continue };
            if self.tasks.is_final(i) {
                continue;
            }
            let mut held = self.tasks.held_since.get(i).copied().flatten();
            let verdict = self.judge(check, r, &mut held);
            if let Some(slot) = self.tasks.held_since.get_mut(i) {
                *slot = held;
            }
            self.tasks.record(i, verdict);
        }
    }

    fn judge(&self, check: &Condition, r: &Readings, held: &mut Option<i64>) -> Verdict {
        let now = r.time_ms;
        match check {
            Condition::NobodyOutdoorsAtNight => {
                let people = r.outdoors;
                let status = match (people, r.night) {
                    (0, _) => TaskStatus::Open,
                    (_, true) => TaskStatus::Failed,
                    (_, false) => TaskStatus::AtRisk,
                };
                Verdict::new(status, now, Evidence::Outdoors { people })
            }
            Condition::Referred(kind) => self.judge_referral(*kind, r),
            Condition::PhaseDeclared { phase, within } => {
                let declared = self.first_decision(|d| {
                    matches!(&d.kind, crate::DecisionKind::DeclarePhase { phase: p } if p == phase)
                });
                let phases = &self.scenario.plan.phases;
                let index = phases.iter().position(|p| &p.id == phase);
                let trigger = index.and_then(|i| phases[i].trigger.as_ref());
                if held.is_none()
                    && let Some((comparison, metric, value, _)) =
                        trigger.and_then(Trigger::measured)
                {
                    let measured = self.metric(metric, r);
                    let holds = match comparison {
                        Comparison::Above => measured > value,
                        // Fallen below: the level reached the threshold first.
                        Comparison::Below => {
                            index.is_some_and(|i| self.plan.risen(i)) && measured < value
                        }
                    };
                    if holds {
                        *held = Some(now);
                    }
                }
                match (declared, *held) {
                    (Some(d), None) => Verdict::new(TaskStatus::Met, d.at_ms, decided(d)),
                    (Some(d), Some(since)) => {
                        let due = since.saturating_add(within.millis());
                        let status = if d.at_ms <= due {
                            TaskStatus::Met
                        } else {
                            TaskStatus::Failed
                        };
                        Verdict::new(status, d.at_ms.min(due), decided(d))
                    }
                    (None, None) => Verdict::new(TaskStatus::Open, now, Evidence::None),
                    (None, Some(since)) => {
                        let due = since.saturating_add(within.millis());
                        let evidence = Evidence::TriggerHeld {
                            since_ms: since,
                            due_ms: due,
                        };
                        if now > due {
                            Verdict::new(TaskStatus::Failed, due, evidence)
                        } else if (now - since) * 4 > within.millis() * 3 {
                            Verdict::new(TaskStatus::AtRisk, now, evidence)
                        } else {
                            Verdict::new(TaskStatus::Open, now, evidence)
                        }
                    }
                }
            }
            Condition::DecidedBefore {
                decision,
                subject,
                by,
                metric,
                value,
            } => {
                let found = self.first_decision(|d| {
                    let (kind, about) = d.kind.expected();
                    kind == *decision
                        && subject.as_ref().is_none_or(|s| about.as_ref() == Some(s))
                        && by.as_ref().is_none_or(|b| &d.by == b)
                });
                let measured = self.metric(metric, r);
                let evidence = Evidence::Metric {
                    value: measured,
                    limit: *value,
                };
                match found {
                    Some(d) => Verdict::new(TaskStatus::Met, d.at_ms, decided(d)),
                    None if measured > *value => Verdict::new(TaskStatus::Failed, now, evidence),
                    None if measured * 4.0 > *value * 3.0 => {
                        Verdict::new(TaskStatus::AtRisk, now, evidence)
                    }
                    None => Verdict::new(TaskStatus::Open, now, evidence),
                }
            }
        }
    }

    fn judge_referral(&self, kind: Vulnerability, r: &Readings) -> Verdict {
        let now = r.time_ms;
        // Readings list the kinds in `Vulnerability::ALL` order, as the engine counts them.
        let Some(reading) = r.vulnerable.get(kind as usize) else {
            return Verdict::new(TaskStatus::Open, now, Evidence::None);
        };
        if reading.no_service > 0 {
            let people = reading.no_service;
            return Verdict::new(TaskStatus::Failed, now, Evidence::NoService { people });
        }
        if reading.late > 0 {
            let people = reading.late;
            return Verdict::new(TaskStatus::Failed, now, Evidence::LateReferrals { people });
        }
        let deadline_ms = self
            .scenario
            .referrals
            .iter()
            .find(|rule| rule.vulnerability == kind)
            .map_or(0, |rule| rule.deadline.millis());
        let evidence = Evidence::Handover {
            mean_ms: reading.mean_handover_ms,
            deadline_ms,
        };
        if reading.mean_handover_ms * 4 > deadline_ms * 3 {
            Verdict::new(TaskStatus::AtRisk, now, evidence)
        } else {
            Verdict::new(TaskStatus::Open, now, evidence)
        }
    }

    fn first_decision(&self, wanted: impl Fn(&Decision) -> bool) -> Option<&Decision> {
        self.ledger.decisions().iter().find(|d| wanted(d))
    }

    /// Every critical task's state now; at or after `end`, a condition that held to the
    /// end is met there.
    pub fn tasks(&self, now: i64, end: i64) -> Vec<TaskState> {
        let checks = self
            .scenario
            .objectives
            .iter()
            .flat_map(|o| o.tasks.iter().map(|t| t.check.as_ref()));
        self.tasks
            .states()
            .iter()
            .zip(checks)
            .map(|(state, check)| {
                let holds_to_end = matches!(
                    check,
                    Some(Condition::NobodyOutdoorsAtNight | Condition::Referred(_))
                );
                if now >= end && holds_to_end && !state.status.is_final() {
                    TaskState {
                        status: TaskStatus::Met,
                        at_ms: Some(end),
                        evidence: Evidence::HeldToEnd,
                        ..state.clone()
                    }
                } else {
                    state.clone()
                }
            })
            .collect()
    }

    /// Every change of a critical task's status so far, in time order.
    pub fn task_changes(&self) -> &[TaskChange] {
        self.tasks.changes()
    }
}

fn decided(d: &Decision) -> Evidence {
    Evidence::Decision {
        id: d.id,
        by: d.by.clone(),
    }
}
