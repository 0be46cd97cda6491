//! The exercise journal: every command written and synced before it takes effect, so that
//! scenario + seed + journal reproduce an exercise bit for bit, a killed process resumes
//! where it stopped, and a trainer can replay it. The format is in docs/journal-format.md.
// Values from files and the command line enter here: arithmetic on them is checked.
#![deny(clippy::arithmetic_side_effects)]

mod annotate;
mod batch;
mod cache;
mod chain;
mod error;
mod fork;
mod hash;
mod line;
mod read;
mod recorder;
mod replay;
mod resume;
mod v1;

pub use annotate::{AnnotateError, Annotations, COLUMNS as HOT_WASH_COLUMNS, annotations};
pub use batch::{
    BatchError, PROGRESS_STEP, Progress, Timed, recorded_prefix, run_timeline, run_timeline_with,
    script_commands, with_msel,
};
pub use cache::{Cache, CacheNote, LONG_EXERCISE_EVENTS, cache_path, replay_cached};
pub use chain::Chain;
pub use error::{Access, CorruptLine, DigestPoint, JournalError, LineProblem};
pub use fork::{Forked, fork, fork_with};
pub use hash::{code_hash, scenario_hash};
pub use line::{CHAINED_SINCE, DIGEST_SCHEME, FORMAT, Header, Line, MODEL, Mark, ScenarioSource};
pub use read::{
    Annotation, CommandEntry, Entry, Journal, Marker, Outcome, Tail, Torn, parse, read, read_as,
};
pub use recorder::Recorder;
pub use replay::{ModelChanged, NewDigest, Replayed, Replayer, check, replay};
pub use resume::{Resumed, resume, resume_with};
