//! The coordination state as a checkpoint carries it: everything that changes during a run,
//! without what the scenario gives (institutions' response times, the plan, the MSEL), which
//! is taken from the scenario again on restoring.

use std::collections::{BTreeMap, VecDeque};

use serde::{Deserialize, Serialize};

use super::coordinator::{Coordinator, Owed};
use super::gap::{Gap, GapKey, GapLog};
use super::inject_watch::InjectWatch;
use super::record::Record;
use super::request::{Decision, Informed, Request};
use super::tasks::TaskWatch;
use crate::scenario::{Role, Scenario};
use crate::sim::{self, RngState, StateError};

/// Everything of a `Coordinator` that changes during a run.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct CoordinatorState {
    /// Per institution (scenario order): its role now and its response stream.
    desks: Vec<(Role, RngState)>,
    accountable: Vec<(String, Vec<String>)>,
    phase: usize,
    trigger_since: Vec<Option<i64>>,
    trigger_risen: Vec<bool>,
    requests: Vec<Request>,
    decisions: Vec<Decision>,
    informed: Vec<Informed>,
    owed: Vec<Owed>,
    gaps: Vec<Gap>,
    open_gaps: Vec<(GapKey, usize)>,
    answers_due: Vec<((i64, u64), (usize, u32))>,
    effects: Vec<((i64, u64), sim::Change)>,
    seq: u64,
    arrivals: VecDeque<(i64, u64)>,
    liaison: bool,
    interpreters_added: Vec<(i64, String, u32)>,
    watch: InjectWatch,
    record: Record,
    delivered_texts: BTreeMap<u32, String>,
    tasks: TaskWatch,
    breakdowns_seen: Vec<u32>,
}

impl Coordinator {
    /// The changing state, to be written into a checkpoint.
    pub(crate) fn state(&self) -> CoordinatorState {
        let Coordinator {
            scenario: _,
            desks,
            accountable,
            phase,
            trigger_since,
            trigger_risen,
            requests,
            decisions,
            informed,
            owed,
            gaps,
            answers_due,
            effects,
            seq,
            arrivals,
            liaison,
            interpreters_added,
            watch,
            record,
            delivered_texts,
            tasks,
            breakdowns_seen,
        } = self;
        let (gaps, open_gaps) = gaps.parts();
        CoordinatorState {
            desks: desks
                .iter()
                .map(|d| (d.role, RngState::of(&d.rng)))
                .collect(),
            accountable: accountable
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
            phase: *phase,
            trigger_since: trigger_since.clone(),
            trigger_risen: trigger_risen.clone(),
            requests: requests.clone(),
            decisions: decisions.clone(),
            informed: informed.clone(),
            owed: owed.clone(),
            gaps,
            open_gaps,
            answers_due: answers_due.iter().map(|(k, v)| (*k, *v)).collect(),
            effects: effects.iter().map(|(k, v)| (*k, v.clone())).collect(),
            seq: *seq,
            arrivals: arrivals.clone(),
            liaison: *liaison,
            interpreters_added: interpreters_added.clone(),
            watch: watch.clone(),
            record: record.clone(),
            delivered_texts: delivered_texts.clone(),
            tasks: tasks.clone(),
            breakdowns_seen: breakdowns_seen.clone(),
        }
    }

    /// The coordinator of `scenario` (master seed `seed`) in the saved state `state`.
    pub(crate) fn restore(
        scenario: &Scenario,
        seed: u64,
        state: CoordinatorState,
    ) -> Result<Coordinator, StateError> {
        let bad = |why: &str| StateError(why.to_string());
        let mut c = Coordinator::new(scenario, seed);
        let CoordinatorState {
            desks,
            accountable,
            phase,
            trigger_since,
            trigger_risen,
            requests,
            decisions,
            informed,
            owed,
            gaps,
            open_gaps,
            answers_due,
            effects,
            seq,
            arrivals,
            liaison,
            interpreters_added,
            watch,
            record,
            delivered_texts,
            tasks,
            breakdowns_seen,
        } = state;
        if desks.len() != c.desks.len()
            || phase >= scenario.plan.phases.len()
            || trigger_since.len() != c.trigger_since.len()
            || trigger_risen.len() != c.trigger_risen.len()
            || breakdowns_seen.len() != c.breakdowns_seen.len()
            || answers_due
                .iter()
                .any(|(_, (desk, _))| *desk >= desks.len())
        {
            return Err(bad(
                "the institutions or the plan differ from the scenario's",
            ));
        }
        for (desk, (role, rng)) in c.desks.iter_mut().zip(desks) {
            desk.role = role;
            desk.rng = rng.rng();
        }
        c.accountable = accountable.into_iter().collect();
        c.phase = phase;
        c.trigger_since = trigger_since;
        c.trigger_risen = trigger_risen;
        c.requests = requests;
        c.decisions = decisions;
        c.informed = informed;
        c.owed = owed;
        c.gaps = GapLog::from_parts(gaps, open_gaps)
            .ok_or_else(|| bad("an open gap points past the gap log"))?;
        c.answers_due = answers_due.into_iter().collect();
        c.effects = effects.into_iter().collect();
        c.seq = seq;
        c.arrivals = arrivals;
        c.liaison = liaison;
        c.interpreters_added = interpreters_added;
        c.watch = watch;
        c.record = record;
        c.delivered_texts = delivered_texts;
        c.tasks = tasks;
        c.breakdowns_seen = breakdowns_seen;
        Ok(c)
    }
}
