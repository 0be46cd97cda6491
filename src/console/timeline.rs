//! Replay for trainers: a recorded exercise on a timeline that can be scrubbed back and forth.
//!
//! Opening a recording replays it once to its end, checking every recorded digest, and keeps
//! checkpoints on the way: at most `KEPT` of them, evenly spaced over the recording. Going
//! back restores the nearest checkpoint at or before the target and simulates forward from
//! there through the journal's own replay (`Replayer`), which checks the recorded digests
//! again on the way; going forward continues from where the simulation stands, or from a
//! checkpoint between there and the target. The checkpoints share one copy of the exit
//! records (they only ever grow), so memory stays bounded.

use crate::journal::{CommandEntry, Entry, Journal, JournalError, Outcome, Replayer, check};
use crate::scenario::{Observation, Scenario, Source};
use crate::time::SimTime;
use crate::view::ExitRecord;
use crate::{Checkpoint, Simulation};

/// A point of the recording: a simulated time and how many journal entries are applied by
/// then (several commands can share one time, so the time alone is not enough).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    /// Simulated time.
    pub at: SimTime,
    /// Journal entries applied.
    pub applied: usize,
}

/// Where to move on the timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seek {
    /// Back by `SimTime`.
    Back(SimTime),
    /// Forward by `SimTime`.
    Forward(SimTime),
    /// To the start of the exercise.
    Start,
    /// To the end of the recording.
    End,
    /// Right after the previous recorded command.
    PreviousCommand,
    /// Right after the next recorded command.
    NextCommand,
    /// To the previous landmark: a gap's opening, an inject's delivery, an observation.
    PreviousLandmark,
    /// To the next landmark.
    NextLandmark,
}

/// What a hot wash stops at: the moments a debrief talks about.
#[derive(Debug, Clone, PartialEq)]
pub enum Landmark {
    /// Gap `id` opened.
    GapOpened(u32),
    /// MSEL inject `number` was delivered.
    Delivered(u32),
    /// An evaluator's (or the facilitator's) observation, during play or added afterwards
    /// from the hot-wash sheet.
    Observation(Observation),
}

impl Landmark {
    /// The mark on the timeline's bar (a shape, so it reads without colour).
    pub fn symbol(&self) -> char {
        match self {
            Landmark::GapOpened(_) => '▲',
            Landmark::Delivered(_) => '◆',
            Landmark::Observation(_) => '●',
        }
    }
}

/// A landmark and when it happened.
#[derive(Debug, Clone, PartialEq)]
pub struct Landmarked {
    /// Simulated time.
    pub at: SimTime,
    /// What happened.
    pub what: Landmark,
}

/// At most this many checkpoints are kept while a recording is open.
pub const KEPT: usize = 48;

/// Checkpoints are never closer than this.
const FINEST: SimTime = SimTime::hours(1);

/// A checkpoint kept for scrubbing, without its exit records (the timeline keeps those once).
struct Kept {
    position: Position,
    checkpoint: Checkpoint,
    /// How many of the timeline's exit records it had.
    departed: usize,
}

/// A recorded exercise opened for replay.
pub struct Timeline {
    journal: Journal,
    scenario: Scenario,
    seed: u64,
    position: Position,
    end: SimTime,
    rebuilds: usize,
    restores: usize,
    landmarks: Vec<Landmarked>,
    kept: Vec<Kept>,
    /// The exit records of the whole recording, in order of leaving.
    departed: Vec<ExitRecord>,
}

impl Timeline {
    /// Opens `journal` on `scenario` (parsed from `source`): replays it once to the end to
    /// check every digest and find where the recording ends, keeping checkpoints on the way
    /// (every `reaches / KEPT`, at least an hour apart). The returned simulation stands at the
    /// start.
    pub fn open(
        journal: Journal,
        scenario: Scenario,
        source: &Source,
    ) -> Result<(Timeline, Simulation), JournalError> {
        let header = check(&journal, &scenario, source)?;
        let seed = header.seed;
        let scenario = header.as_played(&scenario);
        let spacing = SimTime((journal.reaches().millis() / KEPT as i64).max(FINEST.millis()));
        let mut sim = Simulation::new(&scenario, seed);
        let mut replayer = Replayer::new(&journal);
        let mut kept = Vec::new();
        let mut next = SimTime::ZERO;
        for (index, entry) in journal.entries.iter().enumerate() {
            // Every grid time before this entry: the state `seek` reaches at that time.
            while next < entry.at() && kept.len() < KEPT {
                sim.advance_through(next);
                kept.push(Kept {
                    position: Position {
                        at: next,
                        applied: index,
                    },
                    checkpoint: sim.checkpoint(),
                    departed: 0,
                });
                next = next + spacing;
            }
            replayer.apply(&mut sim, index)?;
        }
        let departed = sim.departures().to_vec();
        for k in &mut kept {
            k.departed = k.checkpoint.take_departures();
        }
        let timeline = Timeline {
            end: sim.now(),
            landmarks: landmarks(&journal, &sim),
            journal,
            seed,
            position: Position {
                at: SimTime::ZERO,
                applied: 0,
            },
            rebuilds: 0,
            restores: 0,
            scenario,
            kept,
            departed,
        };
        let start = Simulation::new(&timeline.scenario, seed);
        Ok((timeline, start))
    }

    /// How many checkpoints are kept, and the time of each.
    pub fn checkpoints(&self) -> Vec<SimTime> {
        self.kept.iter().map(|k| k.position.at).collect()
    }

    /// How often a move restored a kept checkpoint.
    pub fn restores(&self) -> usize {
        self.restores
    }

    /// The kept checkpoint nearest before `to` (at or before it in time and in entries).
    fn nearest(&self, to: Position) -> Option<&Kept> {
        self.kept
            .iter()
            .rev()
            .find(|k| k.position.at <= to.at && k.position.applied <= to.applied)
    }

    /// A simulation restored from `kept`, its exit records put back.
    fn restore(&self, kept: &Kept) -> Option<Simulation> {
        let mut checkpoint = kept.checkpoint.clone();
        let records = self.departed.get(..kept.departed)?.to_vec();
        checkpoint.put_departures(records);
        Simulation::restore_from(&self.scenario, checkpoint).ok()
    }

    /// The journal's file.
    pub fn path(&self) -> &str {
        &self.journal.path
    }

    /// The end of the recording.
    pub fn end(&self) -> SimTime {
        self.end
    }

    /// Where the simulation stands.
    pub fn position(&self) -> Position {
        self.position
    }

    /// How often going back rebuilt the simulation (from a checkpoint, or from the start).
    pub fn rebuilds(&self) -> usize {
        self.rebuilds
    }

    /// The recording's landmarks, in time order.
    pub fn landmarks(&self) -> &[Landmarked] {
        &self.landmarks
    }

    /// The landmarks at exactly the time the simulation stands.
    pub fn landmarks_here(&self) -> impl Iterator<Item = &Landmarked> {
        let at = self.position.at;
        self.landmarks.iter().filter(move |l| l.at == at)
    }

    /// The last command applied, if any.
    pub fn last_applied(&self) -> Option<(&CommandEntry, bool)> {
        self.applied_commands().last()
    }

    /// The recorded commands with their entry index, in order.
    pub fn commands(&self) -> impl Iterator<Item = (usize, &CommandEntry)> {
        self.journal
            .entries
            .iter()
            .enumerate()
            .filter_map(|(i, e)| match e {
                Entry::Command(c) => Some((i, c)),
                _ => None,
            })
    }

    /// The recorded commands applied so far, with whether each was applied or refused.
    pub fn applied_commands(&self) -> impl Iterator<Item = (&CommandEntry, bool)> {
        let applied = self.position.applied;
        self.commands()
            .take_while(move |(i, _)| *i < applied)
            .map(|(_, c)| {
                let refused = matches!(c.outcome, Some((_, Outcome::Refused(_))));
                (c, !refused)
            })
    }

    /// The MSEL numbers delivered so far, with their time.
    pub fn delivered(&self) -> impl Iterator<Item = (u32, SimTime)> + '_ {
        self.applied_commands()
            .filter(|(_, applied)| *applied)
            .filter_map(|(c, _)| c.command.delivers().map(|number| (number, c.at)))
    }

    /// The position a move leads to from where the simulation stands.
    pub fn target(&self, seek: Seek) -> Position {
        let now = self.position;
        let stops = || {
            self.commands().map(|(i, c)| Position {
                at: c.at,
                applied: i + 1,
            })
        };
        match seek {
            Seek::Back(by) => self.at_time(SimTime(now.at.millis() - by.millis())),
            Seek::Forward(by) => self.at_time(now.at + by),
            Seek::Start => self.at_time(SimTime::ZERO),
            Seek::End => self.at_time(self.end),
            Seek::PreviousCommand => stops()
                .filter(|s| *s < now)
                .last()
                .unwrap_or_else(|| self.at_time(SimTime::ZERO)),
            Seek::NextCommand => stops().find(|s| *s > now).unwrap_or(now),
            Seek::PreviousLandmark => self
                .landmark_stops()
                .filter(|s| *s < now)
                .last()
                .unwrap_or(now),
            Seek::NextLandmark => self.landmark_stops().find(|s| *s > now).unwrap_or(now),
        }
    }

    /// The positions of the landmarks, in order.
    fn landmark_stops(&self) -> impl Iterator<Item = Position> + '_ {
        self.landmarks.iter().map(|l| self.at_time(l.at))
    }

    /// The position at time `t` (kept within the recording), with every entry up to it
    /// applied.
    pub fn at_time(&self, t: SimTime) -> Position {
        let at = t.clamp(SimTime::ZERO, self.end);
        let applied = self
            .journal
            .entries
            .iter()
            .take_while(|e| e.at() <= at)
            .count();
        Position { at, applied }
    }

    /// Brings `sim` to `to`: forward from where it stands, or from the nearest checkpoint
    /// before `to` when `to` lies behind (or a checkpoint lies between here and `to`).
    pub fn seek(&mut self, sim: &mut Simulation, to: Position) -> Result<(), JournalError> {
        let back = to.at < self.position.at || to.applied < self.position.applied;
        let nearest = self.nearest(to).filter(|k| {
            back || (k.position.at > self.position.at
                && k.position.applied >= self.position.applied)
        });
        let restored = nearest.and_then(|k| Some((k.position, self.restore(k)?)));
        if let Some((position, restored)) = restored {
            *sim = restored;
            self.position = position;
            self.restores += 1;
            self.rebuilds += usize::from(back);
        } else if back {
            *sim = Simulation::new(&self.scenario, self.seed);
            self.position = Position {
                at: SimTime::ZERO,
                applied: 0,
            };
            self.rebuilds += 1;
        }
        let mut replayer = Replayer::new(&self.journal);
        // The replayer counts only from where it starts; its checks are what matter here.
        for index in self.position.applied..to.applied {
            if let Err(err) = replayer.apply(sim, index) {
                // The simulation may stand between entries now: start afresh next time.
                self.position = Position {
                    at: SimTime(i64::MAX),
                    applied: usize::MAX,
                };
                return Err(err);
            }
        }
        sim.advance_through(to.at);
        self.position = to;
        Ok(())
    }
}

/// The landmarks of a recording replayed to its end (`sim`), in time order: gaps as they
/// opened, deliveries as the journal has them, observations recorded during play and those
/// added afterwards (annotation lines).
fn landmarks(journal: &Journal, sim: &Simulation) -> Vec<Landmarked> {
    let gaps = sim.gaps().iter().map(|g| Landmarked {
        at: SimTime(g.opened_ms),
        what: Landmark::GapOpened(g.id),
    });
    let delivered = journal.commands().filter_map(|c| {
        let applied = !matches!(c.outcome, Some((_, Outcome::Refused(_))));
        let number = c.command.delivers().filter(|_| applied)?;
        Some(Landmarked {
            at: c.at,
            what: Landmark::Delivered(number),
        })
    });
    let observed = sim.observations().iter().map(|o| Landmarked {
        at: SimTime(o.at_ms),
        what: Landmark::Observation(o.observation.clone()),
    });
    let annotated = journal.annotations.iter().map(|a| Landmarked {
        at: a.at,
        what: Landmark::Observation(a.observation.clone()),
    });
    let mut all: Vec<Landmarked> = gaps
        .chain(delivered)
        .chain(observed)
        .chain(annotated)
        .collect();
    // A stable sort: at one time, gaps, then deliveries, then observations.
    all.sort_by_key(|l| l.at);
    all
}
