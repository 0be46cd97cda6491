//! Evaluation: evaluators record observations (text, capability, institution, inject, a
//! proposed P/S/M/U rating) that are journaled, replayed and quoted in the report, and rate
//! the capabilities beside the engine's gaps; they never change the model.

use fluxsim::i18n::Lang;
use fluxsim::journal::{read, replay};
use fluxsim::report::{Report, markdown};
use fluxsim::scenario::{Observation, Rating};
use fluxsim::{Command, CommandError, Origin, SimTime, Simulation, Via};

const SEED: u64 = 2018;

fn observe(text: &str, capability: Option<&str>, rating: Option<Rating>) -> Command {
    Command::Observe(Observation {
        text: text.into(),
        capability: capability.map(str::to_string),
        institution: Some("mia".into()),
        inject: None,
        task: None,
        rating,
    })
}

/// The default scenario recorded with two observations, to T+24h; replayed.
fn observed_exercise() -> (Report, Simulation) {
    let dir = crate::support::scratch("evaluation");
    let source = crate::support::kosovo_source();
    let scenario = crate::support::kosovo();
    let path = dir.join("exercise.journal");
    let (mut recorder, mut sim) = crate::support::recording_kosovo(&path, SEED);
    sim.advance_to(SimTime::hours(3));
    let seen = [
        observe(
            "The working group met but nobody chaired it <for an hour>",
            Some("public information and warning "),
            Some(Rating::U),
        ),
        observe(
            "Reception approved quickly once asked",
            None,
            Some(Rating::P),
        ),
    ];
    for command in seen {
        recorder
            .record(&mut sim, command, Origin::Evaluator)
            .expect("written")
            .expect("accepted");
    }
    sim.advance_to(SimTime::hours(24));
    recorder.reached(&mut sim).expect("written");
    let journal = read(&path).expect("reads");
    let mut replayed = replay(&journal, &scenario, &source).expect("replays").sim;
    assert_eq!(replayed.observations(), sim.observations());
    let report = Report::build(
        &scenario,
        "kosovo-flux.ron",
        &journal,
        &mut replayed,
        Lang::En,
    );
    (report, replayed)
}

#[test]
fn an_observation_is_journaled_as_the_evaluators_and_replays_without_changing_the_model() {
    let (_, sim) = observed_exercise();
    let observations = sim.observations();
    assert_eq!(observations.len(), 2);
    assert!(observations.iter().all(|o| o.origin == Origin::Evaluator));
    assert_eq!(observations[0].at_ms, SimTime::hours(3).millis());

    let scenario = crate::support::kosovo();
    let mut quiet = Simulation::new(&scenario, SEED);
    quiet.advance_to(SimTime::hours(24));
    let mut observed = sim;
    assert_eq!(
        quiet.metrics(),
        observed.metrics(),
        "the model is untouched"
    );
}

#[test]
fn an_evaluators_rating_worsens_the_capability_rating_and_both_are_shown() {
    let (report, _) = observed_exercise();
    let information = report
        .capabilities
        .iter()
        .find(|c| {
            c.name
                .eq_ignore_ascii_case("Public Information and Warning")
        })
        .expect("rated");
    assert_eq!(information.observed, Some(Rating::U));
    assert_eq!(
        information.rating,
        Rating::U,
        "the worst applicable rating wins"
    );
    assert!(
        information.engine == Rating::P,
        "no gap bears on it: the engine alone rates it P"
    );
    let text = markdown(&report);
    assert!(text.contains("U (1 observation)"), "{text}");
    // Rendered as any Markdown viewer would, the evaluator's words read as typed: the
    // angle brackets are text, not an HTML tag the viewer would swallow.
    let mut rendered = String::new();
    pulldown_cmark::html::push_html(&mut rendered, pulldown_cmark::Parser::new(&text));
    assert!(
        rendered.contains("The working group met but nobody chaired it &lt;for an hour&gt;"),
        "quoted as written: {rendered}"
    );
}

#[test]
fn players_cannot_record_observations_and_unknown_ids_are_refused() {
    let scenario = crate::support::kosovo();
    let mut sim = Simulation::new(&scenario, SEED);
    let seen = observe("we did well", None, Some(Rating::P));
    assert!(matches!(
        sim.apply_as(&seen, &Origin::player("mia", Via::Seat)),
        Err(CommandError::PlayersOnly { .. })
    ));
    let unknown = Command::Observe(Observation {
        text: "x".into(),
        inject: Some(999),
        ..Observation::default()
    });
    let err = sim
        .apply_as(&unknown, &Origin::Evaluator)
        .expect_err("no inject 999");
    assert!(
        err.to_string().contains("unknown MSEL inject `999`"),
        "{err}"
    );
    assert!(sim.observations().is_empty());
}

#[test]
fn an_observation_line_reads_with_only_the_fields_it_gives() {
    let line = r#"Command(at: "T+2h", command: Observe(text: "late briefing", rating: M), origin: Evaluator)"#;
    let journal = fluxsim::journal::parse("notes", line.as_bytes(), fluxsim::journal::Tail::Line)
        .expect("reads");
    let entry = journal.commands().next().expect("one command");
    assert_eq!(entry.origin, Origin::Evaluator);
    assert_eq!(
        entry.command,
        Command::Observe(Observation {
            text: "late briefing".into(),
            rating: Some(Rating::M),
            ..Observation::default()
        })
    );
}

mod expected_decisions {
    //! An inject's expected decisions are met, met late or missed at their boundaries, only
    //! by the institution they name, and are not applicable when it was not played.

    use fluxsim::report::{Status, evaluate};
    use fluxsim::scenario::{Inject, Role, Scenario, Source, parse, parse_expectations};
    use fluxsim::{Command, DecisionKind, Origin, SimTime, Simulation, Via};

    const BASE: &str = include_str!("../fixtures/coordination/base.ron");
    const DELIVERED: SimTime = SimTime::hours(1);

    /// The coordination base with the ministry's `role`, and inject 90 at T+1h expecting
    /// `expect`.
    fn scenario(role: Role, expect: &str) -> Scenario {
        let mut scenario = parse(&Source::new("base.ron", BASE.to_string())).expect("valid");
        scenario.institutions[0].role = role;
        scenario.msel.push(Inject {
            number: 90,
            at: DELIVERED,
            trigger: None,
            effect: None,
            synopsis: "The border police ask whether they may let the group in".into(),
            synopses: Default::default(),
            expected_actions: Default::default(),
            from: "Border police".into(),
            to: vec!["mia".into()],
            method: String::new(),
            expected_action: String::new(),
            expect: parse_expectations(expect).expect("reads"),
            capability: String::new(),
            notes: String::new(),
        });
        scenario
    }

    /// Delivers inject 90 at T+1h, has `by` approve reception at `decided` (if any), runs
    /// to `until` and evaluates.
    fn outcome(role: Role, by: &str, decided: Option<SimTime>, until: SimTime) -> Status {
        let scenario = scenario(role, "ApproveReception by mia within 2h");
        let mut sim = Simulation::new(&scenario, 3);
        sim.advance_through(DELIVERED);
        sim.apply(&Command::DeliverInject { number: 90 })
            .expect("delivered");
        if let Some(at) = decided {
            sim.advance_through(at);
            let approve = Command::decision(by, DecisionKind::ApproveReception);
            sim.apply_as(&approve, &Origin::player(by, Via::Seat))
                .expect("accepted");
        }
        sim.advance_to(until);
        let rows = evaluate(&scenario, &sim);
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].delivered, Some(DELIVERED));
        rows[0].status
    }

    const DUE: SimTime = SimTime::hours(3);

    #[test]
    fn a_decision_at_the_deadline_meets_it_and_a_minute_later_is_late_by_a_minute() {
        let end = SimTime::hours(6);
        assert!(matches!(
            outcome(Role::Played, "mia", Some(DUE), end),
            Status::Met(_)
        ));
        let late = outcome(Role::Played, "mia", Some(DUE + SimTime::mins(1)), end);
        assert!(
            matches!(late, Status::Late(_, by) if by == SimTime::mins(1)),
            "{late:?}"
        );
    }

    #[test]
    fn without_the_decision_it_is_open_until_its_deadline_then_missed() {
        assert_eq!(
            outcome(Role::Played, "mia", None, DUE),
            Status::Open,
            "at the deadline itself it can still be met"
        );
        assert_eq!(
            outcome(Role::Played, "mia", None, DUE + SimTime::mins(1)),
            Status::Missed
        );
    }

    #[test]
    fn a_decision_by_another_institution_does_not_meet_it() {
        let end = SimTime::hours(6);
        assert_eq!(
            outcome(Role::Played, "police", Some(SimTime::hours(2)), end),
            Status::Missed
        );
    }

    #[test]
    fn an_expectation_on_a_simulated_institution_is_not_applicable() {
        let scenario = scenario(Role::Simulated, "ApproveReception by mia within 2h");
        let mut sim = Simulation::new(&scenario, 3);
        sim.advance_through(DELIVERED);
        sim.apply(&Command::DeliverInject { number: 90 })
            .expect("delivered");
        sim.advance_to(SimTime::hours(6));
        assert_eq!(
            evaluate(&scenario, &sim)[0].status,
            Status::NotApplicable(Role::Simulated)
        );
    }
}

#[test]
fn observations_before_a_fork_travel_with_it_and_those_after_it_stay_behind() {
    use fluxsim::output::Output;
    let dir = crate::support::scratch("evaluation-fork");
    let path = dir.join("exercise.journal");
    let (mut recorder, mut sim) = crate::support::recording_kosovo(&path, SEED);
    for (at, text) in [(2, "before the cut"), (6, "after the cut")] {
        sim.advance_to(SimTime::hours(at));
        recorder
            .record(
                &mut sim,
                observe(text, None, Some(Rating::S)),
                Origin::Evaluator,
            )
            .expect("written")
            .expect("accepted");
    }
    sim.advance_to(SimTime::hours(8));
    recorder.reached(&mut sim).expect("written");
    let journal = read(&path).expect("reads");
    let scenario = crate::support::kosovo();
    let source = crate::support::kosovo_source();
    let forked =
        fluxsim::journal::fork(&journal, &scenario, &source, SimTime::hours(4)).expect("forks");
    let branch = dir.join("branch.journal");
    let output = Output::new(&branch, "file-fork", false, &[]).expect("a new file");
    forked.write_to(&output).expect("written");
    let branch = read(&branch).expect("the fork reads");
    let replayed = replay(&branch, &scenario, &source).expect("replays").sim;
    let texts: Vec<&str> = replayed
        .observations()
        .iter()
        .map(|o| o.observation.text.as_str())
        .collect();
    assert_eq!(texts, ["before the cut"]);
    assert_eq!(replayed.observations()[0].origin, Origin::Evaluator);
}
