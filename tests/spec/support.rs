//! Small scenarios built in code, for the engine's specification.

use fluxsim::Scenario;
use fluxsim::scenario::{Source, parse};

/// One entry, one BCP with `c` officers and exponential service, one exit: an M/M/c queue
/// (or M/D/c with `service = "Fixed(\"6m\")"`).
pub fn single_crossing(per_hour: f64, service: &str, c: u32, duration: &str) -> Scenario {
    let text = format!(
        r#"(
    exercise: (name: "single crossing", start: "2026-01-01T00:00", duration: "{duration}", sample_every: "1d"),
    locations: [
        (id: "entry", kind: Entry(country: "A")),
        (id: "bcp", kind: Bcp(country: "A", lanes: {c}, shifts: [(from_hour: 0, officers: {c})], service: {service})),
        (id: "out", kind: Exit(country: "B", outcome: Onward)),
    ],
    links: [(from: "entry", to: "bcp", time: "0s"), (from: "bcp", to: "out", time: "0s")],
    institutions: [],
    functions: [],
    plan: (phases: [(id: "normal")]),
    arrivals: [(at: "entry", rate: PerHour({per_hour:?}))],
    cohort: (
        nationalities: [(id: "X", share: 1.0, languages: {{"xx": 1.0}})],
        outcomes: (onward: 1.0, asylum: 0.0, return: 0.0),
    ),
)"#
    );
    parse(&Source::new("single-crossing.ron", text)).expect("the single-crossing scenario is valid")
}

/// The path of a frozen scenario under `tests/fixtures/scenarios/`: copies of the shipped
/// scenarios taken for the behaviour tests, so that editing a shipped scenario never changes
/// what a behaviour test checks.
pub fn fixture_path(name: &str) -> String {
    format!(
        "{}/tests/fixtures/scenarios/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

/// A frozen scenario's source (named by its path).
pub fn fixture_source(name: &str) -> Source {
    let path = fixture_path(name);
    let text = std::fs::read_to_string(&path).expect("fixture scenario exists");
    Source::new(path, text)
}

/// A frozen scenario, parsed.
pub fn fixture(name: &str) -> Scenario {
    parse(&fixture_source(name)).expect("fixture scenario is valid")
}

/// The frozen copy of the default scenario (`kosovo-flux.ron`): 72 hours at the Kosovo
/// crossings, with its deliberate gaps and its MSEL.
pub fn kosovo_source() -> Source {
    fixture_source("kosovo-flux.ron")
}

/// The frozen default scenario, parsed.
pub fn kosovo() -> Scenario {
    fixture("kosovo-flux.ron")
}

/// A new journal at `path` recording the default scenario fixture with `seed`, and the
/// simulation it records (at T+0).
pub fn recording_kosovo(
    path: &std::path::Path,
    seed: u64,
) -> (fluxsim::journal::Recorder, fluxsim::Simulation) {
    recording("kosovo-flux.ron", path, seed)
}

/// A new journal at `path` recording the frozen scenario `name` with `seed`, and the
/// simulation it records (at T+0).
pub fn recording(
    name: &str,
    path: &std::path::Path,
    seed: u64,
) -> (fluxsim::journal::Recorder, fluxsim::Simulation) {
    use fluxsim::journal::{Header, Recorder, ScenarioSource};
    let source = fixture_source(name);
    let scenario = fixture(name);
    let header = Header::new(
        &scenario,
        ScenarioSource::File(source.name.clone()),
        &source.text,
        seed,
    );
    let recorder = Recorder::create(path, &header).expect("journal created");
    (recorder, fluxsim::Simulation::new(&scenario, seed))
}

/// A shipped scenario, parsed: only for the specs of the shipped scenarios themselves.
pub fn shipped(name: &str) -> Scenario {
    let path = format!("{}/scenarios/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("shipped scenario exists");
    parse(&Source::new(name, text)).expect("shipped scenario is valid")
}

/// A fresh temporary directory for one test's files, removed when dropped (even when the
/// test fails); it derefs to its path.
pub struct Scratch(tempfile::TempDir);

impl std::ops::Deref for Scratch {
    type Target = std::path::Path;

    fn deref(&self) -> &std::path::Path {
        self.0.path()
    }
}

/// A new scratch directory whose name starts with `fluxsim-{test}-`.
pub fn scratch(test: &str) -> Scratch {
    let dir = tempfile::Builder::new()
        .prefix(&format!("fluxsim-{test}-"))
        .tempdir()
        .expect("temporary directory");
    Scratch(dir)
}

/// An MSEL inject to police that comes due when `trigger` holds.
pub fn triggered(
    number: u32,
    trigger: fluxsim::scenario::InjectTrigger,
) -> fluxsim::scenario::Inject {
    fluxsim::scenario::Inject {
        number,
        at: fluxsim::SimTime::ZERO,
        synopsis: format!("state-triggered inject {number}"),
        synopses: Default::default(),
        expected_actions: Default::default(),
        from: "Exercise control".into(),
        to: vec!["police".into()],
        method: String::new(),
        expected_action: String::new(),
        expect: Vec::new(),
        capability: String::new(),
        notes: String::new(),
        trigger: Some(trigger),
        effect: None,
    }
}

/// Runs the `fluxsim` binary with `args`, without colour and in the catalogue's default
/// language (no locale from the environment that runs the tests).
pub fn fluxsim(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_fluxsim"))
        .args(args)
        .env("NO_COLOR", "1")
        .env_remove("FLUXSIM_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .output()
        .expect("fluxsim runs")
}

/// A path as the command line takes it.
pub fn path(p: &std::path::Path) -> &str {
    p.to_str().expect("utf-8 path")
}

/// Output as one line of words, without the table rules miette and the tables draw.
pub fn flat(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes)
        .split_whitespace()
        .filter(|w| *w != "│")
        .collect::<Vec<_>>()
        .join(" ")
}

/// A journal's text with its chain recomputed over its lines as they now are (format 4 on):
/// what someone who edits a journal and knows the chain's rule can do. Specs that damage a
/// line on purpose to test the reader behind the chain use it; the chain itself shows only
/// that a line changed.
pub fn rechained(text: &str) -> String {
    let mut lines = text.split_inclusive('\n');
    let Some(header) = lines.next() else {
        return String::new();
    };
    let mut chain = fluxsim::journal::Chain::start(header.trim_end_matches('\n'));
    let mut out = header.to_string();
    for line in lines {
        let (body, end) = match line.strip_suffix('\n') {
            Some(body) => (body, "\n"),
            None => (line, ""),
        };
        let body = body.rsplit_once(" // chain:").map_or(body, |(b, _)| b);
        chain = chain.next(body);
        out += &chain.seal(body);
        out += end;
    }
    out
}

/// Rewrites a journal file with its chain recomputed (`rechained`).
pub fn rechain(path: &std::path::Path) {
    let text = std::fs::read_to_string(path).expect("a journal");
    std::fs::write(path, rechained(&text)).expect("rewritten");
}
