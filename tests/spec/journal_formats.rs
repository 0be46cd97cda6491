//! Journals survive versions: every frozen journal under tests/fixtures/journals/vN/, of
//! every format, replays on the scenario text it was recorded with to its expected summary;
//! its digests are compared while the digest scheme and the model version are those of the
//! recording, and otherwise replay says the model changed and gives the new digests.

use std::path::{Path, PathBuf};
use std::process::Command as Process;

use fluxsim::journal::{self, Entry, FORMAT, ScenarioSource, replay};
use fluxsim::scenario::observed_csv::attach_observed;
use fluxsim::scenario::{Source, parse};

use crate::support::scratch;

const FROZEN: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/journals");

/// Every frozen journal, by format directory.
fn frozen() -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut formats: Vec<PathBuf> = std::fs::read_dir(FROZEN)
        .expect("the frozen journals")
        .map(|e| e.expect("an entry").path())
        .filter(|p| p.is_dir())
        .collect();
    formats.sort();
    for dir in formats {
        let mut journals: Vec<PathBuf> = std::fs::read_dir(&dir)
            .expect("a format directory")
            .map(|e| e.expect("an entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "journal"))
            .collect();
        journals.sort();
        found.extend(journals);
    }
    found
}

/// The scenario copy a frozen journal names, beside it.
fn scenario_of(journal: &Path, header: &journal::Header) -> PathBuf {
    let ScenarioSource::File(name) = &header.source else {
        panic!("{} names no scenario file", journal.display());
    };
    let dir = journal.parent().expect("a directory");
    dir.join(Path::new(name).file_name().expect("a file name"))
}

fn summary_of(journal: &Path) -> PathBuf {
    journal.with_extension("summary.json")
}

#[test]
fn there_are_frozen_journals_of_every_format_up_to_the_current_one() {
    let journals = frozen();
    for format in 1..=FORMAT {
        let dir = Path::new(FROZEN).join(format!("v{format}"));
        let of_format: Vec<_> = journals.iter().filter(|j| j.starts_with(&dir)).collect();
        assert!(
            of_format.len() >= 2,
            "format {format} has {} frozen journals",
            of_format.len()
        );
        for j in of_format {
            let read = journal::read(j).expect("a frozen journal reads");
            let header = read.header.expect("a header");
            assert_eq!(header.format, format, "{}", j.display());
            assert!(summary_of(j).exists(), "{} has its summary", j.display());
        }
    }
}

#[test]
fn every_frozen_journal_replays_on_its_own_scenario_to_its_expected_summary() {
    for path in frozen() {
        let read = journal::read(&path).expect("a frozen journal reads");
        let header = read.header.clone().expect("a header");
        let file = scenario_of(&path, &header);
        let text = std::fs::read_to_string(&file).expect("its scenario copy");
        let source = Source::new(file.display().to_string(), text);
        let mut scenario = parse(&source).expect("its scenario is valid");
        // Its observed series (format 5 on), from beside its scenario copy.
        let dir = file.parent().expect("a directory").to_path_buf();
        attach_observed(&mut scenario, |name| {
            let series = dir.join(name);
            std::fs::read(&series)
                .map(|bytes| (series.display().to_string(), bytes))
                .map_err(|e| e.to_string())
        })
        .expect("its series reads");
        let mut replayed = match replay(&read, &scenario, &source) {
            Ok(replayed) => replayed,
            Err(err) => panic!("{} does not replay: {err}", path.display()),
        };
        let digest_lines = read
            .entries
            .iter()
            .map(|e| match e {
                Entry::Command(c) => {
                    usize::from(matches!(c.outcome, Some((_, journal::Outcome::Applied(_)))))
                }
                Entry::Reached { .. } | Entry::Forked { .. } => 1,
            })
            .sum::<usize>();
        match &replayed.model_changed {
            None => {
                assert!(header.digests_comparable(), "{}", path.display());
                assert_eq!(replayed.digests, digest_lines, "{}", path.display());
            }
            Some(changed) => {
                assert!(!header.digests_comparable(), "{}", path.display());
                assert_eq!(
                    (changed.recorded_scheme, changed.recorded_model),
                    (header.digest, header.model)
                );
                assert_eq!(changed.digests.len(), digest_lines, "{}", path.display());
                assert_eq!(replayed.digests, 0);
            }
        }
        let summary = serde_json::to_value(replayed.sim.metrics()).expect("a summary");
        let expected: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(summary_of(&path)).expect("its expected summary"),
        )
        .expect("the expected summary is JSON");
        assert!(
            summary == expected,
            "{} replays to another summary than {}",
            path.display(),
            summary_of(&path).display()
        );
    }
}

#[test]
fn replaying_a_journal_of_an_earlier_model_says_so_and_gives_the_new_digests() {
    let dir = Path::new(FROZEN).join("v1");
    let out = Process::new(env!("CARGO_BIN_EXE_fluxsim"))
        .args(["replay", "refused.journal", "--scenario", "crossing.ron"])
        .current_dir(&dir)
        .output()
        .expect("fluxsim replay runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains(
            "the model changed since refused.journal was recorded (digest scheme 1, model 1;"
        ),
        "{stdout}"
    );
    assert!(
        stdout.contains("line 3: recorded d703b5e50b2066ad, now "),
        "{stdout}"
    );
    assert!(
        stdout.contains("line 5: recorded cf78b8ab585cf357, now "),
        "{stdout}"
    );
}

#[test]
fn a_journal_of_an_earlier_format_is_not_appended_to_but_forks_into_the_current_one() {
    let dir = scratch("earlier-format");
    let v1 = Path::new(FROZEN).join("v1");
    for file in ["refused.journal", "resumed.commands", "crossing.ron"] {
        std::fs::copy(v1.join(file), dir.join(file)).expect("copied");
    }
    let fluxsim = |args: &[&str]| {
        Process::new(env!("CARGO_BIN_EXE_fluxsim"))
            .args(args)
            .current_dir(&*dir)
            .output()
            .expect("fluxsim runs")
    };
    let before = std::fs::read(dir.join("refused.journal")).expect("the journal");
    let out = fluxsim(&[
        "run",
        "crossing.ron",
        "--resume",
        "refused.journal",
        "--commands",
        "resumed.commands",
    ]);
    // The words of the message, however the terminal renderer wraps them.
    let stderr = String::from_utf8_lossy(&out.stderr)
        .replace('│', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(!out.status.success());
    assert!(stderr.contains("journal format 1"), "{stderr}");
    assert!(
        stderr.contains("fluxsim fork refused.journal --at T+3h"),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read(dir.join("refused.journal")).expect("the journal"),
        before,
        "the journal is left as it was"
    );

    let out = fluxsim(&["fork", "refused.journal", "--at", "3h", "-o", "now.journal"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let forked = journal::read(&dir.join("now.journal")).expect("the fork reads");
    let header = forked.header.as_ref().expect("a header");
    assert_eq!(header.format, FORMAT);
    assert!(header.digests_comparable());
    let out = fluxsim(&["replay", "now.journal"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    assert!(stdout.contains("every digest matched"), "{stdout}");
}

#[test]
fn a_journal_records_its_observed_series_and_replay_says_plainly_when_it_changed() {
    let dir = scratch("series-changed");
    let v5 = Path::new(FROZEN).join("v5");
    for file in ["exercise.journal", "crossing.ron", "arrivals.csv"] {
        std::fs::copy(v5.join(file), dir.join(file)).expect("copied");
    }
    let read = journal::read(&dir.join("exercise.journal")).expect("the journal reads");
    let header = read.header.expect("a header");
    let recorded = header
        .series
        .get("arrivals.csv")
        .expect("the header records the series")
        .clone();
    let bytes = std::fs::read(dir.join("arrivals.csv")).expect("the series");
    assert_eq!(
        recorded,
        fluxsim::scenario::observed_csv::series_hash(&bytes)
    );
    // One count changed: the scenario is the same, the series is not.
    let text = String::from_utf8(bytes).expect("text");
    let changed = text.replace("T+18h,south,incoming,,,,7", "T+18h,south,incoming,,,,8");
    assert_ne!(changed, text);
    std::fs::write(dir.join("arrivals.csv"), &changed).expect("written");
    let out = Process::new(env!("CARGO_BIN_EXE_fluxsim"))
        .args(["replay", "exercise.journal"])
        .current_dir(&*dir)
        .env("NO_COLOR", "1")
        .env_remove("FLUXSIM_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .output()
        .expect("fluxsim replay runs");
    let stderr = String::from_utf8_lossy(&out.stderr)
        .replace('│', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    let now = fluxsim::scenario::observed_csv::series_hash(changed.as_bytes());
    assert!(
        stderr.contains(&format!(
            "the observed series arrivals.csv is not the one exercise.journal was recorded with: \
             the journal records {recorded}, the series now hashes to {now}"
        )),
        "{stderr}"
    );
}
