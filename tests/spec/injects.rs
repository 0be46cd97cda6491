//! Injects as commands: each scenario-side inject changes the live model as it says, unknown
//! ids are refused with the known ones, an MSEL inject's effect acts when it is delivered, and
//! state-triggered injects come due at the sweep where their condition first holds — never
//! delivered by the simulation itself, delivered once by a headless run, replayed exactly.

use fluxsim::journal::{
    Header, Recorder, ScenarioSource, replay, run_timeline, script_commands, with_msel,
};
use fluxsim::scenario::{IdKind, Inject, InjectEffect, InjectTrigger, Source, parse, to_ron};
use fluxsim::{Command, CommandError, DecisionKind, Scenario, SimTime, Simulation};

use crate::journal::scratch;
use crate::support::triggered;

const SEED: u64 = 2018;

fn kosovo() -> Scenario {
    crate::support::kosovo()
}

fn inject(effect: InjectEffect) -> Command {
    Command::Inject(effect)
}

fn bcp_open(sim: &mut Simulation, id: &str) -> bool {
    let readings = sim.readings();
    readings
        .bcps
        .iter()
        .find(|b| b.id == id)
        .expect("a BCP")
        .open
}

fn site(sim: &mut Simulation, id: &str) -> fluxsim::view::SiteReading {
    let readings = sim.readings();
    readings
        .sites
        .into_iter()
        .find(|s| s.id == id)
        .expect("a site")
}

fn queue(sim: &mut Simulation, id: &str) -> u32 {
    let readings = sim.readings();
    readings
        .bcps
        .iter()
        .find(|b| b.id == id)
        .expect("a BCP")
        .queue
}

#[test]
fn a_surge_adds_exactly_its_size_to_arrivals() {
    let mut plain = Simulation::new(&kosovo(), SEED);
    let mut surged = Simulation::new(&kosovo(), SEED);
    for sim in [&mut plain, &mut surged] {
        sim.advance_through(SimTime::hours(10));
    }
    surged
        .apply(&inject(InjectEffect::Surge {
            entry: "alb_morine".into(),
            people: 250,
            over: SimTime::hours(1),
            nationality: None,
        }))
        .expect("a known entry point");
    for sim in [&mut plain, &mut surged] {
        sim.advance_through(SimTime::hours(12));
    }
    let arrivals = |sim: &mut Simulation| sim.snapshot().totals.arrivals;
    assert_eq!(arrivals(&mut surged), arrivals(&mut plain) + 250);
}

#[test]
fn a_surge_of_one_nationality_brings_only_that_nationality() {
    let scenario = kosovo();
    let afghan = scenario
        .cohort
        .nationalities
        .iter()
        .position(|n| n.id == "Afghanistan")
        .expect("in the cohort") as u8;
    let mut sim = Simulation::new(&scenario, SEED);
    sim.advance_through(SimTime::hours(3));
    let at = sim.now().millis();
    sim.apply(&inject(InjectEffect::Surge {
        entry: "mkd_blace".into(),
        people: 40,
        over: SimTime::ZERO,
        nationality: Some("Afghanistan".into()),
    }))
    .expect("known entry and nationality");
    sim.advance_through(sim.now());
    let group: Vec<_> = sim
        .people()
        .into_iter()
        .filter(|p| p.arrived == at)
        .collect();
    assert_eq!(group.len(), 40, "a convoy arrives at once");
    assert!(group.iter().all(|p| p.nationality == afghan));
}

#[test]
fn closing_a_neighbouring_border_closes_every_bcp_facing_it() {
    let mut sim = Simulation::new(&kosovo(), SEED);
    sim.advance_through(SimTime::hours(20));
    sim.apply(&inject(InjectEffect::CloseBorder {
        country: "Albania".into(),
    }))
    .expect("BCPs face Albania");
    assert!(!bcp_open(&mut sim, "vermice") && !bcp_open(&mut sim, "krusheve"));
    assert!(
        bcp_open(&mut sim, "hani_elezit"),
        "North Macedonia's stays open"
    );
    assert_eq!(queue(&mut sim, "vermice"), 0, "the queue has diverted");
    sim.apply(&inject(InjectEffect::OpenBorder {
        country: "Albania".into(),
    }))
    .expect("BCPs face Albania");
    assert!(bcp_open(&mut sim, "vermice") && bcp_open(&mut sim, "krusheve"));
}

#[test]
fn a_site_incident_lowers_capacity_and_a_disease_case_isolates_the_site() {
    let mut sim = Simulation::new(&kosovo(), SEED);
    sim.advance_through(SimTime::hours(4));
    let before = site(&mut sim, "magura");
    sim.apply(&inject(InjectEffect::SiteIncident {
        site: "magura".into(),
        beds_lost: 30,
        disease_case: false,
    }))
    .expect("a reception site");
    let after = site(&mut sim, "magura");
    assert_eq!(after.beds, before.beds - 30);
    assert!(after.open);
    sim.apply(&inject(InjectEffect::SiteIncident {
        site: "vranidoll".into(),
        beds_lost: 0,
        disease_case: true,
    }))
    .expect("a reception site");
    assert!(!site(&mut sim, "vranidoll").open, "isolated");
}

#[test]
fn a_transport_breakdown_lowers_the_buses_available_and_raises_people_waiting() {
    // Every institution played and nobody at the table acting: nobody replaces the buses
    // (a simulated one would, answering the Transport request the breakdown raises).
    let mut scenario = kosovo();
    for institution in &mut scenario.institutions {
        institution.role = fluxsim::scenario::Role::Played;
    }
    let mut plain = Simulation::new(&scenario, SEED);
    let mut broken = Simulation::new(&scenario, SEED);
    let idle = broken.buses_idle("kp_buses").expect("a fleet");
    broken
        .apply(&inject(InjectEffect::TransportBreakdown {
            fleet: "kp_buses".into(),
            buses: 2,
        }))
        .expect("a known fleet");
    assert_eq!(broken.buses_idle("kp_buses"), Some(idle - 2));
    let mut waiting_sum = [0u64; 2];
    for (i, sim) in [&mut plain, &mut broken].into_iter().enumerate() {
        for h in 1..=30 {
            sim.advance_through(SimTime::hours(h));
            waiting_sum[i] += u64::from(sim.readings().waiting_for_transport);
        }
    }
    assert!(
        waiting_sum[1] > waiting_sum[0],
        "people waiting for a bus, summed hourly: {waiting_sum:?}"
    );
}

#[test]
fn an_officer_shortage_takes_servers_off_the_bcp() {
    let mut sim = Simulation::new(&kosovo(), SEED);
    sim.advance_through(SimTime::hours(8));
    let servers = |sim: &mut Simulation| {
        let r = sim.readings();
        r.bcps
            .iter()
            .find(|b| b.id == "vermice")
            .expect("BCP")
            .servers
    };
    let before = servers(&mut sim);
    sim.apply(&inject(InjectEffect::OfficerShortage {
        bcp: "vermice".into(),
        officers: 2,
    }))
    .expect("a known BCP");
    assert_eq!(servers(&mut sim), before - 2);
}

#[test]
fn an_interpreter_shortage_leaves_people_waiting_for_their_language() {
    let waiting_ar = |short: bool| {
        let mut sim = Simulation::new(&kosovo(), SEED);
        if short {
            // Every Arabic interpreter: 4 on site and 2 remote.
            sim.apply(&inject(InjectEffect::InterpreterShortage {
                language: "ar".into(),
                interpreters: 6,
            }))
            .expect("a known language");
        }
        sim.advance_through(SimTime::hours(12));
        let r = sim.readings();
        r.waiting_for_language
            .iter()
            .find(|(l, _)| l == "ar")
            .map_or(0, |(_, n)| *n)
    };
    let (normal, short) = (waiting_ar(false), waiting_ar(true));
    assert!(
        short > normal,
        "Arabic speakers waiting: {normal} → {short}"
    );
}

#[test]
fn a_message_only_informs_the_institutions_it_names() {
    let mut sim = Simulation::new(&kosovo(), SEED);
    sim.advance_through(SimTime::hours(5));
    let before = sim.model_digest();
    sim.apply(&inject(InjectEffect::Message {
        from: "Media".into(),
        to: vec!["mia".into(), "ksc".into()],
        text: "A viral video shows families sleeping outside".into(),
    }))
    .expect("known institutions");
    assert_eq!(sim.model_digest(), before, "the model is unchanged");
    let told: Vec<&str> = sim
        .informed()
        .iter()
        .filter(|i| i.what.english().contains("viral video") && i.at_ms == sim.now().millis())
        .map(|i| i.institution.as_str())
        .collect();
    assert_eq!(told, ["mia", "ksc"]);
}

#[test]
fn unknown_ids_are_refused_with_the_known_ones_and_change_nothing() {
    let mut sim = Simulation::new(&kosovo(), SEED);
    sim.advance_through(SimTime::hours(2));
    let before = sim.digest();
    let refused = [
        (
            InjectEffect::Surge {
                entry: "nowhere".into(),
                people: 10,
                over: SimTime::hours(1),
                nationality: None,
            },
            IdKind::EntryPoint,
            "alb_morine",
        ),
        (
            InjectEffect::CloseBorder {
                country: "Atlantis".into(),
            },
            IdKind::BorderCountry,
            "North Macedonia",
        ),
        (
            InjectEffect::TransportBreakdown {
                fleet: "ferries".into(),
                buses: 1,
            },
            IdKind::BusFleet,
            "kp_buses",
        ),
        (
            InjectEffect::Message {
                from: "x".into(),
                to: vec!["mia".into(), "army".into()],
                text: "y".into(),
            },
            IdKind::Institution,
            "ksc",
        ),
    ];
    for (effect, kind, one_known) in refused {
        match sim.apply(&inject(effect)) {
            Err(CommandError::Unknown { what, known, .. }) => {
                assert_eq!(what, kind);
                assert!(known.iter().any(|k| k == one_known), "{known:?}");
            }
            other => panic!("expected an unknown {kind}, got {other:?}"),
        }
    }
    assert_eq!(sim.digest(), before);
}

#[test]
fn an_msel_inject_with_an_effect_takes_effect_when_delivered() {
    let mut scenario = kosovo();
    let number = 16;
    let effect = scenario
        .msel
        .iter()
        .find(|i| i.number == number)
        .and_then(|i| i.effect.clone());
    assert!(
        matches!(effect, Some(InjectEffect::TransportBreakdown { .. })),
        "the default scenario's inject 16 breaks a bus down"
    );
    scenario.msel.retain(|i| i.number == number);
    let mut sim = Simulation::new(&scenario, SEED);
    let idle = sim.buses_idle("kp_buses").expect("fleet");
    sim.apply(&Command::DeliverInject { number })
        .expect("in the MSEL");
    assert_eq!(sim.buses_idle("kp_buses"), Some(idle - 1));
    assert!(
        sim.informed()
            .iter()
            .any(|i| i.what.english().starts_with("inject 16"))
    );
}

/// The default scenario with one extra MSEL inject.
fn with_inject(extra: Inject) -> Scenario {
    let mut scenario = kosovo();
    scenario.msel.push(extra);
    scenario
}

/// Advances until the first inject comes due; its number and time.
fn first_due(sim: &mut Simulation) -> (u32, SimTime) {
    let end = sim.end();
    while sim.now() < end {
        sim.advance_to(end);
        if let Some(due) = sim.due_injects().first() {
            return (due.number, due.since);
        }
    }
    panic!("nothing came due before the end");
}

#[test]
fn a_queue_trigger_comes_due_at_the_first_sweep_over_its_threshold() {
    let limit = 150;
    let scenario = with_inject(triggered(
        90,
        InjectTrigger::QueueOver {
            bcp: "vermice".into(),
            people: limit,
        },
    ));
    let mut sim = Simulation::new(&scenario, SEED);
    let (number, due) = first_due(&mut sim);
    assert_eq!(number, 90);
    assert_eq!(sim.now(), due, "advance_to stops where it comes due");
    assert_eq!(due.millis() % Simulation::SWEEP.millis(), 0, "at a sweep");
    assert!(queue(&mut sim, "vermice") > limit);
    let mut earlier = Simulation::new(&scenario, SEED);
    earlier.advance_through(SimTime(due.millis() - Simulation::SWEEP.millis()));
    assert!(
        queue(&mut earlier, "vermice") <= limit,
        "at the sweep before, the queue was within the limit"
    );
    assert!(earlier.due_injects().is_empty());
}

#[test]
fn an_occupancy_trigger_comes_due_when_any_open_site_passes_its_share() {
    let scenario = with_inject(triggered(
        91,
        InjectTrigger::OccupancyOver {
            site: None,
            percent: 90.0,
        },
    ));
    let highest = |sim: &mut Simulation| {
        let r = sim.readings();
        r.sites
            .iter()
            .filter(|s| s.open && s.beds > 0)
            .map(|s| f64::from(s.occupied) * 100.0 / f64::from(s.beds))
            .fold(0.0, f64::max)
    };
    // Nobody is accountable for approving reception in this scenario: someone does it at
    // the start, so that people reach the sites.
    let approved = || {
        let mut sim = Simulation::new(&scenario, SEED);
        sim.apply(&Command::decision("dcam", DecisionKind::ApproveReception))
            .expect("accepted, with an authority gap");
        sim
    };
    let mut sim = approved();
    let (_, due) = first_due(&mut sim);
    assert!(highest(&mut sim) > 90.0);
    let mut earlier = approved();
    earlier.advance_through(SimTime(due.millis() - Simulation::SWEEP.millis()));
    assert!(highest(&mut earlier) <= 90.0);
}

#[test]
fn a_phase_trigger_comes_due_at_the_sweep_after_the_declaration() {
    let scenario = with_inject(triggered(92, InjectTrigger::PhaseDeclared("alert".into())));
    let mut sim = Simulation::new(&scenario, SEED);
    sim.advance_through(SimTime::mins(62));
    assert!(sim.due_injects().is_empty());
    sim.apply(&Command::decision(
        "mia",
        DecisionKind::DeclarePhase {
            phase: "alert".into(),
        },
    ))
    .expect("a known phase");
    let (number, due) = first_due(&mut sim);
    assert_eq!(sim.phase().id, "alert");
    assert_eq!((number, due), (92, SimTime::mins(65)));
}

#[test]
fn a_delivery_trigger_comes_due_its_delay_after_the_other_inject() {
    let scenario = with_inject(triggered(
        93,
        InjectTrigger::Delivered {
            inject: 3,
            after: SimTime::hours(2),
        },
    ));
    let mut sim = Simulation::new(&scenario, SEED);
    sim.advance_through(SimTime::mins(367));
    sim.apply(&Command::DeliverInject { number: 3 })
        .expect("in the MSEL");
    let (number, due) = first_due(&mut sim);
    // Delivered at 6h07; due at the first sweep from 8h07 on.
    assert_eq!((number, due), (93, SimTime::mins(490)));
}

#[test]
fn a_due_inject_waits_for_its_delivery_and_comes_due_only_once() {
    let scenario = with_inject(triggered(
        94,
        InjectTrigger::QueueOver {
            bcp: "vermice".into(),
            people: 100,
        },
    ));
    let mut sim = Simulation::new(&scenario, SEED);
    let (_, due) = first_due(&mut sim);
    sim.advance_through(SimTime(due.millis() + 3 * Simulation::SWEEP.millis()));
    assert_eq!(sim.due_injects().len(), 1, "still due, not delivered");
    assert!(
        !sim.informed()
            .iter()
            .any(|i| i.what.english().starts_with("inject 94"))
    );
    sim.apply(&Command::DeliverInject { number: 94 })
        .expect("in the MSEL");
    let end = sim.end();
    sim.advance_to(end);
    assert_eq!(sim.now(), end, "nothing stops the run once delivered");
    assert!(sim.due_injects().is_empty());
}

#[test]
fn headless_run_and_replay_with_triggered_injects_reach_identical_digests() {
    let mut scenario = kosovo();
    let mut queue_inject = triggered(
        95,
        InjectTrigger::QueueOver {
            bcp: "vermice".into(),
            people: 200,
        },
    );
    queue_inject.effect = Some(InjectEffect::OfficerShortage {
        bcp: "vermice".into(),
        officers: 1,
    });
    let mut follow_up = triggered(
        96,
        InjectTrigger::Delivered {
            inject: 95,
            after: SimTime::hours(1),
        },
    );
    follow_up.effect = Some(InjectEffect::Surge {
        entry: "mkd_blace".into(),
        people: 80,
        over: SimTime::hours(2),
        nationality: Some("Iraq".into()),
    });
    scenario.msel.extend([queue_inject, follow_up]);
    let text = to_ron(&scenario).expect("writes");
    let dir = scratch("triggered-replay");
    let file = dir.join("triggered.ron");
    std::fs::write(&file, &text).expect("written");
    let source = Source::new(file.display().to_string(), text);
    let scenario = parse(&source).expect("valid");

    let journal_path = dir.join("run.journal");
    let header = Header::new(
        &scenario,
        ScenarioSource::File(source.name.clone()),
        &source.text,
        SEED,
    );
    let mut recorder = Recorder::create(&journal_path, &header).expect("created");
    let mut sim = Simulation::new(&scenario, SEED);
    let timeline = with_msel(&scenario, Vec::new());
    let end = sim.end();
    run_timeline(&mut sim, &timeline, end, Some(&mut recorder)).expect("runs");
    drop(recorder);
    let end_digest = sim.digest();
    assert!(sim.due_injects().is_empty(), "the run delivered them");

    let journal = fluxsim::journal::read(&journal_path).expect("reads");
    let delivered: Vec<(SimTime, u32)> = journal
        .commands()
        .filter_map(|c| match c.command {
            Command::DeliverInject { number } if number >= 95 => Some((c.at, number)),
            _ => None,
        })
        .collect();
    assert_eq!(delivered.len(), 2, "each delivered once: {delivered:?}");
    assert_eq!(delivered[1].0.millis() - delivered[0].0.millis(), 3_600_000);

    let replayed = replay(&journal, &scenario, &source).expect("every digest matches");
    let mut replayed_sim = replayed.sim;
    assert!(replayed.digests > timeline.len());
    assert_eq!(replayed_sim.digest(), end_digest);

    // The journal used as a script: its triggered deliveries are the script's, made once.
    let again = with_msel(&scenario, script_commands(&journal));
    let mut rerun = Simulation::new(&scenario, SEED);
    run_timeline(&mut rerun, &again, end, None).expect("runs as a script");
    assert_eq!(rerun.digest(), end_digest, "the same exercise again");
}

#[test]
fn ids_in_triggers_and_effects_are_checked_when_the_scenario_loads() {
    let mut scenario = kosovo();
    let mut bad = triggered(
        97,
        InjectTrigger::QueueOver {
            bcp: "nowhere".into(),
            people: 10,
        },
    );
    bad.effect = Some(InjectEffect::TransportBreakdown {
        fleet: "ferries".into(),
        buses: 1,
    });
    scenario.msel.push(bad);
    let text = to_ron(&scenario).expect("writes");
    let err = parse(&Source::new("bad.ron", text)).expect_err("unknown ids");
    let shown = format!("{:?}", miette::Report::new(err));
    assert!(shown.contains("unknown BCP `nowhere`"), "{shown}");
    assert!(shown.contains("unknown bus fleet `ferries`"), "{shown}");
    assert!(shown.contains("bad.ron:"), "located: {shown}");
}
