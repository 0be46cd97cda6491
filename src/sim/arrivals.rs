//! Arrivals: the sources (one per arrival profile, or made for an entry point a surge
//! brings people to), their Poisson rates and surges, and the cohort tables a new person's
//! nationality, language, vulnerabilities, sex and age are drawn from.

use rand::rngs::ChaCha8Rng;

use super::components::Person;
use super::demography::Demography;
use super::rng::{cumulate, pick, round_ms, stream, unit};
use crate::scenario::observed_csv::ObservedArrival;
use crate::scenario::{AgeBand, LocationKind, Profile, Rate, Scenario, Sex, Surge, Vulnerability};

const HOUR_MS: f64 = 3_600_000.0;
const HOUR_MS_I: i64 = 3_600_000;

/// An arrival source: one arrival profile.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub(super) struct Source {
    pub at: u16,
    /// Index of `at` among the entry points (`Series::entries`).
    pub entry: usize,
    /// (from ms, people per ms), increasing.
    pub steps: Vec<(i64, f64)>,
    pub surges: Vec<SourceSurge>,
    #[serde(with = "super::checkpoint::rng_state")]
    pub rng: ChaCha8Rng,
    #[serde(with = "super::checkpoint::rng_state")]
    pub cohort_rng: ChaCha8Rng,
    /// Sex and age draws (`demography/<at>`): a stream of its own, so scenarios that give
    /// no shares draw exactly the numbers they drew before.
    #[serde(with = "super::checkpoint::rng_state")]
    pub demography_rng: ChaCha8Rng,
}

// ChaCha8Rng is not `Clone`: a copy is rebuilt from the stream's position.
impl Clone for Source {
    fn clone(&self) -> Self {
        let copy = |rng: &ChaCha8Rng| super::checkpoint::RngState::of(rng).rng();
        Source {
            at: self.at,
            entry: self.entry,
            steps: self.steps.clone(),
            surges: self.surges.clone(),
            rng: copy(&self.rng),
            cohort_rng: copy(&self.cohort_rng),
            demography_rng: copy(&self.demography_rng),
        }
    }
}

/// A group arriving over a period at a source: from the scenario, from a surge inject, or
/// one count of an observed series.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub(super) struct SourceSurge {
    /// Start (ms).
    pub at: i64,
    pub people: u32,
    /// Spread over (ms).
    pub over: i64,
    /// Everyone of this nationality (cohort index); `None` draws from the mix.
    pub nationality: Option<u8>,
    /// An observed count's sex and age band, and the weight of each hour of its day;
    /// `Given::default()` for a scenario's or an inject's surge.
    #[serde(default)]
    pub given: Given,
}

/// What an observed count fixes beyond its nationality.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub(super) struct Given {
    /// Everyone of this sex; `None`: drawn.
    pub sex: Option<Sex>,
    /// Everyone in this age band; `None`: drawn.
    pub age: Option<AgeBand>,
    /// Relative weight of each hour of the day the people arrive over; `None`: evenly.
    pub hours: Option<[u8; 24]>,
}

impl std::hash::Hash for SourceSurge {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        (self.at, self.people, self.over, self.nationality).hash(h);
        // A surge without an observed count's givens hashes as it did before they existed.
        if self.given != Given::default() {
            self.given.hash(h);
        }
    }
}

impl SourceSurge {
    fn from_scenario(s: &Surge) -> Self {
        SourceSurge {
            at: s.at.millis(),
            people: s.people,
            over: s.over.millis(),
            nationality: None,
            given: Given::default(),
        }
    }

    fn observed(o: &ObservedArrival) -> Self {
        SourceSurge {
            at: o.at.millis(),
            people: o.people,
            over: o.over.millis(),
            nationality: o.nationality.and_then(|n| u8::try_from(n).ok()),
            given: Given {
                sex: o.sex,
                age: o.age,
                hours: o.hours,
            },
        }
    }

    /// When person `index` (from 0) of the group arrives: evenly over the period (the
    /// first at its start), or at the middle of their share of the day's hours by weight.
    pub(super) fn time_of(&self, index: u32) -> i64 {
        let people = i64::from(self.people.max(1));
        match &self.given.hours {
            None => self.at + self.over * i64::from(index) / people,
            Some(weights) => {
                let total: i128 = weights.iter().map(|w| i128::from(*w)).sum();
                // Person `index` arrives where the cumulative weight reaches
                // (index + 1/2) / people of the total.
                let target = (2 * i128::from(index) + 1) * total;
                let scale = 2 * i128::from(people);
                let mut before: i128 = 0;
                for (h, w) in weights.iter().enumerate() {
                    let w = i128::from(*w);
                    if w > 0 && target < (before + w) * scale {
                        let into = i128::from(HOUR_MS_I) * (target - before * scale) / (w * scale);
                        return self.at + h as i64 * HOUR_MS_I + into as i64;
                    }
                    before += w;
                }
                self.at + self.over
            }
        }
    }
}

impl Source {
    /// A source at location `at` (entry point `entry`, id `id`) with its named streams.
    fn named(
        seed: u64,
        id: &str,
        at: u16,
        entry: usize,
        steps: Vec<(i64, f64)>,
        surges: Vec<SourceSurge>,
    ) -> Self {
        Source {
            at,
            entry,
            steps,
            surges,
            rng: stream(seed, &format!("arrivals/{id}")),
            cohort_rng: stream(seed, &format!("cohort/{id}")),
            demography_rng: stream(seed, &format!("demography/{id}")),
        }
    }
}

/// The sources and the cohort they draw people from.
#[derive(Debug)]
pub(super) struct Arrivals {
    sources: Vec<Source>,
    /// Location index of each entry point, in scenario order (`Series::entries`).
    entries: Vec<u16>,
    nationality_cum: Vec<f64>,
    /// Per nationality: running weights of its languages and their indices.
    language_cum: Vec<(Vec<f64>, Vec<u8>)>,
    vulnerable: Vec<(Vulnerability, f64)>,
    /// Per nationality, how sex and age are drawn.
    demography: Vec<Demography>,
}

/// A new person's place of arrival and attributes (their serial is the ledger's to give).
pub(super) struct Newcomer {
    /// Location index.
    pub at: u16,
    /// Index of `at` among the entry points.
    pub entry: usize,
    pub person: Person,
}

impl Arrivals {
    /// The scenario's arrival profiles and cohort; `languages` in the engine's order.
    pub(super) fn new(s: &Scenario, seed: u64, languages: &[String]) -> Self {
        let location = |id: &str| s.locations.iter().position(|l| l.id == id);
        // Every place people can arrive at, in scenario order: those with an arrival profile
        // and those only a surge inject may bring people to.
        let entries: Vec<u16> = s
            .locations
            .iter()
            .enumerate()
            .filter(|(_, l)| is_entry(&l.kind))
            .map(|(i, _)| i as u16)
            .collect();
        let sources = s
            .arrivals
            .iter()
            .filter_map(|a| {
                let at = location(&a.at)? as u16;
                let entry = entries.binary_search(&at).ok()?;
                let steps = match &a.rate {
                    Rate::PerHour(r) => vec![(0, r / HOUR_MS)],
                    Rate::Steps(steps) => steps
                        .iter()
                        .map(|(t, r)| (t.millis(), r / HOUR_MS))
                        .collect(),
                    Rate::Observed(_) => Vec::new(),
                };
                let surges = a
                    .surges
                    .iter()
                    .map(SourceSurge::from_scenario)
                    .chain(a.observed.iter().map(SourceSurge::observed))
                    .collect();
                Some(Source::named(seed, &a.at, at, entry, steps, surges))
            })
            .collect();
        let lang_index = |code: &str| languages.iter().position(|l| l == code);
        let nationalities = &s.cohort.nationalities;
        let language_cum = nationalities
            .iter()
            .map(|n| {
                let codes = n
                    .languages
                    .keys()
                    .map(|c| lang_index(c).unwrap_or(0) as u8)
                    .collect();
                (cumulate(n.languages.values().copied()), codes)
            })
            .collect();
        let share = |v| s.cohort.vulnerable.get(&v).copied().unwrap_or(0.0);
        Arrivals {
            sources,
            entries,
            nationality_cum: cumulate(nationalities.iter().map(|n| n.share)),
            language_cum,
            vulnerable: s.cohort.vulnerable.iter().map(|(v, x)| (*v, *x)).collect(),
            demography: nationalities
                .iter()
                .map(|n| Demography::new(n, share))
                .collect(),
        }
    }

    /// Location index of each entry point, in scenario order.
    pub(super) fn entries(&self) -> &[u16] {
        &self.entries
    }

    /// Number of sources.
    pub(super) fn len(&self) -> usize {
        self.sources.len()
    }

    /// Number of surges of a source so far.
    pub(super) fn surges(&self, source: u16) -> usize {
        self.sources[source as usize].surges.len()
    }

    /// Where a source brings people.
    pub(super) fn place(&self, source: u16) -> Option<u16> {
        self.sources.get(usize::from(source)).map(|s| s.at)
    }

    /// Draws the next Poisson arrival after `from` by inverting the cumulative rate of the
    /// piecewise-constant profile; none when the rate stays zero.
    pub(super) fn next_arrival(&mut self, source: u16, from: i64) -> Option<i64> {
        let src = &mut self.sources[source as usize];
        let mut need: f64 = rand_distr::Distribution::sample(&rand_distr::Exp1, &mut src.rng);
        let mut t = from;
        let mut i = src.steps.iter().rposition(|&(start, _)| start <= t);
        loop {
            let rate = i.map_or(0.0, |i| src.steps[i].1);
            let next_i = i.map_or(0, |i| i + 1);
            let end = src.steps.get(next_i).map(|&(start, _)| start);
            if rate > 0.0 {
                let dt = need / rate;
                if end.is_none_or(|e| (t as f64 + dt) < e as f64) {
                    let at = t + round_ms(dt);
                    return Some(at.max(from));
                }
            }
            let end = end?;
            need -= rate * (end - t) as f64;
            t = end;
            i = Some(next_i);
        }
    }

    /// When the first person of a surge arrives; none for a surge of nobody.
    pub(super) fn surge_start(&self, source: u16, surge: u16) -> Option<i64> {
        let s = &self.sources[source as usize].surges[surge as usize];
        (s.people > 0).then(|| s.time_of(0))
    }

    /// A surge's person `index` arrives: what the surge fixes of them, and when the next
    /// one arrives (none after the last).
    pub(super) fn surge_arrival(
        &self,
        source: u16,
        surge: u16,
        index: u32,
    ) -> (Option<u8>, Given, Option<i64>) {
        let s = &self.sources[source as usize].surges[surge as usize];
        let next = (index + 1 < s.people).then(|| s.time_of(index + 1));
        (s.nationality, s.given, next)
    }

    /// Adds a surge at the entry point `at` (id `id`): to its source, or to a source made
    /// for it (with no Poisson arrivals of its own; its random streams are named like every
    /// source's, so it draws nothing from the others). None when `at` is no entry point.
    pub(super) fn add_surge(
        &mut self,
        seed: u64,
        at: u16,
        id: &str,
        surge: SourceSurge,
    ) -> Option<(u16, u16)> {
        let source = match self.sources.iter().position(|s| s.at == at) {
            Some(i) => i,
            None => {
                let entry = self.entries.binary_search(&at).ok()?;
                let made = Source::named(seed, id, at, entry, Vec::new(), Vec::new());
                self.sources.push(made);
                self.sources.len() - 1
            }
        };
        let surges = &mut self.sources[source].surges;
        surges.push(surge);
        Some((source as u16, (surges.len() - 1) as u16))
    }

    /// A new person at `source` now, with attributes drawn from the cohort mix. A surge of
    /// one nationality (`nationality`) skips drawing it; an observed count's `given` sex and
    /// age hold.
    pub(super) fn draw(
        &mut self,
        source: u16,
        nationality: Option<u8>,
        given: Given,
        now: i64,
    ) -> Newcomer {
        let src = &mut self.sources[source as usize];
        let (at, entry) = (src.at, src.entry);
        let rng = &mut src.cohort_rng;
        let nationality = nationality.map_or_else(|| pick(&self.nationality_cum, rng), usize::from);
        let (cum, codes) = &self.language_cum[nationality];
        let language = codes.get(pick(cum, rng)).copied().unwrap_or(0);
        let mut flags = 0;
        for &(v, share) in &self.vulnerable {
            if unit(rng) < share {
                flags |= v.bit();
            }
        }
        // An observed count's sex and age hold: flags they contradict are dropped (an adult
        // is no unaccompanied minor, only someone 65 or over is counted elderly, a man is
        // not pregnant).
        if let Some(age) = given.age {
            if !age.minor() {
                flags &= !Vulnerability::UnaccompaniedMinor.bit();
            }
            if age != AgeBand::From65 {
                flags &= !Vulnerability::Elderly.bit();
            }
        }
        if given.sex == Some(Sex::Male) {
            flags &= !Vulnerability::Pregnant.bit();
        }
        let mut profile = match self.demography.get(nationality) {
            Some(d) if d.draws() => d.draw(flags, &mut src.demography_rng),
            _ => Profile::UNKNOWN,
        };
        if given.sex.is_some() || given.age.is_some() {
            profile = Profile::new(given.sex.or(profile.sex()), given.age.or(profile.age()));
        }
        Newcomer {
            at,
            entry,
            person: Person {
                serial: 0,
                arrived: now,
                source,
                nationality: nationality as u8,
                language,
                flags,
                diverted: false,
                interpreter: 0,
                profile,
            },
        }
    }

    /// Whether the cohort draws sex or age (only then are the demography streams digested).
    pub(super) fn draws_demography(&self) -> bool {
        self.demography.iter().any(Demography::draws)
    }

    /// The sources, in order (saved and digested).
    pub(super) fn sources(&self) -> &[Source] {
        &self.sources
    }

    /// Puts saved sources back; false when they do not fit the scenario (fewer than its
    /// profiles, or one at no entry point).
    pub(super) fn restore(&mut self, sources: Vec<Source>, places: usize) -> bool {
        if sources.len() < self.sources.len()
            || sources
                .iter()
                .any(|s| usize::from(s.at) >= places || s.entry >= self.entries.len())
        {
            return false;
        }
        self.sources = sources;
        true
    }
}

/// Whether people can arrive at a location of this kind.
pub(super) fn is_entry(kind: &LocationKind) -> bool {
    matches!(
        kind,
        LocationKind::Entry { .. } | LocationKind::GreenBorder { .. }
    )
}
