//! Strengths and areas for improvement: gaps grouped into clusters (same category, same
//! corrective action), each an area for improvement and a row of the improvement plan.

use crate::i18n::Lang;
use crate::scenario::Scenario;
use crate::time::SimTime;
use crate::tr;
use crate::view::{Capability, Category, Element, Gap};

use super::latency::{LatencyRow, NOBODY};
use super::model::{CapabilityRow, ReferralRow, vulnerability_key};
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
    lang: Lang,
) -> (Vec<String>, Vec<Area>) {
    (
        strengths(capabilities, latencies, referrals, lang),
        areas(scenario, gaps, screening, lang),
    )
}

fn areas(scenario: &Scenario, gaps: &[Gap], screening: &[String], lang: Lang) -> Vec<Area> {
    let mut areas: Vec<Area> = Vec::new();
    for gap in gaps {
        match areas
            .iter_mut()
            .find(|a| a.category == gap.category && a.action == gap.action)
        {
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
                title: gap.summary.clone(),
                gaps: vec![gap.id],
                evidence: cite(gap, lang),
                persons_affected: gap.persons_affected,
                action: gap.action.clone(),
                element: gap.category.element(),
                responsible: responsible(scenario, gap),
            }),
        }
    }
    areas
}

fn cite(gap: &Gap, lang: Lang) -> Vec<String> {
    gap.evidence
        .iter()
        .take(EVIDENCE_PER_GAP)
        .map(|line| tr!(lang, "report-evidence", id = gap.id, line = line))
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
        if row.institution != NOBODY && row.asked > 0 && row.in_time == row.asked {
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
                kind = tr!(lang, vulnerability_key(v.kind)),
                minutes = format!("{:.0}", v.mean_referral_min)
            ));
        }
    }
    list
}
