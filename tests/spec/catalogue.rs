//! The message catalogue: one Fluent file per language, every key in each, with the same
//! variables; what people read never carries invisible isolation marks.

use fluxsim::i18n::{Lang, parse, tr};
use fluxsim::tr;

#[test]
fn every_catalogue_file_parses_without_error_or_duplicate() {
    for lang in Lang::ALL {
        let parsed = parse(lang);
        assert!(parsed.errors.is_empty(), "{lang}.ftl: {:?}", parsed.errors);
        assert!(
            parsed.duplicates.is_empty(),
            "{lang}.ftl defines twice: {:?}",
            parsed.duplicates
        );
        assert!(parsed.messages.len() > 100, "{lang}.ftl has its messages");
    }
}

#[test]
fn every_key_is_in_every_language_with_the_same_variables() {
    let english = parse(Lang::En).messages;
    for lang in [Lang::Sq, Lang::Sr] {
        let other = parse(lang).messages;
        for (key, variables) in &english {
            let theirs = other
                .get(key)
                .unwrap_or_else(|| panic!("{lang}.ftl lacks {key}"));
            assert_eq!(theirs, variables, "{lang}.ftl: variables of {key}");
        }
        for key in other.keys() {
            assert!(
                english.contains_key(key),
                "{lang}.ftl has {key}, en.ftl does not"
            );
        }
    }
}

#[test]
fn values_come_out_without_isolation_marks() {
    for lang in Lang::ALL {
        let text = tr!(lang, "report-evidence", id = 7u32, line = "queue over 400");
        assert!(
            text.contains("#7") && text.contains("queue over 400"),
            "{text}"
        );
        assert!(
            !text.contains(['\u{2068}', '\u{2069}']),
            "{lang}: no FSI/PDI in {text:?}"
        );
    }
}

#[test]
fn a_key_no_file_has_comes_out_as_itself() {
    assert_eq!(tr(Lang::Sq, "no-such-message", &[]), "no-such-message");
}

#[test]
fn languages_read_from_their_codes() {
    for lang in Lang::ALL {
        assert_eq!(lang.code().parse::<Lang>(), Ok(lang));
    }
    assert_eq!("sr-Latn".parse::<Lang>(), Ok(Lang::Sr));
    let unknown = "de".parse::<Lang>().expect_err("no German catalogue");
    assert_eq!(
        unknown.to_string(),
        "unknown language `de`: use en, sq, sr or sr-Cyrl"
    );
}

/// The Latin words of a Serbian Cyrillic text that are not code, ids, acronyms or values:
/// words of the catalogue left untransliterated.
fn latin_prose(text: &str) -> Vec<String> {
    let mut left = Vec::new();
    for (i, part) in text.split('`').enumerate() {
        if i % 2 == 1 {
            continue; // between backticks: code or an id
        }
        for token in part.split_whitespace() {
            let code = token.starts_with("--")
                || token.contains(|c: char| c.is_ascii_digit() || "_/\\=$@(){}[]<>:.".contains(c));
            if code {
                continue;
            }
            for word in token.split(|c: char| !c.is_alphabetic()) {
                let latin = word.chars().any(|c| c.is_ascii_alphabetic());
                let acronym = word.chars().count() > 1 && word.chars().all(char::is_uppercase);
                if latin && !acronym {
                    left.push(word.to_string());
                }
            }
        }
    }
    left
}

#[test]
fn serbian_in_cyrillic_is_the_latin_catalogue_transliterated() {
    assert_eq!(
        tr!(Lang::SrCyrl, "show-language-sr-cyrl"),
        "српски, ћирилица (SrCyrl)"
    );
    // Values put into a message are the scenario's and stay as written.
    let gap = tr!(Lang::SrCyrl, "gap-function-unheld", function = "open_site");
    assert!(gap.starts_with("`open_site` "), "{gap}");
    assert!(!latin_prose(&gap).iter().any(|w| w != "open_site"), "{gap}");
}

/// The words the Serbian catalogue marks to be kept as written in either script: Fluent
/// string literals (`{ "Enter" }`, `{ "fluxsim" }`), which transliteration never touches.
fn kept_as_written() -> std::collections::BTreeSet<String> {
    let source = fluxsim::i18n::catalogue_source(Lang::Sr);
    let mut kept = std::collections::BTreeSet::new();
    for literal in source.split("{ \"").skip(1) {
        let literal = literal.split("\" }").next().unwrap_or_default();
        for word in literal.split(|c: char| !c.is_alphabetic()) {
            kept.insert(word.to_string());
        }
    }
    kept
}

#[test]
fn serbian_in_cyrillic_leaves_no_latin_word_outside_ids_acronyms_and_code() {
    let kept = kept_as_written();
    let mut left = Vec::new();
    for (key, vars) in parse(Lang::Sr).messages {
        // Every value put in is Cyrillic, so any Latin word left is the catalogue's own.
        let args: Vec<(&str, fluxsim::i18n::Arg)> =
            vars.iter().map(|v| (v.as_str(), "Ж".into())).collect();
        let text = tr(Lang::SrCyrl, &key, &args);
        for word in latin_prose(&text).into_iter().filter(|w| !kept.contains(w)) {
            left.push(format!("{key}: {word} in “{text}”"));
        }
    }
    assert!(
        left.is_empty(),
        "{} Latin words left:\n{}",
        left.len(),
        left.join("\n")
    );
}
