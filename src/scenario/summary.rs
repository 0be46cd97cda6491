//! A readable plain-text summary of a scenario, for `fluxsim scenario show`.
//!
//! The summary is what a facilitator checks before an exercise: the places and their
//! capacities, who holds which function, what the plan says, how many people to expect.
//! It never fails: references that do not resolve (in a scenario that was not validated)
//! are shown by their id.

use std::fmt::{self, Write};

use super::model::*;
use crate::time::SimTime;

/// How many injects of the MSEL are listed; the rest are counted.
const FIRST_INJECTS: usize = 5;

/// The plain-text summary of a scenario, ending with a newline.
pub fn render_summary(scenario: &Scenario) -> String {
    let mut out = String::new();
    // Writing to a String cannot fail.
    let _ = Summary { s: scenario }.write(&mut out);
    out
}

struct Summary<'a> {
    s: &'a Scenario,
}

impl Summary<'_> {
    fn write(&self, out: &mut String) -> fmt::Result {
        self.exercise(out)?;
        self.places(out)?;
        self.links(out)?;
        self.resources(out)?;
        self.institutions(out)?;
        self.raci(out)?;
        self.plan(out)?;
        self.arrivals(out)?;
        self.cohort(out)?;
        self.referrals(out)?;
        self.msel(out)
    }

    fn location(&self, id: &str) -> Option<&Location> {
        self.s.locations.iter().find(|l| l.id == id)
    }

    /// "Name (id)", or the id alone when the place has no name or is unknown.
    fn place(&self, id: &str) -> String {
        match self.location(id) {
            Some(l) if !l.name.is_empty() && l.name != l.id => format!("{} ({})", l.name, l.id),
            _ => id.to_string(),
        }
    }

    fn institution_name(&self, id: &str) -> String {
        self.s
            .institutions
            .iter()
            .find(|i| i.id == id)
            .map_or_else(|| id.to_string(), |i| i.name.clone())
    }

    fn function(&self, id: &str) -> Option<&Function> {
        self.s.functions.iter().find(|f| f.id == id)
    }

    /// Who holds a function as Accountable, in words, flagging unowned and contested.
    fn accountable(&self, id: &str) -> String {
        let Some(f) = self.function(id) else {
            return format!("`{id}` (unknown function)");
        };
        let names: Vec<String> = f
            .accountable
            .iter()
            .map(|i| self.institution_name(i))
            .collect();
        match names.len() {
            0 => format!("nobody — `{id}` has no Accountable institution (UNOWNED)"),
            1 => format!("{} (`{id}`)", names[0]),
            _ => format!("{} (`{id}` is CONTESTED)", names.join(" or ")),
        }
    }

    fn exercise(&self, out: &mut String) -> fmt::Result {
        let e = &self.s.exercise;
        writeln!(out, "{}", e.name)?;
        writeln!(out, "{}", "=".repeat(e.name.chars().count().max(3)))?;
        if !e.description.is_empty() {
            writeln!(out, "{}", e.description)?;
        }
        let until = end_of(&e.start, e.duration)
            .map(|end| format!(" (until {end})"))
            .unwrap_or_default();
        let language = match e.language {
            Language::En => "English (En)",
            Language::Sq => "Albanian (Sq)",
            Language::Sr => "Serbian (Sr)",
        };
        let rows = vec![
            vec!["start".into(), format!("{} (T+0, local time)", e.start)],
            vec!["duration".into(), format!("{}{until}", e.duration)],
            vec!["seed".into(), e.seed.to_string()],
            vec!["language".into(), language.into()],
            vec!["sampling".into(), format!("every {}", e.sample_every)],
            vec![
                "night".into(),
                format!("{:02}:00–{:02}:00", e.night.from_hour, e.night.to_hour),
            ],
        ];
        table(out, &rows)
    }

    fn places(&self, out: &mut String) -> fmt::Result {
        heading(out, &format!("Places ({})", self.s.locations.len()))?;
        type Describe = fn(&LocationKind) -> Option<String>;
        let groups: [(&str, Describe); 8] = [
            ("Entry points", |k| match k {
                LocationKind::Entry { country } => Some(format!("from {country}")),
                _ => None,
            }),
            ("Green border", |k| match k {
                LocationKind::GreenBorder {
                    country,
                    detected,
                    detection_delay,
                } => Some(format!(
                    "from {country}; {} detected, after {}",
                    percent(*detected),
                    distribution(detection_delay)
                )),
                _ => None,
            }),
            ("Border crossing points", |k| match k {
                LocationKind::Bcp {
                    country,
                    lanes,
                    shifts,
                    service,
                    queue_limit,
                    open,
                } => {
                    let shifts: Vec<String> = shifts
                        .iter()
                        .map(|s| format!("{} from {:02}:00", s.officers, s.from_hour))
                        .collect();
                    let limit = queue_limit
                        .map(|q| format!("queue limit {q}"))
                        .unwrap_or_else(|| "no queue limit".into());
                    Some(format!(
                        "from {country}; {} {}; officers per shift: {}; service {}; {limit}; {}",
                        lanes,
                        plural(*lanes, "lane", "lanes"),
                        if shifts.is_empty() {
                            "none".into()
                        } else {
                            shifts.join(", ")
                        },
                        distribution(service),
                        open_closed(*open)
                    ))
                }
                _ => None,
            }),
            ("Registration points", |k| match k {
                LocationKind::Registration {
                    desks,
                    service,
                    languages,
                    without_interpreter,
                } => {
                    let languages = if languages.is_empty() {
                        "no languages of their own".to_string()
                    } else {
                        format!("staff speak {}", languages.join(", "))
                    };
                    let without = match without_interpreter {
                        WithoutInterpreter::Wait => "wait".to_string(),
                        WithoutInterpreter::Slower(f) => format!("registered {f}× slower"),
                    };
                    Some(format!(
                        "{desks} {}; service {}; {languages}; without an interpreter: {without}",
                        plural(*desks, "desk", "desks"),
                        distribution(service),
                    ))
                }
                _ => None,
            }),
            ("Transit points", |k| match k {
                LocationKind::Transit { capacity } => {
                    Some(format!("holds {capacity} under shelter"))
                }
                _ => None,
            }),
            ("Reception sites", |k| match k {
                LocationKind::Reception {
                    capacity,
                    surge_capacity,
                    stay,
                    asylum,
                    open,
                } => Some(format!(
                    "{capacity} beds + {surge_capacity} surge; stay {}; {}{}",
                    distribution(stay),
                    if *asylum { "asylum centre; " } else { "" },
                    open_closed(*open)
                )),
                _ => None,
            }),
            ("Hospitals", |k| match k {
                LocationKind::Hospital { beds } => Some(format!("{beds} beds")),
                _ => None,
            }),
            ("Exits", |k| match k {
                LocationKind::Exit { country, outcome } => Some(format!(
                    "to {country} ({})",
                    match outcome {
                        ExitKind::Onward => "onward",
                        ExitKind::Return => "return",
                    }
                )),
                _ => None,
            }),
        ];
        for (title, describe) in groups {
            let rows: Vec<Vec<String>> = self
                .s
                .locations
                .iter()
                .filter_map(|l| describe(&l.kind).map(|d| vec![self.place(&l.id), d]))
                .collect();
            if rows.is_empty() {
                continue;
            }
            writeln!(out, "  {title}")?;
            table_indented(out, &rows, 4)?;
        }
        // Capacities are the scenario's own numbers: add them in u64, saturating.
        let beds = self
            .s
            .locations
            .iter()
            .filter_map(|l| match l.kind {
                LocationKind::Reception {
                    capacity,
                    surge_capacity,
                    ..
                } => Some(u64::from(capacity).saturating_add(u64::from(surge_capacity))),
                _ => None,
            })
            .fold(0u64, u64::saturating_add);
        let normal = self
            .s
            .locations
            .iter()
            .filter_map(|l| match l.kind {
                LocationKind::Reception { capacity, .. } => Some(u64::from(capacity)),
                _ => None,
            })
            .fold(0u64, u64::saturating_add);
        if beds > 0 {
            writeln!(
                out,
                "  Reception beds in all: {normal}, {beds} with surge capacity"
            )?;
        }
        Ok(())
    }

    fn links(&self, out: &mut String) -> fmt::Result {
        heading(
            out,
            &format!("Links ({}, each usable both ways)", self.s.links.len()),
        )?;
        let rows: Vec<Vec<String>> = self
            .s
            .links
            .iter()
            .map(|l| {
                vec![
                    self.place(&l.from),
                    "↔".into(),
                    self.place(&l.to),
                    l.time.to_string(),
                    match &l.mode {
                        Mode::Walk => "on foot".into(),
                        Mode::Bus(fleet) => format!("by bus ({fleet})"),
                    },
                ]
            })
            .collect();
        if rows.is_empty() {
            writeln!(out, "  none")
        } else {
            table(out, &rows)
        }
    }

    fn resources(&self, out: &mut String) -> fmt::Result {
        heading(out, "Resources")?;
        let r = &self.s.resources;
        writeln!(out, "  Interpreters")?;
        if r.interpreters.is_empty() {
            writeln!(out, "    none")?;
        } else {
            let rows: Vec<Vec<String>> = r
                .interpreters
                .iter()
                .map(|i| {
                    vec![
                        i.language.clone(),
                        i.count.to_string(),
                        match &i.at {
                            Some(at) => format!("at {}", self.place(at)),
                            None => "remote (telephone or video)".into(),
                        },
                    ]
                })
                .collect();
            table_indented(out, &rows, 4)?;
        }
        if !r.medical_teams.is_empty() {
            writeln!(out, "  Medical teams")?;
            let rows: Vec<Vec<String>> = r
                .medical_teams
                .iter()
                .map(|m| vec![m.count.to_string(), format!("at {}", self.place(&m.at))])
                .collect();
            table_indented(out, &rows, 4)?;
        }
        writeln!(out, "  Buses")?;
        if r.buses.is_empty() {
            writeln!(out, "    none")?;
        } else {
            let rows: Vec<Vec<String>> = r
                .buses
                .iter()
                .map(|b| {
                    vec![
                        b.id.clone(),
                        format!(
                            "{} {} × {} seats",
                            b.count,
                            plural(b.count, "bus", "buses"),
                            b.capacity
                        ),
                        format!("leaves full or after {}", b.max_wait),
                    ]
                })
                .collect();
            table_indented(out, &rows, 4)?;
        }
        Ok(())
    }

    fn institutions(&self, out: &mut String) -> fmt::Result {
        heading(
            out,
            &format!("Institutions ({})", self.s.institutions.len()),
        )?;
        let rows: Vec<Vec<String>> = self
            .s
            .institutions
            .iter()
            .map(|i| {
                let night = if (i.night_factor - 1.0).abs() < f64::EPSILON {
                    String::new()
                } else {
                    format!(", ×{} at night", i.night_factor)
                };
                vec![
                    i.id.clone(),
                    i.name.clone(),
                    i.role.label().into(),
                    format!("decides in {}{night}", distribution(&i.response)),
                ]
            })
            .collect();
        if rows.is_empty() {
            writeln!(out, "  none")
        } else {
            table(out, &rows)
        }
    }

    fn raci(&self, out: &mut String) -> fmt::Result {
        heading(
            out,
            "Functions (RACI: R responsible, A accountable, C consulted, I informed)",
        )?;
        if self.s.functions.is_empty() {
            return writeln!(out, "  none");
        }
        let mut header = vec!["function".to_string()];
        header.extend(self.s.institutions.iter().map(|i| i.id.clone()));
        header.push(String::new());
        let mut rows = vec![header];
        for f in &self.s.functions {
            let mut row = vec![f.id.clone()];
            for inst in &self.s.institutions {
                let mut cell = String::new();
                for (letter, list) in [
                    ('R', &f.responsible),
                    ('A', &f.accountable),
                    ('C', &f.consulted),
                    ('I', &f.informed),
                ] {
                    if list.contains(&inst.id) {
                        cell.push(letter);
                    }
                }
                if cell.is_empty() {
                    cell.push('·');
                }
                row.push(cell);
            }
            let mark = match f.accountable.len() {
                0 => "UNOWNED: no Accountable — ".to_string(),
                1 => String::new(),
                n => format!("CONTESTED: {n} Accountable — "),
            };
            row.push(format!("{mark}{}", f.name));
            rows.push(row);
        }
        table(out, &rows)?;
        let strangers: Vec<&str> = self
            .s
            .functions
            .iter()
            .flat_map(|f| {
                f.responsible
                    .iter()
                    .chain(&f.accountable)
                    .chain(&f.consulted)
                    .chain(&f.informed)
            })
            .filter(|id| !self.s.institutions.iter().any(|i| &i.id == *id))
            .map(String::as_str)
            .collect();
        if !strangers.is_empty() {
            writeln!(
                out,
                "  Not in the institutions list: {}",
                strangers.join(", ")
            )?;
        }
        Ok(())
    }

    fn plan(&self, out: &mut String) -> fmt::Result {
        let plan = &self.s.plan;
        heading(out, "Contingency plan")?;
        match &plan.coordination {
            Some(f) => writeln!(out, "  Working group chaired by: {}", self.accountable(f))?,
            None => writeln!(
                out,
                "  Working group chaired by: not set in the plan (UNOWNED)"
            )?,
        }
        writeln!(out, "  Phases")?;
        for (i, phase) in plan.phases.iter().enumerate() {
            let name = if phase.name.is_empty() || phase.name == phase.id {
                phase.id.clone()
            } else {
                format!("{} ({})", phase.name, phase.id)
            };
            writeln!(out, "    {}. {name}", i.saturating_add(1))?;
            let trigger = match (&phase.trigger, i) {
                (None, 0) => "in force at the start".to_string(),
                (None, _) => "no trigger (TRIGGER GAP)".to_string(),
                (Some(t), _) => self.trigger(t),
            };
            writeln!(out, "       trigger: {trigger}")?;
            if i > 0 || phase.declared_by.is_some() {
                let by = match &phase.declared_by {
                    Some(f) => self.accountable(f),
                    None => "nobody is named to declare it (TRIGGER GAP)".into(),
                };
                writeln!(out, "       declared by: {by}")?;
            }
            if let Some(within) = phase.declare_within {
                writeln!(
                    out,
                    "       to be declared within {within} of the trigger holding"
                )?;
            }
            if !phase.unlocks.is_empty() {
                let measures: Vec<String> = phase.unlocks.iter().map(|m| self.measure(m)).collect();
                writeln!(out, "       unlocks: {}", measures.join("; "))?;
            }
        }
        writeln!(out, "  Requests")?;
        if plan.requests.is_empty() {
            writeln!(out, "    none")?;
        } else {
            let rows: Vec<Vec<String>> = plan
                .requests
                .iter()
                .map(|r| {
                    vec![
                        request_words(r.request).into(),
                        format!("within {}", r.deadline),
                        format!("decided by {}", self.accountable(&r.function)),
                    ]
                })
                .collect();
            table_indented(out, &rows, 4)?;
        }
        writeln!(
            out,
            "  Informed institutions hear of a decision within {}",
            plan.inform_within
        )
    }

    fn trigger(&self, trigger: &Trigger) -> String {
        match trigger {
            Trigger::Narrative(text) => {
                format!("“{text}” (narrative, not measurable: TRIGGER GAP)")
            }
            Trigger::Above {
                metric,
                value,
                for_at_least,
            }
            | Trigger::Below {
                metric,
                value,
                for_at_least,
            } => {
                let (what, unit) = match metric {
                    Metric::Arrivals { window } => (format!("arrivals over the last {window}"), ""),
                    Metric::Queue(bcp) => (format!("the queue at {}", self.place(bcp)), ""),
                    Metric::AnyQueue => ("the longest queue at any BCP".into(), ""),
                    Metric::Occupancy(site) => (format!("occupancy of {}", self.place(site)), " %"),
                    Metric::AnyOccupancy => (
                        "the highest occupancy of any open reception site".into(),
                        " %",
                    ),
                    Metric::Outdoors => ("people waiting outdoors".into(), ""),
                    Metric::InCountry => ("people in the country".into(), ""),
                };
                let held = for_at_least
                    .map(|t| format!(" for at least {t}"))
                    .unwrap_or_default();
                let how = match trigger {
                    Trigger::Below { .. } => "fallen below",
                    Trigger::Above { .. } | Trigger::Narrative(_) => "above",
                };
                format!("{what} {how} {value}{unit}{held}")
            }
        }
    }

    fn measure(&self, measure: &Measure) -> String {
        match measure {
            Measure::SurgeCapacity => "reception surge capacity".into(),
            Measure::ExtraOfficers { bcp, officers } => format!(
                "{officers} extra {} per shift at {}",
                plural(*officers, "officer", "officers"),
                self.place(bcp)
            ),
            Measure::CrossBorderLiaison => "cross-border police liaison".into(),
        }
    }

    fn arrivals(&self, out: &mut String) -> fmt::Result {
        let duration = self.s.exercise.duration;
        heading(
            out,
            &format!("Arrivals (expected over the {duration} of the exercise)"),
        )?;
        let mut total = 0.0;
        for profile in &self.s.arrivals {
            let from_rate = expected_from_rate(&profile.rate, duration);
            let from_surges: f64 = profile
                .surges
                .iter()
                .map(|s| expected_from_surge(s, duration))
                .sum();
            total += from_rate + from_surges;
            writeln!(
                out,
                "  {}: about {} people",
                self.place(&profile.at),
                round(from_rate + from_surges)
            )?;
            let rate = match &profile.rate {
                Rate::PerHour(r) => format!("{r} per hour throughout"),
                Rate::Steps(steps) => steps
                    .iter()
                    .map(|(t, r)| format!("{r}/h from T+{t}"))
                    .collect::<Vec<_>>()
                    .join(", "),
            };
            writeln!(out, "    rate: {rate} (about {} people)", round(from_rate))?;
            for s in &profile.surges {
                writeln!(
                    out,
                    "    surge: {} people from T+{} over {}",
                    s.people, s.at, s.over
                )?;
            }
        }
        writeln!(out, "  In all: about {} people", round(total))
    }

    fn cohort(&self, out: &mut String) -> fmt::Result {
        let c = &self.s.cohort;
        heading(out, "Cohort")?;
        let rows: Vec<Vec<String>> = c
            .nationalities
            .iter()
            .map(|n| {
                let languages: Vec<String> = n
                    .languages
                    .iter()
                    .map(|(l, share)| format!("{l} {}", percent(*share)))
                    .collect();
                vec![
                    n.id.clone(),
                    percent(n.share),
                    format!("speak {}", languages.join(", ")),
                ]
            })
            .collect();
        table(out, &rows)?;
        if c.vulnerable.is_empty() {
            writeln!(out, "  Vulnerable: none")?;
        } else {
            let shares: Vec<String> = c
                .vulnerable
                .iter()
                .map(|(v, share)| format!("{} {}", vulnerability_words(*v), percent(*share)))
                .collect();
            writeln!(out, "  Vulnerable: {}", shares.join(", "))?;
        }
        writeln!(
            out,
            "  After reception: {} onward, {} asylum, {} return",
            percent(c.outcomes.onward),
            percent(c.outcomes.asylum),
            percent(c.outcomes.return_)
        )
    }

    fn referrals(&self, out: &mut String) -> fmt::Result {
        heading(out, "Referrals")?;
        if self.s.referrals.is_empty() {
            return writeln!(out, "  none");
        }
        let rows: Vec<Vec<String>> = self
            .s
            .referrals
            .iter()
            .map(|r| {
                let takes = match self.function(&r.function) {
                    Some(f) if !f.responsible.is_empty() => {
                        let names: Vec<String> = f
                            .responsible
                            .iter()
                            .map(|i| self.institution_name(i))
                            .collect();
                        format!("{} (`{}`)", names.join(", "), f.id)
                    }
                    Some(f) => format!("`{}` (no Responsible institution)", f.id),
                    None => format!("`{}` (unknown function)", r.function),
                };
                vec![
                    vulnerability_words(r.vulnerability).into(),
                    format!("→ {takes}"),
                    format!("within {}", r.deadline),
                    format!("hand-over {}", distribution(&r.handover)),
                ]
            })
            .collect();
        table(out, &rows)
    }

    fn msel(&self, out: &mut String) -> fmt::Result {
        let n = self.s.msel.len();
        heading(
            out,
            &format!("MSEL ({n} {})", plural(n as u32, "inject", "injects")),
        )?;
        let mut injects: Vec<&Inject> = self.s.msel.iter().collect();
        injects.sort_by_key(|i| (i.at, i.number));
        for inject in injects.iter().take(FIRST_INJECTS) {
            writeln!(
                out,
                "  #{} T+{}  {} → {}: {}",
                inject.number,
                inject.at,
                inject.from,
                inject.to.join(", "),
                inject.synopsis
            )?;
        }
        if n > FIRST_INJECTS {
            writeln!(out, "  … and {} more", n.saturating_sub(FIRST_INJECTS))?;
        }
        Ok(())
    }
}

/// People expected from a Poisson rate over `[0, duration)`: the integral of the rate.
/// Before the first step of `Steps` the rate is taken as zero.
pub(super) fn expected_from_rate(rate: &Rate, duration: SimTime) -> f64 {
    match rate {
        Rate::PerHour(r) => r * duration.as_hours(),
        Rate::Steps(steps) => steps
            .iter()
            .enumerate()
            .map(|(i, (from, r))| {
                let until = steps
                    .get(i.saturating_add(1))
                    .map_or(duration, |(next, _)| *next);
                let span = until
                    .min(duration)
                    .millis()
                    .saturating_sub((*from).max(SimTime::ZERO).millis());
                r * SimTime(span.max(0)).as_hours()
            })
            .sum(),
    }
}

/// The part of a surge that arrives before the exercise ends (spread uniformly over `over`).
pub(super) fn expected_from_surge(surge: &Surge, duration: SimTime) -> f64 {
    let people = f64::from(surge.people);
    if surge.at >= duration {
        0.0
    } else if surge.over.millis() <= 0
        || surge.at.millis().saturating_add(surge.over.millis()) <= duration.millis()
    {
        people
    } else {
        let arrived_for = duration.millis().saturating_sub(surge.at.millis());
        people * SimTime(arrived_for).as_hours() / surge.over.as_hours()
    }
}

/// A rounded count for display.
fn round(x: f64) -> String {
    format!("{:.0}", x.round())
}

/// The local date and time at the end of the exercise, when the start can be read.
fn end_of(start: &str, duration: SimTime) -> Option<String> {
    let start = jiff::civil::DateTime::strptime("%Y-%m-%dT%H:%M", start).ok()?;
    let end = start
        .checked_add(jiff::SignedDuration::from_millis(duration.millis()))
        .ok()?;
    Some(end.strftime("%Y-%m-%dT%H:%M").to_string())
}

fn distribution(d: &Distribution) -> String {
    match d {
        Distribution::Exp { mean } => format!("exponential, mean {mean}"),
        Distribution::LogNormal { mean, sd } => format!("log-normal, mean {mean}, sd {sd}"),
        Distribution::Fixed(t) => format!("fixed {t}"),
        Distribution::Uniform { min, max } => format!("uniform {min}–{max} (mean {})", d.mean()),
    }
}

/// A share (0–1) as a percentage with at most one decimal.
fn percent(share: f64) -> String {
    let text = format!("{:.1}", share * 100.0);
    let text = text.strip_suffix(".0").unwrap_or(&text);
    format!("{text} %")
}

fn plural(n: u32, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 { one } else { many }
}

fn open_closed(open: bool) -> &'static str {
    if open {
        "open at the start"
    } else {
        "closed at the start"
    }
}

fn request_words(kind: RequestKind) -> &'static str {
    match kind {
        RequestKind::ReceptionApproval => "approve reception (BCP queue over its limit)",
        RequestKind::Transport => "transport to reception",
        RequestKind::TemporarySite => "open a temporary site (reception full)",
        RequestKind::Interpreters => "interpreters (a language with none present)",
        RequestKind::Officers => "more officers at a BCP",
    }
}

fn vulnerability_words(v: Vulnerability) -> &'static str {
    match v {
        Vulnerability::UnaccompaniedMinor => "unaccompanied minors",
        Vulnerability::FamilyWithInfants => "families with infants",
        Vulnerability::Medical => "medical cases",
        Vulnerability::Elderly => "elderly or disabled",
        Vulnerability::PossibleTrafficking => "possible trafficking victims",
        Vulnerability::Pregnant => "pregnant women",
    }
}

fn heading(out: &mut String, title: &str) -> fmt::Result {
    writeln!(out)?;
    writeln!(out, "{title}")
}

fn table(out: &mut String, rows: &[Vec<String>]) -> fmt::Result {
    table_indented(out, rows, 2)
}

/// Rows as aligned columns (two spaces apart), without trailing spaces.
fn table_indented(out: &mut String, rows: &[Vec<String>], indent: usize) -> fmt::Result {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..columns)
        .map(|c| {
            rows.iter()
                .filter_map(|r| r.get(c))
                .map(|cell| cell.chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    for row in rows {
        let mut line = " ".repeat(indent);
        for (c, cell) in row.iter().enumerate() {
            line.push_str(cell);
            if c.saturating_add(1) < row.len() {
                // widths[c] is the widest cell of column c, this one included.
                let pad = widths[c]
                    .saturating_sub(cell.chars().count())
                    .saturating_add(2);
                line.push_str(&" ".repeat(pad));
            }
        }
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(n: i64) -> SimTime {
        SimTime::hours(n)
    }

    #[test]
    fn steps_integrate_until_the_end_of_the_exercise() {
        let rate = Rate::Steps(vec![
            (h(0), 6.0),
            (h(8), 12.0),
            (h(20), 4.0),
            (h(30), 100.0),
        ]);
        assert_eq!(expected_from_rate(&rate, h(24)), 48.0 + 144.0 + 16.0);
        assert_eq!(expected_from_rate(&Rate::PerHour(2.5), h(24)), 60.0);
    }

    #[test]
    fn steps_start_at_their_first_time() {
        let rate = Rate::Steps(vec![(h(12), 10.0)]);
        assert_eq!(expected_from_rate(&rate, h(24)), 120.0);
    }

    #[test]
    fn a_surge_cut_by_the_end_counts_in_part() {
        let surge = |at, over| Surge {
            at: h(at),
            people: 100,
            over: h(over),
        };
        assert_eq!(expected_from_surge(&surge(10, 2), h(24)), 100.0);
        assert_eq!(expected_from_surge(&surge(23, 4), h(24)), 25.0);
        assert_eq!(expected_from_surge(&surge(24, 1), h(24)), 0.0);
        assert_eq!(expected_from_surge(&surge(5, 0), h(24)), 100.0);
    }

    #[test]
    fn percentages_drop_a_zero_decimal() {
        assert_eq!(percent(0.7), "70 %");
        assert_eq!(percent(0.035), "3.5 %");
    }
}
