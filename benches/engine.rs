//! Engine benchmarks through the public API, people as real entities.
//!
//! - `kernel`: one M/M/4 crossing at 90 % load; an arrival, a service start and a service end
//!   count one event each (the throughput criterion reports), whatever the engine queues.
//! - `default_72h`: the embedded default scenario, headless, to its end.
//! - `balkan_90d`: the million-person route scenario, to its end.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use fluxsim::scenario::{Source, default_scenario, parse};
use fluxsim::{Scenario, Simulation};

fn single_crossing(per_hour: f64, hours: u32) -> Scenario {
    let text = format!(
        r#"(
    exercise: (name: "kernel", start: "2026-01-01T00:00", duration: "{hours}h", sample_every: "1d"),
    locations: [
        (id: "entry", kind: Entry(country: "A")),
        (id: "bcp", kind: Bcp(country: "A", lanes: 4, shifts: [(from_hour: 0, officers: 4)], service: Exp(mean: "2m"))),
        (id: "out", kind: Exit(country: "B", outcome: Onward)),
    ],
    links: [(from: "entry", to: "bcp", time: "0s"), (from: "bcp", to: "out", time: "0s")],
    institutions: [], functions: [], plan: (phases: [(id: "normal")]),
    arrivals: [(at: "entry", rate: PerHour({per_hour:?}))],
    cohort: (nationalities: [(id: "X", share: 1.0, languages: {{"xx": 1.0}})], outcomes: (onward: 1.0, asylum: 0.0, return: 0.0)),
)"#
    );
    parse(&Source::new("kernel.ron", text)).expect("valid kernel scenario")
}

fn kernel(c: &mut Criterion) {
    // 90 % load on 4 officers: 108 arrivals per hour, 1,000 hours ≈ 108,000 arrivals.
    let scenario = single_crossing(108.0, 1_000);
    let mut probe = Simulation::new(&scenario, 1);
    probe.keep_departures(false);
    probe.run_to_end();
    let snapshot = probe.snapshot();
    let bcp = snapshot
        .places
        .iter()
        .find(|p| p.id == "bcp")
        .expect("the kernel has one BCP");
    let events = snapshot.totals.arrivals + bcp.served + bcp.processed;
    let mut group = c.benchmark_group("kernel");
    group.throughput(Throughput::Elements(events));
    group.bench_function("mm4_90pct_108k_arrivals", |b| {
        b.iter(|| {
            let mut sim = Simulation::new(&scenario, 1);
            sim.keep_departures(false);
            sim.run_to_end();
            black_box(sim.events_processed())
        })
    });
    group.finish();
}

fn default_72h(c: &mut Criterion) {
    let scenario = default_scenario().expect("embedded scenario is valid");
    c.bench_function("default_72h", |b| {
        b.iter(|| {
            let mut sim = Simulation::new(&scenario, 1);
            sim.run_to_end();
            black_box(sim.snapshot().totals.arrivals)
        })
    });
}

fn balkan_90d(c: &mut Criterion) {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/scenarios/balkan-route-90d.ron"
    );
    let Ok(text) = std::fs::read_to_string(path) else {
        return;
    };
    let scenario =
        parse(&Source::new("balkan-route-90d.ron", text)).expect("valid balkan scenario");
    let mut group = c.benchmark_group("balkan");
    group.sample_size(10);
    group.bench_function("balkan_90d", |b| {
        b.iter(|| {
            let mut sim = Simulation::new(&scenario, 1);
            sim.run_to_end();
            black_box(sim.snapshot().totals.arrivals)
        })
    });
    group.finish();
}

criterion_group!(benches, kernel, default_72h, balkan_90d);
criterion_main!(benches);
