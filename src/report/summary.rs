//! The executive summary on the report's first page: what happened, in a few sentences
//! made from the run's own figures; the most important findings (the highest-ranked areas
//! for improvement and the worst bottleneck) with their evidence; the capability ratings at
//! a glance (laid out from `Report::capabilities`).

use crate::i18n::{Lang, Localized};
use crate::time::SimTime;
use crate::tr;
use crate::view::{Gap, PlaceView, Role};

use super::model::Report;

/// How many areas for improvement the summary names (the bottleneck makes one more).
pub const TOP_AREAS: usize = 4;
/// How many evidence lines a finding of the summary quotes; the area has the rest.
const EVIDENCE_QUOTED: usize = 3;

/// The executive summary.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    /// What happened, a sentence each.
    pub story: Vec<String>,
    /// The most important findings, most important first.
    pub findings: Vec<Finding>,
}

/// One finding of the executive summary.
#[derive(Debug, Clone)]
pub struct Finding {
    /// What was found.
    pub text: String,
    /// What shows it.
    pub evidence: Vec<String>,
    /// The area for improvement it is (its index in `Report::areas`), if it is one.
    pub area: Option<usize>,
}

/// The place where people waited longest: the crossing point or registration point with the
/// highest 95th-percentile wait, if anyone waited at all.
pub fn bottleneck(places: &[PlaceView]) -> Option<&PlaceView> {
    places
        .iter()
        .filter(|p| p.p95_wait_min > 0.0)
        .max_by(|a, b| a.p95_wait_min.total_cmp(&b.p95_wait_min))
}

/// Hours and minutes of a duration in minutes, e.g. `21h36m`.
fn minutes(m: f64) -> String {
    SimTime::from_mins_f64(m).span()
}

impl Summary {
    /// The summary of `report` (its areas already ranked).
    pub(super) fn of(report: &Report) -> Summary {
        let lang = report.lang;
        let o = &report.overview;
        let t = &report.totals;
        let departed: u64 = t.departed.values().sum();
        let open = report.gaps.iter().filter(|g| g.is_open()).count();
        let by_people: usize = o.institutions.iter().map(|i| i.by_people).sum();
        let by_simulation: usize = o.institutions.iter().map(|i| i.by_simulation).sum();
        let story = vec![
            tr!(
                lang,
                "summary-ran",
                name = o.name.as_str(),
                start = o.start.as_str(),
                end = o.end.as_str(),
                reached = o.reached.to_string(),
                commands = o.commands
            ),
            tr!(
                lang,
                "summary-people",
                arrivals = t.arrivals,
                in_system = t.in_system,
                departed = departed
            ),
            tr!(
                lang,
                "summary-outdoors",
                peak = u64::from(t.peak_outdoors),
                hours = t.person_hours_outdoors.round(),
                night = t.person_hours_outdoors_night.round()
            ),
            tr!(
                lang,
                "summary-gaps",
                gaps = report.gaps.len(),
                open = open,
                areas = report.areas.len(),
                phase = o.phase.as_str()
            ),
            tr!(
                lang,
                "summary-decisions",
                people = by_people,
                simulation = by_simulation
            ),
        ];
        let mut findings: Vec<Finding> = report
            .areas
            .iter()
            .take(TOP_AREAS)
            .enumerate()
            .map(|(i, area)| {
                let mut evidence: Vec<String> = area
                    .evidence
                    .iter()
                    .take(EVIDENCE_QUOTED)
                    .cloned()
                    .collect();
                let more = area.evidence.len().saturating_sub(EVIDENCE_QUOTED);
                if more > 0 {
                    evidence.push(tr!(
                        lang,
                        "summary-more-evidence",
                        count = more,
                        area = i + 1
                    ));
                }
                Finding {
                    text: tr!(
                        lang,
                        "summary-finding-area",
                        number = i + 1,
                        capability = area.capability.localized(lang),
                        title = area.title.as_str(),
                        count = area.gaps.len(),
                        hours = area.hours.round(),
                        people = area.persons_affected
                    ),
                    evidence,
                    area: Some(i),
                }
            })
            .collect();
        if let Some(place) = bottleneck(&report.bcps) {
            findings.push(Finding {
                text: tr!(
                    lang,
                    "summary-finding-bottleneck",
                    place = place.name.as_str(),
                    id = place.id.as_str(),
                    role = tr!(
                        lang,
                        match place.role {
                            Role::Registration => "place-role-registration",
                            Role::Bcp
                            | Role::Reception
                            | Role::Green
                            | Role::Entry
                            | Role::Exit
                            | Role::Transit
                            | Role::Other => "place-role-bcp",
                        }
                    ),
                    p95 = minutes(place.p95_wait_min),
                    mean = minutes(place.mean_wait_min),
                    queue = u64::from(place.max_queue)
                ),
                evidence: at_place(&report.gaps, &place.id, lang),
                area: None,
            });
        }
        Summary { story, findings }
    }
}

/// The gaps at `place`, a line each.
fn at_place(gaps: &[Gap], place: &str, lang: Lang) -> Vec<String> {
    gaps.iter()
        .filter(|g| g.place.as_deref() == Some(place))
        .map(|g| {
            tr!(
                lang,
                "summary-place-gap",
                id = g.id,
                at = SimTime(g.opened_ms).t_plus(),
                summary = g.summary.localized(lang)
            )
        })
        .collect()
}
