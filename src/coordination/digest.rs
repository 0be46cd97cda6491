//! The coordination state's part of the state digest (digest scheme 3): every field hashed
//! structurally, in a fixed order, never through debug text; words as their catalogue keys
//! and arguments (`i18n::Text`), never as prose. Each record is taken apart
//! field by field, so a field added to it does not compile until it is digested (or said
//! not to be state).

use std::hash::{Hash, Hasher};

use super::coordinator::{Coordinator, Desk, Owed};
use super::gap::Gap;
use super::request::{Answer, Decision, Informed, Request, Withdrawn};
use crate::sim::rng::hash_state;

impl Coordinator {
    /// Feeds the whole coordination state to `h`.
    pub(crate) fn digest_into(&self, h: &mut impl Hasher) {
        let Coordinator {
            // The scenario is fixed for the run: the journal's header hashes it (and says
            // whether every institution was simulated).
            scenario,
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
            // Derived from the readings and the decision log: not state of its own.
            tasks: _,
            breakdowns_seen,
        } = self;
        breakdowns_seen.hash(h);
        // Roles as the scenario gives them are covered by its hash; a role changed during
        // play is state, hashed only when there is one, so an exercise without a change
        // keeps its digests.
        let mut changed = Vec::new();
        for (desk, institution) in desks.iter().zip(&scenario.institutions) {
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
        accountable.hash(h);
        (*phase as u64).hash(h);
        trigger_since.hash(h);
        // Only a `Below` trigger's level ever rises: hashed when one has, so a plan without
        // one keeps its digests.
        if trigger_risen.iter().any(|&r| r) {
            "risen".hash(h);
            trigger_risen.hash(h);
        }
        requests.len().hash(h);
        for request in requests {
            hash_request(request, h);
        }
        decisions.len().hash(h);
        for decision in decisions {
            hash_decision(decision, h);
        }
        informed.len().hash(h);
        for Informed {
            institution,
            at_ms,
            what,
            from,
        } in informed
        {
            (institution, at_ms, what, from).hash(h);
        }
        owed.len().hash(h);
        for Owed {
            decision,
            function,
            institution,
            due_ms,
        } in owed
        {
            (decision, function, institution, due_ms).hash(h);
        }
        gaps.all().len().hash(h);
        for gap in gaps.all() {
            hash_gap(gap, h);
        }
        for (key, index) in gaps.open_keys() {
            key.hash(h);
            (index as u64).hash(h);
        }
        answers_due.len().hash(h);
        for ((at, seq), (desk, request)) in answers_due {
            (at, seq, *desk as u64, request).hash(h);
        }
        effects.hash(h);
        seq.hash(h);
        arrivals.hash(h);
        liaison.hash(h);
        interpreters_added.hash(h);
        watch.hash(h);
        record.digest_into(h);
        // Filled texts are hashed only when an inject quoted live values, so an MSEL without
        // placeholders keeps its digests.
        if !delivered_texts.is_empty() {
            "texts".hash(h);
            delivered_texts.hash(h);
        }
    }
}

fn hash_request(request: &Request, h: &mut impl Hasher) {
    let Request {
        id,
        ask,
        subject,
        reason,
        function,
        to,
        raised_ms,
        deadline_ms,
        answered,
        withdrawn,
    } = request;
    (
        id,
        ask,
        subject,
        reason,
        function,
        to,
        raised_ms,
        deadline_ms,
    )
        .hash(h);
    match answered {
        Some(Answer {
            at_ms,
            by,
            decision,
        }) => (1u8, at_ms, by, decision).hash(h),
        None => 0u8.hash(h),
    }
    match withdrawn {
        Some(Withdrawn { at_ms, reason }) => (1u8, at_ms, reason).hash(h),
        None => 0u8.hash(h),
    }
}

fn hash_decision(decision: &Decision, h: &mut impl Hasher) {
    let Decision {
        id,
        at_ms,
        by,
        what,
        // `what` describes it: scheme 2 hashed that before the kind was kept.
        kind: _,
        function,
        origin,
        answers,
        matter,
    } = decision;
    // Digest scheme 2 hashes whether the simulation decided; who else gave a decision is
    // on its journal line.
    let automated = origin.is_simulated();
    (id, at_ms, by, what, function, automated, answers, matter).hash(h);
}

fn hash_gap(gap: &Gap, h: &mut impl Hasher) {
    let Gap {
        id,
        category,
        summary,
        opened_ms,
        closed_ms,
        severity,
        function,
        institutions,
        place,
        evidence,
        values,
        request,
        persons_affected,
        action,
    } = gap;
    (
        id, category, summary, opened_ms, closed_ms, severity, function,
    )
        .hash(h);
    (
        institutions,
        place,
        evidence,
        request,
        persons_affected,
        action,
    )
        .hash(h);
    values.len().hash(h);
    for (name, value) in values {
        name.hash(h);
        value.to_bits().hash(h);
    }
}
