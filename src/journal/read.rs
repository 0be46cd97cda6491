//! Reading a journal or a command script: lines in order, each command with its outcome,
//! times checked, a torn last line set aside.

use std::path::Path;

use miette::{SourceOffset, SourceSpan};

use super::chain::{self, Chain};
use super::error::{Access, CorruptLine, JournalError, LineProblem};
use super::line::{CHAINED_SINCE, FORMAT, Header, Line};
use super::v1;
use crate::scenario::excerpt::Excerpt;
use crate::time::SimTime;
use crate::{Command, Origin};

/// How to treat a last line that has no line break after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tail {
    /// A journal: every line is written with its line break in one write, so a line without
    /// one was cut off mid-write; it is dropped and reported. Its chain (format 4 on) is
    /// checked line by line.
    Torn,
    /// A script written by hand: the last line is a line like any other. A journal read as
    /// a script (perhaps edited on purpose) is read past its chain values, not checked.
    Line,
}

/// A parsed journal (or script).
#[derive(Debug, Clone)]
pub struct Journal {
    /// The file it was read from, as given.
    pub path: String,
    /// The header, when there is one.
    pub header: Option<Header>,
    /// Commands and checkpoints in file order.
    pub entries: Vec<Entry>,
    /// Observations added after the exercise, in file order.
    pub annotations: Vec<Annotation>,
    /// Marks of the exercise's wall-clock timer, in file order.
    pub markers: Vec<Marker>,
    /// Commands struck by a `Struck` line, in file order: not among `entries`, so replay,
    /// resume and fork leave them out.
    pub struck: Vec<CommandEntry>,
    /// A last line cut off mid-write, dropped.
    pub torn: Option<Torn>,
    /// The chain value of the last complete line, checked on every line after the header
    /// (format 4 on, read as a journal); none for earlier formats and scripts.
    pub chain: Option<Chain>,
    /// Lines whose chain value was checked.
    pub chained_lines: usize,
    /// Bytes up to and including the last complete line.
    pub(crate) valid_len: u64,
}

/// A mark of the exercise's wall-clock timer, as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marker {
    /// 1-based line.
    pub line: usize,
    /// Simulated time.
    pub at: SimTime,
    /// Wall-clock time, UTC, as written.
    pub wall: String,
    /// What it marks.
    pub mark: super::line::Mark,
}

/// One entry of a journal.
#[derive(Debug, Clone, PartialEq)]
pub enum Entry {
    /// A command and, when it was written, what came of it.
    Command(CommandEntry),
    /// A run stopped at a time with a state digest.
    Reached {
        /// 1-based line.
        line: usize,
        /// Simulated time.
        at: SimTime,
        /// The digest there.
        state: u64,
    },
    /// The journal was forked from another at this time, with this digest there.
    Forked {
        /// 1-based line.
        line: usize,
        /// The journal it was forked from.
        from: String,
        /// The time of the cut.
        at: SimTime,
        /// The digest there.
        state: u64,
    },
}

impl Entry {
    /// The simulated time of the entry.
    pub fn at(&self) -> SimTime {
        match self {
            Entry::Command(c) => c.at,
            Entry::Reached { at, .. } | Entry::Forked { at, .. } => *at,
        }
    }
}

/// An observation added after the exercise (an `Annotation` line).
#[derive(Debug, Clone, PartialEq)]
pub struct Annotation {
    /// 1-based line.
    pub line: usize,
    /// The exercise time it is about.
    pub at: SimTime,
    /// Who made it.
    pub by: String,
    /// What was observed.
    pub observation: crate::scenario::Observation,
}

/// A command line with the outcome line that follows it.
#[derive(Debug, Clone, PartialEq)]
pub struct CommandEntry {
    /// 1-based line.
    pub line: usize,
    /// Simulated time it was given.
    pub at: SimTime,
    /// The command.
    pub command: Command,
    /// Who gave it: as recorded (format 3 on), otherwise `Origin::inferred`.
    pub origin: Origin,
    /// The line after it (its 1-based number and content); none after a crash.
    pub outcome: Option<(usize, Outcome)>,
}

/// What came of a recorded command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Applied; the state digest right after.
    Applied(u64),
    /// Refused, for this reason; nothing changed.
    Refused(String),
}

/// A last line cut off mid-write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Torn {
    /// 1-based line.
    pub line: usize,
    /// What was there (invalid UTF-8 shown as �).
    pub text: String,
}

impl Torn {
    /// The first characters of the torn line, for messages.
    pub fn excerpt(&self) -> String {
        excerpt(self.text.as_bytes())
    }
}

impl crate::i18n::Localized for Torn {
    fn localized(&self, lang: crate::i18n::Lang) -> String {
        crate::tr!(
            lang,
            "journal-torn",
            line = self.line.to_string(),
            bytes = self.text.len().to_string(),
            excerpt = self.excerpt(),
        )
    }
}

impl std::fmt::Display for Torn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::i18n::Localized;
        f.write_str(&self.localized(crate::i18n::Lang::En))
    }
}

/// The longest unterminated tail taken for a line cut off mid-write: a journal line is
/// written in one write, and none is near this long. A longer tail is not a torn line but
/// something else appended to the journal; it is refused and the file left as it is.
pub const MAX_TORN_BYTES: usize = 64 * 1024;

/// The first characters of a torn line or tail, for messages (never the whole of it).
fn excerpt(bytes: &[u8]) -> String {
    const SHOWN: usize = 60;
    let text = String::from_utf8_lossy(&bytes[..bytes.len().min(SHOWN * 4)]);
    let mut shown: String = text.chars().take(SHOWN).collect();
    if shown.len() < bytes.len() {
        shown.push('…');
    }
    shown
}

impl Journal {
    /// The commands in file order.
    pub fn commands(&self) -> impl Iterator<Item = &CommandEntry> {
        self.entries.iter().filter_map(|e| match e {
            Entry::Command(c) => Some(c),
            Entry::Reached { .. } | Entry::Forked { .. } => None,
        })
    }

    /// The journal and time this one was forked from, when it is a what-if branch (the
    /// latest fork, for a fork of a fork).
    pub fn forked_from(&self) -> Option<(&str, SimTime)> {
        self.entries.iter().rev().find_map(|e| match e {
            Entry::Forked { from, at, .. } => Some((from.as_str(), *at)),
            _ => None,
        })
    }

    /// The simulated time the recording reaches: its last command or checkpoint.
    pub fn reaches(&self) -> SimTime {
        self.entries.last().map_or(SimTime::ZERO, Entry::at)
    }
}

/// Reads a journal file; a torn last line is set aside in `torn`.
pub fn read(path: &Path) -> Result<Journal, JournalError> {
    read_as(path, Tail::Torn)
}

/// Reads a journal or script file.
pub fn read_as(path: &Path, tail: Tail) -> Result<Journal, JournalError> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|source| JournalError::Io {
        action: Access::Read,
        path: name.clone(),
        source,
    })?;
    parse(&name, &bytes, tail)
}

/// Parses journal bytes read from `path`.
pub fn parse(path: &str, bytes: &[u8], tail: Tail) -> Result<Journal, JournalError> {
    let mut reader = Reader {
        path,
        bytes,
        journal: Journal {
            path: path.to_string(),
            header: None,
            entries: Vec::new(),
            annotations: Vec::new(),
            markers: Vec::new(),
            struck: Vec::new(),
            torn: None,
            chain: None,
            chained_lines: 0,
            valid_len: 0,
        },
        verify: tail == Tail::Torn,
        last_time: SimTime::ZERO,
        after_command: false,
        seen_content: false,
        format: None,
    };
    let mut start = 0;
    let mut number = 0usize;
    // Line numbers and byte positions stay below the journal's length (< isize::MAX).
    while start < bytes.len() {
        number = number.saturating_add(1);
        let end = bytes[start..]
            .iter()
            .position(|&b| b == b'\n')
            .map(|e| start.saturating_add(e));
        let segment = &bytes[start..end.unwrap_or(bytes.len())];
        if end.is_none() && tail == Tail::Torn {
            if segment.len() > MAX_TORN_BYTES {
                return Err(JournalError::TornTooLong {
                    path: path.to_string(),
                    line: number,
                    bytes: segment.len(),
                    excerpt: excerpt(segment),
                });
            }
            reader.journal.torn = Some(Torn {
                line: number,
                text: String::from_utf8_lossy(segment).into_owned(),
            });
            break;
        }
        reader.line(number, start, segment)?;
        start = end.map_or(bytes.len(), |e| e.saturating_add(1));
        reader.journal.valid_len = start as u64;
    }
    Ok(reader.journal)
}

struct Reader<'a> {
    path: &'a str,
    bytes: &'a [u8],
    journal: Journal,
    last_time: SimTime,
    after_command: bool,
    seen_content: bool,
    /// The format of the header, once read; a script without one may mix formats.
    format: Option<u32>,
    /// Whether the chain is checked (a journal, not a script).
    verify: bool,
}

impl Reader<'_> {
    fn line(&mut self, number: usize, start: usize, segment: &[u8]) -> Result<(), JournalError> {
        let text = std::str::from_utf8(segment).map_err(|err| {
            let valid = String::from_utf8_lossy(&segment[..err.valid_up_to()]);
            self.corrupt(
                number,
                start,
                valid.chars().count().saturating_add(1),
                LineProblem::NotUtf8,
            )
        })?;
        let text = text.strip_suffix('\r').unwrap_or(text);
        let trimmed = text.trim();
        let blank = trimmed.is_empty() || trimmed.starts_with("//");
        let whole = text;
        let text = match (&self.journal.chain, self.verify) {
            // Every line after the header of a chained journal carries the value after it.
            (Some(before), true) => {
                let (text, written) = chain::split(text);
                let after = before.next(text);
                match written {
                    None => {
                        return Err(JournalError::ChainMissing {
                            path: self.path.to_string(),
                            line: number,
                        });
                    }
                    Some(written) if written != after.hex() => {
                        return Err(JournalError::ChainBroken {
                            path: self.path.to_string(),
                            line: number,
                        });
                    }
                    Some(_) => {}
                }
                self.journal.chain = Some(after);
                self.journal.chained_lines = self.journal.chained_lines.saturating_add(1);
                text
            }
            // A chain value where no chain was started: the header that started it was
            // removed, or changed to an unchained format.
            (None, true) => match chain::split(text) {
                (_, Some(_)) => {
                    return Err(JournalError::ChainBroken {
                        path: self.path.to_string(),
                        line: number,
                    });
                }
                (text, None) => text,
            },
            (Some(_), false) | (None, false) => chain::split(text).0,
        };
        if blank {
            return Ok(());
        }
        let line = self.parse(text).map_err(|err| {
            // A line holds no line break, so RON's position is on its line 1.
            self.corrupt(
                number,
                start,
                err.span.start.col,
                LineProblem::Syntax(err.code.to_string()),
            )
        })?;
        let first = !self.seen_content;
        self.seen_content = true;
        let after_command = std::mem::replace(&mut self.after_command, false);
        match line {
            Line::Header(header) if first => {
                if header.format == 0 || header.format > FORMAT {
                    return Err(JournalError::UnsupportedFormat {
                        path: self.path.to_string(),
                        found: header.format,
                        supported: FORMAT,
                    });
                }
                self.format = Some(header.format);
                if header.format >= CHAINED_SINCE && self.verify {
                    self.journal.chain = Some(Chain::start(whole));
                }
                self.journal.header = Some(header);
            }
            Line::Header(_) => {
                return Err(JournalError::MisplacedHeader {
                    path: self.path.to_string(),
                    line: number,
                });
            }
            Line::Command {
                at,
                command,
                origin,
            } => {
                self.in_order(number, at)?;
                self.after_command = true;
                let origin = origin.unwrap_or_else(|| Origin::inferred(&command));
                self.journal.entries.push(Entry::Command(CommandEntry {
                    line: number,
                    at,
                    command,
                    origin,
                    outcome: None,
                }));
            }
            Line::Digest { state } => {
                self.outcome(number, after_command, Outcome::Applied(state))?
            }
            Line::Refused { reason } => {
                self.outcome(number, after_command, Outcome::Refused(reason))?
            }
            Line::Reached { at, state } => {
                self.in_order(number, at)?;
                self.journal.entries.push(Entry::Reached {
                    line: number,
                    at,
                    state,
                });
            }
            Line::Annotation {
                at,
                by,
                observation,
            } => {
                // Added after the exercise: exempt from the time order, nothing to replay.
                self.journal.annotations.push(Annotation {
                    line: number,
                    at,
                    by,
                    observation,
                });
            }
            Line::Struck { at } => {
                self.in_order(number, at)?;
                let strikable = matches!(
                    self.journal.entries.last(),
                    Some(Entry::Command(c))
                        if c.at == at && matches!(c.outcome, Some((_, Outcome::Applied(_))))
                );
                match self.journal.entries.pop() {
                    Some(Entry::Command(struck)) if strikable => self.journal.struck.push(struck),
                    other => {
                        self.journal.entries.extend(other);
                        return Err(JournalError::StrayStrike {
                            path: self.path.to_string(),
                            line: number,
                            at,
                        });
                    }
                }
            }
            Line::Marker { at, wall, mark } => {
                // The wall-clock timer: nothing to replay, kept for the report.
                self.in_order(number, at)?;
                self.journal.markers.push(Marker {
                    line: number,
                    at,
                    wall,
                    mark,
                });
            }
            Line::SeatsOpened { at, .. } => {
                // A record of the seats' codes (as hashes); nothing to replay.
                self.in_order(number, at)?;
            }
            Line::Forked { from, at, state } => {
                self.in_order(number, at)?;
                self.journal.entries.push(Entry::Forked {
                    line: number,
                    from,
                    at,
                    state,
                });
            }
        }
        Ok(())
    }

    /// Reads a line in the format of the header; without a header (a script), in the
    /// current format or else in format 1, reporting the error of the reading that got
    /// further into the line.
    fn parse(&self, text: &str) -> Result<Line, ron::error::SpannedError> {
        let old = || Line::<v1::Command>::parse_as(text).map(|l| l.map_command(Into::into));
        match self.format {
            Some(1) => old(),
            Some(_) => Line::parse(text),
            None => Line::parse(text).or_else(|current| {
                old().map_err(|earlier| {
                    let reach =
                        |e: &ron::error::SpannedError| (e.span.start.line, e.span.start.col);
                    if reach(&earlier) > reach(&current) {
                        earlier
                    } else {
                        current
                    }
                })
            }),
        }
    }

    fn in_order(&mut self, line: usize, at: SimTime) -> Result<(), JournalError> {
        if at < self.last_time {
            return Err(JournalError::TimeOrder {
                path: self.path.to_string(),
                line,
                at,
                previous: self.last_time,
            });
        }
        self.last_time = at;
        Ok(())
    }

    fn outcome(
        &mut self,
        line: usize,
        after_command: bool,
        outcome: Outcome,
    ) -> Result<(), JournalError> {
        let kind = match outcome {
            Outcome::Applied(_) => "Digest",
            Outcome::Refused(_) => "Refused",
        };
        match self.journal.entries.last_mut() {
            Some(Entry::Command(entry)) if after_command => {
                entry.outcome = Some((line, outcome));
                Ok(())
            }
            _ => Err(JournalError::StrayOutcome {
                path: self.path.to_string(),
                line,
                kind,
            }),
        }
    }

    fn corrupt(
        &self,
        line: usize,
        start: usize,
        column: usize,
        message: LineProblem,
    ) -> JournalError {
        let text = String::from_utf8_lossy(self.bytes).into_owned();
        let line_text = text[start..].lines().next().unwrap_or("");
        let offset =
            start.saturating_add(SourceOffset::from_location(line_text, 1, column).offset());
        JournalError::Corrupt(Box::new(CorruptLine {
            path: self.path.to_string(),
            line,
            column,
            message,
            src: Excerpt::new(self.path.to_string(), text.into()),
            span: SourceSpan::new(offset.into(), 1),
        }))
    }
}
