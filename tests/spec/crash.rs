//! Killed mid-write: the real `fluxsim run`, recording the journal of a scripted exercise on
//! the default scenario, is killed with SIGKILL at pseudo-random points; each time
//! `run --resume` completes the journal into the uninterrupted one, byte for byte, and ends
//! in the same state.

use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::{Command as Process, Stdio};
use std::time::Duration;

use fluxsim::journal::{self, Entry};
use rand::rngs::ChaCha8Rng;
use rand::{RngExt, SeedableRng};

use crate::support::scratch;
use crate::support::{fluxsim, path};

/// Kill points, drawn once from this seed (fixed before the test was written); 50 of them
/// run in well under a minute.
const KILL_SEED: u64 = 51;
const KILLS: usize = 50;

/// The journal spec's 21 accepted commands; with the MSEL's injects a headless run records
/// 36 commands. Each line is synced to the disk before the command applies and again after
/// its digest, which is what makes the recording last long enough to be killed in the middle.
fn script() -> String {
    crate::journal::SCRIPT
        .lines()
        .filter(|l| !l.contains("nowhere"))
        .map(|l| format!("{l}\n"))
        .collect()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Starts recording into `journal` and kills the process with SIGKILL once the journal holds
/// `bytes` bytes; returns what it had written by then.
fn record_and_kill(script: &Path, journal: &Path, bytes: u64) -> Vec<u8> {
    let mut child = Process::new(env!("CARGO_BIN_EXE_fluxsim"))
        .args([
            "run",
            &crate::support::fixture_path("kosovo-flux.ron"),
            "--commands",
            path(script),
            "--journal",
            path(journal),
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("fluxsim starts");
    loop {
        let written = std::fs::metadata(journal).map_or(0, |m| m.len());
        if written >= bytes {
            break;
        }
        if let Some(status) = child.try_wait().expect("the child can be waited for") {
            panic!("the run ended ({status}) before its journal reached {bytes} bytes");
        }
        std::thread::sleep(Duration::from_micros(200));
    }
    child.kill().expect("SIGKILL sent");
    let status = child.wait().expect("the child is reaped");
    assert_eq!(
        status.signal(),
        Some(9),
        "killed mid-run by SIGKILL at byte {bytes}, not finished ({status})"
    );
    std::fs::read(journal).expect("the killed run's journal")
}

#[test]
fn a_run_killed_anywhere_while_journaling_resumes_to_the_uninterrupted_digest() {
    let dir = scratch("crash-kill");
    let script_path = dir.join("decisions.txt");
    std::fs::write(&script_path, script()).expect("script");
    let whole = dir.join("whole.journal");
    let uninterrupted = fluxsim(&[
        "run",
        &crate::support::fixture_path("kosovo-flux.ron"),
        "--commands",
        path(&script_path),
        "--journal",
        path(&whole),
    ]);
    assert!(
        uninterrupted.status.success(),
        "{}",
        text(&uninterrupted.stderr)
    );
    let full = std::fs::read(&whole).expect("journal");
    let recorded = journal::read(&whole).expect("reads");
    assert!(
        recorded.commands().count() >= 20,
        "a scripted run of 20+ commands"
    );
    let Some(Entry::Reached { state: last, .. }) = recorded.entries.last() else {
        panic!("the uninterrupted journal ends with its checkpoint");
    };

    let mut rng = ChaCha8Rng::seed_from_u64(KILL_SEED);
    let header = full.iter().position(|&b| b == b'\n').expect("a header") as u64 + 1;
    let (mut pending, mut settled) = (0, 0);
    for kill in 0..KILLS {
        // Anywhere in the first 80 %, so the run is still going when the kill lands.
        let at = rng.random_range(header..full.len() as u64 * 8 / 10);
        let cut = dir.join(format!("killed-{kill}.journal"));
        let left = record_and_kill(&script_path, &cut, at);
        assert!(
            full.starts_with(&left),
            "kill {kill} at byte {at}: what was written is the beginning of the uninterrupted journal"
        );
        // Killed between a command's line and its outcome's, or after a complete pair.
        let last_line = left.rsplit(|&b| b == b'\n').find(|l| !l.is_empty());
        if last_line.is_some_and(|l| l.starts_with(b"Command(")) {
            pending += 1;
        } else {
            settled += 1;
        }
        let resumed = fluxsim(&[
            "run",
            "--resume",
            path(&cut),
            "--commands",
            path(&script_path),
        ]);
        assert!(
            resumed.status.success(),
            "kill {kill} at byte {at}: {}",
            text(&resumed.stderr)
        );
        assert_eq!(
            text(&resumed.stdout),
            text(&uninterrupted.stdout),
            "kill {kill} at byte {at}: the same summary"
        );
        let after = journal::read(&cut).expect("the resumed journal reads");
        assert!(
            matches!(after.entries.last(), Some(Entry::Reached { state, .. }) if state == last),
            "kill {kill} at byte {at}: the final digest of the uninterrupted run"
        );
        assert!(
            std::fs::read(&cut).expect("resumed") == full,
            "kill {kill} at byte {at}: the resumed journal is the uninterrupted one, byte for byte"
        );
    }
    eprintln!("{KILLS} kills: {pending} before a command's outcome was written, {settled} after");
}
