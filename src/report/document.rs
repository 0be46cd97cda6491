//! The report as a sequence of blocks (headings, paragraphs, lists, tables, charts), so the
//! HTML and the Markdown carry exactly the same content; only charts are HTML-only.

use super::compare::{BranchInfo, Comparison, GapOnly};
use super::model::{Report, kind_name};
use super::rating::{MAPPING, RULE};
use crate::time::SimTime;

/// A table of text cells.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// Column headers.
    pub headers: Vec<String>,
    /// Rows, each as long as `headers`.
    pub rows: Vec<Vec<String>>,
}

/// One block of the document.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A heading, level 1 to 3, with the anchor id of a section.
    Heading(u8, String, String),
    /// A paragraph.
    Para(String),
    /// A bulleted list.
    List(Vec<String>),
    /// A table.
    Table(Table),
    /// Chart number n of `Report::figures`.
    Chart(usize),
}

/// The section anchors, in order; every report has each of them.
pub const SECTIONS: [&str; 10] = [
    "overview",
    "objectives",
    "timeline",
    "charts",
    "results",
    "capabilities",
    "strengths",
    "areas",
    "plan",
    "gaps",
];

fn table(headers: &[&str], rows: Vec<Vec<String>>) -> Block {
    Block::Table(Table {
        headers: headers.iter().map(|h| h.to_string()).collect(),
        rows,
    })
}

fn num(x: f64, decimals: usize) -> String {
    format!("{x:.decimals$}")
}

/// The report's blocks, in order.
pub fn blocks(r: &Report) -> Vec<Block> {
    let t = &r.texts;
    let h2 = |key: &str| Block::Heading(2, key.to_string(), t.get(key).to_string());
    let o = &r.overview;
    let mut out = vec![
        Block::Heading(
            1,
            "title".into(),
            format!("{} — {}", t.get("title"), o.name),
        ),
        h2("overview"),
        Block::Para(o.description.clone()),
        table(
            &["Item", "Value"],
            vec![
                vec!["Exercise".into(), o.name.clone()],
                vec!["Scenario".into(), o.scenario.clone()],
                vec!["Journal".into(), o.journal.clone()],
                vec!["Seed".into(), o.seed.to_string()],
                vec!["Start (T+0)".into(), o.start.clone()],
                vec!["Reached".into(), format!("{} (T+{})", o.end, o.reached)],
                vec!["Commands in the journal".into(), o.commands.to_string()],
                vec!["Plan phase at the end".into(), o.phase.clone()],
            ],
        ),
        table(
            &["Institution", "Name", "Role in the exercise", "Decisions"],
            o.institutions
                .iter()
                .map(|i| {
                    vec![
                        i.id.clone(),
                        i.name.clone(),
                        if i.played { "played" } else { "automated" }.into(),
                        i.decisions.to_string(),
                    ]
                })
                .collect(),
        ),
        h2("objectives"),
        table(
            &["Core capability", "MSEL injects"],
            r.objectives
                .iter()
                .map(|ob| {
                    let injects: Vec<String> = ob.injects.iter().map(|n| format!("#{n}")).collect();
                    vec![ob.capability.clone(), injects.join(", ")]
                })
                .collect(),
        ),
        h2("timeline"),
        table(
            &["Time", "Kind", "Who", "What"],
            r.timeline
                .iter()
                .map(|m| {
                    vec![
                        SimTime(m.at_ms).t_plus(),
                        m.kind.label().into(),
                        m.who.clone(),
                        m.what.clone(),
                    ]
                })
                .collect(),
        ),
        h2("charts"),
    ];
    out.extend((0..r.figures.len()).map(Block::Chart));
    out.extend(results(r));
    out.extend(capabilities(r));
    out.push(h2("strengths"));
    out.push(if r.strengths.is_empty() {
        Block::Para("The engine recorded no strength: every capability met a gap.".into())
    } else {
        Block::List(r.strengths.clone())
    });
    out.push(h2("areas"));
    for (n, area) in r.areas.iter().enumerate() {
        out.push(Block::Heading(
            3,
            format!("area-{}", n + 1),
            format!("{}. {} — {}", n + 1, area.capability, area.title),
        ));
        let gaps: Vec<String> = area.gaps.iter().map(|g| format!("#{g}")).collect();
        out.push(Block::Para(format!(
            "Category {}; gaps {}; up to {} people affected. Corrective action: {}",
            t.category(area.category),
            gaps.join(", "),
            area.persons_affected,
            area.action
        )));
        out.push(Block::List(area.evidence.clone()));
    }
    out.push(h2("plan"));
    out.push(table(
        &[
            "Capability",
            "Area for improvement",
            "Corrective action",
            "Capability element",
            "Primary responsible institution",
            "Start date",
            "Completion date",
        ],
        r.areas
            .iter()
            .map(|a| {
                vec![
                    a.capability.clone(),
                    a.title.clone(),
                    a.action.clone(),
                    a.element.label().into(),
                    a.responsible.clone(),
                    String::new(),
                    String::new(),
                ]
            })
            .collect(),
    ));
    out.push(h2("gaps"));
    out.push(table(
        &[
            "#",
            "Category",
            "Severity",
            "Opened",
            "Closed",
            "Summary",
            "People affected",
        ],
        r.gaps
            .iter()
            .map(|g| {
                vec![
                    g.id.to_string(),
                    t.category(g.category),
                    g.severity.label().into(),
                    SimTime(g.opened_ms).t_plus(),
                    g.closed_ms.map_or("open".into(), |t| SimTime(t).t_plus()),
                    g.summary.clone(),
                    g.persons_affected.to_string(),
                ]
            })
            .collect(),
    ));
    if let Some(c) = &r.comparison {
        out.extend(comparison(r, c));
    }
    out
}

/// The what-if section: this exercise (A) beside another branch of it (B).
fn comparison(r: &Report, c: &Comparison) -> Vec<Block> {
    let t = &r.texts;
    let heading = |level, key: &str| Block::Heading(level, key.to_string(), t.get(key).into());
    let branch = |label: &str, b: &BranchInfo| {
        let fork = b.forked_from.as_ref().map_or(String::new(), |(from, at)| {
            format!("; forked from {from} at {at}")
        });
        format!(
            "{label}: {} (to {}, {} commands{fork})",
            b.journal, b.reached, b.commands
        )
    };
    let value = |v: Option<f64>| v.map_or("-".into(), |x| num(x, 1));
    let gaps = |list: &[GapOnly]| {
        if list.is_empty() {
            return Block::Para("None.".into());
        }
        table(
            &["#", "Category", "Opened", "Institutions", "Summary"],
            list.iter()
                .map(|g| {
                    vec![
                        g.id.to_string(),
                        t.category(g.kind),
                        g.opened.clone(),
                        g.institutions.join(", "),
                        g.summary.clone(),
                    ]
                })
                .collect(),
        )
    };
    vec![
        heading(2, "compare"),
        Block::List(vec![branch("A", &c.a), branch("B", &c.b)]),
        Block::Para(format!(
            "Same scenario ({}) and seed ({}), so the same random streams: the differences \
             below come from the decisions, not from chance. {} difference(s).",
            c.hash,
            c.seed,
            c.differences()
        )),
        heading(3, "compare.metrics"),
        table(
            &["Group", "Metric", "Unit", "A", "B", "B − A"],
            c.metrics
                .iter()
                .map(|m| {
                    vec![
                        m.group.clone(),
                        m.name.clone(),
                        m.unit.into(),
                        value(m.a),
                        value(m.b),
                        m.difference.map_or("-".into(), |d| format!("{d:+.1}")),
                    ]
                })
                .collect(),
        ),
        heading(3, "compare.only_a"),
        gaps(&c.only_in_a),
        heading(3, "compare.only_b"),
        gaps(&c.only_in_b),
    ]
}

fn results(r: &Report) -> Vec<Block> {
    let t = &r.texts;
    let h3 = |key: &str| Block::Heading(3, key.to_string(), t.get(key).to_string());
    let totals = &r.totals;
    vec![
        Block::Heading(2, "results".into(), t.get("results").into()),
        h3("bcps"),
        table(
            &[
                "Place",
                "Role",
                "Arrived",
                "Processed",
                "Queue now",
                "Max queue",
                "Mean wait (min)",
                "p95 wait (min)",
            ],
            r.bcps
                .iter()
                .map(|p| {
                    vec![
                        p.name.clone(),
                        p.role.to_string(),
                        p.arrived.to_string(),
                        p.processed.to_string(),
                        p.queue.to_string(),
                        p.max_queue.to_string(),
                        num(p.mean_wait_min, 1),
                        num(p.p95_wait_min, 0),
                    ]
                })
                .collect(),
        ),
        h3("sites"),
        table(
            &["Site", "Occupancy now", "Peak", "Capacity", "Open"],
            r.sites
                .iter()
                .map(|p| {
                    vec![
                        p.name.clone(),
                        p.occupancy.to_string(),
                        p.peak_occupancy.to_string(),
                        p.capacity.to_string(),
                        if p.open { "yes" } else { "no" }.into(),
                    ]
                })
                .collect(),
        ),
        h3("outdoors"),
        table(
            &[
                "Outdoors now",
                "Most at once",
                "Person-hours outdoors",
                "of them at night",
                "Arrivals",
                "In the system",
            ],
            vec![vec![
                totals.outdoors.to_string(),
                totals.peak_outdoors.to_string(),
                num(totals.person_hours_outdoors, 1),
                num(totals.person_hours_outdoors_night, 1),
                totals.arrivals.to_string(),
                totals.in_system.to_string(),
            ]],
        ),
        h3("referrals"),
        table(
            &[
                "Kind",
                "Service (function)",
                "Deadline",
                "Identified",
                "In time",
                "Late",
                "Pending",
                "No service",
                "Mean hand-over (min)",
            ],
            r.referrals
                .iter()
                .map(|row| {
                    let v = &row.view;
                    vec![
                        kind_name(v.kind),
                        row.function
                            .clone()
                            .unwrap_or_else(|| "none designated".into()),
                        row.deadline.map_or("-".into(), |d| d.to_string()),
                        v.identified.to_string(),
                        v.referred_in_time.to_string(),
                        v.referred_late.to_string(),
                        v.pending.to_string(),
                        v.no_service.to_string(),
                        num(v.mean_referral_min, 0),
                    ]
                })
                .collect(),
        ),
        h3("latency"),
        table(
            &[
                "Institution asked",
                "Requests",
                "Answered in time",
                "Answered late",
                "Unanswered",
                "Mean latency",
                "Longest wait",
                "Deadline",
            ],
            r.latencies
                .iter()
                .map(|l| {
                    let deadlines: Vec<String> = l
                        .deadlines_min
                        .iter()
                        .map(|m| SimTime((m * 60_000.0) as i64).span())
                        .collect();
                    vec![
                        l.institution.clone(),
                        l.asked.to_string(),
                        l.in_time.to_string(),
                        l.late.to_string(),
                        l.unanswered.to_string(),
                        l.mean_latency_min
                            .map_or("-".into(), |m| SimTime((m * 60_000.0) as i64).span()),
                        SimTime((l.longest_wait_min * 60_000.0) as i64).span(),
                        deadlines.join(", "),
                    ]
                })
                .collect(),
        ),
    ]
}

fn capabilities(r: &Report) -> Vec<Block> {
    let t = &r.texts;
    vec![
        Block::Heading(2, "capabilities".into(), t.get("capabilities").into()),
        Block::Para(format!("Rule: {RULE}")),
        Block::Para(format!("Mapping: {MAPPING}")),
        table(
            &["Core capability", "Exercise objective", "Rating", "Gaps"],
            r.capabilities
                .iter()
                .map(|c| {
                    let gaps: Vec<String> = c.gaps.iter().map(|g| format!("#{g}")).collect();
                    vec![
                        c.name.clone(),
                        if c.objective { "yes" } else { "no" }.into(),
                        format!(
                            "{} — {}",
                            c.rating.letter(),
                            t.get(&format!("rating.{}", c.rating.letter()))
                        ),
                        gaps.join(", "),
                    ]
                })
                .collect(),
        ),
    ]
}
