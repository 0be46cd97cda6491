//! `fluxsim run [FILE]`: run a scenario headless, applying and recording commands, and print
//! the summary; `--resume` continues a journal.

use std::path::{Path, PathBuf};

use super::note::Note;
use super::{Failure, Shown, load_source};
use crate::Snapshot;
use crate::i18n::{Lang, Localized};
use crate::journal::{
    Entry, Header, Journal, JournalError, Line, Progress, Recorder, Resumed, ScenarioSource, Tail,
    Timed, read, read_as, recorded_prefix, replay, resume, run_timeline_with, script_commands,
    with_msel,
};
use crate::report::Status;
use crate::scenario::limits::Estimate;
use crate::scenario::{Scenario, Source, parse};
use crate::tr;
use crate::view::{Evidence, Role, Severity, TaskStatus};
use crate::{Metrics, SimTime, Simulation};

/// Output format of `run`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Aligned tables for people.
    #[default]
    Table,
    /// Stable JSON for scripts (see docs/run-json.md).
    Json,
}

/// What `fluxsim run` was asked to do.
#[derive(Debug, Default)]
pub struct RunOptions {
    /// Scenario file; the embedded default (or, on resume, the journal's own) when absent.
    pub file: Option<PathBuf>,
    /// Master seed; the scenario's own when absent.
    pub seed: Option<u64>,
    /// Stop here instead of at the scenario's end.
    pub until: Option<SimTime>,
    /// Summary format.
    pub format: Format,
    /// Record every command into this new journal.
    pub journal: Option<PathBuf>,
    /// Every institution simulated by its mandate, whatever its role (recorded in the
    /// journal's header).
    pub simulate_all: bool,
    /// Apply the timed commands of this script.
    pub commands: Option<PathBuf>,
    /// Continue the exercise of this journal, appending to it.
    pub resume: Option<PathBuf>,
    /// Language of the summary tables.
    pub lang: Lang,
    /// Run even past the estimated memory and work limits.
    pub no_limits: bool,
}

/// Runs the scenario to `until` or its end, applying and recording commands, and prints the
/// summary.
pub fn run(options: &RunOptions) -> Result<(), Failure> {
    let script = match &options.commands {
        Some(path) => script_commands(&read_as(path, Tail::Line).map_err(report)?),
        None => Vec::new(),
    };
    let Start {
        mut sim,
        mut recorder,
        done,
        scenario,
        timeline,
        finished,
    } = match &options.resume {
        Some(path) => resume_run(path, options, script)?,
        None => {
            let source = load_source(options.file.as_ref())?;
            let mut scenario = parse_scenario(&source)?;
            if options.simulate_all {
                scenario.simulate_all();
            }
            let seed = options.seed.unwrap_or(scenario.exercise.seed);
            let recorder = match &options.journal {
                Some(path) => {
                    let origin = source_kind(options.file.as_ref(), &source);
                    let header = Header::new(&scenario, origin, &source.text, seed)
                        .simulating_all(options.simulate_all);
                    Some(Recorder::create(path, &header).map_err(report)?)
                }
                None => None,
            };
            Start {
                sim: Simulation::new(&scenario, seed),
                recorder,
                done: 0,
                timeline: with_msel(&scenario, script),
                scenario,
                finished: false,
            }
        }
    };
    if finished {
        return summary(&mut sim, options.format, options.lang);
    }
    let until = until_within(options.until, &scenario, options.lang);
    if !options.no_limits {
        Estimate::of(&scenario, until)
            .within_limits()
            .map_err(report)?;
    }
    let mut progress = progress_on_terminal(until, options.lang);
    let applied = run_timeline_with(
        &mut sim,
        &timeline[done..],
        until,
        recorder.as_mut(),
        progress.as_mut().map(|p| p as Progress<'_>),
    )
    .map_err(report)?;
    drop(progress);
    let lang = options.lang;
    if let Some(recorder) = &recorder {
        let path = recorder.path().to_string();
        eprintln!(
            "{}",
            tr!(lang, "cli-run-recorded", path = path, count = applied)
        );
    }
    let later = timeline.iter().filter(|t| t.at > until).count();
    if later > 0 {
        let until = until.to_string();
        eprintln!(
            "{}",
            tr!(lang, "cli-run-later", count = later, until = until)
        );
    }
    summary(&mut sim, options.format, options.lang)
}

/// `--until`, or the exercise's end; never past the end (said so when asked for).
pub(crate) fn until_within(asked: Option<SimTime>, scenario: &Scenario, lang: Lang) -> SimTime {
    let end = scenario.exercise.duration;
    match asked {
        Some(asked) if asked > end => {
            eprintln!("{}", Note::UntilPastEnd { asked, end }.localized(lang));
            end
        }
        Some(asked) => asked,
        None => end,
    }
}

/// Progress of a run to `until`, shown on standard error when it is a terminal and the run
/// has taken more than a second, at most every half second.
pub(crate) fn progress_on_terminal(until: SimTime, lang: Lang) -> Option<impl FnMut(SimTime)> {
    use std::io::IsTerminal;
    if !std::io::stderr().is_terminal() {
        return None;
    }
    let started = std::time::Instant::now();
    let mut shown: Option<std::time::Instant> = None;
    Some(move |now: SimTime| {
        let wall = std::time::Instant::now();
        if now >= until {
            if shown.is_some() {
                eprint!("\r\x1b[K");
            }
            return;
        }
        let quiet = wall.duration_since(started).as_millis() < 1000
            || shown.is_some_and(|s| wall.duration_since(s).as_millis() < 500);
        if quiet {
            return;
        }
        shown = Some(wall);
        let percent = now
            .millis()
            .saturating_mul(100)
            .checked_div(until.millis())
            .unwrap_or(100);
        let line = Note::Progress {
            now,
            until,
            percent,
        }
        .localized(lang);
        // Rewritten in place; cleared when the run ends.
        eprint!("\r{line}\x1b[K");
    })
}

/// Where a run starts: a new simulation, or one resumed from its journal.
struct Start {
    sim: Simulation,
    recorder: Option<Recorder>,
    /// How many of the timeline's commands the journal already holds.
    done: usize,
    scenario: Scenario,
    /// MSEL injects and script commands, in time order.
    timeline: Vec<Timed>,
    /// The resumed journal had already reached the end: nothing is run or added.
    finished: bool,
}

fn resume_run(path: &Path, options: &RunOptions, script: Vec<Timed>) -> Result<Start, Failure> {
    let journal = read(path).map_err(report)?;
    if journal.header.is_none() && journal.entries.is_empty() {
        return Err(report(JournalError::NeverRecorded {
            path: path.display().to_string(),
            start: start_afresh(path, options),
        }));
    }
    let source = scenario_of(&journal, options.file.as_ref())?;
    let scenario = recorded_scenario(&journal, &source)?;
    if options.commands.is_none() {
        given_by_hand(&journal, &scenario).map_err(report)?;
    }
    if let (Some(seed), Some(header)) = (options.seed, &journal.header)
        && seed != header.seed
    {
        return Err(Failure::Note(Note::SeedMismatch {
            path: path.display().to_string(),
            recorded: header.seed,
            given: seed,
        }));
    }
    if let Some(torn) = &journal.torn {
        let note = Note::Torn {
            path: path.display().to_string(),
            torn: torn.clone(),
            continuing: false,
        };
        eprintln!("{}", note.localized(options.lang));
    }
    let timeline = with_msel(&scenario, script);
    let done = recorded_prefix(&timeline, &journal).map_err(report)?;
    let until = until_within(options.until, &scenario, options.lang);
    if let Some(Entry::Reached { at, .. }) = journal.entries.last()
        && *at >= until
    {
        // Finished: replayed (every digest checked) but not reopened, so nothing is added.
        let replayed = replay(&journal, &scenario, &source).map_err(report)?;
        eprintln!(
            "{}",
            Note::AlreadyFinished {
                path: path.display().to_string(),
                at: *at,
            }
            .localized(options.lang)
        );
        return Ok(Start {
            sim: replayed.sim,
            recorder: None,
            done: timeline.len(),
            scenario,
            timeline,
            finished: true,
        });
    }
    let resumed = resume(journal, &scenario, &source).map_err(report)?;
    for note in &resumed.notes {
        eprintln!("{}", note.localized(options.lang));
    }
    eprintln!(
        "{}",
        tr!(
            options.lang,
            "cli-run-resumed",
            path = path.display().to_string(),
            commands = resumed.replayed.commands,
            at = resumed.replayed.sim.now().to_string(),
            digests = resumed.replayed.digests
        )
    );
    let Resumed {
        replayed, recorder, ..
    } = resumed;
    Ok(Start {
        sim: replayed.sim,
        recorder: Some(recorder),
        done,
        scenario,
        timeline,
        finished: false,
    })
}

/// The command that records the exercise afresh in place of a journal holding nothing.
fn start_afresh(path: &Path, options: &RunOptions) -> String {
    let mut words = vec!["fluxsim run".to_string()];
    words.extend(options.file.iter().map(|f| f.display().to_string()));
    words.extend(options.seed.map(|s| format!("--seed {s}")));
    words.extend(
        options
            .commands
            .iter()
            .map(|c| format!("--commands {}", c.display())),
    );
    words.push(format!("--journal {}", path.display()));
    words.join(" ")
}

/// Refuses a journal (resumed without a script) holding a command the scenario's MSEL does
/// not give by itself at that time: a facilitator's decision in the console, an inject
/// delivered at another time, a script's command.
fn given_by_hand(journal: &Journal, scenario: &Scenario) -> Result<(), JournalError> {
    let by_msel = |at: SimTime, command: &crate::Command| match command {
        crate::Command::DeliverInject { number } => scenario
            .msel
            .iter()
            .any(|i| i.number == *number && (i.trigger.is_some() || i.at == at)),
        _ => false,
    };
    match journal.commands().find(|c| !by_msel(c.at, &c.command)) {
        None => Ok(()),
        Some(c) => Err(JournalError::GivenByHand {
            path: journal.path.clone(),
            line: c.line,
            recorded: Line::Command {
                at: c.at,
                command: c.command.clone(),
                origin: Some(c.origin.clone()),
            }
            .to_text()?,
        }),
    }
}

/// The scenario a journal names (its file, or the embedded default), unless `file` is given.
pub(crate) fn scenario_of(journal: &Journal, file: Option<&PathBuf>) -> Result<Source, Failure> {
    match (file, journal.header.as_ref().map(|h| &h.source)) {
        (Some(file), _) => load_source(Some(file)),
        (None, Some(ScenarioSource::File(path))) => {
            let file = PathBuf::from(path);
            match std::fs::read_to_string(&file) {
                Ok(text) => Ok(Source::new(path.clone(), text)),
                Err(err) => Err(Failure::Note(Note::HeaderScenarioUnreadable {
                    journal: journal.path.clone(),
                    scenario: path.clone(),
                    reason: err.to_string(),
                })),
            }
        }
        (None, _) => load_source(None),
    }
}

/// How the header names where the scenario came from.
fn source_kind(file: Option<&PathBuf>, source: &Source) -> ScenarioSource {
    match file {
        Some(_) => ScenarioSource::File(source.name.clone()),
        None => ScenarioSource::Embedded(source.name.clone()),
    }
}

/// Parses a scenario and reads the observed series its arrival profiles name, beside it.
pub(crate) fn parse_scenario(source: &Source) -> Result<Scenario, Failure> {
    let mut scenario = parse(source).map_err(report)?;
    super::attach_beside(&mut scenario, source).map_err(report)?;
    Ok(scenario)
}

/// The scenario of a recorded exercise, parsed from `source`, as it was played (every
/// institution simulated if the journal says `--simulate-all` was given).
pub(crate) fn recorded_scenario(journal: &Journal, source: &Source) -> Result<Scenario, Failure> {
    let scenario = parse_scenario(source)?;
    Ok(match &journal.header {
        Some(header) => header.as_played(&scenario),
        None => scenario,
    })
}

/// A diagnostic the command fails with: miette shows it in the reader's language (its
/// message and help from the catalogue, its place in the file as it is) as the command
/// exits with 1.
pub(crate) fn report(err: impl Shown) -> Failure {
    Failure::Shown(Box::new(err))
}

/// The run summary as `--format json` writes it (docs/run-json.md): the metrics, then who
/// played whom, every decision with who gave it, and the players' actions and the
/// facilitator's notes.
#[derive(serde::Serialize)]
struct RunJson<'a> {
    #[serde(flatten)]
    metrics: &'a Metrics,
    institutions: Vec<InstitutionJson>,
    decisions: Vec<DecisionJson>,
    remarks: Vec<RemarkJson>,
    observations: Vec<ObservationJson>,
    expectations: Vec<ExpectationJson>,
    objectives: Vec<ObjectiveJson>,
}

#[derive(serde::Serialize)]
struct ObjectiveJson {
    id: String,
    name: String,
    capability: String,
    tasks: Vec<TaskJson>,
}

#[derive(serde::Serialize)]
struct TaskJson {
    id: String,
    text: String,
    institution: Option<String>,
    status: TaskStatus,
    at_ms: Option<i64>,
    evidence: Evidence,
}

#[derive(serde::Serialize)]
struct ObservationJson {
    at_ms: i64,
    text: String,
    capability: Option<String>,
    institution: Option<String>,
    inject: Option<u32>,
    rating: Option<&'static str>,
    origin: String,
}

#[derive(serde::Serialize)]
struct ExpectationJson {
    inject: u32,
    expected: String,
    delivered_ms: Option<i64>,
    status: &'static str,
    decision: Option<u32>,
    late_ms: Option<i64>,
}

#[derive(serde::Serialize)]
struct InstitutionJson {
    id: String,
    role: &'static str,
    changes: Vec<RoleChangeJson>,
}

#[derive(serde::Serialize)]
struct RoleChangeJson {
    at_ms: i64,
    role: &'static str,
}

#[derive(serde::Serialize)]
struct DecisionJson {
    id: u32,
    at_ms: i64,
    by: String,
    what: String,
    function: Option<String>,
    answers: Option<u32>,
    origin: String,
}

#[derive(serde::Serialize)]
struct RemarkJson {
    at_ms: i64,
    by: Option<String>,
    text: String,
    origin: String,
}

impl<'a> RunJson<'a> {
    fn of(sim: &Simulation, metrics: &'a Metrics) -> RunJson<'a> {
        let institutions = sim
            .roster()
            .into_iter()
            .map(|(id, _)| InstitutionJson {
                role: sim.role_at(&id, 0).map_or("", |r| r.label()),
                changes: sim
                    .role_changes()
                    .iter()
                    .filter(|c| c.institution == id && c.at_ms > 0)
                    .map(|c| RoleChangeJson {
                        at_ms: c.at_ms,
                        role: c.to.label(),
                    })
                    .collect(),
                id,
            })
            .collect();
        let decisions = sim
            .decisions()
            .iter()
            .map(|d| DecisionJson {
                id: d.id,
                at_ms: d.at_ms,
                by: d.by.clone(),
                what: d.what.english(),
                function: d.function.clone(),
                answers: d.answers,
                origin: d.origin.code(),
            })
            .collect();
        let remarks = sim
            .remarks()
            .iter()
            .map(|r| RemarkJson {
                at_ms: r.at_ms,
                by: r.by.clone(),
                text: r.text.clone(),
                origin: r.origin.code(),
            })
            .collect();
        let observations = sim
            .observations()
            .iter()
            .map(|o| ObservationJson {
                at_ms: o.at_ms,
                text: o.observation.text.clone(),
                capability: o.observation.capability.clone(),
                institution: o.observation.institution.clone(),
                inject: o.observation.inject,
                rating: o.observation.rating.map(|r| r.letter()),
                origin: o.origin.code(),
            })
            .collect();
        let expectations = crate::report::evaluate(sim.scenario(), sim)
            .into_iter()
            .map(|row| {
                let (status, decision, late_ms) = match row.status {
                    Status::Met(d) => ("met", Some(d), None),
                    Status::Late(d, by) => ("late", Some(d), Some(by.millis())),
                    Status::Missed => ("missed", None, None),
                    Status::Open => ("open", None, None),
                    Status::NotDelivered => ("not_delivered", None, None),
                    Status::NotApplicable(_) => ("not_applicable", None, None),
                };
                ExpectationJson {
                    inject: row.inject,
                    expected: row.expectation.to_string(),
                    delivered_ms: row.delivered.map(SimTime::millis),
                    status,
                    decision,
                    late_ms,
                }
            })
            .collect();
        let mut states = sim.tasks().into_iter();
        let objectives = sim
            .scenario()
            .objectives
            .iter()
            .map(|o| ObjectiveJson {
                id: o.id.clone(),
                name: o.name.clone(),
                capability: o.capability.clone(),
                tasks: o
                    .tasks
                    .iter()
                    .zip(states.by_ref())
                    .map(|(t, state)| TaskJson {
                        id: t.id.clone(),
                        text: t.text.clone(),
                        institution: t.institution.clone(),
                        status: state.status,
                        at_ms: state.at_ms,
                        evidence: state.evidence,
                    })
                    .collect(),
            })
            .collect();
        RunJson {
            metrics,
            institutions,
            decisions,
            remarks,
            observations,
            expectations,
            objectives,
        }
    }
}

/// Prints the run summary of `sim` now; fails when conservation does not hold.
pub fn summary(sim: &mut Simulation, format: Format, lang: Lang) -> Result<(), Failure> {
    let metrics = sim.metrics();
    match format {
        Format::Json => {
            let json = serde_json::to_string_pretty(&RunJson::of(sim, &metrics))
                .map_err(|e| Failure::Other(e.to_string()))?;
            println!("{json}");
        }
        Format::Table => {
            print!("{}", table(&metrics, lang));
            print!("{}", timeline_table(sim, lang));
        }
    }
    if metrics.snapshot.totals.conserved {
        Ok(())
    } else {
        Err(Failure::Other(tr!(lang, "run-conservation-failed")))
    }
}

/// The summary as aligned text tables, in `lang`.
pub fn table(m: &Metrics, lang: Lang) -> String {
    let s: &Snapshot = &m.snapshot;
    let mut out = String::new();
    let hours = SimTime(s.time_ms);
    let t = |key: &str| tr!(lang, key);
    out += &tr!(
        lang,
        "run-heading",
        scenario = &m.scenario,
        seed = m.seed.to_string(),
        reached = hours.to_string(),
        events = m.events.to_string()
    );
    out += "\n\n";
    out += &t("run-bcps");
    out += "\n";
    out += &format!(
        "  {:<22} {:>9} {:>9} {:>7} {:>9} {:>10} {:>10}\n",
        t("run-col-bcp"),
        t("run-col-arrivals"),
        t("run-col-processed"),
        t("run-col-queue"),
        t("run-col-max-queue"),
        t("run-col-mean-wait"),
        t("run-col-p95-wait")
    );
    for p in s
        .places
        .iter()
        .filter(|p| matches!(p.role, Role::Bcp | Role::Registration))
    {
        out += &format!(
            "  {:<22} {:>9} {:>9} {:>7} {:>9} {:>8.1} m {:>8.0} m{}\n",
            clip(&p.name, 22),
            p.arrived,
            p.processed,
            p.queue,
            p.max_queue,
            p.mean_wait_min,
            p.p95_wait_min,
            if p.role == Role::Registration {
                t("run-registration")
            } else {
                String::new()
            }
        );
    }
    out += &format!("\n{}\n", t("run-sites"));
    out += &format!(
        "  {:<22} {:>9} {:>9} {:>9} {:>6}\n",
        t("run-col-site"),
        t("run-col-now"),
        t("run-col-peak"),
        t("run-col-capacity"),
        t("run-col-open")
    );
    for p in s.places.iter().filter(|p| p.role == Role::Reception) {
        let over = if p.peak_occupancy >= p.capacity && p.capacity > 0 {
            t("run-full")
        } else {
            String::new()
        };
        out += &format!(
            "  {:<22} {:>9} {:>9} {:>9} {:>6}{over}\n",
            clip(&p.name, 22),
            p.occupancy,
            p.peak_occupancy,
            p.capacity,
            t(if p.open { "run-yes" } else { "run-no" })
        );
    }
    let totals = &s.totals;
    out += "\n";
    out += &tr!(
        lang,
        "run-outdoors",
        now = totals.outdoors,
        most = totals.peak_outdoors,
        hours = totals.person_hours_outdoors.round(),
        night = totals.person_hours_outdoors_night.round()
    );
    out += "\n";
    // Waiting beyond the shelter of a transit or a queue's waiting area, place by place.
    for p in s.places.iter().filter(|p| p.peak_outdoors > 0) {
        out += &tr!(
            lang,
            "run-waiting-outdoors",
            place = clip(&p.name, 40),
            now = p.outdoors,
            most = p.peak_outdoors,
            hours = p.person_hours_outdoors.round(),
            night = p.person_hours_outdoors_night.round()
        );
        out += "\n";
    }
    if !s.vulnerable.is_empty() {
        out += &format!("\n{}\n", t("run-vulnerable"));
        out += &format!(
            "  {:<22} {:>10} {:>9} {:>6} {:>8} {:>10} {:>11}\n",
            t("run-col-kind"),
            t("run-col-identified"),
            t("run-col-in-time"),
            t("run-col-late"),
            t("run-col-pending"),
            t("run-col-no-service"),
            t("run-col-mean-handover")
        );
        for v in &s.vulnerable {
            out += &format!(
                "  {:<22} {:>10} {:>9} {:>6} {:>8} {:>10} {:>9.0} m\n",
                clip(&t(v.kind.key()), 22),
                v.identified,
                v.referred_in_time,
                v.referred_late,
                v.pending,
                v.no_service,
                v.mean_referral_min
            );
        }
    }
    let departed: u64 = totals.departed.values().sum();
    out += "\n";
    out += &tr!(
        lang,
        "run-conservation",
        arrived = totals.arrivals,
        in_system = totals.in_system,
        left = departed,
        ways = totals
            .departed
            .iter()
            .map(|(d, n)| format!("{} {n}", departure(lang, *d)))
            .collect::<Vec<_>>()
            .join(", "),
        verdict = t(if totals.conserved {
            "run-holds"
        } else {
            "run-broken"
        })
    );
    out += "\n";
    out += &gap_table(m, lang);
    out
}

/// The coordination gaps, one line each, with the plan phase reached.
fn gap_table(m: &Metrics, lang: Lang) -> String {
    let s = &m.snapshot;
    let t = |key: &str| tr!(lang, key);
    let mut out = format!(
        "\n{}\n",
        tr!(
            lang,
            "run-phase",
            phase = &s.phase,
            requests = s.open_requests.len()
        )
    );
    out += &format!("\n{}\n", tr!(lang, "run-gaps", count = s.gaps.len()));
    out += &format!(
        "  {:>3} {:<22} {:>10} {:>10} {:<7} {:<16} {}\n",
        t("run-col-number"),
        t("run-col-category"),
        t("run-col-opened"),
        t("run-col-closed"),
        t("run-col-severity"),
        t("run-col-institutions"),
        t("run-col-gap")
    );
    for g in &s.gaps {
        out += &format!(
            "  {:>3} {:<22} {:>10} {:>10} {:<7} {:<16} {}
",
            g.id,
            g.category.localized(lang),
            SimTime(g.opened_ms).t_plus(),
            g.closed_ms
                .map_or_else(|| t("run-open"), |t| SimTime(t).t_plus()),
            severity_word(lang, g.severity),
            clip(&g.institutions.join(","), 16),
            g.summary.localized(lang)
        );
    }
    out
}

/// The most lines the plain timeline prints; `--format json` has every one.
const TIMELINE_LINES: usize = 80;

/// What happened, in time order, after the tables: each MSEL inject when it was delivered,
/// each request raised and each decision (an answer to a request, a phase declared, any
/// other), with its exercise time and clock time, in `lang`.
pub fn timeline_table(sim: &Simulation, lang: Lang) -> String {
    let scenario = sim.scenario();
    let mut moments: Vec<(i64, u8, String)> = Vec::new();
    for (&number, &at) in sim.deliveries() {
        let synopsis = sim.inject_text(number).unwrap_or_else(|| {
            scenario
                .msel
                .iter()
                .find(|i| i.number == number)
                .map(|i| i.synopsis.clone())
                .unwrap_or_default()
        });
        moments.push((
            at,
            0,
            tr!(
                lang,
                "run-moment-inject",
                number = number,
                synopsis = clip(&synopsis, 90)
            ),
        ));
    }
    for q in sim.requests() {
        let to = if q.to.is_empty() {
            tr!(lang, "run-moment-nobody")
        } else {
            q.to.join(", ")
        };
        moments.push((
            q.raised_ms,
            1,
            tr!(
                lang,
                "run-moment-request",
                id = q.id,
                ask = q.ask.text().localized(lang),
                to = to
            ),
        ));
    }
    for d in sim.decisions() {
        let what = d.what.localized(lang);
        let text = match (d.answers, d.origin.is_simulated()) {
            (Some(id), false) => tr!(lang, "run-moment-answer", by = &d.by, what = what, id = id),
            (Some(id), true) => {
                tr!(
                    lang,
                    "run-moment-answer-simulated",
                    by = &d.by,
                    what = what,
                    id = id
                )
            }
            (None, false) => tr!(lang, "run-moment-decision", by = &d.by, what = what),
            (None, true) => tr!(
                lang,
                "run-moment-decision-simulated",
                by = &d.by,
                what = what
            ),
        };
        moments.push((d.at_ms, 2, text));
    }
    moments.sort_by_key(|(at, rank, _)| (*at, *rank));
    let start = &scenario.exercise.start;
    let mut out = format!("\n{}\n", tr!(lang, "run-timeline", count = moments.len()));
    for (at, _, text) in moments.iter().take(TIMELINE_LINES) {
        out += &format!("  {:<26} {text}\n", crate::report::when(start, *at, lang));
    }
    if moments.len() > TIMELINE_LINES {
        out += &format!(
            "  {}\n",
            tr!(
                lang,
                "run-timeline-more",
                count = moments.len().saturating_sub(TIMELINE_LINES)
            )
        );
    }
    out
}

fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        s.chars().take(n.saturating_sub(1)).collect::<String>() + "…"
    }
}

/// The severity as the run table writes it (capitalised in English: `High`).
fn severity_word(lang: Lang, severity: Severity) -> String {
    let word = severity.localized(lang);
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// How people left, in words: `onward`, `asylum`...
fn departure(lang: Lang, departure: crate::view::Departure) -> String {
    use crate::view::Departure;
    tr!(
        lang,
        match departure {
            Departure::Onward => "departure-onward",
            Departure::Asylum => "departure-asylum",
            Departure::Return => "departure-return",
            Departure::Referred => "departure-referred",
            Departure::Undetected => "departure-undetected",
        }
    )
}
