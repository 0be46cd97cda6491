//! Sweeps on a cluster scheduler: a sweep split into tasks (the index from the command line,
//! Slurm's SLURM_ARRAY_TASK_ID or Kubernetes' JOB_COMPLETION_INDEX), one shard per task, and
//! the merge that gives exactly the one-machine sweep; the submit script `sweep plan` writes.
//! Every case runs the real binary, as a scheduler would.

use std::path::Path;
use std::process::{Command, Output};

use crate::support::{fixture_path, path, scratch};

/// The small scenario the cluster specs sweep (24 hours).
fn tutorial() -> String {
    fixture_path("tutorial.ron")
}

/// The binary with `args`, in English, with `env` set and no scheduler variable inherited.
fn fluxsim_with(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_fluxsim"));
    command
        .args(args)
        .env("NO_COLOR", "1")
        .env("FLUXSIM_LANG", "en")
        .env_remove("SLURM_ARRAY_TASK_ID")
        .env_remove("JOB_COMPLETION_INDEX");
    for (name, value) in env {
        command.env(name, value);
    }
    command.output().expect("fluxsim runs")
}

fn fluxsim(args: &[&str]) -> Output {
    fluxsim_with(args, &[])
}

fn ok(out: &Output) -> String {
    assert!(
        out.status.success(),
        "exit {:?}: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn failed(out: &Output) -> String {
    assert_eq!(
        out.status.code(),
        Some(1),
        "stdout: {}\nstderr: {}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!err.contains("panicked"), "{err}");
    err
}

/// The sweep of `seeds` replications on this machine, as JSON.
fn local_json(scenario: &str, seeds: u64) -> String {
    ok(&fluxsim(&[
        "sweep",
        scenario,
        "--seeds",
        &seeds.to_string(),
        "--json",
    ]))
}

/// Runs task `index` of `count` of the sweep of `seeds` replications into `dir`.
fn task(scenario: &str, seeds: u64, count: u64, index: u64, dir: &Path) -> Output {
    fluxsim(&[
        "sweep",
        scenario,
        "--seeds",
        &seeds.to_string(),
        "--task-count",
        &count.to_string(),
        "--task-index",
        &index.to_string(),
        "--out",
        path(dir),
        "--threads",
        "1",
    ])
}

fn merge(dir: &Path, expect: u64, json: bool) -> Output {
    let expect = expect.to_string();
    let mut args = vec!["sweep", "merge", path(dir), "--expect", &expect];
    if json {
        args.push("--json");
    }
    fluxsim(&args)
}

#[test]
fn shards_merged_are_the_local_sweep_bit_for_bit_for_one_three_and_seven_tasks() {
    let scenario = tutorial();
    let local = local_json(&scenario, 7);
    let local_table = ok(&fluxsim(&["sweep", &scenario, "--seeds", "7"]));
    for count in [1, 3, 7] {
        let dir = scratch(&format!("split-{count}"));
        for index in 0..count {
            ok(&task(&scenario, 7, count, index, &dir));
        }
        let shards = std::fs::read_dir(&*dir).expect("shard directory").count();
        assert_eq!(shards, count as usize, "one shard per task");
        let merged = ok(&merge(&dir, count, true));
        assert_eq!(merged, local, "{count} tasks: the same JSON, byte for byte");
        let table = ok(&merge(&dir, count, false));
        assert_eq!(table, local_table, "{count} tasks: the same tables");
    }
}

#[test]
fn a_replication_keeps_its_seed_whatever_the_split() {
    let scenario = tutorial();
    let dir = scratch("seeds");
    ok(&task(&scenario, 7, 3, 1, &dir));
    let shard: serde_json::Value = serde_json::from_slice(
        &std::fs::read(dir.join("shard-00001.json")).expect("task 1's shard"),
    )
    .expect("JSON");
    // 7 replications in 3 tasks: 0–1, 2–3, 4–6; replication r runs seed 1 + r.
    let runs: Vec<(u64, u64)> = shard["runs"]
        .as_array()
        .expect("runs")
        .iter()
        .map(|r| {
            (
                r["replication"].as_u64().unwrap_or(u64::MAX),
                r["seed"].as_u64().unwrap_or(u64::MAX),
            )
        })
        .collect();
    assert_eq!(runs, [(2, 3), (3, 4)]);
    assert_eq!(shard["task_index"], 1);
    assert_eq!(shard["task_count"], 3);
    assert!(
        shard["scenario_hash"]
            .as_str()
            .is_some_and(|h| h.starts_with("fnv1a64:"))
    );
    assert!(
        shard["version"]
            .as_str()
            .is_some_and(|v| v.contains("model"))
    );
}

#[test]
fn the_task_index_comes_from_slurm_or_kubernetes_when_not_given() {
    let scenario = tutorial();
    let dir = scratch("scheduler-env");
    let run = |env: &[(&str, &str)]| {
        fluxsim_with(
            &[
                "sweep",
                &scenario,
                "--seeds",
                "6",
                "--task-count",
                "3",
                "--out",
                path(&dir),
                "--threads",
                "1",
            ],
            env,
        )
    };
    ok(&run(&[("SLURM_ARRAY_TASK_ID", "0")]));
    ok(&run(&[("SLURM_ARRAY_TASK_ID", "1")]));
    ok(&run(&[("JOB_COMPLETION_INDEX", "2")]));
    for index in 0..3 {
        assert!(dir.join(format!("shard-0000{index}.json")).is_file());
    }
    assert_eq!(ok(&merge(&dir, 3, true)), local_json(&scenario, 6));
}

#[test]
fn the_task_index_flag_wins_over_the_schedulers_variable() {
    let scenario = tutorial();
    let dir = scratch("flag-wins");
    let out = fluxsim_with(
        &[
            "sweep",
            &scenario,
            "--seeds",
            "6",
            "--task-count",
            "3",
            "--task-index",
            "2",
            "--out",
            path(&dir),
        ],
        &[("SLURM_ARRAY_TASK_ID", "0")],
    );
    ok(&out);
    assert!(dir.join("shard-00002.json").is_file());
    assert!(!dir.join("shard-00000.json").exists());
}

#[test]
fn a_task_without_an_index_or_out_of_range_says_so() {
    let scenario = tutorial();
    let dir = scratch("no-index");
    let base = [
        "sweep",
        scenario.as_str(),
        "--seeds",
        "6",
        "--task-count",
        "3",
        "--out",
        path(&dir),
    ];
    let none = failed(&fluxsim(&base));
    assert!(none.contains("no task index"), "{none}");
    assert!(none.contains("--task-index"), "{none}");
    assert!(none.contains("SLURM_ARRAY_TASK_ID"), "{none}");
    assert!(none.contains("JOB_COMPLETION_INDEX"), "{none}");
    let from_slurm = failed(&fluxsim_with(&base, &[("SLURM_ARRAY_TASK_ID", "3")]));
    assert!(
        from_slurm.contains("SLURM_ARRAY_TASK_ID=3 is out of range for --task-count 3"),
        "{from_slurm}"
    );
    assert!(from_slurm.contains("0 to 2"), "{from_slurm}");
    let mut flagged = base.to_vec();
    flagged.extend(["--task-index", "7"]);
    let from_flag = failed(&fluxsim(&flagged));
    assert!(
        from_flag.contains("--task-index 7 is out of range for --task-count 3"),
        "{from_flag}"
    );
    let garbled = failed(&fluxsim_with(&base, &[("JOB_COMPLETION_INDEX", "two")]));
    assert!(
        garbled.contains("JOB_COMPLETION_INDEX=two is not a task index"),
        "{garbled}"
    );
    assert_eq!(
        std::fs::read_dir(&*dir).map(|d| d.count()).unwrap_or(0),
        0,
        "nothing written"
    );
}

#[test]
fn a_task_never_writes_over_its_shard_without_force() {
    let scenario = tutorial();
    let dir = scratch("no-overwrite");
    ok(&task(&scenario, 4, 2, 0, &dir));
    let shard = dir.join("shard-00000.json");
    std::fs::write(&shard, "kept").expect("written");
    let again = failed(&task(&scenario, 4, 2, 0, &dir));
    assert!(again.contains("shard-00000.json"), "{again}");
    assert!(again.contains("--force"), "{again}");
    assert_eq!(std::fs::read_to_string(&shard).expect("reads"), "kept");
    let forced = fluxsim(&[
        "sweep",
        &scenario,
        "--seeds",
        "4",
        "--task-count",
        "2",
        "--task-index",
        "0",
        "--out",
        path(&dir),
        "--force",
    ]);
    ok(&forced);
    assert_ne!(std::fs::read_to_string(&shard).expect("reads"), "kept");
    let leftovers: Vec<_> = std::fs::read_dir(&*dir)
        .expect("dir")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n != "shard-00000.json")
        .collect();
    assert!(
        leftovers.is_empty(),
        "no temporary file left: {leftovers:?}"
    );
}

#[test]
fn a_shard_of_another_scenario_is_refused_naming_the_file() {
    let dir = scratch("other-scenario");
    ok(&task(&tutorial(), 4, 2, 0, &dir));
    ok(&fluxsim(&[
        "sweep",
        &fixture_path("kosovo-flux.ron"),
        "--seeds",
        "4",
        "--until",
        "2h",
        "--task-count",
        "2",
        "--task-index",
        "1",
        "--out",
        path(&dir),
    ]));
    let err = failed(&merge(&dir, 2, true));
    assert!(err.contains("shard-00001.json"), "{err}");
    assert!(err.contains("another scenario"), "{err}");
    assert!(
        err.contains("shard-00000.json"),
        "names the shard it differs from: {err}"
    );
}

#[test]
fn a_shard_of_another_sweep_or_split_is_refused() {
    let scenario = tutorial();
    let dir = scratch("other-sweep");
    ok(&task(&scenario, 4, 2, 0, &dir));
    ok(&task(&scenario, 6, 2, 1, &dir));
    let err = failed(&merge(&dir, 2, false));
    assert!(err.contains("another sweep"), "{err}");
    assert!(err.contains("seeds 1..=6"), "{err}");
    let split = failed(&merge(&dir, 3, false));
    assert!(
        split.contains("split into 2 tasks, not --expect 3"),
        "{split}"
    );
}

#[test]
fn missing_tasks_are_reported_in_slurm_array_syntax() {
    let scenario = tutorial();
    let dir = scratch("missing");
    for index in [0, 2, 6] {
        ok(&task(&scenario, 7, 7, index, &dir));
    }
    let err = failed(&merge(&dir, 7, true));
    assert!(err.contains("4 of 7 tasks have no shard"), "{err}");
    assert!(err.contains("--array=1,3-5"), "{err}");
    let empty = scratch("none-yet");
    let none = failed(&merge(&empty, 3, true));
    assert!(none.contains("--array=0-2"), "{none}");
}

#[test]
fn a_failed_task_leaves_a_shard_saying_why_and_the_merge_names_it() {
    let scenario = tutorial();
    let dir = scratch("failed-task");
    let script = dir.join("bad.commands");
    std::fs::write(
        &script,
        "Command(at: \"T+1h\", command: CloseBcp(bcp: \"nowhere\"))\n",
    )
    .expect("written");
    let shards = dir.join("shards");
    let run = |index: &str| {
        fluxsim(&[
            "sweep",
            &scenario,
            "--seeds",
            "4",
            "--journal",
            path(&script),
            "--task-count",
            "2",
            "--task-index",
            index,
            "--out",
            path(&shards),
        ])
    };
    let err = failed(&run("1"));
    assert!(err.contains("nowhere"), "{err}");
    assert!(
        shards.join("shard-00001.json").is_file(),
        "the failure is kept"
    );
    let merged = failed(&merge(&shards, 2, true));
    assert!(merged.contains("1 of 2 tasks have no shard"), "{merged}");
    assert!(
        merged.contains("task 1 failed: replication with seed 3"),
        "{merged}"
    );
    assert!(merged.contains("--array=0,1"), "{merged}");
}

#[test]
fn a_cut_or_foreign_shard_gets_a_clear_error() {
    let scenario = tutorial();
    let dir = scratch("corrupt");
    ok(&task(&scenario, 4, 2, 0, &dir));
    ok(&task(&scenario, 4, 2, 1, &dir));
    let shard = dir.join("shard-00001.json");
    let text = std::fs::read_to_string(&shard).expect("reads");
    std::fs::write(&shard, &text[..text.len() / 2]).expect("cut");
    let cut = failed(&merge(&dir, 2, true));
    assert!(cut.contains("shard-00001.json"), "{cut}");
    assert!(cut.contains("is not a readable shard"), "{cut}");
    assert!(cut.contains("line"), "says where: {cut}");
    std::fs::write(&shard, "{\"hello\": 1}").expect("written");
    let foreign = failed(&merge(&dir, 2, true));
    assert!(foreign.contains("no fluxsim sweep shard"), "{foreign}");
    let tampered = text.replace("\"seed\": 3", "\"seed\": 30");
    std::fs::write(&shard, tampered).expect("written");
    let seeds = failed(&merge(&dir, 2, true));
    assert!(
        seeds.contains("not the first seed plus its number"),
        "{seeds}"
    );
}

#[test]
fn the_slurm_plan_submits_the_array_then_the_merge_after_it() {
    let scenario = tutorial();
    let dir = scratch("plan");
    let shards = dir.join("shards");
    let out = ok(&fluxsim(&[
        "sweep",
        "plan",
        &scenario,
        "--seeds",
        "6",
        "--task-count",
        "3",
        "--emit",
        "slurm",
        "--out",
        path(&shards),
    ]));
    assert!(out.starts_with("#!/bin/sh\n"), "{out}");
    for expected in [
        "sbatch --parsable --job-name=fluxsim-sweep \"$ARRAY\"",
        "--array=0-2",
        "--dependency=\"afterany:$tasks\"",
        "--seeds 6 --first-seed 1",
        "--task-count 3 --out \"$OUT\"",
        "sweep merge \"$OUT\" --expect 3 --json -o \"$OUT/sweep.json\"",
        env!("CARGO_BIN_EXE_fluxsim"),
        &scenario,
        path(&shards),
    ] {
        assert!(out.contains(expected), "{expected} in:\n{out}");
    }
    let check = Command::new("sh").arg("-n").arg("-c").arg(&out).output();
    if let Ok(check) = check {
        assert!(
            check.status.success(),
            "{}",
            String::from_utf8_lossy(&check.stderr)
        );
    }
    let file = dir.join("submit.sh");
    let args = [
        "sweep",
        "plan",
        scenario.as_str(),
        "--seeds",
        "6",
        "--task-count",
        "3",
        "--out",
        path(&shards),
        "-o",
        path(&file),
    ];
    ok(&fluxsim(&args));
    assert_eq!(std::fs::read_to_string(&file).expect("written"), out);
    let again = failed(&fluxsim(&args));
    assert!(again.contains("--force"), "{again}");
    let more = failed(&fluxsim(&[
        "sweep",
        "plan",
        &scenario,
        "--seeds",
        "2",
        "--task-count",
        "3",
    ]));
    assert!(more.contains("3 tasks for 2 replications"), "{more}");
}

#[test]
fn the_kubernetes_plan_is_an_indexed_job_of_the_tasks_on_a_volume() {
    let out = ok(&fluxsim(&[
        "sweep",
        "plan",
        &tutorial(),
        "--seeds",
        "6",
        "--task-count",
        "3",
        "--emit",
        "kubernetes",
        "--image",
        "registry.example/fluxsim:test",
        "--until",
        "12h",
    ]));
    for expected in [
        "kind: Job",
        "completionMode: Indexed",
        "completions: 3",
        "parallelism: 3",
        "image: \"registry.example/fluxsim:test\"",
        "command: [\"fluxsim\"]",
        "args: [\"sweep\", \"/sweep/tutorial.ron\", \"--seeds\", \"6\", \"--first-seed\", \"1\", \"--until\", \"43200s\", \"--threads\", \"1\", \"--task-count\", \"3\", \"--out\", \"/sweep/fluxsim-sweep\"]",
        "claimName: \"fluxsim-sweep\"",
        "fluxsim sweep merge /sweep/fluxsim-sweep --expect 3",
    ] {
        assert!(out.contains(expected), "{expected} in:\n{out}");
    }
}

/// Submits the plan's job array and merge to the Slurm cluster on this machine, waits for
/// the merge, and compares its result with the local sweep.
#[test]
#[ignore = "needs a single-node Slurm cluster: scripts/slurm-single-node.sh"]
fn a_slurm_job_array_merges_to_the_local_sweep() {
    let sinfo = Command::new("sinfo").args(["-h", "-o", "%t"]).output();
    let idle = sinfo.as_ref().is_ok_and(|o| {
        String::from_utf8_lossy(&o.stdout)
            .lines()
            .any(|l| l == "idle")
    });
    assert!(
        idle,
        "no idle Slurm node: start one with scripts/slurm-single-node.sh ({sinfo:?})"
    );
    let scenario = tutorial();
    let dir = scratch("slurm");
    let shards = dir.join("shards");
    let script = dir.join("submit.sh");
    ok(&fluxsim(&[
        "sweep",
        "plan",
        &scenario,
        "--seeds",
        "6",
        "--task-count",
        "3",
        "--emit",
        "slurm",
        "--out",
        path(&shards),
        "-o",
        path(&script),
    ]));
    let submitted = Command::new("sh").arg(&script).output().expect("sh runs");
    assert!(
        submitted.status.success(),
        "{}",
        String::from_utf8_lossy(&submitted.stderr)
    );
    let merged = shards.join("sweep.json");
    // Wait until neither the tasks nor the merge are queued or running any more.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(300);
    while std::time::Instant::now() < deadline {
        let queue = Command::new("squeue")
            .args(["-h", "-n", "fluxsim-sweep,fluxsim-merge"])
            .output()
            .expect("squeue runs");
        if queue.stdout.is_empty() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(500));
    }
    let log = std::fs::read_to_string(shards.join("logs/merge.out")).unwrap_or_default();
    let json = std::fs::read_to_string(&merged)
        .unwrap_or_else(|e| panic!("no merged sweep ({e}); the merge's log:\n{log}"));
    assert_eq!(
        json,
        local_json(&scenario, 6),
        "the cluster's sweep is the local one"
    );
    for index in 0..3 {
        assert!(shards.join(format!("shard-0000{index}.json")).is_file());
    }
}
