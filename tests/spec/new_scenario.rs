//! `fluxsim new FILE`: a commented starting scenario from a few names, which passes `check`
//! as written, runs, carries none of the tutorial's ids, and never replaces a file unless
//! asked to.

use fluxsim::scenario::starter::{Starter, starter_text};
use fluxsim::scenario::{Source, parse};

use crate::support::{flat, fluxsim, path, scratch};

#[test]
fn a_new_scenario_passes_check_as_written_and_runs() {
    let dir = scratch("new-scenario");
    let file = dir.join("macedonia.ron");
    let out = fluxsim(&[
        "new",
        path(&file),
        "--name",
        "North Macedonia, 48 hours",
        "--entry",
        "Idomeni",
        "--crossing",
        "Gevgelija",
        "--registration",
        "Vinojug",
        "--site",
        "Vinojug transit centre",
        "--site",
        "Tabanovce",
        "--institution",
        "Ministry of Interior",
        "--institution",
        "Border Police",
        "--institution",
        "Crveni krst / Red Cross",
    ]);
    assert!(out.status.success(), "{}", flat(&out.stderr));
    let check = fluxsim(&["check", path(&file)]);
    assert!(check.status.success(), "{}", flat(&check.stderr));
    assert!(
        flat(&check.stdout).contains("valid — 6 locations, 3 institutions"),
        "{}",
        flat(&check.stdout)
    );
    assert!(
        !flat(&check.stdout).contains("warning"),
        "{}",
        flat(&check.stdout)
    );
    let run = fluxsim(&["run", path(&file)]);
    assert!(run.status.success(), "{}", flat(&run.stderr));
    assert!(
        flat(&run.stdout).contains("Gevgelija"),
        "{}",
        flat(&run.stdout)
    );

    let text = std::fs::read_to_string(&file).expect("written");
    let scenario = parse(&Source::new("macedonia.ron", text.clone())).expect("valid");
    let ids: Vec<&str> = scenario.locations.iter().map(|l| l.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "idomeni",
            "gevgelija",
            "vinojug",
            "vinojug_transit_centre",
            "tabanovce",
            "onward_border"
        ]
    );
    let institutions: Vec<&str> = scenario
        .institutions
        .iter()
        .map(|i| i.id.as_str())
        .collect();
    assert_eq!(
        institutions,
        [
            "ministry_of_interior",
            "border_police",
            "crveni_krst_red_cross"
        ]
    );
    for tutorial in [
        "\"north\"",
        "\"bcp\"",
        "\"reg\"",
        "\"shelter\"",
        "minibus",
        "Neighbourland",
        "Tutorial",
    ] {
        assert!(!text.contains(tutorial), "leftover {tutorial}");
    }
    for unit in [
        "people per hour",
        "(mean)",
        "beds",
        "workstations",
        "\"30m\"",
    ] {
        assert!(text.contains(unit), "the comments spell out {unit}");
    }
}

#[test]
fn every_starting_scenario_passes_check_whatever_the_names_given() {
    let many = |prefix: &str, n: usize| -> Vec<String> {
        (1..=n).map(|k| format!("{prefix} {k}")).collect()
    };
    for starter in [
        Starter::default(),
        Starter {
            entries: many("Entry", 3),
            crossings: many("Crossing", 2),
            registrations: many("Registration", 2),
            sites: many("Site", 3),
            institutions: vec!["Solo".into()],
            ..Starter::default()
        },
        Starter {
            entries: vec!["Same".into(), "Same".into()],
            crossings: vec!["Same".into()],
            ..Starter::default()
        },
    ] {
        let text = starter_text(&starter);
        parse(&Source::new("new.ron", text.clone()))
            .unwrap_or_else(|err| panic!("{starter:?}: {err}\n{text}"));
    }
}

#[test]
fn new_never_replaces_a_file_without_force() {
    let dir = scratch("new-force");
    let file = dir.join("mine.ron");
    std::fs::write(&file, "my own scenario").expect("written");
    let out = fluxsim(&["new", path(&file)]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        std::fs::read_to_string(&file).expect("kept"),
        "my own scenario"
    );
    let out = fluxsim(&["new", path(&file), "--force"]);
    assert!(out.status.success(), "{}", flat(&out.stderr));
    assert!(fluxsim(&["check", path(&file)]).status.success());
}
