//! `fluxsim sweep SCENARIO --seeds N`: replications of a scenario in parallel, optionally
//! replaying the commands of a journal on each, summarised per key metric; split into tasks
//! of a cluster scheduler (`--task-count`), merged (`sweep merge`) and planned as a job array
//! (`sweep plan`), see docs/cluster.md.

use std::path::{Path, PathBuf};

use clap::Subcommand;

use super::note::Note;
use super::run::{parse_scenario, report, until_within};
use super::{Failure, load_source};
use crate::SimTime;
use crate::i18n::{Lang, Localized};
use crate::journal::{Tail, read_as, scenario_hash};
use crate::output::{Input, Output};
use crate::scenario::limits::Estimate;
use crate::sweep::{
    Shard, ShardError, ShardHeader, Split, Sweep, SweepOptions, Tasks, commands_until,
    content_hash, merge, metrics, replications, sweep, table, timeline,
};
use crate::tr;

/// `fluxsim sweep`: a sweep on this machine or one task of a split sweep, or one of its
/// subcommands.
#[derive(Debug, clap::Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct SweepCli {
    #[command(subcommand)]
    command: Option<SweepCommand>,
    #[command(flatten)]
    sweep: SweepFlags,
}

/// The flags of a sweep (or of one task of it).
#[derive(Debug, clap::Args)]
pub struct SweepFlags {
    /// Scenario file (RON); the embedded default scenario when omitted.
    file: Option<PathBuf>,
    /// Number of replications.
    #[arg(long, default_value_t = 200, value_parser = clap::value_parser!(u64).range(1..))]
    seeds: u64,
    /// Seed of the first replication; the others follow it (1, 2, 3, ... by default).
    #[arg(long, value_name = "SEED", default_value_t = 1)]
    first_seed: u64,
    /// Apply the commands of this journal (or command script) on every replication, at
    /// their recorded times.
    #[arg(long, value_name = "JOURNAL")]
    journal: Option<PathBuf>,
    /// Worker threads (default: one per core). The results do not depend on it.
    #[arg(long, value_parser = clap::value_parser!(u64).range(1..))]
    threads: Option<u64>,
    /// Stop each replication at this simulated time instead of the scenario's end.
    #[arg(long)]
    until: Option<crate::SimTime>,
    /// Print JSON instead of tables.
    #[arg(long, conflicts_with = "task_count")]
    json: bool,
    /// Play every institution by its mandate and response times, whatever its role in the
    /// scenario (the baseline for sweeps and comparisons); a journal records it.
    #[arg(long)]
    simulate_all: bool,
    /// Run even when the sweep is estimated to need more memory or work than the limits
    /// allow (see docs/scenario-format.md, "Limits").
    #[arg(long)]
    no_limits: bool,
    /// Run only one task of the sweep split into this many (see docs/cluster.md): its
    /// replications go to a shard in --out, to merge with `sweep merge`.
    #[arg(long, value_name = "K", requires = "out", value_parser = clap::value_parser!(u64).range(1..))]
    task_count: Option<u64>,
    /// This task's index, 0 to K−1 (default: SLURM_ARRAY_TASK_ID, else JOB_COMPLETION_INDEX).
    #[arg(long, value_name = "I", requires = "task_count")]
    task_index: Option<u64>,
    /// The directory the task writes its shard into (created if needed).
    #[arg(long, value_name = "DIR", requires = "task_count")]
    out: Option<PathBuf>,
    /// Replace this task's shard if it exists.
    #[arg(long, requires = "task_count")]
    force: bool,
}

/// `fluxsim sweep merge` and `fluxsim sweep plan`.
#[derive(Debug, Subcommand)]
pub enum SweepCommand {
    /// Merge the shards of a split sweep into what `fluxsim sweep` gives on one machine for
    /// the same seeds; names the tasks missing or failed as `--array=3,17,40-42`.
    Merge {
        /// The directory the tasks wrote their shards into.
        dir: PathBuf,
        /// Tasks the sweep was split into (its --task-count).
        #[arg(long, value_name = "K", value_parser = clap::value_parser!(u64).range(1..))]
        expect: u64,
        /// Print JSON instead of tables.
        #[arg(long)]
        json: bool,
        /// Write the result to this file instead of printing it.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Replace the output file if it exists.
        #[arg(long, requires = "output")]
        force: bool,
    },
    /// Write a scheduler's submit script for a sweep split into tasks: a Slurm job array of
    /// the tasks, then the merge once they have ended (or a Kubernetes Indexed Job).
    Plan(PlanArgs),
}

/// What `fluxsim sweep plan` plans.
#[derive(Debug, clap::Args)]
pub struct PlanArgs {
    /// Scenario file (RON); the embedded default scenario when omitted.
    file: Option<PathBuf>,
    /// Number of replications.
    #[arg(long, default_value_t = 200, value_parser = clap::value_parser!(u64).range(1..))]
    seeds: u64,
    /// Seed of the first replication.
    #[arg(long, value_name = "SEED", default_value_t = 1)]
    first_seed: u64,
    /// Tasks to split the sweep into.
    #[arg(long, value_name = "K", value_parser = clap::value_parser!(u64).range(1..))]
    task_count: u64,
    /// Apply the commands of this journal on every replication.
    #[arg(long, value_name = "JOURNAL")]
    journal: Option<PathBuf>,
    /// Stop each replication at this simulated time instead of the scenario's end.
    #[arg(long)]
    until: Option<crate::SimTime>,
    /// Play every institution by its mandate and response times.
    #[arg(long)]
    simulate_all: bool,
    /// Run the tasks even past the estimated limits.
    #[arg(long)]
    no_limits: bool,
    /// CPUs each task asks for, and its worker threads.
    #[arg(long, value_name = "C", default_value_t = 1, value_parser = clap::value_parser!(u64).range(1..=1024))]
    cpus_per_task: u64,
    /// The directory for the shards and the merged sweep, on a file system every node sees.
    #[arg(long, value_name = "DIR", default_value = "fluxsim-sweep")]
    out: PathBuf,
    /// The scheduler to write for.
    #[arg(long, value_enum, default_value = "slurm")]
    emit: Emit,
    /// Kubernetes: the container image holding this fluxsim (default `fluxsim:VERSION`).
    #[arg(long, value_name = "IMAGE")]
    image: Option<String>,
    /// Kubernetes: the persistent volume claim mounted at /sweep, holding the scenario (and
    /// journal) by their file names and receiving the shards in its directory --out.
    #[arg(long, value_name = "CLAIM", default_value = "fluxsim-sweep")]
    claim: String,
    /// Write the script to this file instead of printing it.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Replace the output file if it exists.
    #[arg(long, requires = "output")]
    force: bool,
}

/// A scheduler `sweep plan` writes for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Emit {
    /// A shell script that submits a Slurm job array and the merge with `sbatch`.
    Slurm,
    /// A Kubernetes Indexed Job of the tasks on a volume claim (the merge is run after it).
    Kubernetes,
}

/// Runs `fluxsim sweep` or its subcommand.
pub fn dispatch(cli: SweepCli, lang: Lang) -> Result<(), Failure> {
    match cli.command {
        Some(SweepCommand::Merge {
            dir,
            expect,
            json,
            output,
            force,
        }) => merged(&dir, expect, json, output.as_deref(), force, lang),
        Some(SweepCommand::Plan(plan)) => planned(&plan, lang),
        None => {
            let f = cli.sweep;
            let args = SweepArgs {
                file: f.file,
                seeds: f.seeds,
                first_seed: f.first_seed,
                journal: f.journal,
                threads: f.threads,
                until: f.until,
                json: f.json,
                simulate_all: f.simulate_all,
                lang,
                no_limits: f.no_limits,
            };
            match (f.task_count, f.out) {
                (Some(count), Some(out)) => {
                    let task = Task {
                        index: f.task_index,
                        count,
                        out,
                        force: f.force,
                    };
                    run_task(&args, &task)
                }
                (Some(_), None) | (None, _) => run(&args),
            }
        }
    }
}

/// What `fluxsim sweep` was asked to do.
#[derive(Debug)]
pub struct SweepArgs {
    /// Scenario file; the embedded default when absent.
    pub file: Option<PathBuf>,
    /// Replications.
    pub seeds: u64,
    /// Seed of the first replication.
    pub first_seed: u64,
    /// Commands to replay on each replication.
    pub journal: Option<PathBuf>,
    /// Worker threads (the machine's cores when absent).
    pub threads: Option<u64>,
    /// Stop each replication here instead of at the scenario's end.
    pub until: Option<SimTime>,
    /// JSON instead of the tables.
    pub json: bool,
    /// Every institution simulated by its mandate, whatever its role (the baseline).
    pub simulate_all: bool,
    /// Language of the tables.
    pub lang: crate::i18n::Lang,
    /// Run even past the estimated memory and work limits.
    pub no_limits: bool,
}

/// One task of a split sweep.
#[derive(Debug)]
struct Task {
    /// `--task-index`, if given.
    index: Option<u64>,
    /// `--task-count`.
    count: u64,
    /// `--out`.
    out: PathBuf,
    /// `--force`.
    force: bool,
}

/// Worker threads per core at most: more only adds switching, and ten thousand threads
/// bring a machine to its knees.
pub const THREADS_PER_CORE: usize = 4;

/// The worker threads to use: as asked, within [`THREADS_PER_CORE`] per core.
fn threads(asked: Option<u64>, lang: Lang) -> Option<usize> {
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    let cap = cores.saturating_mul(THREADS_PER_CORE);
    let asked = asked?;
    match usize::try_from(asked) {
        Ok(n) if n <= cap => Some(n),
        _ => {
            eprintln!(
                "{}",
                Note::ThreadsCapped { asked, cores, cap }.localized(lang)
            );
            Some(cap)
        }
    }
}

/// A sweep ready to run: the scenario and the commands of each replication.
struct Prepared {
    scenario: crate::scenario::Scenario,
    timeline: Vec<crate::journal::Timed>,
    seeds: Vec<u64>,
    until: SimTime,
    threads: Option<usize>,
    header: ShardHeader,
}

/// Reads the scenario and the journal, and checks the seeds.
fn prepare(args: &SweepArgs) -> Result<Prepared, Failure> {
    let source = load_source(args.file.as_ref())?;
    let mut scenario = parse_scenario(&source)?;
    let journal = match &args.journal {
        Some(path) => Some(read_as(path, Tail::Line).map_err(report)?),
        None => None,
    };
    let journal_hash = match &args.journal {
        Some(path) => {
            let bytes = std::fs::read(path).map_err(|err| Failure::Unreadable {
                path: path.display().to_string(),
                reason: err.to_string(),
            })?;
            Some(content_hash(&bytes))
        }
        None => None,
    };
    let recorded_all = journal
        .as_ref()
        .and_then(|j| j.header.as_ref())
        .is_some_and(|h| h.simulate_all);
    let simulate_all = args.simulate_all || recorded_all;
    if simulate_all {
        scenario.simulate_all();
    }
    if let Some(header) = journal.as_ref().and_then(|j| j.header.as_ref())
        && header.hash != scenario_hash(&source.text)
    {
        let note = Note::SweepScenarioChanged {
            scenario: source.name.clone(),
        };
        eprintln!("{}", note.localized(args.lang));
    }
    let seeds = SweepOptions::checked_seeds(args.first_seed, args.seeds).map_err(report)?;
    let until = until_within(args.until, &scenario, args.lang);
    let threads = threads(args.threads, args.lang);
    let timeline = timeline(&scenario, journal.as_ref());
    let header = ShardHeader {
        scenario: scenario.exercise.name.clone(),
        scenario_file: source.name.clone(),
        scenario_hash: scenario_hash(&source.text),
        journal_hash,
        simulate_all,
        first_seed: args.first_seed,
        seeds: args.seeds,
        until,
        commands: commands_until(&timeline, until),
    };
    Ok(Prepared {
        scenario,
        timeline,
        seeds,
        until,
        threads,
        header,
    })
}

/// Checks the estimated memory and work of `replications` on this machine's workers.
fn within_limits(args: &SweepArgs, p: &Prepared, replications: usize) -> Result<(), Failure> {
    if args.no_limits {
        return Ok(());
    }
    let workers = p
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, usize::from))
        .min(replications);
    Estimate::of(&p.scenario, p.until)
        .sweep_within_limits(replications, workers)
        .map_err(report)
}

/// Runs the sweep and prints its tables or its JSON.
pub fn run(args: &SweepArgs) -> Result<(), Failure> {
    let p = prepare(args)?;
    within_limits(args, &p, p.seeds.len())?;
    let options = SweepOptions {
        seeds: p.seeds.clone(),
        threads: p.threads,
        until: Some(p.until),
    };
    let result = sweep(&p.scenario, &p.timeline, &options).map_err(report)?;
    show(&result, args.json, None, args.lang)
}

/// Prints the sweep (or writes it to `output`), then fails if a replication lost people.
fn show(result: &Sweep, json: bool, output: Option<&Output>, lang: Lang) -> Result<(), Failure> {
    let text = if json {
        let mut json =
            serde_json::to_string_pretty(result).map_err(|e| Failure::Other(e.to_string()))?;
        json.push('\n');
        json
    } else {
        table(result, lang)
    };
    match output {
        Some(output) => output.write(text.as_bytes()).map_err(report)?,
        None => print!("{text}"),
    }
    match result.runs.iter().find(|r| !r.conserved) {
        Some(r) => Err(Failure::Note(Note::SweepNotConserved { seed: r.seed })),
        None => Ok(()),
    }
}

/// Runs one task of a split sweep and writes its shard.
fn run_task(args: &SweepArgs, task: &Task) -> Result<(), Failure> {
    let tasks = Tasks::resolve(task.index, task.count, |name| std::env::var(name).ok())
        .map_err(|e| plain(&e, args.lang))?;
    if task.count > args.seeds {
        return Err(plain(
            &ShardError::MoreTasksThanSeeds {
                tasks: task.count,
                seeds: args.seeds,
            },
            args.lang,
        ));
    }
    let p = prepare(args)?;
    let index = tasks.index.value();
    let block = Split {
        replications: args.seeds,
        tasks: task.count,
    }
    .block(index);
    let seeds: Vec<u64> = p
        .seeds
        .iter()
        .copied()
        .skip(usize::try_from(block.start).unwrap_or(usize::MAX))
        .take(usize::try_from(block.end.saturating_sub(block.start)).unwrap_or(usize::MAX))
        .collect();
    std::fs::create_dir_all(&task.out).map_err(|e| {
        let err = ShardError::Directory {
            path: task.out.display().to_string(),
            reason: e.to_string(),
        };
        plain(&err, args.lang)
    })?;
    let mut inputs = Vec::new();
    if let Some(file) = &args.file {
        inputs.push(Input::new(file, "file-scenario-read"));
    }
    if let Some(journal) = &args.journal {
        inputs.push(Input::new(journal, "file-journal-read"));
    }
    let path = task.out.join(Split::file_name(index));
    let output = Output::new(&path, "file-sweep-shard", task.force, &inputs).map_err(report)?;
    within_limits(args, &p, seeds.len())?;
    let (first, last) = (
        seeds.first().copied().unwrap_or(0),
        seeds.last().copied().unwrap_or(0),
    );
    let options = SweepOptions {
        seeds,
        threads: p.threads,
        until: Some(p.until),
    };
    let metrics = metrics(&p.scenario);
    let runs = replications(&p.scenario, &p.timeline, &options, &metrics);
    let shard = Shard::new(
        &p.header,
        tasks,
        &metrics,
        runs.as_ref()
            .map(Clone::clone)
            .map_err(|e| e.localized(Lang::En)),
    );
    output.write(shard.to_json().as_bytes()).map_err(report)?;
    let runs = runs.map_err(report)?;
    eprintln!(
        "{}",
        tr!(
            args.lang,
            "sweep-task-written",
            index = index.to_string(),
            count = task.count.to_string(),
            replications = runs.len(),
            first = first.to_string(),
            last = last.to_string(),
            path = path.display().to_string()
        )
    );
    match runs.iter().find(|r| !r.conserved) {
        Some(r) => Err(Failure::Note(Note::SweepNotConserved { seed: r.seed })),
        None => Ok(()),
    }
}

/// A shard's or a task's error as plain lines, message then advice: nothing is wrapped, so
/// the paths and the `--array=` list in a scheduler's log can be copied as they are.
fn plain(err: &ShardError, lang: Lang) -> Failure {
    let mut message = err.localized(lang);
    if let Some(help) = err.localized_help(lang) {
        message.push('\n');
        message += &help;
    }
    Failure::Other(message)
}

/// `fluxsim sweep merge DIR --expect K`.
fn merged(
    dir: &Path,
    expect: u64,
    json: bool,
    output: Option<&Path>,
    force: bool,
    lang: Lang,
) -> Result<(), Failure> {
    let output = match output {
        Some(path) => Some(Output::new(path, "file-sweep-merged", force, &[]).map_err(report)?),
        None => None,
    };
    let result = merge(dir, expect).map_err(|e| plain(&e, lang))?;
    show(&result, json, output.as_ref(), lang)
}

/// `fluxsim sweep plan`: the submit script, printed or written.
fn planned(plan: &PlanArgs, lang: Lang) -> Result<(), Failure> {
    if plan.task_count > plan.seeds {
        let err = ShardError::MoreTasksThanSeeds {
            tasks: plan.task_count,
            seeds: plan.seeds,
        };
        return Err(plain(&err, lang));
    }
    SweepOptions::checked_seeds(plan.first_seed, plan.seeds).map_err(report)?;
    // The scenario and the journal are read now, so a typo fails here and not on the cluster.
    let source = load_source(plan.file.as_ref())?;
    parse_scenario(&source)?;
    if let Some(journal) = &plan.journal {
        read_as(journal, Tail::Line).map_err(report)?;
    }
    let mut inputs = Vec::new();
    if let Some(file) = &plan.file {
        inputs.push(Input::new(file, "file-scenario-read"));
    }
    if let Some(journal) = &plan.journal {
        inputs.push(Input::new(journal, "file-journal-read"));
    }
    let output = match &plan.output {
        Some(path) => {
            Some(Output::new(path, "file-sweep-plan", plan.force, &inputs).map_err(report)?)
        }
        None => None,
    };
    let script = match plan.emit {
        Emit::Slurm => slurm_script(plan, lang)?,
        Emit::Kubernetes => kubernetes_job(plan),
    };
    match output {
        Some(output) => {
            output.write(script.as_bytes()).map_err(report)?;
            eprintln!(
                "{}",
                tr!(
                    lang,
                    "sweep-plan-written",
                    path = output.path().display().to_string()
                )
            );
        }
        None => print!("{script}"),
    }
    Ok(())
}

/// `path` as an absolute path (the jobs run elsewhere, from another directory).
fn absolute(path: &Path) -> Result<PathBuf, Failure> {
    std::path::absolute(path).map_err(|e| Failure::Unreadable {
        path: path.display().to_string(),
        reason: e.to_string(),
    })
}

/// `text` quoted for a POSIX shell.
fn quoted(text: &str) -> String {
    format!("'{}'", text.replace('\'', r"'\''"))
}

/// `text` for the inside of a double-quoted shell word: nothing in it is expanded.
fn in_double_quotes(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if matches!(c, '"' | '\\' | '$' | '`') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The Slurm submit script: a job array of the tasks, then the merge after all of them
/// (`--dependency=afterany:`), writing `sweep.json` and `sweep.txt` beside the shards.
fn slurm_script(plan: &PlanArgs, lang: Lang) -> Result<String, Failure> {
    let exe = std::env::current_exe().map_err(|e| Failure::Other(e.to_string()))?;
    let out = absolute(&plan.out)?;
    let k = plan.task_count;
    let mut task = vec![r#""$FLUXSIM""#.to_string(), "sweep".to_string()];
    if let Some(file) = &plan.file {
        task.push(quoted(&absolute(file)?.display().to_string()));
    }
    task.push(format!(
        "--seeds {} --first-seed {}",
        plan.seeds, plan.first_seed
    ));
    if let Some(journal) = &plan.journal {
        task.push(format!(
            "--journal {}",
            quoted(&absolute(journal)?.display().to_string())
        ));
    }
    if let Some(until) = plan.until {
        // Seconds are the finest unit a time is written in.
        task.push(format!("--until {}s", until.millis().div_euclid(1000)));
    }
    if plan.simulate_all {
        task.push("--simulate-all".into());
    }
    if plan.no_limits {
        task.push("--no-limits".into());
    }
    task.push(format!(
        r#"--threads {} --task-count {k} --out "$OUT""#,
        plan.cpus_per_task
    ));
    let scenario = plan
        .file
        .as_ref()
        .map_or_else(|| "(default)".to_string(), |f| f.display().to_string());
    // The closing line is said in the reader's language; the shell fills in the job ids.
    let (tasks_mark, merge_mark) = ("\u{1}tasks\u{1}", "\u{1}merge\u{1}");
    let submitted = in_double_quotes(&tr!(
        lang,
        "sweep-plan-submitted",
        tasks = tasks_mark,
        merge = merge_mark,
        out = out.display().to_string()
    ))
    .replace(tasks_mark, "$tasks")
    .replace(merge_mark, "$merge");
    let last = k.saturating_sub(1);
    let seeds = plan.seeds;
    let first = plan.first_seed;
    let last_seed = first.saturating_add(seeds.saturating_sub(1));
    let out_shown = out.display();
    let exe = in_double_quotes(&exe.display().to_string());
    let out_quoted = quoted(&out.display().to_string());
    let cpus = plan.cpus_per_task;
    let task = task.join(" ");
    Ok(format!(
        r#"#!/bin/sh
# fluxsim sweep of {scenario}: {seeds} replications (seeds {first}..={last_seed}) in {k} tasks
# of a Slurm job array, then their merge once every task has ended.
# Written by `fluxsim sweep plan`. Run it where `sbatch` works, with the fluxsim binary and
# {out_shown} on a file system every node sees:
#   sh THIS-SCRIPT                 submits every task, then the merge
#   sh THIS-SCRIPT --array=3,17    submits these tasks again (as the merge names them), then the merge
# Shards: {out_shown}/shard-*.json; the merged sweep: {out_shown}/sweep.json and sweep.txt;
# logs: {out_shown}/logs/.
set -eu
FLUXSIM="${{FLUXSIM:-{exe}}}"
OUT={out_quoted}
ARRAY="${{1:---array=0-{last}}}"
mkdir -p "$OUT/logs"
tasks=$(sbatch --parsable --job-name=fluxsim-sweep "$ARRAY" --ntasks=1 --cpus-per-task={cpus} \
    --output="$OUT/logs/task-%a.out" <<EOF
#!/bin/sh
exec {task}
EOF
)
tasks="${{tasks%%;*}}"
merge=$(sbatch --parsable --job-name=fluxsim-merge --dependency="afterany:$tasks" --ntasks=1 \
    --output="$OUT/logs/merge.out" <<EOF
#!/bin/sh
"$FLUXSIM" sweep merge "$OUT" --expect {k} --json -o "$OUT/sweep.json" &&
exec "$FLUXSIM" sweep merge "$OUT" --expect {k} -o "$OUT/sweep.txt"
EOF
)
merge="${{merge%%;*}}"
echo "{submitted}"
"#
    ))
}

/// Where the Kubernetes job mounts its volume claim.
const MOUNT: &str = "/sweep";

/// `path`'s file name under the job's mount (`/sweep/national.ron`).
fn mounted(path: &Path) -> String {
    let name = path
        .file_name()
        .map_or_else(|| "scenario".into(), |n| n.to_string_lossy());
    format!("{MOUNT}/{name}")
}

/// A string as a YAML scalar: JSON's double-quoted form, which YAML reads the same.
fn yaml(text: &str) -> String {
    serde_json::Value::String(text.to_string()).to_string()
}

/// The Kubernetes manifest: an Indexed Job of the tasks (each gets JOB_COMPLETION_INDEX)
/// on the volume claim, and how to merge once it is complete.
fn kubernetes_job(plan: &PlanArgs) -> String {
    let k = plan.task_count;
    let out = mounted(&plan.out);
    let mut args: Vec<String> = vec!["sweep".into()];
    if let Some(file) = &plan.file {
        args.push(mounted(file));
    }
    args.extend([
        "--seeds".into(),
        plan.seeds.to_string(),
        "--first-seed".into(),
        plan.first_seed.to_string(),
    ]);
    if let Some(journal) = &plan.journal {
        args.extend(["--journal".into(), mounted(journal)]);
    }
    if let Some(until) = plan.until {
        args.extend([
            "--until".into(),
            format!("{}s", until.millis().div_euclid(1000)),
        ]);
    }
    if plan.simulate_all {
        args.push("--simulate-all".into());
    }
    if plan.no_limits {
        args.push("--no-limits".into());
    }
    args.extend([
        "--threads".into(),
        plan.cpus_per_task.to_string(),
        "--task-count".into(),
        k.to_string(),
        "--out".into(),
        out.clone(),
    ]);
    let args = args.iter().map(|a| yaml(a)).collect::<Vec<_>>().join(", ");
    let image = plan
        .image
        .clone()
        .unwrap_or_else(|| format!("fluxsim:{}", env!("CARGO_PKG_VERSION")));
    let scenario = plan
        .file
        .as_ref()
        .map_or_else(|| "(default)".to_string(), |f| f.display().to_string());
    let (seeds, first, cpus) = (plan.seeds, plan.first_seed, plan.cpus_per_task);
    let last_seed = first.saturating_add(seeds.saturating_sub(1));
    let (image, claim) = (yaml(&image), yaml(&plan.claim));
    format!(
        r#"# fluxsim sweep of {scenario}: {seeds} replications (seeds {first}..={last_seed}) in {k} tasks
# of a Kubernetes Indexed Job (each task gets its index as JOB_COMPLETION_INDEX).
# Written by `fluxsim sweep plan --emit kubernetes`. The image runs this fluxsim
# ({version}); the claim is mounted at {MOUNT} and holds the scenario (and journal) by their
# file names; the shards go to {out}.
#   kubectl apply -f THIS-FILE
#   kubectl wait --for=condition=complete --timeout=24h job/fluxsim-sweep
# then, where the claim is mounted: fluxsim sweep merge {out} --expect {k}
# A task index that failed is named by the merge; run it again with
# fluxsim sweep ... --task-index I (same flags as below).
apiVersion: batch/v1
kind: Job
metadata:
  name: fluxsim-sweep
spec:
  completionMode: Indexed
  completions: {k}
  parallelism: {k}
  backoffLimit: {k}
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: task
          image: {image}
          command: ["fluxsim"]
          args: [{args}]
          resources:
            requests:
              cpu: "{cpus}"
          volumeMounts:
            - name: sweep
              mountPath: {MOUNT}
      volumes:
        - name: sweep
          persistentVolumeClaim:
            claimName: {claim}
"#,
        version = crate::sweep::version(),
    )
}
