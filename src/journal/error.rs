//! What can go wrong with a journal: each error names the file, the line and what differs.

use miette::{Diagnostic, SourceSpan};

use crate::i18n::{Lang, Localized};
use crate::scenario::excerpt::Excerpt;
use crate::time::SimTime;
use crate::tr;

/// A journal that cannot be read, written or replayed.
#[derive(Debug, thiserror::Error, Diagnostic)]
pub enum JournalError {
    /// The file system refused.
    Io {
        /// What was being done.
        action: Access,
        /// The journal file.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
    /// A line that is not a journal line (and not a torn last line).
    #[diagnostic(transparent)]
    Corrupt(Box<CorruptLine>),
    /// A journal must start with its header.
    NoHeader {
        /// The journal file.
        path: String,
    },
    /// A header anywhere but on the first line.
    MisplacedHeader {
        /// The journal file.
        path: String,
        /// 1-based line.
        line: usize,
    },
    /// A journal format this version does not read.
    UnsupportedFormat {
        /// The journal file.
        path: String,
        /// The format in the header.
        found: u32,
        /// The latest format this build reads (and the one it writes).
        supported: u32,
    },
    /// A journal of an earlier format or model cannot be continued in place.
    EarlierFormat {
        /// The journal file.
        path: String,
        /// Its format.
        format: u32,
        /// Its digest scheme.
        digest: u32,
        /// Its model version.
        model: u32,
        /// The format this build writes.
        current_format: u32,
        /// This build's digest scheme.
        current_digest: u32,
        /// This build's model version.
        current_model: u32,
        /// The time the recording reaches.
        reaches: SimTime,
    },
    /// The scenario text is not the one the journal was recorded with.
    ScenarioChanged {
        /// The journal file.
        path: String,
        /// The scenario's path or name.
        scenario: String,
        /// The hash in the header.
        recorded: String,
        /// The hash of the scenario given.
        actual: String,
    },
    /// An observed series the scenario reads is not the one the journal was recorded with.
    SeriesChanged {
        /// The journal file.
        path: String,
        /// The series, as the scenario names it.
        series: String,
        /// The hash in the header.
        recorded: String,
        /// The hash of the series read now.
        actual: String,
    },
    /// Simulated time never goes backwards.
    TimeOrder {
        /// The journal file.
        path: String,
        /// 1-based line.
        line: usize,
        /// Its time.
        at: SimTime,
        /// The time of the line before.
        previous: SimTime,
    },
    /// A digest or refusal line must follow the command it belongs to.
    StrayOutcome {
        /// The journal file.
        path: String,
        /// 1-based line.
        line: usize,
        /// `Digest` or `Refused`.
        kind: &'static str,
    },
    /// A strike line must follow an applied command given at the same time.
    StrayStrike {
        /// The journal file.
        path: String,
        /// 1-based line.
        line: usize,
        /// The time the strike line names.
        at: SimTime,
    },
    /// Replay reached another state than the one recorded.
    DigestMismatch {
        /// The journal file.
        path: String,
        /// 1-based line of the digest.
        line: usize,
        /// Where the digest was taken.
        after: DigestPoint,
        /// The recorded digest.
        recorded: u64,
        /// The digest replay reached.
        replayed: u64,
    },
    /// A command recorded as applied is refused on replay (or was never accepted).
    RefusedOnReplay {
        /// The journal file.
        path: String,
        /// 1-based line of the command.
        line: usize,
        /// The engine's reason.
        reason: crate::command::CommandError,
    },
    /// A command recorded as refused is accepted on replay.
    AppliedOnReplay {
        /// The journal file.
        path: String,
        /// 1-based line of the command.
        line: usize,
        /// The recorded reason.
        reason: String,
    },
    /// Recording never overwrites an earlier exercise.
    Exists {
        /// The journal file.
        path: String,
    },
    /// A fork can only start from a moment the recording reached.
    ForkPastEnd {
        /// The journal forked.
        path: String,
        /// The time asked for.
        at: SimTime,
        /// The time the recording reaches (its last command or checkpoint).
        reaches: SimTime,
    },
    /// An output file may not be written there, or writing it failed.
    #[diagnostic(transparent)]
    Output(#[from] crate::output::OutputError),
    /// An unterminated tail too long to be a line cut off mid-write.
    TornTooLong {
        /// The journal file.
        path: String,
        /// 1-based line where the tail starts.
        line: usize,
        /// Its length.
        bytes: usize,
        /// Its first characters.
        excerpt: String,
    },
    /// A journal in which not even the header was written.
    NeverRecorded {
        /// The journal file.
        path: String,
        /// The command that starts afresh.
        start: String,
    },
    /// A journal whose commands were given by hand (in the console, or from a script not
    /// given now): a headless run cannot know what comes next.
    GivenByHand {
        /// The journal file.
        path: String,
        /// 1-based line of the first such command.
        line: usize,
        /// The command and its time.
        recorded: String,
    },
    /// A line of a chained journal (format 4 on) whose chain value is not the one its text
    /// and the lines before it give: it was changed, or lines before it were removed or
    /// inserted.
    ChainBroken {
        /// The journal file.
        path: String,
        /// 1-based line where the chain breaks.
        line: usize,
    },
    /// A line of a chained journal (format 4 on) without a chain value: fluxsim never writes
    /// one, so it was added or edited by hand.
    ChainMissing {
        /// The journal file.
        path: String,
        /// 1-based line.
        line: usize,
    },
    /// A line could not be turned into text.
    Serialize(#[from] ron::Error),
}

/// A line that could not be read, located in the file.
#[derive(Debug, thiserror::Error, Diagnostic)]
pub struct CorruptLine {
    /// The journal file.
    pub path: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column (in characters).
    pub column: usize,
    /// What is wrong there.
    pub message: LineProblem,
    #[source_code]
    pub(crate) src: Excerpt,
    #[label("{message}")]
    pub(crate) span: SourceSpan,
}

/// What fluxsim was doing with a journal file when the file system refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Reading it.
    Read,
    /// Creating it.
    Create,
    /// Opening it to go on recording.
    Open,
    /// Cutting a torn last line from it.
    CutTornLine,
    /// Syncing it to the disk.
    Sync,
    /// Appending a line to it.
    WriteTo,
}

impl Access {
    fn key(self) -> &'static str {
        match self {
            Access::Read => "journal-error-read",
            Access::Create => "journal-error-create",
            Access::Open => "journal-error-open",
            Access::CutTornLine => "journal-error-cut",
            Access::Sync => "journal-error-sync",
            Access::WriteTo => "journal-error-write",
        }
    }
}

/// Where replay compared a digest with the recording.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DigestPoint {
    /// After the command on this 1-based line.
    AfterCommand(usize),
    /// At a checkpoint at this time.
    At(SimTime),
}

/// What is wrong with a line that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LineProblem {
    /// Bytes that are not UTF-8.
    NotUtf8,
    /// RON's own reason (its parser's words, or a value out of its range).
    Syntax(String),
}

impl LineProblem {
    fn localized(&self, lang: Lang) -> String {
        match self {
            LineProblem::NotUtf8 => tr!(lang, "journal-error-not-utf8"),
            LineProblem::Syntax(reason) => reason.clone(),
        }
    }
}

impl std::fmt::Display for LineProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.localized(Lang::En))
    }
}

impl std::fmt::Display for JournalError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.localized(Lang::En))
    }
}

impl std::fmt::Display for CorruptLine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.localized(Lang::En))
    }
}

/// A 1-based line or column as text (never grouped in thousands).
fn n(value: usize) -> String {
    value.to_string()
}

impl Localized for CorruptLine {
    fn localized(&self, lang: Lang) -> String {
        tr!(
            lang,
            "journal-error-corrupt",
            path = &self.path,
            line = n(self.line),
            column = n(self.column),
            message = self.message.localized(lang),
        )
    }

    fn localized_help(&self, lang: Lang) -> Option<String> {
        Some(tr!(lang, "journal-error-corrupt-help"))
    }

    fn localized_label(&self, lang: Lang) -> Option<String> {
        Some(self.message.localized(lang))
    }
}

impl Localized for JournalError {
    fn localized(&self, lang: Lang) -> String {
        match self {
            JournalError::Io {
                action,
                path,
                source,
            } => tr!(lang, action.key(), path = path, reason = source.to_string()),
            JournalError::Corrupt(line) => line.localized(lang),
            JournalError::NoHeader { path } => tr!(lang, "journal-error-no-header", path = path),
            JournalError::MisplacedHeader { path, line } => tr!(
                lang,
                "journal-error-misplaced-header",
                path = path,
                line = n(*line)
            ),
            JournalError::UnsupportedFormat {
                path,
                found,
                supported,
            } => tr!(
                lang,
                "journal-error-unsupported-format",
                path = path,
                found = found.to_string(),
                supported = supported.to_string(),
            ),
            JournalError::EarlierFormat {
                path,
                format,
                digest,
                model,
                current_format,
                current_digest,
                current_model,
                reaches: _,
            } => tr!(
                lang,
                "journal-error-earlier-format",
                path = path,
                format = format.to_string(),
                digest = digest.to_string(),
                model = model.to_string(),
                current_format = current_format.to_string(),
                current_digest = current_digest.to_string(),
                current_model = current_model.to_string(),
            ),
            JournalError::ScenarioChanged {
                path,
                scenario,
                recorded,
                actual,
            } => tr!(
                lang,
                "journal-error-scenario-changed",
                path = path,
                scenario = scenario,
                recorded = recorded,
                actual = actual,
            ),
            JournalError::SeriesChanged {
                path,
                series,
                recorded,
                actual,
            } => tr!(
                lang,
                "journal-error-series-changed",
                path = path,
                series = series,
                recorded = recorded,
                actual = actual,
            ),
            JournalError::TimeOrder {
                path,
                line,
                at,
                previous,
            } => tr!(
                lang,
                "journal-error-time-order",
                path = path,
                line = n(*line),
                at = at.to_string(),
                previous = previous.to_string(),
            ),
            JournalError::StrayOutcome { path, line, kind } => tr!(
                lang,
                "journal-error-stray-outcome",
                path = path,
                line = n(*line),
                kind = *kind,
            ),
            JournalError::StrayStrike { path, line, at } => tr!(
                lang,
                "journal-error-stray-strike",
                path = path,
                line = n(*line),
                at = at.to_string(),
            ),
            JournalError::DigestMismatch {
                path,
                line,
                after,
                recorded,
                replayed,
            } => {
                let after = match after {
                    DigestPoint::AfterCommand(command) => {
                        tr!(lang, "journal-error-after-command", line = n(*command))
                    }
                    DigestPoint::At(at) => tr!(lang, "journal-error-at", at = at.to_string()),
                };
                tr!(
                    lang,
                    "journal-error-digest-mismatch",
                    path = path,
                    line = n(*line),
                    after = after,
                    recorded = format!("{recorded:016x}"),
                    replayed = format!("{replayed:016x}"),
                )
            }
            JournalError::RefusedOnReplay { path, line, reason } => tr!(
                lang,
                "journal-error-refused-on-replay",
                path = path,
                line = n(*line),
                reason = reason.localized(lang),
            ),
            JournalError::AppliedOnReplay { path, line, reason } => tr!(
                lang,
                "journal-error-applied-on-replay",
                path = path,
                line = n(*line),
                reason = reason,
            ),
            JournalError::Exists { path } => tr!(lang, "journal-error-exists", path = path),
            JournalError::ForkPastEnd { path, at, reaches } => tr!(
                lang,
                "journal-error-fork-past-end",
                path = path,
                at = at.to_string(),
                reaches = reaches.to_string(),
            ),
            JournalError::Output(err) => err.localized(lang),
            JournalError::TornTooLong {
                path,
                line,
                bytes,
                excerpt,
            } => tr!(
                lang,
                "journal-error-torn-too-long",
                path = path,
                line = n(*line),
                bytes = n(*bytes),
                excerpt = excerpt,
            ),
            JournalError::NeverRecorded { path, start: _ } => {
                tr!(lang, "journal-error-never-recorded", path = path)
            }
            JournalError::GivenByHand {
                path,
                line,
                recorded,
            } => tr!(
                lang,
                "journal-error-given-by-hand",
                path = path,
                line = n(*line),
                recorded = recorded,
            ),
            JournalError::ChainBroken { path, line } => tr!(
                lang,
                "journal-error-chain-broken",
                path = path,
                line = n(*line)
            ),
            JournalError::ChainMissing { path, line } => tr!(
                lang,
                "journal-error-chain-missing",
                path = path,
                line = n(*line)
            ),
            JournalError::Serialize(err) => {
                tr!(lang, "journal-error-serialize", reason = err.to_string())
            }
        }
    }

    fn localized_help(&self, lang: Lang) -> Option<String> {
        match self {
            JournalError::Corrupt(line) => line.localized_help(lang),
            JournalError::Output(err) => err.localized_help(lang),
            JournalError::NoHeader { .. } => Some(tr!(lang, "journal-error-no-header-help")),
            JournalError::EarlierFormat { path, reaches, .. } => Some(tr!(
                lang,
                "journal-error-earlier-format-help",
                path = path,
                reaches = reaches.to_string(),
            )),
            JournalError::ScenarioChanged { .. } => {
                Some(tr!(lang, "journal-error-scenario-changed-help"))
            }
            JournalError::SeriesChanged { .. } => {
                Some(tr!(lang, "journal-error-series-changed-help"))
            }
            JournalError::DigestMismatch { .. } => {
                Some(tr!(lang, "journal-error-digest-mismatch-help"))
            }
            JournalError::Exists { path } => {
                Some(tr!(lang, "journal-error-exists-help", path = path))
            }
            JournalError::ForkPastEnd { reaches, .. } => Some(tr!(
                lang,
                "journal-error-fork-past-end-help",
                reaches = reaches.to_string(),
            )),
            JournalError::TornTooLong { .. } => Some(tr!(lang, "journal-error-torn-too-long-help")),
            JournalError::NeverRecorded { start, .. } => Some(tr!(
                lang,
                "journal-error-never-recorded-help",
                start = start
            )),
            JournalError::GivenByHand { path, .. } => {
                Some(tr!(lang, "journal-error-given-by-hand-help", path = path))
            }
            JournalError::ChainBroken { path, .. } => {
                Some(tr!(lang, "journal-error-chain-broken-help", path = path))
            }
            JournalError::ChainMissing { path, .. } => {
                Some(tr!(lang, "journal-error-chain-missing-help", path = path))
            }
            JournalError::Io { .. }
            | JournalError::MisplacedHeader { .. }
            | JournalError::UnsupportedFormat { .. }
            | JournalError::TimeOrder { .. }
            | JournalError::StrayOutcome { .. }
            | JournalError::StrayStrike { .. }
            | JournalError::RefusedOnReplay { .. }
            | JournalError::AppliedOnReplay { .. }
            | JournalError::Serialize(_) => None,
        }
    }

    fn localized_label(&self, lang: Lang) -> Option<String> {
        match self {
            JournalError::Corrupt(line) => line.localized_label(lang),
            JournalError::Output(err) => err.localized_label(lang),
            JournalError::Io { .. }
            | JournalError::NoHeader { .. }
            | JournalError::MisplacedHeader { .. }
            | JournalError::UnsupportedFormat { .. }
            | JournalError::EarlierFormat { .. }
            | JournalError::ScenarioChanged { .. }
            | JournalError::SeriesChanged { .. }
            | JournalError::TimeOrder { .. }
            | JournalError::StrayOutcome { .. }
            | JournalError::StrayStrike { .. }
            | JournalError::DigestMismatch { .. }
            | JournalError::RefusedOnReplay { .. }
            | JournalError::AppliedOnReplay { .. }
            | JournalError::Exists { .. }
            | JournalError::ForkPastEnd { .. }
            | JournalError::TornTooLong { .. }
            | JournalError::NeverRecorded { .. }
            | JournalError::GivenByHand { .. }
            | JournalError::ChainBroken { .. }
            | JournalError::ChainMissing { .. }
            | JournalError::Serialize(_) => None,
        }
    }
}
