//! A BCP with Poisson arrivals and exponential service is an M/M/c queue: its mean wait
//! must agree with Erlang C, and Little's law must hold. Seeds were fixed before the test
//! was written; run lengths grow with 1/(1−ρ)²; the tolerance is claimed only where the
//! batch-means confidence interval is under a third of it.

use fluxsim::{SimTime, Simulation};

use crate::support::single_crossing;

/// Erlang C: probability of waiting and mean wait in queue (hours) for M/M/c.
fn erlang_c(lambda: f64, mu: f64, c: u32) -> (f64, f64) {
    let a = lambda / mu;
    let rho = a / f64::from(c);
    let mut term = 1.0; // a^k / k!
    let mut sum = 0.0;
    for k in 0..c {
        sum += term;
        term *= a / f64::from(k + 1);
    }
    let tail = term / (1.0 - rho);
    let p_wait = tail / (sum + tail);
    (p_wait, p_wait / (f64::from(c) * mu - lambda))
}

struct Measured {
    /// Mean wait in queue (hours) after the warm-up batch.
    wq: f64,
    /// 95 % half-width of the batch means (hours).
    half_width: f64,
    /// Time-average queue length over the whole run.
    lq: f64,
    /// Mean wait over the whole run (hours), for Little's law.
    wq_all: f64,
    /// Observed arrival rate (per hour) over the whole run.
    lambda: f64,
}

/// Runs `batches` + 1 equal batches of `batch_hours`; the first is warm-up.
fn measure(
    per_hour: f64,
    service: &str,
    c: u32,
    batch_hours: i64,
    batches: i64,
    seed: u64,
) -> Measured {
    let total = batch_hours * (batches + 1);
    let scenario = single_crossing(per_hour, service, c, &format!("{total}h"));
    let mut sim = Simulation::new(&scenario, seed);
    sim.keep_departures(false);
    let mut last = (0.0, 0u64);
    let mut means = Vec::new();
    for b in 0..=batches {
        sim.advance_to(SimTime::hours(batch_hours * (b + 1)));
        let bcp = sim
            .snapshot()
            .flow
            .places
            .into_iter()
            .find(|p| p.id == "bcp")
            .expect("bcp");
        let sum = bcp.mean_wait_min * bcp.served as f64 / 60.0;
        if b > 0 {
            means.push((sum - last.0) / (bcp.served - last.1) as f64);
        }
        last = (sum, bcp.served);
    }
    let n = means.len() as f64;
    let mean = means.iter().sum::<f64>() / n;
    let var = means.iter().map(|m| (m - mean).powi(2)).sum::<f64>() / (n - 1.0);
    let snap = sim.snapshot();
    let bcp = snap.places.iter().find(|p| p.id == "bcp").expect("bcp");
    Measured {
        wq: mean,
        half_width: 1.96 * (var / n).sqrt(),
        lq: bcp.mean_queue,
        wq_all: bcp.mean_wait_min / 60.0,
        lambda: snap.totals.arrivals as f64 / total as f64,
    }
}

/// Arrivals of an M/M/c run at ρ = 0.5; every run is this scaled by (0.5 / (1 − ρ))², so the
/// relative half-width of the batch means stays about the same. A pilot of a plain
/// Kiefer–Wolfowitz recursion (independent of the engine) put it near ±0.45 % at this length
/// for each case below, from M/M/1 at ρ = 0.5 to M/M/8 at ρ = 0.95: under the ±0.67 % (a third
/// of 2 %) the claim needs, with room for the spread of the interval estimate itself.
const BASE_ARRIVALS: f64 = 5.5e6;

fn check_mmc(lambda: f64, mean_service_min: u32, c: u32, seed: u64) {
    let mu = 60.0 / f64::from(mean_service_min);
    let rho = lambda / (mu * f64::from(c));
    let (_, wq_theory) = erlang_c(lambda, mu, c);
    let arrivals = BASE_ARRIVALS * (0.5 / (1.0 - rho)).powi(2).max(1.0);
    let batches = 40;
    let batch_hours = (arrivals / lambda / f64::from(batches)).ceil() as i64;
    let service = format!("Exp(mean: \"{mean_service_min}m\")");
    let m = measure(lambda, &service, c, batch_hours, batches as i64, seed);
    let tolerance = 0.02 * wq_theory;
    assert!(
        m.half_width < tolerance / 3.0,
        "ρ={rho:.2} c={c}: interval ±{:.5} h too wide to claim ±{tolerance:.5} h (Wq {:.5} vs {wq_theory:.5})",
        m.half_width,
        m.wq
    );
    assert!(
        (m.wq - wq_theory).abs() < tolerance,
        "ρ={rho:.2} c={c}: Wq {:.5} h vs Erlang C {wq_theory:.5} h (±{:.5})",
        m.wq,
        m.half_width
    );
    let little = m.lambda * m.wq_all;
    assert!(
        (m.lq - little).abs() / little < 0.01,
        "Little: Lq {:.4} vs λ·Wq {little:.4}",
        m.lq
    );
}

/// The M/M/c case of the default suite (5.5×10^6 arrivals); the heavier loads are ignored by
/// default and run in CI.
#[test]
fn queueing_matches_erlang_c_at_half_load() {
    check_mmc(30.0, 1, 1, 101);
}

#[test]
#[ignore = "about 3.4×10^7 arrivals; the default suite keeps one M/M/c case: `cargo test --release --test spec -- --ignored queueing`"]
fn queueing_matches_erlang_c_for_three_officers_at_80_percent() {
    check_mmc(144.0, 1, 3, 102);
}

#[test]
#[ignore = "about 6×10^7 arrivals; the default suite keeps one M/M/c case: `cargo test --release --test spec -- --ignored queueing`"]
fn queueing_matches_erlang_c_for_one_officer_at_85_percent() {
    check_mmc(51.0, 1, 1, 105);
}

#[test]
#[ignore = "about 5.5×10^8 arrivals, minutes: `cargo test --release --test spec -- --ignored queueing`"]
fn queueing_matches_erlang_c_for_eight_officers_at_95_percent() {
    check_mmc(456.0, 1, 8, 103);
}

/// The M/D/1 case of the default suite (about 2.8×10^6 arrivals at ρ = 0.7).
#[test]
fn deterministic_service_matches_pollaczek_khinchine() {
    // M/D/1: Wq = ρ / (2 μ (1 − ρ)).
    let (lambda, mu) = (42.0, 60.0);
    let rho: f64 = lambda / mu;
    let theory = rho / (2.0 * mu * (1.0 - rho));
    let arrivals = 1.0e6 * (0.5 / (1.0 - rho)).powi(2).max(1.0);
    let batch_hours = (arrivals / lambda / 40.0).ceil() as i64;
    let m = measure(lambda, "Fixed(\"1m\")", 1, batch_hours, 40, 104);
    let tolerance = 0.02 * theory;
    assert!(
        m.half_width < tolerance / 3.0,
        "interval ±{:.5} too wide",
        m.half_width
    );
    assert!(
        (m.wq - theory).abs() < tolerance,
        "Wq {:.5} h vs P-K {theory:.5} h",
        m.wq
    );
}
