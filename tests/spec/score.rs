//! `fluxsim score`: a run compared with an observed series, FLEE's averaged relative
//! difference and the daily mean absolute percentage error, and FLEE's CSV columns
//! (docs/score.md).

use crate::support::{flat, fluxsim, path, scratch};

fn observed_path(name: &str) -> String {
    format!(
        "{}/tests/fixtures/observed/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

#[test]
fn a_run_driven_by_a_series_scores_zero_against_its_own_day_totals() {
    let dir = scratch("score-self");
    let journal = dir.join("series.journal");
    let run = fluxsim(&[
        "run",
        &observed_path("series.ron"),
        "--journal",
        path(&journal),
    ]);
    assert!(run.status.success(), "{}", flat(&run.stderr));
    // The day totals of series.csv per entry point, written out by hand.
    let observed = dir.join("observed.csv");
    std::fs::write(
        &observed,
        "t,fmp,n\n2026-10-25,north,465\n2026-10-26,north,700\n2026-10-26,south,80\n\
         2026-10-27,north,260\n2026-10-27,south,75\n2026-10-28,north,20\n2026-10-28,south,1500\n",
    )
    .expect("write");
    let csv = dir.join("score.csv");
    let out = fluxsim(&[
        "score",
        path(&journal),
        "--observed",
        path(&observed),
        "--csv",
        path(&csv),
    ]);
    assert!(out.status.success(), "{}", flat(&out.stderr));
    let said = flat(&out.stdout);
    assert!(
        said.contains("Averaged relative difference (FLEE): 0.000 (rescaled: 0.000)"),
        "{said}"
    );
    assert!(
        said.contains("Mean absolute percentage error of the daily figures: 0.0 %"),
        "{said}"
    );
    let text = std::fs::read_to_string(&csv).expect("score CSV");
    let header = text.lines().next().expect("header");
    assert_eq!(
        header,
        "Day,Date,north sim,north data,north error,south sim,south data,south error,Total error,Total error (rescaled)"
    );
    assert!(
        text.contains("3,2026-10-28,20,20,0.000000,1500,1500,0.000000,0.000000,0.000000"),
        "{text}"
    );
    // No overwrite without --force.
    let again = fluxsim(&[
        "score",
        path(&journal),
        "--observed",
        path(&observed),
        "--csv",
        path(&csv),
    ]);
    assert_eq!(again.status.code(), Some(1));
}

#[test]
fn doubled_observed_figures_give_half_a_relative_difference_and_none_rescaled() {
    let dir = scratch("score-double");
    let journal = dir.join("series.journal");
    let run = fluxsim(&[
        "run",
        &observed_path("series.ron"),
        "--journal",
        path(&journal),
    ]);
    assert!(run.status.success(), "{}", flat(&run.stderr));
    let observed = dir.join("observed.csv");
    // Twice what arrived at the northern approach on each of two days.
    std::fs::write(
        &observed,
        "date;place;count\n2026-10-25;north;930\n2026-10-26;north;1400\n",
    )
    .expect("write");
    let out = fluxsim(&["score", path(&journal), "--observed", path(&observed)]);
    assert!(out.status.success(), "{}", flat(&out.stderr));
    let said = flat(&out.stdout);
    // |x − 2x| / 2x = 0.5 each day; rescaled, the one place equals the data.
    assert!(
        said.contains("Averaged relative difference (FLEE): 0.500 (rescaled: 0.000)"),
        "{said}"
    );
    assert!(
        said.contains("Mean absolute percentage error of the daily figures: 50.0 %"),
        "{said}"
    );
}
