//! The report as one self-contained XHTML file: inline CSS (with a print style), inline SVG
//! charts, no external resource, every text escaped, so a strict XML parser reads it.

use super::charts::{ChartError, svg};
use super::document::{Block, blocks};
use super::model::Report;

const STYLE: &str = "
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10.5pt; margin: 2em auto; max-width: 60em; color: #111; }
h1 { font-size: 1.6em; border-bottom: 2px solid #005ab5; padding-bottom: .2em; }
h2 { font-size: 1.3em; margin-top: 1.6em; color: #005ab5; }
h3 { font-size: 1.1em; }
table { border-collapse: collapse; width: 100%; margin: .6em 0 1em; }
th, td { border: 1px solid #999; padding: .2em .4em; text-align: left; vertical-align: top; }
th { background: #e8eef6; }
figure { margin: 1em 0; }
svg { max-width: 100%; height: auto; }
@media print {
  body { margin: 0; max-width: none; font-size: 9.5pt; }
  h2 { page-break-after: avoid; }
  /* The executive summary is the first page; the overview starts the second. */
  h2#overview { page-break-before: always; break-before: page; }
  table, figure, tr { page-break-inside: avoid; }
  th { background: #ddd; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
";

/// The report as XHTML text.
pub fn html(report: &Report) -> Result<String, ChartError> {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"",
    );
    out += &format!(
        " lang=\"{}\">\n<head>\n<meta charset=\"UTF-8\"/>\n",
        lang(report)
    );
    out += &format!(
        "<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        escape(&report.overview.name)
    );
    // The network drawing closes the exercise overview, before the next section.
    let mut network_due = false;
    for block in blocks(report) {
        if network_due && matches!(block, Block::Heading(2, ..)) {
            out += &network(report);
            network_due = false;
        }
        match block {
            Block::Heading(level, id, text) => {
                network_due |= level == 2 && id == "overview";
                out += &format!(
                    "<h{level} id=\"{}\">{}</h{level}>\n",
                    escape(&id),
                    inline(&text)
                );
            }
            Block::Para(text) => out += &format!("<p>{}</p>\n", inline(&text)),
            Block::List(items) => {
                out += "<ul>\n";
                for item in items {
                    out += &format!("<li>{}</li>\n", inline(&item));
                }
                out += "</ul>\n";
            }
            Block::Table(table) => {
                out += "<table>\n<thead><tr>";
                for h in &table.headers {
                    out += &format!("<th>{}</th>", escape(h));
                }
                out += "</tr></thead>\n<tbody>\n";
                for row in &table.rows {
                    out += "<tr>";
                    for cell in row {
                        out += &format!("<td>{}</td>", inline(cell));
                    }
                    out += "</tr>\n";
                }
                out += "</tbody>\n</table>\n";
            }
            Block::Chart(n) => {
                let figure = &report.figures[n];
                out += &format!(
                    "<figure>\n{}\n<figcaption>{}</figcaption>\n</figure>\n",
                    svg(figure)?,
                    escape(&figure.caption)
                );
            }
        }
    }
    if network_due {
        out += &network(report);
    }
    out += "</body>\n</html>\n";
    Ok(out)
}

/// The route network as a figure: the drawing `scenario show --svg` writes (its texts
/// escaped there), with a caption.
fn network(report: &Report) -> String {
    format!(
        "<figure class=\"network\">\n{}<figcaption>{}</figcaption>\n</figure>\n",
        report.network,
        escape(&crate::tr!(report.lang, "report-network"))
    )
}

fn lang(report: &Report) -> &'static str {
    report.lang.tag()
}

/// Text of the document as XHTML: escaped, with each `quoted` id (the catalogue's Markdown
/// code spans) set as `<code>`, so no literal backtick reaches the page.
fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut parts = text.split('`');
    if let Some(first) = parts.next() {
        out += &escape(first);
    }
    let rest: Vec<&str> = parts.collect();
    // Pairs of backticks enclose code; an unpaired last one is left out.
    for (i, part) in rest.iter().enumerate() {
        if i % 2 == 0 && i + 1 < rest.len() {
            out += &format!("<code>{}</code>", escape(part));
        } else {
            out += &escape(part);
        }
    }
    out
}

/// Text made safe for XML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Control characters are not allowed in XML 1.0.
            c if c.is_control() && c != '\n' && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}
