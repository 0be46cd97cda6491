//! Nothing a reader of the after-action report reads bypasses the catalogue. The report of
//! a scripted exercise — on the default scenario, and on it with its exercise overview
//! (objectives, MSEL, participants) — is written in the pseudo-locale, which accents every letter of the
//! catalogue's own words, as Markdown and as HTML (its text, the charts' labels included);
//! a word left in plain letters would reach an Albanian or Serbian reader in English. What
//! is never translated is excepted, as on the console (`pseudo_locale`): ids, numbers,
//! times like T+6h, acronyms, the names and texts the scenario supplies (taken from the
//! fixture) and the scenario file the report names.

use std::collections::BTreeSet;

use fluxsim::i18n::Lang;
use fluxsim::report::{Report, html, markdown};

use super::aar::WITH_OVERVIEW;
use super::pseudo_locale::{Exceptions, unmarked};
use super::report::report_in;
use crate::support::fixture;

/// The scenario file the report names (`report_in` builds it from this fixture).
const SCENARIO_FILE: &str = "kosovo-flux.ron";

/// The text of an XHTML page as a reader sees it: the style sheet dropped, every tag a
/// space, the entities the writer escapes decoded.
fn page_text(page: &str) -> String {
    let mut text = String::new();
    let mut rest = page;
    while let Some(open) = rest.find('<') {
        text += &rest[..open];
        text.push(' ');
        rest = &rest[open..];
        let end = if rest.starts_with("<style") {
            rest.find("</style>").map(|i| i + "</style>".len())
        } else {
            rest.find('>').map(|i| i + 1)
        };
        rest = &rest[end.unwrap_or(rest.len())..];
    }
    text += rest;
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

fn check(text: &str, what: &str, allowed: &Exceptions, found: &mut BTreeSet<String>) {
    for line in text.lines() {
        for word in unmarked(line, allowed) {
            found.insert(format!("{what}: `{word}` in «{}»", line.trim()));
        }
    }
}

/// The report's Markdown and the text of its HTML, each line checked.
fn check_report(report: &Report, what: &str, allowed: &Exceptions, found: &mut BTreeSet<String>) {
    check(
        &markdown(report),
        &format!("{what}, Markdown"),
        allowed,
        found,
    );
    let page = html(report).expect("charts draw");
    check(&page_text(&page), &format!("{what}, HTML"), allowed, found);
}

#[test]
fn the_report_in_the_pseudo_locale_is_the_catalogues_words_only() {
    let mut found = BTreeSet::new();
    let (report, r) = report_in("pseudo-locale", Lang::Pseudo);
    let allowed = Exceptions::document(&r.scenario, &[SCENARIO_FILE]);
    check_report(&report, "default scenario", &allowed, &mut found);
    let report = super::aar::report(WITH_OVERVIEW, "pseudo-locale", Lang::Pseudo);
    let allowed = Exceptions::document(&fixture(WITH_OVERVIEW), &[WITH_OVERVIEW]);
    check_report(&report, "with its overview", &allowed, &mut found);
    assert!(
        found.is_empty(),
        "{} words of the report bypass the catalogue:\n{}",
        found.len(),
        found.into_iter().collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn the_pseudo_locale_report_is_written_in_accented_words() {
    // The check above is not vacuous: the headings of the report are the catalogue's,
    // accented, and a plain English word in a line is found.
    let (report, r) = report_in("pseudo-locale-marked", Lang::Pseudo);
    let text = markdown(&report);
    let allowed = Exceptions::document(&r.scenario, &[SCENARIO_FILE]);
    let heading = fluxsim::i18n::pseudo(&fluxsim::tr!(Lang::En, "report-title")).into_owned();
    assert!(text.contains(&heading), "{heading} missing from:\n{text}");
    assert_eq!(unmarked("Ţĥé queue at T+6h", &allowed), vec!["queue"]);
    assert!(unmarked("BCP 12 T+6h", &allowed).is_empty());
}
