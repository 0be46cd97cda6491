//! The report as a Word document (Office Open XML, `.docx`) a ministry can edit and sign:
//! the same headings, paragraphs, lists and tables as the HTML, in the report's language;
//! each chart is given as its caption and a table of its lines (highest value, when it was
//! first reached, value at the end), the drawing itself being in the HTML.

use std::io::Cursor;

use docx_rs::{
    AbstractNumbering, AlignmentType, BreakType, Docx, IndentLevel, Level, LevelJc, LevelText,
    NumberFormat, Numbering, NumberingId, Paragraph, Run, RunFonts, Shading, SpecialIndentType,
    Start, Style, StyleType, Table as DocxTable, TableCell, TableLayoutType, TableRow, WidthType,
};

use super::document::{Block, Table, blocks};
use super::figures::Figure;
use super::model::Report;
use crate::i18n::{Lang, Localized};
use crate::tr;

/// The one numbering every bulleted list uses.
const BULLETS: usize = 1;
/// Usable width of an A4 page with 2 cm margins, in twentieths of a point.
const TEXT_WIDTH: usize = 9_638;

/// The Word document could not be put together (the archive writer failed).
#[derive(Debug, thiserror::Error)]
#[error("{}", self.localized(Lang::En))]
pub struct DocxError {
    reason: String,
}

impl Localized for DocxError {
    fn localized(&self, lang: Lang) -> String {
        tr!(lang, "report-docx-failed", reason = self.reason.as_str())
    }
}

/// The report as the bytes of a `.docx` file.
pub fn docx(report: &Report) -> Result<Vec<u8>, DocxError> {
    let mut doc = styled(Docx::new());
    let mut figure = 0_usize;
    for block in blocks(report) {
        match block {
            Block::Heading(level, _, text) => {
                let style = match level {
                    1 => "Title",
                    2 => "Heading1",
                    _ => "Heading2",
                };
                doc = doc.add_paragraph(
                    inline(Paragraph::new().style(style).keep_next(true), &text)
                        .outline_lvl(usize::from(level.saturating_sub(1))),
                );
            }
            Block::Para(text) => doc = doc.add_paragraph(inline(Paragraph::new(), &text)),
            Block::List(items) => {
                for item in items {
                    doc = doc.add_paragraph(inline(
                        Paragraph::new()
                            .style("ListBullet")
                            .numbering(NumberingId::new(BULLETS), IndentLevel::new(0)),
                        &item,
                    ));
                }
            }
            Block::Table(table) => doc = doc.add_table(grid(&table)).add_paragraph(spacer()),
            Block::Chart(n) => {
                figure += 1;
                let Some(f) = report.figures.get(n) else {
                    continue;
                };
                doc = doc
                    .add_paragraph(inline(
                        Paragraph::new().style("Caption").keep_next(true),
                        &tr!(
                            report.lang,
                            "docx-figure",
                            number = figure,
                            title = f.title.as_str()
                        ),
                    ))
                    .add_table(grid(&lines_table(report, f)))
                    .add_paragraph(inline(Paragraph::new().style("Caption"), &f.caption));
            }
        }
    }
    let mut bytes = Cursor::new(Vec::new());
    doc.build().pack(&mut bytes).map_err(|e| DocxError {
        reason: e.to_string(),
    })?;
    Ok(bytes.into_inner())
}

/// The document's page, fonts, heading, caption and list styles, and the bullets' numbering.
fn styled(doc: Docx) -> Docx {
    let heading = |id: &str, name: &str, size: usize| {
        Style::new(id, StyleType::Paragraph)
            .name(name)
            .based_on("Normal")
            .next("Normal")
            .q_format(true)
            .bold()
            .size(size)
            .color("005AB5")
    };
    doc.page_size(11_906, 16_838)
        .page_margin(
            docx_rs::PageMargin::new()
                .top(1_134)
                .bottom(1_134)
                .left(1_134)
                .right(1_134),
        )
        .default_fonts(
            RunFonts::new()
                .ascii("Calibri")
                .hi_ansi("Calibri")
                .cs("Calibri"),
        )
        .default_size(21)
        .add_style(heading("Title", "Title", 36))
        .add_style(heading("Heading1", "heading 1", 28).outline_lvl(0))
        .add_style(heading("Heading2", "heading 2", 23).outline_lvl(1))
        .add_style(
            Style::new("Caption", StyleType::Paragraph)
                .name("caption")
                .based_on("Normal")
                .q_format(true)
                .italic()
                .size(19),
        )
        .add_style(
            Style::new("ListBullet", StyleType::Paragraph)
                .name("List Bullet")
                .based_on("Normal"),
        )
        .add_abstract_numbering(
            AbstractNumbering::new(BULLETS).add_level(
                Level::new(
                    0,
                    Start::new(1),
                    NumberFormat::new("bullet"),
                    LevelText::new("•"),
                    LevelJc::new("left"),
                )
                .indent(
                    Some(360),
                    Some(SpecialIndentType::Hanging(360)),
                    None,
                    None,
                ),
            ),
        )
        .add_numbering(Numbering::new(BULLETS, BULLETS))
}

/// A little space after a table.
fn spacer() -> Paragraph {
    Paragraph::new()
}

/// A table across the page, its header row shaded, bold and repeated on every page.
fn grid(table: &Table) -> DocxTable {
    let columns = table.headers.len().max(1);
    let width = TEXT_WIDTH / columns;
    let header = TableRow::new(
        table
            .headers
            .iter()
            .map(|h| {
                TableCell::new()
                    .width(width, WidthType::Dxa)
                    .shading(Shading::new().fill("E8EEF6"))
                    .add_paragraph(Paragraph::new().add_run(Run::new().bold().add_text(clean(h))))
            })
            .collect(),
    )
    .cant_split();
    let rows = table.rows.iter().map(|row| {
        TableRow::new(
            row.iter()
                .map(|cell| {
                    TableCell::new()
                        .width(width, WidthType::Dxa)
                        .add_paragraph(inline(Paragraph::new(), cell))
                })
                .collect(),
        )
        .cant_split()
    });
    DocxTable::new(std::iter::once(header).chain(rows).collect())
        .layout(TableLayoutType::Autofit)
        .width(TEXT_WIDTH, WidthType::Dxa)
        .set_grid(vec![width; columns])
}

/// A chart's lines as a table: the highest value and when it was first reached, the value
/// at the end of the exercise.
pub(super) fn lines_table(report: &Report, figure: &Figure) -> Table {
    let lang = report.lang;
    let when = |hours: f64| {
        super::plan::when(
            &report.overview.exercise.start,
            crate::time::SimTime::from_hours_f64(hours).0,
            lang,
        )
    };
    Table {
        headers: [
            "docx-col-line",
            "docx-col-highest",
            "docx-col-highest-at",
            "docx-col-last",
        ]
        .iter()
        .map(|key| tr!(lang, key))
        .collect(),
        rows: figure
            .lines
            .iter()
            .map(|line| {
                let highest = line
                    .points
                    .iter()
                    .fold(None, |best: Option<(f64, f64)>, &(x, y)| match best {
                        Some((_, top)) if top >= y => best,
                        _ => Some((x, y)),
                    });
                let last = line.points.last().map(|p| p.1);
                vec![
                    line.name.clone(),
                    highest.map(|(_, y)| value(y)).unwrap_or_default(),
                    highest.map(|(x, _)| when(x)).unwrap_or_default(),
                    last.map(value).unwrap_or_default(),
                ]
            })
            .collect(),
    }
}

/// A chart's value: whole numbers as such, others with one decimal.
fn value(y: f64) -> String {
    if y.fract() == 0.0 {
        format!("{y:.0}")
    } else {
        format!("{y:.1}")
    }
}

/// Text of the document added to `paragraph` as runs: each `quoted` id (the catalogue's
/// Markdown code spans) in a monospaced font, so no literal backtick reaches the page.
fn inline(mut paragraph: Paragraph, text: &str) -> Paragraph {
    let parts: Vec<&str> = text.split('`').collect();
    for (i, part) in parts.iter().enumerate() {
        if part.is_empty() {
            continue;
        }
        // Odd parts are inside a pair of backticks; an unpaired last one is text.
        let code = i % 2 == 1 && i + 1 < parts.len();
        let mut run = Run::new();
        if code {
            run = run.fonts(
                RunFonts::new()
                    .ascii("Consolas")
                    .hi_ansi("Consolas")
                    .cs("Consolas"),
            );
        }
        for (k, line) in part.split('\n').enumerate() {
            if k > 0 {
                run = run.add_break(BreakType::TextWrapping);
            }
            run = run.add_text(clean(line));
        }
        paragraph = paragraph.add_run(run);
    }
    paragraph.align(AlignmentType::Left)
}

/// Text without the control characters XML 1.0 does not allow.
fn clean(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_control() || *c == '\t')
        .collect()
}
