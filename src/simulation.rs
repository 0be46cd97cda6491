//! The `Simulation` facade: the one API the console, the batch runner, the tests and the
//! report writer use. Create it from a scenario and a seed, apply commands, advance time,
//! read snapshots, metrics and the digest.

use serde::Serialize;

use crate::scenario::Scenario;
use crate::sim::{Command, CommandError, Engine, Series, Snapshot};
use crate::time::SimTime;

/// A running exercise.
pub struct Simulation {
    engine: Engine,
    end: SimTime,
}

/// The summary of a run, as `fluxsim run` prints it (stable JSON for scripts).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Metrics {
    /// Scenario name.
    pub scenario: String,
    /// Master seed.
    pub seed: u64,
    /// Events processed.
    pub events: u64,
    /// The snapshot at that time.
    #[serde(flatten)]
    pub snapshot: Snapshot,
}

impl Simulation {
    /// Builds a simulation of a validated scenario with a master seed.
    pub fn new(scenario: &Scenario, seed: u64) -> Self {
        Simulation {
            engine: Engine::new(scenario, seed),
            end: scenario.exercise.duration,
        }
    }

    /// Simulated time now.
    pub fn now(&self) -> SimTime {
        SimTime(self.engine.now())
    }

    /// The end of the exercise.
    pub fn end(&self) -> SimTime {
        self.end
    }

    /// Processes every event up to and including `t`.
    pub fn advance_to(&mut self, t: SimTime) {
        self.engine.advance_to(t.millis());
    }

    /// Processes the next event; false when none is pending.
    pub fn step(&mut self) -> bool {
        self.engine.step()
    }

    /// Runs to the end of the exercise.
    pub fn run_to_end(&mut self) {
        self.advance_to(self.end);
    }

    /// Applies a command at the current time.
    pub fn apply(&mut self, command: &Command) -> Result<(), CommandError> {
        self.engine.apply(command)
    }

    /// The aggregates now.
    pub fn snapshot(&mut self) -> Snapshot {
        self.engine.snapshot()
    }

    /// The run summary now.
    pub fn metrics(&mut self) -> Metrics {
        Metrics {
            scenario: self.engine.scenario().exercise.name.clone(),
            seed: self.engine.seed(),
            events: self.engine.events_processed(),
            snapshot: self.engine.snapshot(),
        }
    }

    /// The state digest (equal states, equal digests).
    pub fn digest(&mut self) -> u64 {
        self.engine.digest()
    }

    /// The sampled time series.
    pub fn series(&self) -> &Series {
        self.engine.series()
    }

    /// Keep (default) or drop the per-person records of people who left; the aggregates are
    /// kept either way.
    pub fn keep_departures(&mut self, keep: bool) {
        self.engine.keep_departures(keep);
    }

    /// The engine, for inspectors and tests that count entities in the World.
    pub fn engine(&mut self) -> &mut Engine {
        &mut self.engine
    }
}
