//! The console in a training room: what a facilitator meets at 80×24 and on a projector —
//! nothing acts unseen, messages are read whole, lists say what they leave out.

use std::time::Duration;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use fluxsim::console::keymap::{action_for, mouse_action};
use fluxsim::console::{Action, App, Overlay};

use super::console::{app, press, press_key, recording_app, run_to, screen, text};

#[test]
fn behind_the_too_small_screen_only_q_acts_and_nothing_is_journaled() {
    let dir = crate::support::scratch("console-too-small");
    let path = dir.join("exercise.journal");
    let mut app = recording_app(&path);
    app.update(Action::Resize(120, 40));
    run_to(&mut app, "2h");
    let before = std::fs::read(&path).expect("journal");
    let now = app.now();

    app.update(Action::Resize(60, 15));
    assert!(app.too_small());
    let shown = text(&screen(&app, 60, 15));
    assert!(shown.contains("q quits"), "{shown}");
    // Keys that would pause, open the palette, deliver, step or choose a pane do nothing.
    for keys in [" ", "d", ":", "n", "H", "i", "u", "5", "?", "/", "+"] {
        press(&mut app, keys);
    }
    press_key(&mut app, KeyCode::Enter);
    press_key(&mut app, KeyCode::Tab);
    let click = crossterm::event::MouseEvent {
        kind: crossterm::event::MouseEventKind::Down(crossterm::event::MouseButton::Left),
        column: 3,
        row: 2,
        modifiers: KeyModifiers::NONE,
    };
    assert_eq!(
        mouse_action(&app, click, ratatui::layout::Rect::new(0, 0, 60, 15)),
        None
    );
    // An action that reaches the app by another way is ignored too.
    app.update(Action::DeliverInject);
    app.update(Action::StepEvent);
    assert!(matches!(app.overlay(), Overlay::None));
    assert!(!app.clock().is_running());
    assert_eq!(app.now(), now);
    assert_eq!(std::fs::read(&path).expect("journal"), before);

    // Back at a usable size the keys act again.
    app.update(Action::Resize(80, 24));
    press(&mut app, ":");
    assert!(matches!(app.overlay(), Overlay::Palette(_)));
    press_key(&mut app, KeyCode::Esc);

    // q quits straight away behind the small screen: there is no room to ask.
    app.update(Action::Resize(60, 15));
    let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert_eq!(action_for(&app, ctrl_c), Some(Action::Quit));
    press(&mut app, "q");
    assert!(app.should_quit());
}

#[test]
fn a_console_not_yet_told_its_size_is_not_too_small() {
    let mut app = app();
    assert!(!app.too_small());
    app.update(Action::Resize(80, 24));
    assert!(!app.too_small());
    app.update(Action::Resize(79, 24));
    assert!(app.too_small());
    app.update(Action::Tick(Duration::from_millis(50)));
    app.update(Action::Resize(80, 23));
    assert!(app.too_small());
}

/// The footer line of a screen.
fn footer(lines: &[String]) -> &str {
    lines.last().map(String::as_str).unwrap_or("")
}

#[test]
fn at_80_by_24_the_message_gets_the_footer_and_the_hints_shrink_to_help() {
    let mut app = app();
    press(&mut app, " ");
    app.update(Action::Tick(Duration::from_secs(1)));
    press(&mut app, "d");
    let said = app.status().to_string();
    assert!(said.starts_with("delivered MSEL #"), "{said}");
    for width in [80u16, 120, 200] {
        let lines = screen(&app, width, 24.max(width / 4));
        let foot = footer(&lines).trim_end();
        let room = usize::from(width) - " ? help".len();
        if said.chars().count() <= room {
            assert!(foot.starts_with(&said), "{foot}");
            assert!(foot.ends_with("? help"), "{foot}");
        } else {
            // Cut only where it cannot fit beside the shortest hint; the log has it whole.
            let kept: String = said
                .chars()
                .take(usize::from(width) - " m whole message".len() - 1)
                .collect();
            assert!(foot.starts_with(&kept), "{width}: {foot}");
            assert!(foot.ends_with("… m whole message"), "{foot}");
        }
    }
    press(&mut app, " ");
    let foot = footer(&screen(&app, 200, 60)).to_string();
    assert!(foot.contains("space run/pause · : command"), "{foot}");
}

#[test]
fn a_message_too_long_for_the_footer_is_cut_and_read_whole_in_the_message_log() {
    use fluxsim::console::view::footer_text;
    use fluxsim::i18n::Lang;

    let long = "delivered MSEL #12 to border-police, mia, ksc, unhcr: 400 people massing at the Vërmicë/Vrbnica crossing since dawn";
    let (status, hints) = footer_text(long, Lang::En, false, 80);
    assert_eq!(status.chars().count() + hints.chars().count(), 80);
    assert!(status.starts_with("delivered MSEL #12 to border-police"));
    assert!(status.ends_with('…'));
    assert_eq!(hints, " m whole message");
    let (status, hints) = footer_text("paused", Lang::En, false, 80);
    assert_eq!(status, "paused");
    assert!(
        hints.contains("? help") && hints.contains("q quit"),
        "{hints}"
    );
    let (status, hints) = footer_text(&long[..60], Lang::En, false, 80);
    assert_eq!(
        status,
        &long[..60],
        "never cut while it fits beside `? help`"
    );
    assert_eq!(hints, " ? help");

    // Every message stays in the log, whole, newest first.
    let mut app = app();
    press(&mut app, " ");
    app.update(Action::Tick(Duration::from_secs(1)));
    press(&mut app, "d");
    let delivered = app.status().to_string();
    press(&mut app, "m");
    assert!(matches!(app.overlay(), Overlay::Messages(0)));
    let lines = screen(&app, 200, 60);
    let all = text(&lines);
    let start: String = delivered.chars().take(60).collect();
    let first_at = all.find(&start).expect("the delivery in the log");
    let opening = all
        .find("paused — space runs the clock")
        .expect("the opening message");
    assert!(first_at < opening, "newest first:\n{all}");
    press(&mut app, "m");
    assert!(matches!(app.overlay(), Overlay::None));
}

#[test]
fn a_finished_run_to_no_longer_says_running_to() {
    let mut app = app();
    run_to(&mut app, "3h");
    assert!(!app.status().contains("running to"), "{}", app.status());
    assert!(app.status().contains("stopped at T+3h"), "{}", app.status());
    let header = text(&screen(&app, 80, 24)[..2]);
    assert!(!header.contains("▶▶"), "{header}");
}

#[test]
fn a_torn_journal_line_reported_on_resume_is_shown_in_the_console() {
    use fluxsim::journal::{read, resume};
    use std::io::Write;

    let dir = crate::support::scratch("console-torn");
    let path = dir.join("exercise.journal");
    let mut app = recording_app(&path);
    let scenario = app.scenario().clone();
    run_to(&mut app, "2h");
    app.submit(fluxsim::Command::decision(
        "mia",
        fluxsim::DecisionKind::ApproveReception,
    ))
    .expect("applied");
    drop(app);
    // Killed while writing the next line.
    let mut file = std::fs::OpenOptions::new()
        .append(true)
        .open(&path)
        .expect("journal");
    file.write_all(b"7200 Decision(by: \"ksc\", kind: Decl")
        .expect("torn line");
    drop(file);

    let source = crate::support::kosovo_source();
    let journal = read(&path).expect("reads");
    assert!(journal.torn.is_some());
    let resumed = resume(journal, &scenario, &source).expect("resumes");
    let app = App::resume(
        scenario,
        resumed.replayed.sim,
        resumed.recorder,
        &resumed.journal,
    );
    assert!(
        app.status()
            .contains("was cut off mid-write and is left out"),
        "{}",
        app.status()
    );
    let log = text(&screen(&app, 200, 60));
    assert!(log.contains("cut off mid-write"), "{log}");
    let whole: Vec<String> = app.messages().into_iter().map(|(_, m)| m).collect();
    assert!(whole[0].contains("Decision(by:"), "{whole:?}");
}

/// The "/h" of every crossing, and the crossings table as drawn.
fn per_hour(app: &App) -> (Vec<u64>, Vec<String>) {
    let values = app.bcp_rows().iter().map(|&i| app.throughput(i)).collect();
    let lines = screen(app, 200, 60);
    let names: Vec<String> = app
        .bcp_rows()
        .iter()
        .map(|&i| app.snapshot().places[i].name.clone())
        .collect();
    let rows = lines
        .iter()
        .filter(|l| names.iter().any(|n| l.contains(n.as_str())))
        .map(|l| l.split('│').take(3).collect::<Vec<_>>().join("│"))
        .collect();
    (values, rows)
}

#[test]
fn per_hour_counts_the_people_processed_in_the_last_simulated_hour() {
    let mut app = app();
    run_to(&mut app, "5h");
    let before: Vec<u64> = app.snapshot().places.iter().map(|p| p.processed).collect();
    run_to(&mut app, "6h");
    let busy = app
        .snapshot()
        .places
        .iter()
        .zip(&before)
        .enumerate()
        .filter(|(_, (p, was))| p.processed > **was)
        .count();
    assert!(busy > 0, "some place processed people between 5h and 6h");
    for (i, (p, was)) in app.snapshot().places.iter().zip(&before).enumerate() {
        assert_eq!(p.processed_last_hour, p.processed - was, "{}", p.id);
        assert_eq!(app.throughput(i), p.processed - was, "{}", p.id);
    }
    let shown = text(&screen(&app, 80, 24));
    assert!(
        shown.contains("/h: processed in the last simulated hour"),
        "{shown}"
    );
}

#[test]
fn live_resumed_and_replayed_views_of_one_instant_show_the_same_per_hour() {
    use fluxsim::console::Timeline;
    use fluxsim::journal::{Tail, parse, read, resume};

    let dir = crate::support::scratch("console-per-hour");
    let path = dir.join("exercise.journal");
    let mut live = recording_app(&path);
    let scenario = live.scenario().clone();
    run_to(&mut live, "6h");
    live.submit(fluxsim::Command::decision(
        "mia",
        fluxsim::DecisionKind::ApproveReception,
    ))
    .expect("applied");
    let at = live.now();
    let shown_live = per_hour(&live);
    assert!(shown_live.0.iter().any(|&n| n > 0), "{:?}", shown_live.0);
    run_to(&mut live, "7h");
    drop(live);

    let source = crate::support::kosovo_source();
    let resumed = resume(read(&path).expect("reads"), &scenario, &source).expect("resumes");
    let resumed = App::resume(
        scenario.clone(),
        resumed.replayed.sim,
        resumed.recorder,
        &resumed.journal,
    );
    assert_eq!(resumed.now(), at);
    assert_eq!(per_hour(&resumed), shown_live, "resumed");

    let bytes = std::fs::read(&path).expect("journal");
    let journal = parse("exercise.journal", &bytes, Tail::Torn).expect("parses");
    let (timeline, sim) = Timeline::open(journal, scenario.clone(), &source).expect("opens");
    let mut replayed = App::replay(scenario, timeline, sim);
    press(&mut replayed, "]");
    assert_eq!(replayed.now(), at);
    assert_eq!(per_hour(&replayed), shown_live, "replayed");
}

#[test]
fn the_palette_ranks_name_matches_above_description_matches() {
    use fluxsim::console::form::Palette;
    use fluxsim::i18n::Lang;

    let palette = Palette {
        filter: "site".into(),
        selected: 0,
    };
    let names: Vec<&str> = palette.matches(Lang::En).iter().map(|c| c.name).collect();
    let by_name = names.iter().take_while(|n| n.contains("site")).count();
    assert!(by_name >= 3, "{names:?}");
    assert!(
        names[by_name..].iter().all(|n| !n.contains("site")),
        "{names:?}"
    );
    assert!(names.len() > by_name, "summaries match too: {names:?}");
    // Names that start with the text come before names that only contain it.
    let palette = Palette {
        filter: "open".into(),
        selected: 0,
    };
    let names: Vec<&str> = palette.matches(Lang::En).iter().map(|c| c.name).collect();
    assert_eq!(names[..3], ["open-bcp", "open-site", "open-temporary-site"]);
}

#[test]
fn the_palette_keeps_its_selection_in_sight_and_counts_what_it_leaves_out() {
    let mut app = app();
    press(&mut app, ":");
    let all = text(&screen(&app, 80, 24));
    assert!(all.contains("› close-bcp"), "{all}");
    assert!(
        all.contains("assign-function"),
        "all seventeen fit at 80×24:
{all}"
    );
    // deploy-officers carries a note on when to use it: the list gives up rows for it.
    for _ in 0..10 {
        press_key(&mut app, KeyCode::Down);
    }
    let all = text(&screen(&app, 80, 24));
    assert!(all.contains("› deploy-officers"), "{all}");
    assert!(all.contains("↓ 5 more"), "{all}");
    assert!(!all.contains("assign-function"), "{all}");
    press_key(&mut app, KeyCode::Up);
    press_key(&mut app, KeyCode::Up);
    press_key(&mut app, KeyCode::Down);
    let all = text(&screen(&app, 80, 24));
    assert!(all.contains("› open-temporary-site"), "{all}");
    assert!(all.contains("more"), "{all}");
}

#[test]
fn look_alike_commands_say_which_to_use_when() {
    let mut app = app();
    press(&mut app, ":open-site");
    let all = text(&screen(&app, 80, 24));
    assert!(all.contains("Control action"), "{all}");
    assert!(all.contains("open-temporary-site"), "{all}");
    press_key(&mut app, KeyCode::Esc);
    press(&mut app, ":open-temp");
    let all = text(&screen(&app, 80, 24));
    assert!(all.contains("Decision of an institution"), "{all}");
    assert!(all.contains("use open-site"), "{all}");
}

#[test]
fn a_command_that_changes_nothing_says_so_instead_of_applied() {
    let mut app = app();
    run_to(&mut app, "1h");
    press(&mut app, ":unlock-surge");
    press_key(&mut app, KeyCode::Enter);
    press_key(&mut app, KeyCode::Enter);
    assert!(app.status().starts_with("applied"), "{}", app.status());
    press(&mut app, ":unlock-surge");
    press_key(&mut app, KeyCode::Enter);
    press_key(&mut app, KeyCode::Enter);
    assert!(app.status().contains("changed nothing"), "{}", app.status());
    assert!(!app.status().contains("applied"), "{}", app.status());
    let last = app.log().last().expect("logged");
    assert!(last.text.contains("(changed nothing)"), "{}", last.text);
    // Opening a crossing that is open changes nothing either; closing it does.
    let bcp = app.snapshot().places[app.bcp_rows()[0]].id.clone();
    app.submit(fluxsim::Command::Control(fluxsim::ControlAction::OpenBcp {
        bcp: bcp.clone(),
    }))
    .expect("accepted");
    assert!(app.status().contains("changed nothing"), "{}", app.status());
    app.submit(fluxsim::Command::Control(
        fluxsim::ControlAction::CloseBcp { bcp },
    ))
    .expect("accepted");
    assert!(app.status().starts_with("applied"), "{}", app.status());
}

#[test]
fn the_facilitator_switches_an_institution_to_played_and_the_console_shows_it() {
    let dir = crate::support::scratch("console-set-role");
    let path = dir.join("exercise.journal");
    let mut app = recording_app(&path);
    press(&mut app, "3");
    let before = text(&screen(&app, 120, 30));
    assert!(!before.contains("1 institution played"), "{before}");
    press(&mut app, ":set-role");
    press_key(&mut app, KeyCode::Enter);
    press(&mut app, "police");
    press_key(&mut app, KeyCode::Enter);
    press(&mut app, "played");
    press_key(&mut app, KeyCode::Enter);
    assert!(matches!(app.overlay(), Overlay::None), "{}", app.status());
    let after = text(&screen(&app, 120, 30));
    assert!(after.contains("1 institution played"), "{after}");
    assert!(after.contains("played"), "{after}");
    let journal = std::fs::read_to_string(&path).expect("journal");
    assert!(
        journal.contains(
            r#"command: SetRole(institution: "police", role: Played), origin: Facilitator)"#
        ),
        "{journal}"
    );
}
