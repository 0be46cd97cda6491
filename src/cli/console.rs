//! `fluxsim console [FILE] [--seed N] [--journal FILE]`: the facilitator console in this
//! terminal; `fluxsim console --replay JOURNAL [FILE]`: a recorded exercise, read-only;
//! `fluxsim console --resume JOURNAL [FILE]`: go on with a recorded exercise. With
//! `--serve [--bind ADDR]`, the seats are served to browsers beside the console.

use std::io::IsTerminal;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use super::note::note_torn;
use super::run::{recorded_scenario, report, scenario_of};
use super::{Failure, load_source};
use crate::console::seats::{Codes, Desk, Setup};
use crate::console::terminal::ConsoleTerminal;
use crate::console::view::Theme;
use crate::console::{self, App, Timeline};
use crate::i18n::Lang;
use crate::journal::{Header, Recorder, ScenarioSource, read};
use crate::scenario::limits::Estimate;
use crate::serve::Server;
use crate::tr;

/// How the console speaks and looks: its language and colour theme.
#[derive(Debug, Clone, Copy)]
pub struct Look {
    /// The language of every string.
    pub lang: Lang,
    /// The colours.
    pub theme: Theme,
}

/// Opens the console on the scenario (or the embedded default) with a seed, recording every
/// command in a new journal when one is named.
pub fn run(
    file: Option<&PathBuf>,
    seed: Option<u64>,
    journal: Option<&PathBuf>,
    simulate_all: bool,
    no_limits: bool,
    look: Look,
    serve: Option<SocketAddr>,
) -> Result<(), Failure> {
    let Look { lang, theme } = look;
    if serve.is_some() && journal.is_none() {
        return Err(Failure::Other(tr!(lang, "console-serve-needs-journal")));
    }
    needs_terminal(lang)?;
    let source = load_source(file)?;
    let mut scenario = super::run::parse_scenario(&source)?;
    within_limits(&scenario, no_limits)?;
    if simulate_all {
        scenario.simulate_all();
    }
    let seed = seed.unwrap_or(scenario.exercise.seed);
    let origin = match file {
        Some(_) => ScenarioSource::File(source.name.clone()),
        None => ScenarioSource::Embedded(source.name.clone()),
    };
    let header = Header::new(&scenario, origin, &source.text, seed).simulating_all(simulate_all);
    let mut app = App::new(scenario.clone(), seed)
        .with_lang(lang)
        .with_theme(theme);
    let mut codes = None;
    if let Some(path) = journal {
        let recorder = Recorder::create(path, &header).map_err(report)?;
        app = app.with_journal(recorder);
        if serve.is_some() {
            codes = Some(Codes::create(path, &scenario).map_err(report)?);
        }
    }
    let (mut app, _server) = seated(app, &scenario, serve.zip(codes))?;
    show(&mut app)
}

/// The console with its seats served at `addr` with these codes (the server stops when
/// it is dropped), or the console alone.
fn seated(
    app: App,
    scenario: &crate::Scenario,
    serve: Option<(SocketAddr, Codes)>,
) -> Result<(App, Option<Server>), Failure> {
    let Some((addr, codes)) = serve else {
        return Ok((app, None));
    };
    let (desk, link) = Desk::new(Setup::new(scenario, codes));
    let server = Server::start(addr, link).map_err(report)?;
    let app = app
        .with_seats(desk.with_url(server.url()))
        .map_err(report)?;
    Ok((app, Some(server)))
}

/// Opens a recorded exercise read-only at its start, once its journal replays with every
/// digest matching.
pub fn replay(journal: &Path, scenario: Option<&PathBuf>, look: Look) -> Result<(), Failure> {
    let Look { lang, theme } = look;
    needs_terminal(lang)?;
    let journal = read(journal).map_err(report)?;
    note_torn(&journal, false, lang);
    let source = scenario_of(&journal, scenario)?;
    let scenario = recorded_scenario(&journal, &source)?;
    let (timeline, sim) = Timeline::open(journal, scenario.clone(), &source).map_err(report)?;
    show(
        &mut App::replay(scenario, timeline, sim)
            .with_lang(lang)
            .with_theme(theme),
    )
}

/// Goes on with a recorded exercise after the console stopped (even killed mid-write): its
/// journal replayed to the last complete command, new commands appended to it.
pub fn resume(
    journal: &Path,
    scenario: Option<&PathBuf>,
    no_limits: bool,
    look: Look,
    serve: Option<SocketAddr>,
) -> Result<(), Failure> {
    let Look { lang, theme } = look;
    needs_terminal(lang)?;
    let path = journal;
    let journal = read(journal).map_err(report)?;
    note_torn(&journal, true, lang);
    let source = scenario_of(&journal, scenario)?;
    let scenario = recorded_scenario(&journal, &source)?;
    within_limits(&scenario, no_limits)?;
    let resumed = crate::journal::resume(journal, &scenario, &source).map_err(report)?;
    for note in &resumed.notes {
        eprintln!("{}", crate::i18n::Localized::localized(note, lang));
    }
    let codes = match serve {
        Some(addr) => Some((addr, Codes::resume(path, &scenario).map_err(report)?)),
        None => None,
    };
    let app = App::resume(
        scenario.clone(),
        resumed.replayed.sim,
        resumed.recorder,
        &resumed.journal,
    )
    .with_lang(lang)
    .with_theme(theme);
    let (mut app, _server) = seated(app, &scenario, codes)?;
    show(&mut app)
}

/// The console runs the whole exercise: refuse a scenario estimated past the limits.
fn within_limits(scenario: &crate::Scenario, no_limits: bool) -> Result<(), Failure> {
    if no_limits {
        return Ok(());
    }
    Estimate::of(scenario, scenario.exercise.duration)
        .within_limits()
        .map_err(report)
}

fn needs_terminal(lang: Lang) -> Result<(), Failure> {
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return Err(Failure::Other(tr!(lang, "cli-console-needs-terminal")));
    }
    Ok(())
}

/// Runs the console in this terminal, restored afterwards whatever happens.
fn show(app: &mut App) -> Result<(), Failure> {
    let lang = app.lang();
    let mut terminal = ConsoleTerminal::open().map_err(|err| {
        Failure::Other(tr!(lang, "cli-terminal-unopened", reason = err.to_string()))
    })?;
    let result = console::run(terminal.terminal(), app);
    drop(terminal);
    result.map_err(|err| Failure::Other(tr!(lang, "cli-terminal-error", reason = err.to_string())))
}
