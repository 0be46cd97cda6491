//! The command-line interface: the clap command tree and one small file per command.
// Values from files and the command line enter here: arithmetic on them is checked.
#![deny(clippy::arithmetic_side_effects)]

mod check;
mod compare;
mod console;
mod export;
mod fork;
mod msel;
mod new;
pub mod note;
mod observe;
mod replay;
mod report;
mod run;
mod score;
mod sheets;
mod show;
mod sweep;

use crate::console::view::Theme;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::i18n::{InLang, Lang, Localized};
use crate::scenario::Source;
use crate::tr;

/// fluxsim — tabletop simulation of a mass influx of migrants and the institutions that respond.
#[derive(Debug, Parser)]
#[command(name = "fluxsim", version, about, long_about = None)]
pub struct Cli {
    /// Language of the console, the tables and the report: en, sq (Albanian), sr (Serbian,
    /// Latin script) or sr-Cyrl (Serbian, Cyrillic script). Default: FLUXSIM_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG),
    /// else English; a report defaults to FLUXSIM_LANG, else its scenario's language.
    #[arg(long, global = true, value_enum)]
    lang: Option<LangArg>,
    #[command(subcommand)]
    command: Option<Command>,
}

/// A language `--lang` takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum LangArg {
    /// English.
    En,
    /// Albanian.
    Sq,
    /// Serbian, Latin script.
    Sr,
    /// Serbian, Cyrillic script.
    #[value(name = "sr-Cyrl")]
    SrCyrl,
}

impl From<LangArg> for Lang {
    fn from(lang: LangArg) -> Self {
        match lang {
            LangArg::En => Lang::En,
            LangArg::Sq => Lang::Sq,
            LangArg::Sr => Lang::Sr,
            LangArg::SrCyrl => Lang::SrCyrl,
        }
    }
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Validate scenario files: errors with their place in the file, then coordination findings.
    ///
    /// Exit code 0 when every file is valid (findings allowed), 1 on errors, 2 on usage errors.
    Check {
        /// Scenario files (RON); the embedded default scenario when none is given.
        files: Vec<PathBuf>,
    },
    /// Run a scenario headless to its end and print a summary.
    Run {
        /// Scenario file (RON); the embedded default scenario when omitted.
        file: Option<PathBuf>,
        /// Random seed (default: the scenario's own).
        #[arg(long)]
        seed: Option<u64>,
        /// Stop at this simulated time instead of the scenario's end, e.g. `48h`.
        #[arg(long)]
        until: Option<crate::SimTime>,
        /// Output format.
        #[arg(long, value_enum, default_value = "table")]
        format: run::Format,
        /// Record every command given into this journal (a new file).
        #[arg(long, value_name = "JOURNAL", conflicts_with = "resume")]
        journal: Option<PathBuf>,
        /// Apply the timed commands of this script (journal line format, header optional).
        #[arg(long, value_name = "SCRIPT")]
        commands: Option<PathBuf>,
        /// Continue the exercise recorded in this journal from its last complete command,
        /// appending to it.
        #[arg(long, value_name = "JOURNAL")]
        resume: Option<PathBuf>,
        /// Play every institution by its mandate and response times, whatever its role in the
        /// scenario (the baseline for sweeps and comparisons); the journal records it.
        #[arg(long, conflicts_with = "resume")]
        simulate_all: bool,
        /// Run even when the scenario is estimated to need more memory or work than the
        /// limits allow (see docs/scenario-format.md, "Limits").
        #[arg(long)]
        no_limits: bool,
    },
    /// Re-run a recorded exercise from its journal, checking every state digest, and print
    /// the same summary as `run`.
    Replay {
        /// The journal file.
        journal: PathBuf,
        /// Scenario file to use instead of the one named in the journal's header.
        #[arg(long, value_name = "FILE")]
        scenario: Option<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value = "table")]
        format: run::Format,
    },
    /// Start a what-if branch of a recorded exercise: a new journal with the commands given
    /// strictly before a time, to continue with `run --resume` and other commands.
    Fork {
        /// The recorded exercise's journal.
        journal: PathBuf,
        /// The cut, e.g. `30h` or `T+1d6h`; a command given exactly then is left out.
        #[arg(long)]
        at: crate::SimTime,
        /// The new journal.
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
        /// Replace the output file if it exists.
        #[arg(long)]
        force: bool,
        /// Scenario file to use instead of the one named in the journal's header.
        #[arg(long, value_name = "FILE")]
        scenario: Option<PathBuf>,
    },
    /// Add the hot wash's observations to a copy of a recorded exercise: one annotation line
    /// per row of the sheet (time, evaluator, capability, institution, rating, text; optional
    /// task and inject), after the journal's end. The journal itself is never changed; a bad
    /// cell is reported by row and column and nothing is written.
    Observe {
        /// The recorded exercise's journal.
        journal: PathBuf,
        /// The observations' spreadsheet (CSV).
        #[arg(long, value_name = "CSV")]
        csv: PathBuf,
        /// The copy to write.
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
        /// Replace the output file if it exists.
        #[arg(long)]
        force: bool,
        /// Scenario file to use instead of the one named in the journal's header.
        #[arg(long, value_name = "FILE")]
        scenario: Option<PathBuf>,
        /// The CSV file's encoding (as for `msel import`).
        #[arg(long, value_enum, value_name = "ENCODING")]
        encoding: Option<msel::EncodingArg>,
    },
    /// Write the after-action report and improvement plan of a recorded exercise
    /// (HTML with charts, Markdown, a Word document or an OpenDocument text, by the output's
    /// extension).
    Report {
        /// The journal file.
        journal: PathBuf,
        /// Output file: `aar.html`, `aar.md`, `aar.docx` or `aar.odt`.
        #[arg(short, long, value_name = "FILE", required_unless_present_any = ["docx", "odt"])]
        output: Option<PathBuf>,
        /// Also write an editable copy of the report as a Word document (`aar.docx`), from
        /// the same replay.
        #[arg(long, value_name = "FILE", conflicts_with = "plan_template")]
        docx: Option<PathBuf>,
        /// Also write an editable copy of the report as an OpenDocument text (`aar.odt`),
        /// from the same replay.
        #[arg(long, value_name = "FILE", conflicts_with = "plan_template")]
        odt: Option<PathBuf>,
        /// Scenario file to use instead of the one named in the journal's header.
        #[arg(long, value_name = "FILE")]
        scenario: Option<PathBuf>,
        /// Add a what-if comparison with another branch of the exercise (its journal).
        #[arg(long, value_name = "JOURNAL")]
        compare: Option<PathBuf>,
        /// Fill the improvement plan's responsible officers and start and completion dates
        /// from this CSV file (see docs/plan-csv.md).
        #[arg(long, value_name = "CSV", conflicts_with = "plan_template")]
        plan: Option<PathBuf>,
        /// Write the improvement plan's sheet to the output (`-o plan.csv`) instead of the
        /// report: a row per entry, to fill in and give back with --plan.
        #[arg(long)]
        plan_template: bool,
        /// Replace the output file if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Compare two branches of one exercise (same scenario and seed, e.g. a journal and a
    /// fork of it): key metrics side by side with their difference, and the gaps found in
    /// only one of them.
    Compare {
        /// Branch A's journal.
        a: PathBuf,
        /// Branch B's journal.
        b: PathBuf,
        /// Print JSON for scripts (see docs/compare-json.md).
        #[arg(long)]
        json: bool,
        /// Scenario file to use instead of the one named in the journals' headers.
        #[arg(long, value_name = "FILE")]
        scenario: Option<PathBuf>,
    },
    /// Write the tables of a recorded exercise as CSV files (see docs/export-csv.md).
    Export {
        /// The journal file.
        journal: PathBuf,
        /// Directory to write the CSV files into (created if needed): today's tables and the
        /// exchange tables (DTM flows, Eurostat asylum applicants).
        #[arg(long, value_name = "DIR", required_unless_present = "cap")]
        csv: Option<PathBuf>,
        /// Only the exchange tables, aggregated with small cells suppressed, for sharing.
        #[arg(long, requires = "csv")]
        aggregate_only: bool,
        /// Add the HXL hashtag row under the header of today's tables too.
        #[arg(long, requires = "csv", conflicts_with = "aggregate_only")]
        hxl: bool,
        /// Write the MSEL's injects and every inject delivered as CAP 1.2 alerts (XML).
        #[arg(long, value_name = "FILE")]
        cap: Option<PathBuf>,
        /// Scenario file to use instead of the one named in the journal's header.
        #[arg(long, value_name = "FILE")]
        scenario: Option<PathBuf>,
        /// Replace CSV files of the same names already in the directory.
        #[arg(long)]
        force: bool,
    },
    /// Compare a recorded exercise's daily figures (arrivals per entry point, people passing
    /// each crossing and registration point, occupancy of each site at the day's end, people
    /// leaving by each exit) with an observed series: FLEE's averaged relative difference
    /// (plain and rescaled) and the daily mean absolute percentage error (see docs/score.md).
    Score {
        /// The journal file.
        journal: PathBuf,
        /// The observed series (CSV: day, place, count; DTM's `t`, `fmp`, `n` or plain names).
        #[arg(long, value_name = "CSV")]
        observed: PathBuf,
        /// Also write the daily figures in FLEE's columns (`<place> sim`, `<place> data`,
        /// `<place> error`, `Total error`) to this CSV file.
        #[arg(long, value_name = "FILE")]
        csv: Option<PathBuf>,
        /// Scenario file to use instead of the one named in the journal's header.
        #[arg(long, value_name = "FILE")]
        scenario: Option<PathBuf>,
        /// Replace the CSV file if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Replications of a scenario over many seeds, in parallel: mean, median and 90 %
    /// intervals of the key metrics and gaps (see docs/sweep-json.md); split into tasks of a
    /// cluster scheduler and merged (see docs/cluster.md).
    Sweep(Box<sweep::SweepCli>),
    /// Open the facilitator console on a scenario (the default when no command is given).
    Console {
        /// Scenario file (RON); the embedded default scenario when omitted.
        file: Option<PathBuf>,
        /// Random seed (default: the scenario's own).
        #[arg(long)]
        seed: Option<u64>,
        /// Record every command in this new journal (replay it with `fluxsim replay`).
        #[arg(long)]
        journal: Option<PathBuf>,
        /// Open this recorded exercise read-only, on a timeline to scrub back and forth
        /// (FILE, if given, replaces the scenario its header names).
        #[arg(long, value_name = "JOURNAL", conflicts_with_all = ["journal", "seed"])]
        replay: Option<PathBuf>,
        /// Go on with the exercise this journal recorded (after a crash, or a fork): it is
        /// replayed to its last complete command and new commands are appended to it.
        #[arg(long, value_name = "JOURNAL", conflicts_with_all = ["journal", "seed", "replay"])]
        resume: Option<PathBuf>,
        /// Play every institution by its mandate and response times, whatever its role in the
        /// scenario; the journal records it.
        #[arg(long, conflicts_with_all = ["replay", "resume"])]
        simulate_all: bool,
        /// Open the scenario even when it is estimated to need more memory or work than the
        /// limits allow (see docs/scenario-format.md, "Limits").
        #[arg(long)]
        no_limits: bool,
        /// Colours: dark, light (bright rooms), high-contrast (projectors) or 16 (plain
        /// terminals); `t` switches live.
        #[arg(long, default_value = "dark", value_parser = parse_theme)]
        theme: Theme,
        /// Serve the institutions' seats, the projector and the evaluators' page to browsers
        /// (needs --journal or --resume: the seat codes are kept beside the journal).
        #[arg(long, conflicts_with = "replay")]
        serve: bool,
        /// The address the seats are served on; give a LAN address to reach them from other
        /// machines in the room.
        #[arg(
            long,
            value_name = "ADDR",
            default_value = "127.0.0.1:8080",
            requires = "serve"
        )]
        bind: std::net::SocketAddr,
    },
    /// The MSEL as a CSV spreadsheet: `msel export`, `msel import`.
    Msel {
        #[command(subcommand)]
        command: msel::MselCommand,
    },
    /// Write a commented starting scenario that passes `check` as written: the places and
    /// institutions named by the options (one of each kind with a neutral name when none is
    /// given), linked entry → crossing → registration → site → exit, with the units of every
    /// figure in the comments.
    New {
        /// The scenario file to write (RON); an existing file is replaced only with --force.
        file: PathBuf,
        /// The exercise's name.
        #[arg(long, default_value = "New exercise")]
        name: String,
        /// An entry point (the far side of the border), by name; repeat for more.
        #[arg(long = "entry", value_name = "NAME")]
        entries: Vec<String>,
        /// A border crossing point, by name; repeat for more.
        #[arg(long = "crossing", value_name = "NAME")]
        crossings: Vec<String>,
        /// A registration point, by name; repeat for more.
        #[arg(long = "registration", value_name = "NAME")]
        registrations: Vec<String>,
        /// A reception site with beds, by name; repeat for more.
        #[arg(long = "site", value_name = "NAME")]
        sites: Vec<String>,
        /// An institution, by name (the first chairs and decides; all start simulated); repeat
        /// for more.
        #[arg(long = "institution", value_name = "NAME")]
        institutions: Vec<String>,
        /// Replace the file if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Work with scenario files: `scenario show` prints a readable summary.
    Scenario {
        #[command(subcommand)]
        command: show::ScenarioCommand,
    },
}

/// A `--theme` value.
fn parse_theme(text: &str) -> Result<Theme, String> {
    text.parse()
        .map_err(|e: crate::console::view::UnknownTheme| e.to_string())
}

/// Why a command did not succeed; each maps to an exit code.
#[derive(Debug)]
pub enum Failure {
    /// Input was read but is not valid (exit 1); the details were already printed.
    Invalid,
    /// Something else went wrong (exit 1), explained by the message.
    Other(String),
    /// A file could not be read (exit 1): its path and the system's reason.
    Unreadable {
        /// The file, as named on the command line.
        path: String,
        /// Why, as the operating system says it.
        reason: String,
    },
    /// Something that points at no place in a file (exit 1), put into words when shown.
    Note(note::Note),
    /// A diagnostic (exit 1), shown in the reader's language with its place in the file.
    Shown(Box<dyn Shown>),
}

/// An error the CLI shows as a diagnostic in the reader's language.
pub trait Shown: miette::Diagnostic + Localized + Send + Sync + 'static {}

impl<E: miette::Diagnostic + Localized + Send + Sync + 'static> Shown for E {}

/// Reads a scenario file, or the embedded default when no path is given.
pub(crate) fn load_source(path: Option<&PathBuf>) -> Result<Source, Failure> {
    match path {
        None => Ok(Source::default_scenario()),
        Some(path) => std::fs::read_to_string(path)
            .map(|text| Source::new(path.display().to_string(), text))
            .map_err(|err| Failure::Unreadable {
                path: path.display().to_string(),
                reason: err.to_string(),
            }),
    }
}

/// The file `file`, named in the scenario read from `source`, relative to the scenario
/// file's folder (where `attach_beside` reads an observed series).
pub(crate) fn beside(source: &Source, file: &str) -> PathBuf {
    std::path::Path::new(&source.name)
        .parent()
        .map(std::path::Path::to_path_buf)
        .unwrap_or_default()
        .join(file)
}

/// Reads the observed series the scenario's arrival profiles name (`rate:
/// Observed("file.csv")`), each a path relative to the scenario file's folder.
pub(crate) fn attach_beside(
    scenario: &mut crate::Scenario,
    source: &Source,
) -> Result<(), crate::scenario::observed_csv::ObservedError> {
    crate::scenario::observed_csv::attach_observed(scenario, |file| {
        let path = beside(source, file);
        std::fs::read(&path)
            .map(|bytes| (path.display().to_string(), bytes))
            .map_err(|err| err.to_string())
    })
    .map(|_| ())
}

/// Parses the arguments and runs the chosen command; returns the process exit code.
pub fn run() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            let _ = err.print();
            return if err.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    let chosen: Option<Lang> = cli.lang.map(Lang::from);
    let lang = chosen.unwrap_or_else(Lang::from_env);
    let result = match cli.command {
        Some(Command::Check { files }) => check::run(&files, lang),
        Some(Command::Run {
            file,
            seed,
            until,
            format,
            journal,
            commands,
            resume,
            simulate_all,
            no_limits,
        }) => run::run(&run::RunOptions {
            file,
            seed,
            until,
            format,
            journal,
            commands,
            resume,
            simulate_all,
            lang,
            no_limits,
        }),
        Some(Command::Replay {
            journal,
            scenario,
            format,
        }) => replay::run(&journal, scenario.as_ref(), format, lang),
        Some(Command::Report {
            journal,
            output,
            docx,
            odt,
            scenario,
            compare,
            plan,
            plan_template,
            force,
        }) => report::run(
            &journal,
            &report::Targets { output, docx, odt },
            scenario.as_ref(),
            chosen.or_else(Lang::from_fluxsim_env),
            compare.as_ref(),
            &report::PlanSheet {
                fill: plan,
                template: plan_template,
            },
            force,
        ),
        Some(Command::Fork {
            journal,
            at,
            output,
            force,
            scenario,
        }) => fork::run(&fork::ForkOptions {
            journal,
            at,
            output,
            force,
            scenario,
            lang,
        }),
        Some(Command::Compare {
            a,
            b,
            json,
            scenario,
        }) => compare::run(&a, &b, scenario.as_ref(), json, lang),
        Some(Command::Export {
            journal,
            csv,
            aggregate_only,
            hxl,
            cap,
            scenario,
            force,
        }) => export::run(
            &journal,
            &export::Targets {
                csv,
                options: crate::report::export::Options {
                    aggregate_only,
                    hxl,
                },
                cap,
            },
            scenario.as_ref(),
            force,
            lang,
        ),
        Some(Command::Score {
            journal,
            observed,
            csv,
            scenario,
            force,
        }) => score::run(
            &score::ScoreOptions {
                journal,
                observed,
                csv,
                scenario,
                force,
            },
            lang,
        ),
        Some(Command::Sweep(cli)) => sweep::dispatch(*cli, lang),
        Some(Command::Msel { command }) => msel::run(&command, lang),
        Some(Command::Observe {
            journal,
            csv,
            output,
            force,
            scenario,
            encoding,
        }) => observe::run(
            &observe::ObserveOptions {
                journal,
                csv,
                output,
                force,
                scenario,
                encoding,
            },
            lang,
        ),
        Some(Command::Scenario { command }) => show::run(&command, lang),
        Some(Command::New {
            file,
            name,
            entries,
            crossings,
            registrations,
            sites,
            institutions,
            force,
        }) => new::run(
            &file,
            &crate::scenario::starter::Starter {
                name,
                entries,
                crossings,
                registrations,
                sites,
                institutions,
            },
            force,
            lang,
        ),
        Some(Command::Console {
            file,
            replay: Some(recorded),
            theme,
            ..
        }) => console::replay(&recorded, file.as_ref(), console::Look { lang, theme }),
        Some(Command::Console {
            file,
            resume: Some(recorded),
            no_limits,
            theme,
            serve,
            bind,
            ..
        }) => console::resume(
            &recorded,
            file.as_ref(),
            no_limits,
            console::Look { lang, theme },
            serve.then_some(bind),
        ),
        Some(Command::Console {
            file,
            seed,
            journal,
            simulate_all,
            no_limits,
            theme,
            serve,
            bind,
            ..
        }) => console::run(
            file.as_ref(),
            seed,
            journal.as_ref(),
            simulate_all,
            no_limits,
            console::Look { lang, theme },
            serve.then_some(bind),
        ),
        None => console::run(
            None,
            None,
            None,
            false,
            false,
            console::Look {
                lang,
                theme: Theme::default(),
            },
            None,
        ),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Invalid) => ExitCode::from(1),
        Err(Failure::Other(message)) => {
            eprintln!("{}", tr!(lang, "cli-error", message = message));
            ExitCode::from(1)
        }
        Err(Failure::Unreadable { path, reason }) => {
            let message = tr!(lang, "cli-cannot-read", path = path, reason = reason);
            eprintln!("{}", tr!(lang, "cli-error", message = message));
            ExitCode::from(1)
        }
        Err(Failure::Note(note)) => {
            let message = note.localized(lang);
            eprintln!("{}", tr!(lang, "cli-error", message = message));
            ExitCode::from(1)
        }
        Err(Failure::Shown(err)) => {
            eprintln!("{:?}", miette::Report::new(InLang::boxed(err, lang)));
            ExitCode::from(1)
        }
    }
}
