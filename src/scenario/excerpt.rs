//! The scenario text as miette reads it for the excerpt under a problem.
//!
//! miette counts the column of its `[file:line:col]` header in bytes, so on a line with
//! `Ë` or `–` before the problem the header would disagree with the column the problem
//! itself reports (in characters, as editors count). This wrapper gives miette the column
//! in characters; everything else is miette's own reading of the text.

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

impl SourceCode for Excerpt {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
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
