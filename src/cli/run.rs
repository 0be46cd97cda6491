//! `fluxsim run [FILE]`: run a scenario headless and print the summary.

use std::path::PathBuf;

use super::{Failure, load_source};
use crate::scenario::parse;
use crate::sim::Snapshot;
use crate::{Metrics, SimTime, Simulation};

/// Output format of `run`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Aligned tables for people.
    Table,
    /// Stable JSON for scripts (see docs/run-json.md).
    Json,
}

/// Runs the scenario (or the embedded default) to `until` or its end and prints the summary.
pub fn run(
    file: Option<&PathBuf>,
    seed: Option<u64>,
    until: Option<SimTime>,
    format: Format,
) -> Result<(), Failure> {
    let source = load_source(file)?;
    let scenario = parse(&source).map_err(|err| {
        eprintln!("{:?}", miette::Report::new(err));
        Failure::Invalid
    })?;
    let seed = seed.unwrap_or(scenario.exercise.seed);
    let until = until.unwrap_or(scenario.exercise.duration);
    let mut sim = Simulation::new(&scenario, seed);
    sim.advance_to(until);
    let metrics = sim.metrics();
    match format {
        Format::Json => {
            let json = serde_json::to_string_pretty(&metrics)
                .map_err(|e| Failure::Other(e.to_string()))?;
            println!("{json}");
        }
        Format::Table => print!("{}", table(&metrics)),
    }
    if metrics.snapshot.totals.conserved {
        Ok(())
    } else {
        Err(Failure::Other("conservation check failed".into()))
    }
}

/// The summary as aligned text tables.
pub fn table(m: &Metrics) -> String {
    let s: &Snapshot = &m.snapshot;
    let mut out = String::new();
    let hours = SimTime(s.time_ms);
    out += &format!(
        "{} — seed {} — ran to T+{hours} ({} events)\n\n",
        m.scenario, m.seed, m.events
    );
    out += "Border crossing points\n";
    out += &format!(
        "  {:<22} {:>9} {:>9} {:>7} {:>9} {:>10} {:>10}\n",
        "BCP", "arrivals", "processed", "queue", "max queue", "mean wait", "p95 wait"
    );
    for p in s
        .places
        .iter()
        .filter(|p| p.role == "bcp" || p.role == "registration")
    {
        out += &format!(
            "  {:<22} {:>9} {:>9} {:>7} {:>9} {:>8.1} m {:>8.0} m{}\n",
            clip(&p.name, 22),
            p.arrived,
            p.processed,
            p.queue,
            p.max_queue,
            p.mean_wait_min,
            p.p95_wait_min,
            if p.role == "registration" {
                "  (registration)"
            } else {
                ""
            }
        );
    }
    out += "\nReception sites\n";
    out += &format!(
        "  {:<22} {:>9} {:>9} {:>9} {:>6}\n",
        "site", "now", "peak", "capacity", "open"
    );
    for p in s.places.iter().filter(|p| p.role == "reception") {
        let over = if p.peak_occupancy >= p.capacity && p.capacity > 0 {
            "  full"
        } else {
            ""
        };
        out += &format!(
            "  {:<22} {:>9} {:>9} {:>9} {:>6}{over}\n",
            clip(&p.name, 22),
            p.occupancy,
            p.peak_occupancy,
            p.capacity,
            if p.open { "yes" } else { "no" }
        );
    }
    let t = &s.totals;
    out += &format!(
        "\nPeople outdoors: {} now, {} at most; {:.0} person-hours outdoors, {:.0} of them at night\n",
        t.outdoors, t.peak_outdoors, t.person_hours_outdoors, t.person_hours_outdoors_night
    );
    if !s.vulnerable.is_empty() {
        out += "\nVulnerable persons\n";
        out += &format!(
            "  {:<22} {:>10} {:>9} {:>6} {:>8} {:>10} {:>11}\n",
            "kind", "identified", "in time", "late", "pending", "no service", "mean hand-over"
        );
        for v in &s.vulnerable {
            out += &format!(
                "  {:<22} {:>10} {:>9} {:>6} {:>8} {:>10} {:>9.0} m\n",
                format!("{:?}", v.kind),
                v.identified,
                v.referred_in_time,
                v.referred_late,
                v.pending,
                v.no_service,
                v.mean_referral_min
            );
        }
    }
    let departed: u64 = t.departed.values().sum();
    out += &format!(
        "\nConservation: {} arrived = {} in the system + {} left ({}) — {}\n",
        t.arrivals,
        t.in_system,
        departed,
        t.departed
            .iter()
            .map(|(d, n)| format!("{d:?} {n}").to_lowercase())
            .collect::<Vec<_>>()
            .join(", "),
        if t.conserved { "holds" } else { "BROKEN" }
    );
    out
}

fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        s.chars().take(n - 1).collect::<String>() + "…"
    }
}
