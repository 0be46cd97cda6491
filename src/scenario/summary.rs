//! A readable plain-text summary of a scenario, for `fluxsim scenario show`.
//!
//! The summary is what a facilitator checks before an exercise: the places and their
//! capacities, who holds which function, what the plan says, how many people to expect.
//! It never fails: references that do not resolve (in a scenario that was not validated)
//! are shown by their id.

use std::fmt::{self, Write};

use super::model::*;
use crate::i18n::{Lang, Localized};
use crate::time::SimTime;
use crate::tr;

/// How many injects of the MSEL are listed; the rest are counted.
const FIRST_INJECTS: usize = 5;

/// The plain-text summary of a scenario in `lang`, ending with a newline.
pub fn render_summary(scenario: &Scenario, lang: Lang) -> String {
    let mut out = String::new();
    // Writing to a String cannot fail.
    let _ = Summary { s: scenario, lang }.write(&mut out);
    out
}

struct Summary<'a> {
    s: &'a Scenario,
    lang: Lang,
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

    /// The message `key` without arguments.
    fn t(&self, key: &str) -> String {
        tr!(self.lang, key)
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
        self.s.institution_name(id)
    }

    fn function(&self, id: &str) -> Option<&Function> {
        self.s.functions.iter().find(|f| f.id == id)
    }

    /// Who holds a function as Accountable, in words, flagging unowned and contested.
    fn accountable(&self, id: &str) -> String {
        let lang = self.lang;
        let Some(f) = self.function(id) else {
            return tr!(lang, "show-unknown-function", id = id);
        };
        let names: Vec<String> = f
            .accountable
            .iter()
            .map(|i| self.institution_name(i))
            .collect();
        match names.as_slice() {
            [] => tr!(lang, "show-accountable-nobody", id = id),
            [one] => format!("{one} (`{id}`)"),
            [..] => tr!(
                lang,
                "show-accountable-contested",
                names = names.join(&tr!(lang, "show-or")),
                id = id
            ),
        }
    }

    fn exercise(&self, out: &mut String) -> fmt::Result {
        let lang = self.lang;
        let e = &self.s.exercise;
        writeln!(out, "{}", e.name)?;
        writeln!(out, "{}", "=".repeat(e.name.chars().count().max(3)))?;
        if !e.description.is_empty() {
            writeln!(out, "{}", e.description)?;
        }
        let until = end_of(&e.start, e.duration)
            .map(|end| tr!(lang, "show-until", end = end))
            .unwrap_or_default();
        let language = match e.language {
            Language::En => "show-language-en",
            Language::Sq => "show-language-sq",
            Language::Sr => "show-language-sr",
            Language::SrCyrl => "show-language-sr-cyrl",
        };
        let rows = vec![
            vec![
                self.t("show-start"),
                tr!(lang, "show-start-value", start = e.start.as_str()),
            ],
            vec![self.t("show-duration"), format!("{}{until}", e.duration)],
            vec![self.t("show-seed"), e.seed.to_string()],
            vec![self.t("show-language"), self.t(language)],
            vec![
                self.t("show-sampling"),
                tr!(lang, "show-every", every = e.sample_every.to_string()),
            ],
            vec![
                self.t("show-night"),
                format!("{:02}:00–{:02}:00", e.night.from_hour, e.night.to_hour),
            ],
        ];
        table(out, &rows)
    }

    fn places(&self, out: &mut String) -> fmt::Result {
        let lang = self.lang;
        heading(
            out,
            &tr!(lang, "show-places", count = self.s.locations.len()),
        )?;
        let d = |dist: &Distribution| distribution(lang, dist);
        let groups: [&str; 8] = [
            "show-entry-points",
            "show-green-border",
            "show-bcps",
            "show-registration-points",
            "show-transit-points",
            "show-reception-sites",
            "show-hospitals",
            "show-exits",
        ];
        let describe = |group: usize, kind: &LocationKind| -> Option<String> {
            match (group, kind) {
                (0, LocationKind::Entry { country }) => {
                    Some(tr!(lang, "show-from", country = country.as_str()))
                }
                (
                    1,
                    LocationKind::GreenBorder {
                        country,
                        detected,
                        detection_delay,
                    },
                ) => Some(tr!(
                    lang,
                    "show-green-border-value",
                    country = country.as_str(),
                    detected = percent(*detected),
                    delay = d(detection_delay)
                )),
                (
                    2,
                    LocationKind::Bcp {
                        country,
                        lanes,
                        shifts,
                        service,
                        queue_limit,
                        open,
                        waiting_area,
                    },
                ) => {
                    let shifts: Vec<String> = shifts
                        .iter()
                        .map(|s| {
                            tr!(
                                lang,
                                "show-shift",
                                officers = s.officers,
                                from = format!("{:02}:00", s.from_hour)
                            )
                        })
                        .collect();
                    let limit = match queue_limit {
                        Some(q) => tr!(lang, "show-queue-limit", limit = q.to_string()),
                        None => self.t("show-no-queue-limit"),
                    };
                    let value = tr!(
                        lang,
                        "show-bcp-value",
                        country = country.as_str(),
                        lanes = *lanes,
                        shifts = if shifts.is_empty() {
                            self.t("show-none")
                        } else {
                            shifts.join(", ")
                        },
                        service = d(service),
                        limit = limit,
                        open = open_closed(lang, *open)
                    );
                    Some(with_waiting_area(lang, value, *waiting_area))
                }
                (
                    3,
                    LocationKind::Registration {
                        desks,
                        service,
                        languages,
                        without_interpreter,
                        waiting_area,
                    },
                ) => {
                    let languages = if languages.is_empty() {
                        self.t("show-no-languages")
                    } else {
                        tr!(lang, "show-staff-speak", languages = languages.join(", "))
                    };
                    let without = match without_interpreter {
                        WithoutInterpreter::Wait => self.t("show-wait"),
                        WithoutInterpreter::Slower(f) => {
                            tr!(lang, "show-slower", factor = f.to_string())
                        }
                    };
                    let value = tr!(
                        lang,
                        "show-registration-value",
                        desks = *desks,
                        service = d(service),
                        languages = languages,
                        without = without
                    );
                    Some(with_waiting_area(lang, value, *waiting_area))
                }
                (4, LocationKind::Transit { capacity }) => Some(tr!(
                    lang,
                    "show-transit-value",
                    capacity = capacity.to_string()
                )),
                (
                    5,
                    LocationKind::Reception {
                        capacity,
                        surge_capacity,
                        stay,
                        asylum,
                        open,
                    },
                ) => Some(tr!(
                    lang,
                    "show-reception-value",
                    beds = capacity.to_string(),
                    surge = surge_capacity.to_string(),
                    stay = d(stay),
                    asylum = if *asylum {
                        self.t("show-asylum-centre")
                    } else {
                        String::new()
                    },
                    open = open_closed(lang, *open)
                )),
                (6, LocationKind::Hospital { beds }) => {
                    Some(tr!(lang, "show-hospital-value", beds = beds.to_string()))
                }
                (7, LocationKind::Exit { country, outcome }) => Some(tr!(
                    lang,
                    "show-exit-value",
                    country = country.as_str(),
                    outcome = self.t(match outcome {
                        ExitKind::Onward => "departure-onward",
                        ExitKind::Return => "departure-return",
                    })
                )),
                _ => None,
            }
        };
        for (group, title) in groups.iter().enumerate() {
            let rows: Vec<Vec<String>> = self
                .s
                .locations
                .iter()
                .filter_map(|l| describe(group, &l.kind).map(|d| vec![self.place(&l.id), d]))
                .collect();
            if rows.is_empty() {
                continue;
            }
            writeln!(out, "  {}", self.t(title))?;
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
                "  {}",
                tr!(
                    lang,
                    "show-beds-in-all",
                    normal = normal.to_string(),
                    beds = beds.to_string()
                )
            )?;
        }
        Ok(())
    }

    fn links(&self, out: &mut String) -> fmt::Result {
        let lang = self.lang;
        heading(out, &tr!(lang, "show-links", count = self.s.links.len()))?;
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
                        Mode::Walk => self.t("show-on-foot"),
                        Mode::Bus(fleet) => tr!(lang, "show-by-bus", fleet = fleet.as_str()),
                    },
                ]
            })
            .collect();
        if rows.is_empty() {
            writeln!(out, "  {}", self.t("show-none"))
        } else {
            table(out, &rows)
        }
    }

    fn resources(&self, out: &mut String) -> fmt::Result {
        let lang = self.lang;
        heading(out, &self.t("show-resources"))?;
        let r = &self.s.resources;
        writeln!(out, "  {}", self.t("show-interpreters"))?;
        if r.interpreters.is_empty() {
            writeln!(out, "    {}", self.t("show-none"))?;
        } else {
            let rows: Vec<Vec<String>> = r
                .interpreters
                .iter()
                .map(|i| {
                    vec![
                        i.language.clone(),
                        i.count.to_string(),
                        match &i.at {
                            Some(at) => tr!(lang, "show-at", place = self.place(at)),
                            None => self.t("show-remote"),
                        },
                    ]
                })
                .collect();
            table_indented(out, &rows, 4)?;
        }
        if !r.medical_teams.is_empty() {
            writeln!(out, "  {}", self.t("show-medical-teams"))?;
            let rows: Vec<Vec<String>> = r
                .medical_teams
                .iter()
                .map(|m| {
                    vec![
                        m.count.to_string(),
                        tr!(lang, "show-at", place = self.place(&m.at)),
                    ]
                })
                .collect();
            table_indented(out, &rows, 4)?;
        }
        writeln!(out, "  {}", self.t("show-buses"))?;
        if r.buses.is_empty() {
            writeln!(out, "    {}", self.t("show-none"))?;
        } else {
            let rows: Vec<Vec<String>> = r
                .buses
                .iter()
                .map(|b| {
                    vec![
                        b.id.clone(),
                        tr!(
                            lang,
                            "show-bus-fleet",
                            count = b.count,
                            seats = b.capacity.to_string()
                        ),
                        tr!(lang, "show-leaves", wait = b.max_wait.to_string()),
                    ]
                })
                .collect();
            table_indented(out, &rows, 4)?;
        }
        Ok(())
    }

    fn institutions(&self, out: &mut String) -> fmt::Result {
        let lang = self.lang;
        heading(
            out,
            &tr!(lang, "show-institutions", count = self.s.institutions.len()),
        )?;
        let rows: Vec<Vec<String>> = self
            .s
            .institutions
            .iter()
            .map(|i| {
                let night = if (i.night_factor - 1.0).abs() < f64::EPSILON {
                    String::new()
                } else {
                    tr!(lang, "show-at-night", factor = i.night_factor.to_string())
                };
                vec![
                    i.id.clone(),
                    i.name.clone(),
                    i.role.localized(lang),
                    tr!(
                        lang,
                        "show-decides-in",
                        time = distribution(lang, &i.response),
                        night = night
                    ),
                ]
            })
            .collect();
        if rows.is_empty() {
            writeln!(out, "  {}", self.t("show-none"))
        } else {
            table(out, &rows)
        }
    }

    fn raci(&self, out: &mut String) -> fmt::Result {
        let lang = self.lang;
        heading(out, &self.t("show-functions"))?;
        if self.s.functions.is_empty() {
            return writeln!(out, "  {}", self.t("show-none"));
        }
        let mut header = vec![self.t("show-function")];
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
                0 => self.t("show-mark-unowned"),
                1 => String::new(),
                n => tr!(lang, "show-mark-contested", count = n),
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
                "  {}",
                tr!(lang, "show-strangers", ids = strangers.join(", "))
            )?;
        }
        Ok(())
    }

    fn plan(&self, out: &mut String) -> fmt::Result {
        let lang = self.lang;
        let plan = &self.s.plan;
        heading(out, &self.t("show-plan"))?;
        let chair = match &plan.coordination {
            Some(f) => self.accountable(f),
            None => self.t("show-chair-unset"),
        };
        writeln!(out, "  {}", tr!(lang, "show-chaired-by", chair = chair))?;
        writeln!(out, "  {}", self.t("show-phases"))?;
        for (i, phase) in plan.phases.iter().enumerate() {
            let name = if phase.name.is_empty() || phase.name == phase.id {
                phase.id.clone()
            } else {
                format!("{} ({})", phase.name, phase.id)
            };
            writeln!(out, "    {}. {name}", i.saturating_add(1))?;
            let trigger = match (&phase.trigger, i) {
                (None, 0) => self.t("show-in-force"),
                (None, _) => self.t("show-no-trigger"),
                (Some(t), _) => self.trigger(t),
            };
            writeln!(
                out,
                "       {}",
                tr!(lang, "show-trigger", trigger = trigger)
            )?;
            if i > 0 || phase.declared_by.is_some() {
                let by = match &phase.declared_by {
                    Some(f) => self.accountable(f),
                    None => self.t("show-nobody-declares"),
                };
                writeln!(out, "       {}", tr!(lang, "show-declared-by", by = by))?;
            }
            if let Some(within) = phase.declare_within {
                writeln!(
                    out,
                    "       {}",
                    tr!(lang, "show-declare-within", within = within.to_string())
                )?;
            }
            if !phase.unlocks.is_empty() {
                let measures: Vec<String> = phase.unlocks.iter().map(|m| self.measure(m)).collect();
                writeln!(
                    out,
                    "       {}",
                    tr!(lang, "show-unlocks", measures = measures.join("; "))
                )?;
            }
        }
        writeln!(out, "  {}", self.t("show-requests"))?;
        if plan.requests.is_empty() {
            writeln!(out, "    {}", self.t("show-none"))?;
        } else {
            let rows: Vec<Vec<String>> = plan
                .requests
                .iter()
                .map(|r| {
                    vec![
                        self.t(request_key(r.request)),
                        tr!(lang, "show-within", within = r.deadline.to_string()),
                        tr!(lang, "show-decided-by", by = self.accountable(&r.function)),
                    ]
                })
                .collect();
            table_indented(out, &rows, 4)?;
        }
        writeln!(
            out,
            "  {}",
            tr!(
                lang,
                "show-inform-within",
                within = plan.inform_within.to_string()
            )
        )
    }

    fn trigger(&self, trigger: &Trigger) -> String {
        let lang = self.lang;
        match trigger {
            Trigger::Narrative(text) => tr!(lang, "show-narrative", text = text.as_str()),
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
                    Metric::Arrivals { window } => (
                        tr!(lang, "show-metric-arrivals", window = window.to_string()),
                        "",
                    ),
                    Metric::Queue(bcp) => {
                        (tr!(lang, "show-metric-queue", place = self.place(bcp)), "")
                    }
                    Metric::AnyQueue => (self.t("show-metric-any-queue"), ""),
                    Metric::Occupancy(site) => (
                        tr!(lang, "show-metric-occupancy", place = self.place(site)),
                        " %",
                    ),
                    Metric::AnyOccupancy => (self.t("show-metric-any-occupancy"), " %"),
                    Metric::Outdoors => (self.t("show-metric-outdoors"), ""),
                    Metric::InCountry => (self.t("show-metric-in-country"), ""),
                };
                let held = for_at_least
                    .map(|t| tr!(lang, "show-for-at-least", time = t.to_string()))
                    .unwrap_or_default();
                let key = match trigger {
                    Trigger::Below { .. } => "show-trigger-below",
                    Trigger::Above { .. } | Trigger::Narrative(_) => "show-trigger-above",
                };
                tr!(
                    lang,
                    key,
                    what = what,
                    value = format!("{value}{unit}"),
                    held = held
                )
            }
        }
    }

    fn measure(&self, measure: &Measure) -> String {
        let lang = self.lang;
        match measure {
            Measure::SurgeCapacity => self.t("show-measure-surge"),
            Measure::ExtraOfficers { bcp, officers } => tr!(
                lang,
                "show-measure-officers",
                officers = *officers,
                place = self.place(bcp)
            ),
            Measure::CrossBorderLiaison => self.t("show-measure-liaison"),
        }
    }

    fn arrivals(&self, out: &mut String) -> fmt::Result {
        let lang = self.lang;
        let duration = self.s.exercise.duration;
        heading(
            out,
            &tr!(lang, "show-arrivals", duration = duration.to_string()),
        )?;
        let mut total = 0.0;
        for profile in &self.s.arrivals {
            let from_rate =
                expected_from_rate(&profile.rate, duration) + expected_observed(profile, duration);
            let from_surges: f64 = profile
                .surges
                .iter()
                .map(|s| expected_from_surge(s, duration))
                .sum();
            total += from_rate + from_surges;
            writeln!(
                out,
                "  {}: {}",
                self.place(&profile.at),
                tr!(
                    lang,
                    "show-about-people",
                    people = round(from_rate + from_surges)
                )
            )?;
            let rate = match &profile.rate {
                Rate::PerHour(r) => tr!(lang, "show-rate-throughout", rate = r.to_string()),
                Rate::Steps(steps) => steps
                    .iter()
                    .map(|(t, r)| {
                        tr!(
                            lang,
                            "show-rate-step",
                            rate = r.to_string(),
                            from = t.to_string()
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(", "),
                Rate::Observed(file) => tr!(
                    lang,
                    "show-rate-observed",
                    file = file,
                    rows = profile.observed.len()
                ),
            };
            writeln!(
                out,
                "    {}",
                tr!(lang, "show-rate", rate = rate, people = round(from_rate))
            )?;
            for s in &profile.surges {
                writeln!(
                    out,
                    "    {}",
                    tr!(
                        lang,
                        "show-surge",
                        people = s.people.to_string(),
                        at = s.at.to_string(),
                        over = s.over.to_string()
                    )
                )?;
            }
        }
        writeln!(
            out,
            "  {}",
            tr!(lang, "show-arrivals-in-all", people = round(total))
        )
    }

    fn cohort(&self, out: &mut String) -> fmt::Result {
        let lang = self.lang;
        let c = &self.s.cohort;
        heading(out, &self.t("show-cohort"))?;
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
                    tr!(lang, "show-speak", languages = languages.join(", ")),
                ]
            })
            .collect();
        table(out, &rows)?;
        let vulnerable = if c.vulnerable.is_empty() {
            self.t("show-none")
        } else {
            let shares: Vec<String> = c
                .vulnerable
                .iter()
                .map(|(v, share)| format!("{} {}", self.t(vulnerable_key(*v)), percent(*share)))
                .collect();
            shares.join(", ")
        };
        writeln!(
            out,
            "  {}",
            tr!(lang, "show-vulnerable", vulnerable = vulnerable)
        )?;
        writeln!(
            out,
            "  {}",
            tr!(
                lang,
                "show-after-reception",
                onward = percent(c.outcomes.onward),
                asylum = percent(c.outcomes.asylum),
                back = percent(c.outcomes.return_)
            )
        )
    }

    fn referrals(&self, out: &mut String) -> fmt::Result {
        let lang = self.lang;
        heading(out, &self.t("show-referrals"))?;
        if self.s.referrals.is_empty() {
            return writeln!(out, "  {}", self.t("show-none"));
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
                    Some(f) => tr!(lang, "show-no-responsible", id = f.id.as_str()),
                    None => tr!(lang, "show-unknown-function", id = r.function.as_str()),
                };
                vec![
                    self.t(vulnerable_key(r.vulnerability)),
                    format!("→ {takes}"),
                    tr!(lang, "show-within", within = r.deadline.to_string()),
                    tr!(
                        lang,
                        "show-hand-over",
                        time = distribution(lang, &r.handover)
                    ),
                ]
            })
            .collect();
        table(out, &rows)
    }

    fn msel(&self, out: &mut String) -> fmt::Result {
        let lang = self.lang;
        let n = self.s.msel.len();
        heading(out, &tr!(lang, "show-msel", count = n))?;
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
            writeln!(
                out,
                "  {}",
                tr!(lang, "show-more", count = n.saturating_sub(FIRST_INJECTS))
            )?;
        }
        Ok(())
    }
}

/// People of an observed series arriving before `duration` (all of a count that starts
/// before it; a series lies within the exercise).
pub(super) fn expected_observed(profile: &ArrivalProfile, duration: SimTime) -> f64 {
    profile
        .observed
        .iter()
        .filter(|o| o.at < duration)
        .map(|o| f64::from(o.people))
        .sum()
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
        Rate::Observed(_) => 0.0,
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

fn distribution(lang: Lang, d: &Distribution) -> String {
    match d {
        Distribution::Exp { mean } => {
            tr!(lang, "show-dist-exp", mean = mean.to_string())
        }
        Distribution::LogNormal { mean, sd } => tr!(
            lang,
            "show-dist-lognormal",
            mean = mean.to_string(),
            sd = sd.to_string()
        ),
        Distribution::Fixed(t) => tr!(lang, "show-dist-fixed", time = t.to_string()),
        Distribution::Uniform { min, max } => tr!(
            lang,
            "show-dist-uniform",
            min = min.to_string(),
            max = max.to_string(),
            mean = d.mean().to_string()
        ),
    }
}

/// A share (0–1) as a percentage with at most one decimal.
fn percent(share: f64) -> String {
    let text = format!("{:.1}", share * 100.0);
    let text = text.strip_suffix(".0").unwrap_or(&text);
    format!("{text} %")
}

fn open_closed(lang: Lang, open: bool) -> String {
    tr!(
        lang,
        if open {
            "show-open-at-start"
        } else {
            "show-closed-at-start"
        }
    )
}

fn request_key(kind: RequestKind) -> &'static str {
    match kind {
        RequestKind::ReceptionApproval => "show-request-approval",
        RequestKind::Transport => "show-request-transport",
        RequestKind::TemporarySite => "show-request-temporary-site",
        RequestKind::Interpreters => "show-request-interpreters",
        RequestKind::Officers => "show-request-officers",
    }
}

fn vulnerable_key(v: Vulnerability) -> &'static str {
    match v {
        Vulnerability::UnaccompaniedMinor => "show-vulnerable-minors",
        Vulnerability::FamilyWithInfants => "show-vulnerable-families",
        Vulnerability::Medical => "show-vulnerable-medical",
        Vulnerability::Elderly => "show-vulnerable-elderly",
        Vulnerability::PossibleTrafficking => "show-vulnerable-trafficking",
        Vulnerability::Pregnant => "show-vulnerable-pregnant",
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

/// A crossing's or registration point's line, with how many its waiting area shelters when
/// the scenario says (beyond them, people queue outdoors).
fn with_waiting_area(lang: Lang, value: String, waiting_area: Option<u32>) -> String {
    match waiting_area {
        Some(people) => tr!(lang, "show-waiting-area", value = value, people = people),
        None => value,
    }
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
