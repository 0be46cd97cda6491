//! The report's editable copy: a Word document (`.docx`) with the same sections as the HTML
//! report, in the report's language, written like every output (never over a file without
//! `--force`).

use std::io::Read;
use std::path::{Path, PathBuf};

use fluxsim::i18n::Lang;
use fluxsim::journal::{Tail, parse as parse_journal, read, replay, run_timeline, script_commands};
use fluxsim::report::{Report, SECTIONS, docx, heading_key, html};
use fluxsim::tr;

use crate::support::{fixture, fixture_source, fluxsim, path, recording, scratch};

const SEED: u64 = 2018;
const SCENARIO: &str = "kosovo-flux-overview.ron";

/// The reception cell settles who approves reception and approves it.
const SCRIPT: &str = r#"
Command(at: "T+4h", command: AssignFunction(by: "mia", function: "approve_reception", institution: "mia"))
Command(at: "T+5h", command: ApproveReception(by: "mia"))
"#;

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// The frozen default scenario played to its end with the script, recorded in `dir`.
pub(super) fn journal_in(dir: &Path) -> PathBuf {
    let file = dir.join("exercise.journal");
    let scenario = fixture(SCENARIO);
    let (mut recorder, mut sim) = recording(SCENARIO, &file, SEED);
    let script = parse_journal("script", SCRIPT.as_bytes(), Tail::Line).expect("script reads");
    run_timeline(
        &mut sim,
        &script_commands(&script),
        scenario.exercise.duration,
        Some(&mut recorder),
    )
    .expect("the commands apply");
    file
}

pub(super) fn report_of(journal: &Path, lang: Lang) -> Report {
    let scenario = fixture(SCENARIO);
    let journal = read(journal).expect("journal reads");
    let mut sim = replay(&journal, &scenario, &fixture_source(SCENARIO))
        .expect("replays")
        .sim;
    Report::build(&scenario, SCENARIO, &journal, &mut sim, lang)
}

/// A part of the archive `bytes`, as text; the archive must open.
pub(super) fn part(bytes: &[u8], name: &str) -> String {
    let mut archive =
        zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("the .docx is a zip archive");
    let mut text = String::new();
    archive
        .by_name(name)
        .unwrap_or_else(|_| panic!("the archive holds {name}"))
        .read_to_string(&mut text)
        .expect("UTF-8 text");
    text
}

/// The text of an element's `w:t` descendants.
fn text_of(node: roxmltree::Node<'_, '_>) -> String {
    node.descendants()
        .filter(|n| n.has_tag_name((W, "t")))
        .filter_map(|n| n.text())
        .collect()
}

/// The document's headings (title and section headings), in order.
fn docx_headings(document: &roxmltree::Document<'_>) -> Vec<String> {
    document
        .descendants()
        .filter(|n| n.has_tag_name((W, "p")))
        .filter(|p| {
            p.descendants()
                .find(|n| n.has_tag_name((W, "pStyle")))
                .and_then(|s| s.attribute((W, "val")))
                .is_some_and(|style| ["Title", "Heading1", "Heading2"].contains(&style))
        })
        .map(text_of)
        .collect()
}

/// The HTML report's headings, in order.
pub(super) fn html_headings(page: &str) -> Vec<String> {
    let document = roxmltree::Document::parse_with_options(
        page,
        roxmltree::ParsingOptions {
            allow_dtd: true,
            ..Default::default()
        },
    )
    .expect("well-formed XHTML");
    document
        .descendants()
        .filter(|n| ["h1", "h2", "h3"].contains(&n.tag_name().name()))
        .map(|n| {
            n.descendants()
                .filter(|d| d.is_text())
                .filter_map(|d| d.text())
                .collect()
        })
        .collect()
}

#[test]
fn the_word_copy_has_the_html_reports_headings_in_english_and_albanian() {
    let dir = scratch("docx-sections");
    let journal = journal_in(&dir);
    for lang in [Lang::En, Lang::Sq] {
        let report = report_of(&journal, lang);
        let bytes = docx(&report).expect("the document is put together");
        let xml = part(&bytes, "word/document.xml");
        let document = roxmltree::Document::parse(&xml).expect("word/document.xml is well-formed");
        for other in [
            "word/styles.xml",
            "word/numbering.xml",
            "[Content_Types].xml",
        ] {
            roxmltree::Document::parse(&part(&bytes, other))
                .unwrap_or_else(|e| panic!("{other} is well-formed: {e}"));
        }
        let headings = docx_headings(&document);
        assert_eq!(
            headings,
            html_headings(&html(&report).expect("charts draw")),
            "{lang:?}: the Word copy has the HTML report's headings, in order"
        );
        for anchor in SECTIONS {
            let heading = tr!(lang, &heading_key(anchor));
            assert!(
                headings.contains(&heading),
                "{lang:?}: section {anchor} is headed {heading:?}"
            );
        }
        // A section's words are in the report's language, not English copies.
        if lang == Lang::Sq {
            assert!(!headings.contains(&tr!(Lang::En, "report-summary")));
        }
        // No literal backtick of the catalogue's quoted ids reaches the page.
        assert!(!text_of(document.root()).contains('`'), "{lang:?}");
    }
}

#[test]
fn the_word_copy_carries_the_tables_and_each_charts_lines() {
    let dir = scratch("docx-tables");
    let journal = journal_in(&dir);
    let report = report_of(&journal, Lang::En);
    let xml = part(&docx(&report).expect("put together"), "word/document.xml");
    let document = roxmltree::Document::parse(&xml).expect("well-formed");
    let tables: Vec<_> = document
        .descendants()
        .filter(|n| n.has_tag_name((W, "tbl")))
        .collect();
    let text = text_of(document.root());
    // The improvement plan: one row per area for improvement, after its header row.
    let plan_header = tr!(Lang::En, "report-col-officer");
    let plan = tables
        .iter()
        .find(|t| text_of(**t).contains(&plan_header))
        .expect("the improvement plan is a table");
    let rows = plan
        .children()
        .filter(|n| n.has_tag_name((W, "tr")))
        .count();
    assert_eq!(rows, report.areas.len() + 1);
    for area in &report.areas {
        assert!(
            text.contains(&area.title),
            "area {:?} is in the copy",
            area.title
        );
    }
    // Each chart: its caption, and its lines with their highest values.
    for (n, figure) in report.figures.iter().enumerate() {
        let caption = tr!(
            Lang::En,
            "docx-figure",
            number = n + 1,
            title = figure.title.as_str()
        );
        assert!(text.contains(&caption), "{caption}");
        for line in &figure.lines {
            assert!(text.contains(&line.name), "line {:?} is listed", line.name);
        }
    }
    // The delivery log lists every MSEL inject.
    for row in &report.deliveries {
        assert!(
            text.contains(&row.text),
            "inject #{} is in the log",
            row.number
        );
    }
}

#[test]
fn report_writes_a_word_copy_beside_the_html_and_never_over_a_file_without_force() {
    let dir = scratch("docx-cli");
    let journal = journal_in(&dir);
    let aar = dir.join("aar.html");
    let copy = dir.join("aar.docx");
    let out = fluxsim(&[
        "report",
        path(&journal),
        "-o",
        path(&aar),
        "--docx",
        path(&copy),
        "--lang",
        "sq",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let bytes = std::fs::read(&copy).expect("the copy is written");
    let xml = part(&bytes, "word/document.xml");
    assert!(xml.contains(&tr!(Lang::Sq, "report-summary")));
    assert!(
        std::fs::read_to_string(&aar)
            .expect("the HTML too")
            .contains("<svg")
    );
    // Again, without --force: refused, the copy untouched.
    std::fs::write(&copy, "signed copy").expect("someone edits the copy");
    let again = fluxsim(&["report", path(&journal), "--docx", path(&copy)]);
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));
    assert_eq!(std::fs::read_to_string(&copy).expect("kept"), "signed copy");
    // -o by the extension alone, replacing with --force.
    let forced = fluxsim(&["report", path(&journal), "-o", path(&copy), "--force"]);
    assert!(
        forced.status.success(),
        "{}",
        String::from_utf8_lossy(&forced.stderr)
    );
    part(&std::fs::read(&copy).expect("written"), "word/document.xml");
    // The copy is a .docx; nothing else is taken for one.
    let wrong = fluxsim(&[
        "report",
        path(&journal),
        "--docx",
        path(&dir.join("aar.txt")),
    ]);
    assert!(!wrong.status.success());
    assert!(!dir.join("aar.txt").exists());
}
