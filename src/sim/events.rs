//! The pending-event queue: ordered by (time, insertion sequence), so ties run first-in,
//! first-out and a run is reproducible.

use std::cmp::{Ordering, Reverse};
use std::collections::BinaryHeap;

use bevy_ecs::entity::Entity;

/// Something that happens at a simulated instant. A checkpoint saves a person as a
/// placeholder (`checkpoint::placeholder`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Event {
    /// The next Poisson arrival of an arrival source.
    Arrival { source: u16 },
    /// The next person of a surge of an arrival source.
    SurgeArrival { source: u16, surge: u16, index: u32 },
    /// A person reaches the end of the current leg of their journey.
    Reach {
        #[serde(with = "super::checkpoint::placeholder")]
        person: Entity,
    },
    /// A server at a station finishes with a person, who speaks `language` and holds an
    /// interpreter (0 none, 1 on site, 2 remote): carried here so the end of service needs
    /// no look-up of the person.
    ServiceEnd {
        station: u16,
        #[serde(with = "super::checkpoint::placeholder")]
        person: Entity,
        language: u8,
        interpreter: u8,
    },
    /// A new shift starts at a BCP.
    ShiftChange { station: u16 },
    /// The first passenger at a bus stop has waited the fleet's maximum.
    BusTimeout { stop: u16 },
    /// A bus of a fleet is back and free.
    BusReturn { fleet: u16 },
    /// A person's stay at a reception site ends.
    StayEnd {
        #[serde(with = "super::checkpoint::placeholder")]
        person: Entity,
    },
    /// A green-border crosser is found by a patrol.
    Detected {
        #[serde(with = "super::checkpoint::placeholder")]
        person: Entity,
    },
    /// A vulnerable person has been handed over to the designated service.
    HandoverDone {
        #[serde(with = "super::checkpoint::placeholder")]
        person: Entity,
    },
    /// Time to record a sample of the time series.
    Sample,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Entry {
    time: i64,
    seq: u64,
    event: Event,
}

impl Ord for Entry {
    fn cmp(&self, other: &Self) -> Ordering {
        (self.time, self.seq).cmp(&(other.time, other.seq))
    }
}

impl PartialOrd for Entry {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// A min-heap of events by (time, sequence).
#[derive(Debug, Default, Clone)]
pub struct EventQueue {
    heap: BinaryHeap<Reverse<Entry>>,
    next_seq: u64,
}

impl EventQueue {
    /// Schedules `event` at `time` (milliseconds).
    pub fn push(&mut self, time: i64, event: Event) {
        let seq = self.next_seq;
        self.next_seq += 1;
        self.heap.push(Reverse(Entry { time, seq, event }));
    }

    /// Time of the next event, if any.
    pub fn peek_time(&self) -> Option<i64> {
        self.heap.peek().map(|Reverse(e)| e.time)
    }

    /// Removes and returns the next event.
    pub fn pop(&mut self) -> Option<(i64, Event)> {
        self.heap.pop().map(|Reverse(e)| (e.time, e.event))
    }

    /// Every pending event with its time and sequence, in firing order (for the digest).
    pub fn ordered(&self) -> Vec<(i64, u64, Event)> {
        let mut all: Vec<Entry> = self.heap.iter().map(|Reverse(e)| *e).collect();
        all.sort_unstable();
        all.into_iter().map(|e| (e.time, e.seq, e.event)).collect()
    }

    /// A queue of `entries` (time, sequence, event) whose next event gets sequence
    /// `next_seq`: a saved queue (`ordered`, `next_seq`) built again.
    pub fn from_ordered(entries: Vec<(i64, u64, Event)>, next_seq: u64) -> Self {
        let heap = entries
            .into_iter()
            .map(|(time, seq, event)| Reverse(Entry { time, seq, event }))
            .collect();
        EventQueue { heap, next_seq }
    }

    /// The sequence number the next event will get.
    pub fn next_seq(&self) -> u64 {
        self.next_seq
    }
}
