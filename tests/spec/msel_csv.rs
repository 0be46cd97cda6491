//! The MSEL as a CSV spreadsheet: export then import keeps every field, bad rows are
//! reported with their row and column, and import rewrites only the scenario's MSEL.

use fluxsim::Scenario;
use fluxsim::SimTime;
use fluxsim::scenario::msel_csv::{COLUMNS, RowProblem, export, import, with_msel};
use fluxsim::scenario::{Inject, Source, parse};

use crate::support::{flat, fluxsim, path, scratch, shipped};

fn kosovo() -> Scenario {
    crate::support::kosovo()
}

fn inject(number: u32, at: SimTime, to: &[&str]) -> Inject {
    Inject {
        number,
        at,
        synopsis: String::new(),
        synopses: Default::default(),
        expected_actions: Default::default(),
        from: String::new(),
        to: to.iter().map(|s| s.to_string()).collect(),
        method: String::new(),
        expected_action: String::new(),
        expect: Vec::new(),
        capability: String::new(),
        notes: String::new(),
        trigger: None,
        effect: None,
    }
}

#[test]
fn export_then_import_keeps_every_field_even_awkward_ones() {
    let awkward = vec![
        Inject {
            synopsis: "Quotes \"like this\", commas, a; semicolon\nand a second line".into(),
            from: "  padded sender  ".into(),
            method: "phone, then email".into(),
            expected_action: "Ünïcödé: Vërmicë/Vrbnica — Đeneral Janković".into(),
            capability: "Mass Care Services; Logistics".into(),
            notes: "ends with a line break\n".into(),
            ..inject(7, SimTime::mins(90), &["police", "dcam", "mia"])
        },
        Inject {
            synopsis: "At the start, to nobody in particular".into(),
            ..inject(8, SimTime::ZERO, &[])
        },
        Inject {
            synopsis: "Every optional cell empty".into(),
            ..inject(12, SimTime::hours(71), &["ema"])
        },
    ];
    let csv = export(&awkward).expect("exports");
    assert!(csv.starts_with(&(COLUMNS.join(",") + "\n")), "{csv}");
    assert!(
        csv.contains(",T+1h30m,"),
        "times are written as offsets: {csv}"
    );
    assert!(
        csv.contains(",police;dcam;mia,"),
        "receivers joined by `;`: {csv}"
    );
    let back = import("awkward.csv", &csv, &kosovo()).expect("imports");
    assert_eq!(back, awkward);
}

#[test]
fn every_shipped_msel_survives_export_and_import() {
    for name in ["kosovo-flux.ron", "tutorial.ron", "balkan-route-90d.ron"] {
        let scenario = shipped(name);
        let csv = export(&scenario.msel).expect("exports");
        let back = import(name, &csv, &scenario).expect("imports");
        assert_eq!(back, scenario.msel, "{name}");
    }
}

#[test]
fn import_replaces_only_the_msel_section_and_keeps_the_comments() {
    let source = crate::support::kosovo_source();
    let scenario = parse(&source).expect("valid");
    let mut msel = scenario.msel.clone();
    msel.truncate(3);
    msel[2].notes = "changed in the spreadsheet".into();
    let rewritten = with_msel(&source, &scenario, msel.clone()).expect("rewrites");
    assert!(rewritten.comments_kept);
    let before_msel = &source.text[..source.text.find("msel: [").expect("an msel")];
    assert!(
        rewritten.text.starts_with(before_msel),
        "everything before the MSEL, comments included, is unchanged"
    );
    let reread = parse(&Source::new("rewritten.ron", rewritten.text)).expect("still valid");
    assert_eq!(reread, Scenario { msel, ..scenario });
}

#[test]
fn import_adds_an_msel_to_a_scenario_that_had_none() {
    let text = r#"(
    exercise: (name: "no msel", start: "2026-01-01T00:00", duration: "1d"),
    locations: [
        (id: "entry", kind: Entry(country: "A")),
        (id: "bcp", kind: Bcp(country: "A", lanes: 1, shifts: [(from_hour: 0, officers: 1)], service: Exp(mean: "5m"))),
        (id: "out", kind: Exit(country: "B", outcome: Onward)),
    ],
    links: [(from: "entry", to: "bcp", time: "0s"), (from: "bcp", to: "out", time: "0s")],
    institutions: [(id: "police", name: "Border Police", response: Exp(mean: "20m"))],
    functions: [],
    plan: (phases: [(id: "normal")]),
    arrivals: [(at: "entry", rate: PerHour(10.0))],
    cohort: (
        nationalities: [(id: "X", share: 1.0, languages: {"xx": 1.0}) ],
        outcomes: (onward: 1.0, asylum: 0.0, return: 0.0),
    ), // the last field, with a comment
)
"#;
    let source = Source::new("no-msel.ron", text);
    let scenario = parse(&source).expect("valid");
    assert!(scenario.msel.is_empty());
    let csv = "number,time,synopsis,from,to\n1,T+2h,Queue building,BCP,police\n";
    let msel = import("new.csv", csv, &scenario).expect("imports");
    let rewritten = with_msel(&source, &scenario, msel.clone()).expect("rewrites");
    assert!(rewritten.comments_kept, "{}", rewritten.text);
    assert!(rewritten.text.contains("// the last field, with a comment"));
    let reread = parse(&Source::new("rewritten.ron", rewritten.text)).expect("valid");
    assert_eq!(reread.msel, msel);
}

/// A bad cell as an English reader sees it.
#[derive(Debug, Clone, PartialEq)]
struct Found {
    row: usize,
    column: usize,
    name: String,
    message: String,
}

fn problems(csv: &str) -> Vec<Found> {
    match import("bad.csv", csv, &kosovo()) {
        Ok(msel) => panic!("accepted: {msel:?}"),
        Err(err) => {
            assert_eq!(err.file, "bad.csv");
            err.problems.iter().map(found).collect()
        }
    }
}

fn found(p: &RowProblem) -> Found {
    Found {
        row: p.row,
        column: p.column,
        name: p.name.clone(),
        message: p.message.english(),
    }
}

fn problem(row: usize, column: usize, name: &str, message: &str) -> Found {
    Found {
        row,
        column,
        name: name.into(),
        message: message.into(),
    }
}

#[test]
fn bad_rows_are_each_reported_with_row_column_and_what_was_expected() {
    let csv = "\
number,time,synopsis,from,to,method,expected action,capability,notes
1,T+1h,Fine,BCP,police,phone,,,
two,T+2h,Bad number,BCP,police,phone,,,
3,2x,Bad time,BCP,police,phone,,,
4,T+4d,After the end,BCP,police,phone,,,
5,T+5h,,BCP,police,phone,,,
6,T+6h,Unknown receiver,BCP,police;army,phone,,,
1,T+7h,Number used twice,BCP,police,phone,,,
8,T+8h,Too few cells,BCP
";
    let known =
        "mia, ksc, dcam, police, ema, prizren, moh, mlsw, onatc, red_cross, unhcr, iom, unicef";
    let found = problems(csv);
    let expected = vec![
        problem(
            3,
            1,
            "number",
            "expected the inject's whole number, found `two`",
        ),
        problem(
            4,
            2,
            "time",
            "`2x` is not a time: units are d, h, m and s (write e.g. `90s`, `30m`, `2h`, `1d12h` or `T+6h`)",
        ),
        problem(5, 2, "time", "T+4d is after the exercise ends at T+3d"),
        problem(
            6,
            3,
            "synopsis",
            "expected the inject's synopsis (its message), found an empty cell",
        ),
        problem(
            7,
            5,
            "to",
            &format!(
                "unknown institution `army`; expected institution ids separated by `;`, `,` or `|`: {known}"
            ),
        ),
        problem(8, 1, "number", "number 1 is already used on row 2"),
        problem(9, 5, "", "the row has 4 cells, the header has 9"),
    ];
    assert_eq!(found, expected);
}

#[test]
fn a_header_with_unknown_or_missing_columns_is_reported_on_row_one() {
    let found = problems("number,when,synopsis,from,Method\n1,T+1h,x,y,phone\n");
    assert_eq!(
        found,
        vec![
            problem(
                1,
                2,
                "when",
                &format!(
                    "unknown column `when`; the columns are: {}",
                    COLUMNS.join(", ")
                )
            ),
            problem(1, 6, "time", "the header has no `time` column"),
            problem(1, 6, "to", "the header has no `to` column"),
        ]
    );
}

#[test]
fn columns_may_come_in_any_order_with_spreadsheet_spellings() {
    let csv = "\u{feff}Scenario Time,Number,To,From,Message,Expected_Action\nT+3h,4,police; mia,Desk,Hello,Act\n";
    let msel = import("reordered.csv", csv, &kosovo()).expect("imports");
    assert_eq!(
        msel,
        vec![Inject {
            synopsis: "Hello".into(),
            from: "Desk".into(),
            expected_action: "Act".into(),
            ..inject(4, SimTime::hours(3), &["police", "mia"])
        }]
    );
}

mod cli {
    use std::process::Command;

    use fluxsim::scenario::{Source, parse};

    use crate::journal::scratch;

    fn fluxsim(args: &[&str]) -> std::process::Output {
        Command::new(env!("CARGO_BIN_EXE_fluxsim"))
            .args(args)
            .output()
            .expect("fluxsim runs")
    }

    #[test]
    fn msel_export_and_import_round_trip_through_files() {
        let dir = scratch("cli-msel");
        let original = crate::support::fixture_path("kosovo-flux.ron");
        let original = original.as_str();
        let csv = dir.join("msel.csv");
        let out = dir.join("kosovo-again.ron");
        let (csv, out) = (csv.to_str().unwrap(), out.to_str().unwrap());
        let export = fluxsim(&["msel", "export", original, "-o", csv]);
        assert!(export.status.success());
        let import = fluxsim(&["msel", "import", csv, "--into", original, "-o", out]);
        let stderr = String::from_utf8_lossy(&import.stderr);
        assert!(import.status.success(), "{stderr}");
        assert!(
            stderr.contains("17 injects imported") && stderr.contains("only its msel section"),
            "{stderr}"
        );
        let load = |path: &str| {
            parse(&Source::new(
                path,
                std::fs::read_to_string(path).expect("file"),
            ))
            .expect("valid")
        };
        assert_eq!(load(out), load(original));

        std::fs::write(csv, "number,time,synopsis,from,to\n1,soon,x,y,police\n").expect("csv");
        // `out` exists now: replacing it takes --force.
        let bad = fluxsim(&[
            "msel", "import", csv, "--into", original, "-o", out, "--force",
        ]);
        assert_eq!(bad.status.code(), Some(1));
        let stderr = String::from_utf8_lossy(&bad.stderr);
        assert!(stderr.contains("row 2, column 2 (time)"), "{stderr}");
    }

    #[test]
    fn a_rule_of_the_whole_scenario_broken_by_a_cell_is_reported_at_the_csv_row_and_column() {
        let dir = scratch("cli-msel-rule");
        let scenario = crate::support::fixture_path("tutorial.ron");
        let csv = dir.join("msel.csv");
        let out = dir.join("tutorial-new.ron");
        // Read cell by cell it is a trigger, but the scenario's rule on occupancy thresholds
        // (in percent, so 0.5 is half a per cent) refuses it.
        std::fs::write(
            &csv,
            "number,time,synopsis,from,to,trigger\n\
             1,T+2h,Fine,Desk,police,\n\
             2,T+3h,Shelter nearly full,Desk,police,occupancy any > 0.5%\n",
        )
        .expect("csv");
        let (csv, out) = (csv.to_str().unwrap(), out.to_str().unwrap());
        let import = fluxsim(&["msel", "import", csv, "--into", &scenario, "-o", out]);
        assert_eq!(import.status.code(), Some(1));
        let stderr = crate::support::flat(&import.stderr);
        assert!(
            stderr.contains(&format!("{csv}: 1 problem in the MSEL")),
            "{stderr}"
        );
        assert!(
            stderr.contains(
                "row 3, column 6 (trigger): occupancy threshold 0.5 is read as 0.5 % of capacity"
            ),
            "{stderr}"
        );
        assert!(
            !stderr.contains("tutorial-new.ron"),
            "no line of a file never written: {stderr}"
        );
        assert!(!std::path::Path::new(out).exists());
    }
}

#[test]
fn an_inject_that_breaks_a_scenario_rule_is_placed_at_its_row_and_cell() {
    let scenario = kosovo();
    let csv = "time,number,to,synopsis,from,trigger\n\
               T+1h,1,police,First,Desk,\n\
               T+2h,2,police,Second,Desk,occupancy any > 1%\n";
    let sheet = fluxsim::scenario::msel_csv::import_sheet("rule.csv", csv, &scenario)
        .expect("every cell reads");
    let err = sheet
        .check_in(&scenario)
        .expect_err("the rule on thresholds");
    assert_eq!(err.problems.len(), 1, "{err:?}");
    let problem = &err.problems[0];
    assert_eq!(
        (problem.row, problem.column, problem.name.as_str()),
        (3, 6, "trigger")
    );
    assert!(
        problem.to_string().starts_with(
            "row 3, column 6 (trigger): occupancy threshold 1 is read as 1 % of capacity"
        ),
        "{problem}"
    );
}

#[test]
fn export_then_import_keeps_triggers_and_effects() {
    use fluxsim::scenario::{InjectEffect, InjectTrigger};
    let triggers = [
        InjectTrigger::QueueOver {
            bcp: "vermice".into(),
            people: 300,
        },
        InjectTrigger::OccupancyOver {
            site: None,
            percent: 90.0,
        },
        InjectTrigger::OccupancyOver {
            site: Some("magura".into()),
            percent: 97.5,
        },
        InjectTrigger::PhaseDeclared("response".into()),
        InjectTrigger::Delivered {
            inject: 1,
            after: SimTime::mins(150),
        },
    ];
    let mut msel: Vec<Inject> = triggers
        .into_iter()
        .enumerate()
        .map(|(i, trigger)| Inject {
            synopsis: format!("triggered {i}"),
            trigger: Some(trigger),
            ..inject(10 + i as u32, SimTime::hours(i as i64), &["police"])
        })
        .collect();
    msel.push(Inject {
        synopsis: "Carries effects".into(),
        effect: Some(InjectEffect::Message {
            from: "Media, \"quoted\"".into(),
            to: vec!["mia".into(), "ksc".into()],
            text: "A story, with commas".into(),
        }),
        ..inject(1, SimTime::hours(2), &["mia"])
    });
    msel.push(Inject {
        synopsis: "A surge".into(),
        trigger: Some(InjectTrigger::PhaseDeclared("alert".into())),
        effect: Some(InjectEffect::Surge {
            entry: "alb_morine".into(),
            people: 300,
            over: SimTime::mins(30),
            nationality: Some("Syria".into()),
        }),
        ..inject(2, SimTime::ZERO, &["police"])
    });
    let csv = export(&msel).expect("exports");
    assert!(csv.contains(",queue vermice > 300,"), "{csv}");
    assert!(csv.contains(",occupancy any > 90%,"), "{csv}");
    assert!(csv.contains(",inject 1 + 2h30m,"), "{csv}");
    let back = import("triggers.csv", &csv, &kosovo()).expect("imports");
    assert_eq!(back, msel);
}

#[test]
fn bad_trigger_and_effect_cells_are_reported_with_row_and_column() {
    let csv = "\
number,time,synopsis,from,to,trigger,effect
1,T+1h,Fine,BCP,police,queue vermice > 300,
2,T+2h,Unknown word,BCP,police,when it rains,
3,T+3h,Not a number,BCP,police,queue vermice > many,
4,T+4h,No percent sign,BCP,police,occupancy any > 90,
5,T+5h,Unknown BCP,BCP,police,queue nowhere > 10,
6,T+6h,Unknown inject,BCP,police,inject 42 + 1h,
7,T+7h,Itself,BCP,police,inject 7,
8,T+8h,Bad delay,BCP,police,inject 1 + soon,
9,T+9h,Bad effect,BCP,police,,Earthquake(size: 9)
10,T+10h,Unknown fleet,BCP,police,,\"TransportBreakdown(fleet: \"\"ferries\"\", buses: 1)\"
";
    let found = problems(csv);
    let at = |row: usize, column: usize| {
        found
            .iter()
            .find(|p| p.row == row && p.column == column)
            .unwrap_or_else(|| panic!("no problem at row {row}, column {column}: {found:#?}"))
            .message
            .clone()
    };
    assert!(at(3, 6).contains("`when it rains` is not a trigger: write `queue <bcp> > <people>`"));
    assert!(at(4, 6).contains("expected a whole number of people, found `many`"));
    assert!(at(5, 6).contains("expected a percentage such as `90%`, found `90`"));
    assert!(at(6, 6).contains("unknown BCP `nowhere`; known: vermice, krusheve, hani_elezit"));
    assert!(at(7, 6).contains("unknown inject `42`"));
    assert!(at(8, 6).contains("inject 7 cannot wait for its own delivery"));
    assert!(at(9, 6).contains("`soon` is not a time"));
    assert!(at(10, 7).contains("`Earthquake(size: 9)` is not an effect"));
    assert!(at(11, 7).contains("unknown bus fleet `ferries`"));
    assert_eq!(found.len(), 9, "{found:#?}");
    assert!(found.iter().all(|p| p.row != 2), "row 2 is fine");
}

#[test]
fn a_cell_a_spreadsheet_would_run_is_written_as_text_and_reads_back_exactly() {
    let hostile = vec![Inject {
        synopsis: "=cmd|' /C calc'!A0".into(),
        from: "@SUM(A1:A9)".into(),
        method: "+1 phone".into(),
        expected_action: "-2".into(),
        capability: "'=already quoted".into(),
        notes: "'tis a note".into(),
        ..inject(3, SimTime::hours(2), &["police"])
    }];
    let csv = export(&hostile).expect("exports");
    let row = csv.lines().nth(1).expect("a row");
    assert!(row.contains(",'=cmd|' /C calc'!A0,"), "{row}");
    assert!(row.contains(",'@SUM(A1:A9),"), "{row}");
    assert!(row.contains(",'+1 phone,"), "{row}");
    assert!(row.contains(",-2,"), "a number stays a number: {row}");
    assert!(row.contains(",''=already quoted,"), "{row}");
    assert!(row.contains(",'tis a note,"), "{row}");
    let back = import("hostile.csv", &csv, &kosovo()).expect("imports");
    assert_eq!(back, hostile, "the round trip is exact");
}

/// Spreadsheets saved as spreadsheet programs save them, in tests/fixtures/msel/.
mod encodings {
    use fluxsim::scenario::msel_csv::import;
    use fluxsim::scenario::sheet_text::{Decided, SheetEncoding, sheet_text};
    use fluxsim::scenario::{Inject, Source, parse};

    use crate::support::{fixture, fixture_path, flat, fluxsim, path, scratch};

    const SHEETS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/msel");

    fn sheet(name: &str) -> String {
        format!("{SHEETS}/{name}")
    }

    fn read(name: &str, given: Option<SheetEncoding>) -> (Vec<Inject>, SheetEncoding, Decided) {
        let bytes = std::fs::read(sheet(name)).expect("the sheet");
        let text = sheet_text(name, &bytes, given).expect("reads as text");
        let msel = import(name, &text.text, &fixture("tutorial.ron")).expect("imports");
        (msel, text.encoding, text.decided)
    }

    #[test]
    fn every_encoding_a_spreadsheet_saves_in_reads_to_the_same_letters() {
        let (msel, encoding, decided) = read("cp1250.csv", None);
        assert_eq!(
            (encoding, decided),
            (SheetEncoding::Windows1250, Decided::Assumed)
        );
        assert_eq!(
            msel[0].synopsis,
            "400 njerëz te pika kufitare Ferizaj/Uroševac"
        );
        assert_eq!(msel[0].expected_action, "Shëndetësia dërgon ekip mjekësor");
        assert_eq!(msel[0].notes, "Đeneral Janković: čćžšđ ČĆŽŠĐ");
        assert_eq!(msel[0].to, ["police", "mia"]);
        assert_eq!(msel[1].notes, "çÇ ëË");
        for (name, expected) in [
            ("utf16le-tabs.csv", SheetEncoding::Utf16Le),
            ("utf16be.csv", SheetEncoding::Utf16Be),
            ("utf8-bom-semicolons.csv", SheetEncoding::Utf8),
        ] {
            let (same, encoding, decided) = read(name, None);
            assert_eq!((encoding, decided), (expected, Decided::Detected), "{name}");
            assert_eq!(same, msel, "{name}");
        }
    }

    #[test]
    fn a_code_page_given_is_the_one_read() {
        let (western, ..) = read("cp1250.csv", Some(SheetEncoding::Windows1252));
        // č is 0xE8 in Windows-1250, which Windows-1252 reads as è.
        assert_eq!(western[0].notes, "Ðeneral Jankoviæ: èæžšð ÈÆŽŠÐ");
    }

    #[test]
    fn import_reads_a_windows_1250_sheet_and_says_in_one_note_how_it_read_it() {
        let dir = scratch("msel-cp1250");
        let out = dir.join("tutorial-msel.ron");
        let scenario = fixture_path("tutorial.ron");
        let import = fluxsim(&[
            "msel",
            "import",
            &sheet("cp1250.csv"),
            "--into",
            &scenario,
            "-o",
            path(&out),
        ]);
        let stderr = String::from_utf8_lossy(&import.stderr);
        assert!(import.status.success(), "{stderr}");
        let notes: Vec<&str> = stderr.lines().filter(|l| l.starts_with("note:")).collect();
        assert_eq!(notes.len(), 1, "{stderr}");
        assert!(
            notes[0].contains("is not UTF-8 text, so it was read as Windows-1250"),
            "{stderr}"
        );
        assert!(
            notes[0].contains("--encoding windows-1252") && notes[0].contains("CSV UTF-8"),
            "{stderr}"
        );
        let text = std::fs::read_to_string(&out).expect("the new scenario");
        let written = parse(&Source::new(path(&out), text)).expect("valid");
        assert_eq!(written.msel, read("cp1250.csv", None).0);
    }

    #[test]
    fn utf16_is_named_in_a_note_and_utf8_needs_none() {
        let dir = scratch("msel-utf16");
        let scenario = fixture_path("tutorial.ron");
        for (name, note) in [
            (
                "utf16le-tabs.csv",
                Some("was read as UTF-16 (little-endian), as its byte-order mark says"),
            ),
            (
                "utf16be.csv",
                Some("was read as UTF-16 (big-endian), as its byte-order mark says"),
            ),
            ("utf8-bom-semicolons.csv", None),
        ] {
            let out = dir.join(format!("{name}.ron"));
            let import = fluxsim(&[
                "msel",
                "import",
                &sheet(name),
                "--into",
                &scenario,
                "-o",
                path(&out),
            ]);
            let stderr = String::from_utf8_lossy(&import.stderr);
            assert!(import.status.success(), "{name}: {stderr}");
            match note {
                Some(note) => assert!(stderr.contains(note), "{name}: {stderr}"),
                None => assert!(!stderr.contains("note:"), "{name}: {stderr}"),
            }
        }
    }

    #[test]
    fn the_note_is_in_the_reader_s_language() {
        let dir = scratch("msel-note-lang");
        let scenario = fixture_path("tutorial.ron");
        for (lang, says) in [
            (
                "sq",
                "nuk është tekst UTF-8, prandaj u lexua si Windows-1250",
            ),
            ("sr", "nije UTF-8 tekst, pa je pročitan kao Windows-1250"),
        ] {
            let out = dir.join(format!("{lang}.ron"));
            let import = fluxsim(&[
                "--lang",
                lang,
                "msel",
                "import",
                &sheet("cp1250.csv"),
                "--into",
                &scenario,
                "-o",
                path(&out),
            ]);
            assert!(import.status.success(), "{}", flat(&import.stderr));
            assert!(
                flat(&import.stderr).contains(says),
                "{}",
                flat(&import.stderr)
            );
        }
    }

    #[test]
    fn utf8_asked_for_refuses_a_code_page_sheet_at_its_row_and_column() {
        let dir = scratch("msel-utf8-asked");
        let out = dir.join("never.ron");
        let import = fluxsim(&[
            "msel",
            "import",
            &sheet("cp1250.csv"),
            "--into",
            &fixture_path("tutorial.ron"),
            "-o",
            path(&out),
            "--encoding",
            "utf-8",
        ]);
        assert_eq!(import.status.code(), Some(1));
        let stderr = flat(&import.stderr);
        assert!(
            stderr.contains(
                "cp1250.csv: row 2 is not UTF-8 text (byte 0xeb at column 16 of the line)"
            ),
            "{stderr}"
        );
        assert!(!out.exists());
    }
}

#[test]
fn a_template_sheet_has_the_columns_and_one_example_row_that_imports_as_it_is() {
    use crate::support::{fixture_path, fluxsim, path, scratch};
    let dir = scratch("msel-template");
    let scenario = fixture_path("tutorial.ron");
    let sheet = dir.join("msel.csv");
    let made = fluxsim(&[
        "--lang",
        "sq",
        "msel",
        "template",
        &scenario,
        "-o",
        path(&sheet),
    ]);
    assert!(
        made.status.success(),
        "{}",
        crate::support::flat(&made.stderr)
    );
    let text = std::fs::read_to_string(&sheet).expect("the sheet was written");
    assert_eq!(
        text.lines().count(),
        2,
        "the header and one example row:\n{text}"
    );
    assert!(text.starts_with("number,time,synopsis,from,to"), "{text}");
    assert!(
        text.contains("Shembull"),
        "the example is in the reader's language: {text}"
    );

    // Written once only, unless asked.
    let again = fluxsim(&["msel", "template", &scenario, "-o", path(&sheet)]);
    assert!(!again.status.success());

    let imported = dir.join("with-template.ron");
    let import = fluxsim(&[
        "msel",
        "import",
        path(&sheet),
        "--into",
        &scenario,
        "-o",
        path(&imported),
    ]);
    assert!(
        import.status.success(),
        "{}",
        crate::support::flat(&import.stderr)
    );
    let tutorial = crate::support::fixture("tutorial.ron");
    let text = std::fs::read_to_string(&imported).expect("written");
    let new = fluxsim::scenario::parse(&fluxsim::scenario::Source::new("with-template.ron", text))
        .expect("the imported scenario is valid");
    assert_eq!(new.msel.len(), 1);
    assert_eq!(new.msel[0].to, [tutorial.institutions[0].id.clone()]);
}

#[test]
fn receivers_in_a_cell_may_be_separated_by_semicolons_commas_or_bars() {
    for cell in [
        "police;dcam",
        "\"police, dcam\"",
        "police|dcam",
        " police ; dcam ",
    ] {
        let csv = format!("number,time,synopsis,from,to\n1,T+1h,x,y,{cell}\n");
        let msel = import("lists.csv", &csv, &kosovo()).expect("imports");
        assert_eq!(msel[0].to, ["police", "dcam"], "{cell}");
    }
}

#[test]
fn a_sheet_separated_by_bars_is_told_how_to_separate_its_cells() {
    let found = problems("number|time|synopsis|from|to\n1|T+1h|x|y|police\n");
    assert_eq!(
        found,
        [problem(
            1,
            1,
            "",
            "the header row is a single cell holding `|`: separate the cells with `,`, `;` or a tab (save the sheet as CSV)"
        )]
    );
}

#[test]
fn an_msel_imports_into_a_scenario_whose_own_msel_is_the_broken_part() {
    let dir = scratch("msel-broken");
    let broken = format!(
        "{}/tests/fixtures/msel/tutorial-broken-msel.ron",
        env!("CARGO_MANIFEST_DIR")
    );
    let check = fluxsim(&["check", &broken]);
    assert_eq!(
        check.status.code(),
        Some(1),
        "the fixture is broken by its MSEL"
    );
    let csv = dir.join("msel.csv");
    std::fs::write(
        &csv,
        "number;time;synopsis;from;to\n1;T+2h;A bus arrives;BCP;police|mia\n",
    )
    .expect("written");
    let out = dir.join("fixed.ron");
    let import = fluxsim(&[
        "msel",
        "import",
        path(&csv),
        "--into",
        &broken,
        "-o",
        path(&out),
    ]);
    assert!(import.status.success(), "{}", flat(&import.stderr));
    assert!(fluxsim(&["check", path(&out)]).status.success());
    let text = std::fs::read_to_string(&out).expect("written");
    let fixed = parse(&Source::new(path(&out), text.clone())).expect("valid");
    assert_eq!(fixed.msel.len(), 1);
    assert_eq!(fixed.msel[0].to, ["police", "mia"]);
    assert!(
        text.contains("// --- Places ---"),
        "comments elsewhere kept"
    );
}

#[test]
fn an_effect_written_in_words_imports_as_the_effect_it_names() {
    use fluxsim::scenario::InjectEffect;
    let csv = "\
number,time,synopsis,from,to,effect
1,T+1h,Surge,EXCON,police,surge: alb_morine 1500 over 2h
2,T+2h,Shortage,EXCON,police,Interpreter shortage: ar 1
3,T+3h,Closed,EXCON,police,close crossing: vermice
4,T+4h,Border,EXCON,police,close border: North Macedonia
5,T+5h,Fire,EXCON,police,\"site incident: magura 40 beds lost, disease case\"
6,T+6h,Officers,EXCON,police,officer_shortage: vermice 2
7,T+7h,Buses,EXCON,police,transport breakdown: kp_buses 2
8,T+8h,News,EXCON,police,message: from RTK to mia; police: queues at Vërmicë on the evening news
9,T+9h,Reopened,EXCON,police,open crossing: vermice
10,T+10h,Border open,EXCON,police,open border: North Macedonia
11,T+11h,As RON,EXCON,police,\"TransportBreakdown(fleet: \"\"kp_buses\"\", buses: 2)\"
";
    let msel = import("words.csv", csv, &kosovo()).expect("imports");
    let effects: Vec<InjectEffect> = msel.into_iter().filter_map(|i| i.effect).collect();
    assert_eq!(
        effects,
        [
            InjectEffect::Surge {
                entry: "alb_morine".into(),
                people: 1500,
                over: SimTime::hours(2),
                nationality: None,
            },
            InjectEffect::InterpreterShortage {
                language: "ar".into(),
                interpreters: 1,
            },
            InjectEffect::CloseBcp {
                bcp: "vermice".into(),
            },
            InjectEffect::CloseBorder {
                country: "North Macedonia".into(),
            },
            InjectEffect::SiteIncident {
                site: "magura".into(),
                beds_lost: 40,
                disease_case: true,
            },
            InjectEffect::OfficerShortage {
                bcp: "vermice".into(),
                officers: 2,
            },
            InjectEffect::TransportBreakdown {
                fleet: "kp_buses".into(),
                buses: 2,
            },
            InjectEffect::Message {
                from: "RTK".into(),
                to: vec!["mia".into(), "police".into()],
                text: "queues at Vërmicë on the evening news".into(),
            },
            InjectEffect::OpenBcp {
                bcp: "vermice".into(),
            },
            InjectEffect::OpenBorder {
                country: "North Macedonia".into(),
            },
            InjectEffect::TransportBreakdown {
                fleet: "kp_buses".into(),
                buses: 2,
            },
        ]
    );
}

#[test]
fn export_writes_effects_in_words_and_they_read_back() {
    use fluxsim::scenario::InjectEffect;
    let msel = vec![Inject {
        synopsis: "Buses".into(),
        effect: Some(InjectEffect::TransportBreakdown {
            fleet: "kp_buses".into(),
            buses: 2,
        }),
        ..inject(1, SimTime::hours(1), &["police"])
    }];
    let csv = export(&msel).expect("exports");
    assert!(csv.contains(",transport breakdown: kp_buses 2,"), "{csv}");
    assert_eq!(import("words.csv", &csv, &kosovo()).expect("imports"), msel);
}

#[test]
fn an_effect_in_words_that_does_not_read_says_what_to_write_at_its_cell() {
    use fluxsim::i18n::{Lang, Localized};
    let csv = "\
number,time,synopsis,from,to,effect
1,T+1h,Unknown keyword,EXCON,police,earthquake: 9
2,T+2h,Missing count,EXCON,police,interpreter shortage: ps
3,T+3h,Words out of order,EXCON,police,surge: 1500 alb_morine over 2h
4,T+4h,Too many,EXCON,police,surge: alb_morine 20000000 over 2h
5,T+5h,Unknown place,EXCON,police,close crossing: nowhere
";
    let found = match import("bad.csv", csv, &kosovo()) {
        Ok(msel) => panic!("accepted: {msel:?}"),
        Err(err) => err.problems,
    };
    let said: Vec<String> = found.iter().map(|p| p.localized(Lang::En)).collect();
    assert_eq!(
        said,
        [
            "row 2, column 6 (effect): `earthquake` is not an effect; write a keyword, a colon and its values, such as `surge: idomeni 1500 over 2h`, `close border: North Macedonia`, `open border: North Macedonia`, `close crossing: vermice`, `open crossing: vermice`, `site incident: magura 40 beds lost, disease case`, `interpreter shortage: ps 1`, `officer shortage: vermice 2`, `transport breakdown: kp_buses 2`, `message: from RTK to mia; police: queues at the crossing on the evening news`",
            "row 3, column 6 (effect): `interpreter shortage: ps` does not read as interpreter shortage: write `interpreter shortage: LANGUAGE COUNT`, such as `interpreter shortage: ps 1`",
            "row 4, column 6 (effect): `surge: 1500 alb_morine over 2h` does not read as surge: write `surge: ENTRY PEOPLE over TIME [nationality ID]`, such as `surge: idomeni 1500 over 2h`",
            "row 5, column 6 (effect): `people: 20000000` is out of range: a command may name at most 10000000",
            "row 6, column 6 (effect): unknown BCP `nowhere` in `bcp`; known: vermice, krusheve, hani_elezit",
        ]
    );
    // In the reader's language: the Albanian message is the catalogue's, not the English.
    let albanian = found[1].localized(Lang::Sq);
    assert!(
        albanian.contains(
            "nuk lexohet si interpreter shortage: shkruani `interpreter shortage: LANGUAGE COUNT`"
        ),
        "{albanian}"
    );
}
