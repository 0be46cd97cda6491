//! Cheap readings of the live model for the coordination layer: what an institution could
//! see on a situation report. Reading them walks places, never people.

use super::components::Stage;
use super::engine::Engine;
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

/// One fleet of buses or trains.
#[derive(Debug, Clone, PartialEq)]
pub struct FleetReading {
    /// Fleet id.
    pub id: String,
    /// The place where most people wait for it now (location id), if anyone waits.
    pub busiest: Option<String>,
    /// People waiting for it there.
    pub waiting: u32,
    /// How many may wait at one place before a Transport request is raised: the
    /// scenario's `wait_limit`, else the seats of the whole fleet in service.
    pub limit: u32,
    /// Seats of the vehicles in service (vehicles × seats each).
    pub seats: u32,
    /// Vehicles broken down since the start.
    pub broken: u32,
}

/// A place that shelters only so many of the people waiting there (a transit, a crossing
/// or registration point with a waiting area).
#[derive(Debug, Clone, PartialEq)]
pub struct ShelterReading {
    /// Location id.
    pub id: String,
    /// People waiting there now.
    pub waiting: u32,
    /// How many of them are under shelter at most.
    pub shelter: u32,
    /// The rest, waiting outdoors.
    pub outdoors: u32,
}

/// People at a registration point waiting for an interpreter of one language its staff
/// do not speak.
#[derive(Debug, Clone, PartialEq)]
pub struct InterpreterQueueReading {
    /// The registration point (location id).
    pub place: String,
    /// The language.
    pub language: String,
    /// People waiting.
    pub waiting: u32,
    /// How long the first of them has waited (ms).
    pub longest_ms: i64,
    /// Desks free there now (people wait for an interpreter, not for a desk).
    pub idle_desks: u32,
    /// Desks there.
    pub desks: u32,
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
    /// Every fleet, in scenario order.
    pub fleets: Vec<FleetReading>,
    /// Every place with a limited shelter for the people waiting there, in scenario order.
    pub shelters: Vec<ShelterReading>,
    /// Registration queues of languages the staff do not speak, by place (scenario order)
    /// and language (engine order); only those with someone waiting.
    pub interpreter_queues: Vec<InterpreterQueueReading>,
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
                .zip(self.stations.places())
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
        // Where people wait outdoors, and how many: read once for every site.
        let outdoors: Vec<(u16, i64)> = (0u16..)
            .zip(self.stations.places())
            .filter(|(_, p)| p.outdoors > 0)
            .map(|(at, p)| (at, i64::from(p.outdoors)))
            .collect();
        let sites = (0u16..)
            .zip(self.scenario.locations.iter().zip(self.stations.places()))
            .filter(|(_, (_, p))| p.role == Role::Reception)
            .map(|(to, (l, p))| SiteReading {
                id: l.id.clone(),
                occupied: p.occupied + p.reserved,
                beds: p.beds(self.reception.surge_unlocked()),
                open: p.open,
                from_outdoors_ms: self.distance_from_outdoors(&outdoors, to),
            })
            .collect();
        let mut waiting = vec![0u32; self.languages().len()];
        for &at in self.stations.registrations() {
            let place = self.stations.place(at);
            let Some(speaks) = self.stations.speaks(at) else {
                continue;
            };
            for (l, q) in place.by_language.iter().enumerate() {
                if !speaks[l] {
                    waiting[l] += q.len() as u32;
                }
            }
        }
        let t = self.ledger.totals();
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
            reception_approved: self.reception.approved(),
            bcps,
            sites,
            waiting_for_language: self
                .languages()
                .iter()
                .zip(waiting)
                .filter(|(_, n)| *n > 0)
                .map(|(l, n)| (l.clone(), n))
                .collect(),
            waiting_for_transport: self.transport.waiting_people(),
            fleets: self.fleet_readings(),
            interpreter_queues: self.interpreter_queues(),
            shelters: self
                .scenario
                .locations
                .iter()
                .zip(self.stations.places())
                .filter_map(|(l, p)| {
                    let shelter = p.shelter?;
                    Some(ShelterReading {
                        id: l.id.clone(),
                        waiting: p.waiting_here(),
                        shelter,
                        outdoors: p.waiting_outdoors(),
                    })
                })
                .collect(),
            vulnerable,
        }
    }

    /// The registration queues of languages nobody at the desks speaks.
    fn interpreter_queues(&self) -> Vec<InterpreterQueueReading> {
        let mut out = Vec::new();
        for &at in self.stations.registrations() {
            let place = self.stations.place(at);
            let Some(speaks) = self.stations.speaks(at) else {
                continue;
            };
            for (l, q) in place.by_language.iter().enumerate() {
                let Some(head) = q.front() else { continue };
                if speaks[l] {
                    continue;
                }
                out.push(InterpreterQueueReading {
                    place: self.scenario.locations[at as usize].id.clone(),
                    language: self.languages()[l].clone(),
                    waiting: q.len() as u32,
                    longest_ms: self.now - head.since,
                    idle_desks: place.servers.saturating_sub(place.busy),
                    desks: place.servers,
                });
            }
        }
        out
    }

    /// Each fleet: where most people wait for it, against its limit.
    fn fleet_readings(&self) -> Vec<FleetReading> {
        self.scenario
            .resources
            .buses
            .iter()
            .zip(self.transport.fleets())
            .enumerate()
            .map(|(f, (def, fleet))| {
                // People waiting at each place for this fleet (a place may have a stop per
                // destination; a transit place on the way to a stop is where its riders
                // wait), the busiest first-seen on a tie.
                let mut at: Vec<(u16, u32)> = Vec::new();
                for (stop, waiting) in self.transport.waiting() {
                    if usize::from(stop.fleet) != f {
                        continue;
                    }
                    let mut count =
                        |place: u16, people: u32| match at.iter_mut().find(|(p, _)| *p == place) {
                            Some((_, n)) => *n += people,
                            None => at.push((place, people)),
                        };
                    if !self.network.waits_off_stop() {
                        if !waiting.is_empty() {
                            count(stop.from, waiting.len() as u32);
                        }
                        continue;
                    }
                    for &(person, _) in waiting {
                        // Who waits for a vehicle is in the stage WaitingBus.
                        if let Some(Stage::WaitingBus { at }) = self.stage(person) {
                            count(at, 1);
                        } else {
                            count(stop.from, 1);
                        }
                    }
                }
                let busiest = at
                    .iter()
                    .rev()
                    .max_by_key(|(_, n)| *n)
                    .map(|&(p, n)| (self.scenario.locations[p as usize].id.clone(), n));
                let seats = fleet.size.saturating_mul(fleet.capacity);
                FleetReading {
                    id: def.id.clone(),
                    waiting: busiest.as_ref().map_or(0, |b| b.1),
                    busiest: busiest.map(|b| b.0),
                    limit: def.wait_limit.unwrap_or(seats),
                    seats,
                    broken: fleet.broken,
                }
            })
            .collect()
    }

    /// The mean travel time to the site `to` of the people waiting `outdoors` (place, how
    /// many), over the places they wait at; `None` when nobody waits or some of them cannot
    /// reach it.
    fn distance_from_outdoors(&self, outdoors: &[(u16, i64)], to: u16) -> Option<i64> {
        let (mut people, mut total) = (0i64, 0i64);
        for &(at, n) in outdoors {
            total += n * self.network.distance(at, to)?;
            people += n;
        }
        (people > 0).then(|| total / people)
    }

    /// Whether simulated time `t` (ms) falls at night.
    pub fn night_at(&self, t: i64) -> bool {
        self.calendar.night_at(t)
    }

    fn bcp_limits(&self) -> impl Iterator<Item = Option<u32>> + '_ {
        self.scenario
            .locations
            .iter()
            .zip(self.stations.places())
            .filter(|(_, p)| p.role == Role::Bcp)
            .map(|(l, _)| match &l.kind {
                LocationKind::Bcp { queue_limit, .. } => *queue_limit,
                _ => None,
            })
    }
}
