//! The facilitator's changes to the MSEL's timing during play: an upcoming inject held back,
//! released, or given a new time. The schedule says when an inject is due; it never
//! delivers one (deliveries are commands of their own) and is no part of the model, so it
//! stays outside the state digest.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::i18n::{Lang, Localized};
use crate::scenario::Inject;
use crate::time::SimTime;
use crate::tr;

/// When an MSEL inject is to be delivered, as the facilitator last set it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Slot {
    /// As the MSEL plans it: at its time, or when its trigger holds.
    AsPlanned,
    /// Held back until released or retimed.
    Held,
    /// At this time instead of its planned one (timed injects only).
    At(SimTime),
}

/// Why an inject's slot cannot be changed as asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum SlotRefusal {
    /// It has been delivered already.
    #[error("it has been delivered already")]
    Delivered,
    /// The new time has passed.
    #[error("{at} has passed (the exercise is at {now})")]
    Past {
        /// The time asked for.
        at: SimTime,
        /// The time now.
        now: SimTime,
    },
    /// A state-triggered inject comes due by its trigger: it can be held, not retimed.
    #[error("it comes due by its trigger: hold it, or deliver it by hand")]
    Triggered,
}

impl Localized for SlotRefusal {
    fn localized(&self, lang: Lang) -> String {
        match self {
            SlotRefusal::Delivered => tr!(lang, "slot-refusal-delivered"),
            SlotRefusal::Past { at, now } => tr!(
                lang,
                "slot-refusal-past",
                at = at.to_string(),
                now = now.to_string()
            ),
            SlotRefusal::Triggered => tr!(lang, "slot-refusal-triggered"),
        }
    }
}

/// The changes made to the MSEL's timing: inject number → its slot (only those changed).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Schedule {
    slots: BTreeMap<u32, Slot>,
}

impl Schedule {
    /// The slot of inject `number`.
    pub fn slot(&self, number: u32) -> Slot {
        self.slots.get(&number).copied().unwrap_or(Slot::AsPlanned)
    }

    /// Puts `inject` in `slot` at `now`, unless it was delivered already (`delivered`) or the
    /// slot cannot be: a time that has passed, or a time for a state-triggered inject.
    pub fn set(
        &mut self,
        inject: &Inject,
        slot: Slot,
        now: SimTime,
        delivered: bool,
    ) -> Result<(), SlotRefusal> {
        if delivered {
            return Err(SlotRefusal::Delivered);
        }
        if let Slot::At(at) = slot {
            if inject.trigger.is_some() {
                return Err(SlotRefusal::Triggered);
            }
            if at < now {
                return Err(SlotRefusal::Past { at, now });
            }
        }
        match slot {
            Slot::AsPlanned => self.slots.remove(&inject.number),
            Slot::Held | Slot::At(_) => self.slots.insert(inject.number, slot),
        };
        Ok(())
    }

    /// When timed inject `inject` is due: its new time, its planned time, or never while held
    /// (`None`). A state-triggered inject is due when its trigger holds, unless held: `None`
    /// here means held, `Some` its earliest time.
    pub fn due_at(&self, inject: &Inject) -> Option<SimTime> {
        match self.slot(inject.number) {
            Slot::AsPlanned => Some(inject.at),
            Slot::Held => None,
            Slot::At(at) => Some(at),
        }
    }
}
