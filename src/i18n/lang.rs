//! The languages of the catalogue, and how one is chosen from the environment.

use std::fmt;
use std::str::FromStr;

/// A language the catalogue speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Lang {
    /// English (complete).
    #[default]
    En,
    /// Albanian.
    Sq,
    /// Serbian, Latin script.
    Sr,
    /// Serbian, Cyrillic script: the Latin catalogue transliterated.
    SrCyrl,
    /// The pseudo-locale `qps-ploc`: English with the catalogue's own letters accented, so a
    /// string that bypasses the catalogue shows up in plain letters (see `i18n::pseudo`). Not
    /// among [`Lang::ALL`]: nobody reads it, the console's language key never turns to it.
    Pseudo,
}

/// A language code the catalogue does not have.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language `{0}`: use en, sq, sr or sr-Cyrl")]
pub struct UnknownLang(pub String);

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Sq, Lang::Sr, Lang::SrCyrl];

    /// The code, as `--lang` and `FLUXSIM_LANG` take it.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Sq => "sq",
            Lang::Sr => "sr",
            Lang::SrCyrl => "sr-Cyrl",
            Lang::Pseudo => "qps-ploc",
        }
    }

    /// The language's name in itself, as a menu of languages shows it to anyone.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Sq => "Shqip",
            Lang::Sr => "Srpski (latinica)",
            Lang::SrCyrl => "Српски (ћирилица)",
            Lang::Pseudo => "Þšéúďó",
        }
    }

    /// The next language of [`Lang::ALL`], after the last the first: what the console's
    /// language key turns to.
    pub fn next(self) -> Lang {
        let at = Lang::ALL.iter().position(|l| *l == self).unwrap_or(0);
        Lang::ALL[(at + 1) % Lang::ALL.len()]
    }

    /// The language whose catalogue file this one is read from: Serbian in Cyrillic is the
    /// Latin catalogue, transliterated; the pseudo-locale is the English one, accented.
    pub fn catalogue(self) -> Lang {
        match self {
            Lang::En | Lang::Sq | Lang::Sr => self,
            Lang::SrCyrl => Lang::Sr,
            Lang::Pseudo => Lang::En,
        }
    }

    /// The language tag documents carry (`lang="sr-Latn"`).
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Sq => "sq",
            Lang::Sr => "sr-Latn",
            Lang::SrCyrl => "sr-Cyrl",
            Lang::Pseudo => "qps-ploc",
        }
    }

    /// The language a locale names (`sq`, `sq_AL.UTF-8`, `sr-Latn`, `sr_RS@latin`, `en_GB`),
    /// if the catalogue has it. Serbian is read in Latin script unless the locale names
    /// Cyrillic (`sr-Cyrl`, `sr_RS@cyrillic`).
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let prefix: String = locale
            .trim()
            .chars()
            .take_while(|c| c.is_ascii_alphabetic())
            .collect::<String>()
            .to_ascii_lowercase();
        match prefix.as_str() {
            "en" => Some(Lang::En),
            "sq" => Some(Lang::Sq),
            "sr" if locale.to_ascii_lowercase().contains("cyr") => Some(Lang::SrCyrl),
            "sr" => Some(Lang::Sr),
            "qps" => Some(Lang::Pseudo),
            _ => None,
        }
    }

    /// The language of the environment: `FLUXSIM_LANG`, else the first of `LC_ALL`,
    /// `LC_MESSAGES` and `LANG` that is set, when the catalogue has its language; else English.
    pub fn from_env() -> Lang {
        Lang::from_vars(|name| std::env::var(name).ok())
    }

    /// The language `FLUXSIM_LANG` names, if it is set to one the catalogue has.
    pub fn from_fluxsim_env() -> Option<Lang> {
        std::env::var("FLUXSIM_LANG")
            .ok()
            .and_then(|v| Lang::from_locale(&v))
    }

    /// [`Lang::from_env`] over any source of variables (tests pass their own).
    pub fn from_vars(var: impl Fn(&str) -> Option<String>) -> Lang {
        if let Some(lang) = var("FLUXSIM_LANG").and_then(|v| Lang::from_locale(&v)) {
            return lang;
        }
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(|name| var(name).filter(|v| !v.is_empty()))
            .next()
            .and_then(|v| Lang::from_locale(&v))
            .unwrap_or_default()
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Lang {
    type Err = UnknownLang;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "en" => Ok(Lang::En),
            "sq" => Ok(Lang::Sq),
            "sr" | "sr-Latn" => Ok(Lang::Sr),
            "sr-Cyrl" | "sr-cyrl" => Ok(Lang::SrCyrl),
            "qps-ploc" => Ok(Lang::Pseudo),
            other => Err(UnknownLang(other.to_string())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Lang;

    fn vars<'a>(set: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            set.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn fluxsim_lang_comes_before_the_locale() {
        let env = [("FLUXSIM_LANG", "sr"), ("LANG", "sq_AL.UTF-8")];
        assert_eq!(Lang::from_vars(vars(&env)), Lang::Sr);
    }

    #[test]
    fn the_locale_prefix_chooses_when_fluxsim_lang_is_unset() {
        assert_eq!(Lang::from_vars(vars(&[("LANG", "sq_AL.UTF-8")])), Lang::Sq);
        assert_eq!(Lang::from_vars(vars(&[("LANG", "sr_RS@latin")])), Lang::Sr);
        let both = [("LC_ALL", "sr_RS.UTF-8"), ("LANG", "sq_AL.UTF-8")];
        assert_eq!(Lang::from_vars(vars(&both)), Lang::Sr);
    }

    #[test]
    fn serbian_is_cyrillic_only_where_the_locale_says_so() {
        assert_eq!(
            Lang::from_vars(vars(&[("LANG", "sr_RS@cyrillic")])),
            Lang::SrCyrl
        );
        assert_eq!(
            Lang::from_vars(vars(&[("FLUXSIM_LANG", "sr-Cyrl")])),
            Lang::SrCyrl
        );
        assert_eq!(Lang::from_locale("sr-Cyrl-RS"), Some(Lang::SrCyrl));
        assert_eq!("sr-Cyrl".parse(), Ok(Lang::SrCyrl));
        for lang in Lang::ALL {
            assert_eq!(lang.code().parse(), Ok(lang), "{lang}");
        }
    }

    #[test]
    fn a_locale_without_a_catalogue_is_english() {
        assert_eq!(Lang::from_vars(vars(&[("LANG", "de_DE.UTF-8")])), Lang::En);
        assert_eq!(Lang::from_vars(vars(&[("LANG", "C")])), Lang::En);
        assert_eq!(Lang::from_vars(vars(&[])), Lang::En);
        assert_eq!(Lang::from_vars(vars(&[("FLUXSIM_LANG", "xx")])), Lang::En);
    }
}
