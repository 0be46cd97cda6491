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
        "unknown language `de`: use en, sq or sr"
    );
}
