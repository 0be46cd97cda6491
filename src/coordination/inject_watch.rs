//! Watching the MSEL's state-triggered injects: at each sweep, every armed trigger is checked
//! against the readings; one that holds makes its inject *due*. The watch never delivers:
//! the driver (batch runner or facilitator) gives `DeliverInject` like any command.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::scenario::{Inject, InjectTrigger, Phase};
use crate::sim::Readings;
use crate::time::SimTime;

/// A state-triggered inject whose condition has come true and that is not delivered yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DueInject {
    /// MSEL number.
    pub number: u32,
    /// When its trigger was found to hold.
    pub since: SimTime,
}

/// What is known of the MSEL's delivery: which injects were delivered, which triggers fired.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct InjectWatch {
    /// MSEL number → time delivered (the first time).
    delivered: BTreeMap<u32, i64>,
    /// MSEL number → time its trigger was found to hold. A trigger fires once.
    fired: BTreeMap<u32, i64>,
}

impl InjectWatch {
    /// Records a delivery.
    pub fn delivered(&mut self, number: u32, now: i64) {
        self.delivered.entry(number).or_insert(now);
    }

    /// Checks the armed triggers of `msel` against `r`; true when an inject came due.
    pub fn check(&mut self, msel: &[Inject], phases: &[Phase], phase: usize, r: &Readings) -> bool {
        let now = r.time_ms;
        let mut any = false;
        for inject in msel {
            let Some(trigger) = &inject.trigger else {
                continue;
            };
            let n = inject.number;
            let armed = inject.at.millis() <= now
                && !self.fired.contains_key(&n)
                && !self.delivered.contains_key(&n);
            if armed && self.holds(trigger, phases, phase, r) {
                self.fired.insert(n, now);
                any = true;
            }
        }
        any
    }

    fn holds(&self, trigger: &InjectTrigger, phases: &[Phase], phase: usize, r: &Readings) -> bool {
        match trigger {
            InjectTrigger::QueueOver { bcp, people } => {
                r.bcps.iter().any(|b| &b.id == bcp && b.queue > *people)
            }
            InjectTrigger::OccupancyOver { site, percent } => r.sites.iter().any(|s| {
                let named = site.as_ref().is_none_or(|id| id == &s.id);
                // "Any" means any open site; a named site counts open or not.
                let counted = site.is_some() || s.open;
                named && counted && s.beds > 0 && occupancy(s.occupied, s.beds) > *percent
            }),
            InjectTrigger::PhaseDeclared(id) => phases
                .iter()
                .position(|p| &p.id == id)
                .is_some_and(|target| phase >= target),
            InjectTrigger::Delivered { inject, after } => self
                .delivered
                .get(inject)
                .is_some_and(|&at| at + after.millis() <= r.time_ms),
        }
    }

    /// Every inject delivered so far: number → when (ms), the first time.
    pub fn deliveries(&self) -> &BTreeMap<u32, i64> {
        &self.delivered
    }

    /// Triggered injects due and not delivered, in the order they came due.
    pub fn due(&self) -> Vec<DueInject> {
        let mut due: Vec<DueInject> = self
            .fired
            .iter()
            .filter(|(n, _)| !self.delivered.contains_key(n))
            .map(|(&number, &at)| DueInject {
                number,
                since: SimTime(at),
            })
            .collect();
        due.sort_by_key(|d| (d.since, d.number));
        due
    }
}

/// Percent of `beds` taken by `occupied`.
pub fn occupancy(occupied: u32, beds: u32) -> f64 {
    f64::from(occupied) * 100.0 / f64::from(beds)
}

/// `synopsis` with its placeholders filled from `r`; `None` when it has none (or, in a
/// scenario that was never checked, placeholders that do not read: it is then kept as written).
pub fn fill(synopsis: &str, r: &Readings) -> Option<String> {
    use crate::scenario::inject_text::{Piece, Quote, parse};
    let pieces = parse(synopsis).ok()?;
    if !pieces.iter().any(|p| matches!(p, Piece::Quote(_))) {
        return None;
    }
    let bcp = |id: &str| r.bcps.iter().find(|b| b.id == id);
    let site = |id: &str| r.sites.iter().find(|s| s.id == id);
    let open_sites = || r.sites.iter().filter(|s| s.open);
    let mut text = String::new();
    for piece in pieces {
        let value = match piece {
            Piece::Text(words) => {
                text.push_str(&words);
                continue;
            }
            Piece::Quote(Quote::Queue(id)) => bcp(&id).map_or(0, |b| u64::from(b.queue)),
            Piece::Quote(Quote::Lanes(id)) => bcp(&id).map_or(0, |b| u64::from(b.servers)),
            Piece::Quote(Quote::Occupied(Some(id))) => {
                site(&id).map_or(0, |s| u64::from(s.occupied))
            }
            Piece::Quote(Quote::Occupied(None)) => {
                open_sites().map(|s| u64::from(s.occupied)).sum()
            }
            Piece::Quote(Quote::Beds(Some(id))) => site(&id).map_or(0, |s| u64::from(s.beds)),
            Piece::Quote(Quote::Beds(None)) => open_sites().map(|s| u64::from(s.beds)).sum(),
            Piece::Quote(Quote::Occupancy(id)) => site(&id)
                .filter(|s| s.beds > 0)
                .map_or(0, |s| occupancy(s.occupied, s.beds).round() as u64),
            Piece::Quote(Quote::Outdoors) => u64::from(r.outdoors),
            Piece::Quote(Quote::InCountry) => r.in_country,
            Piece::Quote(Quote::Arrivals) => r.arrivals,
        };
        text.push_str(&value.to_string());
    }
    Some(text)
}
