//! Translations of a scenario's own texts — the names of places and institutions and the
//! synopses of injects — written beside each text as a block per language
//! (`names: { "sq": "…", "sr": "…" }`) and read in the reader's language, falling back to the
//! text as written. Serbian in Cyrillic is the Serbian text transliterated, as the catalogue's.

use std::collections::BTreeMap;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use crate::i18n::Lang;

use super::model::Scenario;

/// A language a scenario's text may be translated into: the catalogue's (Serbian written in
/// Latin; its Cyrillic is made from it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TextLang {
    /// English.
    En,
    /// Albanian.
    Sq,
    /// Serbian, Latin script.
    Sr,
}

/// The codes a translation block's keys are written with.
const CODES: &[&str] = &["en", "sq", "sr"];

impl TextLang {
    /// The code it is written with in a scenario (`"sq"`).
    pub fn code(self) -> &'static str {
        match self {
            TextLang::En => "en",
            TextLang::Sq => "sq",
            TextLang::Sr => "sr",
        }
    }

    /// The translation a reader of `lang` reads (Serbian in Cyrillic reads the Serbian text).
    pub fn of(lang: Lang) -> TextLang {
        match lang {
            Lang::En | Lang::Pseudo => TextLang::En,
            Lang::Sq => TextLang::Sq,
            Lang::Sr | Lang::SrCyrl => TextLang::Sr,
        }
    }
}

impl Serialize for TextLang {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for TextLang {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Code;
        impl Visitor<'_> for Code {
            type Value = TextLang;

            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a language code: \"en\", \"sq\" or \"sr\"")
            }

            fn visit_str<E: de::Error>(self, code: &str) -> Result<TextLang, E> {
                match code {
                    "en" => Ok(TextLang::En),
                    "sq" => Ok(TextLang::Sq),
                    "sr" | "sr-Latn" => Ok(TextLang::Sr),
                    // Among them the Cyrillic ("sr-Cyrl"): it is made from the "sr" text.
                    other => Err(E::unknown_variant(other, CODES)),
                }
            }
        }
        deserializer.deserialize_str(Code)
    }
}

/// A text's translations, by language.
pub type Translations = BTreeMap<TextLang, String>;

/// `text` as a reader of `lang` reads it: its translation into that language if it has one
/// (transliterated for Serbian in Cyrillic), else as written.
pub fn translated(text: &str, translations: &Translations, lang: Lang) -> String {
    match translations.get(&TextLang::of(lang)) {
        Some(translation) if !translation.trim().is_empty() => match lang {
            Lang::SrCyrl => crate::i18n::transliterate(translation).into_owned(),
            Lang::En | Lang::Sq | Lang::Sr | Lang::Pseudo => translation.clone(),
        },
        _ => text.to_string(),
    }
}

impl Scenario {
    /// The scenario as a reader of `lang` reads it: its places' and institutions' names and
    /// its injects' synopses and expected actions in that language where the scenario translates them, the rest as
    /// written. Ids, numbers and everything the engine runs on are unchanged, so a journal
    /// replays on it to the same digests.
    pub fn in_language(&self, lang: Lang) -> Scenario {
        let mut out = self.clone();
        for place in &mut out.locations {
            if !place.names.is_empty() {
                let written = place.label().to_string();
                place.name = translated(&written, &place.names, lang);
            }
        }
        for institution in &mut out.institutions {
            institution.name = translated(&institution.name, &institution.names, lang);
        }
        for inject in &mut out.msel {
            inject.synopsis = translated(&inject.synopsis, &inject.synopses, lang);
            inject.expected_action =
                translated(&inject.expected_action, &inject.expected_actions, lang);
        }
        out
    }
}

/// An inject's text as a reader reads it: `shown`, its synopsis in the reader's language,
/// with the live values the engine filled into `written` (its synopsis as written) when it
/// delivered it as `filled`. Where the synopsis is not translated, or the values cannot be
/// carried over, the delivered text itself.
pub fn inject_words(written: &str, shown: &str, filled: &str) -> String {
    if written == shown {
        filled.to_string()
    } else if filled == written {
        // Not delivered yet, or quoting no live value.
        shown.to_string()
    } else {
        refill(written, filled, shown).unwrap_or_else(|| filled.to_string())
    }
}

/// `translation` with the live values `filled` shows in place of `written`'s placeholders;
/// nothing when `filled` is not `written` filled in, or the translation quotes a value
/// `written` does not.
fn refill(written: &str, filled: &str, translation: &str) -> Option<String> {
    use super::inject_text::{Piece, parse};
    let mut values = Vec::new();
    let mut rest = filled;
    for piece in parse(written).ok()? {
        match piece {
            Piece::Text(words) => rest = rest.strip_prefix(words.as_str())?,
            Piece::Quote(quote) => {
                let end = number_end(rest);
                if end == 0 {
                    return None;
                }
                let (value, after) = rest.split_at(end);
                values.push((quote, value));
                rest = after;
            }
        }
    }
    if !rest.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(translation.len());
    for piece in parse(translation).ok()? {
        match piece {
            Piece::Text(words) => out.push_str(&words),
            Piece::Quote(quote) => out.push_str(values.iter().find(|(q, _)| *q == quote)?.1),
        }
    }
    Some(out)
}

/// The length of the number `text` starts with: digits, and a separator (`2,416`, `2 416`)
/// between two of them.
fn number_end(text: &str) -> usize {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut end = 0;
    for (k, &(i, c)) in chars.iter().enumerate() {
        let between_digits = matches!(c, ',' | '.' | ' ' | '\u{a0}' | '\u{202f}')
            && end > 0
            && chars
                .get(k.saturating_add(1))
                .is_some_and(|(_, next)| next.is_ascii_digit());
        if c.is_ascii_digit() {
            end = i.saturating_add(c.len_utf8());
        } else if !between_digits {
            break;
        }
    }
    end
}

#[cfg(test)]
mod tests {
    use super::inject_words;

    #[test]
    fn a_translation_carries_the_values_its_synopsis_was_delivered_with() {
        let written = "Queue at {queue:vermice}; {outdoors} outside.";
        let shown = "{outdoors} jashtë; radha në {queue:vermice}.";
        assert_eq!(
            inject_words(written, shown, "Queue at 1,250; 40 outside."),
            "40 jashtë; radha në 1,250."
        );
        // Not delivered yet: the translation as written.
        assert_eq!(inject_words(written, shown, written), shown);
        // Untranslated: as delivered.
        assert_eq!(
            inject_words(written, written, "Queue at 3; 0 outside."),
            "Queue at 3; 0 outside."
        );
        // Values that cannot be told apart: as delivered.
        assert_eq!(
            inject_words(written, shown, "something else"),
            "something else"
        );
    }
}
