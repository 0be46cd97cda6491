//! Nothing lost: every command that writes a file refuses to write onto one of its inputs,
//! refuses to replace an existing file unless given --force, and writes through a temporary
//! file renamed into place, so a failure mid-write leaves the old file as it was.

use std::io::Write;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::process::{Command as Process, Output};

use fluxsim::output::{Input, Output as Target, OutputError};

use crate::support::scratch;
use crate::support::{fluxsim, path};

/// Standard error on one line (miette wraps long messages).
fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr)
        .split_whitespace()
        .filter(|w| *w != "│")
        .collect::<Vec<_>>()
        .join(" ")
}

fn refused(out: &Output, says: &str) {
    assert_eq!(out.status.code(), Some(1), "{}", stderr(out));
    assert!(
        stderr(out).contains(says),
        "expected «{says}» in: {}",
        stderr(out)
    );
}

fn inode(p: &Path) -> u64 {
    std::fs::metadata(p).expect("file").ino()
}

/// A scenario file (the tutorial) and a six-hour exercise recorded on it in `journal_name`;
/// the journal's header names the scenario file.
fn exercise(dir: &Path, scenario_name: &str, journal_name: &str) -> (PathBuf, PathBuf) {
    let scenario = dir.join(scenario_name);
    std::fs::copy(
        concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/tutorial.ron"),
        &scenario,
    )
    .expect("scenario copied");
    let journal = dir.join(journal_name);
    let run = fluxsim(&[
        "run",
        path(&scenario),
        "--until",
        "6h",
        "--journal",
        path(&journal),
    ]);
    assert!(run.status.success(), "{}", stderr(&run));
    (scenario, journal)
}

#[test]
fn report_never_writes_onto_its_journal_or_scenario_and_replaces_a_file_only_when_forced() {
    let dir = scratch("outputs-report");
    // A journal may have any extension, a scenario too.
    let (scenario, journal) = exercise(&dir, "tut.md", "exercise.html");
    let recorded = std::fs::read(&journal).expect("journal");
    let tutorial = std::fs::read(&scenario).expect("scenario");

    let onto_journal = fluxsim(&["report", path(&journal), "-o", path(&journal), "--force"]);
    refused(
        &onto_journal,
        &format!(
            "{} is a journal this command reads; the report needs a file of its own",
            path(&journal)
        ),
    );
    let onto_scenario = fluxsim(&["report", path(&journal), "-o", path(&scenario), "--force"]);
    refused(
        &onto_scenario,
        &format!("{} is the scenario this command reads", path(&scenario)),
    );
    // The same file by another name is the same file.
    let dotted = dir.join(".").join("tut.md");
    let by_alias = fluxsim(&[
        "report",
        path(&journal),
        "--scenario",
        path(&dotted),
        "-o",
        path(&scenario),
        "--force",
    ]);
    refused(&by_alias, "is the scenario this command reads");
    assert_eq!(std::fs::read(&journal).expect("journal"), recorded);
    assert_eq!(std::fs::read(&scenario).expect("scenario"), tutorial);

    let aar = dir.join("aar.md");
    std::fs::write(&aar, "an earlier report\n").expect("earlier report");
    let again = fluxsim(&["report", path(&journal), "-o", path(&aar)]);
    refused(&again, &format!("{} already exists", path(&aar)));
    assert!(stderr(&again).contains("--force"), "{}", stderr(&again));
    assert_eq!(
        std::fs::read_to_string(&aar).expect("kept"),
        "an earlier report\n"
    );

    let before = inode(&aar);
    let forced = fluxsim(&["report", path(&journal), "-o", path(&aar), "--force"]);
    assert!(forced.status.success(), "{}", stderr(&forced));
    assert!(
        std::fs::read_to_string(&aar)
            .expect("report")
            .starts_with('#')
    );
    assert_ne!(
        inode(&aar),
        before,
        "the report was renamed into place, not written into the old file"
    );
}

#[test]
fn export_csv_checks_every_file_first_and_writes_none_when_one_exists() {
    let dir = scratch("outputs-export");
    let (_, journal) = exercise(&dir, "tut.ron", "exercise.journal");
    let out = dir.join("tables");
    std::fs::create_dir(&out).expect("directory");
    std::fs::write(out.join("places.csv"), "keep me\n").expect("an earlier table");
    std::fs::write(out.join("gaps.csv"), "keep me too\n").expect("an earlier table");

    let refused_run = fluxsim(&["export", path(&journal), "--csv", path(&out)]);
    refused(
        &refused_run,
        &format!(
            "{} already holds places.csv, gaps.csv; nothing was written",
            path(&out)
        ),
    );
    let mut left: Vec<String> = std::fs::read_dir(&out)
        .expect("directory")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(
        left,
        ["gaps.csv", "places.csv"],
        "no other file was written"
    );
    assert_eq!(
        std::fs::read_to_string(out.join("places.csv")).expect("kept"),
        "keep me\n"
    );

    let forced = fluxsim(&["export", path(&journal), "--csv", path(&out), "--force"]);
    assert!(forced.status.success(), "{}", stderr(&forced));
    assert!(
        std::fs::read_to_string(out.join("places.csv"))
            .expect("table")
            .starts_with("place,")
    );

    // A journal that sits in the directory under a table's name is an input, forced or not.
    let inside = out.join("series.csv");
    std::fs::copy(&journal, &inside).expect("journal copied");
    let onto = fluxsim(&["export", path(&inside), "--csv", path(&out), "--force"]);
    refused(&onto, "is a journal this command reads");
    assert!(
        std::fs::read_to_string(&inside)
            .expect("journal")
            .starts_with("Header(")
    );
}

#[test]
fn msel_export_never_replaces_the_scenario_or_an_existing_file_unless_forced() {
    let dir = scratch("outputs-msel-export");
    let (scenario, journal) = exercise(&dir, "tut.ron", "exercise.journal");
    let tutorial = std::fs::read(&scenario).expect("scenario");
    let recorded = std::fs::read(&journal).expect("journal");

    let onto = fluxsim(&[
        "msel",
        "export",
        path(&scenario),
        "-o",
        path(&scenario),
        "--force",
    ]);
    refused(
        &onto,
        &format!(
            "{} is the scenario the MSEL is read from; the MSEL needs a file of its own",
            path(&scenario)
        ),
    );
    let over = fluxsim(&["msel", "export", path(&scenario), "-o", path(&journal)]);
    refused(&over, &format!("{} already exists", path(&journal)));
    assert_eq!(std::fs::read(&scenario).expect("scenario"), tutorial);
    assert_eq!(std::fs::read(&journal).expect("journal"), recorded);

    let csv = dir.join("msel.csv");
    let first = fluxsim(&["msel", "export", path(&scenario), "-o", path(&csv)]);
    assert!(first.status.success(), "{}", stderr(&first));
    let forced = fluxsim(&[
        "msel",
        "export",
        path(&scenario),
        "-o",
        path(&csv),
        "--force",
    ]);
    assert!(forced.status.success(), "{}", stderr(&forced));
}

#[test]
fn msel_import_into_replaces_the_scenario_in_one_step_keeping_a_backup() {
    let dir = scratch("outputs-msel-import");
    let (scenario, _) = exercise(&dir, "tut.ron", "exercise.journal");
    let tutorial = std::fs::read_to_string(&scenario).expect("scenario");
    let csv = dir.join("msel.csv");
    let export = fluxsim(&["msel", "export", path(&scenario), "-o", path(&csv)]);
    assert!(export.status.success(), "{}", stderr(&export));

    let before = inode(&scenario);
    let import = fluxsim(&["msel", "import", path(&csv), "--into", path(&scenario)]);
    assert!(import.status.success(), "{}", stderr(&import));
    assert!(
        stderr(&import).contains(&format!("its previous text is in {}.bak", path(&scenario))),
        "{}",
        stderr(&import)
    );
    let backup = PathBuf::from(format!("{}.bak", path(&scenario)));
    assert_eq!(
        std::fs::read_to_string(&backup).expect("backup"),
        tutorial,
        "the backup holds the scenario as it was"
    );
    assert_ne!(
        inode(&scenario),
        before,
        "the scenario was renamed into place, not truncated and rewritten"
    );

    // With --output, neither input may be the output, and an existing file needs --force.
    let onto_csv = fluxsim(&[
        "msel",
        "import",
        path(&csv),
        "--into",
        path(&scenario),
        "-o",
        path(&csv),
        "--force",
    ]);
    refused(&onto_csv, "is the MSEL spreadsheet being imported");
    let onto_into = fluxsim(&[
        "msel",
        "import",
        path(&csv),
        "--into",
        path(&scenario),
        "-o",
        path(&scenario),
    ]);
    refused(&onto_into, "leave out --output to replace it in place");
    let over = fluxsim(&[
        "msel",
        "import",
        path(&csv),
        "--into",
        path(&scenario),
        "-o",
        path(&backup),
    ]);
    refused(&over, &format!("{} already exists", path(&backup)));
    assert_eq!(std::fs::read_to_string(&backup).expect("backup"), tutorial);
}

#[test]
fn fork_with_force_replaces_the_file_in_one_step() {
    let dir = scratch("outputs-fork");
    let (_, journal) = exercise(&dir, "tut.ron", "exercise.journal");
    let branch = dir.join("whatif.journal");
    std::fs::write(&branch, "an earlier branch\n").expect("earlier branch");
    let before = inode(&branch);
    let forked = fluxsim(&[
        "fork",
        path(&journal),
        "--at",
        "3h",
        "-o",
        path(&branch),
        "--force",
    ]);
    assert!(forked.status.success(), "{}", stderr(&forked));
    assert!(
        std::fs::read_to_string(&branch)
            .expect("fork")
            .starts_with("Header(")
    );
    assert_ne!(inode(&branch), before, "renamed into place");
}

/// A file whose disk fills up after `room` bytes.
struct FullDisk {
    file: std::fs::File,
    room: usize,
}

impl Write for FullDisk {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.room == 0 {
            return Err(std::io::Error::new(
                std::io::ErrorKind::StorageFull,
                "No space left on device",
            ));
        }
        let n = buf.len().min(self.room);
        self.room -= n;
        self.file.write(&buf[..n])
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.file.flush()
    }
}

#[test]
fn a_disk_full_mid_write_leaves_the_old_file_as_it_was_and_no_temporary_file() {
    let dir = scratch("outputs-full-disk");
    let scenario = dir.join("k.ron");
    std::fs::write(&scenario, "the facilitator's scenario\n").expect("scenario");
    let target = Target::new(&scenario, "the new scenario", true, &[]).expect("forced");
    let new = "a much longer new scenario text ".repeat(1000);
    let err = target
        .write_through(new.as_bytes(), |file| {
            Box::new(FullDisk { file, room: 4096 })
        })
        .expect_err("the disk is full");
    assert!(matches!(err, OutputError::Io { .. }), "{err}");
    assert_eq!(
        err.to_string(),
        format!(
            "cannot write {}: No space left on device; the file that was there is unchanged",
            path(&scenario)
        )
    );
    assert_eq!(
        std::fs::read_to_string(&scenario).expect("scenario"),
        "the facilitator's scenario\n"
    );
    let files: Vec<_> = std::fs::read_dir(&*dir)
        .expect("dir")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(files, ["k.ron"], "the temporary file is removed");

    // And a new file that could not be written is not left half-written either.
    let fresh = dir.join("aar.md");
    let target = Target::new(&fresh, "the report", false, &[Input::new(&scenario, "x")])
        .expect("a new file");
    let err = target
        .write_through(new.as_bytes(), |file| Box::new(FullDisk { file, room: 10 }))
        .expect_err("the disk is full");
    assert!(err.to_string().ends_with("no file was left there"), "{err}");
    assert!(!fresh.exists());
}

#[test]
fn export_csv_writes_a_place_named_like_a_formula_as_text() {
    let dir = scratch("outputs-export-formula");
    let scenario = dir.join("tut.ron");
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/scenarios/tutorial.ron"
    ))
    .expect("tutorial")
    .replacen(
        "name: \"Border crossing\"",
        "name: \"=HYPERLINK(\\\"http://x\\\")\"",
        1,
    );
    std::fs::write(&scenario, text).expect("scenario");
    let journal = dir.join("exercise.journal");
    let run = fluxsim(&[
        "run",
        path(&scenario),
        "--until",
        "2h",
        "--journal",
        path(&journal),
    ]);
    assert!(run.status.success(), "{}", stderr(&run));
    let out = dir.join("tables");
    let export = fluxsim(&["export", path(&journal), "--csv", path(&out)]);
    assert!(export.status.success(), "{}", stderr(&export));
    let places = std::fs::read_to_string(out.join("places.csv")).expect("places");
    assert!(
        places.contains("bcp,\"'=HYPERLINK(\"\"http://x\"\")\",bcp,"),
        "{places}"
    );
}

#[test]
fn replay_from_another_directory_names_the_headers_scenario_and_suggests_scenario() {
    let dir = scratch("outputs-elsewhere");
    std::fs::copy(
        concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/tutorial.ron"),
        dir.join("tut.ron"),
    )
    .expect("scenario");
    let recorded = Process::new(env!("CARGO_BIN_EXE_fluxsim"))
        .current_dir(&*dir)
        .args(["run", "tut.ron", "--until", "2h", "--journal", "ex.journal"])
        .output()
        .expect("fluxsim runs");
    assert!(recorded.status.success(), "{}", stderr(&recorded));
    let journal = dir.join("ex.journal");
    let elsewhere = fluxsim(&["replay", path(&journal)]);
    refused(
        &elsewhere,
        &format!(
            "cannot read tut.ron, the scenario named in the header of {}",
            path(&journal)
        ),
    );
    assert!(stderr(&elsewhere).contains("--scenario FILE"));
    let given = fluxsim(&[
        "replay",
        path(&journal),
        "--scenario",
        path(&dir.join("tut.ron")),
    ]);
    assert!(given.status.success(), "{}", stderr(&given));
}

#[test]
fn an_msel_in_a_windows_code_page_read_as_utf8_is_refused_naming_the_row_and_how_to_save_it() {
    let dir = scratch("outputs-cp1250");
    let (scenario, _) = exercise(&dir, "tut.ron", "exercise.journal");
    let before = std::fs::read(&scenario).expect("scenario");
    let csv = dir.join("msel.csv");
    // "Vërmicë" and "č" as Windows-1250 writes them (ë = 0xEB, č = 0xE8).
    let mut sheet = b"number,time,synopsis,from,to\n1,T+1h,ok,control,\n2,T+2h,\"V".to_vec();
    sheet.extend([0xEB]);
    sheet.extend(b"rmic");
    sheet.extend([0xEB, 0xE8]);
    sheet.extend(b"\",control,\n");
    std::fs::write(&csv, &sheet).expect("csv");
    // Without --encoding it would be read as Windows-1250 (tests/spec/msel_csv.rs).
    let out = fluxsim(&[
        "msel",
        "import",
        path(&csv),
        "--into",
        path(&scenario),
        "--encoding",
        "utf-8",
    ]);
    refused(&out, "row 3 is not UTF-8 text");
    assert!(stderr(&out).contains("CSV UTF-8"), "{}", stderr(&out));
    assert_eq!(std::fs::read(&scenario).expect("scenario"), before);
}

#[test]
fn export_never_writes_over_the_observed_series_its_scenario_reads_even_when_forced() {
    let dir = scratch("outputs-series");
    // The series is named like the DTM table the export writes, in the export's directory.
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/observed");
    let text = std::fs::read_to_string(format!("{fixtures}/series.ron")).expect("scenario");
    let scenario = dir.join("series.ron");
    std::fs::write(
        &scenario,
        text.replace("Observed(\"series.csv\")", "Observed(\"dtm_flows.csv\")"),
    )
    .expect("scenario written");
    let series = dir.join("dtm_flows.csv");
    std::fs::copy(format!("{fixtures}/series.csv"), &series).expect("series copied");
    let before = std::fs::read(&series).expect("series");
    let journal = dir.join("exercise.journal");
    let run = fluxsim(&[
        "run",
        path(&scenario),
        "--until",
        "6h",
        "--journal",
        path(&journal),
    ]);
    assert!(run.status.success(), "{}", stderr(&run));

    let out = fluxsim(&["export", path(&journal), "--csv", path(&dir), "--force"]);
    refused(
        &out,
        &format!(
            "{} is the observed series; the CSV export needs a file of its own",
            path(&series)
        ),
    );
    assert_eq!(std::fs::read(&series).expect("series"), before);
    // Nothing else was written either: every file is checked before the replay.
    assert!(!dir.join("people.csv").exists());
}
