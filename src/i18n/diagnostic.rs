//! A diagnostic shown in the reader's language: the message and the help from the catalogue,
//! the place in the file (source code, labels) from the error itself.

use std::fmt;

use miette::{Diagnostic, LabeledSpan, Severity, SourceCode};

use super::{Lang, Localized};

/// `error` as a person reading `lang` sees it: miette renders this instead of the error, so
/// its message and help come from the catalogue while the file excerpt and the carets stay.
///
/// ```
/// use fluxsim::i18n::{InLang, Lang};
/// use fluxsim::journal::JournalError;
///
/// let exists = JournalError::Exists { path: "a.journal".into() };
/// assert_eq!(InLang::new(exists, Lang::Sq).to_string(), "a.journal ekziston tashmë");
/// ```
pub struct InLang<E: ?Sized> {
    lang: Lang,
    related: Vec<Box<dyn Diagnostic + Send + Sync>>,
    error: Box<E>,
}

impl<E: Localized> InLang<E> {
    /// `error` for a reader of `lang`.
    pub fn new(error: E, lang: Lang) -> Self {
        InLang::boxed(Box::new(error), lang)
    }
}

impl<E: Localized + ?Sized> InLang<E> {
    /// A boxed `error` (a trait object) for a reader of `lang`.
    pub fn boxed(error: Box<E>, lang: Lang) -> Self {
        InLang {
            lang,
            related: error.localized_related(lang),
            error,
        }
    }
}

impl<E: Localized + ?Sized> fmt::Display for InLang<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.error.localized(self.lang))
    }
}

impl<E: Localized + ?Sized> fmt::Debug for InLang<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.error.localized(self.lang))
    }
}

impl<E: Localized + Diagnostic + ?Sized> std::error::Error for InLang<E> {}

impl<E: Localized + Diagnostic + ?Sized> Diagnostic for InLang<E> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.error.code()
    }

    fn severity(&self) -> Option<Severity> {
        self.error.severity()
    }

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.error
            .localized_help(self.lang)
            .map(|help| Box::new(help) as Box<dyn fmt::Display>)
    }

    fn url<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.error.url()
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.error.source_code()
    }

    fn related<'b>(&'b self) -> Option<Box<dyn Iterator<Item = &'b dyn Diagnostic> + 'b>> {
        if self.related.is_empty() {
            return self.error.related();
        }
        Some(Box::new(
            self.related.iter().map(|d| d.as_ref() as &dyn Diagnostic),
        ))
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let label = self.error.localized_label(self.lang);
        let labels = self.error.labels()?;
        Some(Box::new(labels.map(move |span| match &label {
            Some(text) => LabeledSpan::new_with_span(Some(text.clone()), *span.inner()),
            None => span,
        })))
    }
}
