//! Sweep benchmarks through the public API: 16 replications of the default scenario (with
//! its MSEL) on one thread and on two, so the parallel speed-up shows beside the serial cost.
//! The million-person sweep is measured as a whole process (README, Performance).

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use fluxsim::scenario::default_scenario;
use fluxsim::sweep::{SweepOptions, sweep, timeline};

fn default_16_seeds(c: &mut Criterion) {
    let scenario = default_scenario().expect("embedded scenario is valid");
    let commands = timeline(&scenario, None);
    let mut group = c.benchmark_group("sweep_default_72h");
    group.throughput(Throughput::Elements(16));
    for threads in [1, 2] {
        let options = SweepOptions {
            seeds: SweepOptions::seeds_from(1, 16),
            threads: Some(threads),
            until: None,
        };
        group.bench_function(format!("16_seeds_{threads}_threads"), |b| {
            b.iter(|| {
                let result = sweep(&scenario, &commands, &options).expect("the sweep runs");
                black_box(result.metrics.len())
            })
        });
    }
    group.finish();
}

criterion_group!(benches, default_16_seeds);
criterion_main!(benches);
