//! The route graph (petgraph): shortest travel times between places and the legs of a
//! journey, walking parts merged and bus links kept apart (they need a seat).

use std::collections::BTreeMap;

use petgraph::algo::{astar, dijkstra};
use petgraph::graph::{NodeIndex, UnGraph};

use crate::scenario::{LocationKind, Mode, Scenario};

/// One leg of a journey.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Leg {
    /// Walk (one or more links) to `to`, taking `time` ms.
    Walk { to: u16, time: i64 },
    /// Ride a bus of `fleet` from `from` to `to`, taking `time` ms; waits at the stop `stop`.
    /// Its riders wait for the vehicle at `wait`: the last transit place on their way to the
    /// stop (the stop itself when it is one or when none lies on the way), and walk the last
    /// `approach` ms from there to the stop when the vehicle leaves.
    Bus {
        stop: u16,
        from: u16,
        to: u16,
        fleet: u16,
        time: i64,
        wait: u16,
        approach: i64,
    },
}

/// A bus stop: one direction of one bus link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StopDef {
    /// The link's origin in this direction.
    pub from: u16,
    /// The fleet serving it.
    pub fleet: u16,
}

/// Marks a route not computed yet.
const NO_ROUTE: u32 = u32::MAX;

#[derive(Debug, Clone, Copy)]
struct Edge {
    time: i64,
    fleet: Option<u16>,
}

/// The route network with cached routes.
#[derive(Debug)]
pub struct Network {
    graph: UnGraph<u16, Edge>,
    /// `dist[a][b]`: shortest travel time from a to b, if reachable.
    dist: Vec<Vec<Option<i64>>>,
    routes: Vec<Vec<Leg>>,
    /// Where each route starts.
    origins: Vec<u16>,
    /// `route_index[a * n + b]`: the cached route from a to b, `NO_ROUTE` until computed
    /// (a flat table: this look-up runs several times per person).
    route_index: Vec<u32>,
    /// Bus stops, by (from, to) of the link direction.
    stops: BTreeMap<(u16, u16), u16>,
    /// Stop definitions by stop index.
    pub stop_defs: Vec<StopDef>,
    /// Transit places: a walk that passes one ends a leg there, so people are counted in, and
    /// people on their way to a vehicle wait for it at the last one before its stop.
    transit: Vec<bool>,
    /// Whether some route found so far has its riders wait away from the stop.
    waits_off_stop: bool,
}

impl Network {
    /// Builds the graph from a validated scenario.
    pub fn new(s: &Scenario) -> Self {
        let index: BTreeMap<&str, u16> = s
            .locations
            .iter()
            .enumerate()
            .map(|(i, l)| (l.id.as_str(), i as u16))
            .collect();
        let fleets: BTreeMap<&str, u16> = s
            .resources
            .buses
            .iter()
            .enumerate()
            .map(|(i, b)| (b.id.as_str(), i as u16))
            .collect();
        let mut graph = UnGraph::<u16, Edge>::new_undirected();
        for i in 0..s.locations.len() {
            graph.add_node(i as u16);
        }
        let mut stops = BTreeMap::new();
        let mut stop_defs = Vec::new();
        for link in &s.links {
            let (Some(&a), Some(&b)) = (index.get(link.from.as_str()), index.get(link.to.as_str()))
            else {
                continue;
            };
            let fleet = match &link.mode {
                Mode::Walk => None,
                Mode::Bus(id) => fleets.get(id.as_str()).copied(),
            };
            if let Some(fleet) = fleet {
                for (from, to) in [(a, b), (b, a)] {
                    stops.entry((from, to)).or_insert_with(|| {
                        stop_defs.push(StopDef { from, fleet });
                        (stop_defs.len() - 1) as u16
                    });
                }
            }
            let edge = Edge {
                time: link.time.millis(),
                fleet,
            };
            graph.add_edge(NodeIndex::new(a as usize), NodeIndex::new(b as usize), edge);
        }
        let n = s.locations.len();
        let dist = (0..n)
            .map(|a| {
                let reached = dijkstra(&graph, NodeIndex::new(a), None, |e| e.weight().time);
                (0..n)
                    .map(|b| reached.get(&NodeIndex::new(b)).copied())
                    .collect()
            })
            .collect();
        let transit = s
            .locations
            .iter()
            .map(|l| matches!(l.kind, LocationKind::Transit { .. }))
            .collect();
        Network {
            transit,
            waits_off_stop: false,
            graph,
            dist,
            routes: Vec::new(),
            origins: Vec::new(),
            route_index: vec![NO_ROUTE; n * n],
            stops,
            stop_defs,
        }
    }

    /// Shortest travel time from `a` to `b`.
    pub fn distance(&self, a: u16, b: u16) -> Option<i64> {
        self.dist[a as usize][b as usize]
    }

    /// Among `candidates`, the reachable one nearest to `from` for which `ok` holds
    /// (ties go to the earlier candidate).
    pub fn nearest(
        &self,
        from: u16,
        candidates: &[u16],
        mut ok: impl FnMut(u16) -> bool,
    ) -> Option<u16> {
        candidates
            .iter()
            .filter_map(|&c| self.distance(from, c).map(|d| (d, c)))
            .filter(|&(_, c)| ok(c))
            .min_by_key(|&(d, _)| d)
            .map(|(_, c)| c)
    }

    /// The `candidates` reachable from `from`, nearest first (ties in the order given): the
    /// first of them for which a condition holds is what `nearest` finds with it.
    pub fn by_distance(&self, from: u16, candidates: &[u16]) -> Vec<u16> {
        let mut reached: Vec<(i64, u16)> = candidates
            .iter()
            .filter_map(|&c| self.distance(from, c).map(|d| (d, c)))
            .collect();
        // A stable sort: equally near candidates keep their order.
        reached.sort_by_key(|&(d, _)| d);
        reached.into_iter().map(|(_, c)| c).collect()
    }

    /// The route id from `a` to `b` (computed once, then cached). Inlined: the route is
    /// nearly always cached, and this runs for every journey.
    #[inline]
    pub fn route(&mut self, a: u16, b: u16) -> Option<u32> {
        let slot = a as usize * self.dist.len() + b as usize;
        match self.route_index[slot] {
            NO_ROUTE => self.find_route(a, b, slot),
            id => Some(id),
        }
    }

    /// Finds the route from `a` to `b` and caches it in `route_index[slot]`.
    #[cold]
    #[inline(never)]
    fn find_route(&mut self, a: u16, b: u16, slot: usize) -> Option<u32> {
        let (start, goal) = (NodeIndex::new(a as usize), NodeIndex::new(b as usize));
        let (_, nodes) = astar(
            &self.graph,
            start,
            |n| n == goal,
            |e| e.weight().time,
            |_| 0,
        )?;
        let mut legs: Vec<Leg> = Vec::new();
        for pair in nodes.windows(2) {
            let (from, to) = (self.graph[pair[0]], self.graph[pair[1]]);
            let edge = self
                .graph
                .edges_connecting(pair[0], pair[1])
                .map(|e| *e.weight())
                .min_by_key(|e| e.time)?;
            match (edge.fleet, legs.last_mut()) {
                (None, Some(Leg::Walk { to: end, time })) if !self.transit[*end as usize] => {
                    *end = to;
                    *time += edge.time;
                }
                (None, _) => legs.push(Leg::Walk {
                    to,
                    time: edge.time,
                }),
                (Some(fleet), _) => {
                    let stop = self.stops[&(from, to)];
                    legs.push(Leg::Bus {
                        stop,
                        from,
                        to,
                        fleet,
                        time: edge.time,
                        wait: from,
                        approach: 0,
                    });
                }
            }
        }
        let legs = self.wait_at_transit(a, legs);
        self.routes.push(legs);
        self.origins.push(a);
        let id = (self.routes.len() - 1) as u32;
        self.route_index[slot] = id;
        Some(id)
    }

    /// People wait for a vehicle at the last transit place on their way to its stop (since
    /// their last ride or the start of the route; the stop itself when it is one): the walks
    /// from there to the stop become the ride's approach, so a transit centre on the way to a
    /// railway station is where its passengers wait, within its capacity, not the platform.
    fn wait_at_transit(&mut self, origin: u16, legs: Vec<Leg>) -> Vec<Leg> {
        let mut out: Vec<Leg> = Vec::with_capacity(legs.len());
        // Where the walks since the last ride began, and the index in `out` of the first of
        // them.
        let (mut start, mut walks) = (origin, 0);
        for leg in legs {
            match leg {
                Leg::Walk { .. } => out.push(leg),
                Leg::Bus {
                    stop,
                    from,
                    to,
                    fleet,
                    time,
                    ..
                } => {
                    // The places on the way since the last ride: where the walks began,
                    // then the end of each walk (the last is the stop); the last transit
                    // place among them is where the riders wait.
                    let place = |i: usize| match i.checked_sub(1).map(|w| out[walks + w]) {
                        None => start,
                        Some(Leg::Walk { to, .. } | Leg::Bus { to, .. }) => to,
                    };
                    let found = (0..=out.len() - walks)
                        .rev()
                        .find(|&i| self.transit[place(i) as usize]);
                    let (wait, approach) = match found {
                        Some(i) => {
                            let at = place(i);
                            let approach = out
                                .drain(walks + i..)
                                .map(|l| match l {
                                    Leg::Walk { time, .. } | Leg::Bus { time, .. } => time,
                                })
                                .sum();
                            self.waits_off_stop |= at != from;
                            (at, approach)
                        }
                        None => (from, 0),
                    };
                    out.push(Leg::Bus {
                        stop,
                        from,
                        to,
                        fleet,
                        time,
                        wait,
                        approach,
                    });
                    (start, walks) = (to, out.len());
                }
            }
        }
        out
    }

    /// Whether some route found so far has its riders wait for a vehicle at a transit place
    /// on the way rather than at the stop.
    pub fn waits_off_stop(&self) -> bool {
        self.waits_off_stop
    }

    /// Every route found so far as (from, to), in the order of their ids: finding them
    /// again in this order gives them the same ids.
    pub fn routes_in_order(&self) -> Vec<(u16, u16)> {
        let n = self.dist.len();
        let mut found: Vec<(u32, u16, u16)> = self
            .route_index
            .iter()
            .enumerate()
            .filter(|&(_, &id)| id != NO_ROUTE)
            .map(|(slot, &id)| (id, (slot / n) as u16, (slot % n) as u16))
            .collect();
        found.sort_unstable();
        found.into_iter().map(|(_, a, b)| (a, b)).collect()
    }

    /// Where a route starts.
    pub fn origin(&self, route: u32) -> Option<u16> {
        self.origins.get(route as usize).copied()
    }

    /// The legs of a route.
    pub fn legs(&self, route: u32) -> &[Leg] {
        &self.routes[route as usize]
    }
}
