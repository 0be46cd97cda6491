//! The glossary beside the catalogue (`assets/i18n/glossary.csv`) fixes the official names of
//! the institutions and the legal terms in English, Albanian and Serbian, each marked while it
//! awaits a native official's review; the catalogue speaks of each concept with the
//! glossary's word.
//!
//! The rule checked: wherever an English message of the catalogue names a concept (its
//! `en_match`, outside code between backticks), the same message in Albanian holds one of the
//! entry's `sq_match` stems and in Serbian one of its `sr_match` stems. Stems, not whole
//! words, because both languages decline nouns (`pritje`, `pritjes`, `pritjen`).

use std::collections::BTreeMap;

use fluxsim::i18n::Lang;

use crate::reader_language::literals;

const GLOSSARY: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/i18n/glossary.csv");

const COLUMNS: [&str; 10] = [
    "id", "kind", "en", "sq", "sr", "en_match", "sq_match", "sr_match", "review", "note",
];

/// One row of the glossary.
#[derive(Debug, Clone)]
struct Entry {
    id: String,
    kind: String,
    words: [String; 3],
    matches: [Vec<String>; 3],
    review: String,
}

fn glossary() -> Vec<Entry> {
    let mut reader = csv::Reader::from_path(GLOSSARY).expect("the glossary reads as CSV");
    let header: Vec<String> = reader
        .headers()
        .expect("a header row")
        .iter()
        .map(str::to_string)
        .collect();
    assert_eq!(header, COLUMNS, "the glossary's columns");
    reader
        .records()
        .map(|record| {
            let record = record.expect("a glossary row");
            let cell = |i: usize| record.get(i).unwrap_or_default().trim().to_string();
            let stems = |i: usize| {
                cell(i)
                    .split('|')
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
            };
            Entry {
                id: cell(0),
                kind: cell(1),
                words: [cell(2), cell(3), cell(4)],
                matches: [stems(5), stems(6), stems(7)],
                review: cell(8),
            }
        })
        .collect()
}

/// Whether `text` holds `stem` at the start of a word (any case; `cross-border` is one word).
fn mentions(text: &str, stem: &str) -> bool {
    let text = text.to_lowercase();
    let stem = stem.to_lowercase();
    text.match_indices(&stem).any(|(at, _)| {
        text[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric() && c != '-')
    })
}

/// A message's own words: its literal text outside code between backticks.
fn prose(pieces: &[String]) -> String {
    pieces
        .concat()
        .split('`')
        .step_by(2)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The messages of `lang` that speak of an entry's concept in English without its word in
/// `lang` (index 1 for Albanian, 2 for Serbian): (entry, key, their text).
fn deviations(
    entries: &[Entry],
    english: &BTreeMap<String, Vec<String>>,
    theirs: &BTreeMap<String, Vec<String>>,
    index: usize,
) -> Vec<(String, String, String)> {
    let mut found = Vec::new();
    for entry in entries {
        for (key, pieces) in english {
            let said = prose(pieces);
            if !entry.matches[0].iter().any(|m| mentions(&said, m)) {
                continue;
            }
            let their = theirs.get(key).map(|p| prose(p)).unwrap_or_default();
            if !entry.matches[index].iter().any(|m| mentions(&their, m)) {
                found.push((entry.id.clone(), key.clone(), their));
            }
        }
    }
    found
}

#[test]
fn the_glossary_names_the_institutions_and_legal_terms_in_three_languages() {
    let entries = glossary();
    let ids: Vec<&str> = entries.iter().map(|e| e.id.as_str()).collect();
    for required in [
        "asylum-seeker",
        "foreigner",
        "unaccompanied-minor",
        "reception",
        "referral",
        "mia",
        "border-police",
        "kosovo-police",
        "dcam",
    ] {
        assert!(ids.contains(&required), "the glossary has {required}");
    }
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "an id is used twice");
    for entry in &entries {
        assert!(
            ["legal term", "institution"].contains(&entry.kind.as_str()),
            "{}: kind {}",
            entry.id,
            entry.kind
        );
        for (word, stems) in entry.words.iter().zip(&entry.matches) {
            assert!(!word.is_empty(), "{}: a word in every language", entry.id);
            assert!(
                stems.iter().any(|stem| mentions(word, stem)),
                "{}: `{word}` holds none of its own stems {stems:?}",
                entry.id
            );
        }
        assert!(
            entry.review == "needs native review" || entry.review.starts_with("reviewed by "),
            "{}: review says `needs native review` or `reviewed by NAME, DATE`, not `{}`",
            entry.id,
            entry.review
        );
    }
}

#[test]
fn the_check_finds_a_message_that_uses_another_word_than_the_glossary() {
    let entries = glossary();
    let message = |text: &str| BTreeMap::from([("m".to_string(), vec![text.to_string()])]);
    let english = message("approve reception of `ApproveReception` people");
    let found = deviations(&entries, &english, &message("odobriti prijem"), 2);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "reception");
    assert!(deviations(&entries, &english, &message("odobriti prihvat"), 2).is_empty());
    // Code between backticks is not prose: `ApproveReception` alone speaks of nothing.
    let code = message("write `ApproveReception by mia`");
    assert!(deviations(&entries, &code, &message("napišite"), 2).is_empty());
}

#[test]
fn the_catalogue_speaks_of_each_concept_with_the_glossarys_word() {
    let entries = glossary();
    let english = literals(Lang::En);
    let mut left = Vec::new();
    for (index, lang) in [(1, Lang::Sq), (2, Lang::Sr)] {
        for (id, key, text) in deviations(&entries, &english, &literals(lang), index) {
            left.push(format!("{lang} {key} ({id}): {text}"));
        }
    }
    assert!(
        left.is_empty(),
        "{} messages use another word than the glossary:\n{}",
        left.len(),
        left.join("\n")
    );
}
