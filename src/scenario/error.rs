//! Scenario errors: each problem located in the file, with what was expected and a hint.

use miette::{Diagnostic, LabeledSpan, SourceOffset, SourceSpan};

use super::excerpt::Excerpt;
use super::load::Source;
use super::locate::{Step, locate};

/// One problem in a scenario file.
#[derive(Debug, Clone, thiserror::Error, Diagnostic)]
#[error("{message}")]
pub struct Problem {
    /// What is wrong.
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
}

impl Problem {
    /// A problem at the place `path` leads to in the source.
    pub fn at(source: &Source, path: &[Step<'_>], message: impl Into<String>) -> Self {
        let span = locate(&source.text, path);
        Self::spanned(source, span, message.into(), "here")
    }

    /// A problem at `needle` inside the value `path` leads to (a placeholder in an inject's
    /// text); at the value itself when the needle is not found there as written.
    pub fn within(
        source: &Source,
        path: &[Step<'_>],
        needle: &str,
        message: impl Into<String>,
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
        Self::spanned(source, span, message.into(), "here")
    }

    fn spanned(source: &Source, span: SourceSpan, message: String, label: &str) -> Self {
        let (line, column) = line_col(&source.text, span.offset());
        Problem {
            message,
            line,
            column,
            src: source.named(),
            labels: vec![LabeledSpan::new_with_span(Some(label.to_string()), span)],
            hint: None,
        }
    }

    /// Adds a hint saying how to fix it.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Replaces the label under the caret.
    pub fn label(mut self, label: impl Into<String>) -> Self {
        if let Some(first) = self.labels.first_mut() {
            *first = LabeledSpan::new_with_span(Some(label.into()), *first.inner());
        }
        self
    }

    /// A RON syntax or type error, at the position RON reports.
    pub fn from_ron(source: &Source, err: &ron::error::SpannedError) -> Self {
        let start = err.span.start;
        let offset = SourceOffset::from_location(source.text.as_str(), start.line, start.col);
        let span = SourceSpan::new(offset, 1);
        let message = format!("invalid scenario file: {}", err.code);
        Self::spanned(source, span, message, &err.code.to_string()).hint(ron_hint(&err.code))
    }

    /// The hint, if any.
    pub fn hint_text(&self) -> Option<&str> {
        self.hint.as_deref()
    }
}

fn ron_hint(code: &ron::Error) -> String {
    use ron::Error as E;
    match code {
        E::NoSuchStructField { expected, .. } => {
            format!("the fields allowed here are: {}", expected.join(", "))
        }
        E::NoSuchEnumVariant { expected, .. } => format!("write one of: {}", expected.join(", ")),
        E::MissingStructField { field, .. } => format!("add `{field}: ...` here"),
        E::DuplicateStructField { field, .. } => format!("keep one `{field}`"),
        E::ExpectedString | E::ExpectedStringEnd => {
            "strings are written in double quotes: \"...\"".into()
        }
        _ => {
            "see docs/scenario-format.md, or scenarios/tutorial.ron for a commented example".into()
        }
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
#[error("{name}: {} problem{} in the scenario", problems.len(), if problems.len() == 1 { "" } else { "s" })]
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
