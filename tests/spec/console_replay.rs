//! Replay for trainers: `console --replay JOURNAL` opens a recorded exercise read-only, with
//! the same views and a timeline scrubbed back and forth through the journal's own replay.

use std::path::Path;

use crossterm::event::KeyCode;
use fluxsim::console::{App, Overlay, READ_ONLY, Refusal, Timeline};
use fluxsim::journal::{Entry, Outcome, Tail, parse};
use fluxsim::{Command, SimTime, Simulation};

use super::console::{app, press, press_key, recording_app, run_to, screen, text};

/// A facilitator's session, recorded: #1 delivered at T+30m, #3 at T+6h, quit at T+9h.
/// Returns the journal's bytes.
fn record_session(dir: &Path) -> Vec<u8> {
    let path = dir.join("exercise.journal");
    let mut live = recording_app(&path);
    run_to(&mut live, "30m");
    press(&mut live, "5d");
    run_to(&mut live, "6h");
    press(&mut live, "jjd");
    run_to(&mut live, "9h");
    press(&mut live, "qy");
    assert!(live.should_quit());
    std::fs::read(&path).expect("the journal was written")
}

/// The recording opened for replay, under a stable name for the screen snapshots.
fn replay_of(bytes: &[u8]) -> App {
    let journal = parse("exercise.journal", bytes, Tail::Torn).expect("the journal parses");
    let scenario = crate::support::kosovo();
    let (timeline, sim) =
        Timeline::open(journal, scenario.clone(), &crate::support::kosovo_source())
            .expect("every digest matches");
    App::replay(scenario, timeline, sim)
}

/// A recorded session opened for replay, for specs of other modules; the recording's
/// directory goes away once the replay has read it.
pub(super) fn replay_app() -> App {
    let dir = tempfile::tempdir().expect("temporary directory");
    replay_of(&record_session(dir.path()))
}

/// Digests the journal recorded: after each applied command, and where it stopped.
fn recorded_digests(bytes: &[u8]) -> (Vec<(SimTime, u64)>, (SimTime, u64)) {
    let journal = parse("exercise.journal", bytes, Tail::Torn).expect("the journal parses");
    let after_commands = journal
        .commands()
        .map(|c| match c.outcome {
            Some((_, Outcome::Applied(digest))) => (c.at, digest),
            ref other => panic!("command on line {} has outcome {other:?}", c.line),
        })
        .collect();
    let reached = journal
        .entries
        .iter()
        .find_map(|e| match e {
            Entry::Reached { at, state, .. } => Some((*at, *state)),
            _ => None,
        })
        .expect("a Reached line on quitting");
    (after_commands, reached)
}

fn digest(app: &mut App) -> u64 {
    app.simulation().digest()
}

#[test]
fn replay_opens_at_the_start_with_nothing_delivered() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let mut replay = replay_of(&record_session(dir.path()));
    assert_eq!(replay.now(), SimTime::ZERO);
    assert!(replay.delivered().is_empty());
    let scenario = crate::support::kosovo();
    let mut fresh = Simulation::new(&scenario, scenario.exercise.seed);
    assert_eq!(digest(&mut replay), fresh.digest());
    assert_eq!(
        replay.end(),
        SimTime::hours(9),
        "the recording ends where it quit"
    );
}

#[test]
fn end_and_command_jumps_recreate_the_recorded_digests() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let bytes = record_session(dir.path());
    let (after, (end, end_digest)) = recorded_digests(&bytes);
    assert_eq!(
        after.iter().map(|(at, _)| *at).collect::<Vec<_>>(),
        [SimTime::mins(30), SimTime::hours(6)]
    );
    let mut replay = replay_of(&bytes);

    press_key(&mut replay, KeyCode::End);
    assert_eq!((replay.now(), digest(&mut replay)), (end, end_digest));
    assert_eq!(
        replay
            .delivered()
            .iter()
            .map(|(n, at)| (*n, *at))
            .collect::<Vec<_>>(),
        [(1, SimTime::mins(30)), (3, SimTime::hours(6))]
    );

    // Back: re-simulated from the start, to the state right after each command.
    press(&mut replay, "[");
    assert_eq!((replay.now(), digest(&mut replay)), after[1]);
    press(&mut replay, "[");
    assert_eq!((replay.now(), digest(&mut replay)), after[0]);
    assert_eq!(replay.delivered().keys().copied().collect::<Vec<_>>(), [1]);
    assert!(replay.timeline().expect("a replay").rebuilds() >= 2);

    // Forward again, without going back to the start.
    let rebuilds = replay.timeline().expect("a replay").rebuilds();
    press(&mut replay, "]");
    assert_eq!((replay.now(), digest(&mut replay)), after[1]);
    assert_eq!(replay.timeline().expect("a replay").rebuilds(), rebuilds);
}

#[test]
fn scrubbing_back_recreates_the_earlier_state() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let mut replay = replay_of(&record_session(dir.path()));
    // Forward from the start: 7 hours and a quarter.
    for _ in 0..7 {
        press_key(&mut replay, KeyCode::PageDown);
    }
    press_key(&mut replay, KeyCode::Right);
    assert_eq!(replay.now(), SimTime::mins(7 * 60 + 15));
    let forward = digest(&mut replay);
    let forward_gaps = replay.snapshot().gaps.len();
    // To the end and back by the same amount, by other keys.
    press_key(&mut replay, KeyCode::End);
    press_key(&mut replay, KeyCode::PageUp);
    for _ in 0..3 {
        press_key(&mut replay, KeyCode::Left);
    }
    assert_eq!(replay.now(), SimTime::mins(7 * 60 + 15));
    assert_eq!(digest(&mut replay), forward);
    assert_eq!(replay.snapshot().gaps.len(), forward_gaps);
    // Before T+6h inject #3 is not delivered yet.
    for _ in 0..6 {
        press_key(&mut replay, KeyCode::Left);
    }
    assert_eq!(replay.now(), SimTime::mins(5 * 60 + 45));
    assert_eq!(replay.delivered().keys().copied().collect::<Vec<_>>(), [1]);
    // The timeline stops at its ends.
    press_key(&mut replay, KeyCode::Home);
    press_key(&mut replay, KeyCode::Left);
    assert_eq!(replay.now(), SimTime::ZERO);
}

#[test]
fn space_plays_the_recording_and_stops_at_its_end() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let bytes = record_session(dir.path());
    let (_, (end, end_digest)) = recorded_digests(&bytes);
    let mut replay = replay_of(&bytes);
    press(&mut replay, "++");
    assert_eq!(replay.clock().speed_label(fluxsim::i18n::Lang::En), "1 d/s");
    press(&mut replay, " ");
    while replay.clock().is_running() {
        replay.update(fluxsim::console::Action::Tick(
            std::time::Duration::from_millis(100),
        ));
    }
    assert_eq!((replay.now(), digest(&mut replay)), (end, end_digest));
    assert_eq!(replay.status(), "the end of the recording");
}

#[test]
fn nothing_can_be_entered_in_a_replay() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let bytes = record_session(dir.path());
    let mut replay = replay_of(&bytes);
    press_key(&mut replay, KeyCode::End);
    let before = digest(&mut replay);
    press(&mut replay, ":");
    assert!(matches!(replay.overlay(), Overlay::None));
    let read_only = fluxsim::i18n::tr(fluxsim::i18n::Lang::En, READ_ONLY, &[]);
    assert_eq!(replay.status(), read_only);
    press(&mut replay, "5d");
    assert_eq!(replay.status(), read_only);
    let refused = replay.submit(Command::DeliverInject { number: 4 });
    assert!(matches!(refused, Err(Refusal::ReadOnly)), "{refused:?}");
    assert_eq!(digest(&mut replay), before);
    assert_eq!(
        std::fs::read(dir.path().join("exercise.journal")).expect("journal"),
        bytes,
        "the journal is untouched"
    );
}

#[test]
fn scrubbing_is_refused_outside_a_replay() {
    let mut live = app();
    press_key(&mut live, KeyCode::End);
    assert_eq!(live.now(), SimTime::ZERO);
    press(&mut live, "]");
    assert_eq!(live.now(), SimTime::ZERO);
}

#[test]
fn replay_view_at_80_by_24() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let mut replay = replay_of(&record_session(dir.path()));
    press(&mut replay, "]]");
    let shown = text(&screen(&replay, 80, 24));
    assert!(shown.contains("REPLAY (read-only)"), "{shown}");
    assert!(shown.contains("command 2/2"), "{shown}");
    insta::assert_snapshot!(shown);
}

#[test]
fn replay_view_at_200_by_60() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let mut replay = replay_of(&record_session(dir.path()));
    press(&mut replay, "]5");
    let shown = text(&screen(&replay, 200, 60));
    assert!(shown.contains("journal exercise.journal"), "{shown}");
    assert!(shown.contains("sent T+0d 00:30"), "{shown}");
    insta::assert_snapshot!(shown);
}

#[test]
fn reading_the_state_every_frame_leaves_its_digest_alone() {
    let scenario = crate::support::kosovo();
    let seed = scenario.exercise.seed;
    let mut direct = Simulation::new(&scenario, seed);
    direct.advance_to(SimTime::hours(3));
    let mut read_often = Simulation::new(&scenario, seed);
    while read_often
        .next_event_time()
        .is_some_and(|t| t <= SimTime::hours(3))
    {
        read_often.step();
        read_often.snapshot();
    }
    read_often.advance_to(SimTime::hours(3));
    assert_eq!(read_often.digest(), direct.digest());
    // And the console, which reads a snapshot after every frame.
    let mut live = app();
    run_to(&mut live, "3h");
    assert_eq!(live.simulation().digest(), direct.digest());
}

/// A session with an evaluator's observation at T+3h between the two deliveries.
fn record_session_with_observation(dir: &Path) -> Vec<u8> {
    let path = dir.join("exercise.journal");
    let mut live = recording_app(&path);
    run_to(&mut live, "30m");
    press(&mut live, "5d");
    run_to(&mut live, "3h");
    let seen = fluxsim::scenario::Observation {
        text: "The working group met without the ministry".into(),
        institution: Some("mia".into()),
        ..fluxsim::scenario::Observation::default()
    };
    live.submit_as(Command::Observe(seen), fluxsim::Origin::Evaluator)
        .expect("an evaluator may observe");
    run_to(&mut live, "6h");
    press(&mut live, "jjd");
    run_to(&mut live, "9h");
    press(&mut live, "qy");
    std::fs::read(&path).expect("the journal was written")
}

#[test]
fn landmark_jumps_stop_at_every_gap_opening_delivery_and_observation_in_turn() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let mut replay = replay_of(&record_session_with_observation(dir.path()));
    // What a debrief talks about, read off the whole recording: the gaps as the recorded
    // exercise has them at its end, the two deliveries, the observation.
    press_key(&mut replay, KeyCode::End);
    let mut expected: Vec<SimTime> = (1..)
        .map_while(|id| replay.gap(id).map(|g| SimTime(g.opened_ms)))
        .chain([SimTime::mins(30), SimTime::hours(3), SimTime::hours(6)])
        .filter(|t| *t > SimTime::ZERO)
        .collect();
    expected.sort();
    expected.dedup();
    assert!(
        expected.len() > 3,
        "the default scenario opens gaps: {expected:?}"
    );

    press_key(&mut replay, KeyCode::Home);
    let mut forward = Vec::new();
    loop {
        let before = replay.now();
        press(&mut replay, ">");
        if replay.now() == before {
            break;
        }
        forward.push(replay.now());
    }
    assert_eq!(forward, expected, "'>' visits each landmark once, in order");

    let mut back = Vec::new();
    loop {
        let before = replay.now();
        press(&mut replay, "<");
        if replay.now() == before || replay.now() == SimTime::ZERO {
            break;
        }
        back.push(replay.now());
    }
    let mut reversed = expected.clone();
    reversed.reverse();
    assert_eq!(back, reversed[1..], "'<' visits them back again");
}

#[test]
fn the_timeline_says_what_stands_at_the_cursor() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let mut replay = replay_of(&record_session_with_observation(dir.path()));
    // Straight after the first delivery: the inject and its synopsis.
    press(&mut replay, "]");
    let synopsis = &replay
        .scenario()
        .msel
        .iter()
        .find(|i| i.number == 1)
        .expect("inject 1")
        .synopsis
        .clone();
    let shown = text(&screen(&replay, 200, 60));
    let line = shown
        .lines()
        .find(|l| l.starts_with("REPLAY"))
        .expect("the timeline's line");
    assert!(line.contains("◆ inject 1 delivered"), "{line}");
    assert!(line.contains(&synopsis[..20]), "{line}");

    // At the observation, its words.
    while replay.now() < SimTime::hours(3) {
        press(&mut replay, ">");
    }
    let shown = text(&screen(&replay, 200, 60));
    assert!(
        shown.contains("● observed: The working group met without the ministry"),
        "{shown}"
    );

    // Between landmarks, the last command applied and when.
    press_key(&mut replay, KeyCode::Right);
    let shown = text(&screen(&replay, 200, 60));
    assert!(shown.contains("last command T+3h"), "{shown}");
}
