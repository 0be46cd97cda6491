//! The sweep as aligned text for the terminal.

use crate::time::SimTime;
use std::fmt::Write;

use super::{Summary, Sweep};

/// The sweep's summary tables: key metrics, then gaps by category.
pub fn table(sweep: &Sweep) -> String {
    let mut out = String::new();
    let seeds = match (sweep.runs.first(), sweep.runs.last()) {
        (Some(first), Some(last)) => format!("seeds {}..={}", first.seed, last.seed),
        _ => String::from("no seed"),
    };
    let _ = writeln!(
        out,
        "{}: {} replications ({seeds}), {} commands each, to {}",
        sweep.scenario,
        sweep.replications,
        sweep.commands,
        SimTime(sweep.until_ms).t_plus()
    );
    let _ = writeln!(out, "{}\n", sweep.interval);
    let _ = writeln!(
        out,
        "{:<28} {:<16} {:>4} {:>10} {:>10} {:>10}  mean 90 % CI",
        "metric", "place", "n", "mean", "5 %", "95 %"
    );
    for m in &sweep.metrics {
        let place = m.metric.place.as_deref().unwrap_or("");
        match &m.summary {
            Some(s) => {
                let _ = writeln!(
                    out,
                    "{:<28} {:<16} {:>4} {}",
                    m.metric.name,
                    place,
                    s.n,
                    columns(s)
                );
            }
            None => {
                let _ = writeln!(out, "{:<28} {:<16} {:>4}", m.metric.name, place, 0);
            }
        }
    }
    let _ = writeln!(
        out,
        "\n{:<28} {:<16} {:>4} {:>10} {:>10} {:>10}  mean 90 % CI",
        "gaps per replication", "replications", "n", "mean", "5 %", "95 %"
    );
    for g in &sweep.gaps {
        let with = format!("{} of {}", g.replications_with, g.summary.n);
        let _ = writeln!(
            out,
            "{:<28} {:<16} {:>4} {}",
            g.label,
            with,
            g.summary.n,
            columns(&g.summary)
        );
    }
    out
}

fn columns(s: &Summary) -> String {
    let ci = match (s.mean_low, s.mean_high) {
        (Some(low), Some(high)) => format!("{low:.2} – {high:.2}"),
        _ => String::from("–"),
    };
    format!("{:>10.2} {:>10.2} {:>10.2}  {ci}", s.mean, s.p5, s.p95)
}
