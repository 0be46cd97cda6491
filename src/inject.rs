//! Applying a scenario-side inject to a running exercise: the ids checked against the
//! scenario, then the engine changes it makes (a message changes nothing in the model; the
//! facade hands it to the coordinator as information).

use crate::command::CommandError;
use crate::scenario::{InjectEffect, Scenario};
use crate::sim;

/// Refuses an effect that names anything the scenario does not know.
pub(crate) fn check(effect: &InjectEffect, scenario: &Scenario) -> Result<(), CommandError> {
    match effect.unknown_id(scenario) {
        Some(unknown) => Err(CommandError::Unknown {
            what: unknown.what,
            id: unknown.id,
            known: unknown.known,
        }),
        None => Ok(()),
    }
}

/// The engine changes an effect makes, in order.
pub(crate) fn engine_changes(effect: &InjectEffect) -> Vec<sim::Command> {
    match effect.clone() {
        InjectEffect::Surge {
            entry,
            people,
            over,
            nationality,
        } => vec![sim::Command::Surge {
            entry,
            people,
            over,
            nationality,
        }],
        InjectEffect::CloseBorder { country } => vec![sim::Command::CloseBorder { country }],
        InjectEffect::OpenBorder { country } => vec![sim::Command::OpenBorder { country }],
        InjectEffect::CloseBcp { bcp } => vec![sim::Command::CloseBcp { bcp }],
        InjectEffect::OpenBcp { bcp } => vec![sim::Command::OpenBcp { bcp }],
        InjectEffect::SiteIncident {
            site,
            beds_lost,
            disease_case,
        } => {
            let mut changes = vec![sim::Command::ReduceCapacity {
                site: site.clone(),
                beds: beds_lost,
            }];
            if disease_case {
                changes.push(sim::Command::CloseSite { site });
            }
            changes
        }
        InjectEffect::InterpreterShortage {
            language,
            interpreters,
        } => vec![sim::Command::RemoveInterpreters {
            language,
            count: interpreters,
        }],
        InjectEffect::OfficerShortage { bcp, officers } => vec![sim::Command::ChangeOfficers {
            bcp,
            by: -(officers.min(i32::MAX as u32) as i32),
        }],
        InjectEffect::TransportBreakdown { fleet, buses } => {
            vec![sim::Command::RemoveBuses { fleet, buses }]
        }
        InjectEffect::Message { .. } => Vec::new(),
    }
}
