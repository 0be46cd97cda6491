//! Who runs a place: whose seat sees its live figures.

use super::model::{LocationKind, RequestKind, Scenario};

impl Scenario {
    /// The institutions that run location `id`, in scenario order: the location's
    /// `operator` when it names one; otherwise those Responsible or Accountable for the
    /// function the plan gives the requests that keep such a place going — officers for a
    /// BCP, a temporary site for a reception site, interpreters for a registration point,
    /// transport for a transit point. Entry points, the green border, hospitals and exits are
    /// run by nobody unless an `operator` is named.
    pub fn operators(&self, id: &str) -> Vec<String> {
        let Some(location) = self.locations.iter().find(|l| l.id == id) else {
            return Vec::new();
        };
        if let Some(operator) = &location.operator {
            return vec![operator.clone()];
        }
        let kind = match location.kind {
            LocationKind::Bcp { .. } => RequestKind::Officers,
            LocationKind::Reception { .. } => RequestKind::TemporarySite,
            LocationKind::Registration { .. } => RequestKind::Interpreters,
            LocationKind::Transit { .. } => RequestKind::Transport,
            LocationKind::Entry { .. }
            | LocationKind::GreenBorder { .. }
            | LocationKind::Hospital { .. }
            | LocationKind::Exit { .. } => return Vec::new(),
        };
        let Some(function) = self
            .plan
            .requests
            .iter()
            .find(|r| r.request == kind)
            .and_then(|r| self.functions.iter().find(|f| f.id == r.function))
        else {
            return Vec::new();
        };
        self.institutions
            .iter()
            .filter(|i| {
                function.responsible.contains(&i.id) || function.accountable.contains(&i.id)
            })
            .map(|i| i.id.clone())
            .collect()
    }
}
