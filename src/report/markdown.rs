//! The report as Markdown: the same headings, paragraphs, lists and tables as the HTML; the
//! charts are left to the HTML version.

use super::document::{Block, blocks};
use super::model::Report;
use crate::tr;

/// The report as Markdown text.
pub fn markdown(report: &Report) -> String {
    let mut out = String::new();
    for block in blocks(report) {
        match block {
            Block::Heading(level, _, text) => {
                out += &format!("{} {}\n\n", "#".repeat(level.into()), inline(&text));
            }
            Block::Para(text) => out += &format!("{}\n\n", inline(&text)),
            Block::List(items) => {
                for item in items {
                    out += &format!("- {}\n", inline(&item));
                }
                out += "\n";
            }
            Block::Table(table) => {
                out += &row(&table.headers);
                out += &row(&vec!["---".to_string(); table.headers.len()]);
                for cells in &table.rows {
                    out += &row(cells);
                }
                out += "\n";
            }
            Block::Chart(n) => {
                out += &format!(
                    "- {}\n",
                    inline(&tr!(
                        report.lang,
                        "chart-in-html",
                        title = &report.figures[n].title
                    ))
                );
                if n + 1 == report.figures.len() {
                    out += "\n";
                }
            }
        }
    }
    out
}

fn row(cells: &[String]) -> String {
    let cells: Vec<String> = cells.iter().map(|c| cell(c)).collect();
    format!("| {} |\n", cells.join(" | "))
}

/// A table cell: markup and pipes escaped, line breaks folded.
fn cell(text: &str) -> String {
    as_text(text, false).replace('|', "\\|")
}

/// Text that begins a block (a paragraph, a list item, a heading), on one line.
fn inline(text: &str) -> String {
    as_text(text, true)
}

/// Text on one line, as text: characters Markdown would read as markup are escaped outside
/// the catalogue's `code` spans, so what a player or evaluator typed (`<in room 2>`, `*`,
/// `[x](y)`) reads as typed once rendered. At the start of a block, also what would begin a
/// heading, quote or list.
fn as_text(text: &str, block_start: bool) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let parts: Vec<&str> = text.split('`').collect();
    let mut out = String::with_capacity(text.len() + 8);
    for (i, part) in parts.iter().enumerate() {
        // Odd parts are inside a pair of backticks; an unpaired last one is text.
        if i % 2 == 1 && i + 1 < parts.len() {
            out.push('`');
            out.push_str(part);
            out.push('`');
            continue;
        }
        if i % 2 == 1 {
            out.push_str("\\`");
        }
        escape_into(&mut out, part);
    }
    if let Some(at) = block_start.then(|| block_marker(&out)).flatten() {
        out.insert(at, '\\');
    }
    out
}

/// Where a backslash keeps text at the start of a line from opening a heading, a list or a
/// rule (`>` and `*` are escaped everywhere already).
fn block_marker(text: &str) -> Option<usize> {
    let first = text.chars().next()?;
    let followed = |i: usize| text[i..].is_empty() || text[i..].starts_with(' ');
    match first {
        '#' => followed(text.find(|c| c != '#').unwrap_or(text.len())).then_some(0),
        // A list item, or a rule or underline of the same character.
        '-' | '+' | '=' => (followed(1) || text[1..].starts_with(first)).then_some(0),
        // An ordered list item: escape its `.` or `)`.
        '0'..='9' => {
            let i = text.find(|c: char| !c.is_ascii_digit())?;
            (text[i..].starts_with(['.', ')']) && followed(i + 1)).then_some(i)
        }
        _ => None,
    }
}

/// `text` with Markdown's inline markup characters backslash-escaped.
fn escape_into(out: &mut String, text: &str) {
    let chars: Vec<char> = text.chars().collect();
    let in_word = |j: Option<usize>| {
        j.and_then(|j| chars.get(j))
            .is_some_and(|c| c.is_alphanumeric())
    };
    for (i, &c) in chars.iter().enumerate() {
        let escape = match c {
            '\\' | '*' | '[' | ']' | '<' | '>' | '&' | '~' => true,
            // Inside a word an underscore is never emphasis: keep ids readable.
            '_' => !(in_word(i.checked_sub(1)) && in_word(Some(i + 1))),
            _ => false,
        };
        if escape {
            out.push('\\');
        }
        out.push(c);
    }
}

#[cfg(test)]
mod tests {
    use super::inline;

    /// What a CommonMark viewer shows of `markdown`, as HTML.
    fn rendered(markdown: &str) -> String {
        let mut html = String::new();
        pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new(markdown));
        html
    }

    fn escaped(text: &str) -> String {
        text.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    }

    #[test]
    fn typed_text_renders_as_typed_in_paragraphs_and_list_items() {
        for typed in [
            "<in room 2> & <b>bold</b>",
            "*urgent* and **very** _so_ ~~not~~",
            "[the plan](http://example.org) ![x](y.png)",
            "# not a heading",
            "- not a list",
            "+ nor this",
            "12. not numbered",
            "3) nor this",
            "---",
            "== x",
            "12.5 people and #3",
            "> not a quote",
            "a \\ backslash, a lone ` backtick",
            "&amp; stays as typed",
            "open_site and _x_",
        ] {
            let paragraph = rendered(&format!("{}\n", inline(typed)));
            assert_eq!(paragraph, format!("<p>{}</p>\n", escaped(typed)), "{typed}");
            let item = rendered(&format!("- {}\n", inline(typed)));
            assert_eq!(
                item,
                format!("<ul>\n<li>{}</li>\n</ul>\n", escaped(typed)),
                "{typed}"
            );
        }
    }

    #[test]
    fn the_catalogues_quoted_ids_stay_code() {
        assert_eq!(
            rendered(&inline("assign `open_site` to <social>")),
            "<p>assign <code>open_site</code> to &lt;social&gt;</p>\n"
        );
    }
}
