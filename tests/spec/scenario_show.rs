//! `fluxsim scenario show` prints a readable summary of a scenario for the facilitator.

use crate::support::fluxsim;
use fluxsim::i18n::Lang;
use fluxsim::scenario::{self, LocationKind, Source, render_summary};

fn tutorial() -> scenario::Scenario {
    let path = crate::support::fixture_path("tutorial.ron");
    let text = std::fs::read_to_string(&path).expect("tutorial scenario");
    scenario::parse(&Source::new(path, text)).expect("the tutorial is valid")
}

/// The RACI row of a function: the line that starts with its id.
fn raci_row<'a>(summary: &'a str, function: &str) -> &'a str {
    summary
        .lines()
        .find(|l| l.split_whitespace().next() == Some(function))
        .unwrap_or_else(|| panic!("no RACI row for `{function}`:\n{summary}"))
}

#[test]
fn the_summary_names_every_place_and_institution() {
    let s = tutorial();
    let summary = render_summary(&s, Lang::En);
    for location in &s.locations {
        assert!(
            summary.contains(location.label()) && summary.contains(&location.id),
            "`{}` missing:\n{summary}",
            location.id
        );
    }
    for institution in &s.institutions {
        assert!(
            summary.contains(&institution.name) && summary.contains(&institution.id),
            "`{}` missing:\n{summary}",
            institution.id
        );
    }
    assert!(summary.starts_with("Tutorial: one crossing\n"), "{summary}");
}

#[test]
fn the_raci_table_shows_a_letter_per_role() {
    let summary = render_summary(&tutorial(), Lang::En);
    // Columns follow the institutions: mia, police, social.
    let header = raci_row(&summary, "function");
    assert_eq!(
        header.split_whitespace().collect::<Vec<_>>(),
        ["function", "mia", "police", "social"]
    );
    let cells = |f: &str| -> Vec<String> {
        raci_row(&summary, f)
            .split_whitespace()
            .skip(1)
            .take(3)
            .map(str::to_string)
            .collect()
    };
    assert_eq!(cells("coordinate"), ["A", "I", "·"]);
    assert_eq!(cells("declare"), ["A", "I", "I"]);
    assert_eq!(cells("approve_reception"), ["A", "R", "·"]);
    assert_eq!(cells("child_care"), ["·", "·", "RA"]);
    assert!(!summary.contains("CONTESTED") && !summary.contains("UNOWNED"));
}

#[test]
fn contested_and_unowned_functions_are_marked() {
    let mut s = tutorial();
    s.functions[0].accountable = vec!["mia".into(), "police".into()];
    s.functions[2].accountable.clear();
    let summary = render_summary(&s, Lang::En);
    assert!(
        raci_row(&summary, "coordinate").contains("CONTESTED"),
        "{summary}"
    );
    assert!(
        raci_row(&summary, "approve_reception").contains("UNOWNED"),
        "{summary}"
    );
    assert!(
        summary.contains("Working group chaired by: Ministry of Internal Affairs or Border Police")
    );
}

#[test]
fn the_summary_gives_capacities_plan_and_expected_arrivals() {
    let summary = render_summary(&tutorial(), Lang::En);
    for expected in [
        "start     2026-10-24T06:00",
        "2 lanes; officers per shift: 2 from 06:00, 1 from 22:00",
        "1 desk;",
        "staff speak en",
        "60 beds + 20 surge",
        "20m  on foot",
        "40m  by bus (minibus)",
        "ar  1  at Registration point (reg)",
        "fa  1  remote",
        "minibus  1 bus × 20 seats",
        "trigger: arrivals over the last 6h above 60",
        "declared by: Ministry of Internal Affairs",
        "within 2h",
        // 8 h at 6/h, 12 h at 12/h, 4 h at 4/h, and a surge of 30.
        "Northern approach (north): about 238 people",
        "Syria        70 %",
        "MSEL (1 inject)",
        "#1 T+10h",
    ] {
        assert!(
            summary.contains(expected),
            "`{expected}` missing:\n{summary}"
        );
    }
}

#[test]
fn a_narrative_trigger_reads_as_a_trigger_gap() {
    let mut s = tutorial();
    s.plan.phases[1].trigger = Some(scenario::Trigger::Narrative(
        "when the situation requires".into(),
    ));
    let summary = render_summary(&s, Lang::En);
    assert!(
        summary.contains("“when the situation requires” (narrative, not measurable: TRIGGER GAP)"),
        "{summary}"
    );
}

#[test]
fn the_summary_survives_references_that_do_not_resolve() {
    let mut s = tutorial();
    s.links[0].to = "nowhere".into();
    s.plan.requests[0].function = "nobody".into();
    if let LocationKind::Bcp { shifts, .. } = &mut s.locations[1].kind {
        shifts.clear();
    }
    let summary = render_summary(&s, Lang::En);
    assert!(summary.contains("nowhere") && summary.contains("`nobody` (unknown function)"));
}

#[test]
fn scenario_show_prints_the_summary_of_a_file() {
    let path = crate::support::fixture_path("tutorial.ron");
    let out = fluxsim(&["scenario", "show", &path]);
    assert!(out.status.success(), "{out:?}");
    // The summary, then whether the scenario adds up.
    let source = crate::support::fixture_source("tutorial.ron");
    let load = scenario::capacity_in(&tutorial(), &source, Lang::En);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        render_summary(&tutorial(), Lang::En) + &scenario::render_capacity_in(&load, Lang::En)
    );
}

#[test]
fn scenario_show_without_a_file_shows_the_embedded_default() {
    let out = fluxsim(&["scenario", "show"]);
    assert!(out.status.success(), "{out:?}");
    let default = scenario::default_scenario().expect("default scenario");
    let load = scenario::capacity_in(&default, &Source::default_scenario(), Lang::En);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        render_summary(&default, Lang::En) + &scenario::render_capacity_in(&load, Lang::En)
    );
}

#[test]
fn scenario_show_reports_errors_like_check_and_exits_1() {
    let dir = crate::support::scratch("show");
    let path = dir.join("broken.ron");
    let tutorial = crate::support::fixture_path("tutorial.ron");
    let text = std::fs::read_to_string(tutorial)
        .expect("tutorial")
        .replace("lanes: 2", "lanes: 0");
    std::fs::write(&path, text).expect("write fixture");
    let out = fluxsim(&["scenario", "show", path.to_str().expect("utf-8 path")]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(out.stdout.is_empty(), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("lanes must be at least 1"), "{stderr}");
    assert!(stderr.contains("broken.ron:"), "{stderr}");
}

#[test]
fn scenario_show_is_described_in_help() {
    let out = fluxsim(&["scenario", "--help"]);
    assert!(out.status.success(), "{out:?}");
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(
        help.contains("show") && help.contains("readable summary"),
        "{help}"
    );
    let out = fluxsim(&["scenario", "show", "--help"]);
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(
        help.contains("RACI") && help.contains("embedded default"),
        "{help}"
    );
    let out = fluxsim(&["--help"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("scenario"));
}
