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
    /// The n-th element (0-based, in file order) of the current list, map or tuple;
    /// continues into it. A newtype such as `Steps([...])` or `Some([...])` is seen through.
    Item(usize),
    /// The entry of the current map whose key is this string or identifier (`"fa"` is
    /// written `Entry("fa")`, `Medical` is `Entry("Medical")`); continues into the entry.
    /// Maps are sorted once parsed, so only the key finds an entry's place in the file.
    Entry(&'a str),
}

/// The span of the deepest part of `path` that exists in the text (the value of the last
/// key, the start of the last item). A missing field falls back to its enclosing item.
pub fn locate(text: &str, path: &[Step<'_>]) -> SourceSpan {
    let (region, _) = resolve(text, path);
    first_line(text, region)
}

/// The span of what `path` leads to, only when every step of it is in the text (a field
/// written out, not left to its default).
pub fn find(text: &str, path: &[Step<'_>]) -> Option<SourceSpan> {
    let (region, complete) = resolve(text, path);
    complete.then(|| first_line(text, region))
}

/// The whole text of what `path` leads to (a value from its first to its last character, an
/// item of a list), only when every step of it is in the text.
pub(crate) fn region(text: &str, path: &[Step<'_>]) -> Option<Range<usize>> {
    let (region, complete) = resolve(text, path);
    complete.then_some(region)
}

/// The keys of the map at `path`, in file order, repeats included; empty when the path does
/// not lead to a map in the text (a map left out takes its default).
pub fn map_keys(text: &str, path: &[Step<'_>]) -> Vec<String> {
    let (region, complete) = resolve(text, path);
    if !complete || text.as_bytes().get(region.start) != Some(&b'{') {
        return Vec::new();
    }
    items(text, region)
        .into_iter()
        .filter_map(|entry| entry_key(text, entry))
        .collect()
}

/// The region `path` leads to, and whether every step of it was found.
fn resolve(text: &str, path: &[Step<'_>]) -> (Range<usize>, bool) {
    let start = skip_trivia(text, 0);
    let mut region = start..text.len();
    for step in path {
        let next = match *step {
            Step::Key(name) => find_key(text, region.clone(), name),
            Step::Item(n) => items(text, region.clone()).into_iter().nth(n),
            Step::Entry(key) => items(text, region.clone())
                .into_iter()
                // A repeated key keeps its last value once parsed: point at that one.
                .rfind(|entry| entry_key(text, entry.clone()).is_some_and(|k| k == key)),
        };
        let Some(found) = next else {
            return (region, false);
        };
        region = found;
    }
    (region, true)
}

/// The part of `range` on its first line, as a span of at least one character.
#[allow(
    clippy::arithmetic_side_effects,
    reason = "byte positions and nesting depths within the scenario text stay below its length (< isize::MAX)"
)]
fn first_line(text: &str, range: Range<usize>) -> SourceSpan {
    let start = range.start.min(text.len());
    let end = text[start..range.end.max(start)]
        .find('\n')
        .map_or(range.end, |i| start + i);
    SourceSpan::new(start.into(), end.saturating_sub(start).max(1))
}

/// Skips whitespace and comments (`//` and nested `/* */`).
#[allow(
    clippy::arithmetic_side_effects,
    reason = "byte positions and nesting depths within the scenario text stay below its length (< isize::MAX)"
)]
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

/// Where the string or character literal starting at `i` ends (just after it), if one
/// starts there: `"..."` with escapes, raw `r"..."` / `r#"..."#`, and `'c'`. An unclosed
/// literal runs to the end of the text.
#[allow(
    clippy::arithmetic_side_effects,
    reason = "byte positions and nesting depths within the scenario text stay below its length (< isize::MAX)"
)]
fn literal_end(text: &str, i: usize) -> Option<usize> {
    let b = text.as_bytes();
    match b[i] {
        quote @ (b'"' | b'\'') => {
            let mut j = i + 1;
            while j < b.len() && b[j] != quote {
                j += if b[j] == b'\\' { 2 } else { 1 };
            }
            Some((j + 1).min(b.len()))
        }
        b'r' if i == 0 || !is_ident(b[i - 1]) => {
            let hashes = b[i + 1..].iter().take_while(|&&c| c == b'#').count();
            let open = i + 1 + hashes;
            if b.get(open) != Some(&b'"') {
                return None; // an identifier, or a raw identifier such as r#type
            }
            let close = format!("\"{}", "#".repeat(hashes));
            Some(
                text[open + 1..]
                    .find(&close)
                    .map_or(b.len(), |n| open + 1 + n + close.len()),
            )
        }
        _ => None,
    }
}

/// Walks `range` calling `visit(pos, byte, depth)` on every byte outside literals and
/// comments; depth counts open brackets since the start. Stops when `visit` returns true.
#[allow(
    clippy::arithmetic_side_effects,
    reason = "byte positions and nesting depths within the scenario text stay below its length (< isize::MAX)"
)]
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
        if let Some(end) = literal_end(text, i) {
            i = end;
            continue;
        }
        let c = b[i];
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
#[allow(
    clippy::arithmetic_side_effects,
    reason = "byte positions and nesting depths within the scenario text stay below its length (< isize::MAX)"
)]
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
#[allow(
    clippy::arithmetic_side_effects,
    reason = "byte positions and nesting depths within the scenario text stay below its length (< isize::MAX)"
)]
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

/// The elements of the first list, map or tuple that opens in `region`. A named wrapper
/// around a single collection (`Steps([...])`, `Some({...})`) stands for that collection.
fn items(text: &str, region: Range<usize>) -> Vec<Range<usize>> {
    let mut open = None;
    walk(text, region.clone(), |i, c, _| {
        if matches!(c, b'[' | b'{' | b'(') {
            open = Some(i);
        }
        open.is_some()
    });
    let Some(open) = open else {
        return Vec::new();
    };
    let elements = elements(text, open, region.end);
    let named = text[..open]
        .trim_end()
        .bytes()
        .next_back()
        .is_some_and(is_ident);
    if named && let [only] = elements.as_slice() {
        let inner = items(text, only.clone());
        if !inner.is_empty() {
            return inner;
        }
    }
    elements
}

/// The comma-separated elements between the bracket at `open` and its closing bracket.
#[allow(
    clippy::arithmetic_side_effects,
    reason = "byte positions and nesting depths within the scenario text stay below its length (< isize::MAX)"
)]
fn elements(text: &str, open: usize, limit: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = skip_trivia(text, open + 1);
    walk(text, start..limit, |i, c, depth| {
        let closes = depth < 0;
        if closes || (depth == 0 && c == b',') {
            let end = text[start..i].trim_end().len() + start;
            if start < end {
                out.push(start..end);
            }
            start = skip_trivia(text, i + 1);
        }
        closes
    });
    out
}

/// The key of a map entry: a string's content or an identifier as written.
fn entry_key(text: &str, entry: Range<usize>) -> Option<String> {
    let mut colon = None;
    walk(text, entry.clone(), |i, c, depth| {
        if depth == 0 && c == b':' {
            colon = Some(i);
        }
        colon.is_some()
    });
    let key = text[entry.start..colon?].trim_end();
    if key.starts_with('"') || key.starts_with('r') && literal_end(text, entry.start).is_some() {
        ron::from_str::<String>(key).ok()
    } else {
        Some(key.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = r##"(
    name: "x", // a comment with lanes: 9
    note: r#"a "quoted" lanes: 4"#,
    locations: [
        (id: "a", kind: Bcp(lanes: 3, service: Exp(mean: "6m"))),
        (id: "b", /* lanes: 7 */ kind: Bcp(lanes: 0, service: Fixed("2m"))),
    ],
    rate: Steps([("0h", 6.0), ("8h", -1.0)]),
    languages: {"ps": 0.2, "fa": 0.8, r"ar": 0.1, "ps": 0.3},
    vulnerable: {Medical: 0.1, Elderly: 2.0},
)"##;

    #[allow(
        clippy::arithmetic_side_effects,
        reason = "byte positions and nesting depths within the scenario text stay below its length (< isize::MAX)"
    )]
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

    #[test]
    fn raw_strings_hide_their_quotes_and_keys() {
        use Step::*;
        assert_eq!(text_at(&[Key("note")]), "r#\"a \"quoted\" lanes: 4\"#");
        assert_eq!(text_at(&[Key("locations"), Item(0), Key("lanes")]), "3");
    }

    #[test]
    fn items_see_through_a_named_wrapper() {
        use Step::*;
        assert_eq!(text_at(&[Key("rate"), Item(1)]), "(\"8h\", -1.0)");
        assert_eq!(text_at(&[Key("rate"), Item(1), Item(1)]), "-1.0");
    }

    #[test]
    fn map_entries_are_found_by_key_in_file_order() {
        use Step::*;
        assert_eq!(
            text_at(&[Key("vulnerable"), Entry("Elderly")]),
            "Elderly: 2.0"
        );
        assert_eq!(text_at(&[Key("languages"), Entry("ar")]), "r\"ar\": 0.1");
        assert_eq!(text_at(&[Key("languages"), Entry("ps")]), "\"ps\": 0.3");
        assert_eq!(
            map_keys(TEXT, &[Key("languages")]),
            ["ps", "fa", "ar", "ps"]
        );
        assert!(map_keys(TEXT, &[Key("cohort"), Key("languages")]).is_empty());
        assert!(map_keys(TEXT, &[Key("rate")]).is_empty());
    }
}
