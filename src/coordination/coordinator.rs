//! The coordination state of a running exercise: the plan phase, the live RACI, requests,
//! decisions, what each institution was told, and the gaps. It reads the model through
//! `Readings` and changes it only through the engine commands it hands back, each at the
//! time a decision takes effect.

use std::collections::BTreeMap;

use super::agenda::Agenda;
use super::desks::{Desks, Raci};
use super::findings::static_findings;
use super::gap::{Gap, GapKey, GapLog};
use super::inject_watch::{DueInject, InjectWatch};
use super::ledger::Ledger;
use super::plan_state::PlanState;
use super::record::{Observed, Record, Remark, RoleChange};
use super::request::{Decision, Informed, Request, Requests};
use super::supply::Supply;
use super::tasks::TaskWatch;
use crate::i18n::Text;
use crate::scenario::{IdKind, Role, Scenario};
use crate::sim::{self, Readings};

/// Coordination of one run: the scenario it plays and the parts of its state, each owning
/// its data behind small methods.
#[derive(Debug)]
pub struct Coordinator {
    pub(super) scenario: Scenario,
    /// Who acts for each institution, and how fast a simulated one answers.
    pub(super) desks: Desks,
    /// Who is Accountable for each function now.
    pub(super) raci: Raci,
    /// The phase in force and the triggers.
    pub(super) plan: PlanState,
    pub(super) requests: Requests,
    /// Decisions, who was told what, notifications owed.
    pub(super) ledger: Ledger,
    pub(super) gaps: GapLog,
    /// Automated answers and decisions' effects to come.
    pub(super) agenda: Agenda,
    /// Interpreters brought in, breakdowns asked about.
    pub(super) supply: Supply,
    /// Deliveries and state triggers of the MSEL.
    pub(super) watch: InjectWatch,
    /// Role changes, players' actions and facilitator's notes.
    pub(super) record: Record,
    /// MSEL number → its text as delivered, for injects whose text quotes live values.
    pub(super) delivered_texts: BTreeMap<u32, String>,
    /// The objectives' critical tasks.
    pub(super) tasks: TaskWatch,
    /// Interpreters the scenario provides, by language (from the scenario, not state).
    pub(super) interpreters_planned: BTreeMap<String, u32>,
}

/// How often the coordination layer reads the situation (ms): a situation report every
/// five simulated minutes is finer than any deadline in a plan.
pub const SWEEP_MS: i64 = 5 * 60_000;

impl Coordinator {
    /// The coordination state at the start: first phase, the scenario's RACI, the static
    /// findings recorded as gaps opened at T+0.
    pub fn new(scenario: &Scenario, seed: u64) -> Self {
        let mut gaps = GapLog::default();
        for (i, f) in static_findings(scenario).into_iter().enumerate() {
            let mut new =
                Gap::new(f.category, f.severity, f.summary, f.action).institutions(&f.institutions);
            new.function = f.function;
            new.evidence = f.evidence;
            gaps.open(GapKey::Finding(i), 0, new);
        }
        Coordinator {
            scenario: scenario.clone(),
            desks: Desks::new(scenario, seed),
            raci: Raci::new(scenario),
            plan: PlanState::new(scenario.plan.phases.len()),
            requests: Requests::default(),
            ledger: Ledger::default(),
            gaps,
            agenda: Agenda::default(),
            supply: Supply::new(scenario),
            watch: InjectWatch::default(),
            record: Record::default(),
            delivered_texts: BTreeMap::new(),
            tasks: TaskWatch::new(scenario),
            interpreters_planned: scenario.resources.interpreters.iter().fold(
                BTreeMap::new(),
                |mut by, i| {
                    *by.entry(i.language.clone()).or_default() += i.count;
                    by
                },
            ),
        }
    }

    /// The next time something is due without a new reading: an automated answer, an
    /// effect, a deadline or an owed notification.
    pub fn next_due(&self) -> Option<i64> {
        let deadlines = self
            .requests
            .open()
            .filter(|r| !self.gaps.is_open(&GapKey::Late(r.id)))
            .map(|r| r.deadline_ms)
            .min();
        [self.agenda.next_due(), self.ledger.next_owed(), deadlines]
            .into_iter()
            .flatten()
            .min()
    }

    /// Engine changes due at or before `now`, in order; they leave the coordinator.
    pub(crate) fn take_effects(&mut self, now: i64) -> Vec<sim::Change> {
        self.agenda.take_effects(now)
    }

    /// Reads the situation at `r.time_ms`: evaluates triggers and situations, raises
    /// requests, gives the automated answers that are due, and opens or closes gaps.
    pub fn observe(&mut self, r: &Readings) {
        let now = r.time_ms;
        self.plan.arrivals_at(now, r.arrivals);
        self.answer_due(r);
        self.check_triggers(r);
        self.check_situations(r);
        self.check_deadlines(r);
        self.check_owed(now);
        self.check_tasks(r);
    }

    /// Delivers MSEL inject `number`: each receiver learns its synopsis now, with the live
    /// values it quotes read from `r`.
    pub fn deliver(&mut self, r: &Readings, number: u32) -> Result<(), crate::CommandError> {
        let now = r.time_ms;
        let inject = crate::command::msel_inject(&self.scenario, number)?;
        let filled = super::inject_watch::fill(&inject.synopsis, r);
        let text = filled.as_deref().unwrap_or(&inject.synopsis);
        let what = Text::new("informed-inject")
            .count("number", inject.number)
            .id("text", text);
        let (to, from) = (inject.to.clone(), inject.from.clone());
        if let Some(filled) = filled {
            self.delivered_texts.entry(number).or_insert(filled);
        }
        self.inform(now, &from, &to, &what);
        self.watch.delivered(number, now);
        Ok(())
    }

    /// Each of `to` learns `what` from `from` now (an inject or a message).
    pub fn inform(&mut self, now: i64, from: &str, to: &[String], what: &Text) {
        for institution in to {
            self.ledger.inform(Informed {
                institution: institution.clone(),
                at_ms: now,
                what: what.clone(),
                from: from.to_string(),
            });
        }
    }

    /// Checks the MSEL's state triggers against `r` (at a sweep); true when an inject came
    /// due.
    pub fn watch_injects(&mut self, r: &Readings) -> bool {
        let plan = &self.scenario.plan.phases;
        self.watch
            .check(&self.scenario.msel, plan, self.plan.phase(), r)
    }

    /// State-triggered injects due and not delivered, in the order they came due.
    pub fn due_injects(&self) -> Vec<DueInject> {
        self.watch.due()
    }

    /// A simulated institution answers request `request` after its response time from
    /// `now` (longer at night); a played or absent one leaves it to people.
    pub(super) fn schedule_answer(&mut self, desk: usize, request: u32, now: i64, night: bool) {
        if let Some(ms) = self.desks.response_ms(desk, night) {
            self.agenda.answer_at(now + ms, desk, request);
        }
    }

    /// An institution's role in the exercise now.
    pub fn role(&self, institution: &str) -> Option<Role> {
        self.desks
            .index(institution)
            .and_then(|d| self.desks.role(d))
    }

    /// Every institution with its role now, in scenario order.
    pub fn roster(&self) -> Vec<(String, Role)> {
        self.desks.roster()
    }

    /// Changes an institution's role from `now` on. Answers it was to give as a simulated
    /// institution are dropped; as a newly simulated one it answers the requests open to it
    /// after its response time from now.
    pub fn set_role(
        &mut self,
        now: i64,
        night: bool,
        institution: &str,
        role: Role,
    ) -> Result<(), crate::CommandError> {
        let (Some(d), Some(from)) = (
            self.desks.index(institution),
            self.desks
                .index(institution)
                .and_then(|d| self.desks.role(d)),
        ) else {
            return Err(crate::CommandError::Unknown {
                what: IdKind::Institution,
                id: institution.to_string(),
                known: self.desks.ids().cloned().collect(),
            });
        };
        if from == role {
            return Ok(());
        }
        self.desks.set_role(d, role);
        self.record.role_changed(RoleChange {
            at_ms: now,
            institution: institution.to_string(),
            from,
            to: role,
        });
        self.agenda.drop_answers_of(d);
        let open: Vec<u32> = self
            .requests
            .open()
            .filter(|q| q.to.iter().any(|t| t == institution))
            .map(|q| q.id)
            .collect();
        for request in open {
            self.schedule_answer(d, request, now, night);
        }
        Ok(())
    }

    /// Writes a player's action or a facilitator's note into the record.
    pub fn remark(&mut self, remark: Remark) -> Result<(), crate::CommandError> {
        if let Some(by) = &remark.by {
            self.known_institution(by)?;
        }
        self.record.remark(remark);
        Ok(())
    }

    /// Records an observation; the institution and inject it names must exist.
    pub fn record_observation(&mut self, observed: Observed) -> Result<(), crate::CommandError> {
        if let Some(institution) = &observed.observation.institution {
            self.known_institution(institution)?;
        }
        if let Some(number) = observed.observation.inject
            && !self.scenario.msel.iter().any(|i| i.number == number)
        {
            return Err(crate::CommandError::Unknown {
                what: IdKind::MselInject,
                id: number.to_string(),
                known: self
                    .scenario
                    .msel
                    .iter()
                    .map(|i| i.number.to_string())
                    .collect(),
            });
        }
        if let Some(task) = &observed.observation.task {
            let tasks = || self.scenario.objectives.iter().flat_map(|o| &o.tasks);
            if !tasks().any(|t| &t.id == task) {
                return Err(crate::CommandError::Unknown {
                    what: IdKind::CriticalTask,
                    id: task.clone(),
                    known: tasks().map(|t| t.id.clone()).collect(),
                });
            }
        }
        self.record.observe(observed);
        Ok(())
    }

    /// When each MSEL inject delivered so far was delivered (ms), by number.
    pub fn deliveries(&self) -> &BTreeMap<u32, i64> {
        self.watch.deliveries()
    }

    /// The text of a delivered MSEL inject as its receivers heard it, when it quotes live
    /// values (`None` for one delivered as written or not delivered).
    pub fn delivered_text(&self, number: u32) -> Option<&str> {
        self.delivered_texts.get(&number).map(String::as_str)
    }

    /// Observations, in order.
    pub fn observations(&self) -> &[Observed] {
        self.record.observations()
    }

    /// Role changes during play, in order.
    pub fn role_changes(&self) -> &[RoleChange] {
        self.record.role_changes()
    }

    /// An institution's role at `at_ms`: the scenario's, as changed during play up to then
    /// (a change at `at_ms` counts); `None` for an unknown institution.
    pub fn role_at(&self, institution: &str, at_ms: i64) -> Option<Role> {
        let start = self
            .scenario
            .institutions
            .iter()
            .find(|i| i.id == institution)?
            .role;
        Some(
            self.record
                .role_changes()
                .iter()
                .rev()
                .find(|c| c.institution == institution && c.at_ms <= at_ms)
                .map_or(start, |c| c.to),
        )
    }

    /// Players' actions and facilitator's notes, in order.
    pub fn remarks(&self) -> &[Remark] {
        self.record.remarks()
    }

    /// The phase in force.
    pub fn phase(&self) -> &crate::scenario::Phase {
        &self.scenario.plan.phases[self.plan.phase()]
    }

    /// Every request raised so far.
    pub fn requests(&self) -> &[Request] {
        self.requests.all()
    }

    /// Every decision taken so far.
    pub fn decisions(&self) -> &[Decision] {
        self.ledger.decisions()
    }

    /// What each institution was told, in order.
    pub fn informed(&self) -> &[Informed] {
        self.ledger.informed()
    }

    /// Every gap, open and closed, in order of opening.
    pub fn gaps(&self) -> &[super::Gap] {
        self.gaps.all()
    }
}
