//! What-if comparison: two branches of one exercise (same scenario, same seed, so the same
//! random streams) side by side, each metric with its difference, and the gaps found in only
//! one branch. The numbers are the engine's, read as the report reads them.

use crate::time::SimTime;
use std::collections::{BTreeMap, BTreeSet};

use miette::Diagnostic;
use serde::Serialize;

use crate::Simulation;
use crate::i18n::{Lang, Localized, Text};
use crate::journal::Journal;
use crate::scenario::Vulnerability;
use crate::tr;
use crate::view::{Category, Gap};
use crate::view::{PlaceView, Role};

use super::latency::latencies;

/// Two journals that are not branches of one exercise.
#[derive(Debug, thiserror::Error, Diagnostic)]
#[error("{}", self.localized(Lang::En))]
pub enum CompareError {
    /// A journal without its header cannot say what it is a branch of.
    NoHeader {
        /// The journal.
        path: String,
    },
    /// Another scenario or another seed: the difference would not be the decisions.
    NotBranches {
        /// The first journal.
        a: String,
        /// The second journal.
        b: String,
        /// What differs, each naming both values.
        differences: Vec<Text>,
    },
}

impl Localized for CompareError {
    fn localized(&self, lang: Lang) -> String {
        match self {
            CompareError::NoHeader { path } => {
                tr!(lang, "compare-error-no-header", path = path.as_str())
            }
            CompareError::NotBranches { a, b, differences } => tr!(
                lang,
                "compare-error-not-branches",
                a = a.as_str(),
                b = b.as_str(),
                differences = differences
                    .iter()
                    .map(|d| d.localized(lang))
                    .collect::<Vec<_>>()
                    .join("; ")
            ),
        }
    }

    fn localized_help(&self, lang: Lang) -> Option<String> {
        match self {
            CompareError::NoHeader { .. } => None,
            CompareError::NotBranches { .. } => Some(tr!(lang, "compare-error-not-branches-help")),
        }
    }
}

/// One of the two branches.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BranchInfo {
    /// Its journal.
    pub journal: String,
    /// Simulated time reached, `T+3d`.
    pub reached: String,
    /// Commands in its journal.
    pub commands: usize,
    /// The journal and time it was forked from, if it is a fork.
    pub forked_from: Option<(String, String)>,
}

/// A metric in both branches, with `b − a`; `None` where a branch has no value (a mean of
/// nothing, an institution never asked).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MetricRow {
    /// What it belongs to: `totals`, `peak queue`, `peak occupancy`, `referrals`,
    /// `decision latency`, `gaps`.
    pub group: String,
    /// The metric, with its place, kind or institution.
    pub name: String,
    /// `people`, `person-hours`, `minutes`, `requests` or `gaps`.
    pub unit: &'static str,
    /// The metric's name in words, for the reader's language (`name` is its English id).
    #[serde(skip)]
    pub words: Text,
    /// In branch A.
    pub a: Option<f64>,
    /// In branch B.
    pub b: Option<f64>,
    /// `b − a`, when both have a value.
    pub difference: Option<f64>,
}

impl MetricRow {
    /// Its group in the reader's words (`group` is its English id).
    pub fn group_words(&self, lang: Lang) -> String {
        let key = match self.group.as_str() {
            "totals" => "compare-group-totals",
            "arrivals" => "compare-group-arrivals",
            "peak queue" => "compare-group-peak-queue",
            "peak occupancy" => "compare-group-peak-occupancy",
            "referrals" => "compare-group-referrals",
            "decision latency" => "compare-group-decision-latency",
            "gaps" => "compare-group-gaps",
            other => return other.to_string(),
        };
        tr!(lang, key)
    }

    /// Its unit in the reader's words (`unit` is its English id).
    pub fn unit_words(&self, lang: Lang) -> String {
        let key = match self.unit {
            "people" => "compare-unit-people",
            "person-hours" => "compare-unit-person-hours",
            "minutes" => "compare-unit-minutes",
            "requests" => "compare-unit-requests",
            "gaps" => "compare-unit-gaps",
            other => return other.to_string(),
        };
        tr!(lang, key)
    }

    /// Whether the branches differ on it (one has a value the other lacks, or the values
    /// differ).
    pub fn differs(&self) -> bool {
        self.a != self.b
    }
}

/// A gap found in one branch only.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GapOnly {
    /// Its number in its branch.
    pub id: u32,
    /// `4 decision latency`.
    pub category: &'static str,
    /// The category, for a report to name in its language.
    #[serde(skip)]
    pub kind: Category,
    /// When it opened, `T+6h`.
    pub opened: String,
    /// The institutions involved.
    pub institutions: Vec<String>,
    /// What it is.
    pub summary: Text,
}

/// Two branches of one exercise, side by side.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    /// The exercise name.
    pub scenario: String,
    /// The scenario's content hash, the same in both.
    pub hash: String,
    /// The master seed, the same in both.
    pub seed: u64,
    /// Branch A.
    pub a: BranchInfo,
    /// Branch B.
    pub b: BranchInfo,
    /// Every key metric, in a fixed order.
    pub metrics: Vec<MetricRow>,
    /// Gaps of A with no gap of the same kind (category, function, place, institutions) in B.
    pub only_in_a: Vec<GapOnly>,
    /// Gaps of B with no gap of the same kind in A.
    pub only_in_b: Vec<GapOnly>,
}

/// Checks that `a` and `b` record the same scenario (by content hash) and seed; cheap, so
/// callers check before replaying.
pub fn same_exercise(a: &Journal, b: &Journal) -> Result<(), CompareError> {
    let header = |j: &Journal| {
        j.header.clone().ok_or_else(|| CompareError::NoHeader {
            path: j.path.clone(),
        })
    };
    let (ha, hb) = (header(a)?, header(b)?);
    let mut differences = Vec::new();
    if ha.hash != hb.hash {
        differences.push(
            Text::new("compare-error-scenario")
                .id("a", a.path.as_str())
                .id("scenario_a", ha.scenario.as_str())
                .id("hash_a", ha.hash.as_str())
                .id("b", b.path.as_str())
                .id("scenario_b", hb.scenario.as_str())
                .id("hash_b", hb.hash.as_str()),
        );
    }
    if ha.seed != hb.seed {
        differences.push(
            Text::new("compare-error-seed")
                .id("a", a.path.as_str())
                .id("seed_a", ha.seed.to_string())
                .id("b", b.path.as_str())
                .id("seed_b", hb.seed.to_string()),
        );
    }
    if differences.is_empty() {
        Ok(())
    } else {
        Err(CompareError::NotBranches {
            a: a.path.clone(),
            b: b.path.clone(),
            differences,
        })
    }
}

impl Comparison {
    /// Compares branch A (`a`, replayed into `sim_a`) with branch B, each as it stands.
    pub fn build(
        a: &Journal,
        sim_a: &mut Simulation,
        b: &Journal,
        sim_b: &mut Simulation,
    ) -> Result<Comparison, CompareError> {
        same_exercise(a, b)?;
        let header = a.header.clone().ok_or_else(|| CompareError::NoHeader {
            path: a.path.clone(),
        })?;
        let (ma, mb) = (metrics(sim_a), metrics(sim_b));
        let names: BTreeSet<&Key> = ma.keys().chain(mb.keys()).collect();
        let rows = names
            .into_iter()
            .map(|key| {
                let (a, b) = (ma.get(key), mb.get(key));
                let (va, vb) = (a.and_then(|m| m.1), b.and_then(|m| m.1));
                let words = a
                    .or(b)
                    .map_or_else(|| Text::new("compare-metric-id"), |m| m.0.clone());
                MetricRow {
                    group: key.3.clone(),
                    name: key.4.clone(),
                    unit: key.5,
                    words,
                    a: va,
                    b: vb,
                    difference: va.zip(vb).map(|(x, y)| y - x),
                }
            })
            .collect();
        Ok(Comparison {
            scenario: header.scenario,
            hash: header.hash,
            seed: header.seed,
            a: branch(a, sim_a),
            b: branch(b, sim_b),
            metrics: rows,
            only_in_a: only(sim_a.gaps(), sim_b.gaps()),
            only_in_b: only(sim_b.gaps(), sim_a.gaps()),
        })
    }

    /// How many metrics differ, plus the gaps found in one branch only.
    pub fn differences(&self) -> usize {
        self.metrics.iter().filter(|m| m.differs()).count()
            + self.only_in_a.len()
            + self.only_in_b.len()
    }

    /// The row of `group` and `name`, if there is one.
    pub fn metric(&self, group: &str, name: &str) -> Option<&MetricRow> {
        self.metrics
            .iter()
            .find(|m| m.group == group && m.name == name)
    }
}

fn branch(journal: &Journal, sim: &Simulation) -> BranchInfo {
    BranchInfo {
        journal: journal.path.clone(),
        reached: format!("T+{}", sim.now()),
        commands: journal.commands().count(),
        forked_from: journal
            .forked_from()
            .map(|(from, at)| (from.to_string(), format!("T+{at}"))),
    }
}

/// A metric's key, in the order rows are shown: group, subject (place, kind, institution),
/// item within the subject; then what is shown: group, name, unit.
type Key = (usize, String, usize, String, String, &'static str);

/// The key metrics of one branch.
fn metrics(sim: &mut Simulation) -> BTreeMap<Key, (Text, Option<f64>)> {
    let snapshot = sim.snapshot();
    let mut out = BTreeMap::new();
    let groups = [
        "totals",
        "arrivals",
        "peak queue",
        "peak occupancy",
        "referrals",
        "decision latency",
        "gaps",
    ];
    let mut put = |group: usize, subject: &str, item: usize, name: String, unit, value| {
        let words = metric_words(group, subject, item, &name);
        let key = (
            group,
            subject.to_string(),
            item,
            groups[group].to_string(),
            name,
            unit,
        );
        out.insert(key, (words, value));
    };
    let people = |n: u64| Some(n as f64);
    let t = &snapshot.totals;
    let totals = [
        ("arrivals", "people", people(t.arrivals)),
        ("exits", "people", people(t.departed.values().sum())),
        ("in the system at the end", "people", people(t.in_system)),
        (
            "most outdoors at once",
            "people",
            people(t.peak_outdoors.into()),
        ),
        (
            "person-hours outdoors",
            "person-hours",
            Some(t.person_hours_outdoors),
        ),
        (
            "person-hours outdoors overnight",
            "person-hours",
            Some(t.person_hours_outdoors_night),
        ),
    ];
    for (item, (name, unit, value)) in totals.into_iter().enumerate() {
        put(0, "", item, name.to_string(), unit, value);
    }
    let with_role = |roles: &'static [Role]| {
        snapshot
            .places
            .iter()
            .filter(move |p: &&PlaceView| roles.contains(&p.role))
    };
    for p in with_role(&[Role::Entry, Role::Green]) {
        put(1, &p.id, 0, p.id.clone(), "people", people(p.arrived));
    }
    for p in with_role(&[Role::Bcp, Role::Registration]) {
        put(
            2,
            &p.id,
            0,
            p.id.clone(),
            "people",
            people(p.max_queue.into()),
        );
    }
    for p in with_role(&[Role::Reception]) {
        put(
            3,
            &p.id,
            0,
            p.id.clone(),
            "people",
            people(p.peak_occupancy.into()),
        );
    }
    for v in &snapshot.vulnerable {
        let kind = v.kind.id();
        let handed = v.referred_in_time + v.referred_late;
        let rows = [
            ("identified", "people", people(v.identified)),
            ("referred in time", "people", people(v.referred_in_time)),
            ("referred late", "people", people(v.referred_late)),
            ("not referred", "people", people(v.pending + v.no_service)),
            (
                "mean time to referral",
                "minutes",
                (handed > 0).then_some(v.mean_referral_min),
            ),
        ];
        for (item, (what, unit, value)) in rows.into_iter().enumerate() {
            put(4, kind, item, format!("{kind} {what}"), unit, value);
        }
    }
    for l in latencies(sim.requests(), snapshot.time_ms, |_, _| false) {
        let who = &l.institution;
        let rows = [
            ("requests", "requests", Some(l.asked as f64)),
            ("unanswered", "requests", Some(l.unanswered as f64)),
            ("mean latency", "minutes", l.mean_latency_min),
            ("longest wait", "minutes", Some(l.longest_wait_min)),
        ];
        for (item, (what, unit, value)) in rows.into_iter().enumerate() {
            put(5, who, item, format!("{who} {what}"), unit, value);
        }
    }
    for (item, category) in Category::ALL.into_iter().enumerate() {
        let n = sim.gaps().iter().filter(|g| g.category == category).count();
        put(
            6,
            "",
            item,
            category.label().to_string(),
            "gaps",
            Some(n as f64),
        );
    }
    out
}

/// The words of a metric: group `group`, item `item` of `subject` (a place's, a kind's or an
/// institution's id), whose English id is `name`.
fn metric_words(group: usize, subject: &str, item: usize, name: &str) -> Text {
    const TOTALS: [&str; 6] = [
        "compare-metric-arrivals",
        "compare-metric-exits",
        "compare-metric-in-system",
        "compare-metric-most-outdoors",
        "compare-metric-hours-outdoors",
        "compare-metric-hours-outdoors-night",
    ];
    const REFERRALS: [&str; 5] = [
        "compare-metric-identified",
        "compare-metric-referred-in-time",
        "compare-metric-referred-late",
        "compare-metric-not-referred",
        "compare-metric-mean-referral",
    ];
    const LATENCY: [&str; 4] = [
        "compare-metric-requests",
        "compare-metric-unanswered",
        "compare-metric-mean-latency",
        "compare-metric-longest-wait",
    ];
    let of = |keys: &[&'static str]| keys.get(item).copied();
    let kind = || {
        Vulnerability::ALL
            .into_iter()
            .find(|v| v.id() == subject)
            .map_or_else(
                || Text::new("compare-metric-id").id("id", subject),
                Vulnerability::text,
            )
    };
    let words = match group {
        0 => of(&TOTALS).map(Text::new),
        1..=3 => Some(Text::new("compare-metric-id").id("id", subject)),
        4 => of(&REFERRALS).map(|key| Text::new(key).text("kind", kind())),
        5 => of(&LATENCY).map(|key| Text::new(key).id("institution", subject)),
        6 => Category::ALL.get(item).map(|category| {
            Text::new("gap-category-numbered")
                .count("number", category.number())
                .text("name", Text::new(category.key()))
        }),
        _ => None,
    };
    words.unwrap_or_else(|| Text::new("compare-metric-id").id("id", name))
}

/// What makes two gaps of different branches the same gap: not their number, time or
/// measured values, which the decisions move, nor the order its institutions are listed in
/// (the claimants of a contested function come in the order the branch met them).
fn identity(gap: &Gap) -> (Category, Option<&str>, Option<&str>, Vec<&str>) {
    let mut institutions: Vec<&str> = gap.institutions.iter().map(String::as_str).collect();
    institutions.sort_unstable();
    institutions.dedup();
    (
        gap.category,
        gap.function.as_deref(),
        gap.place.as_deref(),
        institutions,
    )
}

fn only(these: &[Gap], others: &[Gap]) -> Vec<GapOnly> {
    let there: BTreeSet<_> = others.iter().map(identity).collect();
    these
        .iter()
        .filter(|g| !there.contains(&identity(g)))
        .map(|g| GapOnly {
            id: g.id,
            category: g.category.label(),
            kind: g.category,
            opened: SimTime(g.opened_ms).t_plus(),
            institutions: g.institutions.clone(),
            summary: g.summary.clone(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::Severity;

    fn gap(id: u32, institutions: &[&str]) -> Gap {
        Gap {
            id,
            category: Category::ContestedFunction,
            summary: Text::new("plain-text").id("text", "two chairs"),
            opened_ms: i64::from(id) * 60_000,
            closed_ms: None,
            severity: Severity::High,
            function: Some("chair_working_group".into()),
            institutions: institutions.iter().map(|s| s.to_string()).collect(),
            place: None,
            evidence: Vec::new(),
            values: Default::default(),
            request: None,
            persons_affected: 0,
            action: Text::new("plain-text").id("text", ""),
        }
    }

    #[test]
    fn a_gap_with_its_institutions_in_another_order_is_the_same_gap() {
        let a = [gap(1, &["mia", "ksc"])];
        let b = [gap(7, &["ksc", "mia"])];
        assert!(only(&a, &b).is_empty());
        assert!(only(&b, &a).is_empty());
        let c = [gap(2, &["mia", "police"])];
        assert_eq!(only(&a, &c).len(), 1);
    }
}
