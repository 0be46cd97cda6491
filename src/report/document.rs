//! The report as a sequence of blocks (headings, paragraphs, lists, tables, charts), so the
//! HTML and the Markdown carry exactly the same content; only charts are HTML-only.

use crate::i18n::{Lang, Localized};
use crate::time::SimTime;
use crate::tr;
use crate::view::{Capability, Role};

use super::compare::{BranchInfo, Comparison, GapOnly};
use super::expectations::Status;
use super::latency::NOBODY;
use super::model::Report;

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
pub const SECTIONS: [&str; 12] = [
    "summary",
    "overview",
    "objectives",
    "timeline",
    "charts",
    "results",
    "capabilities",
    "strengths",
    "areas",
    "context",
    "plan",
    "gaps",
];

/// A table whose headers are the catalogue's messages `headers`.
fn table(lang: Lang, headers: &[&str], rows: Vec<Vec<String>>) -> Block {
    Block::Table(Table {
        headers: headers.iter().map(|key| tr!(lang, key)).collect(),
        rows,
    })
}

/// The delivery log: each MSEL inject, planned and delivered, by whom, to whom.
fn deliveries(r: &Report) -> Block {
    let (lang, start) = (r.lang, &r.overview.exercise.start);
    let when = |ms: i64| super::plan::when(start, ms, lang);
    table(
        lang,
        &[
            "report-col-number",
            "report-col-planned",
            "report-col-delivered",
            "report-col-delivered-by",
            "report-col-to",
            "report-col-what",
        ],
        r.deliveries
            .iter()
            .map(|d| {
                let planned = if d.triggered {
                    tr!(
                        lang,
                        "report-delivery-on-trigger",
                        from = when(d.planned_ms)
                    )
                } else {
                    when(d.planned_ms)
                };
                let delivered = match (d.delivered_ms, d.held) {
                    (Some(at), _) => when(at),
                    (None, true) => tr!(lang, "report-delivery-held"),
                    (None, false) => tr!(lang, "report-delivery-not-delivered"),
                };
                let by = match (&d.by, d.delivered_ms) {
                    (Some(who), _) => who.clone(),
                    (None, Some(_)) => tr!(lang, "report-delivery-by-msel"),
                    (None, None) => String::new(),
                };
                vec![
                    format!("#{}", d.number),
                    planned,
                    delivered,
                    by,
                    d.to.join(", "),
                    d.text.clone(),
                ]
            })
            .collect(),
    )
}

/// The catalogue key of a section's heading: the anchor with `report-` before it.
pub fn heading_key(anchor: &str) -> String {
    format!("report-{}", anchor.replace(['.', '_'], "-"))
}

/// A capability as named in the report: the catalogue's name for the HSEEP capabilities
/// the engine rates, the MSEL's own words for any other.
pub(super) fn capability_name(lang: Lang, name: &str) -> String {
    if let Some(known) = Capability::named(name) {
        return known.localized(lang);
    }
    // Other HSEEP core capabilities the shipped scenarios' MSELs test.
    let key = match name.trim() {
        "Logistics and Supply Chain Management" => "report-capability-logistics",
        "On-scene Security, Protection and Law Enforcement" => {
            "report-capability-on-scene-security"
        }
        "Public Information and Warning" => "report-capability-public-information",
        _ => return name.to_string(),
    };
    tr!(lang, key)
}

/// A place's role in the exercise, in words.
fn role_name(lang: Lang, role: Role) -> String {
    tr!(lang, crate::view::place_role_key(role))
}

fn yes_no(lang: Lang, yes: bool) -> String {
    tr!(lang, if yes { "report-yes" } else { "report-no" })
}

fn institution_asked(lang: Lang, institution: &str) -> String {
    if institution == NOBODY {
        tr!(lang, "report-nobody-accountable")
    } else {
        institution.to_string()
    }
}

fn num(x: f64, decimals: usize) -> String {
    format!("{x:.decimals$}")
}

/// The report's blocks, in order.
pub fn blocks(r: &Report) -> Vec<Block> {
    let lang = r.lang;
    let h2 = |anchor: &str| Block::Heading(2, anchor.to_string(), tr!(lang, &heading_key(anchor)));
    let o = &r.overview;
    let item = |key: &str, value: String| vec![tr!(lang, key), value];
    let mut out = vec![Block::Heading(
        1,
        "title".into(),
        tr!(
            lang,
            "report-title-of",
            title = tr!(lang, "report-title"),
            exercise = &o.name
        ),
    )];
    out.extend(summary(r));
    out.push(h2("overview"));
    out.push(Block::Para(o.description.clone()));
    out.extend(front_matter(r));
    out.extend([
        table(
            lang,
            &["report-col-item", "report-col-value"],
            vec![
                item("report-item-exercise", o.name.clone()),
                item("report-item-scenario", o.scenario.clone()),
                item("report-item-journal", o.journal.clone()),
                item("report-item-seed", o.seed.to_string()),
                item("report-item-start", o.start.clone()),
                item(
                    "report-item-reached",
                    tr!(
                        lang,
                        "report-reached-value",
                        end = &o.end,
                        reached = o.reached.to_string()
                    ),
                ),
                item("report-item-commands", o.commands.to_string()),
                item("report-item-phase", o.phase.clone()),
            ]
            .into_iter()
            .chain(
                o.chain
                    .as_ref()
                    .map(|chain| item("report-item-chain", chain.clone())),
            )
            .collect(),
        ),
        table(
            lang,
            &[
                "report-col-institution",
                "report-col-name",
                "report-col-role",
                "report-col-decisions-by-people",
                "report-col-decisions-simulated",
            ],
            o.institutions
                .iter()
                .map(|i| {
                    let mut role = i.role.localized(lang);
                    for (at, to) in &i.changes {
                        role.push_str(&tr!(
                            lang,
                            "report-role-from",
                            role = to.localized(lang),
                            at = at.t_plus()
                        ));
                    }
                    vec![
                        i.id.clone(),
                        i.name.clone(),
                        role,
                        i.by_people.to_string(),
                        i.by_simulation.to_string(),
                    ]
                })
                .collect(),
        ),
        h2("objectives"),
        table(
            lang,
            &["report-col-core-capability", "report-col-msel-injects"],
            r.objectives
                .iter()
                .map(|ob| {
                    let injects: Vec<String> = ob.injects.iter().map(|n| format!("#{n}")).collect();
                    vec![capability_name(lang, &ob.capability), injects.join(", ")]
                })
                .collect(),
        ),
        Block::Heading(3, "tasks".into(), tr!(lang, "report-tasks")),
        critical_tasks(r),
        Block::Heading(3, "expected".into(), tr!(lang, "report-expected")),
        expected(r),
        h2("timeline"),
        table(
            lang,
            &[
                "report-col-time",
                "report-col-kind",
                "report-col-who",
                "report-col-what",
            ],
            r.timeline
                .iter()
                .map(|m| {
                    vec![
                        super::plan::when(&o.exercise.start, m.at_ms, lang),
                        tr!(lang, m.kind.key()),
                        m.who.clone(),
                        m.what.clone(),
                    ]
                })
                .collect(),
        ),
        Block::Heading(3, "deliveries".into(), tr!(lang, "report-deliveries")),
        deliveries(r),
        h2("charts"),
    ]);
    out.extend((0..r.figures.len()).map(Block::Chart));
    out.extend(results(r));
    out.extend(capabilities(r));
    out.push(h2("strengths"));
    out.push(if r.strengths.is_empty() {
        Block::Para(tr!(lang, "report-no-strength"))
    } else {
        Block::List(r.strengths.clone())
    });
    out.push(h2("areas"));
    out.push(Block::Para(tr!(lang, "report-areas-rule")));
    out.push(Block::Para(tr!(lang, "report-areas-rank")));
    for (n, area) in r.areas.iter().enumerate() {
        out.push(Block::Heading(
            3,
            format!("area-{}", n + 1),
            area_heading(lang, n + 1, area),
        ));
        let gaps: Vec<String> = area.gaps.iter().map(|g| format!("#{g}")).collect();
        let mut facts = vec![
            item(
                "report-area-function",
                if area.functions.is_empty() {
                    tr!(lang, "report-area-no-function")
                } else {
                    area.functions
                        .iter()
                        .map(|(id, name)| {
                            tr!(
                                lang,
                                "report-name-id",
                                name = name.as_str(),
                                id = id.as_str()
                            )
                        })
                        .collect::<Vec<_>>()
                        .join("; ")
                },
            ),
            item("report-area-responsible", responsible(lang, area)),
            item("report-area-category", area.category.localized(lang)),
            item(
                "report-area-occurrences",
                tr!(
                    lang,
                    "report-area-occurrences-value",
                    count = area.gaps.len(),
                    gaps = gaps.join(", ")
                ),
            ),
            item("report-area-severity", area.severity.localized(lang)),
            item(
                "report-area-duration",
                SimTime::from_hours_f64(area.hours).span(),
            ),
            item("report-area-people", area.persons_affected.to_string()),
            item("report-area-score", num(area.score, 0)),
        ];
        facts.push(item("report-area-action", area.action.clone()));
        out.push(table(lang, &["report-col-item", "report-col-value"], facts));
        out.push(Block::Para(tr!(
            lang,
            "report-area-evidence",
            count = area.evidence.len()
        )));
        out.push(Block::List(area.evidence.clone()));
    }
    out.push(h2("context"));
    out.push(Block::Para(tr!(lang, "report-context-rule")));
    out.push(if r.context.is_empty() {
        Block::Para(tr!(lang, "report-no-context"))
    } else {
        Block::List(
            r.context
                .iter()
                .map(|area| {
                    let gaps: Vec<String> = area.gaps.iter().map(|g| format!("#{g}")).collect();
                    tr!(
                        lang,
                        "report-context-item",
                        category = area.category.localized(lang),
                        title = &area.title,
                        gaps = gaps.join(", ")
                    )
                })
                .collect(),
        )
    });
    out.push(h2("plan"));
    out.push(Block::Para(tr!(lang, "report-plan-rule")));
    out.push(table(
        lang,
        &[
            "report-col-number",
            "report-col-capability",
            "report-col-area",
            "report-col-action",
            "report-col-element",
            "report-col-responsible",
            "report-col-officer",
            "report-col-start-date",
            "report-col-completion-date",
        ],
        r.areas
            .iter()
            .enumerate()
            .map(|(n, a)| {
                let schedule = a.schedule.clone().unwrap_or_default();
                vec![
                    (n + 1).to_string(),
                    a.capability.localized(lang),
                    a.title.clone(),
                    a.action.clone(),
                    a.element.localized(lang),
                    responsible(lang, a),
                    schedule.officer,
                    schedule.start,
                    schedule.completion,
                ]
            })
            .collect(),
    ));
    out.push(h2("gaps"));
    out.push(table(
        lang,
        &[
            "report-col-number",
            "report-col-category",
            "report-col-severity",
            "report-col-opened",
            "report-col-closed",
            "report-col-summary",
            "report-col-people-affected",
        ],
        r.gaps
            .iter()
            .map(|g| {
                vec![
                    g.id.to_string(),
                    g.category.localized(lang),
                    g.severity.localized(lang),
                    super::plan::when(&r.overview.exercise.start, g.opened_ms, lang),
                    g.closed_ms
                        .map_or_else(|| tr!(lang, "report-gap-open"), |t| SimTime(t).t_plus()),
                    g.summary.localized(lang),
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
    let lang = r.lang;
    let heading = |level, anchor: &str| {
        Block::Heading(level, anchor.to_string(), tr!(lang, &heading_key(anchor)))
    };
    let branch = |label: &str, b: &BranchInfo| match &b.forked_from {
        Some((from, at)) => tr!(
            lang,
            "compare-branch-forked",
            label = label,
            journal = &b.journal,
            reached = &b.reached,
            commands = b.commands,
            from = from,
            at = at
        ),
        None => tr!(
            lang,
            "compare-branch",
            label = label,
            journal = &b.journal,
            reached = &b.reached,
            commands = b.commands
        ),
    };
    let value = |v: Option<f64>| v.map_or("-".into(), |x| num(x, 1));
    let gaps = |list: &[GapOnly]| {
        if list.is_empty() {
            return Block::Para(tr!(lang, "compare-none"));
        }
        table(
            lang,
            &[
                "report-col-number",
                "report-col-category",
                "report-col-opened",
                "compare-col-institutions",
                "report-col-summary",
            ],
            list.iter()
                .map(|g| {
                    vec![
                        g.id.to_string(),
                        g.kind.localized(lang),
                        g.opened.clone(),
                        g.institutions.join(", "),
                        g.summary.localized(lang),
                    ]
                })
                .collect(),
        )
    };
    vec![
        heading(2, "compare"),
        Block::List(vec![branch("A", &c.a), branch("B", &c.b)]),
        Block::Para(tr!(
            lang,
            "compare-same-streams",
            hash = &c.hash,
            seed = c.seed.to_string(),
            count = c.differences()
        )),
        heading(3, "compare.metrics"),
        table(
            lang,
            &[
                "compare-col-group",
                "compare-col-metric",
                "compare-col-unit",
                "compare-col-a",
                "compare-col-b",
                "compare-col-difference",
            ],
            c.metrics
                .iter()
                .map(|m| {
                    vec![
                        m.group_words(lang),
                        m.words.localized(lang),
                        m.unit_words(lang),
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
    let lang = r.lang;
    let h3 = |anchor: &str| Block::Heading(3, anchor.to_string(), tr!(lang, &heading_key(anchor)));
    let totals = &r.totals;
    vec![
        Block::Heading(2, "results".into(), tr!(lang, "report-results")),
        Block::Para(tr!(lang, "report-peaks-rule")),
        h3("bcps"),
        table(
            lang,
            &[
                "report-col-place",
                "report-col-place-role",
                "report-col-arrived",
                "report-col-processed",
                "report-col-queue-now",
                "report-col-max-queue",
                "report-col-mean-wait",
                "report-col-p95-wait",
            ],
            r.bcps
                .iter()
                .map(|p| {
                    vec![
                        p.name.clone(),
                        role_name(lang, p.role),
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
            lang,
            &[
                "report-col-site",
                "report-col-occupancy-now",
                "report-col-peak",
                "report-col-capacity",
                "report-col-open",
            ],
            r.sites
                .iter()
                .map(|p| {
                    vec![
                        p.name.clone(),
                        p.occupancy.to_string(),
                        p.peak_occupancy.to_string(),
                        p.capacity.to_string(),
                        yes_no(lang, p.open),
                    ]
                })
                .collect(),
        ),
        h3("outdoors"),
        table(
            lang,
            &[
                "report-col-outdoors-now",
                "report-col-most-at-once",
                "report-col-person-hours-outdoors",
                "report-col-of-them-at-night",
                "report-col-arrivals",
                "report-col-in-system",
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
        Block::Para(tr!(lang, "report-referrals-rule")),
        table(
            lang,
            &[
                "report-col-vulnerability",
                "report-col-service",
                "report-col-deadline",
                "report-col-identified",
                "report-col-in-time",
                "report-col-late",
                "report-col-pending",
                "report-col-no-service",
                "report-col-other-kind",
                "report-col-mean-handover",
            ],
            r.referrals
                .iter()
                .map(|row| {
                    let v = &row.view;
                    vec![
                        tr!(lang, v.kind.key()),
                        row.function
                            .clone()
                            .unwrap_or_else(|| tr!(lang, "report-none-designated")),
                        row.deadline.map_or("-".into(), |d| d.to_string()),
                        v.identified.to_string(),
                        v.referred_in_time.to_string(),
                        v.referred_late.to_string(),
                        v.pending.to_string(),
                        v.no_service.to_string(),
                        row.other_kind.to_string(),
                        num(v.mean_referral_min, 0),
                    ]
                })
                .collect(),
        ),
        h3("latency"),
        table(
            lang,
            &[
                "report-col-institution-asked",
                "report-col-requests",
                "report-col-answered-in-time",
                "report-col-answered-late",
                "report-col-unanswered",
                "report-col-mean-latency",
                "report-col-longest-wait",
                "report-col-deadline",
            ],
            r.latencies
                .iter()
                .map(|l| {
                    let deadlines: Vec<String> = l
                        .deadlines_min
                        .iter()
                        .map(|m| SimTime((m * 60_000.0) as i64).span())
                        .collect();
                    let asked = institution_asked(lang, &l.institution);
                    vec![
                        if l.simulated {
                            tr!(lang, "report-simulated-institution", institution = asked)
                        } else {
                            asked
                        },
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

/// The MSEL's expected decisions and how each came out.
/// Each objective's critical tasks: status, since when, and on what evidence.
fn critical_tasks(r: &Report) -> Block {
    let lang = r.lang;
    if r.tasks.is_empty() {
        return Block::Para(tr!(lang, "report-no-tasks"));
    }
    table(
        lang,
        &[
            "report-col-objective-name",
            "report-col-task",
            "report-col-institution",
            "report-col-status",
            "report-col-time",
            "report-col-evidence",
        ],
        r.tasks
            .iter()
            .map(|t| {
                vec![
                    t.objective.clone(),
                    t.text.clone(),
                    t.institution.clone().unwrap_or_else(|| "-".into()),
                    t.state.status.localized(lang),
                    t.state
                        .at_ms
                        .map_or_else(|| "-".into(), |at| SimTime(at).t_plus()),
                    t.state.evidence.localized(lang),
                ]
            })
            .collect(),
    )
}

fn expected(r: &Report) -> Block {
    let lang = r.lang;
    if r.expectations.is_empty() {
        return Block::Para(tr!(lang, "report-no-expected"));
    }
    table(
        lang,
        &[
            "report-col-inject",
            "report-col-expected",
            "report-col-delivered",
            "report-col-outcome",
        ],
        r.expectations
            .iter()
            .map(|e| {
                let outcome = match e.status {
                    Status::Met(decision) => tr!(lang, "expect-met", decision = decision),
                    Status::Late(decision, by) => {
                        tr!(lang, "expect-late", decision = decision, by = by.span())
                    }
                    Status::NotApplicable(role) => {
                        tr!(lang, "expect-not-applicable", role = role.localized(lang))
                    }
                    Status::Missed | Status::Open | Status::NotDelivered => {
                        tr!(lang, e.status.key())
                    }
                };
                vec![
                    format!("#{}", e.inject),
                    expectation_text(lang, &e.expectation),
                    e.delivered.map_or_else(|| "-".into(), |t| t.t_plus()),
                    outcome,
                ]
            })
            .collect(),
    )
}

fn capabilities(r: &Report) -> Vec<Block> {
    let lang = r.lang;
    vec![
        Block::Heading(2, "capabilities".into(), tr!(lang, "report-capabilities")),
        Block::Para(tr!(lang, "report-rule")),
        Block::Para(tr!(lang, "report-rule-observations")),
        Block::Para(tr!(lang, "report-rule-tasks")),
        Block::Para(tr!(lang, "report-mapping")),
        table(
            lang,
            &[
                "report-col-core-capability",
                "report-col-objective",
                "report-col-rating",
                "report-col-engine-rating",
                "report-col-tasks-rating",
                "report-col-evaluators-rating",
                "report-col-gaps",
            ],
            r.capabilities
                .iter()
                .map(|c| {
                    let gaps: Vec<String> = c.gaps.iter().map(|g| format!("#{g}")).collect();
                    vec![
                        capability_name(lang, &c.name),
                        yes_no(lang, c.objective),
                        tr!(
                            lang,
                            "report-rating-value",
                            letter = c.rating.letter(),
                            meaning = tr!(lang, c.rating.key())
                        ),
                        c.engine.letter().to_string(),
                        c.tasks
                            .map_or_else(|| "-".into(), |t| t.letter().to_string()),
                        c.observed.map_or_else(
                            || tr!(lang, "report-no-observation"),
                            |o| {
                                tr!(
                                    lang,
                                    "report-observed-rating",
                                    letter = o.letter(),
                                    count = c.observations
                                )
                            },
                        ),
                        gaps.join(", "),
                    ]
                })
                .collect(),
        ),
        Block::Heading(3, "observations".into(), tr!(lang, "report-observations")),
        if r.observations.is_empty() {
            Block::Para(tr!(lang, "report-no-observations"))
        } else {
            Block::List(
                r.observations
                    .iter()
                    .map(|o| {
                        tr!(
                            lang,
                            "report-observation-item",
                            at = SimTime(o.at_ms).t_plus(),
                            who = super::model::origin_name(lang, &o.origin),
                            about = about(&o.observation),
                            text = &o.observation.text
                        )
                    })
                    .collect(),
            )
        },
        Block::Heading(3, "hot-wash".into(), tr!(lang, "report-hot-wash")),
        if r.hot_wash.is_empty() {
            Block::Para(tr!(lang, "report-no-hot-wash"))
        } else {
            Block::List(
                r.hot_wash
                    .iter()
                    .map(|a| {
                        tr!(
                            lang,
                            "report-observation-item",
                            at = a.at.t_plus(),
                            who = a.by.as_str(),
                            about = about(&a.observation),
                            text = &a.observation.text
                        )
                    })
                    .collect(),
            )
        },
    ]
}

/// What an observation is about, as the report lists it: capability, institution, inject,
/// critical task and proposed rating, those given.
fn about(observation: &crate::scenario::Observation) -> String {
    let parts: Vec<String> = [
        observation.capability.clone(),
        observation.institution.clone(),
        observation.inject.map(|n| format!("#{n}")),
        observation.task.clone(),
        observation.rating.map(|r| r.letter().to_string()),
    ]
    .into_iter()
    .flatten()
    .collect();
    parts.join(", ")
}

/// The area's primary responsible institution: its name and id, or "to be designated".
fn responsible(lang: Lang, area: &super::plan::Area) -> String {
    match (&area.responsible, &area.responsible_name) {
        (Some(id), Some(name)) if name != id => {
            tr!(
                lang,
                "report-name-id",
                name = name.as_str(),
                id = id.as_str()
            )
        }
        (Some(id), _) => id.clone(),
        (None, _) => tr!(lang, "report-to-be-designated"),
    }
}

/// The executive summary: what happened, the top findings with their evidence, and the
/// capability ratings at a glance.
fn summary(r: &Report) -> Vec<Block> {
    let lang = r.lang;
    let mut out = vec![
        Block::Heading(2, "summary".into(), tr!(lang, "report-summary")),
        Block::Para(r.summary.story.join(" ")),
        Block::Heading(
            3,
            "summary-findings".into(),
            tr!(lang, "report-summary-findings"),
        ),
    ];
    if r.summary.findings.is_empty() {
        out.push(Block::Para(tr!(lang, "summary-no-findings")));
    }
    for (n, finding) in r.summary.findings.iter().enumerate() {
        out.push(Block::Para(tr!(
            lang,
            "summary-finding",
            number = n + 1,
            text = finding.text.as_str()
        )));
        if !finding.evidence.is_empty() {
            out.push(Block::List(finding.evidence.clone()));
        }
    }
    out.push(Block::Heading(
        3,
        "summary-ratings".into(),
        tr!(lang, "report-summary-ratings"),
    ));
    out.push(table(
        lang,
        &["report-col-core-capability", "report-col-rating"],
        r.capabilities
            .iter()
            .map(|c| {
                vec![
                    capability_name(lang, &c.name),
                    tr!(
                        lang,
                        "report-rating-value",
                        letter = c.rating.letter(),
                        meaning = tr!(lang, c.rating.key())
                    ),
                ]
            })
            .collect(),
    ));
    out
}

/// HSEEP's exercise overview table, from the scenario's exercise section; a line saying
/// where to give it when the scenario gives none of it.
fn front_matter(r: &Report) -> Vec<Block> {
    let lang = r.lang;
    let o = &r.overview;
    let e = &o.exercise;
    if !e.has_overview() {
        return vec![Block::Para(tr!(lang, "report-front-missing"))];
    }
    let given = |text: &str| {
        if text.trim().is_empty() {
            tr!(lang, "report-front-not-given")
        } else {
            text.to_string()
        }
    };
    let item = |key: &str, value: String| vec![tr!(lang, key), value];
    let capabilities: Vec<String> = r
        .objectives
        .iter()
        .map(|ob| capability_name(lang, &ob.capability))
        .collect();
    let areas: Vec<String> = e.mission_areas.iter().map(|a| a.localized(lang)).collect();
    let contact = e.contact.as_ref().map_or_else(
        || tr!(lang, "report-front-not-given"),
        |c| {
            [&c.name, &c.organisation, &c.email, &c.phone]
                .into_iter()
                .filter(|s| !s.trim().is_empty())
                .cloned()
                .collect::<Vec<_>>()
                .join(", ")
        },
    );
    let dates = if e.dates.trim().is_empty() {
        tr!(
            lang,
            "report-front-scenario-time",
            start = o.start.as_str(),
            duration = e.duration.to_string()
        )
    } else {
        tr!(
            lang,
            "report-front-dates-value",
            dates = e.dates.as_str(),
            start = o.start.as_str(),
            duration = e.duration.to_string()
        )
    };
    let mut out = vec![
        Block::Heading(3, "front".into(), tr!(lang, "report-front")),
        table(
            lang,
            &["report-col-item", "report-col-value"],
            vec![
                item("report-front-name", o.name.clone()),
                item("report-front-dates", dates),
                item("report-front-location", given(&e.location)),
                item("report-front-scope", given(&e.scope)),
                item("report-front-mission-areas", given(&areas.join(", "))),
                item("report-front-capabilities", given(&capabilities.join(", "))),
                item("report-front-objectives", given(&o.objectives.join("; "))),
                item("report-front-threat", given(&e.threat)),
                item("report-front-scenario", given(&o.description)),
                item("report-front-sponsor", given(&e.sponsor)),
                item("report-front-contact", contact),
            ],
        ),
    ];
    if !e.participants.is_empty() {
        out.push(table(
            lang,
            &[
                "report-col-organisation",
                "report-col-exercise-role",
                "report-col-institution",
            ],
            e.participants
                .iter()
                .map(|p| {
                    vec![
                        p.organisation.clone(),
                        p.role.localized(lang),
                        p.institution.clone().unwrap_or_else(|| "-".into()),
                    ]
                })
                .collect(),
        ));
    }
    out
}

/// An inject's expected decision in words: the kind of decision, what about, by whom and
/// within how long (never the journal's name of the decision).
fn expectation_text(lang: Lang, e: &crate::scenario::Expectation) -> String {
    use crate::scenario::Expected;
    let kind = match e.decision {
        Expected::DeclarePhase => "expected-declare-phase",
        Expected::ApproveReception => "expected-approve-reception",
        Expected::OpenTemporarySite => "expected-open-site",
        Expected::DeployOfficers => "expected-deploy-officers",
        Expected::RequestInterpreters => "expected-request-interpreters",
        Expected::ArrangeBuses => "expected-arrange-buses",
        Expected::ReferCase => "expected-refer-case",
        Expected::Notify => "expected-notify",
        Expected::AssignFunction => "expected-assign-function",
    };
    let mut text = tr!(lang, kind);
    if let Some(subject) = &e.subject {
        text.push_str(&tr!(lang, "expected-subject", subject = subject.as_str()));
    }
    if let Some(by) = &e.by {
        text.push_str(&tr!(lang, "expected-by", by = by.as_str()));
    }
    text.push_str(&tr!(lang, "expected-within", within = e.within.to_string()));
    text
}

/// An area's heading: its number, capability and cause, and what tells it apart from the
/// other areas of the same cause — its function, else its responsible institution.
fn area_heading(lang: Lang, number: usize, area: &super::plan::Area) -> String {
    let about = match (&area.function, &area.responsible_name) {
        (Some(id), _) => area
            .functions
            .iter()
            .find(|(f, _)| f == id)
            .map_or_else(|| id.clone(), |(_, name)| name.clone()),
        (None, Some(name)) => name.clone(),
        (None, None) => String::new(),
    };
    if about.is_empty() {
        tr!(
            lang,
            "report-area-heading",
            number = number,
            capability = area.capability.localized(lang),
            title = &area.title
        )
    } else {
        tr!(
            lang,
            "report-area-heading-about",
            number = number,
            capability = area.capability.localized(lang),
            title = &area.title,
            about = about
        )
    }
}
