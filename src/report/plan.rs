//! Strengths and areas for improvement: gaps grouped into clusters (same category, same
//! corrective action), each an area for improvement and a row of the improvement plan.

use crate::time::SimTime;
use serde::Serialize;

use crate::scenario::Scenario;
use crate::view::{Category, Gap};

use super::latency::{LatencyRow, NOBODY};
use super::model::{CapabilityRow, ReferralRow, kind_name};
use super::rating::{Rating, capability_of};

/// The HSEEP capability element a corrective action works on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Element {
    /// Plans, procedures, legal basis.
    Planning,
    /// Who does what, duty rosters, staffing.
    Organisation,
    /// Beds, sites, vehicles, interpretation.
    Equipment,
    /// People knowing what to do.
    Training,
    /// Exercising it again.
    Exercise,
}

impl Element {
    /// The element as the plan names it.
    pub fn label(self) -> &'static str {
        match self {
            Element::Planning => "Planning",
            Element::Organisation => "Organisation",
            Element::Equipment => "Equipment",
            Element::Training => "Training",
            Element::Exercise => "Exercise",
        }
    }

    /// The element a gap category's corrective action works on.
    pub fn of(category: Category) -> Element {
        match category {
            Category::UnownedFunction
            | Category::ContestedFunction
            | Category::TriggerGap
            | Category::AuthorityGap => Element::Planning,
            Category::DecisionLatency | Category::ReferralGap => Element::Organisation,
            Category::CapacityGap => Element::Equipment,
            Category::InformationGap => Element::Training,
        }
    }
}

/// An area for improvement: one gap cluster.
#[derive(Debug, Clone)]
pub struct Area {
    /// The capability it bears on.
    pub capability: String,
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
    /// The institution primarily responsible for the action.
    pub responsible: String,
}

/// How many evidence lines an area cites per gap, so a long cluster stays readable.
const EVIDENCE_PER_GAP: usize = 2;
/// How many gaps of a cluster an area cites.
const GAPS_CITED: usize = 3;

/// Strengths and areas for improvement from the gaps and the tables.
pub fn findings(
    scenario: &Scenario,
    gaps: &[Gap],
    capabilities: &[CapabilityRow],
    latencies: &[LatencyRow],
    referrals: &[ReferralRow],
    screening: &[String],
) -> (Vec<String>, Vec<Area>) {
    (
        strengths(capabilities, latencies, referrals),
        areas(scenario, gaps, screening),
    )
}

fn areas(scenario: &Scenario, gaps: &[Gap], screening: &[String]) -> Vec<Area> {
    let mut areas: Vec<Area> = Vec::new();
    for gap in gaps {
        match areas
            .iter_mut()
            .find(|a| a.category == gap.category && a.action == gap.action)
        {
            Some(area) => {
                if area.gaps.len() < GAPS_CITED {
                    area.evidence.extend(cite(gap));
                }
                area.gaps.push(gap.id);
                area.persons_affected = area.persons_affected.max(gap.persons_affected);
            }
            None => areas.push(Area {
                capability: capability_of(gap, screening).to_string(),
                category: gap.category,
                title: gap.summary.clone(),
                gaps: vec![gap.id],
                evidence: cite(gap),
                persons_affected: gap.persons_affected,
                action: gap.action.clone(),
                element: Element::of(gap.category),
                responsible: responsible(scenario, gap),
            }),
        }
    }
    areas
}

fn cite(gap: &Gap) -> Vec<String> {
    gap.evidence
        .iter()
        .take(EVIDENCE_PER_GAP)
        .map(|line| format!("gap #{}: {line}", gap.id))
        .collect()
}

/// The first institution the gap names, else the function's accountable or responsible
/// institution, else nobody yet.
fn responsible(scenario: &Scenario, gap: &Gap) -> String {
    let function = gap
        .function
        .as_ref()
        .and_then(|f| scenario.functions.iter().find(|x| &x.id == f));
    gap.institutions
        .first()
        .or_else(|| function.and_then(|f| f.accountable.first()))
        .or_else(|| function.and_then(|f| f.responsible.first()))
        .cloned()
        .unwrap_or_else(|| "to be designated".into())
}

fn strengths(
    capabilities: &[CapabilityRow],
    latencies: &[LatencyRow],
    referrals: &[ReferralRow],
) -> Vec<String> {
    let mut list: Vec<String> = capabilities
        .iter()
        .filter(|c| c.objective && c.rating == Rating::P)
        .map(|c| format!("{}: no coordination gap bore on it.", c.name))
        .collect();
    for row in latencies {
        if row.institution != NOBODY && row.asked > 0 && row.in_time == row.asked {
            list.push(format!(
                "{} answered all {} of its requests within the deadline (mean {}).",
                row.institution,
                row.asked,
                row.mean_latency_min
                    .map_or("-".into(), |m| SimTime((m * 60_000.0) as i64).span())
            ));
        }
    }
    for row in referrals {
        let v = &row.view;
        let handed = v.referred_in_time + v.referred_late;
        if handed > 0 && v.referred_late == 0 && v.no_service == 0 {
            list.push(format!(
                "All {handed} {} cases handed over were within the deadline (mean hand-over {:.0} min).",
                kind_name(v.kind),
                v.mean_referral_min
            ));
        }
    }
    list
}
