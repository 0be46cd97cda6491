//! A spreadsheet's CSV file as text, whatever encoding the spreadsheet program saved it in,
//! and the one CSV reader every spreadsheet input goes through.
//!
//! Spreadsheet programs on Windows save CSV in the machine's code page unless told
//! otherwise: Windows-1250 on Albanian and Serbian (Latin) machines, Windows-1252 on many
//! others; Excel's "Unicode text" is UTF-16 with a byte-order mark (and tabs between cells).
//! The bytes are decoded with `encoding_rs` (the WHATWG Encoding Standard's decoders).

use std::borrow::Cow;

use miette::Diagnostic;

use crate::i18n::{Lang, Localized};
use crate::tr;

/// The encodings a sheet may be read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SheetEncoding {
    /// UTF-8, with or without a byte-order mark.
    Utf8,
    /// UTF-16, little-endian, with its byte-order mark.
    Utf16Le,
    /// UTF-16, big-endian, with its byte-order mark.
    Utf16Be,
    /// Windows-1250: Central European (Albanian ë, ç; Serbian Latin č, ć, š, ž, đ).
    Windows1250,
    /// Windows-1252: Western European.
    Windows1252,
}

impl std::fmt::Display for SheetEncoding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            SheetEncoding::Utf8 => "UTF-8",
            SheetEncoding::Utf16Le => "UTF-16 (little-endian)",
            SheetEncoding::Utf16Be => "UTF-16 (big-endian)",
            SheetEncoding::Windows1250 => "Windows-1250",
            SheetEncoding::Windows1252 => "Windows-1252",
        })
    }
}

/// How the encoding of a sheet was decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decided {
    /// Given with `--encoding`.
    Given,
    /// Read from a byte-order mark, or the bytes are valid UTF-8.
    Detected,
    /// The bytes are not UTF-8 and have no byte-order mark: a Windows code page is assumed.
    Assumed,
}

/// A sheet's text and how it was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetText {
    /// The text, without a byte-order mark.
    pub text: String,
    /// The encoding it was read in.
    pub encoding: SheetEncoding,
    /// How that encoding was decided.
    pub decided: Decided,
}

/// A sheet that cannot be read as text in the encoding given or detected.
#[derive(Debug, thiserror::Error, Diagnostic)]
pub enum SheetTextError {
    /// Not UTF-8, when UTF-8 was asked for.
    NotUtf8 {
        /// The CSV file.
        file: String,
        /// 1-based spreadsheet row (the header is row 1) of the first byte that is not
        /// UTF-8.
        row: usize,
        /// 1-based byte column on that line of the file.
        column: usize,
        /// The byte.
        byte: u8,
    },
    /// A UTF-16 sheet (by its byte-order mark) whose bytes are not UTF-16 text.
    NotUtf16 {
        /// The CSV file.
        file: String,
        /// The encoding its byte-order mark names.
        encoding: SheetEncoding,
    },
}

impl std::fmt::Display for SheetTextError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.localized(Lang::En))
    }
}

impl Localized for SheetTextError {
    fn localized(&self, lang: Lang) -> String {
        match self {
            SheetTextError::NotUtf8 {
                file,
                row,
                column,
                byte,
            } => tr!(
                lang,
                "sheet-error-not-utf8",
                file = file,
                row = row.to_string(),
                byte = format!("{byte:#04x}"),
                column = column.to_string(),
            ),
            SheetTextError::NotUtf16 { file, encoding } => tr!(
                lang,
                "sheet-error-not-utf16",
                file = file,
                encoding = encoding.to_string(),
            ),
        }
    }

    fn localized_help(&self, lang: Lang) -> Option<String> {
        Some(match self {
            SheetTextError::NotUtf8 { .. } => tr!(lang, "sheet-error-not-utf8-help"),
            SheetTextError::NotUtf16 { .. } => tr!(lang, "sheet-error-not-utf16-help"),
        })
    }
}

/// The text of the sheet `file`, read from `bytes`: in `given` if one is given; otherwise in
/// UTF-8 or UTF-16 when a byte-order mark says so, in UTF-8 when the bytes are UTF-8, and
/// else in Windows-1250, which spreadsheet programs write on Albanian and Serbian (Latin)
/// machines (`Decided::Assumed`: tell the user).
pub fn sheet_text(
    file: &str,
    bytes: &[u8],
    given: Option<SheetEncoding>,
) -> Result<SheetText, SheetTextError> {
    let text = |text: Cow<'_, str>, encoding, decided| SheetText {
        text: text.into_owned(),
        encoding,
        decided,
    };
    let utf16 = |bytes: &[u8], encoding| {
        let decoder = match encoding {
            SheetEncoding::Utf16Be => encoding_rs::UTF_16BE,
            SheetEncoding::Utf16Le
            | SheetEncoding::Utf8
            | SheetEncoding::Windows1250
            | SheetEncoding::Windows1252 => encoding_rs::UTF_16LE,
        };
        match decoder.decode_without_bom_handling_and_without_replacement(bytes) {
            Some(decoded) => Ok(text(decoded, encoding, Decided::Detected)),
            None => Err(SheetTextError::NotUtf16 {
                file: file.to_string(),
                encoding,
            }),
        }
    };
    match given {
        Some(SheetEncoding::Utf8) => utf8(file, bytes, Decided::Given),
        Some(encoding @ (SheetEncoding::Windows1250 | SheetEncoding::Windows1252)) => {
            let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
            Ok(text(code_page(bytes, encoding), encoding, Decided::Given))
        }
        Some(encoding @ (SheetEncoding::Utf16Le | SheetEncoding::Utf16Be)) => {
            let bom: &[u8] = if encoding == SheetEncoding::Utf16Le {
                b"\xFF\xFE"
            } else {
                b"\xFE\xFF"
            };
            utf16(bytes.strip_prefix(bom).unwrap_or(bytes), encoding)
        }
        None => {
            if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
                utf16(rest, SheetEncoding::Utf16Le)
            } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
                utf16(rest, SheetEncoding::Utf16Be)
            } else if let Ok(read) = utf8(file, bytes, Decided::Detected) {
                Ok(read)
            } else {
                let encoding = SheetEncoding::Windows1250;
                Ok(text(code_page(bytes, encoding), encoding, Decided::Assumed))
            }
        }
    }
}

/// Bytes in a single-byte Windows code page: every byte decodes to a character.
fn code_page(bytes: &[u8], encoding: SheetEncoding) -> Cow<'_, str> {
    let decoder = match encoding {
        SheetEncoding::Windows1252 => encoding_rs::WINDOWS_1252,
        SheetEncoding::Windows1250
        | SheetEncoding::Utf8
        | SheetEncoding::Utf16Le
        | SheetEncoding::Utf16Be => encoding_rs::WINDOWS_1250,
    };
    decoder.decode_without_bom_handling(bytes).0
}

/// UTF-8 text without its byte-order mark, or the row where it stops being UTF-8.
fn utf8(file: &str, bytes: &[u8], decided: Decided) -> Result<SheetText, SheetTextError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(SheetText {
            text: text.to_string(),
            encoding: SheetEncoding::Utf8,
            decided,
        }),
        Err(err) => {
            let at = err.valid_up_to();
            let before = &bytes[..at];
            // Rows end at line breaks outside quoted cells (a cell may hold a line break).
            let mut quoted = false;
            let mut row = 1usize;
            for &b in before {
                match b {
                    b'"' => quoted = !quoted,
                    b'\n' if !quoted => row = row.saturating_add(1),
                    _ => {}
                }
            }
            let line_start = before
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |i| i.saturating_add(1));
            Err(SheetTextError::NotUtf8 {
                file: file.to_string(),
                row,
                column: at.saturating_sub(line_start).saturating_add(1),
                byte: bytes.get(at).copied().unwrap_or(0),
            })
        }
    }
}

/// The CSV reader for a sheet's text: the first row is the header; rows may have fewer or
/// more cells than the header (the caller reports it). Cells are separated by commas, or by
/// semicolons or tabs when the header row has more of those than commas (spreadsheet
/// programs on Albanian and Serbian machines write `;`, Excel's "Unicode text" tabs).
pub fn sheet_reader(text: &str) -> csv::Reader<&[u8]> {
    let header = header_row(text);
    let count = |c: char| header.matches(c).count();
    let delimiter = [(b',', count(',')), (b';', count(';')), (b'\t', count('\t'))]
        .into_iter()
        .fold(
            (b',', 0),
            |best, (d, n)| if n > best.1 { (d, n) } else { best },
        )
        .0;
    csv::ReaderBuilder::new()
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes())
}

/// The header row's text outside quoted cells.
fn header_row(text: &str) -> String {
    let mut quoted = false;
    let mut row = String::new();
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' if !quoted => break,
            c if !quoted => row.push(c),
            _ => {}
        }
    }
    row
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_or_without_a_byte_order_mark_is_read_as_it_is() {
        for bytes in [
            "Shëndetësia".as_bytes(),
            b"\xEF\xBB\xBFSh\xC3\xABndet\xC3\xABsia",
        ] {
            let read = sheet_text("s.csv", bytes, None).expect("reads");
            assert_eq!(read.text, "Shëndetësia");
            assert_eq!(
                (read.encoding, read.decided),
                (SheetEncoding::Utf8, Decided::Detected)
            );
        }
    }

    #[test]
    fn bytes_that_are_not_utf8_are_read_as_windows_1250() {
        // "Uroševac, čćžđ ë" in Windows-1250.
        let bytes = b"Uro\x9Aevac, \xE8\xE6\x9E\xF0 \xEB";
        let read = sheet_text("s.csv", bytes, None).expect("reads");
        assert_eq!(read.text, "Uroševac, čćžđ ë");
        assert_eq!(
            (read.encoding, read.decided),
            (SheetEncoding::Windows1250, Decided::Assumed)
        );
        let western = sheet_text(
            "s.csv",
            b"Sh\xEBndet\xEBsia \xE7",
            Some(SheetEncoding::Windows1252),
        )
        .expect("reads");
        assert_eq!(western.text, "Shëndetësia ç");
    }

    #[test]
    fn utf16_is_read_by_its_byte_order_mark() {
        let text = "a,b\nUroševac,Shëndetësia\n";
        let le: Vec<u8> = b"\xFF\xFE"
            .iter()
            .copied()
            .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let be: Vec<u8> = b"\xFE\xFF"
            .iter()
            .copied()
            .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(sheet_text("s.csv", &le, None).expect("reads").text, text);
        assert_eq!(sheet_text("s.csv", &be, None).expect("reads").text, text);
        assert!(matches!(
            sheet_text("s.csv", &le[..le.len() - 1], None),
            Err(SheetTextError::NotUtf16 { .. })
        ));
    }

    #[test]
    fn utf8_asked_for_and_not_found_is_located_at_its_row() {
        let err = sheet_text(
            "s.csv",
            b"a,b\n\"x\ny\",ok\nz,\xE8\n",
            Some(SheetEncoding::Utf8),
        )
        .expect_err("not UTF-8");
        assert_eq!(
            err.to_string(),
            "s.csv: row 3 is not UTF-8 text (byte 0xe8 at column 3 of the line)"
        );
    }

    #[test]
    fn the_separator_is_the_one_the_header_row_uses_most() {
        for (text, cells) in [
            ("a,b;c\n1,2;3\n", 2),
            ("a;b;c\n1;\"2,5\";3\n", 3),
            ("a\tb\tc\n1\t2\t3\n", 3),
            ("\"a;b\",c\n1,2\n", 2),
        ] {
            let mut reader = sheet_reader(text);
            let header = reader.headers().expect("a header").clone();
            assert_eq!(header.len(), cells, "{text}");
        }
    }
}
