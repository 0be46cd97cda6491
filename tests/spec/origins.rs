//! Who gave each command: every journaled command records its origin (the facilitator,
//! players at the console or at their seat, the MSEL), the decision log keeps it beside the
//! decisions the engine took for simulated institutions, and players act only for their
//! own institution.

use fluxsim::i18n::{Lang, Localized};
use fluxsim::journal::{self, Header, Recorder, ScenarioSource};
use fluxsim::scenario::{Role, Source, parse};
use fluxsim::{Command, CommandError, DecisionKind, Origin, Scenario, SimTime, Simulation, Via};

use crate::support::{flat, fluxsim, path, scratch};

const BASE: &str = include_str!("../fixtures/coordination/base.ron");

/// The coordination base where reception needs the ministry's approval (so a simulated
/// ministry decides within hours).
fn base() -> (Scenario, Source) {
    let text = BASE.replacen(
        r#"inform_within: "2h","#,
        r#"inform_within: "2h", reception_needs_approval: true,"#,
        1,
    );
    let source = Source::new("base.ron", text);
    (parse(&source).expect("the fixture is valid"), source)
}

fn seat(institution: &str) -> Origin {
    Origin::player(institution, Via::Seat)
}

fn approve_by(by: &str) -> Command {
    Command::decision(by, DecisionKind::ApproveReception)
}

#[test]
fn a_seat_cannot_act_for_another_institution_and_nothing_is_journaled() {
    let (scenario, source) = base();
    let dir = scratch("origins-other");
    let file = dir.join("exercise.journal");
    let header = Header::new(
        &scenario,
        ScenarioSource::File("base.ron".into()),
        &source.text,
        7,
    );
    let mut recorder = Recorder::create(&file, &header).expect("created");
    let mut sim = Simulation::new(&scenario, 7);
    sim.advance_to(SimTime::hours(1));
    let before = std::fs::read_to_string(&file).expect("journal");

    let refused = recorder
        .record(&mut sim, approve_by("police"), seat("mia"))
        .expect("the journal works");
    assert_eq!(
        refused,
        Err(CommandError::NotYourInstitution {
            player: "mia".into(),
            by: "police".into()
        })
    );
    let control = Command::Control(fluxsim::ControlAction::UnlockSurgeCapacity);
    let refused = recorder
        .record(&mut sim, control, seat("mia"))
        .expect("the journal works");
    assert!(matches!(refused, Err(CommandError::PlayersOnly { .. })));
    assert_eq!(
        std::fs::read_to_string(&file).expect("journal"),
        before,
        "nothing written for a refused seat command"
    );
    assert!(sim.decisions().iter().all(|d| d.origin.is_simulated()));

    // Its own institution's decision goes through, journaled with the seat as its origin.
    recorder
        .record(&mut sim, approve_by("mia"), seat("mia"))
        .expect("the journal works")
        .expect("accepted");
    let read = journal::read(&file).expect("reads");
    let entry = read.commands().next().expect("one command");
    assert_eq!(entry.origin, seat("mia"));
    let last = sim.decisions().last().expect("decided");
    assert_eq!((last.by.as_str(), &last.origin), ("mia", &seat("mia")));
}

#[test]
fn the_decision_log_tells_players_from_the_simulation_and_replay_keeps_both() {
    let (scenario, source) = base();
    let dir = scratch("origins-log");
    let file = dir.join("exercise.journal");
    let header = Header::new(
        &scenario,
        ScenarioSource::File("base.ron".into()),
        &source.text,
        7,
    );
    let mut recorder = Recorder::create(&file, &header).expect("created");
    let mut sim = Simulation::new(&scenario, 7);
    let played = Command::SetRole {
        institution: "police".into(),
        role: Role::Played,
    };
    recorder
        .record(&mut sim, played, Origin::Facilitator)
        .expect("written")
        .expect("accepted");
    sim.advance_to(SimTime::hours(3));
    let deploy = Command::decision(
        "police",
        DecisionKind::DeployOfficers {
            bcp: "bcp".into(),
            officers: 2,
        },
    );
    recorder
        .record(&mut sim, deploy, Origin::player("police", Via::Console))
        .expect("written")
        .expect("accepted");
    sim.advance_to(SimTime::hours(24));
    recorder.reached(&mut sim).expect("written");

    let by_origin = |sim: &Simulation| -> Vec<(String, String)> {
        sim.decisions()
            .iter()
            .map(|d| (d.by.clone(), d.origin.localized(Lang::En)))
            .collect()
    };
    let recorded = by_origin(&sim);
    assert!(
        recorded
            .iter()
            .any(|(by, origin)| by == "police" && origin == "police (at the console)"),
        "{recorded:?}"
    );
    assert!(
        recorded
            .iter()
            .filter(|(by, _)| by == "police")
            .all(|(_, origin)| origin != "the simulation"),
        "a played institution is never decided for: {recorded:?}"
    );
    assert!(
        recorded
            .iter()
            .any(|(_, origin)| origin == "the simulation"),
        "the simulated institutions decided: {recorded:?}"
    );

    let read = journal::read(&file).expect("reads");
    let replayed = journal::replay(&read, &scenario, &source).expect("replays");
    assert!(replayed.model_changed.is_none());
    assert_eq!(by_origin(&replayed.sim), recorded);
}

#[test]
fn a_script_line_names_its_origin_and_a_line_acting_for_another_institution_is_refused() {
    let dir = scratch("origins-script");
    let scenario = dir.join("base.ron");
    std::fs::write(&scenario, BASE).expect("scenario");
    let script = dir.join("seats.txt");
    std::fs::write(
        &script,
        "Command(at: \"T+1h\", command: Action(by: \"mia\", text: \"<b>Convened</b> the working group\"), origin: Player(institution: \"mia\", via: Seat))\n\
         Command(at: \"T+2h\", command: Note(text: \"Lunch at 13:00\"))\n\
         Command(at: \"T+3h\", command: Decision(by: \"police\", decision: ApproveReception), origin: Player(institution: \"mia\", via: Seat))\n",
    )
    .expect("script");
    let file = dir.join("exercise.journal");
    let out = fluxsim(&[
        "run",
        path(&scenario),
        "--commands",
        path(&script),
        "--journal",
        path(&file),
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", flat(&out.stdout));
    let said = flat(&out.stderr);
    assert!(
        said.contains("seats.txt:3")
            && said.contains("the players of `mia` cannot act for `police`"),
        "{said}"
    );
    let read = journal::read(&file).expect("reads");
    let origins: Vec<Origin> = read.commands().map(|c| c.origin.clone()).collect();
    assert_eq!(origins, [seat("mia"), Origin::Facilitator]);
    let text = std::fs::read_to_string(&file).expect("journal");
    assert!(!text.contains("police\", decision: ApproveReception"));
}

#[test]
fn an_action_or_a_note_longer_than_the_limit_is_refused_at_its_line() {
    let long = "x".repeat(fluxsim::Ranges::TEXT + 1);
    let line = format!("Command(at: \"T+1h\", command: Note(text: \"{long}\"))");
    let err =
        journal::parse("notes.txt", line.as_bytes(), journal::Tail::Line).expect_err("too long");
    let said = err.to_string();
    assert!(said.contains("notes.txt:1"), "{said}");
    assert!(said.contains("2001 characters is too long"), "{said}");

    let (scenario, _) = base();
    let mut sim = Simulation::new(&scenario, 7);
    let action = Command::Action {
        by: "mia".into(),
        text: long,
    };
    assert!(matches!(
        sim.apply(&action),
        Err(CommandError::OutOfRange(_))
    ));
    assert!(sim.remarks().is_empty());
}

#[test]
fn actions_notes_and_role_changes_change_nothing_in_the_model_but_are_kept() {
    let (scenario, _) = base();
    let mut quiet = Simulation::new(&scenario, 7);
    let mut noted = Simulation::new(&scenario, 7);
    quiet.advance_to(SimTime::hours(2));
    noted.advance_to(SimTime::hours(2));
    noted
        .apply_as(
            &Command::Action {
                by: "mia".into(),
                text: "press release".into(),
            },
            &seat("mia"),
        )
        .expect("accepted");
    noted
        .apply(&Command::Note {
            text: "the ministry asks who chairs".into(),
        })
        .expect("accepted");
    quiet.advance_to(SimTime::hours(24));
    noted.advance_to(SimTime::hours(24));
    assert_eq!(quiet.metrics(), noted.metrics());
    let remarks: Vec<_> = noted
        .remarks()
        .iter()
        .map(|r| (r.by.clone(), r.text.as_str(), r.origin.clone()))
        .collect();
    assert_eq!(
        remarks,
        [
            (Some("mia".into()), "press release", seat("mia")),
            (None, "the ministry asks who chairs", Origin::Facilitator)
        ]
    );
    let unknown = Command::Action {
        by: "nobody".into(),
        text: "x".into(),
    };
    assert!(matches!(
        noted.apply(&unknown),
        Err(CommandError::Unknown { .. })
    ));
}
