//! The console's state and the one place it changes: `App::update`. Every command to the
//! simulation passes through `App::submit`.

use std::collections::{BTreeMap, BTreeSet};
use std::time::{Duration, Instant, SystemTime};

use crate::Simulation;
use crate::i18n::{Lang, Localized};
use crate::journal::{Journal, JournalError, Mark, Outcome, Recorder};
use crate::scenario::{Inject, LocationKind, Phase, Scenario};
use crate::schedule::Slot;
use crate::time::SimTime;
use crate::tr;
use crate::view::Series;
use crate::view::{Decision, Gap, Informed, Remark, Request};
use crate::{Command, CommandError, Snapshot};

use super::action::{Action, Pane};
use super::clock::{Clock, SLICE};
use super::form::{Form, Palette, TimePrompt};
use super::search::{self, Search};
use super::seats::Desk;
use super::timeline::{Seek, Timeline};
use super::timer::{self, Stage, Timer};
use super::view::Theme;

const HOUR: SimTime = SimTime::hours(1);
/// More lines than the help has: its scroll stops there.
const HELP_LINES: i64 = 64;
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
    /// A request for a decision (its number).
    Request(u32),
}

/// What is drawn over the panes, and where keys go.
#[derive(Debug, Clone)]
pub enum Overlay {
    /// Nothing: keys drive the panes.
    None,
    /// The key list, scrolled down by this many lines.
    Help(u16),
    /// The message log, newest first, scrolled down by this many lines.
    Messages(u16),
    /// Details of one thing.
    Inspector(Target),
    /// Choosing a command.
    Palette(Palette),
    /// Filling in a command.
    Form(Form),
    /// Typing a time to run until.
    RunUntil(TimePrompt),
    /// Typing a new time for inject `.0` of `scenario.msel`.
    Retime(usize, TimePrompt),
    /// "Quit?"
    ConfirmQuit,
    /// "Deliver this inject?" — `d` outside the MSEL pane, before it acts (index in
    /// `scenario.msel`).
    ConfirmDeliver(usize),
    /// The search line.
    Search(Search),
    /// The seats served to browsers: addresses, codes, who is connected.
    Seats,
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
    /// A recorded exercise is being replayed: nothing can be entered.
    #[error("replay is read-only: nothing can be entered")]
    ReadOnly,
}

/// The catalogue key of what the console says when something is entered during a replay.
pub const READ_ONLY: &str = "console-read-only";

impl Localized for Refusal {
    fn localized(&self, lang: Lang) -> String {
        match self {
            Refusal::Journal(err) => {
                tr!(lang, "console-refusal-journal", error = err.localized(lang))
            }
            Refusal::Engine(err) => {
                tr!(lang, "console-refusal-engine", error = err.localized(lang))
            }
            Refusal::ReadOnly => tr!(lang, READ_ONLY),
        }
    }
}

/// The facilitator console.
pub struct App {
    /// The scenario in the console's language (names and synopses translated where the
    /// scenario translates them): what every view reads.
    scenario: Scenario,
    /// The scenario as written, which the translations are made from.
    written: Scenario,
    sim: Simulation,
    snapshot: Snapshot,
    clock: Clock,
    pane: Pane,
    rows: [usize; Pane::ALL.len()],
    overlay: Overlay,
    delivered: BTreeMap<u32, SimTime>,
    /// State-triggered injects the clock already paused for.
    announced: BTreeSet<u32>,
    log: Vec<LogEntry>,
    status: String,
    /// Every status message so far, oldest first, with the simulated time it was given.
    messages: Vec<LogEntry>,
    lang: Lang,
    /// Where a resumed exercise went on (its time and the commands it had), for the status.
    resumed: Option<(SimTime, usize)>,
    /// The journal's last line, cut off mid-write and dropped on resume (line, text).
    torn: Option<(usize, String)>,
    journal: Option<Recorder>,
    bcp_rows: Vec<usize>,
    site_rows: Vec<usize>,
    msel_order: Vec<usize>,
    behind: bool,
    quit: bool,
    replay: Option<Timeline>,
    /// The terminal's size, once the loop has said it (columns, rows).
    screen: Option<(u16, u16)>,
    theme: Theme,
    seats: Option<Desk>,
    /// The exercise's wall-clock timer (play, breaks, days).
    timer: Timer,
    /// The last command journaled and applied, with its time: the one a strike takes back.
    strikable: Option<(SimTime, Command)>,
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
            written: scenario.clone(),
            scenario,
            sim,
            snapshot,
            clock: Clock::default(),
            pane: Pane::Situation,
            rows: [0; Pane::ALL.len()],
            overlay: Overlay::None,
            delivered: BTreeMap::new(),
            announced: BTreeSet::new(),
            log: Vec::new(),
            status: tr!(Lang::En, "console-status-start"),
            messages: Vec::new(),
            lang: Lang::En,
            resumed: None,
            torn: None,
            journal: None,
            bcp_rows,
            site_rows,
            msel_order,
            behind: false,
            quit: false,
            replay: None,
            screen: None,
            theme: Theme::default(),
            seats: None,
            timer: Timer::default(),
            strikable: None,
        };
        app.refresh();
        app
    }

    /// A read-only console on a recorded exercise, at its start: `sim` is the simulation
    /// `Timeline::open` returned.
    pub fn replay(scenario: Scenario, timeline: Timeline, sim: Simulation) -> Self {
        let mut app = App::new(scenario, 0);
        app.sim = sim;
        app.replay = Some(timeline);
        app.status = tr!(app.lang, "console-status-replay");
        app.refresh();
        app
    }

    /// A live console that goes on with a recorded exercise: `sim` is its journal replayed to
    /// the last complete command, `recorder` appends to the same journal.
    pub fn resume(
        scenario: Scenario,
        sim: Simulation,
        recorder: Recorder,
        journal: &Journal,
    ) -> Self {
        let mut app = App::new(scenario, 0);
        app.sim = sim;
        app.journal = Some(recorder);
        for c in journal.commands() {
            let refused = matches!(c.outcome, Some((_, Outcome::Refused(_))));
            if let (Some(number), false) = (c.command.delivers(), refused) {
                app.delivered.entry(number).or_insert(c.at);
            }
            app.log.push(LogEntry {
                at: c.at,
                text: logged(Lang::En, &c.command, !refused),
            });
        }
        app.timer = Timer::from_markers(&journal.markers);
        app.resumed = Some((app.sim.now(), app.log.len()));
        app.torn = journal.torn.as_ref().map(|t| (t.line, t.text.clone()));
        app.status = app.opening_status();
        app.refresh();
        app
    }

    /// The console in `lang`: its views, help and messages from now on.
    pub fn with_lang(mut self, lang: Lang) -> Self {
        self.set_lang(lang);
        self.status = self.opening_status();
        self
    }

    /// Speaks `lang` from now on, the scenario's names and synopses included.
    fn set_lang(&mut self, lang: Lang) {
        self.lang = lang;
        self.scenario = self.written.in_language(lang);
        self.refresh();
    }

    /// The console coloured with `theme`.
    pub fn with_theme(mut self, theme: Theme) -> Self {
        self.theme = theme;
        self
    }

    /// The colour theme.
    pub fn theme(&self) -> Theme {
        self.theme
    }

    /// The language the console speaks.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// What the status line says before anything is done.
    fn opening_status(&self) -> String {
        let lang = self.lang;
        match (&self.replay, self.resumed) {
            (Some(_), _) => tr!(lang, "console-status-replay"),
            (None, Some((at, commands))) => {
                let resumed = tr!(
                    lang,
                    "console-status-resumed",
                    at = at.to_string(),
                    commands = commands
                );
                match &self.torn {
                    Some((line, text)) => tr!(
                        lang,
                        "console-status-resumed-torn",
                        resumed = resumed,
                        line = *line,
                        bytes = text.len(),
                        text = super::view::clip(text, 40)
                    ),
                    None => resumed,
                }
            }
            (None, None) => tr!(lang, "console-status-start"),
        }
    }

    /// Records every command given from now on in `recorder`'s journal.
    pub fn with_journal(mut self, recorder: Recorder) -> Self {
        self.journal = Some(recorder);
        self
    }

    /// Serves seats from this console (`console --serve`): `desk` takes their requests into
    /// this loop and publishes what they read.
    /// The journal, when one is kept, records that seats were opened, with their codes'
    /// hashes.
    pub fn with_seats(mut self, desk: Desk) -> Result<Self, JournalError> {
        if let Some(recorder) = &mut self.journal {
            let codes = &desk.setup().codes;
            let seats = codes
                .seats
                .iter()
                .map(|(id, code)| (id.clone(), crate::journal::code_hash(code)))
                .collect();
            recorder.seats_opened(
                &self.sim,
                seats,
                crate::journal::code_hash(&codes.evaluator),
            )?;
        }
        self.seats = Some(desk);
        Ok(self)
    }

    /// The seats, when they are served.
    pub fn seats(&self) -> Option<&Desk> {
        self.seats.as_ref()
    }

    /// Handles the seats' requests and publishes the picture they read (nothing when no
    /// seats are served). The console's loop calls it after every tick.
    pub fn attend_seats(&mut self) {
        if let Some(mut desk) = self.seats.take() {
            desk.attend(self);
            self.seats = Some(desk);
        }
    }

    /// Writes `text` in the console's log at the current time, on the status line and in
    /// the message log.
    pub fn note(&mut self, text: String) {
        let entry = LogEntry {
            at: self.sim.now(),
            text: text.clone(),
        };
        self.log.push(entry.clone());
        self.messages.push(entry);
        self.status = text;
    }

    /// Shows the open gaps on the projector, or hides them again (the switch is the
    /// facilitator's, outside the exercise: never journaled).
    fn toggle_projector_gaps(&mut self) {
        let key = match self.seats.as_mut().map(Desk::toggle_projector_gaps) {
            Some(true) => "seats-log-projector-gaps-on",
            Some(false) => "seats-log-projector-gaps-off",
            None => "seats-view-off",
        };
        self.note(tr!(self.lang, key));
    }

    /// Carries out one action. Behind the "terminal too small" screen only quitting, a new
    /// size and the clock act: nothing the facilitator cannot see is applied or journaled.
    pub fn update(&mut self, action: Action) {
        if self.too_small()
            && !matches!(action, Action::Quit | Action::Tick(_) | Action::Resize(..))
        {
            return;
        }
        let said = self.status.clone();
        self.act(action);
        let logged = self.messages.last().is_some_and(|m| m.text == self.status);
        if self.status != said && !logged {
            self.messages.push(LogEntry {
                at: self.sim.now(),
                text: self.status.clone(),
            });
        }
    }

    fn act(&mut self, action: Action) {
        match action {
            Action::Resize(width, height) => self.screen = Some((width, height)),
            Action::Tick(elapsed) if self.replay.is_some() => self.play(elapsed),
            Action::Tick(elapsed) => self.tick(elapsed),
            Action::DeliverInject
            | Action::HoldInject
            | Action::AskRetime
            | Action::OpenPalette
            | Action::Break
            | Action::EndOfDay
            | Action::StrikeLast
                if self.replay.is_some() =>
            {
                self.status = tr!(self.lang, READ_ONLY);
            }
            Action::Seek(seek) => self.seek(seek),
            Action::Search => {
                let origin = Some((self.pane, self.rows.to_vec()));
                self.overlay = Overlay::Search(Search {
                    origin,
                    ..Search::default()
                });
            }
            Action::Select(pane, row) => {
                self.show(pane.index());
                let last = self.row_count(pane).saturating_sub(1);
                self.rows[pane.index()] = row.min(last);
            }
            Action::Back if matches!(self.overlay, Overlay::Search(_)) => self.cancel_search(),
            Action::TogglePause => {
                self.clock.toggle();
                self.status = if self.clock.is_running() {
                    tr!(
                        self.lang,
                        "console-running-at",
                        speed = self.clock.speed_label(self.lang)
                    )
                } else {
                    tr!(self.lang, "console-paused")
                };
            }
            Action::Faster => {
                self.clock.faster();
                self.status = tr!(
                    self.lang,
                    "console-speed",
                    speed = self.clock.speed_label(self.lang)
                );
            }
            Action::Slower => {
                self.clock.slower();
                self.status = tr!(
                    self.lang,
                    "console-speed",
                    speed = self.clock.speed_label(self.lang)
                );
            }
            Action::StepEvent if self.replay.is_some() => match self.sim.next_event_time() {
                Some(t) => self.go_to(t),
                None => self.status = tr!(self.lang, "console-no-event-ahead"),
            },
            Action::StepEvent => self.step_event(),
            Action::StepHour => {
                let now = self.sim.now().millis();
                let next = SimTime((now / HOUR.millis() + 1) * HOUR.millis());
                self.run_until(next.min(self.end()));
            }
            Action::StepInject => match self.next_inject_after(self.sim.now()) {
                Some((i, at)) => {
                    let inject = &self.scenario.msel[i];
                    self.status = tr!(
                        self.lang,
                        "console-running-to-inject",
                        number = inject.number,
                        at = at.to_string()
                    );
                    self.clock.run_until(at);
                }
                None => self.status = tr!(self.lang, "console-no-inject-ahead"),
            },
            Action::AskRunUntil => self.overlay = Overlay::RunUntil(TimePrompt::default()),
            Action::DeliverInject => self.deliver_chosen(),
            Action::HoldInject => self.hold_chosen(),
            Action::AskRetime => match self.chosen_inject() {
                Some(i) => self.overlay = Overlay::Retime(i, TimePrompt::default()),
                None => self.status = tr!(self.lang, "console-choose-inject"),
            },
            Action::OpenPalette => self.overlay = Overlay::Palette(Palette::default()),
            Action::Help => self.overlay = Overlay::Help(0),
            Action::Messages => self.overlay = Overlay::Messages(0),
            Action::NextTheme => {
                self.theme = self.theme.next();
                self.status = tr!(
                    self.lang,
                    "console-theme",
                    theme = tr!(self.lang, self.theme.key())
                );
            }
            Action::NextLanguage => {
                self.set_lang(self.lang.next());
                let language = self.lang.own_name();
                self.note(tr!(self.lang, "console-language", language = language));
            }
            Action::ShowSeats => self.overlay = Overlay::Seats,
            Action::ToggleProjectorGaps => self.toggle_projector_gaps(),
            Action::Break => {
                let mark = self.timer.break_key();
                self.mark(mark, SystemTime::now());
            }
            Action::EndOfDay if self.timer.can_end_day() => {
                self.mark(Mark::EndOfDay, SystemTime::now());
            }
            Action::EndOfDay => self.status = tr!(self.lang, "console-timer-not-playing"),
            Action::StrikeLast => self.strike_last(),
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
                self.follow_search();
            }
            Action::Complete => {
                if let Overlay::Form(form) = &mut self.overlay {
                    form.complete(&self.scenario, self.lang);
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
                    form.cycling = None;
                }
            }
            Action::Confirm => self.confirm(),
        }
    }

    /// The one door to the simulation: every command given in the console passes here, and
    /// through the journal (written and synced before it takes effect) when one is kept.
    pub fn submit(&mut self, command: Command) -> Result<(), Refusal> {
        let origin = crate::Origin::inferred(&command);
        self.submit_as(command, origin)
    }

    /// Like `submit`, for a command given by `origin` (a seat's players, for instance).
    pub fn submit_as(&mut self, command: Command, origin: crate::Origin) -> Result<(), Refusal> {
        if self.replay.is_some() {
            return Err(Refusal::ReadOnly);
        }
        self.advance_to_whole_second();
        // A control action acts on the model alone: when the model is the same after it, it
        // changed nothing (surge capacity a phase already unlocked, a crossing already open).
        let model_before = matches!(command, Command::Control(_)).then(|| self.sim.model_digest());
        match &mut self.journal {
            Some(recorder) => recorder
                .record(&mut self.sim, command.clone(), origin)?
                .map(drop)?,
            None => self.sim.apply_as(&command, &origin)?,
        }
        if self.journal.is_some() {
            self.strikable = Some((self.sim.now(), command.clone()));
        }
        let unchanged = model_before.is_some_and(|before| before == self.sim.model_digest());
        let (text, status) = if unchanged {
            (
                tr!(
                    self.lang,
                    "console-log-unchanged",
                    command = command.text().localized(self.lang)
                ),
                "console-unchanged",
            )
        } else {
            (logged(self.lang, &command, true), "console-applied")
        };
        self.log.push(LogEntry {
            at: self.sim.now(),
            text,
        });
        self.status = tr!(
            self.lang,
            status,
            command = command.text().localized(self.lang)
        );
        self.refresh();
        Ok(())
    }

    /// The journal writes times to the second: a command given between two seconds (after
    /// a step to an event, or a paced frame) takes effect at the next whole second.
    fn advance_to_whole_second(&mut self) {
        let next_second = SimTime((self.sim.now().millis() + 999).div_euclid(1000) * 1000);
        self.sim.advance_to(next_second.min(self.sim.end()));
    }

    /// Ends the session: the journal gets the time reached and its digest.
    fn finish(&mut self) {
        if self.journal.is_some() {
            self.advance_to_whole_second();
        }
        if let Some(recorder) = &mut self.journal
            && let Err(err) = recorder.reached(&mut self.sim)
        {
            self.status = tr!(
                self.lang,
                "console-journal-end-failed",
                error = err.localized(self.lang)
            );
        }
        self.quit = true;
    }

    /// Marks the exercise timer at wall-clock time `wall`: journaled first (a `Marker` line),
    /// then applied. A break or the end of a day pauses the simulated clock.
    pub fn mark(&mut self, mark: Mark, wall: SystemTime) {
        let stamp = timer::wall_stamp(wall);
        if let Some(recorder) = &mut self.journal
            && let Err(err) = recorder.marker(&self.sim, stamp, mark)
        {
            self.status = tr!(
                self.lang,
                "console-timer-failed",
                error = err.localized(self.lang)
            );
            return;
        }
        let before = self.timer;
        self.timer.mark(mark, wall);
        let lang = self.lang;
        let at = timer::clock_time(wall);
        let text = match mark {
            Mark::Start => tr!(
                lang,
                "console-timer-start",
                day = self.timer.day(),
                wall = at
            ),
            Mark::Break => {
                self.clock.pause();
                tr!(lang, "console-timer-break", wall = at)
            }
            Mark::Resume => {
                let length = match before.stage() {
                    Stage::OnBreak(since) => wall.duration_since(since).unwrap_or_default(),
                    Stage::NotStarted | Stage::Playing(_) | Stage::DayEnded(_) => Duration::ZERO,
                };
                tr!(
                    lang,
                    "console-timer-resume",
                    wall = at,
                    length = timer::span(length)
                )
            }
            Mark::EndOfDay => {
                self.clock.pause();
                tr!(
                    lang,
                    "console-timer-end-day",
                    day = self.timer.day(),
                    wall = at,
                    next = self.timer.day().saturating_add(1)
                )
            }
        };
        self.note(text);
    }

    /// Strikes the last command journaled, if the clock still stands paused where it was
    /// given: a `Struck` line is journaled, then the exercise is simulated again from the
    /// start through the journal, which now leaves the command out.
    pub fn strike_last(&mut self) {
        let lang = self.lang;
        let Some((at, command)) = self.strikable.clone() else {
            self.status = tr!(lang, "console-strike-nothing");
            return;
        };
        if self.clock.is_running() || self.sim.now() != at {
            self.status = tr!(lang, "console-strike-moved", at = at.to_string());
            return;
        }
        let Some(recorder) = &mut self.journal else {
            self.status = tr!(lang, "console-strike-nothing");
            return;
        };
        if let Err(err) = recorder.struck(&self.sim) {
            self.status = tr!(lang, "console-strike-failed", error = err.localized(lang));
            return;
        }
        let path = recorder.path().to_string();
        match self.resimulate(&path, at) {
            Ok(sim) => self.sim = sim,
            Err(err) => {
                self.status = tr!(lang, "console-strike-failed", error = err.localized(lang));
                return;
            }
        }
        self.strikable = None;
        if let Some(number) = command.delivers() {
            self.delivered.remove(&number);
            self.announced.remove(&number);
        }
        let what = command.text().localized(lang);
        self.log.push(LogEntry {
            at,
            text: tr!(lang, "console-log-struck", command = what.clone()),
        });
        self.refresh();
        self.note(tr!(
            lang,
            "console-struck",
            command = what,
            at = at.to_string()
        ));
    }

    /// The exercise of the journal at `path` simulated again from its start, to `at`.
    fn resimulate(&self, path: &str, at: SimTime) -> Result<Simulation, JournalError> {
        let journal = crate::journal::read(std::path::Path::new(path))?;
        let header = journal
            .header
            .as_ref()
            .ok_or_else(|| JournalError::NoHeader {
                path: path.to_string(),
            })?;
        let mut sim = Simulation::new(&header.as_played(&self.scenario), header.seed);
        let mut replayer = crate::journal::Replayer::new(&journal);
        for index in 0..journal.entries.len() {
            replayer.apply(&mut sim, index)?;
        }
        // Up to the moment of the strike (stopping where injects came due on the way).
        let mut stops = 0u32;
        while sim.now() < at && stops < 10_000 {
            sim.advance_to(at);
            stops = stops.saturating_add(1);
        }
        Ok(sim)
    }

    /// The exercise's wall-clock timer.
    pub fn timer(&self) -> &Timer {
        &self.timer
    }

    /// Delivers inject `i` of `scenario.msel` now, through the journal like any command:
    /// its receivers count as informed from this moment.
    pub fn deliver(&mut self, i: usize) {
        let Some(inject) = self.scenario.msel.get(i) else {
            return;
        };
        let number = inject.number;
        if let Some(at) = self.delivered.get(&number) {
            self.status = tr!(
                self.lang,
                "console-already-delivered",
                number = number,
                at = at.to_string()
            );
            return;
        }
        let to = inject.to.join(", ");
        match self.submit(Command::DeliverInject { number }) {
            Ok(()) => {
                // The text as delivered: its live values are those of this moment.
                let synopsis = self.sim.inject_text(number).unwrap_or_default();
                let text = tr!(
                    self.lang,
                    "console-delivered",
                    number = number,
                    to = to,
                    synopsis = synopsis
                );
                self.delivered.insert(number, self.sim.now());
                self.status = text;
            }
            Err(err) => {
                self.status = tr!(
                    self.lang,
                    "console-inject-refused",
                    number = number,
                    reason = err.localized(self.lang)
                );
            }
        }
    }

    fn tick(&mut self, elapsed: Duration) {
        let now = self.sim.now();
        let Some(mut target) = self.clock.target(now, elapsed) else {
            return;
        };
        let paced = self.clock.until().is_none();
        let tasks_before = self.sim.task_changes().len();
        let due = self.next_inject_after(now).filter(|&(_, at)| at <= target);
        if let (true, Some((_, at))) = (paced, due) {
            target = at;
        }
        let end = self.sim.end();
        target = target.min(end);
        let reached = self.advance_within(target, SLICE);
        self.announce_tasks(tasks_before);
        if let Some(number) = self.newly_triggered() {
            // The simulation stopped where a state trigger came to hold: that is the moment
            // the facilitator delivers it, so the clock waits there.
            self.announced.insert(number);
            self.clock.pause();
            self.status = tr!(self.lang, "console-trigger-due", number = number);
            self.refresh();
            return;
        }
        self.behind = !reached;
        if reached {
            let ran_to = self.clock.until();
            self.clock.reached(target);
            if ran_to.is_some() && !self.clock.is_running() {
                // "running to …" is over: say where the clock stopped.
                self.status = tr!(self.lang, "console-stopped-at", at = target.to_string());
            }
            if let (true, Some((i, _))) = (paced, due) {
                self.clock.pause();
                let inject = &self.scenario.msel[i];
                self.status = tr!(
                    self.lang,
                    "console-inject-due",
                    number = inject.number,
                    synopsis = &inject.synopsis
                );
            }
            if target >= end {
                self.clock.pause();
                self.status = tr!(self.lang, "console-end-reached");
            }
        }
        self.refresh();
    }

    /// Says each change of a critical task's status since the first `seen`: in the message
    /// log, the latest on the status line too.
    fn announce_tasks(&mut self, seen: usize) {
        let lang = self.lang;
        let objectives = &self.scenario.objectives;
        let said: Vec<LogEntry> = self
            .sim
            .task_changes()
            .iter()
            .skip(seen)
            .map(|change| {
                let text = objectives
                    .iter()
                    .flat_map(|o| o.tasks.iter())
                    .find(|t| t.id == change.task)
                    .map_or(change.task.as_str(), |t| t.text.as_str());
                LogEntry {
                    at: SimTime(change.at_ms),
                    text: tr!(
                        lang,
                        "console-task-changed",
                        status = change.status.localized(lang),
                        task = text
                    ),
                }
            })
            .collect();
        if let Some(last) = said.last() {
            self.status = last.text.clone();
        }
        self.messages.extend(said);
    }

    /// Every critical task of the scenario's objectives as it stands now.
    pub fn tasks(&self) -> Vec<crate::view::TaskState> {
        self.sim.tasks()
    }

    /// Processes events up to `target` for at most `budget` of wall time; true when it got
    /// there (the clock then stands at `target`).
    fn advance_within(&mut self, target: SimTime, budget: Duration) -> bool {
        let started = Instant::now();
        let mut since_check = 0;
        loop {
            let next = self.sim.next_event_time();
            if next.is_none_or(|t| t > target) {
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
        let next = self.sim.next_event_time();
        match next {
            Some(t) if t <= self.sim.end() => {
                self.sim.step();
                self.status = tr!(self.lang, "console-one-event", at = t.to_string());
                self.refresh();
            }
            _ => self.status = tr!(self.lang, "console-no-event-before-end"),
        }
    }

    fn run_until(&mut self, t: SimTime) {
        if t <= self.sim.now() {
            self.status = tr!(self.lang, "console-already-there");
            return;
        }
        self.status = tr!(self.lang, "console-running-to", at = t.to_string());
        self.clock.run_until(t);
    }

    /// Reads a fresh snapshot, after the simulation was driven directly (`simulation()`).
    pub fn refresh(&mut self) {
        self.snapshot = self.sim.snapshot();
        // The engine's views carry the names as written; the console shows its language's.
        for place in &mut self.snapshot.flow.places {
            if let Some(location) = self.scenario.locations.iter().find(|l| l.id == place.id) {
                place.name = location.label().to_string();
            }
        }
    }

    fn show(&mut self, index: usize) {
        self.pane = Pane::ALL[index];
    }

    fn move_selection(&mut self, by: i64) {
        if let Overlay::Palette(palette) = &mut self.overlay {
            let n = palette.matches(self.lang).len().max(1) as i64;
            palette.selected = (palette.selected as i64 + by.signum()).rem_euclid(n) as usize;
            return;
        }
        if let Overlay::Messages(scroll) = &mut self.overlay {
            let last = self.messages.len() as i64;
            *scroll = (i64::from(*scroll) + by).clamp(0, last.min(i64::from(u16::MAX))) as u16;
            return;
        }
        if let Overlay::Help(scroll) = &mut self.overlay {
            // The help clamps what is beyond its last line; a long jump goes to either end.
            *scroll = (i64::from(*scroll) + by).clamp(0, HELP_LINES) as u16;
            return;
        }
        if let Overlay::Search(found) = &self.overlay {
            let n = search::hits(self, &found.text).len().max(1) as i64;
            if let Overlay::Search(found) = &mut self.overlay {
                found.selected = (found.selected as i64 + by.signum()).rem_euclid(n) as usize;
            }
            self.follow_search();
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
            Overlay::Form(f) => {
                f.cycling = None;
                f.inputs.get_mut(f.focus)
            }
            Overlay::RunUntil(p) | Overlay::Retime(_, p) => Some(&mut p.text),
            Overlay::Search(s) => {
                s.selected = 0;
                Some(&mut s.text)
            }
            _ => None,
        }
    }

    fn type_char(&mut self, c: char) {
        if let Some(text) = self.typing() {
            text.push(c);
        }
        self.follow_search();
    }

    /// What the search line finds now.
    pub fn search_hits(&self) -> Vec<search::Hit> {
        match &self.overlay {
            Overlay::Search(s) => search::hits(self, &s.text),
            _ => Vec::new(),
        }
    }

    /// Shows the chosen match in its pane, selected, while the facilitator types.
    fn follow_search(&mut self) {
        let Overlay::Search(s) = &self.overlay else {
            return;
        };
        let hits = search::hits(self, &s.text);
        let chosen = s.selected.min(hits.len().saturating_sub(1));
        if let Overlay::Search(s) = &mut self.overlay {
            s.selected = chosen;
        }
        match hits.get(chosen) {
            Some(hit) => {
                if let Some((pane, row)) = self.locate(hit.target) {
                    self.show(pane.index());
                    self.rows[pane.index()] = row;
                }
                self.status = tr!(
                    self.lang,
                    "console-matches",
                    count = hits.len(),
                    label = &hit.label
                );
            }
            None => self.status = tr!(self.lang, "console-no-match"),
        }
    }

    fn cancel_search(&mut self) {
        if let Overlay::Search(Search {
            origin: Some((pane, rows)),
            ..
        }) = std::mem::replace(&mut self.overlay, Overlay::None)
        {
            self.pane = pane;
            for (slot, row) in self.rows.iter_mut().zip(rows) {
                *slot = row;
            }
        }
        self.status = tr!(self.lang, "console-search-cancelled");
    }

    /// The pane and row that list `target`, if a pane lists it.
    pub fn locate(&self, target: Target) -> Option<(Pane, usize)> {
        match target {
            Target::Place(i) => Some(match self.situation_rows().position(|p| p == i) {
                Some(row) => (Pane::Situation, row),
                None => (Pane::Network, i),
            }),
            Target::Institution(i) => Some((Pane::Institutions, i)),
            Target::Gap(id) => {
                let row = self.snapshot.gaps.iter().rev().position(|g| g.id == id)?;
                Some((Pane::Gaps, row))
            }
            Target::Inject(i) => {
                let row = self.msel_order.iter().position(|&m| m == i)?;
                Some((Pane::Msel, row))
            }
            Target::Request(id) => {
                let to = self
                    .sim
                    .requests()
                    .iter()
                    .find(|q| q.id == id)?
                    .to
                    .first()?;
                let row = self
                    .scenario
                    .institutions
                    .iter()
                    .position(|i| &i.id == to)?;
                Some((Pane::Institutions, row))
            }
        }
    }

    /// Replay: the clock plays the recording forward at its speed, or runs to a target.
    fn play(&mut self, elapsed: Duration) {
        let Some(target) = self.clock.target(self.sim.now(), elapsed) else {
            return;
        };
        let end = self.end();
        let target = target.min(end);
        self.go_to(target);
        self.clock.reached(target);
        if target >= end && self.clock.is_running() {
            self.clock.pause();
            self.status = tr!(self.lang, "console-recording-end");
        }
    }

    /// Replay: moves on the timeline.
    fn seek(&mut self, seek: Seek) {
        let Some(timeline) = &self.replay else {
            self.status = tr!(self.lang, "console-scrub-live");
            return;
        };
        let to = timeline.target(seek);
        self.clock.pause();
        self.move_to(to);
    }

    /// Replay: to simulated time `t`, every recorded entry up to it applied.
    fn go_to(&mut self, t: SimTime) {
        if let Some(timeline) = &self.replay {
            let to = timeline.at_time(t);
            self.move_to(to);
        }
    }

    fn move_to(&mut self, to: super::timeline::Position) {
        let Some(timeline) = &mut self.replay else {
            return;
        };
        if let Err(err) = timeline.seek(&mut self.sim, to) {
            self.clock.pause();
            self.status = tr!(
                self.lang,
                "console-replay-failed",
                error = err.localized(self.lang)
            );
            return;
        }
        self.delivered = timeline.delivered().collect();
        let lang = self.lang;
        self.log = timeline
            .applied_commands()
            .map(|(c, applied)| LogEntry {
                at: c.at,
                text: logged(lang, &c.command, applied),
            })
            .collect();
        self.refresh();
    }

    fn confirm(&mut self) {
        match std::mem::replace(&mut self.overlay, Overlay::None) {
            Overlay::Palette(palette) => {
                if let Some(spec) = palette.chosen(self.lang) {
                    self.overlay = Overlay::Form(Form::new(spec));
                } else {
                    self.overlay = Overlay::Palette(palette);
                }
            }
            Overlay::Form(mut form) => match form.values(&self.scenario, self.lang) {
                Ok(values) => {
                    if let Err(err) = self.submit((form.spec.build)(&values)) {
                        self.status = err.localized(self.lang);
                        self.overlay = Overlay::Form(form);
                    }
                }
                Err((field, why)) => {
                    self.status = tr!(
                        self.lang,
                        "console-field-invalid",
                        field = tr!(self.lang, form.spec.fields[field].label),
                        reason = why
                    );
                    form.focus = field;
                    self.overlay = Overlay::Form(form);
                }
            },
            Overlay::Search(found) => {
                let hits = search::hits(self, &found.text);
                match hits.get(found.selected) {
                    Some(hit) => {
                        self.status = tr!(self.lang, "console-opened", label = &hit.label);
                        self.overlay = Overlay::Inspector(hit.target);
                    }
                    None => {
                        self.status = tr!(self.lang, "console-nothing-to-open");
                        self.overlay = Overlay::Search(found);
                    }
                }
            }
            Overlay::RunUntil(prompt) => {
                let start = self.scenario.exercise.start.clone();
                match prompt.check((&start, self.sim.now(), self.end()), self.lang) {
                    Ok(t) => self.run_until(t),
                    Err(why) => {
                        self.status = why;
                        self.overlay = Overlay::RunUntil(prompt);
                    }
                }
            }
            Overlay::Retime(i, prompt) => {
                let start = self.scenario.exercise.start.clone();
                match prompt.check((&start, self.sim.now(), self.end()), self.lang) {
                    Ok(t) => self.reschedule(i, Slot::At(t)),
                    Err(why) => {
                        self.status = why;
                        self.overlay = Overlay::Retime(i, prompt);
                    }
                }
            }
            Overlay::ConfirmQuit => self.finish(),
            Overlay::ConfirmDeliver(i) => self.deliver(i),
            other => self.overlay = other,
        }
    }

    /// The inject selected in the MSEL pane (index in `scenario.msel`), when that pane is
    /// shown.
    fn chosen_inject(&self) -> Option<usize> {
        if self.pane != Pane::Msel {
            return None;
        }
        self.msel_order.get(self.rows[Pane::Msel.index()]).copied()
    }

    /// Holds the selected inject back, or releases it when it is held.
    fn hold_chosen(&mut self) {
        let Some(i) = self.chosen_inject() else {
            self.status = tr!(self.lang, "console-choose-inject");
            return;
        };
        let number = self.scenario.msel[i].number;
        let slot = match self.sim.slot(number) {
            Slot::Held => Slot::AsPlanned,
            Slot::AsPlanned | Slot::At(_) => Slot::Held,
        };
        self.reschedule(i, slot);
    }

    /// Puts inject `i` of `scenario.msel` in `slot`, through the journal.
    fn reschedule(&mut self, i: usize, slot: Slot) {
        let Some(inject) = self.scenario.msel.get(i) else {
            return;
        };
        let number = inject.number;
        // Said and logged as any command is.
        if let Err(err) = self.submit(Command::Reschedule { number, to: slot }) {
            self.status = tr!(
                self.lang,
                "console-inject-refused",
                number = number,
                reason = err.localized(self.lang)
            );
        }
    }

    fn deliver_chosen(&mut self) {
        if self.pane == Pane::Msel {
            // The row is in sight: it is delivered as chosen.
            if let Some(i) = self.msel_order.get(self.rows[Pane::Msel.index()]).copied() {
                self.deliver(i);
            }
            return;
        }
        // Elsewhere the facilitator has not seen which inject it is: say it, with what it
        // does to the model, and wait for Enter.
        match self
            .msel_order
            .iter()
            .copied()
            .find(|&i| self.is_due(&self.scenario.msel[i]))
        {
            Some(i) => self.overlay = Overlay::ConfirmDeliver(i),
            None => self.status = tr!(self.lang, "console-none-due"),
        }
    }

    /// The first timed inject (index in `scenario.msel`) due strictly after `t`, and when,
    /// as the facilitator last scheduled it (a held one is never due).
    fn next_inject_after(&self, t: SimTime) -> Option<(usize, SimTime)> {
        self.msel_order
            .iter()
            .copied()
            .filter(|&i| self.scenario.msel[i].trigger.is_none())
            .filter_map(|i| Some((i, self.sim.due_at(&self.scenario.msel[i])?)))
            .filter(|&(i, at)| {
                at > t && !self.delivered.contains_key(&self.scenario.msel[i].number)
            })
            .min_by_key(|&(i, at)| (at, self.scenario.msel[i].number))
    }

    /// A state-triggered inject that came due and was not yet announced.
    fn newly_triggered(&self) -> Option<u32> {
        self.sim
            .due_injects()
            .into_iter()
            .map(|d| d.number)
            .find(|n| !self.announced.contains(n) && !self.delivered.contains_key(n))
    }

    /// Whether `inject` is due now and not delivered: a timed one once its time is reached,
    /// a state-triggered one once the simulation says its trigger held.
    fn is_due(&self, inject: &Inject) -> bool {
        if self.delivered.contains_key(&inject.number) {
            return false;
        }
        match inject.trigger {
            None => self
                .sim
                .due_at(inject)
                .is_some_and(|at| at <= self.sim.now()),
            Some(_) => self
                .sim
                .due_injects()
                .iter()
                .any(|d| d.number == inject.number),
        }
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

    /// Every institution with its role in the exercise now, in scenario order.
    pub fn roster(&self) -> Vec<(String, crate::scenario::Role)> {
        self.sim.roster()
    }

    /// Evaluators' (and the facilitator's) observations, in order.
    pub fn observations(&self) -> &[crate::view::Observed] {
        self.sim.observations()
    }

    /// Players' free actions and the facilitator's notes, in order.
    pub fn remarks(&self) -> &[Remark] {
        self.sim.remarks()
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

    /// When MSEL inject `number` is due, as the facilitator last scheduled it.
    pub fn slot(&self, number: u32) -> Slot {
        self.sim.slot(number)
    }

    /// Injects delivered so far: MSEL number → simulated time.
    pub fn delivered(&self) -> &BTreeMap<u32, SimTime> {
        &self.delivered
    }

    /// MSEL inject `number`'s text as the engine delivered it: its synopsis as written, its
    /// live values filled (as written before its delivery).
    pub fn delivered_text(&self, number: u32) -> Option<String> {
        self.sim.inject_text(number)
    }

    /// MSEL inject `number`'s text as delivered (its live values filled), or as written
    /// before its delivery; in the console's language where the scenario translates it.
    pub fn inject_text(&self, number: u32) -> Option<String> {
        let filled = self.sim.inject_text(number)?;
        let written = self.written.msel.iter().find(|i| i.number == number);
        let shown = self.scenario.msel.iter().find(|i| i.number == number);
        Some(match (written, shown) {
            (Some(written), Some(shown)) => {
                crate::scenario::inject_words(&written.synopsis, &shown.synopsis, &filled)
            }
            _ => filled,
        })
    }

    /// Commands and deliveries so far.
    pub fn log(&self) -> &[LogEntry] {
        &self.log
    }

    /// The status line.
    pub fn status(&self) -> &str {
        &self.status
    }

    /// Every message the status line gave, oldest first, with the simulated time it was
    /// given: the opening message (and a torn journal line reported on resume) first.
    pub fn messages(&self) -> Vec<(SimTime, String)> {
        let start = self.resumed.map_or(SimTime::ZERO, |(at, _)| at);
        std::iter::once((start, self.opening_status()))
            .chain(self.messages.iter().map(|m| (m.at, m.text.clone())))
            .collect()
    }

    /// The journal file, if one is written (or, in a replay, read).
    pub fn journal(&self) -> Option<&str> {
        match &self.replay {
            Some(timeline) => Some(timeline.path()),
            None => self.journal.as_ref().map(Recorder::path),
        }
    }

    /// The recording being replayed, if this is a replay.
    pub fn timeline(&self) -> Option<&Timeline> {
        self.replay.as_ref()
    }

    /// Every request raised so far, open and answered.
    pub fn requests(&self) -> &[Request] {
        self.sim.requests()
    }

    /// Simulated time now.
    pub fn now(&self) -> SimTime {
        SimTime(self.snapshot.time_ms)
    }

    /// The end of the exercise.
    pub fn end(&self) -> SimTime {
        match &self.replay {
            Some(timeline) => timeline.end(),
            None => self.sim.end(),
        }
    }

    /// The plan phase in force, as of the last snapshot.
    pub fn phase(&self) -> Option<&Phase> {
        self.scenario
            .plan
            .phases
            .iter()
            .find(|p| p.id == self.snapshot.phase)
    }

    /// People processed at place `i` in the last simulated hour (after now − 1 h, up to
    /// now): the "/h" column, the same live, resumed and replayed.
    pub fn throughput(&self, i: usize) -> u64 {
        self.snapshot
            .places
            .get(i)
            .map_or(0, |p| p.processed_last_hour)
    }

    /// People waiting at registration for an interpreter of a language nobody there speaks:
    /// (language, people).
    pub fn waiting_for_language(&self) -> Vec<(String, u32)> {
        self.sim.readings().waiting_for_language
    }

    /// Injects that are due (time reached or trigger held) and not delivered.
    pub fn due_injects(&self) -> impl Iterator<Item = &Inject> + '_ {
        self.msel_order
            .iter()
            .map(|&i| &self.scenario.msel[i])
            .filter(|inj| self.is_due(inj))
    }

    /// Whether the terminal, as last reported, is smaller than the console draws into: only
    /// `q` acts then.
    pub fn too_small(&self) -> bool {
        self.screen.is_some_and(|(width, height)| {
            width < super::view::MIN_WIDTH || height < super::view::MIN_HEIGHT
        })
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

/// A command as the console's log lists it, marked when the engine refused it.
fn logged(lang: Lang, command: &Command, applied: bool) -> String {
    if applied {
        command.text().localized(lang)
    } else {
        tr!(
            lang,
            "console-log-refused",
            command = command.text().localized(lang)
        )
    }
}
