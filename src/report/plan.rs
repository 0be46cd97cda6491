//! Strengths and areas for improvement: gaps grouped into clusters (same category, same
//! corrective action), each an area for improvement and a row of the improvement plan.

use crate::i18n::{Lang, Localized};
use crate::scenario::{Role, Scenario};
use crate::time::SimTime;
use crate::tr;
use crate::view::{Capability, Category, Element, Gap, static_findings};

use super::latency::{LatencyRow, NOBODY};
use super::model::{CapabilityRow, ReferralRow};
use super::rating::{Rating, capability_of};

/// An area for improvement: one gap cluster.
#[derive(Debug, Clone)]
pub struct Area {
    /// The capability it bears on.
    pub capability: Capability,
    /// Gap category.
    pub category: Category,
    /// What the gap is (the first gap's summary).
    pub title: String,
    /// The gaps of the cluster, by number.
    pub gaps: Vec<u32>,
    /// Evidence lines, from the gaps' own evidence.
    pub evidence: Vec<String>,
    /// Most people affected by one gap of the cluster.
    pub persons_affected: u64,
    /// Corrective action (the gaps' own).
    pub action: String,
    /// Capability element.
    pub element: Element,
    /// The institution primarily responsible for the action (none: to be designated).
    pub responsible: Option<String>,
    /// Whose doing it is.
    pub attribution: Attribution,
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

    /// Whether it is an area for improvement (everything but the simulation's conduct).
    pub fn is_area(self) -> bool {
        match self {
            Attribution::Plan | Attribution::Situation | Attribution::Players => true,
            Attribution::Simulation => false,
        }
    }
}

/// How many evidence lines an area cites per gap, so a long cluster stays readable.
const EVIDENCE_PER_GAP: usize = 2;
/// How many gaps of a cluster an area cites.
const GAPS_CITED: usize = 3;

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
pub fn findings(
    scenario: &Scenario,
    gaps: &[Gap],
    tables: (&[CapabilityRow], &[LatencyRow], &[ReferralRow]),
    screening: &[String],
    role_at: &impl Fn(&str, i64) -> Option<Role>,
    lang: Lang,
) -> Findings {
    let (capabilities, latencies, referrals) = tables;
    let (areas, context) = areas(scenario, gaps, screening, role_at, lang)
        .into_iter()
        .partition(|a| a.attribution.is_area());
    Findings {
        strengths: strengths(capabilities, latencies, referrals, lang),
        areas,
        context,
    }
}

fn areas(
    scenario: &Scenario,
    gaps: &[Gap],
    screening: &[String],
    role_at: &impl Fn(&str, i64) -> Option<Role>,
    lang: Lang,
) -> Vec<Area> {
    // The static findings are the first gaps, opened at T+0 (`Simulation::new`).
    let statics = static_findings(scenario).len();
    let mut areas: Vec<Area> = Vec::new();
    for gap in gaps {
        let attribution = Attribution::of(gap, gap.id as usize <= statics, role_at);
        match areas.iter_mut().find(|a| {
            a.category == gap.category
                && a.action == gap.action.localized(lang)
                && a.attribution == attribution
        }) {
            Some(area) => {
                if area.gaps.len() < GAPS_CITED {
                    area.evidence.extend(cite(gap, lang));
                }
                area.gaps.push(gap.id);
                area.persons_affected = area.persons_affected.max(gap.persons_affected);
            }
            None => areas.push(Area {
                capability: capability_of(gap, screening),
                category: gap.category,
                title: gap.summary.localized(lang),
                gaps: vec![gap.id],
                evidence: cite(gap, lang),
                persons_affected: gap.persons_affected,
                action: gap.action.localized(lang),
                element: gap.category.element(),
                responsible: responsible(scenario, gap),
                attribution,
            }),
        }
    }
    areas
}

fn cite(gap: &Gap, lang: Lang) -> Vec<String> {
    gap.evidence
        .iter()
        .take(EVIDENCE_PER_GAP)
        .map(|line| {
            tr!(
                lang,
                "report-evidence",
                id = gap.id,
                line = line.localized(lang)
            )
        })
        .collect()
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
            let name = Capability::named(&c.name)
                .map_or_else(|| c.name.clone(), |known| tr!(lang, known.key()));
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
                minutes = format!("{:.0}", v.mean_referral_min)
            ));
        }
    }
    list
}
