//! Observations added after the exercise: `fluxsim observe J --csv notes.csv -o J2` writes a
//! copy of the journal with the hot wash's rows appended as annotation lines, continuing the
//! chain; the journal itself never changes, a bad cell writes nothing, and the report quotes
//! the added observations and rates with them.

use fluxsim::SimTime;
use fluxsim::i18n::Lang;
use fluxsim::journal::{read, replay};
use fluxsim::report::{Report, markdown};
use fluxsim::scenario::Rating;

use crate::support::{flat, fluxsim, path, scratch};

const SEED: u64 = 2018;

/// A journal of the objectives fixture recorded to T+24h.
fn recorded(dir: &std::path::Path) -> std::path::PathBuf {
    let journal = dir.join("exercise.journal");
    let (mut recorder, mut sim) = crate::support::recording("objectives.ron", &journal, SEED);
    sim.advance_to(SimTime::hours(24));
    recorder.reached(&mut sim).expect("written");
    journal
}

/// Runs `fluxsim observe journal --csv csv -o copy` with `more` arguments.
fn observe(
    journal: &std::path::Path,
    csv: &std::path::Path,
    copy: &std::path::Path,
    more: &[&str],
) -> std::process::Output {
    let mut args = vec![
        "observe",
        path(journal),
        "--csv",
        path(csv),
        "-o",
        path(copy),
    ];
    args.extend_from_slice(more);
    fluxsim(&args)
}

const SHEET: &str = "time,evaluator,capability,institution,rating,text,task\n\
T+6h,Evaluator 2,Mass Care Services,mia,U,\"Nobody approved reception; people slept outdoors, <b>cold</b>\",no-night-outdoors\n\
\n\
T+3h,Evaluator 1,,police,P,The border police counted every group,\n";

#[test]
fn observations_from_the_hot_wash_are_added_to_a_copy_and_the_journal_is_unchanged() {
    let dir = scratch("hot-wash");
    let journal = recorded(&dir);
    let before = std::fs::read(&journal).expect("journal");
    let csv = dir.join("notes.csv");
    std::fs::write(&csv, SHEET).expect("sheet");
    let copy = dir.join("with-notes.journal");
    let out = observe(&journal, &csv, &copy, &[]);
    assert!(out.status.success(), "{}", flat(&out.stderr));
    assert!(
        flat(&out.stderr).contains("2 observations added after the end of"),
        "{}",
        flat(&out.stderr)
    );
    assert_eq!(std::fs::read(&journal).expect("journal"), before);
    let written = std::fs::read(&copy).expect("copy");
    assert!(written.starts_with(&before), "the copy keeps every line");

    // The copy's chain holds, its annotations read back, and they change nothing.
    let annotated = read(&copy).expect("the chain holds");
    assert_eq!(annotated.annotations.len(), 2);
    let first = &annotated.annotations[0];
    assert_eq!(
        first.at,
        SimTime::hours(6),
        "an annotation keeps its own time"
    );
    assert_eq!(first.by, "Evaluator 2");
    assert_eq!(first.observation.rating, Some(Rating::U));
    assert_eq!(first.observation.task.as_deref(), Some("no-night-outdoors"));
    let scenario = crate::support::fixture("objectives.ron");
    let source = crate::support::fixture_source("objectives.ron");
    let original = read(&journal).expect("reads");
    let mut a = replay(&original, &scenario, &source).expect("replays").sim;
    let mut b = replay(&annotated, &scenario, &source).expect("replays").sim;
    assert_eq!(a.digest(), b.digest());

    // The report quotes them after the exercise's own and rates with them.
    let report = Report::build(&scenario, "objectives.ron", &annotated, &mut b, Lang::En);
    let text = markdown(&report);
    assert!(
        text.contains("Added after the exercise (hot wash)"),
        "{text}"
    );
    assert!(text.contains("Evaluator 2"), "{text}");
    let mass_care = report
        .capabilities
        .iter()
        .find(|c| c.name == "Mass Care Services")
        .expect("rated");
    assert_eq!(mass_care.observed, Some(Rating::U));
    assert_eq!(mass_care.rating, Rating::U);
    let plain = Report::build(&scenario, "objectives.ron", &original, &mut a, Lang::En);
    assert!(plain.hot_wash.is_empty());
}

#[test]
fn a_bad_cell_is_reported_by_row_and_column_and_nothing_is_written() {
    let dir = scratch("hot-wash-bad");
    let journal = recorded(&dir);
    let csv = dir.join("notes.csv");
    let sheet = "time,evaluator,capability,institution,rating,text\n\
                 T+6h,E1,Mass Care Services,mia,X,slow\n\
                 T+99h,E2,,minstry,P,\n";
    std::fs::write(&csv, sheet).expect("sheet");
    let copy = dir.join("with-notes.journal");
    let out = observe(&journal, &csv, &copy, &[]);
    assert_eq!(out.status.code(), Some(1));
    let said = flat(&out.stderr);
    for expected in [
        "row 2, column 5 (rating): `X` is not a rating: expected P, S, M or U",
        "row 3, column 1 (time): T+4d3h is after the exercise ends at T+3d",
        "row 3, column 6 (text): expected what was observed, found an empty cell",
        "row 3, column 4 (institution): unknown institution `minstry`",
        "nothing was written",
    ] {
        assert!(said.contains(expected), "{expected} in {said}");
    }
    assert!(!copy.exists(), "nothing is written");
}

#[test]
fn an_edited_annotation_is_found_by_the_chain() {
    let dir = scratch("hot-wash-edit");
    let journal = recorded(&dir);
    let csv = dir.join("notes.csv");
    std::fs::write(&csv, SHEET).expect("sheet");
    let copy = dir.join("with-notes.journal");
    let out = observe(&journal, &csv, &copy, &[]);
    assert!(out.status.success(), "{}", flat(&out.stderr));
    let text = std::fs::read_to_string(&copy).expect("copy");
    let edited = text
        .replace("rating:U", "rating:P")
        .replace("rating: U", "rating: P");
    assert_ne!(edited, text, "the rating is on the line");
    std::fs::write(&copy, edited).expect("edited");
    let err = read(&copy).expect_err("the chain breaks");
    let lines = text.lines().count();
    assert!(
        err.to_string().contains(&format!("line {}", lines - 1)),
        "{err}"
    );
}

#[test]
fn the_copy_is_never_written_onto_the_journal_or_the_sheet() {
    let dir = scratch("hot-wash-onto");
    let journal = recorded(&dir);
    let before = std::fs::read(&journal).expect("journal");
    let csv = dir.join("notes.csv");
    std::fs::write(&csv, SHEET).expect("sheet");
    for target in [&journal, &csv] {
        let out = observe(&journal, &csv, target, &["--force"]);
        assert_eq!(out.status.code(), Some(1), "{}", flat(&out.stderr));
    }
    assert_eq!(std::fs::read(&journal).expect("journal"), before);
    assert_eq!(std::fs::read_to_string(&csv).expect("sheet"), SHEET);
}
