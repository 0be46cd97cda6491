//! Coordination gaps as the exercise records them: each once, when it opens, with its
//! evidence, and closed when the situation that made it is over.

use std::collections::BTreeMap;
use std::hash::{Hash, Hasher};

use serde::{Deserialize, Serialize};

use super::category::Category;
use crate::i18n::{Lang, Localized, Text};
use crate::scenario::Vulnerability;
use crate::tr;

/// How much a gap matters for the people in the model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Severity {
    /// Worth a line in the report.
    Low,
    /// Slows the response.
    Medium,
    /// People wait or are at risk because of it.
    High,
}

impl Severity {
    /// The English word, as JSON and CSV carry it.
    pub fn label(self) -> &'static str {
        match self {
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
        }
    }

    /// The key of the word in the message catalogue.
    pub fn key(self) -> &'static str {
        match self {
            Severity::Low => "severity-low",
            Severity::Medium => "severity-medium",
            Severity::High => "severity-high",
        }
    }
}

impl Localized for Severity {
    fn localized(&self, lang: Lang) -> String {
        tr!(lang, self.key())
    }
}

/// A coordination gap.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Gap {
    /// Number in order of opening, from 1.
    pub id: u32,
    /// Which kind of gap.
    pub category: Category,
    /// One line saying what the gap is.
    pub summary: Text,
    /// Simulated time it opened (ms).
    pub opened_ms: i64,
    /// Simulated time it closed (ms), if it did.
    pub closed_ms: Option<i64>,
    /// How much it matters.
    pub severity: Severity,
    /// The function concerned, if any.
    pub function: Option<String>,
    /// The institutions involved.
    pub institutions: Vec<String>,
    /// The place concerned, if any.
    pub place: Option<String>,
    /// What shows it (measured values, the request and how long it waited ...), one
    /// message a line.
    pub evidence: Vec<Text>,
    /// The measured values behind the evidence, by name, as they were when it opened.
    pub values: BTreeMap<String, f64>,
    /// The number of the request it is about, if any.
    pub request: Option<u32>,
    /// People affected, as far as the model can count them.
    pub persons_affected: u64,
    /// A corrective action, phrased for an improvement plan.
    pub action: Text,
}

/// What identifies a gap while it is open, so a situation that persists is one gap.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum GapKey {
    /// A static finding of the scenario (its index in `static_findings`).
    Finding(usize),
    /// A request past its deadline.
    Late(u32),
    /// A BCP queue over its limit.
    Queue(String),
    /// People outdoors at night.
    OutdoorsAtNight,
    /// Reception full with people outdoors.
    ReceptionFull,
    /// Reception full, people outdoors, and no closed site left to open.
    NoReserveSite,
    /// A registration queue held up by interpreters, with desks free (the place's id).
    InterpreterQueue(String),
    /// People waiting outdoors at a place beyond its shelter (its id).
    WaitingOutdoors(String),
    /// People waiting for an interpreter of a language nobody provides.
    Interpreter(String),
    /// Vulnerable persons handed over after their deadline, by kind.
    LateReferral(usize),
    /// Vulnerable persons identified with no service designated, by kind.
    NoService(usize),
    /// One decision (its number) that lacked authority or duplicated another.
    Decision(u32),
    /// Institutions not informed of a decision (its number).
    Uninformed(u32),
}

impl Gap {
    /// Whether the gap is still open.
    pub fn is_open(&self) -> bool {
        self.closed_ms.is_none()
    }

    /// A gap to record with only the essentials, the rest filled with the builder methods;
    /// `GapLog::open` gives it its number and opening time.
    pub fn new(category: Category, severity: Severity, summary: Text, action: Text) -> Self {
        Gap {
            id: 0,
            category,
            summary,
            opened_ms: 0,
            closed_ms: None,
            severity,
            function: None,
            institutions: Vec::new(),
            place: None,
            evidence: Vec::new(),
            values: BTreeMap::new(),
            request: None,
            persons_affected: 0,
            action,
        }
    }

    /// Names the function.
    pub fn function(mut self, f: impl Into<String>) -> Self {
        self.function = Some(f.into());
        self
    }

    /// Names the institutions.
    pub fn institutions(mut self, list: &[String]) -> Self {
        self.institutions = list.to_vec();
        self
    }

    /// Names the place.
    pub fn place(mut self, p: impl Into<String>) -> Self {
        self.place = Some(p.into());
        self
    }

    /// Adds a line of evidence.
    pub fn evidence(mut self, line: Text) -> Self {
        self.evidence.push(line);
        self
    }

    /// Records a measured value.
    pub fn value(mut self, name: &str, v: f64) -> Self {
        self.values.insert(name.to_string(), v);
        self
    }

    /// Names the request.
    pub fn request(mut self, id: u32) -> Self {
        self.request = Some(id);
        self
    }

    /// Counts the people affected.
    pub fn affecting(mut self, n: u64) -> Self {
        self.persons_affected = n;
        self
    }
}

/// A `GapKey`'s variant without what it names: a sweep asks whether any gap of a kind is
/// open before it builds the keys of that kind (most sweeps find none, and building a key
/// that names a place copies its id).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GapKind {
    /// `GapKey::Finding`.
    Finding,
    /// `GapKey::Late`.
    Late,
    /// `GapKey::Queue`.
    Queue,
    /// `GapKey::OutdoorsAtNight`.
    OutdoorsAtNight,
    /// `GapKey::ReceptionFull`.
    ReceptionFull,
    /// `GapKey::NoReserveSite`.
    NoReserveSite,
    /// `GapKey::InterpreterQueue`.
    InterpreterQueue,
    /// `GapKey::WaitingOutdoors`.
    WaitingOutdoors,
    /// `GapKey::Interpreter`.
    Interpreter,
    /// `GapKey::LateReferral`.
    LateReferral,
    /// `GapKey::NoService`.
    NoService,
    /// `GapKey::Decision`.
    Decision,
    /// `GapKey::Uninformed`.
    Uninformed,
}

impl GapKind {
    /// How many kinds there are.
    const COUNT: usize = 13;
}

impl GapKey {
    /// Its kind.
    pub fn kind(&self) -> GapKind {
        match self {
            GapKey::Finding(_) => GapKind::Finding,
            GapKey::Late(_) => GapKind::Late,
            GapKey::Queue(_) => GapKind::Queue,
            GapKey::OutdoorsAtNight => GapKind::OutdoorsAtNight,
            GapKey::ReceptionFull => GapKind::ReceptionFull,
            GapKey::NoReserveSite => GapKind::NoReserveSite,
            GapKey::InterpreterQueue(_) => GapKind::InterpreterQueue,
            GapKey::WaitingOutdoors(_) => GapKind::WaitingOutdoors,
            GapKey::Interpreter(_) => GapKind::Interpreter,
            GapKey::LateReferral(_) => GapKind::LateReferral,
            GapKey::NoService(_) => GapKind::NoService,
            GapKey::Decision(_) => GapKind::Decision,
            GapKey::Uninformed(_) => GapKind::Uninformed,
        }
    }
}

/// Every gap of a run, open and closed, in order of opening.
#[derive(Debug, Clone, Default)]
pub struct GapLog {
    gaps: Vec<Gap>,
    open: BTreeMap<GapKey, usize>,
    /// How many gaps of each kind are open (by `GapKind as usize`), so that a sweep that
    /// finds none of a kind open neither searches `open` nor builds keys for it.
    open_kinds: [u32; GapKind::COUNT],
    /// The open gaps of late referrals and of missing services, by kind of vulnerability
    /// (their index in `gaps`), as `open` has them: every sweep updates them while they
    /// last, and an array spares those sweeps a search of `open`.
    referrals: Referrals,
}

/// Where the open gaps under `GapKey::LateReferral` and `GapKey::NoService` are in the log.
#[derive(Debug, Clone, Default)]
struct Referrals {
    late: [Option<usize>; Vulnerability::ALL.len()],
    no_service: [Option<usize>; Vulnerability::ALL.len()],
}

/// A key `Referrals` keeps: whether it is a late referral's (else a missing service's),
/// and the kind of vulnerability.
#[derive(Debug, Clone, Copy)]
struct Kept(bool, usize);

impl Referrals {
    /// Where `key` is kept, when it is one of the keys kept here.
    fn kept(key: &GapKey) -> Option<Kept> {
        let kept = match *key {
            GapKey::LateReferral(v) => Kept(true, v),
            GapKey::NoService(v) => Kept(false, v),
            GapKey::Finding(_)
            | GapKey::Late(_)
            | GapKey::Queue(_)
            | GapKey::OutdoorsAtNight
            | GapKey::ReceptionFull
            | GapKey::NoReserveSite
            | GapKey::InterpreterQueue(_)
            | GapKey::WaitingOutdoors(_)
            | GapKey::Interpreter(_)
            | GapKey::Decision(_)
            | GapKey::Uninformed(_) => return None,
        };
        (kept.1 < Vulnerability::ALL.len()).then_some(kept)
    }

    fn slot(&mut self, Kept(late, v): Kept) -> &mut Option<usize> {
        match late {
            true => &mut self.late[v],
            false => &mut self.no_service[v],
        }
    }

    /// Records that the gap under `key` is open at `index`, or closed (`None`).
    fn set(&mut self, key: &GapKey, index: Option<usize>) {
        if let Some(kept) = Self::kept(key) {
            *self.slot(kept) = index;
        }
    }
}

impl GapLog {
    /// Records a gap under `key` unless one is already open under it; returns its number.
    pub fn open(&mut self, key: GapKey, now: i64, new: Gap) -> u32 {
        self.entry(key, now, || new).id
    }

    /// Records the gap `new()` builds under `key` unless one is already open under it (then
    /// nothing is built); returns its number. A sweep finds most of its gaps open already.
    pub fn open_with(&mut self, key: GapKey, now: i64, new: impl FnOnce() -> Gap) -> u32 {
        self.entry(key, now, new).id
    }

    /// The gap open under `key`, after recording the one `new()` builds there if none was
    /// (opened at `now`): a situation that persists updates its gap where it opened it.
    pub fn entry(&mut self, key: GapKey, now: i64, new: impl FnOnce() -> Gap) -> &mut Gap {
        let kept = Referrals::kept(&key);
        if let Some(i) = kept.and_then(|k| *self.referrals.slot(k)) {
            return &mut self.gaps[i];
        }
        let kind = key.kind() as usize;
        let next = self.gaps.len();
        let i = *self.open.entry(key).or_insert(next);
        if let Some(k) = kept {
            *self.referrals.slot(k) = Some(i);
        }
        if i == next {
            self.open_kinds[kind] += 1;
            self.gaps.push(Gap {
                id: next as u32 + 1,
                opened_ms: now,
                closed_ms: None,
                ..new()
            });
        }
        &mut self.gaps[i]
    }

    /// Whether a gap is open under `key`.
    pub fn is_open(&self, key: &GapKey) -> bool {
        self.any_open(key.kind()) && self.open.contains_key(key)
    }

    /// Whether any gap of `kind` is open.
    pub fn any_open(&self, kind: GapKind) -> bool {
        self.open_kinds[kind as usize] > 0
    }

    /// Closes the gap open under `key`, if any.
    pub fn close(&mut self, key: &GapKey, now: i64) {
        if !self.any_open(key.kind()) {
            return;
        }
        if let Some(i) = self.open.remove(key) {
            self.referrals.set(key, None);
            self.open_kinds[key.kind() as usize] -= 1;
            self.gaps[i].closed_ms = Some(now);
        }
    }

    /// The open gap under `key`, to update its count of people affected or its evidence.
    pub fn open_gap_mut(&mut self, key: &GapKey) -> Option<&mut Gap> {
        if !self.any_open(key.kind()) {
            return None;
        }
        self.open.get(key).map(|&i| &mut self.gaps[i])
    }

    /// The places of the open interpreter-queue gaps, in key order.
    pub fn interpreter_queue_places(&self) -> Vec<String> {
        if !self.any_open(GapKind::InterpreterQueue) {
            return Vec::new();
        }
        self.open
            .keys()
            .filter_map(|key| {
                if let GapKey::InterpreterQueue(place) = key {
                    Some(place.clone())
                } else {
                    None
                }
            })
            .collect()
    }

    /// The key under which gap number `id` is open.
    pub fn key_of(&self, id: u32) -> Option<GapKey> {
        self.open
            .iter()
            .find(|(_, i)| self.gaps[**i].id == id)
            .map(|(k, _)| k.clone())
    }

    /// Feeds every gap and the open ones' keys to `h` (digest scheme 3).
    pub(super) fn digest_into(&self, h: &mut impl Hasher) {
        let GapLog {
            gaps,
            open,
            // Counted from `open`.
            open_kinds: _,
            // Indexed from `open`.
            referrals: _,
        } = self;
        gaps.len().hash(h);
        for gap in gaps {
            hash_gap(gap, h);
        }
        for (key, &index) in open {
            key.hash(h);
            (index as u64).hash(h);
        }
    }

    /// The gaps and the open ones' keys with their index (a checkpoint's form).
    pub(super) fn parts(&self) -> (Vec<Gap>, Vec<(GapKey, usize)>) {
        let open = self.open.iter().map(|(k, &i)| (k.clone(), i)).collect();
        (self.gaps.clone(), open)
    }

    /// A log from its `parts`; `None` when an open key points past the gaps.
    pub(super) fn from_parts(gaps: Vec<Gap>, open: Vec<(GapKey, usize)>) -> Option<Self> {
        if open.iter().any(|&(_, i)| i >= gaps.len()) {
            return None;
        }
        let open: BTreeMap<GapKey, usize> = open.into_iter().collect();
        let mut open_kinds = [0; GapKind::COUNT];
        let mut referrals = Referrals::default();
        for (key, &i) in &open {
            open_kinds[key.kind() as usize] += 1;
            referrals.set(key, Some(i));
        }
        Some(GapLog {
            gaps,
            open,
            open_kinds,
            referrals,
        })
    }

    /// Every gap, open and closed, in order of opening.
    pub fn all(&self) -> &[Gap] {
        &self.gaps
    }
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
