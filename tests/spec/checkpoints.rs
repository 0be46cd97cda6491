//! Checkpoints: a simulation saved to bytes and restored goes on exactly as the uninterrupted
//! run (the same digest at every later command); damaged or foreign checkpoints are refused
//! with a clear message; replay scrubs back from its checkpoints to the picture a replay
//! from T+0 gives; fork and resume start from a checkpoint cached beside the journal.

use fluxsim::i18n::{Lang, Localized};
use fluxsim::journal::{Tail, Timed, parse, script_commands};
use fluxsim::{Checkpoint, CheckpointError, Command, ControlAction, SimTime, Simulation};

use crate::support::{fixture, kosovo};

/// The facilitator's script on the default scenario.
fn kosovo_script() -> Vec<Timed> {
    let path = format!(
        "{}/tests/fixtures/checkpoints/kosovo.commands",
        env!("CARGO_MANIFEST_DIR")
    );
    let bytes = std::fs::read(&path).expect("the script exists");
    let script = parse(&path, &bytes, Tail::Line).expect("the script parses");
    let timed = script_commands(&script);
    assert!(timed.len() >= 12, "the script gives a dozen commands");
    timed
}

/// Gives `timed[from..]` to `sim` at their times, then runs to `end`: the digest after each
/// command (whether applied) and at the end.
fn continue_with(sim: &mut Simulation, timed: &[Timed], end: SimTime) -> Vec<(SimTime, bool, u64)> {
    let mut digests = Vec::new();
    for t in timed {
        sim.advance_through(t.at);
        let applied = sim.apply_as(&t.command, &t.origin).is_ok();
        digests.push((t.at, applied, sim.digest()));
    }
    sim.advance_through(end);
    digests.push((end, true, sim.digest()));
    digests
}

/// Runs the script up to (not including) the first command after `cut`, stops at `cut`,
/// saves a checkpoint there, restores it from its bytes and continues: the digests after
/// every later command and at the end.
fn restored_at(
    scenario: &fluxsim::Scenario,
    seed: u64,
    timed: &[Timed],
    cut: SimTime,
    end: SimTime,
) -> (Vec<(SimTime, bool, u64)>, Checkpoint) {
    let before = timed.iter().take_while(|t| t.at <= cut).count();
    let mut sim = Simulation::new(scenario, seed);
    continue_with(&mut sim, &timed[..before], cut);
    let checkpoint = sim.checkpoint();
    let bytes = checkpoint.to_bytes();
    drop(sim);
    let mut restored =
        Simulation::restore_bytes(scenario, &bytes).expect("the checkpoint restores");
    assert_eq!(restored.now(), cut);
    (
        continue_with(&mut restored, &timed[before..], end),
        checkpoint,
    )
}

#[test]
fn a_restored_run_reaches_the_uninterrupted_digest_at_every_later_command() {
    let scenario = kosovo();
    let timed = kosovo_script();
    let end = scenario.exercise.duration;
    let mut whole = Simulation::new(&scenario, 42);
    let uninterrupted = continue_with(&mut whole, &timed, end);
    assert!(
        uninterrupted
            .iter()
            .filter(|(_, applied, _)| *applied)
            .count()
            >= 12,
        "the script's commands apply"
    );
    // Cuts at the start, between commands, at a command's own instant and after the last.
    for cut in ["0s", "1h30m", "5h", "13h17m", "26h", "47h59m", "60h"] {
        let cut: SimTime = cut.parse().expect("a time");
        let (digests, checkpoint) = restored_at(&scenario, 42, &timed, cut, end);
        assert_eq!(checkpoint.at(), cut);
        let later = &uninterrupted[uninterrupted.len() - digests.len()..];
        assert_eq!(
            digests, later,
            "restored at {cut}, the run went another way"
        );
    }
}

#[test]
fn a_checkpoint_kept_in_memory_restores_as_often_as_needed() {
    let scenario = kosovo();
    let timed = kosovo_script();
    let mut sim = Simulation::new(&scenario, 5);
    continue_with(&mut sim, &timed[..6], SimTime::hours(7));
    let checkpoint = sim.checkpoint();
    sim.run_to_end();
    let (end_digest, end_metrics) = (sim.digest(), sim.metrics());
    for _ in 0..2 {
        let mut again = Simulation::restore(&scenario, &checkpoint).expect("restores");
        assert_eq!(again.digest(), checkpoint.digest());
        again.run_to_end();
        assert_eq!(again.digest(), end_digest);
        assert_eq!(again.metrics(), end_metrics);
    }
    assert_eq!(sim.series().clone(), {
        let mut again = Simulation::restore(&scenario, &checkpoint).expect("restores");
        again.run_to_end();
        again.series().clone()
    });
}

/// A checkpoint of the default scenario at T+5h, as bytes.
fn kosovo_bytes() -> Vec<u8> {
    let scenario = kosovo();
    let mut sim = Simulation::new(&scenario, 9);
    sim.advance_through(SimTime::hours(5));
    sim.checkpoint().to_bytes()
}

fn refusal(bytes: &[u8]) -> CheckpointError {
    match Simulation::restore_bytes(&kosovo(), bytes) {
        Ok(_) => panic!("a damaged checkpoint was restored"),
        Err(e) => e,
    }
}

#[test]
fn a_damaged_checkpoint_is_refused_with_a_clear_message() {
    let good = kosovo_bytes();
    let mut flipped = good.clone();
    let last = flipped.len() - 100;
    flipped[last] ^= 0x40;
    let err = refusal(&flipped);
    assert!(matches!(err, CheckpointError::Corrupt { .. }), "{err}");
    assert_eq!(
        err.to_string(),
        "the checkpoint is damaged (its body does not match its checksum): it cannot be restored"
    );

    let truncated = &good[..good.len() / 2];
    assert!(matches!(
        refusal(truncated),
        CheckpointError::Corrupt { .. }
    ));
    let header_cut = &good[..30];
    assert!(matches!(
        refusal(header_cut),
        CheckpointError::Corrupt { .. }
    ));

    let err = refusal(b"(exercise: (name: \"not a checkpoint\"))");
    assert_eq!(err, CheckpointError::NotACheckpoint);
    assert_eq!(err.to_string(), "this is not a fluxsim checkpoint");
    assert_eq!(
        err.localized(Lang::Sq),
        "ky nuk është një pikë ruajtjeje e fluxsim"
    );
    assert_eq!(err.localized(Lang::Sr), "ovo nije fluxsim kontrolna tačka");
    assert!(matches!(refusal(&[]), CheckpointError::NotACheckpoint));
}

#[test]
fn a_checkpoint_of_another_scenario_format_or_version_is_refused() {
    let good = kosovo_bytes();
    let other = fixture("tutorial.ron");
    let err = match Simulation::restore_bytes(&other, &good) {
        Ok(_) => panic!("restored onto another scenario"),
        Err(e) => e,
    };
    assert!(matches!(err, CheckpointError::Scenario { .. }), "{err}");
    assert!(
        err.to_string()
            .starts_with("the checkpoint was saved from another scenario (scenario "),
        "{err}"
    );

    // The format number follows the magic line.
    let magic = b"fluxsim checkpoint\n".len();
    let mut later_format = good.clone();
    later_format[magic..magic + 4].copy_from_slice(&7u32.to_le_bytes());
    let err = refusal(&later_format);
    assert_eq!(err, CheckpointError::Format { found: 7 });
    assert_eq!(
        err.to_string(),
        "the checkpoint is in format 7; this fluxsim reads format 2"
    );

    // The binary's version is in the header: another version's checkpoint is refused.
    let version = env!("CARGO_PKG_VERSION").as_bytes();
    let at = good
        .windows(version.len())
        .position(|w| w == version)
        .expect("the header names the version");
    let mut foreign = good.clone();
    foreign[at] = if foreign[at] == b'9' { b'8' } else { b'9' };
    let err = refusal(&foreign);
    assert!(matches!(err, CheckpointError::Binary { .. }), "{err}");
    assert!(err.to_string().contains("was written by fluxsim"), "{err}");
}

#[test]
fn a_restored_person_keeps_their_serial_and_state_though_entities_differ() {
    let scenario = kosovo();
    let mut sim = Simulation::new(&scenario, 3);
    sim.advance_through(SimTime::hours(20));
    sim.apply(&Command::Control(ControlAction::UnlockSurgeCapacity))
        .expect("applies");
    let people = sim.people();
    assert!(people.len() > 100, "people are in the system at T+20h");
    let mut restored =
        Simulation::restore_bytes(&scenario, &sim.checkpoint().to_bytes()).expect("restores");
    assert_eq!(restored.people(), people);
    assert_eq!(restored.audit(), sim.audit());
    assert_eq!(restored.snapshot(), sim.snapshot());
    assert_eq!(restored.gaps(), sim.gaps());
    assert_eq!(restored.decisions(), sim.decisions());
    assert_eq!(restored.departures(), sim.departures());
    assert_eq!(restored.passages(), sim.passages());
}

/// The million-person scenario: a checkpoint on day 30 continues as the uninterrupted run,
/// commands included. Over a minute of simulation in a debug build, so `.ci/run` runs it
/// with the other long cases (`--ignored`).
#[test]
#[ignore = "simulates the million-person scenario twice (over a minute in a debug build); .ci/run runs it"]
fn the_million_person_scenario_restores_on_day_30_and_goes_on_the_same() {
    let scenario = fixture("balkan-route-90d.ron");
    let seed = scenario.exercise.seed;
    let day = SimTime::days;
    let command = |at: SimTime, action: ControlAction| Timed {
        at,
        command: Command::Control(action),
        origin: fluxsim::Origin::Facilitator,
        from: "spec".to_string(),
    };
    let timed = vec![
        command(
            day(20),
            ControlAction::ChangeOfficers {
                bcp: "gevgelija".into(),
                by: 4,
            },
        ),
        command(
            day(35),
            ControlAction::CloseBcp {
                bcp: "gradina".into(),
            },
        ),
        command(
            day(40),
            ControlAction::OpenBcp {
                bcp: "gradina".into(),
            },
        ),
        command(day(55), ControlAction::UnlockSurgeCapacity),
    ];
    let end = scenario.exercise.duration;
    let mut whole = Simulation::new(&scenario, seed);
    let uninterrupted = continue_with(&mut whole, &timed, end);
    let (digests, checkpoint) = restored_at(&scenario, seed, &timed, day(30), end);
    assert!(
        checkpoint.people() > 1_000,
        "people are in the system on day 30"
    );
    assert_eq!(digests, uninterrupted[1..]);
    assert!(uninterrupted.iter().all(|(_, applied, _)| *applied));
}

/// The script recorded as a journal of the default scenario (seed 42), with the state reached
/// at T+60h: the journal's bytes.
fn recorded_kosovo(dir: &std::path::Path) -> Vec<u8> {
    let path = dir.join("exercise.journal");
    let (mut recorder, mut sim) = crate::support::recording_kosovo(&path, 42);
    let timed = kosovo_script();
    fluxsim::journal::run_timeline(&mut sim, &timed, SimTime::hours(60), Some(&mut recorder))
        .expect("the script runs");
    sim.advance_through(SimTime::hours(60));
    recorder.reached(&mut sim).expect("the end is recorded");
    drop(recorder);
    std::fs::read(&path).expect("the journal was written")
}

/// The state at `to` replayed from T+0: every entry up to it applied, then time run to it.
fn replayed_from_start(journal: &fluxsim::journal::Journal, to: Position) -> Simulation {
    let scenario = kosovo();
    let header = journal.header.as_ref().expect("a header");
    let mut sim = Simulation::new(&header.as_played(&scenario), header.seed);
    let mut replayer = fluxsim::journal::Replayer::new(journal);
    for index in 0..to.applied {
        replayer.apply(&mut sim, index).expect("digests match");
    }
    sim.advance_through(to.at);
    sim
}

use fluxsim::console::timeline::{Position, Seek, Timeline};

#[test]
fn scrubbing_back_restores_a_checkpoint_and_shows_the_picture_of_a_replay_from_the_start() {
    let dir = crate::support::scratch("scrub");
    let bytes = recorded_kosovo(&dir);
    let journal = parse("exercise.journal", &bytes, Tail::Torn).expect("parses");
    let (mut timeline, mut sim) =
        Timeline::open(journal.clone(), kosovo(), &crate::support::kosovo_source())
            .expect("every digest matches");
    let kept = timeline.checkpoints();
    assert!(
        kept.len() > 10 && kept.len() <= fluxsim::console::timeline::KEPT,
        "checkpoints kept: {kept:?}"
    );
    assert_eq!(timeline.end(), SimTime::hours(60));

    let end = timeline.target(Seek::End);
    timeline.seek(&mut sim, end).expect("to the end");
    let mut targets = vec![
        timeline.at_time(SimTime::hours(41) + SimTime::mins(7)),
        timeline.at_time(SimTime::hours(26)),
        timeline.at_time(SimTime::hours(5)),
    ];
    // Right after a command given at an instant where a checkpoint stands.
    timeline
        .seek(&mut sim, timeline.at_time(SimTime::hours(30)))
        .expect("seek");
    targets.push(timeline.target(Seek::PreviousCommand));
    targets.push(timeline.at_time(SimTime::ZERO));
    for to in targets {
        let restores = timeline.restores();
        timeline.seek(&mut sim, to).expect("back");
        assert_eq!(timeline.position(), to);
        assert!(
            timeline.restores() > restores,
            "going back to {to:?} restored a checkpoint"
        );
        let mut fresh = replayed_from_start(&journal, to);
        assert_eq!(sim.digest(), fresh.digest(), "at {to:?}");
        assert_eq!(sim.snapshot(), fresh.snapshot(), "at {to:?}");
        assert_eq!(sim.series(), fresh.series(), "at {to:?}");
        assert_eq!(sim.departures(), fresh.departures(), "at {to:?}");
        assert_eq!(sim.decisions(), fresh.decisions(), "at {to:?}");
    }
    // And forward again, to the end the recording reached.
    timeline.seek(&mut sim, end).expect("to the end");
    let mut fresh = replayed_from_start(&journal, end);
    assert_eq!(sim.digest(), fresh.digest());
}

use fluxsim::journal::{Cache, CacheNote, cache_path, fork_with, read, resume_with};

/// A cache written after any replay, however short (the default waits for a long one).
const ALWAYS: Cache = Cache {
    min_events: 0,
    extend: true,
};

/// Resumes the journal at `path` with the cache written as `ALWAYS` says: (where the replay
/// started from a checkpoint, the digest it reached, the notes).
fn resumed(path: &std::path::Path) -> (Option<SimTime>, u64, Vec<CacheNote>, usize) {
    let journal = read(path).expect("the journal reads");
    let mut r =
        resume_with(journal, &kosovo(), &crate::support::kosovo_source(), ALWAYS).expect("resumes");
    let digest = r.replayed.sim.digest();
    (
        r.replayed.from_checkpoint,
        digest,
        r.notes,
        r.replayed.commands,
    )
}

#[test]
fn resuming_starts_from_the_cached_checkpoint_and_reaches_the_same_state() {
    let dir = crate::support::scratch("cache");
    recorded_kosovo(&dir);
    let path = dir.join("exercise.journal");
    let (first_from, first_digest, notes, commands) = resumed(&path);
    assert_eq!(first_from, None, "no cache yet: replayed from T+0");
    assert!(notes.is_empty(), "{notes:?}");
    assert!(
        cache_path(&path).exists(),
        "the cache is written beside the journal"
    );
    let (from, digest, notes, again) = resumed(&path);
    assert_eq!(
        from,
        Some(SimTime::hours(60)),
        "started from the cached checkpoint"
    );
    assert_eq!((digest, again), (first_digest, commands));
    assert!(notes.is_empty(), "{notes:?}");

    // A fork before the last checkpoint starts from an earlier one in the cache.
    let journal = read(&path).expect("reads");
    let fork_cache = Cache {
        extend: false,
        ..ALWAYS
    };
    let forked = fork_with(
        &journal,
        &kosovo(),
        &crate::support::kosovo_source(),
        SimTime::hours(40),
        fork_cache,
    )
    .expect("forks");
    let plain = fluxsim::journal::fork(
        &journal,
        &kosovo(),
        &crate::support::kosovo_source(),
        SimTime::hours(40),
    )
    .expect("forks");
    assert_eq!(forked.state, plain.state);
    assert_eq!(forked.lines, plain.lines);
}

#[test]
fn a_stale_cache_is_ignored_and_rebuilt() {
    let dir = crate::support::scratch("stale");
    let (a, b) = (dir.join("a"), dir.join("b"));
    std::fs::create_dir_all(&a).expect("dir");
    std::fs::create_dir_all(&b).expect("dir");
    recorded_kosovo(&a);
    // Another exercise: the same script on another seed.
    {
        let path = b.join("exercise.journal");
        let (mut recorder, mut sim) = crate::support::recording_kosovo(&path, 7);
        fluxsim::journal::run_timeline(
            &mut sim,
            &kosovo_script(),
            SimTime::hours(30),
            Some(&mut recorder),
        )
        .expect("runs");
        sim.advance_through(SimTime::hours(30));
        recorder.reached(&mut sim).expect("recorded");
    }
    let (path_a, path_b) = (a.join("exercise.journal"), b.join("exercise.journal"));
    resumed(&path_a);
    let (_, digest_b, ..) = resumed(&path_b);
    // A's cache beside B: it belongs to another journal, so B replays from T+0 and rebuilds it.
    std::fs::copy(cache_path(&path_a), cache_path(&path_b)).expect("copied");
    let (from, digest, notes, _) = resumed(&path_b);
    assert_eq!((from, digest), (None, digest_b));
    assert!(notes.is_empty(), "a stale cache is no news: {notes:?}");
    let (from, digest, ..) = resumed(&path_b);
    assert_eq!(
        (from, digest),
        (Some(SimTime::hours(30)), digest_b),
        "rebuilt for B"
    );
}

#[test]
fn a_damaged_cache_is_ignored_with_a_note_and_a_users_file_is_never_written_over() {
    let dir = crate::support::scratch("damaged");
    recorded_kosovo(&dir);
    let path = dir.join("exercise.journal");
    let (_, digest, ..) = resumed(&path);
    let cache = cache_path(&path);
    let mut bytes = std::fs::read(&cache).expect("cache");
    let at = bytes.len() - 200;
    bytes[at] ^= 0x10;
    std::fs::write(&cache, &bytes).expect("damaged");
    let (from, again, notes, _) = resumed(&path);
    assert_eq!((from, again), (None, digest), "replayed from T+0");
    assert_eq!(notes.len(), 1, "{notes:?}");
    let note = notes[0].localized(Lang::En);
    assert!(
        note.starts_with(&format!(
            "note: the checkpoint cache {} was ignored (",
            cache.display()
        )),
        "{note}"
    );
    assert!(
        note.ends_with("); the exercise was replayed from its start"),
        "{note}"
    );
    let (from, ..) = resumed(&path);
    assert_eq!(from, Some(SimTime::hours(60)), "the cache was written anew");

    // A file of the cache's name that is not a cache is the user's: left as it is.
    std::fs::write(&cache, "my notes on the exercise\n").expect("written");
    let (from, again, notes, _) = resumed(&path);
    assert_eq!((from, again), (None, digest));
    assert_eq!(
        notes
            .iter()
            .map(|n| n.localized(Lang::En))
            .collect::<Vec<_>>(),
        [
            format!(
                "note: the checkpoint cache {} was ignored (it does not start as a fluxsim checkpoint cache); the exercise was replayed from its start",
                cache.display()
            ),
            format!(
                "note: {} is not a fluxsim checkpoint cache: it was left alone and no cache was kept",
                cache.display()
            ),
        ]
    );
    assert_eq!(
        std::fs::read_to_string(&cache).expect("still there"),
        "my notes on the exercise\n"
    );
}
