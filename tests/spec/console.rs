//! The facilitator console: panes show the snapshot, keys mean actions, the palette builds
//! commands that reach the simulation, the clock paces it.

use std::time::Duration;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use fluxsim::SimTime;
use fluxsim::console::keymap::action_for;
use fluxsim::console::{Action, App, Overlay, Pane, Target};
use fluxsim::i18n::Localized;
use fluxsim::view::{Category, static_findings};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

pub(super) fn app() -> App {
    let scenario = crate::support::kosovo();
    let seed = scenario.exercise.seed;
    App::new(scenario, seed)
}

/// A console on the default scenario that records into a new journal at `path`.
pub(super) fn recording_app(path: &std::path::Path) -> App {
    use fluxsim::journal::{Header, Recorder, ScenarioSource};
    let source = crate::support::kosovo_source();
    let scenario = crate::support::kosovo();
    let seed = scenario.exercise.seed;
    let header = Header::new(
        &scenario,
        ScenarioSource::File(source.name.clone()),
        &source.text,
        seed,
    );
    let recorder = Recorder::create(path, &header).expect("new journal");
    App::new(scenario, seed).with_journal(recorder)
}

pub(super) fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

/// Presses keys the way the terminal loop does: key → action → update.
pub(super) fn press(app: &mut App, keys: &str) {
    for c in keys.chars() {
        press_key(app, KeyCode::Char(c));
    }
}

pub(super) fn press_key(app: &mut App, code: KeyCode) {
    if let Some(action) = action_for(app, key(code)) {
        app.update(action);
    }
}

/// Runs the clock to `t` through the run-until prompt, frame by frame.
pub(super) fn run_to(app: &mut App, t: &str) {
    press(app, "u");
    press(app, t);
    press_key(app, KeyCode::Enter);
    assert!(app.clock().is_running(), "run-until {t} did not start");
    while app.clock().is_running() {
        app.update(Action::Tick(Duration::from_millis(50)));
    }
}

pub(super) fn screen(app: &App, width: u16, height: u16) -> Vec<String> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test terminal");
    terminal
        .draw(|frame| frame.render_widget(app, frame.area()))
        .expect("draw");
    let buffer = terminal.backend().buffer();
    (0..height)
        .map(|y| {
            (0..width)
                .map(|x| buffer[(x, y)].symbol())
                .collect::<String>()
        })
        .collect()
}

pub(super) fn text(lines: &[String]) -> String {
    lines.join("\n")
}

/// The cells of the table row that starts with `name`, split on blanks and borders.
fn row_after(lines: &[String], name: &str) -> Vec<String> {
    let line = lines
        .iter()
        .find(|l| l.contains(name))
        .unwrap_or_else(|| panic!("no row for {name} in\n{}", text(lines)));
    let rest = &line[line.find(name).expect("found") + name.len()..];
    rest.split(['│', ' '])
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .take(5)
        .collect()
}

#[test]
fn situation_pane_shows_the_snapshot_numbers() {
    let mut app = app();
    run_to(&mut app, "12h");
    assert_eq!(app.now(), SimTime::hours(12));
    let s = app.snapshot().clone();
    for (width, height) in [(80, 24), (200, 60)] {
        let lines = screen(&app, width, height);
        let all = text(&lines);
        assert!(
            all.contains(&format!("arrived {}", s.totals.arrivals)),
            "{all}"
        );
        assert!(
            all.contains(&format!("in country {}", s.totals.in_system)),
            "{all}"
        );
        if width == 200 {
            let vermice = s
                .places
                .iter()
                .position(|p| p.id == "vermice")
                .expect("vermice");
            let p = &s.places[vermice];
            assert_eq!(
                row_after(&lines, &p.name)[..4],
                [
                    p.queue.to_string(),
                    format!("{}/{}", p.in_service, p.servers),
                    format!("{:.0}m", p.mean_wait_min),
                    format!("{:.0}", app.throughput(vermice)),
                ]
            );
            let magura = s.places.iter().find(|p| p.id == "magura").expect("magura");
            assert_eq!(
                row_after(&lines, &magura.name)[..3],
                [
                    format!("{}/{}", magura.occupancy, magura.capacity),
                    format!(
                        "{:.0}%",
                        100.0 * f64::from(magura.occupancy) / f64::from(magura.capacity)
                    ),
                    "open".to_string(),
                ]
            );
        }
    }
}

#[test]
fn header_shows_exercise_date_offset_phase_and_clock() {
    let mut app = app();
    let header = text(&screen(&app, 120, 30)[..2]);
    assert!(header.contains("phase Normal (baseline"), "{header}");
    run_to(&mut app, "12h");
    let header = text(&screen(&app, 120, 30)[..2]);
    let scenario = app.scenario();
    assert!(header.contains(&scenario.exercise.name), "{header}");
    // The phase is the one in force now, by its name in the scenario.
    let phase = &app.snapshot().phase;
    let name = &scenario
        .plan
        .phases
        .iter()
        .find(|p| &p.id == phase)
        .expect("a phase of the plan")
        .name;
    assert_ne!(phase, &scenario.plan.phases[0].id, "declared by 12h");
    assert!(header.contains(&format!("phase {name}")), "{header}");
    // The default scenario starts on Saturday 24 October 2026 at 06:00.
    assert!(header.contains("Sat 24 Oct 18:00"), "{header}");
    assert!(header.contains("T+0d 12:00 / T+3d 00:00"), "{header}");
    assert!(header.contains("paused (1 h/s)"), "{header}");
    assert!(header.contains("journal none"), "{header}");
}

#[test]
fn too_small_terminal_says_how_big_it_must_be() {
    let app = app();
    let all = text(&screen(&app, 79, 24));
    assert!(
        all.contains("needs at least 80×24; this one is 79×24"),
        "{all}"
    );
    let all = text(&screen(&app, 100, 20));
    assert!(all.contains("this one is 100×20"), "{all}");
    let all = text(&screen(&app, 80, 24));
    assert!(!all.contains("Terminal too small"), "{all}");
}

#[test]
fn keys_map_to_actions() {
    let mut app = app();
    assert_eq!(
        action_for(&app, key(KeyCode::Char(' '))),
        Some(Action::TogglePause)
    );
    assert_eq!(
        action_for(&app, key(KeyCode::Char('+'))),
        Some(Action::Faster)
    );
    assert_eq!(
        action_for(&app, key(KeyCode::Char('-'))),
        Some(Action::Slower)
    );
    assert_eq!(
        action_for(&app, key(KeyCode::Char(':'))),
        Some(Action::OpenPalette)
    );
    assert_eq!(
        action_for(&app, key(KeyCode::Char('?'))),
        Some(Action::Help)
    );
    assert_eq!(
        action_for(&app, key(KeyCode::Char('q'))),
        Some(Action::AskQuit)
    );
    assert_eq!(
        action_for(&app, key(KeyCode::Char('j'))),
        Some(Action::Down)
    );
    assert_eq!(action_for(&app, key(KeyCode::Up)), Some(Action::Up));
    assert_eq!(action_for(&app, key(KeyCode::Tab)), Some(Action::NextPane));
    assert_eq!(
        action_for(&app, key(KeyCode::Char('5'))),
        Some(Action::Show(Pane::Msel))
    );
    // In the palette the same letters are typed, not obeyed.
    press(&mut app, ":");
    assert_eq!(
        action_for(&app, key(KeyCode::Char('q'))),
        Some(Action::Type('q'))
    );
    assert_eq!(
        action_for(&app, key(KeyCode::Char(' '))),
        Some(Action::Type(' '))
    );
    press_key(&mut app, KeyCode::Esc);
    assert!(matches!(app.overlay(), Overlay::None));
}

#[test]
fn space_and_speed_keys_drive_the_clock() {
    let mut app = app();
    assert!(!app.clock().is_running());
    press(&mut app, "-");
    assert_eq!(app.clock().speed_label(fluxsim::i18n::Lang::En), "15 min/s");
    press(&mut app, "++");
    assert_eq!(app.clock().speed_label(fluxsim::i18n::Lang::En), "6 h/s");
    press(&mut app, "-");
    press(&mut app, " ");
    assert!(app.clock().is_running());
    // At 1 h/s, a tenth of a wall second is six simulated minutes.
    app.update(Action::Tick(Duration::from_millis(100)));
    assert_eq!(app.now(), SimTime::mins(6));
    press(&mut app, " ");
    app.update(Action::Tick(Duration::from_secs(5)));
    assert_eq!(app.now(), SimTime::mins(6), "a paused clock does not move");
}

#[test]
fn running_clock_stops_when_an_inject_comes_due_and_d_delivers_it() {
    let mut app = app();
    let first = app.scenario().msel[0].clone();
    press(&mut app, " ");
    app.update(Action::Tick(Duration::from_secs(1)));
    assert_eq!(app.now(), first.at, "stopped at MSEL #{}", first.number);
    assert!(!app.clock().is_running());
    assert_eq!(app.due_injects().count(), 1);
    assert!(text(&screen(&app, 120, 30)).contains("1 due"));
    press(&mut app, "dy");
    assert_eq!(app.delivered().get(&first.number), Some(&first.at));
    assert_eq!(app.due_injects().count(), 0);
    press(&mut app, "5");
    let all = text(&screen(&app, 120, 30));
    assert!(all.contains("sent T+0d 00:30"), "{all}");
    // Whoever received it was informed, and when.
    press(&mut app, "3");
    let police = app
        .scenario()
        .institutions
        .iter()
        .position(|i| i.id == first.to[0])
        .expect("recipient");
    for _ in 0..police {
        press(&mut app, "j");
    }
    let all = text(&screen(&app, 200, 60));
    assert!(
        all.contains(&format!(
            "T+0d 00:30 inject {}: {}",
            first.number,
            &first.synopsis[..20]
        )),
        "{all}"
    );
}

#[test]
fn step_to_next_inject_and_next_hour_pause_there() {
    let mut app = app();
    let second = app.scenario().msel[1].at;
    press(&mut app, "i");
    while app.clock().is_running() {
        app.update(Action::Tick(Duration::from_millis(50)));
    }
    assert_eq!(app.now(), app.scenario().msel[0].at);
    press(&mut app, "i");
    while app.clock().is_running() {
        app.update(Action::Tick(Duration::from_millis(50)));
    }
    assert_eq!(app.now(), second);
    press(&mut app, "H");
    while app.clock().is_running() {
        app.update(Action::Tick(Duration::from_millis(50)));
    }
    assert_eq!(app.now(), SimTime::hours(3));
    let before = app.simulation().events_processed();
    press(&mut app, "n");
    assert_eq!(app.simulation().events_processed(), before + 1);
}

#[test]
fn run_until_explains_a_time_in_the_past() {
    let mut app = app();
    run_to(&mut app, "2h");
    press(&mut app, "u1h");
    let all = text(&screen(&app, 100, 30));
    assert!(all.contains("is not ahead: it is already T+2h"), "{all}");
    press_key(&mut app, KeyCode::Enter);
    assert!(matches!(app.overlay(), Overlay::RunUntil(_)));
    assert!(!app.clock().is_running());
}

#[test]
fn form_rejects_an_unknown_bcp_and_offers_completions() {
    let mut app = app();
    press(&mut app, ":close-bcp");
    press_key(&mut app, KeyCode::Enter);
    press(&mut app, "ver");
    let Overlay::Form(form) = app.overlay() else {
        panic!("the form did not open");
    };
    assert_eq!(form.spec.name, "close-bcp");
    assert_eq!(form.completions(app.scenario(), 0, app.lang()), ["vermice"]);
    let all = text(&screen(&app, 100, 30));
    assert!(all.contains("✗ unknown BCP `ver`"), "{all}");
    assert!(all.contains("Tab completes"), "{all}");
    assert!(all.contains("vermice  Vërmicë"), "{all}");
    // Enter does not apply an invalid form.
    press_key(&mut app, KeyCode::Enter);
    assert!(matches!(app.overlay(), Overlay::Form(_)));
    assert!(app.log().is_empty());
    assert!(app.status().contains("unknown BCP `ver`"));
    // A site is not a BCP, and the message lists the BCPs.
    for _ in 0..3 {
        press_key(&mut app, KeyCode::Backspace);
    }
    press(&mut app, "magura");
    let Overlay::Form(form) = app.overlay() else {
        panic!("the form closed");
    };
    assert_eq!(
        form.check(app.scenario(), 0, fluxsim::i18n::Lang::En),
        fluxsim::console::form::Check::Invalid(
            "unknown BCP `magura`; known: vermice, krusheve, hani_elezit".to_string()
        )
    );
}

#[test]
fn a_form_offers_kinds_of_case_and_roles_in_the_console_language_and_takes_them() {
    use fluxsim::console::commands::Value;
    use fluxsim::console::form::Check;
    use fluxsim::i18n::Lang;

    let mut app = app().with_lang(Lang::Sq);
    press(&mut app, ":refer-case");
    press_key(&mut app, KeyCode::Enter);
    press(&mut app, "mia");
    press_key(&mut app, KeyCode::Down);
    press(&mut app, "x!");
    let form = |app: &App| match app.overlay() {
        Overlay::Form(form) => form.clone(),
        other => panic!("the form closed: {other:?}"),
    };
    // What is accepted is listed in words, never as the journal spells it.
    let Check::Invalid(why) = form(&app).check(app.scenario(), 1, Lang::Sq) else {
        panic!("`x!` is not a kind of case");
    };
    let minor = fluxsim::tr!(Lang::Sq, "vulnerability-unaccompanied-minor");
    assert!(why.contains(&minor), "{why}");
    assert!(!why.contains("UnaccompaniedMinor"), "{why}");
    // Typing part of the words and Tab completes them; they stand for the journal's id.
    press_key(&mut app, KeyCode::Backspace);
    press_key(&mut app, KeyCode::Backspace);
    press(&mut app, "pashoq");
    press_key(&mut app, KeyCode::Tab);
    assert_eq!(form(&app).inputs[1], minor);
    assert_eq!(
        form(&app).check(app.scenario(), 1, Lang::Sq),
        Check::Valid(Value::Id("UnaccompaniedMinor".to_string()))
    );
    // The id as the journal writes it is still taken.
    for _ in 0..minor.chars().count() {
        press_key(&mut app, KeyCode::Backspace);
    }
    press(&mut app, "Elderly");
    assert_eq!(
        form(&app).check(app.scenario(), 1, Lang::Sq),
        Check::Valid(Value::Id("Elderly".to_string()))
    );
    press_key(&mut app, KeyCode::Esc);

    // Roles likewise.
    press(&mut app, ":set-role");
    press_key(&mut app, KeyCode::Enter);
    press(&mut app, "mia");
    press_key(&mut app, KeyCode::Down);
    press(&mut app, &fluxsim::tr!(Lang::Sq, "role-simulated"));
    assert_eq!(
        form(&app).check(app.scenario(), 1, Lang::Sq),
        Check::Valid(Value::Id("simulated".to_string()))
    );
}

#[test]
fn form_rejects_a_number_out_of_range_in_place() {
    let mut app = app();
    press(&mut app, ":change-officers");
    press_key(&mut app, KeyCode::Enter);
    press(&mut app, "hani");
    press_key(&mut app, KeyCode::Tab);
    press_key(&mut app, KeyCode::Down);
    press(&mut app, "lots");
    let all = text(&screen(&app, 100, 30));
    assert!(all.contains("hani_elezit  ✓"), "{all}");
    assert!(all.contains("✗ `lots` is not a whole number"), "{all}");
}

#[test]
fn a_submitted_command_reaches_the_simulation() {
    let mut app = app();
    let vermice = |app: &App| {
        app.snapshot()
            .places
            .iter()
            .find(|p| p.id == "vermice")
            .expect("vermice")
            .clone()
    };
    let before = vermice(&app);
    press(&mut app, ":officers");
    press_key(&mut app, KeyCode::Enter);
    press(&mut app, "verm");
    press_key(&mut app, KeyCode::Tab);
    press_key(&mut app, KeyCode::Down);
    press(&mut app, "4");
    press_key(&mut app, KeyCode::Enter);
    assert!(matches!(app.overlay(), Overlay::None), "{}", app.status());
    let after = vermice(&app);
    assert_eq!(after.servers, before.servers + 4);
    assert_eq!(app.log().len(), 1);
    assert!(
        app.log()[0]
            .text
            .contains("change officers at vermice by 4"),
        "{}",
        app.log()[0].text
    );

    press(&mut app, ":close-bcp");
    press_key(&mut app, KeyCode::Enter);
    press(&mut app, "vermice");
    press_key(&mut app, KeyCode::Enter);
    assert!(!vermice(&app).open);
}

#[test]
fn gaps_pane_keeps_the_static_findings_as_gaps_opened_at_t0() {
    let mut app = app();
    let findings = static_findings(app.scenario());
    assert!(!findings.is_empty());
    press(&mut app, "4");
    let all = text(&screen(&app, 200, 60));
    assert!(
        all.contains(&format!("{0} open, {0} so far", findings.len())),
        "{all}"
    );
    for f in &findings {
        assert!(all.contains(f.category.label()), "{all}");
    }
    // Newest first: at T+0 they are all opened at T+0, the last finding on top.
    press_key(&mut app, KeyCode::Enter);
    let all = text(&screen(&app, 200, 60));
    let last = findings.last().expect("a finding");
    assert!(all.contains("Evidence"), "{all}");
    assert!(all.contains("opened: T+0d 00:00"), "{all}");
    assert!(all.contains(&last.action.english()[..20]), "{all}");
}

#[test]
fn gaps_pane_shows_the_live_reception_approval_latency_gap() {
    let scenario = crate::support::kosovo();
    let seed = scenario.exercise.seed;
    let mut app = App::new(scenario, seed);
    run_to(&mut app, "12h");
    let gaps = app.snapshot().gaps.clone();
    let latency = gaps
        .iter()
        .find(|g| {
            g.category == Category::DecisionLatency
                && g.evidence
                    .iter()
                    .any(|e| e.english().contains("reception approval"))
        })
        .unwrap_or_else(|| panic!("no reception approval latency gap in {gaps:#?}"));
    assert!(latency.opened_ms > 0, "a live gap opens during the run");
    press(&mut app, "4");
    let all = text(&screen(&app, 200, 60));
    let row = all
        .lines()
        .find(|l| l.contains("4 decision latency"))
        .unwrap_or_else(|| panic!("no latency row in\n{all}"));
    assert!(
        row.contains(&offset(latency.opened_ms)),
        "opened time in {row}"
    );
    assert!(
        row.contains(if latency.is_open() { "open" } else { "closed" }),
        "{row}"
    );
    assert!(row.contains(&latency.institutions.join(", ")), "{row}");
    // Enter on its row opens the evidence, the values, the people affected and the action.
    let position = gaps.iter().rev().position(|g| g.id == latency.id);
    for _ in 0..position.expect("listed") {
        press(&mut app, "j");
    }
    press_key(&mut app, KeyCode::Enter);
    assert!(
        matches!(app.overlay(), Overlay::Inspector(Target::Gap(id)) if *id == latency.id),
        "{:?}",
        app.overlay()
    );
    let all = text(&screen(&app, 200, 60));
    assert!(all.contains(&latency.evidence[0].english()[..30]), "{all}");
    assert!(
        all.contains(&format!("persons affected: {}", latency.persons_affected)),
        "{all}"
    );
    for name in latency.values.keys() {
        let words = fluxsim::tr!(
            fluxsim::i18n::Lang::En,
            &format!("gap-value-{}", name.replace('_', "-"))
        );
        assert!(all.contains(&format!("{words} = ")), "{name} in\n{all}");
    }
    assert!(all.contains(&latency.action.english()[..20]), "{all}");
}

/// `T+0d 12:00` for a time in milliseconds.
fn offset(ms: i64) -> String {
    let mins = ms / 60_000;
    format!(
        "T+{}d {:02}:{:02}",
        mins / 1_440,
        mins % 1_440 / 60,
        mins % 60
    )
}

#[test]
fn institutions_pane_shows_an_open_request_with_its_deadline() {
    let mut app = app();
    let mut hour = 1;
    while app.snapshot().open_requests.iter().all(|q| q.to.is_empty()) {
        assert!(hour <= 72, "no request raised in 72 hours");
        run_to(&mut app, &format!("{hour}h"));
        hour += 1;
    }
    let q = app
        .snapshot()
        .open_requests
        .iter()
        .find(|q| !q.to.is_empty())
        .expect("a request with an addressee")
        .clone();
    let row = app
        .scenario()
        .institutions
        .iter()
        .position(|i| i.id == q.to[0])
        .expect("addressee is an institution");
    press(&mut app, "3");
    for _ in 0..row {
        press(&mut app, "j");
    }
    let all = text(&screen(&app, 200, 60));
    let line = all
        .lines()
        .find(|l| {
            l.contains(&format!(
                "#{} {}",
                q.id,
                q.asks.localized(fluxsim::i18n::Lang::En)
            ))
        })
        .unwrap_or_else(|| panic!("request #{} not listed in\n{all}", q.id));
    let deadline = if q.deadline_in_min < 0.0 {
        "overdue by"
    } else {
        "due in"
    };
    assert!(line.contains(deadline), "{line}");
    assert!(line.contains("waiting"), "{line}");
}

#[test]
fn palette_builds_an_approve_reception_for_a_known_institution() {
    let mut app = app();
    let by = app.scenario().institutions[0].id.clone();
    press(&mut app, ":approve-reception");
    press_key(&mut app, KeyCode::Enter);
    // An unknown institution is refused, with the ones that complete what was typed.
    let prefix: String = by.chars().take(2).collect();
    press(&mut app, "zz");
    let Overlay::Form(form) = app.overlay() else {
        panic!("the form did not open");
    };
    assert_eq!(form.spec.name, "approve-reception");
    let known: Vec<String> = app
        .scenario()
        .institutions
        .iter()
        .map(|i| i.id.clone())
        .collect();
    assert_eq!(
        form.check(app.scenario(), 0, fluxsim::i18n::Lang::En),
        fluxsim::console::form::Check::Invalid(format!(
            "unknown institution `zz`; known: {}",
            known.join(", ")
        ))
    );
    press_key(&mut app, KeyCode::Enter);
    assert!(matches!(app.overlay(), Overlay::Form(_)));
    assert!(app.log().is_empty());
    assert!(app.decisions().iter().all(|d| d.origin.is_simulated()));
    press_key(&mut app, KeyCode::Backspace);
    press_key(&mut app, KeyCode::Backspace);
    press(&mut app, &prefix);
    let Overlay::Form(form) = app.overlay() else {
        panic!("the form closed");
    };
    let offered = form.completions(app.scenario(), 0, app.lang());
    assert!(offered.contains(&by), "{by} not offered in {offered:?}");
    for _ in 0..prefix.len() {
        press_key(&mut app, KeyCode::Backspace);
    }
    press(&mut app, &by);
    press_key(&mut app, KeyCode::Enter);
    assert!(matches!(app.overlay(), Overlay::None), "{}", app.status());
    assert_eq!(app.log().len(), 1);
    let last = app.decisions().last().expect("the decision").clone();
    assert_eq!(last.by, by);
    assert_eq!(last.what.english(), "approve reception");
    assert!(!last.origin.is_simulated());
}

#[test]
fn palette_offers_one_entry_per_decision() {
    let names: Vec<&str> = fluxsim::console::commands::COMMANDS
        .iter()
        .map(|c| c.name)
        .collect();
    for decision in [
        "declare-phase",
        "approve-reception",
        "open-temporary-site",
        "deploy-officers",
        "request-interpreters",
        "arrange-buses",
        "refer-case",
        "notify",
        "assign-function",
    ] {
        assert!(
            names.contains(&decision),
            "{decision} missing from {names:?}"
        );
    }
}

#[test]
fn institutions_pane_shows_each_raci_role() {
    let mut app = app();
    press(&mut app, "3");
    let scenario = app.scenario().clone();
    let inst = &scenario.institutions[0];
    let accountable: Vec<&str> = scenario
        .functions
        .iter()
        .filter(|f| f.accountable.contains(&inst.id))
        .map(|f| f.id.as_str())
        .collect();
    let all = text(&screen(&app, 200, 60));
    // The list wraps in the detail box; its start is on one line.
    assert!(
        all.contains(&format!("A accountable: {}", accountable[..2].join(", "))),
        "{all}"
    );
}

#[test]
fn quit_asks_first() {
    let mut app = app();
    press(&mut app, "q");
    assert!(!app.should_quit());
    press(&mut app, "n");
    assert!(!app.should_quit());
    press(&mut app, "q");
    press(&mut app, "y");
    assert!(app.should_quit());
}

#[test]
fn help_lists_every_key() {
    let mut app = app();
    press(&mut app, "?");
    let all = text(&screen(&app, 80, 24));
    for binding in fluxsim::console::keymap::MAIN {
        let keys = fluxsim::console::keymap::key_name(app.lang(), binding.keys);
        assert!(all.contains(&keys), "{keys} missing:\n{all}");
    }
    insta::assert_snapshot!(all);
}

#[test]
fn a_composed_command_reaches_the_journal_before_the_simulation() {
    use fluxsim::journal::{Outcome, read};

    let dir = crate::support::scratch("console-spec");
    let path = dir.join("exercise.journal");
    let mut app = recording_app(&path);
    assert_eq!(app.journal(), Some(path.display().to_string().as_str()));
    run_to(&mut app, "3h");
    press(&mut app, ":change-officers");
    press_key(&mut app, KeyCode::Enter);
    press(&mut app, "hani_elezit");
    press_key(&mut app, KeyCode::Down);
    press(&mut app, "2");
    press_key(&mut app, KeyCode::Enter);
    let digest = app.simulation().digest();
    press(&mut app, "qy");
    assert!(app.should_quit());

    let journal = read(&path).expect("the journal reads back");
    let commands: Vec<_> = journal.commands().collect();
    assert_eq!(commands.len(), 1);
    assert_eq!(commands[0].at, SimTime::hours(3));
    assert_eq!(
        commands[0].command,
        fluxsim::Command::Control(fluxsim::ControlAction::ChangeOfficers {
            bcp: "hani_elezit".to_string(),
            by: 2
        })
    );
    assert_eq!(
        commands[0].outcome.as_ref().map(|(_, o)| o),
        Some(&Outcome::Applied(digest))
    );
}

#[test]
fn a_delivered_inject_reaches_the_journal_and_its_receivers() {
    use fluxsim::journal::read;

    let dir = crate::support::scratch("console-inject");
    let path = dir.join("exercise.journal");
    let mut app = recording_app(&path);
    let first = app.scenario().msel[0].clone();
    press(&mut app, " ");
    app.update(Action::Tick(Duration::from_secs(1)));
    assert_eq!(app.now(), first.at);
    press(&mut app, "dy");
    let told: Vec<_> = app
        .informed()
        .iter()
        .filter(|i| {
            i.what
                .english()
                .starts_with(&format!("inject {}:", first.number))
        })
        .collect();
    assert_eq!(
        told.iter()
            .map(|i| i.institution.as_str())
            .collect::<Vec<_>>(),
        first.to.iter().map(String::as_str).collect::<Vec<_>>()
    );
    assert!(told.iter().all(|i| i.at_ms == first.at.millis()));
    // Delivered twice is refused by the console, not journaled twice.
    press(&mut app, "d");
    press(&mut app, "qy");
    let journal = read(&path).expect("the journal reads back");
    let commands: Vec<_> = journal.commands().collect();
    assert_eq!(commands.len(), 1);
    assert_eq!(commands[0].at, first.at);
    assert_eq!(
        commands[0].command,
        fluxsim::Command::DeliverInject {
            number: first.number
        }
    );
}

#[test]
fn the_clock_stops_where_a_state_triggered_inject_comes_due_and_d_delivers_it() {
    use fluxsim::scenario::InjectTrigger;
    let mut scenario = crate::support::kosovo();
    scenario.msel = vec![crate::support::triggered(
        90,
        InjectTrigger::QueueOver {
            bcp: "vermice".into(),
            people: 200,
        },
    )];
    let seed = scenario.exercise.seed;
    let mut app = App::new(scenario, seed);
    press(&mut app, " ");
    while app.clock().is_running() {
        app.update(Action::Tick(Duration::from_secs(1)));
    }
    assert!(
        app.now() < app.end(),
        "paused before the end, at T+{}",
        app.now()
    );
    let due: Vec<u32> = app.due_injects().map(|i| i.number).collect();
    assert_eq!(due, [90]);
    let vermice = app
        .snapshot()
        .places
        .iter()
        .find(|p| p.id == "vermice")
        .expect("Vërmicë");
    assert!(vermice.queue > 200, "queue {}", vermice.queue);
    assert!(app.status().contains("MSEL #90 due"), "{}", app.status());

    press(&mut app, "dy");
    assert_eq!(app.delivered().get(&90), Some(&app.now()));
    assert_eq!(app.due_injects().count(), 0);
    // Running on does not stop for it again.
    press(&mut app, " ");
    while app.clock().is_running() {
        app.update(Action::Tick(Duration::from_secs(60)));
    }
    assert_eq!(app.now(), app.end());
}

#[test]
fn a_console_stopped_without_quitting_resumes_from_its_journal_and_records_on() {
    use fluxsim::journal::{read, replay, resume};

    let dir = crate::support::scratch("console-resume");
    let path = dir.join("exercise.journal");
    let mut app = recording_app(&path);
    let scenario = app.scenario().clone();
    let first = app.scenario().msel[0].clone();
    press(&mut app, " ");
    app.update(Action::Tick(Duration::from_secs(1)));
    press(&mut app, "dy");
    run_to(&mut app, "6h");
    app.submit(fluxsim::Command::decision(
        "mia",
        fluxsim::DecisionKind::ApproveReception,
    ))
    .expect("applied");
    let before = app.now();
    // The laptop dies: no quit, no final line.
    drop(app);

    let source = crate::support::kosovo_source();
    let resumed = resume(read(&path).expect("reads"), &scenario, &source).expect("resumes");
    let mut app = App::resume(
        scenario.clone(),
        resumed.replayed.sim,
        resumed.recorder,
        &resumed.journal,
    );
    assert_eq!(app.now(), before, "where the last command was given");
    assert_eq!(app.delivered().get(&first.number), Some(&first.at));
    assert!(
        app.due_injects().all(|i| i.number != first.number),
        "a delivered inject is not due again"
    );
    assert!(app.status().contains("resumed"), "{}", app.status());

    run_to(&mut app, "8h");
    app.submit(fluxsim::Command::decision(
        "ksc",
        fluxsim::DecisionKind::DeclarePhase {
            phase: "response".into(),
        },
    ))
    .expect("applied");
    press(&mut app, "qy");
    let journal = read(&path).expect("reads");
    assert_eq!(
        journal.commands().count(),
        3,
        "one journal, before and after"
    );
    replay(&journal, &scenario, &source).expect("every digest matches");
}

/// What a key visibly changed: the pop-up, the clock and the status line.
fn visible_state(app: &App) -> (String, bool, String) {
    (
        format!("{:?}", app.overlay()),
        app.clock().is_running(),
        app.status().to_string(),
    )
}

#[test]
fn every_key_the_footer_hints_at_works_through_the_real_handler() {
    use fluxsim::console::keymap::{MAIN, hints};

    for replaying in [false, true] {
        let hinted: Vec<_> = MAIN
            .iter()
            .filter(|b| b.hint(replaying).is_some())
            .collect();
        assert_eq!(
            hinted.len(),
            hints(replaying).count(),
            "the footer shows the table's hinted keys"
        );
        for binding in hinted {
            let code = binding.codes()[0];
            let app = if replaying {
                super::console_replay::replay_app()
            } else {
                app()
            };
            let mut app = app;
            let action = action_for(&app, key(code)).expect("a hinted key means an action");
            assert_eq!(
                action,
                binding.action(),
                "{} means its table's action",
                binding.keys
            );
            let before = visible_state(&app);
            app.update(action);
            assert_ne!(
                visible_state(&app),
                before,
                "{} does something visible (replay: {replaying})",
                binding.keys
            );
        }
    }
}

#[test]
fn the_footer_shows_the_hinted_keys_in_the_console_language() {
    use fluxsim::i18n::Lang;

    let english = screen(&app(), 120, 30).join("\n");
    assert!(
        english.contains("space run/pause · : command · d deliver"),
        "{english}"
    );
    // Albanian words are longer (the space bar is `hapësira`): the opening message and
    // every hint fit beside each other from 132 columns.
    let albanian = app().with_lang(Lang::Sq);
    let text = screen(&albanian, 132, 30).join("\n");
    assert!(!text.contains("run/pause"), "{text}");
    assert!(
        text.contains(&fluxsim::tr!(Lang::Sq, "hint-run-pause")),
        "{text}"
    );
}
