//! The inspector: everything known about one place, institution, request, finding or
//! inject.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};

use super::{institutions, offset, theme};
use crate::console::app::{App, Target};
use crate::i18n::Localized;
use crate::scenario::LocationKind;
use crate::time::SimTime;
use crate::tr;

pub fn render(app: &App, target: Target, area: Rect, buf: &mut Buffer) {
    let (title, lines) = match target {
        Target::Place(i) => place(app, i),
        Target::Institution(i) => {
            let inst = &app.scenario().institutions[i];
            (inst.name.clone(), institutions::detail_lines(app, &inst.id))
        }
        Target::Gap(id) => gap(app, id),
        Target::Inject(i) => inject(app, i),
        Target::Request(id) => request(app, id),
    };
    Clear.render(area, buf);
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .block(Block::bordered().title(tr!(app.lang(), "inspector-title", title = title)))
        .render(area, buf);
}

fn field(name: &str, value: impl ToString) -> Line<'static> {
    Line::from(vec![
        Span::styled(format!("{name:>16}: "), theme::TITLE),
        Span::raw(value.to_string()),
    ])
}

fn place(app: &App, i: usize) -> (String, Vec<Line<'static>>) {
    let p = &app.snapshot().places[i];
    let loc = &app.scenario().locations[i];
    let links: Vec<String> = app
        .scenario()
        .links
        .iter()
        .filter_map(|l| {
            let other = if l.from == loc.id {
                &l.to
            } else if l.to == loc.id {
                &l.from
            } else {
                return None;
            };
            Some(format!("{other} ({})", l.time))
        })
        .collect();
    let lang = app.lang();
    let f = |key: &str, value: String| field(&tr!(lang, key), value);
    let mut lines = vec![
        f("inspector-id", p.id.clone()),
        f(
            "inspector-kind",
            tr!(lang, crate::view::place_role_key(p.role)),
        ),
        f(
            "inspector-open",
            tr!(
                lang,
                if p.open {
                    "inspector-yes"
                } else {
                    "inspector-no"
                }
            ),
        ),
        f("inspector-arrived", p.arrived.to_string()),
    ];
    // Only what this kind of place has: a queue and desks where people are processed,
    // beds where they stay.
    match &loc.kind {
        LocationKind::Bcp { .. } | LocationKind::Registration { .. } => {
            lines.extend([
                f("inspector-processed", p.processed.to_string()),
                f("inspector-last-hour", app.throughput(i).to_string()),
                f(
                    "inspector-queue",
                    tr!(
                        lang,
                        "inspector-queue-value",
                        now = p.queue,
                        max = p.max_queue
                    ),
                ),
                f("inspector-mean-queue", format!("{:.1}", p.mean_queue)),
                f(
                    "inspector-in-service",
                    tr!(
                        lang,
                        "inspector-in-service-value",
                        busy = p.in_service,
                        servers = p.servers
                    ),
                ),
                f(
                    "inspector-wait",
                    tr!(
                        lang,
                        "inspector-wait-value",
                        mean = format!("{:.1}", p.mean_wait_min),
                        p95 = format!("{:.0}", p.p95_wait_min)
                    ),
                ),
            ]);
            let idle = p.servers.saturating_sub(p.in_service);
            if idle > 0 && p.queue > 0 {
                lines.push(idle_desks(app, idle));
            }
        }
        LocationKind::Reception { .. }
        | LocationKind::Transit { .. }
        | LocationKind::Hospital { .. } => {
            let capacity = match &loc.kind {
                LocationKind::Transit { capacity } | LocationKind::Hospital { beds: capacity } => {
                    *capacity
                }
                _ => p.capacity,
            };
            lines.extend([
                f("inspector-left", p.processed.to_string()),
                f(
                    "inspector-beds",
                    tr!(
                        lang,
                        "inspector-beds-value",
                        used = p.occupancy,
                        capacity = capacity,
                        peak = p.peak_occupancy
                    ),
                ),
            ]);
        }
        LocationKind::Entry { .. }
        | LocationKind::GreenBorder { .. }
        | LocationKind::Exit { .. } => {
            lines.push(f("inspector-passed", p.processed.to_string()));
        }
    }
    lines.push(f("inspector-links", links.join(", ")));
    (p.name.clone(), lines)
}

/// Why desks stand idle while people queue: nobody there speaks their language and no
/// interpreter for it is free.
fn idle_desks(app: &App, idle: u32) -> Line<'static> {
    let lang = app.lang();
    let waiting = app.waiting_for_language();
    let why = if waiting.is_empty() {
        tr!(lang, "inspector-idle-no-reason")
    } else {
        let languages: Vec<String> = waiting
            .iter()
            .map(|(language, people)| {
                tr!(
                    lang,
                    "inspector-idle-language",
                    language = language.as_str(),
                    people = *people
                )
            })
            .collect();
        tr!(
            lang,
            "inspector-idle-interpreters",
            languages = languages.join(", ")
        )
    };
    Line::from(vec![
        Span::styled(
            format!("{:>16}: ", tr!(lang, "inspector-idle", count = idle)),
            theme::WARN,
        ),
        Span::raw(why),
    ])
}

fn gap(app: &App, id: u32) -> (String, Vec<Line<'static>>) {
    let lang = app.lang();
    let Some(g) = app.gap(id) else {
        return (
            tr!(lang, "inspector-gap-ref", number = id, category = "—"),
            vec![Line::from(tr!(lang, "inspector-no-gap"))],
        );
    };
    let f = |key: &str, value: String| field(&tr!(lang, key), value);
    let none = || "—".to_string();
    let closed = g
        .closed_ms
        .map_or_else(|| tr!(lang, "inspector-still-open"), |t| offset(SimTime(t)));
    let mut lines = vec![
        f("inspector-category", g.category.localized(lang)),
        f("inspector-gap", g.summary.localized(lang)),
        f("inspector-opened", offset(SimTime(g.opened_ms))),
        f("inspector-closed", closed),
        f("inspector-severity", g.severity.localized(lang)),
        f(
            "inspector-function",
            g.function.clone().unwrap_or_else(none),
        ),
        f("inspector-institutions", g.institutions.join(", ")),
        f("inspector-place", g.place.clone().unwrap_or_else(none)),
        f(
            "inspector-request",
            g.request.map_or_else(none, |r| format!("#{r}")),
        ),
        f("inspector-persons-affected", g.persons_affected.to_string()),
        Line::from(Span::styled(tr!(lang, "inspector-evidence"), theme::TITLE)),
    ];
    lines.extend(
        g.evidence
            .iter()
            .map(|e| Line::from(format!("  • {}", e.localized(lang)))),
    );
    if !g.values.is_empty() {
        lines.push(Line::from(Span::styled(
            tr!(lang, "inspector-values"),
            theme::TITLE,
        )));
        lines.extend(
            g.values.iter().map(|(name, v)| {
                Line::from(format!("  {} = {}", value_name(lang, name), number(*v)))
            }),
        );
    }
    lines.push(f("inspector-action", g.action.localized(lang)));
    (
        tr!(
            lang,
            "inspector-gap-ref",
            number = g.id,
            category = g.category.localized(lang)
        ),
        lines,
    )
}

/// A measured value: whole numbers as such, others to two decimals.
fn number(v: f64) -> String {
    if v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        format!("{v:.2}")
    }
}

fn inject(app: &App, i: usize) -> (String, Vec<Line<'static>>) {
    let lang = app.lang();
    let inj = &app.scenario().msel[i];
    let state = match app.delivered().get(&inj.number) {
        Some(at) => tr!(lang, "inspector-inject-delivered", at = offset(*at)),
        None if inj.at <= app.now() => tr!(lang, "inspector-inject-due"),
        None => tr!(lang, "inspector-inject-upcoming"),
    };
    let f = |key: &str, value: String| field(&tr!(lang, key), value);
    let lines = vec![
        f("inspector-due", offset(inj.at)),
        f("inspector-state", state),
        f("inspector-from", inj.from.clone()),
        f("inspector-to", inj.to.join(", ")),
        f("inspector-method", inj.method.clone()),
        f(
            "inspector-synopsis",
            app.inject_text(inj.number).unwrap_or_default(),
        ),
        f("inspector-expected", inj.expected_action.clone()),
        f("inspector-capability", inj.capability.clone()),
        f("inspector-notes", inj.notes.clone()),
    ];
    (format!("MSEL #{}", inj.number), lines)
}

fn request(app: &App, id: u32) -> (String, Vec<Line<'static>>) {
    let lang = app.lang();
    let title = tr!(lang, "inspector-request-title", number = id);
    let Some(q) = app.requests().iter().find(|q| q.id == id) else {
        return (title, vec![Line::from(tr!(lang, "inspector-no-request"))]);
    };
    let now = app.now().millis();
    let state = match (&q.answered, &q.withdrawn) {
        (Some(a), _) => tr!(
            lang,
            "inspector-answered",
            by = a.by.as_str(),
            at = offset(SimTime(a.at_ms)),
            decision = a.decision
        ),
        (None, Some(w)) => tr!(
            lang,
            "inspector-withdrawn",
            at = offset(SimTime(w.at_ms)),
            reason = w.reason.localized(lang)
        ),
        (None, None) if now > q.deadline_ms => tr!(
            lang,
            "inspector-overdue",
            minutes = (now - q.deadline_ms) / 60_000
        ),
        (None, None) => tr!(
            lang,
            "inspector-minutes-left",
            minutes = (q.deadline_ms - now) / 60_000
        ),
    };
    let none = || "—".to_string();
    let to = if q.to.is_empty() {
        tr!(lang, "inspector-nobody-accountable")
    } else {
        q.to.join(", ")
    };
    let f = |key: &str, value: String| field(&tr!(lang, key), value);
    let mut lines = vec![
        f("inspector-asks", q.ask.text().localized(lang)),
        f("inspector-about", q.subject.clone().unwrap_or_else(none)),
        f("inspector-why", q.reason.localized(lang)),
        f(
            "inspector-function",
            q.function.clone().unwrap_or_else(none),
        ),
        f("inspector-asked-of", to),
        f("inspector-raised", offset(SimTime(q.raised_ms))),
        f("inspector-deadline", offset(SimTime(q.deadline_ms))),
        f("inspector-state", state),
    ];
    let gaps: Vec<String> = app
        .snapshot()
        .gaps
        .iter()
        .filter(|g| g.request == Some(id))
        .map(|g| {
            tr!(
                lang,
                "inspector-gap-ref",
                number = g.id,
                category = g.category.localized(lang)
            )
        })
        .collect();
    if !gaps.is_empty() {
        lines.push(f("inspector-gaps", gaps.join(", ")));
    }
    (title, lines)
}

/// A gap's measured value by its name in the catalogue (`gap-value-idle-desks` for
/// `idle_desks`); a name the catalogue lacks as the engine writes it.
fn value_name(lang: crate::i18n::Lang, name: &str) -> String {
    let key = format!("gap-value-{}", name.replace('_', "-"));
    let words = tr!(lang, &key);
    if words == key {
        name.to_string()
    } else {
        words
    }
}
