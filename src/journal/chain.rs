//! The journal's chain (format 4 on): every line after the header ends with a RON comment
//! `// chain:` and 32 hexadecimal digits, a SHA-256 chain over the lines up to it, so a line
//! deleted, inserted or edited anywhere before the end is found, with its line number.
//!
//! It makes a journal edit-evident, not signed: anyone can recompute a chain after editing
//! (docs/journal-format.md, "The chain"). The chain hashes each line's text as written,
//! whatever kind of line it is.

use sha2::{Digest, Sha256};

use super::line::{CHAINED_SINCE, Line};

/// What ends every chained line, before the chain value.
pub const MARK: &str = " // chain:";

/// Hexadecimal digits of a chain value: the first 128 bits of a SHA-256.
const DIGITS: usize = 32;

/// The chain value after a line: the first 128 bits of a SHA-256, in lowercase hexadecimal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chain(String);

impl Chain {
    /// The chain's start: over the header line's text.
    pub fn start(header: &str) -> Chain {
        Chain::of(Sha256::new().chain_update(header.as_bytes()))
    }

    /// The value after a line whose text (without its chain comment) is `text`: over this
    /// value's hexadecimal digits followed by the text.
    pub fn next(&self, text: &str) -> Chain {
        Chain::of(
            Sha256::new()
                .chain_update(self.0.as_bytes())
                .chain_update(text.as_bytes()),
        )
    }

    fn of(hasher: Sha256) -> Chain {
        let digest = hasher.finalize();
        let mut hex = String::with_capacity(DIGITS);
        for byte in digest.iter().take(DIGITS / 2) {
            hex.push_str(&format!("{byte:02x}"));
        }
        Chain(hex)
    }

    /// The value as written on a line: 32 lowercase hexadecimal digits.
    pub fn hex(&self) -> &str {
        &self.0
    }

    /// `text` with this chain value as its closing comment.
    pub fn seal(&self, text: &str) -> String {
        format!("{text}{MARK}{}", self.0)
    }
}

/// A line's text without its chain comment, and the chain value it carries (if it has a
/// well-formed one).
pub fn split(line: &str) -> (&str, Option<&str>) {
    match line.rsplit_once(MARK) {
        Some((text, value))
            if value.len() == DIGITS
                && value
                    .bytes()
                    .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)) =>
        {
            (text, Some(value))
        }
        Some(_) | None => (line, None),
    }
}

/// Chains lines as they are written: the header starts the chain (format 4 on), every
/// later line is sealed with the value after it.
#[derive(Debug, Clone, Default)]
pub struct Sealer {
    chain: Option<Chain>,
}

impl Sealer {
    /// A sealer that continues a chain at `chain` (none: lines are written unchained until
    /// a header of format 4 or later starts one).
    pub fn continuing(chain: Option<Chain>) -> Sealer {
        Sealer { chain }
    }

    /// The line's text as written, without its line break: a header starts the chain when
    /// its format has one; a later line is sealed with the chain value after it when there
    /// is a chain.
    pub fn text(&mut self, line: &Line) -> Result<String, ron::Error> {
        let text = line.to_text()?;
        if let Line::Header(header) = line {
            self.chain = (header.format >= CHAINED_SINCE).then(|| Chain::start(&text));
            return Ok(text);
        }
        Ok(match &self.chain {
            Some(chain) => {
                let next = chain.next(&text);
                let sealed = next.seal(&text);
                self.chain = Some(next);
                sealed
            }
            None => text,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chain_value_is_the_first_128_bits_of_sha256_over_the_previous_value_and_the_line() {
        // SHA-256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
        assert_eq!(
            Chain::start("abc").hex(),
            "ba7816bf8f01cfea414140de5dae2223"
        );
        // The next value hashes the previous one's digits, then the line: SHA-256 of
        // "ba7816bf8f01cfea414140de5dae2223" followed by "abc".
        let next = Chain::start("abc").next("abc");
        let mut expected = Sha256::new();
        expected.update(b"ba7816bf8f01cfea414140de5dae2223abc");
        let full = expected.finalize();
        let hex: String = full.iter().take(16).map(|b| format!("{b:02x}")).collect();
        assert_eq!(next.hex(), hex);
    }

    #[test]
    fn a_sealed_line_splits_back_into_its_text_and_value() {
        let chain = Chain::start("Header(format: 4)");
        let text = r#"Note(text: "a // chain:nothing")"#;
        let sealed = chain.seal(text);
        assert_eq!(split(&sealed), (text, Some(chain.hex())));
        assert_eq!(split(text), (text, None));
        assert_eq!(
            split("Digest() // chain:XYZ"),
            ("Digest() // chain:XYZ", None)
        );
    }
}
