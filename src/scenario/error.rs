//! Scenario errors: each problem located in the file, with what was expected and a hint.

use miette::{Diagnostic, LabeledSpan, SourceOffset, SourceSpan};

use crate::i18n::{InLang, Lang, Localized, Text};
use crate::tr;

use super::excerpt::Excerpt;
use super::load::Source;
use super::locate::{Step, locate};

/// Words of a problem: a message of the catalogue, or a text that comes as it is (what the
/// RON parser says of the file, which stays in its own words).
#[derive(Debug, Clone)]
pub enum Words {
    /// A message of the catalogue, put into the reader's language.
    Said(Text),
    /// Shown as it is, in every language.
    AsIs(String),
}

impl Words {
    /// The words as a message of the catalogue (text as it is goes in whole).
    fn text(&self) -> Text {
        match self {
            Words::Said(text) => text.clone(),
            Words::AsIs(text) => Text::new("plain-text").id("text", text.as_str()),
        }
    }

    fn localized(&self, lang: Lang) -> String {
        match self {
            Words::Said(text) => text.localized(lang),
            Words::AsIs(text) => text.clone(),
        }
    }
}

impl From<Text> for Words {
    fn from(text: Text) -> Self {
        Words::Said(text)
    }
}

impl From<String> for Words {
    fn from(text: String) -> Self {
        Words::AsIs(text)
    }
}

impl From<&String> for Words {
    fn from(text: &String) -> Self {
        Words::AsIs(text.clone())
    }
}

impl From<&str> for Words {
    fn from(text: &str) -> Self {
        Words::AsIs(text.to_string())
    }
}

/// One problem in a scenario file.
#[derive(Debug, Clone, thiserror::Error, Diagnostic)]
#[error("{message}")]
pub struct Problem {
    /// What is wrong, in English.
    pub message: String,
    /// 1-based line of the problem.
    pub line: usize,
    /// 1-based column of the problem.
    pub column: usize,
    #[source_code]
    src: Excerpt,
    #[label(collection)]
    labels: Vec<LabeledSpan>,
    #[help]
    hint: Option<String>,
    said: Words,
    said_hint: Option<Words>,
    said_label: Words,
}

impl Problem {
    /// A problem at the place `path` leads to in the source.
    pub fn at(source: &Source, path: &[Step<'_>], message: impl Into<Words>) -> Self {
        let span = locate(&source.text, path);
        Self::spanned(
            source,
            span,
            message.into(),
            Text::new("scenario-here").into(),
        )
    }

    /// A problem at `needle` inside the value `path` leads to (a placeholder in an inject's
    /// text); at the value itself when the needle is not found there as written.
    pub fn within(
        source: &Source,
        path: &[Step<'_>],
        needle: &str,
        message: impl Into<Words>,
    ) -> Self {
        let value = locate(&source.text, path);
        let from = value.offset();
        let found = source
            .text
            .get(from..)
            .and_then(|rest| rest.find(needle))
            .and_then(|i| from.checked_add(i));
        let span = match found {
            Some(at) => SourceSpan::new(at.into(), needle.len().max(1)),
            None => value,
        };
        Self::spanned(
            source,
            span,
            message.into(),
            Text::new("scenario-here").into(),
        )
    }

    fn spanned(source: &Source, span: SourceSpan, message: Words, label: Words) -> Self {
        let (line, column) = line_col(&source.text, span.offset());
        Problem {
            message: message.localized(Lang::En),
            line,
            column,
            src: source.named(),
            labels: vec![LabeledSpan::new_with_span(
                Some(label.localized(Lang::En)),
                span,
            )],
            hint: None,
            said: message,
            said_hint: None,
            said_label: label,
        }
    }

    /// Adds a hint saying how to fix it.
    pub fn hint(mut self, hint: impl Into<Words>) -> Self {
        let hint = hint.into();
        self.hint = Some(hint.localized(Lang::En));
        self.said_hint = Some(hint);
        self
    }

    /// Replaces the label under the caret.
    pub fn label(mut self, label: impl Into<Words>) -> Self {
        let label = label.into();
        if let Some(first) = self.labels.first_mut() {
            *first = LabeledSpan::new_with_span(Some(label.localized(Lang::En)), *first.inner());
        }
        self.said_label = label;
        self
    }

    /// A RON syntax or type error, at the position RON reports.
    pub fn from_ron(source: &Source, err: &ron::error::SpannedError) -> Self {
        let start = err.span.start;
        let offset = SourceOffset::from_location(source.text.as_str(), start.line, start.col);
        let (offset, label) = match err.code {
            // RON notices a missing comma at the next item: the comma belongs at the end of
            // the line before.
            ron::Error::ExpectedComma => (
                super::ron_words::comma_place(&source.text, offset.offset()),
                Text::new("scenario-ron-comma-here"),
            ),
            _ => (offset.offset(), Text::new("scenario-here")),
        };
        let span = SourceSpan::new(offset.into(), 1);
        let words = super::ron_words::ron_words(&err.code);
        let message = Text::new("scenario-invalid-file").text("reason", words);
        Self::spanned(source, span, message.into(), label.into()).hint(ron_hint(&err.code))
    }

    /// The message as data, to be put into a reader's language where it is shown.
    pub fn said(&self) -> Text {
        self.said.text()
    }

    /// The hint as data, if any.
    pub fn said_hint(&self) -> Option<Text> {
        self.said_hint.as_ref().map(Words::text)
    }

    /// The hint, if any.
    pub fn hint_text(&self) -> Option<&str> {
        self.hint.as_deref()
    }
}

impl Localized for Problem {
    fn localized(&self, lang: Lang) -> String {
        self.said.localized(lang)
    }

    fn localized_help(&self, lang: Lang) -> Option<String> {
        self.said_hint.as_ref().map(|hint| hint.localized(lang))
    }

    fn localized_label(&self, lang: Lang) -> Option<String> {
        Some(self.said_label.localized(lang))
    }
}

fn ron_hint(code: &ron::Error) -> Text {
    use ron::Error as E;
    let names = |names: &[&str]| names.iter().map(|n| n.to_string()).collect::<Vec<_>>();
    match code {
        E::NoSuchStructField { expected, .. } => {
            Text::new("scenario-hint-fields").list("fields", &names(expected))
        }
        E::NoSuchEnumVariant { expected, .. } => {
            Text::new("scenario-hint-variants").list("variants", &names(expected))
        }
        E::MissingStructField { field, .. } => {
            Text::new("scenario-hint-missing-field").id("field", *field)
        }
        E::DuplicateStructField { field, .. } => {
            Text::new("scenario-hint-duplicate-field").id("field", *field)
        }
        E::ExpectedString | E::ExpectedStringEnd => Text::new("scenario-hint-quotes"),
        _ => Text::new("scenario-hint-docs"),
    }
}

/// 1-based line and column of a byte offset (column in characters).
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..offset];
    // Counts and positions within the text stay below its length (< isize::MAX).
    let line = before.matches('\n').count().saturating_add(1);
    let line_start = before.rfind('\n').map_or(0, |i| i.saturating_add(1));
    (line, before[line_start..].chars().count().saturating_add(1))
}

/// A scenario that could not be loaded: every problem found.
#[derive(Debug, thiserror::Error, Diagnostic)]
#[error("{}", self.localized(Lang::En))]
pub struct ScenarioError {
    /// The file name.
    pub name: String,
    /// The problems, in file order.
    #[related]
    pub problems: Vec<Problem>,
}

impl ScenarioError {
    pub(crate) fn new(source: &Source, mut problems: Vec<Problem>) -> Self {
        problems.sort_by_key(|p| (p.line, p.column));
        ScenarioError {
            name: source.name.clone(),
            problems,
        }
    }
}

impl Localized for ScenarioError {
    fn localized(&self, lang: Lang) -> String {
        tr!(
            lang,
            "scenario-problems",
            name = self.name.as_str(),
            count = self.problems.len()
        )
    }

    fn localized_related(&self, lang: Lang) -> Vec<Box<dyn Diagnostic + Send + Sync>> {
        self.problems
            .iter()
            .map(|p| Box::new(InLang::new(p.clone(), lang)) as Box<dyn Diagnostic + Send + Sync>)
            .collect()
    }
}
