//! `fluxsim run [FILE]`: run a scenario headless, applying and recording commands, and print
//! the summary; `--resume` continues a journal.

use std::path::{Path, PathBuf};

use miette::Diagnostic;

use super::{Failure, load_source};
use crate::Snapshot;
use crate::i18n::{Lang, Localized};
use crate::journal::{
    Header, Journal, Recorder, Resumed, ScenarioSource, Tail, Timed, read, read_as,
    recorded_prefix, resume, run_timeline, script_commands, with_msel,
};
use crate::scenario::{Scenario, Source, parse};
use crate::tr;
use crate::view::{Role, Severity};
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
    /// Apply the timed commands of this script.
    pub commands: Option<PathBuf>,
    /// Continue the exercise of this journal, appending to it.
    pub resume: Option<PathBuf>,
    /// Language of the summary tables.
    pub lang: Lang,
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
    } = match &options.resume {
        Some(path) => resume_run(path, options, script)?,
        None => {
            let source = load_source(options.file.as_ref())?;
            let scenario = parse_scenario(&source)?;
            let seed = options.seed.unwrap_or(scenario.exercise.seed);
            let recorder = match &options.journal {
                Some(path) => {
                    let origin = source_kind(options.file.as_ref(), &source);
                    let header = Header::new(&scenario, origin, &source.text, seed);
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
            }
        }
    };
    let until = options.until.unwrap_or(scenario.exercise.duration);
    let applied =
        run_timeline(&mut sim, &timeline[done..], until, recorder.as_mut()).map_err(report)?;
    if let Some(recorder) = &recorder {
        let recorded = count(applied, "command");
        eprintln!("journal {}: {recorded} recorded", recorder.path());
    }
    let later = timeline.iter().filter(|t| t.at > until).count();
    if later > 0 {
        eprintln!(
            "note: {later} command(s) (MSEL injects and script) due after T+{until} were not applied"
        );
    }
    summary(&mut sim, options.format, options.lang)
}

/// Replays the journal to resume it; returns the simulation, its recorder, how many of the
/// timeline's commands it already holds, and the scenario.
/// Where a run starts: a new simulation, or one resumed from its journal.
struct Start {
    sim: Simulation,
    recorder: Option<Recorder>,
    /// How many of the timeline's commands the journal already holds.
    done: usize,
    scenario: Scenario,
    /// MSEL injects and script commands, in time order.
    timeline: Vec<Timed>,
}

fn resume_run(path: &Path, options: &RunOptions, script: Vec<Timed>) -> Result<Start, Failure> {
    let journal = read(path).map_err(report)?;
    let source = scenario_of(&journal, options.file.as_ref())?;
    let scenario = parse_scenario(&source)?;
    if let (Some(seed), Some(header)) = (options.seed, &journal.header)
        && seed != header.seed
    {
        return Err(Failure::Other(format!(
            "{} was recorded with seed {}, not {seed}; leave out --seed to resume it",
            path.display(),
            header.seed
        )));
    }
    if let Some(torn) = &journal.torn {
        eprintln!("note: {}: {torn}", path.display());
    }
    let timeline = with_msel(&scenario, script);
    let done = recorded_prefix(&timeline, &journal).map_err(report)?;
    let resumed = resume(journal, &scenario, &source).map_err(report)?;
    eprintln!(
        "resumed {}: replayed {} to T+{}, {} matched",
        path.display(),
        count(resumed.replayed.commands, "command"),
        resumed.replayed.sim.now(),
        count(resumed.replayed.digests, "digest"),
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
    })
}

/// The scenario a journal names (its file, or the embedded default), unless `file` is given.
pub(crate) fn scenario_of(journal: &Journal, file: Option<&PathBuf>) -> Result<Source, Failure> {
    match (file, journal.header.as_ref().map(|h| &h.source)) {
        (Some(file), _) => load_source(Some(file)),
        (None, Some(ScenarioSource::File(path))) => load_source(Some(&PathBuf::from(path))),
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

pub(crate) fn parse_scenario(source: &Source) -> Result<Scenario, Failure> {
    parse(source).map_err(report)
}

/// `1 command`, `2 commands`.
pub(crate) fn count(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

/// Prints a diagnostic with miette; the command then exits with 1.
pub(crate) fn report(err: impl Diagnostic + Send + Sync + 'static) -> Failure {
    eprintln!("{:?}", miette::Report::new(err));
    Failure::Invalid
}

/// Prints the run summary of `sim` now; fails when conservation does not hold.
pub fn summary(sim: &mut Simulation, format: Format, lang: Lang) -> Result<(), Failure> {
    let metrics = sim.metrics();
    match format {
        Format::Json => {
            let json = serde_json::to_string_pretty(&metrics)
                .map_err(|e| Failure::Other(e.to_string()))?;
            println!("{json}");
        }
        Format::Table => print!("{}", table(&metrics, lang)),
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
        hours = format!("{:.0}", totals.person_hours_outdoors),
        night = format!("{:.0}", totals.person_hours_outdoors_night)
    );
    out += "\n";
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
                clip(&t(crate::report::vulnerability_key(v.kind)), 22),
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
            .map(|(d, n)| format!("{d:?} {n}").to_lowercase())
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
            g.summary
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
