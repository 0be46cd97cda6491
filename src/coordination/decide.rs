//! Decisions: who may take them, what they change in the model and when, which request
//! they answer, who must hear of them, and the automated institutions' doctrine.

use super::category::Category;
use super::coordinator::Coordinator;
use super::gap::{Gap, GapKey, Severity};
use super::ledger::Owed;

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

/// What a decision is about: the function it falls under, the request it answers, the
/// engine changes it makes (each after its delay) and what it changes in the coordination
/// state. Worked out from the state without changing it (`plan_of`), then enacted.
struct Plan {
    function: Option<String>,
    answers: Option<(Ask, Option<String>)>,
    effects: Vec<(i64, sim::Change)>,
    /// What it is about, without amounts, for spotting duplicates (e.g. `officers for x`).
    matter: String,
    /// What it changes in the plan, the supply or the RACI.
    enacts: Enacts,
}

/// A decision's changes to the coordination state beside its engine changes.
enum Enacts {
    Nothing,
    /// Declares phase `phase` (by index); `liaison` when it comes into force now and
    /// unlocks the cross-border liaison.
    Phase {
        phase: usize,
        liaison: bool,
    },
    /// Interpreters that work from `from` on.
    Interpreters {
        from: i64,
        language: String,
        count: u32,
    },
    /// `institution` alone is Accountable for `function` from now on.
    Assign {
        function: String,
        institution: String,
    },
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
        let plan = self.plan_of(now, kind)?;
        let id = self.ledger.next_decision();
        let answered = plan
            .answers
            .as_ref()
            .and_then(|(ask, subject)| self.requests.first_open(ask, subject.as_ref()));
        if let Some(request) = answered {
            let answer = Answer {
                at_ms: now,
                by: by.clone(),
                decision: id,
            };
            self.requests.answer(request, answer);
            self.gaps.close(&GapKey::Late(request), now);
        }
        let decision = Decision {
            id,
            at_ms: now,
            by: by.clone(),
            what: kind.text(),
            kind: kind.clone(),
            function: plan.function.clone(),
            origin: origin.clone(),
            answers: answered,
            matter: plan.matter,
        };
        // Authority is judged on the RACI as it was before the decision: settling who
        // holds a function is a decision under the authority held until then.
        self.check_authority(&decision);
        self.ledger.decided(decision);
        self.enact(now, plan.enacts);
        for (at, change) in plan.effects {
            self.agenda.effect_at(at, change);
        }
        if let DecisionKind::Notify { to, about, text } = kind {
            self.notify(now, &by, to, about, text);
        } else if let Some(f) = &plan.function {
            self.owe_notifications(now, id, f, &by, origin.is_simulated());
        }
        Ok(id)
    }

    /// Applies a decision's changes to the plan, the supply and the RACI.
    fn enact(&mut self, now: i64, enacts: Enacts) {
        match enacts {
            Enacts::Nothing => {}
            Enacts::Phase { phase, liaison } => {
                self.plan.declare(phase);
                if liaison {
                    self.plan.open_liaison();
                }
            }
            Enacts::Interpreters {
                from,
                language,
                count,
            } => self.supply.add_interpreters(from, &language, count),
            Enacts::Assign {
                function,
                institution,
            } => {
                self.raci.assign(&function, &institution);
                self.settle_findings(now, &function);
            }
        }
    }

    pub(super) fn known_institution(&self, id: &str) -> Result<(), CommandError> {
        match self.desks.index(id) {
            Some(_) => Ok(()),
            None => Err(unknown(IdKind::Institution, id, self.desks.ids())),
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
        Err(unknown(what, id, known))
    }

    /// Validates a decision and works out its function, request, effects and changes,
    /// without changing anything.
    fn plan_of(&self, now: i64, decision: &DecisionKind) -> Result<Plan, CommandError> {
        let delays = &self.scenario.plan.delays;
        let plan = match decision {
            DecisionKind::DeclarePhase { phase } => self.plan_declaration(now, phase)?,
            DecisionKind::ApproveReception => self.plan_answer(
                RequestKind::ReceptionApproval,
                None,
                (
                    now + delays.reception.millis(),
                    sim::Change::ApproveReception,
                ),
                "approve reception".into(),
            ),
            DecisionKind::OpenTemporarySite { site } => {
                self.location_of(site, IdKind::ReceptionSite, |k| {
                    matches!(k, LocationKind::Reception { .. })
                })?;
                let change = sim::Change::OpenSite { site: site.clone() };
                self.plan_answer(
                    RequestKind::TemporarySite,
                    None,
                    (now + delays.temporary_site.millis(), change),
                    "temporary site".into(),
                )
            }
            DecisionKind::DeployOfficers { bcp, officers } => {
                self.location_of(bcp, IdKind::Bcp, |k| matches!(k, LocationKind::Bcp { .. }))?;
                let change = sim::Change::AdjustOfficers {
                    bcp: bcp.clone(),
                    by: officer_change(*officers),
                };
                self.plan_answer(
                    RequestKind::Officers,
                    Some(bcp.clone()),
                    (now + delays.officers.millis(), change),
                    format!("officers for {bcp}"),
                )
            }
            DecisionKind::RequestInterpreters { language, count } => {
                self.plan_interpreters(now, language, *count)?
            }
            DecisionKind::ArrangeBuses { fleet, buses } => {
                let fleets = &self.scenario.resources.buses;
                if !fleets.iter().any(|f| &f.id == fleet) {
                    return Err(unknown(
                        IdKind::BusFleet,
                        fleet,
                        fleets.iter().map(|f| &f.id),
                    ));
                }
                let change = sim::Change::AddBuses {
                    fleet: fleet.clone(),
                    buses: *buses,
                };
                self.plan_answer(
                    RequestKind::Transport,
                    Some(fleet.clone()),
                    (now + delays.buses.millis(), change),
                    format!("transport by {fleet}"),
                )
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
                enacts: Enacts::Nothing,
            },
            DecisionKind::Notify { to, about, .. } => self.plan_notice(to, about)?,
            DecisionKind::AssignFunction {
                function,
                institution,
            } => self.plan_assignment(function, institution)?,
        };
        Ok(plan)
    }

    /// A decision of one of the plan's request kinds: it answers the open request of that
    /// kind (about `subject`) and makes one engine change.
    fn plan_answer(
        &self,
        kind: RequestKind,
        subject: Option<String>,
        effect: (i64, sim::Change),
        matter: String,
    ) -> Plan {
        Plan {
            function: self.rule_function(kind),
            answers: Some((Ask::Decide(kind), subject)),
            effects: vec![effect],
            matter,
            enacts: Enacts::Nothing,
        }
    }

    /// Interpreters for a language people speak, working after the plan's delay.
    fn plan_interpreters(
        &self,
        now: i64,
        language: &str,
        count: u32,
    ) -> Result<Plan, CommandError> {
        let mut known = self.scenario.languages();
        known.sort();
        if !known.iter().any(|l| l == language) {
            return Err(unknown(IdKind::Language, language, known.iter()));
        }
        let from = now + self.scenario.plan.delays.interpreters.millis();
        let change = sim::Change::AddInterpreters {
            language: language.to_string(),
            count,
        };
        Ok(Plan {
            enacts: Enacts::Interpreters {
                from,
                language: language.to_string(),
                count,
            },
            ..self.plan_answer(
                RequestKind::Interpreters,
                Some(language.to_string()),
                (from, change),
                format!("interpreters for {language}"),
            )
        })
    }

    /// A `Notify`: about a function or a phase, to a known institution.
    fn plan_notice(&self, to: &str, about: &str) -> Result<Plan, CommandError> {
        self.known_institution(to)?;
        let phases = &self.scenario.plan.phases;
        if !self.raci.knows(about) && !phases.iter().any(|p| p.id == about) {
            let known: Vec<&String> = self
                .raci
                .functions()
                .chain(phases.iter().map(|p| &p.id))
                .collect();
            return Err(unknown(IdKind::FunctionOrPhase, about, known.into_iter()));
        }
        Ok(Plan {
            function: None,
            answers: None,
            effects: Vec::new(),
            matter: format!("inform {to} about {about}"),
            enacts: Enacts::Nothing,
        })
    }

    /// Settling who holds a function: a decision under the plan's coordination function.
    fn plan_assignment(&self, function: &str, institution: &str) -> Result<Plan, CommandError> {
        if !self.raci.knows(function) {
            return Err(unknown(IdKind::Function, function, self.raci.functions()));
        }
        self.known_institution(institution)?;
        Ok(Plan {
            function: self.scenario.plan.coordination.clone(),
            answers: None,
            effects: Vec::new(),
            matter: format!("assign {function}"),
            enacts: Enacts::Assign {
                function: function.to_string(),
                institution: institution.to_string(),
            },
        })
    }

    /// A phase declaration: a later phase than the one in force comes into force with the
    /// measures it unlocks; an earlier or the same one only answers its request.
    fn plan_declaration(&self, now: i64, phase: &str) -> Result<Plan, CommandError> {
        let phases = &self.scenario.plan.phases;
        let Some(i) = phases.iter().position(|p| p.id == phase) else {
            return Err(unknown(IdKind::Phase, phase, phases.iter().map(|p| &p.id)));
        };
        let p = &phases[i];
        let mut effects = Vec::new();
        let mut liaison = false;
        if i > self.plan.phase() {
            let officers_at = now + self.scenario.plan.delays.officers.millis();
            for m in &p.unlocks {
                match m {
                    Measure::SurgeCapacity => {
                        effects.push((now, sim::Change::UnlockSurgeCapacity));
                    }
                    Measure::ExtraOfficers { bcp, officers } => effects.push((
                        officers_at,
                        sim::Change::AdjustOfficers {
                            bcp: bcp.clone(),
                            by: officer_change(*officers),
                        },
                    )),
                    Measure::CrossBorderLiaison => liaison = true,
                }
            }
        }
        Ok(Plan {
            function: p.declared_by.clone(),
            answers: Some((Ask::DeclarePhase(p.id.clone()), None)),
            effects,
            matter: format!("declare phase {}", p.id),
            enacts: Enacts::Phase { phase: i, liaison },
        })
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
    /// another institution took the same decision shortly before.
    fn check_authority(&mut self, d: &Decision) {
        let Some(function) = &d.function else {
            return;
        };
        let holders = self.raci.holders(function);
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
        let earlier = self.ledger.decisions().iter().rev().find(|e| {
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
        let Some(what) = self.ledger.decision(decision).map(|d| d.what.clone()) else {
            return;
        };
        for who in informed.into_iter().filter(|w| w != by) {
            if automated {
                self.ledger.inform(Informed {
                    institution: who,
                    at_ms: now,
                    what: Text::new("informed-decision")
                        .count("number", decision)
                        .text("what", what.clone()),
                    from: by.to_string(),
                });
            } else {
                self.ledger.owe(Owed {
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
        self.ledger.inform(Informed {
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
        self.ledger.pay(to, about, phase_function.as_deref());
    }

    /// Simulated institutions give the answers that are due, by their doctrine, on the
    /// situation `r` shows.
    pub(super) fn answer_due(&mut self, r: &Readings) {
        let now = r.time_ms;
        for (desk, request) in self.agenda.take_answers(now) {
            let by = self.desks.id(desk).to_string();
            let Some(q) = self.requests.get(request).cloned() else {
                continue;
            };
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

/// A refusal of `id`, naming the ids that would do.
fn unknown<'a>(what: IdKind, id: &str, known: impl Iterator<Item = &'a String>) -> CommandError {
    CommandError::Unknown {
        what,
        id: id.to_string(),
        known: known.cloned().collect(),
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
