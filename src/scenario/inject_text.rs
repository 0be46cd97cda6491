//! Live values in an inject's text: `{queue:vermice}` in a synopsis is replaced, when the
//! inject is delivered, by the number of people waiting at Vërmicë at that moment, so the
//! message a table hears agrees with the numbers on the projector.
//!
//! A placeholder is `{name}` or `{name:id}`; `{{` and `}}` stand for literal braces. The
//! names are listed in [`PLACEHOLDERS`] and in docs/scenario-format.md.

use std::fmt;

use super::id_kind::IdKind;
use super::model::{LocationKind, Scenario};
use crate::i18n::Text;

/// One live value an inject's text may quote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Quote {
    /// People waiting at a BCP (or registration point).
    Queue(String),
    /// Lanes (officers or desks) working at a BCP.
    Lanes(String),
    /// Beds taken at a reception site, or at every open site when `None`.
    Occupied(Option<String>),
    /// Beds usable at a reception site, or at every open site when `None`.
    Beds(Option<String>),
    /// Percent of a reception site's usable beds taken, rounded.
    Occupancy(String),
    /// People waiting outdoors for a place.
    Outdoors,
    /// People in the country (arrived and not yet left).
    InCountry,
    /// Arrivals since the start of the exercise.
    Arrivals,
}

/// A piece of an inject's text: words as written, or a live value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// Text as written (braces unescaped).
    Text(String),
    /// A value read from the simulation at delivery.
    Quote(Quote),
}

/// The placeholders an inject's text may use, as they are written.
pub const PLACEHOLDERS: &str = "{queue:<bcp>}, {lanes:<bcp>}, {occupied:<site>}, {beds:<site>}, {occupancy:<site>}, {occupied}, {beds}, {outdoors}, {in_country}, {arrivals}";

/// A placeholder that does not read or names nothing the scenario has.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct TextError {
    /// Byte offset of the placeholder (or brace) in the text.
    pub offset: usize,
    /// The placeholder as written, e.g. `{queue:nowhere}`.
    pub written: String,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub hint: String,
    /// The message and the hint from the catalogue, when they are there.
    pub said: Option<Box<(Text, Text)>>,
}

impl TextError {
    /// A problem at `offset` of the placeholder `written`, with its message and hint from the
    /// catalogue.
    fn said(offset: usize, written: String, message: Text, hint: Text) -> TextError {
        TextError {
            offset,
            written,
            message: message.english(),
            hint: hint.english(),
            said: Some(Box::new((message, hint))),
        }
    }
}

impl fmt::Display for Quote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Quote::Queue(id) => write!(f, "{{queue:{id}}}"),
            Quote::Lanes(id) => write!(f, "{{lanes:{id}}}"),
            Quote::Occupied(Some(id)) => write!(f, "{{occupied:{id}}}"),
            Quote::Occupied(None) => write!(f, "{{occupied}}"),
            Quote::Beds(Some(id)) => write!(f, "{{beds:{id}}}"),
            Quote::Beds(None) => write!(f, "{{beds}}"),
            Quote::Occupancy(id) => write!(f, "{{occupancy:{id}}}"),
            Quote::Outdoors => write!(f, "{{outdoors}}"),
            Quote::InCountry => write!(f, "{{in_country}}"),
            Quote::Arrivals => write!(f, "{{arrivals}}"),
        }
    }
}

/// Splits `text` into words and placeholders; the first placeholder that does not read is
/// an error. Ids are not checked here (see [`check`]).
pub fn parse(text: &str) -> Result<Vec<Piece>, TextError> {
    let mut pieces = Vec::new();
    let mut plain = String::new();
    let mut rest = text.char_indices().peekable();
    while let Some((at, c)) = rest.next() {
        match c {
            '{' if rest.peek().is_some_and(|&(_, n)| n == '{') => {
                rest.next();
                plain.push('{');
            }
            '}' if rest.peek().is_some_and(|&(_, n)| n == '}') => {
                rest.next();
                plain.push('}');
            }
            '}' => {
                return Err(TextError::said(
                    at,
                    "}".into(),
                    Text::new("scenario-text-stray-close"),
                    Text::new("scenario-text-stray-close-hint"),
                ));
            }
            '{' => {
                let inner_start = at.saturating_add(1);
                let Some(len) = text.get(inner_start..).and_then(|t| t.find('}')) else {
                    return Err(TextError::said(
                        at,
                        text.get(at..).unwrap_or_default().to_string(),
                        Text::new("scenario-text-unclosed"),
                        Text::new("scenario-text-unclosed-hint").id("placeholders", PLACEHOLDERS),
                    ));
                };
                let inner_end = inner_start.saturating_add(len);
                let inner = text.get(inner_start..inner_end).unwrap_or_default();
                let written = format!("{{{inner}}}");
                let quote = quote(inner).map_err(|message| {
                    let hint =
                        Text::new("scenario-text-placeholders").id("placeholders", PLACEHOLDERS);
                    TextError::said(at, written.clone(), message, hint)
                })?;
                while rest.peek().is_some_and(|&(i, _)| i <= inner_end) {
                    rest.next();
                }
                if !plain.is_empty() {
                    pieces.push(Piece::Text(std::mem::take(&mut plain)));
                }
                pieces.push(Piece::Quote(quote));
            }
            c => plain.push(c),
        }
    }
    if !plain.is_empty() {
        pieces.push(Piece::Text(plain));
    }
    Ok(pieces)
}

fn quote(inner: &str) -> Result<Quote, Text> {
    let (name, id) = match inner.split_once(':') {
        Some((name, id)) => (name.trim(), Some(id.trim().to_string())),
        None => (inner.trim(), None),
    };
    let needs_id = |make: fn(String) -> Quote| match &id {
        Some(id) if !id.is_empty() => Ok(make(id.clone())),
        Some(_) | None => Err(Text::new("scenario-text-needs-id").id("name", name)),
    };
    let no_id = |quote: Quote| match &id {
        None => Ok(quote),
        Some(_) => Err(Text::new("scenario-text-no-id").id("name", name)),
    };
    match name {
        "queue" => needs_id(Quote::Queue),
        "lanes" => needs_id(Quote::Lanes),
        "occupancy" => needs_id(Quote::Occupancy),
        "occupied" => Ok(Quote::Occupied(id.filter(|i| !i.is_empty()))),
        "beds" => Ok(Quote::Beds(id.filter(|i| !i.is_empty()))),
        "outdoors" => no_id(Quote::Outdoors),
        "in_country" => no_id(Quote::InCountry),
        "arrivals" => no_id(Quote::Arrivals),
        _ => Err(Text::new("scenario-text-unknown-placeholder").id("inner", inner)),
    }
}

/// Every problem of the placeholders in `text`: one that does not read, or an id that names
/// no BCP or reception site of `scenario`.
pub fn check(text: &str, scenario: &Scenario) -> Vec<TextError> {
    let pieces = match parse(text) {
        Ok(pieces) => pieces,
        Err(e) => return vec![e],
    };
    let ids = |bcp: bool| -> Vec<String> {
        let kind = |k: &LocationKind| match k {
            LocationKind::Bcp { .. } => bcp,
            LocationKind::Reception { .. } => !bcp,
            LocationKind::Entry { .. }
            | LocationKind::GreenBorder { .. }
            | LocationKind::Registration { .. }
            | LocationKind::Transit { .. }
            | LocationKind::Hospital { .. }
            | LocationKind::Exit { .. } => false,
        };
        let places = scenario.locations.iter().filter(|l| kind(&l.kind));
        places.map(|l| l.id.clone()).collect()
    };
    let mut problems = Vec::new();
    for piece in pieces {
        let Piece::Quote(quote) = piece else { continue };
        let named = match &quote {
            Quote::Queue(id) | Quote::Lanes(id) => Some((id.clone(), IdKind::Bcp, ids(true))),
            Quote::Occupancy(id) | Quote::Occupied(Some(id)) | Quote::Beds(Some(id)) => {
                Some((id.clone(), IdKind::ReceptionSite, ids(false)))
            }
            Quote::Occupied(None)
            | Quote::Beds(None)
            | Quote::Outdoors
            | Quote::InCountry
            | Quote::Arrivals => None,
        };
        if let Some((id, what, known)) = named
            && !known.contains(&id)
        {
            let written = quote.to_string();
            let message = Text::new("scenario-text-unknown")
                .text("what", Text::new(what.key()))
                .id("id", id.as_str())
                .id("written", written.as_str());
            let hint = Text::new("scenario-known").list("ids", &known);
            let offset = text.find(&written).unwrap_or_default();
            problems.push(TextError::said(offset, written, message, hint));
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_values_alternate() {
        let pieces = parse("Backlog {queue:vermice} people, {{not a value}}.").unwrap();
        assert_eq!(
            pieces,
            vec![
                Piece::Text("Backlog ".into()),
                Piece::Quote(Quote::Queue("vermice".into())),
                Piece::Text(" people, {not a value}.".into()),
            ]
        );
    }

    #[test]
    fn an_unknown_name_says_where_it_is() {
        let e = parse("ok {weather} here").unwrap_err();
        assert_eq!((e.offset, e.written.as_str()), (3, "{weather}"));
    }

    #[test]
    fn an_unclosed_brace_is_an_error() {
        assert!(parse("queue {queue:vermice").is_err());
        assert!(parse("a } alone").is_err());
    }
}
