//! The engine side of scenario injects that need more than a flag: a surge of arrivals at
//! an entry point, a border closed by a neighbouring country, interpreters dropping out.

use super::change::ChangeError;
use super::components::Person;
use super::engine::{Engine, Given, Source, SourceSurge};
use super::rng::stream;
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
        let is_entry = |k: &LocationKind| {
            matches!(
                k,
                LocationKind::Entry { .. } | LocationKind::GreenBorder { .. }
            )
        };
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
        let source = self.source_at(at as u16, entry);
        let surges = &mut self.sources[source as usize].surges;
        surges.push(SourceSurge {
            at: self.now,
            people,
            over: over.millis(),
            nationality,
            given: Given::default(),
        });
        let surge = (surges.len() - 1) as u16;
        self.schedule_surge(source, surge);
        Ok(())
    }

    /// The arrival source of a location, made (with no Poisson arrivals of its own) for an
    /// entry point that has no arrival profile. Its random streams are named like every
    /// source's, so it draws nothing from the others.
    #[allow(
        clippy::expect_used,
        reason = "`at` is an entry point (the caller checked), and every entry point is in the series"
    )]
    fn source_at(&mut self, at: u16, id: &str) -> u16 {
        if let Some(i) = self.sources.iter().position(|s| s.at == at) {
            return i as u16;
        }
        let entry =
            self.series.entries().binary_search(&at).expect(
                "a surge's place is an entry point, and every entry point is in the series",
            );
        self.sources.push(Source {
            at,
            entry,
            steps: Vec::new(),
            surges: Vec::new(),
            rng: stream(self.seed, &format!("arrivals/{id}")),
            cohort_rng: stream(self.seed, &format!("cohort/{id}")),
            demography_rng: stream(self.seed, &format!("demography/{id}")),
        });
        (self.sources.len() - 1) as u16
    }

    /// The BCPs facing a neighbouring country.
    pub(super) fn bcps_facing(&self, country: &str) -> Result<Vec<u16>, ChangeError> {
        let facing = |i: &u16| {
            matches!(&self.scenario.locations[*i as usize].kind,
                LocationKind::Bcp { country: c, .. } if c == country)
        };
        let found: Vec<u16> = self.bcps.iter().copied().filter(facing).collect();
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
        let mut left = count;
        let take = |free: &mut u32, left: &mut u32| {
            let n = (*free).min(*left);
            *free -= n;
            *left -= n;
        };
        take(&mut self.remote_free[l], &mut left);
        for &at in &self.registrations {
            if let Some(free) = self.places[at as usize].interpreters_free.get_mut(l) {
                take(free, &mut left);
            }
        }
        let working = self.interpreters_working(l);
        self.interpreters_owed[l] = (self.interpreters_owed[l] + left).min(working);
    }

    /// Interpreters of language `l` with a person now (a walk over people: only for the
    /// rare shortage inject).
    fn interpreters_working(&mut self, l: usize) -> u32 {
        self.world
            .query::<&Person>()
            .iter(&self.world)
            .filter(|p| p.interpreter != 0 && usize::from(p.language) == l)
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
        Some(self.fleets[f].idle)
    }
}
