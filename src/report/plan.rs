//! Strengths and areas for improvement: gaps grouped by root cause (same category, same
//! capability, same function where the category's causes are per function, same primary
//! responsible institution, same attribution),
//! ranked by severity × hours open × people affected; each cause is one area for improvement
//! with every occurrence as evidence, and one row of the improvement plan.

use crate::i18n::{Lang, Localized};
use crate::scenario::{Role, Scenario};
use crate::time::SimTime;
use crate::tr;
use crate::view::{Capability, Category, Element, Gap, Severity, static_findings};

use super::latency::{LatencyRow, NOBODY};
use super::model::{CapabilityRow, ReferralRow};
use super::rating::{Rating, capability_of};

/// An area for improvement: one root cause — the gaps of one category, on one function,
/// for which one institution is primarily responsible — with every occurrence as evidence.
#[derive(Debug, Clone)]
pub struct Area {
    /// The capability it bears on.
    pub capability: Capability,
    /// Gap category.
    pub category: Category,
    /// The cause, in words (one sentence per category: scenario names are never inflected).
    pub title: String,
    /// The function that defines the cause (its id), for the categories whose causes are
    /// per function (see [`Area::per_function`]).
    pub function: Option<String>,
    /// The functions its occurrences concern: id and name as the scenario writes it, each
    /// once, in order of first occurrence.
    pub functions: Vec<(String, String)>,
    /// The gaps of the cause, by number, in order of opening.
    pub gaps: Vec<u32>,
    /// Evidence lines: one per occurrence (gap), then the critical tasks and observations
    /// that bear on its capability.
    pub evidence: Vec<String>,
    /// Most people affected by one occurrence.
    pub persons_affected: u64,
    /// The worst severity of its occurrences.
    pub severity: Severity,
    /// Hours during which at least one occurrence was open (an open one counts until the
    /// end of the replay).
    pub hours: f64,
    /// The rank: severity weight (low 1, medium 2, high 3) × hours × people affected (at
    /// least 1). Areas are listed by it, highest first.
    pub score: f64,
    /// Corrective actions (the occurrences' own, each once), joined.
    pub action: String,
    /// Capability element.
    pub element: Element,
    /// The institution primarily responsible for the action (none: to be designated).
    pub responsible: Option<String>,
    /// Its name, as the scenario writes it.
    pub responsible_name: Option<String>,
    /// Whose doing it is.
    pub attribution: Attribution,
    /// A stable key of the cause (`category/capability/function/institution/attribution`,
    /// e.g. `InformationGap/situational-assessment/approve_reception/mia/players`), as the
    /// improvement-plan sheet names the entry.
    pub cause: String,
    /// Dates and officer from the improvement-plan sheet, if one was given.
    pub schedule: Option<Schedule>,
}

/// What the trainer fills in for an improvement-plan entry (`report --plan plan.csv`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Schedule {
    /// The responsible officer (organisation POC).
    pub officer: String,
    /// Start date, `YYYY-MM-DD`.
    pub start: String,
    /// Completion date, `YYYY-MM-DD`.
    pub completion: String,
}

impl Area {
    /// Whether gaps of `category` on different functions are different causes. They are
    /// for late requests, triggers, capacity, referrals and authority (each function has its
    /// own remedy); they are not for unowned and contested functions (one flaw of the plan:
    /// the same institutions claim, or nobody holds, several functions) nor for information
    /// gaps (one institution's habit of not informing those the plan names).
    pub fn per_function(category: Category) -> bool {
        match category {
            Category::UnownedFunction | Category::ContestedFunction | Category::InformationGap => {
                false
            }
            Category::TriggerGap
            | Category::DecisionLatency
            | Category::CapacityGap
            | Category::ReferralGap
            | Category::AuthorityGap => true,
        }
    }

    /// The weight of a severity in the rank.
    pub fn weight(severity: Severity) -> f64 {
        match severity {
            Severity::Low => 1.0,
            Severity::Medium => 2.0,
            Severity::High => 3.0,
        }
    }
}

/// Whose doing a gap is, for the after-action report: an area for improvement comes from
/// the plan, the situation or the people in the exercise; what the engine did for simulated
/// institutions is context, never one of their areas for improvement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attribution {
    /// The plan as written (a static finding).
    Plan,
    /// The situation the model measured (people outdoors, a queue, a late referral).
    Situation,
    /// The conduct of an institution played by people (or absent: nobody acted for it)
    /// when the gap opened. (A conduct gap naming no institution — a request nobody can
    /// answer — is the plan's.)
    Players,
    /// The conduct of institutions all simulated by the engine when the gap opened.
    Simulation,
}

impl Attribution {
    /// Whose doing `gap` is: a static finding (`is_static`) is the plan's, a gap measuring
    /// the situation the situation's; any other is the conduct of the institutions it names,
    /// by their role when it opened (naming none — a request nobody can answer — it is the
    /// plan's).
    pub fn of(
        gap: &Gap,
        is_static: bool,
        role_at: &impl Fn(&str, i64) -> Option<Role>,
    ) -> Attribution {
        let simulated = |id: &String| role_at(id, gap.opened_ms) == Some(Role::Simulated);
        if is_static || gap.institutions.is_empty() && !gap.category.is_situation() {
            Attribution::Plan
        } else if gap.category.is_situation() {
            Attribution::Situation
        } else if gap.institutions.iter().all(simulated) {
            Attribution::Simulation
        } else {
            Attribution::Players
        }
    }

    /// A stable id, as the improvement-plan sheet's `cause` carries it.
    pub fn id(self) -> &'static str {
        match self {
            Attribution::Plan => "plan",
            Attribution::Situation => "situation",
            Attribution::Players => "players",
            Attribution::Simulation => "simulation",
        }
    }

    /// Whether it is an area for improvement (everything but the simulation's conduct).
    pub fn is_area(self) -> bool {
        match self {
            Attribution::Plan | Attribution::Situation | Attribution::Players => true,
            Attribution::Simulation => false,
        }
    }
}

/// What the report finds: strengths, areas for improvement (from the plan, the situation
/// and the players' conduct), and the simulated institutions' conduct as context.
#[derive(Debug, Clone, Default)]
pub struct Findings {
    /// What went well.
    pub strengths: Vec<String>,
    /// Areas for improvement; the improvement plan has a row for each.
    pub areas: Vec<Area>,
    /// Gap clusters from simulated institutions' conduct.
    pub context: Vec<Area>,
}

/// Strengths and areas for improvement from the gaps and the tables; `role_at` gives each
/// institution's role in the exercise at a time.
pub(super) fn findings(
    scenario: &Scenario,
    gaps: &[Gap],
    tables: (&[CapabilityRow], &[LatencyRow], &[ReferralRow]),
    screening: &[String],
    role_at: &impl Fn(&str, i64) -> Option<Role>,
    span: &Span<'_>,
    lang: Lang,
) -> Findings {
    let (capabilities, latencies, referrals) = tables;
    let (areas, context) = areas(scenario, gaps, screening, role_at, span, lang)
        .into_iter()
        .partition(|a| a.attribution.is_area());
    Findings {
        strengths: strengths(capabilities, latencies, referrals, lang),
        areas,
        context,
    }
}

/// What the grouping needs besides the gaps: the scenario's start (for clock times) and the
/// time the replay reached (where an open gap ends).
pub(super) struct Span<'a> {
    /// Local start, `YYYY-MM-DDTHH:MM`.
    pub start: &'a str,
    /// Simulated time reached (ms).
    pub end_ms: i64,
}

fn areas(
    scenario: &Scenario,
    gaps: &[Gap],
    screening: &[String],
    role_at: &impl Fn(&str, i64) -> Option<Role>,
    span: &Span<'_>,
    lang: Lang,
) -> Vec<Area> {
    // The static findings are the first gaps, opened at T+0 (`Simulation::new`).
    let statics = static_findings(scenario).len();
    let mut areas: Vec<Area> = Vec::new();
    let mut actions: Vec<Vec<String>> = Vec::new();
    let mut intervals: Vec<Vec<(i64, i64)>> = Vec::new();
    for gap in gaps {
        let attribution = Attribution::of(gap, gap.id as usize <= statics, role_at);
        let capability = capability_of(gap, screening);
        // Nobody is accountable for an unowned function: the plan's owner must designate.
        let responsible = match gap.category {
            Category::UnownedFunction => None,
            _ => responsible(scenario, gap),
        };
        let function = gap
            .function
            .as_ref()
            .filter(|_| Area::per_function(gap.category))
            .cloned();
        let named = gap.function.as_ref().map(|id| {
            let name = scenario
                .functions
                .iter()
                .find(|f| &f.id == id)
                .map_or_else(|| id.clone(), |f| f.name.clone());
            (id.clone(), name)
        });
        let line = occurrence(gap, span, lang);
        let action = gap.action.localized(lang);
        let open = (
            gap.opened_ms,
            gap.closed_ms.unwrap_or(span.end_ms).max(gap.opened_ms),
        );
        let found = areas.iter().position(|a| {
            a.category == gap.category
                && a.capability == capability
                && a.function == function
                && a.responsible == responsible
                && a.attribution == attribution
        });
        match found {
            Some(i) => {
                let area = &mut areas[i];
                area.evidence.push(line);
                area.gaps.push(gap.id);
                area.persons_affected = area.persons_affected.max(gap.persons_affected);
                area.severity = area.severity.max(gap.severity);
                if !actions[i].contains(&action) {
                    actions[i].push(action);
                }
                intervals[i].push(open);
                if let Some(named) = named
                    && !area.functions.contains(&named)
                {
                    area.functions.push(named);
                }
            }
            None => {
                let responsible_name = responsible.as_ref().map(|id| scenario.institution_name(id));
                areas.push(Area {
                    capability,
                    category: gap.category,
                    title: tr!(lang, cause_key(gap.category)),
                    functions: named.into_iter().collect(),
                    gaps: vec![gap.id],
                    evidence: vec![line],
                    persons_affected: gap.persons_affected,
                    severity: gap.severity,
                    hours: 0.0,
                    score: 0.0,
                    action: String::new(),
                    element: gap.category.element(),
                    cause: [
                        gap.category.id(),
                        capability.key().trim_start_matches("capability-"),
                        function.as_deref().unwrap_or("-"),
                        responsible.as_deref().unwrap_or("-"),
                        attribution.id(),
                    ]
                    .join("/"),
                    function,
                    responsible,
                    responsible_name,
                    attribution,
                    schedule: None,
                });
                actions.push(vec![action]);
                intervals.push(vec![open]);
            }
        }
    }
    for ((area, actions), intervals) in areas.iter_mut().zip(actions).zip(intervals) {
        area.action = actions.join(" ");
        area.hours = SimTime(covered(intervals)).as_hours();
        area.score = Area::weight(area.severity) * area.hours * area.persons_affected.max(1) as f64;
    }
    // Highest rank first; equal ranks keep the order their first gaps opened in.
    areas.sort_by(|a, b| b.score.total_cmp(&a.score));
    areas
}

/// The catalogue key of the cause a category's gaps share.
fn cause_key(category: Category) -> &'static str {
    match category {
        Category::UnownedFunction => "report-cause-unowned",
        Category::ContestedFunction => "report-cause-contested",
        Category::TriggerGap => "report-cause-trigger",
        Category::DecisionLatency => "report-cause-latency",
        Category::CapacityGap => "report-cause-capacity",
        Category::ReferralGap => "report-cause-referral",
        Category::InformationGap => "report-cause-information",
        Category::AuthorityGap => "report-cause-authority",
    }
}

/// Milliseconds covered by the union of `intervals` (start, end).
fn covered(mut intervals: Vec<(i64, i64)>) -> i64 {
    intervals.sort_unstable();
    let mut total = 0i64;
    let mut current: Option<(i64, i64)> = None;
    for (from, to) in intervals {
        current = match current {
            Some((a, b)) if from <= b => Some((a, b.max(to))),
            Some((a, b)) => {
                total = total.saturating_add(b - a);
                Some((from, to))
            }
            None => Some((from, to)),
        };
    }
    if let Some((a, b)) = current {
        total = total.saturating_add(b - a);
    }
    total
}

/// A local clock time of the exercise: `day 2, 14:30` (day 1 is the start's date), or
/// nothing when the scenario's start is not a date and time.
pub(super) fn clock(start: &str, at_ms: i64, lang: Lang) -> Option<String> {
    let start = jiff::civil::DateTime::strptime("%Y-%m-%dT%H:%M", start).ok()?;
    let at = start
        .checked_add(jiff::SignedDuration::from_millis(at_ms))
        .ok()?;
    let day = start.date().until(at.date()).ok()?.get_days() + 1;
    Some(tr!(
        lang,
        "report-clock",
        day = i64::from(day),
        time = at.strftime("%H:%M").to_string()
    ))
}

/// `T+30h (day 2, 12:00)`: an exercise time and its local clock time.
pub fn when(start: &str, at_ms: i64, lang: Lang) -> String {
    let t = SimTime(at_ms).t_plus();
    match clock(start, at_ms, lang) {
        Some(clock) => tr!(lang, "report-when", t = t, clock = clock),
        None => t,
    }
}

/// One occurrence of a cause as evidence: the gap, when it opened and closed, what it was,
/// and its first evidence line.
fn occurrence(gap: &Gap, span: &Span<'_>, lang: Lang) -> String {
    let opened = when(span.start, gap.opened_ms, lang);
    let period = match gap.closed_ms {
        Some(closed) => tr!(
            lang,
            "report-occurrence-closed",
            opened = opened,
            closed = SimTime(closed).t_plus()
        ),
        None => tr!(lang, "report-occurrence-open", opened = opened),
    };
    let summary = gap.summary.localized(lang);
    match gap.evidence.first() {
        Some(line) => tr!(
            lang,
            "report-occurrence",
            id = gap.id,
            period = period,
            summary = summary,
            evidence = line.localized(lang)
        ),
        None => tr!(
            lang,
            "report-occurrence-bare",
            id = gap.id,
            period = period,
            summary = summary
        ),
    }
}

/// The first institution the gap names, else the function's accountable or responsible
/// institution, else nobody yet.
fn responsible(scenario: &Scenario, gap: &Gap) -> Option<String> {
    let function = gap
        .function
        .as_ref()
        .and_then(|f| scenario.functions.iter().find(|x| &x.id == f));
    gap.institutions
        .first()
        .or_else(|| function.and_then(|f| f.accountable.first()))
        .or_else(|| function.and_then(|f| f.responsible.first()))
        .cloned()
}

fn strengths(
    capabilities: &[CapabilityRow],
    latencies: &[LatencyRow],
    referrals: &[ReferralRow],
    lang: Lang,
) -> Vec<String> {
    let mut list: Vec<String> = capabilities
        .iter()
        .filter(|c| c.objective && c.rating == Rating::P)
        .map(|c| {
            let name = super::document::capability_name(lang, &c.name);
            tr!(lang, "strength-capability", capability = name)
        })
        .collect();
    for row in latencies {
        let players = row.institution != NOBODY && !row.simulated;
        if players && row.asked > 0 && row.in_time == row.asked {
            list.push(tr!(
                lang,
                "strength-latency",
                institution = &row.institution,
                count = row.asked,
                mean = row
                    .mean_latency_min
                    .map_or("-".into(), |m| SimTime((m * 60_000.0) as i64).span())
            ));
        }
    }
    for row in referrals {
        let v = &row.view;
        let handed = v.referred_in_time + v.referred_late;
        if handed > 0 && v.referred_late == 0 && v.no_service == 0 {
            list.push(tr!(
                lang,
                "strength-referral",
                count = handed,
                kind = tr!(lang, v.kind.key()),
                minutes = v.mean_referral_min.round()
            ));
        }
    }
    list
}
