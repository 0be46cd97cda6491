//! The scenarios shipped in `scenarios/` (and the default one embedded in the binary) load,
//! run to their end, conserve people and are deterministic. The behaviour specs run on frozen
//! copies under `tests/fixtures/scenarios/`, so editing a shipped scenario only answers here.

use fluxsim::scenario::{DEFAULT_TEXT, default_scenario};
use fluxsim::{Scenario, Simulation};

use crate::support::shipped;

/// Runs `scenario` to its end twice with its own seed: the same digest and summary both
/// times, and everyone who arrived is inside (counted over the World) or left.
fn runs_conserves_and_repeats(name: &str, scenario: &Scenario) {
    let seed = scenario.exercise.seed;
    let mut first = Simulation::new(scenario, seed);
    first.run_to_end();
    assert_eq!(first.now(), first.end(), "{name} runs to its end");
    let audit = first.audit();
    let metrics = first.metrics();
    let arrivals = metrics.snapshot.totals.arrivals;
    assert!(arrivals > 0, "{name}: nobody arrived");
    assert_eq!(
        arrivals,
        audit.persons + audit.exit_records,
        "{name}: {arrivals} arrived, {} inside, {} left",
        audit.persons,
        audit.exit_records
    );
    let mut second = Simulation::new(scenario, seed);
    second.run_to_end();
    assert_eq!(first.digest(), second.digest(), "{name}: the same digest");
    assert_eq!(metrics, second.metrics(), "{name}: the same summary");
}

#[test]
fn the_tutorial_runs_conserves_people_and_repeats_itself() {
    runs_conserves_and_repeats("tutorial.ron", &shipped("tutorial.ron"));
}

#[test]
fn the_default_scenario_runs_conserves_people_and_repeats_itself() {
    runs_conserves_and_repeats("kosovo-flux.ron", &shipped("kosovo-flux.ron"));
}

#[test]
fn the_million_person_route_runs_conserves_people_and_repeats_itself() {
    runs_conserves_and_repeats("balkan-route-90d.ron", &shipped("balkan-route-90d.ron"));
}

#[test]
fn the_reconstructed_gevgelija_series_runs_conserves_people_and_repeats_itself() {
    let name = "gevgelija-2015.ron";
    let path = format!("{}/scenarios/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("shipped scenario exists");
    let mut scenario =
        fluxsim::scenario::parse(&fluxsim::scenario::Source::new(path, text)).expect("valid");
    fluxsim::scenario::observed_csv::attach_observed(&mut scenario, |file| {
        let p = format!("{}/scenarios/{file}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read(&p)
            .map(|bytes| (p, bytes))
            .map_err(|e| e.to_string())
    })
    .expect("its series reads");
    runs_conserves_and_repeats(name, &scenario);
    // The documented figures of 2015 [S62][S63][S65] are in the series as written.
    let day = |date: &str| {
        let d = jiff::civil::Date::strptime("%Y-%m-%d", date).expect("date");
        let from = jiff::civil::date(2015, 5, 1)
            .until(d)
            .expect("span")
            .get_days();
        scenario.arrivals[0]
            .observed
            .iter()
            .filter(|o| o.at == fluxsim::SimTime::days(i64::from(from)))
            .map(|o| o.people)
            .sum::<u32>()
    };
    assert_eq!(day("2015-05-15"), 200);
    assert_eq!(day("2015-08-15"), 1750);
    assert_eq!(day("2015-09-03"), 5600);
    assert_eq!(day("2015-10-18"), 5800);
}

#[test]
fn the_embedded_default_is_the_shipped_default() {
    let file = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/scenarios/kosovo-flux.ron"
    ))
    .expect("the shipped default");
    assert_eq!(DEFAULT_TEXT, file);
    assert_eq!(
        default_scenario().expect("the embedded default loads"),
        shipped("kosovo-flux.ron")
    );
}

#[test]
fn the_default_scenario_plays_the_flux_table_and_simulates_the_others() {
    use fluxsim::scenario::Role;
    let scenario = shipped("kosovo-flux.ron");
    let with = |role: Role| -> Vec<&str> {
        scenario
            .institutions
            .iter()
            .filter(|i| i.role == role)
            .map(|i| i.id.as_str())
            .collect()
    };
    assert_eq!(
        with(Role::Played),
        ["mia", "ksc", "dcam", "police", "ema", "prizren", "mlsw"],
        "the institutions at the FLUX 2018 table"
    );
    for organisation in ["unhcr", "iom", "red_cross", "unicef"] {
        assert!(
            with(Role::Simulated).contains(&organisation),
            "{organisation}"
        );
    }
    assert!(with(Role::Absent).is_empty());
    // Played headless, nobody decides for the table; the simulated institutions still act.
    let mut sim = Simulation::new(&scenario, scenario.exercise.seed);
    sim.run_to_end();
    let played = with(Role::Played);
    assert!(
        sim.decisions()
            .iter()
            .all(|d| !played.contains(&d.by.as_str())),
        "{:#?}",
        sim.decisions()
    );
}

#[test]
fn the_default_scenarios_six_objectives_all_evaluate() {
    use fluxsim::view::TaskStatus;
    let scenario = shipped("kosovo-flux.ron");
    assert_eq!(
        scenario
            .objectives
            .iter()
            .map(|o| o.id.as_str())
            .collect::<Vec<_>>(),
        [
            "security",
            "shelter",
            "identification",
            "vulnerable",
            "referral",
            "participation"
        ],
        "the six aspects FLUX 2018 played"
    );
    let mut sim = Simulation::new(&scenario, scenario.exercise.seed);
    sim.run_to_end();
    let tasks = sim.tasks();
    let checked = scenario
        .objectives
        .iter()
        .flat_map(|o| &o.tasks)
        .filter(|t| t.check.is_some())
        .count();
    assert!(checked >= 6, "most tasks carry a condition");
    assert_eq!(
        tasks.len(),
        scenario
            .objectives
            .iter()
            .map(|o| o.tasks.len())
            .sum::<usize>()
    );
    // Headless, the played institutions decide nothing: some tasks fail, and those the
    // situation alone meets (groups referred in time to the end) are met.
    assert!(tasks.iter().any(|t| t.status == TaskStatus::Failed));
    assert!(tasks.iter().any(|t| t.status == TaskStatus::Met));
}

#[test]
fn the_default_msel_quotes_the_model_and_recovery_waits_for_the_people_outdoors() {
    use fluxsim::journal::{run_timeline, with_msel};
    use fluxsim::scenario::{Metric, Role, Trigger};
    let mut scenario = shipped("kosovo-flux.ron");
    let recovery = scenario.plan.phases.iter().find(|p| p.id == "recovery");
    assert!(matches!(
        recovery.and_then(|p| p.trigger.as_ref()),
        Some(Trigger::Below {
            metric: Metric::Outdoors,
            ..
        })
    ));
    // Every institution simulated: the engine declares the phases by itself.
    for institution in &mut scenario.institutions {
        institution.role = Role::Simulated;
    }
    let seed = scenario.exercise.seed;
    let timeline = with_msel(&scenario, Vec::new());
    let end = scenario.exercise.duration;
    let mut sim = Simulation::new(&scenario, seed);
    run_timeline(&mut sim, &timeline, end, None).expect("the exercise runs");
    // The full-centre report quotes the beds as the model had them at T+6h.
    let mut at_six = Simulation::new(&scenario, seed);
    run_timeline(&mut at_six, &timeline, fluxsim::SimTime::hours(6), None).expect("runs");
    let r = at_six.readings();
    let magura = r.sites.iter().find(|s| s.id == "magura").expect("magura");
    let text = sim.inject_text(3).expect("inject 3");
    assert!(
        text.starts_with(&format!(
            "Magura reports {} of {} beds taken",
            magura.occupied, magura.beds
        )),
        "{text}"
    );
    assert!(
        sim.informed()
            .iter()
            .map(|i| fluxsim::i18n::Localized::localized(&i.what, fluxsim::i18n::Lang::En))
            .filter(|what| what.starts_with("inject "))
            .all(|what| !what.contains('{')),
        "every delivered text is filled"
    );
    // Recovery, if declared at all, is declared with fewer than 100 people outdoors.
    for decision in sim.decisions() {
        let fluxsim::DecisionKind::DeclarePhase { phase } = &decision.kind else {
            continue;
        };
        if phase != "recovery" {
            continue;
        }
        let mut then = Simulation::new(&scenario, seed);
        let at = fluxsim::SimTime(decision.at_ms);
        run_timeline(&mut then, &timeline, at, None).expect("runs");
        assert!(then.readings().outdoors < 100, "recovery at {at}");
    }
}

#[test]
fn the_default_scenario_gives_albanian_and_serbian_for_every_name_inject_and_expected_action() {
    use fluxsim::scenario::{TextLang, Translations};
    let scenario = default_scenario().expect("the embedded default loads");
    let mut missing = Vec::new();
    let mut check = |what: String, written: &str, translations: &Translations| {
        if written.trim().is_empty() {
            return;
        }
        for lang in [TextLang::Sq, TextLang::Sr] {
            if translations.get(&lang).is_none_or(|t| t.trim().is_empty()) {
                missing.push(format!("{what} in {}", lang.code()));
            }
        }
    };
    for place in &scenario.locations {
        check(format!("place {}", place.id), &place.name, &place.names);
    }
    for institution in &scenario.institutions {
        let what = format!("institution {}", institution.id);
        check(what, &institution.name, &institution.names);
    }
    for inject in &scenario.msel {
        let number = inject.number;
        check(
            format!("inject {number}'s synopsis"),
            &inject.synopsis,
            &inject.synopses,
        );
        check(
            format!("inject {number}'s expected action"),
            &inject.expected_action,
            &inject.expected_actions,
        );
    }
    assert!(missing.is_empty(), "untranslated: {missing:#?}");
    // And a reader of each reads them: the expected actions too.
    let written = &scenario.msel;
    for lang in [fluxsim::i18n::Lang::Sq, fluxsim::i18n::Lang::Sr] {
        let read = scenario.in_language(lang);
        for (inject, shown) in written.iter().zip(&read.msel) {
            assert_ne!(
                inject.expected_action,
                shown.expected_action,
                "inject {} in {}",
                inject.number,
                lang.code()
            );
        }
    }
}
