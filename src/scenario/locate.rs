//! Finding where a value sits in the RON text, so validation errors point at it.
//!
//! RON reports positions only for syntax errors. Validation works on the parsed scenario,
//! where positions are gone, so each rule names a path (`locations`, item 3, `lanes`) and
//! this module walks the text along it, skipping strings and comments.

use std::ops::Range;

use miette::SourceSpan;

/// One step of a path into the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step<'a> {
    /// A field `name: value` of the current struct; continues into its value.
    Key(&'a str),
    /// The n-th element (0-based) of the current list or map; continues into it.
    Item(usize),
}

/// The span of the deepest part of `path` that exists in the text (the value of the last
/// key, the start of the last item). A missing field falls back to its enclosing item.
pub fn locate(text: &str, path: &[Step<'_>]) -> SourceSpan {
    let mut region = 0..text.len();
    let mut span = first_line(text, skip_trivia(text, 0)..text.len());
    for step in path {
        let next = match *step {
            Step::Key(name) => find_key(text, region.clone(), name),
            Step::Item(n) => find_item(text, region.clone(), n),
        };
        let Some(found) = next else { break };
        span = first_line(text, found.clone());
        region = found;
    }
    span
}

/// The part of `range` on its first line, as a span of at least one character.
fn first_line(text: &str, range: Range<usize>) -> SourceSpan {
    let start = range.start.min(text.len());
    let end = text[start..range.end.max(start)]
        .find('\n')
        .map_or(range.end, |i| start + i);
    SourceSpan::new(start.into(), end.saturating_sub(start).max(1))
}

/// Skips whitespace and comments (`//` and nested `/* */`).
fn skip_trivia(text: &str, mut i: usize) -> usize {
    let b = text.as_bytes();
    loop {
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        if b[i..].starts_with(b"//") {
            i = text[i..].find('\n').map_or(b.len(), |n| i + n);
        } else if b[i..].starts_with(b"/*") {
            let mut depth = 0;
            while i < b.len() {
                if b[i..].starts_with(b"/*") {
                    depth += 1;
                    i += 2;
                } else if b[i..].starts_with(b"*/") {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
        } else {
            return i;
        }
    }
}

/// Walks `range` calling `visit(pos, byte, depth)` on every byte outside strings and
/// comments; depth counts open brackets since the start. Stops when `visit` returns true.
fn walk(text: &str, range: Range<usize>, mut visit: impl FnMut(usize, u8, i32) -> bool) {
    let b = text.as_bytes();
    let mut depth = 0;
    let mut i = range.start;
    while i < range.end.min(b.len()) {
        let next = skip_trivia(text, i);
        if next != i {
            i = next;
            continue;
        }
        let c = b[i];
        if c == b'"' {
            i += 1;
            while i < b.len() && b[i] != b'"' {
                i += if b[i] == b'\\' { 2 } else { 1 };
            }
            i += 1;
            continue;
        }
        if matches!(c, b')' | b']' | b'}') {
            depth -= 1;
        }
        if visit(i, c, depth) {
            return;
        }
        if matches!(c, b'(' | b'[' | b'{') {
            depth += 1;
        }
        i += 1;
    }
}

fn is_ident(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

/// The value of the shallowest field `name:` in `region`.
fn find_key(text: &str, region: Range<usize>, name: &str) -> Option<Range<usize>> {
    let b = text.as_bytes();
    let mut best: Option<(i32, usize)> = None;
    walk(text, region.clone(), |i, _, depth| {
        let at_word = b[i..].starts_with(name.as_bytes())
            && (i == 0 || !is_ident(b[i - 1]))
            && !b.get(i + name.len()).is_some_and(|&c| is_ident(c));
        if at_word {
            let after = skip_trivia(text, i + name.len());
            if b.get(after) == Some(&b':') && best.is_none_or(|(d, _)| depth < d) {
                best = Some((depth, after + 1));
            }
        }
        false
    });
    let (_, colon) = best?;
    let start = skip_trivia(text, colon);
    Some(start..value_end(text, start, region.end))
}

/// Where the value starting at `start` ends: at the first `,` or closing bracket outside it.
fn value_end(text: &str, start: usize, limit: usize) -> usize {
    let mut end = limit;
    walk(text, start..limit, |i, c, depth| {
        let closes = depth < 0 || (depth == 0 && c == b',');
        if closes {
            end = i;
        }
        closes
    });
    // Trim trailing whitespace and comments back to the value itself.
    text[start..end].trim_end().len() + start
}

/// The n-th element of the first list, map or tuple that opens in `region`.
fn find_item(text: &str, region: Range<usize>, n: usize) -> Option<Range<usize>> {
    let mut open = None;
    walk(text, region.clone(), |i, c, _| {
        if matches!(c, b'[' | b'{' | b'(') {
            open = Some(i);
        }
        open.is_some()
    });
    let mut start = skip_trivia(text, open? + 1);
    let mut index = 0;
    let mut found = None;
    walk(text, start..region.end, |i, c, depth| {
        if depth < 0 || (depth == 0 && c == b',') {
            if index == n {
                found = Some(start..i);
                return true;
            }
            index += 1;
            start = skip_trivia(text, i + 1);
            if depth < 0 {
                return true;
            }
        }
        false
    });
    found.filter(|r| r.start < r.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = r#"(
    name: "x", // a comment with lanes: 9
    locations: [
        (id: "a", kind: Bcp(lanes: 3, service: Exp(mean: "6m"))),
        (id: "b", /* lanes: 7 */ kind: Bcp(lanes: 0, service: Fixed("2m"))),
    ],
)"#;

    fn text_at(path: &[Step<'_>]) -> &'static str {
        let span = locate(TEXT, path);
        &TEXT[span.offset()..span.offset() + span.len()]
    }

    #[test]
    fn follows_keys_and_items() {
        use Step::*;
        assert_eq!(text_at(&[Key("locations"), Item(1), Key("lanes")]), "0");
        assert_eq!(text_at(&[Key("locations"), Item(0), Key("mean")]), "\"6m\"");
        assert_eq!(text_at(&[Key("locations"), Item(1), Key("id")]), "\"b\"");
        assert_eq!(text_at(&[Key("name")]), "\"x\"");
    }

    #[test]
    fn missing_parts_fall_back_to_the_enclosing_item() {
        use Step::*;
        assert!(text_at(&[Key("locations"), Item(1), Key("capacity")]).starts_with("(id: \"b\""));
        assert!(text_at(&[Key("locations"), Item(5)]).starts_with('['));
    }
}
