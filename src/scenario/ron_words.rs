//! What the RON parser says of a scenario file, put in the designer's terms: what to write,
//! never "enum" or "variant"; a missing comma at the end of the line that lacks it.

use crate::i18n::Text;

/// The words of a RON error, from the catalogue: `scenario-ron-*` (what may be written
/// instead of an unknown field or word is the error's hint).
pub fn ron_words(code: &ron::Error) -> Text {
    use ron::Error as E;
    match code {
        E::ExpectedOption => Text::new("scenario-ron-option"),
        E::ExpectedComma => Text::new("scenario-ron-comma"),
        E::Eof => Text::new("scenario-ron-eof"),
        E::ExpectedArray => Text::new("scenario-ron-list"),
        E::ExpectedArrayEnd => Text::new("scenario-ron-list-end"),
        E::ExpectedMap => Text::new("scenario-ron-map"),
        E::ExpectedMapEnd => Text::new("scenario-ron-map-end"),
        E::ExpectedMapColon => Text::new("scenario-ron-colon"),
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => Text::new("scenario-ron-open"),
        E::ExpectedStructLikeEnd | E::ExpectedOptionEnd => Text::new("scenario-ron-close"),
        E::ExpectedIdentifier => Text::new("scenario-ron-identifier"),
        E::ExpectedBoolean => Text::new("scenario-ron-boolean"),
        E::ExpectedInteger => Text::new("scenario-ron-integer"),
        E::ExpectedFloat => Text::new("scenario-ron-float"),
        E::ExpectedString => Text::new("scenario-ron-string"),
        E::ExpectedStringEnd => Text::new("scenario-ron-string-end"),
        E::IntegerOutOfBounds => Text::new("scenario-ron-out-of-bounds"),
        E::TrailingCharacters => Text::new("scenario-ron-trailing"),
        E::UnexpectedChar(c) => Text::new("scenario-ron-char").id("char", c.to_string()),
        E::NoSuchEnumVariant { found, outer, .. } => match outer {
            Some(outer) => Text::new("scenario-ron-word-in")
                .id("found", found.as_str())
                .id("outer", outer.as_str()),
            None => Text::new("scenario-ron-word").id("found", found.as_str()),
        },
        E::NoSuchStructField { found, outer, .. } => Text::new("scenario-ron-field")
            .id("found", found.as_str())
            .id("outer", outer.as_deref().unwrap_or("this group")),
        E::MissingStructField { field, outer } => Text::new("scenario-ron-missing-field")
            .id("field", *field)
            .id("outer", outer.as_deref().unwrap_or("this group")),
        E::DuplicateStructField { field, outer } => Text::new("scenario-ron-duplicate-field")
            .id("field", *field)
            .id("outer", outer.as_deref().unwrap_or("this group")),
        // A time written wrong or a value out of range reaches RON as serde's message: read
        // again, it is said in the reader's language; other messages are shown as worded.
        E::Message(message) => {
            if let Some(err) = crate::time::TimeParseError::from_message(message) {
                super::sheet_problem::time_error(&err)
            } else if let Some(range) = super::OutOfRange::from_message(message) {
                range.text()
            } else {
                Text::new("scenario-ron-as-is").id("reason", message.as_str())
            }
        }
        // ron::Error is non-exhaustive: the rest (escapes, comments, attributes) are shown as
        // the parser words them.
        _ => Text::new("scenario-ron-as-is").id("reason", code.to_string()),
    }
}

/// Where a missing comma belongs: just after the last character of code before `offset`
/// (skipping blank lines and `//` comments), which is where RON noticed the next item.
#[allow(
    clippy::arithmetic_side_effects,
    reason = "byte positions within the scenario text stay below its length (< isize::MAX)"
)]
pub fn comma_place(text: &str, offset: usize) -> usize {
    let mut end = offset.min(text.len());
    while end > 0 {
        let line_start = text[..end].rfind('\n').map_or(0, |i| i + 1);
        let line = &text[line_start..end];
        let code = line_comment_start(line).map_or(line, |i| &line[..i]);
        let trimmed = code.trim_end();
        if !trimmed.is_empty() {
            return line_start + trimmed.len();
        }
        if line_start == 0 {
            break;
        }
        end = line_start - 1;
    }
    offset
}

/// Where a `//` comment starts in a line, outside double-quoted strings.
#[allow(
    clippy::arithmetic_side_effects,
    reason = "byte positions within one line stay below its length"
)]
fn line_comment_start(line: &str) -> Option<usize> {
    let b = line.as_bytes();
    let mut quoted = false;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\\' if quoted => i += 1,
            b'"' => quoted = !quoted,
            b'/' if !quoted && b.get(i + 1) == Some(&b'/') => return Some(i),
            _ => {}
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_comma_belongs_after_the_value_on_the_line_before() {
        let text = "(\n    a: \"x // y\" // note\n\n    b: 2,\n)";
        let at = text.find("b:").unwrap_or(0);
        assert_eq!(&text[..comma_place(text, at)], "(\n    a: \"x // y\"");
    }
}
