//! Forks: a what-if branch keeps exactly the commands before its cut, replays to the
//! original's state there, continues like any journal, and refuses bad requests clearly.

use std::path::{Path, PathBuf};
use std::process::Command as Process;

use fluxsim::journal::{
    self, Entry, Header, JournalError, Line, Recorder, ScenarioSource, Tail, Timed, fork,
    recorded_prefix, replay, resume, run_timeline, script_commands, with_msel,
};
use fluxsim::scenario::{Source, parse};
use fluxsim::{Scenario, SimTime, Simulation};

use crate::support::scratch;

const SEED: u64 = 2018;

/// The cut of most tests: T+1d6h, when the script opens prizren_hall again.
const CUT: SimTime = SimTime::hours(30);

fn source() -> Source {
    crate::support::kosovo_source()
}

fn scenario() -> Scenario {
    parse(&source()).expect("the default scenario is valid")
}

/// The scripted commands of the journal spec (without its refused one) and the MSEL's
/// injects, as a headless run gives them.
fn timeline() -> Vec<Timed> {
    let text: String = crate::journal::SCRIPT
        .lines()
        .filter(|l| !l.contains("nowhere"))
        .map(|l| format!("{l}\n"))
        .collect();
    let script = journal::parse("script", text.as_bytes(), Tail::Line).expect("script reads");
    with_msel(&scenario(), script_commands(&script))
}

/// Records the timeline to `until` in `dir/exercise.journal`.
fn record(dir: &Path, until: SimTime) -> PathBuf {
    let (source, scenario) = (source(), scenario());
    let path = dir.join("exercise.journal");
    let header = Header::new(
        &scenario,
        ScenarioSource::File(source.name.clone()),
        &source.text,
        SEED,
    );
    let mut recorder = Recorder::create(&path, &header).expect("journal created");
    let mut sim = Simulation::new(&scenario, SEED);
    run_timeline(&mut sim, &timeline(), until, Some(&mut recorder)).expect("the commands apply");
    path
}

fn fork_at(original: &Path, at: SimTime, output: &Path) -> fluxsim::journal::Forked {
    let journal = journal::read(original).expect("the original reads");
    let forked = fork(&journal, &scenario(), &source(), at).expect("forks");
    forked.write(output, original, false).expect("written");
    forked
}

#[test]
fn a_fork_keeps_exactly_the_commands_before_the_cut() {
    let dir = scratch("fork-keeps");
    let original = record(&dir, scenario().exercise.duration);
    let branch = dir.join("whatif.journal");
    let forked = fork_at(&original, CUT, &branch);

    let whole = journal::read(&original).expect("reads");
    let part = journal::read(&branch).expect("the fork reads");
    assert_eq!(part.header, whole.header, "the same header");
    let before: Vec<_> = whole.commands().filter(|c| c.at < CUT).collect();
    let kept: Vec<_> = part.commands().collect();
    assert_eq!(kept.len(), before.len());
    for (k, b) in kept.iter().zip(&before) {
        assert_eq!(
            (k.at, &k.command, &k.outcome.as_ref().map(|(_, o)| o)),
            (b.at, &b.command, &b.outcome.as_ref().map(|(_, o)| o)),
            "line {} of the original",
            b.line
        );
    }
    assert!(
        whole.commands().any(|c| c.at == CUT),
        "the original has a command exactly at the cut"
    );
    assert!(
        part.commands().all(|c| c.at < CUT),
        "a command exactly at the cut is left out"
    );
    assert_eq!(forked.kept, before.len());
    assert_eq!(forked.left_out, whole.commands().count() - before.len());
    assert_eq!(
        part.forked_from(),
        Some((original.display().to_string().as_str(), CUT))
    );
    assert!(matches!(part.entries.last(), Some(Entry::Forked { .. })));
}

#[test]
fn a_fork_replays_to_the_originals_state_at_the_cut() {
    let dir = scratch("fork-digest");
    let original = record(&dir, scenario().exercise.duration);
    let branch = dir.join("whatif.journal");
    let forked = fork_at(&original, CUT, &branch);

    let mut by_hand = Simulation::new(&scenario(), SEED);
    for timed in timeline().iter().filter(|t| t.at < CUT) {
        by_hand.advance_to(timed.at);
        by_hand.apply(&timed.command).expect("accepted");
    }
    by_hand.advance_to(CUT);
    let at_cut = by_hand.digest();
    assert_eq!(forked.state, at_cut);

    let part = journal::read(&branch).expect("reads");
    let mut replayed = replay(&part, &scenario(), &source()).expect("the fork replays");
    assert_eq!(replayed.sim.now(), CUT);
    assert_eq!(replayed.sim.digest(), at_cut);
    assert_eq!(
        replayed.digests,
        forked.kept + 1,
        "every kept digest and the fork's own were checked"
    );
}

#[test]
fn a_fork_continued_with_the_originals_commands_ends_in_the_originals_state() {
    let dir = scratch("fork-continue");
    let end = scenario().exercise.duration;
    let original = record(&dir, end);
    let branch = dir.join("whatif.journal");
    fork_at(&original, CUT, &branch);

    let part = journal::read(&branch).expect("reads");
    let all = timeline();
    let done = recorded_prefix(&all, &part).expect("the fork is the beginning of the run");
    let mut resumed = resume(part, &scenario(), &source()).expect("resumes");
    run_timeline(
        &mut resumed.replayed.sim,
        &all[done..],
        end,
        Some(&mut resumed.recorder),
    )
    .expect("the rest applies");
    let whole = journal::read(&original).expect("reads");
    let Some(Entry::Reached { state, .. }) = whole.entries.last() else {
        panic!("the original ends with its checkpoint");
    };
    assert_eq!(resumed.replayed.sim.digest(), *state);
    let again = journal::read(&branch).expect("the continued fork reads");
    replay(&again, &scenario(), &source()).expect("and replays whole");
}

#[test]
fn a_fork_past_the_end_of_the_exercise_is_refused() {
    let dir = scratch("fork-past");
    let original = record(&dir, SimTime::hours(20));
    let journal = journal::read(&original).expect("reads");
    let err = fork(&journal, &scenario(), &source(), SimTime::hours(21)).expect_err("past the end");
    assert!(matches!(err, JournalError::ForkPastEnd { .. }), "{err:?}");
    assert_eq!(
        err.to_string(),
        format!(
            "{} reaches T+20h; a fork at T+21h is past the end of the exercise",
            original.display()
        )
    );
    fork(&journal, &scenario(), &source(), SimTime::hours(20)).expect("the last moment forks");
}

#[test]
fn a_journal_serves_as_a_script_and_delivers_each_inject_once() {
    let dir = scratch("fork-script");
    let original = record(&dir, scenario().exercise.duration);
    let as_script = journal::read_as(&original, Tail::Line).expect("reads as a script");
    let again = with_msel(&scenario(), script_commands(&as_script));
    let key = |t: &Timed| (t.at, t.command.clone());
    assert_eq!(
        again.iter().map(key).collect::<Vec<_>>(),
        timeline().iter().map(key).collect::<Vec<_>>(),
        "the recorded run's timeline, every MSEL inject once"
    );
}

#[test]
fn the_forked_line_reads_back_and_names_the_original() {
    let line = Line::Forked {
        from: "exercise.journal".into(),
        at: CUT,
        state: 0x9c1d,
    };
    let text = line.to_text().expect("serialises");
    assert_eq!(
        text,
        r#"Forked(from: "exercise.journal", at: "T+1d6h", state: "0000000000009c1d")"#
    );
    assert_eq!(Line::parse(&text).expect("reads"), line);
}

mod cli {
    use super::*;

    fn fluxsim(args: &[&str]) -> std::process::Output {
        Process::new(env!("CARGO_BIN_EXE_fluxsim"))
            .args(args)
            .output()
            .expect("fluxsim runs")
    }

    fn text(bytes: &[u8]) -> String {
        String::from_utf8_lossy(bytes).into_owned()
    }

    /// A diagnostic as one line: miette wraps long messages and marks them with `×` and `│`.
    fn flat(bytes: &[u8]) -> String {
        text(bytes)
            .lines()
            .map(|l| l.trim().trim_start_matches(['×', '│']).trim())
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn path(p: &Path) -> &str {
        p.to_str().expect("utf-8 path")
    }

    #[test]
    fn fork_then_resume_with_another_decision_replays_cleanly() {
        let dir = scratch("fork-cli");
        let original = record(&dir, scenario().exercise.duration);
        let branch = dir.join("whatif.journal");
        let out = fluxsim(&[
            "fork",
            path(&original),
            "--at",
            "T+1d6h",
            "-o",
            path(&branch),
        ]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        assert!(
            text(&out.stderr).contains("before T+1d6h kept"),
            "{}",
            text(&out.stderr)
        );
        // The original script up to the cut, then another decision at the cut.
        let script = dir.join("whatif.txt");
        let mut lines: String = crate::journal::SCRIPT
            .lines()
            .filter(|l| !l.contains("nowhere"))
            .filter(|l| match journal::parse("l", l.as_bytes(), Tail::Line) {
                Ok(j) => j.commands().all(|c| c.at < CUT),
                Err(_) => false,
            })
            .map(|l| format!("{l}\n"))
            .collect();
        lines += "Command(at: \"T+1d6h\", command: OpenSite(site: \"reserve_2\"))\n";
        std::fs::write(&script, lines).expect("script");
        let run = fluxsim(&[
            "run",
            "--resume",
            path(&branch),
            "--commands",
            path(&script),
        ]);
        assert!(run.status.success(), "{}", text(&run.stderr));
        let replayed = fluxsim(&["replay", path(&branch)]);
        assert!(replayed.status.success(), "{}", text(&replayed.stderr));
        let continued = journal::read(&branch).expect("reads");
        assert!(
            continued
                .commands()
                .any(|c| c.at == CUT && format!("{:?}", c.command).contains("reserve_2"))
        );
        assert!(matches!(
            continued.entries.last(),
            Some(Entry::Reached { .. })
        ));
    }

    #[test]
    fn fork_refuses_an_existing_output_unless_forced() {
        let dir = scratch("fork-exists");
        let original = record(&dir, SimTime::hours(12));
        let branch = dir.join("whatif.journal");
        std::fs::write(&branch, "keep me\n").expect("an earlier file");
        let out = fluxsim(&["fork", path(&original), "--at", "6h", "-o", path(&branch)]);
        assert_eq!(out.status.code(), Some(1));
        let stderr = flat(&out.stderr);
        assert!(
            stderr.contains(&format!("{} already exists", path(&branch))),
            "{stderr}"
        );
        assert!(stderr.contains("--force"), "{stderr}");
        assert_eq!(std::fs::read_to_string(&branch).expect("kept"), "keep me\n");

        let forced = fluxsim(&[
            "fork",
            path(&original),
            "--at",
            "6h",
            "-o",
            path(&branch),
            "--force",
        ]);
        assert!(forced.status.success(), "{}", text(&forced.stderr));
        assert_eq!(
            journal::read(&branch).expect("a journal now").forked_from(),
            Some((path(&original), SimTime::hours(6)))
        );

        let onto = fluxsim(&[
            "fork",
            path(&original),
            "--at",
            "6h",
            "-o",
            path(&original),
            "--force",
        ]);
        assert_eq!(onto.status.code(), Some(1));
        assert!(
            flat(&onto.stderr).contains(&format!(
                "{} is the journal being forked; the fork needs a file of its own",
                path(&original)
            )),
            "{}",
            text(&onto.stderr)
        );
    }

    #[test]
    fn fork_refuses_a_bad_time_and_a_time_past_the_end() {
        let dir = scratch("fork-time");
        let original = record(&dir, SimTime::hours(12));
        let branch = dir.join("whatif.journal");
        let bad = fluxsim(&["fork", path(&original), "--at", "30x", "-o", path(&branch)]);
        assert_eq!(bad.status.code(), Some(2));
        assert!(
            text(&bad.stderr).contains("`30x` is not a time"),
            "{}",
            text(&bad.stderr)
        );
        let late = fluxsim(&["fork", path(&original), "--at", "13h", "-o", path(&branch)]);
        assert_eq!(late.status.code(), Some(1));
        assert!(
            flat(&late.stderr).contains("reaches T+12h; a fork at T+13h is past the end"),
            "{}",
            text(&late.stderr)
        );
        assert!(!branch.exists(), "nothing written");
    }

    #[test]
    fn fork_names_the_line_of_a_corrupt_source_journal() {
        let dir = scratch("fork-corrupt");
        let original = record(&dir, SimTime::hours(12));
        let recorded = std::fs::read_to_string(&original).expect("journal");
        let damaged = recorded.replacen(
            "command: Control(OpenSite(",
            "command: Control(OpenSight(",
            1,
        );
        std::fs::write(&original, damaged).expect("damaged");
        let line = recorded
            .lines()
            .position(|l| l.contains("command: Control(OpenSite("))
            .expect("an OpenSite line")
            + 1;
        let branch = dir.join("whatif.journal");
        let out = fluxsim(&["fork", path(&original), "--at", "6h", "-o", path(&branch)]);
        assert_eq!(out.status.code(), Some(1));
        let stderr = flat(&out.stderr);
        assert!(
            stderr.contains(&format!("{}:{line}:", path(&original))),
            "{stderr}"
        );
        assert!(!branch.exists(), "nothing written");
    }
}
