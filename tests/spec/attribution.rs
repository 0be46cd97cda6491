//! The after-action report says who did what: decisions by people and by the simulation are
//! counted apart, requests put to simulated institutions measure the simulation's response
//! times, and no area for improvement comes from what the engine decided for an institution
//! nobody played.

use fluxsim::i18n::Lang;
use fluxsim::journal::{
    Outcome, Tail, parse as parse_journal, read, replay, run_timeline, script_commands,
};
use fluxsim::report::{Attribution, Report, markdown};
use fluxsim::scenario::Role;
use fluxsim::view::static_findings;
use fluxsim::{Command, Simulation};

const SEED: u64 = 2018;

/// The border police and DCAM are played from T+0, and their players answer late; the
/// ministry, the security council and the others are simulated by the engine.
const SCRIPT: &str = r#"
Command(at: "T+0h", command: SetRole(institution: "police", role: Played), origin: Facilitator)
Command(at: "T+0h", command: SetRole(institution: "dcam", role: Played), origin: Facilitator)
Command(at: "T+12h", command: Decision(by: "police", decision: DeployOfficers(bcp: "krusheve", officers: 4)), origin: Player(institution: "police", via: Console))
Command(at: "T+14h", command: Decision(by: "dcam", decision: RequestInterpreters(language: "ps", count: 2)), origin: Player(institution: "dcam", via: Seat))
Command(at: "T+20h", command: Action(by: "police", text: "Press conference on the border situation"), origin: Player(institution: "police", via: Seat))
Command(at: "T+30h", command: Note(text: "Ministry asked who chairs the working group"), origin: Facilitator)
"#;

fn exercise() -> (Report, Simulation, fluxsim::journal::Journal) {
    let dir = crate::support::scratch("attribution");
    let source = crate::support::kosovo_source();
    let scenario = crate::support::kosovo();
    let path = dir.join("exercise.journal");
    let (mut recorder, mut sim) = crate::support::recording_kosovo(&path, SEED);
    let script = parse_journal("script", SCRIPT.as_bytes(), Tail::Line).expect("script reads");
    run_timeline(
        &mut sim,
        &script_commands(&script),
        scenario.exercise.duration,
        Some(&mut recorder),
    )
    .expect("the commands apply");
    let journal = read(&path).expect("journal reads");
    let mut sim = replay(&journal, &scenario, &source).expect("replays").sim;
    let report = Report::build(&scenario, "kosovo-flux.ron", &journal, &mut sim, Lang::En);
    (report, sim, journal)
}

#[test]
fn no_area_for_improvement_comes_from_a_decision_the_simulation_took() {
    let (report, sim, _) = exercise();
    let simulated_at = |id: &str, at: i64| sim.role_at(id, at) == Some(Role::Simulated);
    let statics = static_findings(&crate::support::kosovo()).len();
    for area in &report.areas {
        for id in &area.gaps {
            let gap = &sim.gaps()[*id as usize - 1];
            // What institutions did during play (not the plan's findings, not the situation).
            let conduct = *id as usize > statics
                && !gap.category.is_situation()
                && !gap.institutions.is_empty();
            if conduct {
                assert!(
                    gap.institutions
                        .iter()
                        .any(|i| !simulated_at(i, gap.opened_ms)),
                    "area `{}` holds gap #{id}, which only simulated institutions caused: {:?}",
                    area.title,
                    gap.institutions
                );
            }
        }
    }
    assert!(
        !report.context.is_empty(),
        "the simulated institutions' own gaps are reported as context"
    );
    for area in &report.context {
        assert_eq!(area.attribution, Attribution::Simulation);
    }
    let played_latency = report
        .areas
        .iter()
        .any(|a| a.attribution == Attribution::Players);
    assert!(
        played_latency,
        "the players' late approval is an area for improvement: {:#?}",
        report.areas.iter().map(|a| &a.title).collect::<Vec<_>>()
    );
    // The improvement plan has a row per area for improvement, in order, and none for the
    // simulated conduct.
    let text = markdown(&report);
    let heading = format!("## {}\n", fluxsim::i18n::tr(Lang::En, "report-plan", &[]));
    let plan = &text[text.find(&heading).expect("the improvement plan")..];
    let rows: Vec<&str> = plan
        .lines()
        .skip_while(|l| !l.starts_with('|'))
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .collect();
    assert_eq!(rows.len(), report.areas.len(), "{rows:#?}");
    for (n, (row, area)) in rows.iter().zip(&report.areas).enumerate() {
        assert!(row.starts_with(&format!("| {} |", n + 1)), "{row}");
        assert!(row.contains(&area.action), "{row}");
    }
}

#[test]
fn decision_counts_per_origin_equal_the_journal() {
    let (report, sim, journal) = exercise();
    let journaled = journal
        .commands()
        .filter(|c| matches!(c.command, Command::Decision { .. }))
        .filter(|c| matches!(c.outcome, Some((_, Outcome::Applied(_)))))
        .count();
    let by_people: usize = report
        .overview
        .institutions
        .iter()
        .map(|i| i.by_people)
        .sum();
    let by_simulation: usize = report
        .overview
        .institutions
        .iter()
        .map(|i| i.by_simulation)
        .sum();
    assert_eq!(by_people, journaled);
    assert_eq!(
        by_simulation,
        sim.decisions()
            .iter()
            .filter(|d| d.origin.is_simulated())
            .count()
    );
    assert!(by_simulation > 0, "the simulated institutions decided");
    let police = report
        .overview
        .institutions
        .iter()
        .find(|i| i.id == "police")
        .expect("the border police");
    assert_eq!(
        police.by_simulation, 0,
        "a played institution is never decided for"
    );
    assert_eq!(
        (police.role, police.changes.as_slice()),
        (Role::Played, &[][..])
    );
    for row in report
        .latencies
        .iter()
        .filter(|l| l.institution == "police")
    {
        assert!(!row.simulated, "the police was played throughout");
    }
}

#[test]
fn the_timeline_shows_the_players_actions_and_the_facilitators_notes() {
    let (report, _, _) = exercise();
    let text = markdown(&report);
    assert!(
        text.contains("players' action | police | Press conference on the border situation"),
        "{text}"
    );
    assert!(text.contains(
        "facilitator's note | facilitator | Ministry asked who chairs the working group"
    ));
}
