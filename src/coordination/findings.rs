//! Coordination gaps visible from the scenario alone (DESIGN.md categories 1, 2, 3 and 6).
//!
//! These are findings, not errors: a scenario encodes the ambiguity on purpose so the
//! exercise can surface it.

use serde::Serialize;

use super::category::Category;
use super::gap::Severity;
use crate::i18n::Text;
use crate::scenario::{LocationKind, RequestKind, Scenario, Trigger, Vulnerability};

/// A coordination gap found in the scenario itself, before any simulation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// Which kind of gap.
    pub category: Category,
    /// How much it matters, by the rule of [`static_findings`].
    pub severity: Severity,
    /// One line saying what the gap is.
    pub summary: Text,
    /// The function concerned, if any.
    pub function: Option<String>,
    /// The institutions involved.
    pub institutions: Vec<String>,
    /// What in the scenario shows it.
    pub evidence: Vec<Text>,
    /// A corrective action, phrased for an improvement plan.
    pub action: Text,
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
fn uses(s: &Scenario, id: &str) -> Vec<Text> {
    let mut uses = Vec::new();
    if s.plan.coordination.as_deref() == Some(id) {
        uses.push(Text::new("finding-use-coordination"));
    }
    for p in s
        .plan
        .phases
        .iter()
        .filter(|p| p.declared_by.as_deref() == Some(id))
    {
        uses.push(Text::new("finding-use-declares").id("phase", &p.id));
    }
    for r in s.plan.requests.iter().filter(|r| r.function == id) {
        uses.push(match never_raised(s, r.request) {
            None => Text::new("finding-use-requests")
                .text("kind", r.request.subject())
                .id("deadline", r.deadline.to_string()),
            Some(why) => Text::new("finding-use-requests-never")
                .text("kind", r.request.subject())
                .text("why", why),
        });
    }
    for r in s.referrals.iter().filter(|r| r.function == id) {
        uses.push(
            Text::new("finding-use-referrals")
                .text("kind", r.vulnerability.text())
                .id("deadline", r.deadline.to_string()),
        );
    }
    uses
}

/// Why the model can never raise a request of `kind` in this scenario, in words, if it
/// cannot: the findings then never promise one. `None` when it can arise (or may, once an
/// inject or a decision changes the situation).
pub fn never_raised(s: &Scenario, kind: RequestKind) -> Option<Text> {
    crate::scenario::never_raised(s, kind).map(|why| Text::new(why.key()))
}

fn functions(s: &Scenario, out: &mut Vec<Finding>) {
    if s.plan.coordination.is_none() {
        out.push(Finding {
            category: Category::UnownedFunction,
            severity: Severity::Medium,
            summary: Text::new("finding-no-coordination"),
            function: None,
            institutions: Vec::new(),
            evidence: vec![Text::new("finding-no-coordination-evidence")],
            action: Text::new("finding-no-coordination-action"),
        });
    }
    for f in &s.functions {
        let mut evidence = uses(s, &f.id);
        match f.accountable.len() {
            0 => {
                let people_wait_on_it = s
                    .plan
                    .requests
                    .iter()
                    .any(|r| r.function == f.id && never_raised(s, r.request).is_none())
                    || s.referrals.iter().any(|r| r.function == f.id);
                let severity = if people_wait_on_it {
                    Severity::High
                } else if evidence.is_empty() {
                    Severity::Low
                } else {
                    Severity::Medium
                };
                evidence.insert(
                    0,
                    Text::new("finding-unowned-evidence").id("function", &f.id),
                );
                out.push(Finding {
                    category: Category::UnownedFunction,
                    severity,
                    summary: Text::new("finding-unowned").id("name", &f.name),
                    function: Some(f.id.clone()),
                    institutions: f.responsible.clone(),
                    evidence,
                    action: Text::new("finding-unowned-action").id("name", &f.name),
                });
            }
            1 => {}
            _ => {
                evidence.insert(
                    0,
                    Text::new("finding-contested-evidence")
                        .id("function", &f.id)
                        .list_and("claimants", &f.accountable),
                );
                out.push(Finding {
                    category: Category::ContestedFunction,
                    severity: Severity::Medium,
                    summary: Text::new("finding-contested")
                        .list_and("claimants", &f.accountable)
                        .id("name", &f.name),
                    function: Some(f.id.clone()),
                    institutions: f.accountable.clone(),
                    evidence,
                    action: Text::new("finding-contested-action").id("name", &f.name),
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
                &phase.id,
                &declarers,
                Text::new("finding-trigger-none").id("phase", &phase.id),
            )),
            Some(Trigger::Narrative(text)) => out.push(trigger_gap(
                &phase.id,
                &declarers,
                Text::new("finding-trigger-narrative")
                    .id("phase", &phase.id)
                    .id("text", text),
            )),
            Some(Trigger::Above { .. } | Trigger::Below { .. }) => {}
        }
        if declarers.is_empty() {
            let reason = match &phase.declared_by {
                None => Text::new("finding-no-declarer-function").id("phase", &phase.id),
                Some(f) => Text::new("finding-declarer-unheld")
                    .id("phase", &phase.id)
                    .id("function", f),
            };
            out.push(Finding {
                category: Category::TriggerGap,
                severity: Severity::High,
                summary: Text::new("finding-no-declarer").id("phase", &phase.id),
                function: phase.declared_by.clone(),
                institutions: Vec::new(),
                evidence: vec![reason],
                action: Text::new("finding-no-declarer-action").id("phase", &phase.id),
            });
        }
    }
}

fn trigger_gap(phase: &str, declarers: &[String], evidence: Text) -> Finding {
    Finding {
        category: Category::TriggerGap,
        severity: Severity::Medium,
        summary: Text::new("finding-no-trigger").id("phase", phase),
        function: None,
        institutions: declarers.to_vec(),
        evidence: vec![evidence],
        action: Text::new("finding-trigger-action").id("phase", phase),
    }
}

fn requests(s: &Scenario, out: &mut Vec<Finding>) {
    for (kind, what) in [
        (RequestKind::ReceptionApproval, "finding-what-reception"),
        (RequestKind::TemporarySite, "finding-what-temporary-site"),
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
                summary: Text::new("finding-no-rule").text("what", Text::new(what)),
                function: None,
                institutions: Vec::new(),
                evidence: vec![Text::new("finding-no-rule-evidence").text("kind", kind.subject())],
                action: Text::new("finding-no-rule-action").text("what", Text::new(what)),
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
                summary: Text::new("finding-no-referral").text("kind", v.text()),
                function: None,
                institutions: Vec::new(),
                evidence: vec![
                    Text::new("finding-no-referral-evidence")
                        .fixed("share", share * 100.0, 1)
                        .text("kind", v.text()),
                ],
                action: Text::new("finding-no-referral-action").text("kind", v.text()),
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
                        summary: Text::new("finding-referral-unheld")
                            .text("kind", v.text())
                            .id("function", &rule.function),
                        function: Some(rule.function.clone()),
                        institutions: Vec::new(),
                        evidence: vec![
                            Text::new("finding-referral-unheld-evidence")
                                .id("function", &rule.function),
                        ],
                        action: Text::new("finding-referral-unheld-action").text("kind", v.text()),
                    });
                }
            }
        }
    }
}
