//! `fluxsim compare A.journal B.journal`: two branches of one exercise side by side.

use std::path::{Path, PathBuf};

use super::Failure;
use super::report::replayed;
use super::run::report;
use crate::journal::read;
use crate::report::{Comparison, same_exercise};

/// Replays both journals and prints their key metrics side by side, as a table or JSON.
pub fn run(a: &Path, b: &Path, scenario: Option<&PathBuf>, json: bool) -> Result<(), Failure> {
    // The headers say whether the comparison means anything; check before replaying.
    same_exercise(&read(a).map_err(report)?, &read(b).map_err(report)?).map_err(report)?;
    let mut first = replayed(a, scenario)?;
    let mut second = replayed(b, scenario)?;
    let comparison = Comparison::build(
        &first.journal,
        &mut first.sim,
        &second.journal,
        &mut second.sim,
    )
    .map_err(report)?;
    if json {
        let text =
            serde_json::to_string_pretty(&comparison).map_err(|e| Failure::Other(e.to_string()))?;
        println!("{text}");
    } else {
        print!("{}", table(&comparison));
    }
    Ok(())
}

/// The comparison as aligned text.
pub fn table(c: &Comparison) -> String {
    let mut out = format!("{} — seed {} — what-if comparison\n", c.scenario, c.seed);
    for (label, branch) in [("A", &c.a), ("B", &c.b)] {
        let fork = branch
            .forked_from
            .as_ref()
            .map_or(String::new(), |(from, at)| {
                format!("; forked from {from} at {at}")
            });
        out += &format!(
            "  {label}  {} (to {}, {} commands{fork})\n",
            branch.journal, branch.reached, branch.commands
        );
    }
    out += &format!(
        "\n  {:<56} {:>10} {:>10} {:>10}\n",
        "metric", "A", "B", "B − A"
    );
    let mut group = "";
    for m in &c.metrics {
        if m.group != group {
            group = &m.group;
            out += &format!("  {group}\n");
        }
        out += &format!(
            "    {:<54} {:>10} {:>10} {:>10}{}\n",
            format!("{} ({})", m.name, m.unit),
            value(m.a),
            value(m.b),
            m.difference.map_or("-".into(), signed),
            if m.differs() { "  *" } else { "" }
        );
    }
    for (label, gaps) in [("A", &c.only_in_a), ("B", &c.only_in_b)] {
        out += &format!("\nGaps only in {label} ({})\n", gaps.len());
        for g in gaps {
            out += &format!(
                "  #{:<3} {:<22} {:>9}  {}  [{}]\n",
                g.id,
                g.category,
                g.opened,
                g.summary.english(),
                g.institutions.join(", ")
            );
        }
    }
    out += &format!("\n{} difference(s)\n", c.differences());
    out
}

fn value(v: Option<f64>) -> String {
    v.map_or("-".into(), |x| trim(format!("{x:.1}")))
}

fn signed(x: f64) -> String {
    let text = trim(format!("{x:+.1}"));
    if x == 0.0 { "0".into() } else { text }
}

/// `12.0` as `12`: counts read as counts.
fn trim(text: String) -> String {
    text.strip_suffix(".0").map_or(text.clone(), str::to_string)
}
