//! Drawing a person's sex and age band from their nationality's shares, consistent with their
//! vulnerability flags: an unaccompanied minor is under 18, an elderly person 65 or over
//! (someone flagged both is a minor), a pregnant person a woman. The flagged people are placed
//! first and everyone else is drawn from what the shares leave, so the shares of a large run
//! match the scenario's. A nationality without shares draws nothing.

use rand::rngs::ChaCha8Rng;

use super::rng::{cumulate, pick};
use crate::scenario::{AgeBand, Nationality, Profile, Sex, Vulnerability};

/// What one nationality's shares make of a person's flags.
#[derive(Debug, Clone, Default)]
pub(super) struct Demography {
    /// Running weights over `Sex::ALL` for people who are not pregnant; none: sex unknown.
    sex: Option<Vec<f64>>,
    /// Running weights over `AgeBand::ALL`: (unaccompanied minors, everyone unflagged);
    /// none: age unknown.
    age: Option<(Vec<f64>, Vec<f64>)>,
}

impl Demography {
    /// The draws of `n`, given the cohort's share of each vulnerability.
    pub(super) fn new(n: &Nationality, share: impl Fn(Vulnerability) -> f64) -> Self {
        let pregnant = share(Vulnerability::Pregnant);
        let minor = share(Vulnerability::UnaccompaniedMinor);
        let elderly = share(Vulnerability::Elderly) * (1.0 - minor);
        let sex = (!n.sex.is_empty()).then(|| {
            cumulate(Sex::ALL.map(|s| {
                let p = n.sex.get(&s).copied().unwrap_or(0.0);
                match s {
                    Sex::Female => (p - pregnant).max(0.0),
                    Sex::Male => p,
                }
            }))
        });
        let age = (!n.age.is_empty()).then(|| {
            let p = |b: AgeBand| n.age.get(&b).copied().unwrap_or(0.0);
            let minors = p(AgeBand::Under14) + p(AgeBand::From14To17);
            let kept = if minors > 0.0 {
                1.0 - (minor / minors).min(1.0)
            } else {
                0.0
            };
            let as_minor = cumulate(AgeBand::ALL.map(|b| if b.minor() { p(b) } else { 0.0 }));
            let rest = cumulate(AgeBand::ALL.map(|b| match b {
                AgeBand::Under14 | AgeBand::From14To17 => p(b) * kept,
                AgeBand::From18To34 | AgeBand::From35To64 => p(b),
                AgeBand::From65 => (p(b) - elderly).max(0.0),
            }));
            (as_minor, rest)
        });
        Demography { sex, age }
    }

    /// Whether this nationality draws anything.
    pub(super) fn draws(&self) -> bool {
        self.sex.is_some() || self.age.is_some()
    }

    /// The profile of a person with vulnerability bits `flags`.
    pub(super) fn draw(&self, flags: u8, rng: &mut ChaCha8Rng) -> Profile {
        let has = |v: Vulnerability| flags & v.bit() != 0;
        let sex = self.sex.as_ref().map(|cum| {
            if has(Vulnerability::Pregnant) {
                Sex::Female
            } else {
                Sex::ALL[pick(cum, rng).min(Sex::ALL.len() - 1)]
            }
        });
        let age = self.age.as_ref().map(|(as_minor, rest)| {
            if has(Vulnerability::UnaccompaniedMinor) {
                AgeBand::ALL[pick(as_minor, rng).min(AgeBand::ALL.len() - 1)]
            } else if has(Vulnerability::Elderly) {
                AgeBand::From65
            } else {
                AgeBand::ALL[pick(rest, rng).min(AgeBand::ALL.len() - 1)]
            }
        });
        Profile::new(sex, age)
    }
}
