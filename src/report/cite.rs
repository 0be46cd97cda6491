//! Strengths and areas for improvement cite what the evaluators saw and how the critical
//! tasks came out, beside the engine's gaps: a task met by people or held to the end and an
//! observation rated P are strengths; an observation rated M or U and a failed task are
//! evidence in the area for improvement of their capability.

use crate::i18n::{Lang, Localized};
use crate::time::SimTime;
use crate::tr;
use crate::view::{Capability, Decision, Evidence, Observed, TaskStatus};

use super::model::TaskRow;
use super::plan::Findings;
use super::rating::Rating;

/// Adds the critical tasks' and the observations' citations to `found`.
pub(super) fn cite(
    found: &mut Findings,
    tasks: &[TaskRow],
    observations: &[Observed],
    decisions: &[Decision],
    lang: Lang,
) {
    let by_people = |id: u32| {
        decisions
            .iter()
            .any(|d| d.id == id && !d.origin.is_simulated())
    };
    for task in tasks {
        let when = task
            .state
            .at_ms
            .map_or_else(String::new, |t| SimTime(t).t_plus());
        let evidence = task.state.evidence.localized(lang);
        match (task.state.status, &task.state.evidence) {
            (TaskStatus::Met, Evidence::Decision { id, .. }) if !by_people(*id) => {}
            (TaskStatus::Met, _) => found.strengths.push(tr!(
                lang,
                "strength-task",
                task = &task.text,
                evidence = evidence,
                at = when
            )),
            (TaskStatus::Failed, _) => {
                let line = tr!(
                    lang,
                    "report-evidence-task",
                    task = &task.text,
                    evidence = evidence,
                    at = when
                );
                add_to_area(found, &task.capability, line);
            }
            (TaskStatus::Open | TaskStatus::AtRisk | TaskStatus::Evaluators, _) => {}
        }
    }
    for observed in observations {
        let seen = &observed.observation;
        let Some(rating) = seen.rating else { continue };
        let line = |key| {
            tr!(
                lang,
                key,
                at = SimTime(observed.at_ms).t_plus(),
                text = &seen.text,
                rating = rating.letter()
            )
        };
        match rating {
            Rating::P => found.strengths.push(line("strength-observation")),
            Rating::S => {}
            Rating::M | Rating::U => {
                if let Some(capability) = &seen.capability {
                    add_to_area(found, capability, line("report-evidence-observation"));
                }
            }
        }
    }
}

/// Adds `line` to the evidence of the first area for improvement of `capability` (as a
/// scenario names it), if there is one.
fn add_to_area(found: &mut Findings, capability: &str, line: String) {
    let Some(named) = Capability::ALL
        .into_iter()
        .find(|c| c.name().eq_ignore_ascii_case(capability.trim()))
    else {
        return;
    };
    if let Some(area) = found.areas.iter_mut().find(|a| a.capability == named) {
        area.evidence.push(line);
    }
}
