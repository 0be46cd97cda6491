//! "Does the scenario add up?": what each stage can handle against the peak demand the
//! arrival profiles send it, and warnings, located in the file, for figures that look like
//! mistakes (a per-day rate in a per-hour field, a language code nobody serves, a request
//! rule that can never fire in this network).
//!
//! Everything here is arithmetic on the scenario alone: capacities are service rates
//! (servers × one hour ÷ mean service time), demand is the highest arrival rate the profiles
//! reach (surges left out), occupancy follows Little's law (rate × mean stay).

use std::fmt::{self, Write};

use super::error::line_col;
use super::load::Source;
use super::locate::{Step, locate};
use super::model::*;
use super::never_raised::{NeverRaised, never_raised};
use super::summary::{expected_from_rate, expected_from_surge};
use crate::i18n::Lang;
use crate::time::SimTime;
use crate::tr;

/// A rate this many times over every per-hour capacity after it reads as a per-day figure.
pub const PER_DAY_FACTOR: f64 = 5.0;

/// What the scenario can handle against what it is sent, and what looks wrong.
#[derive(Debug, Clone, PartialEq)]
pub struct Capacity {
    /// People per hour at the peak arrival rate (all entry points together, surges aside).
    pub peak_per_hour: f64,
    /// One line per stage, in the order people meet them.
    pub stages: Vec<StageLoad>,
    /// Figures that look like mistakes, in file order.
    pub warnings: Vec<CapacityWarning>,
}

/// One stage: what it handles and what the peak sends it.
#[derive(Debug, Clone, PartialEq)]
pub struct StageLoad {
    /// What the stage is, e.g. `crossings`, `interpreters ar`, `beds`.
    pub stage: String,
    /// What it handles, in words with per-hour and per-day figures.
    pub handles: String,
    /// What the peak sends it, in words.
    pub demand: String,
    /// Whether the demand exceeds what it handles.
    pub short: bool,
}

/// A figure that looks like a mistake, with its place in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CapacityWarning {
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// What looks wrong and what to write instead.
    pub message: String,
}

/// The capacity check of a parsed scenario, its words in `lang`; `source` is the text it
/// was parsed from, for the warnings' lines.
pub fn capacity_in(s: &Scenario, source: &Source, lang: Lang) -> Capacity {
    let mut check = Check {
        s,
        text: &source.text,
        lang,
        warnings: Vec::new(),
    };
    let stages = check.stages();
    check.per_day_rates();
    check.unserved_languages();
    check.rules_that_cannot_fire();
    check.unknown_capabilities();
    let mut warnings = check.warnings;
    warnings.sort_by_key(|w| (w.line, w.column));
    Capacity {
        peak_per_hour: peak_total(s),
        stages,
        warnings,
    }
}

/// The capacity section as printed by `scenario show`, in `lang`, ending with a newline:
/// a blank line, the table, then the warnings with their lines.
pub fn render_capacity_in(c: &Capacity, lang: Lang) -> String {
    let mut out = String::from("\n");
    out.push_str(&render_capacity_table(c, lang));
    for w in &c.warnings {
        out.push_str(&tr!(
            lang,
            "capacity-warning",
            line = w.line,
            message = &w.message
        ));
        out.push('\n');
    }
    out
}

/// The heading and one line per stage, in `lang`, ending with a newline (no warnings).
pub fn render_capacity_table(c: &Capacity, lang: Lang) -> String {
    let mut out = String::new();
    // Writing to a String cannot fail.
    let _ = write_capacity_table(&mut out, c, lang);
    out
}

fn write_capacity_table(out: &mut String, c: &Capacity, lang: Lang) -> fmt::Result {
    let heading = tr!(lang, "capacity-heading");
    writeln!(out, "{heading}")?;
    writeln!(
        out,
        "{}",
        "-".repeat(heading.chars().count().saturating_add(1))
    )?;
    let ok = tr!(lang, "capacity-ok");
    let short = tr!(lang, "capacity-short");
    let label_width = ok.chars().count().max(short.chars().count());
    let width = c
        .stages
        .iter()
        .map(|l| l.stage.chars().count())
        .max()
        .unwrap_or(0);
    for l in &c.stages {
        let pad = " ".repeat(width.saturating_sub(l.stage.chars().count()));
        let label = if l.short { &short } else { &ok };
        writeln!(
            out,
            "  {}{pad}  {label:<label_width$}  {}  {}",
            l.stage, l.handles, l.demand
        )?;
    }
    Ok(())
}

struct Check<'a> {
    s: &'a Scenario,
    text: &'a str,
    lang: Lang,
    warnings: Vec<CapacityWarning>,
}

/// The highest rate of one profile, and the path to it in the text.
fn peak_of(profile: &ArrivalProfile) -> (f64, Option<usize>) {
    match &profile.rate {
        Rate::PerHour(r) => (*r, None),
        // The busiest day's (or hour's) count over its span: a day's count as an average
        // over the day.
        Rate::Observed(_) => (
            profile
                .observed
                .iter()
                .map(|o| f64::from(o.people) / o.over.as_hours().max(1.0))
                .fold(0.0, f64::max),
            None,
        ),
        Rate::Steps(steps) => steps
            .iter()
            .enumerate()
            .fold(
                (0.0, None),
                |best, (i, (_, r))| {
                    if *r > best.0 { (*r, Some(i)) } else { best }
                },
            ),
    }
}

fn peak_total(s: &Scenario) -> f64 {
    s.arrivals.iter().map(|a| peak_of(a).0).sum()
}

/// People per hour one server handles with this mean service time.
fn per_server_hour(service: &Distribution) -> f64 {
    let hours = service.mean().as_hours();
    if hours > 0.0 { 1.0 / hours } else { 0.0 }
}

/// Officers on duty at an hour of day, from the shift that started last before it.
fn officers_at(shifts: &[Shift], hour: u8) -> u32 {
    let latest = |pred: &dyn Fn(&Shift) -> bool| {
        shifts
            .iter()
            .filter(|s| pred(s))
            .max_by_key(|s| s.from_hour)
            .map(|s| s.officers)
    };
    latest(&|s| s.from_hour <= hour)
        .or_else(|| latest(&|_| true))
        .unwrap_or(0)
}

/// A count for display: whole numbers above ten, one decimal below.
fn num(x: f64) -> String {
    if x.abs() >= 10.0 || x.fract() == 0.0 {
        format!("{:.0}", x.round())
    } else {
        format!("{x:.1}")
    }
}

/// A figure to write into the file: up to two decimals, trailing zeros dropped.
fn exact(x: f64) -> String {
    let text = format!("{x:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// "12/h (288/day)".
fn rates(lang: Lang, per_hour: f64, per_day: f64) -> String {
    tr!(
        lang,
        "capacity-rates",
        per_hour = num(per_hour),
        per_day = num(per_day)
    )
}

impl Check<'_> {
    fn warn(&mut self, path: &[Step<'_>], message: String) {
        let span = locate(self.text, path);
        let (line, column) = line_col(self.text, span.offset());
        self.warnings.push(CapacityWarning {
            line,
            column,
            message,
        });
    }

    fn entry_peak(&self) -> f64 {
        self.s
            .arrivals
            .iter()
            .filter(|a| {
                self.s
                    .locations
                    .iter()
                    .any(|l| l.id == a.at && matches!(l.kind, LocationKind::Entry { .. }))
            })
            .map(|a| peak_of(a).0)
            .sum()
    }

    /// (per hour at the busiest hour, per day) over the open crossings.
    fn crossings(&self) -> Option<(f64, f64)> {
        let mut found = false;
        let (mut hour, mut day) = (0.0, 0.0);
        for l in &self.s.locations {
            if let LocationKind::Bcp {
                lanes,
                shifts,
                service,
                open: true,
                ..
            } = &l.kind
            {
                found = true;
                let rate = per_server_hour(service);
                let servers: Vec<f64> = (0..24u8)
                    .map(|h| f64::from(officers_at(shifts, h).min(*lanes)))
                    .collect();
                hour += servers.iter().copied().fold(0.0, f64::max) * rate;
                day += servers.iter().sum::<f64>() * rate;
            }
        }
        found.then_some((hour, day))
    }

    fn registrations(&self) -> Vec<(&Location, u32, &Distribution, &[String])> {
        self.s
            .locations
            .iter()
            .filter_map(|l| match &l.kind {
                LocationKind::Registration {
                    desks,
                    service,
                    languages,
                    ..
                } => Some((l, *desks, service, languages.as_slice())),
                _ => None,
            })
            .collect()
    }

    /// People per hour all registration desks handle.
    fn registration_per_hour(&self) -> Option<f64> {
        let regs = self.registrations();
        (!regs.is_empty()).then(|| {
            regs.iter()
                .map(|(_, desks, service, _)| f64::from(*desks) * per_server_hour(service))
                .sum()
        })
    }

    /// Whether registration staff speak `language` somewhere.
    fn staff_speak(&self, language: &str) -> bool {
        self.registrations()
            .iter()
            .any(|(_, _, _, spoken)| spoken.iter().any(|l| l == language))
    }

    /// People per hour the interpreters of `language` handle (one person each at a time,
    /// at the service time of the registration point they sit at, or the slowest for remote).
    fn interpreted_per_hour(&self, language: &str) -> (u32, f64) {
        let regs = self.registrations();
        let slowest = regs
            .iter()
            .map(|(_, _, service, _)| per_server_hour(service))
            .fold(f64::INFINITY, f64::min);
        let mut count = 0u32;
        let mut per_hour = 0.0;
        for i in self
            .s
            .resources
            .interpreters
            .iter()
            .filter(|i| i.language == language)
        {
            count = count.saturating_add(i.count);
            let rate =
                i.at.as_ref()
                    .and_then(|at| regs.iter().find(|(l, ..)| &l.id == at))
                    .map_or(slowest, |(_, _, service, _)| per_server_hour(service));
            if rate.is_finite() {
                per_hour += f64::from(i.count) * rate;
            }
        }
        (count, per_hour)
    }

    /// Share of arrivals speaking each cohort language, in first-seen order.
    fn language_shares(&self) -> Vec<(String, f64)> {
        let mut out: Vec<(String, f64)> = Vec::new();
        for n in &self.s.cohort.nationalities {
            for (code, share) in &n.languages {
                let part = n.share * share;
                match out.iter_mut().find(|(c, _)| c == code) {
                    Some((_, total)) => *total += part,
                    None => out.push((code.clone(), part)),
                }
            }
        }
        out
    }

    /// Seats per day of each fleet: buses × seats × round trips on its longest link.
    fn fleets(&self) -> Vec<(&BusFleet, f64, SimTime)> {
        self.s
            .resources
            .buses
            .iter()
            .filter_map(|fleet| {
                let longest = self
                    .s
                    .links
                    .iter()
                    .filter(|l| matches!(&l.mode, Mode::Bus(f) if f == &fleet.id))
                    .map(|l| l.time)
                    .max()?;
                let round_trip = longest.as_hours() * 2.0;
                let trips = if round_trip > 0.0 {
                    24.0 / round_trip
                } else {
                    0.0
                };
                Some((
                    fleet,
                    f64::from(fleet.count) * f64::from(fleet.capacity) * trips,
                    longest,
                ))
            })
            .collect()
    }

    fn stages(&self) -> Vec<StageLoad> {
        let s = self.s;
        let lang = self.lang;
        let peak = peak_total(s);
        let peak_sends = |per_hour: f64| {
            tr!(
                lang,
                "capacity-peak-sends",
                rates = rates(lang, per_hour, per_hour * 24.0)
            )
        };
        let handle = |per_hour: f64, per_day: f64| {
            tr!(
                lang,
                "capacity-handle",
                rates = rates(lang, per_hour, per_day)
            )
        };
        let mut out = Vec::new();
        out.push(StageLoad {
            stage: tr!(lang, "capacity-stage-arrivals"),
            handles: tr!(
                lang,
                "capacity-arrivals-peak",
                rates = rates(lang, peak, peak * 24.0)
            ),
            demand: tr!(
                lang,
                "capacity-arrivals-total",
                people = num(self.expected_total()),
                duration = s.exercise.duration.to_string()
            ),
            short: false,
        });
        let to_entries = self.entry_peak();
        if let Some((hour, day)) = self.crossings() {
            out.push(StageLoad {
                stage: tr!(lang, "capacity-stage-crossings"),
                handles: handle(hour, day),
                demand: peak_sends(to_entries),
                short: to_entries > hour,
            });
        }
        if let Some(hour) = self.registration_per_hour() {
            out.push(StageLoad {
                stage: tr!(lang, "capacity-stage-registration"),
                handles: handle(hour, hour * 24.0),
                demand: peak_sends(peak),
                short: peak > hour,
            });
            for (code, share) in self.language_shares() {
                let demand = peak * share;
                let wants = peak_sends(demand);
                let stage = tr!(lang, "capacity-stage-interpreters", language = &code);
                let line = if self.staff_speak(&code) {
                    StageLoad {
                        stage,
                        handles: tr!(lang, "capacity-staff-speak-it"),
                        demand: wants,
                        short: false,
                    }
                } else {
                    let (count, per_hour) = self.interpreted_per_hour(&code);
                    StageLoad {
                        stage,
                        handles: tr!(
                            lang,
                            "capacity-interpreters-handle",
                            count = count,
                            rates = rates(lang, per_hour, per_hour * 24.0)
                        ),
                        demand: wants,
                        short: demand > per_hour,
                    }
                };
                out.push(line);
            }
        }
        let fleets = self.fleets();
        if !fleets.is_empty() {
            let seats: f64 = fleets.iter().map(|(_, seats, _)| seats).sum();
            let words: Vec<String> = fleets
                .iter()
                .map(|(f, seats, longest)| {
                    tr!(
                        lang,
                        "capacity-fleet",
                        fleet = &f.id,
                        buses = f.count.to_string(),
                        seats = f.capacity.to_string(),
                        trips = num(seats / (f64::from(f.count) * f64::from(f.capacity)).max(1.0)),
                        round_trip = SimTime(longest.millis().saturating_mul(2)).to_string(),
                        total = num(*seats)
                    )
                })
                .collect();
            out.push(StageLoad {
                stage: tr!(lang, "capacity-stage-transport"),
                handles: tr!(
                    lang,
                    "capacity-transport-handles",
                    seats = num(seats),
                    fleets = words.join("; ")
                ),
                demand: tr!(lang, "capacity-transport-demand", people = num(peak * 24.0)),
                short: peak * 24.0 > seats,
            });
        }
        let (beds, surge, stay) = self.beds();
        if beds > 0 || surge > 0 {
            let occupancy = (peak * stay.as_hours()).min(self.expected_total());
            out.push(StageLoad {
                stage: tr!(lang, "capacity-stage-beds"),
                handles: tr!(
                    lang,
                    "capacity-beds-handles",
                    beds = beds.to_string(),
                    surge = surge.to_string()
                ),
                demand: tr!(
                    lang,
                    "capacity-beds-demand",
                    occupancy = num(occupancy),
                    per_hour = num(peak),
                    stay = stay.to_string()
                ),
                short: occupancy > f64::from(beds.saturating_add(surge)),
            });
        }
        out
    }

    /// Beds open at the start, surge beds, and the longest mean stay.
    fn beds(&self) -> (u32, u32, SimTime) {
        let mut beds = 0u32;
        let mut surge = 0u32;
        let mut stay = SimTime::ZERO;
        for l in &self.s.locations {
            if let LocationKind::Reception {
                capacity,
                surge_capacity,
                stay: st,
                open,
                ..
            } = &l.kind
            {
                if *open {
                    beds = beds.saturating_add(*capacity);
                }
                surge = surge.saturating_add(*surge_capacity);
                stay = stay.max(st.mean());
            }
        }
        (beds, surge, stay)
    }

    fn expected_total(&self) -> f64 {
        let duration = self.s.exercise.duration;
        self.s
            .arrivals
            .iter()
            .map(|a| {
                expected_from_rate(&a.rate, duration)
                    + super::summary::expected_observed(a, duration)
                    + a.surges
                        .iter()
                        .map(|s| expected_from_surge(s, duration))
                        .sum::<f64>()
            })
            .sum()
    }

    fn per_day_rates(&mut self) {
        let entry_bound = |s: &Scenario, at: &str| {
            s.locations
                .iter()
                .any(|l| l.id == at && matches!(l.kind, LocationKind::Entry { .. }))
        };
        let registration = self.registration_per_hour();
        let crossings = self.crossings().map(|(hour, _)| hour);
        let duration = self.s.exercise.duration;
        let lang = self.lang;
        let mut found = Vec::new();
        for (i, profile) in self.s.arrivals.iter().enumerate() {
            let (rate, step) = peak_of(profile);
            let mut downstream: Vec<(&str, f64)> = Vec::new();
            if entry_bound(self.s, &profile.at)
                && let Some(hour) = crossings
            {
                downstream.push(("capacity-stage-crossings", hour));
            }
            if let Some(hour) = registration {
                downstream.push(("capacity-stage-registration", hour));
            }
            let Some(most) = downstream.iter().map(|(_, h)| *h).reduce(f64::max) else {
                continue;
            };
            if rate < PER_DAY_FACTOR * most {
                continue;
            }
            let handled: Vec<String> = downstream
                .iter()
                .map(|(stage, hour)| {
                    tr!(
                        lang,
                        "capacity-handled",
                        stage = tr!(lang, stage),
                        per_hour = num(*hour)
                    )
                })
                .collect();
            let times = if most > 0.0 {
                tr!(lang, "capacity-times", times = num(rate / most))
            } else {
                tr!(lang, "capacity-far-more")
            };
            let message = tr!(
                lang,
                "capacity-per-day-rate",
                rate = num(rate),
                at = &profile.at,
                times = times,
                handled = handled.join(", "),
                duration = duration.to_string(),
                people = num(expected_from_rate(&profile.rate, duration)),
                per_hour = exact(rate / 24.0)
            );
            found.push((i, step, message));
        }
        for (i, step, message) in found {
            match step {
                Some(j) => self.warn(
                    &[
                        Step::Key("arrivals"),
                        Step::Item(i),
                        Step::Key("rate"),
                        Step::Item(j),
                        Step::Item(1),
                    ],
                    message,
                ),
                None => self.warn(
                    &[Step::Key("arrivals"), Step::Item(i), Step::Key("rate")],
                    message,
                ),
            }
        }
    }

    /// Objectives whose capability is not an HSEEP core capability: the report could only
    /// rate it from its own tasks and observations.
    fn unknown_capabilities(&mut self) {
        let found: Vec<(usize, String)> = self
            .s
            .objectives
            .iter()
            .enumerate()
            .filter(|(_, o)| !super::is_core_capability(&o.capability))
            .map(|(i, o)| {
                let message = match super::nearest_core_capability(&o.capability) {
                    Some(meant) => tr!(
                        self.lang,
                        "capacity-unknown-capability-like",
                        objective = &o.id,
                        capability = &o.capability,
                        meant = meant
                    ),
                    None => tr!(
                        self.lang,
                        "capacity-unknown-capability",
                        objective = &o.id,
                        capability = &o.capability
                    ),
                };
                (i, message)
            })
            .collect();
        for (i, message) in found {
            self.warn(
                &[
                    Step::Key("objectives"),
                    Step::Item(i),
                    Step::Key("capability"),
                ],
                message,
            );
        }
    }

    fn unserved_languages(&mut self) {
        if self.registrations().is_empty() {
            return;
        }
        let mut served: Vec<String> = self
            .s
            .resources
            .interpreters
            .iter()
            .filter(|i| i.count > 0)
            .map(|i| i.language.clone())
            .collect();
        for (_, _, _, spoken) in self.registrations() {
            served.extend(spoken.iter().cloned());
        }
        let mut found = Vec::new();
        for (i, n) in self.s.cohort.nationalities.iter().enumerate() {
            for (code, share) in &n.languages {
                if *share <= 0.0 || n.share <= 0.0 || served.contains(code) {
                    continue;
                }
                let like = served
                    .iter()
                    .find(|c| c.eq_ignore_ascii_case(code))
                    .map(|c| tr!(self.lang, "capacity-like-code", code = c))
                    .unwrap_or_default();
                found.push((
                    i,
                    code.clone(),
                    tr!(
                        self.lang,
                        "capacity-unserved-language",
                        code = code,
                        nationality = &n.id,
                        share = percent(n.share * share),
                        like = like
                    ),
                ));
            }
        }
        for (i, code, message) in found {
            self.warn(
                &[
                    Step::Key("cohort"),
                    Step::Key("nationalities"),
                    Step::Item(i),
                    Step::Key("languages"),
                    Step::Entry(&code),
                ],
                message,
            );
        }
    }

    fn rules_that_cannot_fire(&mut self) {
        let s = self.s;
        let mut found = Vec::new();
        for (k, rule) in s.plan.requests.iter().enumerate() {
            // The warning names what the network lacks; a missing site or a served
            // language is the static findings' to tell.
            let why = match never_raised(s, rule.request) {
                Some(NeverRaised::NoBusLink) => Some("capacity-why-transport"),
                Some(NeverRaised::NoApprovalNeeded) => Some("capacity-why-approval"),
                Some(NeverRaised::NoQueueLimit) => Some("capacity-why-officers"),
                Some(
                    NeverRaised::NoReceptionSite
                    | NeverRaised::NoSiteToOpen
                    | NeverRaised::EveryLanguageServed,
                )
                | None => None,
            };
            if let Some(why) = why {
                found.push((
                    k,
                    tr!(
                        self.lang,
                        "capacity-rule-cannot-fire",
                        request = request_name(rule.request),
                        why = tr!(self.lang, why)
                    ),
                ));
            }
        }
        for (k, message) in found {
            self.warn(
                &[
                    Step::Key("plan"),
                    Step::Key("requests"),
                    Step::Item(k),
                    Step::Key("request"),
                ],
                message,
            );
        }
    }
}

/// The request kind as written in the scenario.
fn request_name(kind: RequestKind) -> &'static str {
    match kind {
        RequestKind::ReceptionApproval => "ReceptionApproval",
        RequestKind::Transport => "Transport",
        RequestKind::TemporarySite => "TemporarySite",
        RequestKind::Interpreters => "Interpreters",
        RequestKind::Officers => "Officers",
    }
}

fn percent(share: f64) -> String {
    let p = share * 100.0;
    if (p - p.round()).abs() < 1e-9 {
        format!("{p:.0} %")
    } else {
        format!("{p:.1} %")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn officers_follow_the_shift_that_started_last_wrapping_past_midnight() {
        let shifts = [
            Shift {
                from_hour: 6,
                officers: 4,
            },
            Shift {
                from_hour: 22,
                officers: 1,
            },
        ];
        assert_eq!(officers_at(&shifts, 3), 1);
        assert_eq!(officers_at(&shifts, 6), 4);
        assert_eq!(officers_at(&shifts, 21), 4);
        assert_eq!(officers_at(&shifts, 23), 1);
    }

    #[test]
    fn a_server_handles_one_hour_over_its_mean_service() {
        let six_minutes = Distribution::Fixed(SimTime::mins(6));
        assert!((per_server_hour(&six_minutes) - 10.0).abs() < 1e-9);
    }
}
