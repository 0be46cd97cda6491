//! Console frame benchmark: one frame of the Situation pane (tables, sparklines, network)
//! drawn into a `TestBackend`, on the million-person scenario at its peak (day 40), and the
//! snapshot read each running frame takes before drawing.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use fluxsim::SimTime;
use fluxsim::console::App;
use fluxsim::scenario::{Source, parse};
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

criterion_group!(benches, frame);
criterion_main!(benches);
