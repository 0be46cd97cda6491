//! Whoever reads fluxsim in Albanian or Serbian reads it in their language: the notes, the
//! tables and the errors of the commands — a bad journal line, a file that would be
//! overwritten, a refused command — come from the catalogue, and an error still names the
//! file, line and column it points at.

use std::collections::BTreeMap;

use fluent_syntax::ast;
use fluxsim::CommandError;
use fluxsim::i18n::{Lang, Localized, catalogue_source};
use fluxsim::journal::{JournalError, read};
use fluxsim::scenario::IdKind;

use crate::support::{fixture_path, flat, fluxsim, path};

/// Words Albanian and Serbian take as they are (in any case): a message made of these alone
/// may read the same as its English one.
const LOANWORDS: [&str; 7] = [
    "inject",
    "injects",
    "MSEL",
    "scenario",
    "facilitator",
    "evaluator",
    // The name of the measure (mean absolute percentage error), as statistics offices write it.
    "MAPE",
];

/// Every message of a language's catalogue with the literal text of its value (the pieces
/// between the placeables, and those of every plural variant).
pub(crate) fn literals(lang: Lang) -> BTreeMap<String, Vec<String>> {
    let resource = match fluent_syntax::parser::parse(catalogue_source(lang)) {
        Ok(resource) | Err((resource, _)) => resource,
    };
    let mut messages = BTreeMap::new();
    for entry in &resource.body {
        if let ast::Entry::Message(message) = entry
            && let Some(value) = &message.value
        {
            let mut pieces = Vec::new();
            pattern_literals(value, &mut pieces);
            messages.insert(message.id.name.to_string(), pieces);
        }
    }
    messages
}

fn pattern_literals(pattern: &ast::Pattern<&str>, pieces: &mut Vec<String>) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => pieces.push((*value).to_string()),
            ast::PatternElement::Placeable {
                expression: ast::Expression::Select { variants, .. },
            } => {
                for variant in variants {
                    pattern_literals(&variant.value, pieces);
                }
            }
            ast::PatternElement::Placeable {
                expression: ast::Expression::Inline(_),
            } => {}
        }
    }
}

/// Words of four letters or more in `text`.
fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 4)
        .collect()
}

/// The English sentences of the catalogue that `lang` does not share: for every message, each
/// literal piece of three words or more that the same message in `lang` does not also hold
/// (commands, file syntax and names stay the same in every language).
fn english_sentences(lang: Lang) -> Vec<(String, String)> {
    let theirs = literals(lang);
    let mut sentences = Vec::new();
    for (key, pieces) in literals(Lang::En) {
        let their_text = theirs.get(&key).map(|p| p.concat()).unwrap_or_default();
        for piece in pieces {
            let piece = piece.trim();
            let sentence = piece
                .split_whitespace()
                .filter(|w| w.chars().any(char::is_alphabetic))
                .count()
                >= 3;
            if sentence && !their_text.contains(piece) {
                sentences.push((key.clone(), piece.to_string()));
            }
        }
    }
    sentences
}

#[test]
fn no_albanian_or_serbian_message_is_its_english_one_left_untranslated() {
    let english = literals(Lang::En);
    for lang in [Lang::Sq, Lang::Sr] {
        let theirs = literals(lang);
        let copies: Vec<&String> = theirs
            .iter()
            .filter(|(key, pieces)| english.get(*key) == Some(pieces))
            .filter(|(_, pieces)| {
                words(&pieces.concat())
                    .iter()
                    .any(|w| !LOANWORDS.iter().any(|l| l.eq_ignore_ascii_case(w)))
            })
            .map(|(key, _)| key)
            .collect();
        assert!(
            copies.is_empty(),
            "{lang}.ftl still holds English: {copies:?}"
        );
    }
}

#[test]
fn the_english_sentences_are_found_where_english_is_read() {
    // The check below would pass on any output if it found nothing: it finds the English.
    let fixtures = Fixtures::new();
    let output = fixtures.outputs(Lang::En);
    let found = english_sentences(Lang::Sq)
        .into_iter()
        .filter(|(_, sentence)| output.contains(sentence.as_str()))
        .count();
    assert!(found >= 10, "only {found} English sentences in:\n{output}");
}

#[test]
fn what_the_commands_print_in_albanian_or_serbian_holds_no_english_sentence() {
    let fixtures = Fixtures::new();
    // The scenarios' own names and texts are data, in whatever language they were written.
    let scenarios = [
        fixture_path("kosovo-flux.ron"),
        fixtures.file("crossing.ron"),
    ]
    .map(|p| std::fs::read_to_string(p).expect("scenario read"))
    .concat();
    for lang in [Lang::Sq, Lang::Sr] {
        let output = fixtures.outputs(lang);
        let english: Vec<(String, String)> = english_sentences(lang)
            .into_iter()
            .filter(|(_, sentence)| output.contains(sentence.as_str()))
            .filter(|(_, sentence)| !scenarios.contains(sentence.as_str()))
            .collect();
        assert!(
            english.is_empty(),
            "--lang {lang} prints English: {english:?}\n{output}"
        );
    }
}

/// Fixtures the commands read and write, in a directory of their own.
struct Fixtures {
    dir: tempfile::TempDir,
}

impl Fixtures {
    fn new() -> Fixtures {
        let dir = tempfile::tempdir().expect("temporary directory");
        for name in ["exercise.journal", "forked.journal", "crossing.ron"] {
            let from = format!(
                "{}/tests/fixtures/journals/v4/{name}",
                env!("CARGO_MANIFEST_DIR")
            );
            std::fs::copy(from, dir.path().join(name)).expect("fixture copied");
        }
        // A journal of format 1 (its lines are not chained) whose third line is not a
        // journal line, and the scenario it was recorded with.
        let v1 = format!("{}/tests/fixtures/journals/v1", env!("CARGO_MANIFEST_DIR"));
        std::fs::copy(
            format!("{v1}/crossing.ron"),
            dir.path().join("crossing-v1.ron"),
        )
        .expect("fixture copied");
        let exercise =
            std::fs::read_to_string(format!("{v1}/exercise.journal")).expect("journal read");
        let mut lines: Vec<&str> = exercise.lines().collect();
        lines[2] = "Digest(state: 12)";
        std::fs::write(dir.path().join("bad.journal"), lines.join("\n") + "\n")
            .expect("bad journal written");
        std::fs::write(dir.path().join("taken.journal"), "").expect("file written");
        Fixtures { dir }
    }

    fn file(&self, name: &str) -> String {
        path(&self.dir.path().join(name)).to_string()
    }

    /// Standard output and error of a set of commands — a check, a summary, a run with its
    /// notes, a replay, a fork, a comparison, a sweep, and the errors of a bad journal line,
    /// an existing output, a wrong file name and a refused resume — read in `lang`.
    fn outputs(&self, lang: Lang) -> String {
        let kosovo = fixture_path("kosovo-flux.ron");
        let crossing = self.file("crossing.ron");
        let exercise = self.file("exercise.journal");
        let forked = self.file("forked.journal");
        let new_fork = self.file(&format!("fork-{lang}.journal"));
        let runs: Vec<Vec<&str>> = vec![
            vec!["check", &kosovo],
            vec!["scenario", "show", &kosovo],
            vec!["run", &kosovo, "--until", "12h"],
            vec!["run", &crossing, "--until", "999d"],
            vec!["replay", &exercise, "--scenario", &crossing],
            vec![
                "fork",
                &exercise,
                "--at",
                "2h",
                "-o",
                &new_fork,
                "--scenario",
                &crossing,
            ],
            vec!["compare", &exercise, &forked, "--scenario", &crossing],
            vec!["sweep", &crossing, "--seeds", "3"],
        ];
        let bad = self.file("bad.journal");
        let crossing_v1 = self.file("crossing-v1.ron");
        let taken = self.file("taken.journal");
        let wrong = self.file("aar.txt");
        let failures: Vec<Vec<&str>> = vec![
            vec!["replay", &bad, "--scenario", &crossing_v1],
            vec![
                "fork",
                &exercise,
                "--at",
                "2h",
                "-o",
                &taken,
                "--scenario",
                &crossing,
            ],
            vec!["report", &exercise, "-o", &wrong, "--scenario", &crossing],
            vec![
                "run",
                "--resume",
                &forked,
                "--seed",
                "99",
                &crossing,
                "--commands",
                &exercise,
            ],
        ];
        let mut all = String::new();
        for (args, succeeds) in runs
            .iter()
            .map(|a| (a, true))
            .chain(failures.iter().map(|a| (a, false)))
        {
            let mut args = args.clone();
            args.extend(["--lang", lang.code()]);
            let out = fluxsim(&args);
            assert_eq!(
                out.status.success(),
                succeeds,
                "fluxsim {}: {}",
                args.join(" "),
                String::from_utf8_lossy(&out.stderr)
            );
            all += &String::from_utf8_lossy(&out.stdout);
            all += &flat(&out.stderr);
            all += "\n";
        }
        all
    }
}

#[test]
fn a_bad_journal_line_is_named_at_its_line_and_column_in_the_readers_language() {
    let fixtures = Fixtures::new();
    let bad = fixtures.file("bad.journal");
    let crossing = fixtures.file("crossing-v1.ron");
    let at = format!("{bad}:3:14");
    for (lang, help) in [
        (Lang::Sq, "çdo rresht është një nga"),
        (Lang::Sr, "svaki red je jedan od"),
        (Lang::En, "each line is one of"),
    ] {
        let out = fluxsim(&[
            "replay",
            &bad,
            "--scenario",
            &crossing,
            "--lang",
            lang.code(),
        ]);
        let stderr = flat(&out.stderr);
        assert!(!out.status.success());
        assert!(stderr.contains(&at), "{lang}: names {at} in {stderr}");
        assert!(stderr.contains(help), "{lang}: {help} in {stderr}");
    }
}

#[test]
fn a_file_that_would_be_overwritten_is_refused_in_the_readers_language() {
    let fixtures = Fixtures::new();
    let taken = fixtures.file("taken.journal");
    let exercise = fixtures.file("exercise.journal");
    let crossing = fixtures.file("crossing.ron");
    for (lang, words) in [
        (Lang::Sq, ["ekziston tashmë", "ose jepni --force"]),
        (Lang::Sr, ["već postoji", "ili dodajte --force"]),
        (Lang::En, ["already exists", "or pass --force"]),
    ] {
        let out = fluxsim(&[
            "fork",
            &exercise,
            "--at",
            "2h",
            "-o",
            &taken,
            "--scenario",
            &crossing,
            "--lang",
            lang.code(),
        ]);
        let stderr = flat(&out.stderr);
        assert!(!out.status.success());
        for w in words {
            assert!(stderr.contains(w), "{lang}: {w} in {stderr}");
        }
        assert_eq!(
            std::fs::read_to_string(&taken).expect("still there"),
            "",
            "the existing file is untouched"
        );
    }
}

#[test]
fn a_refused_command_says_why_in_the_readers_language() {
    let refused = CommandError::Unknown {
        what: IdKind::BusFleet,
        id: "b9".into(),
        known: vec!["b1".into(), "b2".into()],
    };
    assert_eq!(
        refused.localized(Lang::En),
        "unknown bus fleet `b9`; known: b1, b2"
    );
    assert_eq!(refused.to_string(), refused.localized(Lang::En));
    assert_eq!(
        refused.localized(Lang::Sq),
        "`b9` nuk njihet si flotë autobusësh; të njohura: b1, b2"
    );
    assert_eq!(
        refused.localized(Lang::Sr),
        "nepoznata oznaka `b9` (vrsta: flota autobusa); poznate: b1, b2"
    );
}

#[test]
fn a_journal_error_reads_in_every_language_with_its_place() {
    let fixtures = Fixtures::new();
    let bad = fixtures.dir.path().join("bad.journal");
    let err = read(&bad).expect_err("the third line is not a journal line");
    let JournalError::Corrupt(line) = &err else {
        panic!("a corrupt line, not {err}");
    };
    assert_eq!(line.line, 3);
    for lang in Lang::ALL {
        let text = err.localized(lang);
        assert!(
            text.starts_with(&format!("{}:3:", bad.display())),
            "{lang}: {text}"
        );
    }
    assert_eq!(err.to_string(), err.localized(Lang::En));
}

/// Broken scenarios whose every problem the rules or the RON reader find: unknown ids, shares,
/// counts, durations, duplicates, a missing field, one past the end and a placeholder naming
/// no BCP.
const BROKEN: [&str; 16] = [
    "several_problems",
    "share_outside_range",
    "link_to_unknown_location",
    "zero_lanes",
    "unknown_field",
    "missing_required_field",
    "bad_start_date",
    "uniform_min_above_max",
    "trigger_queue_not_at_bcp",
    "duplicate_language_key",
    "msel_inject_after_end",
    "reception_unreachable",
    "msel_text_unknown_bcp",
    "bad_time_syntax",
    "inject_people_out_of_range",
    "inject_spread_out_of_range",
];

/// What `check` prints of a broken scenario for a reader of `lang`, and where the English
/// reading places each of its problems (`file:line:column`).
fn checked(name: &str, lang: Lang) -> (String, Vec<String>) {
    let file = format!("tests/fixtures/broken/{name}.ron");
    let path = format!("{}/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("broken fixture read");
    let places = match fluxsim::scenario::parse(&fluxsim::scenario::Source::new(path.clone(), text))
    {
        Ok(_) => panic!("{name} is broken"),
        Err(err) => err
            .problems
            .iter()
            .map(|p| format!("{path}:{}:{}", p.line, p.column))
            .collect(),
    };
    let out = fluxsim(&["--lang", lang.code(), "check", &path]);
    assert!(!out.status.success(), "{name}: check refuses it");
    let printed = [flat(&out.stdout), flat(&out.stderr)].join(" ");
    (printed, places)
}

#[test]
fn a_broken_scenario_is_explained_in_the_readers_language_at_its_line_and_column() {
    // English reads its own sentences: the check below finds them where they are.
    let english: String = BROKEN.map(|name| checked(name, Lang::En).0).concat();
    let found = english_sentences(Lang::Sq)
        .into_iter()
        .filter(|(_, sentence)| english.contains(sentence.as_str()))
        .count();
    assert!(found >= 10, "only {found} English sentences in:\n{english}");
    for lang in [Lang::Sq, Lang::Sr] {
        let sentences = english_sentences(lang);
        for name in BROKEN {
            let (printed, places) = checked(name, lang);
            for place in &places {
                assert!(
                    printed.contains(place.as_str()),
                    "{lang} {name}: {place} in {printed}"
                );
            }
            let left: Vec<&(String, String)> = sentences
                .iter()
                .filter(|(_, sentence)| printed.contains(sentence.as_str()))
                .collect();
            assert!(
                left.is_empty(),
                "--lang {lang} check {name} prints English: {left:?}\n{printed}"
            );
        }
    }
}

/// An MSEL sheet whose cells are wrong in every way a facilitator's spreadsheet can be.
const BAD_MSEL: &str =
    "number,time,synopsis,from,to,method,expected action,capability,notes,trigger,effect,expect
two,2x,,BCP,army,phone,,,,when it rains,Earthquake(size: 9),Approve by mia within 2h
3,T+9d,Late,BCP,police,phone,,,,queue vermice > many,,ApproveReception by mia
";

/// A hot wash's sheet with a bad time, an empty text, an unknown rating and institution.
const BAD_NOTES: &str = "time,evaluator,institution,rating,text
soon,eva,mia,P,The chair was unclear
T+1h,eva,army,X,
";

impl Fixtures {
    /// What the sheets, a cut shard, a comparison of two exercises that are not branches, an
    /// export that cannot make its directory and a template of the wrong kind print in `lang`.
    fn more_outputs(&self, lang: Lang) -> String {
        let code = lang.code();
        let kosovo = fixture_path("kosovo-flux.ron");
        let crossing = self.file("crossing.ron");
        let exercise = self.file("exercise.journal");
        let write = |name: &str, text: &str| {
            let file = self.file(name);
            std::fs::write(&file, text).expect("sheet written");
            file
        };
        let bars = write(
            "bars.csv",
            "number|time|synopsis|from|to\n1|T+1h|x|y|police\n",
        );
        let cells = write("cells.csv", BAD_MSEL);
        let notes = write("notes.csv", BAD_NOTES);
        let other = self.file(&format!("other-{code}.journal"));
        let _ = std::fs::remove_file(&other);
        let recorded = fluxsim(&[
            "run",
            &crossing,
            "--seed",
            "99",
            "--until",
            "1h",
            "--journal",
            &other,
        ]);
        assert!(recorded.status.success(), "{}", flat(&recorded.stderr));
        let shards = self.dir.path().join(format!("shards-{code}"));
        let shards = path(&shards).to_string();
        let task = fluxsim(&[
            "sweep",
            &crossing,
            "--seeds",
            "2",
            "--task-count",
            "1",
            "--task-index",
            "0",
            "--out",
            &shards,
            "--threads",
            "1",
        ]);
        assert!(task.status.success(), "{}", flat(&task.stderr));
        let shard = format!("{shards}/shard-00000.json");
        let text = std::fs::read_to_string(&shard).expect("shard read");
        std::fs::write(&shard, &text[..text.len() / 2]).expect("shard cut");
        let taken = self.file("taken.journal");
        let (a, b, c) = (
            self.file("a.ron"),
            self.file("b.ron"),
            self.file("c.journal"),
        );
        let tables = format!("{taken}/tables");
        let plan = self.file("plan.txt");
        let failures: Vec<Vec<&str>> = vec![
            vec!["msel", "import", &bars, "--into", &kosovo, "-o", &a],
            vec!["msel", "import", &cells, "--into", &kosovo, "-o", &b],
            vec![
                "observe",
                &exercise,
                "--csv",
                &notes,
                "-o",
                &c,
                "--scenario",
                &crossing,
            ],
            vec!["sweep", "merge", &shards, "--expect", "1"],
            vec!["compare", &exercise, &other, "--scenario", &crossing],
            vec![
                "export",
                &exercise,
                "--csv",
                &tables,
                "--scenario",
                &crossing,
            ],
            vec![
                "report",
                &exercise,
                "--plan-template",
                "-o",
                &plan,
                "--scenario",
                &crossing,
            ],
        ];
        let mut all = String::new();
        for args in failures {
            let mut args = args.clone();
            args.extend(["--lang", code]);
            let out = fluxsim(&args);
            assert!(
                !out.status.success(),
                "fluxsim {} succeeded",
                args.join(" ")
            );
            all += &String::from_utf8_lossy(&out.stdout);
            all += &flat(&out.stderr);
            all += "\n";
        }
        all
    }
}

#[test]
fn sheets_shards_comparisons_and_exports_refuse_in_the_readers_language() {
    let fixtures = Fixtures::new();
    // English reads its own sentences, so the check below finds them where they are.
    let english = fixtures.more_outputs(Lang::En);
    for said in [
        "the header row is a single cell holding `|`",
        "expected the inject's whole number, found `two`",
        "`2x` is not a time",
        "`when it rains` is not a trigger",
        "`Approve by mia within 2h` is not an expected decision",
        "expected a whole number of people, found `many`",
        "it says no `within` time",
        "`X` is not a rating",
        "expected what was observed, found an empty cell",
        "it was cut off while it was written or copied",
        "are not branches of one exercise: the seed differs",
        "cannot create the directory",
        "the improvement plan's sheet is written as CSV",
    ] {
        assert!(english.contains(said), "{said} in:\n{english}");
    }
    for (lang, said) in [
        (
            Lang::Sq,
            [
                "nuk është kohë",
                "nuk është shkrehës",
                "u pre ndërsa shkruhej",
                "fara ndryshon",
            ],
        ),
        (
            Lang::Sr,
            [
                "nije vreme",
                "nije okidač",
                "presečena je dok se pisala",
                "seme se razlikuje",
            ],
        ),
    ] {
        let output = fixtures.more_outputs(lang);
        for words in said {
            assert!(output.contains(words), "{lang}: {words} in:\n{output}");
        }
        let left: Vec<(String, String)> = english_sentences(lang)
            .into_iter()
            .filter(|(_, sentence)| output.contains(sentence.as_str()))
            .collect();
        assert!(
            left.is_empty(),
            "--lang {lang} prints English: {left:?}\n{output}"
        );
    }
}

#[test]
fn the_seats_codes_file_is_refused_in_the_readers_language() {
    let fixtures = Fixtures::new();
    let journal = fixtures.dir.path().join("seated.journal");
    let scenario = crate::support::kosovo();
    let codes = fluxsim::console::seats::Codes::create(&journal, &scenario).expect("codes");
    assert!(!codes.seats.is_empty());
    let again = fluxsim::console::seats::Codes::create(&journal, &scenario)
        .expect_err("the codes of another exercise are there");
    assert!(again.to_string().contains("already exists"), "{again}");
    for (lang, words) in [(Lang::Sq, "ekziston tashmë"), (Lang::Sr, "već postoji")] {
        let text = again.localized(lang);
        assert!(text.contains(words), "{lang}: {text}");
        assert!(
            !text.contains("seat codes of another exercise"),
            "{lang}: {text}"
        );
    }
}

#[test]
fn the_sweep_table_names_its_metrics_in_the_readers_language() {
    let crossing = format!(
        "{}/tests/fixtures/journals/v4/crossing.ron",
        env!("CARGO_MANIFEST_DIR")
    );
    let table = |lang: Lang| {
        let out = fluxsim(&["sweep", &crossing, "--seeds", "2", "--lang", lang.code()]);
        assert!(out.status.success(), "{}", flat(&out.stderr));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    for lang in [Lang::En, Lang::Sq, Lang::Sr] {
        let printed = table(lang);
        let name = fluxsim::tr!(lang, "sweep-metric-peak-queue");
        assert!(printed.contains(&name), "{lang}: {name} in\n{printed}");
        assert!(
            !printed.contains("peak_queue"),
            "{lang}: an id in\n{printed}"
        );
    }
    // The JSON keeps the ids.
    let json = fluxsim(&["sweep", &crossing, "--seeds", "2", "--json"]);
    assert!(String::from_utf8_lossy(&json.stdout).contains("\"peak_queue\""));
}

#[test]
fn counts_are_grouped_in_thousands_as_each_language_writes_them() {
    use fluxsim::i18n::Text;
    let people = Text::new("people-count").count("count", 12_500u64);
    assert_eq!(people.localized(Lang::En), "12,500 people");
    assert_eq!(people.localized(Lang::Sq), "12\u{a0}500 persona");
    assert_eq!(people.localized(Lang::Sr), "12.500 osoba");
    // JSON and CSV carry the English words with the number as it is.
    assert_eq!(people.english(), "12500 people");
}
