//! Flow monitoring: people counted as they pass each BCP and registration point, by calendar
//! day, where they came from and where they head next, nationality, sex and age band — what
//! a flow monitoring point counts. Kept only while exit records are kept (not in sweeps), and
//! outside the digest: it is read from the events, never drives them.

use std::collections::BTreeMap;

use bevy_ecs::entity::Entity;

use super::components::{Goal, Slot, Stage};
use super::engine::Engine;
use super::places::Role;
use crate::scenario::Profile;

/// One cell of the flow monitoring count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Passage {
    /// The flow monitoring point (a BCP or registration point's location index).
    pub at: u16,
    /// Calendar day of the exercise: 0 is the day of T+0.
    pub day: u32,
    /// The place they came from, if the model knows it.
    pub from: Option<u16>,
    /// The place they head for next, if any.
    pub to: Option<u16>,
    /// Index into the cohort's nationalities.
    pub nationality: u8,
    /// Sex and age band.
    pub profile: Profile,
}

impl Engine {
    /// Who is passing `at` now (the person in `slot`) and where they came from, before they
    /// move on.
    pub(super) fn passage_from(&self, slot: &Slot, at: u16) -> Option<Passage> {
        if !self.ledger.keeps_departures() {
            return None;
        }
        let p = &slot.person;
        let role = self.stations.role(at);
        let reached = Some(slot.journey).filter(|j| {
            j.dest == at
                && matches!(
                    (role, j.goal),
                    (Role::Bcp, Goal::Bcp) | (_, Goal::Registration)
                )
        });
        let from = match reached {
            Some(j) => self.network.origin(j.route),
            None if role == Role::Bcp => self.arrivals.place(p.source),
            None => None,
        };
        let day = self.calendar.day(self.now);
        Some(Passage {
            at,
            day: u32::try_from(day).unwrap_or(0),
            from,
            to: None,
            nationality: p.nationality,
            profile: p.profile,
        })
    }

    /// Counts a passage once the person has been sent on: `to` is where they now head.
    pub(super) fn note_passage(&mut self, mut passage: Passage, person: Entity, serial: u64) {
        // Counted only while exit records are kept: one who just left is the last record.
        let left = self
            .ledger
            .departures()
            .last()
            .filter(|r| r.serial == serial);
        let slot = match left {
            Some(_) => None,
            None => self.slot(person),
        };
        let heading = match slot.map(|s| s.stage) {
            Some(Stage::Travelling | Stage::WaitingBus { .. }) => slot.map(|s| s.journey.dest),
            Some(
                Stage::Queued { at }
                | Stage::InService { at }
                | Stage::Outdoors { at, .. }
                | Stage::Sheltered { at }
                | Stage::Unseen { at },
            ) => Some(at),
            Some(Stage::BeingReferred { .. }) => None,
            // Left the system: through the place of their exit record.
            None => left.map(|r| r.at),
        };
        passage.to = heading.filter(|&t| t != passage.at);
        self.records.pass(passage);
    }

    /// The flow monitoring counts so far, in order of point, day, origin, next place,
    /// nationality and profile.
    pub fn passages(&self) -> BTreeMap<Passage, u32> {
        self.records.passages()
    }
}
