//! Search (`/`): ids and names of places, institutions, injects, gaps and requests, matched
//! as the facilitator types, ignoring case and diacritics ("presevo" finds "Preševo").

use super::action::Pane;
use super::app::{App, Target};
use crate::i18n::Localized;
use crate::tr;

/// The search line and where the panes stood when it opened (Esc goes back there).
#[derive(Debug, Clone, Default)]
pub struct Search {
    /// What was typed.
    pub text: String,
    /// The chosen match (index into `hits`).
    pub selected: usize,
    pub(super) origin: Option<(Pane, Vec<usize>)>,
}

/// One thing the search found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// What it opens in the inspector.
    pub target: Target,
    /// What kind of thing it is: the catalogue key of the word the list shows.
    pub kind: &'static str,
    /// Its id and name.
    pub label: String,
}

/// Most matches listed.
const MOST: usize = 50;

/// What `query` finds, best first: every word of it must occur in the id or name. The thing
/// whose id is the query comes first, then those whose id starts with it, then the rest;
/// within each, places, institutions, injects, gaps, requests.
pub fn hits(app: &App, query: &str) -> Vec<Hit> {
    let words: Vec<String> = fold(query).split_whitespace().map(str::to_string).collect();
    if words.is_empty() {
        return Vec::new();
    }
    let query = words.join(" ");
    let mut found: Vec<(u8, Hit)> = candidates(app)
        .filter_map(|(id, hit)| {
            let haystack = fold(&format!("{id} {}", hit.label));
            let all = words.iter().all(|w| haystack.contains(w.as_str()));
            let id = fold(&id);
            let rank = if id == query {
                0
            } else if id.starts_with(&query) {
                1
            } else {
                2
            };
            all.then_some((rank, hit))
        })
        .collect();
    // Stable: within each rank the candidates keep their order.
    found.sort_by_key(|(rank, _)| *rank);
    found.into_iter().map(|(_, hit)| hit).take(MOST).collect()
}

/// Lower case, without diacritics, for matching.
fn fold(text: &str) -> String {
    deunicode::deunicode(text).to_lowercase()
}

/// Everything searchable, as (id, hit).
fn candidates(app: &App) -> impl Iterator<Item = (String, Hit)> + '_ {
    let scenario = app.scenario();
    let lang = app.lang();
    let places = scenario.locations.iter().enumerate().map(|(i, l)| {
        let hit = Hit {
            target: Target::Place(i),
            kind: "search-kind-place",
            label: format!("{} — {}", l.id, l.name),
        };
        (l.id.clone(), hit)
    });
    let institutions = scenario.institutions.iter().enumerate().map(|(i, inst)| {
        let hit = Hit {
            target: Target::Institution(i),
            kind: "search-kind-institution",
            label: format!("{} — {}", inst.id, inst.name),
        };
        (inst.id.clone(), hit)
    });
    let injects = app.msel_order().iter().map(move |&i| {
        let inject = &scenario.msel[i];
        let hit = Hit {
            target: Target::Inject(i),
            kind: "search-kind-inject",
            label: format!("MSEL #{} — {}", inject.number, inject.synopsis),
        };
        (format!("#{}", inject.number), hit)
    });
    let gaps = app.snapshot().gaps.iter().rev().map(move |g| {
        let place = g.place.as_deref().unwrap_or_default();
        let hit = Hit {
            target: Target::Gap(g.id),
            kind: "search-kind-gap",
            label: tr!(
                lang,
                "search-gap",
                number = g.id,
                category = g.category.localized(lang),
                place = place,
                summary = g.summary.localized(lang)
            ),
        };
        (format!("gap {}", g.id), hit)
    });
    let requests = app.requests().iter().map(move |q| {
        let subject = q.subject.as_deref().unwrap_or_default();
        let hit = Hit {
            target: Target::Request(q.id),
            kind: "search-kind-request",
            label: tr!(
                lang,
                "search-request",
                number = q.id,
                ask = q.ask.text().localized(lang),
                subject = subject,
                to = q.to.join(", ")
            ),
        };
        (format!("request {}", q.id), hit)
    });
    // Observations are found by their words, and open what they are about: the institution,
    // else the inject they answer.
    let observations = app.observations().iter().filter_map(move |o| {
        let seen = &o.observation;
        let institution = seen
            .institution
            .as_ref()
            .and_then(|id| scenario.institutions.iter().position(|i| &i.id == id))
            .map(Target::Institution);
        let inject = seen
            .inject
            .and_then(|n| scenario.msel.iter().position(|i| i.number == n))
            .map(Target::Inject);
        let hit = Hit {
            target: institution.or(inject)?,
            kind: "search-kind-observation",
            label: tr!(
                lang,
                "search-observation",
                at = crate::time::SimTime(o.at_ms).t_plus(),
                text = seen.text.as_str()
            ),
        };
        Some((format!("observation {}", o.at_ms), hit))
    });
    places
        .chain(institutions)
        .chain(injects)
        .chain(gaps)
        .chain(requests)
        .chain(observations)
}
