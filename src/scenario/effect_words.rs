//! Inject effects in plain words, as an MSEL spreadsheet cell may hold them:
//! `interpreter shortage: ps 1`, `surge: idomeni 1500 over 2h`, `close crossing: vermice`.
//! A keyword (any case, spaces or `_` inside), a colon, then the effect's values in a fixed
//! order. Every effect the model knows has its form ([`FORMS`]); the RON form the journal
//! writes (`Surge(entry: "idomeni", ...)`) stays readable beside them.

use super::InjectEffect;
use super::ranges::{OutOfRange, effect_out_of_range};
use super::sheet_problem::list_items;
use crate::i18n::{Lang, Localized, Text};
use crate::time::SimTime;

/// One effect's keyword form: how it is written, with an example.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Form {
    /// The keyword before the colon.
    pub keyword: &'static str,
    /// The values after it, in capitals where the author fills them in.
    pub form: &'static str,
    /// A filled-in example.
    pub example: &'static str,
}

/// The keyword form of every effect, in the order of [`InjectEffect`]'s kinds.
pub const FORMS: [Form; 10] = [
    Form {
        keyword: "surge",
        form: "surge: ENTRY PEOPLE over TIME [nationality ID]",
        example: "surge: idomeni 1500 over 2h",
    },
    Form {
        keyword: "close border",
        form: "close border: COUNTRY",
        example: "close border: North Macedonia",
    },
    Form {
        keyword: "open border",
        form: "open border: COUNTRY",
        example: "open border: North Macedonia",
    },
    Form {
        keyword: "close crossing",
        form: "close crossing: BCP",
        example: "close crossing: vermice",
    },
    Form {
        keyword: "open crossing",
        form: "open crossing: BCP",
        example: "open crossing: vermice",
    },
    Form {
        keyword: "site incident",
        form: "site incident: SITE BEDS beds lost [disease case]",
        example: "site incident: magura 40 beds lost, disease case",
    },
    Form {
        keyword: "interpreter shortage",
        form: "interpreter shortage: LANGUAGE COUNT",
        example: "interpreter shortage: ps 1",
    },
    Form {
        keyword: "officer shortage",
        form: "officer shortage: BCP COUNT",
        example: "officer shortage: vermice 2",
    },
    Form {
        keyword: "transport breakdown",
        form: "transport breakdown: FLEET COUNT",
        example: "transport breakdown: kp_buses 2",
    },
    Form {
        keyword: "message",
        form: "message: from SENDER to INSTITUTIONS: TEXT",
        example: "message: from RTK to mia; police: queues at the crossing on the evening news",
    },
];

/// The index into [`FORMS`] of an effect's kind.
fn form_of(effect: &InjectEffect) -> usize {
    match effect {
        InjectEffect::Surge { .. } => 0,
        InjectEffect::CloseBorder { .. } => 1,
        InjectEffect::OpenBorder { .. } => 2,
        InjectEffect::CloseBcp { .. } => 3,
        InjectEffect::OpenBcp { .. } => 4,
        InjectEffect::SiteIncident { .. } => 5,
        InjectEffect::InterpreterShortage { .. } => 6,
        InjectEffect::OfficerShortage { .. } => 7,
        InjectEffect::TransportBreakdown { .. } => 8,
        InjectEffect::Message { .. } => 9,
    }
}

/// The effect in its keyword form.
pub fn effect_words(effect: &InjectEffect) -> String {
    let keyword = FORMS[form_of(effect)].keyword;
    let values = match effect {
        InjectEffect::Surge {
            entry,
            people,
            over,
            nationality,
        } => {
            let mut text = format!("{entry} {people} over {over}");
            if let Some(nationality) = nationality {
                text.push_str(&format!(" nationality {nationality}"));
            }
            text
        }
        InjectEffect::CloseBorder { country } | InjectEffect::OpenBorder { country } => {
            country.clone()
        }
        InjectEffect::CloseBcp { bcp } | InjectEffect::OpenBcp { bcp } => bcp.clone(),
        InjectEffect::SiteIncident {
            site,
            beds_lost,
            disease_case,
        } => {
            let disease = if *disease_case { ", disease case" } else { "" };
            format!("{site} {beds_lost} beds lost{disease}")
        }
        InjectEffect::InterpreterShortage {
            language,
            interpreters,
        } => format!("{language} {interpreters}"),
        InjectEffect::OfficerShortage { bcp, officers } => format!("{bcp} {officers}"),
        InjectEffect::TransportBreakdown { fleet, buses } => format!("{fleet} {buses}"),
        InjectEffect::Message { from, to, text } => {
            format!("from {from} to {}: {text}", to.join("; "))
        }
    };
    format!("{keyword}: {values}")
}

/// The effect in its keyword form when that form reads back as the same effect (ids
/// without spaces or separators), else None.
pub fn effect_words_exact(effect: &InjectEffect) -> Option<String> {
    let words = effect_words(effect);
    (parse_effect_words(&words).as_ref() == Ok(effect)).then_some(words)
}

/// Why a keyword effect could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.localized(Lang::En))]
pub enum EffectWordsError {
    /// The keyword names no effect.
    UnknownKeyword {
        /// As written.
        word: String,
    },
    /// The values after a known keyword do not fit its form.
    BadValues {
        /// The cell as written.
        cell: String,
        /// Its form (index into [`FORMS`]).
        form: usize,
    },
    /// A value is beyond what any exercise needs.
    OutOfRange(OutOfRange),
}

impl EffectWordsError {
    /// The error as a catalogue message kept as data (for a sheet's row problems).
    pub fn text(&self) -> Text {
        match self {
            EffectWordsError::UnknownKeyword { word } => Text::new("effect-words-unknown")
                .id("word", word.clone())
                .list("forms", &examples()),
            EffectWordsError::BadValues { cell, form } => Text::new("effect-words-values")
                .id("cell", cell.clone())
                .id("keyword", FORMS[*form].keyword)
                .id("form", FORMS[*form].form)
                .id("example", FORMS[*form].example),
            EffectWordsError::OutOfRange(range) => range.text(),
        }
    }
}

fn examples() -> Vec<String> {
    FORMS.iter().map(|f| format!("`{}`", f.example)).collect()
}

impl Localized for EffectWordsError {
    fn localized(&self, lang: Lang) -> String {
        self.text().localized(lang)
    }
}

/// A keyword as compared: lower case, without spaces, `_` or `-`.
fn folded(word: &str) -> String {
    word.chars()
        .filter(|c| !matches!(c, ' ' | '_' | '-'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// A count written in a cell: digits, `_` allowed between them.
fn number(word: &str) -> Option<u32> {
    word.replace('_', "").parse().ok()
}

/// Reads an effect in its keyword form (see [`FORMS`]).
pub fn parse_effect_words(text: &str) -> Result<InjectEffect, EffectWordsError> {
    let text = text.trim();
    let (head, rest) = text.split_once(':').unwrap_or((text, ""));
    let keyword = folded(head);
    let form = match keyword.as_str() {
        "surge" => 0,
        "closeborder" => 1,
        "openborder" => 2,
        "closecrossing" | "closebcp" => 3,
        "opencrossing" | "openbcp" => 4,
        "siteincident" | "incident" => 5,
        "interpretershortage" => 6,
        "officershortage" => 7,
        "transportbreakdown" | "breakdown" => 8,
        "message" => 9,
        _ => {
            return Err(EffectWordsError::UnknownKeyword {
                word: head.trim().to_string(),
            });
        }
    };
    let bad = || EffectWordsError::BadValues {
        cell: text.to_string(),
        form,
    };
    let rest = rest.trim();
    let cleaned = rest.replace(',', " ");
    let words: Vec<&str> = cleaned.split_whitespace().collect();
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let lower: Vec<&str> = lower.iter().map(String::as_str).collect();
    let one_id = || match words.as_slice() {
        [id] => Ok(id.to_string()),
        _ => Err(bad()),
    };
    let id_and_count = || match words.as_slice() {
        [id, n] => Ok((id.to_string(), number(n).ok_or_else(bad)?)),
        _ => Err(bad()),
    };
    let effect = match form {
        0 => {
            let [entry, people, tail @ ..] = words.as_slice() else {
                return Err(bad());
            };
            let people = number(people).ok_or_else(bad)?;
            let mut over = SimTime::ZERO;
            let mut nationality = None;
            let mut k = 0usize;
            let tail_lower = lower.get(2..).unwrap_or_default();
            while let Some(word) = tail_lower.get(k) {
                let value = tail.get(k.saturating_add(1));
                match (*word, value) {
                    ("people", _) => {
                        k = k.saturating_add(1);
                        continue;
                    }
                    ("over", Some(time)) => over = time.parse().map_err(|_| bad())?,
                    ("nationality", Some(id)) => nationality = Some(id.to_string()),
                    _ => return Err(bad()),
                }
                k = k.saturating_add(2);
            }
            InjectEffect::Surge {
                entry: entry.to_string(),
                people,
                over,
                nationality,
            }
        }
        1 | 2 => {
            if rest.is_empty() {
                return Err(bad());
            }
            let country = rest.to_string();
            if form == 1 {
                InjectEffect::CloseBorder { country }
            } else {
                InjectEffect::OpenBorder { country }
            }
        }
        3 => InjectEffect::CloseBcp { bcp: one_id()? },
        4 => InjectEffect::OpenBcp { bcp: one_id()? },
        5 => {
            let [site, beds, ..] = words.as_slice() else {
                return Err(bad());
            };
            let beds_lost = number(beds).ok_or_else(bad)?;
            let tail_lower = lower.get(2..).unwrap_or_default();
            let (disease_case, before) = match tail_lower {
                [before @ .., "disease", "case"] | [before @ .., "disease"] => (true, before),
                before => (false, before),
            };
            if !matches!(before, [] | ["beds"] | ["beds", "lost"] | ["lost"]) {
                return Err(bad());
            }
            InjectEffect::SiteIncident {
                site: site.to_string(),
                beds_lost,
                disease_case,
            }
        }
        6 => {
            let (language, interpreters) = id_and_count()?;
            InjectEffect::InterpreterShortage {
                language,
                interpreters,
            }
        }
        7 => {
            let (bcp, officers) = id_and_count()?;
            InjectEffect::OfficerShortage { bcp, officers }
        }
        8 => {
            let (fleet, buses) = id_and_count()?;
            InjectEffect::TransportBreakdown { fleet, buses }
        }
        _ => {
            // message: [from] SENDER to INSTITUTIONS: TEXT
            let (head, said) = rest.split_once(':').ok_or_else(bad)?;
            let head = head.trim();
            let head = match head.get(..5) {
                Some(from) if from.eq_ignore_ascii_case("from ") => &head[5..],
                _ => head,
            };
            let (from, to) = head
                .rsplit_once(" to ")
                .or_else(|| head.strip_prefix("to ").map(|to| ("", to)))
                .ok_or_else(bad)?;
            let to: Vec<String> = list_items(to).map(str::to_string).collect();
            let said = said.trim();
            if to.is_empty() || said.is_empty() {
                return Err(bad());
            }
            InjectEffect::Message {
                from: from.trim().to_string(),
                to,
                text: said.to_string(),
            }
        }
    };
    match effect_out_of_range(&effect) {
        Some(range) => Err(EffectWordsError::OutOfRange(range)),
        None => Ok(effect),
    }
}

/// Whether a cell holds an effect in the RON form (`Surge(...)`) rather than keywords: a
/// parenthesis comes before any colon.
pub fn is_ron_effect(text: &str) -> bool {
    match (text.find('('), text.find(':')) {
        (Some(paren), Some(colon)) => paren < colon,
        (Some(_), None) => true,
        (None, _) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_kind() -> Vec<InjectEffect> {
        vec![
            InjectEffect::Surge {
                entry: "idomeni".into(),
                people: 1500,
                over: SimTime::hours(2),
                nationality: Some("syria".into()),
            },
            InjectEffect::CloseBorder {
                country: "North Macedonia".into(),
            },
            InjectEffect::OpenBorder {
                country: "Greece".into(),
            },
            InjectEffect::CloseBcp {
                bcp: "vermice".into(),
            },
            InjectEffect::OpenBcp {
                bcp: "vermice".into(),
            },
            InjectEffect::SiteIncident {
                site: "magura".into(),
                beds_lost: 40,
                disease_case: true,
            },
            InjectEffect::InterpreterShortage {
                language: "ps".into(),
                interpreters: 1,
            },
            InjectEffect::OfficerShortage {
                bcp: "vermice".into(),
                officers: 2,
            },
            InjectEffect::TransportBreakdown {
                fleet: "kp_buses".into(),
                buses: 2,
            },
            InjectEffect::Message {
                from: "Radio Television of Kosovo".into(),
                to: vec!["mia".into(), "police".into()],
                text: "Queues at the crossing: footage on the evening news".into(),
            },
        ]
    }

    #[test]
    fn every_effect_reads_back_from_its_words() {
        let effects = every_kind();
        let kinds: Vec<usize> = effects.iter().map(form_of).collect();
        assert_eq!(kinds, (0..FORMS.len()).collect::<Vec<_>>());
        for effect in effects {
            let words = effect_words(&effect);
            assert_eq!(parse_effect_words(&words), Ok(effect), "{words}");
        }
    }

    #[test]
    fn every_example_reads() {
        for form in FORMS {
            let effect = parse_effect_words(form.example).expect(form.example);
            assert_eq!(FORMS[form_of(&effect)].keyword, form.keyword);
        }
    }

    #[test]
    fn keywords_read_in_any_case_and_spelling() {
        assert_eq!(
            parse_effect_words("Interpreter_Shortage: ps 1"),
            parse_effect_words("interpreter shortage: ps 1")
        );
        assert_eq!(
            parse_effect_words("surge: idomeni 1500"),
            Ok(InjectEffect::Surge {
                entry: "idomeni".into(),
                people: 1500,
                over: SimTime::ZERO,
                nationality: None,
            })
        );
        assert!(is_ron_effect(
            "Surge(entry: \"x\", people: 1, over: \"1h\")"
        ));
        assert!(!is_ron_effect("message: from A to b: see (page 2)"));
    }
}
