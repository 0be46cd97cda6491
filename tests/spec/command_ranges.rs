//! The numbers a person or a script writes in a command are range-checked where they are
//! read, with the same located error as any bad line; nothing a command says can drive an
//! officer count below zero or past its type.

use fluxsim::journal::{self, JournalError, Tail};
use fluxsim::scenario::{Source, parse};
use fluxsim::{Command, CommandError, ControlAction, DecisionKind, Ranges, SimTime, Simulation};

fn base() -> fluxsim::Scenario {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/coordination/base.ron"
    );
    let text = std::fs::read_to_string(path).expect("the coordination base scenario");
    parse(&Source::new(path, text)).expect("it is valid")
}

/// Reads `line` as the third line of a script and returns the located error.
fn refused_at(line: &str) -> (usize, usize, String) {
    let script = format!(
        "// a script\nCommand(at: \"T+1h\", command: Control(OpenBcp(bcp: \"bcp\")))\n{line}\n"
    );
    match journal::parse("plan.commands", script.as_bytes(), Tail::Line) {
        Err(JournalError::Corrupt(corrupt)) => {
            let message = corrupt.to_string();
            assert!(
                message.starts_with(&format!("plan.commands:3:{}: ", corrupt.column)),
                "{message}"
            );
            (corrupt.line, corrupt.column, message)
        }
        Err(other) => panic!("expected a located error, got {other}"),
        Ok(_) => panic!("`{line}` was accepted"),
    }
}

/// The 1-based column of `needle` in `line`.
fn at(line: &str, needle: &str) -> usize {
    line.find(needle).expect("the value") + 1
}

#[test]
fn an_officer_change_beyond_its_range_is_refused_at_its_line_and_column() {
    let line =
        r#"Command(at: "T+2h", command: Control(ChangeOfficers(bcp: "bcp", by: -2147483648)))"#;
    let (number, column, message) = refused_at(line);
    assert_eq!(number, 3);
    let value = at(line, "-2147483648");
    assert!((value..value + 11).contains(&column), "column {column}");
    assert!(
        message.contains("`by: -2147483648` is out of range"),
        "{message}"
    );
    assert!(message.contains("10000 either way"), "{message}");
}

#[test]
fn a_count_that_does_not_fit_its_type_is_refused_at_its_line() {
    let line =
        r#"Command(at: "T+2h", command: Control(ChangeOfficers(bcp: "bcp", by: 2147483648)))"#;
    let (number, _, _) = refused_at(line);
    assert_eq!(number, 3);
}

#[test]
fn a_format_1_script_line_is_range_checked_too() {
    let line = r#"Command(at: "T+2h", command: DeployOfficers(by: "police", bcp: "bcp", officers: 4294967295))"#;
    let (_, column, message) = refused_at(line);
    assert_eq!(column, at(line, "4294967295"));
    assert!(
        message.contains("`officers: 4294967295` is out of range"),
        "{message}"
    );
}

#[test]
fn every_count_a_command_or_inject_names_has_a_limit() {
    let too_many = [
        (
            r#"Decision(by: "mia", decision: DeployOfficers(bcp: "bcp", officers: 10001))"#,
            "officers: 10001",
        ),
        (
            r#"Decision(by: "mia", decision: RequestInterpreters(language: "ar", count: 10001))"#,
            "count: 10001",
        ),
        (
            r#"Decision(by: "police", decision: ArrangeBuses(fleet: "f", buses: 10001))"#,
            "buses: 10001",
        ),
        (
            r#"Control(SetCapacity(site: "shelter", capacity: 10000001))"#,
            "capacity: 10000001",
        ),
        (
            r#"Inject(Surge(entry: "north", people: 10000001, over: "1h"))"#,
            "people: 10000001",
        ),
        (
            r#"Inject(Surge(entry: "north", people: 10, over: "366d"))"#,
            "over: \"366d\"",
        ),
        (
            r#"Inject(SiteIncident(site: "shelter", beds_lost: 10000001))"#,
            "beds_lost: 10000001",
        ),
        (
            r#"Inject(InterpreterShortage(language: "ar", interpreters: 10001))"#,
            "interpreters: 10001",
        ),
        (
            r#"Inject(OfficerShortage(bcp: "bcp", officers: 10001))"#,
            "officers: 10001",
        ),
        (
            r#"Inject(TransportBreakdown(fleet: "f", buses: 10001))"#,
            "buses: 10001",
        ),
    ];
    for (command, value) in too_many {
        let line = format!(r#"Command(at: "T+2h", command: {command})"#);
        let (_, _, message) = refused_at(&line);
        assert!(
            message.contains(&format!("`{value}` is out of range")),
            "{message}"
        );
    }
    // At the limit, the same lines read.
    let script = format!(
        "Command(at: \"T+2h\", command: Decision(by: \"mia\", decision: DeployOfficers(bcp: \"bcp\", officers: {})))\n",
        Ranges::OFFICERS
    );
    journal::parse("plan.commands", script.as_bytes(), Tail::Line).expect("at the limit");
}

#[test]
fn a_command_out_of_range_from_any_front_end_is_refused_and_changes_nothing() {
    let mut sim = Simulation::new(&base(), 3);
    sim.advance_to(SimTime::hours(1));
    let before = sim.digest();
    let changes = [
        Command::Control(ControlAction::ChangeOfficers {
            bcp: "bcp".into(),
            by: i32::MIN,
        }),
        Command::decision(
            "police",
            DecisionKind::DeployOfficers {
                bcp: "bcp".into(),
                officers: u32::MAX,
            },
        ),
    ];
    for command in changes {
        match sim.apply(&command) {
            Err(CommandError::OutOfRange(why)) => {
                assert!(why.to_string().contains("out of range"), "{why}")
            }
            other => panic!("expected a refusal, got {other:?}"),
        }
    }
    assert_eq!(sim.digest(), before);
}

#[test]
fn officers_taken_away_leave_no_fewer_than_zero_on_duty_and_come_back_when_added() {
    let servers = |sim: &mut Simulation| {
        sim.snapshot()
            .places
            .iter()
            .find(|p| p.id == "bcp")
            .map(|p| p.servers)
            .expect("the BCP")
    };
    let mut sim = Simulation::new(&base(), 3);
    sim.advance_to(SimTime::hours(1));
    assert_eq!(servers(&mut sim), 4);
    let change = |by| {
        Command::Control(ControlAction::ChangeOfficers {
            bcp: "bcp".into(),
            by,
        })
    };
    sim.apply(&change(-10_000)).expect("a shortage");
    sim.apply(&change(-10_000)).expect("a deeper shortage");
    assert_eq!(servers(&mut sim), 0, "nobody on duty, never fewer");
    sim.apply(&change(10_000)).expect("officers back");
    assert_eq!(servers(&mut sim), 0, "still 10,000 short of the shifts");
    sim.apply(&change(10_000)).expect("officers back");
    sim.apply(&change(10_000)).expect("more than the lanes");
    assert_eq!(servers(&mut sim), 4, "as many as the lanes");
}
