//! The JSON summary of `fluxsim run` is stable and documented: every field in
//! docs/run-json.md is present, and nothing undocumented appears.

use std::collections::BTreeSet;

/// Field names documented in docs/run-json.md: the first cell of each table row.
fn documented() -> BTreeSet<String> {
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/run-json.md"))
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
            // `departed`, `stages` and a gap's `values` are maps keyed by data, documented
            // as a whole.
            if !["departed", "stages", "values"].contains(&k.as_str()) {
                keys(v, out);
            }
        }
    } else if let Some(list) = value.as_array() {
        list.iter().for_each(|v| keys(v, out));
    }
}

#[test]
fn run_json_has_exactly_the_documented_fields() {
    // A run with a role change, a player's action, a facilitator's note, an observation and
    // an inject that expects a decision, so every documented field has a value to appear in.
    let dir = crate::support::scratch("run-json");
    let scenario = dir.join("kosovo-flux.ron");
    let text = crate::support::kosovo_source().text.replacen(
        r#"(number: 1, at: "T+30m","#,
        r#"(number: 1, at: "T+30m", expect: [(decision: DeclarePhase, subject: Some("alert"), within: "1h")],"#,
        1,
    );
    assert!(
        text.contains("expect: ["),
        "the inject to extend is in the fixture"
    );
    std::fs::write(&scenario, text).expect("scenario");
    let script = dir.join("script.txt");
    std::fs::write(
        &script,
        "Command(at: \"T+1h\", command: SetRole(institution: \"mia\", role: Played))\n\
         Command(at: \"T+1h\", command: Decision(by: \"mia\", decision: DeclarePhase(phase: \"alert\")))\n\
         Command(at: \"T+2h\", command: Action(by: \"mia\", text: \"press release\"))\n\
         Command(at: \"T+3h\", command: Note(text: \"coffee\"))\n\
         Command(at: \"T+4h\", command: Observe(text: \"slow\", capability: \"Planning\", institution: \"mia\", inject: 1, rating: S), origin: Evaluator)\n",
    )
    .expect("script");
    let out = crate::support::fluxsim(&[
        "run",
        crate::support::path(&scenario),
        "--seed",
        "1",
        "--commands",
        crate::support::path(&script),
        "--format",
        "json",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let mut found = BTreeSet::new();
    keys(&json, &mut found);
    let documented = documented();
    let undocumented: Vec<_> = found.difference(&documented).collect();
    let missing: Vec<_> = documented.difference(&found).collect();
    assert!(
        undocumented.is_empty(),
        "fields missing from docs/run-json.md: {undocumented:?}"
    );
    assert!(
        missing.is_empty(),
        "documented fields not in the output: {missing:?}"
    );
}

#[test]
fn output_into_a_pipe_closed_early_ends_quietly() {
    use std::process::{Command, Stdio};
    // `fluxsim run | head -1` closes the pipe before the summary is printed.
    let mut child = Command::new(env!("CARGO_BIN_EXE_fluxsim"))
        .args(["run", &crate::support::fixture_path("kosovo-flux.ron")])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("fluxsim starts");
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("fluxsim ends");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_ne!(out.status.code(), Some(101), "a panic's exit code");
}

#[test]
fn the_plain_run_ends_with_a_timeline_of_deliveries_requests_and_decisions_in_time_order() {
    let scenario = crate::support::fixture_path("kosovo-flux.ron");
    let run = crate::support::fluxsim(&["run", &scenario, "--simulate-all"]);
    assert!(
        run.status.success(),
        "{}",
        crate::support::flat(&run.stderr)
    );
    let out = String::from_utf8_lossy(&run.stdout).into_owned();
    let (tables, timeline) = out
        .split_once("\nTimeline (")
        .expect("a timeline after the tables");
    assert!(
        tables.contains("coordination gaps") || tables.contains("gaps"),
        "{tables}"
    );
    let lines: Vec<&str> = timeline.lines().skip(1).filter(|l| !l.is_empty()).collect();

    // Exercise times only grow: each line starts with its T+ offset, in minutes here.
    let minutes = |line: &str| -> i64 {
        let t = line.split_whitespace().next().expect("a time");
        t.parse::<fluxsim::SimTime>().expect("a T+ time").millis() / 60_000
    };
    let times: Vec<i64> = lines.iter().map(|l| minutes(l)).collect();
    assert!(times.windows(2).all(|w| w[0] <= w[1]), "{timeline}");

    // The first inject at its delivery, with its clock time; requests and the simulated
    // institutions' decisions are there too.
    assert!(
        lines
            .iter()
            .any(|l| l.contains("T+30m (day 1, 06:30)") && l.contains("inject #1 delivered")),
        "{timeline}"
    );
    assert!(
        lines.iter().any(|l| l.contains("request #1 raised")),
        "{timeline}"
    );
    assert!(
        lines.iter().any(|l| l.contains("(simulated) decided:")),
        "{timeline}"
    );
}
