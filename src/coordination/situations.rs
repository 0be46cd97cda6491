//! Reading the situation: plan triggers, the situations that raise requests, and the gaps
//! that the numbers alone show (capacity, referral, deadlines, notifications).

use super::category::Category;
use super::coordinator::Coordinator;
use super::desks::Raci;
use super::gap::{Gap, GapKey, GapKind, Severity};
use super::ledger::Owed;
use super::request::{Ask, Informed, Request, Withdrawn};
use crate::i18n::Text;
use crate::scenario::{Comparison, Metric, RequestKind, Trigger, Vulnerability};
use crate::sim::{InterpreterQueueReading, Readings};
use crate::time::SimTime;

/// Which temporary site a simulated institution would open now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Reserve {
    /// This closed site, the nearest to where people wait.
    Site(String),
    /// None: every closed site people can reach is being opened already (this one first).
    Opening(String),
    /// None: every reception site is open or out of reach.
    NoneLeft,
}

/// After a request is answered, the same situation raises a new one only after this long:
/// a decision needs time to show its effect.
const COOLDOWN_MS: i64 = 6 * 3_600_000;

/// A registration queue whose first person has waited this long for an interpreter, with
/// desks free, is a gap; past the second it is high severity; it closes under the third.
const INTERPRETER_QUEUE_MS: i64 = 2 * 3_600_000;
const INTERPRETER_QUEUE_HIGH_MS: i64 = 6 * 3_600_000;
const INTERPRETER_QUEUE_CLEAR_MS: i64 = 3_600_000;

/// More people than this waiting on a late decision make its gap high severity.
const PEOPLE_AT_RISK: u32 = 100;

/// The deadline of a phase declaration when the plan gives none.
const DEFAULT_DECLARE_MS: i64 = 2 * 3_600_000;

impl Coordinator {
    /// The value of a trigger metric now.
    pub(super) fn metric(&self, m: &Metric, r: &Readings) -> f64 {
        let occupancy = |s: &crate::sim::SiteReading| {
            if s.beds == 0 {
                0.0
            } else {
                100.0 * f64::from(s.occupied) / f64::from(s.beds)
            }
        };
        match m {
            Metric::Arrivals { window } => {
                let before = self.plan.arrivals_by(r.time_ms - window.millis());
                (r.arrivals - before) as f64
            }
            Metric::Queue(id) => r
                .bcps
                .iter()
                .find(|b| &b.id == id)
                .map_or(0.0, |b| f64::from(b.queue)),
            Metric::AnyQueue => r
                .bcps
                .iter()
                .map(|b| f64::from(b.queue))
                .fold(0.0, f64::max),
            Metric::Occupancy(id) => r.sites.iter().find(|s| &s.id == id).map_or(0.0, occupancy),
            Metric::AnyOccupancy => r
                .sites
                .iter()
                .filter(|s| s.open)
                .map(occupancy)
                .fold(0.0, f64::max),
            Metric::Outdoors => f64::from(r.outdoors),
            Metric::InCountry => r.in_country as f64,
        }
    }

    /// Phases after the one in force whose measurable trigger holds ask their declarer.
    pub(super) fn check_triggers(&mut self, r: &Readings) {
        let now = r.time_ms;
        // Keep only what the longest arrivals window needs.
        let longest = self
            .scenario
            .plan
            .phases
            .iter()
            .filter_map(|p| match p.trigger.as_ref()?.measured()? {
                (_, Metric::Arrivals { window }, _, _) => Some(window.millis()),
                _ => None,
            })
            .max()
            .unwrap_or(0);
        self.plan.forget_before(now, longest);
        for i in self.plan.phase() + 1..self.scenario.plan.phases.len() {
            let phase = &self.scenario.plan.phases[i];
            let Some((comparison, metric, value, for_at_least)) =
                phase.trigger.as_ref().and_then(Trigger::measured)
            else {
                continue;
            };
            let measured = self.metric(metric, r);
            let holds = match comparison {
                Comparison::Above => measured > value,
                Comparison::Below => {
                    // A level falls below the threshold only after it has reached it.
                    if measured >= value {
                        self.plan.rise(i);
                    }
                    self.plan.risen(i) && measured < value
                }
            };
            if !holds {
                self.plan.lapses(i);
                continue;
            }
            let since = self.plan.holds(i, now);
            if now - since < for_at_least.map_or(0, |t| t.millis()) {
                continue;
            }
            let ask = Ask::DeclarePhase(phase.id.clone());
            if self.has_request(now, &ask, None) {
                continue;
            }
            let deadline = phase
                .declare_within
                .map_or(DEFAULT_DECLARE_MS, |t| t.millis());
            let key = match comparison {
                Comparison::Above => "request-reason-trigger",
                Comparison::Below => "request-reason-trigger-below",
            };
            let reason = Text::new(key)
                .id("phase", &phase.id)
                .text("metric", metric.text())
                .fixed("measured", measured, 0)
                .number("value", value);
            let function = phase.declared_by.clone();
            self.raise(r, ask, None, reason, function, deadline);
        }
    }

    /// Whether a request for this ask and subject is open, or was answered (or decided
    /// without being asked) too recently for a new one: a decision needs time to show.
    fn has_request(&self, now: i64, ask: &Ask, subject: Option<&str>) -> bool {
        let since = now - COOLDOWN_MS;
        self.requests.asked_since(ask, subject, since)
            || self.ledger.decided_since(&ask.matter(subject), since)
    }

    /// Raises a request to the Accountable institutions of `function`; automated ones
    /// schedule their answer after their response time.
    pub(super) fn raise(
        &mut self,
        r: &Readings,
        ask: Ask,
        subject: Option<String>,
        reason: Text,
        function: Option<String>,
        deadline: i64,
    ) {
        let now = r.time_ms;
        let to = function
            .as_deref()
            .map(|f| self.raci.holders(f))
            .unwrap_or_default();
        let id = self.requests.next_id();
        for who in &to {
            self.ledger.inform(Informed {
                institution: who.clone(),
                at_ms: now,
                what: Text::new("informed-request")
                    .count("number", id)
                    .text("ask", ask.text())
                    .text("reason", reason.clone()),
                from: "model".into(),
            });
            let Some(d) = self.desks.index(who) else {
                continue;
            };
            self.schedule_answer(d, id, now, r.night);
        }
        self.requests.raised(Request {
            id,
            ask,
            subject,
            reason,
            function,
            to,
            raised_ms: now,
            deadline_ms: now + deadline,
            answered: None,
            withdrawn: None,
        });
    }

    /// Raises a request of a plan kind, routed by the plan's request rule, with the reason
    /// `reason()` gives (only worded when the request is raised).
    fn raise_kind(
        &mut self,
        r: &Readings,
        kind: RequestKind,
        subject: Option<&str>,
        reason: impl FnOnce() -> Text,
    ) {
        let ask = Ask::Decide(kind);
        if self.has_request(r.time_ms, &ask, subject) {
            return;
        }
        let (subject, reason) = (subject.map(str::to_string), reason());
        let rule = self
            .scenario
            .plan
            .requests
            .iter()
            .find(|q| q.request == kind);
        let function = rule.map(|q| q.function.clone());
        let deadline = rule.map_or(DEFAULT_DECLARE_MS, |q| q.deadline.millis());
        self.raise(r, ask, subject, reason, function, deadline);
    }

    /// The situations that ask for decisions, and the capacity and referral gaps.
    pub(super) fn check_situations(&mut self, r: &Readings) {
        self.check_queues(r);
        self.check_reception(r);
        self.check_interpreters(r);
        self.check_transport(r);
        self.check_shelters(r);
        self.check_interpreter_queues(r);
        self.check_referrals(r);
    }

    /// A registration point where people wait for an interpreter with desks free: once the
    /// first of them has waited over two hours, a capacity gap at the registration point
    /// (high past six hours or over a hundred people); it closes when nobody there has
    /// waited an hour for one.
    fn check_interpreter_queues(&mut self, r: &Readings) {
        let now = r.time_ms;
        // The readings list the queues place by place: each place once, in the order its
        // queues come, without a list of them built every sweep.
        for queues in r.interpreter_queues.chunk_by(|a, b| a.place == b.place) {
            self.check_interpreter_queues_at(queues, now);
        }
        // A registration point whose interpreter queues emptied closes its gap too.
        for place in self.gaps.interpreter_queue_places() {
            let held_up = |q: &InterpreterQueueReading| q.place == place && self.held_up(q, now);
            if !r.interpreter_queues.iter().any(held_up) {
                self.gaps.close(&GapKey::InterpreterQueue(place), now);
            }
        }
    }

    /// Whether an interpreter queue is held up by interpreters who are there to be had (a
    /// language nobody interprets at all is the interpreter gap's, `check_interpreters`).
    fn held_up(&self, q: &InterpreterQueueReading, now: i64) -> bool {
        self.has_interpreters(&q.language, now)
    }

    /// The interpreter-queue gap of one registration point, from its `queues` (all of one
    /// place).
    fn check_interpreter_queues_at(&mut self, queues: &[InterpreterQueueReading], now: i64) {
        let mut held = queues.iter().filter(|q| self.held_up(q, now));
        let Some(first) = held.next() else {
            return;
        };
        let (mut waiting, mut longest) = (first.waiting, first.longest_ms);
        for q in held {
            waiting += q.waiting;
            longest = longest.max(q.longest_ms);
        }
        let place = first.place.as_str();
        let (idle, desks) = (first.idle_desks, first.desks);
        if longest < INTERPRETER_QUEUE_CLEAR_MS {
            if self.gaps.any_open(GapKind::InterpreterQueue) {
                self.gaps
                    .close(&GapKey::InterpreterQueue(place.to_string()), now);
            }
            return;
        }
        let key = GapKey::InterpreterQueue(place.to_string());
        if let Some(g) = self.gaps.open_gap_mut(&key) {
            g.persons_affected = g.persons_affected.max(u64::from(waiting));
            if longest > INTERPRETER_QUEUE_HIGH_MS || waiting > PEOPLE_AT_RISK {
                g.severity = Severity::High;
            }
            return;
        }
        if longest < INTERPRETER_QUEUE_MS || idle == 0 {
            return;
        }
        let languages: Vec<String> = queues
            .iter()
            .filter(|q| self.held_up(q, now))
            .map(|q| q.language.clone())
            .collect();
        let severity = if longest > INTERPRETER_QUEUE_HIGH_MS || waiting > PEOPLE_AT_RISK {
            Severity::High
        } else {
            Severity::Medium
        };
        self.gaps.open_with(key, now, || {
            Gap::new(
                Category::CapacityGap,
                severity,
                Text::new("gap-interpreter-queue").id("place", place),
                Text::new("gap-interpreter-queue-action")
                    .id("place", place)
                    .list("languages", &languages),
            )
            .place(place)
            .evidence(
                Text::new("gap-interpreter-queue-evidence")
                    .text("people", people(waiting))
                    .id("place", place)
                    .list("languages", &languages)
                    .id("at", SimTime(now).t_plus())
                    .id("longest", SimTime(longest).span())
                    .count("idle", idle)
                    .count("desks", desks),
            )
            .value("waiting", f64::from(waiting))
            .value("longest_h", longest as f64 / 3_600_000.0)
            .value("idle_desks", f64::from(idle))
            .affecting(u64::from(waiting))
        });
    }

    /// People waiting beyond the shelter of a transit, or queuing beyond a waiting area,
    /// are outdoors: a capacity gap while it lasts (high at night).
    fn check_shelters(&mut self, r: &Readings) {
        let now = r.time_ms;
        for place in &r.shelters {
            if place.outdoors == 0 {
                if self.gaps.any_open(GapKind::WaitingOutdoors) {
                    self.gaps
                        .close(&GapKey::WaitingOutdoors(place.id.clone()), now);
                }
                continue;
            }
            let severity = if r.night {
                Severity::High
            } else {
                Severity::Medium
            };
            let key = GapKey::WaitingOutdoors(place.id.clone());
            let g = self.gaps.entry(key, now, || {
                Gap::new(
                    Category::CapacityGap,
                    severity,
                    Text::new("gap-waiting-outdoors").id("place", &place.id),
                    Text::new("gap-waiting-outdoors-action").id("place", &place.id),
                )
                .place(&place.id)
                .evidence(
                    Text::new("gap-waiting-outdoors-evidence")
                        .text("people", people(place.outdoors))
                        .id("at", SimTime(now).t_plus())
                        .text("waiting", people(place.waiting))
                        .count("shelter", place.shelter),
                )
                .value("outdoors", f64::from(place.outdoors))
                .value("shelter", f64::from(place.shelter))
                .affecting(u64::from(place.outdoors))
            });
            g.persons_affected = g.persons_affected.max(u64::from(place.outdoors));
            if r.night {
                g.severity = Severity::High;
            }
        }
    }

    fn check_queues(&mut self, r: &Readings) {
        let now = r.time_ms;
        for b in &r.bcps {
            let Some(limit) = b.limit else { continue };
            if b.queue > limit {
                let reason = || {
                    Text::new("request-reason-queue")
                        .text("people", people(b.queue))
                        .id("place", &b.id)
                        .count("limit", limit)
                };
                self.raise_kind(r, RequestKind::Officers, Some(&b.id), reason);
                let severity = if b.queue > 2 * limit {
                    Severity::High
                } else {
                    Severity::Medium
                };
                let key = GapKey::Queue(b.id.clone());
                let g = self.gaps.entry(key, now, || {
                    Gap::new(
                        Category::CapacityGap,
                        severity,
                        Text::new("gap-queue").id("place", &b.id),
                        Text::new("gap-queue-action")
                            .id("place", &b.id)
                            .count("limit", limit),
                    )
                    .place(&b.id)
                    .evidence(
                        Text::new("gap-queue-evidence")
                            .text("people", people(b.queue))
                            .id("at", SimTime(now).t_plus())
                            .count("limit", limit)
                            .count("servers", b.servers),
                    )
                    .value("queue", f64::from(b.queue))
                    .value("limit", f64::from(limit))
                    .value("servers", f64::from(b.servers))
                    .affecting(u64::from(b.queue))
                });
                g.persons_affected = g.persons_affected.max(u64::from(b.queue));
            } else if u64::from(b.queue) * 5 <= u64::from(limit) * 4
                && self.gaps.any_open(GapKind::Queue)
            {
                // Closes below 80 % of the limit, so a queue hovering at it is one gap.
                self.gaps.close(&GapKey::Queue(b.id.clone()), now);
            }
        }
    }

    fn check_reception(&mut self, r: &Readings) {
        let now = r.time_ms;
        if !r.reception_approved && r.outdoors > 0 {
            let reason =
                || Text::new("request-reason-reception").text("people", people(r.outdoors));
            self.raise_kind(r, RequestKind::ReceptionApproval, None, reason);
        }
        let full = r
            .sites
            .iter()
            .filter(|s| s.open)
            .all(|s| s.occupied >= s.beds);
        if r.reception_approved && r.outdoors > 0 && full {
            match self.reserve_site(r) {
                Reserve::Site(site) => {
                    let reason = || {
                        Text::new("request-reason-temporary-site")
                            .text("people", people(r.outdoors))
                            .id("site", site)
                    };
                    self.raise_kind(r, RequestKind::TemporarySite, None, reason);
                }
                // The site being opened is the answer; it takes people after its delay.
                Reserve::Opening(_) => {}
                Reserve::NoneLeft => self.no_reserve_site(r),
            }
            let beds: u32 = r.sites.iter().filter(|s| s.open).map(|s| s.beds).sum();
            self.gaps.open_with(GapKey::ReceptionFull, now, || {
                Gap::new(
                    Category::CapacityGap,
                    Severity::High,
                    Text::new("gap-reception-full"),
                    Text::new("gap-reception-full-action"),
                )
                .evidence(
                    Text::new("gap-reception-full-evidence")
                        .text("people", people(r.outdoors))
                        .id("at", SimTime(now).t_plus())
                        .count("beds", beds),
                )
                .value("outdoors", f64::from(r.outdoors))
                .value("beds", f64::from(beds))
                .affecting(u64::from(r.outdoors))
            });
        }
        if r.night && r.outdoors > 0 {
            self.gaps.open_with(GapKey::OutdoorsAtNight, now, || {
                let why = Text::new(if r.reception_approved {
                    "gap-night-no-bed"
                } else {
                    "gap-night-not-approved"
                });
                Gap::new(
                    Category::CapacityGap,
                    Severity::High,
                    Text::new("gap-night"),
                    Text::new("gap-night-action"),
                )
                .evidence(
                    Text::new("gap-night-evidence")
                        .text("people", people(r.outdoors))
                        .id("at", SimTime(now).t_plus())
                        .text("why", why),
                )
                .value("outdoors", f64::from(r.outdoors))
                .affecting(u64::from(r.outdoors))
            });
        }
        for key in [
            GapKey::OutdoorsAtNight,
            GapKey::ReceptionFull,
            GapKey::NoReserveSite,
        ] {
            if r.outdoors == 0 {
                self.gaps.close(&key, now);
            } else if let Some(g) = self.gaps.open_gap_mut(&key) {
                g.persons_affected = g.persons_affected.max(u64::from(r.outdoors));
            }
        }
    }

    /// The temporary site to open now: a closed reception site that nobody is opening
    /// already and that people outdoors can reach, the nearest to where they wait (the
    /// earlier in the scenario on a tie).
    pub(super) fn reserve_site(&self, r: &Readings) -> Reserve {
        let opening = |id: &str| self.agenda.opens_site(id);
        let nearest = r
            .sites
            .iter()
            .filter(|s| !s.open && !opening(&s.id))
            .filter_map(|s| s.from_outdoors_ms.map(|ms| (ms, &s.id)))
            .min_by_key(|(ms, _)| *ms);
        if let Some((_, site)) = nearest {
            return Reserve::Site(site.clone());
        }
        match r.sites.iter().find(|s| !s.open && opening(&s.id)) {
            Some(s) => Reserve::Opening(s.id.clone()),
            None => Reserve::NoneLeft,
        }
    }

    /// Reception is full, people wait outdoors and no closed site is left to open: that is
    /// the plan's gap, not a decision anyone is late with. Open temporary-site requests are
    /// withdrawn (nobody can answer them) and the plan is named.
    pub(super) fn no_reserve_site(&mut self, r: &Readings) {
        let now = r.time_ms;
        let reason = Text::new("request-withdrawn-no-reserve");
        let open: Vec<u32> = self
            .requests
            .open()
            .filter(|q| q.ask == Ask::Decide(RequestKind::TemporarySite))
            .map(|q| q.id)
            .collect();
        for id in open {
            self.withdraw(now, id, reason.clone());
        }
        if r.outdoors == 0 {
            return;
        }
        let sites: Vec<String> = r.sites.iter().map(|s| s.id.clone()).collect();
        let beds: u32 = r.sites.iter().filter(|s| s.open).map(|s| s.beds).sum();
        let mut new = Gap::new(
            Category::CapacityGap,
            Severity::High,
            Text::new("gap-no-reserve"),
            Text::new("gap-no-reserve-action"),
        )
        .evidence(
            Text::new("gap-no-reserve-evidence")
                .text("people", people(r.outdoors))
                .id("at", SimTime(now).t_plus())
                .count("beds", beds),
        )
        .evidence(Text::new("gap-no-reserve-sites").list("sites", &sites))
        .value("outdoors", f64::from(r.outdoors))
        .value("beds", f64::from(beds))
        .affecting(u64::from(r.outdoors));
        new.function = self.rule_function(RequestKind::TemporarySite);
        let g = self.gaps.entry(GapKey::NoReserveSite, now, || new);
        g.persons_affected = g.persons_affected.max(u64::from(r.outdoors));
    }

    /// Closes request `id` without a decision, because nobody could take one; its
    /// latency gap, if open, closes with it.
    pub(super) fn withdraw(&mut self, now: i64, id: u32, reason: Text) {
        self.requests.withdraw(id, Withdrawn { at_ms: now, reason });
        self.gaps.close(&GapKey::Late(id), now);
    }

    /// Whether the scenario or the decisions so far provide an interpreter for a language
    /// at `now` (the scenario's are looked at first: most languages waited for have some).
    fn has_interpreters(&self, language: &str, now: i64) -> bool {
        let planned = self.interpreters_planned.get(language).copied();
        planned.is_some_and(|n| n > 0) || self.supply.has_interpreters(language, now)
    }

    fn check_interpreters(&mut self, r: &Readings) {
        let now = r.time_ms;
        for (language, waiting) in &r.waiting_for_language {
            if self.has_interpreters(language, now) {
                continue;
            }
            let reason = || {
                Text::new("request-reason-interpreters")
                    .text("people", people(*waiting))
                    .id("language", language)
            };
            self.raise_kind(r, RequestKind::Interpreters, Some(language), reason);
            let key = GapKey::Interpreter(language.clone());
            let g = self.gaps.entry(key, now, || {
                Gap::new(
                    Category::CapacityGap,
                    Severity::High,
                    Text::new("gap-interpreter").id("language", language),
                    Text::new("gap-interpreter-action").id("language", language),
                )
                .evidence(
                    Text::new("gap-interpreter-evidence")
                        .text("people", people(*waiting))
                        .id("at", SimTime(now).t_plus())
                        .id("language", language),
                )
                .value("waiting", f64::from(*waiting))
                .affecting(u64::from(*waiting))
            });
            g.persons_affected = g.persons_affected.max(u64::from(*waiting));
        }
        // The gap closes once an interpreter for the language works.
        if !self.gaps.any_open(GapKind::Interpreter) {
            return;
        }
        for language in self.interpreter_gap_languages() {
            if self.has_interpreters(&language, now) {
                self.gaps.close(&GapKey::Interpreter(language), now);
            }
        }
    }

    fn interpreter_gap_languages(&self) -> Vec<String> {
        let mut out = Vec::new();
        for q in self.requests.all() {
            if q.ask == Ask::Decide(RequestKind::Interpreters)
                && let Some(l) = &q.subject
                && !out.contains(l)
            {
                out.push(l.clone());
            }
        }
        out
    }

    /// Onward transport: people waiting at one place for a fleet beyond its limit, or
    /// vehicles of a fleet broken down, ask the Accountable institution of the plan's
    /// Transport rule for more (one request per fleet at a time).
    fn check_transport(&mut self, r: &Readings) {
        for (f, fleet) in r.fleets.iter().enumerate() {
            let new = self.supply.new_breakdowns(f, fleet.broken);
            if new > 0 {
                let reason = || {
                    Text::new("request-reason-transport-breakdown")
                        .count("broken", new)
                        .id("fleet", &fleet.id)
                        .count("seats", fleet.seats)
                };
                self.raise_kind(r, RequestKind::Transport, Some(&fleet.id), reason);
            }
            if let Some(place) = &fleet.busiest
                && fleet.waiting > fleet.limit
            {
                let reason = || {
                    Text::new("request-reason-transport-waiting")
                        .text("people", people(fleet.waiting))
                        .id("place", place)
                        .id("fleet", &fleet.id)
                        .count("limit", fleet.limit)
                };
                self.raise_kind(r, RequestKind::Transport, Some(&fleet.id), reason);
            }
        }
    }

    fn check_referrals(&mut self, r: &Readings) {
        let now = r.time_ms;
        for (i, v) in Vulnerability::ALL.iter().enumerate() {
            let reading = r.vulnerable[i];
            if reading.late > 0 {
                let (raci, referrals) = (&self.raci, &self.scenario.referrals);
                let g = self.gaps.entry(GapKey::LateReferral(i), now, || {
                    let rule = referrals.iter().find(|x| x.vulnerability == *v);
                    late_referral(*v, rule, raci, reading, now)
                });
                g.persons_affected = reading.late;
            }
            if reading.no_service > 0 {
                let g = self.gaps.entry(GapKey::NoService(i), now, || {
                    Gap::new(
                        Category::ReferralGap,
                        Severity::High,
                        Text::new("gap-no-service").text("kind", v.text()),
                        Text::new("gap-no-service-action").text("kind", v.text()),
                    )
                    .evidence(
                        Text::new("gap-no-service-evidence")
                            .text("people", people(reading.no_service))
                            .text("kind", v.text())
                            .id("at", SimTime(now).t_plus()),
                    )
                    .value("identified", reading.no_service as f64)
                    .affecting(reading.no_service)
                });
                g.persons_affected = reading.no_service;
            }
        }
    }

    /// Requests past their deadline while still open become decision-latency gaps (trigger
    /// gaps for a phase declaration); they close when answered.
    pub(super) fn check_deadlines(&mut self, r: &Readings) {
        let now = r.time_ms;
        let waiting = r.outdoors + r.bcps.iter().map(|b| b.queue).sum::<u32>();
        for q in self.requests.open().filter(|q| q.deadline_ms <= now) {
            let key = GapKey::Late(q.id);
            if let Some(g) = self.gaps.open_gap_mut(&key) {
                g.persons_affected = g.persons_affected.max(u64::from(waiting));
                // A wait that strands more people matters more.
                if waiting > PEOPLE_AT_RISK {
                    g.severity = Severity::High;
                }
                continue;
            }
            if self.gaps.all().iter().any(|g| g.request == Some(q.id)) {
                continue;
            }
            let asked = if q.to.is_empty() {
                match &q.function {
                    Some(f) => Text::new("gap-asked-nobody-function").id("function", f),
                    None => Text::new("gap-asked-nobody"),
                }
            } else {
                Text::new("plain-text").list("text", &q.to)
            };
            let (category, summary, action) = match &q.ask {
                Ask::DeclarePhase(p) => (
                    Category::TriggerGap,
                    Text::new("gap-phase-late").id("phase", p),
                    Text::new("gap-phase-late-action").id("phase", p),
                ),
                Ask::Decide(kind) => (
                    Category::DecisionLatency,
                    Text::new(if q.to.is_empty() {
                        "gap-request-unanswerable"
                    } else {
                        "gap-request-late"
                    })
                    .text("kind", kind.subject()),
                    Text::new("gap-request-late-action").text("kind", kind.subject()),
                ),
            };
            let severity = if waiting > PEOPLE_AT_RISK {
                Severity::High
            } else {
                Severity::Medium
            };
            let mut new = Gap::new(category, severity, summary, action)
                .institutions(&q.to)
                .request(q.id)
                .evidence(
                    Text::new("gap-request-evidence")
                        .count("number", q.id)
                        .text("ask", q.ask.text())
                        .id("raised", SimTime(q.raised_ms).t_plus())
                        .text("reason", q.reason.clone())
                        .id("deadline", SimTime(q.deadline_ms).t_plus())
                        .text("asked", asked),
                )
                .evidence(
                    Text::new("gap-request-waiting")
                        .id("at", SimTime(now).t_plus())
                        .id("waited", SimTime(now - q.raised_ms).span())
                        .text("people", people(waiting)),
                )
                .value("waited_h", (now - q.raised_ms) as f64 / 3_600_000.0)
                .value("people_waiting", f64::from(waiting))
                .affecting(u64::from(waiting));
            new.function = q.function.clone();
            new.place = q.subject.clone();
            self.gaps.open(key, now, new);
        }
    }

    /// Notifications the plan required and nobody gave by their time are information gaps.
    pub(super) fn check_owed(&mut self, now: i64) {
        let due = self.ledger.take_owed(now);
        if due.is_empty() {
            return;
        }
        let mut by_decision: std::collections::BTreeMap<u32, Vec<Owed>> =
            std::collections::BTreeMap::new();
        for o in due {
            by_decision.entry(o.decision).or_default().push(o);
        }
        for (decision, missing) in by_decision {
            let Some(d) = self.ledger.decision(decision).cloned() else {
                continue;
            };
            let who: Vec<String> = missing.iter().map(|o| o.institution.clone()).collect();
            // The plan already lists them: the gap is the decider's, who did not apply it.
            let within = self.scenario.plan.inform_within.span();
            let mut new = Gap::new(
                Category::InformationGap,
                Severity::Medium,
                Text::new("gap-uninformed")
                    .id("by", &d.by)
                    .list("who", &who),
                Text::new("gap-uninformed-action")
                    .id("function", &missing[0].function)
                    .list("who", &who)
                    .id("within", &within),
            )
            .institutions(std::slice::from_ref(&d.by))
            .evidence(
                Text::new("gap-uninformed-decision")
                    .count("number", d.id)
                    .id("by", &d.by)
                    .id("at", SimTime(d.at_ms).t_plus())
                    .text("what", d.what.clone()),
            )
            .evidence(
                Text::new("gap-uninformed-evidence")
                    .list("who", &who)
                    .id("within", within)
                    .id("at", SimTime(now).t_plus()),
            )
            .value("uninformed", who.len() as f64);
            new.function = Some(missing[0].function.clone());
            self.gaps.open(GapKey::Uninformed(decision), now, new);
        }
    }
}

/// The referral gap of vulnerability `v` with `reading.late` persons handed over late.
fn late_referral(
    v: Vulnerability,
    rule: Option<&crate::scenario::Referral>,
    raci: &Raci,
    reading: crate::sim::VulnerableReading,
    now: i64,
) -> Gap {
    let (function, deadline) = rule
        .map(|x| (Some(x.function.clone()), x.deadline))
        .unwrap_or((None, crate::time::SimTime(0)));
    let holders = function
        .as_deref()
        .map(|f| raci.holders(f))
        .unwrap_or_default();
    let mut new = Gap::new(
        Category::ReferralGap,
        Severity::High,
        Text::new("gap-late-referral").text("kind", v.text()),
        Text::new("gap-late-referral-action").text("kind", v.text()),
    )
    .institutions(&holders)
    .evidence(
        Text::new("gap-late-referral-evidence")
            .id("at", SimTime(now).t_plus())
            .count("late", reading.late)
            .count("identified", reading.identified)
            .id("deadline", deadline.to_string())
            .id("mean", SimTime(reading.mean_handover_ms).span()),
    )
    .value("late", reading.late as f64)
    .value("identified", reading.identified as f64)
    .value(
        "mean_handover_min",
        reading.mean_handover_ms as f64 / 60_000.0,
    )
    .affecting(reading.late);
    new.function = function;
    new
}

/// "1 person", "2 people" in the reader's language: evidence is read aloud in debriefs.
fn people(n: impl Into<u64>) -> Text {
    Text::new("people-count").count("count", n)
}

#[cfg(test)]
mod tests {
    use super::people;
    use crate::i18n::{Lang, Localized};

    #[test]
    fn one_person_is_singular() {
        assert_eq!(people(1u32).english(), "1 person");
        assert_eq!(people(0u32).english(), "0 people");
        assert_eq!(people(2_400u32).english(), "2400 people");
        assert_eq!(people(1u32).localized(Lang::Sq), "1 person");
        assert_eq!(people(2u32).localized(Lang::Sq), "2 persona");
    }
}
