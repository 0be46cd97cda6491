//! A two-day exercise keeps its wall-clock time: `b` starts play, takes a break (lunch) and
//! resumes, `E` ends the day; each is a `Marker` line in the journal with its wall-clock
//! stamp, outside the state (replay reads past it), shown in the console's header and on the
//! report's timeline.

use fluxsim::console::Action;
use fluxsim::i18n::Lang;
use fluxsim::journal::{Line, Mark, read, replay};
use fluxsim::report::{MomentKind, Report};
use fluxsim::scenario::parse;

use super::console::{press, recording_app, run_to, screen, text};

#[test]
fn breaks_and_days_are_journaled_with_wall_clock_stamps_outside_the_state() {
    let dir = crate::support::scratch("exercise-timer");
    let path = dir.join("exercise.journal");
    let mut app = recording_app(&path);
    app.update(Action::Resize(200, 60));
    let digest_before = app.simulation().digest();
    press(&mut app, "b");
    assert!(
        app.status().contains("Day 1 of play started"),
        "{}",
        app.status()
    );
    let header = text(&screen(&app, 200, 60)[..2]);
    assert!(header.contains("day 1, 0h00m played"), "{header}");
    assert_eq!(
        app.simulation().digest(),
        digest_before,
        "a mark changes no state"
    );
    run_to(&mut app, "2h");
    // Lunch: the clock pauses, the header says since when.
    app.update(Action::TogglePause);
    assert!(app.clock().is_running());
    press(&mut app, "b");
    assert!(!app.clock().is_running(), "a break pauses the clock");
    let header = text(&screen(&app, 200, 60)[..2]);
    assert!(header.contains("break since"), "{header}");
    press(&mut app, "b");
    assert!(app.status().contains("Play resumed"), "{}", app.status());
    press(&mut app, "E");
    assert!(app.status().contains("Day 1 ended"), "{}", app.status());
    press(&mut app, "b");
    assert!(app.status().contains("Day 2 of play started"));
    app.update(Action::Quit);

    let written = std::fs::read_to_string(&path).expect("journal");
    let marks: Vec<(Mark, String)> = written
        .lines()
        .filter_map(|l| match Line::parse(l).expect("a journal line") {
            Line::Marker { mark, wall, .. } => Some((mark, wall)),
            _ => None,
        })
        .collect();
    let kinds: Vec<Mark> = marks.iter().map(|(m, _)| *m).collect();
    assert_eq!(
        kinds,
        [
            Mark::Start,
            Mark::Break,
            Mark::Resume,
            Mark::EndOfDay,
            Mark::Start
        ]
    );
    for (_, wall) in &marks {
        assert_eq!(wall.len(), "2026-11-29T12:30:05Z".len(), "{wall}");
        assert!(wall.ends_with('Z') && wall.as_bytes()[10] == b'T', "{wall}");
    }
    assert!(
        written.contains(r#"Marker(at: "T+2h", wall: ""#),
        "the break is at the simulated time it was taken:\n{written}"
    );

    // Replay reads past the markers and matches every digest; the report shows them.
    let journal = read(&path).expect("reads");
    assert_eq!(journal.markers.len(), 5);
    let source = crate::support::kosovo_source();
    let scenario = parse(&source).expect("valid");
    let mut sim = replay(&journal, &scenario, &source).expect("replays").sim;
    let report = Report::build(&scenario, "kosovo-flux.ron", &journal, &mut sim, Lang::En);
    let shown: Vec<&str> = report
        .timeline
        .iter()
        .filter(|m| m.kind == MomentKind::Marker)
        .map(|m| m.what.as_str())
        .collect();
    assert_eq!(shown.len(), 5, "{shown:?}");
    assert!(shown[1].starts_with("break ("), "{shown:?}");
    assert!(shown[3].starts_with("end of the day's play ("), "{shown:?}");
}

#[test]
fn the_end_of_day_key_waits_for_play_to_start_and_writes_nothing() {
    let dir = crate::support::scratch("exercise-timer-idle");
    let path = dir.join("exercise.journal");
    let mut app = recording_app(&path);
    app.update(Action::Resize(200, 60));
    let before = std::fs::read(&path).expect("journal");
    press(&mut app, "E");
    assert!(app.status().contains("b starts play"), "{}", app.status());
    assert_eq!(std::fs::read(&path).expect("journal"), before);
}
