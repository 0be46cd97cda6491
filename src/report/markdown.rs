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

/// A table cell: pipes escaped, line breaks folded.
fn cell(text: &str) -> String {
    inline(text).replace('|', "\\|")
}

/// Text on one line.
fn inline(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
