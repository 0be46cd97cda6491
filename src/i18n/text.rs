//! A message kept as data: a catalogue key and its arguments, rendered in the reader's
//! language only when a front end shows it. The coordination model writes its gaps,
//! requests and decisions this way, so the same gap reads in English, Albanian or Serbian,
//! the state digest hashes the key and the arguments (never prose), and JSON and CSV carry
//! the English rendering.

use std::borrow::Cow;

use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::catalogue::{Arg, tr};
use super::{Lang, Localized};

/// A message of the catalogue with its arguments, not yet put into words.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Text {
    key: &'static str,
    args: Vec<(&'static str, Value)>,
}

/// One argument of a [`Text`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Value {
    /// Put in as it is: an id, a time (`T+6h`), a duration.
    Id(String),
    /// A count (messages choose their plural forms by it).
    Count(u64),
    /// Another message, rendered in the same language.
    Text(Text),
    /// Ids in a list: `a, b, c` or, with `and`, `a, b and c` in the reader's language.
    List {
        /// The ids.
        items: Vec<String>,
        /// Whether the last two are joined by the language's "and".
        and: bool,
    },
    /// A measured figure, written plainly (`12500`, `87.5`): a person reads it with the
    /// thousands grouped and the decimal mark of their language, a file as it is.
    Number(String),
}

// Digest scheme 3 hashes a figure as the plain text it was put in as before figures were
// kept apart (`Id`), so exercises keep their digests; the other arms hash as a derived
// `Hash` does (the variant's index, then its fields).
impl std::hash::Hash for Value {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        match self {
            Value::Id(s) | Value::Number(s) => {
                0isize.hash(h);
                s.hash(h);
            }
            Value::Count(n) => {
                1isize.hash(h);
                n.hash(h);
            }
            Value::Text(t) => {
                2isize.hash(h);
                t.hash(h);
            }
            Value::List { items, and } => {
                3isize.hash(h);
                items.hash(h);
                and.hash(h);
            }
        }
    }
}

impl Text {
    /// The message `key`, without arguments yet.
    pub fn new(key: &'static str) -> Text {
        Text {
            key,
            args: Vec::new(),
        }
    }

    /// Puts in an id, a time or a figure as it is.
    pub fn id(mut self, name: &'static str, value: impl Into<String>) -> Text {
        self.args.push((name, Value::Id(value.into())));
        self
    }

    /// Puts in a measured figure as Rust writes it (`12500`, `2.5`), to be grouped in the
    /// reader's language.
    pub fn number(mut self, name: &'static str, x: f64) -> Text {
        self.args.push((name, Value::Number(x.to_string())));
        self
    }

    /// Puts in a measured figure with `places` decimals, to be grouped in the reader's
    /// language.
    pub fn fixed(mut self, name: &'static str, x: f64, places: usize) -> Text {
        self.args
            .push((name, Value::Number(format!("{x:.places$}"))));
        self
    }

    /// Puts in a count.
    pub fn count(mut self, name: &'static str, n: impl Into<u64>) -> Text {
        self.args.push((name, Value::Count(n.into())));
        self
    }

    /// Puts in another message.
    pub fn text(mut self, name: &'static str, text: Text) -> Text {
        self.args.push((name, Value::Text(text)));
        self
    }

    /// Puts in a list of ids joined by commas.
    pub fn list(mut self, name: &'static str, items: &[String]) -> Text {
        let items = items.to_vec();
        self.args.push((name, Value::List { items, and: false }));
        self
    }

    /// Puts in a list of ids whose last two are joined by "and".
    pub fn list_and(mut self, name: &'static str, items: &[String]) -> Text {
        let items = items.to_vec();
        self.args.push((name, Value::List { items, and: true }));
        self
    }

    /// The catalogue key.
    pub fn key(&self) -> &'static str {
        self.key
    }

    /// The arguments, by name, in the order they were put in.
    pub fn args(&self) -> &[(&'static str, Value)] {
        &self.args
    }

    /// The English rendering, as JSON and CSV carry it (numbers never grouped).
    pub fn english(&self) -> String {
        self.render(None)
    }

    /// In `lang` for a person, or (None) in English for a file.
    fn render(&self, lang: Option<Lang>) -> String {
        let args: Vec<(&str, Arg<'_>)> = self
            .args
            .iter()
            .map(|(name, value)| (*name, value.render(lang)))
            .collect();
        match lang {
            Some(lang) => tr(lang, self.key, &args),
            None => super::catalogue::tr_plain(self.key, &args),
        }
    }
}

impl Value {
    fn render(&self, lang: Option<Lang>) -> Arg<'_> {
        match self {
            Value::Id(s) => Arg::Text(Cow::Borrowed(s)),
            Value::Number(plain) => match lang {
                Some(lang) => Arg::from(super::number::written(lang, plain)),
                None => Arg::Text(Cow::Borrowed(plain)),
            },
            Value::Count(n) => Arg::from(*n),
            Value::Text(t) => Arg::from(t.render(lang)),
            Value::List { items, and } => Arg::from(join(lang.unwrap_or_default(), items, *and)),
        }
    }
}

fn join(lang: Lang, items: &[String], and: bool) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [head @ .., last] if and => tr(
            lang,
            "list-and",
            &[
                ("head", Arg::from(head.join(", "))),
                ("last", Arg::from(last)),
            ],
        ),
        all => all.join(", "),
    }
}

impl Localized for Text {
    fn localized(&self, lang: Lang) -> String {
        self.render(Some(lang))
    }
}

// JSON and CSV carry the English rendering; a binary form (a checkpoint) carries the key and
// the arguments, to be read back as the same message.
impl Serialize for Text {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if s.is_human_readable() {
            return s.serialize_str(&self.english());
        }
        (self.key, &self.args).serialize(s)
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Text, D::Error> {
        let (key, args): (String, Vec<(String, Value)>) = Deserialize::deserialize(d)?;
        let key = static_name(&key, false)
            .ok_or_else(|| D::Error::custom(format!("no message `{key}` in the catalogue")))?;
        let args = args
            .into_iter()
            .map(|(name, value)| match static_name(&name, true) {
                Some(name) => Ok((name, value)),
                None => Err(D::Error::custom(format!(
                    "no argument `{name}` in the catalogue"
                ))),
            })
            .collect::<Result<_, _>>()?;
        Ok(Text { key, args })
    }
}

/// A message id (or, with `argument`, a variable `$name`) as the embedded catalogue spells
/// it: the same text with the `'static` lifetime a [`Text`] holds.
fn static_name(name: &str, argument: bool) -> Option<&'static str> {
    let word = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    if name.is_empty() || !name.chars().all(word) {
        return None;
    }
    // A message id starts a line; a variable follows its `$`.
    let lead = if argument { "$" } else { "\n" };
    [Lang::En, Lang::Sq, Lang::Sr].into_iter().find_map(|lang| {
        let source = super::catalogue::catalogue_source(lang);
        source.match_indices(lead).find_map(|(at, _)| {
            let start = at + lead.len();
            let found = source.get(start..start + name.len())?;
            let next = source[start + name.len()..].chars().next();
            let ends = if argument {
                next.is_none_or(|c| !word(c))
            } else {
                next == Some(' ') || next == Some('=')
            };
            (found == name && ends).then_some(found)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::Text;
    use crate::i18n::{Lang, Localized};

    #[test]
    fn a_list_joins_its_last_two_with_the_readers_and() {
        let claim = |ids: &[&str]| {
            let ids: Vec<String> = ids.iter().map(|s| s.to_string()).collect();
            Text::new("gap-function-held")
                .id("function", "chair")
                .list_and("holders", &ids)
        };
        assert_eq!(claim(&["mia"]).english(), "`chair` is held by mia");
        assert_eq!(
            claim(&["mia", "sc", "em"]).english(),
            "`chair` is held by mia, sc and em"
        );
        assert_eq!(
            claim(&["mia", "sc"]).localized(Lang::Sq),
            "`chair` e mban mia dhe sc"
        );
        assert_eq!(
            claim(&["mia", "sc"]).localized(Lang::Sr),
            "`chair` drži mia i sc"
        );
    }

    #[test]
    fn a_figure_is_grouped_in_the_readers_language_and_plain_in_a_file() {
        let reason = Text::new("request-reason-trigger")
            .id("phase", "alert")
            .text("metric", Text::new("metric-in-country"))
            .fixed("measured", 12_500.4, 0)
            .number("value", 10_000.0);
        assert!(reason.english().contains("12500"), "{}", reason.english());
        let sq = reason.localized(Lang::Sq);
        assert!(
            sq.contains("12\u{a0}500") && sq.contains("10\u{a0}000"),
            "{sq}"
        );
        let sr = reason.localized(Lang::Sr);
        assert!(sr.contains("12.500") && sr.contains("10.000"), "{sr}");
        let en = reason.localized(Lang::En);
        assert!(en.contains("12,500") && en.contains("10,000"), "{en}");
    }

    #[test]
    fn a_figure_hashes_as_the_plain_text_it_was_put_in_as() {
        use std::hash::{DefaultHasher, Hash, Hasher};
        let hash = |t: &Text| {
            let mut h = DefaultHasher::new();
            t.hash(&mut h);
            h.finish()
        };
        let id = Text::new("people-count").id("count", "12500");
        let figure = Text::new("people-count").fixed("count", 12_500.0, 0);
        assert_eq!(hash(&id), hash(&figure));
        assert_ne!(id, figure);
    }

    #[test]
    fn a_count_chooses_the_plural_and_a_nested_text_its_language() {
        let people = |n: u64| Text::new("people-count").count("count", n);
        let gap = |n| {
            Text::new("gap-night-evidence")
                .text("people", people(n))
                .id("at", "T+22h")
                .text("why", Text::new("gap-night-no-bed"))
        };
        assert_eq!(gap(1).english(), "1 person outdoors at T+22h (no free bed)");
        assert_eq!(
            gap(2_400).english(),
            "2400 people outdoors at T+22h (no free bed)"
        );
        assert_eq!(
            gap(3).localized(Lang::Sq),
            "3 persona jashtë në T+22h (asnjë shtrat i lirë)"
        );
        assert_eq!(people(3).localized(Lang::Sr), "3 osobe");
        assert_eq!(people(5).localized(Lang::Sr), "5 osoba");
    }
}
