//! The after-action report and improvement plan (HTML with charts, Markdown), and CSV
//! exports, all read from a simulation replayed from its journal.

pub mod cap;
mod cards;
mod charts;
mod cite;
mod compare;
mod document;
mod docx;
pub mod exchange;
mod expectations;
pub mod export;
mod figures;
mod html;
mod latency;
mod markdown;
mod model;
mod odt;
mod plan;
mod plan_sheet;
mod rating;
pub mod score;
mod summary;

pub use crate::view::Element;
pub use cards::{controller_msel, inject_cards};
pub use charts::ChartError;
pub use compare::{BranchInfo, CompareError, Comparison, GapOnly, MetricRow, same_exercise};
pub use document::{Block, SECTIONS, Table, blocks, heading_key};
pub use docx::{DocxError, docx};
pub use expectations::{ExpectationRow, Status, evaluate};
pub use figures::{Figure, Line};
pub use html::{escape, html};
pub use latency::{LatencyRow, NOBODY};
pub use markdown::markdown;
pub use model::{
    CapabilityRow, DeliveryRow, InstitutionRow, Moment, MomentKind, Objective, Overview,
    ReferralRow, Report, TaskRow,
};
pub use odt::{OdtError, odt};
pub use plan::when;
pub use plan::{Area, Attribution, Findings, Schedule};
pub use plan_sheet::{PLAN_COLUMNS, PlanSheetError, apply_plan, plan_template};
pub use rating::{Rating, capabilities_of, capability_of, rate, rate_tasks};
pub use summary::{Finding, Summary, TOP_AREAS, bottleneck};
