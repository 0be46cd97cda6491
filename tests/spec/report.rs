//! The after-action report and the CSV exports: every section present, the engine's own
//! numbers, well-formed XHTML with one SVG per chart, the improvement plan in Markdown,
//! headings in three languages, and documented CSV columns.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::support::fluxsim;
use fluxsim::i18n::{Lang, Text, tr};
use fluxsim::journal::{
    Header, Journal, Recorder, ScenarioSource, Tail, parse as parse_journal, read, replay,
    run_timeline, script_commands,
};
use fluxsim::report::{
    NOBODY, Rating, Report, SECTIONS, export::FILES, export::export, heading_key, html, markdown,
    rate,
};
use fluxsim::scenario::{Scenario, parse};
use fluxsim::view::{Category, Gap, Role, Severity};
use fluxsim::{SimTime, Simulation};

const SEED: u64 = 2018;

/// The reception cell's decisions: settle who approves reception, approve it, use surge
/// capacity, reinforce a crossing.
const SCRIPT: &str = r#"
Command(at: "T+4h", command: AssignFunction(by: "mia", function: "approve_reception", institution: "mia"))
Command(at: "T+5h", command: ApproveReception(by: "mia"))
Command(at: "T+6h", command: UnlockSurgeCapacity)
Command(at: "T+10h", command: DeployOfficers(by: "mia", bcp: "krusheve", officers: 4))
"#;

fn scratch(test: &str) -> crate::support::Scratch {
    crate::support::scratch(&format!("report-{test}"))
}

/// The default scenario played to its end with the script, recorded in a journal.
fn recorded(dir: &Path) -> PathBuf {
    let source = crate::support::kosovo_source();
    let scenario = parse(&source).expect("the default scenario is valid");
    let path = dir.join("exercise.journal");
    let header = Header::new(
        &scenario,
        ScenarioSource::File(source.name.clone()),
        &source.text,
        SEED,
    );
    let mut recorder = Recorder::create(&path, &header).expect("journal created");
    let script = parse_journal("script", SCRIPT.as_bytes(), Tail::Line).expect("script reads");
    let mut sim = Simulation::new(&scenario, SEED);
    run_timeline(
        &mut sim,
        &script_commands(&script),
        scenario.exercise.duration,
        Some(&mut recorder),
    )
    .expect("the commands apply");
    path
}

pub(super) struct Replayed {
    pub(super) scenario: Scenario,
    journal: Journal,
    sim: Simulation,
}

fn replayed(dir: &Path) -> Replayed {
    let journal = read(&recorded(dir)).expect("journal reads");
    let source = crate::support::kosovo_source();
    let scenario = parse(&source).expect("valid");
    let sim = replay(&journal, &scenario, &source).expect("replays").sim;
    Replayed {
        scenario,
        journal,
        sim,
    }
}

pub(super) fn report_in(test: &str, lang: Lang) -> (Report, Replayed) {
    let dir = scratch(test);
    let mut r = replayed(&dir);
    drop(dir);
    let report = Report::build(&r.scenario, "kosovo-flux.ron", &r.journal, &mut r.sim, lang);
    (report, r)
}

#[test]
fn the_report_has_every_section() {
    let (report, _) = report_in("sections", Lang::En);
    let page = html(&report).expect("charts draw");
    let text = markdown(&report);
    for section in SECTIONS {
        assert!(
            page.contains(&format!("<h2 id=\"{section}\">")),
            "HTML lacks {section}"
        );
        let heading = format!("## {}\n", tr(Lang::En, &heading_key(section), &[]));
        assert!(text.contains(&heading), "Markdown lacks {heading}");
    }
    for sub in ["bcps", "sites", "outdoors", "referrals", "latency"] {
        assert!(
            page.contains(&format!("<h3 id=\"{sub}\">")),
            "HTML lacks {sub}"
        );
    }
}

#[test]
fn report_numbers_are_the_engines_metrics() {
    let (report, mut r) = report_in("numbers", Lang::En);
    let metrics = r.sim.metrics();
    let s = &metrics.snapshot;
    assert_eq!(report.totals, s.totals);
    let bcps: Vec<_> = s
        .places
        .iter()
        .filter(|p| matches!(p.role, Role::Bcp | Role::Registration))
        .cloned()
        .collect();
    assert_eq!(report.bcps, bcps);
    let sites: Vec<_> = s
        .places
        .iter()
        .filter(|p| p.role == Role::Reception)
        .cloned()
        .collect();
    assert_eq!(report.sites, sites);
    assert_eq!(report.gaps, s.gaps);
    let views: Vec<_> = report
        .referrals
        .iter()
        .map(|row| row.view.clone())
        .collect();
    assert_eq!(views, s.vulnerable);
    assert_eq!(report.overview.phase, s.phase);

    // The tables print those numbers.
    let text = markdown(&report);
    let outdoors = format!(
        "| {} | {} | {:.1} | {:.1} | {} | {} |",
        s.totals.outdoors,
        s.totals.peak_outdoors,
        s.totals.person_hours_outdoors,
        s.totals.person_hours_outdoors_night,
        s.totals.arrivals,
        s.totals.in_system
    );
    assert!(text.contains(&outdoors), "missing {outdoors}");
    assert!(
        s.totals.person_hours_outdoors > 0.0,
        "the scripted run keeps people outdoors"
    );

    // Decision latencies count every request once per institution asked.
    let requests = r.sim.requests();
    let asked: usize = requests.iter().map(|q| q.to.len().max(1)).sum();
    assert_eq!(
        report.latencies.iter().map(|l| l.asked).sum::<usize>(),
        asked
    );
    for row in &report.latencies {
        assert_eq!(
            row.in_time + row.late + row.unanswered,
            row.asked,
            "{}",
            row.institution
        );
    }
    let nobody = requests.iter().filter(|q| q.to.is_empty()).count();
    let row = report.latencies.iter().find(|l| l.institution == NOBODY);
    assert_eq!(row.map_or(0, |l| l.asked), nobody);
}

/// The page parsed by a strict XML parser (the HTML5 doctype is a valid XML DTD line).
fn xml(page: &str) -> roxmltree::Document<'_> {
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..Default::default()
    };
    roxmltree::Document::parse_with_options(page, options).expect("the report is well-formed XML")
}

#[test]
fn the_html_is_well_formed_xml_with_one_svg_per_chart() {
    let (report, _) = report_in("xml", Lang::En);
    let page = html(&report).expect("charts draw");
    let doc = xml(&page);
    let svgs: Vec<_> = doc
        .descendants()
        .filter(|n| n.tag_name().name() == "svg" && n.attribute("class") != Some("network"))
        .collect();
    assert_eq!(report.figures.len(), 5);
    assert_eq!(svgs.len(), report.figures.len());
    for svg in svgs {
        assert_eq!(
            svg.parent_element().map(|p| p.tag_name().name()),
            Some("figure")
        );
        assert!(
            svg.descendants()
                .any(|n| n.tag_name().name() == "polyline" || n.tag_name().name() == "path"),
            "a chart draws lines"
        );
    }
    assert!(page.contains("@media print"), "a print style");
    for node in doc.descendants() {
        for attribute in ["src", "href"] {
            assert!(node.attribute(attribute).is_none(), "no linked resource");
        }
    }
    assert!(!page.contains("<script"), "no script");
}

#[test]
fn the_markdown_carries_the_improvement_plan_table() {
    let (report, _) = report_in("plan", Lang::En);
    let text = markdown(&report);
    let header = "| # | Capability | Area for improvement | Corrective action | Capability element | Primary responsible institution | Responsible officer | Start date | Completion date |";
    let start = text.find(header).expect("the improvement plan table");
    let rows: Vec<&str> = text[start..]
        .lines()
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .collect();
    assert!(!report.areas.is_empty());
    assert_eq!(rows.len(), report.areas.len());
    for (n, (row, area)) in rows.iter().zip(&report.areas).enumerate() {
        assert!(row.starts_with(&format!("| {} |", n + 1)), "{row}");
        assert!(row.contains(&area.action), "{row}");
        assert!(
            row.ends_with("|  |  |  |"),
            "officer and dates are left blank without a plan sheet: {row}"
        );
    }
    assert!(!text.contains("<svg"), "charts stay in the HTML");
}

#[test]
fn every_gap_belongs_to_exactly_one_area_for_improvement_or_to_the_simulations_context() {
    let (report, _) = report_in("areas", Lang::En);
    let mut seen: BTreeMap<u32, usize> = BTreeMap::new();
    assert!(report.areas.iter().all(|a| a.attribution.is_area()));
    assert!(report.context.iter().all(|a| !a.attribution.is_area()));
    for area in report.areas.iter().chain(&report.context) {
        for id in &area.gaps {
            *seen.entry(*id).or_default() += 1;
            let gap = &report.gaps[*id as usize - 1];
            assert_eq!(gap.category, area.category);
            assert!(
                area.action.contains(&gap.action.english()),
                "the area's corrective actions include gap #{id}'s"
            );
        }
        assert!(!area.evidence.is_empty(), "an area cites its evidence");
    }
    assert_eq!(seen.len(), report.gaps.len());
    assert!(seen.values().all(|&n| n == 1));
}

#[test]
fn the_timeline_holds_every_decision_and_gap_in_time_order() {
    let (report, r) = report_in("timeline", Lang::En);
    let times: Vec<i64> = report.timeline.iter().map(|m| m.at_ms).collect();
    assert!(times.windows(2).all(|w| w[0] <= w[1]));
    let count = |kind| report.timeline.iter().filter(|m| m.kind == kind).count();
    use fluxsim::report::MomentKind::*;
    assert_eq!(count(Decision), r.sim.decisions().len());
    assert_eq!(count(GapOpened), r.sim.gaps().len());
    assert_eq!(
        count(Change),
        1,
        "UnlockSurgeCapacity is the script's one model change"
    );
    assert_eq!(
        count(Inject),
        r.sim.deliveries().len(),
        "injects are on the timeline when delivered, never at a planned time alone"
    );
}

fn gap(severity: Severity, closed_ms: Option<i64>) -> Gap {
    Gap {
        id: 1,
        category: Category::CapacityGap,
        summary: Text::new("gap-night"),
        opened_ms: 0,
        closed_ms,
        severity,
        function: None,
        institutions: Vec::new(),
        place: None,
        evidence: Vec::new(),
        values: BTreeMap::new(),
        request: None,
        persons_affected: 0,
        action: Text::new("gap-night-action"),
    }
}

#[test]
fn a_capability_is_rated_by_the_worst_gap_bearing_on_it() {
    assert_eq!(rate([]), Rating::P);
    assert_eq!(
        rate(&[gap(Severity::Medium, None), gap(Severity::Low, None)]),
        Rating::S
    );
    assert_eq!(
        rate(&[gap(Severity::High, Some(5)), gap(Severity::Low, None)]),
        Rating::M
    );
    assert_eq!(
        rate(&[gap(Severity::High, Some(5)), gap(Severity::High, None)]),
        Rating::U
    );
}

#[test]
fn the_report_shows_its_rating_rule() {
    let (report, _) = report_in("rule", Lang::En);
    let text = markdown(&report);
    assert!(text.contains(&tr(Lang::En, "report-rule", &[])));
    assert!(text.contains("Rule: P: no coordination gap bears on the capability."));
    for c in &report.capabilities {
        let ids: Vec<&Gap> = report
            .gaps
            .iter()
            .filter(|g| c.gaps.contains(&g.id))
            .collect();
        assert_eq!(c.rating, rate(ids), "{}", c.name);
    }
}

#[test]
fn albanian_and_serbian_translate_every_heading_and_gap_category() {
    let subsections = ["title", "bcps", "sites", "outdoors", "referrals", "latency"];
    let headings = SECTIONS.iter().chain(&subsections).map(|s| heading_key(s));
    let categories = Category::ALL.iter().map(|c| c.key().to_string());
    for key in headings.chain(categories) {
        let english = tr(Lang::En, &key, &[]);
        assert_ne!(english, key, "English has {key}");
        for lang in [Lang::Sq, Lang::Sr] {
            assert_ne!(tr(lang, &key, &[]), english, "{lang} translates {key}");
        }
    }
}

#[test]
fn an_albanian_report_has_albanian_headings_and_categories() {
    let (report, _) = report_in("sq", Lang::Sq);
    let text = markdown(&report);
    assert!(text.contains("## Plani i përmirësimit\n"));
    assert!(text.contains("## Boshllëqet e koordinimit\n"));
    assert!(
        text.contains("2 funksion i kontestuar"),
        "gap categories in Albanian"
    );
    let page = html(&report).expect("charts draw");
    assert!(page.contains("lang=\"sq\""));
}

/// The columns docs/export-csv.md lists under `### FILE`.
fn documented_columns(file: &str) -> Vec<String> {
    let doc = std::fs::read_to_string(format!("{}/docs/export-csv.md", env!("CARGO_MANIFEST_DIR")))
        .expect("docs/export-csv.md");
    let start = doc
        .find(&format!("### {file}\n"))
        .unwrap_or_else(|| panic!("{file} documented"));
    doc[start..]
        .lines()
        .skip_while(|l| !l.starts_with("| column"))
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .map(|l| l.split('|').nth(1).unwrap_or("").trim().to_string())
        .collect()
}

#[test]
fn export_writes_the_documented_csv_columns_with_the_engines_numbers() {
    let dir = scratch("csv");
    let mut r = replayed(&dir);
    let out = dir.join("csv");
    let written = export(&mut r.sim, &out).expect("exported");
    assert_eq!(written.len(), FILES.len());
    let mut rows: BTreeMap<&str, Vec<csv::StringRecord>> = BTreeMap::new();
    for file in FILES {
        let mut reader = csv::Reader::from_path(out.join(file)).expect("readable CSV");
        let headers: Vec<String> = reader
            .headers()
            .expect("header")
            .iter()
            .map(String::from)
            .collect();
        assert_eq!(headers, documented_columns(file), "{file}");
        rows.insert(file, reader.records().map(|r| r.expect("row")).collect());
    }
    let snapshot = r.sim.snapshot();
    assert_eq!(rows["series.csv"].len(), r.sim.series().points.len());
    assert_eq!(
        rows["place_series.csv"].len(),
        r.sim.series().points.len() * snapshot.places.len()
    );
    assert_eq!(rows["places.csv"].len(), snapshot.places.len());
    assert_eq!(rows["gaps.csv"].len(), r.sim.gaps().len());
    assert_eq!(rows["requests.csv"].len(), r.sim.requests().len());
    assert_eq!(rows["decisions.csv"].len(), r.sim.decisions().len());
    let departed: u64 = snapshot.totals.departed.values().sum();
    assert_eq!(rows["persons.csv"].len() as u64, departed);
    let last = rows["series.csv"].last().expect("samples");
    let point = r.sim.series().points.last().expect("samples");
    assert_eq!(&last[2], point.arrivals.to_string());
}

#[test]
fn report_and_export_commands_write_their_files() {
    let dir = scratch("cli");
    let journal = recorded(&dir);
    let j = journal.to_str().expect("utf-8 path");
    let page = dir.join("aar.html");
    let out = fluxsim(&["report", j, "-o", page.to_str().expect("path")]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&page).expect("written");
    xml(&text);
    let notes = dir.join("aar.md");
    let out = fluxsim(&[
        "report",
        j,
        "-o",
        notes.to_str().expect("path"),
        "--lang",
        "sr",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        std::fs::read_to_string(&notes)
            .expect("written")
            .contains("## Plan unapređenja\n")
    );
    let out = fluxsim(&[
        "export",
        j,
        "--csv",
        dir.join("csv").to_str().expect("path"),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for file in FILES {
        assert!(dir.join("csv").join(file).exists(), "{file}");
    }
}

#[test]
fn a_report_file_without_html_or_md_extension_is_refused_by_name() {
    let dir = scratch("extension");
    let journal = recorded(&dir);
    let out = fluxsim(&["report", journal.to_str().expect("path"), "-o", "aar.pdf"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("aar.pdf") && err.contains(".html") && err.contains(".md"),
        "{err}"
    );
}

#[test]
fn the_report_reads_the_same_state_as_an_unrecorded_run() {
    let (report, _) = report_in("same", Lang::En);
    let source = crate::support::kosovo_source();
    let scenario = parse(&source).expect("valid");
    let script = parse_journal("script", SCRIPT.as_bytes(), Tail::Line).expect("script reads");
    let mut sim = Simulation::new(&scenario, SEED);
    run_timeline(
        &mut sim,
        &script_commands(&script),
        SimTime(scenario.exercise.duration.millis()),
        None,
    )
    .expect("applies");
    assert_eq!(report.totals, sim.metrics().snapshot.totals);
}

#[test]
fn the_arrivals_chart_has_a_line_per_entry_point_adding_up_to_the_arrivals() {
    let (report, mut r) = report_in("arrivals-chart", Lang::En);
    let chart = &report.figures[0];
    let places = r.sim.snapshot().flow.places;
    let series = r.sim.series();
    let names: Vec<&str> = series
        .entries()
        .iter()
        .map(|&i| places[usize::from(i)].name.as_str())
        .collect();
    assert_eq!(
        names.len(),
        3,
        "Vërmicë, the Morinë green border, Hani i Elezit"
    );
    assert_eq!(
        chart
            .lines
            .iter()
            .map(|l| l.name.as_str())
            .collect::<Vec<_>>(),
        names
    );
    let hours = chart.lines[0].points.len();
    assert!(chart.lines.iter().all(|l| l.points.len() == hours));
    let charted: f64 = chart
        .lines
        .iter()
        .flat_map(|l| l.points.iter().map(|p| p.1))
        .sum();
    let last_hour = series
        .points
        .iter()
        .rfind(|p| p.t % 3_600_000 == 0)
        .expect("hourly samples");
    assert_eq!(charted, last_hour.arrivals as f64);
}

#[test]
fn the_occupancy_chart_draws_capacity_as_it_changed() {
    // The script unlocks surge capacity at T+6h: Magura's 100 beds become 120.
    let (report, mut r) = report_in("capacity-chart", Lang::En);
    let chart = &report.figures[2];
    let beds = chart
        .lines
        .iter()
        .find(|l| l.dashed && l.name.starts_with("Magura"))
        .expect("Magura's beds drawn");
    let before: Vec<f64> = beds
        .points
        .iter()
        .filter(|p| p.0 <= 6.0)
        .map(|p| p.1)
        .collect();
    assert!(
        !before.is_empty() && before.iter().all(|&b| b == 100.0),
        "{before:?}"
    );
    assert_eq!(beds.points.last().map(|p| p.1), Some(120.0));
    let places = r.sim.snapshot().flow.places;
    let points = &r.sim.series().points;
    let (used, unused): (Vec<_>, Vec<_>) = places
        .iter()
        .enumerate()
        .filter(|(_, p)| p.role == Role::Reception)
        .partition(|(i, _)| {
            points
                .iter()
                .any(|s| s.capacity[*i] > 0 || s.occupancy[*i] > 0)
        });
    assert!(!unused.is_empty(), "some reserve sites stay closed");
    let drawn = |name: &str| chart.lines.iter().any(|l| l.name.starts_with(name));
    assert!(used.iter().all(|(_, p)| drawn(&p.name)));
    assert!(
        unused.iter().all(|(_, p)| !drawn(&p.name)),
        "sites never opened nor used stay out of the legend"
    );
}
