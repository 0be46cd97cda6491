//! Inputs a hostile but ordinary user gives: a minified one-line scenario or journal with its
//! error far to the right, mutated journal lines and command scripts. Each gets a located
//! error (or works), never a panic.

use crate::support::scratch;
use crate::support::{fluxsim, path};

/// The tutorial scenario without its comments, on one line.
fn minified() -> String {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/scenarios/tutorial.ron"
    ))
    .expect("tutorial");
    text.lines()
        .map(|l| match l.find("//") {
            // No string in the tutorial holds `//`.
            Some(i) => &l[..i],
            None => l,
        })
        .map(str::trim)
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn an_error_past_column_65535_of_a_one_line_scenario_is_located_with_a_short_excerpt() {
    let dir = scratch("hostile-minified");
    let one_line = minified();
    assert!(!one_line.contains('\n'));
    // 80 KB on one line: the scenario's own text padded, and a stray word at the end.
    let close = one_line
        .rfind(')')
        .expect("the scenario's closing parenthesis");
    let broken = format!("{}{} oops)", &one_line[..close], " ".repeat(80_000));
    let column = broken.find("oops").expect("the error") + 1;
    assert!(column > 65_535);
    let file = dir.join("minified.ron");
    std::fs::write(&file, &broken).expect("scenario");

    let out = fluxsim(&["check", path(&file)]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(1),
        "a located error, not a panic: {stderr}"
    );
    assert!(
        stderr.contains(&format!("{}:1:", path(&file))),
        "located on line 1: {stderr}"
    );
    assert!(
        stderr.len() < 2_000,
        "a clipped excerpt, not the 80 KB line: {stderr}"
    );
}

#[test]
fn an_error_past_column_65535_of_a_journal_line_is_located_with_a_short_excerpt() {
    let dir = scratch("hostile-journal-line");
    let journal = dir.join("exercise.journal");
    let run = fluxsim(&["run", "--until", "2h", "--journal", path(&journal)]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let mut text = std::fs::read_to_string(&journal).expect("journal");
    text.insert_str(
        text.find('\n').expect("a header line") + 1,
        &format!(
            "Command(at: \"T+1h\",{} command: NoSuchCommand)\n",
            " ".repeat(70_000)
        ),
    );
    // Rechained, so the line reaches the reader behind the chain.
    std::fs::write(&journal, crate::support::rechained(&text)).expect("journal");

    let out = fluxsim(&["replay", path(&journal)]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(1),
        "a located error, not a panic: {stderr}"
    );
    assert!(
        stderr.contains(&format!("{}:2:700", path(&journal))),
        "line 2, column past 70,000: {stderr}"
    );
    assert!(stderr.len() < 2_000, "a clipped excerpt: {stderr}");
}

mod properties {
    use fluxsim::journal::{self, Tail, run_timeline, script_commands, with_msel};
    use fluxsim::scenario::{Source, parse};
    use fluxsim::{SimTime, Simulation};
    use proptest::prelude::*;
    use proptest::sample::Index;
    use proptest::test_runner::Config;

    /// A recorded journal of the scripted exercise, as text, recorded once.
    fn recorded() -> String {
        use std::sync::OnceLock;
        static TEXT: OnceLock<String> = OnceLock::new();
        TEXT.get_or_init(|| {
            let dir = crate::support::scratch("hostile-recorded");
            let script = dir.join("decisions.txt");
            std::fs::write(&script, crate::journal::SCRIPT).expect("script");
            let journal = dir.join("exercise.journal");
            let out = super::fluxsim(&[
                "run",
                "--commands",
                super::path(&script),
                "--journal",
                super::path(&journal),
                "--until",
                "12h",
            ]);
            // Up to T+12h, before the script's one refused command.
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            std::fs::read_to_string(&journal).expect("journal")
        })
        .clone()
    }

    /// A mutation of `text`: bytes replaced, inserted or removed at a place, or a line
    /// repeated or dropped.
    fn mutate(text: &str, kind: u8, at: Index, len: usize, bytes: &[u8]) -> Vec<u8> {
        let mut out = text.as_bytes().to_vec();
        let i = at.index(out.len().max(1));
        match kind % 5 {
            0 => {
                let end = (i + len).min(out.len());
                out.splice(i..end, bytes.iter().copied());
            }
            1 => {
                out.splice(i..i, bytes.iter().copied());
            }
            2 => {
                let end = (i + len).min(out.len());
                out.drain(i..end);
            }
            3 | 4 => {
                let lines: Vec<&str> = text.split_inclusive('\n').collect();
                let k = at.index(lines.len().max(1));
                let mut rebuilt: Vec<&str> = lines.clone();
                if kind % 5 == 3 {
                    rebuilt.insert(k, lines.get(k).copied().unwrap_or(""));
                } else if k < rebuilt.len() {
                    rebuilt.remove(k);
                }
                out = rebuilt.concat().into_bytes();
            }
            _ => unreachable!(),
        }
        out
    }

    /// Reading, rendering and replaying never panics; an error names the file and, for a
    /// line, the line.
    fn read_and_replay(name: &str, bytes: &[u8], tail: Tail) -> Result<(), TestCaseError> {
        let source = Source::default_scenario();
        let scenario = parse(&source).expect("the default scenario");
        match journal::parse(name, bytes, tail) {
            Err(err) => {
                let text = err.to_string();
                prop_assert!(text.contains(name), "unlocated: {text}");
                let rendered = format!("{:?}", miette::Report::new(err));
                prop_assert!(!rendered.is_empty());
            }
            Ok(read) => {
                if read.header.is_some() {
                    if let Err(err) = journal::replay(&read, &scenario, &source) {
                        let text = err.to_string();
                        prop_assert!(text.contains(name), "unlocated: {text}");
                        let _ = format!("{:?}", miette::Report::new(err));
                    }
                } else {
                    let timeline = with_msel(&scenario, script_commands(&read));
                    let mut sim = Simulation::new(&scenario, 7);
                    if let Err(err) = run_timeline(&mut sim, &timeline, SimTime::hours(12), None) {
                        let _ = format!("{:?}", miette::Report::new(err));
                    }
                }
            }
        }
        Ok(())
    }

    proptest! {
        #![proptest_config(Config { cases: 48, failure_persistence: None, ..Config::default() })]

        #[test]
        fn a_mutated_journal_is_read_or_refused_with_its_place_never_a_panic(
            kind in any::<u8>(),
            at in any::<Index>(),
            len in 0usize..40,
            bytes in proptest::collection::vec(any::<u8>(), 0..24),
        ) {
            let mutated = mutate(&recorded(), kind, at, len, &bytes);
            read_and_replay("mutated.journal", &mutated, Tail::Torn)?;
            // The same damage with the chain recomputed, so the reader behind the chain
            // meets it too.
            let rechained = crate::support::rechained(&String::from_utf8_lossy(&mutated));
            read_and_replay("mutated.journal", rechained.as_bytes(), Tail::Torn)?;
        }

        #[test]
        fn a_mutated_command_script_is_run_or_refused_with_its_place_never_a_panic(
            kind in any::<u8>(),
            at in any::<Index>(),
            len in 0usize..40,
            bytes in proptest::collection::vec(
                prop_oneof![any::<u8>(), Just(b'9'), Just(b'-'), Just(b'"'), Just(b')')],
                0..24,
            ),
        ) {
            let mutated = mutate(crate::journal::SCRIPT, kind, at, len, &bytes);
            read_and_replay("mutated-script.txt", &mutated, Tail::Line)?;
        }
    }
}
