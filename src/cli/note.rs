//! What the commands say on the way besides their diagnostics — notes, and failures that
//! point at no place in a file — typed, and put into words in the reader's language.

use std::fmt;

use crate::i18n::{Lang, Localized};
use crate::journal::Torn;
use crate::time::SimTime;
use crate::tr;

/// A note or a located-nowhere failure of a command.
#[derive(Debug, Clone)]
pub enum Note {
    /// `--until` past the end of the exercise.
    UntilPastEnd {
        /// The time asked for.
        asked: SimTime,
        /// The exercise's end.
        end: SimTime,
    },
    /// `--resume` of a journal that already reached the end.
    AlreadyFinished {
        /// The journal.
        path: String,
        /// The time its Reached line records.
        at: SimTime,
    },
    /// The scenario a journal's header names cannot be read (often: replayed from another
    /// directory than the one it was recorded in, with a relative path in the header).
    HeaderScenarioUnreadable {
        /// The journal.
        journal: String,
        /// The path in its header.
        scenario: String,
        /// Why it cannot be read.
        reason: String,
    },
    /// A long run's progress, rewritten in place on a terminal.
    Progress {
        /// Simulated time reached.
        now: SimTime,
        /// Where the run stops.
        until: SimTime,
        /// How far, in percent.
        percent: i64,
    },
    /// `--seed` given to resume a journal recorded with another seed.
    SeedMismatch {
        /// The journal.
        path: String,
        /// The seed it was recorded with.
        recorded: u64,
        /// The seed given.
        given: u64,
    },
    /// A journal's last line was cut off mid-write and is dropped.
    Torn {
        /// The journal.
        path: String,
        /// The torn line.
        torn: Torn,
        /// The exercise goes on from the line before (a resume).
        continuing: bool,
    },
    /// A report's file name ends neither in `.html` nor in `.md`.
    ReportExtension {
        /// The file as given.
        path: String,
    },
    /// A replication of a sweep lost or made up people.
    SweepNotConserved {
        /// Its seed.
        seed: u64,
    },
    /// The journal a sweep applies was recorded on another version of the scenario.
    SweepScenarioChanged {
        /// The scenario's path or name.
        scenario: String,
    },
    /// A journal replayed ends without a Reached line.
    Interrupted {
        /// The journal.
        path: String,
        /// Its last command's time, where the summary is.
        at: SimTime,
    },
    /// `--threads` past the cap.
    ThreadsCapped {
        /// Threads asked for.
        asked: u64,
        /// Cores of this machine.
        cores: usize,
        /// Threads used.
        cap: usize,
    },
    /// `msel import` could not write the scenario's new text.
    MselUnwritable {
        /// Why.
        reason: String,
    },
    /// `scenario raci import` or `scenario places import` wrote a scenario.
    SheetImported {
        /// What the sheet is: a catalogue key (`file-raci`).
        what: &'static str,
        /// Rows that changed the scenario.
        rows: usize,
        /// The scenario written.
        path: String,
        /// Only the changed parts were replaced (the comments kept).
        comments_kept: bool,
        /// Where the previous text was kept (an import in place).
        backup: Option<String>,
    },
    /// `msel import` replaced a scenario's MSEL.
    MselImported {
        /// Injects imported.
        injects: usize,
        /// The scenario written.
        path: String,
        /// Only the msel section was replaced (the comments kept).
        comments_kept: bool,
        /// Where the previous text was kept (an import in place).
        backup: Option<String>,
    },
}

impl Localized for Note {
    fn localized(&self, lang: Lang) -> String {
        match self {
            Note::UntilPastEnd { asked, end } => tr!(
                lang,
                "note-until-past-end",
                asked = asked.to_string(),
                end = end.to_string()
            ),
            Note::AlreadyFinished { path, at } => tr!(
                lang,
                "note-already-finished",
                path = path,
                at = at.to_string()
            ),
            Note::HeaderScenarioUnreadable {
                journal,
                scenario,
                reason,
            } => tr!(
                lang,
                "note-header-scenario-unreadable",
                journal = journal,
                scenario = scenario,
                reason = reason,
            ),
            Note::Progress {
                now,
                until,
                percent,
            } => tr!(
                lang,
                "note-progress",
                now = now.to_string(),
                until = until.to_string(),
                percent = percent.to_string(),
            ),
            Note::SeedMismatch {
                path,
                recorded,
                given,
            } => tr!(
                lang,
                "note-seed-mismatch",
                path = path,
                recorded = recorded.to_string(),
                given = given.to_string(),
            ),
            Note::Torn {
                path,
                torn,
                continuing,
            } => tr!(
                lang,
                if *continuing {
                    "note-torn-continuing"
                } else {
                    "note-torn"
                },
                path = path,
                torn = torn.localized(lang),
            ),
            Note::ReportExtension { path } => tr!(lang, "note-report-extension", path = path),
            Note::SweepNotConserved { seed } => {
                tr!(lang, "note-sweep-not-conserved", seed = seed.to_string())
            }
            Note::SweepScenarioChanged { scenario } => {
                tr!(lang, "note-sweep-scenario-changed", scenario = scenario)
            }
            Note::Interrupted { path, at } => {
                tr!(lang, "note-interrupted", path = path, at = at.to_string())
            }
            Note::ThreadsCapped { asked, cores, cap } => tr!(
                lang,
                "note-threads-capped",
                asked = asked.to_string(),
                per_core = super::sweep::THREADS_PER_CORE.to_string(),
                cores = cores.to_string(),
                cap = cap.to_string(),
            ),
            Note::MselUnwritable { reason } => tr!(lang, "note-msel-unwritable", reason = reason),
            Note::SheetImported {
                what,
                rows,
                path,
                comments_kept,
                backup,
            } => {
                let how = tr!(
                    lang,
                    if *comments_kept {
                        "note-sheet-parts-replaced"
                    } else {
                        "note-msel-written-anew"
                    }
                );
                let imported = tr!(
                    lang,
                    "note-sheet-imported",
                    what = tr!(lang, what),
                    count = *rows,
                    path = path,
                    how = how
                );
                match backup {
                    Some(backup) => tr!(
                        lang,
                        "note-msel-imported-backup",
                        imported = imported,
                        backup = backup
                    ),
                    None => imported,
                }
            }
            Note::MselImported {
                injects,
                path,
                comments_kept,
                backup,
            } => {
                let how = tr!(
                    lang,
                    if *comments_kept {
                        "note-msel-section-replaced"
                    } else {
                        "note-msel-written-anew"
                    }
                );
                let imported = tr!(
                    lang,
                    "note-msel-imported",
                    count = *injects,
                    path = path,
                    how = how
                );
                match backup {
                    Some(backup) => tr!(
                        lang,
                        "note-msel-imported-backup",
                        imported = imported,
                        backup = backup
                    ),
                    None => imported,
                }
            }
        }
    }
}

/// Prints the note on a journal's torn last line, if it has one.
pub(crate) fn note_torn(journal: &crate::journal::Journal, continuing: bool, lang: Lang) {
    if let Some(torn) = &journal.torn {
        let note = Note::Torn {
            path: journal.path.clone(),
            torn: torn.clone(),
            continuing,
        };
        eprintln!("{}", note.localized(lang));
    }
}

impl fmt::Display for Note {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.localized(Lang::En))
    }
}
