//! Sex and age as statistics offices count them: the cohort's optional distributions per
//! nationality, with age bands that map onto Eurostat's (`Y_LT14`, `Y14-17`, `Y18-34`,
//! `Y35-64`, `Y_GE65`), and the one-byte profile a simulated person carries.

use serde::{Deserialize, Serialize};

/// Sex, as Eurostat's `sex` dimension codes it (`F`, `M`; `UNK` when unknown).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Sex {
    /// Female.
    Female,
    /// Male.
    Male,
}

impl Sex {
    /// Both, in a fixed order.
    pub const ALL: [Sex; 2] = [Sex::Female, Sex::Male];

    /// The key as a scenario file writes it.
    pub fn id(self) -> &'static str {
        match self {
            Sex::Female => "Female",
            Sex::Male => "Male",
        }
    }

    /// Eurostat's code (`F`, `M`).
    pub fn code(self) -> &'static str {
        match self {
            Sex::Female => "F",
            Sex::Male => "M",
        }
    }

    fn index(self) -> u8 {
        match self {
            Sex::Female => 1,
            Sex::Male => 2,
        }
    }
}

/// An age band that maps onto one of Eurostat's asylum statistics bands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum AgeBand {
    /// 0–13 years (`Y_LT14`).
    Under14,
    /// 14–17 years (`Y14-17`).
    From14To17,
    /// 18–34 years (`Y18-34`).
    From18To34,
    /// 35–64 years (`Y35-64`).
    From35To64,
    /// 65 and over (`Y_GE65`).
    From65,
}

impl AgeBand {
    /// Every band, youngest first.
    pub const ALL: [AgeBand; 5] = [
        AgeBand::Under14,
        AgeBand::From14To17,
        AgeBand::From18To34,
        AgeBand::From35To64,
        AgeBand::From65,
    ];

    /// The key as a scenario file writes it.
    pub fn id(self) -> &'static str {
        match self {
            AgeBand::Under14 => "Under14",
            AgeBand::From14To17 => "From14To17",
            AgeBand::From18To34 => "From18To34",
            AgeBand::From35To64 => "From35To64",
            AgeBand::From65 => "From65",
        }
    }

    /// Eurostat's code of the band.
    pub fn code(self) -> &'static str {
        match self {
            AgeBand::Under14 => "Y_LT14",
            AgeBand::From14To17 => "Y14-17",
            AgeBand::From18To34 => "Y18-34",
            AgeBand::From35To64 => "Y35-64",
            AgeBand::From65 => "Y_GE65",
        }
    }

    /// Whether the band is under 18 (a minor).
    pub fn minor(self) -> bool {
        match self {
            AgeBand::Under14 | AgeBand::From14To17 => true,
            AgeBand::From18To34 | AgeBand::From35To64 | AgeBand::From65 => false,
        }
    }

    fn index(self) -> u8 {
        match self {
            AgeBand::Under14 => 1,
            AgeBand::From14To17 => 2,
            AgeBand::From18To34 => 3,
            AgeBand::From35To64 => 4,
            AgeBand::From65 => 5,
        }
    }
}

/// A person's sex and age band in one byte (0: both unknown), so a person stays as small as
/// it was before they were counted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Profile(u8);

impl Profile {
    /// Both unknown.
    pub const UNKNOWN: Profile = Profile(0);

    /// A profile of the given sex and age band, either unknown.
    pub fn new(sex: Option<Sex>, age: Option<AgeBand>) -> Self {
        let s = sex.map_or(0, Sex::index);
        let a = age.map_or(0, AgeBand::index);
        Profile(s | (a << 2))
    }

    /// The sex, if known.
    pub fn sex(self) -> Option<Sex> {
        match self.0 & 0b11 {
            1 => Some(Sex::Female),
            2 => Some(Sex::Male),
            _ => None,
        }
    }

    /// The age band, if known.
    pub fn age(self) -> Option<AgeBand> {
        AgeBand::ALL
            .get(usize::from(self.0 >> 2).checked_sub(1)?)
            .copied()
    }

    /// Whether both are unknown.
    pub fn is_unknown(self) -> bool {
        self.0 == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_profile_gives_back_what_it_was_made_of() {
        for sex in [None, Some(Sex::Female), Some(Sex::Male)] {
            for age in std::iter::once(None).chain(AgeBand::ALL.map(Some)) {
                let p = Profile::new(sex, age);
                assert_eq!((p.sex(), p.age()), (sex, age));
                assert_eq!(p.is_unknown(), sex.is_none() && age.is_none());
            }
        }
    }
}
