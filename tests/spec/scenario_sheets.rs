//! The parts of a scenario designers keep in spreadsheets — the RACI matrix, the places and
//! links — exported as CSV and read back into the scenario's own text: the same scenario
//! after a round trip, only the sheet's parts changed, every bad cell at its row and column.

use fluxsim::scenario::raci_csv::{export_raci, import_raci, with_functions};
use fluxsim::scenario::{Source, parse};

use crate::support::{fixture_path, fixture_source, flat, fluxsim, path, scratch};

/// `check`'s output on `file`, with the file's name taken out.
fn checked(file: &std::path::Path) -> String {
    let out = fluxsim(&["check", path(file)]);
    String::from_utf8_lossy(&out.stdout).replace(path(file), "FILE")
}

#[test]
fn a_raci_sheet_exported_then_imported_gives_the_same_scenario() {
    for name in ["kosovo-flux.ron", "tutorial.ron", "balkan-route-90d.ron"] {
        let source = fixture_source(name);
        let scenario = parse(&source).expect("valid");
        let sheet = export_raci(&scenario).expect("exports");
        let functions = import_raci("raci.csv", &sheet, &scenario).expect("imports");
        assert_eq!(functions, scenario.functions, "{name}");
        let rewritten = with_functions(&source, &scenario, functions).expect("writes");
        assert_eq!(rewritten.text, *source.text, "{name}: nothing to change");
    }
}

#[test]
fn the_raci_round_trip_through_the_command_line_keeps_the_check_result() {
    let dir = scratch("raci-round-trip");
    let sheet = dir.join("raci.csv");
    let copy = dir.join("copy.ron");
    let original = fixture_path("kosovo-flux.ron");
    let out = fluxsim(&["scenario", "raci", "export", &original, "-o", path(&sheet)]);
    assert!(out.status.success(), "{}", flat(&out.stderr));
    let out = fluxsim(&[
        "scenario",
        "raci",
        "import",
        path(&sheet),
        "--into",
        &original,
        "-o",
        path(&copy),
    ]);
    assert!(out.status.success(), "{}", flat(&out.stderr));
    let before = parse(&fixture_source("kosovo-flux.ron")).expect("valid");
    let text = std::fs::read_to_string(&copy).expect("written");
    let after = parse(&Source::new("copy.ron", text)).expect("valid");
    assert_eq!(after, before);
    assert_eq!(checked(&copy), checked(std::path::Path::new(&original)));
}

#[test]
fn the_raci_sheet_has_institutions_as_columns_and_a_contested_row_shows_two_as() {
    let scenario = parse(&fixture_source("kosovo-flux.ron")).expect("valid");
    let sheet = export_raci(&scenario).expect("exports");
    let mut lines = sheet.lines();
    assert_eq!(
        lines.next(),
        Some(
            "function,name,mia,ksc,dcam,police,ema,prizren,moh,mlsw,onatc,red_cross,unhcr,iom,unicef"
        )
    );
    let chair = sheet
        .lines()
        .find(|l| l.starts_with("chair_cwg,"))
        .expect("a row per function");
    assert_eq!(
        chair,
        "chair_cwg,Chair the contingency working group,A,A,R,C,C,C,C,C,C,I,C,C,I"
    );
    let approve = sheet
        .lines()
        .find(|l| l.starts_with("approve_reception,"))
        .expect("a row per function");
    assert!(!approve.contains(",A,"), "unowned: no A at all: {approve}");
}

#[test]
fn a_raci_import_changes_only_the_lists_it_changes_and_keeps_the_comments() {
    let dir = scratch("raci-edit");
    let scenario_file = dir.join("k.ron");
    let original = std::fs::read_to_string(fixture_path("kosovo-flux.ron")).expect("fixture");
    std::fs::write(&scenario_file, &original).expect("copied");
    // Semicolons, as spreadsheet programs on Albanian and Serbian machines save; MIA now
    // also answers for reception, and the KSC only is consulted on the working group.
    let sheet = dir.join("raci.csv");
    std::fs::write(
        &sheet,
        "function;mia;ksc\napprove_reception;C|A;C\nchair_cwg;A;c\n",
    )
    .expect("written");
    let out = fluxsim(&[
        "scenario",
        "raci",
        "import",
        path(&sheet),
        "--into",
        path(&scenario_file),
    ]);
    assert!(out.status.success(), "{}", flat(&out.stderr));
    assert_eq!(
        flat(&out.stderr),
        format!(
            "the RACI sheet imported into {0} (2 rows changed it); only the parts the sheet holds were replaced, comments kept (its previous text is in {0}.bak)",
            path(&scenario_file)
        )
    );
    let backup = std::fs::read_to_string(dir.join("k.ron.bak")).expect("backup kept");
    assert_eq!(backup, original);
    let text = std::fs::read_to_string(&scenario_file).expect("written");
    let changed: Vec<(&str, &str)> = original
        .lines()
        .zip(text.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(
        changed,
        [
            (
                "         responsible: [\"dcam\"], accountable: [\"mia\", \"ksc\"],",
                "         responsible: [\"dcam\"], accountable: [\"mia\"],"
            ),
            (
                "         consulted: [\"police\", \"ema\", \"prizren\", \"moh\", \"mlsw\", \"onatc\", \"unhcr\", \"iom\"],",
                "         consulted: [\"police\", \"ema\", \"prizren\", \"moh\", \"mlsw\", \"onatc\", \"unhcr\", \"iom\", \"ksc\"],"
            ),
            (
                "         responsible: [\"dcam\"], accountable: [],",
                "         responsible: [\"dcam\"], accountable: [\"mia\"],"
            ),
        ]
    );
    assert_eq!(text.lines().count(), original.lines().count());
}

#[test]
fn every_bad_cell_of_a_raci_sheet_is_reported_at_once_and_nothing_is_written() {
    let dir = scratch("raci-bad");
    let sheet = dir.join("bad.csv");
    let target = dir.join("out.ron");
    std::fs::write(
        &sheet,
        "function,name,mia,nobody,police\nchair_cwg,x,A,,RX\nno_such,y,A,,\n",
    )
    .expect("written");
    let original = fixture_path("kosovo-flux.ron");
    let out = fluxsim(&[
        "scenario",
        "raci",
        "import",
        path(&sheet),
        "--into",
        &original,
        "-o",
        path(&target),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(!target.exists(), "nothing written");
    let err = flat(&out.stderr);
    for expected in [
        "bad.csv: 3 problems in the RACI sheet; nothing was written",
        "row 1, column 4 (nobody): unknown institution `nobody`; the institutions are: mia, ksc, dcam, police, ema, prizren, moh, mlsw, onatc, red_cross, unhcr, iom, unicef",
        "row 2, column 5 (police): `RX` holds `X`: write only the letters R, A, C and I (e.g. `RA`), or leave the cell empty",
        "row 3, column 1 (function): unknown function `no_such`; the functions are: declare_alert,",
    ] {
        assert!(err.contains(expected), "{expected}\n in: {err}");
    }
}

#[test]
fn a_sheet_separated_by_something_else_says_how_to_separate_cells() {
    let dir = scratch("raci-pipes");
    let sheet = dir.join("pipes.csv");
    std::fs::write(&sheet, "function|mia|police\nchair_cwg|A|R\n").expect("written");
    let original = fixture_path("kosovo-flux.ron");
    let out = fluxsim(&[
        "scenario",
        "raci",
        "import",
        path(&sheet),
        "--into",
        &original,
        "-o",
        path(&dir.join("out.ron")),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        flat(&out.stderr).contains(
            "row 1, column 1: the header row is a single cell holding `|`: separate the cells with `,`, `;` or a tab (save the sheet as CSV)"
        ),
        "{}",
        flat(&out.stderr)
    );
}

#[test]
fn a_raci_import_never_writes_over_another_file_without_force() {
    let dir = scratch("raci-force");
    let sheet = dir.join("raci.csv");
    let existing = dir.join("existing.ron");
    std::fs::write(&existing, "keep me").expect("written");
    let original = fixture_path("kosovo-flux.ron");
    let out = fluxsim(&["scenario", "raci", "export", &original, "-o", path(&sheet)]);
    assert!(out.status.success());
    let out = fluxsim(&[
        "scenario",
        "raci",
        "import",
        path(&sheet),
        "--into",
        &original,
        "-o",
        path(&existing),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(std::fs::read_to_string(&existing).expect("kept"), "keep me");
    let out = fluxsim(&[
        "scenario",
        "raci",
        "import",
        path(&sheet),
        "--into",
        &original,
        "-o",
        path(&existing),
        "--force",
    ]);
    assert!(out.status.success(), "{}", flat(&out.stderr));
}
