//! `fluxsim compare A.journal B.journal`: two branches of one exercise side by side.

use std::path::{Path, PathBuf};

use super::Failure;
use super::report::replayed;
use super::run::report;
use crate::i18n::{Lang, Localized};
use crate::journal::read;
use crate::report::{Comparison, same_exercise};
use crate::tr;

/// Replays both journals and prints their key metrics side by side, as a table or JSON.
pub fn run(
    a: &Path,
    b: &Path,
    scenario: Option<&PathBuf>,
    json: bool,
    lang: Lang,
) -> Result<(), Failure> {
    // The headers say whether the comparison means anything; check before replaying.
    same_exercise(&read(a).map_err(report)?, &read(b).map_err(report)?).map_err(report)?;
    let mut first = replayed(a, scenario, lang)?;
    let mut second = replayed(b, scenario, lang)?;
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
        print!("{}", table(&comparison, lang));
    }
    Ok(())
}

/// The comparison as aligned text, in `lang`.
pub fn table(c: &Comparison, lang: Lang) -> String {
    let mut out = tr!(
        lang,
        "cli-compare-title",
        scenario = c.scenario.as_str(),
        seed = c.seed.to_string()
    ) + "\n";
    for (label, branch) in [("A", &c.a), ("B", &c.b)] {
        let line = match &branch.forked_from {
            Some((from, at)) => tr!(
                lang,
                "cli-compare-branch-forked",
                label = label,
                journal = branch.journal.as_str(),
                reached = branch.reached.as_str(),
                commands = branch.commands,
                from = from.as_str(),
                at = at.as_str()
            ),
            None => tr!(
                lang,
                "cli-compare-branch",
                label = label,
                journal = branch.journal.as_str(),
                reached = branch.reached.as_str(),
                commands = branch.commands
            ),
        };
        out += &format!("  {line}\n");
    }
    out += &format!(
        "\n  {:<56} {:>10} {:>10} {:>10}\n",
        tr!(lang, "cli-compare-metric"),
        "A",
        "B",
        "B − A"
    );
    let mut group = "";
    for m in &c.metrics {
        if m.group != group {
            group = &m.group;
            out += &format!("  {}\n", m.group_words(lang));
        }
        out += &format!(
            "    {:<54} {:>10} {:>10} {:>10}{}\n",
            tr!(
                lang,
                "compare-metric-with-unit",
                metric = m.words.localized(lang),
                unit = m.unit_words(lang)
            ),
            value(m.a),
            value(m.b),
            m.difference.map_or("-".into(), signed),
            if m.differs() { "  *" } else { "" }
        );
    }
    for (label, gaps) in [("A", &c.only_in_a), ("B", &c.only_in_b)] {
        let heading = tr!(lang, "cli-compare-only", label = label, count = gaps.len());
        out += &format!("\n{heading}\n");
        for g in gaps {
            out += &format!(
                "  #{:<3} {:<22} {:>9}  {}  [{}]\n",
                g.id,
                g.kind.localized(lang),
                g.opened,
                g.summary.localized(lang),
                g.institutions.join(", ")
            );
        }
    }
    let differences = tr!(lang, "cli-compare-differences", count = c.differences());
    out += &format!("\n{differences}\n");
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
