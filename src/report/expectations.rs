//! The MSEL's expected decisions checked against the decision log: each is met, met late
//! (by how much), missed, still open, or not applicable because the institution it names
//! was not played by people when the inject was delivered.

use crate::Simulation;
use crate::scenario::{Expectation, Role, Scenario};
use crate::time::SimTime;
use crate::view::Decision;

/// How an expected decision came out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Taken within its time: by decision number.
    Met(u32),
    /// Taken after its time: by decision number, and how late.
    Late(u32, SimTime),
    /// Its time passed without it.
    Missed,
    /// Its time has not passed yet, and it was not taken.
    Open,
    /// The inject has not been delivered.
    NotDelivered,
    /// The institution it names was simulated or absent at delivery: nobody in the room
    /// could meet it.
    NotApplicable(Role),
}

impl Status {
    /// The key of its name in the message catalogue.
    pub fn key(self) -> &'static str {
        match self {
            Status::Met(_) => "expect-met",
            Status::Late(..) => "expect-late",
            Status::Missed => "expect-missed",
            Status::Open => "expect-open",
            Status::NotDelivered => "expect-not-delivered",
            Status::NotApplicable(_) => "expect-not-applicable",
        }
    }
}

/// One expected decision of one inject, evaluated.
#[derive(Debug, Clone, PartialEq)]
pub struct ExpectationRow {
    /// The inject's MSEL number.
    pub inject: u32,
    /// What it expects.
    pub expectation: Expectation,
    /// When the inject was delivered, if it was.
    pub delivered: Option<SimTime>,
    /// How it came out.
    pub status: Status,
}

/// Every expected decision of the MSEL, in MSEL order, as things stand in `sim`.
pub fn evaluate(scenario: &Scenario, sim: &Simulation) -> Vec<ExpectationRow> {
    let now = sim.now().millis();
    let mut rows = Vec::new();
    for inject in &scenario.msel {
        let delivered = sim.deliveries().get(&inject.number).copied();
        for expectation in &inject.expect {
            let status = match delivered {
                None => Status::NotDelivered,
                Some(at) => status(scenario, sim, expectation, at, now),
            };
            rows.push(ExpectationRow {
                inject: inject.number,
                expectation: expectation.clone(),
                delivered: delivered.map(SimTime),
                status,
            });
        }
    }
    rows
}

fn status(
    scenario: &Scenario,
    sim: &Simulation,
    expectation: &Expectation,
    delivered: i64,
    now: i64,
) -> Status {
    if let Some(by) = &expectation.by {
        match sim.role_at(by, delivered) {
            Some(Role::Played) | None => {}
            Some(role @ (Role::Simulated | Role::Absent)) => return Status::NotApplicable(role),
        }
    }
    let due = delivered.saturating_add(expectation.within.millis());
    let meets = |d: &&Decision| {
        let (kind, subject) = d.kind.expected();
        let by = match &expectation.by {
            Some(by) => &d.by == by,
            None => accountable(scenario, d),
        };
        d.at_ms >= delivered
            && !d.origin.is_simulated()
            && kind == expectation.decision
            && expectation
                .subject
                .as_ref()
                .is_none_or(|s| subject.as_ref() == Some(s))
            && by
    };
    match sim.decisions().iter().find(meets) {
        Some(d) if d.at_ms <= due => Status::Met(d.id),
        Some(d) => Status::Late(d.id, SimTime(d.at_ms.saturating_sub(due))),
        None if now > due => Status::Missed,
        None => Status::Open,
    }
}

/// Whether the decision's institution is accountable in the plan for the function the
/// decision falls under (a decision under no function: any institution).
fn accountable(scenario: &Scenario, d: &Decision) -> bool {
    match &d.function {
        None => true,
        Some(function) => scenario
            .functions
            .iter()
            .find(|f| &f.id == function)
            .is_some_and(|f| f.accountable.contains(&d.by)),
    }
}
