//! Which request rules of a plan can never fire in its network: one rule, read by the
//! scenario's capacity check (a warning on the rule) and by the static findings (a function
//! that is never asked for anything).

use super::model::*;

/// Why the model can never raise a request of some kind in a scenario.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NeverRaised {
    /// Transport: no link is ridden by a fleet with vehicles and seats.
    NoBusLink,
    /// Reception approval: the plan does not ask for one.
    NoApprovalNeeded,
    /// Reception approval: there is no reception site to approve reception into.
    NoReceptionSite,
    /// Temporary site: no reception site is closed, and no inject closes one.
    NoSiteToOpen,
    /// Officers: no crossing has a queue limit.
    NoQueueLimit,
    /// Interpreters: every language people speak is served by interpreters or desk staff.
    EveryLanguageServed,
}

impl NeverRaised {
    /// The catalogue key of the reason, as a finding words it.
    pub fn key(self) -> &'static str {
        match self {
            NeverRaised::NoBusLink => "finding-never-transport",
            NeverRaised::NoApprovalNeeded => "finding-never-reception-approval",
            NeverRaised::NoReceptionSite => "finding-never-reception",
            NeverRaised::NoSiteToOpen => "finding-never-temporary-site",
            NeverRaised::NoQueueLimit => "finding-never-officers",
            NeverRaised::EveryLanguageServed => "finding-never-interpreters",
        }
    }
}

/// Why the model can never raise a request of `kind` in `s`, if it cannot. `None` when it
/// can arise (or may, once an inject or a decision changes the situation).
pub fn never_raised(s: &Scenario, kind: RequestKind) -> Option<NeverRaised> {
    let has = |kind: fn(&LocationKind) -> bool| s.locations.iter().any(|l| kind(&l.kind));
    match kind {
        RequestKind::Transport => {
            let fleets = &s.resources.buses;
            let ridden = s.links.iter().any(|l| match &l.mode {
                Mode::Walk => false,
                Mode::Bus(id) => fleets
                    .iter()
                    .any(|f| &f.id == id && f.count > 0 && f.capacity > 0),
            });
            (!ridden).then_some(NeverRaised::NoBusLink)
        }
        RequestKind::ReceptionApproval => {
            let sites = has(|k| matches!(k, LocationKind::Reception { .. }));
            match (s.plan.reception_needs_approval, sites) {
                (true, true) => None,
                (false, _) => Some(NeverRaised::NoApprovalNeeded),
                (true, false) => Some(NeverRaised::NoReceptionSite),
            }
        }
        RequestKind::TemporarySite => {
            let closed = has(|k| matches!(k, LocationKind::Reception { open: false, .. }));
            let closes = s.msel.iter().any(|i| {
                matches!(
                    i.effect,
                    Some(InjectEffect::SiteIncident {
                        disease_case: true,
                        ..
                    })
                )
            });
            (!closed && !closes).then_some(NeverRaised::NoSiteToOpen)
        }
        RequestKind::Officers => {
            let limited = has(|k| {
                matches!(
                    k,
                    LocationKind::Bcp {
                        queue_limit: Some(_),
                        ..
                    }
                )
            });
            (!limited).then_some(NeverRaised::NoQueueLimit)
        }
        RequestKind::Interpreters => {
            let staff: Vec<&[String]> = s
                .locations
                .iter()
                .filter_map(|l| match &l.kind {
                    LocationKind::Registration { languages, .. } => Some(languages.as_slice()),
                    _ => None,
                })
                .collect();
            let unserved = s
                .cohort
                .nationalities
                .iter()
                .filter(|n| n.share > 0.0)
                .flat_map(|n| n.languages.iter())
                .filter(|(_, share)| **share > 0.0)
                .any(|(code, _)| {
                    !s.resources.interpreters.iter().any(|i| &i.language == code)
                        && staff.iter().any(|spoken| !spoken.contains(code))
                });
            (!unserved).then_some(NeverRaised::EveryLanguageServed)
        }
    }
}
