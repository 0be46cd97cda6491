//! Console frame benchmark: one frame of the Situation pane (tables, sparklines, network)
//! drawn into a `TestBackend`, on the million-person scenario at its peak (day 40), and the
//! snapshot read each running frame takes before drawing. Also the replay timeline on the
//! default scenario: scrubbing back re-simulates from the start.

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use fluxsim::console::{App, Timeline};
use fluxsim::journal::{Header, Recorder, ScenarioSource, read};
use fluxsim::scenario::{DEFAULT_NAME, DEFAULT_TEXT, Source, default_scenario, parse};
use fluxsim::{Command, SimTime, Simulation};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn balkan_at_day_40() -> App {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/scenarios/balkan-route-90d.ron"
    );
    let text = std::fs::read_to_string(path).expect("shipped scenario exists");
    let scenario = parse(&Source::new("balkan-route-90d.ron", text)).expect("valid scenario");
    let seed = scenario.exercise.seed;
    let mut app = App::new(scenario, seed);
    app.simulation().advance_to(SimTime::days(40));
    app.refresh();
    app
}

fn frame(c: &mut Criterion) {
    let app = balkan_at_day_40();
    let mut group = c.benchmark_group("console_frame_balkan_day40");
    for (width, height) in [(80, 24), (200, 60)] {
        let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
        group.bench_function(format!("{width}x{height}"), |b| {
            b.iter(|| {
                terminal
                    .draw(|f| f.render_widget(black_box(&app), f.area()))
                    .expect("draw");
            })
        });
    }
    // What each running frame also pays before drawing: reading the snapshot.
    let mut app = app;
    group.bench_function("snapshot", |b| b.iter(|| app.refresh()));
    group.finish();
}

/// The default scenario's 72 hours recorded with one command (inject 3 at T+6h), opened for
/// replay.
fn recorded_default(dir: &std::path::Path) -> (Timeline, Simulation) {
    let scenario = default_scenario().expect("embedded scenario is valid");
    let seed = scenario.exercise.seed;
    let header = Header::new(
        &scenario,
        ScenarioSource::Embedded(DEFAULT_NAME.to_string()),
        DEFAULT_TEXT,
        seed,
    );
    let path = dir.join("bench.journal");
    let mut recorder = Recorder::create(&path, &header).expect("new journal");
    let mut sim = Simulation::new(&scenario, seed);
    sim.advance_to(SimTime::hours(6));
    recorder
        .record(
            &mut sim,
            Command::DeliverInject { number: 3 },
            fluxsim::Origin::Facilitator,
        )
        .expect("recorded")
        .expect("applied");
    sim.run_to_end();
    recorder.reached(&mut sim).expect("recorded");
    let journal = read(&path).expect("journal reads");
    Timeline::open(journal, scenario, &Source::default_scenario()).expect("replays")
}

fn scrub(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temporary directory");
    let (mut timeline, mut sim) = recorded_default(dir.path());
    let (end, middle) = (
        timeline.at_time(SimTime::days(3)),
        timeline.at_time(SimTime::hours(36)),
    );
    let mut group = c.benchmark_group("replay_scrub_default");
    // Back from the end to T+36h: a new simulation run from T+0 through the journal.
    group.bench_function("back_36h_from_72h", |b| {
        b.iter_custom(|iters| {
            let mut spent = Duration::ZERO;
            for _ in 0..iters {
                timeline.seek(&mut sim, end).expect("seek");
                let started = Instant::now();
                timeline.seek(&mut sim, black_box(middle)).expect("seek");
                spent += started.elapsed();
            }
            spent
        })
    });
    group.finish();
}

/// The million-person scenario's 90 days recorded with two commands, opened for replay (which
/// replays it once and keeps its checkpoints).
fn recorded_balkan(dir: &std::path::Path) -> (Timeline, Simulation) {
    let name = "balkan-route-90d.ron";
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/scenarios/balkan-route-90d.ron"
    );
    let text = std::fs::read_to_string(path).expect("shipped scenario exists");
    let source = Source::new(name, text);
    let scenario = parse(&source).expect("valid scenario");
    let seed = scenario.exercise.seed;
    let header = Header::new(
        &scenario,
        ScenarioSource::File(name.to_string()),
        &source.text,
        seed,
    );
    let journal = dir.join("balkan.journal");
    let mut recorder = Recorder::create(&journal, &header).expect("new journal");
    let mut sim = Simulation::new(&scenario, seed);
    for (day, action) in [
        (
            20,
            fluxsim::ControlAction::ChangeOfficers {
                bcp: "gevgelija".into(),
                by: 4,
            },
        ),
        (45, fluxsim::ControlAction::UnlockSurgeCapacity),
    ] {
        sim.advance_to(SimTime::days(day));
        recorder
            .record(
                &mut sim,
                Command::Control(action),
                fluxsim::Origin::Facilitator,
            )
            .expect("recorded")
            .expect("applied");
    }
    sim.run_to_end();
    recorder.reached(&mut sim).expect("recorded");
    drop(sim);
    let journal = read(&journal).expect("journal reads");
    let opened = Instant::now();
    let timeline = Timeline::open(journal, scenario, &source).expect("replays");
    eprintln!(
        "balkan: opened for replay in {:.1} s, {} checkpoints kept",
        opened.elapsed().as_secs_f64(),
        timeline.0.checkpoints().len()
    );
    timeline
}

fn scrub_balkan(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temporary directory");
    let (mut timeline, mut sim) = recorded_balkan(dir.path());
    let day60 = timeline.at_time(SimTime::days(60));
    let mut group = c.benchmark_group("replay_scrub_balkan");
    group.sample_size(10);
    // Back from day 60 to day 30, and to the instant before the next checkpoint after day 30
    // (the longest simulation forward from a checkpoint).
    let kept = timeline.checkpoints();
    let after_30 = kept
        .iter()
        .copied()
        .find(|&t| t > SimTime::days(30))
        .unwrap_or(SimTime::days(31));
    for (name, to) in [
        ("back_to_day30_from_day60", SimTime::days(30)),
        (
            "back_to_just_before_a_checkpoint",
            after_30 - SimTime::secs(1),
        ),
    ] {
        let to = timeline.at_time(to);
        group.bench_function(name, |b| {
            b.iter_custom(|iters| {
                let mut spent = Duration::ZERO;
                for _ in 0..iters {
                    timeline.seek(&mut sim, day60).expect("seek");
                    let started = Instant::now();
                    timeline.seek(&mut sim, black_box(to)).expect("seek");
                    spent += started.elapsed();
                }
                spent
            })
        });
    }
    group.finish();
}

criterion_group!(benches, frame, scrub);
criterion_group! {
    name = balkan;
    config = Criterion::default().measurement_time(Duration::from_secs(20));
    targets = scrub_balkan
}
criterion_main!(benches, balkan);
