//! The console's state and the one place it changes: `App::update`. Every command to the
//! simulation passes through `App::submit`.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use crate::Simulation;
use crate::coordination::{Decision, Gap, Informed};
use crate::journal::{JournalError, Recorder};
use crate::scenario::{Inject, LocationKind, Phase, Scenario};
use crate::sim::Series;
use crate::time::SimTime;
use crate::{Command, CommandError, Snapshot};

use super::action::{Action, Pane};
use super::clock::{Clock, SLICE};
use super::form::{Form, Palette, TimePrompt};
use super::throughput::Throughput;

const HOUR: SimTime = SimTime::hours(1);
/// Events between two looks at the wall clock while advancing.
const EVENTS_PER_CHECK: u32 = 512;

/// What the inspector shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// A location (index in scenario and snapshot order).
    Place(usize),
    /// An institution (index in the scenario).
    Institution(usize),
    /// A coordination gap (its number).
    Gap(u32),
    /// An MSEL inject (index in `scenario.msel`).
    Inject(usize),
}

/// What is drawn over the panes, and where keys go.
#[derive(Debug, Clone)]
pub enum Overlay {
    /// Nothing: keys drive the panes.
    None,
    /// The key list.
    Help,
    /// Details of one thing.
    Inspector(Target),
    /// Choosing a command.
    Palette(Palette),
    /// Filling in a command.
    Form(Form),
    /// Typing a time to run until.
    RunUntil(TimePrompt),
    /// "Quit?"
    ConfirmQuit,
}

/// A line of the console's log: what was done, at which simulated time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogEntry {
    /// Simulated time.
    pub at: SimTime,
    /// What happened.
    pub text: String,
}

/// Why a command given in the console did not take effect.
#[derive(Debug, thiserror::Error)]
pub enum Refusal {
    /// The journal could not record it, so it was not applied.
    #[error("not applied, the journal failed: {0}")]
    Journal(#[from] JournalError),
    /// The engine refused it (recorded as refused when a journal is kept).
    #[error("refused: {0}")]
    Engine(#[from] CommandError),
}

/// The facilitator console.
pub struct App {
    scenario: Scenario,
    sim: Simulation,
    snapshot: Snapshot,
    clock: Clock,
    pane: Pane,
    rows: [usize; Pane::ALL.len()],
    overlay: Overlay,
    delivered: BTreeMap<u32, SimTime>,
    log: Vec<LogEntry>,
    status: String,
    journal: Option<Recorder>,
    throughput: Throughput,
    bcp_rows: Vec<usize>,
    site_rows: Vec<usize>,
    msel_order: Vec<usize>,
    behind: bool,
    quit: bool,
}

impl App {
    /// A paused console at T+0 on a validated scenario.
    pub fn new(scenario: Scenario, seed: u64) -> Self {
        let mut sim = Simulation::new(&scenario, seed);
        let snapshot = sim.snapshot();
        let rows_of = |keep: fn(&LocationKind) -> bool| -> Vec<usize> {
            (0..scenario.locations.len())
                .filter(|&i| keep(&scenario.locations[i].kind))
                .collect()
        };
        let bcp_rows = rows_of(|k| {
            matches!(
                k,
                LocationKind::Bcp { .. } | LocationKind::Registration { .. }
            )
        });
        let site_rows = rows_of(|k| {
            matches!(
                k,
                LocationKind::Reception { .. }
                    | LocationKind::Transit { .. }
                    | LocationKind::Hospital { .. }
            )
        });
        let mut msel_order: Vec<usize> = (0..scenario.msel.len()).collect();
        msel_order.sort_by_key(|&i| (scenario.msel[i].at, scenario.msel[i].number));
        let mut app = App {
            scenario,
            sim,
            snapshot,
            clock: Clock::default(),
            pane: Pane::Situation,
            rows: [0; Pane::ALL.len()],
            overlay: Overlay::None,
            delivered: BTreeMap::new(),
            log: Vec::new(),
            status: "paused — space runs the clock, ? lists every key".to_string(),
            journal: None,
            throughput: Throughput::default(),
            bcp_rows,
            site_rows,
            msel_order,
            behind: false,
            quit: false,
        };
        app.refresh();
        app
    }

    /// Records every command given from now on in `recorder`'s journal.
    pub fn with_journal(mut self, recorder: Recorder) -> Self {
        self.journal = Some(recorder);
        self
    }

    /// Carries out one action.
    pub fn update(&mut self, action: Action) {
        match action {
            Action::Tick(elapsed) => self.tick(elapsed),
            Action::TogglePause => {
                self.clock.toggle();
                self.status = if self.clock.is_running() {
                    format!("running at {}", self.clock.speed_label())
                } else {
                    "paused".to_string()
                };
            }
            Action::Faster => {
                self.clock.faster();
                self.status = format!("speed {}", self.clock.speed_label());
            }
            Action::Slower => {
                self.clock.slower();
                self.status = format!("speed {}", self.clock.speed_label());
            }
            Action::StepEvent => self.step_event(),
            Action::StepHour => {
                let now = self.sim.now().millis();
                let next = SimTime((now / HOUR.millis() + 1) * HOUR.millis());
                self.run_until(next.min(self.sim.end()));
            }
            Action::StepInject => match self.next_inject_after(self.sim.now()) {
                Some(i) => {
                    let inject = &self.scenario.msel[i];
                    self.status = format!("running to MSEL #{} at T+{}", inject.number, inject.at);
                    self.clock.run_until(inject.at);
                }
                None => self.status = "no inject ahead".to_string(),
            },
            Action::AskRunUntil => self.overlay = Overlay::RunUntil(TimePrompt::default()),
            Action::DeliverInject => self.deliver_chosen(),
            Action::OpenPalette => self.overlay = Overlay::Palette(Palette::default()),
            Action::Help => self.overlay = Overlay::Help,
            Action::Inspect => {
                if let Some(target) = self.selected_target() {
                    self.overlay = Overlay::Inspector(target);
                }
            }
            Action::Back => self.overlay = Overlay::None,
            Action::NextPane => self.show((self.pane.index() + 1) % Pane::ALL.len()),
            Action::PrevPane => {
                self.show((self.pane.index() + Pane::ALL.len() - 1) % Pane::ALL.len())
            }
            Action::Show(pane) => self.show(pane.index()),
            Action::Up => self.move_selection(-1),
            Action::Down => self.move_selection(1),
            Action::First => self.move_selection(i64::MIN / 2),
            Action::Last => self.move_selection(i64::MAX / 2),
            Action::AskQuit => self.overlay = Overlay::ConfirmQuit,
            Action::Quit => self.finish(),
            Action::Type(c) => self.type_char(c),
            Action::Erase => {
                if let Some(text) = self.typing() {
                    text.pop();
                }
            }
            Action::Complete => {
                if let Overlay::Form(form) = &mut self.overlay {
                    form.complete(&self.scenario);
                }
            }
            Action::NextField | Action::PrevField => {
                if let Overlay::Form(form) = &mut self.overlay {
                    let n = form.inputs.len().max(1);
                    let step = if action == Action::NextField {
                        1
                    } else {
                        n - 1
                    };
                    form.focus = (form.focus + step) % n;
                }
            }
            Action::Confirm => self.confirm(),
        }
    }

    /// The one door to the simulation: every command given in the console passes here, and
    /// through the journal (written and synced before it takes effect) when one is kept.
    pub fn submit(&mut self, command: Command) -> Result<(), Refusal> {
        match &mut self.journal {
            Some(recorder) => recorder.record(&mut self.sim, command.clone())?.map(drop)?,
            None => self.sim.apply(&command)?,
        }
        self.log.push(LogEntry {
            at: self.sim.now(),
            text: format!("{command:?}"),
        });
        self.status = format!("applied {command:?}");
        self.refresh();
        Ok(())
    }

    /// Ends the session: the journal gets the time reached and its digest.
    fn finish(&mut self) {
        if let Some(recorder) = &mut self.journal
            && let Err(err) = recorder.reached(&mut self.sim)
        {
            self.status = format!("the journal could not record the end: {err}");
        }
        self.quit = true;
    }

    /// Delivers inject `i` of `scenario.msel` now, through the journal like any command:
    /// its receivers count as informed from this moment.
    pub fn deliver(&mut self, i: usize) {
        let Some(inject) = self.scenario.msel.get(i) else {
            return;
        };
        let number = inject.number;
        if let Some(at) = self.delivered.get(&number) {
            self.status = format!("MSEL #{number} was delivered at T+{at}");
            return;
        }
        let text = format!(
            "delivered MSEL #{number} to {}: {}",
            inject.to.join(", "),
            inject.synopsis
        );
        match self.submit(Command::DeliverInject { number }) {
            Ok(()) => {
                self.delivered.insert(number, self.sim.now());
                self.status = text;
            }
            Err(err) => self.status = format!("MSEL #{number} {err}"),
        }
    }

    fn tick(&mut self, elapsed: Duration) {
        let now = self.sim.now();
        let Some(mut target) = self.clock.target(now, elapsed) else {
            return;
        };
        let paced = self.clock.until().is_none();
        let due = self
            .next_inject_after(now)
            .filter(|&i| self.scenario.msel[i].at <= target);
        if let (true, Some(i)) = (paced, due) {
            target = self.scenario.msel[i].at;
        }
        let end = self.sim.end();
        target = target.min(end);
        let reached = self.advance_within(target, SLICE);
        self.behind = !reached;
        if reached {
            self.clock.reached(target);
            if let (true, Some(i)) = (paced, due) {
                self.clock.pause();
                let inject = &self.scenario.msel[i];
                self.status = format!(
                    "MSEL #{} due: {} — d delivers it (MSEL pane)",
                    inject.number, inject.synopsis
                );
            }
            if target >= end {
                self.clock.pause();
                self.status = "the exercise has reached its end".to_string();
            }
        }
        self.refresh();
    }

    /// Processes events up to `target` for at most `budget` of wall time; true when it got
    /// there (the clock then stands at `target`).
    fn advance_within(&mut self, target: SimTime, budget: Duration) -> bool {
        let started = Instant::now();
        let mut since_check = 0;
        loop {
            let next = self.sim.engine().next_event_time();
            if next.is_none_or(|t| t > target.millis()) {
                break;
            }
            self.sim.step();
            since_check += 1;
            if since_check == EVENTS_PER_CHECK {
                since_check = 0;
                if started.elapsed() >= budget {
                    return false;
                }
            }
        }
        self.sim.advance_to(target);
        true
    }

    fn step_event(&mut self) {
        let next = self.sim.engine().next_event_time();
        match next {
            Some(t) if t <= self.sim.end().millis() => {
                self.sim.step();
                self.status = format!("one event, at T+{}", SimTime(t));
                self.refresh();
            }
            _ => self.status = "no event before the exercise end".to_string(),
        }
    }

    fn run_until(&mut self, t: SimTime) {
        if t <= self.sim.now() {
            self.status = "already there".to_string();
            return;
        }
        self.status = format!("running to T+{t}");
        self.clock.run_until(t);
    }

    /// Reads a fresh snapshot, after the simulation was driven directly (`simulation()`).
    pub fn refresh(&mut self) {
        self.snapshot = self.sim.snapshot();
        let processed = self.snapshot.places.iter().map(|p| p.processed).collect();
        self.throughput.mark(self.snapshot.time_ms, processed);
    }

    fn show(&mut self, index: usize) {
        self.pane = Pane::ALL[index];
    }

    fn move_selection(&mut self, by: i64) {
        if let Overlay::Palette(palette) = &mut self.overlay {
            let n = palette.matches().len().max(1) as i64;
            palette.selected = (palette.selected as i64 + by.signum()).rem_euclid(n) as usize;
            return;
        }
        let last = self.row_count(self.pane).saturating_sub(1) as i64;
        let row = &mut self.rows[self.pane.index()];
        *row = (*row as i64).saturating_add(by).clamp(0, last) as usize;
    }

    fn typing(&mut self) -> Option<&mut String> {
        match &mut self.overlay {
            Overlay::Palette(p) => {
                p.selected = 0;
                Some(&mut p.filter)
            }
            Overlay::Form(f) => f.inputs.get_mut(f.focus),
            Overlay::RunUntil(p) => Some(&mut p.text),
            _ => None,
        }
    }

    fn type_char(&mut self, c: char) {
        if let Some(text) = self.typing() {
            text.push(c);
        }
    }

    fn confirm(&mut self) {
        match std::mem::replace(&mut self.overlay, Overlay::None) {
            Overlay::Palette(palette) => {
                if let Some(spec) = palette.chosen() {
                    self.overlay = Overlay::Form(Form::new(spec));
                } else {
                    self.overlay = Overlay::Palette(palette);
                }
            }
            Overlay::Form(mut form) => match form.values(&self.scenario) {
                Ok(values) => {
                    if let Err(err) = self.submit((form.spec.build)(&values)) {
                        self.status = err.to_string();
                        self.overlay = Overlay::Form(form);
                    }
                }
                Err((field, why)) => {
                    self.status = format!("{}: {why}", form.spec.fields[field].name);
                    form.focus = field;
                    self.overlay = Overlay::Form(form);
                }
            },
            Overlay::RunUntil(prompt) => match prompt.check(self.sim.now(), self.sim.end()) {
                Ok(t) => self.run_until(t),
                Err(why) => {
                    self.status = why;
                    self.overlay = Overlay::RunUntil(prompt);
                }
            },
            Overlay::ConfirmQuit => self.finish(),
            other => self.overlay = other,
        }
    }

    fn deliver_chosen(&mut self) {
        let chosen = if self.pane == Pane::Msel {
            self.msel_order.get(self.rows[Pane::Msel.index()]).copied()
        } else {
            let now = self.sim.now();
            self.msel_order.iter().copied().find(|&i| {
                let inject = &self.scenario.msel[i];
                inject.at <= now && !self.delivered.contains_key(&inject.number)
            })
        };
        match chosen {
            Some(i) => self.deliver(i),
            None => self.status = "no inject is due; pick one in the MSEL pane (5)".to_string(),
        }
    }

    /// The first inject (index in `scenario.msel`) due strictly after `t`.
    fn next_inject_after(&self, t: SimTime) -> Option<usize> {
        self.msel_order
            .iter()
            .copied()
            .find(|&i| self.scenario.msel[i].at > t)
    }

    fn selected_target(&self) -> Option<Target> {
        let row = self.rows[self.pane.index()];
        match self.pane {
            Pane::Situation => self.situation_rows().nth(row).map(Target::Place),
            Pane::Network => (row < self.scenario.locations.len()).then_some(Target::Place(row)),
            Pane::Institutions => {
                (row < self.scenario.institutions.len()).then_some(Target::Institution(row))
            }
            Pane::Gaps => self.gap_at(row).map(|g| Target::Gap(g.id)),
            Pane::Msel => self.msel_order.get(row).map(|&i| Target::Inject(i)),
        }
    }

    /// Rows a pane lists.
    pub fn row_count(&self, pane: Pane) -> usize {
        match pane {
            Pane::Situation => self.bcp_rows.len() + self.site_rows.len(),
            Pane::Network => self.scenario.locations.len(),
            Pane::Institutions => self.scenario.institutions.len(),
            Pane::Gaps => self.snapshot.gaps.len(),
            Pane::Msel => self.msel_order.len(),
        }
    }

    /// The place indices of the Situation pane: crossings and registration, then sites.
    pub fn situation_rows(&self) -> impl Iterator<Item = usize> + '_ {
        self.bcp_rows.iter().chain(&self.site_rows).copied()
    }

    /// Crossings and registration points (place indices).
    pub fn bcp_rows(&self) -> &[usize] {
        &self.bcp_rows
    }

    /// Reception sites, transit points and hospitals (place indices).
    pub fn site_rows(&self) -> &[usize] {
        &self.site_rows
    }

    /// MSEL indices in time order.
    pub fn msel_order(&self) -> &[usize] {
        &self.msel_order
    }

    /// The scenario being run.
    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    /// The aggregates as of the last update.
    pub fn snapshot(&self) -> &Snapshot {
        &self.snapshot
    }

    /// The sampled time series.
    pub fn series(&self) -> &Series {
        self.sim.series()
    }

    /// Row `row` of the Gaps pane: every gap so far, open and closed, newest first (the
    /// scenario's own findings, opened at T+0, come last).
    pub fn gap_at(&self, row: usize) -> Option<&Gap> {
        self.snapshot.gaps.iter().rev().nth(row)
    }

    /// Gap number `id`.
    pub fn gap(&self, id: u32) -> Option<&Gap> {
        self.snapshot.gaps.iter().find(|g| g.id == id)
    }

    /// Every decision taken so far, in order.
    pub fn decisions(&self) -> &[Decision] {
        self.sim.decisions()
    }

    /// What each institution was told, and when, in order.
    pub fn informed(&self) -> &[Informed] {
        self.sim.informed()
    }

    /// The clock.
    pub fn clock(&self) -> &Clock {
        &self.clock
    }

    /// Whether the last frame's slice ended before the clock's target.
    pub fn is_behind(&self) -> bool {
        self.behind
    }

    /// The pane shown.
    pub fn pane(&self) -> Pane {
        self.pane
    }

    /// The selected row of a pane.
    pub fn selected(&self, pane: Pane) -> usize {
        self.rows[pane.index()]
    }

    /// The overlay shown.
    pub fn overlay(&self) -> &Overlay {
        &self.overlay
    }

    /// Injects delivered so far: MSEL number → simulated time.
    pub fn delivered(&self) -> &BTreeMap<u32, SimTime> {
        &self.delivered
    }

    /// Commands and deliveries so far.
    pub fn log(&self) -> &[LogEntry] {
        &self.log
    }

    /// The status line.
    pub fn status(&self) -> &str {
        &self.status
    }

    /// The journal file, if one is written.
    pub fn journal(&self) -> Option<&str> {
        self.journal.as_ref().map(Recorder::path)
    }

    /// Simulated time now.
    pub fn now(&self) -> SimTime {
        SimTime(self.snapshot.time_ms)
    }

    /// The end of the exercise.
    pub fn end(&self) -> SimTime {
        self.sim.end()
    }

    /// The plan phase in force, as of the last snapshot.
    pub fn phase(&self) -> Option<&Phase> {
        self.scenario
            .plan
            .phases
            .iter()
            .find(|p| p.id == self.snapshot.phase)
    }

    /// People processed per hour at place `i` over the last simulated hour.
    pub fn throughput(&self, i: usize) -> f64 {
        let processed = self.snapshot.places.get(i).map_or(0, |p| p.processed);
        self.throughput
            .per_hour(i, self.snapshot.time_ms, processed)
    }

    /// Injects that are due (time reached) and not delivered.
    pub fn due_injects(&self) -> impl Iterator<Item = &Inject> + '_ {
        let now = self.now();
        self.msel_order
            .iter()
            .map(|&i| &self.scenario.msel[i])
            .filter(move |inj| inj.at <= now && !self.delivered.contains_key(&inj.number))
    }

    /// Whether the facilitator asked to quit.
    pub fn should_quit(&self) -> bool {
        self.quit
    }

    /// The simulation, for tests and tools that read it directly.
    pub fn simulation(&mut self) -> &mut Simulation {
        &mut self.sim
    }
}
