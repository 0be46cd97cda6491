//! "Does the scenario add up?": `check` and `scenario show` set what each stage handles
//! against the peak demand, and warn, with the line, about figures that look like mistakes.

use std::process::Command as Process;

use fluxsim::i18n::Lang;
use fluxsim::scenario::{self, CapacityWarning, Source};

fn source(name: &str) -> Source {
    let path = format!(
        "{}/tests/fixtures/capacity/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).expect("capacity fixture exists");
    Source::new(path, text)
}

/// The capacity warnings of a fixture as (line, message).
fn warnings(name: &str) -> Vec<(usize, String)> {
    let source = source(name);
    let parsed = scenario::parse(&source).expect("capacity fixtures are valid scenarios");
    scenario::capacity_in(&parsed, &source, Lang::En)
        .warnings
        .into_iter()
        .map(|CapacityWarning { line, message, .. }| (line, message))
        .collect()
}

/// The 1-based line of the only line of a fixture containing `needle`.
fn line_of(name: &str, needle: &str) -> usize {
    let text = source(name).text;
    let lines: Vec<usize> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| l.contains(needle))
        .map(|(i, _)| i + 1)
        .collect();
    assert_eq!(lines.len(), 1, "`{needle}` should be on one line of {name}");
    lines[0]
}

#[test]
fn a_per_day_figure_in_a_per_hour_rate_is_a_warning_at_the_rate() {
    let name = "per_day_rate.ron";
    assert_eq!(line_of(name, "1500.0"), 86);
    assert_eq!(
        warnings(name),
        [(
            86,
            "arrival rate 1500 per hour at `north` is 75 times what the stages after it \
             handle per hour (crossings 20/h, registration 6/h): over 1d it sends about \
             18064 people; if 1500 is a per-day figure, write 62.5 per hour"
                .to_string()
        )]
    );
}

#[test]
fn a_language_code_nobody_serves_is_a_warning_that_names_the_close_one() {
    let name = "unserved_language.ron";
    assert_eq!(line_of(name, "{\"AR\": 1.0}"), 91);
    assert_eq!(
        warnings(name),
        [(
            91,
            "language `AR` of `Syria` is spoken by no interpreter and no registration staff: \
             70 % of arrivals wait for one; interpreters or staff speak `ar` — codes must \
             match exactly, write `ar`"
                .to_string()
        )]
    );
}

#[test]
fn a_transport_rule_without_a_bus_link_can_never_fire() {
    let name = "transport_rule_without_bus.ron";
    assert_eq!(line_of(name, "request: Transport"), 80);
    assert_eq!(
        warnings(name),
        [(
            80,
            "the Transport request rule can never fire: no link in this network is travelled \
             by bus, so people never wait for transport; add a link with \
             `mode: Bus(\"fleet\")` or drop the rule"
                .to_string()
        )]
    );
}

#[test]
fn every_stage_is_set_against_the_peak_per_hour_and_per_day() {
    let source = source("per_day_rate.ron");
    let parsed = scenario::parse(&source).expect("valid");
    let load = scenario::capacity_in(&parsed, &source, Lang::En);
    let line = |stage: &str| {
        load.stages
            .iter()
            .find(|l| l.stage == stage)
            .unwrap_or_else(|| panic!("no `{stage}` line in {load:?}"))
    };
    // 2 lanes with 2 officers by day, 1 by night, 6 minutes each: 20/h at best,
    // 16 h × 20 + 8 h × 10 = 400 a day.
    assert_eq!(line("crossings").handles, "handle 20/h (400/day)");
    assert_eq!(line("crossings").demand, "peak sends 1500/h (36000/day)");
    assert!(line("crossings").short);
    // One desk at a mean of 10 minutes.
    assert_eq!(line("registration").handles, "handle 6/h (144/day)");
    // 70 % speak Arabic; one interpreter on site at the 10-minute desk.
    assert_eq!(
        line("interpreters ar").handles,
        "1 interpreter handle 6/h (144/day)"
    );
    assert_eq!(
        line("interpreters ar").demand,
        "peak sends 1050/h (25200/day)"
    );
    // One minibus of 20 seats on a 40-minute link: 18 round trips of 80 minutes a day.
    assert_eq!(
        line("transport").handles,
        "360/day (minibus 1 × 20 seats × 18 round trips of 1h20m = 360)"
    );
    // 60 beds (+20 surge); Little's law at the peak: 1500/h × 12 h, capped by all arrivals.
    assert_eq!(line("beds").handles, "60 beds (+20 surge)");
    assert!(line("beds").short);
}

#[test]
fn check_and_show_print_the_warnings_with_their_line() {
    let path = format!(
        "{}/tests/fixtures/capacity/transport_rule_without_bus.ron",
        env!("CARGO_MANIFEST_DIR")
    );
    let check = Process::new(env!("CARGO_BIN_EXE_fluxsim"))
        .args(["check", &path])
        .output()
        .expect("fluxsim runs");
    let stdout = String::from_utf8_lossy(&check.stdout);
    assert!(check.status.success(), "{stdout}");
    assert!(
        stdout.contains(&format!(
            "warning [capacity] {path}:80:23: the Transport request rule can never fire"
        )),
        "{stdout}"
    );
    let show = Process::new(env!("CARGO_BIN_EXE_fluxsim"))
        .args(["scenario", "show", &path])
        .output()
        .expect("fluxsim runs");
    let stdout = String::from_utf8_lossy(&show.stdout);
    assert!(
        stdout.contains("Does it add up? (at the peak arrival rate)"),
        "{stdout}"
    );
    assert!(
        stdout.contains("  warning: line 80: the Transport request rule can never fire"),
        "{stdout}"
    );
}

#[test]
fn an_objective_whose_capability_hseep_does_not_know_is_a_warning_at_its_capability() {
    let name = "unknown_capability.ron";
    assert_eq!(
        warnings(name),
        [
            (
                line_of(name, "\"Operational Cordination\""),
                "objective `order`: `Operational Cordination` is not an HSEEP core capability; \
                 did you mean `Operational Coordination`?"
                    .to_string()
            ),
            (
                line_of(name, "\"Border Management\""),
                "objective `borders`: `Border Management` is not an HSEEP core capability \
                 (docs/scenario-format.md lists the 32); the report can rate it only from its \
                 critical tasks and the evaluators' observations"
                    .to_string()
            ),
        ],
        "a core capability written without the serial comma is no warning"
    );
}
