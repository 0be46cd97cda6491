//! The pseudo-locale: the English catalogue with every letter of its own words accented
//! (`Keys` → `Ķéýš`), so that anything on a screen or in a document still written in plain
//! letters did not come through the catalogue — apart from what is never translated: ids,
//! numbers, times, acronyms, key caps and scenario-supplied names. Translators and the specs
//! use it to find strings left out of the catalogue; no reader is meant to read it.

use std::borrow::Cow;
use std::cell::Cell;

/// The accented twin of an ASCII letter (each one column wide, as the letter is).
fn accented(c: char) -> char {
    const LOWER: [char; 26] = [
        'á', 'ƀ', 'ç', 'ď', 'é', 'ƒ', 'ĝ', 'ĥ', 'í', 'ĵ', 'ķ', 'ĺ', 'ɱ', 'ñ', 'ó', 'þ', 'ʠ', 'ŕ',
        'š', 'ţ', 'ú', 'ṽ', 'ŵ', 'ẋ', 'ý', 'ž',
    ];
    const UPPER: [char; 26] = [
        'Á', 'Ɓ', 'Ç', 'Ď', 'É', 'Ƒ', 'Ĝ', 'Ĥ', 'Í', 'Ĵ', 'Ķ', 'Ĺ', 'Ṁ', 'Ñ', 'Ó', 'Þ', 'Ǫ', 'Ŕ',
        'Š', 'Ţ', 'Ú', 'Ṽ', 'Ŵ', 'Ẋ', 'Ý', 'Ž',
    ];
    match c {
        'a'..='z' => LOWER[usize::from(c as u8 - b'a')],
        'A'..='Z' => UPPER[usize::from(c as u8 - b'A')],
        other => other,
    }
}

/// A text of the English catalogue as the pseudo-locale writes it: every ASCII letter
/// accented, except inside backticks (code, options and file names stay as written).
pub fn pseudo(text: &str) -> Cow<'_, str> {
    accent(text, false).0
}

thread_local! {
    /// Whether the message being formatted on this thread is inside backticks at the end of
    /// its last text element: a value put in between backticks (`` `{ $text }` is not a
    /// number ``) splits the code span over two text elements, and Fluent hands the
    /// transform one element at a time, in the order they are written out.
    static IN_CODE: Cell<bool> = const { Cell::new(false) };
}

/// Starts a message: no code span is open.
pub(super) fn begin_message() {
    IN_CODE.set(false);
}

/// One text element of the message being formatted, accented where it is outside
/// backticks, carrying an open code span on to the next element.
pub(super) fn text_element(text: &str) -> Cow<'_, str> {
    let (out, in_code) = accent(text, IN_CODE.get());
    IN_CODE.set(in_code);
    out
}

/// `text` accented outside backticks, starting inside a code span when `in_code`; and
/// whether a code span is open at its end.
fn accent(text: &str, mut in_code: bool) -> (Cow<'_, str>, bool) {
    if !text.chars().any(|c| c.is_ascii_alphabetic() || c == '`') {
        return (Cow::Borrowed(text), in_code);
    }
    let out = text
        .chars()
        .map(|c| {
            if c == '`' {
                in_code = !in_code;
            }
            if in_code { c } else { accented(c) }
        })
        .collect();
    (Cow::Owned(out), in_code)
}

#[cfg(test)]
mod tests {
    use super::pseudo;

    #[test]
    fn every_plain_letter_is_accented_and_code_is_kept() {
        assert_eq!(pseudo("Keys"), "Ķéýš");
        assert_eq!(pseudo("use `--force` now"), "úšé `--force` ñóŵ");
        assert_eq!(pseudo("12 → 3"), "12 → 3");
        let all: String = ('a'..='z').chain('A'..='Z').collect();
        let marked = pseudo(&all);
        assert!(!marked.chars().any(|c| c.is_ascii()), "{marked}");
        assert_eq!(marked.chars().count(), 52);
    }

    #[test]
    fn a_code_span_around_a_value_stays_open_across_the_text_elements() {
        super::begin_message();
        assert_eq!(super::text_element("`"), "`");
        // The value `x!` goes between the two elements, untouched.
        assert_eq!(super::text_element("` is not"), "` íš ñóţ");
        super::begin_message();
        assert_eq!(super::text_element("at `"), "áţ `");
        assert_eq!(super::text_element("`, or `"), "`, óŕ `");
        assert_eq!(super::text_element("`"), "`");
    }
}
