//! The pseudo-locale: the English catalogue with every letter of its own words accented
//! (`Keys` → `Ķéýš`), so that anything on a screen or in a document still written in plain
//! letters did not come through the catalogue — apart from what is never translated: ids,
//! numbers, times, acronyms, key caps and scenario-supplied names. Translators and the specs
//! use it to find strings left out of the catalogue; no reader is meant to read it.

use std::borrow::Cow;

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

/// A text element of the English catalogue as the pseudo-locale writes it: every ASCII
/// letter accented, except inside backticks (code, options and file names stay as written).
pub fn pseudo(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| c.is_ascii_alphabetic()) {
        return Cow::Borrowed(text);
    }
    let mut in_code = false;
    Cow::Owned(
        text.chars()
            .map(|c| {
                if c == '`' {
                    in_code = !in_code;
                }
                if in_code { c } else { accented(c) }
            })
            .collect(),
    )
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
}
