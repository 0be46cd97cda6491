//! Finding things in the console: `/` search across panes, mouse clicks, the inspector for
//! every kind of thing, and the help that lists it all.

use crossterm::event::{KeyCode, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use fluxsim::console::keymap::{MAIN, REPLAY, SCHEDULE, mouse_action};
use fluxsim::console::{Action, App, Overlay, Pane, Target};
use ratatui::layout::Rect;

use super::console::{app, press, press_key, run_to, screen, text};

fn balkan() -> App {
    let scenario = crate::support::fixture("balkan-route-90d.ron");
    let seed = scenario.exercise.seed;
    App::new(scenario, seed)
}

fn place(app: &App, id: &str) -> usize {
    app.scenario()
        .locations
        .iter()
        .position(|l| l.id == id)
        .unwrap_or_else(|| panic!("no place {id}"))
}

fn click(app: &mut App, x: u16, y: u16, screen: Rect) {
    let mouse = MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: x,
        row: y,
        modifiers: KeyModifiers::NONE,
    };
    if let Some(action) = mouse_action(app, mouse, screen) {
        app.update(action);
    }
}

/// What the inspector shows, if it is open.
fn inspected(app: &App) -> Option<Target> {
    match app.overlay() {
        Overlay::Inspector(target) => Some(*target),
        _ => None,
    }
}

/// The screen row (0-based) whose text contains `needle`.
fn line_of(lines: &[String], needle: &str) -> u16 {
    lines
        .iter()
        .position(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("`{needle}` is not on screen:\n{}", text(lines))) as u16
}

#[test]
fn slash_presevo_enter_selects_that_bcp_and_opens_it() {
    let mut app = balkan();
    let presevo = place(&app, "presevo_reg");
    press(&mut app, "/presevo");
    // The pane follows while typing.
    assert_eq!(app.pane(), Pane::Situation);
    let row = app.selected(Pane::Situation);
    assert_eq!(app.situation_rows().nth(row), Some(presevo));
    press_key(&mut app, KeyCode::Enter);
    assert!(
        matches!(app.overlay(), Overlay::Inspector(Target::Place(i)) if *i == presevo),
        "{:?}",
        app.overlay()
    );
    let shown = text(&screen(&app, 80, 24));
    assert!(shown.contains("Preševo registration"), "{shown}");
}

#[test]
fn search_ignores_case_and_diacritics() {
    let mut app = app();
    press(&mut app, "/VËRMICË");
    let hits = app.search_hits();
    assert_eq!(
        hits.first().map(|h| h.target),
        Some(Target::Place(place(&app, "vermice")))
    );
    for _ in 0.."VËRMICË".chars().count() {
        press_key(&mut app, KeyCode::Backspace);
    }
    // "Đeneral Janković" typed without its diacritics.
    press(&mut app, "deneral jankovic");
    let hits = app.search_hits();
    assert_eq!(
        hits.first().map(|h| h.target),
        Some(Target::Place(place(&app, "hani_elezit"))),
        "{hits:?}"
    );
    press(&mut app, " zzz");
    assert!(app.search_hits().is_empty());
    assert_eq!(app.status(), "no match");
}

#[test]
fn search_reaches_institutions_injects_and_gaps_in_their_panes() {
    let mut app = app();
    press(&mut app, "/unhcr");
    assert_eq!(app.pane(), Pane::Institutions);
    let unhcr = app.selected(Pane::Institutions);
    assert_eq!(app.scenario().institutions[unhcr].id, "unhcr");
    press_key(&mut app, KeyCode::Esc);

    press(&mut app, "/#3");
    assert_eq!(app.pane(), Pane::Msel);
    let row = app.selected(Pane::Msel);
    assert_eq!(app.scenario().msel[app.msel_order()[row]].number, 3);
    press_key(&mut app, KeyCode::Enter);
    assert!(matches!(
        app.overlay(),
        Overlay::Inspector(Target::Inject(_))
    ));
    press_key(&mut app, KeyCode::Esc);

    let first = app
        .snapshot()
        .gaps
        .first()
        .map(|g| g.id)
        .expect("the default scenario's own findings are gaps at T+0");
    press(&mut app, &format!("/gap {first}"));
    assert_eq!(app.pane(), Pane::Gaps);
    press_key(&mut app, KeyCode::Enter);
    assert_eq!(inspected(&app), Some(Target::Gap(first)));
}

#[test]
fn arrows_choose_among_matches_and_esc_goes_back() {
    let mut app = app();
    press(&mut app, "3");
    press(&mut app, "j");
    press(&mut app, "/prizren");
    let hits = app.search_hits();
    assert!(hits.len() >= 3, "{hits:?}");
    press_key(&mut app, KeyCode::Down);
    press_key(&mut app, KeyCode::Down);
    let third = hits[2].target;
    assert_eq!(
        app.locate(third),
        Some((app.pane(), app.selected(app.pane())))
    );
    press_key(&mut app, KeyCode::Esc);
    assert!(matches!(app.overlay(), Overlay::None));
    assert_eq!(
        (app.pane(), app.selected(Pane::Institutions)),
        (Pane::Institutions, 1)
    );
}

#[test]
fn search_view_at_80_by_24() {
    let mut app = app();
    press(&mut app, "/vermice");
    let shown = text(&screen(&app, 80, 24));
    assert!(shown.contains("vermice — Vërmicë/Vrbnica BCP"), "{shown}");
    insta::assert_snapshot!(shown);
}

#[test]
fn the_inspector_opens_a_request() {
    let mut app = app();
    run_to(&mut app, "12h");
    let request = app
        .requests()
        .first()
        .cloned()
        .expect("by T+12h the surge has raised a request");
    press(&mut app, &format!("/request {}", request.id));
    press_key(&mut app, KeyCode::Enter);
    assert_eq!(inspected(&app), Some(Target::Request(request.id)));
    let shown = text(&screen(&app, 120, 40));
    assert!(
        shown.contains(&format!("request #{}", request.id)),
        "{shown}"
    );
    assert!(shown.contains(&request.reason.english()), "{shown}");
}

#[test]
fn a_click_on_a_tab_shows_its_pane() {
    let mut app = app();
    let area = Rect::new(0, 0, 120, 40);
    let lines = screen(&app, 120, 40);
    let tabs = line_of(&lines, "2 Network");
    let x = lines[tabs as usize]
        .chars()
        .collect::<Vec<_>>()
        .windows(5)
        .position(|w| w.iter().collect::<String>() == "4 Gap")
        .expect("the Gaps tab") as u16;
    click(&mut app, x + 2, tabs, area);
    assert_eq!(app.pane(), Pane::Gaps);
}

#[test]
fn a_click_on_a_row_selects_it() {
    let mut app = app();
    let area = Rect::new(0, 0, 120, 40);
    let lines = screen(&app, 120, 40);
    let y = line_of(&lines, "Prizren municipal sports hall");
    click(&mut app, 10, y, area);
    let row = app.selected(Pane::Situation);
    assert_eq!(
        app.situation_rows().nth(row),
        Some(place(&app, "prizren_hall"))
    );
    // In a list scrolled to keep its selection in view: the sites at 80×24, the last one
    // selected.
    let small = Rect::new(0, 0, 80, 24);
    press(&mut app, "G");
    assert_eq!(
        app.situation_rows().nth(app.selected(Pane::Situation)),
        Some(place(&app, "ucck"))
    );
    let lines = screen(&app, 80, 24);
    assert!(
        !text(&lines).contains("Magura"),
        "the first site scrolled out of view:\n{}",
        text(&lines)
    );
    let y = line_of(&lines, "Prizren regional ho");
    click(&mut app, 5, y, small);
    assert_eq!(
        app.situation_rows().nth(app.selected(Pane::Situation)),
        Some(place(&app, "hospital_prizren"))
    );
    // A click outside any list changes nothing.
    let before = app.selected(Pane::Situation);
    click(&mut app, 5, 0, small);
    assert_eq!(app.selected(Pane::Situation), before);
}

#[test]
fn the_wheel_moves_the_selection_and_overlays_ignore_the_mouse() {
    let mut app = app();
    let area = Rect::new(0, 0, 80, 24);
    let wheel = MouseEvent {
        kind: MouseEventKind::ScrollDown,
        column: 10,
        row: 10,
        modifiers: KeyModifiers::NONE,
    };
    assert_eq!(mouse_action(&app, wheel, area), Some(Action::Down));
    press(&mut app, "?");
    assert_eq!(mouse_action(&app, wheel, area), None);
}

#[test]
fn help_lists_search_replay_and_mouse() {
    let mut app = app();
    press(&mut app, "?");
    let mut all = text(&screen(&app, 120, 60));
    for binding in MAIN
        .iter()
        .chain(REPLAY)
        .chain(SCHEDULE)
        .filter(|b| !b.keys.is_empty())
    {
        let keys = fluxsim::console::keymap::key_name(app.lang(), binding.keys);
        assert!(all.contains(&keys), "{keys} missing:\n{all}");
    }
    for words in ["Search (/)", "Mouse", "click", "search ids and names"] {
        assert!(all.contains(words), "{words} missing:\n{all}");
    }
    // At 80×24 it scrolls to show the rest.
    let top = text(&screen(&app, 80, 24));
    assert!(top.contains("↓ more"), "{top}");
    press(&mut app, "G");
    all = text(&screen(&app, 80, 24));
    assert!(all.contains("previous / next command"), "{all}");
    assert!(all.contains("↑ above"), "{all}");
}

#[test]
fn an_observation_is_found_by_its_words_and_shown_with_its_institution() {
    use fluxsim::scenario::{Observation, Rating};
    let mut app = app();
    let seen = Observation {
        text: "The chair was vacant for an hour".into(),
        institution: Some("ksc".into()),
        rating: Some(Rating::M),
        ..Observation::default()
    };
    app.submit_as(fluxsim::Command::Observe(seen), fluxsim::Origin::Evaluator)
        .expect("recorded");
    press(&mut app, "/chair vacant");
    let hits = app.search_hits();
    let ksc = app
        .scenario()
        .institutions
        .iter()
        .position(|i| i.id == "ksc")
        .expect("ksc");
    assert_eq!(
        hits.first().map(|h| (h.kind, h.target)),
        Some(("search-kind-observation", Target::Institution(ksc))),
        "{hits:?}"
    );
    press_key(&mut app, KeyCode::Enter);
    let shown = text(&screen(&app, 200, 60));
    assert!(
        shown.contains("The chair was vacant for an hour (M)"),
        "{shown}"
    );
}
