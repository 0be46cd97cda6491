//! Journal edge cases met by `run --resume`: a long unterminated tail is refused and left in
//! place, a finished exercise is not extended, a journal in which nothing was recorded says
//! how to start afresh, and a journal given by hand names the command that goes on with it.

use std::path::Path;
use std::process::Output;

use crate::support::scratch;
use crate::support::{flat, fluxsim, path};

fn record(journal: &Path, extra: &[&str]) -> Output {
    let mut args = vec!["run", "--journal", path(journal)];
    args.extend_from_slice(extra);
    let out = fluxsim(&args);
    assert!(out.status.success(), "{}", flat(&out.stderr));
    out
}

#[test]
fn a_tail_longer_than_any_line_is_refused_and_the_file_left_as_it_is() {
    let dir = scratch("edges-long-tail");
    let journal = dir.join("exercise.journal");
    record(&journal, &["--until", "6h"]);
    let mut bytes = std::fs::read(&journal).expect("journal");
    bytes.extend(std::iter::repeat_n(b'x', 200_000));
    std::fs::write(&journal, &bytes).expect("appended");

    let out = fluxsim(&["run", "--resume", path(&journal)]);
    assert_eq!(out.status.code(), Some(1));
    let said = flat(&out.stderr);
    assert!(
        said.contains("the journal ends in 200000 bytes without a line break"),
        "{said}"
    );
    assert!(said.contains("the file was left as it is"), "{said}");
    assert!(out.stderr.len() < 2_000, "a short excerpt only: {said}");
    assert_eq!(
        std::fs::read(&journal).expect("journal"),
        bytes,
        "untouched"
    );
}

#[test]
fn resuming_a_finished_exercise_adds_nothing_and_says_so() {
    let dir = scratch("edges-finished");
    let journal = dir.join("exercise.journal");
    let first = record(&journal, &[]);
    let recorded = std::fs::read(&journal).expect("journal");
    for _ in 0..2 {
        let again = fluxsim(&["run", "--resume", path(&journal)]);
        assert!(again.status.success(), "{}", flat(&again.stderr));
        assert!(
            flat(&again.stderr).contains(&format!(
                "{} already reached T+3d, the end of this run: there is nothing to resume",
                path(&journal)
            )),
            "{}",
            flat(&again.stderr)
        );
        assert_eq!(again.stdout, first.stdout, "the same summary");
        assert_eq!(
            std::fs::read(&journal).expect("journal"),
            recorded,
            "no other Reached line"
        );
    }
}

#[test]
fn a_journal_with_nothing_recorded_says_so_and_the_command_it_prints_starts_afresh() {
    let dir = scratch("edges-empty");
    for (name, content) in [
        ("empty.journal", ""),
        ("torn-header.journal", "Header(format: 1, engine: \"0.1"),
    ] {
        let journal = dir.join(name);
        std::fs::write(&journal, content).expect("journal");
        let out = fluxsim(&["run", "--resume", path(&journal), "--seed", "7"]);
        assert_eq!(out.status.code(), Some(1), "{name}");
        let said = flat(&out.stderr);
        assert!(
            said.contains("no command was ever recorded in it"),
            "{name}: {said}"
        );
        let command = format!("fluxsim run --seed 7 --journal {}", path(&journal));
        assert!(said.contains(&format!("`{command}`")), "{name}: {said}");

        let args: Vec<&str> = command.split(' ').skip(1).collect();
        let afresh = fluxsim(&args);
        assert!(afresh.status.success(), "{name}: {}", flat(&afresh.stderr));
        assert!(
            std::fs::read_to_string(&journal)
                .expect("journal")
                .starts_with("Header(format: "),
            "{name}: recorded anew"
        );
    }
    // A file holding something else is never taken for an empty journal.
    let notes = dir.join("notes.txt");
    std::fs::write(&notes, "my notes").expect("notes");
    let out = fluxsim(&["run", "--journal", path(&notes)]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(std::fs::read_to_string(&notes).expect("notes"), "my notes");
}

#[test]
fn a_journal_given_by_hand_resumed_headless_names_the_command_that_goes_on_with_it() {
    let dir = scratch("edges-by-hand");
    let script = dir.join("decisions.txt");
    std::fs::write(
        &script,
        "Command(at: \"T+2h\", command: ChangeOfficers(bcp: \"vermice\", by: 2))\n",
    )
    .expect("script");
    let journal = dir.join("exercise.journal");
    record(&journal, &["--commands", path(&script), "--until", "6h"]);
    let recorded = std::fs::read(&journal).expect("journal");
    let line = String::from_utf8_lossy(&recorded)
        .lines()
        .position(|l| l.contains("ChangeOfficers"))
        .expect("the decision's line")
        + 1;

    let out = fluxsim(&["run", "--resume", path(&journal)]);
    assert_eq!(out.status.code(), Some(1));
    let said = flat(&out.stderr);
    assert!(
        said.contains(&format!(
            "{}:{line}: Command(at: \"T+2h\", command: Control(ChangeOfficers(bcp: \"vermice\", by: 2)), origin: Facilitator) was given by hand",
            path(&journal)
        )),
        "{said}"
    );
    // miette may wrap the path; the command is whole once the wrap is undone.
    assert!(
        said.replace("- ", "-")
            .contains(&format!("`fluxsim console --resume {}`", path(&journal))),
        "{said}"
    );
    assert_eq!(std::fs::read(&journal).expect("journal"), recorded);

    let with_script = fluxsim(&[
        "run",
        "--resume",
        path(&journal),
        "--commands",
        path(&script),
    ]);
    assert!(
        with_script.status.success(),
        "{}",
        flat(&with_script.stderr)
    );
}
