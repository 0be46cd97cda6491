//! The headless batch runner: timed commands applied in order, each through the journal
//! when there is one.

use std::collections::BTreeSet;

use miette::Diagnostic;

use super::error::JournalError;
use super::read::Journal;
use super::recorder::Recorder;
use crate::Simulation;
use crate::i18n::{Lang, Localized, Text};
use crate::schedule::Slot;
use crate::time::SimTime;
use crate::tr;
use crate::{Command, CommandError, Origin};

/// A command due at a simulated time.
#[derive(Debug, Clone, PartialEq)]
pub struct Timed {
    /// When it is given.
    pub at: SimTime,
    /// The command.
    pub command: Command,
    /// Who gives it: the MSEL for an inject delivered at its time; for a script's line, the
    /// origin it records (or `Origin::inferred`).
    pub origin: Origin,
    /// Where it comes from, for messages in any language (`script:10`, `MSEL #3`).
    pub from: String,
}

/// The commands of a script (a file of command lines, or a journal), in file order. Headers,
/// digests and checkpoints in it are not commands and are left out.
pub fn script_commands(script: &Journal) -> Vec<Timed> {
    script
        .commands()
        .map(|c| Timed {
            at: c.at,
            command: c.command.clone(),
            origin: c.origin.clone(),
            from: format!("{}:{}", script.path, c.line),
        })
        .collect()
}

/// The timeline of a headless run: the scenario's timed MSEL injects, delivered by
/// themselves at their time (DESIGN.md, "MSEL delivery"), merged with the script in time
/// order; at equal times an inject comes before the script's commands. State-triggered
/// injects are not on it: `run_timeline` delivers them when they come due. An inject the
/// script delivers itself (a journal used as a script holds every inject it delivered) is
/// left to the script, so it is delivered once. An inject the script holds back or retimes
/// (`Reschedule`) follows it: not at all while held, else at its new time (or, released
/// after its planned time, at once), after the script's commands of that time.
pub fn with_msel(scenario: &crate::Scenario, script: Vec<Timed>) -> Vec<Timed> {
    let scripted = |number: u32| {
        script
            .iter()
            .any(|t| t.command == Command::DeliverInject { number })
    };
    // Ranked at equal times: planned deliveries, the script, moved deliveries.
    let mut timeline: Vec<(u8, Timed)> = scenario
        .msel
        .iter()
        .filter(|inject| inject.trigger.is_none() && !scripted(inject.number))
        .filter_map(|inject| {
            let (at, moved) = scheduled(inject, &script)?;
            Some((
                if moved { 2 } else { 0 },
                Timed {
                    at,
                    command: Command::DeliverInject {
                        number: inject.number,
                    },
                    origin: Origin::Msel(inject.number),
                    from: format!("MSEL #{}", inject.number),
                },
            ))
        })
        .collect();
    timeline.extend(script.into_iter().map(|t| (1, t)));
    // A stable sort keeps the script's order.
    timeline.sort_by_key(|(rank, t)| (t.at, *rank));
    timeline.into_iter().map(|(_, t)| t).collect()
}

/// When timed inject `inject` is delivered, given the script's reschedules of it in order,
/// and whether that differs from its plan; `None` while held to the end. A reschedule after
/// the delivery is left for the run to refuse.
fn scheduled(inject: &crate::scenario::Inject, script: &[Timed]) -> Option<(SimTime, bool)> {
    let mut due = Some(inject.at);
    for t in script {
        let Command::Reschedule { number, to } = &t.command else {
            continue;
        };
        if *number != inject.number || due.is_some_and(|d| d <= t.at) {
            continue;
        }
        due = match to {
            Slot::Held => None,
            Slot::At(at) => Some(*at),
            Slot::AsPlanned => Some(inject.at.max(t.at)),
        };
    }
    due.map(|d| (d, d != inject.at))
}

/// A headless run that could not finish.
#[derive(Debug, thiserror::Error, Diagnostic)]
pub enum BatchError {
    /// The journal failed.
    #[diagnostic(transparent)]
    Journal(#[from] JournalError),
    /// The engine refused a command (recorded as refused in the journal, if any).
    Refused {
        /// Where the command comes from.
        from: String,
        /// Its time.
        at: SimTime,
        /// The engine's reason.
        source: CommandError,
    },
    /// A resumed journal is not the beginning of this run's commands.
    Diverges {
        /// The journal file.
        path: String,
        /// 1-based line of the journal's command.
        line: usize,
        /// The journal's command and its time.
        recorded: Box<(Text, SimTime)>,
        /// What this run has in its place: a command, its time and where it comes from;
        /// `None` when the run has no further command.
        expected: Option<Box<(Text, SimTime, String)>>,
    },
    /// A command due before the time the exercise has already reached.
    Late {
        /// Where the command comes from.
        from: String,
        /// Its time.
        at: SimTime,
        /// The time reached.
        now: SimTime,
    },
}

impl std::fmt::Display for BatchError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.localized(Lang::En))
    }
}

impl Localized for BatchError {
    fn localized(&self, lang: Lang) -> String {
        match self {
            BatchError::Journal(err) => err.localized(lang),
            BatchError::Refused { from, at, source } => tr!(
                lang,
                "batch-error-refused",
                from = from,
                at = at.to_string(),
                reason = source.localized(lang),
            ),
            BatchError::Diverges {
                path,
                line,
                recorded,
                expected,
            } => {
                let recorded = tr!(
                    lang,
                    "batch-error-command-at",
                    command = recorded.0.localized(lang),
                    at = recorded.1.to_string(),
                );
                let expected = match expected.as_deref() {
                    Some((command, at, from)) => tr!(
                        lang,
                        "batch-error-command-from",
                        command = command.localized(lang),
                        at = at.to_string(),
                        from = from,
                    ),
                    None => tr!(lang, "batch-error-no-further-command"),
                };
                tr!(
                    lang,
                    "batch-error-diverges",
                    path = path,
                    line = line.to_string(),
                    recorded = recorded,
                    expected = expected,
                )
            }
            BatchError::Late { from, at, now } => tr!(
                lang,
                "batch-error-late",
                from = from,
                at = at.to_string(),
                now = now.to_string(),
            ),
        }
    }

    fn localized_help(&self, lang: Lang) -> Option<String> {
        match self {
            BatchError::Journal(err) => err.localized_help(lang),
            BatchError::Diverges { .. } => Some(tr!(lang, "batch-error-diverges-help")),
            BatchError::Refused { .. } | BatchError::Late { .. } => None,
        }
    }

    fn localized_label(&self, lang: Lang) -> Option<String> {
        match self {
            BatchError::Journal(err) => err.localized_label(lang),
            BatchError::Refused { .. } | BatchError::Diverges { .. } | BatchError::Late { .. } => {
                None
            }
        }
    }
}

/// How many of `timeline`'s first commands the resumed `journal` already holds; every one
/// of them must match, in time and content. Deliveries of injects that are not on the
/// timeline at all (state-triggered ones, delivered when they came due) are passed over:
/// replay re-applies them.
pub fn recorded_prefix(timeline: &[Timed], journal: &Journal) -> Result<usize, BatchError> {
    let on_timeline = |number: u32| {
        timeline
            .iter()
            .any(|t| t.command == Command::DeliverInject { number })
    };
    let triggered = |command: &Command| matches!(command, Command::DeliverInject { number } if !on_timeline(*number));
    let mut count = 0;
    for entry in journal.commands().filter(|e| !triggered(&e.command)) {
        let next = timeline.get(count);
        if next.is_none_or(|t| t.at != entry.at || t.command != entry.command) {
            return Err(BatchError::Diverges {
                path: journal.path.clone(),
                line: entry.line,
                recorded: Box::new((entry.command.text(), entry.at)),
                expected: next.map(|t| Box::new((t.command.text(), t.at, t.from.clone()))),
            });
        }
        count = count.saturating_add(1);
    }
    Ok(count)
}

/// Applies every command of `timeline` due by `until` at its time, recording each when
/// there is a recorder, then advances to `until` and records the checkpoint. On the way,
/// every state-triggered inject is delivered (and recorded) at the moment it comes due,
/// unless the timeline delivers it itself (a journal used as a script).
/// Returns the number of timeline commands applied.
pub fn run_timeline(
    sim: &mut Simulation,
    timeline: &[Timed],
    until: SimTime,
    recorder: Option<&mut Recorder>,
) -> Result<usize, BatchError> {
    run_timeline_with(sim, timeline, until, recorder, None)
}

/// How far a long run has come: called with the simulated time reached, about once per
/// [`PROGRESS_STEP`] of simulated time.
pub type Progress<'a> = &'a mut dyn FnMut(SimTime);

/// The simulated time between two progress reports.
pub const PROGRESS_STEP: SimTime = SimTime::hours(24);

/// [`run_timeline`], reporting the simulated time reached to `progress` on the way. The
/// result is the same, digest for digest: advancing in steps processes the same events in
/// the same order.
pub fn run_timeline_with(
    sim: &mut Simulation,
    timeline: &[Timed],
    until: SimTime,
    mut recorder: Option<&mut Recorder>,
    mut progress: Option<Progress<'_>>,
) -> Result<usize, BatchError> {
    let scripted: BTreeSet<u32> = timeline
        .iter()
        .filter_map(|t| t.command.delivers())
        .collect();
    let mut applied = 0usize;
    for timed in timeline.iter().take_while(|t| t.at <= until) {
        if timed.at < sim.now() {
            return Err(BatchError::Late {
                from: timed.from.clone(),
                at: timed.at,
                now: sim.now(),
            });
        }
        reach_in_steps(sim, timed.at, &scripted, &mut recorder, &mut progress)?;
        give(sim, timed, recorder.as_deref_mut())?;
        applied = applied.saturating_add(1);
    }
    reach_in_steps(sim, until, &scripted, &mut recorder, &mut progress)?;
    if let Some(recorder) = recorder {
        recorder.reached(sim)?;
    }
    Ok(applied)
}

/// [`reach`], in steps of [`PROGRESS_STEP`] with a report after each when there is a
/// `progress` to report to.
fn reach_in_steps(
    sim: &mut Simulation,
    t: SimTime,
    scripted: &BTreeSet<u32>,
    recorder: &mut Option<&mut Recorder>,
    progress: &mut Option<Progress<'_>>,
) -> Result<(), BatchError> {
    let Some(report) = progress else {
        return reach(sim, t, scripted, recorder.as_deref_mut());
    };
    loop {
        let step = SimTime(sim.now().millis().saturating_add(PROGRESS_STEP.millis())).min(t);
        reach(sim, step, scripted, recorder.as_deref_mut())?;
        report(sim.now());
        if step >= t {
            return Ok(());
        }
    }
}

/// Advances to `t`, delivering each state-triggered inject where it comes due, except
/// those the timeline delivers itself.
fn reach(
    sim: &mut Simulation,
    t: SimTime,
    scripted: &BTreeSet<u32>,
    mut recorder: Option<&mut Recorder>,
) -> Result<(), BatchError> {
    loop {
        sim.advance_to(t);
        for due in sim
            .due_injects()
            .into_iter()
            .filter(|d| !scripted.contains(&d.number))
        {
            let number = due.number;
            let timed = Timed {
                at: sim.now(),
                command: Command::DeliverInject { number },
                origin: Origin::Msel(number),
                from: format!("MSEL #{number}"),
            };
            give(sim, &timed, recorder.as_deref_mut())?;
        }
        if sim.now() >= t {
            return Ok(());
        }
    }
}

/// Applies one command now, through the recorder when there is one.
fn give(
    sim: &mut Simulation,
    timed: &Timed,
    recorder: Option<&mut Recorder>,
) -> Result<(), BatchError> {
    let result = match recorder {
        Some(recorder) => recorder
            .record(sim, timed.command.clone(), timed.origin.clone())?
            .map(|_| ()),
        None => sim.apply_as(&timed.command, &timed.origin),
    };
    result.map_err(|source| BatchError::Refused {
        from: timed.from.clone(),
        at: timed.at,
        source,
    })
}
