//! Decision latencies per institution asked, against each request's deadline.

use std::collections::BTreeMap;

use crate::view::Request;

/// The label for requests no institution is accountable for.
pub const NOBODY: &str = "(nobody accountable)";

/// The requests put to one institution.
#[derive(Debug, Clone, PartialEq)]
pub struct LatencyRow {
    /// Institution id, or [`NOBODY`].
    pub institution: String,
    /// The requests put to it while the engine played it (simulated): their latencies are
    /// the simulation's response times, not the players'.
    pub simulated: bool,
    /// Requests put to it.
    pub asked: usize,
    /// Answered by the deadline.
    pub in_time: usize,
    /// Answered after the deadline.
    pub late: usize,
    /// Not answered when the report was made.
    pub unanswered: usize,
    /// Mean time to the answer of the answered ones (minutes).
    pub mean_latency_min: Option<f64>,
    /// The longest wait, answered or still waiting (minutes).
    pub longest_wait_min: f64,
    /// The deadlines that applied (minutes), smallest first.
    pub deadlines_min: Vec<f64>,
}

/// One row per institution asked, in id order, for the requests raised up to `now`; an
/// institution that was simulated when some requests were raised (`simulated(id, at_ms)`)
/// has a separate row for those.
pub fn latencies(
    requests: &[Request],
    now: i64,
    simulated: impl Fn(&str, i64) -> bool,
) -> Vec<LatencyRow> {
    let mut by: BTreeMap<(String, bool), Vec<&Request>> = BTreeMap::new();
    // A withdrawn request could not be decided by anyone: it measures nobody's latency.
    for request in requests.iter().filter(|q| q.withdrawn.is_none()) {
        if request.to.is_empty() {
            by.entry((NOBODY.to_string(), false))
                .or_default()
                .push(request);
        }
        for institution in &request.to {
            let engine = simulated(institution, request.raised_ms);
            by.entry((institution.clone(), engine))
                .or_default()
                .push(request);
        }
    }
    by.into_iter()
        .map(|((institution, simulated), list)| row(institution, simulated, &list, now))
        .collect()
}

fn row(institution: String, simulated: bool, list: &[&Request], now: i64) -> LatencyRow {
    let minutes = |ms: i64| ms as f64 / 60_000.0;
    let answered: Vec<(i64, bool)> = list
        .iter()
        .filter_map(|q| {
            q.answered
                .as_ref()
                .map(|a| (a.at_ms - q.raised_ms, a.at_ms <= q.deadline_ms))
        })
        .collect();
    let longest = list
        .iter()
        .map(|q| q.answered.as_ref().map_or(now, |a| a.at_ms) - q.raised_ms)
        .max()
        .unwrap_or(0);
    let mut deadlines: Vec<i64> = list.iter().map(|q| q.deadline_ms - q.raised_ms).collect();
    deadlines.sort_unstable();
    deadlines.dedup();
    LatencyRow {
        institution,
        simulated,
        asked: list.len(),
        in_time: answered.iter().filter(|(_, ok)| *ok).count(),
        late: answered.iter().filter(|(_, ok)| !*ok).count(),
        unanswered: list.len() - answered.len(),
        mean_latency_min: (!answered.is_empty())
            .then(|| minutes(answered.iter().map(|(l, _)| l).sum::<i64>()) / answered.len() as f64),
        longest_wait_min: minutes(longest),
        deadlines_min: deadlines.into_iter().map(minutes).collect(),
    }
}
