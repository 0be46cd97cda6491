//! The sweep as aligned text for the terminal.

use crate::time::SimTime;
use std::fmt::Write;

use super::{Summary, Sweep};
use crate::i18n::{Lang, Localized, number};
use crate::tr;

/// The sweep's summary tables, in `lang`: key metrics, then gaps by category.
pub fn table(sweep: &Sweep, lang: Lang) -> String {
    let mut out = String::new();
    let seeds = match (sweep.runs.first(), sweep.runs.last()) {
        (Some(first), Some(last)) => tr!(
            lang,
            "sweep-seeds",
            first = first.seed.to_string(),
            last = last.seed.to_string()
        ),
        _ => tr!(lang, "sweep-no-seed"),
    };
    let _ = writeln!(
        out,
        "{}",
        tr!(
            lang,
            "sweep-heading",
            scenario = &sweep.scenario,
            replications = sweep.replications,
            seeds = seeds,
            commands = sweep.commands,
            until = SimTime(sweep.until_ms).t_plus()
        )
    );
    let ci = tr!(lang, "sweep-col-ci");
    let _ = writeln!(out, "{}\n", sweep.interval);
    let _ = writeln!(
        out,
        "{:<28} {:<16} {:>4} {:>10} {:>10} {:>10} {:>10}  {ci}",
        tr!(lang, "sweep-col-metric"),
        tr!(lang, "sweep-col-place"),
        "n",
        tr!(lang, "sweep-col-mean"),
        "5 %",
        tr!(lang, "sweep-col-median"),
        "95 %"
    );
    for m in &sweep.metrics {
        let place = m.metric.place.as_deref().unwrap_or("");
        match &m.summary {
            Some(s) => {
                let _ = writeln!(
                    out,
                    "{:<28} {:<16} {:>4} {}",
                    m.metric.label(lang),
                    place,
                    s.n,
                    columns(s, lang)
                );
            }
            None => {
                let _ = writeln!(out, "{:<28} {:<16} {:>4}", m.metric.label(lang), place, 0);
            }
        }
    }
    let _ = writeln!(
        out,
        "\n{:<28} {:<16} {:>4} {:>10} {:>10} {:>10} {:>10}  {ci}",
        tr!(lang, "sweep-col-gaps"),
        tr!(lang, "sweep-col-replications"),
        "n",
        tr!(lang, "sweep-col-mean"),
        "5 %",
        tr!(lang, "sweep-col-median"),
        "95 %"
    );
    for g in &sweep.gaps {
        let with = tr!(
            lang,
            "sweep-with",
            with = g.replications_with,
            of = g.summary.n
        );
        let _ = writeln!(
            out,
            "{:<28} {:<16} {:>4} {}",
            g.kind.localized(lang),
            with,
            g.summary.n,
            columns(&g.summary, lang)
        );
    }
    out
}

fn columns(s: &Summary, lang: Lang) -> String {
    let n = |x: f64| number::decimal(lang, x, 2);
    let ci = match (s.mean_low, s.mean_high) {
        (Some(low), Some(high)) => format!("{} – {}", n(low), n(high)),
        _ => String::from("–"),
    };
    format!(
        "{:>10} {:>10} {:>10} {:>10}  {ci}",
        n(s.mean),
        n(s.p5),
        n(s.median),
        n(s.p95)
    )
}
