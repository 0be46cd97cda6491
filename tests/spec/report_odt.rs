//! The report's OpenDocument copy (`.odt`): a valid OpenDocument package (a zip archive whose
//! first entry is the uncompressed `mimetype`) with the same sections as the HTML report, in
//! the report's language, written like every output.

use std::io::Read;

use fluxsim::i18n::Lang;
use fluxsim::report::{SECTIONS, heading_key, html, odt};
use fluxsim::tr;

use super::report_docx::{html_headings, journal_in, part, report_of};
use crate::support::{fluxsim, path, scratch};

const TEXT: &str = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
const TABLE: &str = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";

/// The text of an element, its line breaks and spans included.
fn text_of(node: roxmltree::Node<'_, '_>) -> String {
    node.descendants()
        .filter(|d| d.is_text())
        .filter_map(|d| d.text())
        .collect()
}

/// The headings of `content.xml`, in order.
fn odt_headings(content: &roxmltree::Document<'_>) -> Vec<String> {
    content
        .descendants()
        .filter(|n| n.has_tag_name((TEXT, "h")))
        .map(text_of)
        .collect()
}

#[test]
fn the_opendocument_copy_is_a_package_with_the_html_reports_headings_in_english_and_albanian() {
    let dir = scratch("odt-sections");
    let journal = journal_in(&dir);
    for lang in [Lang::En, Lang::Sq] {
        let report = report_of(&journal, lang);
        let bytes = odt(&report).expect("the document is put together");
        // The package: `mimetype` first, stored, naming an OpenDocument text; its first
        // bytes are what a reader sniffs (`PK`, then the name `mimetype` at offset 30).
        assert_eq!(&bytes[30..38], b"mimetype");
        assert_eq!(
            &bytes[38..38 + 39],
            b"application/vnd.oasis.opendocument.text"
        );
        let mut archive =
            zip::ZipArchive::new(std::io::Cursor::new(&bytes)).expect("a zip archive");
        {
            let first = archive.by_index(0).expect("a first entry");
            assert_eq!(first.name(), "mimetype");
            assert_eq!(first.compression(), zip::CompressionMethod::Stored);
        }
        let mut mimetype = String::new();
        archive
            .by_name("mimetype")
            .expect("mimetype")
            .read_to_string(&mut mimetype)
            .expect("text");
        assert_eq!(mimetype, "application/vnd.oasis.opendocument.text");
        for other in ["styles.xml", "META-INF/manifest.xml"] {
            roxmltree::Document::parse(&part(&bytes, other))
                .unwrap_or_else(|e| panic!("{other} is well-formed: {e}"));
        }
        let manifest = part(&bytes, "META-INF/manifest.xml");
        for listed in ["content.xml", "styles.xml"] {
            assert!(manifest.contains(&format!("\"{listed}\"")), "{manifest}");
        }
        let xml = part(&bytes, "content.xml");
        let content = roxmltree::Document::parse(&xml).expect("content.xml is well-formed");
        let headings = odt_headings(&content);
        assert_eq!(
            headings,
            html_headings(&html(&report).expect("charts draw")),
            "{lang}: the OpenDocument copy has the HTML report's headings, in order"
        );
        for anchor in SECTIONS {
            let heading = tr!(lang, &heading_key(anchor));
            assert!(
                headings.contains(&heading),
                "{lang}: section {anchor} is headed {heading:?}"
            );
        }
        if lang == Lang::Sq {
            assert!(!headings.contains(&tr!(Lang::En, "report-summary")));
        }
        assert!(!text_of(content.root()).contains('`'), "{lang}");
        // The improvement plan: one row per area for improvement, after its header row.
        let officer = tr!(lang, "report-col-officer");
        let plan = content
            .descendants()
            .filter(|n| n.has_tag_name((TABLE, "table")))
            .find(|t| text_of(*t).contains(&officer))
            .expect("the improvement plan is a table");
        let rows = plan
            .descendants()
            .filter(|n| n.has_tag_name((TABLE, "table-row")))
            .count();
        assert_eq!(rows, report.areas.len() + 1, "{lang}");
    }
}

#[test]
fn report_writes_an_opendocument_copy_by_option_or_extension_and_never_over_a_file_without_force() {
    let dir = scratch("odt-cli");
    let journal = journal_in(&dir);
    let copy = dir.join("aar.odt");
    let out = fluxsim(&[
        "report",
        path(&journal),
        "--odt",
        path(&copy),
        "--lang",
        "sr",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let xml = part(&std::fs::read(&copy).expect("written"), "content.xml");
    assert!(xml.contains(&tr!(Lang::Sr, "report-summary")));
    std::fs::write(&copy, "signed copy").expect("someone edits the copy");
    let again = fluxsim(&["report", path(&journal), "-o", path(&copy)]);
    assert!(!again.status.success());
    assert_eq!(std::fs::read_to_string(&copy).expect("kept"), "signed copy");
    let forced = fluxsim(&["report", path(&journal), "-o", path(&copy), "--force"]);
    assert!(
        forced.status.success(),
        "{}",
        String::from_utf8_lossy(&forced.stderr)
    );
    part(&std::fs::read(&copy).expect("written"), "content.xml");
    let wrong = fluxsim(&[
        "report",
        path(&journal),
        "--odt",
        path(&dir.join("aar.docx")),
    ]);
    assert!(!wrong.status.success());
    assert!(!dir.join("aar.docx").exists());
}
