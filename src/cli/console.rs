//! `fluxsim console [FILE] [--seed N] [--journal FILE]`: the facilitator console in this
//! terminal.

use std::io::IsTerminal;
use std::path::PathBuf;

use super::{Failure, load_source};
use crate::console::{self, App};
use crate::journal::{Header, Recorder, ScenarioSource};
use crate::scenario::parse;

/// Opens the console on the scenario (or the embedded default) with a seed, recording every
/// command in a new journal when one is named.
pub fn run(
    file: Option<&PathBuf>,
    seed: Option<u64>,
    journal: Option<&PathBuf>,
) -> Result<(), Failure> {
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return Err(Failure::Other(
            "the console needs a terminal; without one, run the scenario headless with \
             `fluxsim run [FILE] [--seed N] [--until TIME] [--format json]`"
                .to_string(),
        ));
    }
    let source = load_source(file)?;
    let scenario = parse(&source).map_err(|err| {
        eprintln!("{:?}", miette::Report::new(err));
        Failure::Invalid
    })?;
    let seed = seed.unwrap_or(scenario.exercise.seed);
    let origin = match file {
        Some(_) => ScenarioSource::File(source.name.clone()),
        None => ScenarioSource::Embedded(source.name.clone()),
    };
    let header = Header::new(&scenario, origin, &source.text, seed);
    let mut app = App::new(scenario, seed);
    if let Some(path) = journal {
        let recorder =
            Recorder::create(path, &header).map_err(|err| Failure::Other(err.to_string()))?;
        app = app.with_journal(recorder);
    }
    // `try_init` also installs a panic hook that restores the terminal before the message.
    let mut terminal = ratatui::try_init()
        .map_err(|err| Failure::Other(format!("cannot open the terminal: {err}")))?;
    let result = console::run(&mut terminal, &mut app);
    ratatui::restore();
    result.map_err(|err| Failure::Other(format!("terminal error: {err}")))
}
