//! What-if comparison: two branches of one exercise side by side. A journal compared with
//! itself differs in nothing; approving reception earlier leaves fewer person-hours outdoors
//! while the arrivals stay the same (the decision, not the noise); journals of different
//! scenarios or seeds are refused; the report carries the comparison as a section.

use std::path::{Path, PathBuf};

use fluxsim::i18n::{Lang, tr};
use fluxsim::journal::{
    self, Header, Journal, Recorder, ScenarioSource, Tail, fork, replay, resume, run_timeline,
    script_commands, with_msel,
};
use fluxsim::report::{CompareError, Comparison, heading_key, same_exercise};
use fluxsim::scenario::{Source, parse};
use fluxsim::{SimTime, Simulation};

use crate::support::scratch;
use crate::support::{fluxsim, path};

const SEED: u64 = 2018;

/// The original exercise: reception approved at T+10h, surge capacity unlocked at T+20h.
const LATE: &str = r#"
Command(at: "T+10h", command: ApproveReception(by: "mia"))
Command(at: "T+20h", command: UnlockSurgeCapacity)
"#;

/// The what-if, from T+2h on: reception approved at once.
const EARLY_FROM_2H: &str = r#"
Command(at: "T+2h", command: ApproveReception(by: "mia"))
Command(at: "T+20h", command: UnlockSurgeCapacity)
"#;

/// Records the default scenario played headless with `script` to its end.
fn record(path: &Path, source: &Source, script: &str, seed: u64) {
    let scenario = parse(source).expect("valid scenario");
    let header = Header::new(
        &scenario,
        ScenarioSource::File(source.name.clone()),
        &source.text,
        seed,
    );
    let mut recorder = Recorder::create(path, &header).expect("journal created");
    let script = journal::parse("script", script.as_bytes(), Tail::Line).expect("script reads");
    let timeline = with_msel(&scenario, script_commands(&script));
    let mut sim = Simulation::new(&scenario, seed);
    run_timeline(
        &mut sim,
        &timeline,
        scenario.exercise.duration,
        Some(&mut recorder),
    )
    .expect("the commands apply");
}

/// The frozen default scenario written to `dir`, so the journals name a file the CLI can read.
fn default_file(dir: &Path) -> Source {
    let frozen = crate::support::kosovo_source();
    let path = dir.join("kosovo-flux.ron");
    std::fs::write(&path, frozen.text.as_str()).expect("scenario written");
    Source::new(path.display().to_string(), frozen.text.as_str())
}

/// The original (A) and a fork of it at T+2h continued with the early approval (B).
fn branches(dir: &Path) -> (PathBuf, PathBuf) {
    let source = default_file(dir);
    let scenario = parse(&source).expect("valid");
    let original = dir.join("exercise.journal");
    record(&original, &source, LATE, SEED);
    let whatif = dir.join("whatif.journal");
    let read = journal::read(&original).expect("reads");
    fork(&read, &scenario, &source, SimTime::hours(2))
        .expect("forks")
        .write(&whatif, &original, false)
        .expect("written");
    let script = journal::parse("early", EARLY_FROM_2H.as_bytes(), Tail::Line).expect("reads");
    let timeline = with_msel(&scenario, script_commands(&script));
    let branch = journal::read(&whatif).expect("reads");
    let done = journal::recorded_prefix(&timeline, &branch).expect("a prefix");
    let mut resumed = resume(branch, &scenario, &source).expect("resumes");
    run_timeline(
        &mut resumed.replayed.sim,
        &timeline[done..],
        scenario.exercise.duration,
        Some(&mut resumed.recorder),
    )
    .expect("the what-if applies");
    (original, whatif)
}

fn replayed(path: &Path) -> (Journal, Simulation) {
    let journal = journal::read(path).expect("reads");
    let Some(ScenarioSource::File(file)) = journal.header.as_ref().map(|h| h.source.clone()) else {
        panic!("recorded from a file");
    };
    let text = std::fs::read_to_string(&file).expect("scenario");
    let source = Source::new(file, text);
    let scenario = parse(&source).expect("valid");
    let sim = replay(&journal, &scenario, &source).expect("replays").sim;
    (journal, sim)
}

fn compare(a: &Path, b: &Path) -> Comparison {
    let ((ja, mut sa), (jb, mut sb)) = (replayed(a), replayed(b));
    Comparison::build(&ja, &mut sa, &jb, &mut sb).expect("branches of one exercise")
}

#[test]
fn compare_of_a_journal_with_itself_shows_zero_differences() {
    let dir = scratch("compare-self");
    let source = default_file(&dir);
    let path = dir.join("exercise.journal");
    record(&path, &source, LATE, SEED);
    let c = compare(&path, &path);
    assert_eq!(c.differences(), 0, "{c:#?}");
    assert!(c.only_in_a.is_empty() && c.only_in_b.is_empty());
    assert!(c.metrics.len() > 20, "the key metrics are there");
    for m in &c.metrics {
        assert_eq!(m.a, m.b, "{} {}", m.group, m.name);
        assert!(
            m.difference.is_none_or(|d| d == 0.0),
            "{} {}",
            m.group,
            m.name
        );
    }
    for group in [
        "totals",
        "arrivals",
        "peak queue",
        "peak occupancy",
        "referrals",
        "decision latency",
        "gaps",
    ] {
        assert!(c.metrics.iter().any(|m| m.group == group), "{group}");
    }
}

#[test]
fn approving_reception_earlier_means_fewer_person_hours_outdoors() {
    let dir = scratch("compare-early");
    let (original, whatif) = branches(&dir);
    let c = compare(&original, &whatif);
    let outdoors = c
        .metric("totals", "person-hours outdoors")
        .expect("person-hours outdoors compared");
    let (late, early) = (outdoors.a.expect("A"), outdoors.b.expect("B"));
    assert!(
        early < late,
        "approved at T+2h: {early:.0} person-hours outdoors; at T+10h: {late:.0}"
    );
    assert_eq!(outdoors.difference, Some(early - late));
    assert_eq!(
        c.b.forked_from,
        Some((original.display().to_string(), "T+2h".to_string()))
    );
    assert!(c.differences() > 0);
}

#[test]
fn the_difference_is_the_decision_not_the_noise() {
    let dir = scratch("compare-noise");
    let (original, whatif) = branches(&dir);
    let c = compare(&original, &whatif);
    // The arrival streams are drawn per entry point, untouched by the decision.
    let arrivals: Vec<_> = c
        .metrics
        .iter()
        .filter(|m| m.group == "arrivals" || m.name == "arrivals")
        .collect();
    assert!(arrivals.len() >= 2, "the total and each entry point");
    for m in arrivals {
        assert_eq!(m.difference, Some(0.0), "{} {}", m.group, m.name);
    }
    let ((_, a), (_, b)) = (replayed(&original), replayed(&whatif));
    let hourly =
        |sim: &Simulation| -> Vec<u64> { sim.series().points.iter().map(|p| p.arrivals).collect() };
    assert_eq!(
        hourly(&a),
        hourly(&b),
        "the same arrivals, sample by sample"
    );
    // The check can see noise: the same decisions with another seed arrive differently.
    let other = dir.join("other-seed.journal");
    record(&other, &default_file(&dir), LATE, SEED + 1);
    let (_, c2) = replayed(&other);
    assert_ne!(hourly(&a), hourly(&c2), "another seed, other arrivals");
}

#[test]
fn compare_refuses_journals_of_different_scenarios_or_seeds() {
    let dir = scratch("compare-refuse");
    let source = default_file(&dir);
    let a = dir.join("a.journal");
    record(&a, &source, LATE, SEED);
    let seeded = dir.join("seeded.journal");
    record(&seeded, &source, LATE, 7);
    let edited = dir.join("edited.ron");
    std::fs::write(&edited, format!("// edited\n{}", source.text)).expect("scenario");
    let other = dir.join("other.journal");
    record(
        &other,
        &Source::new(
            edited.display().to_string(),
            format!("// edited\n{}", source.text),
        ),
        LATE,
        7,
    );
    let read = |p: &Path| journal::read(p).expect("reads");

    let err = same_exercise(&read(&a), &read(&seeded)).expect_err("another seed");
    let text = err.to_string();
    assert!(matches!(err, CompareError::NotBranches { .. }));
    assert!(
        text.contains(&format!(
            "the seed differs ({} has 2018, {} has 7)",
            a.display(),
            seeded.display()
        )),
        "{text}"
    );
    assert!(!text.contains("scenario differs"), "{text}");

    let text = same_exercise(&read(&a), &read(&other))
        .expect_err("another scenario and seed")
        .to_string();
    assert!(text.contains("the scenario differs"), "{text}");
    assert!(text.contains("the seed differs"), "{text}");
    let (ha, ho) = (
        read(&a).header.expect("header").hash,
        read(&other).header.expect("header").hash,
    );
    assert!(text.contains(&ha) && text.contains(&ho), "{text}");

    let out = fluxsim(&["compare", path(&a), path(&seeded)]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("not branches of one exercise"), "{stderr}");
}

#[test]
fn every_language_translates_the_comparison_headings() {
    for anchor in [
        "compare",
        "compare.metrics",
        "compare.only_a",
        "compare.only_b",
    ] {
        let key = heading_key(anchor);
        let english = tr(Lang::En, &key, &[]);
        assert_ne!(english, key, "English has {key}");
        for lang in [Lang::Sq, Lang::Sr] {
            assert_ne!(tr(lang, &key, &[]), english, "{lang} translates {key}");
        }
    }
}

#[test]
fn compare_prints_a_table_and_json() {
    let dir = scratch("compare-cli");
    let (original, whatif) = branches(&dir);
    let out = fluxsim(&["compare", path(&original), path(&whatif)]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("person-hours outdoors (person-hours)"),
        "{stdout}"
    );
    assert!(stdout.contains("forked from"), "{stdout}");
    assert!(stdout.contains("Gaps only in A ("), "{stdout}");

    let out = fluxsim(&["compare", path(&original), path(&whatif), "--json"]);
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let expected = compare(&original, &whatif);
    assert_eq!(json["seed"], SEED);
    assert_eq!(
        json["metrics"].as_array().map(Vec::len),
        Some(expected.metrics.len())
    );
    let row = json["metrics"]
        .as_array()
        .and_then(|rows| rows.iter().find(|r| r["name"] == "person-hours outdoors"))
        .expect("the row");
    let want = expected
        .metric("totals", "person-hours outdoors")
        .expect("row");
    assert_eq!(row["a"].as_f64(), want.a);
    assert_eq!(row["difference"].as_f64(), want.difference);
    assert!(json["only_in_a"].is_array() && json["only_in_b"].is_array());
}

#[test]
fn the_report_with_compare_has_the_section_and_is_well_formed_xhtml() {
    let dir = scratch("compare-report");
    let (original, whatif) = branches(&dir);
    let html = dir.join("aar.html");
    let out = fluxsim(&[
        "report",
        path(&original),
        "--compare",
        path(&whatif),
        "-o",
        path(&html),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let page = std::fs::read_to_string(&html).expect("report");
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..Default::default()
    };
    let doc = roxmltree::Document::parse_with_options(&page, options).expect("well-formed XML");
    let by_id = |id: &str| {
        doc.descendants()
            .find(|n| n.attribute("id") == Some(id))
            .unwrap_or_else(|| panic!("no element {id}"))
    };
    assert_eq!(by_id("compare").tag_name().name(), "h2");
    assert_eq!(by_id("compare").text(), Some("What-if comparison"));
    for sub in ["compare.metrics", "compare.only_a", "compare.only_b"] {
        assert_eq!(by_id(sub).tag_name().name(), "h3", "{sub}");
    }
    assert!(page.contains("<td>person-hours outdoors</td>"));

    let md = dir.join("aar.md");
    let out = fluxsim(&[
        "report",
        path(&original),
        "--compare",
        path(&whatif),
        "-o",
        path(&md),
        "--lang",
        "sq",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&md).expect("report");
    assert!(
        text.contains("## Krahasimi i alternativës (po sikur)\n"),
        "{text}"
    );
    // The table's words are the reader's too: group, metric and unit.
    let row = format!(
        "| {} | {} | {} |",
        fluxsim::tr!(Lang::Sq, "compare-group-totals"),
        fluxsim::tr!(Lang::Sq, "compare-metric-hours-outdoors"),
        fluxsim::tr!(Lang::Sq, "compare-unit-person-hours")
    );
    assert!(text.contains(&row), "{row} in {text}");
    assert!(!text.contains("| totals |"), "{text}");

    let plain = dir.join("plain.html");
    let out = fluxsim(&["report", path(&original), "-o", path(&plain)]);
    assert!(out.status.success());
    let page = std::fs::read_to_string(&plain).expect("report");
    assert!(
        !page.contains("id=\"compare\""),
        "no section unless asked for"
    );
}
