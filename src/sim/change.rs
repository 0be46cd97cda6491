//! Changes: the only way anything outside the engine changes the model. The crate's
//! `Command`s (control actions, decisions as they take effect, injects) each translate into
//! these, in one place each.

use super::engine::Engine;
use super::places::Role;
use crate::i18n::{Lang, Localized};
use crate::scenario::IdKind;
use crate::time::SimTime;
use crate::tr;

/// A change to the model at the current time.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub(crate) enum Change {
    /// Close a BCP: nobody new is processed; those waiting divert to other crossings.
    CloseBcp {
        /// BCP id.
        bcp: String,
    },
    /// Re-open a closed BCP.
    OpenBcp {
        /// BCP id.
        bcp: String,
    },
    /// Add (or with a negative number remove) officers on every shift of a BCP.
    AdjustOfficers {
        /// BCP id.
        bcp: String,
        /// Officers added; negative for a shortage.
        by: i32,
    },
    /// Set the normal bed capacity of a reception site.
    SetCapacity {
        /// Reception site id.
        site: String,
        /// Beds.
        capacity: u32,
    },
    /// Open a reception site (e.g. a temporary site).
    OpenSite {
        /// Reception site id.
        site: String,
    },
    /// Close a reception site to new arrivals.
    CloseSite {
        /// Reception site id.
        site: String,
    },
    /// Let every reception site use its surge capacity.
    UnlockSurgeCapacity,
    /// Reception is approved: registered people waiting outdoors may be moved to reception.
    ApproveReception,
    /// Add remote interpreters for a language (they serve every registration point).
    AddInterpreters {
        /// Language code.
        language: String,
        /// How many.
        count: u32,
    },
    /// Add buses to a fleet.
    AddBuses {
        /// Fleet id.
        fleet: String,
        /// How many.
        buses: u32,
    },
    /// Extra arrivals at an entry point (or green border), from now over a period.
    Surge {
        /// Entry or green-border location id.
        entry: String,
        /// How many people.
        people: u32,
        /// Spread over.
        over: SimTime,
        /// Everyone of this cohort nationality; `None` draws from the mix.
        nationality: Option<String>,
    },
    /// Close every BCP facing a neighbouring country.
    CloseBorder {
        /// The country.
        country: String,
    },
    /// Open every BCP facing a neighbouring country.
    OpenBorder {
        /// The country.
        country: String,
    },
    /// Take beds out of use at a reception site (never below zero).
    ReduceCapacity {
        /// Reception site id.
        site: String,
        /// Beds lost.
        beds: u32,
    },
    /// Interpreters of a language drop out: free ones at once (remote first), working ones
    /// when they finish.
    RemoveInterpreters {
        /// Language code.
        language: String,
        /// How many.
        count: u32,
    },
    /// Buses of a fleet go out of service: idle ones at once, the others when they return.
    RemoveBuses {
        /// Fleet id.
        fleet: String,
        /// How many.
        buses: u32,
    },
}

/// Why the model refused a change.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ChangeError {
    /// The language is not spoken by anyone in the scenario.
    UnknownLanguage {
        /// The code given.
        language: String,
        /// The languages of the scenario.
        known: Vec<String>,
    },
    /// No bus fleet has this id.
    UnknownFleet {
        /// The id given.
        fleet: String,
        /// The fleets of the scenario.
        known: Vec<String>,
    },
    /// No BCP faces this country.
    UnknownCountry {
        /// The country given.
        country: String,
        /// The countries the scenario's BCPs face.
        known: Vec<String>,
    },
    /// No nationality of the cohort has this id.
    UnknownNationality {
        /// The id given.
        nationality: String,
        /// The cohort's nationalities.
        known: Vec<String>,
    },
    /// The id names no location of the expected kind.
    UnknownPlace {
        /// The id given.
        id: String,
        /// What kind of place was expected.
        expected: IdKind,
        /// The ids that would be accepted.
        known: Vec<String>,
    },
}

impl std::fmt::Display for ChangeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.localized(Lang::En))
    }
}

impl Localized for ChangeError {
    fn localized(&self, lang: Lang) -> String {
        let unknown = |what: IdKind, id: &str, known: &[String]| {
            tr!(
                lang,
                "command-error-unknown",
                what = what.localized(lang),
                id = id,
                known = known.join(", "),
            )
        };
        match self {
            ChangeError::UnknownLanguage { language, known } => {
                unknown(IdKind::Language, language, known)
            }
            ChangeError::UnknownFleet { fleet, known } => unknown(IdKind::BusFleet, fleet, known),
            ChangeError::UnknownCountry { country, known } => tr!(
                lang,
                "command-error-no-bcp-faces",
                country = country,
                known = known.join(", "),
            ),
            ChangeError::UnknownNationality { nationality, known } => {
                unknown(IdKind::Nationality, nationality, known)
            }
            ChangeError::UnknownPlace {
                id,
                expected,
                known,
            } => unknown(*expected, id, known),
        }
    }
}

impl Engine {
    /// Applies a change now (after every event at this instant).
    pub(crate) fn apply(&mut self, change: &Change) -> Result<(), ChangeError> {
        match change {
            Change::CloseBcp { bcp } => {
                let at = self.place_of(bcp, Role::Bcp)?;
                self.stations.place_mut(at).open = false;
                self.divert_queue(at);
            }
            Change::OpenBcp { bcp } => {
                let at = self.place_of(bcp, Role::Bcp)?;
                self.stations.place_mut(at).open = true;
            }
            Change::AdjustOfficers { bcp, by } => {
                let at = self.place_of(bcp, Role::Bcp)?;
                let place = self.stations.place_mut(at);
                place.extra_officers = place.extra_officers.saturating_add(*by);
                self.set_servers(at);
                self.try_serve(at);
            }
            Change::SetCapacity { site, capacity } => {
                let at = self.place_of(site, Role::Reception)?;
                self.stations.place_mut(at).capacity = *capacity;
                self.admit_outdoors();
            }
            Change::OpenSite { site } => {
                let at = self.place_of(site, Role::Reception)?;
                self.stations.place_mut(at).open = true;
                self.admit_outdoors();
            }
            Change::CloseSite { site } => {
                let at = self.place_of(site, Role::Reception)?;
                self.stations.place_mut(at).open = false;
            }
            Change::UnlockSurgeCapacity => {
                self.reception.unlock_surge();
                self.admit_outdoors();
            }
            Change::ApproveReception => {
                self.reception.approve();
                self.admit_outdoors();
            }
            Change::AddInterpreters { language, count } => {
                let l = self.interpreters.language_of(language)?;
                self.interpreters.add_remote(l, *count);
                for at in self.stations.registrations().to_vec() {
                    self.try_serve(at);
                }
            }
            Change::AddBuses { fleet, buses } => {
                let f = self.fleet_of(fleet)?;
                self.transport.add_buses(f, *buses);
                // Each call sends at most one bus from a stop; a pass that sends none leaves
                // nothing for the next.
                for _ in 0..*buses {
                    let idle = self.transport.idle();
                    for stop in self.transport.stops() {
                        self.try_depart(stop);
                    }
                    if self.transport.idle() == idle {
                        break;
                    }
                }
            }
            Change::Surge {
                entry,
                people,
                over,
                nationality,
            } => self.surge(entry, *people, *over, nationality.as_deref())?,
            Change::CloseBorder { country } => {
                for at in self.bcps_facing(country)? {
                    self.stations.place_mut(at).open = false;
                    self.divert_queue(at);
                }
            }
            Change::OpenBorder { country } => {
                for at in self.bcps_facing(country)? {
                    self.stations.place_mut(at).open = true;
                }
            }
            Change::ReduceCapacity { site, beds } => {
                let at = self.place_of(site, Role::Reception)?;
                let place = self.stations.place_mut(at);
                place.capacity = place.capacity.saturating_sub(*beds);
            }
            Change::RemoveInterpreters { language, count } => {
                let l = self.interpreters.language_of(language)?;
                self.remove_interpreters(l, *count);
            }
            Change::RemoveBuses { fleet, buses } => {
                let f = self.fleet_of(fleet)?;
                self.transport.remove_buses(f, *buses);
            }
        }
        Ok(())
    }

    fn fleet_of(&self, id: &str) -> Result<usize, ChangeError> {
        let fleets = &self.scenario.resources.buses;
        fleets
            .iter()
            .position(|b| b.id == id)
            .ok_or_else(|| ChangeError::UnknownFleet {
                fleet: id.to_string(),
                known: fleets.iter().map(|b| b.id.clone()).collect(),
            })
    }

    pub(super) fn place_of(&self, id: &str, role: Role) -> Result<u16, ChangeError> {
        let found = self.scenario.locations.iter().position(|l| l.id == id);
        match found {
            Some(i) if self.stations.role(i as u16) == role => Ok(i as u16),
            _ => Err(ChangeError::UnknownPlace {
                id: id.to_string(),
                expected: if role == Role::Bcp {
                    IdKind::Bcp
                } else {
                    IdKind::ReceptionSite
                },
                known: self
                    .scenario
                    .locations
                    .iter()
                    .zip(self.stations.places())
                    .filter(|(_, p)| p.role == role)
                    .map(|(l, _)| l.id.clone())
                    .collect(),
            }),
        }
    }

    /// Everyone queued at a closed BCP heads for another crossing.
    fn divert_queue(&mut self, at: u16) {
        let waiting = self.stations.drain_queue(at, self.now, &self.calendar);
        for w in waiting {
            self.go_to_bcp(w.person, at);
        }
    }
}
