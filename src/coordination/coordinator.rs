//! The coordination state of a running exercise: the plan phase, the live RACI, requests,
//! decisions, what each institution was told, and the gaps. It reads the model through
//! `Readings` and changes it only through the engine commands it hands back, each at the
//! time a decision takes effect.

use std::collections::{BTreeMap, VecDeque};

use rand::rngs::ChaCha8Rng;

use super::findings::static_findings;
use super::gap::{Gap, GapKey, GapLog};
use super::inject_watch::{DueInject, InjectWatch};
use super::record::{Observed, Record, Remark, RoleChange};
use super::request::{Decision, Informed, Request};
use super::tasks::TaskWatch;
use crate::i18n::Text;
use crate::scenario::{Distribution, IdKind, Role, Scenario};
use crate::sim::rng::stream;
use crate::sim::{self, Readings};

/// An institution's live state.
#[derive(Debug)]
pub(super) struct Desk {
    pub id: String,
    /// Who acts for it now (the scenario's role until the facilitator changes it).
    pub role: Role,
    pub response: Distribution,
    pub night_factor: f64,
    pub rng: ChaCha8Rng,
}

/// A notification the plan requires: `institution` must hear of `decision` by `due_ms`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub(super) struct Owed {
    pub decision: u32,
    pub function: String,
    pub institution: String,
    pub due_ms: i64,
}

/// Coordination of one run.
#[derive(Debug)]
pub struct Coordinator {
    pub(super) scenario: Scenario,
    pub(super) desks: Vec<Desk>,
    /// Function id → Accountable institutions, as changed by `AssignFunction` during play.
    pub(super) accountable: BTreeMap<String, Vec<String>>,
    /// Index of the phase in force.
    pub(super) phase: usize,
    /// Per phase: since when its trigger has held, if it holds.
    pub(super) trigger_since: Vec<Option<i64>>,
    /// Per phase with a `Below` trigger: whether its metric has reached the threshold yet.
    pub(super) trigger_risen: Vec<bool>,
    pub(super) requests: Vec<Request>,
    pub(super) decisions: Vec<Decision>,
    pub(super) informed: Vec<Informed>,
    pub(super) owed: Vec<Owed>,
    pub(super) gaps: GapLog,
    /// (due ms, seq) → (institution index, request id): automated answers to give.
    pub(super) answers_due: BTreeMap<(i64, u64), (usize, u32)>,
    /// (due ms, seq) → engine change: decisions taking effect.
    pub(super) effects: BTreeMap<(i64, u64), sim::Change>,
    pub(super) seq: u64,
    /// (time, arrivals so far) at each reading, for windowed arrival counts.
    pub(super) arrivals: VecDeque<(i64, u64)>,
    /// Cross-border liaison active (a phase unlocked it).
    pub(super) liaison: bool,
    /// Interpreters brought in during play: (working from ms, language, how many).
    pub(super) interpreters_added: Vec<(i64, String, u32)>,
    /// Deliveries and state triggers of the MSEL.
    pub(super) watch: InjectWatch,
    /// Role changes, players' actions and facilitator's notes.
    pub(super) record: Record,
    /// MSEL number → its text as delivered, for injects whose text quotes live values.
    pub(super) delivered_texts: BTreeMap<u32, String>,
    /// The objectives' critical tasks.
    pub(super) tasks: TaskWatch,
    /// Per fleet (scenario order): the breakdowns already asked about.
    pub(super) breakdowns_seen: Vec<u32>,
}

/// How often the coordination layer reads the situation (ms): a situation report every
/// five simulated minutes is finer than any deadline in a plan.
pub const SWEEP_MS: i64 = 5 * 60_000;

impl Coordinator {
    /// The coordination state at the start: first phase, the scenario's RACI, the static
    /// findings recorded as gaps opened at T+0.
    pub fn new(scenario: &Scenario, seed: u64) -> Self {
        let desks = scenario
            .institutions
            .iter()
            .map(|i| Desk {
                id: i.id.clone(),
                role: i.role,
                response: i.response,
                night_factor: i.night_factor,
                rng: stream(seed, &format!("institution:{}", i.id)),
            })
            .collect();
        let accountable = scenario
            .functions
            .iter()
            .map(|f| (f.id.clone(), f.accountable.clone()))
            .collect();
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
            desks,
            accountable,
            phase: 0,
            trigger_since: vec![None; scenario.plan.phases.len()],
            trigger_risen: vec![false; scenario.plan.phases.len()],
            requests: Vec::new(),
            decisions: Vec::new(),
            informed: Vec::new(),
            owed: Vec::new(),
            gaps,
            answers_due: BTreeMap::new(),
            effects: BTreeMap::new(),
            seq: 0,
            arrivals: VecDeque::new(),
            liaison: false,
            interpreters_added: Vec::new(),
            watch: InjectWatch::default(),
            record: Record::default(),
            delivered_texts: BTreeMap::new(),
            tasks: TaskWatch::new(scenario),
            breakdowns_seen: vec![0; scenario.resources.buses.len()],
        }
    }

    /// The next time something is due without a new reading: an automated answer, an
    /// effect, a deadline or an owed notification.
    pub fn next_due(&self) -> Option<i64> {
        let answers = self.answers_due.keys().next().map(|k| k.0);
        let effects = self.effects.keys().next().map(|k| k.0);
        let owed = self.owed.iter().map(|o| o.due_ms).min();
        let deadlines = self
            .requests
            .iter()
            .filter(|r| r.is_open() && !self.gaps.is_open(&GapKey::Late(r.id)))
            .map(|r| r.deadline_ms)
            .min();
        [answers, effects, owed, deadlines]
            .into_iter()
            .flatten()
            .min()
    }

    /// Engine changes due at or before `now`, in order; they leave the coordinator.
    pub(crate) fn take_effects(&mut self, now: i64) -> Vec<sim::Change> {
        let later = self.effects.split_off(&(now + 1, 0));
        std::mem::replace(&mut self.effects, later)
            .into_values()
            .collect()
    }

    /// Reads the situation at `r.time_ms`: evaluates triggers and situations, raises
    /// requests, gives the automated answers that are due, and opens or closes gaps.
    pub fn observe(&mut self, r: &Readings) {
        let now = r.time_ms;
        self.arrivals.push_back((now, r.arrivals));
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
            self.informed.push(Informed {
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
        self.watch.check(&self.scenario.msel, plan, self.phase, r)
    }

    /// State-triggered injects due and not delivered, in the order they came due.
    pub fn due_injects(&self) -> Vec<DueInject> {
        self.watch.due()
    }

    /// A simulated institution answers request `request` after its response time from
    /// `now` (longer at night); a played or absent one leaves it to people.
    pub(super) fn schedule_answer(&mut self, desk: usize, request: u32, now: i64, night: bool) {
        let desk_at = &mut self.desks[desk];
        match desk_at.role {
            Role::Simulated => {}
            Role::Played | Role::Absent => return,
        }
        let mut ms = crate::sim::rng::sample_ms(&desk_at.response, &mut desk_at.rng);
        if night {
            ms = (ms as f64 * desk_at.night_factor).round() as i64;
        }
        self.seq += 1;
        self.answers_due
            .insert((now + ms, self.seq), (desk, request));
    }

    /// An institution's role in the exercise now.
    pub fn role(&self, institution: &str) -> Option<Role> {
        self.desk(institution).map(|d| self.desks[d].role)
    }

    /// Every institution with its role now, in scenario order.
    pub fn roster(&self) -> Vec<(String, Role)> {
        self.desks.iter().map(|d| (d.id.clone(), d.role)).collect()
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
        let Some(d) = self.desk(institution) else {
            return Err(crate::CommandError::Unknown {
                what: IdKind::Institution,
                id: institution.to_string(),
                known: self.desks.iter().map(|d| d.id.clone()).collect(),
            });
        };
        let from = self.desks[d].role;
        if from == role {
            return Ok(());
        }
        self.desks[d].role = role;
        self.record.role_changed(RoleChange {
            at_ms: now,
            institution: institution.to_string(),
            from,
            to: role,
        });
        self.answers_due.retain(|_, (desk, _)| *desk != d);
        let open: Vec<u32> = self
            .requests
            .iter()
            .filter(|q| q.is_open() && q.to.contains(&self.desks[d].id))
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

    /// Schedules an engine change at `at`.
    pub(super) fn schedule(&mut self, at: i64, change: sim::Change) {
        self.seq += 1;
        self.effects.insert((at, self.seq), change);
    }

    /// The live Accountable institutions of a function.
    pub(super) fn accountable_for(&self, function: &str) -> Vec<String> {
        self.accountable.get(function).cloned().unwrap_or_default()
    }

    /// The index of an institution.
    pub(super) fn desk(&self, id: &str) -> Option<usize> {
        self.desks.iter().position(|d| d.id == id)
    }

    /// The phase in force.
    pub fn phase(&self) -> &crate::scenario::Phase {
        &self.scenario.plan.phases[self.phase]
    }

    /// Every request raised so far.
    pub fn requests(&self) -> &[Request] {
        &self.requests
    }

    /// Every decision taken so far.
    pub fn decisions(&self) -> &[Decision] {
        &self.decisions
    }

    /// What each institution was told, in order.
    pub fn informed(&self) -> &[Informed] {
        &self.informed
    }

    /// Every gap, open and closed, in order of opening.
    pub fn gaps(&self) -> &[super::Gap] {
        self.gaps.all()
    }
}
