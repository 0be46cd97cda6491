//! Nothing a person reads bypasses the catalogue. Every view of the console (each pane,
//! overlay, form, prompt and status line the key table leads to, live and in a replay) is
//! drawn in the pseudo-locale, which accents every letter of the catalogue's own words; a
//! word left in plain letters would be shown in English to an Albanian or Serbian room.
//! What is never translated is excepted: ids, numbers, times, acronyms, key caps, the names
//! and texts the scenario supplies (also when a column cuts them), file paths and web
//! addresses, the palette's command names and what the facilitator typed — each taken from
//! the code or the fixture, never from a list of what happens to be on screen.

use std::collections::BTreeSet;

use crossterm::event::KeyCode;
use fluxsim::console::commands::COMMANDS;
use fluxsim::console::keymap::{LANGUAGE, MAIN, MISTAKES, SCHEDULE, SEATS, TIMER};
use fluxsim::console::seats::{Codes, Desk, Setup};
use fluxsim::console::{Action, App, Pane};
use fluxsim::i18n::Lang;
use fluxsim::scenario::Scenario;

use super::console::{app, press, press_key, recording_app, run_to, screen};

/// What a keyboard prints on its keys: the help shows keys by their caps.
const KEY_CAPS: &[&str] = &[
    "Enter",
    "Esc",
    "Tab",
    "Shift",
    "Ctrl",
    "Home",
    "End",
    "PgUp",
    "PgDn",
    "Backspace",
];

/// Every word of the names and texts the scenario supplies (names, ids, inject texts,
/// languages): shown as the scenario writes them, in the pseudo-locale its original.
fn scenario_words(scenario: &Scenario) -> BTreeSet<String> {
    const SUPPLIED: &[&str] = &[
        "id",
        "name",
        "synopsis",
        "from",
        "to",
        "at",
        "method",
        "expected_action",
        "capability",
        "notes",
        "citizen",
        "language",
        "languages",
        "entry",
        "responsible",
        "accountable",
        "consulted",
        "informed",
        "declared_by",
        "function",
        "operator",
        "topic",
        "text",
        // A trigger written in words (`Narrative("when the situation requires")`).
        "Narrative",
    ];
    fn walk(value: &serde_json::Value, supplied: bool, out: &mut BTreeSet<String>) {
        match value {
            serde_json::Value::String(s) if supplied => {
                out.extend(words(s));
            }
            serde_json::Value::Array(items) => {
                for item in items {
                    walk(item, supplied, out);
                }
            }
            serde_json::Value::Object(fields) => {
                for (key, value) in fields {
                    walk(value, SUPPLIED.contains(&key.as_str()), out);
                }
            }
            serde_json::Value::String(_)
            | serde_json::Value::Null
            | serde_json::Value::Bool(_)
            | serde_json::Value::Number(_) => {}
        }
    }
    let mut out = BTreeSet::new();
    let json = serde_json::to_value(scenario).expect("a scenario serialises");
    walk(&json, false, &mut out);
    out.extend(words(&scenario.exercise.name));
    out.extend(scenario.languages().iter().flat_map(|l| words(l)));
    out
}

/// The runs of plain letters of a text.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// What may stay in plain letters on screen besides ids, numbers, times, acronyms and key
/// caps.
struct Exceptions {
    /// Every word the scenario supplies (names, ids, inject texts, languages).
    scenario: BTreeSet<String>,
    /// The palette's command names: the facilitator types them, they stay ASCII in every
    /// language (as the journal spells them).
    commands: BTreeSet<String>,
    /// The files the console names: the journal it records to or replays.
    paths: Vec<String>,
    /// What this spec typed into the console's prompts, echoed back as typed.
    typed: BTreeSet<String>,
}

impl Exceptions {
    fn new(scenario: &Scenario) -> Exceptions {
        Exceptions {
            scenario: scenario_words(scenario),
            commands: COMMANDS.iter().map(|c| c.name.to_string()).collect(),
            paths: Vec::new(),
            typed: BTreeSet::new(),
        }
    }

    /// The console's journal is a file it names.
    fn file_of(&mut self, app: &App) {
        if let Some(path) = app.journal() {
            self.paths.push(path.to_string());
        }
    }

    /// Types `text` into the console, remembering its words.
    fn type_in(&mut self, app: &mut App, text: &str) {
        self.typed
            .extend(text.split_whitespace().map(str::to_string));
        press(app, text);
    }

    /// A scenario word cut by a column: the start of one, cut on its right, the end of
    /// one, cut on its left, or a piece of one, cut on both sides (a pane behind an
    /// overlay shows a strip of its text).
    fn cut_scenario_word(&self, word: &str, cut_left: bool, cut_right: bool) -> bool {
        self.scenario.iter().any(|w| match (cut_left, cut_right) {
            (true, true) => w.contains(word),
            (false, true) => w.starts_with(word),
            (true, false) => w.ends_with(word),
            (false, false) => false,
        })
    }
}

/// Where a column cuts a text: an ellipsis, a border, the screen's edge.
fn is_cut(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => c == '…' || ('\u{2500}'..='\u{257f}').contains(&c),
    }
}

/// The words of a drawn line left in plain letters that are not an exception: each token
/// (letters, digits and the marks ids and times are made of) with at least two plain
/// letters in a row is an id or time when it holds a digit, `-` or `_`, an acronym when it
/// is all capitals, a path when it starts with `/`, a key cap, a command name, typed text,
/// the journal's path (whole or cut), or a scenario's words (whole, or cut at a column's
/// edge).
fn unmarked(line: &str, except: &Exceptions) -> Vec<String> {
    // The journal's path, as the header shows it: whole, or its start cut with `…`.
    let mut line = line.to_string();
    for path in &except.paths {
        let cut = (3..path.chars().count())
            .rev()
            .map(|n| format!("{}…", path.chars().take(n).collect::<String>()));
        if let Some(shown) = std::iter::once(path.clone())
            .chain(cut)
            .find(|shown| line.contains(shown.as_str()))
        {
            line = line.replace(&shown, &" ".repeat(shown.chars().count()));
        }
    }
    let chars: Vec<char> = line.chars().collect();
    let in_token = |c: char| c.is_alphanumeric() || "-_+:./".contains(c);
    let mut found = Vec::new();
    let mut at = 0;
    while at < chars.len() {
        if !in_token(chars[at]) {
            at += 1;
            continue;
        }
        let start = at;
        while at < chars.len() && in_token(chars[at]) {
            at += 1;
        }
        let token: String = chars[start..at].iter().collect();
        if token.starts_with('/') {
            // A file path or a web address typed into a browser (`/projector`).
            continue;
        }
        let before = start.checked_sub(1).map(|i| chars[i]);
        let after = chars.get(at).copied();
        let parts: Vec<&str> = token.split(['/', ':', '.']).collect();
        let last = parts.len() - 1;
        for (i, part) in parts.iter().enumerate() {
            let plain: Vec<String> = words(part)
                .into_iter()
                .filter(|w| w.chars().count() >= 2)
                .collect();
            let cut_left =
                i == 0 && is_cut(before) && part.starts_with(|c: char| c.is_ascii_alphabetic());
            let cut_right =
                i == last && is_cut(after) && part.ends_with(|c: char| c.is_ascii_alphabetic());
            let excepted = plain.is_empty()
                || part.chars().any(|c| c.is_ascii_digit() || c == '-' || c == '_')
                || part.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
                || KEY_CAPS.contains(part)
                || except.commands.contains(*part)
                || except.typed.contains(*part)
                || plain.iter().enumerate().all(|(n, w)| {
                    except.scenario.contains(w)
                        || except.cut_scenario_word(
                            w,
                            cut_left && n == 0,
                            cut_right && n == plain.len() - 1,
                        )
                })
                // A word cut at the edge of a column mixes accented and plain letters only
                // if the catalogue accented it; a plain run inside an accented word is not
                // a bypass.
                || !part.is_ascii();
            if !excepted {
                found.push((*part).to_string());
            }
        }
    }
    found
}

/// The console drawn as it is now, at the room's sizes, with every unmarked word found.
fn check(app: &App, what: &str, allowed: &Exceptions, found: &mut BTreeSet<String>) {
    for (w, h) in [(80, 24), (200, 60)] {
        for line in screen(app, w, h) {
            for word in unmarked(&line, allowed) {
                found.insert(format!("{what} at {w}×{h}: `{word}` in «{}»", line.trim()));
            }
        }
    }
}

/// Every pane, with its inspector open on the selected row.
fn panes_and_inspectors(
    app: &mut App,
    what: &str,
    allowed: &Exceptions,
    found: &mut BTreeSet<String>,
) {
    for pane in Pane::ALL {
        app.update(Action::Show(pane));
        check(
            app,
            &format!("{what}, pane {}", pane.title()),
            allowed,
            found,
        );
        app.update(Action::Inspect);
        check(
            app,
            &format!("{what}, inspector on {}", pane.title()),
            allowed,
            found,
        );
        press_key(app, KeyCode::Esc);
    }
}

/// Opens an overlay with `keys`, draws it, and scrolls it down a page at a time.
fn overlay(
    app: &mut App,
    keys: &str,
    what: &str,
    allowed: &Exceptions,
    found: &mut BTreeSet<String>,
) {
    press(app, keys);
    for page in 0..8 {
        check(app, &format!("{what}, page {page}"), allowed, found);
        for _ in 0..20 {
            app.update(Action::Down);
        }
    }
    press_key(app, KeyCode::Esc);
}

fn live_exercise(app: &mut App) {
    run_to(app, "30m");
    press(app, "5d");
    run_to(app, "20h");
}

#[test]
fn every_console_view_in_the_pseudo_locale_is_the_catalogues_words_only() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let journal = dir.path().join("exercise.journal");
    let scenario = crate::support::kosovo();
    let mut allowed = Exceptions::new(&scenario);
    let mut found = BTreeSet::new();

    // Live, recording, with seats.
    let codes = Codes::create(&journal, &scenario).expect("codes beside the journal");
    let (desk, _link) = Desk::new(Setup::new(&scenario, codes));
    let mut live = recording_app(&journal)
        .with_seats(desk)
        .expect("the journal records the seats opening")
        .with_lang(Lang::Pseudo);
    allowed.file_of(&live);
    check(&live, "opening", &allowed, &mut found);
    live_exercise(&mut live);
    panes_and_inspectors(&mut live, "live", &allowed, &mut found);

    // Every key of the main screen's tables, with the status line it leaves.
    for binding in MAIN
        .iter()
        .chain(SEATS)
        .chain(TIMER)
        .chain(MISTAKES)
        .chain(SCHEDULE)
    {
        for code in binding.codes() {
            press_key(&mut live, *code);
            check(
                &live,
                &format!("after {}", binding.keys),
                &allowed,
                &mut found,
            );
            while !matches!(live.overlay(), fluxsim::console::Overlay::None) {
                press_key(&mut live, KeyCode::Esc);
            }
        }
    }
    assert_eq!(
        live.lang(),
        Lang::Pseudo,
        "no key of these tables turns the language"
    );
    assert!(LANGUAGE.iter().all(|b| b.action() == Action::NextLanguage));

    overlay(&mut live, "?", "help", &allowed, &mut found);
    overlay(&mut live, "m", "messages", &allowed, &mut found);
    overlay(&mut live, "S", "seats", &allowed, &mut found);
    press(&mut live, ":");
    check(&live, "palette", &allowed, &mut found);
    allowed.type_in(&mut live, "zzz");
    check(&live, "palette, nothing matches", &allowed, &mut found);
    press_key(&mut live, KeyCode::Esc);
    for command in COMMANDS {
        press(&mut live, ":");
        press(&mut live, command.name);
        press_key(&mut live, KeyCode::Enter);
        check(
            &live,
            &format!("form {}", command.name),
            &allowed,
            &mut found,
        );
        for _ in command.fields {
            allowed.type_in(&mut live, "x!");
            check(
                &live,
                &format!("form {}, a wrong value", command.name),
                &allowed,
                &mut found,
            );
            press_key(&mut live, KeyCode::Down);
        }
        press_key(&mut live, KeyCode::Enter);
        check(
            &live,
            &format!("form {}, applied", command.name),
            &allowed,
            &mut found,
        );
        while !matches!(live.overlay(), fluxsim::console::Overlay::None) {
            press_key(&mut live, KeyCode::Esc);
        }
    }
    press(&mut live, "u");
    check(&live, "run until", &allowed, &mut found);
    allowed.type_in(&mut live, "soon");
    check(&live, "run until, unreadable", &allowed, &mut found);
    press_key(&mut live, KeyCode::Enter);
    check(&live, "run until, refused", &allowed, &mut found);
    press_key(&mut live, KeyCode::Esc);
    press(&mut live, "5R");
    check(&live, "retime", &allowed, &mut found);
    allowed.type_in(&mut live, "never");
    press_key(&mut live, KeyCode::Enter);
    check(&live, "retime, refused", &allowed, &mut found);
    press_key(&mut live, KeyCode::Esc);
    press(&mut live, "1d");
    check(&live, "deliver?", &allowed, &mut found);
    press_key(&mut live, KeyCode::Esc);
    press(&mut live, "/");
    check(&live, "search", &allowed, &mut found);
    allowed.type_in(&mut live, "ver");
    check(&live, "search, typed", &allowed, &mut found);
    press_key(&mut live, KeyCode::Esc);
    press(&mut live, "q");
    check(&live, "quit?", &allowed, &mut found);
    press_key(&mut live, KeyCode::Esc);
    for (w, h) in [(30, 8)] {
        for line in screen(&live, w, h) {
            for word in unmarked(&line, &allowed) {
                found.insert(format!("too small: `{word}` in «{}»", line.trim()));
            }
        }
    }

    // A console without a journal (read-only refusals), and a replay.
    let mut plain = app().with_lang(Lang::Pseudo);
    press(&mut plain, "X");
    check(&plain, "strike without a journal", &allowed, &mut found);
    let mut replay = super::console_replay::replay_app().with_lang(Lang::Pseudo);
    allowed.file_of(&replay);
    panes_and_inspectors(&mut replay, "replay", &allowed, &mut found);
    for code in [
        KeyCode::Right,
        KeyCode::PageDown,
        KeyCode::Char(']'),
        KeyCode::Char('>'),
        KeyCode::End,
        KeyCode::Char('d'),
    ] {
        press_key(&mut replay, code);
        check(&replay, "replay, scrubbed", &allowed, &mut found);
    }
    overlay(&mut replay, "?", "replay help", &allowed, &mut found);

    assert!(
        found.is_empty(),
        "{} words bypass the catalogue:\n{}",
        found.len(),
        found.into_iter().collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn the_pseudo_locale_marks_every_catalogue_word_and_no_value() {
    let accented = fluxsim::tr!(Lang::Pseudo, "console-speed", speed = "1 min/s");
    assert!(accented.ends_with(" 1 min/s"), "{accented}");
    assert!(
        accented.chars().take(5).all(|c| !c.is_ascii()),
        "{accented}"
    );
    assert_eq!(
        fluxsim::tr!(Lang::Pseudo, "help-more-below"),
        fluxsim::i18n::pseudo(&fluxsim::tr!(Lang::En, "help-more-below"))
    );
    assert!(!Lang::ALL.contains(&Lang::Pseudo), "nobody switches to it");
    assert_eq!("qps-ploc".parse(), Ok(Lang::Pseudo));
}
