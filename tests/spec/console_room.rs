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
    press(&mut app, "dy");
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
    press(&mut app, "dy");
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
    let commands = fluxsim::console::commands::COMMANDS;
    // Every command is either on screen or counted in "↑/↓ N more".
    let accounted = |all: &str| {
        let shown = commands
            .iter()
            .filter(|c| all.contains(&format!(" {} ", c.name)))
            .count();
        let more = |arrow: char| {
            all.split(arrow)
                .nth(1)
                .and_then(|rest| rest.split_whitespace().next())
                .and_then(|n| n.parse::<usize>().ok())
                .unwrap_or(0)
        };
        shown + more('↑') + more('↓')
    };
    let mut app = app();
    press(&mut app, ":");
    let all = text(&screen(&app, 80, 24));
    assert!(all.contains("› close-bcp"), "{all}");
    assert!(all.contains("↓ "), "{all}");
    assert_eq!(accounted(&all), commands.len(), "{all}");
    // deploy-officers carries a note on when to use it: the list gives up rows for it.
    for _ in 0..10 {
        press_key(&mut app, KeyCode::Down);
    }
    let all = text(&screen(&app, 80, 24));
    assert!(all.contains("› deploy-officers"), "{all}");
    assert_eq!(accounted(&all), commands.len(), "{all}");
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

#[test]
fn rows_that_do_not_fit_are_counted_as_more_not_dropped() {
    let app = app();
    let lines = screen(&app, 80, 24);
    let all = text(&lines);
    let names: Vec<String> = app
        .site_rows()
        .iter()
        .map(|&i| app.snapshot().places[i].name.clone())
        .collect();
    // A name may be cut with `…`; its first fourteen characters still show.
    let hidden = names
        .iter()
        .filter(|n| !all.contains(&n.chars().take(14).collect::<String>()))
        .count();
    assert!(hidden > 0, "the sites table does not fit at 80×24:\n{all}");
    assert!(all.contains(&format!("↓ +{hidden} more")), "{all}");
    // Selecting the last site scrolls the table: the rows above are counted instead.
    let mut app = app;
    press(&mut app, "G");
    let all = text(&screen(&app, 80, 24));
    assert!(all.contains(&format!("↑ +{hidden} more")), "{all}");
    assert!(!all.contains("↓ +"), "{all}");
    // Wide enough, nothing is left out.
    let all = text(&screen(&app, 200, 60));
    assert!(!all.contains("more"), "{all}");
}

#[test]
fn wide_terminals_give_names_their_full_width_and_the_header_the_whole_phase() {
    let app = app();
    let phase = app.phase().expect("a phase").name.clone();
    let longest = app
        .situation_rows()
        .map(|i| app.snapshot().places[i].name.clone())
        .max_by_key(|n| n.chars().count())
        .expect("places");
    let narrow = text(&screen(&app, 80, 24));
    assert!(!narrow.contains(&longest), "cut at 80 columns:\n{narrow}");
    assert!(narrow.contains('…'), "{narrow}");
    let wide = screen(&app, 200, 60);
    let all = text(&wide);
    assert!(all.contains(&longest), "{all}");
    assert!(wide[1].contains(&phase), "{}", wide[1]);
}

#[test]
fn d_outside_the_msel_pane_names_the_inject_and_its_effects_before_it_acts() {
    let dir = crate::support::scratch("console-deliver-confirm");
    let path = dir.join("exercise.journal");
    let mut app = recording_app(&path);
    let mut scenario_injects = app.scenario().msel.clone();
    scenario_injects.sort_by_key(|i| (i.at, i.number));
    // Run until an inject with an effect on the model is due.
    let with_effect = scenario_injects
        .iter()
        .find(|i| i.effect.is_some() && i.trigger.is_none())
        .expect("an inject that changes the model")
        .clone();
    for _ in 0..50 {
        if app.due_injects().any(|i| i.number == with_effect.number) {
            break;
        }
        press(&mut app, "i");
        while app.clock().is_running() {
            app.update(Action::Tick(Duration::from_millis(50)));
        }
        // Deliver whatever came due first, through the MSEL pane.
        loop {
            let due = app.due_injects().next().map(|i| i.number);
            let Some(due) = due.filter(|&n| n != with_effect.number) else {
                break;
            };
            let row = app
                .msel_order()
                .iter()
                .position(|&m| app.scenario().msel[m].number == due)
                .expect("listed");
            app.update(Action::Select(fluxsim::console::Pane::Msel, row));
            press(&mut app, "d");
        }
    }
    press(&mut app, "1");
    let before = std::fs::read(&path).expect("journal");
    press(&mut app, "d");
    assert!(matches!(app.overlay(), Overlay::ConfirmDeliver(_)));
    let all = text(&screen(&app, 80, 24));
    assert!(
        all.contains(&format!("MSEL #{} →", with_effect.number)),
        "{all}"
    );
    assert!(all.contains("in the model:"), "{all}");
    assert_eq!(
        std::fs::read(&path).expect("journal"),
        before,
        "nothing is delivered before Enter"
    );
    press_key(&mut app, KeyCode::Esc);
    assert!(!app.delivered().contains_key(&with_effect.number));
    press(&mut app, "d");
    press_key(&mut app, KeyCode::Enter);
    assert!(app.delivered().contains_key(&with_effect.number));
    // Again on the MSEL pane, on the row just sent: it says why nothing happens.
    let row = app
        .msel_order()
        .iter()
        .position(|&m| app.scenario().msel[m].number == with_effect.number)
        .expect("listed");
    app.update(Action::Select(fluxsim::console::Pane::Msel, row));
    press(&mut app, "d");
    assert!(
        app.status().contains("already delivered") && app.status().contains("delivered once"),
        "{}",
        app.status()
    );
}

#[test]
fn effects_are_told_in_words_with_plurals_in_every_language() {
    use fluxsim::console::view::effect_words;
    use fluxsim::i18n::Lang;
    use fluxsim::scenario::InjectEffect;

    let one = InjectEffect::SiteIncident {
        site: "magura".into(),
        beds_lost: 1,
        disease_case: false,
    };
    let many = InjectEffect::SiteIncident {
        site: "magura".into(),
        beds_lost: 40,
        disease_case: true,
    };
    assert_eq!(effect_words(Lang::En, &one), "magura loses 1 bed");
    assert_eq!(
        effect_words(Lang::En, &many),
        "magura loses 40 beds and is isolated (takes nobody new)"
    );
    let buses = |n| InjectEffect::TransportBreakdown {
        fleet: "kfor".into(),
        buses: n,
    };
    assert_eq!(
        effect_words(Lang::En, &buses(1)),
        "1 bus of kfor out of service"
    );
    assert_eq!(
        effect_words(Lang::Sr, &buses(3)),
        "3 autobusa iz kfor van upotrebe"
    );
    assert_eq!(
        effect_words(Lang::Sq, &buses(3)),
        "3 autobusë të kfor jashtë shërbimit"
    );
    let people = |n| InjectEffect::Surge {
        entry: "north".into(),
        people: n,
        over: fluxsim::SimTime::hours(2),
        nationality: None,
    };
    assert!(effect_words(Lang::En, &people(1)).starts_with("1 more person arrives"));
    assert!(effect_words(Lang::En, &people(400)).starts_with("400 more people arrive"));
}

#[test]
fn tab_cycles_through_completions_shown_with_their_names() {
    let mut app = app();
    press(&mut app, ":close-bcp");
    press_key(&mut app, KeyCode::Enter);
    let form_input = |app: &App| match app.overlay() {
        Overlay::Form(form) => form.inputs[0].clone(),
        other => panic!("the form closed: {other:?}"),
    };
    let bcps = ["vermice", "krusheve", "hani_elezit"];
    let all = text(&screen(&app, 100, 30));
    for id in bcps {
        let at = app
            .scenario()
            .locations
            .iter()
            .find(|l| l.id == id)
            .expect("a BCP");
        assert!(all.contains(&format!("{id}  {}", at.label())), "{all}");
    }
    let mut seen = Vec::new();
    for _ in 0..4 {
        press_key(&mut app, KeyCode::Tab);
        seen.push(form_input(&app));
    }
    assert_eq!(seen, ["vermice", "krusheve", "hani_elezit", "vermice"]);
    let all = text(&screen(&app, 100, 30));
    assert!(all.contains("› vermice"), "{all}");
    assert!(all.contains("✓"), "{all}");
    // Typing ends the cycle: Tab completes what is typed now.
    for _ in 0.."vermice".len() {
        press_key(&mut app, KeyCode::Backspace);
    }
    press(&mut app, "h");
    press_key(&mut app, KeyCode::Tab);
    assert_eq!(form_input(&app), "hani_elezit");
}

#[test]
fn generated_text_counts_in_words_that_agree() {
    use fluxsim::i18n::Lang;
    use fluxsim::tr;

    assert_eq!(
        tr!(Lang::En, "console-matches", count = 1, label = "x"),
        "1 match — Enter opens x"
    );
    assert_eq!(
        tr!(Lang::En, "console-matches", count = 3, label = "x"),
        "3 matches — Enter opens x"
    );
    assert_eq!(
        tr!(Lang::En, "form-type-id", kind = "institution"),
        "type the institution id"
    );
    assert!(
        tr!(
            Lang::En,
            "report-area-facts",
            category = 5,
            gaps = 1,
            people = 1,
            action = "a"
        )
        .contains("up to 1 person affected")
    );
    assert!(
        tr!(Lang::En, "run-phase", phase = "alert", requests = 1).contains("1 request waiting")
    );
    assert_eq!(
        tr!(Lang::Sr, "console-matches", count = 3, label = "x"),
        "3 pogotka — Enter otvara x"
    );
    assert!(
        tr!(Lang::En, "console-status-resumed", at = "2h", commands = 1)
            .contains("after 1 recorded command —")
    );
}

#[test]
fn the_inspector_shows_the_fields_of_the_kind_of_place() {
    use fluxsim::scenario::LocationKind;

    let mut app = app();
    run_to(&mut app, "6h");
    let scenario = app.scenario().clone();
    let of_kind = |keep: fn(&LocationKind) -> bool| {
        scenario
            .locations
            .iter()
            .position(|l| keep(&l.kind))
            .expect("a place of that kind")
    };
    let bcp = of_kind(|k| matches!(k, LocationKind::Bcp { .. }));
    let shelter = of_kind(|k| matches!(k, LocationKind::Reception { .. }));
    for (place, has, lacks) in [
        (bcp, "queue now / max", "beds used / cap"),
        (shelter, "beds used / cap", "queue now / max"),
    ] {
        let (pane, row) = app
            .locate(fluxsim::console::Target::Place(place))
            .expect("listed");
        app.update(Action::Select(pane, row));
        app.update(Action::Inspect);
        let all = text(&screen(&app, 120, 40));
        assert!(all.contains(has), "{all}");
        assert!(!all.contains(lacks), "{all}");
        press_key(&mut app, KeyCode::Esc);
    }
}

#[test]
fn the_inspector_says_desks_are_idle_for_want_of_an_interpreter() {
    use fluxsim::scenario::{InjectEffect, LocationKind};

    let mut app = app();
    // Every Arabic interpreter drops out.
    app.submit(fluxsim::Command::Inject(
        InjectEffect::InterpreterShortage {
            language: "ar".into(),
            interpreters: 6,
        },
    ))
    .expect("a known language");
    let registration = app
        .scenario()
        .locations
        .iter()
        .position(|l| matches!(l.kind, LocationKind::Registration { .. }))
        .expect("a registration point");
    let mut found = false;
    for hour in 1..=48 {
        run_to(&mut app, &format!("{hour}h"));
        let p = &app.snapshot().places[registration];
        if p.servers > p.in_service && p.queue > 0 && !app.waiting_for_language().is_empty() {
            found = true;
            break;
        }
    }
    assert!(found, "desks stood idle with people queued at some hour");
    let (pane, row) = app
        .locate(fluxsim::console::Target::Place(registration))
        .expect("listed");
    app.update(Action::Select(pane, row));
    app.update(Action::Inspect);
    let all = text(&screen(&app, 160, 50));
    assert!(all.contains("idle"), "{all}");
    assert!(all.contains("wait for an interpreter of ar ("), "{all}");
}

/// The relative luminance of a colour (WCAG 2).
fn luminance((r, g, b): (u8, u8, u8)) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

/// The contrast ratio of two colours (WCAG 2): 1 to 21.
fn contrast(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
    let (a, b) = (luminance(a), luminance(b));
    (a.max(b) + 0.05) / (a.min(b) + 0.05)
}

/// The console drawn in the states a facilitator sees most, at the sizes of the room.
fn drawn(theme: fluxsim::console::view::Theme) -> Vec<(String, ratatui::buffer::Buffer)> {
    use fluxsim::scenario::InjectEffect;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    let mut app = app().with_theme(theme);
    // Queues, full sites and people outdoors: every signal colour shows.
    app.submit(fluxsim::Command::Inject(InjectEffect::Surge {
        entry: app.scenario().arrivals[0].at.clone(),
        people: 3_000,
        over: fluxsim::SimTime::hours(2),
        nationality: None,
    }))
    .expect("a surge");
    run_to(&mut app, "20h");
    let mut out = Vec::new();
    let mut draw = |name: &str, app: &App| {
        for (w, h) in [(60, 15), (80, 24), (200, 60)] {
            let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("terminal");
            terminal
                .draw(|frame| frame.render_widget(app, frame.area()))
                .expect("draw");
            out.push((
                format!("{name} at {w}×{h}"),
                terminal.backend().buffer().clone(),
            ));
        }
    };
    for pane in ["1", "2", "3", "4", "5"] {
        press(&mut app, pane);
        draw(&format!("pane {pane}"), &app);
    }
    press(&mut app, "1");
    app.update(Action::Inspect);
    draw("inspector", &app);
    press_key(&mut app, KeyCode::Esc);
    press(&mut app, ":close-bcp");
    press_key(&mut app, KeyCode::Enter);
    press(&mut app, "xx");
    draw("form", &app);
    press_key(&mut app, KeyCode::Esc);
    press(&mut app, ":");
    draw("palette", &app);
    press_key(&mut app, KeyCode::Esc);
    press(&mut app, "?");
    draw("help", &app);
    out
}

#[test]
fn every_theme_keeps_text_readable_and_never_says_anything_by_colour_alone() {
    use fluxsim::console::view::Theme;
    use ratatui::style::Color;

    for theme in Theme::ALL {
        let signals = theme.signal_colors();
        let mut coloured_runs = 0;
        for (what, buf) in drawn(theme) {
            let area = buf.area;
            for y in 0..area.height {
                let mut run = String::new();
                let mut flush = |run: &mut String| {
                    let text = run.trim();
                    if !text.is_empty() {
                        coloured_runs += 1;
                        assert!(
                            text.chars().any(|c| !c.is_ascii_digit()
                                && !c.is_whitespace()
                                && !"/%.,:+-()".contains(c)),
                            "{}: `{text}` says something by colour alone ({what}, line {y})",
                            theme.id()
                        );
                    }
                    run.clear();
                };
                for x in 0..area.width {
                    let cell = &buf[(x, y)];
                    let fg = theme.rgb(cell.fg, false);
                    let bg = theme.rgb(cell.bg, true);
                    if !cell.symbol().trim().is_empty() {
                        let ratio = contrast(fg, bg);
                        assert!(
                            ratio >= theme.min_contrast(),
                            "{}: `{}` at {x},{y} has contrast {ratio:.2} ({what})",
                            theme.id(),
                            cell.symbol()
                        );
                    }
                    if theme == Theme::Sixteen {
                        for c in [cell.fg, cell.bg] {
                            assert!(
                                !matches!(c, Color::Rgb(..) | Color::Indexed(_)),
                                "16 colours only: {c:?} ({what})"
                            );
                        }
                    }
                    if signals.contains(&cell.fg) {
                        run.push_str(cell.symbol());
                    } else {
                        flush(&mut run);
                    }
                }
                flush(&mut run);
            }
        }
        assert!(
            coloured_runs > 0,
            "{}: some signal colour shows",
            theme.id()
        );
    }
}

#[test]
fn t_switches_the_theme_live_and_says_which() {
    use fluxsim::console::view::Theme;

    let mut app = app();
    assert_eq!(app.theme(), Theme::Dark);
    let mut seen = Vec::new();
    for _ in 0..4 {
        press(&mut app, "t");
        seen.push(app.theme());
    }
    assert_eq!(
        seen,
        [
            Theme::Light,
            Theme::HighContrast,
            Theme::Sixteen,
            Theme::Dark
        ]
    );
    assert_eq!(app.status(), "theme dark");
    assert_eq!("high-contrast".parse::<Theme>(), Ok(Theme::HighContrast));
    assert!("sepia".parse::<Theme>().is_err());
}

#[test]
fn run_until_takes_a_clock_time_of_the_exercise() {
    let mut app = app();
    assert!(app.scenario().exercise.start.ends_with("06:00"));
    run_to(&mut app, "16:00");
    assert_eq!(app.now(), fluxsim::SimTime::hours(10));
    assert!(text(&screen(&app, 80, 24)[..1]).contains("16:00"));
    run_to(&mut app, "day 2 09:00");
    assert_eq!(app.now(), fluxsim::SimTime::hours(27));
    // A clock time already passed today means tomorrow's.
    run_to(&mut app, "08:00");
    assert_eq!(app.now(), fluxsim::SimTime::hours(50));
}

#[test]
fn the_facilitator_writes_a_note_and_a_players_action_into_the_journal_from_the_palette() {
    let dir = crate::support::scratch("console-note");
    let path = dir.join("exercise.journal");
    let mut app = recording_app(&path);
    press(&mut app, ":note");
    press_key(&mut app, KeyCode::Enter);
    press_key(&mut app, KeyCode::Enter);
    assert!(
        matches!(app.overlay(), Overlay::Form(_)),
        "an empty note is not accepted"
    );
    press(&mut app, "Lunch break; <resume> at 13:30");
    press_key(&mut app, KeyCode::Enter);
    assert!(matches!(app.overlay(), Overlay::None), "{}", app.status());
    press(&mut app, ":action");
    press_key(&mut app, KeyCode::Enter);
    press(&mut app, "mia");
    press_key(&mut app, KeyCode::Enter);
    press(&mut app, "Convened the working group");
    press_key(&mut app, KeyCode::Enter);
    assert!(matches!(app.overlay(), Overlay::None), "{}", app.status());
    let remarks: Vec<(Option<String>, String)> = app
        .remarks()
        .iter()
        .map(|r| (r.by.clone(), r.text.clone()))
        .collect();
    assert_eq!(
        remarks,
        [
            (None, "Lunch break; <resume> at 13:30".to_string()),
            (
                Some("mia".to_string()),
                "Convened the working group".to_string()
            )
        ]
    );
    let journal = std::fs::read_to_string(&path).expect("journal");
    assert!(
        journal.contains(r#"Note(text: "Lunch break; <resume> at 13:30"), origin: Facilitator)"#),
        "{journal}"
    );
    assert!(
        journal.contains(r#"origin: Player(institution: "mia", via: Console))"#),
        "{journal}"
    );
}

#[test]
fn the_facilitator_records_an_observation_with_a_rating_from_the_palette() {
    use fluxsim::scenario::Rating;
    let dir = crate::support::scratch("console-observe");
    let path = dir.join("exercise.journal");
    let mut app = recording_app(&path);
    press(&mut app, ":observe");
    press_key(&mut app, KeyCode::Enter);
    press(&mut app, "Q");
    press_key(&mut app, KeyCode::Enter);
    press(&mut app, "slow");
    press_key(&mut app, KeyCode::Enter);
    assert!(
        matches!(app.overlay(), Overlay::Form(_)),
        "Q is not a rating"
    );
    drop(app);
    let mut app = recording_app(&dir.join("second.journal"));
    press(&mut app, ":observe");
    press_key(&mut app, KeyCode::Enter);
    press(&mut app, "M");
    press_key(&mut app, KeyCode::Enter);
    press(&mut app, "Nobody chaired the working group for an hour");
    press_key(&mut app, KeyCode::Enter);
    assert!(matches!(app.overlay(), Overlay::None), "{}", app.status());
    let seen = app.simulation().observations().to_vec();
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].observation.rating, Some(Rating::M));
    assert_eq!(
        seen[0].observation.text,
        "Nobody chaired the working group for an hour"
    );
    let journal = std::fs::read_to_string(dir.join("second.journal")).expect("journal");
    assert!(
        journal.contains("Observe(text: \"Nobody chaired the working group for an hour\""),
        "{journal}"
    );
}
