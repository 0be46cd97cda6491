//! A census of the World, entity by entity: what conservation is checked against. It never
//! reads the aggregates the engine keeps up to date, so comparing the two checks both.

use std::collections::BTreeMap;

use super::components::{Slot, Stage};
use super::engine::Engine;

/// The people in the World now, counted over their entities.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Audit {
    /// Entities that are persons (counted over the `Person` component).
    pub persons: u64,
    /// Entities by state (counted over the `Stage` component; every state is listed, in
    /// `Stage::NAMES` order).
    pub by_stage: BTreeMap<&'static str, u64>,
    /// Entities by place and state, for every state tied to a place (travelling people are
    /// between places): (location id, state) → people.
    pub by_place: BTreeMap<(String, &'static str), u64>,
    /// Exit records of people who left (none are kept after `keep_departures(false)`).
    pub exit_records: u64,
}

impl Audit {
    /// People at `place` in `state` (0 when none).
    pub fn at(&self, place: &str, state: &str) -> u64 {
        self.by_place
            .iter()
            .find(|((p, s), _)| p == place && *s == state)
            .map_or(0, |(_, n)| *n)
    }

    /// People in `state` anywhere (0 when none).
    pub fn in_state(&self, state: &str) -> u64 {
        self.by_stage.get(state).copied().unwrap_or(0)
    }

    /// Entities that carry a state.
    pub fn staged(&self) -> u64 {
        self.by_stage.values().sum()
    }
}

impl Engine {
    /// Counts the people in the World entity by entity (slow: for tests and audits, never
    /// for display).
    pub fn audit(&mut self) -> Audit {
        let persons = self
            .world
            .query::<&Slot>()
            .iter(&self.world)
            .filter(|s| s.held())
            .count() as u64;
        let mut by_stage: BTreeMap<&'static str, u64> =
            Stage::NAMES.iter().map(|name| (*name, 0)).collect();
        let mut by_place: BTreeMap<(String, &'static str), u64> = BTreeMap::new();
        let mut slots = self.world.query::<&Slot>();
        for stage in slots
            .iter(&self.world)
            .filter(|s| s.held())
            .map(|s| s.stage)
        {
            let name = Stage::NAMES[stage.index()];
            *by_stage.entry(name).or_insert(0) += 1;
            if let Some(at) = stage.place() {
                let id = self.scenario.locations[usize::from(at)].id.clone();
                *by_place.entry((id, name)).or_insert(0) += 1;
            }
        }
        Audit {
            persons,
            by_stage,
            by_place,
            exit_records: self.departures().len() as u64,
        }
    }
}
