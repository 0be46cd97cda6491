//! The model's own words — gaps, findings, requests, decisions, what institutions were told,
//! commands — reach a reader in Albanian or Serbian as sentences of their language: never
//! as the English prose they once were, never as a code name of the model's kinds
//! (`UnaccompaniedMinor`, `ReceptionApproval`, `DecisionLatency`).

use crossterm::event::KeyCode;
use fluxsim::console::App;
use fluxsim::i18n::{Lang, Localized};
use fluxsim::report::markdown;

use crate::console::{press, press_key, run_to, screen, text};

/// English sentences the model used to write, a distinctive piece of each.
const ENGLISH: [&str; 24] = [
    "waits past its deadline",
    "that nobody can answer",
    "handed over after their deadline",
    "people spend the night outdoors",
    "reception is full and people wait outdoors",
    "did not inform",
    "no interpreter for",
    "is over its limit",
    "Plan officer reinforcement",
    "still unanswered at",
    "waiting at registration",
    "Name one accountable institution",
    "Guarantee overnight shelter",
    "queuing at",
    "registered and waiting outdoors",
    "lists no Accountable institution",
    "both claim",
    "has no measurable trigger",
    "approve reception",
    "declare phase",
    "officers to",
    "raised at",
    "Evidence",
    "persons affected",
];

/// Words written like a code name (`FamilyWithInfants`): two or more capitalised parts run
/// together, letters only. Scenario ids are lower case, names are words and acronyms
/// (`MoH`, `UNHCR`); only debug text writes these.
fn code_names(text: &str) -> Vec<String> {
    let camel = |word: &str| {
        let mut parts = 0;
        let mut chars = word.chars().peekable();
        while let Some(c) = chars.next() {
            if !c.is_ascii_uppercase() {
                return false;
            }
            let mut lower = 0;
            while chars.peek().is_some_and(|c| c.is_ascii_lowercase()) {
                chars.next();
                lower += 1;
            }
            if lower == 0 {
                return false;
            }
            parts += 1;
        }
        parts >= 2
    };
    let mut found: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| camel(word))
        .map(str::to_string)
        .collect();
    found.sort();
    found.dedup();
    found
}

fn english_in(text: &str) -> Vec<&'static str> {
    ENGLISH.into_iter().filter(|p| text.contains(p)).collect()
}

#[test]
fn the_code_name_check_finds_debug_text_and_spares_words_and_ids() {
    assert_eq!(
        code_names("UnaccompaniedMinor cases, `kosovo_police`, MSEL, MoH, T+6h, Prizren, iVBOR4x"),
        ["UnaccompaniedMinor"]
    );
    assert!(english_in("Interpreters request waits past its deadline").len() == 1);
}

#[test]
fn the_albanian_and_serbian_reports_of_the_default_exercise_say_the_models_words_in_their_language()
{
    for lang in [Lang::Sq, Lang::Sr] {
        let (report, _) = crate::report::report_in(&format!("words-{}", lang.code()), lang);
        assert!(!report.gaps.is_empty(), "the exercise has gaps to read");
        // The journal's path names a temporary directory with a random suffix (`…-AbCdEf`):
        // not words of the report.
        let page: String = markdown(&report)
            .split(' ')
            .filter(|word| !word.contains("fluxsim-report-words"))
            .collect::<Vec<_>>()
            .join(" ");
        let newest = report.gaps.last().expect("a gap");
        assert!(page.contains(&newest.summary.localized(lang)), "{page}");
        assert_eq!(code_names(&page), Vec::<String>::new(), "{lang:?} report");
        assert_eq!(english_in(&page), Vec::<&str>::new(), "{lang:?} report");
    }
}

#[test]
fn the_albanian_and_serbian_consoles_show_gaps_requests_and_decisions_in_their_language() {
    for lang in [Lang::Sq, Lang::Sr] {
        let scenario = crate::support::kosovo();
        let seed = scenario.exercise.seed;
        let mut app = App::new(scenario, seed).with_lang(lang);
        run_to(&mut app, "24h");
        let mut seen = Vec::new();
        // The gaps pane, then the evidence of the newest gap and of the four before it.
        press(&mut app, "4");
        seen.push(text(&screen(&app, 200, 60)));
        for _ in 0..5 {
            press_key(&mut app, KeyCode::Enter);
            seen.push(text(&screen(&app, 200, 60)));
            press_key(&mut app, KeyCode::Esc);
            press(&mut app, "j");
        }
        // The institutions pane, each in turn: requests pending, decisions, what each was told.
        press(&mut app, "3");
        for _ in 0..app.scenario().institutions.len() {
            seen.push(text(&screen(&app, 200, 60)));
            press(&mut app, "j");
        }
        let all = seen.join("\n");
        let newest = app.snapshot().gaps.last().expect("a gap").clone();
        assert!(all.contains(&newest.summary.localized(lang)), "{all}");
        assert!(all.contains(&newest.evidence[0].localized(lang)), "{all}");
        assert_eq!(code_names(&all), Vec::<String>::new(), "{lang:?}:\n{all}");
        assert_eq!(english_in(&all), Vec::<&str>::new(), "{lang:?}:\n{all}");
    }
}
