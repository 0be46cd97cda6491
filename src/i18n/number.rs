//! Numbers as each language writes them for a person (CLDR's number symbols): thousands
//! grouped and the decimal mark of the language — `12,500.5` in English, `12 500,5` in
//! Albanian (a no-break space, and no grouping of four-digit numbers), `12.500,5` in Serbian.
//! Only what a person reads is written this way; CSV, JSON and journals keep plain numbers.
//!
//! ```
//! use fluxsim::i18n::{Lang, number};
//! assert_eq!(number::integer(Lang::En, 1_234_567), "1,234,567");
//! assert_eq!(number::integer(Lang::Sq, 1_234), "1234");
//! assert_eq!(number::integer(Lang::Sq, 12_345), "12\u{a0}345");
//! assert_eq!(number::decimal(Lang::Sr, 12_345.678, 2), "12.345,68");
//! ```

use fluent_bundle::FluentValue;

use super::Lang;

/// A language's number symbols, from CLDR (`numbers/symbols-numberSystem-latn` and
/// `minimumGroupingDigits`).
struct Symbols {
    /// Between thousands.
    group: &'static str,
    /// Before the fraction.
    decimal: &'static str,
    /// Digits the integer part needs beyond the first group before it is grouped: 1 groups
    /// `1,000`; 2 leaves `1000` and groups `10 000`.
    minimum_grouping: usize,
}

fn symbols(lang: Lang) -> Symbols {
    match lang.catalogue() {
        Lang::En | Lang::Pseudo => Symbols {
            group: ",",
            decimal: ".",
            minimum_grouping: 1,
        },
        // CLDR sq: group U+00A0 (no-break space), decimal comma, minimumGroupingDigits 2.
        Lang::Sq => Symbols {
            group: "\u{a0}",
            decimal: ",",
            minimum_grouping: 2,
        },
        // CLDR sr (both scripts): group full stop, decimal comma.
        Lang::Sr | Lang::SrCyrl => Symbols {
            group: ".",
            decimal: ",",
            minimum_grouping: 1,
        },
    }
}

/// A whole number in `lang`.
pub fn integer(lang: Lang, n: impl Into<i128>) -> String {
    written(lang, &n.into().to_string())
}

/// `x` with `places` decimals in `lang`.
pub fn decimal(lang: Lang, x: f64, places: usize) -> String {
    written(lang, &format!("{x:.places$}"))
}

/// A number written plainly (`-12345.5`, as Rust and Fluent write it) in `lang`'s way. Text
/// that is not such a number (`NaN`, `inf`) comes back as it is.
pub(super) fn written(lang: Lang, plain: &str) -> String {
    let (sign, digits) = match plain.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", plain),
    };
    let (whole, fraction) = match digits.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (digits, None),
    };
    let numeric = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || !numeric(whole) || !fraction.is_none_or(numeric) {
        return plain.to_string();
    }
    let symbols = symbols(lang);
    let mut out = String::with_capacity(plain.len().saturating_mul(2));
    out.push_str(sign);
    let grouped = whole.len()
        > 3usize
            .saturating_add(symbols.minimum_grouping)
            .saturating_sub(1);
    for (i, c) in whole.chars().enumerate() {
        let left = whole.len().saturating_sub(i);
        if grouped && i > 0 && left.is_multiple_of(3) {
            out.push_str(symbols.group);
        }
        out.push(c);
    }
    if let Some(fraction) = fraction {
        out.push_str(symbols.decimal);
        out.push_str(fraction);
    }
    out
}

/// The formatter of a language's Fluent bundle: every number put into a message comes out
/// in the language's way (Fluent's own formatting does not group thousands).
pub(super) fn formatter<M>(lang: Lang) -> fn(&FluentValue<'_>, &M) -> Option<String> {
    match lang.catalogue() {
        Lang::En | Lang::Pseudo => en::<M>,
        Lang::Sq => sq::<M>,
        Lang::Sr | Lang::SrCyrl => sr::<M>,
    }
}

fn format_in(lang: Lang, value: &FluentValue<'_>) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(written(lang, &n.as_string())),
        FluentValue::String(_)
        | FluentValue::Custom(_)
        | FluentValue::None
        | FluentValue::Error => None,
    }
}

fn en<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    format_in(Lang::En, value)
}

fn sq<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    format_in(Lang::Sq, value)
}

fn sr<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    format_in(Lang::Sr, value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_groups_thousands_its_own_way() {
        assert_eq!(integer(Lang::En, 999), "999");
        assert_eq!(integer(Lang::En, 1_000), "1,000");
        assert_eq!(integer(Lang::En, -1_234_567), "-1,234,567");
        assert_eq!(integer(Lang::Sr, 1_000), "1.000");
        assert_eq!(integer(Lang::SrCyrl, 1_000_000), "1.000.000");
        assert_eq!(integer(Lang::Sq, 9_999), "9999", "four digits stay whole");
        assert_eq!(integer(Lang::Sq, 10_000), "10\u{a0}000");
        assert_eq!(integer(Lang::Sq, 1_234_567), "1\u{a0}234\u{a0}567");
    }

    #[test]
    fn decimals_take_the_languages_mark() {
        assert_eq!(decimal(Lang::En, 2_400.25, 1), "2,400.2");
        assert_eq!(decimal(Lang::Sq, 0.5, 2), "0,50");
        assert_eq!(decimal(Lang::Sr, 12_345.678, 2), "12.345,68");
        assert_eq!(decimal(Lang::En, f64::NAN, 2), "NaN");
    }
}
