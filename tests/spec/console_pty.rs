//! The real binary in a pseudo-terminal: a facilitator starts the console with a journal,
//! pauses, delivers inject 3 and quits; the journal then replays to the same digest.

use std::io::{Read, Write};
use std::path::Path;
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use fluxsim::Command;
use fluxsim::journal::{Entry, read, replay};
use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

const BINARY: &str = env!("CARGO_BIN_EXE_fluxsim");
/// Generous: the machine may be busy building other things.
const PATIENCE: Duration = Duration::from_secs(120);
const ROWS: u16 = 40;
const COLS: u16 = 120;

/// The console running in a pseudo-terminal, its screen kept up to date by a vt100 parser.
struct Console {
    child: Box<dyn Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    output: Receiver<Vec<u8>>,
    screen: vt100::Parser,
    raw: Vec<u8>,
    _master: Box<dyn MasterPty + Send>,
}

impl Console {
    fn start(dir: &Path, args: &[&str]) -> Console {
        Console::start_sized(dir, args, (COLS, ROWS))
    }

    fn start_sized(dir: &Path, args: &[&str], (cols, rows): (u16, u16)) -> Console {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
        let mut command = CommandBuilder::new(BINARY);
        command.args(args);
        command.cwd(dir);
        command.env("TERM", "xterm-256color");
        let child = pair.slave.spawn_command(command).expect("fluxsim starts");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("pty reader");
        let writer = pair.master.take_writer().expect("pty writer");
        let (send, output) = channel();
        std::thread::spawn(move || {
            let mut chunk = [0u8; 8192];
            while let Ok(n) = reader.read(&mut chunk) {
                if n == 0 || send.send(chunk[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        Console {
            child,
            writer,
            output,
            screen: vt100::Parser::new(rows, cols, 0),
            raw: Vec::new(),
            _master: pair.master,
        }
    }

    fn text(&self) -> String {
        self.screen.screen().contents()
    }

    fn pump(&mut self, wait: Duration) {
        if let Ok(bytes) = self.output.recv_timeout(wait) {
            self.screen.process(&bytes);
            self.raw.extend_from_slice(&bytes);
        }
    }

    /// Waits until the screen shows `needle`.
    fn wait_for(&mut self, needle: &str) {
        let deadline = Instant::now() + PATIENCE;
        while !self.text().contains(needle) {
            assert!(
                Instant::now() < deadline,
                "`{needle}` never appeared; the screen:\n{}",
                self.text()
            );
            self.pump(Duration::from_millis(100));
        }
    }

    fn keys(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).expect("keys sent");
        self.writer.flush().expect("keys flushed");
    }

    /// Waits for the process to end, reading what it prints on the way out.
    fn exit_code(&mut self) -> u32 {
        let deadline = Instant::now() + PATIENCE;
        loop {
            self.pump(Duration::from_millis(100));
            if let Some(status) = self.child.try_wait().expect("child status") {
                // What was written just before the end.
                self.pump(Duration::from_millis(200));
                return status.exit_code();
            }
            assert!(Instant::now() < deadline, "the console did not quit");
        }
    }
}

#[test]
fn console_in_a_terminal_records_an_inject_that_replays_to_the_same_digest() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let mut console = Console::start(
        dir.path(),
        &[
            "console",
            &crate::support::fixture_path("kosovo-flux.ron"),
            "--journal",
            "exercise.journal",
        ],
    );
    console.wait_for("⏸ paused (1 h/s)");
    // Slow enough that no inject comes due while it runs: the pause is ours.
    console.keys("---");
    console.wait_for("⏸ paused (1 min/s)");
    console.keys(" ");
    console.wait_for("▶ running 1 min/s");
    console.keys(" ");
    console.wait_for("⏸ paused (1 min/s)");
    console.keys("5jjd");
    console.wait_for("delivered MSEL #3");
    console.keys("q");
    console.wait_for("Quit the exercise?");
    console.keys("y");
    assert_eq!(console.exit_code(), 0, "{}", console.text());
    let raw = String::from_utf8_lossy(&console.raw);
    assert!(raw.contains("\x1b[?1000h"), "mouse capture was switched on");
    let off = raw
        .rfind("\x1b[?1000l")
        .expect("mouse capture switched off");
    let on = raw.rfind("\x1b[?1000h").expect("switched on");
    assert!(off > on, "mouse capture is off at the end");
    assert!(raw.contains("\x1b[?1049l"), "the alternate screen was left");

    let path = dir.path().join("exercise.journal");
    let journal = read(&path).expect("the journal reads");
    let commands: Vec<_> = journal.commands().collect();
    assert_eq!(commands.len(), 1, "{commands:?}");
    assert_eq!(commands[0].command, Command::DeliverInject { number: 3 });
    let reached = journal
        .entries
        .iter()
        .find_map(|e| match e {
            Entry::Reached { state, .. } => Some(*state),
            _ => None,
        })
        .expect("quitting wrote where the exercise stopped");
    let scenario = crate::support::kosovo();
    let mut replayed =
        replay(&journal, &scenario, &crate::support::kosovo_source()).expect("replays");
    assert_eq!(replayed.sim.digest(), reached);

    let out = std::process::Command::new(BINARY)
        .args(["replay", "exercise.journal"])
        .current_dir(dir.path())
        .output()
        .expect("fluxsim replay runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("replayed 1 command, every digest matched (2 compared)"),
        "{stdout}"
    );
}

#[test]
fn console_replay_in_a_terminal_refuses_commands() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let mut live = Console::start(
        dir.path(),
        &[
            "console",
            &crate::support::fixture_path("kosovo-flux.ron"),
            "--journal",
            "exercise.journal",
        ],
    );
    live.wait_for("⏸ paused");
    live.keys("5d");
    live.wait_for("delivered MSEL #1");
    live.keys("qy");
    assert_eq!(live.exit_code(), 0, "{}", live.text());

    let mut replay = Console::start(dir.path(), &["console", "--replay", "exercise.journal"]);
    replay.wait_for("REPLAY (read-only)");
    replay.wait_for("command 0/1");
    replay.keys("]");
    replay.wait_for("command 1/1");
    replay.keys(":");
    replay.wait_for("replay is read-only");
    replay.keys("qy");
    assert_eq!(replay.exit_code(), 0, "{}", replay.text());
}

#[test]
fn at_80_by_24_a_delivery_is_confirmed_first_and_its_message_read_whole() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let mut console = Console::start_sized(
        dir.path(),
        &[
            "console",
            &crate::support::fixture_path("kosovo-flux.ron"),
            "--journal",
            "exercise.journal",
        ],
        (80, 24),
    );
    console.wait_for("⏸ paused (1 h/s)");
    // The clock stops by itself where the first inject comes due.
    console.keys(" ");
    console.wait_for("MSEL #1 due");
    console.keys("d");
    console.wait_for("MSEL #1 →");
    console.wait_for("Enter / y delivers");
    console.keys("\r");
    console.wait_for("delivered MSEL #1 to");
    // The footer cuts it and says where it is whole; the message log has every word.
    console.wait_for("m whole message");
    console.keys("m");
    console.wait_for("Messages, newest first");
    let flat: String = console
        .text()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let flat = flat.replace("│ │", " ").replace('│', "");
    let whole = flat.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        whole.contains("the Montenegro border has been closed since yesterday."),
        "{}",
        console.text()
    );
    console.keys("m");
    console.keys("q");
    console.wait_for("Quit the exercise?");
    console.keys("y");
    assert_eq!(console.exit_code(), 0, "{}", console.text());
    let journal = read(&dir.path().join("exercise.journal")).expect("the journal reads");
    let delivered: Vec<_> = journal.commands().map(|c| c.command.clone()).collect();
    assert_eq!(delivered, [Command::DeliverInject { number: 1 }]);
}

/// The address the Seats view says the seats are served at.
fn served_at(screen: &str) -> std::net::SocketAddr {
    let start = screen
        .find("served at http://")
        .expect("the address is shown")
        + 17;
    screen[start..]
        .split_whitespace()
        .next()
        .and_then(|a| a.trim_end_matches('│').parse().ok())
        .expect("an address")
}

#[test]
fn console_serve_opens_seats_and_a_resumed_console_brings_the_same_codes_back() {
    use fluxsim::console::seats::Codes;

    let dir = tempfile::tempdir().expect("temporary directory");
    let fixture = crate::support::fixture_path("kosovo-flux.ron");
    let args = [
        "console",
        fixture.as_str(),
        "--journal",
        "exercise.journal",
        "--serve",
        "--bind",
        "127.0.0.1:0",
    ];
    let mut live = Console::start(dir.path(), &args);
    live.wait_for("⏸ paused");
    live.keys("S");
    live.wait_for("served at http://127.0.0.1:");
    let addr = served_at(&live.text());
    let codes = Codes::read(&dir.path().join("exercise.journal.seats")).expect("sidecar");
    live.wait_for(&codes.seats["police"]);
    let projector = super::seats::http(addr, "GET", "/projector", None, None);
    assert_eq!(projector.status, 200);
    // S closes the Seats view, then quit.
    live.keys("Sqy");
    assert_eq!(live.exit_code(), 0, "{}", live.text());

    let resume = [
        "console",
        "--resume",
        "exercise.journal",
        fixture.as_str(),
        "--serve",
        "--bind",
        "127.0.0.1:0",
    ];
    let mut again = Console::start(dir.path(), &resume);
    again.wait_for("⏸ paused");
    again.keys("S");
    again.wait_for("served at http://127.0.0.1:");
    again.wait_for(&codes.seats["police"]);
    again.wait_for(&codes.evaluator);
    again.keys("Sqy");
    assert_eq!(again.exit_code(), 0, "{}", again.text());
    let text = std::fs::read_to_string(dir.path().join("exercise.journal")).expect("journal");
    assert_eq!(text.matches("SeatsOpened(").count(), 2, "{text}");

    let out = std::process::Command::new(BINARY)
        .args(["console", "--serve"])
        .current_dir(dir.path())
        .output()
        .expect("fluxsim runs");
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("--serve needs --journal"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
