//! Transport: the bus fleets and the people waiting at each stop for a seat. A stop is one
//! direction of one bus link (`network::StopDef`).

use std::collections::VecDeque;

use bevy_ecs::entity::Entity;

use super::network::StopDef;
use crate::scenario::Scenario;

/// A bus fleet's live state.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub(super) struct Fleet {
    pub idle: u32,
    /// Buses broken down on the road: taken out of service when they return.
    pub owed: u32,
    pub capacity: u32,
    pub max_wait: i64,
    /// Vehicles in service: the scenario's count, plus those added, less those broken down.
    pub size: u32,
    /// Vehicles that broke down since the start.
    pub broken: u32,
}

/// A bus leaving a stop now.
pub(super) struct Departure {
    /// Who rides, in the order they waited.
    pub riders: Vec<Entity>,
    /// The stop's origin.
    pub from: u16,
    pub fleet: u16,
    /// When the next of those left waiting has waited long enough, if anyone is left.
    pub next_timeout: Option<i64>,
}

/// The fleets and their stops.
#[derive(Debug)]
pub(super) struct Transport {
    fleets: Vec<Fleet>,
    /// Stop definitions by stop index (from the network).
    defs: Vec<StopDef>,
    /// Who waits at each stop, since when, in order.
    stops: Vec<VecDeque<(Entity, i64)>>,
    /// By fleet: the stops it serves, in stop order.
    fleet_stops: Vec<Vec<u16>>,
}

impl Transport {
    pub(super) fn new(scenario: &Scenario, defs: Vec<StopDef>) -> Self {
        let fleets = scenario
            .resources
            .buses
            .iter()
            .map(|b| Fleet {
                idle: b.count,
                owed: 0,
                capacity: b.capacity,
                max_wait: b.max_wait.millis(),
                size: b.count,
                broken: 0,
            })
            .collect::<Vec<_>>();
        let mut fleet_stops = vec![Vec::new(); fleets.len()];
        for (stop, def) in defs.iter().enumerate() {
            fleet_stops[def.fleet as usize].push(stop as u16);
        }
        Transport {
            fleets,
            stops: vec![VecDeque::new(); defs.len()],
            defs,
            fleet_stops,
        }
    }

    /// A person starts waiting at `stop` now; returns when a bus must leave at the latest if
    /// they are the first to wait there.
    pub(super) fn wait(&mut self, stop: u16, person: Entity, now: i64) -> Option<i64> {
        let fleet = self.defs[stop as usize].fleet;
        let waiting = &mut self.stops[stop as usize];
        waiting.push_back((person, now));
        (waiting.len() == 1).then(|| now + self.fleets[fleet as usize].max_wait)
    }

    /// Sends a bus from `stop` if one is idle and the load is full or has waited long enough.
    pub(super) fn depart(&mut self, stop: u16, now: i64) -> Option<Departure> {
        let def = self.defs[stop as usize];
        let fleet = &mut self.fleets[def.fleet as usize];
        let waiting = &mut self.stops[stop as usize];
        let &(_, first_since) = waiting.front()?;
        let due = waiting.len() >= fleet.capacity as usize || now - first_since >= fleet.max_wait;
        if fleet.idle == 0 || !due {
            return None;
        }
        fleet.idle -= 1;
        let n = (fleet.capacity as usize).min(waiting.len());
        let riders = waiting.drain(..n).map(|(p, _)| p).collect();
        let next_timeout = waiting
            .front()
            .map(|&(_, since)| (since + fleet.max_wait).max(now));
        Some(Departure {
            riders,
            from: def.from,
            fleet: def.fleet,
            next_timeout,
        })
    }

    /// A bus of `fleet` is back; returns whether it is ready for service (one broken down on
    /// the road is taken out instead).
    pub(super) fn returned(&mut self, fleet: u16) -> bool {
        let f = &mut self.fleets[fleet as usize];
        if f.owed > 0 {
            f.owed -= 1;
            return false;
        }
        f.idle += 1;
        true
    }

    /// The `i`-th of the stops `fleet` serves (in stop order), if it serves that many.
    pub(super) fn stop_of(&self, fleet: u16, i: usize) -> Option<u16> {
        self.fleet_stops[fleet as usize].get(i).copied()
    }

    /// Every stop.
    pub(super) fn stops(&self) -> std::ops::Range<u16> {
        0..self.stops.len() as u16
    }

    /// Puts `buses` more in service in fleet `f`.
    pub(super) fn add_buses(&mut self, f: usize, buses: u32) {
        let fleet = &mut self.fleets[f];
        fleet.idle = fleet.idle.saturating_add(buses);
        fleet.size = fleet.size.saturating_add(buses);
    }

    /// Takes `buses` of fleet `f` out of service: idle ones at once, the others when they
    /// return.
    pub(super) fn remove_buses(&mut self, f: usize, buses: u32) {
        let fleet = &mut self.fleets[f];
        let now = buses.min(fleet.idle);
        fleet.idle -= now;
        fleet.owed = fleet.owed.saturating_add(buses - now);
        fleet.size = fleet.size.saturating_sub(buses);
        fleet.broken = fleet.broken.saturating_add(buses);
    }

    /// Buses idle over every fleet.
    pub(super) fn idle(&self) -> u64 {
        self.fleets.iter().map(|f| u64::from(f.idle)).sum()
    }

    pub(super) fn fleets(&self) -> &[Fleet] {
        &self.fleets
    }

    /// Who waits at each stop (with the stop's definition), since when.
    pub(super) fn waiting(&self) -> impl Iterator<Item = (StopDef, &VecDeque<(Entity, i64)>)> {
        self.defs.iter().copied().zip(&self.stops)
    }

    /// People waiting at every stop.
    pub(super) fn waiting_people(&self) -> u32 {
        self.stops.iter().map(|s| s.len() as u32).sum()
    }

    /// Whether saved fleets and stops fit this network.
    pub(super) fn fits(&self, fleets: &[Fleet], stops: usize) -> bool {
        fleets.len() == self.fleets.len() && stops == self.stops.len()
    }

    /// Puts saved fleets and stops back (`fits` checked).
    pub(super) fn restore(&mut self, fleets: Vec<Fleet>, stops: Vec<VecDeque<(Entity, i64)>>) {
        self.fleets = fleets;
        self.stops = stops;
    }
}
