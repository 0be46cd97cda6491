//! The coordination state as a whole: its part of the state digest and its checkpoint form.
//! Each part owns its digest and its serialised form; this file only puts them in order.
//!
//! Digest (scheme 3): every field hashed structurally, in a fixed order, never through
//! debug text; words as their catalogue keys and arguments (`i18n::Text`), never as prose.
//! The coordinator is taken apart field by field, so a part added to it does not compile
//! until it is digested (or said not to be state), and a record's digest takes the record
//! apart the same way.
//!
//! Checkpoint: everything that changes during a run, without what the scenario gives
//! (institutions' response times, the plan, the MSEL), which is taken from the scenario
//! again on restoring.

use std::collections::BTreeMap;
use std::hash::{Hash, Hasher};

use serde::{Deserialize, Serialize};

use super::agenda::Agenda;
use super::coordinator::Coordinator;
use super::desks::Raci;
use super::gap::{Gap, GapKey, GapLog};
use super::inject_watch::InjectWatch;
use super::ledger::Ledger;
use super::plan_state::PlanState;
use super::record::Record;
use super::request::Requests;
use super::supply::Supply;
use super::tasks::TaskWatch;
use crate::scenario::{Role, Scenario};
use crate::sim::{RngState, StateError};

/// Everything of a `Coordinator` that changes during a run, part by part.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct CoordinatorState {
    /// Per institution (scenario order): its role now and its response stream.
    desks: Vec<(Role, RngState)>,
    raci: Raci,
    plan: PlanState,
    requests: Requests,
    ledger: Ledger,
    gaps: Vec<Gap>,
    open_gaps: Vec<(GapKey, usize)>,
    agenda: Agenda,
    supply: Supply,
    watch: InjectWatch,
    record: Record,
    delivered_texts: BTreeMap<u32, String>,
    tasks: TaskWatch,
}

impl Coordinator {
    /// Feeds the whole coordination state to `h`, in scheme 3's order.
    pub(crate) fn digest_into(&self, h: &mut impl Hasher) {
        let Coordinator {
            // The scenario is fixed for the run: the journal's header hashes it (and says
            // whether every institution was simulated).
            scenario,
            desks,
            raci,
            plan,
            requests,
            ledger,
            gaps,
            agenda,
            supply,
            watch,
            record,
            delivered_texts,
            // Derived from the readings and the decision log: not state of its own.
            tasks: _,
            // Derived from the scenario.
            interpreters_planned: _,
        } = self;
        supply.digest_breakdowns_into(h);
        desks.digest_into(scenario, h);
        raci.digest_into(h);
        plan.digest_triggers_into(h);
        requests.digest_into(h);
        ledger.digest_into(h);
        gaps.digest_into(h);
        agenda.digest_into(h);
        plan.digest_window_into(h);
        supply.digest_interpreters_into(h);
        watch.hash(h);
        record.digest_into(h);
        // Filled texts are hashed only when an inject quoted live values, so an MSEL without
        // placeholders keeps its digests.
        if !delivered_texts.is_empty() {
            "texts".hash(h);
            delivered_texts.hash(h);
        }
    }

    /// The changing state, to be written into a checkpoint (every part that `digest_into`
    /// covers, and the task watch).
    pub(crate) fn state(&self) -> CoordinatorState {
        let (gaps, open_gaps) = self.gaps.parts();
        CoordinatorState {
            desks: self.desks.state(),
            raci: self.raci.clone(),
            plan: self.plan.clone(),
            requests: self.requests.clone(),
            ledger: self.ledger.clone(),
            gaps,
            open_gaps,
            agenda: self.agenda.clone(),
            supply: self.supply.clone(),
            watch: self.watch.clone(),
            record: self.record.clone(),
            delivered_texts: self.delivered_texts.clone(),
            tasks: self.tasks.clone(),
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
            raci,
            plan,
            requests,
            ledger,
            gaps,
            open_gaps,
            agenda,
            supply,
            watch,
            record,
            delivered_texts,
            tasks,
        } = state;
        if !plan.fits(scenario.plan.phases.len())
            || !supply.fits(scenario)
            || !agenda.fits(desks.len())
            || !c.desks.restore(desks)
        {
            return Err(bad(
                "the institutions or the plan differ from the scenario's",
            ));
        }
        c.gaps = GapLog::from_parts(gaps, open_gaps)
            .ok_or_else(|| bad("an open gap points past the gap log"))?;
        Ok(Coordinator {
            raci,
            plan,
            requests,
            ledger,
            agenda,
            supply,
            watch,
            record,
            delivered_texts,
            tasks,
            ..c
        })
    }
}
