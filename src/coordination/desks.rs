//! The institutions as the run knows them: who acts for each now and how fast a simulated
//! one answers (its desk), and who is Accountable for each function (the live RACI).

use std::collections::BTreeMap;
use std::hash::{Hash, Hasher};

use rand::rngs::ChaCha8Rng;

use crate::scenario::{Distribution, Role, Scenario};
use crate::sim::RngState;
use crate::sim::rng::{hash_state, sample_ms, stream};

/// An institution's live state.
#[derive(Debug)]
struct Desk {
    id: String,
    /// Who acts for it now (the scenario's role until the facilitator changes it).
    role: Role,
    response: Distribution,
    night_factor: f64,
    rng: ChaCha8Rng,
}

/// Every institution's desk, in scenario order (an institution's index is its place here).
#[derive(Debug)]
pub(super) struct Desks {
    desks: Vec<Desk>,
}

impl Desks {
    /// The desks at the start: the scenario's roles, each with its own response stream.
    pub fn new(scenario: &Scenario, seed: u64) -> Self {
        let desks = scenario
            .institutions
            .iter()
            .map(|i| Desk {
                id: i.id.clone(),
                role: i.role,
                response: i.response,
                night_factor: i.night_factor,
                rng: stream(seed, &format!("institution:{}", i.id)),
            })
            .collect();
        Desks { desks }
    }

    /// The index of an institution.
    pub fn index(&self, id: &str) -> Option<usize> {
        self.desks.iter().position(|d| d.id == id)
    }

    /// The id of institution `desk`.
    pub fn id(&self, desk: usize) -> &str {
        self.desks.get(desk).map_or("", |d| d.id.as_str())
    }

    /// Every institution's id, in scenario order.
    pub fn ids(&self) -> impl Iterator<Item = &String> {
        self.desks.iter().map(|d| &d.id)
    }

    /// The role of institution `desk` now.
    pub fn role(&self, desk: usize) -> Option<Role> {
        self.desks.get(desk).map(|d| d.role)
    }

    /// Every institution with its role now, in scenario order.
    pub fn roster(&self) -> Vec<(String, Role)> {
        self.desks.iter().map(|d| (d.id.clone(), d.role)).collect()
    }

    /// Sets the role of institution `desk`.
    pub fn set_role(&mut self, desk: usize, role: Role) {
        if let Some(d) = self.desks.get_mut(desk) {
            d.role = role;
        }
    }

    /// How long institution `desk` takes to answer, drawn from its stream (longer at
    /// night); `None` when people answer for it (played or absent), which draws nothing.
    pub fn response_ms(&mut self, desk: usize, night: bool) -> Option<i64> {
        let d = self.desks.get_mut(desk)?;
        match d.role {
            Role::Simulated => {}
            Role::Played | Role::Absent => return None,
        }
        let mut ms = sample_ms(&d.response, &mut d.rng);
        if night {
            ms = (ms as f64 * d.night_factor).round() as i64;
        }
        Some(ms)
    }

    /// Each institution's role and response stream, in scenario order (a checkpoint's form).
    pub fn state(&self) -> Vec<(Role, RngState)> {
        self.desks
            .iter()
            .map(|d| (d.role, RngState::of(&d.rng)))
            .collect()
    }

    /// Puts back what `state` took; false (and nothing changed) when the count differs.
    pub fn restore(&mut self, state: Vec<(Role, RngState)>) -> bool {
        if state.len() != self.desks.len() {
            return false;
        }
        for (desk, (role, rng)) in self.desks.iter_mut().zip(state) {
            desk.role = role;
            desk.rng = rng.rng();
        }
        true
    }

    /// Feeds the desks to `h` (digest scheme 3): ids and streams; roles only where play
    /// changed them from `scenario`'s, so an exercise without a change keeps its digests.
    pub fn digest_into(&self, scenario: &Scenario, h: &mut impl Hasher) {
        let mut changed = Vec::new();
        for (desk, institution) in self.desks.iter().zip(&scenario.institutions) {
            // Response times and night factors come from the scenario.
            let Desk {
                id,
                role,
                response: _,
                night_factor: _,
                rng,
            } = desk;
            id.hash(h);
            hash_state(rng, h);
            if *role != institution.role {
                changed.push((id, role.keyword()));
            }
        }
        if !changed.is_empty() {
            "roles".hash(h);
            changed.hash(h);
        }
    }
}

/// Function id → its Accountable institutions, as `AssignFunction` changes them in play.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub(super) struct Raci {
    accountable: BTreeMap<String, Vec<String>>,
}

impl Raci {
    /// The scenario's RACI.
    pub fn new(scenario: &Scenario) -> Self {
        let accountable = scenario
            .functions
            .iter()
            .map(|f| (f.id.clone(), f.accountable.clone()))
            .collect();
        Raci { accountable }
    }

    /// The Accountable institutions of a function now (none for an unknown one).
    pub fn holders(&self, function: &str) -> Vec<String> {
        self.accountable.get(function).cloned().unwrap_or_default()
    }

    /// Whether `function` is one of the scenario's.
    pub fn knows(&self, function: &str) -> bool {
        self.accountable.contains_key(function)
    }

    /// Every function's id, in id order.
    pub fn functions(&self) -> impl Iterator<Item = &String> {
        self.accountable.keys()
    }

    /// `institution` alone is Accountable for `function` from now on.
    pub fn assign(&mut self, function: &str, institution: &str) {
        self.accountable
            .insert(function.to_string(), vec![institution.to_string()]);
    }

    /// Feeds the RACI to `h` (digest scheme 3).
    pub fn digest_into(&self, h: &mut impl Hasher) {
        self.accountable.hash(h);
    }
}
