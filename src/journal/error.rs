//! What can go wrong with a journal: each error names the file, the line and what differs.

use miette::{Diagnostic, SourceSpan};

use crate::scenario::excerpt::Excerpt;

use crate::time::SimTime;

/// A journal that cannot be read, written or replayed.
#[derive(Debug, thiserror::Error, Diagnostic)]
pub enum JournalError {
    /// The file system refused.
    #[error("cannot {action} {path}: {source}")]
    Io {
        /// What was being done (`read`, `create`, `write to`...).
        action: &'static str,
        /// The journal file.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
    /// A line that is not a journal line (and not a torn last line).
    #[error(transparent)]
    #[diagnostic(transparent)]
    Corrupt(Box<CorruptLine>),
    /// A journal must start with its header.
    #[error("{path}: the journal has no header line")]
    #[diagnostic(help(
        "a journal starts with `Header(format: 2, engine: ..., hash: ..., seed: ...)`; a file of command lines alone is a script for `run --commands`"
    ))]
    NoHeader {
        /// The journal file.
        path: String,
    },
    /// A header anywhere but on the first line.
    #[error("{path}:{line}: a header may only be the first line")]
    MisplacedHeader {
        /// The journal file.
        path: String,
        /// 1-based line.
        line: usize,
    },
    /// A journal format this version does not read.
    #[error(
        "{path}: journal format {found} is not supported; this fluxsim reads formats 1 to {supported}"
    )]
    UnsupportedFormat {
        /// The journal file.
        path: String,
        /// The format in the header.
        found: u32,
        /// The latest format this build reads (and the one it writes).
        supported: u32,
    },
    /// A journal of an earlier format or model cannot be continued in place.
    #[error(
        "{path} was recorded in journal format {format} (digest scheme {digest}, model {model}); this fluxsim writes format {current_format} (digest scheme {current_digest}, model {current_model}) and cannot append to it"
    )]
    #[diagnostic(help(
        "it still replays; to go on with it, fork it at its end into a journal of the current format (`fluxsim fork {path} --at T+{reaches} -o NEW.journal`) and resume that"
    ))]
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
    #[error(
        "the scenario {scenario} is not the one {path} was recorded with: the journal records {recorded}, the scenario now hashes to {actual}"
    )]
    #[diagnostic(help(
        "replay with the scenario file as it was (--scenario FILE), or record a new journal"
    ))]
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
    /// Simulated time never goes backwards.
    #[error("{path}:{line}: this line is at T+{at}, before the previous line at T+{previous}")]
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
    #[error("{path}:{line}: a {kind} line must directly follow a command line")]
    StrayOutcome {
        /// The journal file.
        path: String,
        /// 1-based line.
        line: usize,
        /// `Digest` or `Refused`.
        kind: &'static str,
    },
    /// A strike line must follow an applied command given at the same time.
    #[error(
        "{path}:{line}: a Struck line strikes the applied command just before it, given at the same time ({at})"
    )]
    StrayStrike {
        /// The journal file.
        path: String,
        /// 1-based line.
        line: usize,
        /// The time the strike line names.
        at: SimTime,
    },
    /// Replay reached another state than the one recorded.
    #[error(
        "{path}:{line}: the state differs from the recording {after}: the journal records digest {recorded:016x}, replay reached {replayed:016x}"
    )]
    #[diagnostic(help(
        "the scenario, the seed or the engine behaves differently from when the journal was written"
    ))]
    DigestMismatch {
        /// The journal file.
        path: String,
        /// 1-based line of the digest.
        line: usize,
        /// `after the command on line N` or `at T+x`.
        after: String,
        /// The recorded digest.
        recorded: u64,
        /// The digest replay reached.
        replayed: u64,
    },
    /// A command recorded as applied is refused on replay (or was never accepted).
    #[error("{path}:{line}: the command is refused on replay: {reason}")]
    RefusedOnReplay {
        /// The journal file.
        path: String,
        /// 1-based line of the command.
        line: usize,
        /// The engine's reason.
        reason: String,
    },
    /// A command recorded as refused is accepted on replay.
    #[error(
        "{path}:{line}: the command was refused when recorded ({reason}) but is applied on replay"
    )]
    AppliedOnReplay {
        /// The journal file.
        path: String,
        /// 1-based line of the command.
        line: usize,
        /// The recorded reason.
        reason: String,
    },
    /// Recording never overwrites an earlier exercise.
    #[error("{path} already exists")]
    #[diagnostic(help(
        "continue it with `run --resume {path}`, or choose another file for a new journal"
    ))]
    Exists {
        /// The journal file.
        path: String,
    },
    /// A fork can only start from a moment the recording reached.
    #[error("{path} reaches T+{reaches}; a fork at T+{at} is past the end of the exercise")]
    #[diagnostic(help("fork at a time up to T+{reaches}"))]
    ForkPastEnd {
        /// The journal forked.
        path: String,
        /// The time asked for.
        at: SimTime,
        /// The time the recording reaches (its last command or checkpoint).
        reaches: SimTime,
    },
    /// An output file may not be written there, or writing it failed.
    #[error(transparent)]
    #[diagnostic(transparent)]
    Output(#[from] crate::output::OutputError),
    /// An unterminated tail too long to be a line cut off mid-write.
    #[error(
        "{path}:{line}: the journal ends in {bytes} bytes without a line break (`{excerpt}`), far more than a line cut off mid-write; the file was left as it is"
    )]
    #[diagnostic(help(
        "something other than fluxsim appended to the journal: look at its end, keep a copy, and cut it back to its last complete line before resuming"
    ))]
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
    #[error(
        "{path} holds no complete line: no command was ever recorded in it (the recording stopped before its header was written)"
    )]
    #[diagnostic(help("start the exercise afresh in its place: `{start}`"))]
    NeverRecorded {
        /// The journal file.
        path: String,
        /// The command that starts afresh.
        start: String,
    },
    /// A journal whose commands were given by hand (in the console, or from a script not
    /// given now): a headless run cannot know what comes next.
    #[error(
        "{path}:{line}: {recorded} was given by hand (in the console or from a script), not by the scenario's MSEL; a headless run cannot tell what comes after it"
    )]
    #[diagnostic(help(
        "go on with it in the console: `fluxsim console --resume {path}`; or, if it was recorded from a script, give the script again: `fluxsim run --resume {path} --commands SCRIPT`"
    ))]
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
    #[error(
        "{path}:{line}: line {line} was changed, or a line before it was removed or inserted: the journal's chain breaks here"
    )]
    #[diagnostic(help(
        "every line of a format-4 journal ends with a chain value over the lines up to it (docs/journal-format.md, \"The chain\"); this file is not the record as fluxsim wrote it. Keep it as it is and use the original; to reuse edited commands, give the file as a script: `fluxsim run --commands {path}`"
    ))]
    ChainBroken {
        /// The journal file.
        path: String,
        /// 1-based line where the chain breaks.
        line: usize,
    },
    /// A line of a chained journal (format 4 on) without a chain value: fluxsim never writes
    /// one, so it was added or edited by hand.
    #[error(
        "{path}:{line}: line {line} carries no chain value, so fluxsim did not write it: a line was added or edited here"
    )]
    #[diagnostic(help(
        "every line of a format-4 journal after its header ends with `// chain:` and 32 hexadecimal digits (docs/journal-format.md, \"The chain\"); keep the file as it is and use the original; to reuse edited commands, give the file as a script: `fluxsim run --commands {path}`"
    ))]
    ChainMissing {
        /// The journal file.
        path: String,
        /// 1-based line.
        line: usize,
    },
    /// A line could not be turned into text.
    #[error("cannot write a journal line: {0}")]
    Serialize(#[from] ron::Error),
}

/// A line that could not be read, located in the file.
#[derive(Debug, thiserror::Error, Diagnostic)]
#[error("{path}:{line}:{column}: {message}")]
#[diagnostic(help(
    "each line is one of Header(...), Command(at: \"T+6h\", command: ...), Digest(state: \"...\"), Refused(reason: \"...\"), Reached(at: ..., state: ...), Forked(from: ..., at: ..., state: ...); see docs/journal-format.md"
))]
pub struct CorruptLine {
    /// The journal file.
    pub path: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column (in characters).
    pub column: usize,
    /// What is wrong there.
    pub message: String,
    #[source_code]
    pub(crate) src: Excerpt,
    #[label("{message}")]
    pub(crate) span: SourceSpan,
}
