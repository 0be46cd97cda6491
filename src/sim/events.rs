//! The pending-event queue: ordered by (time, insertion sequence), so ties run first-in,
//! first-out and a run is reproducible.

use std::cmp::{Ordering, Reverse};
use std::collections::{BinaryHeap, VecDeque};

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

/// Width of a calendar bucket: 2^16 ms, about a simulated minute. A power of two, so an
/// event's bucket is a shift of its time (`bucket_of`), not a division.
const BUCKET_BITS: u32 = 16;

/// The calendar bucket of time `t` (ms): `t` divided by the bucket width, rounded down.
fn bucket_of(t: i64) -> i64 {
    t >> BUCKET_BITS
}

/// Buckets kept in the calendar ring (about 3.1 days ahead); later events wait in `spill`.
const SPAN: usize = 4096;

/// The pending events in firing order (time, then sequence): a calendar queue. The events
/// before bucket `base` are in `near`, kept sorted; later ones wait unsorted in one bucket
/// per 2^16 ms (about a minute) and enter `near` a bucket at a time (sorted once as they
/// do), and those beyond the ring in a heap of their own. Every event in `near` is earlier
/// than every event in a bucket, and events of one instant always share a bucket, so the
/// order is exactly that of a single heap — ties included — at the cost of sorting a
/// bucket's events instead of keeping a heap of everyone travelling or sheltered.
///
/// `near` is refilled only when the next event is asked for, not as soon as it runs empty:
/// the events a handler schedules then land in their own bucket instead of pulling
/// the ring ahead to a far event and piling into `near` behind it.
#[derive(Debug, Clone, Default)]
pub struct EventQueue {
    /// Events before bucket `base`, in firing order from `head` on (those before it
    /// have fired). Taking the next moves `head`; an event scheduled for this bucket goes in
    /// by a binary search (nearly always at the back: it is the latest scheduled).
    near: Vec<Entry>,
    /// The next event of `near`.
    head: usize,
    /// `far[i]`: the events of bucket `base + i`, unsorted.
    far: VecDeque<Vec<Entry>>,
    /// Events in `far`.
    far_len: usize,
    /// Events of bucket `base + SPAN` and later.
    spill: BinaryHeap<Reverse<Entry>>,
    /// The bucket of `far[0]`.
    base: i64,
    next_seq: u64,
}

impl EventQueue {
    /// Schedules `event` at `time` (milliseconds).
    pub fn push(&mut self, time: i64, event: Event) {
        let seq = self.next_seq;
        self.next_seq += 1;
        self.insert(Entry { time, seq, event });
    }

    fn insert(&mut self, entry: Entry) {
        let bucket = bucket_of(entry.time);
        if bucket < self.base {
            self.insert_near(entry);
        } else {
            self.place(bucket, entry);
        }
    }

    /// Puts an event before `base` in its place in `near`.
    fn insert_near(&mut self, entry: Entry) {
        if self.near.len() == self.head || self.near.last().is_some_and(|last| *last < entry) {
            self.near.push(entry);
        } else {
            let at = self.head + self.near[self.head..].partition_point(|e| *e < entry);
            self.near.insert(at, entry);
        }
    }

    /// Whether every event of `near` has fired.
    fn near_done(&self) -> bool {
        self.head == self.near.len()
    }

    /// Files a later event into its bucket, or the spill beyond the ring.
    fn place(&mut self, bucket: i64, entry: Entry) {
        let i = (bucket - self.base) as u64;
        if i >= SPAN as u64 {
            self.spill.push(Reverse(entry));
            return;
        }
        let i = i as usize;
        if i >= self.far.len() {
            self.far.resize_with(i + 1, Vec::new);
        }
        self.far[i].push(entry);
        self.far_len += 1;
    }

    /// Moves the first non-empty bucket, sorted, into `near` (all fired).
    #[inline(never)]
    fn refill(&mut self) {
        loop {
            if self.far_len == 0 {
                let Some(Reverse(first)) = self.spill.peek() else {
                    return;
                };
                // Every bucket is empty: jump the ring to the first spilled event.
                self.base = bucket_of(first.time);
                self.unspill();
            }
            let Some(mut bucket) = self.far.pop_front() else {
                return;
            };
            self.base += 1;
            self.unspill();
            if bucket.is_empty() {
                self.far.push_back(bucket);
                continue;
            }
            self.far_len -= bucket.len();
            // (time, sequence) is unique, so an unstable sort gives the one firing order.
            bucket.sort_unstable();
            // The storage of `near` becomes an empty bucket again at the end of the ring.
            let mut spare = std::mem::replace(&mut self.near, bucket);
            spare.clear();
            self.head = 0;
            if self.far.len() < SPAN {
                self.far.push_back(spare);
            }
            return;
        }
    }

    /// Brings spilled events that now fall inside the ring into their buckets.
    fn unspill(&mut self) {
        let end = self.base + SPAN as i64;
        while let Some(Reverse(e)) = self.spill.peek() {
            let bucket = bucket_of(e.time);
            if bucket >= end {
                return;
            }
            let Some(Reverse(e)) = self.spill.pop() else {
                return;
            };
            self.place(bucket, e);
        }
    }

    /// Time of the next event, if any.
    pub fn peek_time(&self) -> Option<i64> {
        if let Some(e) = self.near.get(self.head) {
            return Some(e.time);
        }
        // Not refilled yet: the earliest of the first non-empty bucket, or of the spill.
        let first = match self.far_len {
            0 => None,
            _ => self.far.iter().find(|b| !b.is_empty()),
        };
        match first {
            Some(b) => b.iter().map(|e| e.time).min(),
            None => self.spill.peek().map(|Reverse(e)| e.time),
        }
    }

    /// Removes and returns the next event.
    #[cfg(test)]
    fn pop(&mut self) -> Option<(i64, Event)> {
        self.pop_until(i64::MAX)
    }

    /// Removes and returns the next event if it is due at or before `until`: the engine's
    /// loop, one look at the front for each event, inlined there (the refill, once a
    /// bucket, is not).
    #[inline]
    pub fn pop_until(&mut self, until: i64) -> Option<(i64, Event)> {
        if self.near_done() {
            self.refill();
        }
        let e = *self.near.get(self.head).filter(|e| e.time <= until)?;
        self.head += 1;
        Some((e.time, e.event))
    }

    /// Every pending event with its time and sequence, in firing order (for the digest).
    pub fn ordered(&self) -> Vec<(i64, u64, Event)> {
        let mut all: Vec<Entry> = self.near[self.head..]
            .iter()
            .chain(self.far.iter().flatten())
            .chain(self.spill.iter().map(|Reverse(e)| e))
            .copied()
            .collect();
        all.sort_unstable();
        all.into_iter().map(|e| (e.time, e.seq, e.event)).collect()
    }

    /// A queue of `entries` (time, sequence, event) whose next event gets sequence
    /// `next_seq`: a saved queue (`ordered`, `next_seq`) built again.
    pub fn from_ordered(entries: Vec<(i64, u64, Event)>, next_seq: u64) -> Self {
        let mut queue = EventQueue {
            next_seq,
            ..EventQueue::default()
        };
        for (time, seq, event) in entries {
            queue.insert(Entry { time, seq, event });
        }
        queue
    }

    /// The sequence number the next event will get.
    pub fn next_seq(&self) -> u64 {
        self.next_seq
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::{RngExt, SeedableRng};

    /// Pushes and pops like an engine does (each pop may schedule later events), into the
    /// calendar queue and into one plain heap of (time, sequence), and compares the order.
    fn same_order_as_one_heap(delays: impl Fn(&mut rand::rngs::ChaCha8Rng) -> i64) {
        let mut rng = rand::rngs::ChaCha8Rng::seed_from_u64(7);
        let mut queue = EventQueue::default();
        let mut plain: BinaryHeap<Reverse<(i64, u64)>> = BinaryHeap::new();
        let mut seq = 0;
        let mut schedule = |queue: &mut EventQueue, plain: &mut BinaryHeap<_>, at: i64| {
            queue.push(at, Event::BusReturn { fleet: seq as u16 });
            plain.push(Reverse((at, seq)));
            seq += 1;
        };
        for _ in 0..50 {
            let at = delays(&mut rng);
            schedule(&mut queue, &mut plain, at);
        }
        let mut popped = 0;
        while let Some((time, event)) = queue.pop() {
            let expected = plain
                .pop()
                .map(|Reverse((t, s))| (t, Event::BusReturn { fleet: s as u16 }));
            assert_eq!(Some((time, event)), expected);
            assert_eq!(queue.peek_time(), plain.peek().map(|Reverse((t, _))| *t));
            popped += 1;
            if popped < 20_000 {
                for _ in 0..rng.random_range(1..3) {
                    let at = time + delays(&mut rng);
                    schedule(&mut queue, &mut plain, at);
                }
            }
        }
        assert!(plain.is_empty());
        assert!(popped >= 20_000);
    }

    #[test]
    fn events_come_out_by_time_then_sequence_as_from_one_heap() {
        // Delays from nothing (ties at the same instant) to beyond the calendar's ring.
        same_order_as_one_heap(|rng| match rng.random_range(0..4) {
            0 => 0,
            1 => rng.random_range(0..120_000),
            2 => rng.random_range(0..86_400_000),
            _ => rng.random_range(0..40 * 86_400_000),
        });
    }

    #[test]
    fn ties_on_a_coarse_clock_keep_their_order() {
        same_order_as_one_heap(|rng| rng.random_range(0..5) * 3_600_000);
    }

    #[test]
    fn a_saved_queue_built_again_gives_the_same_events_in_the_same_order() {
        let mut queue = EventQueue::default();
        for i in 0..1_000_i64 {
            let at = (i * 7_919) % 20_000_000 + if i % 3 == 0 { 900_000_000 } else { 0 };
            queue.push(at, Event::Arrival { source: i as u16 });
        }
        for _ in 0..100 {
            queue.pop();
        }
        let again = EventQueue::from_ordered(queue.ordered(), queue.next_seq());
        assert_eq!(again.ordered(), queue.ordered());
        let (mut a, mut b) = (queue, again);
        while let Some(x) = a.pop() {
            assert_eq!(Some(x), b.pop());
        }
        assert_eq!(b.pop(), None);
    }
}
