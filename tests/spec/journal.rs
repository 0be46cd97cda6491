//! The exercise journal: every command on disk before it takes effect; replay reaches the
//! recorded state at every command; a journal cut anywhere in its last line resumes to its
//! last complete command; damaged or mismatched journals are refused, saying where and what.

use std::path::{Path, PathBuf};

use fluxsim::journal::{
    self, BatchError, DigestPoint, Header, JournalError, Recorder, ScenarioSource, Tail, Timed,
    recorded_prefix, replay, resume, run_timeline, script_commands,
};
use fluxsim::scenario::{Source, parse};
use fluxsim::{Scenario, SimTime, Simulation};

/// A scripted exercise on the default scenario: 22 commands over its 72 hours, two at the
/// same instant, one refused (an unknown BCP).
pub const SCRIPT: &str = r#"// The facilitator's decisions, in the journal's own line format.
Command(at: "T+2h", command: ChangeOfficers(bcp: "vermice", by: 2))
Command(at: "T+3h", command: OpenSite(site: "prizren_hall"))
Command(at: "T+4h30m", command: ChangeOfficers(bcp: "hani_elezit", by: 1))
Command(at: "T+6h", command: UnlockSurgeCapacity)
Command(at: "T+6h", command: SetCapacity(site: "magura", capacity: 140))
Command(at: "T+8h", command: CloseBcp(bcp: "krusheve"))
Command(at: "T+10h", command: OpenSite(site: "prizren_itc"))
Command(at: "T+12h", command: ChangeOfficers(bcp: "vermice", by: 3))
Command(at: "T+14h", command: CloseBcp(bcp: "nowhere"))
Command(at: "T+16h", command: OpenBcp(bcp: "krusheve"))
Command(at: "T+18h", command: SetCapacity(site: "vranidoll", capacity: 90))
Command(at: "T+20h", command: CloseSite(site: "prizren_hall"))
Command(at: "T+22h", command: OpenSite(site: "reserve_1"))
Command(at: "T+1d2h", command: ChangeOfficers(bcp: "vermice", by: -2))
Command(at: "T+1d6h", command: OpenSite(site: "prizren_hall"))
Command(at: "T+1d10h", command: CloseBcp(bcp: "vermice"))
Command(at: "T+1d12h", command: OpenBcp(bcp: "vermice"))
Command(at: "T+1d18h", command: SetCapacity(site: "prizren_itc", capacity: 400))
Command(at: "T+2d", command: OpenSite(site: "reserve_2"))
Command(at: "T+2d6h", command: ChangeOfficers(bcp: "hani_elezit", by: 2))
Command(at: "T+2d12h", command: CloseSite(site: "reserve_1"))
Command(at: "T+2d20h", command: ChangeOfficers(bcp: "krusheve", by: 1))
"#;

const SEED: u64 = 2018;

/// A fresh directory for one test's files, removed afterwards.
pub use crate::support::scratch;

fn default_source() -> Source {
    crate::support::kosovo_source()
}

fn scenario(source: &Source) -> Scenario {
    parse(source).expect("the default scenario is valid")
}

fn script_timeline() -> Vec<Timed> {
    let script = journal::parse("script", SCRIPT.as_bytes(), Tail::Line).expect("script reads");
    script_commands(&script)
}

fn header(scenario: &Scenario, source: &Source) -> Header {
    Header::new(
        scenario,
        ScenarioSource::File(source.name.clone()),
        &source.text,
        SEED,
    )
}

/// Records the scripted exercise to its end, stopping at the refused command as a headless
/// run does, then the rest; returns the journal path.
fn record(dir: &Path, commands: &[Timed], until: SimTime) -> PathBuf {
    let source = default_source();
    let scenario = scenario(&source);
    let path = dir.join("exercise.journal");
    let mut recorder = Recorder::create(&path, &header(&scenario, &source)).expect("created");
    let mut sim = Simulation::new(&scenario, SEED);
    run_timeline(&mut sim, commands, until, Some(&mut recorder)).expect("the commands apply");
    path
}

/// The script without its refused command.
fn accepted() -> Vec<Timed> {
    script_timeline()
        .into_iter()
        .filter(|t| !format!("{:?}", t.command).contains("nowhere"))
        .collect()
}

/// Digest after each command and at the end of a run without any journal.
fn uninterrupted(commands: &[Timed], until: SimTime) -> (Vec<u64>, u64) {
    let scenario = scenario(&default_source());
    let mut sim = Simulation::new(&scenario, SEED);
    let mut after = Vec::new();
    for timed in commands.iter().filter(|t| t.at <= until) {
        sim.advance_to(timed.at);
        sim.apply(&timed.command).expect("accepted");
        after.push(sim.digest());
    }
    sim.advance_to(until);
    (after, sim.digest())
}

fn end() -> SimTime {
    scenario(&default_source()).exercise.duration
}

#[test]
fn replay_reaches_the_recorded_digest_at_every_command_and_at_the_end() {
    let dir = scratch("replay-equal");
    let commands = accepted();
    assert!(commands.len() >= 20, "a scripted set of 20+ commands");
    let path = record(&dir, &commands, end());
    let journal = journal::read(&path).expect("journal reads");
    let (after, last) = uninterrupted(&commands, end());
    let recorded: Vec<u64> = journal
        .commands()
        .map(|c| match &c.outcome {
            Some((_, journal::Outcome::Applied(state))) => *state,
            other => panic!("line {}: expected a digest, found {other:?}", c.line),
        })
        .collect();
    assert_eq!(
        recorded, after,
        "the journal's digests are those of a run without a journal"
    );

    let source = default_source();
    let mut replayed = replay(&journal, &scenario(&source), &source).expect("replays");
    assert_eq!(replayed.commands, commands.len());
    assert_eq!(
        replayed.digests,
        commands.len() + 1,
        "one digest per command and the final checkpoint"
    );
    assert_eq!(replayed.sim.now(), end());
    assert_eq!(replayed.sim.digest(), last);
}

#[test]
fn a_refused_command_is_journaled_as_refused_and_nothing_after_it_runs() {
    let dir = scratch("refused");
    let source = default_source();
    let scenario = scenario(&source);
    let path = dir.join("refused.journal");
    let mut recorder = Recorder::create(&path, &header(&scenario, &source)).expect("created");
    let mut sim = Simulation::new(&scenario, SEED);
    let err = run_timeline(&mut sim, &script_timeline(), end(), Some(&mut recorder))
        .expect_err("the unknown BCP is refused");
    match &err {
        BatchError::Refused { from, at, source } => {
            assert_eq!(from, "script:10");
            assert_eq!(*at, SimTime::hours(14));
            assert!(
                source.to_string().contains("unknown BCP `nowhere`"),
                "{source}"
            );
        }
        other => panic!("expected a refusal, got {other}"),
    }
    let text = std::fs::read_to_string(&path).expect("journal");
    let last_two: Vec<&str> = text.lines().rev().take(2).collect();
    assert!(
        last_two[0].starts_with("Refused(reason: \"unknown BCP `nowhere`"),
        "{}",
        last_two[0]
    );
    assert!(last_two[1].contains("CloseBcp(bcp: \"nowhere\")"));
    // The refusal replays as a refusal: the same state follows.
    let journal = journal::read(&path).expect("reads");
    let replayed = replay(&journal, &scenario, &source).expect("replays");
    assert_eq!(replayed.commands, 9);
}

#[test]
fn a_journal_cut_at_every_byte_of_its_last_two_lines_resumes_to_its_last_complete_command() {
    let dir = scratch("crash");
    let commands = accepted();
    let cut_before = SimTime::hours(30);
    // The exercise as it stood when the process was killed: commands up to T+1d6h, no
    // checkpoint yet (the run was still going).
    let source = default_source();
    let scenario = scenario(&source);
    let full = dir.join("full.journal");
    let mut recorder = Recorder::create(&full, &header(&scenario, &source)).expect("created");
    let mut sim = Simulation::new(&scenario, SEED);
    for timed in commands.iter().filter(|t| t.at <= cut_before) {
        sim.advance_to(timed.at);
        recorder
            .record(&mut sim, timed.command.clone(), timed.origin.clone())
            .expect("written")
            .expect("accepted");
    }
    drop(recorder);
    let bytes = std::fs::read(&full).expect("journal");
    let text = String::from_utf8(bytes.clone()).expect("utf-8");
    let lines: Vec<&str> = text.lines().collect();
    let digest_line = lines.len() - 1;
    let command_start =
        text.len() - lines[digest_line].len() - 1 - lines[digest_line - 1].len() - 1;
    let digest_start = text.len() - lines[digest_line].len() - 1;
    let applied = commands.iter().filter(|t| t.at <= cut_before).count();
    let (after, last) = uninterrupted(&commands, end());

    for cut in command_start..text.len() {
        let path = dir.join(format!("cut-{cut}.journal"));
        std::fs::write(&path, &bytes[..cut]).expect("write the cut journal");
        let journal = journal::read(&path).expect("a cut journal still reads");
        let command_complete = cut >= digest_start;
        assert_eq!(
            journal.torn.is_some(),
            cut != command_start && cut != digest_start,
            "cut at byte {cut}"
        );
        let done = recorded_prefix(&commands, &journal).expect("a prefix of the commands");
        let mut resumed = resume(journal, &scenario, &source).expect("resumes");
        let expected = if command_complete {
            applied
        } else {
            applied - 1
        };
        assert_eq!(done, expected, "cut at byte {cut}");
        assert_eq!(
            resumed.replayed.sim.digest(),
            after[expected - 1],
            "cut at byte {cut}: the state of the last complete command"
        );
        run_timeline(
            &mut resumed.replayed.sim,
            &commands[done..],
            end(),
            Some(&mut resumed.recorder),
        )
        .expect("the rest applies");
        assert_eq!(resumed.replayed.sim.digest(), last, "cut at byte {cut}");
        // What was appended continues the journal cleanly: it replays whole.
        let again = journal::read(&path).expect("reads");
        assert!(again.torn.is_none());
        let replayed = replay(&again, &scenario, &source).expect("replays after the resume");
        assert_eq!(replayed.commands, commands.len(), "cut at byte {cut}");
    }
}

#[test]
fn resume_continues_to_the_digest_of_an_uninterrupted_run() {
    let dir = scratch("resume");
    let commands = accepted();
    let path = record(&dir, &commands, SimTime::hours(20));
    let source = default_source();
    let scenario = scenario(&source);
    let journal = journal::read(&path).expect("reads");
    let done = recorded_prefix(&commands, &journal).expect("prefix");
    assert_eq!(
        done,
        commands
            .iter()
            .filter(|t| t.at <= SimTime::hours(20))
            .count()
    );
    let mut resumed = resume(journal, &scenario, &source).expect("resumes");
    assert_eq!(resumed.replayed.sim.now(), SimTime::hours(20));
    run_timeline(
        &mut resumed.replayed.sim,
        &commands[done..],
        end(),
        Some(&mut resumed.recorder),
    )
    .expect("the rest applies");
    let (_, last) = uninterrupted(&commands, end());
    assert_eq!(resumed.replayed.sim.digest(), last);
}

#[test]
fn a_resumed_journal_must_be_the_beginning_of_the_runs_commands() {
    let dir = scratch("diverge");
    let commands = accepted();
    let path = record(&dir, &commands[..3], SimTime::hours(5));
    let journal = journal::read(&path).expect("reads");
    let mut other = commands.clone();
    other.remove(1);
    let err = recorded_prefix(&other, &journal).expect_err("the second command differs");
    assert!(
        err.to_string().starts_with(&format!(
            "{}:4: the journal has `open site prizren_hall` at T+3h",
            path.display()
        )),
        "{err}"
    );
}

fn rewrite_line(path: &Path, number: usize, new: impl Fn(&str) -> String) {
    let text = std::fs::read_to_string(path).expect("journal");
    let lines: Vec<String> = text
        .lines()
        .enumerate()
        .map(|(i, l)| {
            if i + 1 == number {
                new(l)
            } else {
                l.to_string()
            }
        })
        .collect();
    std::fs::write(path, lines.join("\n") + "\n").expect("rewritten");
    // Rechained, so the reader behind the chain is what these specs test.
    crate::support::rechain(path);
}

#[test]
fn a_corrupt_middle_line_is_an_error_with_its_line_and_column() {
    let dir = scratch("corrupt");
    let path = record(&dir, &accepted()[..4], SimTime::hours(7));
    rewrite_line(&path, 4, |l| l.replacen(", ", "; ", 1));
    let damaged = std::fs::read_to_string(&path).expect("journal");
    let column = damaged
        .lines()
        .nth(3)
        .and_then(|l| l.find(';'))
        .expect("the damage")
        + 1;
    match journal::read(&path) {
        Err(JournalError::Corrupt(corrupt)) => {
            assert_eq!((corrupt.line, corrupt.column), (4, column), "{corrupt}");
            assert!(
                corrupt
                    .to_string()
                    .starts_with(&format!("{}:4:{column}: ", path.display()))
            );
        }
        other => panic!("expected a corrupt line, got {other:?}"),
    }
}

#[test]
fn an_unknown_field_in_a_line_is_an_error_naming_it() {
    let dir = scratch("unknown-field");
    let path = record(&dir, &accepted()[..4], SimTime::hours(7));
    rewrite_line(&path, 4, |l| l.replace("command:", "comand:"));
    let err = journal::read(&path).expect_err("no such field");
    assert!(
        err.to_string()
            .starts_with(&format!("{}:4:", path.display())),
        "{err}"
    );
    assert!(err.to_string().contains("comand"), "{err}");
}

#[test]
fn an_unknown_command_is_an_error_naming_it() {
    let dir = scratch("unknown-command");
    let path = record(&dir, &accepted()[..2], SimTime::hours(4));
    rewrite_line(&path, 2, |l| l.replace("ChangeOfficers", "SendTanks"));
    let err = journal::read(&path).expect_err("no such command");
    let message = err.to_string();
    assert!(
        message.starts_with(&format!("{}:2:", path.display())),
        "{message}"
    );
    assert!(message.contains("SendTanks"), "{message}");
}

#[test]
fn commands_out_of_time_order_are_an_error() {
    let dir = scratch("order");
    let path = record(&dir, &accepted()[..3], SimTime::hours(4));
    rewrite_line(&path, 4, |l| l.replace("T+3h", "T+1h"));
    match journal::read(&path) {
        Err(JournalError::TimeOrder {
            line, at, previous, ..
        }) => assert_eq!(
            (line, at, previous),
            (4, SimTime::hours(1), SimTime::hours(2))
        ),
        other => panic!("expected a time-order error, got {other:?}"),
    }
}

#[test]
fn a_scenario_edited_after_recording_is_refused_naming_both_hashes() {
    let dir = scratch("edited");
    let path = record(&dir, &accepted()[..2], SimTime::hours(4));
    let journal = journal::read(&path).expect("reads");
    let edited = Source::new(
        "kosovo-flux-edited.ron",
        default_source()
            .text
            .replace("capacity: 100", "capacity: 101"),
    );
    assert_ne!(
        edited.text,
        default_source().text,
        "the edit changed something"
    );
    let err = match replay(&journal, &scenario(&edited), &edited) {
        Err(err) => err,
        Ok(_) => panic!("an edited scenario must be refused"),
    };
    let recorded = journal::scenario_hash(&default_source().text);
    let actual = journal::scenario_hash(&edited.text);
    assert_eq!(
        err.to_string(),
        format!(
            "the scenario kosovo-flux-edited.ron is not the one {} was recorded with: the journal records {recorded}, the scenario now hashes to {actual}",
            path.display()
        )
    );
}

#[test]
fn another_engine_version_of_the_same_model_replays_comparing_every_digest() {
    let dir = scratch("version");
    let path = record(&dir, &accepted()[..2], SimTime::hours(4));
    rewrite_line(&path, 1, |l| {
        l.replace(
            &format!("engine: \"{}\"", env!("CARGO_PKG_VERSION")),
            "engine: \"0.0.9\"",
        )
    });
    let source = default_source();
    let journal = journal::read(&path).expect("reads");
    let replayed = replay(&journal, &scenario(&source), &source).expect("replays");
    assert!(replayed.model_changed.is_none());
    assert_eq!(replayed.digests, 3);
}

#[test]
fn a_journal_of_another_model_version_replays_and_gives_the_new_digests() {
    let dir = scratch("model");
    let path = record(&dir, &accepted()[..2], SimTime::hours(4));
    let model = format!("model: {}", journal::MODEL);
    rewrite_line(&path, 1, |l| l.replace(&model, "model: 0"));
    let source = default_source();
    let journal = journal::read(&path).expect("reads");
    let replayed = replay(&journal, &scenario(&source), &source).expect("replays");
    let changed = replayed.model_changed.expect("the model changed");
    assert_eq!(
        (changed.recorded_scheme, changed.recorded_model),
        (journal::DIGEST_SCHEME, 0)
    );
    let lines: Vec<usize> = changed.digests.iter().map(|d| d.line).collect();
    assert_eq!(lines, [3, 5, 6]);
    // The model did not really change here, so the new digests are the recorded ones.
    assert!(changed.digests.iter().all(|d| d.recorded == d.replayed));
    assert_eq!(replayed.digests, 0, "none was compared");
}

#[test]
fn a_digest_that_differs_names_the_command_line_and_both_digests() {
    let dir = scratch("digest");
    let path = record(&dir, &accepted()[..3], SimTime::hours(4));
    rewrite_line(&path, 5, |_| "Digest(state: \"00000000000000ff\")".into());
    let source = default_source();
    let journal = journal::read(&path).expect("reads");
    match replay(&journal, &scenario(&source), &source) {
        Err(JournalError::DigestMismatch {
            line,
            after,
            recorded,
            replayed,
            ..
        }) => {
            assert_eq!(line, 5);
            assert_eq!(after, DigestPoint::AfterCommand(4));
            assert_eq!(recorded, 0xff);
            assert_eq!(
                replayed,
                uninterrupted(&accepted()[..2], SimTime::hours(3)).0[1]
            );
        }
        Err(other) => panic!("expected a digest mismatch, got {other}"),
        Ok(_) => panic!("expected a digest mismatch"),
    }
}

#[test]
fn a_script_needs_no_header_and_no_line_break_at_its_end() {
    let script = "Command(at: \"T+1h\", command: UnlockSurgeCapacity)\n\
                  Command(at: \"T+2h\", command: CloseBcp(bcp: \"vermice\"))";
    let parsed = journal::parse("decisions.txt", script.as_bytes(), Tail::Line).expect("reads");
    assert!(parsed.header.is_none());
    let timed = script_commands(&parsed);
    assert_eq!(timed.len(), 2);
    assert_eq!(timed[1].from, "decisions.txt:2");
    // Read as a journal, the same text has a torn last line.
    let as_journal = journal::parse("j", script.as_bytes(), Tail::Torn).expect("reads");
    assert_eq!(as_journal.torn.as_ref().map(|t| t.line), Some(2));
}

mod cli {
    use std::process::Command;

    use super::{SCRIPT, scratch};

    fn fluxsim(args: &[&str]) -> std::process::Output {
        Command::new(env!("CARGO_BIN_EXE_fluxsim"))
            .args(args)
            .output()
            .expect("fluxsim runs")
    }

    fn text(bytes: &[u8]) -> String {
        String::from_utf8_lossy(bytes).into_owned()
    }

    #[test]
    fn run_records_a_journal_that_replay_reproduces() {
        let dir = scratch("cli-record");
        let script = dir.join("decisions.txt");
        let accepted: String = SCRIPT
            .lines()
            .filter(|l| !l.contains("nowhere"))
            .map(|l| format!("{l}\n"))
            .collect();
        std::fs::write(&script, accepted).expect("script");
        let journal = dir.join("exercise.journal");
        let (script, journal) = (script.to_str().unwrap(), journal.to_str().unwrap());
        let run = fluxsim(&[
            "run",
            &crate::support::fixture_path("kosovo-flux.ron"),
            "--commands",
            script,
            "--journal",
            journal,
        ]);
        assert!(run.status.success(), "{}", text(&run.stderr));
        let replay = fluxsim(&["replay", journal]);
        assert!(replay.status.success(), "{}", text(&replay.stderr));
        let (run_out, replay_out) = (text(&run.stdout), text(&replay.stdout));
        assert!(
            replay_out.starts_with(&run_out),
            "replay prints the run's summary first"
        );
        // The 21 scripted commands and, delivered by themselves, the MSEL's injects.
        let commands = 21 + crate::support::kosovo().msel.len();
        let expected = format!(
            "replayed {commands} commands, every digest matched ({} compared)\n",
            commands + 1
        );
        assert!(replay_out.ends_with(&expected), "{replay_out}");
    }

    #[test]
    fn run_resumes_a_killed_exercise_and_replay_refuses_a_damaged_one() {
        let dir = scratch("cli-resume");
        let script = dir.join("decisions.txt");
        let accepted: String = SCRIPT
            .lines()
            .filter(|l| !l.contains("nowhere"))
            .map(|l| format!("{l}\n"))
            .collect();
        std::fs::write(&script, accepted).expect("script");
        let whole = dir.join("whole.journal");
        let cut = dir.join("cut.journal");
        let (script, whole, cut) = (
            script.to_str().unwrap(),
            whole.to_str().unwrap(),
            cut.to_str().unwrap(),
        );
        let run = fluxsim(&[
            "run",
            &crate::support::fixture_path("kosovo-flux.ron"),
            "--commands",
            script,
            "--journal",
            whole,
        ]);
        assert!(run.status.success(), "{}", text(&run.stderr));
        // As if killed while writing the 8th command's line: keep 7 commands and a torn line.
        let recorded = std::fs::read_to_string(whole).expect("journal");
        let lines: Vec<&str> = recorded.lines().collect();
        let kept = lines[..15].join("\n") + "\n" + &lines[15][..20];
        std::fs::write(cut, kept).expect("cut");
        let resumed = fluxsim(&["run", "--resume", cut, "--commands", script]);
        let stderr = text(&resumed.stderr);
        assert!(resumed.status.success(), "{stderr}");
        assert!(
            stderr.contains("line 16 was cut off mid-write and is dropped"),
            "{stderr}"
        );
        assert_eq!(
            text(&resumed.stdout),
            text(&run.stdout),
            "same summary as the uninterrupted run"
        );
        assert_eq!(
            std::fs::read_to_string(cut).expect("resumed journal"),
            recorded,
            "the resumed journal is the uninterrupted one, line for line"
        );

        let damaged = recorded.replace("Digest(state: \"", "Digest(state: \"x");
        std::fs::write(cut, &damaged).expect("damaged");
        let replay = fluxsim(&["replay", cut]);
        assert_eq!(replay.status.code(), Some(1));
        let stderr = text(&replay.stderr);
        assert!(stderr.contains(&format!("{cut}:3:")), "{stderr}");
        assert!(
            stderr.contains("the journal's chain breaks here"),
            "{stderr}"
        );
        // Even with its chain made whole again, the damaged line is located.
        std::fs::write(cut, crate::support::rechained(&damaged)).expect("rechained");
        let replay = fluxsim(&["replay", cut]);
        assert_eq!(replay.status.code(), Some(1));
        let stderr = text(&replay.stderr);
        assert!(stderr.contains(&format!("{cut}:3:")), "{stderr}");
        assert!(stderr.contains("is not a digest"), "{stderr}");
    }
}

#[test]
fn a_headless_run_delivers_every_timed_msel_inject_at_its_time_with_its_values_filled() {
    // The shipped default: its timed injects at their time; its state-triggered ones (the
    // Vërmicë backlog, the outbreak in the Prizren camp) only when their condition holds.
    let scenario = crate::support::shipped("kosovo-flux.ron");
    let timed: Vec<_> = scenario
        .msel
        .iter()
        .filter(|i| i.trigger.is_none())
        .collect();
    let timeline = fluxsim::journal::with_msel(&scenario, Vec::new());
    assert_eq!(timeline.len(), timed.len());
    let mut sim = Simulation::new(&scenario, 1);
    let applied =
        fluxsim::journal::run_timeline(&mut sim, &timeline, scenario.exercise.duration, None)
            .expect("every inject is delivered");
    assert!(applied >= timed.len());
    assert!(
        sim.informed()
            .iter()
            .map(|i| fluxsim::i18n::Localized::localized(&i.what, fluxsim::i18n::Lang::En))
            .filter(|what| what.starts_with("inject "))
            .all(|what| !what.contains('{')),
        "no placeholder reaches a receiver"
    );
    for inject in timed {
        for to in &inject.to {
            let told = sim.informed().iter().any(|i| {
                &i.institution == to
                    && i.at_ms == inject.at.millis()
                    && i.what
                        .english()
                        .starts_with(&format!("inject {}:", inject.number))
            });
            assert!(
                told,
                "{to} heard of inject {} at T+{}",
                inject.number, inject.at
            );
        }
    }
}
