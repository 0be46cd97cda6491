//! The scenario text as miette reads it for the excerpt under a problem.
//!
//! miette counts the column of its `[file:line:col]` header in bytes, so on a line with
//! `Ë` or `–` before the problem the header would disagree with the column the problem
//! itself reports (in characters, as editors count). This wrapper gives miette the column
//! in characters; everything else is miette's own reading of the text.
//!
//! A line too long to show (a minified one-line scenario or journal) is shown as a clipped
//! window around the problem: miette cannot indent a caret past column 65,535, and nobody
//! reads an 80 KB line in a terminal anyway.

use std::sync::Arc;

use miette::{MietteError, MietteSpanContents, SourceCode, SourceSpan, SpanContents};

/// A named scenario text whose spans report their column in characters.
#[derive(Debug, Clone)]
pub struct Excerpt {
    name: String,
    text: Arc<String>,
}

impl Excerpt {
    pub(crate) fn new(name: String, text: Arc<String>) -> Self {
        Excerpt { name, text }
    }

    /// Characters between the start of the span's line and the span, if the byte column
    /// miette found lands on a character boundary.
    fn char_column(&self, offset: usize, byte_column: usize) -> Option<usize> {
        let start = offset.checked_sub(byte_column)?;
        Some(self.text.get(start..offset)?.chars().count())
    }
}

/// A line longer than this (in bytes) is clipped around the problem.
const LONG_LINE: usize = 200;
/// Characters kept on either side of the problem on a clipped line.
const AROUND: usize = 60;

impl Excerpt {
    /// The window of a long line around `span`, or None when the line is short enough to
    /// show whole.
    fn clipped<'a>(
        &'a self,
        span: &SourceSpan,
        context: bool,
    ) -> Option<Box<dyn SpanContents<'a> + 'a>> {
        let text = self.text.as_str();
        let offset = floor_boundary(text, span.offset().min(text.len()));
        let line_start = text[..offset]
            .rfind('\n')
            .map_or(0, |i| i.saturating_add(1));
        let line_end = text[offset..]
            .find('\n')
            .map_or(text.len(), |i| offset.saturating_add(i));
        if line_end.saturating_sub(line_start) <= LONG_LINE {
            return None;
        }
        let end = floor_boundary(text, offset.saturating_add(span.len()).min(line_end));
        let from = if context {
            text[line_start..offset]
                .char_indices()
                .rev()
                .nth(AROUND - 1)
                .map_or(line_start, |(i, _)| line_start.saturating_add(i))
        } else {
            offset
        };
        let to = text[end..line_end]
            .char_indices()
            .nth(AROUND)
            .map_or(line_end, |(i, _)| end.saturating_add(i));
        let line = text[..line_start].matches('\n').count();
        let column = text[line_start..from].chars().count();
        Some(Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            &text.as_bytes()[from..to],
            SourceSpan::new(from.into(), to.saturating_sub(from)),
            line,
            column,
            1,
        )))
    }
}

/// The nearest character boundary at or before `index`.
fn floor_boundary(text: &str, mut index: usize) -> usize {
    while !text.is_char_boundary(index) {
        index = index.saturating_sub(1);
    }
    index
}

impl SourceCode for Excerpt {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let context = context_lines_before > 0 || context_lines_after > 0;
        if let Some(window) = self.clipped(span, context) {
            return Ok(window);
        }
        let inner =
            self.text
                .as_str()
                .read_span(span, context_lines_before, context_lines_after)?;
        let column = self
            .char_column(span.offset(), inner.column())
            .unwrap_or(inner.column());
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            inner.data(),
            *inner.span(),
            inner.line(),
            column,
            inner.line_count(),
        )))
    }
}
