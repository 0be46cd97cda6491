//! Interpreters: the languages of the run, the remote interpreters free now (they serve
//! every registration point) and those who drop out when they next finish. Interpreters on
//! site are counted at their registration point (`Place::interpreters_free`).

use super::change::ChangeError;
use super::places::Place;
use crate::scenario::Scenario;

/// Who held an interpreter during registration: `Person::interpreter`.
pub(super) const ON_SITE: u8 = 1;
pub(super) const REMOTE: u8 = 2;

#[derive(Debug)]
pub(super) struct Interpreters {
    /// Language codes, in the order of `Person::language`.
    languages: Vec<String>,
    /// Remote interpreters free now, by language.
    remote_free: Vec<u32>,
    /// Interpreters of each language who drop out when they next finish (a shortage inject
    /// that found them working).
    owed: Vec<u32>,
}

impl Interpreters {
    /// The scenario's interpreters: remote ones kept here, those on site counted into their
    /// place in `places` (location order).
    pub(super) fn new(scenario: &Scenario, places: &mut [Place]) -> Self {
        let languages = scenario.languages();
        let n = languages.len();
        let mut remote_free = vec![0; n];
        for int in &scenario.resources.interpreters {
            let Some(l) = languages.iter().position(|c| c == &int.language) else {
                continue;
            };
            match &int.at {
                None => remote_free[l] += int.count,
                Some(at) => {
                    if let Some(p) = scenario.locations.iter().position(|loc| &loc.id == at)
                        && let Some(slot) = places[p].interpreters_free.get_mut(l)
                    {
                        *slot += int.count;
                    }
                }
            }
        }
        Interpreters {
            languages,
            remote_free,
            owed: vec![0; n],
        }
    }

    pub(super) fn languages(&self) -> &[String] {
        &self.languages
    }

    /// The index of a language code.
    pub(super) fn language_of(&self, code: &str) -> Result<usize, ChangeError> {
        self.languages
            .iter()
            .position(|c| c == code)
            .ok_or_else(|| ChangeError::UnknownLanguage {
                language: code.to_string(),
                known: self.languages.clone(),
            })
    }

    /// Whether a remote interpreter of language `l` is free.
    pub(super) fn remote_free(&self, l: usize) -> bool {
        self.remote_free[l] > 0
    }

    /// Takes the interpreter `kind` (on site at `place`, or remote) of language `l`.
    pub(super) fn take(&mut self, kind: u8, l: usize, place: &mut Place) {
        match kind {
            ON_SITE => place.interpreters_free[l] -= 1,
            REMOTE => self.remote_free[l] -= 1,
            _ => {}
        }
    }

    /// The interpreter `kind` of language `l` is done at `place`: free again, or gone if
    /// one of that language is owed.
    pub(super) fn release(&mut self, kind: u8, l: usize, place: &mut Place) {
        let owed = &mut self.owed[l];
        match kind {
            0 => {}
            _ if *owed > 0 => *owed -= 1,
            ON_SITE => place.interpreters_free[l] += 1,
            _ => self.remote_free[l] += 1,
        }
    }

    /// `count` remote interpreters of language `l` join.
    pub(super) fn add_remote(&mut self, l: usize, count: u32) {
        self.remote_free[l] = self.remote_free[l].saturating_add(count);
    }

    /// Takes `count` interpreters of language `l` out: free remote ones first, then free
    /// ones on site (at `registrations`, in order), then of the `working` ones as they
    /// finish.
    pub(super) fn remove<'a>(
        &mut self,
        l: usize,
        count: u32,
        registrations: impl IntoIterator<Item = &'a mut Place>,
        working: u32,
    ) {
        let mut left = count;
        let take = |free: &mut u32, left: &mut u32| {
            let n = (*free).min(*left);
            *free -= n;
            *left -= n;
        };
        take(&mut self.remote_free[l], &mut left);
        for place in registrations {
            if let Some(free) = place.interpreters_free.get_mut(l) {
                take(free, &mut left);
            }
        }
        self.owed[l] = (self.owed[l] + left).min(working);
    }

    /// Remote interpreters free and owed, by language (saved and digested).
    pub(super) fn counts(&self) -> (&[u32], &[u32]) {
        (&self.remote_free, &self.owed)
    }

    /// Puts saved counts back; false when they do not fit the scenario's languages.
    pub(super) fn restore(&mut self, remote_free: Vec<u32>, owed: Vec<u32>) -> bool {
        if remote_free.len() != self.languages.len() || owed.len() != self.languages.len() {
            return false;
        }
        self.remote_free = remote_free;
        self.owed = owed;
        true
    }
}
