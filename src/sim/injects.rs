//! The engine side of scenario injects that need more than a flag: a surge of arrivals at
//! an entry point, a border closed by a neighbouring country, interpreters dropping out.

use super::arrivals::{Given, SourceSurge, is_entry};
use super::change::ChangeError;
use super::components::Slot;
use super::engine::Engine;
use crate::scenario::{IdKind, LocationKind};
use crate::time::SimTime;

impl Engine {
    /// Starts a surge of `people` at `entry` now, spread over `over`.
    pub(super) fn surge(
        &mut self,
        entry: &str,
        people: u32,
        over: SimTime,
        nationality: Option<&str>,
    ) -> Result<(), ChangeError> {
        let locations = &self.scenario.locations;
        let Some(at) = locations
            .iter()
            .position(|l| l.id == entry && is_entry(&l.kind))
        else {
            return Err(ChangeError::UnknownPlace {
                id: entry.to_string(),
                expected: IdKind::EntryPoint,
                known: locations
                    .iter()
                    .filter(|l| is_entry(&l.kind))
                    .map(|l| l.id.clone())
                    .collect(),
            });
        };
        let nationalities = &self.scenario.cohort.nationalities;
        let nationality = match nationality {
            None => None,
            Some(id) => match nationalities.iter().position(|n| n.id == id) {
                Some(n) => Some(n as u8),
                None => {
                    return Err(ChangeError::UnknownNationality {
                        nationality: id.to_string(),
                        known: nationalities.iter().map(|n| n.id.clone()).collect(),
                    });
                }
            },
        };
        let surge = SourceSurge {
            at: self.now,
            people,
            over: over.millis(),
            nationality,
            given: Given::default(),
        };
        let Some((source, surge)) = self.arrivals.add_surge(self.seed, at as u16, entry, surge)
        else {
            return Err(ChangeError::UnknownPlace {
                id: entry.to_string(),
                expected: IdKind::EntryPoint,
                known: Vec::new(),
            });
        };
        self.schedule_surge(source, surge);
        Ok(())
    }

    /// The BCPs facing a neighbouring country.
    pub(super) fn bcps_facing(&self, country: &str) -> Result<Vec<u16>, ChangeError> {
        let facing = |i: &u16| {
            matches!(&self.scenario.locations[*i as usize].kind,
                LocationKind::Bcp { country: c, .. } if c == country)
        };
        let found: Vec<u16> = self
            .stations
            .bcps()
            .iter()
            .copied()
            .filter(facing)
            .collect();
        if found.is_empty() {
            return Err(ChangeError::UnknownCountry {
                country: country.to_string(),
                known: crate::scenario::bcp_countries(&self.scenario),
            });
        }
        Ok(found)
    }

    /// Takes `count` interpreters of language `l` out: free remote ones first, then free
    /// ones on site (registration points in scenario order), then working ones as they
    /// finish.
    pub(super) fn remove_interpreters(&mut self, l: usize, count: u32) {
        let working = self.interpreters_working(l);
        let registrations = self.stations.registration_places();
        self.interpreters.remove(l, count, registrations, working);
    }

    /// Interpreters of language `l` with a person now (a walk over people: only for the
    /// rare shortage inject).
    fn interpreters_working(&mut self, l: usize) -> u32 {
        self.world
            .query::<&Slot>()
            .iter(&self.world)
            .filter(|s| s.held())
            .filter(|s| s.person.interpreter != 0 && usize::from(s.person.language) == l)
            .count() as u32
    }
}

impl Engine {
    /// Buses of fleet `id` idle at their depot now (free to leave with passengers).
    pub fn buses_idle(&self, id: &str) -> Option<u32> {
        let f = self
            .scenario
            .resources
            .buses
            .iter()
            .position(|b| b.id == id)?;
        Some(self.transport.fleets()[f].idle)
    }
}
