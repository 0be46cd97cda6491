//! Decisions: who may take them, what they change in the model and when, which request
//! they answer, who must hear of them, and the automated institutions' doctrine.

use super::category::Category;
use super::coordinator::{Coordinator, Owed};
use super::gap::{Gap, GapKey, Severity};
use std::collections::BTreeMap;

use super::request::{Answer, Ask, Decision, Informed};
use super::situations::Reserve;
use crate::command::{CommandError, DecisionKind, Origin};
use crate::i18n::Text;
use crate::scenario::{IdKind, LocationKind, Measure, RequestKind, Role};
use crate::sim::{self, Readings};
use crate::time::SimTime;

/// Two decisions on the same matter by different institutions within this time are
/// duplicates (or conflicts): nobody checked who else was acting.
const DUPLICATE_WINDOW_MS: i64 = 24 * 3_600_000;

/// Officers added by a decision or a measure: a count past `i32` adds as many as the
/// engine holds, never wraps into a shortage.
fn officer_change(officers: u32) -> i32 {
    i32::try_from(officers).unwrap_or(i32::MAX)
}

/// What a decision is about: the function it falls under, the request it answers and the
/// engine changes it makes, each after its delay.
struct Plan {
    function: Option<String>,
    answers: Option<(Ask, Option<String>)>,
    effects: Vec<(i64, sim::Change)>,
    /// What it is about, without amounts, for spotting duplicates (e.g. `officers for x`).
    matter: String,
}

impl Coordinator {
    /// Takes a decision at `now`. Unknown ids are refused with the ids that would do;
    /// a decision without the authority for it is taken but recorded as a gap.
    pub fn decide(
        &mut self,
        now: i64,
        by: &str,
        kind: &DecisionKind,
        origin: Origin,
    ) -> Result<u32, CommandError> {
        let by = by.to_string();
        self.known_institution(&by)?;
        if self.role(&by) == Some(Role::Absent) {
            return Err(CommandError::Absent { institution: by });
        }
        let before = self.accountable.clone();
        let plan = self.plan_of(now, kind)?;
        let id = self.decisions.len() as u32 + 1;
        let answered = plan.answers.as_ref().and_then(|(ask, subject)| {
            self.requests.iter().position(|q| {
                q.is_open() && &q.ask == ask && (subject.is_none() || q.subject == *subject)
            })
        });
        if let Some(i) = answered {
            let q = &mut self.requests[i];
            q.answered = Some(Answer {
                at_ms: now,
                by: by.clone(),
                decision: id,
            });
            let key = GapKey::Late(q.id);
            self.gaps.close(&key, now);
        }
        let decision = Decision {
            id,
            at_ms: now,
            by: by.clone(),
            what: kind.text(),
            kind: kind.clone(),
            function: plan.function.clone(),
            origin: origin.clone(),
            answers: answered.map(|i| self.requests[i].id),
            matter: plan.matter.clone(),
        };
        self.check_authority(&decision, &before);
        self.decisions.push(decision);
        for (at, change) in plan.effects {
            self.schedule(at, change);
        }
        if let DecisionKind::Notify { to, about, text } = kind {
            self.notify(now, &by, to, about, text);
        } else if let Some(f) = &plan.function {
            self.owe_notifications(now, id, f, &by, origin.is_simulated());
        }
        Ok(id)
    }

    pub(super) fn known_institution(&self, id: &str) -> Result<(), CommandError> {
        match self.desk(id) {
            Some(_) => Ok(()),
            None => Err(self.unknown(IdKind::Institution, id, self.desks.iter().map(|d| &d.id))),
        }
    }

    fn unknown<'a>(
        &self,
        what: IdKind,
        id: &str,
        known: impl Iterator<Item = &'a String>,
    ) -> CommandError {
        CommandError::Unknown {
            what,
            id: id.to_string(),
            known: known.cloned().collect(),
        }
    }

    pub(super) fn rule_function(&self, kind: RequestKind) -> Option<String> {
        self.scenario
            .plan
            .requests
            .iter()
            .find(|r| r.request == kind)
            .map(|r| r.function.clone())
    }

    fn location_of(
        &self,
        id: &str,
        what: IdKind,
        is: fn(&LocationKind) -> bool,
    ) -> Result<(), CommandError> {
        let locations = &self.scenario.locations;
        if locations.iter().any(|l| l.id == id && is(&l.kind)) {
            return Ok(());
        }
        let known = locations.iter().filter(|l| is(&l.kind)).map(|l| &l.id);
        Err(self.unknown(what, id, known))
    }

    /// Validates a decision and works out its function, request and effects.
    fn plan_of(&mut self, now: i64, decision: &DecisionKind) -> Result<Plan, CommandError> {
        let delays = self.scenario.plan.delays.clone();
        let decide =
            |kind: RequestKind, subject: Option<String>| Some((Ask::Decide(kind), subject));
        let plan = match decision {
            DecisionKind::DeclarePhase { phase } => {
                let phases = &self.scenario.plan.phases;
                let Some(i) = phases.iter().position(|p| &p.id == phase) else {
                    return Err(self.unknown(IdKind::Phase, phase, phases.iter().map(|p| &p.id)));
                };
                let p = phases[i].clone();
                let mut effects = Vec::new();
                if i > self.phase {
                    self.phase = i;
                    for m in &p.unlocks {
                        match m {
                            Measure::SurgeCapacity => {
                                effects.push((now, sim::Change::UnlockSurgeCapacity));
                            }
                            Measure::ExtraOfficers { bcp, officers } => effects.push((
                                now + delays.officers.millis(),
                                sim::Change::AdjustOfficers {
                                    bcp: bcp.clone(),
                                    by: officer_change(*officers),
                                },
                            )),
                            Measure::CrossBorderLiaison => self.liaison = true,
                        }
                    }
                }
                Plan {
                    function: p.declared_by.clone(),
                    answers: Some((Ask::DeclarePhase(p.id.clone()), None)),
                    effects,
                    matter: format!("declare phase {}", p.id),
                }
            }
            DecisionKind::ApproveReception => Plan {
                function: self.rule_function(RequestKind::ReceptionApproval),
                answers: decide(RequestKind::ReceptionApproval, None),
                effects: vec![(
                    now + delays.reception.millis(),
                    sim::Change::ApproveReception,
                )],
                matter: "approve reception".into(),
            },
            DecisionKind::OpenTemporarySite { site } => {
                self.location_of(site, IdKind::ReceptionSite, |k| {
                    matches!(k, LocationKind::Reception { .. })
                })?;
                Plan {
                    function: self.rule_function(RequestKind::TemporarySite),
                    answers: decide(RequestKind::TemporarySite, None),
                    effects: vec![(
                        now + delays.temporary_site.millis(),
                        sim::Change::OpenSite { site: site.clone() },
                    )],
                    matter: "temporary site".into(),
                }
            }
            DecisionKind::DeployOfficers { bcp, officers } => {
                self.location_of(bcp, IdKind::Bcp, |k| matches!(k, LocationKind::Bcp { .. }))?;
                Plan {
                    function: self.rule_function(RequestKind::Officers),
                    answers: decide(RequestKind::Officers, Some(bcp.clone())),
                    effects: vec![(
                        now + delays.officers.millis(),
                        sim::Change::AdjustOfficers {
                            bcp: bcp.clone(),
                            by: officer_change(*officers),
                        },
                    )],
                    matter: format!("officers for {bcp}"),
                }
            }
            DecisionKind::RequestInterpreters { language, count } => {
                let mut known = self.scenario.languages();
                known.sort();
                if !known.contains(language) {
                    return Err(self.unknown(IdKind::Language, language, known.iter()));
                }
                let working = now + delays.interpreters.millis();
                self.interpreters_added
                    .push((working, language.clone(), *count));
                Plan {
                    function: self.rule_function(RequestKind::Interpreters),
                    answers: decide(RequestKind::Interpreters, Some(language.clone())),
                    effects: vec![(
                        working,
                        sim::Change::AddInterpreters {
                            language: language.clone(),
                            count: *count,
                        },
                    )],
                    matter: format!("interpreters for {language}"),
                }
            }
            DecisionKind::ArrangeBuses { fleet, buses } => {
                let fleets = &self.scenario.resources.buses;
                if !fleets.iter().any(|f| &f.id == fleet) {
                    return Err(self.unknown(
                        IdKind::BusFleet,
                        fleet,
                        fleets.iter().map(|f| &f.id),
                    ));
                }
                Plan {
                    function: self.rule_function(RequestKind::Transport),
                    answers: decide(RequestKind::Transport, Some(fleet.clone())),
                    effects: vec![(
                        now + delays.buses.millis(),
                        sim::Change::AddBuses {
                            fleet: fleet.clone(),
                            buses: *buses,
                        },
                    )],
                    matter: format!("transport by {fleet}"),
                }
            }
            DecisionKind::ReferCase { vulnerability } => Plan {
                function: self
                    .scenario
                    .referrals
                    .iter()
                    .find(|r| r.vulnerability == *vulnerability)
                    .map(|r| r.function.clone()),
                answers: None,
                effects: Vec::new(),
                matter: format!("take {} cases", vulnerability.id()),
            },
            DecisionKind::Notify { to, about, .. } => {
                self.known_institution(to)?;
                let plan = &self.scenario.plan;
                let about_known = self.accountable.contains_key(about)
                    || plan.phases.iter().any(|p| &p.id == about);
                if !about_known {
                    let known: Vec<String> = self
                        .accountable
                        .keys()
                        .cloned()
                        .chain(plan.phases.iter().map(|p| p.id.clone()))
                        .collect();
                    return Err(self.unknown(IdKind::FunctionOrPhase, about, known.iter()));
                }
                Plan {
                    function: None,
                    answers: None,
                    effects: Vec::new(),
                    matter: format!("inform {to} about {about}"),
                }
            }
            DecisionKind::AssignFunction {
                function,
                institution,
            } => {
                if !self.accountable.contains_key(function) {
                    let known: Vec<String> = self.accountable.keys().cloned().collect();
                    return Err(self.unknown(IdKind::Function, function, known.iter()));
                }
                self.known_institution(institution)?;
                self.accountable
                    .insert(function.clone(), vec![institution.clone()]);
                self.settle_findings(now, function);
                Plan {
                    function: self.scenario.plan.coordination.clone(),
                    answers: None,
                    effects: Vec::new(),
                    matter: format!("assign {function}"),
                }
            }
        };
        Ok(plan)
    }

    /// A function settled during play closes its unowned or contested findings.
    fn settle_findings(&mut self, now: i64, function: &str) {
        let keys: Vec<GapKey> = self
            .gaps
            .all()
            .iter()
            .filter(|g| {
                g.is_open()
                    && g.function.as_deref() == Some(function)
                    && matches!(
                        g.category,
                        Category::UnownedFunction | Category::ContestedFunction
                    )
            })
            .filter_map(|g| self.gaps.key_of(g.id))
            .collect();
        for key in keys {
            self.gaps.close(&key, now);
        }
    }

    /// Records an authority gap when the institution does not hold the function, or when
    /// another institution took the same decision shortly before. Authority is judged on the RACI as it was before the decision: settling who holds a
    /// function is a decision under the authority held until then.
    fn check_authority(&mut self, d: &Decision, before: &BTreeMap<String, Vec<String>>) {
        let Some(function) = &d.function else {
            return;
        };
        let holders = before.get(function).cloned().unwrap_or_default();
        if !holders.contains(&d.by) {
            let held = if holders.is_empty() {
                Text::new("gap-function-unheld").id("function", function)
            } else {
                Text::new("gap-function-held")
                    .id("function", function)
                    .list("holders", &holders)
            };
            let mut new = Gap::new(
                Category::AuthorityGap,
                Severity::Medium,
                Text::new("gap-authority").id("by", &d.by),
                Text::new("gap-authority-action")
                    .id("by", &d.by)
                    .text("what", d.what.clone())
                    .id("function", function),
            )
            .institutions(std::slice::from_ref(&d.by))
            .evidence(decision_evidence(d))
            .evidence(held);
            new.function = Some(function.clone());
            self.gaps.open(GapKey::Decision(d.id), d.at_ms, new);
            return;
        }
        let earlier = self.decisions.iter().rev().find(|e| {
            e.by != d.by
                && e.function.as_deref() == Some(function)
                && e.at_ms + DUPLICATE_WINDOW_MS > d.at_ms
                && e.matter == d.matter
        });
        if let Some(e) = earlier.cloned() {
            let mut new = Gap::new(
                Category::AuthorityGap,
                Severity::Medium,
                Text::new("gap-duplicate")
                    .id("first", &e.by)
                    .id("second", &d.by)
                    .text("what", d.what.clone()),
                Text::new("gap-duplicate-action").id("function", function),
            )
            .institutions(&[e.by.clone(), d.by.clone()])
            .evidence(decision_evidence(&e))
            .evidence(decision_evidence(d))
            .evidence(
                Text::new("gap-duplicate-accountable")
                    .id("function", function)
                    .list("holders", &holders),
            );
            new.function = Some(function.clone());
            self.gaps.open(GapKey::Decision(d.id), d.at_ms, new);
        }
    }

    /// The plan's Informed institutions of `function` must hear of the decision. An
    /// automated institution informs them at once; a played one must send `Notify`.
    fn owe_notifications(
        &mut self,
        now: i64,
        decision: u32,
        function: &str,
        by: &str,
        automated: bool,
    ) {
        let informed = self
            .scenario
            .functions
            .iter()
            .find(|f| f.id == function)
            .map(|f| f.informed.clone())
            .unwrap_or_default();
        let what = &self.decisions[decision as usize - 1].what.clone();
        for who in informed.into_iter().filter(|w| w != by) {
            if automated {
                self.informed.push(Informed {
                    institution: who,
                    at_ms: now,
                    what: Text::new("informed-decision")
                        .count("number", decision)
                        .text("what", what.clone()),
                    from: by.to_string(),
                });
            } else {
                self.owed.push(Owed {
                    decision,
                    function: function.to_string(),
                    institution: who,
                    due_ms: now + self.scenario.plan.inform_within.millis(),
                });
            }
        }
    }

    /// A `Notify`: the institution learns it (with the sender's message, if any), and what
    /// was owed to it on that matter is paid.
    fn notify(&mut self, now: i64, by: &str, to: &str, about: &str, text: &str) {
        let what = if text.is_empty() {
            Text::new("informed-notified").id("about", about)
        } else {
            Text::new("informed-notified-text")
                .id("about", about)
                .id("text", text)
        };
        self.informed.push(Informed {
            institution: to.to_string(),
            at_ms: now,
            what,
            from: by.to_string(),
        });
        let phase_function = self
            .scenario
            .plan
            .phases
            .iter()
            .find(|p| p.id == about)
            .and_then(|p| p.declared_by.clone());
        self.owed.retain(|o| {
            !(o.institution == to
                && (o.function == about || phase_function.as_deref() == Some(&o.function)))
        });
    }

    /// Simulated institutions give the answers that are due, by their doctrine, on the
    /// situation `r` shows.
    pub(super) fn answer_due(&mut self, r: &Readings) {
        let now = r.time_ms;
        let later = self.answers_due.split_off(&(now + 1, 0));
        let due = std::mem::replace(&mut self.answers_due, later);
        for ((_, _), (desk, request)) in due {
            let by = self.desks[desk].id.clone();
            let q = self.requests[request as usize - 1].clone();
            if q.withdrawn.is_some() {
                continue;
            }
            let site = match q.ask {
                Ask::Decide(RequestKind::TemporarySite) => match self.reserve_site(r) {
                    Reserve::Site(site) => Some(site),
                    Reserve::Opening(site) => {
                        if q.is_open() {
                            let why = Text::new("request-withdrawn-opening").id("site", site);
                            self.withdraw(now, q.id, why);
                        }
                        continue;
                    }
                    Reserve::NoneLeft => {
                        self.no_reserve_site(r);
                        continue;
                    }
                },
                Ask::Decide(_) | Ask::DeclarePhase(_) => None,
            };
            let Some(decision) = self.doctrine(&q.ask, q.subject.as_deref(), site) else {
                continue;
            };
            // A doctrine decision names ids from the scenario, so it cannot be refused.
            let _ = self.decide(now, &by, &decision, Origin::Simulated);
        }
    }

    /// The decision a simulated institution takes on a request (`site`: the temporary
    /// site it would open).
    fn doctrine(
        &self,
        ask: &Ask,
        subject: Option<&str>,
        site: Option<String>,
    ) -> Option<DecisionKind> {
        Some(match ask {
            Ask::DeclarePhase(phase) => DecisionKind::DeclarePhase {
                phase: phase.clone(),
            },
            Ask::Decide(RequestKind::ReceptionApproval) => DecisionKind::ApproveReception,
            Ask::Decide(RequestKind::TemporarySite) => {
                DecisionKind::OpenTemporarySite { site: site? }
            }
            Ask::Decide(RequestKind::Officers) => {
                let bcp = subject?.to_string();
                let lanes = self.scenario.locations.iter().find_map(|l| match &l.kind {
                    LocationKind::Bcp { lanes, .. } if l.id == bcp => Some(*lanes),
                    _ => None,
                })?;
                // Doctrine: reinforce with officers for half the lanes.
                DecisionKind::DeployOfficers {
                    bcp,
                    officers: lanes.div_ceil(2).max(1),
                }
            }
            Ask::Decide(RequestKind::Interpreters) => DecisionKind::RequestInterpreters {
                language: subject?.to_string(),
                count: 2,
            },
            Ask::Decide(RequestKind::Transport) => DecisionKind::ArrangeBuses {
                fleet: subject?.to_string(),
                buses: 2,
            },
        })
    }
}

/// "decision #3 at T+6h: approve reception by mia", as gap evidence cites a decision.
fn decision_evidence(d: &Decision) -> Text {
    Text::new("gap-decision-evidence")
        .count("number", d.id)
        .id("at", SimTime(d.at_ms).t_plus())
        .text("what", d.what.clone())
        .id("by", &d.by)
}
