//! The message catalogue: every string the console, the CLI's human output and the report
//! show a person, in English, Albanian and Serbian (Latin script).
//!
//! The messages are Fluent files (`assets/i18n/{en,sq,sr}.ftl`) embedded at compile time, so
//! the single binary works offline. English is complete; a message another language lacks
//! falls back to English, and a key English lacks comes out as the key itself (a spec keeps
//! every key in every file, with the same variables). Ids, JSON, CSV and journal contents are
//! never translated.
//!
//! ```
//! use fluxsim::i18n::Lang;
//! use fluxsim::tr;
//! assert_eq!(tr!(Lang::En, "gap-category-contested"), "contested function");
//! assert_eq!(tr!(Lang::En, "console-speed", speed = "1 min/s"), "speed 1 min/s");
//! ```

mod catalogue;
mod cyrillic;
mod diagnostic;
mod lang;
pub mod number;
mod pseudo;
mod text;

pub use catalogue::{Arg, Parsed, catalogue_source, parse, tr, tr_plain};
pub use cyrillic::transliterate;
pub use diagnostic::InLang;
pub use lang::{Lang, UnknownLang};
pub use pseudo::pseudo;
pub use text::{Text, Value};

/// Formats a message of the catalogue: `tr!(lang, "key")` or
/// `tr!(lang, "key", name = value, count = n)`, where each value is text or a number.
#[macro_export]
macro_rules! tr {
    ($lang:expr, $key:expr $(,)?) => {
        $crate::i18n::tr($lang, $key, &[])
    };
    ($lang:expr, $key:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::tr(
            $lang,
            $key,
            &[$((stringify!($name), $crate::i18n::Arg::from($value))),+],
        )
    };
}

/// An error a person reads, rendered in their language through the catalogue.
pub trait Localized {
    /// The message in `lang`.
    fn localized(&self, lang: Lang) -> String;

    /// What to do about it, in `lang`, when there is advice (a diagnostic's help).
    fn localized_help(&self, _lang: Lang) -> Option<String> {
        None
    }

    /// The words under the carets in `lang`, when the diagnostic points into a file.
    fn localized_label(&self, _lang: Lang) -> Option<String> {
        None
    }

    /// The diagnostics it gathers (every bad row of a sheet), each in `lang`; none when it
    /// gathers none.
    fn localized_related(&self, _lang: Lang) -> Vec<Box<dyn miette::Diagnostic + Send + Sync>> {
        Vec::new()
    }
}
