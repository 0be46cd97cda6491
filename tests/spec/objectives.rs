//! Objectives and critical tasks: a task with a condition is judged by the engine as the
//! exercise runs — met, at risk, failed (with its time and evidence) or open — and a task
//! without one is left to the evaluators. Judging never changes the model.

use fluxsim::i18n::Lang;
use fluxsim::journal::{read, replay};
use fluxsim::report::{Rating, Report, markdown};
use fluxsim::scenario::{Role, Source, parse};
use fluxsim::view::{Evidence, TaskState, TaskStatus};
use fluxsim::{Command, DecisionKind, Origin, SimTime, Simulation, Via};

const SEED: u64 = 2018;
const SWEEP: SimTime = SimTime(5 * 60_000);

fn exercise() -> Simulation {
    Simulation::new(&crate::support::fixture("objectives.ron"), SEED)
}

fn task(sim: &Simulation, id: &str) -> TaskState {
    sim.tasks()
        .into_iter()
        .find(|t| t.task == id)
        .unwrap_or_else(|| panic!("no task {id}"))
}

/// Advances sweep by sweep until `stop` holds on the readings; the time it first held.
fn first_time(sim: &mut Simulation, stop: impl Fn(&fluxsim::view::Readings) -> bool) -> i64 {
    while sim.now() < sim.end() {
        let next = SimTime(sim.now().millis() + SWEEP.millis());
        sim.advance_to(next);
        let r = sim.readings();
        if stop(&r) {
            return r.time_ms;
        }
    }
    panic!("the condition never held");
}

#[test]
fn nobody_outdoors_at_night_fails_exactly_when_the_model_first_has_someone_outdoors_at_night() {
    let mut sim = exercise();
    let first = first_time(&mut sim, |r| r.night && r.outdoors > 0);
    let before = SimTime(first - SWEEP.millis());
    let mut earlier = exercise();
    earlier.advance_to(before);
    assert_ne!(
        task(&earlier, "no-night-outdoors").status,
        TaskStatus::Failed,
        "not failed before anyone is outdoors at night"
    );
    let state = task(&sim, "no-night-outdoors");
    assert_eq!(state.status, TaskStatus::Failed);
    assert_eq!(state.at_ms, Some(first), "its time is the evidence");
    let outdoors = sim.readings().outdoors;
    assert_eq!(state.evidence, Evidence::Outdoors { people: outdoors });
}

#[test]
fn people_outdoors_by_day_put_the_night_task_at_risk() {
    let mut sim = exercise();
    let first = first_time(&mut sim, |r| r.outdoors > 0);
    let r = sim.readings();
    let expected = if r.night {
        TaskStatus::Failed
    } else {
        TaskStatus::AtRisk
    };
    let state = task(&sim, "no-night-outdoors");
    assert_eq!(state.status, expected);
    assert_eq!(state.at_ms, Some(first));
}

#[test]
fn a_decision_before_the_metric_passes_its_value_meets_the_task() {
    let mut sim = exercise();
    sim.advance_to(SimTime::hours(2));
    let approve = Command::decision("mia", DecisionKind::ApproveReception);
    sim.apply(&approve).expect("a decision is accepted");
    sim.advance_to(SimTime::hours(30));
    let state = task(&sim, "reception-approved");
    assert_eq!(state.status, TaskStatus::Met);
    let decision = sim
        .decisions()
        .iter()
        .find(|d| d.kind == DecisionKind::ApproveReception)
        .expect("the approval is logged");
    assert_eq!(state.at_ms, Some(decision.at_ms));
    assert_eq!(
        state.evidence,
        Evidence::Decision {
            id: decision.id,
            by: "mia".into()
        }
    );
}

#[test]
fn a_metric_passing_its_value_first_fails_the_task_at_that_reading() {
    let mut sim = exercise();
    let first = first_time(&mut sim, |r| r.outdoors > 200);
    let state = task(&sim, "reception-approved");
    assert_eq!(state.status, TaskStatus::Failed);
    assert_eq!(state.at_ms, Some(first));
    let Evidence::Metric { value, limit } = state.evidence else {
        panic!("a metric is the evidence, not {:?}", state.evidence);
    };
    assert!(value > limit, "{value} above {limit}");
    assert_eq!(value, f64::from(sim.readings().outdoors));
    // A decision after the failure does not turn it into a success.
    sim.apply(&Command::decision("mia", DecisionKind::ApproveReception))
        .expect("accepted");
    sim.advance_to(SimTime(first + SimTime::hours(1).millis()));
    assert_eq!(task(&sim, "reception-approved").status, TaskStatus::Failed);
}

#[test]
fn a_phase_not_declared_in_time_fails_when_its_time_runs_out() {
    // The ministry, which raises the alert, is played, and its players do not raise it.
    let mut scenario = crate::support::fixture("objectives.ron");
    for institution in &mut scenario.institutions {
        institution.role = Role::Played;
    }
    let mut sim = Simulation::new(&scenario, SEED);
    sim.run_to_end();
    let state = task(&sim, "alert-in-time");
    assert_eq!(state.status, TaskStatus::Failed);
    let Evidence::TriggerHeld { since_ms, due_ms } = state.evidence else {
        panic!("the trigger is the evidence, not {:?}", state.evidence);
    };
    assert_eq!(
        due_ms - since_ms,
        SimTime::hours(2).millis(),
        "the task's 2 h"
    );
    assert_eq!(state.at_ms, Some(due_ms), "it failed when the 2 h ran out");
}

#[test]
fn a_phase_declared_in_time_meets_the_task() {
    let mut sim = exercise();
    sim.advance_to(SimTime::hours(1));
    let declare = DecisionKind::DeclarePhase {
        phase: "alert".into(),
    };
    sim.apply(&Command::decision("mia", declare))
        .expect("accepted");
    sim.run_to_end();
    let state = task(&sim, "alert-in-time");
    assert_eq!(state.status, TaskStatus::Met);
    assert!(matches!(state.evidence, Evidence::Decision { .. }));
}

#[test]
fn a_task_on_a_narrative_trigger_or_without_a_condition_is_left_to_the_evaluators() {
    let mut sim = exercise();
    sim.run_to_end();
    for id in ["response-activated", "public-order", "partners-consulted"] {
        assert_eq!(task(&sim, id).status, TaskStatus::Evaluators, "{id}");
    }
}

#[test]
fn a_condition_that_held_to_the_end_is_met_there_and_not_before() {
    let mut sim = exercise();
    sim.advance_to(SimTime::hours(71));
    let families = task(&sim, "families-referred");
    assert!(
        matches!(families.status, TaskStatus::Open | TaskStatus::AtRisk),
        "still open before the end: {:?}",
        families.status
    );
    sim.run_to_end();
    let families = task(&sim, "families-referred");
    assert_eq!(families.status, TaskStatus::Met);
    assert_eq!(families.at_ms, Some(sim.end().millis()));
    assert_eq!(families.evidence, Evidence::HeldToEnd);
}

#[test]
fn every_change_of_status_is_logged_in_time_order_and_ends_where_the_task_stands() {
    let mut sim = exercise();
    sim.advance_to(SimTime::hours(60));
    let changes = sim.task_changes();
    assert!(!changes.is_empty());
    assert!(changes.windows(2).all(|w| w[0].at_ms <= w[1].at_ms));
    for state in sim.tasks() {
        let last = changes.iter().rev().find(|c| c.task == state.task);
        match last {
            Some(change) => assert_eq!(change.status, state.status, "{}", state.task),
            None => assert!(
                matches!(state.status, TaskStatus::Open | TaskStatus::Evaluators),
                "{} changed without a log entry",
                state.task
            ),
        }
    }
}

#[test]
fn judging_tasks_never_changes_the_model() {
    let with = crate::support::fixture("objectives.ron");
    let mut without = with.clone();
    without.objectives.clear();
    let (mut a, mut b) = (
        Simulation::new(&with, SEED),
        Simulation::new(&without, SEED),
    );
    a.run_to_end();
    b.run_to_end();
    assert_eq!(a.digest(), b.digest());
    assert!(b.tasks().is_empty());
}

#[test]
fn a_task_naming_an_unknown_phase_or_institution_is_a_located_error() {
    let good = crate::support::fixture_source("objectives.ron");
    let text = good
        .text
        .replace(
            "PhaseDeclared(phase: \"alert\"",
            "PhaseDeclared(phase: \"alrt\"",
        )
        .replace(
            "(id: \"public-order\", institution: Some(\"police\")",
            "(id: \"public-order\", institution: Some(\"polce\")",
        );
    let err = parse(&Source::new("objectives.ron", text.clone())).expect_err("refused");
    let messages: Vec<(usize, &str)> = err
        .problems
        .iter()
        .map(|p| (p.line, p.message.as_str()))
        .collect();
    let line_of = |needle: &str| {
        text.lines()
            .position(|l| l.contains(needle))
            .map(|i| i + 1)
            .expect("in the text")
    };
    assert_eq!(
        messages,
        vec![
            (line_of("phase: \"alrt\""), "unknown phase `alrt`"),
            (line_of("Some(\"polce\")"), "unknown institution `polce`"),
        ]
    );
}

/// The objectives fixture recorded with every institution played, to its end: with the
/// players deciding early (`decide`) or nobody deciding; replayed and reported.
fn reported(decide: bool) -> Report {
    let dir = crate::support::scratch("objectives");
    let path = dir.join("exercise.journal");
    let (mut recorder, mut sim) = crate::support::recording("objectives.ron", &path, SEED);
    let scenario = crate::support::fixture("objectives.ron");
    for institution in &scenario.institutions {
        let play = Command::SetRole {
            institution: institution.id.clone(),
            role: Role::Played,
        };
        recorder
            .record(&mut sim, play, Origin::Facilitator)
            .expect("written")
            .expect("accepted");
    }
    if decide {
        sim.advance_to(SimTime::hours(1));
        let decisions = [
            (
                "mia",
                DecisionKind::DeclarePhase {
                    phase: "alert".into(),
                },
            ),
            ("mia", DecisionKind::ApproveReception),
            (
                "mia",
                DecisionKind::OpenTemporarySite {
                    site: "reserve_1".into(),
                },
            ),
        ];
        for (by, decision) in decisions {
            let origin = Origin::Player {
                institution: by.into(),
                via: Via::Console,
            };
            recorder
                .record(&mut sim, Command::decision(by, decision), origin)
                .expect("written")
                .expect("accepted");
        }
    }
    sim.advance_to(SimTime::hours(2));
    let seen = [
        (
            "Nobody knew who opens the sports hall",
            fluxsim::scenario::Rating::M,
        ),
        (
            "The border police briefing was clear and on time",
            fluxsim::scenario::Rating::P,
        ),
    ];
    for (text, rating) in seen {
        let observation = fluxsim::scenario::Observation {
            text: text.into(),
            capability: Some("Mass Care Services".into()),
            rating: Some(rating),
            ..Default::default()
        };
        recorder
            .record(&mut sim, Command::Observe(observation), Origin::Evaluator)
            .expect("written")
            .expect("accepted");
    }
    sim.advance_to(sim.end());
    recorder.reached(&mut sim).expect("written");
    let journal = read(&path).expect("reads");
    let source = crate::support::fixture_source("objectives.ron");
    let mut replayed = replay(&journal, &scenario, &source).expect("replays").sim;
    assert_eq!(
        replayed.tasks(),
        sim.tasks(),
        "the tasks replay as recorded"
    );
    Report::build(
        &scenario,
        "objectives.ron",
        &journal,
        &mut replayed,
        Lang::En,
    )
}

fn failed(report: &Report) -> usize {
    report
        .tasks
        .iter()
        .filter(|t| t.state.status == TaskStatus::Failed)
        .count()
}

#[test]
fn a_scripted_good_exercise_rates_better_than_nobody_deciding() {
    let (idle, good) = (reported(false), reported(true));
    assert!(
        failed(&good) < failed(&idle),
        "{} failed tasks when deciding, {} when nobody decides",
        failed(&good),
        failed(&idle)
    );
    for row in &good.capabilities {
        let before = idle
            .capabilities
            .iter()
            .find(|c| c.name == row.name)
            .and_then(|c| c.tasks);
        if let (Some(after), Some(before)) = (row.tasks, before) {
            assert!(after <= before, "{}: {after:?} after {before:?}", row.name);
        }
    }
    let shelter = |r: &Report| {
        r.capabilities
            .iter()
            .find(|c| c.name == "Mass Care Services")
            .and_then(|c| c.tasks)
    };
    assert!(shelter(&good) < shelter(&idle));
}

#[test]
fn the_report_lists_each_task_with_its_status_time_and_evidence_and_rates_by_the_worst() {
    let report = reported(false);
    let text = markdown(&report);
    assert!(text.contains("## Critical tasks") || text.contains("### Critical tasks"));
    let night = report
        .tasks
        .iter()
        .find(|t| t.text == "Nobody waiting for a place spends a night outdoors")
        .expect("listed");
    assert_eq!(night.state.status, TaskStatus::Failed);
    let at = SimTime(night.state.at_ms.expect("dated")).t_plus();
    let line = text
        .lines()
        .find(|l| l.contains("Nobody waiting for a place spends a night outdoors"))
        .expect("in the table");
    assert!(line.contains("failed") && line.contains(&at), "{line}");
    assert!(line.contains("people waiting outdoors"), "{line}");
    for row in &report.capabilities {
        let worst = [Some(row.engine), row.tasks, row.observed]
            .into_iter()
            .flatten()
            .max()
            .expect("the engine always rates");
        assert_eq!(row.rating, worst, "{}", row.name);
    }
    assert!(
        report
            .capabilities
            .iter()
            .any(|c| c.tasks == Some(Rating::U)),
        "more than half of some capability's tasks failed when nobody decides"
    );
}

#[test]
fn the_console_says_each_change_of_a_task_as_it_happens_and_counts_them_in_its_header() {
    use fluxsim::console::App;
    let scenario = crate::support::fixture("objectives.ron");
    let mut app = App::new(scenario, SEED);
    app.update(fluxsim::console::Action::Resize(200, 50));
    crate::console::run_to(&mut app, "20h");
    let messages: Vec<String> = app.messages().into_iter().map(|(_, m)| m).collect();
    let night = "Critical task failed: Nobody waiting for a place spends a night outdoors";
    assert!(
        messages.iter().any(|m| m == night),
        "the failure is in the message log: {messages:#?}"
    );
    let states = app.tasks();
    let count = |s: TaskStatus| states.iter().filter(|t| t.status == s).count();
    let header = format!(
        "tasks ✓{} !{} ✗{} /{}",
        count(TaskStatus::Met),
        count(TaskStatus::AtRisk),
        count(TaskStatus::Failed),
        states.len()
    );
    assert!(count(TaskStatus::Failed) > 0);
    let shown = crate::console::screen(&app, 200, 50);
    assert!(shown[0].contains(&header), "{header} in {}", shown[0]);
}

#[test]
fn an_observation_may_name_a_critical_task_and_an_unknown_one_is_refused() {
    use fluxsim::scenario::Observation;
    let mut sim = exercise();
    let on = |task: &str| {
        Command::Observe(Observation {
            text: "The guardian was found by phone, not by the plan".into(),
            task: Some(task.into()),
            rating: Some(fluxsim::scenario::Rating::S),
            ..Observation::default()
        })
    };
    let err = sim
        .apply_as(&on("minors-referal"), &Origin::Evaluator)
        .expect_err("no such task");
    assert!(
        err.to_string()
            .contains("unknown critical task `minors-referal`"),
        "{err}"
    );
    sim.apply_as(&on("minors-referred"), &Origin::Evaluator)
        .expect("a known task");
    assert_eq!(
        sim.observations()[0].observation.task.as_deref(),
        Some("minors-referred")
    );
}

#[test]
fn strengths_and_areas_cite_critical_tasks_and_observations() {
    let good = reported(true);
    assert!(
        good.strengths.iter().any(|s| s
            .starts_with("Critical task met: Reception of the groups is approved before 200 people wait outdoors (decision #")),
        "{:#?}",
        good.strengths
    );
    assert!(
        good.strengths.iter().any(|s| s.starts_with(
            "Evaluators at T+2h: “The border police briefing was clear and on time” (rated P)"
        )),
        "{:#?}",
        good.strengths
    );
    let idle = reported(false);
    let mass_care: Vec<&String> = idle
        .areas
        .iter()
        .filter(|a| a.capability.name() == "Mass Care Services")
        .flat_map(|a| &a.evidence)
        .collect();
    assert!(
        mass_care
            .iter()
            .any(|l| l.starts_with("critical task failed at T+")
                && l.contains("Nobody waiting for a place spends a night outdoors (")),
        "{mass_care:#?}"
    );
    assert!(
        mass_care.iter().any(|l| l.as_str()
            == "evaluators at T+2h: “Nobody knew who opens the sports hall” (rated M)"),
        "{mass_care:#?}"
    );
    // A task the simulation met is not a strength of the players.
    assert!(!idle.strengths.iter().any(|s| s.contains("(decision #")));
}

#[test]
fn the_evaluators_picture_lists_every_critical_task_with_its_status() {
    use fluxsim::console::App;
    use fluxsim::console::seats::Picture;
    use fluxsim::i18n::Localized;
    let mut app = App::new(crate::support::fixture("objectives.ron"), SEED);
    app.update(fluxsim::console::Action::Resize(120, 40));
    crate::console::run_to(&mut app, "20h");
    let picture = Picture::of(&app);
    let states = app.tasks();
    assert_eq!(picture.tasks.len(), states.len());
    let night = picture
        .tasks
        .iter()
        .find(|l| {
            l.what
                .localized(Lang::En)
                .ends_with("Nobody waiting for a place spends a night outdoors")
        })
        .expect("listed");
    assert!(night.what.localized(Lang::En).starts_with("failed: "));
    assert_eq!(night.who, "ema");
    assert!(night.at.starts_with("T+"));
    assert!(night.what.localized(Lang::Sq).starts_with("e dështuar: "));
}
