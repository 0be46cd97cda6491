//! The parts of a scenario designers keep in spreadsheets — the RACI matrix, the places and
//! links — exported as CSV and read back into the scenario's own text: the same scenario
//! after a round trip, only the sheet's parts changed, every bad cell at its row and column.

use fluxsim::scenario::places_csv::{export_places, import_places, with_network};
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

#[test]
fn a_places_sheet_exported_then_imported_gives_the_same_scenario() {
    for name in [
        "kosovo-flux.ron",
        "tutorial.ron",
        "balkan-route-90d.ron",
        "onward-transport.ron",
    ] {
        let source = fixture_source(name);
        let scenario = parse(&source).expect("valid");
        let sheet = export_places(&scenario).expect("exports");
        let network = import_places("places.csv", &sheet, &scenario).expect("imports");
        assert_eq!(network.locations, scenario.locations, "{name}");
        assert_eq!(network.links, scenario.links, "{name}");
        let rewritten = with_network(&source, &scenario, network).expect("writes");
        assert_eq!(rewritten.text, *source.text, "{name}: nothing to change");
        assert_eq!(rewritten.changed, 0, "{name}");
    }
}

#[test]
fn the_places_sheet_has_a_row_per_place_then_a_row_per_link() {
    let scenario = parse(&fixture_source("kosovo-flux.ron")).expect("valid");
    let sheet = export_places(&scenario).expect("exports");
    let lines: Vec<&str> = sheet.lines().collect();
    assert_eq!(
        lines[0],
        "row,id,name,kind,operator,country,capacity,surge_capacity,duration,shifts,queue_limit,waiting_area,open,languages,without_interpreter,asylum,detected,outcome,from,to,time,mode,fleet"
    );
    assert!(lines.contains(
        &"place,vermice,Vërmicë/Vrbnica BCP,Bcp,,Albania,8,,lognormal 3m30s sd 1m30s,06:00 3; 14:00 3; 22:00 2,300,,yes,,,,,,,,,,"
    ));
    assert!(lines.contains(&"link,,,,,,,,,,,,,,,,,,vermice,reg_prizren,30m,bus,kp_buses"));
    let places = lines.iter().filter(|l| l.starts_with("place,")).count();
    let links = lines.iter().filter(|l| l.starts_with("link,")).count();
    assert_eq!(
        (places, links),
        (scenario.locations.len(), scenario.links.len())
    );
}

#[test]
fn the_places_round_trip_through_the_command_line_keeps_the_check_result() {
    let dir = scratch("places-round-trip");
    let sheet = dir.join("places.csv");
    let copy = dir.join("copy.ron");
    let original = fixture_path("kosovo-flux.ron");
    let out = fluxsim(&[
        "scenario",
        "places",
        "export",
        &original,
        "-o",
        path(&sheet),
    ]);
    assert!(out.status.success(), "{}", flat(&out.stderr));
    let out = fluxsim(&[
        "scenario",
        "places",
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
    assert_eq!(text, std::fs::read_to_string(&original).expect("fixture"));
    let after = parse(&Source::new("copy.ron", text)).expect("valid");
    assert_eq!(after, before);
    assert_eq!(checked(&copy), checked(std::path::Path::new(&original)));
}

/// The kosovo places sheet with `edit` made to its rows, saved with `;` between cells.
fn semicolon_sheet(edit: impl Fn(&mut Vec<Vec<String>>)) -> String {
    let scenario = parse(&fixture_source("kosovo-flux.ron")).expect("valid");
    let sheet = export_places(&scenario).expect("exports");
    let mut rows: Vec<Vec<String>> = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(sheet.as_bytes())
        .records()
        .map(|r| r.expect("row").iter().map(str::to_string).collect())
        .collect();
    edit(&mut rows);
    let mut out = csv::WriterBuilder::new()
        .delimiter(b';')
        .from_writer(Vec::new());
    for row in &rows {
        out.write_record(row).expect("written");
    }
    String::from_utf8(out.into_inner().expect("flushed")).expect("utf-8")
}

/// A row of the places sheet from its filled cells.
fn sheet_row(cells: &[(&str, &str)]) -> Vec<String> {
    fluxsim::scenario::places_csv::COLUMNS
        .iter()
        .map(|column| {
            cells
                .iter()
                .find(|(name, _)| name == column)
                .map_or(String::new(), |(_, v)| v.to_string())
        })
        .collect()
}

#[test]
fn a_places_import_changes_only_what_the_sheet_changes_and_keeps_the_comments() {
    let dir = scratch("places-edit");
    let scenario_file = dir.join("k.ron");
    let original = std::fs::read_to_string(fixture_path("kosovo-flux.ron")).expect("fixture");
    std::fs::write(&scenario_file, &original).expect("copied");
    // Ten lanes at Vërmicë, a bus waiting area beside the Prizren registration point.
    let sheet = dir.join("places.csv");
    let text = semicolon_sheet(|rows| {
        let vermice = rows.iter_mut().find(|r| r[1] == "vermice").expect("row");
        vermice[6] = "10".to_string();
        let last_place = rows.iter().rposition(|r| r[0] == "place").expect("places");
        rows.insert(
            last_place + 1,
            sheet_row(&[
                ("row", "place"),
                ("id", "waiting"),
                ("name", "Bus waiting area"),
                ("kind", "transit"),
                ("capacity", "150"),
            ]),
        );
        rows.push(sheet_row(&[
            ("row", "link"),
            ("from", "reg_prizren"),
            ("to", "waiting"),
            ("time", "5m"),
        ]));
    });
    std::fs::write(&sheet, text).expect("written");
    let out = fluxsim(&[
        "scenario",
        "places",
        "import",
        path(&sheet),
        "--into",
        path(&scenario_file),
    ]);
    assert!(out.status.success(), "{}", flat(&out.stderr));
    assert_eq!(
        flat(&out.stderr),
        format!(
            "the places sheet imported into {0} (3 rows changed it); only the parts the sheet holds were replaced, comments kept (its previous text is in {0}.bak)",
            path(&scenario_file)
        )
    );
    let backup = std::fs::read_to_string(dir.join("k.ron.bak")).expect("backup kept");
    assert_eq!(backup, original);
    let text = std::fs::read_to_string(&scenario_file).expect("written");
    let gone: Vec<&str> = original
        .lines()
        .filter(|l| !text.lines().any(|t| t == *l))
        .collect();
    let new: Vec<&str> = text
        .lines()
        .filter(|l| !original.lines().any(|o| o == *l))
        .collect();
    assert_eq!(
        gone,
        ["            lanes: 8,                                    // [A] surge maximum (6.2)"]
    );
    assert_eq!(
        new,
        [
            "            lanes: 10,                                    // [A] surge maximum (6.2)",
            "        (id: \"waiting\", name: \"Bus waiting area\", kind: Transit(capacity: 150)),",
            "        (from: \"reg_prizren\", to: \"waiting\", time: \"5m\", mode: Walk),",
        ]
    );
}

#[test]
fn every_bad_cell_of_a_places_sheet_is_reported_at_once_and_nothing_is_written() {
    let dir = scratch("places-bad");
    let sheet = dir.join("bad.csv");
    let target = dir.join("out.ron");
    let text = semicolon_sheet(|rows| {
        let cell = |rows: &mut Vec<Vec<String>>, id: &str, column: usize, value: &str| {
            let row = rows.iter_mut().find(|r| r[1] == id).expect("row");
            row[column] = value.to_string();
        };
        cell(rows, "vermice", 6, "eight"); // capacity
        cell(rows, "krusheve", 8, "5m"); // duration without its law
        cell(rows, "hani_elezit", 9, "06:00 2; 25:00 1"); // shifts
        cell(rows, "gb_morine", 16, "1.5"); // detected
        cell(rows, "magura", 15, "maybe"); // asylum
        cell(rows, "merdare", 3, "Border"); // kind
        cell(rows, "reg_prizren", 17, "Onward"); // outcome, not a registration's
        cell(rows, "reg_hani", 4, "nobody"); // operator
        rows.push(sheet_row(&[
            ("row", "place"),
            ("id", "vermice"),
            ("kind", "Transit"),
            ("capacity", "10"),
        ]));
        rows.push(sheet_row(&[
            ("row", "link"),
            ("from", "vermice"),
            ("to", "nowhere"),
            ("time", "2 hours"),
            ("mode", "bus"),
            ("fleet", "taxis"),
            ("capacity", "3"),
        ]));
        rows.push(sheet_row(&[("row", "road"), ("id", "x")]));
    });
    std::fs::write(&sheet, text).expect("written");
    let original = fixture_path("kosovo-flux.ron");
    let out = fluxsim(&[
        "scenario",
        "places",
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
        "bad.csv: 14 problems in the places sheet; nothing was written",
        "row 4, column 17 (detected): `1.5` is not a share between 0 and 1 (such as `0.75` or `75%`)",
        "row 5, column 7 (capacity): `eight` is not a whole number (such as `12`)",
        "row 6, column 9 (duration): `5m` is not a duration drawn at random: `exp 6m`, `lognormal 12m sd 5m`, `fixed 5m` or `uniform 2m-5m`",
        "row 7, column 10 (shifts): `06:00 2; 25:00 1` is not shifts such as `06:00 3; 22:00 2` (from that hour on, that many officers on duty)",
        "row 8, column 18 (outcome): a place of kind Registration has no `outcome`: leave the cell empty",
        "row 9, column 5 (operator): unknown institution `nobody`; the institutions are: mia,",
        "row 10, column 16 (asylum): `maybe` is not `yes` or `no`",
        "row 21, column 4 (kind): `Border` is not a kind of place: `Entry`, `GreenBorder`, `Bcp`, `Registration`, `Transit`, `Reception`, `Hospital` or `Exit`",
        "row 61, column 2 (id): `vermice` is already on row 5",
        "row 62, column 20 (to): unknown place `nowhere`; the places are: alb_morine,",
        "row 62, column 21 (time): `2 hours` is not a duration (such as `20m`, `1h30m` or `2d`)",
        "row 62, column 23 (fleet): unknown bus or train fleet `taxis`; the fleets are: kp_buses, reception_coaches",
        "row 63, column 1 (row): `road` is not `place` or `link`",
        "row 62, column 7 (capacity): a link has no `capacity` (only a place has): leave the cell empty",
    ] {
        assert!(err.contains(expected), "{expected}\n in: {err}");
    }
}

#[test]
fn a_places_sheet_without_its_row_column_says_so() {
    let dir = scratch("places-no-row");
    let sheet = dir.join("places.csv");
    std::fs::write(&sheet, "id,kind,country\nnorth,Entry,Albania\n").expect("written");
    let out = fluxsim(&[
        "scenario",
        "places",
        "import",
        path(&sheet),
        "--into",
        &fixture_path("tutorial.ron"),
        "-o",
        path(&dir.join("out.ron")),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        flat(&out.stderr).contains("row 1, column 4 (row): the header has no `row` column"),
        "{}",
        flat(&out.stderr)
    );
}

#[test]
fn a_places_import_never_writes_onto_its_sheet() {
    let dir = scratch("places-onto-sheet");
    let sheet = dir.join("places.csv");
    let original = fixture_path("tutorial.ron");
    let out = fluxsim(&[
        "scenario",
        "places",
        "export",
        &original,
        "-o",
        path(&sheet),
    ]);
    assert!(out.status.success(), "{}", flat(&out.stderr));
    let before = std::fs::read_to_string(&sheet).expect("written");
    let out = fluxsim(&[
        "scenario",
        "places",
        "import",
        path(&sheet),
        "--into",
        &original,
        "-o",
        path(&sheet),
        "--force",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(std::fs::read_to_string(&sheet).expect("kept"), before);
}

#[test]
fn places_put_in_another_order_rewrite_only_the_list_of_places() {
    let source = fixture_source("kosovo-flux.ron");
    let scenario = parse(&source).expect("valid");
    let text = semicolon_sheet(|rows| rows.swap(1, 2));
    let network = import_places("places.csv", &text, &scenario).expect("imports");
    assert_eq!(network.locations[0].id, "mkd_blace");
    let rewritten = with_network(&source, &scenario, network.clone()).expect("writes");
    assert!(rewritten.comments_kept);
    assert_eq!(rewritten.changed, 2);
    let after = parse(&Source::new("k.ron", rewritten.text.clone())).expect("valid");
    assert_eq!(after.locations, network.locations);
    // The links' comments are outside the list written again.
    assert!(
        rewritten
            .text
            .contains("(from: \"alb_morine\", to: \"krusheve\", time: \"2h30m\"),   // mountain road via Shishtavec")
    );
}
