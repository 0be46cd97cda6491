//! The `Simulation` facade: the one API the console, the batch runner, the tests and the
//! report writer use. Create it from a scenario and a seed, apply commands, advance time,
//! read snapshots, gaps, metrics and the digest.
//!
//! It assembles the engine (people and places) and the coordinator (institutions, plan,
//! requests, gaps): the coordinator reads the engine every `SWEEP_MS` and at the times its
//! own business falls due, and changes it only through engine commands at the time each
//! decision takes effect.

use std::hash::{Hash, Hasher};
use std::ops::Deref;

use fnv::FnvHasher;

use serde::Serialize;

use crate::command::{Command, CommandError, Origin};
use crate::coordination::{
    Coordinator, Decision, DueInject, Gap, Informed, Observed, Remark, Request, RoleChange,
    SWEEP_MS, TaskChange, TaskState,
};
use crate::i18n::Text;
use crate::scenario::{Inject, InjectEffect, Role, Scenario};
use crate::schedule::{Schedule, Slot};
use crate::sim::{self, Audit, Engine, ExitRecord, Person, Reader, Readings, Series};
use crate::time::SimTime;

/// A running exercise.
pub struct Simulation {
    engine: Engine,
    coordinator: Coordinator,
    end: SimTime,
    next_sweep: i64,
    schedule: Schedule,
    /// What the coordinator read at the last sweep, refilled in place at the next.
    reader: Reader,
}

/// A request still waiting for its decision, as the console lists it per institution.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OpenRequest {
    /// Request number.
    pub id: u32,
    /// What is asked: the stable label JSON carries (`ReceptionApproval`,
    /// `DeclarePhase(alert)`).
    pub ask: String,
    /// What is asked, to be put into words in the reader's language.
    #[serde(skip)]
    pub asks: Text,
    /// Place or language it concerns.
    pub subject: Option<String>,
    /// The institutions asked (empty: nobody is accountable).
    pub to: Vec<String>,
    /// How long it has waited (minutes).
    pub age_min: f64,
    /// Minutes left before its deadline (negative: overdue).
    pub deadline_in_min: f64,
}

/// Everything the console and reports read at one instant: the flow of people (through
/// `Deref`, e.g. `snapshot.totals`) and the coordination picture.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Snapshot {
    /// People, places and totals.
    #[serde(flatten)]
    pub flow: sim::Snapshot,
    /// The plan phase in force (id).
    pub phase: String,
    /// Requests waiting for a decision.
    pub open_requests: Vec<OpenRequest>,
    /// Every gap so far, open and closed.
    pub gaps: Vec<Gap>,
    /// State-triggered MSEL injects due and not delivered.
    pub due_injects: Vec<DueInject>,
}

impl Deref for Snapshot {
    type Target = sim::Snapshot;
    fn deref(&self) -> &sim::Snapshot {
        &self.flow
    }
}

/// The summary of a run, as `fluxsim run` prints it (stable JSON for scripts).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Metrics {
    /// Scenario name.
    pub scenario: String,
    /// Master seed.
    pub seed: u64,
    /// Events processed.
    pub events: u64,
    /// The snapshot at that time.
    #[serde(flatten)]
    pub snapshot: Snapshot,
}

impl Simulation {
    /// How often the coordination layer reads the situation: gaps open, requests are raised
    /// and state-triggered injects come due at these sweeps (and at the times decisions fall
    /// due).
    pub const SWEEP: SimTime = SimTime(SWEEP_MS);

    /// Builds a simulation of a validated scenario with a master seed.
    pub fn new(scenario: &Scenario, seed: u64) -> Self {
        Simulation {
            engine: Engine::new(scenario, seed),
            coordinator: Coordinator::new(scenario, seed),
            end: scenario.exercise.duration,
            next_sweep: 0,
            schedule: Schedule::default(),
            reader: Reader::default(),
        }
    }

    /// A simulation assembled from restored parts (`checkpoint.rs`).
    pub(crate) fn from_parts(
        scenario: &Scenario,
        engine: Engine,
        coordinator: Coordinator,
        next_sweep: i64,
        schedule: Schedule,
    ) -> Self {
        Simulation {
            engine,
            coordinator,
            end: scenario.exercise.duration,
            next_sweep,
            schedule,
            reader: Reader::default(),
        }
    }

    /// The parts a checkpoint saves.
    pub(crate) fn parts_mut(&mut self) -> (&mut Engine, &Coordinator, &i64, &Schedule) {
        (
            &mut self.engine,
            &self.coordinator,
            &self.next_sweep,
            &self.schedule,
        )
    }

    /// Simulated time now.
    pub fn now(&self) -> SimTime {
        SimTime(self.engine.now())
    }

    /// The end of the exercise.
    pub fn end(&self) -> SimTime {
        self.end
    }

    /// Processes every event up to and including `t`, with the coordination readings and
    /// decisions that fall due on the way — but stops early, at the sweep where a
    /// state-triggered MSEL inject comes due (see `due_injects`), so that the driver can
    /// deliver it then. Calling again goes on from there.
    pub fn advance_to(&mut self, t: SimTime) {
        self.advance(t, true);
    }

    /// Like `advance_to`, without stopping where injects come due (they stay due): for
    /// replays and for runs that deliver nothing.
    pub fn advance_through(&mut self, t: SimTime) {
        self.advance(t, false);
    }

    fn advance(&mut self, t: SimTime, stop_when_due: bool) {
        let until = t.millis().max(self.engine.now());
        loop {
            // Anything due in the past (decided just now with no delay) is handled now.
            let due = self
                .coordinator
                .next_due()
                .map(|d| d.max(self.engine.now()));
            let stop = until.min(self.next_sweep).min(due.unwrap_or(i64::MAX));
            self.engine.advance_to(stop);
            // The readings hold at a sweep unless an effect changed the model since.
            let mut readings_hold = false;
            if stop == self.next_sweep || Some(stop) == due {
                readings_hold = self.coordinate(stop);
            }
            let mut came_due = false;
            if stop == self.next_sweep {
                let readings = if readings_hold {
                    self.reader.readings()
                } else {
                    self.reader.read(&self.engine)
                };
                came_due = self.coordinator.watch_injects(readings);
                self.next_sweep += SWEEP_MS;
            }
            // Settled at an instant: nothing of the coordinator due there, and no event there
            // either — an effect applied just now may have scheduled one (a bus leaving at
            // once), and it runs before anything given at this instant.
            let settled_at = |sim: &Self, t: i64| {
                sim.coordinator.next_due().is_none_or(|d| d > t)
                    && sim.engine.next_event_time().is_none_or(|e| e > t)
            };
            if stop_when_due && came_due && settled_at(self, stop) {
                break;
            }
            if stop == until && settled_at(self, until) {
                break;
            }
        }
    }

    /// Lets the coordinator read the situation, then applies the effects now due; whether
    /// the readings kept still hold (no effect changed the model since they were read).
    fn coordinate(&mut self, now: i64) -> bool {
        let readings = self.reader.read(&self.engine);
        self.coordinator.observe(readings);
        !self.apply_effects(now)
    }

    /// Applies the effects due at `now`; whether there were any.
    fn apply_effects(&mut self, now: i64) -> bool {
        let changes = self.coordinator.take_effects(now);
        for change in &changes {
            // Effects name ids the coordinator checked when the decision was taken.
            let _ = self.engine.apply(change);
        }
        !changes.is_empty()
    }

    /// Processes the events of the next instant that has any; false when none is pending.
    pub fn step(&mut self) -> bool {
        match self.engine.next_event_time() {
            Some(t) => {
                self.advance_to(SimTime(t));
                true
            }
            None => false,
        }
    }

    /// Runs to the end of the exercise.
    pub fn run_to_end(&mut self) {
        self.advance_through(self.end);
    }

    /// Applies a command at the current time, given by the origin it names (players of
    /// the institution it names, otherwise the facilitator: `Origin::inferred`).
    pub fn apply(&mut self, command: &Command) -> Result<(), CommandError> {
        self.apply_as(command, &Origin::inferred(command))
    }

    /// Applies a command at the current time, given by `origin`. Model changes act at once;
    /// decisions are recorded with their origin (and any authority gap) and act after their
    /// implementation delay. Players act only for their own institution.
    pub fn apply_as(&mut self, command: &Command, origin: &Origin) -> Result<(), CommandError> {
        if let Some(why) = command.out_of_range() {
            return Err(CommandError::OutOfRange(why));
        }
        if let Some(refused) = origin.cannot_give(command) {
            return Err(refused);
        }
        let now = self.engine.now();
        match command {
            Command::Control(action) => self.engine.apply(&action.change())?,
            Command::Decision { by, decision } => {
                self.coordinator.decide(now, by, decision, origin.clone())?;
                self.apply_effects(now);
            }
            Command::Inject(effect) => self.inject(effect, None)?,
            Command::DeliverInject { number } => self.deliver(*number)?,
            Command::SetRole { institution, role } => {
                let night = self.engine.night_at(now);
                self.coordinator.set_role(now, night, institution, *role)?;
            }
            Command::Action { by, text } => self.coordinator.remark(Remark {
                at_ms: now,
                by: Some(by.clone()),
                text: text.clone(),
                origin: origin.clone(),
            })?,
            Command::Note { text } => self.coordinator.remark(Remark {
                at_ms: now,
                by: None,
                text: text.clone(),
                origin: origin.clone(),
            })?,
            Command::Observe(observation) => self.coordinator.record_observation(Observed {
                at_ms: now,
                observation: observation.clone(),
                origin: origin.clone(),
            })?,
            Command::Reschedule { number, to } => self.reschedule(*number, *to)?,
        }
        Ok(())
    }

    /// Puts MSEL inject `number` in `slot` (held, retimed, or back to its plan).
    fn reschedule(&mut self, number: u32, slot: Slot) -> Result<(), CommandError> {
        let now = self.engine.now();
        let delivered = self.coordinator.deliveries().contains_key(&number);
        let inject = crate::command::msel_inject(self.engine.scenario(), number)?;
        self.schedule
            .set(inject, slot, SimTime(now), delivered)
            .map_err(|why| CommandError::Reschedule { number, why })
    }

    /// When MSEL inject `number` is to be delivered, as the facilitator last set it.
    pub fn slot(&self, number: u32) -> Slot {
        self.schedule.slot(number)
    }

    /// When timed MSEL inject `inject` is due: its planned time, the time the facilitator
    /// gave it, or `None` while it is held. For a state-triggered inject, `None` means
    /// held (its trigger decides otherwise).
    pub fn due_at(&self, inject: &Inject) -> Option<SimTime> {
        self.schedule.due_at(inject)
    }

    /// Delivers MSEL inject `number`: its receivers are informed, then its effect acts.
    fn deliver(&mut self, number: u32) -> Result<(), CommandError> {
        let effect = crate::command::msel_inject(self.engine.scenario(), number)?
            .effect
            .clone();
        if let Some(effect) = &effect {
            crate::inject::check(effect, self.engine.scenario())?;
        }
        self.coordinator.deliver(&self.engine.readings(), number)?;
        match effect {
            Some(effect) => self.inject(&effect, Some(number)),
            None => Ok(()),
        }
    }

    /// Applies a scenario-side inject (from MSEL inject `from_msel`, if it comes from one).
    fn inject(
        &mut self,
        effect: &InjectEffect,
        from_msel: Option<u32>,
    ) -> Result<(), CommandError> {
        crate::inject::check(effect, self.engine.scenario())?;
        if let InjectEffect::Message { from, to, text } = effect {
            let what = match from_msel {
                Some(n) => Text::new("informed-inject")
                    .count("number", n)
                    .id("text", text),
                None => Text::new("plain-text").id("text", text),
            };
            self.coordinator.inform(self.engine.now(), from, to, &what);
        }
        for change in crate::inject::engine_changes(effect) {
            self.engine.apply(&change)?;
        }
        Ok(())
    }

    /// State-triggered MSEL injects whose condition has come true and that are not delivered
    /// yet, in the order they came due. The simulation never delivers them itself.
    pub fn due_injects(&self) -> Vec<DueInject> {
        let mut due = self.coordinator.due_injects();
        due.retain(|d| self.schedule.slot(d.number) != Slot::Held);
        due
    }

    /// The aggregates and the coordination picture now.
    pub fn snapshot(&mut self) -> Snapshot {
        let now = self.engine.now();
        let open_requests = self
            .coordinator
            .requests()
            .iter()
            .filter(|q| q.is_open())
            .map(|q| OpenRequest {
                id: q.id,
                ask: q.ask.label(),
                asks: q.ask.text(),
                subject: q.subject.clone(),
                to: q.to.clone(),
                age_min: (now - q.raised_ms) as f64 / 60_000.0,
                deadline_in_min: (q.deadline_ms - now) as f64 / 60_000.0,
            })
            .collect();
        Snapshot {
            flow: self.engine.snapshot(),
            phase: self.coordinator.phase().id.clone(),
            open_requests,
            gaps: self.coordinator.gaps().to_vec(),
            due_injects: self.due_injects(),
        }
    }

    /// Every gap so far, open and closed, in order of opening.
    pub fn gaps(&self) -> &[Gap] {
        self.coordinator.gaps()
    }

    /// Every request raised so far.
    pub fn requests(&self) -> &[Request] {
        self.coordinator.requests()
    }

    /// Every decision taken so far (by participants and automated institutions).
    pub fn decisions(&self) -> &[Decision] {
        self.coordinator.decisions()
    }

    /// What each institution was told, and when.
    pub fn informed(&self) -> &[Informed] {
        self.coordinator.informed()
    }

    /// Every institution with its role in the exercise now, in scenario order.
    pub fn roster(&self) -> Vec<(String, Role)> {
        self.coordinator.roster()
    }

    /// Role changes during play, in order (`Command::SetRole`: a newly simulated
    /// institution answers the requests open to it after its response time from then; a
    /// newly played or absent one leaves them to people).
    pub fn role_changes(&self) -> &[RoleChange] {
        self.coordinator.role_changes()
    }

    /// An institution's role in the exercise at simulated time `at_ms` (the scenario's, as
    /// changed during play up to then); `None` for an unknown institution.
    pub fn role_at(&self, institution: &str, at_ms: i64) -> Option<Role> {
        self.coordinator.role_at(institution, at_ms)
    }

    /// The scenario it runs (with every institution simulated under `--simulate-all`).
    pub fn scenario(&self) -> &Scenario {
        self.engine.scenario()
    }

    /// When each MSEL inject delivered so far was delivered (ms), by number.
    pub fn deliveries(&self) -> &std::collections::BTreeMap<u32, i64> {
        self.coordinator.deliveries()
    }

    /// MSEL inject `number`'s text as it was delivered, its placeholders filled with the
    /// values of that moment; as written when it quotes no live value or is not delivered
    /// yet; `None` for a number the MSEL does not have.
    pub fn inject_text(&self, number: u32) -> Option<String> {
        if let Some(text) = self.coordinator.delivered_text(number) {
            return Some(text.to_string());
        }
        let msel = &self.engine.scenario().msel;
        msel.iter()
            .find(|i| i.number == number)
            .map(|i| i.synopsis.clone())
    }

    /// Evaluators' (and the facilitator's) observations, in order.
    pub fn observations(&self) -> &[Observed] {
        self.coordinator.observations()
    }

    /// Every critical task of the scenario's objectives, in scenario order, as it stands
    /// now (judged at each coordination sweep, every five simulated minutes); at the end of
    /// the exercise a condition that held throughout is met.
    pub fn tasks(&self) -> Vec<TaskState> {
        self.coordinator
            .tasks(self.now().millis(), self.end().millis())
    }

    /// Every change of a critical task's status so far, in time order.
    pub fn task_changes(&self) -> &[TaskChange] {
        self.coordinator.task_changes()
    }

    /// Players' free actions and the facilitator's notes, in order.
    pub fn remarks(&self) -> &[Remark] {
        self.coordinator.remarks()
    }

    /// The plan phase in force.
    pub fn phase(&self) -> &crate::scenario::Phase {
        self.coordinator.phase()
    }

    /// The run summary now.
    pub fn metrics(&mut self) -> Metrics {
        Metrics {
            scenario: self.engine.scenario().exercise.name.clone(),
            seed: self.engine.seed(),
            events: self.engine.events_processed(),
            snapshot: self.snapshot(),
        }
    }

    /// The state digest (equal states, equal digests): FNV-1a 64 over the engine's state,
    /// then the coordination state, then the facade's own clock of sweeps — each structurally,
    /// people by serial number (digest scheme 2, `journal::DIGEST_SCHEME`).
    pub fn digest(&mut self) -> u64 {
        let mut h = FnvHasher::default();
        self.engine.digest_into(&mut h);
        self.coordinator.digest_into(&mut h);
        self.next_sweep.hash(&mut h);
        h.finish()
    }

    /// The sampled time series.
    pub fn series(&self) -> &Series {
        self.engine.series()
    }

    /// Keep (default) or drop the per-person records of people who left; the aggregates are
    /// kept either way.
    pub fn keep_departures(&mut self, keep: bool) {
        self.engine.keep_departures(keep);
    }

    /// A census of the people in the World, counted entity by entity: what tests check
    /// conservation and the aggregates against (arrivals = persons + exit records). It walks
    /// every person, so it is for tests and audits, never for display.
    pub fn audit(&mut self) -> Audit {
        self.engine.audit()
    }

    /// The time of the next pending event of the model (none when nothing is pending): where
    /// `step` goes next.
    pub fn next_event_time(&self) -> Option<SimTime> {
        self.engine.next_event_time().map(SimTime)
    }

    /// Events processed so far.
    pub fn events_processed(&self) -> u64 {
        self.engine.events_processed()
    }

    /// The situation as the coordination layer reads it (queues, sites, people waiting for a
    /// bus or an interpreter, vulnerable persons), now.
    pub fn readings(&self) -> Readings {
        self.engine.readings()
    }

    /// Buses of fleet `fleet` idle at their depot now; none for an unknown fleet.
    pub fn buses_idle(&self, fleet: &str) -> Option<u32> {
        self.engine.buses_idle(fleet)
    }

    /// The records of everyone who left so far, in order of leaving (empty after
    /// `keep_departures(false)`).
    pub fn departures(&self) -> &[ExitRecord] {
        self.engine.departures()
    }

    /// The flow monitoring counts so far: people who passed each BCP and registration
    /// point, by day, origin, next place, nationality, sex and age (empty after
    /// `keep_departures(false)`).
    pub fn passages(&self) -> std::collections::BTreeMap<sim::Passage, u32> {
        self.engine.passages()
    }

    /// Everyone in the system now, in order of arrival. It walks every person: for tests
    /// and inspectors, never for display.
    pub fn people(&mut self) -> Vec<Person> {
        let mut people = self.engine.living();
        people.sort_unstable_by_key(|p| p.serial);
        people
    }

    /// The language codes of the scenario, in the order of `Person::language`.
    pub fn languages(&self) -> &[String] {
        self.engine.languages()
    }

    /// The digest of the model alone (people, places, events, random streams), without the
    /// coordination state: equal when an inject only informs.
    pub fn model_digest(&mut self) -> u64 {
        self.engine.digest()
    }
}
