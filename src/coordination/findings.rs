//! Coordination gaps visible from the scenario alone (DESIGN.md categories 1, 2, 3 and 6).
//!
//! These are findings, not errors: a scenario encodes the ambiguity on purpose so the
//! exercise can surface it.

use serde::Serialize;

use super::category::Category;
use super::gap::Severity;
use crate::scenario::{LocationKind, RequestKind, Scenario, Trigger, Vulnerability};

/// A coordination gap found in the scenario itself, before any simulation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// Which kind of gap.
    pub category: Category,
    /// How much it matters, by the rule of [`static_findings`].
    pub severity: Severity,
    /// One line saying what the gap is.
    pub summary: String,
    /// The function concerned, if any.
    pub function: Option<String>,
    /// The institutions involved.
    pub institutions: Vec<String>,
    /// What in the scenario shows it.
    pub evidence: Vec<String>,
    /// A corrective action, phrased for an improvement plan.
    pub action: String,
}

/// Every static finding, in a stable order: functions, plan phases, requests, referrals.
///
/// Severity rule: **high** when people will wait on it or be left without care — nobody holds a
/// function the plan routes requests or referrals to, nobody can declare a phase, reception
/// needs an approval the plan gives to no one, or no service takes a vulnerable group that
/// arrives; **low** for a function without an owner that nothing in the plan uses; **medium**
/// otherwise (a contested function, a trigger nobody can measure, a missing rule for
/// temporary sites, no chair for the working group).
pub fn static_findings(s: &Scenario) -> Vec<Finding> {
    let mut out = Vec::new();
    functions(s, &mut out);
    phases(s, &mut out);
    requests(s, &mut out);
    referrals(s, &mut out);
    out
}

/// What the plan uses a function for, for evidence.
fn uses(s: &Scenario, id: &str) -> Vec<String> {
    let mut uses = Vec::new();
    if s.plan.coordination.as_deref() == Some(id) {
        uses.push("the plan names it as the coordination of the working group".to_string());
    }
    for p in s
        .plan
        .phases
        .iter()
        .filter(|p| p.declared_by.as_deref() == Some(id))
    {
        uses.push(format!("the plan says it declares phase `{}`", p.id));
    }
    for r in s.plan.requests.iter().filter(|r| r.function == id) {
        uses.push(format!(
            "the plan sends {:?} requests to it (deadline {})",
            r.request, r.deadline
        ));
    }
    for r in s.referrals.iter().filter(|r| r.function == id) {
        uses.push(format!(
            "{:?} cases are referred to it (deadline {})",
            r.vulnerability, r.deadline
        ));
    }
    uses
}

fn functions(s: &Scenario, out: &mut Vec<Finding>) {
    if s.plan.coordination.is_none() {
        out.push(Finding {
            category: Category::UnownedFunction,
            severity: Severity::Medium,
            summary: "the plan names no function that coordinates the contingency working group"
                .into(),
            function: None,
            institutions: Vec::new(),
            evidence: vec!["plan.coordination is not set".into()],
            action: "Designate in the plan which institution chairs the contingency working group"
                .into(),
        });
    }
    for f in &s.functions {
        let mut evidence = uses(s, &f.id);
        match f.accountable.len() {
            0 => {
                let people_wait_on_it = s.plan.requests.iter().any(|r| r.function == f.id)
                    || s.referrals.iter().any(|r| r.function == f.id);
                let severity = if people_wait_on_it {
                    Severity::High
                } else if evidence.is_empty() {
                    Severity::Low
                } else {
                    Severity::Medium
                };
                evidence.insert(0, format!("`{}` lists no Accountable institution", f.id));
                out.push(Finding {
                    category: Category::UnownedFunction,
                    severity,
                    summary: format!("no institution is accountable for “{}”", f.name),
                    function: Some(f.id.clone()),
                    institutions: f.responsible.clone(),
                    evidence,
                    action: format!(
                        "Assign one accountable institution for “{}” in the plan and its SOPs",
                        f.name
                    ),
                });
            }
            1 => {}
            _ => {
                let claimants = f.accountable.join(" and ");
                evidence.insert(0, format!("`{}` lists {claimants} as Accountable", f.id));
                out.push(Finding {
                    category: Category::ContestedFunction,
                    severity: Severity::Medium,
                    summary: format!("{claimants} both claim “{}”", f.name),
                    function: Some(f.id.clone()),
                    institutions: f.accountable.clone(),
                    evidence,
                    action: format!(
                        "Agree and write down a single accountable institution for “{}”, with its legal basis",
                        f.name
                    ),
                });
            }
        }
    }
}

fn phases(s: &Scenario, out: &mut Vec<Finding>) {
    for phase in s.plan.phases.iter().skip(1) {
        let declarers = phase
            .declared_by
            .as_ref()
            .and_then(|id| s.functions.iter().find(|f| &f.id == id))
            .map(|f| f.accountable.clone())
            .unwrap_or_default();
        match &phase.trigger {
            None => out.push(trigger_gap(
                phase.id.clone(),
                &declarers,
                "has no trigger at all".into(),
            )),
            Some(Trigger::Narrative(text)) => out.push(trigger_gap(
                phase.id.clone(),
                &declarers,
                format!("is triggered by “{text}”, which nobody can measure"),
            )),
            Some(Trigger::Above { .. } | Trigger::Below { .. }) => {}
        }
        if declarers.is_empty() {
            let reason = match &phase.declared_by {
                None => "names no function empowered to declare it".to_string(),
                Some(f) => format!("is declared by `{f}`, which has no Accountable institution"),
            };
            out.push(Finding {
                category: Category::TriggerGap,
                severity: Severity::High,
                summary: format!("nobody is empowered to declare phase `{}`", phase.id),
                function: phase.declared_by.clone(),
                institutions: Vec::new(),
                evidence: vec![format!("phase `{}` {reason}", phase.id)],
                action: format!(
                    "Name in the plan the institution that declares phase `{}`",
                    phase.id
                ),
            });
        }
    }
}

fn trigger_gap(phase: String, declarers: &[String], what: String) -> Finding {
    Finding {
        category: Category::TriggerGap,
        severity: Severity::Medium,
        summary: format!("phase `{phase}` has no measurable trigger"),
        function: None,
        institutions: declarers.to_vec(),
        evidence: vec![format!("phase `{phase}` {what}")],
        action: format!(
            "Write a measurable trigger for phase `{phase}` (e.g. arrivals over 24 h above a number, \
             reception above a share of capacity)"
        ),
    }
}

fn requests(s: &Scenario, out: &mut Vec<Finding>) {
    for (kind, what) in [
        (
            RequestKind::ReceptionApproval,
            "approves reception of a group at the border",
        ),
        (
            RequestKind::TemporarySite,
            "opens a temporary site when reception is full",
        ),
    ] {
        if !s.plan.requests.iter().any(|r| r.request == kind) {
            let blocks_reception =
                kind == RequestKind::ReceptionApproval && s.plan.reception_needs_approval;
            out.push(Finding {
                category: Category::UnownedFunction,
                severity: if blocks_reception {
                    Severity::High
                } else {
                    Severity::Medium
                },
                summary: format!("the plan does not say who {what}"),
                function: None,
                institutions: Vec::new(),
                evidence: vec![format!("plan.requests has no {kind:?} rule")],
                action: format!(
                    "Designate in the plan the institution that {what}, and its deadline"
                ),
            });
        }
    }
}

fn referrals(s: &Scenario, out: &mut Vec<Finding>) {
    let has_site = |kind: fn(&LocationKind) -> bool| s.locations.iter().any(|l| kind(&l.kind));
    let screened = has_site(|k| matches!(k, LocationKind::Registration { .. }));
    for v in Vulnerability::ALL {
        let share = s.cohort.vulnerable.get(&v).copied().unwrap_or(0.0);
        if share <= 0.0 || !screened {
            continue;
        }
        match s.referrals.iter().find(|r| r.vulnerability == v) {
            None => out.push(Finding {
                category: Category::ReferralGap,
                severity: Severity::High,
                summary: format!("no service is designated for {v:?} cases"),
                function: None,
                institutions: Vec::new(),
                evidence: vec![format!(
                    "{:.1} % of arrivals are {v:?}; referrals has no rule for them",
                    share * 100.0
                )],
                action: format!(
                    "Designate the service that takes {v:?} cases and its hand-over deadline"
                ),
            }),
            Some(rule) => {
                let holders = s
                    .functions
                    .iter()
                    .find(|f| f.id == rule.function)
                    .map(|f| f.responsible.len() + f.accountable.len())
                    .unwrap_or(0);
                if holders == 0 {
                    out.push(Finding {
                        category: Category::ReferralGap,
                        severity: Severity::High,
                        summary: format!(
                            "{v:?} cases go to `{}`, which no institution holds",
                            rule.function
                        ),
                        function: Some(rule.function.clone()),
                        institutions: Vec::new(),
                        evidence: vec![format!(
                            "function `{}` has no Responsible or Accountable institution",
                            rule.function
                        )],
                        action: format!("Assign the institution that takes {v:?} cases"),
                    });
                }
            }
        }
    }
}
