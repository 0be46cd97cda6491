//! Small edits of a scenario's RON text that keep everything else as written: a field's
//! value replaced, or a field added to an item, comments and layout untouched.

use std::ops::Range;

use super::locate::{Step, region};

/// One replacement in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    /// The bytes replaced (empty for an insertion).
    pub range: Range<usize>,
    /// What replaces them.
    pub text: String,
}

/// The text with `edits` made (they must not overlap).
pub fn apply(text: &str, mut edits: Vec<Edit>) -> String {
    edits.sort_by_key(|edit| std::cmp::Reverse(edit.range.start));
    let mut out = text.to_string();
    for edit in edits {
        out.replace_range(edit.range, &edit.text);
    }
    out
}

/// A list of ids as RON writes it on one line: `["mia", "police"]`.
pub fn list_text(ids: &[String]) -> Result<String, ron::Error> {
    let items: Result<Vec<String>, ron::Error> = ids.iter().map(ron::to_string).collect();
    Ok(format!("[{}]", items?.join(", ")))
}

/// The edit that sets `field` of item `index` of the top-level list `list` to `value`:
/// its value replaced when the field is written, else the field added as the item's last.
/// None when the item is not found in the text.
#[allow(
    clippy::arithmetic_side_effects,
    reason = "byte positions within the scenario text stay below its length (< isize::MAX)"
)]
pub fn set_field(text: &str, list: &str, index: usize, field: &str, value: &str) -> Option<Edit> {
    set_field_at(text, &[Step::Key(list), Step::Item(index)], field, value)
}

/// The edit that sets `field` of the struct (or struct variant, `Bcp(...)`) at `item_path`
/// to `value`: its value replaced when the field is written, else the field added as the
/// struct's last. None when the struct is not found in the text.
#[allow(
    clippy::arithmetic_side_effects,
    reason = "byte positions within the scenario text stay below its length (< isize::MAX)"
)]
pub fn set_field_at(text: &str, item_path: &[Step<'_>], field: &str, value: &str) -> Option<Edit> {
    let item = region(text, item_path)?;
    let mut field_path = item_path.to_vec();
    field_path.push(Step::Key(field));
    if let Some(range) = region(text, &field_path)
        && range.start >= item.start
        && range.end <= item.end
    {
        return Some(Edit {
            range,
            text: value.to_string(),
        });
    }
    let body = &text[item.clone()];
    let close = item.start + body.rfind(')')?;
    let before = text[item.start..close].trim_end();
    let end = item.start + before.len();
    let trailing = before.ends_with(',');
    let opened = before.ends_with('(');
    let comma = if trailing || opened { "" } else { "," };
    let insert = if body.contains('\n') {
        // One field a line: the new one below the last, indented as it is.
        let last_line = &text[text[..end].rfind('\n').map_or(0, |i| i + 1)..end];
        let indent: String = last_line
            .chars()
            .take_while(|c| *c == ' ' || *c == '\t')
            .collect();
        let tail = if trailing { "," } else { "" };
        format!("{comma}\n{indent}{field}: {value}{tail}")
    } else {
        let space = if opened { "" } else { " " };
        format!("{comma}{space}{field}: {value}")
    };
    Some(Edit {
        range: end..end,
        text: insert,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "(\n    functions: [\n        (id: \"a\", name: \"A\", accountable: [\"x\"]), // kept\n        (\n            id: \"b\",\n            name: \"B\",\n        ),\n    ],\n)";

    #[test]
    fn a_written_field_gets_its_new_value_and_the_comment_stays() {
        let edit = set_field(TEXT, "functions", 0, "accountable", "[\"y\"]");
        let out = apply(TEXT, edit.into_iter().collect());
        assert!(out.contains("(id: \"a\", name: \"A\", accountable: [\"y\"]), // kept"));
    }

    #[test]
    fn a_missing_field_is_added_in_the_items_own_layout() {
        let one_line = set_field(TEXT, "functions", 0, "informed", "[]");
        let multi = set_field(TEXT, "functions", 1, "informed", "[\"x\"]");
        let out = apply(TEXT, one_line.into_iter().chain(multi).collect());
        assert!(out.contains("accountable: [\"x\"], informed: [])"));
        assert!(
            out.contains("            name: \"B\",\n            informed: [\"x\"],\n        ),")
        );
    }
}
