//! A scenario's own texts in the reader's language: places, institutions and injects may
//! carry a translation per language (`names: {"sq": …}`, `synopses: {…}`,
//! `expected_actions: {…}`); the report, the
//! inject cards and the console use the reader's, falling back to the text as written; Serbian
//! in Cyrillic is the Serbian text transliterated; a bad language key or a translation quoting
//! a value its synopsis does not is an error at its place in the file.

use std::path::Path;

use fluxsim::console::{Action, App};
use fluxsim::i18n::Lang;
use fluxsim::journal::{
    Tail, parse as parse_journal, read, replay, run_timeline, script_commands, with_msel,
};
use fluxsim::report::{Report, controller_msel, html, inject_cards};
use fluxsim::scenario::{Source, parse};

use crate::support::{fixture, fixture_source, recording, scratch};

const NAME: &str = "translated.ron";
const SEED: u64 = 7;

/// The translated tutorial played to its end (its inject delivers itself), as reported in
/// `lang`.
fn report_in(dir: &Path, lang: Lang) -> Report {
    let file = dir.join(format!("{}.journal", lang.tag()));
    let scenario = fixture(NAME);
    let (mut recorder, mut sim) = recording(NAME, &file, SEED);
    let none = parse_journal("script", "".as_bytes(), Tail::Line).expect("empty script");
    // A headless run: the MSEL delivers itself at its time.
    run_timeline(
        &mut sim,
        &with_msel(&scenario, script_commands(&none)),
        scenario.exercise.duration,
        Some(&mut recorder),
    )
    .expect("runs");
    drop(recorder);
    let journal = read(&file).expect("journal reads");
    let mut sim = replay(&journal, &scenario, &fixture_source(NAME))
        .expect("replays to the same digests")
        .sim;
    Report::build(&scenario, NAME, &journal, &mut sim, lang)
}

#[test]
fn a_translated_name_and_inject_show_in_the_albanian_report() {
    let dir = scratch("translations-sq");
    let report = report_in(&dir, Lang::Sq);
    let page = html(&report).expect("charts draw");
    for translated in [
        "Pika e kalimit kufitar",
        "Strehimore",
        "Ministria e Punëve të Brendshme",
        "Policia Kufitare",
    ] {
        assert!(page.contains(translated), "{translated} is in the report");
    }
    assert!(!page.contains("Border crossing"));
    assert!(!page.contains("Ministry of Internal Affairs"));
    // The inject as delivered: the translation, with the values of its delivery.
    let english = report_in(&dir, Lang::En);
    let (sq, en) = (&report.deliveries[0].text, &english.deliveries[0].text);
    assert!(sq.starts_with("Një grup prej 30 vetash"), "{sq}");
    assert!(en.starts_with("A group of 30"), "{en}");
    let number = |text: &str| -> String {
        text.split(';')
            .nth(1)
            .expect("the queue part")
            .chars()
            .filter(char::is_ascii_digit)
            .collect()
    };
    assert!(!number(en).is_empty(), "{en}");
    assert_eq!(number(sq), number(en), "the same live value in both");
    assert!(!sq.contains("{queue"), "{sq}");
}

#[test]
fn a_missing_translation_falls_back_to_the_text_as_written() {
    let dir = scratch("translations-fallback");
    let sr = html(&report_in(&dir, Lang::Sr)).expect("charts draw");
    assert!(sr.contains("Granični prelaz"));
    // No Serbian for the shelter, the police or the registration point: as written.
    assert!(sr.contains("Shelter"));
    assert!(sr.contains("Border Police"));
    assert!(sr.contains("Registration point"));
    // Serbian in Cyrillic reads the Serbian text transliterated; the rest as written.
    let cyrillic = html(&report_in(&dir, Lang::SrCyrl)).expect("charts draw");
    assert!(
        cyrillic.contains("Гранични прелаз"),
        "the crossing in Cyrillic"
    );
    assert!(cyrillic.contains("Министарство унутрашњих послова"));
    assert!(cyrillic.contains("Shelter"));
    // English readers read the names as written.
    let en = html(&report_in(&dir, Lang::En)).expect("charts draw");
    assert!(en.contains("Border crossing") && !en.contains("Granični prelaz"));
}

#[test]
fn the_cards_are_in_the_readers_language() {
    let cards = inject_cards(&fixture(NAME), Lang::Sq);
    assert!(cards.contains("Një grup prej 30 vetash"));
    assert!(cards.contains("Ministria e Punëve të Brendshme"));
    let english = inject_cards(&fixture(NAME), Lang::En);
    assert!(english.contains("A group of 30"));
}

#[test]
fn the_controllers_msel_gives_the_expected_action_in_the_readers_language_and_no_card_does() {
    let scenario = fixture(NAME);
    let sq = controller_msel(&scenario, Lang::Sq);
    assert!(
        sq.contains("Hapni një korsi të dytë; informoni ministrinë."),
        "{sq}"
    );
    assert!(!sq.contains("Open a second lane"), "{sq}");
    let cyrillic = controller_msel(&scenario, Lang::SrCyrl);
    assert!(cyrillic.contains("Отворите другу траку"), "{cyrillic}");
    // The players' cards never show what is expected of them, in any language.
    for lang in [Lang::En, Lang::Sq, Lang::Sr] {
        let cards = inject_cards(&scenario, lang);
        assert!(!cards.contains("Hapni një korsi"), "{lang}");
        assert!(!cards.contains("Open a second lane"), "{lang}");
    }
    // An expected action without a translation into the reader's language reads as written.
    let mut untranslated = scenario.clone();
    untranslated.msel[0].expected_actions.clear();
    assert_eq!(
        untranslated.in_language(Lang::Sq).msel[0].expected_action,
        "Open a second lane; inform the ministry."
    );
}

#[test]
fn the_console_shows_the_names_of_its_language_and_switches_with_it() {
    let scenario = fixture(NAME);
    let mut app = App::new(scenario, SEED).with_lang(Lang::Sq);
    let name = |app: &App| {
        app.snapshot()
            .places
            .iter()
            .find(|p| p.id == "bcp")
            .map(|p| p.name.clone())
            .expect("the crossing")
    };
    assert_eq!(name(&app), "Pika e kalimit kufitar");
    assert_eq!(
        app.scenario().institution_name("mia"),
        "Ministria e Punëve të Brendshme"
    );
    // sq → sr → sr-Cyrl → en, live.
    app.update(Action::NextLanguage);
    assert_eq!(name(&app), "Granični prelaz");
    app.update(Action::NextLanguage);
    assert_eq!(name(&app), "Гранични прелаз");
    app.update(Action::NextLanguage);
    assert_eq!(name(&app), "Border crossing");
}

#[test]
fn old_scenarios_load_and_read_as_written_in_every_language() {
    let scenario = fixture("tutorial.ron");
    for lang in [Lang::En, Lang::Sq, Lang::Sr, Lang::SrCyrl] {
        assert_eq!(scenario.in_language(lang), scenario, "{lang:?}");
    }
}

/// The problems of `text` as a scenario file: (line, column, message, hint).
fn problems(text: &str) -> Vec<(usize, usize, String, String)> {
    let err = parse(&Source::new("bad.ron", text.to_string())).expect_err("invalid");
    err.problems
        .iter()
        .map(|p| {
            (
                p.line,
                p.column,
                p.message.clone(),
                p.hint_text().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

#[test]
fn a_bad_language_key_is_an_error_at_its_place() {
    let text = std::fs::read_to_string(crate::support::fixture_path(NAME)).expect("fixture");
    let bad = text.replace(
        r#"names: {"sq": "Strehimore"}"#,
        r#"names: {"de": "Unterkunft"}"#,
    );
    let line = bad
        .lines()
        .position(|l| l.contains(r#""de""#))
        .expect("the key")
        + 1;
    let found = problems(&bad);
    assert_eq!(found.len(), 1, "{found:?}");
    let (at, column, message, hint) = &found[0];
    assert_eq!(*at, line, "{message}");
    assert!(*column > 1);
    assert!(message.contains("de"), "{message}");
    for code in ["en", "sq", "sr"] {
        assert!(hint.contains(code), "the hint names {code}: {hint}");
    }
}

#[test]
fn a_translation_quoting_a_value_its_synopsis_does_not_is_an_error_at_its_place() {
    let text = std::fs::read_to_string(crate::support::fixture_path(NAME)).expect("fixture");
    let bad = text.replace("{queue:bcp} persona", "{outdoors} persona");
    let line = bad
        .lines()
        .position(|l| l.contains("{outdoors} persona"))
        .expect("the quote")
        + 1;
    let found = problems(&bad);
    assert_eq!(found.len(), 1, "{found:?}");
    let (at, _, message, _) = &found[0];
    assert_eq!(*at, line, "{message}");
    assert!(
        message.contains("{outdoors}") && message.contains("sq"),
        "{message}"
    );
}
