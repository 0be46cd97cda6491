//! The report as an OpenDocument text (`.odt`), the editable copy LibreOffice and the
//! word processors of public administrations open natively: the same blocks as the HTML and
//! the Word copy (one block list, `document::blocks`), in the report's language; each chart
//! is its caption and a table of its lines, as in the Word copy.
//!
//! An OpenDocument file is a zip archive: `mimetype` first and stored uncompressed, then
//! `content.xml`, `styles.xml` and `META-INF/manifest.xml`. The XML is written element by
//! element with quick-xml, which escapes every text and attribute.

use std::io::{Cursor, Write};

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use super::document::{Block, Table, blocks};
use super::docx::lines_table;
use super::model::Report;
use crate::i18n::{Lang, Localized};
use crate::tr;

const MIMETYPE: &str = "application/vnd.oasis.opendocument.text";

const OFFICE: &str = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
const STYLE: &str = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
const TEXT: &str = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
const TABLE: &str = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
const FO: &str = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";

/// The namespaces and version on the root of `content.xml` and `styles.xml`.
const DOCUMENT_ROOT: [(&str, &str); 6] = [
    ("xmlns:office", OFFICE),
    ("xmlns:style", STYLE),
    ("xmlns:text", TEXT),
    ("xmlns:table", TABLE),
    ("xmlns:fo", FO),
    ("office:version", "1.3"),
];

const MANIFEST: &str = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";

/// The OpenDocument text could not be put together (the archive writer failed).
#[derive(Debug, thiserror::Error)]
#[error("{}", self.localized(Lang::En))]
pub struct OdtError {
    reason: String,
}

impl Localized for OdtError {
    fn localized(&self, lang: Lang) -> String {
        tr!(lang, "report-odt-failed", reason = self.reason.as_str())
    }
}

impl From<std::io::Error> for OdtError {
    fn from(e: std::io::Error) -> Self {
        OdtError {
            reason: e.to_string(),
        }
    }
}

impl From<zip::result::ZipError> for OdtError {
    fn from(e: zip::result::ZipError) -> Self {
        OdtError {
            reason: e.to_string(),
        }
    }
}

/// The report as the bytes of an `.odt` file.
pub fn odt(report: &Report) -> Result<Vec<u8>, OdtError> {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    // The first entry, stored: a reader knows the file's kind from its first bytes.
    zip.start_file(
        "mimetype",
        SimpleFileOptions::default().compression_method(CompressionMethod::Stored),
    )?;
    zip.write_all(MIMETYPE.as_bytes())?;
    let deflated = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    for (name, xml) in [
        ("content.xml", content(report)?),
        ("styles.xml", styles(report.lang)?),
        ("META-INF/manifest.xml", manifest()?),
    ] {
        zip.start_file(name, deflated)?;
        zip.write_all(&xml)?;
    }
    Ok(zip.finish()?.into_inner())
}

type Xml = Writer<Vec<u8>>;

fn declared() -> Result<Xml, OdtError> {
    let mut w = Writer::new(Vec::new());
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    Ok(w)
}

/// `content.xml`: the blocks as headings, paragraphs, bulleted lists and tables.
fn content(report: &Report) -> Result<Vec<u8>, OdtError> {
    let mut w = declared()?;
    w.create_element("office:document-content")
        .with_attributes(DOCUMENT_ROOT)
        .write_inner_content(|w| {
            w.create_element("office:body").write_inner_content(|w| {
                w.create_element("office:text")
                    .write_inner_content(|w| body(w, report))?;
                Ok(())
            })?;
            Ok(())
        })?;
    Ok(w.into_inner())
}

fn body(w: &mut Xml, report: &Report) -> std::io::Result<()> {
    let mut figure = 0_usize;
    let mut tables = 0_usize;
    for block in blocks(report) {
        match block {
            Block::Heading(level, _, text) => {
                let style = match level {
                    1 => "Title",
                    2 => "Heading_20_1",
                    _ => "Heading_20_2",
                };
                let outline = level.to_string();
                w.create_element("text:h")
                    .with_attributes([
                        ("text:style-name", style),
                        ("text:outline-level", outline.as_str()),
                    ])
                    .write_inner_content(|w| inline(w, &text))?;
            }
            Block::Para(text) => paragraph(w, "Text_20_body", &text)?,
            Block::List(items) => {
                w.create_element("text:list")
                    .with_attribute(("text:style-name", "Bullets"))
                    .write_inner_content(|w| {
                        for item in &items {
                            w.create_element("text:list-item")
                                .write_inner_content(|w| paragraph(w, "List_20_Bullet", item))?;
                        }
                        Ok(())
                    })?;
            }
            Block::Table(table) => {
                tables += 1;
                grid(w, tables, &table)?;
            }
            Block::Chart(n) => {
                figure += 1;
                let Some(f) = report.figures.get(n) else {
                    continue;
                };
                let title = tr!(
                    report.lang,
                    "docx-figure",
                    number = figure,
                    title = f.title.as_str()
                );
                paragraph(w, "Caption", &title)?;
                tables += 1;
                grid(w, tables, &lines_table(report, f))?;
                paragraph(w, "Caption", &f.caption)?;
            }
        }
    }
    Ok(())
}

fn paragraph(w: &mut Xml, style: &str, text: &str) -> std::io::Result<()> {
    w.create_element("text:p")
        .with_attribute(("text:style-name", style))
        .write_inner_content(|w| inline(w, text))?;
    Ok(())
}

/// A table across the page, its header row repeated on every page.
fn grid(w: &mut Xml, number: usize, table: &Table) -> std::io::Result<()> {
    let name = format!("Table{number}");
    let columns = table.headers.len().max(1).to_string();
    w.create_element("table:table")
        .with_attributes([("table:name", name.as_str()), ("table:style-name", "Grid")])
        .write_inner_content(|w| {
            w.create_element("table:table-column")
                .with_attributes([
                    ("table:number-columns-repeated", columns.as_str()),
                    ("table:default-cell-style-name", "Cell"),
                ])
                .write_empty()?;
            w.create_element("table:table-header-rows")
                .write_inner_content(|w| row(w, &table.headers, "Table_20_Heading"))?;
            for cells in &table.rows {
                row(w, cells, "Table_20_Contents")?;
            }
            Ok(())
        })?;
    Ok(())
}

fn row(w: &mut Xml, cells: &[String], style: &str) -> std::io::Result<()> {
    w.create_element("table:table-row")
        .write_inner_content(|w| {
            for cell in cells {
                w.create_element("table:table-cell")
                    .with_attributes([
                        ("table:style-name", "Cell"),
                        ("office:value-type", "string"),
                    ])
                    .write_inner_content(|w| paragraph(w, style, cell))?;
            }
            Ok(())
        })?;
    Ok(())
}

/// Text of the document: each `quoted` id (the catalogue's Markdown code spans) in the
/// monospaced Code style, so no literal backtick reaches the page; a newline breaks the line.
fn inline(w: &mut Xml, text: &str) -> std::io::Result<()> {
    let parts: Vec<&str> = text.split('`').collect();
    for (i, part) in parts.iter().enumerate() {
        if part.is_empty() {
            continue;
        }
        // Odd parts are inside a pair of backticks; an unpaired last one is text.
        if i % 2 == 1 && i + 1 < parts.len() {
            w.create_element("text:span")
                .with_attribute(("text:style-name", "Code"))
                .write_inner_content(|w| lines(w, part))?;
        } else {
            lines(w, part)?;
        }
    }
    Ok(())
}

fn lines(w: &mut Xml, text: &str) -> std::io::Result<()> {
    for (k, line) in text.split('\n').enumerate() {
        if k > 0 {
            w.create_element("text:line-break").write_empty()?;
        }
        let clean: String = line
            .chars()
            .filter(|c| !c.is_control() || *c == '\t')
            .collect();
        w.write_event(Event::Text(BytesText::new(&clean)))?;
    }
    Ok(())
}

/// `styles.xml`: an A4 page with 2 cm margins, the body, heading, caption, table and list
/// styles the content names, and the monospaced Code style.
fn styles(lang: Lang) -> Result<Vec<u8>, OdtError> {
    // ODF names the language without its script, and no country.
    let language = lang
        .tag()
        .split_once('-')
        .map_or(lang.tag(), |(language, _script)| language);
    let mut w = declared()?;
    w.create_element("office:document-styles")
        .with_attributes(DOCUMENT_ROOT)
        .write_inner_content(|w| {
            w.create_element("office:styles").write_inner_content(|w| {
                w.create_element("style:default-style")
                    .with_attribute(("style:family", "paragraph"))
                    .write_inner_content(|w| {
                        w.create_element("style:text-properties")
                            .with_attributes([
                                ("style:font-name", "Liberation Sans"),
                                ("fo:font-family", "'Liberation Sans', Calibri, Arial"),
                                ("fo:font-size", "10.5pt"),
                                ("fo:language", language),
                                ("fo:country", "none"),
                            ])
                            .write_empty()?;
                        Ok(())
                    })?;
                paragraph_style(w, "Standard", None, &[], &[])?;
                paragraph_style(
                    w,
                    "Text_20_body",
                    Some("Standard"),
                    &[("fo:margin-bottom", "0.2cm")],
                    &[],
                )?;
                for (name, size, level) in [
                    ("Title", "18pt", "1"),
                    ("Heading_20_1", "14pt", "2"),
                    ("Heading_20_2", "11.5pt", "3"),
                ] {
                    w.create_element("style:style")
                        .with_attributes([
                            ("style:name", name),
                            ("style:family", "paragraph"),
                            ("style:parent-style-name", "Standard"),
                            ("style:next-style-name", "Text_20_body"),
                            ("style:default-outline-level", level),
                            ("style:class", "text"),
                        ])
                        .write_inner_content(|w| {
                            w.create_element("style:paragraph-properties")
                                .with_attributes([
                                    ("fo:margin-top", "0.4cm"),
                                    ("fo:margin-bottom", "0.2cm"),
                                    ("fo:keep-with-next", "always"),
                                ])
                                .write_empty()?;
                            w.create_element("style:text-properties")
                                .with_attributes([
                                    ("fo:font-size", size),
                                    ("fo:font-weight", "bold"),
                                    ("fo:color", "#005ab5"),
                                ])
                                .write_empty()?;
                            Ok(())
                        })?;
                }
                paragraph_style(
                    w,
                    "Caption",
                    Some("Standard"),
                    &[
                        ("fo:margin-bottom", "0.2cm"),
                        ("fo:keep-with-next", "always"),
                    ],
                    &[("fo:font-style", "italic"), ("fo:font-size", "9.5pt")],
                )?;
                paragraph_style(w, "Table_20_Contents", Some("Standard"), &[], &[])?;
                paragraph_style(
                    w,
                    "Table_20_Heading",
                    Some("Table_20_Contents"),
                    &[],
                    &[("fo:font-weight", "bold")],
                )?;
                paragraph_style(w, "List_20_Bullet", Some("Standard"), &[], &[])?;
                w.create_element("style:style")
                    .with_attributes([("style:name", "Code"), ("style:family", "text")])
                    .write_inner_content(|w| {
                        w.create_element("style:text-properties")
                            .with_attributes([
                                ("style:font-name", "Liberation Mono"),
                                ("fo:font-family", "'Liberation Mono', Consolas, monospace"),
                            ])
                            .write_empty()?;
                        Ok(())
                    })?;
                w.create_element("style:style")
                    .with_attributes([("style:name", "Grid"), ("style:family", "table")])
                    .write_inner_content(|w| {
                        w.create_element("style:table-properties")
                            .with_attributes([
                                ("style:width", "17cm"),
                                ("table:align", "margins"),
                                ("fo:margin-bottom", "0.3cm"),
                            ])
                            .write_empty()?;
                        Ok(())
                    })?;
                w.create_element("style:style")
                    .with_attributes([("style:name", "Cell"), ("style:family", "table-cell")])
                    .write_inner_content(|w| {
                        w.create_element("style:table-cell-properties")
                            .with_attributes([
                                ("fo:border", "0.5pt solid #9aa5b1"),
                                ("fo:padding", "0.08cm"),
                            ])
                            .write_empty()?;
                        Ok(())
                    })?;
                w.create_element("text:list-style")
                    .with_attribute(("style:name", "Bullets"))
                    .write_inner_content(|w| {
                        w.create_element("text:list-level-style-bullet")
                            .with_attributes([("text:level", "1"), ("text:bullet-char", "•")])
                            .write_inner_content(|w| {
                                w.create_element("style:list-level-properties")
                                    .with_attributes([
                                        ("text:space-before", "0.3cm"),
                                        ("text:min-label-width", "0.5cm"),
                                    ])
                                    .write_empty()?;
                                Ok(())
                            })?;
                        Ok(())
                    })?;
                Ok(())
            })?;
            w.create_element("office:automatic-styles")
                .write_inner_content(|w| {
                    w.create_element("style:page-layout")
                        .with_attribute(("style:name", "A4"))
                        .write_inner_content(|w| {
                            w.create_element("style:page-layout-properties")
                                .with_attributes([
                                    ("fo:page-width", "21cm"),
                                    ("fo:page-height", "29.7cm"),
                                    ("style:print-orientation", "portrait"),
                                    ("fo:margin-top", "2cm"),
                                    ("fo:margin-bottom", "2cm"),
                                    ("fo:margin-left", "2cm"),
                                    ("fo:margin-right", "2cm"),
                                ])
                                .write_empty()?;
                            Ok(())
                        })?;
                    Ok(())
                })?;
            w.create_element("office:master-styles")
                .write_inner_content(|w| {
                    w.create_element("style:master-page")
                        .with_attributes([
                            ("style:name", "Standard"),
                            ("style:page-layout-name", "A4"),
                        ])
                        .write_empty()?;
                    Ok(())
                })?;
            Ok(())
        })?;
    Ok(w.into_inner())
}

fn paragraph_style(
    w: &mut Xml,
    name: &str,
    parent: Option<&str>,
    paragraph: &[(&str, &str)],
    text: &[(&str, &str)],
) -> std::io::Result<()> {
    let mut element = w
        .create_element("style:style")
        .with_attributes([("style:name", name), ("style:family", "paragraph")]);
    if let Some(parent) = parent {
        element = element.with_attribute(("style:parent-style-name", parent));
    }
    element.write_inner_content(|w| {
        if !paragraph.is_empty() {
            w.create_element("style:paragraph-properties")
                .with_attributes(paragraph.iter().copied())
                .write_empty()?;
        }
        if !text.is_empty() {
            w.create_element("style:text-properties")
                .with_attributes(text.iter().copied())
                .write_empty()?;
        }
        Ok(())
    })?;
    Ok(())
}

/// `META-INF/manifest.xml`: the package's parts and their kinds.
fn manifest() -> Result<Vec<u8>, OdtError> {
    let mut w = declared()?;
    w.create_element("manifest:manifest")
        .with_attributes([("xmlns:manifest", MANIFEST), ("manifest:version", "1.3")])
        .write_inner_content(|w| {
            for (path, kind) in [
                ("/", MIMETYPE),
                ("content.xml", "text/xml"),
                ("styles.xml", "text/xml"),
            ] {
                let mut entry = w
                    .create_element("manifest:file-entry")
                    .with_attributes([("manifest:full-path", path), ("manifest:media-type", kind)]);
                if path == "/" {
                    entry = entry.with_attribute(("manifest:version", "1.3"));
                }
                entry.write_empty()?;
            }
            Ok(())
        })?;
    Ok(w.into_inner())
}
