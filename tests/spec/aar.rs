//! The after-action report a ministry signs: areas for improvement grouped by root cause and
//! ranked, an executive summary on the first page that names the top-ranked findings and the
//! worst bottleneck, HSEEP front matter from the scenario's exercise section in every
//! language, and the improvement plan's officers and dates filled from a CSV sheet.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use fluxsim::Simulation;
use fluxsim::i18n::{Lang, Localized, tr};
use fluxsim::journal::{
    Journal, Tail, parse as parse_journal, read, replay, run_timeline, script_commands,
};
use fluxsim::report::{
    Area, Report, TOP_AREAS, apply_plan, bottleneck, html, markdown, plan_template,
};
use fluxsim::scenario::{MissionArea, Scenario};
use fluxsim::view::Category;

use crate::support::{fixture, fixture_source, fluxsim, path, recording, scratch};

const SEED: u64 = 2018;

/// The reception cell settles who approves reception late and reinforces a crossing; the
/// rest of the exercise runs as the scenario has it.
const SCRIPT: &str = r#"
Command(at: "T+4h", command: AssignFunction(by: "mia", function: "approve_reception", institution: "mia"))
Command(at: "T+5h", command: ApproveReception(by: "mia"))
Command(at: "T+10h", command: DeployOfficers(by: "mia", bcp: "krusheve", officers: 4))
"#;

/// The frozen default scenario as it was before the exercise overview (`kosovo-flux.ron`)
/// and with it (`kosovo-flux-overview.ron`).
const OLD: &str = "kosovo-flux.ron";
pub(super) const WITH_OVERVIEW: &str = "kosovo-flux-overview.ron";

/// `name` played to its end with the script, recorded in `dir`; its journal and replay.
fn exercise(name: &str, dir: &Path) -> (Scenario, Journal, Simulation, PathBuf) {
    let file = dir.join("exercise.journal");
    let scenario = fixture(name);
    let (mut recorder, mut sim) = recording(name, &file, SEED);
    let script = parse_journal("script", SCRIPT.as_bytes(), Tail::Line).expect("script reads");
    run_timeline(
        &mut sim,
        &script_commands(&script),
        scenario.exercise.duration,
        Some(&mut recorder),
    )
    .expect("the commands apply");
    drop(recorder);
    let journal = read(&file).expect("journal reads");
    let sim = replay(&journal, &scenario, &fixture_source(name))
        .expect("replays")
        .sim;
    (scenario, journal, sim, file)
}

pub(super) fn report(name: &str, test: &str, lang: Lang) -> Report {
    let dir = scratch(&format!("aar-{test}"));
    let (scenario, journal, mut sim, _) = exercise(name, &dir);
    Report::build(&scenario, name, &journal, &mut sim, lang)
}

#[test]
fn grouping_yields_one_area_per_cause_with_every_occurrence_as_evidence() {
    let r = report(OLD, "grouping", Lang::En);
    let scenario = fixture(OLD);
    assert!(
        r.gaps.len() > 2 * r.areas.len(),
        "{} gaps come down to a few causes, not {} areas",
        r.gaps.len(),
        r.areas.len()
    );
    assert!(
        (3..=12).contains(&r.areas.len()),
        "a typical exercise has 3–12 areas: {:#?}",
        r.areas.iter().map(|a| &a.cause).collect::<Vec<_>>()
    );
    let causes: BTreeSet<&str> = r
        .areas
        .iter()
        .chain(&r.context)
        .map(|a| a.cause.as_str())
        .collect();
    assert_eq!(
        causes.len(),
        r.areas.len() + r.context.len(),
        "one entry per cause"
    );
    for area in r.areas.iter().chain(&r.context) {
        for id in &area.gaps {
            let gap = &r.gaps[*id as usize - 1];
            assert_eq!(gap.category, area.category, "gap #{id} in {}", area.cause);
            if Area::per_function(gap.category) {
                assert_eq!(gap.function, area.function, "gap #{id} in {}", area.cause);
            } else {
                assert_eq!(area.function, None);
            }
            if let Some(f) = &gap.function {
                assert!(area.functions.iter().any(|(id, _)| id == f), "gap #{id}");
            }
            // The primary responsible institution: the first the gap names, else the
            // function's accountable or responsible one; nobody for an unowned function.
            let function = gap
                .function
                .as_ref()
                .and_then(|f| scenario.functions.iter().find(|x| &x.id == f));
            let responsible = gap
                .institutions
                .first()
                .or_else(|| function.and_then(|f| f.accountable.first()))
                .or_else(|| function.and_then(|f| f.responsible.first()))
                .filter(|_| gap.category != Category::UnownedFunction);
            assert_eq!(responsible, area.responsible.as_ref(), "gap #{id}");
            let line = format!("gap #{id}, ");
            let cited: Vec<&String> = area
                .evidence
                .iter()
                .filter(|l| l.starts_with(&line))
                .collect();
            assert_eq!(
                cited.len(),
                1,
                "occurrence #{id} is cited once in {}: {:#?}",
                area.cause,
                area.evidence
            );
            assert!(cited[0].contains(&gap.summary.english()), "{}", cited[0]);
        }
    }
}

#[test]
fn areas_are_ranked_by_severity_duration_and_people_affected() {
    let r = report(OLD, "ranking", Lang::En);
    let end = r.overview.reached.millis();
    for area in &r.areas {
        let gaps: Vec<_> = area
            .gaps
            .iter()
            .map(|id| &r.gaps[*id as usize - 1])
            .collect();
        let hours =
            |g: &&fluxsim::view::Gap| (g.closed_ms.unwrap_or(end) - g.opened_ms) as f64 / 3.6e6;
        let longest = gaps.iter().map(hours).fold(0.0, f64::max);
        let total: f64 = gaps.iter().map(hours).sum();
        assert!(
            area.hours >= longest - 1e-9 && area.hours <= total + 1e-9,
            "{}: open {} h, between its longest occurrence ({longest} h) and all of them ({total} h)",
            area.cause,
            area.hours
        );
        let severity = gaps.iter().map(|g| g.severity).max().expect("a gap");
        let people = gaps
            .iter()
            .map(|g| g.persons_affected)
            .max()
            .expect("a gap");
        assert_eq!(area.severity, severity);
        assert_eq!(area.persons_affected, people);
        let expected = Area::weight(severity) * area.hours * people.max(1) as f64;
        assert!((area.score - expected).abs() < 1e-6, "{}", area.cause);
    }
    assert!(
        r.areas.windows(2).all(|w| w[0].score >= w[1].score),
        "highest rank first: {:?}",
        r.areas.iter().map(|a| a.score).collect::<Vec<_>>()
    );
}

#[test]
fn the_executive_summary_names_the_top_ranked_areas_and_the_worst_bottleneck() {
    let r = report(OLD, "summary", Lang::En);
    let top = r.areas.len().min(TOP_AREAS);
    let areas: Vec<Option<usize>> = r.summary.findings.iter().map(|f| f.area).collect();
    let expected: Vec<Option<usize>> = (0..top).map(Some).chain([None]).collect();
    assert_eq!(areas, expected, "the top-ranked areas, then the bottleneck");
    assert!((3..=5).contains(&r.summary.findings.len()));
    for (finding, area) in r.summary.findings.iter().zip(&r.areas).take(top) {
        assert!(finding.text.contains(&area.title), "{}", finding.text);
        assert!(!finding.evidence.is_empty());
        assert_eq!(
            finding.evidence[0], area.evidence[0],
            "it quotes its evidence"
        );
    }
    let worst = bottleneck(&r.bcps).expect("people waited somewhere");
    assert!(
        r.bcps.iter().all(|p| p.p95_wait_min <= worst.p95_wait_min),
        "the bottleneck is the longest 95th-percentile wait"
    );
    let last = r.summary.findings.last().expect("the bottleneck");
    assert!(last.text.contains(&worst.name), "{}", last.text);
    // What happened, from the run's own figures.
    let story = r.summary.story.join(" ");
    assert!(
        story.contains(&format!(
            "{} people arrived",
            fluxsim::i18n::number::integer(fluxsim::i18n::Lang::En, r.totals.arrivals)
        )),
        "{story}"
    );
    assert!(
        story.contains(&format!("{} coordination gaps", r.gaps.len())),
        "{story}"
    );
    // First in the document: before the overview; the ratings at a glance name every
    // capability rated.
    let page = html(&r).expect("charts draw");
    let summary = page.find("<h2 id=\"summary\">").expect("a summary section");
    let overview = page.find("<h2 id=\"overview\">").expect("an overview");
    assert!(summary < overview);
    let glance = &page[summary..overview];
    for capability in &r.capabilities {
        let letter = format!("{} — ", capability.rating.letter());
        assert!(glance.contains(&letter), "{}", capability.name);
    }
}

#[test]
fn front_matter_appears_in_all_three_languages() {
    for lang in [Lang::En, Lang::Sq, Lang::Sr] {
        let r = report(WITH_OVERVIEW, &format!("front-{}", lang.code()), lang);
        let e = &r.overview.exercise;
        let text = markdown(&r);
        for key in [
            "report-front",
            "report-front-dates",
            "report-front-location",
            "report-front-scope",
            "report-front-mission-areas",
            "report-front-threat",
            "report-front-sponsor",
            "report-front-contact",
            "report-col-exercise-role",
        ] {
            let words = tr(lang, key, &[]);
            assert!(text.contains(&words), "{lang:?}: {key} ({words})");
        }
        // As a Markdown viewer shows it: the scenario's words as written (`[S50]` is text).
        let mut shown = String::new();
        pulldown_cmark::html::push_html(&mut shown, pulldown_cmark::Parser::new(&text));
        for value in [&e.location, &e.scope, &e.threat, &e.sponsor] {
            let as_html = value
                .replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;");
            assert!(
                !value.is_empty() && shown.contains(&as_html),
                "{lang:?}: {value}"
            );
        }
        for area in &e.mission_areas {
            assert!(text.contains(&area.localized(lang)), "{lang:?}: {area:?}");
        }
        for participant in &e.participants {
            let row = format!(
                "| {} | {} |",
                participant.organisation,
                participant.role.localized(lang)
            );
            assert!(text.contains(&row), "{lang:?}: {row}");
        }
        assert!(!text.contains(&tr(lang, "report-front-not-given", &[])));
    }
    assert_ne!(
        MissionArea::Response.localized(Lang::Sq),
        MissionArea::Response.localized(Lang::En)
    );
}

#[test]
fn an_old_scenario_without_the_exercise_overview_still_reports() {
    let scenario = fixture(OLD);
    assert!(!scenario.exercise.has_overview());
    let r = report(OLD, "old", Lang::En);
    let text = markdown(&r);
    assert!(text.contains(&tr(Lang::En, "report-front-missing", &[])));
    assert!(html(&r).is_ok());
}

/// A cell of the template's row `row` (0-based data row), column `name`.
fn set(sheet: &str, row: usize, name: &str, value: &str) -> String {
    let mut reader = csv::Reader::from_reader(sheet.as_bytes());
    let headers = reader.headers().expect("a header").clone();
    let column = headers.iter().position(|h| h == name).expect("column");
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record(&headers).expect("writes");
    for (i, record) in reader.records().enumerate() {
        let mut cells: Vec<String> = record.expect("row").iter().map(str::to_string).collect();
        if i == row {
            cells[column] = value.to_string();
        }
        out.write_record(&cells).expect("writes");
    }
    String::from_utf8(out.into_inner().expect("flushes")).expect("utf-8")
}

#[test]
fn the_plan_sheet_fills_the_improvement_plans_officers_and_dates() {
    let mut r = report(OLD, "plan-sheet", Lang::En);
    let template = plan_template(&r).expect("template");
    assert_eq!(template.lines().count(), r.areas.len() + 1, "{template}");
    let sheet = set(&template, 0, "officer", "Director of Border Police");
    let sheet = set(&sheet, 0, "start", "30.11.2026");
    let sheet = set(&sheet, 0, "completion", "2027-03-31");
    let filled = apply_plan(&mut r, "plan.csv", &sheet).expect("the sheet reads");
    assert_eq!(filled, r.areas.len(), "a row per entry");
    let first = r.areas[0].schedule.clone().expect("filled");
    assert_eq!(
        (
            first.officer.as_str(),
            first.start.as_str(),
            first.completion.as_str()
        ),
        ("Director of Border Police", "2026-11-30", "2027-03-31")
    );
    let text = markdown(&r);
    assert!(
        text.lines().any(|l| l.starts_with("| 1 |")
            && l.ends_with("| Director of Border Police | 2026-11-30 | 2027-03-31 |")),
        "{text}"
    );
}

#[test]
fn a_bad_plan_sheet_cell_is_named_by_row_and_column_and_nothing_is_filled() {
    let mut r = report(OLD, "plan-bad", Lang::En);
    let template = plan_template(&r).expect("template");
    let sheet = set(&template, 1, "start", "31.02.2026");
    let sheet = set(&sheet, 0, "start", "2026-12-01");
    let sheet = set(&sheet, 0, "completion", "2026-11-01");
    let sheet = set(&sheet, 2, "cause", "CapacityGap/-/nobody");
    let err = apply_plan(&mut r, "plan.csv", &sheet).expect_err("bad cells");
    let problems: Vec<String> = match &err {
        fluxsim::report::PlanSheetError::Sheet { problems, .. } => {
            problems.iter().map(ToString::to_string).collect()
        }
        other => panic!("not a sheet problem: {other}"),
    };
    assert_eq!(problems.len(), 3, "{problems:#?}");
    assert_eq!(
        problems[0],
        "row 2, column 9 (completion): the completion date 2026-11-01 is before the start date 2026-12-01"
    );
    assert_eq!(
        problems[1],
        "row 3, column 8 (start): `31.02.2026` is not a date: write it 2026-11-30 or 30.11.2026"
    );
    assert!(
        problems[2].starts_with(
            "row 4, column 2 (cause): no entry of this report's improvement plan has the cause `CapacityGap/-/nobody`"
        ),
        "{}",
        problems[2]
    );
    assert!(
        r.areas.iter().all(|a| a.schedule.is_none()),
        "nothing filled"
    );
}

#[test]
fn the_report_command_writes_the_plan_template_and_reads_it_back_without_overwriting() {
    let dir = scratch("aar-cli");
    let (_, _, _, journal) = exercise(OLD, &dir);
    let sheet = dir.join("plan.csv");
    let out = fluxsim(&[
        "report",
        path(&journal),
        "--plan-template",
        "-o",
        path(&sheet),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let template = std::fs::read_to_string(&sheet).expect("written");
    assert!(
        template.starts_with(
            "number,cause,capability,area,action,responsible,officer,start,completion\n"
        )
    );
    // Never over an existing file without --force.
    let again = fluxsim(&[
        "report",
        path(&journal),
        "--plan-template",
        "-o",
        path(&sheet),
    ]);
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));
    // Nor over the sheet it reads.
    std::fs::write(&sheet, set(&template, 0, "officer", "Head of DCAM")).expect("edited");
    let onto = fluxsim(&[
        "report",
        path(&journal),
        "--plan",
        path(&sheet),
        "-o",
        path(&sheet),
        "--force",
    ]);
    assert!(!onto.status.success());
    let aar = dir.join("aar.md");
    let filled = fluxsim(&[
        "report",
        path(&journal),
        "--plan",
        path(&sheet),
        "-o",
        path(&aar),
    ]);
    assert!(
        filled.status.success(),
        "{}",
        String::from_utf8_lossy(&filled.stderr)
    );
    let text = std::fs::read_to_string(&aar).expect("report written");
    assert!(text.contains("| Head of DCAM |"), "{text}");
}

#[test]
fn the_time_to_referral_table_accounts_for_every_identified_person() {
    let r = report(OLD, "referrals", Lang::En);
    assert!(
        !r.referrals.is_empty(),
        "the exercise identifies vulnerable people"
    );
    for row in &r.referrals {
        let v = &row.view;
        let accounted = v.referred_in_time + v.referred_late + v.pending + v.no_service;
        assert!(
            accounted <= v.identified,
            "the engine never hands over more than it identified: {v:?}"
        );
    }
    // The printed table: in time + late + pending + no service + under another
    // vulnerability = identified, row by row.
    let text = markdown(&r);
    let header = text
        .lines()
        .position(|l| l.contains("| Identified |") && l.contains("| Under another vulnerability |"))
        .expect("the time-to-referral table");
    let rows: Vec<Vec<u64>> = text
        .lines()
        .skip(header + 2)
        .take_while(|l| l.starts_with('|'))
        .map(|l| {
            l.split('|')
                .map(str::trim)
                .filter_map(|c| c.parse::<u64>().ok())
                .collect()
        })
        .collect();
    assert_eq!(rows.len(), r.referrals.len());
    for cells in rows {
        // identified, in time, late, pending, no service, other kind, mean hand-over
        let [identified, in_time, late, pending, none, other, _] = cells[..] else {
            panic!("seven numbers a row: {cells:?}");
        };
        assert_eq!(
            in_time + late + pending + none + other,
            identified,
            "{cells:?}"
        );
    }
}

#[test]
fn the_html_report_has_no_backtick_and_no_debug_shape_in_any_language() {
    for lang in [Lang::En, Lang::Sq, Lang::Sr] {
        let r = report(WITH_OVERVIEW, &format!("human-{}", lang.code()), lang);
        let page = html(&r).expect("charts draw");
        assert!(!page.contains('`'), "{lang:?}: a literal backtick");
        for shape in [
            "AssignFunction",
            "ApproveReception",
            "SimTime(",
            "UnaccompaniedMinor",
            "Some(",
            " { by:",
        ] {
            assert!(!page.contains(shape), "{lang:?}: `{shape}` in the page");
        }
        if lang != Lang::En {
            // The MSEL's HSEEP capabilities are named in the reader's language.
            for english in [
                "Logistics and Supply Chain Management",
                "On-scene Security, Protection and Law Enforcement",
                "Public Information and Warning",
                "Mass Care Services",
                "Operational Coordination",
            ] {
                assert!(!page.contains(english), "{lang:?}: {english}");
            }
        }
    }
}
