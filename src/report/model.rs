//! The report's content, assembled from a replayed simulation and its scenario: every
//! number is read from the engine (snapshot, requests, decisions, gaps), never recomputed
//! another way. The HTML and Markdown writers only lay it out.

use std::collections::BTreeMap;

use crate::Simulation;
use crate::i18n::{Lang, Localized};
use crate::journal::Journal;
use crate::scenario::{Role as ExerciseRole, Scenario, inject_words};
use crate::time::SimTime;
use crate::tr;
use crate::view::Gap;
use crate::view::{Observed, PlaceView, Role, TaskState, TotalsView, VulnerableView};

use super::cite::cite;
use super::compare::Comparison;
use super::expectations::{ExpectationRow, evaluate};
use super::figures::{Figure, figures};
use super::latency::{LatencyRow, latencies};
use super::plan::{Area, Span, findings};
use super::rating::{Rating, capabilities_of, rate, rate_tasks};
use super::summary::Summary;

/// The after-action report of one exercise.
#[derive(Debug, Clone)]
pub struct Report {
    /// The language it is written in.
    pub lang: Lang,
    /// Who, what, when.
    pub overview: Overview,
    /// The capabilities the MSEL tests, with its injects.
    pub objectives: Vec<Objective>,
    /// The scenario's objectives' critical tasks, as they stood at the end.
    pub tasks: Vec<TaskRow>,
    /// The MSEL's expected decisions: met, late, missed, open or not applicable.
    pub expectations: Vec<ExpectationRow>,
    /// Injects, facilitator changes, decisions and gaps in time order.
    pub timeline: Vec<Moment>,
    /// The delivery log: every MSEL inject, when it was planned and delivered, by whom, to
    /// whom; in MSEL order.
    pub deliveries: Vec<DeliveryRow>,
    /// The chart data (one chart each).
    pub figures: Vec<Figure>,
    /// The route network drawn as `scenario show --svg` draws it (an SVG element).
    pub network: String,
    /// Crossing points and registration centres at the end.
    pub bcps: Vec<PlaceView>,
    /// Reception sites at the end.
    pub sites: Vec<PlaceView>,
    /// Totals at the end (person-hours outdoors among them).
    pub totals: TotalsView,
    /// Vulnerable persons by kind, with the plan's deadline.
    pub referrals: Vec<ReferralRow>,
    /// Requests per institution asked.
    pub latencies: Vec<LatencyRow>,
    /// Every capability tested or touched by a gap, rated.
    pub capabilities: Vec<CapabilityRow>,
    /// What went well, from the engine's records.
    pub strengths: Vec<String>,
    /// One per gap cluster from the plan, the situation or the players' conduct; the
    /// improvement plan has a row for each.
    pub areas: Vec<Area>,
    /// Gap clusters from what the engine did for simulated institutions: context, not
    /// their areas for improvement.
    pub context: Vec<Area>,
    /// Every gap, open and closed.
    pub gaps: Vec<Gap>,
    /// Evaluators' (and the facilitator's) observations, in time order.
    pub observations: Vec<Observed>,
    /// Observations added after the exercise (`fluxsim observe`), in journal order.
    pub hot_wash: Vec<crate::journal::Annotation>,
    /// This exercise (A) beside another branch of it (B), when asked for.
    pub comparison: Option<Comparison>,
    /// The executive summary.
    pub summary: Summary,
}

/// The exercise overview.
#[derive(Debug, Clone)]
pub struct Overview {
    /// Exercise name.
    pub name: String,
    /// Scenario description.
    pub description: String,
    /// Scenario file or embedded name.
    pub scenario: String,
    /// Journal file.
    pub journal: String,
    /// Master seed.
    pub seed: u64,
    /// Local start, as the scenario writes it.
    pub start: String,
    /// Local date and time the replay reached.
    pub end: String,
    /// Simulated time reached.
    pub reached: SimTime,
    /// Commands in the journal.
    pub commands: usize,
    /// The last value of the journal's chain, checked when it was read (format 4 on): citing
    /// it pins the record the report was made from.
    pub chain: Option<String>,
    /// The plan phase in force at the end.
    pub phase: String,
    /// Institutions, with their role in the exercise.
    pub institutions: Vec<InstitutionRow>,
    /// The scenario's exercise section: the HSEEP overview's dates, location, scope,
    /// mission areas, threat, sponsor, participants and point of contact, those given.
    pub exercise: crate::scenario::Exercise,
    /// The names of the scenario's objectives.
    pub objectives: Vec<String>,
}

/// One participating institution.
#[derive(Debug, Clone)]
pub struct InstitutionRow {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Its role in the exercise at the start.
    pub role: crate::scenario::Role,
    /// Its role changes during play: from when, which role.
    pub changes: Vec<(SimTime, crate::scenario::Role)>,
    /// Decisions given for it by people: its players (at the console or their seat) or the
    /// facilitator.
    pub by_people: usize,
    /// Decisions the engine took for it while it was simulated.
    pub by_simulation: usize,
}

/// One critical task of an objective, with how it stood at the end.
#[derive(Debug, Clone)]
pub struct TaskRow {
    /// The objective's name.
    pub objective: String,
    /// The objective's core capability.
    pub capability: String,
    /// The task's words.
    pub text: String,
    /// The institution it belongs to, if one.
    pub institution: Option<String>,
    /// Its status, time and evidence.
    pub state: TaskState,
}

/// A capability the MSEL tests.
#[derive(Debug, Clone)]
pub struct Objective {
    /// Core capability.
    pub capability: String,
    /// MSEL numbers of the injects that test it.
    pub injects: Vec<u32>,
}

/// What a timeline line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum MomentKind {
    /// An MSEL inject.
    Inject,
    /// A facilitator's change to the model (a journal command).
    Change,
    /// A decision, by players or by the engine for a simulated institution.
    Decision,
    /// Something players did outside the command catalogue.
    Action,
    /// A facilitator's note.
    Note,
    /// An evaluator's observation.
    Observation,
    /// A gap opened.
    GapOpened,
    /// A gap closed.
    GapClosed,
    /// A mark of the exercise's wall-clock timer: play started, a break, the end of a day.
    Marker,
}

impl MomentKind {
    /// The key of its name in the message catalogue.
    pub fn key(self) -> &'static str {
        match self {
            MomentKind::Inject => "moment-inject",
            MomentKind::Change => "moment-change",
            MomentKind::Decision => "moment-decision",
            MomentKind::Action => "moment-action",
            MomentKind::Note => "moment-note",
            MomentKind::Observation => "moment-observation",
            MomentKind::GapOpened => "moment-gap-opened",
            MomentKind::GapClosed => "moment-gap-closed",
            MomentKind::Marker => "moment-marker",
        }
    }
}

/// One line of the timeline.
#[derive(Debug, Clone)]
pub struct Moment {
    /// Simulated time (ms).
    pub at_ms: i64,
    /// What it is.
    pub kind: MomentKind,
    /// Who (institution, MSEL sender, facilitator).
    pub who: String,
    /// What happened.
    pub what: String,
}

/// Referral of one kind of vulnerable person.
#[derive(Debug, Clone)]
pub struct ReferralRow {
    /// The engine's counts.
    pub view: VulnerableView,
    /// The plan's deadline, if a service is designated.
    pub deadline: Option<SimTime>,
    /// The designated function.
    pub function: Option<String>,
    /// Identified with this vulnerability but handed to the service of another of their
    /// vulnerabilities (the engine refers a person under the first of their vulnerabilities
    /// that has a service): identified less those handed over in time or late, those being
    /// handed over and those with no service, so the row adds up to those identified.
    pub other_kind: u64,
}

/// A rated capability.
#[derive(Debug, Clone)]
pub struct CapabilityRow {
    /// Core capability.
    pub name: String,
    /// Listed as tested in the MSEL.
    pub objective: bool,
    /// The rating by the rule: the worse of the engine's and the evaluators'.
    pub rating: Rating,
    /// The rating from the gaps alone.
    pub engine: Rating,
    /// The rating from its critical tasks, if any was judged.
    pub tasks: Option<Rating>,
    /// The worst rating the evaluators proposed in their observations of it, if any.
    pub observed: Option<Rating>,
    /// Observations recorded against it.
    pub observations: usize,
    /// Numbers of the gaps bearing on it.
    pub gaps: Vec<u32>,
}

impl Report {
    /// Assembles the report of `sim` (replayed from `journal` on `scenario`) as it stands.
    pub fn build(
        scenario: &Scenario,
        scenario_name: &str,
        journal: &Journal,
        sim: &mut Simulation,
        lang: Lang,
    ) -> Report {
        // Names and synopses in the reader's language where the scenario translates them;
        // the engine's own views carry the names as written.
        let written = scenario;
        let scenario = &scenario.in_language(lang);
        let mut snapshot = sim.snapshot();
        for place in &mut snapshot.flow.places {
            if let Some(location) = scenario.locations.iter().find(|l| l.id == place.id) {
                place.name = location.label().to_string();
            }
        }
        let gaps = sim.gaps().to_vec();
        let bcps: Vec<PlaceView> = snapshot
            .places
            .iter()
            .filter(|p| matches!(p.role, Role::Bcp | Role::Registration))
            .cloned()
            .collect();
        let screening: Vec<String> = bcps.iter().map(|p| p.id.clone()).collect();
        let objectives = objectives(scenario);
        let tasks = task_rows(scenario, sim);
        // Observations made during the exercise and those added after it rate alike.
        let mut seen: Vec<Observed> = sim.observations().to_vec();
        seen.extend(journal.annotations.iter().map(|a| Observed {
            at_ms: a.at.millis(),
            observation: a.observation.clone(),
            origin: crate::Origin::Evaluator,
        }));
        let capabilities = capabilities(scenario, (&objectives, &tasks), &gaps, &seen, &screening);
        let role_at = |id: &str, at_ms: i64| sim.role_at(id, at_ms);
        let simulated = |id: &str, at_ms: i64| role_at(id, at_ms) == Some(ExerciseRole::Simulated);
        let latencies = latencies(sim.requests(), snapshot.time_ms, simulated);
        let referrals = referrals(scenario, &snapshot.vulnerable);
        let mut found = findings(
            scenario,
            &gaps,
            (&capabilities, &latencies, &referrals),
            &screening,
            &role_at,
            &Span {
                start: &scenario.exercise.start,
                end_ms: snapshot.time_ms,
            },
            lang,
        );
        cite(&mut found, &tasks, &seen, sim.decisions(), lang);
        let mut report = Report {
            overview: overview(scenario, scenario_name, journal, sim, &snapshot.phase),
            timeline: timeline((written, scenario), journal, sim, lang),
            deliveries: deliveries((written, scenario), journal, sim, lang),
            expectations: evaluate(scenario, sim),
            tasks,
            figures: figures(sim, &snapshot.places, &scenario.exercise.start, lang),
            network: crate::scenario::network_svg::network_svg(scenario, lang),
            sites: snapshot
                .places
                .iter()
                .filter(|p| p.role == Role::Reception)
                .cloned()
                .collect(),
            totals: snapshot.totals.clone(),
            bcps,
            referrals,
            latencies,
            capabilities,
            strengths: found.strengths,
            areas: found.areas,
            context: found.context,
            objectives,
            gaps,
            observations: sim.observations().to_vec(),
            hot_wash: journal.annotations.clone(),
            lang,
            comparison: None,
            summary: Summary::default(),
        };
        report.summary = Summary::of(&report);
        report
    }

    /// The report with a what-if comparison section (this exercise as branch A).
    pub fn with_comparison(mut self, comparison: Comparison) -> Report {
        self.comparison = Some(comparison);
        self
    }
}

fn overview(
    scenario: &Scenario,
    scenario_name: &str,
    journal: &Journal,
    sim: &Simulation,
    phase: &str,
) -> Overview {
    let reached = sim.now();
    let start = &scenario.exercise.start;
    let end = jiff::civil::DateTime::strptime("%Y-%m-%dT%H:%M", start)
        .ok()
        .and_then(|t| {
            t.checked_add(jiff::SignedDuration::from_millis(reached.millis()))
                .ok()
        })
        .map_or_else(
            || format!("{start} + {reached}"),
            |t| t.strftime("%Y-%m-%d %H:%M").to_string(),
        );
    let mut decisions: BTreeMap<(&str, bool), usize> = BTreeMap::new();
    for d in sim.decisions() {
        *decisions
            .entry((d.by.as_str(), d.origin.is_simulated()))
            .or_default() += 1;
    }
    let count = |id: &str, simulated: bool| decisions.get(&(id, simulated)).copied().unwrap_or(0);
    Overview {
        name: scenario.exercise.name.clone(),
        description: scenario.exercise.description.clone(),
        scenario: scenario_name.to_string(),
        journal: journal.path.clone(),
        seed: journal
            .header
            .as_ref()
            .map_or(scenario.exercise.seed, |h| h.seed),
        start: start.replace('T', " "),
        end,
        reached,
        commands: journal.commands().count(),
        chain: journal.chain.as_ref().map(|c| c.hex().to_string()),
        phase: phase.to_string(),
        institutions: scenario
            .institutions
            .iter()
            .map(|i| InstitutionRow {
                id: i.id.clone(),
                name: i.name.clone(),
                role: sim.role_at(&i.id, 0).unwrap_or(i.role),
                // A change at T+0 is the role it started with.
                changes: sim
                    .role_changes()
                    .iter()
                    .filter(|c| c.institution == i.id && c.at_ms > 0)
                    .map(|c| (SimTime(c.at_ms), c.to))
                    .collect(),
                by_people: count(&i.id, false),
                by_simulation: count(&i.id, true),
            })
            .collect(),
        exercise: scenario.exercise.clone(),
        objectives: scenario.objectives.iter().map(|o| o.name.clone()).collect(),
    }
}

/// The capabilities named in the MSEL (`;`-separated), in order of first mention.
fn objectives(scenario: &Scenario) -> Vec<Objective> {
    let mut list: Vec<Objective> = Vec::new();
    for inject in &scenario.msel {
        for name in inject
            .capability
            .split(';')
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            match list.iter_mut().find(|o| o.capability == name) {
                Some(o) => o.injects.push(inject.number),
                None => list.push(Objective {
                    capability: name.to_string(),
                    injects: vec![inject.number],
                }),
            }
        }
    }
    list
}

/// Whether an observation's capability names `capability` (ignoring case and spaces at
/// the ends).
fn observes(observed: &Observed, capability: &str) -> bool {
    observed
        .observation
        .capability
        .as_deref()
        .is_some_and(|c| c.trim().eq_ignore_ascii_case(capability))
}

/// Every critical task of the scenario's objectives, in scenario order, as it stands.
fn task_rows(scenario: &Scenario, sim: &Simulation) -> Vec<TaskRow> {
    let mut states = sim.tasks().into_iter();
    scenario
        .objectives
        .iter()
        .flat_map(|o| o.tasks.iter().map(move |t| (o, t)))
        .zip(states.by_ref())
        .map(|((o, t), state)| TaskRow {
            objective: o.name.clone(),
            capability: o.capability.clone(),
            text: t.text.clone(),
            institution: t.institution.clone(),
            state,
        })
        .collect()
}

/// Whether `a` and `b` name the same capability (ignoring case and spaces at the ends).
fn same_capability(a: &str, b: &str) -> bool {
    a.trim().eq_ignore_ascii_case(b.trim())
}

fn capabilities(
    scenario: &Scenario,
    (objectives, tasks): (&[Objective], &[TaskRow]),
    gaps: &[Gap],
    observations: &[Observed],
    screening: &[String],
) -> Vec<CapabilityRow> {
    let mut names: Vec<(String, bool)> = objectives
        .iter()
        .map(|o| (o.capability.clone(), true))
        .collect();
    for task in tasks {
        if !task.capability.trim().is_empty()
            && !names
                .iter()
                .any(|(n, _)| same_capability(n, &task.capability))
        {
            names.push((task.capability.trim().to_string(), true));
        }
    }
    let bears = |gap: &Gap| capabilities_of(gap, screening, scenario);
    for gap in gaps {
        for capability in bears(gap) {
            let name = capability.name();
            if !names.iter().any(|(n, _)| n == name) {
                names.push((name.to_string(), false));
            }
        }
    }
    for observed in observations {
        if let Some(name) = &observed.observation.capability
            && !names.iter().any(|(n, _)| observes(observed, n))
        {
            names.push((name.trim().to_string(), false));
        }
    }
    names
        .into_iter()
        .map(|(name, objective)| {
            let bearing: Vec<&Gap> = gaps
                .iter()
                .filter(|g| bears(g).iter().any(|c| c.name() == name))
                .collect();
            let engine = rate(bearing.iter().copied());
            let by_tasks = rate_tasks(
                tasks
                    .iter()
                    .filter(|t| same_capability(&t.capability, &name))
                    .map(|t| t.state.status),
            );
            let observed = observations
                .iter()
                .filter(|o| observes(o, &name))
                .filter_map(|o| o.observation.rating)
                .max();
            CapabilityRow {
                // The worst applicable rating wins.
                rating: [Some(engine), by_tasks, observed]
                    .into_iter()
                    .flatten()
                    .max()
                    .unwrap_or(engine),
                engine,
                tasks: by_tasks,
                observed,
                observations: observations.iter().filter(|o| observes(o, &name)).count(),
                gaps: bearing.iter().map(|g| g.id).collect(),
                name,
                objective,
            }
        })
        .collect()
}

fn referrals(scenario: &Scenario, views: &[VulnerableView]) -> Vec<ReferralRow> {
    views
        .iter()
        .map(|view| {
            let rule = scenario
                .referrals
                .iter()
                .find(|r| r.vulnerability == view.kind);
            let accounted =
                view.referred_in_time + view.referred_late + view.pending + view.no_service;
            ReferralRow {
                view: view.clone(),
                deadline: rule.map(|r| r.deadline),
                function: rule.map(|r| r.function.clone()),
                other_kind: view.identified.saturating_sub(accounted),
            }
        })
        .collect()
}

/// One MSEL inject in the delivery log.
#[derive(Debug, Clone, PartialEq)]
pub struct DeliveryRow {
    /// Its number.
    pub number: u32,
    /// Its planned time (for a state-triggered inject, the time from which it is watched).
    pub planned_ms: i64,
    /// Whether it comes when its trigger holds rather than at a time.
    pub triggered: bool,
    /// When it was delivered; `None` if it was not.
    pub delivered_ms: Option<i64>,
    /// Whether the facilitator held it back (and it was not delivered).
    pub held: bool,
    /// Who delivered it, in words, when a journal command did (the facilitator with `d`, a
    /// script); `None` when the MSEL delivered it by itself at its time or trigger.
    pub by: Option<String>,
    /// The receiving institutions, by name.
    pub to: Vec<String>,
    /// Its text as delivered (placeholders filled), else as written.
    pub text: String,
}

/// The delivery log: every inject of the MSEL with its planned and actual delivery.
fn deliveries(
    (written, scenario): (&Scenario, &Scenario),
    journal: &Journal,
    sim: &Simulation,
    lang: Lang,
) -> Vec<DeliveryRow> {
    let delivered = sim.deliveries();
    scenario
        .msel
        .iter()
        .zip(&written.msel)
        .map(|(inject, as_written)| {
            // A headless run journals the MSEL's own deliveries too (origin `Msel`): only
            // a delivery by someone is named.
            let by = journal
                .commands()
                .find_map(|c| match (&c.command, &c.origin) {
                    (crate::Command::DeliverInject { number }, origin)
                        if *number == inject.number
                            && !matches!(origin, crate::Origin::Msel(_)) =>
                    {
                        Some(origin_name(lang, origin))
                    }
                    _ => None,
                });
            let delivered_ms = delivered.get(&inject.number).copied();
            DeliveryRow {
                number: inject.number,
                planned_ms: inject.at.0,
                triggered: inject.trigger.is_some(),
                delivered_ms,
                held: delivered_ms.is_none()
                    && sim.slot(inject.number) == crate::schedule::Slot::Held,
                by: by.filter(|_| delivered_ms.is_some()),
                to: inject
                    .to
                    .iter()
                    .map(|id| scenario.institution_name(id))
                    .collect(),
                text: sim.inject_text(inject.number).map_or_else(
                    || inject.synopsis.clone(),
                    |filled| inject_words(&as_written.synopsis, &inject.synopsis, &filled),
                ),
            }
        })
        .collect()
}

/// Who gave a command or an observation, in words.
pub(super) fn origin_name(lang: Lang, origin: &crate::Origin) -> String {
    origin.localized(lang)
}

fn timeline(
    (written, scenario): (&Scenario, &Scenario),
    journal: &Journal,
    sim: &Simulation,
    lang: Lang,
) -> Vec<Moment> {
    // Each inject when it was delivered: a state-triggered, held or retimed one is not at
    // its planned time, and one never delivered is not on the timeline.
    let delivered = sim.deliveries();
    let mut moments: Vec<Moment> = scenario
        .msel
        .iter()
        .zip(&written.msel)
        .filter_map(|(i, w)| Some((i, w, *delivered.get(&i.number)?)))
        .map(|(i, w, at_ms)| Moment {
            at_ms,
            kind: MomentKind::Inject,
            who: i.from.clone(),
            what: format!(
                "#{} {}",
                i.number,
                sim.inject_text(i.number).map_or_else(
                    || i.synopsis.clone(),
                    |filled| inject_words(&w.synopsis, &i.synopsis, &filled)
                )
            ),
        })
        .collect();
    moments.extend(
        journal
            .commands()
            .filter(|c| match c.command {
                crate::Command::Control(_)
                | crate::Command::Inject(_)
                | crate::Command::SetRole { .. }
                | crate::Command::Reschedule { .. } => true,
                // Decisions come from the decision log; actions and notes from the record.
                crate::Command::Decision { .. }
                | crate::Command::DeliverInject { .. }
                | crate::Command::Action { .. }
                | crate::Command::Note { .. }
                | crate::Command::Observe(_) => false,
            })
            .map(|c| Moment {
                at_ms: c.at.millis(),
                kind: MomentKind::Change,
                who: tr!(lang, "moment-facilitator"),
                what: c.command.text().localized(lang),
            }),
    );
    moments.extend(journal.markers.iter().map(|m| Moment {
        at_ms: m.at.millis(),
        kind: MomentKind::Marker,
        who: tr!(lang, "moment-facilitator"),
        what: tr!(
            lang,
            match m.mark {
                crate::journal::Mark::Start => "moment-marker-start",
                crate::journal::Mark::Break => "moment-marker-break",
                crate::journal::Mark::Resume => "moment-marker-resume",
                crate::journal::Mark::EndOfDay => "moment-marker-end-day",
            },
            wall = m.wall.clone()
        ),
    }));
    moments.extend(sim.decisions().iter().map(|d| Moment {
        at_ms: d.at_ms,
        kind: MomentKind::Decision,
        who: d.by.clone(),
        what: {
            let what = match d.answers {
                Some(request) => tr!(
                    lang,
                    "moment-answers",
                    what = d.what.localized(lang),
                    request = request
                ),
                None => d.what.localized(lang),
            };
            if d.origin.is_simulated() {
                tr!(lang, "moment-automated", what = what)
            } else {
                what
            }
        },
    }));
    moments.extend(sim.remarks().iter().map(|r| {
        Moment {
            at_ms: r.at_ms,
            kind: match r.by {
                Some(_) => MomentKind::Action,
                None => MomentKind::Note,
            },
            who: r
                .by
                .clone()
                .unwrap_or_else(|| tr!(lang, "moment-facilitator")),
            what: r.text.clone(),
        }
    }));
    moments.extend(sim.observations().iter().map(|o| Moment {
        at_ms: o.at_ms,
        kind: MomentKind::Observation,
        who: origin_name(lang, &o.origin),
        what: match o.observation.rating {
            Some(rating) => tr!(
                lang,
                "moment-observation-rated",
                text = &o.observation.text,
                rating = rating.letter()
            ),
            None => o.observation.text.clone(),
        },
    }));
    for gap in sim.gaps() {
        moments.push(Moment {
            at_ms: gap.opened_ms,
            kind: MomentKind::GapOpened,
            who: gap.institutions.join(", "),
            what: tr!(
                lang,
                "moment-gap-opened-what",
                id = gap.id,
                category = gap.category.localized(lang),
                summary = gap.summary.localized(lang)
            ),
        });
        if let Some(closed) = gap.closed_ms {
            moments.push(Moment {
                at_ms: closed,
                kind: MomentKind::GapClosed,
                who: gap.institutions.join(", "),
                what: tr!(
                    lang,
                    "moment-gap-closed-what",
                    id = gap.id,
                    after = SimTime(closed - gap.opened_ms).span()
                ),
            });
        }
    }
    // Stable: equal times keep kind order, then the order of recording.
    moments.sort_by_key(|m| (m.at_ms, m.kind));
    moments
}
