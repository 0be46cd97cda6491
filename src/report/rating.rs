//! The capability rating: which core capability each gap bears on, and the rule that turns
//! a capability's gaps into P / S / M / U. The rule is printed in the report as written here.

use crate::scenario::Scenario;
use crate::view::{Capability, Category, Gap, Severity, TaskStatus, never_raised};

pub use crate::scenario::Rating;

/// The core capability a gap bears on. `bcp_places` are the ids of the crossing points and
/// registration centres, where a capacity gap is a screening matter.
pub fn capability_of(gap: &Gap, bcp_places: &[String]) -> Capability {
    let at_screening = gap.place.as_ref().is_some_and(|p| bcp_places.contains(p));
    gap.category.capability(at_screening)
}

/// Every core capability a gap bears on: the one of [`capability_of`] first, then, for a
/// function nobody is accountable for, the capabilities of what the plan leaves undone with
/// it — the requests it routes there that can arise (Transport: Critical Transportation)
/// and the vulnerable cases referred to it (Public Health).
pub fn capabilities_of(gap: &Gap, bcp_places: &[String], scenario: &Scenario) -> Vec<Capability> {
    let mut out = vec![capability_of(gap, bcp_places)];
    let (Category::UnownedFunction, Some(function)) = (gap.category, &gap.function) else {
        return out;
    };
    let requests = scenario
        .plan
        .requests
        .iter()
        .filter(|r| &r.function == function && never_raised(scenario, r.request).is_none())
        .map(|r| r.request.capability());
    let referrals = scenario
        .referrals
        .iter()
        .filter(|r| &r.function == function)
        .map(|_| Capability::PublicHealth);
    for capability in requests.chain(referrals) {
        if !out.contains(&capability) {
            out.push(capability);
        }
    }
    out
}

/// The rating of a capability from its critical tasks' statuses at the end: U when more
/// than half of the judged tasks failed, M when one failed, P when every judged task was
/// met; `None` when no task bears on it or none was judged (open or left to evaluators).
pub fn rate_tasks(statuses: impl IntoIterator<Item = TaskStatus>) -> Option<Rating> {
    let (mut judged, mut failed) = (0usize, 0usize);
    for status in statuses {
        match status {
            TaskStatus::Met => judged += 1,
            TaskStatus::Failed => {
                judged += 1;
                failed += 1;
            }
            TaskStatus::AtRisk | TaskStatus::Open | TaskStatus::Evaluators => {}
        }
    }
    match (judged, failed) {
        (0, _) => None,
        (_, 0) => Some(Rating::P),
        (n, f) if f * 2 > n => Some(Rating::U),
        _ => Some(Rating::M),
    }
}

/// The rating of a capability whose gaps are `gaps`.
pub fn rate<'g>(gaps: impl IntoIterator<Item = &'g Gap>) -> Rating {
    gaps.into_iter()
        .map(|gap| match (gap.severity, gap.is_open()) {
            (Severity::High, true) => Rating::U,
            (Severity::High, false) => Rating::M,
            _ => Rating::S,
        })
        .max()
        .unwrap_or(Rating::P)
}
