//! The journal is edit-evident (format 4 on): every line after the header carries a SHA-256
//! chain over the lines up to it, so a line deleted, inserted or edited is found with its
//! line number by every command that reads a journal; a line torn by a crash is still
//! recovered, and journals of earlier formats read and replay as before.

use std::path::{Path, PathBuf};

use fluxsim::journal::{self, JournalError, Tail};
use sha2::{Digest, Sha256};

use crate::support::{flat, fluxsim, path, scratch};

const V4: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/journals/v4");

/// The frozen format-4 exercise, with its scenario copy and scripts, in a scratch directory.
fn copied(dir: &Path) -> PathBuf {
    for file in [
        "exercise.journal",
        "resumed.journal",
        "crossing.ron",
        "resumed.commands",
    ] {
        std::fs::copy(Path::new(V4).join(file), dir.join(file)).expect("copied");
    }
    dir.join("exercise.journal")
}

fn lines(path: &Path) -> Vec<String> {
    std::fs::read_to_string(path)
        .expect("the journal")
        .lines()
        .map(str::to_string)
        .collect()
}

fn write_lines(path: &Path, lines: &[String]) {
    std::fs::write(path, lines.join("\n") + "\n").expect("written");
}

/// The line where reading the journal finds the chain broken.
fn broken_at(path: &Path) -> usize {
    match journal::read(path) {
        Err(JournalError::ChainBroken { line, .. }) => line,
        Err(other) => panic!("expected the chain to break, got {other}"),
        Ok(_) => panic!("{} reads as if unedited", path.display()),
    }
}

fn replay(journal: &Path, dir: &Path) -> std::process::Output {
    let scenario = dir.join("crossing.ron");
    fluxsim(&["replay", path(journal), "--scenario", path(&scenario)])
}

#[test]
fn every_line_after_the_header_carries_its_chain_value_as_a_ron_comment() {
    let lines = lines(&Path::new(V4).join("exercise.journal"));
    assert!(lines[0].starts_with("Header(format: 4,"), "{}", lines[0]);
    assert!(
        !lines[0].contains("// chain:"),
        "the header starts the chain"
    );
    for line in &lines[1..] {
        let (text, value) = line.rsplit_once(" // chain:").expect("a chain value");
        assert_eq!(value.len(), 32, "{line}");
        assert!(value.bytes().all(|b| b.is_ascii_hexdigit()), "{line}");
        assert!(!text.contains('\n'));
    }
}

#[test]
fn the_chain_is_sha256_over_the_value_before_and_the_line_as_documented() {
    // Recomputed here from the rule in docs/journal-format.md, not with fluxsim's own code.
    let first_128_bits = |bytes: &[u8]| -> String {
        Sha256::digest(bytes)
            .iter()
            .take(16)
            .map(|b| format!("{b:02x}"))
            .collect()
    };
    let lines = lines(&Path::new(V4).join("exercise.journal"));
    let mut value = first_128_bits(lines[0].as_bytes());
    for line in &lines[1..] {
        let (text, written) = line.rsplit_once(" // chain:").expect("a chain value");
        value = first_128_bits(format!("{value}{text}").as_bytes());
        assert_eq!(written, value, "{line}");
    }
    let read = journal::read(&Path::new(V4).join("exercise.journal")).expect("reads");
    assert_eq!(read.chain.as_ref().map(|c| c.hex()), Some(value.as_str()));
    assert_eq!(read.chained_lines, lines.len() - 1);
}

#[test]
fn a_deleted_digest_line_is_found_with_its_line_number() {
    let dir = scratch("chain-deleted");
    let journal = copied(&dir);
    let mut lines = lines(&journal);
    assert!(lines[4].starts_with("Digest("), "{}", lines[4]);
    lines.remove(4);
    write_lines(&journal, &lines);
    assert_eq!(broken_at(&journal), 5);

    let out = replay(&journal, &dir);
    assert_eq!(out.status.code(), Some(1));
    let stderr = flat(&out.stderr);
    assert!(
        stderr.contains(&format!(
            "{}:5: line 5 was changed, or a line before it was removed or inserted: the journal's chain breaks here",
            path(&journal)
        )),
        "{stderr}"
    );
    assert!(out.stdout.is_empty(), "no summary of an edited journal");
}

#[test]
fn an_edited_command_value_is_found_with_its_line_number() {
    let dir = scratch("chain-edited");
    let journal = copied(&dir);
    let mut lines = lines(&journal);
    assert!(lines[1].contains("ChangeOfficers(bcp: \"bcp\", by: 1)"));
    lines[1] = lines[1].replace("by: 1)", "by: 9)");
    write_lines(&journal, &lines);
    assert_eq!(broken_at(&journal), 2);
}

#[test]
fn an_inserted_line_is_found_whether_or_not_it_carries_a_chain_value() {
    let dir = scratch("chain-inserted");
    let journal = copied(&dir);
    let original = lines(&journal);

    // A line copied from elsewhere in the journal, chain value and all.
    let mut copied_in = original.clone();
    copied_in.insert(6, original[3].clone());
    write_lines(&journal, &copied_in);
    assert_eq!(broken_at(&journal), 7);

    // A line written by hand, without one.
    let mut by_hand = original.clone();
    by_hand.insert(
        6,
        "Command(at: \"T+2h\", command: Note(text: \"added later\"), origin: Facilitator)".into(),
    );
    write_lines(&journal, &by_hand);
    match journal::read(&journal) {
        Err(JournalError::ChainMissing { line, .. }) => assert_eq!(line, 7),
        Err(other) => panic!("expected a line without a chain value, got {other}"),
        Ok(_) => panic!("an inserted line must be found"),
    }

    // Even a blank line or a comment: fluxsim never writes one into a journal.
    let mut blank = original;
    blank.insert(2, String::new());
    write_lines(&journal, &blank);
    assert!(matches!(
        journal::read(&journal),
        Err(JournalError::ChainMissing { line: 3, .. })
    ));
}

#[test]
fn report_refuses_an_edited_journal_and_writes_nothing() {
    let dir = scratch("chain-report");
    let journal = copied(&dir);
    let mut lines = lines(&journal);
    assert!(lines[3].contains("T+1h30m"), "{}", lines[3]);
    lines[3] = lines[3].replace("T+1h30m", "T+1h40m");
    write_lines(&journal, &lines);
    let aar = dir.join("aar.html");
    let out = fluxsim(&[
        "report",
        path(&journal),
        "-o",
        path(&aar),
        "--scenario",
        path(&dir.join("crossing.ron")),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        flat(&out.stderr).contains("line 4 was changed"),
        "{}",
        flat(&out.stderr)
    );
    assert!(!aar.exists());
}

#[test]
fn replay_of_an_unedited_journal_gives_the_chain_s_last_value_to_cite() {
    let dir = scratch("chain-replay");
    let journal = copied(&dir);
    let last = lines(&journal)
        .last()
        .and_then(|l| l.rsplit_once(" // chain:").map(|(_, v)| v.to_string()))
        .expect("a chained last line");
    let out = replay(&journal, &dir);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{}", flat(&out.stderr));
    assert!(
        stdout.contains(&format!(
            "the journal's chain is unbroken over its 37 lines after the header; its last value is {last}"
        )),
        "{stdout}"
    );
}

#[test]
fn a_torn_last_line_is_still_recovered_and_resume_continues_the_chain() {
    // Recorded here (not the frozen copy), so it is of this build's digest scheme and model.
    let dir = scratch("chain-torn");
    copied(&dir);
    std::fs::copy(
        Path::new(V4).join("refused.commands"),
        dir.join("refused.commands"),
    )
    .expect("copied");
    let journal = dir.join("recorded.journal");
    let scenario = dir.join("crossing.ron");
    let run = |script: &str, how: &str| {
        fluxsim(&[
            "run",
            path(&scenario),
            how,
            path(&journal),
            "--commands",
            path(&dir.join(script)),
        ])
    };
    let stopped = run("refused.commands", "--journal");
    assert_eq!(
        stopped.status.code(),
        Some(1),
        "stops at the refused command"
    );
    let resumed = run("resumed.commands", "--resume");
    assert!(resumed.status.success(), "{}", flat(&resumed.stderr));
    let whole = std::fs::read(&journal).expect("the journal");
    assert!(journal::read(&journal).expect("reads").chain.is_some());

    // Killed while writing the last line: its first 30 bytes reached the disk.
    let last_start = whole[..whole.len() - 1]
        .iter()
        .rposition(|&b| b == b'\n')
        .expect("lines")
        + 1;
    std::fs::write(&journal, &whole[..last_start + 30]).expect("torn");
    let read = journal::read(&journal).expect("a torn line is not an edit");
    let torn = read.torn.as_ref().expect("the torn line is set aside");
    assert_eq!(
        torn.line,
        whole[..last_start].split(|&b| b == b'\n').count()
    );

    let again = run("resumed.commands", "--resume");
    assert!(again.status.success(), "{}", flat(&again.stderr));
    assert_eq!(
        std::fs::read(&journal).expect("the resumed journal"),
        whole,
        "the resumed journal, chain and all, is the uninterrupted one byte for byte"
    );
    assert!(replay(&journal, &dir).status.success());
}

#[test]
fn an_edited_journal_still_serves_as_a_command_script() {
    let dir = scratch("chain-script");
    let journal = copied(&dir);
    let mut lines = lines(&journal);
    // A command taken out with its digest line, by hand.
    let at = lines
        .iter()
        .position(|l| l.contains("SetRole(institution: \"social\", role: Absent)"))
        .expect("the command");
    lines.drain(at..at + 2);
    write_lines(&journal, &lines);
    assert!(journal::read(&journal).is_err(), "not as a journal");
    let script = journal::read_as(&journal, Tail::Line).expect("reads as a script");
    let commands = journal::script_commands(&script);
    assert_eq!(
        commands.len(),
        17,
        "every command line left, its chain comment read past"
    );
}

#[test]
fn journals_of_formats_1_to_3_carry_no_chain_and_replay_as_before() {
    let frozen = Path::new(V4).parent().expect("the frozen journals");
    for format in 1..=3 {
        let dir = frozen.join(format!("v{format}"));
        let exercise = dir.join("exercise.journal");
        let read = journal::read(&exercise).expect("reads");
        assert_eq!(read.header.as_ref().map(|h| h.format), Some(format));
        assert!(read.chain.is_none(), "format {format} has no chain");
        let out = replay(&exercise, &dir);
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "v{format}: {}", flat(&out.stderr));
        assert!(!stdout.contains("chain"), "v{format}: {stdout}");
    }
}

#[test]
fn the_report_cites_the_chain_s_last_value_it_checked() {
    let dir = scratch("chain-report-cites");
    let journal = copied(&dir);
    let last = lines(&journal)
        .last()
        .and_then(|l| l.rsplit_once(" // chain:").map(|(_, v)| v.to_string()))
        .expect("a chained last line");
    let aar = dir.join("aar.md");
    let out = fluxsim(&[
        "report",
        path(&journal),
        "-o",
        path(&aar),
        "--scenario",
        path(&dir.join("crossing.ron")),
        "--lang",
        "en",
    ]);
    assert!(out.status.success(), "{}", flat(&out.stderr));
    let report = std::fs::read_to_string(&aar).expect("the report");
    let row = report
        .lines()
        .find(|l| l.contains("Journal chain (last value; checked)"))
        .expect("an overview row for the chain");
    assert!(row.contains(&last), "{row}");
}

mod properties {
    use fluxsim::journal::{self, Tail};
    use proptest::prelude::*;
    use proptest::sample::Index;
    use proptest::test_runner::Config;

    fn recorded() -> Vec<u8> {
        std::fs::read(std::path::Path::new(super::V4).join("resumed.journal")).expect("journal")
    }

    /// Line breaks are not content: a `\r` before one is read past.
    fn unix(bytes: &[u8]) -> Vec<u8> {
        String::from_utf8_lossy(bytes)
            .replace("\r\n", "\n")
            .into_bytes()
    }

    proptest! {
        #![proptest_config(Config { cases: 96, failure_persistence: None, ..Config::default() })]

        /// Bytes replaced, inserted or removed anywhere, or a line repeated, dropped or moved:
        /// whatever a journal read accepts of it is what was recorded, up to a line the
        /// recording had not finished (a torn last line), never an edited record.
        #[test]
        fn what_is_accepted_of_a_damaged_journal_is_a_beginning_of_the_recording(
            kind in 0u8..6,
            at in any::<Index>(),
            to in any::<Index>(),
            len in 0usize..40,
            bytes in proptest::collection::vec(
                prop_oneof![any::<u8>(), Just(b'\n'), Just(b'"'), Just(b'9'), Just(b' ')],
                0..16,
            ),
        ) {
            let original = recorded();
            let mut damaged = original.clone();
            let i = at.index(damaged.len());
            let end = (i + len).min(damaged.len());
            let mut lines: Vec<Vec<u8>> = original
                .split_inclusive(|&b| b == b'\n')
                .map(<[u8]>::to_vec)
                .collect();
            let k = at.index(lines.len());
            match kind {
                0 => { damaged.splice(i..end, bytes.iter().copied()); }
                1 => { damaged.splice(i..i, bytes.iter().copied()); }
                2 => { damaged.drain(i..end); }
                3 => { let line = lines[k].clone(); lines.insert(to.index(lines.len() + 1), line); damaged = lines.concat(); }
                4 => { lines.remove(k); damaged = lines.concat(); }
                _ => { let line = lines.remove(k); lines.insert(to.index(lines.len() + 1), line); damaged = lines.concat(); }
            }
            if let Ok(read) = journal::parse("damaged.journal", &damaged, Tail::Torn) {
                let complete = match read.torn {
                    Some(_) => damaged[..=damaged.iter().rposition(|&b| b == b'\n').unwrap_or(0)].to_vec(),
                    None => damaged.clone(),
                };
                let complete = if read.torn.is_some() && !damaged.contains(&b'\n') { Vec::new() } else { complete };
                prop_assert!(
                    unix(&original).starts_with(&unix(&complete)),
                    "accepted an edited record:\n{}",
                    String::from_utf8_lossy(&complete)
                );
            }
        }
    }
}

#[test]
fn a_removed_header_or_one_changed_to_an_unchained_format_breaks_the_chain() {
    let dir = scratch("chain-header");
    let journal = copied(&dir);
    let original = lines(&journal);
    write_lines(&journal, &original[1..]);
    assert_eq!(broken_at(&journal), 1);
    let mut downgraded = original.clone();
    downgraded[0] = downgraded[0].replace("format: 4", "format: 3");
    write_lines(&journal, &downgraded);
    assert_eq!(broken_at(&journal), 2);
}
