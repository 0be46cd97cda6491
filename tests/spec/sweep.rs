//! Sweeps: replications over many seeds, in parallel, with the same results whatever the
//! number of threads, intervals that mean what they say, and a journal's commands applied
//! on every replication.

use std::collections::BTreeSet;
use std::path::PathBuf;

use fluxsim::Simulation;
use fluxsim::journal::{Header, Recorder, ScenarioSource, Tail, parse as parse_journal, read};
use fluxsim::journal::{run_timeline, script_commands};
use fluxsim::scenario::{Scenario, parse};
use fluxsim::sweep::{Sweep, SweepOptions, sweep, timeline};
use fluxsim::view::Role;

fn default_scenario() -> Scenario {
    crate::support::kosovo()
}

fn options(first: u64, count: u64, threads: usize) -> SweepOptions {
    SweepOptions {
        seeds: SweepOptions::seeds_from(first, count),
        threads: Some(threads),
        until: None,
    }
}

fn swept(
    scenario: &Scenario,
    journal: Option<&fluxsim::journal::Journal>,
    o: &SweepOptions,
) -> Sweep {
    sweep(scenario, &timeline(scenario, journal), o).expect("the sweep runs")
}

fn metric<'a>(s: &'a Sweep, name: &str) -> &'a fluxsim::sweep::Summary {
    s.metrics
        .iter()
        .find(|m| m.metric.name == name && m.metric.place.is_none())
        .and_then(|m| m.summary.as_ref())
        .unwrap_or_else(|| panic!("{name} summarised"))
}

#[test]
fn sweep_results_are_identical_on_one_and_two_threads() {
    let scenario = default_scenario();
    let one = swept(&scenario, None, &options(1, 12, 1));
    let two = swept(&scenario, None, &options(1, 12, 2));
    assert_eq!(one, two);
    let json = |s: &Sweep| serde_json::to_string(s).expect("serialises");
    assert_eq!(json(&one), json(&two), "bit for bit, floats included");
    let seeds: Vec<u64> = one.runs.iter().map(|r| r.seed).collect();
    assert_eq!(seeds, (1..=12).collect::<Vec<_>>(), "reduced in seed order");
}

#[test]
fn a_replication_is_the_run_of_its_seed() {
    let scenario = default_scenario();
    let s = swept(&scenario, None, &options(7, 2, 2));
    let mut sim = Simulation::new(&scenario, 8);
    let msel = timeline(&scenario, None);
    run_timeline(&mut sim, &msel, scenario.exercise.duration, None).expect("runs");
    let metrics = sim.metrics();
    assert_eq!(s.runs[1].seed, 8);
    assert_eq!(s.runs[1].events, metrics.events);
    assert_eq!(
        s.runs[1].values[0],
        Some(metrics.snapshot.totals.arrivals as f64)
    );
    assert_eq!(
        s.runs[1].gaps.iter().map(|&n| n as usize).sum::<usize>(),
        metrics.snapshot.gaps.len()
    );
}

#[test]
fn the_interval_contains_the_mean_and_the_mean_interval_narrows_with_more_seeds() {
    let scenario = default_scenario();
    let few = swept(&scenario, None, &options(1, 10, 2));
    let many = swept(&scenario, None, &options(1, 40, 2));
    for s in [&few, &many] {
        let a = metric(s, "arrivals");
        assert!(a.p5 <= a.mean && a.mean <= a.p95, "{a:?}");
        assert!(a.min <= a.p5 && a.p95 <= a.max, "{a:?}");
        assert!(a.p5 <= a.median && a.median <= a.p95, "{a:?}");
        let (low, high) = (a.mean_low.expect("n ≥ 2"), a.mean_high.expect("n ≥ 2"));
        assert!(low < a.mean && a.mean < high, "{a:?}");
    }
    let width = |s: &Sweep| {
        let a = metric(s, "arrivals");
        a.mean_high.unwrap_or(0.0) - a.mean_low.unwrap_or(0.0)
    };
    assert!(
        width(&many) < width(&few),
        "40 seeds: {}, 10 seeds: {}",
        width(&many),
        width(&few)
    );
    assert_eq!(few.replications, 10);
    assert_eq!(metric(&many, "arrivals").n, 40);
}

#[test]
fn different_seeds_give_different_replications() {
    let scenario = default_scenario();
    let s = swept(&scenario, None, &options(1, 5, 2));
    let distinct: BTreeSet<String> = s.runs.iter().map(|r| format!("{:?}", r.values)).collect();
    assert_eq!(distinct.len(), 5, "five seeds, five different outcomes");
    assert!(metric(&s, "arrivals").sd > 0.0);
    assert!(s.runs.iter().all(|r| r.conserved));
}

#[test]
fn every_gap_category_is_summarised_with_the_replications_that_had_it() {
    let scenario = default_scenario();
    let s = swept(&scenario, None, &options(1, 6, 2));
    assert_eq!(
        s.gaps.iter().map(|g| g.category).collect::<Vec<_>>(),
        (1..=8).collect::<Vec<_>>()
    );
    for g in &s.gaps {
        let with = s
            .runs
            .iter()
            .filter(|r| r.gaps[usize::from(g.category) - 1] > 0)
            .count();
        assert_eq!(g.replications_with, with);
        assert_eq!(g.summary.n, 6);
    }
    // The default scenario's contested chair is a static gap: in every replication.
    assert_eq!(s.gaps[1].replications_with, 6);
}

#[test]
fn per_place_metrics_name_every_crossing_registration_point_and_site() {
    let scenario = default_scenario();
    let s = swept(&scenario, None, &options(1, 2, 1));
    let places = |name: &str| -> Vec<String> {
        s.metrics
            .iter()
            .filter(|m| m.metric.name == name)
            .filter_map(|m| m.metric.place.clone())
            .collect()
    };
    let mut sim = Simulation::new(&scenario, 1);
    let snapshot = sim.snapshot();
    let of = |roles: &[Role]| -> Vec<String> {
        snapshot
            .places
            .iter()
            .filter(|p| roles.contains(&p.role))
            .map(|p| p.id.clone())
            .collect()
    };
    // Every place people queue at: crossings and registration points alike.
    let queues = of(&[Role::Bcp, Role::Registration]);
    assert!(queues.iter().any(|id| id == "reg_prizren"), "{queues:?}");
    assert_eq!(places("peak_queue"), queues);
    assert_eq!(places("mean_wait_min"), queues);
    assert_eq!(places("peak_occupancy"), of(&[Role::Reception]));
}

use crate::support::fluxsim;
use crate::support::scratch;

/// Reception settled and approved in the first hour: the early decision of the what-if.
const EARLY_APPROVAL: &str = r#"
Command(at: "T+30m", command: AssignFunction(by: "mia", function: "approve_reception", institution: "mia"))
Command(at: "T+1h", command: ApproveReception(by: "mia"))
"#;

/// The default scenario with `script`, recorded in a journal with seed 2018.
fn recorded(dir: &std::path::Path, script: &str) -> PathBuf {
    let source = crate::support::kosovo_source();
    let scenario = parse(&source).expect("valid");
    let path = dir.join("exercise.journal");
    let header = Header::new(
        &scenario,
        ScenarioSource::File(source.name.clone()),
        &source.text,
        2018,
    );
    let mut recorder = Recorder::create(&path, &header).expect("journal created");
    let script = parse_journal("script", script.as_bytes(), Tail::Line).expect("script reads");
    let mut sim = Simulation::new(&scenario, 2018);
    let commands = timeline(&scenario, Some(&script));
    run_timeline(
        &mut sim,
        &commands,
        scenario.exercise.duration,
        Some(&mut recorder),
    )
    .expect("the commands apply");
    path
}

#[test]
fn a_journal_applied_on_every_replication_shows_early_approval_lowering_hours_outdoors() {
    let dir = scratch("journal");
    let journal = read(&recorded(&dir, EARLY_APPROVAL)).expect("journal reads");
    let scenario = default_scenario();
    let o = options(1, 8, 2);
    let baseline = swept(&scenario, None, &o);
    let early = swept(&scenario, Some(&journal), &o);
    assert_eq!(early.commands, journal.commands().count());
    assert_eq!(
        early.commands,
        baseline.commands + 2,
        "the MSEL deliveries recorded in the journal and the two decisions"
    );
    let outdoors = |s: &Sweep| metric(s, "person_hours_outdoors").mean;
    assert!(
        outdoors(&early) < outdoors(&baseline),
        "early approval {} person-hours, without {}",
        outdoors(&early),
        outdoors(&baseline)
    );
}

#[test]
fn a_script_without_header_gets_the_msel_merged_like_run_commands() {
    let scenario = default_scenario();
    let script = parse_journal("script", EARLY_APPROVAL.as_bytes(), Tail::Line).expect("reads");
    let merged = timeline(&scenario, Some(&script));
    assert_eq!(
        merged.len(),
        scenario.msel.len() + script_commands(&script).len()
    );
    assert!(
        merged.windows(2).all(|w| w[0].at <= w[1].at),
        "in time order"
    );
}

/// Field names documented in docs/sweep-json.md: the first cell of each table row.
fn documented() -> BTreeSet<String> {
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/sweep-json.md"))
        .expect("doc exists");
    doc.lines()
        .filter_map(|l| l.strip_prefix("| `"))
        .filter_map(|l| l.split('`').next())
        .map(str::to_string)
        .collect()
}

fn keys(value: &serde_json::Value, out: &mut BTreeSet<String>) {
    if let Some(map) = value.as_object() {
        for (k, v) in map {
            out.insert(k.clone());
            keys(v, out);
        }
    } else if let Some(list) = value.as_array() {
        list.iter().for_each(|v| keys(v, out));
    }
}

#[test]
fn sweep_json_has_exactly_the_documented_fields() {
    let out = fluxsim(&[
        "sweep",
        &crate::support::fixture_path("kosovo-flux.ron"),
        "--seeds",
        "3",
        "--threads",
        "2",
        "--json",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(json["replications"], 3);
    let mut found = BTreeSet::new();
    keys(&json, &mut found);
    let documented = documented();
    let undocumented: Vec<_> = found.difference(&documented).collect();
    let missing: Vec<_> = documented.difference(&found).collect();
    assert!(
        undocumented.is_empty(),
        "not in docs/sweep-json.md: {undocumented:?}"
    );
    assert!(missing.is_empty(), "documented but absent: {missing:?}");
}

#[test]
fn sweep_table_says_which_interval_it_gives() {
    let out = fluxsim(&[
        "sweep",
        &crate::support::fixture_path("kosovo-flux.ron"),
        "--seeds",
        "4",
        "--first-seed",
        "10",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("4 replications (seeds 10..=13)"), "{text}");
    assert!(text.contains("5th-95th percentiles"), "{text}");
    assert!(text.contains("Student t"), "{text}");
    for metric in [
        "arrivals",
        "person-hours outdoors at night",
        "longest queue",
        "mean time to referral (min)",
    ] {
        assert!(text.lines().any(|l| l.starts_with(metric)), "{metric} row");
    }
    assert!(text.contains("5 capacity gap"), "{text}");
}

#[test]
fn sweep_refuses_zero_seeds_and_names_a_missing_journal() {
    let zero = fluxsim(&["sweep", "--seeds", "0"]);
    assert_eq!(zero.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&zero.stderr).contains("--seeds"));
    let missing = fluxsim(&[
        "sweep",
        "--seeds",
        "2",
        "--journal",
        "/nonexistent/x.journal",
    ]);
    assert_eq!(missing.status.code(), Some(1));
    let err = String::from_utf8_lossy(&missing.stderr);
    assert!(err.contains("/nonexistent/x.journal"), "{err}");
}

#[test]
fn sweep_names_the_seed_and_line_of_a_refused_command() {
    let dir = scratch("refused");
    let script = dir.join("bad.commands");
    std::fs::write(
        &script,
        "Command(at: \"T+1h\", command: CloseBcp(bcp: \"nowhere\"))\n",
    )
    .expect("written");
    let out = fluxsim(&[
        "sweep",
        &crate::support::fixture_path("kosovo-flux.ron"),
        "--seeds",
        "2",
        "--journal",
        &script.display().to_string(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("seed 1") || err.contains("seed 2"), "{err}");
    assert!(err.contains("bad.commands:1"), "{err}");
    assert!(err.contains("nowhere"), "{err}");
}

#[test]
fn a_state_triggered_inject_fires_where_each_replication_meets_its_trigger() {
    use fluxsim::Command;
    use fluxsim::scenario::InjectTrigger;
    let mut scenario = default_scenario();
    scenario.msel.push(crate::support::triggered(
        95,
        InjectTrigger::QueueOver {
            bcp: "vermice".into(),
            people: 200,
        },
    ));
    // The recorded exercise delivered it when its own queue passed 200.
    let script = parse_journal(
        "script",
        b"Command(at: \"T+5h\", command: DeliverInject(number: 95))\n",
        Tail::Line,
    )
    .expect("reads");
    let commands = timeline(&scenario, Some(&script));
    assert!(
        !commands
            .iter()
            .any(|t| t.command == Command::DeliverInject { number: 95 }),
        "left to each replication's trigger"
    );
    let delivered = |seed: u64| {
        let mut sim = Simulation::new(&scenario, seed);
        run_timeline(&mut sim, &commands, scenario.exercise.duration, None).expect("runs");
        let times: Vec<i64> = sim
            .informed()
            .iter()
            .filter(|i| i.what.english().starts_with("inject 95:"))
            .map(|i| i.at_ms)
            .collect();
        assert_eq!(times.len(), 1, "seed {seed}: delivered once, to police");
        times[0]
    };
    for seed in [1, 2] {
        assert_ne!(
            delivered(seed),
            5 * 3_600_000,
            "seed {seed}: at its own trigger, not the recorded T+5h"
        );
    }
}
