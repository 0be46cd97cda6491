//! How a phase's measurable trigger compares its metric with its threshold.

use super::model::{Metric, Trigger};
use crate::time::SimTime;

/// Which way a measurable trigger compares its metric with its threshold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Comparison {
    /// Above the threshold.
    Above,
    /// Fallen below the threshold.
    Below,
}

impl Trigger {
    /// A measurable trigger's comparison, metric, threshold and holding time; `None` for a
    /// narrative one.
    pub fn measured(&self) -> Option<(Comparison, &Metric, f64, Option<SimTime>)> {
        match self {
            Trigger::Above {
                metric,
                value,
                for_at_least,
            } => Some((Comparison::Above, metric, *value, *for_at_least)),
            Trigger::Below {
                metric,
                value,
                for_at_least,
            } => Some((Comparison::Below, metric, *value, *for_at_least)),
            Trigger::Narrative(_) => None,
        }
    }
}
