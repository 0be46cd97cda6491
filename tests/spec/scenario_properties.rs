//! Whatever text it is given, the loader answers with a scenario or with problems located in
//! the file, never with a panic; and every shipped scenario survives a round trip through RON.

use fluxsim::scenario::{Scenario, ScenarioError, Source, parse, to_ron};
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::Config;

const SCENARIOS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios");

/// Every shipped scenario, as (file name, text), sorted by name.
fn shipped() -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = std::fs::read_dir(SCENARIOS)
        .expect("the scenarios directory")
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ron"))
        .map(|path| {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&path).expect("a readable scenario");
            (name, text)
        })
        .collect();
    files.sort();
    files
}

fn config(cases: u32) -> Config {
    Config {
        cases,
        // Failures print their shrunk input; no regression files are written.
        failure_persistence: None,
        ..Config::default()
    }
}

/// Ok, or an error whose every problem lies inside the text, has a message and renders.
fn check_located(
    source: &Source,
    result: &Result<Scenario, ScenarioError>,
) -> Result<(), TestCaseError> {
    let Err(err) = result else { return Ok(()) };
    prop_assert!(!err.problems.is_empty(), "an error without problems");
    let lines: Vec<&str> = source.text.split('\n').collect();
    for p in &err.problems {
        prop_assert!(p.line >= 1, "line {} in {:?}", p.line, p.message);
        prop_assert!(p.column >= 1, "column {} in {:?}", p.column, p.message);
        prop_assert!(
            p.line <= lines.len(),
            "line {} of {} in {:?}",
            p.line,
            lines.len(),
            p.message
        );
        let width = lines[p.line - 1].chars().count();
        prop_assert!(
            p.column <= width + 1,
            "column {} on a line of {} in {:?}",
            p.column,
            width,
            p.message
        );
        prop_assert!(!p.message.trim().is_empty(), "an empty message");
    }
    let mut rendered = String::new();
    let handler =
        miette::GraphicalReportHandler::new_themed(miette::GraphicalTheme::unicode_nocolor());
    prop_assert!(handler.render_report(&mut rendered, err).is_ok());
    Ok(())
}

/// One edit of a scenario's text.
#[derive(Debug, Clone)]
enum Mutation {
    /// Delete up to `len` characters from `at`.
    Delete { at: Index, len: usize },
    /// Insert a copy of up to `len` characters from `at` right after them.
    Duplicate { at: Index, len: usize },
    /// Replace the character at `at` with `with`.
    Replace { at: Index, with: char },
    /// Replace a digit with another digit, so the file mostly stays well-formed RON.
    Digit { which: Index, with: char },
    /// Swap two lines.
    SwapLines { a: Index, b: Index },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let interesting = prop::sample::select(vec![
        '(', ')', '[', ']', '{', '}', ',', ':', '"', '/', '*', '#', '-', '.', '0', '9', 'a', 'Z',
        '_', ' ', '\n', 'é', 'Ω',
    ]);
    let digit = prop::char::range('0', '9');
    prop_oneof![
        (any::<Index>(), 1..64usize).prop_map(|(at, len)| Mutation::Delete { at, len }),
        (any::<Index>(), 1..64usize).prop_map(|(at, len)| Mutation::Duplicate { at, len }),
        (any::<Index>(), interesting).prop_map(|(at, with)| Mutation::Replace { at, with }),
        (any::<Index>(), digit).prop_map(|(which, with)| Mutation::Digit { which, with }),
        (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::SwapLines { a, b }),
    ]
}

fn apply(text: &str, mutation: &Mutation) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    if chars.is_empty() {
        return String::new();
    }
    match *mutation {
        Mutation::Delete { at, len } => {
            let start = at.index(chars.len());
            let end = (start + len).min(chars.len());
            chars.drain(start..end);
        }
        Mutation::Duplicate { at, len } => {
            let start = at.index(chars.len());
            let end = (start + len).min(chars.len());
            let copy: Vec<char> = chars[start..end].to_vec();
            chars.splice(end..end, copy);
        }
        Mutation::Replace { at, with } => {
            let i = at.index(chars.len());
            chars[i] = with;
        }
        Mutation::Digit { which, with } => {
            let digits: Vec<usize> = (0..chars.len())
                .filter(|&i| chars[i].is_ascii_digit())
                .collect();
            if !digits.is_empty() {
                chars[digits[which.index(digits.len())]] = with;
            }
        }
        Mutation::SwapLines { a, b } => {
            let mut lines: Vec<&str> = text.split('\n').collect();
            let (a, b) = (a.index(lines.len()), b.index(lines.len()));
            lines.swap(a, b);
            return lines.join("\n");
        }
    }
    chars.into_iter().collect()
}

#[test]
fn the_shipped_scenarios_include_the_tutorial_and_the_default() {
    let names: Vec<String> = shipped().into_iter().map(|(name, _)| name).collect();
    assert!(names.iter().any(|n| n == "tutorial.ron"), "{names:?}");
    assert!(names.iter().any(|n| n == "kosovo-flux.ron"), "{names:?}");
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn any_text_is_answered_without_a_panic(text in any::<String>()) {
        let source = Source::new("random.ron", text);
        let result = parse(&source);
        check_located(&source, &result)?;
    }

    #[test]
    fn ron_like_text_is_answered_without_a_panic(
        text in r#"[()\[\]{}:,"/*#!a-zA-Z0-9_. \n-]{0,200}"#,
    ) {
        let source = Source::new("random.ron", text);
        let result = parse(&source);
        check_located(&source, &result)?;
    }

    #[test]
    fn text_with_a_valid_beginning_is_answered_without_a_panic(
        which in any::<Index>(),
        cut in any::<Index>(),
        tail in r#"[()\[\]{}:,"/*#a-z0-9_. \n-]{0,40}"#,
    ) {
        // Truncated files end inside strings, comments and nested values.
        let files = shipped();
        let (name, text) = &files[which.index(files.len())];
        let chars: Vec<char> = text.chars().collect();
        let head: String = chars[..cut.index(chars.len() + 1)].iter().collect();
        let source = Source::new(name.clone(), head + &tail);
        let result = parse(&source);
        check_located(&source, &result)?;
    }

    #[test]
    fn mutated_scenarios_are_loaded_or_rejected_with_located_problems(
        which in any::<Index>(),
        edits in prop::collection::vec(mutation(), 1..4),
    ) {
        let files = shipped();
        let (name, text) = &files[which.index(files.len())];
        let mutated = edits.iter().fold(text.clone(), |t, m| apply(&t, m));
        let source = Source::new(name.clone(), mutated);
        let result = parse(&source);
        check_located(&source, &result)?;
    }
}

#[test]
fn every_shipped_scenario_survives_a_round_trip() {
    for (name, text) in shipped() {
        let scenario = match parse(&Source::new(name.clone(), text)) {
            Ok(scenario) => scenario,
            Err(err) => panic!("{name} does not load: {:?}", err.problems),
        };
        let written = to_ron(&scenario).unwrap_or_else(|err| panic!("{name}: {err}"));
        let again = match parse(&Source::new(
            format!("{name} (written back)"),
            written.clone(),
        )) {
            Ok(again) => again,
            Err(err) => panic!(
                "{name} written back does not load: {:?}\n{written}",
                err.problems
            ),
        };
        assert_eq!(again, scenario, "{name}");
    }
}
