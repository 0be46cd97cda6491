//! Applying a scenario-side inject to a running exercise: the ids checked against the
//! scenario, then the engine changes it makes (a message changes nothing in the model; the
//! facade hands it to the coordinator as information).

use crate::command::CommandError;
use crate::scenario::{InjectEffect, Scenario};
use crate::sim;

/// Refuses an effect with a value out of range or naming anything the scenario does not
/// know.
pub(crate) fn check(effect: &InjectEffect, scenario: &Scenario) -> Result<(), CommandError> {
    if let Some(why) = crate::scenario::ranges::effect_out_of_range(effect) {
        return Err(CommandError::OutOfRange(why));
    }
    match effect.unknown_id(scenario) {
        Some(unknown) => Err(CommandError::Unknown {
            what: unknown.what,
            id: unknown.id,
            known: unknown.known,
        }),
        None => Ok(()),
    }
}

/// The engine changes an effect makes, in order: the one translation of an inject.
pub(crate) fn engine_changes(effect: &InjectEffect) -> Vec<sim::Change> {
    match effect.clone() {
        InjectEffect::Surge {
            entry,
            people,
            over,
            nationality,
        } => vec![sim::Change::Surge {
            entry,
            people,
            over,
            nationality,
        }],
        InjectEffect::CloseBorder { country } => vec![sim::Change::CloseBorder { country }],
        InjectEffect::OpenBorder { country } => vec![sim::Change::OpenBorder { country }],
        InjectEffect::CloseBcp { bcp } => vec![sim::Change::CloseBcp { bcp }],
        InjectEffect::OpenBcp { bcp } => vec![sim::Change::OpenBcp { bcp }],
        InjectEffect::SiteIncident {
            site,
            beds_lost,
            disease_case,
        } => {
            let mut changes = vec![sim::Change::ReduceCapacity {
                site: site.clone(),
                beds: beds_lost,
            }];
            if disease_case {
                changes.push(sim::Change::CloseSite { site });
            }
            changes
        }
        InjectEffect::InterpreterShortage {
            language,
            interpreters,
        } => vec![sim::Change::RemoveInterpreters {
            language,
            count: interpreters,
        }],
        InjectEffect::OfficerShortage { bcp, officers } => vec![sim::Change::AdjustOfficers {
            bcp,
            by: -(officers.min(i32::MAX as u32) as i32),
        }],
        InjectEffect::TransportBreakdown { fleet, buses } => {
            vec![sim::Change::RemoveBuses { fleet, buses }]
        }
        InjectEffect::Message { .. } => Vec::new(),
    }
}
