//! Inputs a hostile but ordinary user gives: a minified one-line scenario or journal with its
//! error far to the right, mutated journal lines and command scripts. Each gets a located
//! error (or works), never a panic.

use std::path::Path;
use std::process::{Command as Process, Output};

use crate::support::scratch;

fn fluxsim(args: &[&str]) -> Output {
    Process::new(env!("CARGO_BIN_EXE_fluxsim"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("fluxsim runs")
}

fn path(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

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
    std::fs::write(&journal, text).expect("journal");

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
