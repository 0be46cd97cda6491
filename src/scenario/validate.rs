//! Every rule a loaded scenario must satisfy, each reported at its place in the file.
//!
//! Rules collect all problems rather than stopping at the first, so an author fixes a file
//! in one pass. Coordination findings (an unowned or contested function, a vague trigger)
//! are not errors: they are what the exercise is for, and `coordination` reports them.

use std::collections::{BTreeMap, BTreeSet};

use petgraph::graph::{NodeIndex, UnGraph};
use petgraph::visit::Dfs;

use super::error::{Problem, Words};
use super::load::Source;
use super::locate::Step::{self, Entry, Item, Key};
use super::locate::map_keys;
use super::model::*;
use super::objective::Condition;
use crate::i18n::Text;
use crate::time::SimTime;

const TOLERANCE: f64 = 1e-6;

/// What a message is about (`the mean`, `lanes`), from the catalogue.
fn what(key: &'static str) -> Text {
    Text::new(key)
}

/// A field of the file, by its name, which stays the same in every language.
fn field(name: &str) -> Text {
    Text::new("plain-text").id("text", name)
}

/// All problems in a parsed scenario; empty when it is valid.
pub fn validate(scenario: &Scenario, source: &Source) -> Vec<Problem> {
    validate_placed(scenario, source)
        .into_iter()
        .map(|(problem, _)| problem)
        .collect()
}

/// The MSEL inject (0-based, in file order) and its field a problem is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MselPlace {
    /// The inject's index in the MSEL.
    pub inject: usize,
    /// The field, as the scenario format names it (`trigger`, `to`, ...).
    pub field: String,
}

/// Every problem with, when it is about an MSEL inject, which inject and field: so a
/// problem of an MSEL read from a spreadsheet is shown at its row and column.
pub fn validate_placed(scenario: &Scenario, source: &Source) -> Vec<(Problem, Option<MselPlace>)> {
    let mut v = Validator {
        s: scenario,
        source,
        problems: Vec::new(),
    };
    v.exercise();
    v.unique_ids();
    v.locations();
    v.links();
    v.resources();
    v.institutions_and_functions();
    v.plan();
    v.arrivals();
    v.cohort();
    v.referrals();
    v.msel();
    v.objectives();
    v.reachability();
    v.problems
}

struct Validator<'a> {
    s: &'a Scenario,
    source: &'a Source,
    problems: Vec<(Problem, Option<MselPlace>)>,
}

impl Validator<'_> {
    fn report(&mut self, path: &[Step<'_>], message: impl Into<Words>, hint: impl Into<Words>) {
        let place = match path {
            [Key("msel"), Item(inject), Key(field), ..] => Some(MselPlace {
                inject: *inject,
                field: field.to_string(),
            }),
            _ => None,
        };
        self.problems
            .push((Problem::at(self.source, path, message).hint(hint), place));
    }

    /// The translations of inject `i`'s synopsis: their live values must read, and be
    /// among the synopsis's own (a translation is filled with the values the synopsis was).
    fn synopsis_translations(&mut self, i: usize, inject: &super::model::Inject) {
        use super::inject_text::{Piece, check, parse};
        let quotes = |text: &str| -> Vec<super::inject_text::Quote> {
            parse(text)
                .map(|pieces| {
                    pieces
                        .into_iter()
                        .filter_map(|p| match p {
                            Piece::Quote(q) => Some(q),
                            Piece::Text(_) => None,
                        })
                        .collect()
                })
                .unwrap_or_default()
        };
        let own = quotes(&inject.synopsis);
        for (lang, text) in &inject.synopses {
            let path = [
                Key("msel"),
                Item(i),
                Key("synopses"),
                Step::Entry(lang.code()),
            ];
            let place = || MselPlace {
                inject: i,
                field: "synopses".to_string(),
            };
            for problem in check(text, self.s) {
                let (message, hint): (Words, Words) = match problem.said {
                    Some(said) => {
                        let (message, hint) = *said;
                        (message.into(), hint.into())
                    }
                    None => (problem.message.into(), problem.hint.into()),
                };
                self.problems.push((
                    Problem::within(self.source, &path, &problem.written, message).hint(hint),
                    Some(place()),
                ));
            }
            for quote in quotes(text).into_iter().filter(|q| !own.contains(q)) {
                let written = quote.to_string();
                self.problems.push((
                    Problem::within(
                        self.source,
                        &path,
                        &written,
                        Text::new("scenario-say-translation-quote")
                            .id("quote", written.as_str())
                            .id("lang", lang.code()),
                    )
                    .hint(Text::new("scenario-hint-translation-quote")),
                    Some(place()),
                ));
            }
        }
    }

    fn location(&self, id: &str) -> Option<&Location> {
        self.s.locations.iter().find(|l| l.id == id)
    }

    /// A reference to a location, optionally of an expected kind.
    fn location_ref(
        &mut self,
        path: &[Step<'_>],
        id: &str,
        what: Text,
        ok: fn(&LocationKind) -> bool,
    ) {
        match self.location(id) {
            None => {
                let hint = self.known(self.s.locations.iter().map(|l| l.id.as_str()));
                let message = Text::new("scenario-unknown-location").id("id", id);
                self.report(path, message, hint);
            }
            Some(l) if !ok(&l.kind) => {
                let message = Text::new("scenario-not-kind")
                    .id("id", id)
                    .text("what", what.clone());
                let hint = Text::new("scenario-not-kind-hint").text("what", what);
                self.report(path, message, hint);
            }
            Some(_) => {}
        }
    }

    fn institution_ref(&mut self, path: &[Step<'_>], id: &str) {
        if !self.s.institutions.iter().any(|i| i.id == id) {
            let hint = self.known(self.s.institutions.iter().map(|i| i.id.as_str()));
            let message = Text::new("scenario-unknown-institution").id("id", id);
            self.report(path, message, hint);
        }
    }

    fn function_ref(&mut self, path: &[Step<'_>], id: &str) {
        if !self.s.functions.iter().any(|f| f.id == id) {
            let hint = self.known(self.s.functions.iter().map(|f| f.id.as_str()));
            let message = Text::new("scenario-unknown-function").id("id", id);
            self.report(path, message, hint);
        }
    }

    fn known<'i>(&self, ids: impl Iterator<Item = &'i str>) -> Text {
        let list: Vec<String> = ids.map(str::to_string).collect();
        if list.is_empty() {
            Text::new("scenario-known-none")
        } else {
            Text::new("scenario-known-ids").list("ids", &list)
        }
    }

    fn positive(&mut self, path: &[Step<'_>], value: u32, what: Text) {
        if value == 0 {
            self.report(
                path,
                Text::new("scenario-at-least-one").text("what", what),
                Text::new("scenario-at-least-one-hint"),
            );
        }
    }

    fn share(&mut self, path: &[Step<'_>], value: f64, what: Text) {
        if !(0.0..=1.0).contains(&value) {
            self.report(
                path,
                Text::new("scenario-share-outside")
                    .text("what", what)
                    .id("value", format!("{value}")),
                Text::new("scenario-share-outside-hint"),
            );
        }
    }

    fn sums_to_one(&mut self, path: &[Step<'_>], total: f64, what: Text) {
        // A NaN share makes the total NaN: that fails too.
        if total.is_nan() || (total - 1.0).abs() > TOLERANCE {
            self.report(
                path,
                Text::new("scenario-sum-not-one")
                    .text("what", what)
                    .id("total", format!("{total:.4}")),
                Text::new("scenario-sum-not-one-hint"),
            );
        }
    }

    fn duration(&mut self, path: &[Step<'_>], t: SimTime, what: Text) {
        if t.millis() <= 0 {
            self.report(
                path,
                Text::new("scenario-not-longer-than-zero").text("what", what),
                Text::new("scenario-not-longer-than-zero-hint"),
            );
        }
    }

    fn distribution(&mut self, path: &[Step<'_>], d: &Distribution) {
        match *d {
            Distribution::Exp { mean } => self.duration(
                &[path, &[Key("mean")]].concat(),
                mean,
                what("scenario-what-the-mean"),
            ),
            Distribution::LogNormal { mean, sd } => {
                self.duration(
                    &[path, &[Key("mean")]].concat(),
                    mean,
                    what("scenario-what-the-mean"),
                );
                self.duration(
                    &[path, &[Key("sd")]].concat(),
                    sd,
                    what("scenario-what-the-standard-deviation"),
                );
            }
            Distribution::Fixed(t) => self.duration(path, t, what("scenario-what-the-fixed-time")),
            Distribution::Uniform { min, max } => {
                if min > max {
                    let message = Text::new("scenario-uniform-backwards")
                        .id("min", min.to_string())
                        .id("max", max.to_string());
                    self.report(
                        &[path, &[Key("min")]].concat(),
                        message,
                        Text::new("scenario-uniform-backwards-hint"),
                    );
                }
                self.duration(
                    &[path, &[Key("max")]].concat(),
                    max,
                    what("scenario-what-the-longest-time"),
                );
            }
        }
    }

    fn hour(&mut self, path: &[Step<'_>], hour: u8) {
        if hour > 23 {
            self.report(
                path,
                Text::new("scenario-hour-of-day").id("hour", hour.to_string()),
                Text::new("scenario-hour-of-day-hint"),
            );
        }
    }

    fn exercise(&mut self) {
        let e = &self.s.exercise;
        if jiff::civil::DateTime::strptime("%Y-%m-%dT%H:%M", &e.start).is_err() {
            let message = Text::new("scenario-bad-start").id("start", e.start.as_str());
            self.report(
                &[Key("exercise"), Key("start")],
                message,
                Text::new("scenario-say-write-it-as-2026-10-24t06"),
            );
        }
        self.duration(
            &[Key("exercise"), Key("duration")],
            e.duration,
            what("scenario-what-the-exercise-duration"),
        );
        self.duration(
            &[Key("exercise"), Key("sample_every")],
            e.sample_every,
            what("scenario-what-the-sampling-interval"),
        );
        self.hour(
            &[Key("exercise"), Key("night"), Key("from_hour")],
            e.night.from_hour,
        );
        self.hour(
            &[Key("exercise"), Key("night"), Key("to_hour")],
            e.night.to_hour,
        );
        self.overview();
    }

    /// The report's exercise overview: participants name an organisation and, when they
    /// are one of the scenario's institutions, its id; a mission area is listed once; a
    /// point of contact has a name.
    fn overview(&mut self) {
        let e = &self.s.exercise;
        for (i, area) in e.mission_areas.iter().enumerate() {
            if e.mission_areas[..i].contains(area) {
                self.report(
                    &[Key("exercise"), Key("mission_areas"), Item(i)],
                    Text::new("scenario-mission-area-twice").id("area", area.keyword()),
                    Text::new("scenario-say-list-each-mission-area-once"),
                );
            }
        }
        for (i, participant) in e.participants.iter().enumerate() {
            let path = [Key("exercise"), Key("participants"), Item(i)];
            if participant.organisation.trim().is_empty() {
                self.report(
                    &[path[0], path[1], path[2], Key("organisation")],
                    Text::new("scenario-say-a-participant-without-an-organisation-s"),
                    Text::new("scenario-say-name-the-organisation-as-the-report"),
                );
            }
            if let Some(id) = &participant.institution {
                self.institution_ref(&[path[0], path[1], path[2], Key("institution")], id);
            }
        }
        if let Some(contact) = &e.contact
            && contact.name.trim().is_empty()
        {
            self.report(
                &[Key("exercise"), Key("contact"), Key("name")],
                Text::new("scenario-say-a-point-of-contact-without-a"),
                Text::new("scenario-say-give-the-name-or-post-of"),
            );
        }
    }

    fn unique_ids(&mut self) {
        let s = self.s;
        let lists: [(&str, Vec<String>); 6] = [
            (
                "locations",
                s.locations.iter().map(|l| l.id.clone()).collect(),
            ),
            (
                "institutions",
                s.institutions.iter().map(|i| i.id.clone()).collect(),
            ),
            (
                "functions",
                s.functions.iter().map(|f| f.id.clone()).collect(),
            ),
            (
                "msel",
                s.msel.iter().map(|i| i.number.to_string()).collect(),
            ),
            (
                "buses",
                s.resources.buses.iter().map(|b| b.id.clone()).collect(),
            ),
            (
                "nationalities",
                s.cohort
                    .nationalities
                    .iter()
                    .map(|n| n.id.clone())
                    .collect(),
            ),
        ];
        for (list, ids) in lists {
            let mut seen = BTreeSet::new();
            for (i, id) in ids.iter().enumerate() {
                if !seen.insert(id) {
                    let path: Vec<Step<'_>> = match list {
                        "buses" => vec![Key("resources"), Key("buses"), Item(i)],
                        "nationalities" => vec![Key("cohort"), Key("nationalities"), Item(i)],
                        _ => vec![Key(list), Item(i)],
                    };
                    self.report(
                        &path,
                        Text::new("scenario-duplicate-id")
                            .id("id", id.as_str())
                            .id("list", list),
                        Text::new("scenario-say-every-id-must-be-unique-in"),
                    );
                }
            }
        }
        let mut phases = BTreeSet::new();
        for (i, p) in s.plan.phases.iter().enumerate() {
            if !phases.insert(&p.id) {
                let path = [Key("plan"), Key("phases"), Item(i)];
                self.report(
                    &path,
                    Text::new("scenario-duplicate-phase").id("id", p.id.as_str()),
                    Text::new("scenario-say-every-phase-id-must-be-unique"),
                );
            }
        }
    }

    fn locations(&mut self) {
        if !self.s.locations.iter().any(|l| {
            matches!(
                l.kind,
                LocationKind::Entry { .. } | LocationKind::GreenBorder { .. }
            )
        }) {
            self.report(
                &[Key("locations")],
                Text::new("scenario-say-no-entry-point-people-have-nowhere"),
                Text::new("scenario-say-add-a-location-of-kind-entry"),
            );
        }
        for (i, loc) in self.s.locations.iter().enumerate() {
            let at = |k: &'static str| [Key("locations"), Item(i), Key("kind"), Key(k)];
            if loc.id.trim().is_empty() {
                self.report(
                    &[Key("locations"), Item(i), Key("id")],
                    Text::new("scenario-say-empty-location-id"),
                    Text::new("scenario-say-give-every-location-a-short-id"),
                );
            }
            if let Some(operator) = &loc.operator {
                self.institution_ref(&[Key("locations"), Item(i), Key("operator")], operator);
            }
            match &loc.kind {
                LocationKind::GreenBorder {
                    detected,
                    detection_delay,
                    ..
                } => {
                    self.share(
                        &at("detected"),
                        *detected,
                        what("scenario-what-the-detected-share"),
                    );
                    self.distribution(&at("detection_delay"), detection_delay);
                }
                LocationKind::Bcp {
                    lanes,
                    shifts,
                    service,
                    ..
                } => {
                    self.positive(&at("lanes"), *lanes, what("scenario-what-lanes"));
                    if shifts.is_empty() || shifts.iter().all(|s| s.officers == 0) {
                        self.report(
                            &at("shifts"),
                            Text::new("scenario-bcp-no-officers").id("id", loc.id.as_str()),
                            Text::new("scenario-say-add-e-g-from-hour-6"),
                        );
                    }
                    let mut last = None;
                    for (j, shift) in shifts.iter().enumerate() {
                        let path = [
                            Key("locations"),
                            Item(i),
                            Key("kind"),
                            Key("shifts"),
                            Item(j),
                            Key("from_hour"),
                        ];
                        self.hour(&path, shift.from_hour);
                        if last.is_some_and(|h| shift.from_hour <= h) {
                            self.report(
                                &path,
                                Text::new("scenario-say-shifts-must-be-listed-by-increasing"),
                                Text::new("scenario-say-sort-the-shifts-by-from-hour"),
                            );
                        }
                        last = Some(shift.from_hour);
                    }
                    self.distribution(&at("service"), service);
                }
                LocationKind::Registration {
                    desks,
                    service,
                    without_interpreter,
                    ..
                } => {
                    self.positive(&at("desks"), *desks, what("scenario-what-desks"));
                    self.distribution(&at("service"), service);
                    if let WithoutInterpreter::Slower(f) = without_interpreter
                        && !(f.is_finite() && *f >= 1.0)
                    {
                        self.report(
                            &at("without_interpreter"),
                            Text::new("scenario-slow-down-below-one").id("factor", f.to_string()),
                            Text::new("scenario-say-slower-2-0-means-twice-as"),
                        );
                    }
                }
                LocationKind::Transit { capacity } => {
                    self.positive(&at("capacity"), *capacity, what("scenario-what-capacity"))
                }
                LocationKind::Reception { capacity, stay, .. } => {
                    self.positive(&at("capacity"), *capacity, what("scenario-what-capacity"));
                    self.distribution(&at("stay"), stay);
                }
                LocationKind::Hospital { beds } => {
                    self.positive(&at("beds"), *beds, what("scenario-what-beds"))
                }
                LocationKind::Entry { .. } | LocationKind::Exit { .. } => {}
            }
        }
    }

    fn links(&mut self) {
        let any = |_: &LocationKind| true;
        for (i, link) in self.s.links.iter().enumerate() {
            let at = |k: &'static str| [Key("links"), Item(i), Key(k)];
            self.location_ref(
                &at("from"),
                &link.from,
                what("scenario-what-a-location"),
                any,
            );
            self.location_ref(&at("to"), &link.to, what("scenario-what-a-location"), any);
            if link.from == link.to {
                self.report(
                    &at("to"),
                    Text::new("scenario-link-to-itself").id("id", link.from.as_str()),
                    Text::new("scenario-say-a-link-joins-two-different-places"),
                );
            }
            if let Mode::Bus(fleet) = &link.mode
                && !self.s.resources.buses.iter().any(|b| &b.id == fleet)
            {
                let hint = self.known(self.s.resources.buses.iter().map(|b| b.id.as_str()));
                let message = Text::new("scenario-unknown-bus-fleet").id("id", fleet.as_str());
                self.report(&at("mode"), message, hint);
            }
        }
    }

    fn resources(&mut self) {
        let r = &self.s.resources;
        for (i, int) in r.interpreters.iter().enumerate() {
            let at = |k: &'static str| [Key("resources"), Key("interpreters"), Item(i), Key(k)];
            self.positive(
                &at("count"),
                int.count,
                what("scenario-what-interpreter-count"),
            );
            if let Some(place) = &int.at {
                self.location_ref(
                    &at("at"),
                    place,
                    what("scenario-what-a-registration-point"),
                    |k| matches!(k, LocationKind::Registration { .. }),
                );
            }
        }
        for (i, team) in r.medical_teams.iter().enumerate() {
            let at = |k: &'static str| [Key("resources"), Key("medical_teams"), Item(i), Key(k)];
            self.positive(
                &at("count"),
                team.count,
                what("scenario-what-medical-team-count"),
            );
            self.location_ref(
                &at("at"),
                &team.at,
                what("scenario-what-a-location"),
                |_| true,
            );
        }
        for (i, fleet) in r.buses.iter().enumerate() {
            let at = |k: &'static str| [Key("resources"), Key("buses"), Item(i), Key(k)];
            self.positive(&at("count"), fleet.count, what("scenario-what-buses"));
            self.positive(
                &at("capacity"),
                fleet.capacity,
                what("scenario-what-seats-per-bus"),
            );
        }
    }

    fn institutions_and_functions(&mut self) {
        for (i, inst) in self.s.institutions.iter().enumerate() {
            let at = |k: &'static str| [Key("institutions"), Item(i), Key(k)];
            self.distribution(&at("response"), &inst.response);
            let f = inst.night_factor;
            if !(f.is_finite() && f > 0.0) {
                self.report(
                    &at("night_factor"),
                    Text::new("scenario-night-factor").id("factor", f.to_string()),
                    Text::new("scenario-say-1-0-means-as-fast-at"),
                );
            }
        }
        for (i, f) in self.s.functions.iter().enumerate() {
            for (role, ids) in [
                ("responsible", &f.responsible),
                ("accountable", &f.accountable),
                ("consulted", &f.consulted),
                ("informed", &f.informed),
            ] {
                for (j, id) in ids.iter().enumerate() {
                    self.institution_ref(&[Key("functions"), Item(i), Key(role), Item(j)], id);
                }
            }
        }
    }

    fn plan(&mut self) {
        let plan = &self.s.plan;
        if plan.phases.is_empty() {
            self.report(
                &[Key("plan"), Key("phases")],
                Text::new("scenario-say-the-plan-has-no-phases"),
                Text::new("scenario-say-list-at-least-the-normal-phase"),
            );
        }
        if let Some(f) = &plan.coordination {
            self.function_ref(&[Key("plan"), Key("coordination")], f);
        }
        for (i, phase) in plan.phases.iter().enumerate() {
            let at = |k: &'static str| [Key("plan"), Key("phases"), Item(i), Key(k)];
            if let Some(f) = &phase.declared_by {
                self.function_ref(&at("declared_by"), f);
            }
            if let Some(t) = phase.declare_within {
                self.duration(&at("declare_within"), t, field("declare_within"));
            }
            if let Some(trigger) = &phase.trigger {
                self.trigger(&at("trigger"), trigger);
            }
            for (j, measure) in phase.unlocks.iter().enumerate() {
                if let Measure::ExtraOfficers { bcp, officers } = measure {
                    let at = |k: &'static str| {
                        [
                            Key("plan"),
                            Key("phases"),
                            Item(i),
                            Key("unlocks"),
                            Item(j),
                            Key(k),
                        ]
                    };
                    self.location_ref(&at("bcp"), bcp, what("scenario-what-a-bcp"), |k| {
                        matches!(k, LocationKind::Bcp { .. })
                    });
                    self.positive(
                        &at("officers"),
                        *officers,
                        what("scenario-what-extra-officers"),
                    );
                }
            }
        }
        let mut kinds = BTreeSet::new();
        for (i, rule) in plan.requests.iter().enumerate() {
            let at = |k: &'static str| [Key("plan"), Key("requests"), Item(i), Key(k)];
            self.function_ref(&at("function"), &rule.function);
            self.duration(
                &at("deadline"),
                rule.deadline,
                what("scenario-what-the-deadline"),
            );
            if !kinds.insert(rule.request) {
                self.report(
                    &[Key("plan"), Key("requests"), Item(i)],
                    Text::new("scenario-second-request-rule").id("request", rule.request.id()),
                    Text::new("scenario-say-one-rule-per-kind-of-request"),
                );
            }
        }
        self.duration(
            &[Key("plan"), Key("inform_within")],
            plan.inform_within,
            field("inform_within"),
        );
    }

    fn trigger(&mut self, path: &[Step<'_>], trigger: &Trigger) {
        let Some((_, metric, value, for_at_least)) = trigger.measured() else {
            return;
        };
        let metric_path = [path, &[Key("metric")]].concat();
        match metric {
            Metric::Arrivals { window } => self.duration(
                &metric_path,
                *window,
                what("scenario-what-the-arrivals-window"),
            ),
            Metric::Queue(bcp) => {
                self.location_ref(&metric_path, bcp, what("scenario-what-a-bcp"), |k| {
                    matches!(k, LocationKind::Bcp { .. })
                })
            }
            Metric::Occupancy(site) => self.location_ref(
                &metric_path,
                site,
                what("scenario-what-a-reception-site"),
                |k| matches!(k, LocationKind::Reception { .. }),
            ),
            Metric::AnyQueue | Metric::AnyOccupancy | Metric::Outdoors | Metric::InCountry => {}
        }
        let value_path = [path, &[Key("value")]].concat();
        if !value.is_finite() || value < 0.0 {
            self.report(
                &value_path,
                Text::new("scenario-threshold-negative").id("value", value.to_string()),
                Text::new("scenario-say-counts-and-percentages-are-never-negative"),
            );
        }
        // Shares elsewhere are fractions; a fraction here would fire at about 1 % occupancy.
        let percent = matches!(metric, Metric::Occupancy(_) | Metric::AnyOccupancy);
        if percent && value > 0.0 && value <= 1.0 {
            self.report(
                &value_path,
                Text::new("scenario-occupancy-fraction").id("value", value.to_string()),
                Text::new("scenario-say-occupancy-is-in-percent-write-90"),
            );
        }
        if let Some(t) = for_at_least {
            self.duration(
                &[path, &[Key("for_at_least")]].concat(),
                t,
                field("for_at_least"),
            );
        }
    }

    fn arrivals(&mut self) {
        if self.s.arrivals.is_empty() {
            self.report(
                &[Key("arrivals")],
                Text::new("scenario-say-no-arrival-profile-nobody-arrives"),
                Text::new("scenario-say-add-at-entry-id-rate-perhour"),
            );
        }
        for (i, profile) in self.s.arrivals.iter().enumerate() {
            let at = |k: &'static str| [Key("arrivals"), Item(i), Key(k)];
            self.location_ref(
                &at("at"),
                &profile.at,
                what("scenario-what-an-entry-point-or-green-border"),
                |k| {
                    matches!(
                        k,
                        LocationKind::Entry { .. } | LocationKind::GreenBorder { .. }
                    )
                },
            );
            match &profile.rate {
                Rate::PerHour(r) => self.rate(&at("rate"), *r),
                Rate::Observed(file) => {
                    if file.trim().is_empty() {
                        self.report(
                            &at("rate"),
                            Text::new("scenario-observed-no-file"),
                            Text::new("scenario-observed-no-file-help"),
                        );
                    }
                }
                Rate::Steps(steps) => {
                    if steps.is_empty() {
                        self.report(
                            &at("rate"),
                            Text::new("scenario-say-steps-needs-at-least-one-time"),
                            Text::new("scenario-say-e-g-steps-0h-10-0"),
                        );
                    }
                    let mut last: Option<SimTime> = None;
                    for (j, (t, r)) in steps.iter().enumerate() {
                        let path = [Key("arrivals"), Item(i), Key("rate"), Item(j)];
                        self.rate(&path, *r);
                        if last.is_some_and(|l| *t <= l) {
                            self.report(
                                &path,
                                Text::new("scenario-step-order").id("at", t.to_string()),
                                Text::new("scenario-say-list-steps-in-increasing-time"),
                            );
                        }
                        last = Some(*t);
                    }
                }
            }
            let end = self.s.exercise.duration;
            for (j, surge) in profile.surges.iter().enumerate() {
                let at =
                    |k: &'static str| [Key("arrivals"), Item(i), Key("surges"), Item(j), Key(k)];
                self.positive(
                    &at("people"),
                    surge.people,
                    what("scenario-what-surge-size"),
                );
                if surge.over.millis() <= 0 {
                    self.report(
                        &at("over"),
                        Text::new("scenario-say-a-surge-must-arrive-over-a"),
                        Text::new("scenario-say-for-a-group-arriving-at-once"),
                    );
                }
                if surge.at >= end {
                    self.report(
                        &at("at"),
                        Text::new("scenario-surge-after-end")
                            .id("at", surge.at.to_string())
                            .id("end", end.to_string()),
                        Text::new("scenario-move-earlier"),
                    );
                }
            }
        }
    }

    /// Reports every key the map at `path` repeats, at its second and later entries, and
    /// returns them. Parsing keeps only the last value of a repeated key, silently, so only
    /// the text shows the repetition.
    fn repeated_keys(
        &mut self,
        path: &[Step<'_>],
        message: impl Fn(&str) -> Text,
    ) -> BTreeSet<String> {
        let keys = map_keys(&self.source.text, path);
        let mut seen = BTreeSet::new();
        let mut repeated = BTreeSet::new();
        for (i, key) in keys.into_iter().enumerate() {
            if seen.contains(&key) {
                self.report(
                    &[path, &[Item(i)]].concat(),
                    message(&key),
                    Text::new("scenario-say-keep-one-entry-per-key-a"),
                );
                repeated.insert(key);
            } else {
                seen.insert(key);
            }
        }
        repeated
    }

    fn rate(&mut self, path: &[Step<'_>], rate: f64) {
        if !rate.is_finite() || rate < 0.0 {
            self.report(
                path,
                Text::new("scenario-rate-negative").id("rate", rate.to_string()),
                Text::new("scenario-say-rates-are-people-per-hour"),
            );
        }
    }

    fn cohort(&mut self) {
        let c = &self.s.cohort;
        if c.nationalities.is_empty() {
            self.report(
                &[Key("cohort"), Key("nationalities")],
                Text::new("scenario-say-the-cohort-has-no-nationality"),
                Text::new("scenario-say-add-id-syria-share-1-0"),
            );
        }
        let mut total = 0.0;
        for (i, n) in c.nationalities.iter().enumerate() {
            let at = |k: &'static str| [Key("cohort"), Key("nationalities"), Item(i), Key(k)];
            self.share(
                &at("share"),
                n.share,
                what("scenario-what-the-nationality-share"),
            );
            total += n.share;
            let map = [
                Key("cohort"),
                Key("nationalities"),
                Item(i),
                Key("languages"),
            ];
            let repeated = self.repeated_keys(&map, |key| {
                Text::new("scenario-language-twice")
                    .id("id", n.id.as_str())
                    .id("key", key)
            });
            for (language, share) in &n.languages {
                if !repeated.contains(language) {
                    let entry = [&map[..], &[Entry(language)]].concat();
                    self.share(&entry, *share, what("scenario-what-the-language-share"));
                }
            }
            // A repeated key has already replaced the other value: the sum would mislead.
            if repeated.is_empty() {
                let languages: f64 = n.languages.values().sum();
                self.sums_to_one(
                    &at("languages"),
                    languages,
                    Text::new("scenario-what-language-shares-of").id("id", n.id.as_str()),
                );
            }
        }
        for i in 0..c.nationalities.len() {
            self.demography(i);
        }
        if !c.nationalities.is_empty() {
            self.sums_to_one(
                &[Key("cohort"), Key("nationalities")],
                total,
                what("scenario-what-the-nationality-shares"),
            );
        }
        let map = [Key("cohort"), Key("vulnerable")];
        let repeated = self.repeated_keys(&map, |key| {
            Text::new("scenario-vulnerable-twice").id("key", key)
        });
        for (vulnerability, share) in &c.vulnerable {
            // Debug prints the variant name, which is how the file writes the key.
            let key = format!("{vulnerability:?}");
            if !repeated.contains(&key) {
                self.share(
                    &[Key("cohort"), Key("vulnerable"), Entry(&key)],
                    *share,
                    what("scenario-what-the-vulnerable-share"),
                );
            }
        }
        let o = &c.outcomes;
        for (k, v) in [
            ("onward", o.onward),
            ("asylum", o.asylum),
            ("return", o.return_),
        ] {
            self.share(
                &[Key("cohort"), Key("outcomes"), Key(k)],
                v,
                what("scenario-what-the-outcome-share"),
            );
        }
        self.sums_to_one(
            &[Key("cohort"), Key("outcomes")],
            o.onward + o.asylum + o.return_,
            what("scenario-what-the-outcome-shares"),
        );
    }

    /// A nationality's citizenship code and its sex and age shares, which must leave room
    /// for the people the vulnerability flags make minors, elderly or women.
    fn demography(&mut self, i: usize) {
        let c = &self.s.cohort;
        let Some(n) = c.nationalities.get(i) else {
            return;
        };
        let at = |k: &'static str| [Key("cohort"), Key("nationalities"), Item(i), Key(k)];
        let code = &n.citizen;
        let iso = code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase());
        if !code.is_empty() && !iso {
            self.report(
                &at("citizen"),
                Text::new("scenario-citizen-not-iso")
                    .id("id", n.id.as_str())
                    .id("code", code.as_str()),
                Text::new("scenario-citizen-not-iso-hint"),
            );
        }
        let share_of = |v: Vulnerability| c.vulnerable.get(&v).copied().unwrap_or(0.0);
        let (minor, elderly, pregnant) = (
            share_of(Vulnerability::UnaccompaniedMinor),
            share_of(Vulnerability::Elderly),
            share_of(Vulnerability::Pregnant),
        );
        if !n.sex.is_empty() {
            let map = at("sex");
            let repeated = self.repeated_keys(&map, |key| {
                Text::new("scenario-demography-twice")
                    .id("id", n.id.as_str())
                    .id("key", key)
            });
            for (sex, share) in &n.sex {
                if !repeated.contains(sex.id()) {
                    let entry = [&map[..], &[Entry(sex.id())]].concat();
                    self.share(&entry, *share, what("scenario-what-the-sex-share"));
                }
            }
            if repeated.is_empty() {
                self.sums_to_one(
                    &map,
                    n.sex.values().sum(),
                    Text::new("scenario-what-sex-shares-of").id("id", n.id.as_str()),
                );
                let women = n.sex.get(&super::Sex::Female).copied().unwrap_or(0.0);
                if women + TOLERANCE < pregnant {
                    self.report(
                        &map,
                        Text::new("scenario-too-few-women")
                            .id("id", n.id.as_str())
                            .id("women", format!("{women}"))
                            .id("share", format!("{pregnant}")),
                        Text::new("scenario-too-few-women-hint"),
                    );
                }
            }
        }
        if !n.age.is_empty() {
            let map = at("age");
            let repeated = self.repeated_keys(&map, |key| {
                Text::new("scenario-demography-twice")
                    .id("id", n.id.as_str())
                    .id("key", key)
            });
            for (band, share) in &n.age {
                if !repeated.contains(band.id()) {
                    let entry = [&map[..], &[Entry(band.id())]].concat();
                    self.share(&entry, *share, what("scenario-what-the-age-share"));
                }
            }
            if repeated.is_empty() {
                self.sums_to_one(
                    &map,
                    n.age.values().sum(),
                    Text::new("scenario-what-age-shares-of").id("id", n.id.as_str()),
                );
                let band = |b: super::AgeBand| n.age.get(&b).copied().unwrap_or(0.0);
                let minors = band(super::AgeBand::Under14) + band(super::AgeBand::From14To17);
                if minors + TOLERANCE < minor {
                    self.report(
                        &map,
                        Text::new("scenario-too-few-minors")
                            .id("id", n.id.as_str())
                            .id("minors", format!("{minors}"))
                            .id("share", format!("{minor}")),
                        Text::new("scenario-too-few-minors-hint"),
                    );
                }
                // Someone flagged both is a minor (the flag then reads "disabled").
                let old = band(super::AgeBand::From65);
                let needed = elderly * (1.0 - minor);
                if old + TOLERANCE < needed {
                    self.report(
                        &map,
                        Text::new("scenario-too-few-elderly")
                            .id("id", n.id.as_str())
                            .id("elderly", format!("{old}"))
                            .id("share", format!("{needed}")),
                        Text::new("scenario-too-few-elderly-hint"),
                    );
                }
            }
        }
    }

    fn referrals(&mut self) {
        let mut seen = BTreeMap::new();
        for (i, r) in self.s.referrals.iter().enumerate() {
            let at = |k: &'static str| [Key("referrals"), Item(i), Key(k)];
            self.function_ref(&at("function"), &r.function);
            self.duration(
                &at("deadline"),
                r.deadline,
                what("scenario-what-the-referral-deadline"),
            );
            self.distribution(&at("handover"), &r.handover);
            if seen.insert(r.vulnerability, i).is_some() {
                self.report(
                    &at("vulnerability"),
                    Text::new("scenario-referred-twice").id("vulnerability", r.vulnerability.id()),
                    Text::new("scenario-say-one-referral-rule-per-vulnerability"),
                );
            }
        }
    }

    fn msel(&mut self) {
        let end = self.s.exercise.duration;
        for (i, inject) in self.s.msel.iter().enumerate() {
            let at = |k: &'static str| [Key("msel"), Item(i), Key(k)];
            if inject.at > end {
                self.report(
                    &at("at"),
                    Text::new("scenario-inject-after-end")
                        .id("number", inject.number.to_string())
                        .id("at", inject.at.to_string())
                        .id("end", end.to_string()),
                    Text::new("scenario-move-earlier"),
                );
            }
            for (j, to) in inject.to.iter().enumerate() {
                self.institution_ref(&[Key("msel"), Item(i), Key("to"), Item(j)], to);
            }
            for (k, expectation) in inject.expect.iter().enumerate() {
                if let Some(by) = &expectation.by {
                    let path = [
                        Key("msel"),
                        Item(i),
                        Key("expect"),
                        Item(k),
                        Key("by"),
                        Item(0),
                    ];
                    self.institution_ref(&path, by);
                }
            }
            self.inject_trigger(i, inject);
            for problem in super::inject_text::check(&inject.synopsis, self.s) {
                let path = at("synopsis");
                let place = MselPlace {
                    inject: i,
                    field: "synopsis".to_string(),
                };
                let (message, hint): (Words, Words) = match problem.said {
                    Some(said) => {
                        let (message, hint) = *said;
                        (message.into(), hint.into())
                    }
                    None => (problem.message.into(), problem.hint.into()),
                };
                self.problems.push((
                    Problem::within(self.source, &path, &problem.written, message).hint(hint),
                    Some(place),
                ));
            }
            self.synopsis_translations(i, inject);
            if let Some(u) = inject.effect.as_ref().and_then(|e| e.unknown_id(self.s)) {
                let path = [Key("msel"), Item(i), Key("effect"), Item(0), Key(u.field)];
                let message = Text::new("scenario-unknown-kind")
                    .text("what", Text::new(u.what.key()))
                    .id("id", u.id.as_str());
                let hint = Text::new("scenario-known").list("ids", &u.known);
                self.report(&path, message, hint);
            }
        }
    }

    /// Objectives and critical tasks: ids unique, every reference known, a checked metric
    /// valid as a trigger's would be.
    fn objectives(&mut self) {
        let mut objectives = BTreeSet::new();
        let mut tasks = BTreeSet::new();
        for (i, objective) in self.s.objectives.iter().enumerate() {
            if !objectives.insert(objective.id.as_str()) {
                let path = [Key("objectives"), Item(i), Key("id")];
                let message = Text::new("scenario-objective-twice").id("id", objective.id.as_str());
                self.report(&path, message, Text::new("scenario-objective-twice-hint"));
            }
            for (j, task) in objective.tasks.iter().enumerate() {
                let at =
                    |k: &'static str| [Key("objectives"), Item(i), Key("tasks"), Item(j), Key(k)];
                if !tasks.insert(task.id.as_str()) {
                    let message = Text::new("scenario-task-twice").id("id", task.id.as_str());
                    self.report(
                        &at("id"),
                        message,
                        Text::new("scenario-say-give-each-task-its-own-id"),
                    );
                }
                if let Some(institution) = &task.institution {
                    self.institution_ref(
                        &[&at("institution")[..], &[Item(0)]].concat(),
                        institution,
                    );
                }
                let check = [&at("check")[..], &[Item(0)]].concat();
                match &task.check {
                    None | Some(Condition::NobodyOutdoorsAtNight | Condition::Referred(_)) => {}
                    Some(Condition::PhaseDeclared { phase, within }) => {
                        if !self.s.plan.phases.iter().any(|p| &p.id == phase) {
                            let hint = self.known(self.s.plan.phases.iter().map(|p| p.id.as_str()));
                            let path = [&check[..], &[Key("phase")]].concat();
                            let message =
                                Text::new("scenario-unknown-phase").id("id", phase.as_str());
                            self.report(&path, message, hint);
                        }
                        let path = [&check[..], &[Key("within")]].concat();
                        self.duration(&path, *within, field("within"));
                    }
                    Some(Condition::DecidedBefore {
                        by, metric, value, ..
                    }) => {
                        if let Some(by) = by {
                            let path = [&check[..], &[Key("by"), Item(0)]].concat();
                            self.institution_ref(&path, by);
                        }
                        let as_trigger = Trigger::Above {
                            metric: metric.clone(),
                            value: *value,
                            for_at_least: None,
                        };
                        self.trigger(&check, &as_trigger);
                    }
                }
            }
        }
    }

    /// A state trigger must name a BCP, a reception site, a phase or another inject.
    fn inject_trigger(&mut self, i: usize, inject: &super::model::Inject) {
        let Some(trigger) = &inject.trigger else {
            return;
        };
        let numbers: Vec<u32> = self.s.msel.iter().map(|m| m.number).collect();
        let path = |field| [Key("msel"), Item(i), Key("trigger"), Item(0), Key(field)];
        if let Some(u) = trigger.unknown_id(self.s, &numbers) {
            let message = Text::new("scenario-unknown-kind")
                .text("what", Text::new(u.what.key()))
                .id("id", u.id.as_str());
            let hint = Text::new("scenario-known").list("ids", &u.known);
            self.report(&path(u.field), message, hint);
        }
        match trigger {
            super::model::InjectTrigger::Delivered { inject: n, .. } if *n == inject.number => {
                self.report(
                    &path("inject"),
                    Text::new("scenario-inject-waits-for-itself").id("number", n.to_string()),
                    Text::new("scenario-say-name-another-inject-of-the-msel"),
                );
            }
            super::model::InjectTrigger::OccupancyOver { percent, .. }
                if !percent.is_finite()
                    || *percent < 0.0
                    || (*percent > 0.0 && *percent <= 1.0) =>
            {
                self.report(
                    &path("percent"),
                    Text::new("scenario-occupancy-fraction").id("value", percent.to_string()),
                    Text::new("scenario-say-occupancy-is-in-percent-write-90"),
                );
            }
            _ => {}
        }
    }

    /// Every reception site and every BCP must be reachable from some entry point.
    fn reachability(&mut self) {
        let locs = &self.s.locations;
        let mut graph = UnGraph::<usize, ()>::new_undirected();
        let nodes: Vec<NodeIndex> = (0..locs.len()).map(|i| graph.add_node(i)).collect();
        let index: BTreeMap<&str, NodeIndex> = locs
            .iter()
            .zip(&nodes)
            .map(|(l, n)| (l.id.as_str(), *n))
            .collect();
        for link in &self.s.links {
            if let (Some(a), Some(b)) = (index.get(link.from.as_str()), index.get(link.to.as_str()))
            {
                graph.add_edge(*a, *b, ());
            }
        }
        let mut reached = vec![false; locs.len()];
        for (i, loc) in locs.iter().enumerate() {
            if matches!(
                loc.kind,
                LocationKind::Entry { .. } | LocationKind::GreenBorder { .. }
            ) {
                let mut dfs = Dfs::new(&graph, nodes[i]);
                while let Some(n) = dfs.next(&graph) {
                    reached[graph[n]] = true;
                }
            }
        }
        for (i, loc) in locs.iter().enumerate() {
            let what = match loc.kind {
                LocationKind::Reception { .. } => "scenario-unreached-reception",
                LocationKind::Bcp { .. } => "scenario-unreached-bcp",
                LocationKind::Registration { .. } => "scenario-unreached-registration",
                _ => continue,
            };
            if !reached[i] {
                let message = Text::new(what).id("id", loc.id.as_str());
                self.report(
                    &[Key("locations"), Item(i), Key("id")],
                    message,
                    Text::new("scenario-say-add-a-link-that-joins-it"),
                );
            }
        }
    }
}
