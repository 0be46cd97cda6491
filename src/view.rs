//! What the front ends read — the console, the report, the sweep, the CLI and the coming web
//! seats: the snapshot and its parts, the time series, requests, decisions and what each
//! institution was told, gaps and the findings a scenario shows before any run, readings
//! of the situation, and the census tests count conservation with. All of it comes out of a
//! `Simulation` (or, for findings, a `Scenario`); none of it reaches into the engine.

pub use crate::coordination::{
    Answer, Ask, CATEGORIES, Capability, Category, Decision, DueInject, Element, Evidence, Finding,
    Gap, Informed, Observed, Remark, Request, RoleChange, Severity, TaskChange, TaskState,
    TaskStatus, Withdrawn, never_raised, static_findings,
};
pub use crate::sim::{
    Audit, BcpReading, Departure, ExitRecord, FleetReading, InterpreterQueueReading, Passage,
    Person, PlaceView, Readings, Role, SamplePoint, Series, ShelterReading, SiteReading,
    Snapshot as FlowSnapshot, TotalsView, VulnerableReading, VulnerableView,
};
pub use crate::simulation::{Metrics, OpenRequest, Snapshot};

/// The catalogue key of a place's role in words (`place-role-bcp`: "crossing point"), as
/// the console and the report name the kind of a place.
pub fn place_role_key(role: Role) -> &'static str {
    match role {
        Role::Bcp => "place-role-bcp",
        Role::Registration => "place-role-registration",
        Role::Transit => "place-role-transit",
        Role::Reception => "place-role-reception",
        Role::Green => "place-role-green-border",
        Role::Entry => "place-role-entry",
        Role::Exit => "place-role-exit",
        Role::Other => "place-role-other",
    }
}
