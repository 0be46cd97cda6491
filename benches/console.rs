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

criterion_group!(benches, frame, scrub);
criterion_main!(benches);
