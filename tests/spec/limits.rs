//! Bounded resources: a scenario estimated past the memory or work limits is flagged by
//! `check` at the line that makes it big and refused by `run` with a plain explanation
//! (`--no-limits` lifts that); the shipped million-person scenario and its sweeps stay well
//! inside; sweep arguments that would exhaust the machine or wrap round are refused.

use std::path::Path;
use std::process::{Command as Process, Stdio};
use std::time::Duration;

use fluxsim::scenario::limits::{EVENTS_LIMIT, Estimate, MEMORY_LIMIT, SWEEP_EVENTS_LIMIT};

use crate::support::{flat, fluxsim, path};
use crate::support::{scratch, shipped};

/// The tutorial with `from` replaced by `to` (the replacement must happen).
fn tutorial_with(dir: &Path, name: &str, from: &str, to: &str) -> std::path::PathBuf {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/scenarios/tutorial.ron"
    ))
    .expect("tutorial");
    assert!(text.contains(from), "the tutorial holds {from}");
    let file = dir.join(name);
    std::fs::write(&file, text.replacen(from, to, 1)).expect("scenario");
    file
}

#[test]
fn the_million_person_scenario_and_its_sweeps_stay_well_inside_the_limits() {
    let balkan = shipped("balkan-route-90d.ron");
    let estimate = Estimate::of(&balkan, balkan.exercise.duration);
    assert!(
        (0.9e6..1.2e6).contains(&estimate.people),
        "about a million people: {}",
        estimate.people
    );
    assert!(estimate.memory * 10.0 < MEMORY_LIMIT, "{estimate:?}");
    assert!(estimate.events * 50.0 < EVENTS_LIMIT, "{estimate:?}");
    // The default sweep: 200 seeds on up to 8 threads.
    assert!(estimate.memory * 8.0 * 2.0 < MEMORY_LIMIT);
    assert!(estimate.events * 200.0 * 10.0 < SWEEP_EVENTS_LIMIT);
    assert!(estimate.sweep_within_limits(200, 8).is_ok());
}

#[test]
fn a_surge_of_a_thousand_million_is_flagged_by_check_and_refused_by_run() {
    let dir = scratch("limits-surge");
    let file = tutorial_with(
        &dir,
        "surge.ron",
        "surges: [",
        "surges: [(at: \"20h\", people: 1000000000, over: \"1h\"), ",
    );
    let check = fluxsim(&["check", path(&file)]);
    assert!(check.status.success(), "valid, with a warning");
    let said = flat(&check.stdout);
    assert!(said.contains("this run would need about"), "{said}");
    assert!(said.contains("past the limits of 4.0 GiB"), "{said}");
    let surge_line = std::fs::read_to_string(&file)
        .expect("scenario")
        .lines()
        .position(|l| l.contains("1000000000"))
        .expect("the surge's line")
        + 1;
    assert!(
        said.contains(&format!("{}:{surge_line}:", path(&file))),
        "located at the surge, line {surge_line}: {said}"
    );

    let run = fluxsim(&["run", path(&file)]);
    assert_eq!(run.status.code(), Some(1));
    let said = flat(&run.stderr);
    assert!(
        said.contains("about 1.0 thousand million people arrive by T+"),
        "{said}"
    );
    assert!(said.contains("pass --no-limits to run it anyway"), "{said}");
    assert!(run.stdout.is_empty(), "nothing was run");
}

#[test]
fn a_century_sampled_every_second_is_refused_and_no_limits_lets_it_start() {
    let dir = scratch("limits-century");
    let file = dir.join("century.ron");
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/scenarios/tutorial.ron"
    ))
    .expect("tutorial")
    .replacen("duration: \"", "duration: \"36500d\", //", 1)
    .replacen("sample_every: \"", "sample_every: \"1s\", //", 1);
    std::fs::write(&file, text).expect("scenario");

    let run = fluxsim(&["run", path(&file)]);
    assert_eq!(run.status.code(), Some(1));
    let said = flat(&run.stderr);
    assert!(
        said.contains("thousand million samples of 5 places up to T+36500d"),
        "{said}"
    );

    // Lifted, the run starts (and would take its time: it is stopped here).
    let mut child = Process::new(env!("CARGO_BIN_EXE_fluxsim"))
        .args(["run", path(&file), "--no-limits"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("fluxsim starts");
    std::thread::sleep(Duration::from_millis(1500));
    let still_running = child.try_wait().expect("waitable").is_none();
    child.kill().ok();
    let _ = child.wait();
    assert!(still_running, "--no-limits lets the run go ahead");
}

#[test]
fn sweep_refuses_seed_counts_and_ranges_it_cannot_run_and_caps_threads() {
    let huge = fluxsim(&["sweep", "--seeds", "18446744073709551615"]);
    assert_eq!(huge.status.code(), Some(1));
    assert!(
        flat(&huge.stderr).contains(
            "--seeds 18446744073709551615 is more than a sweep runs: at most 1000000 replications"
        ),
        "{}",
        flat(&huge.stderr)
    );
    let big = fluxsim(&["sweep", "--seeds", "100000000000"]);
    assert_eq!(big.status.code(), Some(1));

    let wraps = fluxsim(&[
        "sweep",
        "--first-seed",
        "18446744073709551615",
        "--seeds",
        "2",
    ]);
    assert_eq!(wraps.status.code(), Some(1));
    let said = flat(&wraps.stderr);
    assert!(
        said.contains("2 seeds from 18446744073709551615 on go past the largest seed"),
        "{said}"
    );
    assert!(
        said.contains("--first-seed 18446744073709551614 or lower"),
        "{said}"
    );

    let threads = fluxsim(&[
        "sweep",
        "--seeds",
        "3",
        "--threads",
        "10000",
        "--until",
        "2h",
    ]);
    assert!(threads.status.success(), "{}", flat(&threads.stderr));
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    assert!(
        flat(&threads.stderr).contains(&format!(
            "--threads 10000 is more than 4 per core on this machine ({cores} cores); {} threads are used",
            cores * 4
        )),
        "{}",
        flat(&threads.stderr)
    );
}

#[test]
fn run_until_past_the_end_stops_at_the_end_and_says_so() {
    let out = fluxsim(&["run", "--until", "999999999d"]);
    assert!(out.status.success(), "{}", flat(&out.stderr));
    assert!(
        flat(&out.stderr).contains(
            "T+999999999d is past the end of the exercise at T+3d; the run stops at its end"
        ),
        "{}",
        flat(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("ran to T+3d"));
}

#[test]
fn a_run_reporting_its_progress_ends_in_the_same_state() {
    use fluxsim::journal::{PROGRESS_STEP, run_timeline, run_timeline_with, with_msel};
    use fluxsim::{SimTime, Simulation};
    let scenario = shipped("kosovo-flux.ron");
    let timeline = with_msel(&scenario, Vec::new());
    let end = scenario.exercise.duration;
    let mut quiet = Simulation::new(&scenario, 7);
    run_timeline(&mut quiet, &timeline, end, None).expect("runs");
    let mut reported = Vec::new();
    let mut watched = Simulation::new(&scenario, 7);
    let mut progress = |t: SimTime| reported.push(t);
    run_timeline_with(&mut watched, &timeline, end, None, Some(&mut progress)).expect("runs");
    assert_eq!(watched.digest(), quiet.digest());
    assert!(reported.windows(2).all(|w| w[0] <= w[1]), "{reported:?}");
    assert_eq!(reported.last(), Some(&end));
    assert!(reported.len() as i64 >= end.millis() / PROGRESS_STEP.millis());
}
