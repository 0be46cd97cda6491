//! Cheap readings of the live model for the coordination layer: what an institution could
//! see on a situation report. Reading them walks places, never people.

use super::engine::{DAY_MS, Engine};
use super::places::Role;
use crate::scenario::LocationKind;

/// One BCP as a situation report shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct BcpReading {
    /// Location id.
    pub id: String,
    /// People waiting.
    pub queue: u32,
    /// The scenario's queue limit, if any.
    pub limit: Option<u32>,
    /// Servers working.
    pub servers: u32,
    /// Open for new people.
    pub open: bool,
}

/// One reception site.
#[derive(Debug, Clone, PartialEq)]
pub struct SiteReading {
    /// Location id.
    pub id: String,
    /// Beds taken or promised.
    pub occupied: u32,
    /// Beds usable now.
    pub beds: u32,
    /// Taking people.
    pub open: bool,
    /// Travel time to it from where people wait outdoors (ms, averaged over the people
    /// waiting); `None` when nobody waits outdoors or it cannot be reached from there.
    pub from_outdoors_ms: Option<i64>,
}

/// Vulnerable persons of one kind, counted since the start.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct VulnerableReading {
    /// Identified at registration.
    pub identified: u64,
    /// Handed over after the deadline.
    pub late: u64,
    /// Identified with no service designated.
    pub no_service: u64,
    /// Mean hand-over time so far (ms).
    pub mean_handover_ms: i64,
}

/// Everything coordination reads from the model at one instant.
#[derive(Debug, Clone, PartialEq)]
pub struct Readings {
    /// Simulated time (ms).
    pub time_ms: i64,
    /// Whether it is night (local exercise time).
    pub night: bool,
    /// Arrivals since the start.
    pub arrivals: u64,
    /// People in the country now.
    pub in_country: u64,
    /// People waiting outdoors for a place.
    pub outdoors: u32,
    /// Whether reception has been approved (always true when the plan needs no approval).
    pub reception_approved: bool,
    /// Every BCP, in scenario order.
    pub bcps: Vec<BcpReading>,
    /// Every reception site, in scenario order.
    pub sites: Vec<SiteReading>,
    /// People waiting at registration for an interpreter of each language nobody there
    /// speaks: (language, people).
    pub waiting_for_language: Vec<(String, u32)>,
    /// People waiting for a bus.
    pub waiting_for_transport: u32,
    /// By `crate::scenario::Vulnerability::ALL` order.
    pub vulnerable: [VulnerableReading; 6],
}

impl Engine {
    /// The readings now.
    pub fn readings(&self) -> Readings {
        let ids = |role: Role| {
            self.scenario
                .locations
                .iter()
                .zip(&self.places)
                .filter(move |(_, p)| p.role == role)
        };
        let bcps = ids(Role::Bcp)
            .zip(self.bcp_limits())
            .map(|((l, p), limit)| BcpReading {
                id: l.id.clone(),
                queue: p.waiting,
                limit,
                servers: p.servers,
                open: p.open,
            })
            .collect();
        let sites = ids(Role::Reception)
            .map(|(l, p)| SiteReading {
                id: l.id.clone(),
                occupied: p.occupied + p.reserved,
                beds: p.beds(self.surge_unlocked),
                open: p.open,
                from_outdoors_ms: self.distance_from_outdoors(l),
            })
            .collect();
        let mut waiting = vec![0u32; self.languages.len()];
        for &at in &self.registrations {
            let (place, def) = (&self.places[at as usize], &self.services[at as usize]);
            let Some(def) = def else { continue };
            for (l, q) in place.by_language.iter().enumerate() {
                if !def.speaks[l] {
                    waiting[l] += q.len() as u32;
                }
            }
        }
        let t = &self.totals;
        let vulnerable = std::array::from_fn(|i| {
            let handed = t.referred_in_time[i] + t.referred_late[i];
            VulnerableReading {
                identified: t.identified[i],
                late: t.referred_late[i],
                no_service: t.not_referred[i],
                mean_handover_ms: if handed == 0 {
                    0
                } else {
                    t.referral_ms[i] / handed as i64
                },
            }
        });
        let departed: u64 = t.departed.iter().sum();
        Readings {
            time_ms: self.now,
            night: self.night_at(self.now),
            arrivals: t.arrivals,
            in_country: t.arrivals - departed,
            outdoors: t.outdoors,
            reception_approved: self.reception_approved,
            bcps,
            sites,
            waiting_for_language: self
                .languages
                .iter()
                .zip(waiting)
                .filter(|(_, n)| *n > 0)
                .map(|(l, n)| (l.clone(), n))
                .collect(),
            waiting_for_transport: self.stops.iter().map(|s| s.len() as u32).sum(),
            vulnerable,
        }
    }

    /// The mean travel time to `site` of the people waiting outdoors, over the places they
    /// wait at; `None` when nobody waits or some of them cannot reach it.
    fn distance_from_outdoors(&self, site: &crate::scenario::Location) -> Option<i64> {
        let to = self
            .scenario
            .locations
            .iter()
            .position(|l| l.id == site.id)? as u16;
        let (mut people, mut total) = (0i64, 0i64);
        for (at, place) in self.places.iter().enumerate() {
            if place.outdoors == 0 {
                continue;
            }
            let n = i64::from(place.outdoors);
            total += n * self.network.distance(at as u16, to)?;
            people += n;
        }
        (people > 0).then(|| total / people)
    }

    /// Whether simulated time `t` (ms) falls at night.
    pub fn night_at(&self, t: i64) -> bool {
        self.is_night((t + self.day_offset).rem_euclid(DAY_MS))
    }

    fn bcp_limits(&self) -> impl Iterator<Item = Option<u32>> + '_ {
        self.scenario
            .locations
            .iter()
            .zip(&self.places)
            .filter(|(_, p)| p.role == Role::Bcp)
            .map(|(l, _)| match &l.kind {
                LocationKind::Bcp { queue_limit, .. } => *queue_limit,
                _ => None,
            })
    }
}
