//! An inject's text agrees with the projector: placeholders such as `{queue:vermice}` are
//! filled with the model's values at the moment of delivery, the receivers hear the filled
//! text, and replay fills it the same way. A phase's `Below` trigger holds only once its level
//! has fallen below the threshold, so recovery waits for the people outdoors to come in.

use fluxsim::scenario::{Comparison, Metric, Trigger};
use fluxsim::{Command, DecisionKind, Scenario, SimTime, Simulation};

use crate::support::{kosovo, triggered};

const SEED: u64 = 2018;

fn with_text(number: u32, synopsis: &str) -> Scenario {
    let mut scenario = kosovo();
    let inject = scenario
        .msel
        .iter_mut()
        .find(|i| i.number == number)
        .expect("the inject");
    inject.synopsis = synopsis.into();
    scenario
}

fn heard(sim: &Simulation, number: u32) -> Vec<String> {
    let prefix = format!("inject {number}: ");
    sim.informed()
        .iter()
        .filter_map(|i| {
            fluxsim::i18n::Localized::localized(&i.what, fluxsim::i18n::Lang::En)
                .strip_prefix(&prefix)
                .map(str::to_string)
        })
        .collect()
}

#[test]
fn an_inject_quotes_the_queue_and_beds_at_the_moment_it_is_delivered() {
    let scenario = with_text(
        9,
        "Backlog {queue:vermice} with {lanes:vermice} lanes; Magura {occupied:magura} of {beds:magura} ({occupancy:magura} %); {outdoors} outdoors, {in_country} in the country, {arrivals} arrived; {{braces}}",
    );
    let mut sim = Simulation::new(&scenario, SEED);
    sim.advance_through(SimTime::hours(44));
    let r = sim.readings();
    let vermice = r.bcps.iter().find(|b| b.id == "vermice").expect("vermice");
    let magura = r.sites.iter().find(|s| s.id == "magura").expect("magura");
    let expected = format!(
        "Backlog {} with {} lanes; Magura {} of {} ({} %); {} outdoors, {} in the country, {} arrived; {{braces}}",
        vermice.queue,
        vermice.servers,
        magura.occupied,
        magura.beds,
        (f64::from(magura.occupied) * 100.0 / f64::from(magura.beds)).round(),
        r.outdoors,
        r.in_country,
        r.arrivals,
    );
    assert!(vermice.queue > 0, "the moment chosen has a queue to quote");
    sim.apply(&Command::DeliverInject { number: 9 })
        .expect("delivered");
    let told = heard(&sim, 9);
    assert!(!told.is_empty(), "police heard inject 9");
    assert!(told.iter().all(|t| *t == expected), "{told:?}");
    assert_eq!(sim.inject_text(9).as_deref(), Some(expected.as_str()));
}

#[test]
fn before_delivery_the_text_is_shown_as_written() {
    let scenario = with_text(9, "Backlog {queue:vermice}");
    let sim = Simulation::new(&scenario, SEED);
    assert_eq!(
        sim.inject_text(9).as_deref(),
        Some("Backlog {queue:vermice}")
    );
    assert_eq!(sim.inject_text(999), None);
}

#[test]
fn a_text_without_placeholders_keeps_the_digests_of_before() {
    // The same delivery with the same words: nothing new in the state, the same digest.
    let plain = kosovo();
    let words = with_text(
        9,
        &plain.msel.iter().find(|i| i.number == 9).unwrap().synopsis,
    );
    let mut a = Simulation::new(&plain, SEED);
    let mut b = Simulation::new(&words, SEED);
    for sim in [&mut a, &mut b] {
        sim.advance_through(SimTime::hours(30));
        sim.apply(&Command::DeliverInject { number: 9 })
            .expect("delivered");
    }
    assert_eq!(a.digest(), b.digest());
}

#[test]
fn a_filled_text_is_state_two_deliveries_at_different_queues_differ() {
    let scenario = with_text(9, "Backlog {queue:vermice}");
    let delivered_at = |hours: i64| {
        let mut sim = Simulation::new(&scenario, SEED);
        sim.advance_through(SimTime::hours(hours));
        sim.apply(&Command::DeliverInject { number: 9 })
            .expect("delivered");
        sim.inject_text(9).expect("a text")
    };
    assert_ne!(delivered_at(30), delivered_at(44));
    assert_eq!(
        delivered_at(44),
        delivered_at(44),
        "the same moment, the same text"
    );
}

#[test]
fn a_state_triggered_inject_quotes_the_state_that_made_it_due() {
    let mut scenario = kosovo();
    let mut inject = triggered(
        90,
        fluxsim::scenario::InjectTrigger::QueueOver {
            bcp: "vermice".into(),
            people: 150,
        },
    );
    inject.synopsis = "Vërmicë: {queue:vermice} in the queue".into();
    scenario.msel.push(inject);
    let mut sim = Simulation::new(&scenario, SEED);
    let end = sim.end();
    while sim.due_injects().is_empty() && sim.now() < end {
        sim.advance_to(end);
    }
    assert_eq!(sim.due_injects().first().map(|d| d.number), Some(90));
    sim.apply(&Command::DeliverInject { number: 90 })
        .expect("delivered");
    let text = sim.inject_text(90).expect("a text");
    let quoted: u32 = text
        .trim_start_matches("Vërmicë: ")
        .trim_end_matches(" in the queue")
        .parse()
        .expect("a number");
    assert!(quoted > 150, "{text}");
}

/// The frozen default scenario with its recovery phase triggered by `trigger`, every
/// institution simulated.
fn recovery_on(trigger: Trigger) -> Scenario {
    let mut scenario = kosovo();
    for institution in &mut scenario.institutions {
        institution.role = fluxsim::scenario::Role::Simulated;
    }
    let recovery = scenario
        .plan
        .phases
        .iter_mut()
        .find(|p| p.id == "recovery")
        .expect("a recovery phase");
    recovery.trigger = Some(trigger);
    scenario
}

fn declared_recovery(sim: &Simulation) -> Option<i64> {
    sim.decisions()
        .iter()
        .find(|d| matches!(&d.kind, DecisionKind::DeclarePhase { phase } if phase == "recovery"))
        .map(|d| d.at_ms)
}

#[test]
fn a_below_trigger_does_not_hold_before_its_level_has_risen() {
    // Nobody is outdoors at the start: "outdoors below 100" has not *fallen* below anything.
    let trigger = Trigger::Below {
        metric: Metric::Outdoors,
        value: 100.0,
        for_at_least: None,
    };
    assert!(matches!(
        trigger.measured(),
        Some((Comparison::Below, Metric::Outdoors, _, None))
    ));
    let mut sim = Simulation::new(&recovery_on(trigger), SEED);
    sim.advance_through(SimTime::hours(3));
    assert!(sim.readings().outdoors < 100);
    assert!(
        !sim.requests()
            .iter()
            .any(
                |r| fluxsim::i18n::Localized::localized(&r.reason, fluxsim::i18n::Lang::En)
                    .contains("recovery")
            ),
        "{:#?}",
        sim.requests()
    );
}

/// Runs hour by hour to the end: (time, people outdoors) at each hour.
fn outdoors_hourly(sim: &mut Simulation) -> Vec<(i64, u32)> {
    let end = sim.end();
    let mut outdoors = Vec::new();
    while sim.now() < end {
        let next = SimTime(sim.now().millis() + 3_600_000).min(end);
        sim.advance_through(next);
        outdoors.push((sim.now().millis(), sim.readings().outdoors));
    }
    outdoors
}

#[test]
fn recovery_on_people_outdoors_waits_until_they_have_come_in() {
    let below = Trigger::Below {
        metric: Metric::Outdoors,
        value: 100.0,
        for_at_least: Some(SimTime::hours(6)),
    };
    let mut sim = Simulation::new(&recovery_on(below), SEED);
    let outdoors = outdoors_hourly(&mut sim);
    let peak = outdoors.iter().map(|&(_, n)| n).max().unwrap_or(0);
    assert!(peak >= 100, "the level rose: {peak}");
    // Whenever recovery is declared, fewer than 100 people were outdoors for the six hours
    // before it.
    if let Some(at) = declared_recovery(&sim) {
        let before = outdoors
            .iter()
            .filter(|&&(t, _)| t <= at && t > at - 6 * 3_600_000);
        assert!(before.clone().all(|&(_, n)| n < 100), "{outdoors:?}");
    }
    // The proxy it replaces, arrivals over 72 hours, declares with hundreds outside.
    let above = Trigger::Above {
        metric: Metric::Arrivals {
            window: SimTime::hours(72),
        },
        value: 3500.0,
        for_at_least: None,
    };
    let mut proxy = Simulation::new(&recovery_on(above), SEED);
    let outside = outdoors_hourly(&mut proxy);
    let at = declared_recovery(&proxy).expect("the proxy declares recovery");
    let then = outside
        .iter()
        .rfind(|&&(t, _)| t <= at)
        .map_or(0, |&(_, n)| n);
    assert!(
        then >= 100,
        "the proxy declared recovery with {then} outdoors"
    );
}
