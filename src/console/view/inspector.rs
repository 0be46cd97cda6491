//! The inspector: everything known about one place, institution, request, finding or
//! inject.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};

use super::{institutions, offset, theme};
use crate::console::app::{App, Target};
use crate::time::SimTime;

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
        .block(Block::bordered().title(format!(" {title} (Esc closes) ")))
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
    let lines = vec![
        field("id", &p.id),
        field("kind", p.role),
        field("open", if p.open { "yes" } else { "no" }),
        field("arrived", p.arrived),
        field("processed", p.processed),
        field("queue now / max", format!("{} / {}", p.queue, p.max_queue)),
        field("mean queue", format!("{:.1}", p.mean_queue)),
        field(
            "in service",
            format!("{} of {} servers", p.in_service, p.servers),
        ),
        field(
            "wait mean / p95",
            format!("{:.1} / {:.0} min", p.mean_wait_min, p.p95_wait_min),
        ),
        field("processed, last hour", app.throughput(i)),
        field(
            "beds used / cap",
            format!(
                "{} / {} (peak {})",
                p.occupancy, p.capacity, p.peak_occupancy
            ),
        ),
        field("links", links.join(", ")),
    ];
    (p.name.clone(), lines)
}

fn gap(app: &App, id: u32) -> (String, Vec<Line<'static>>) {
    let Some(g) = app.gap(id) else {
        return (format!("gap {id}"), vec![Line::from("no such gap")]);
    };
    let none = || "—".to_string();
    let closed = g
        .closed_ms
        .map_or_else(|| "still open".to_string(), |t| offset(SimTime(t)));
    let mut lines = vec![
        field("category", g.category.label()),
        field("gap", &g.summary),
        field("opened", offset(SimTime(g.opened_ms))),
        field("closed", closed),
        field("severity", g.severity.label()),
        field("function", g.function.clone().unwrap_or_else(none)),
        field("institutions", g.institutions.join(", ")),
        field("place", g.place.clone().unwrap_or_else(none)),
        field("request", g.request.map_or_else(none, |r| format!("#{r}"))),
        field("persons affected", g.persons_affected),
        Line::from(Span::styled("Evidence", theme::TITLE)),
    ];
    lines.extend(g.evidence.iter().map(|e| Line::from(format!("  • {e}"))));
    if !g.values.is_empty() {
        lines.push(Line::from(Span::styled(
            "Values when it opened",
            theme::TITLE,
        )));
        lines.extend(
            g.values
                .iter()
                .map(|(name, v)| Line::from(format!("  {name} = {}", number(*v)))),
        );
    }
    lines.push(field("action", &g.action));
    (format!("gap {} — {}", g.id, g.category.label()), lines)
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
    let inj = &app.scenario().msel[i];
    let state = match app.delivered().get(&inj.number) {
        Some(at) => format!("delivered at {}", offset(*at)),
        None if inj.at <= app.now() => "due, not delivered".to_string(),
        None => "upcoming".to_string(),
    };
    let lines = vec![
        field("due", offset(inj.at)),
        field("state", state),
        field("from", &inj.from),
        field("to", inj.to.join(", ")),
        field("method", &inj.method),
        field("synopsis", &inj.synopsis),
        field("expected action", &inj.expected_action),
        field("capability", &inj.capability),
        field("notes", &inj.notes),
    ];
    (format!("MSEL #{}", inj.number), lines)
}

fn request(app: &App, id: u32) -> (String, Vec<Line<'static>>) {
    let Some(q) = app.requests().iter().find(|q| q.id == id) else {
        return (
            format!("request #{id}"),
            vec![Line::from("no such request")],
        );
    };
    let now = app.now().millis();
    let state = match &q.answered {
        Some(a) => format!(
            "answered by {} at {} (decision #{})",
            a.by,
            offset(SimTime(a.at_ms)),
            a.decision
        ),
        None if now > q.deadline_ms => {
            format!("open, overdue by {} min", (now - q.deadline_ms) / 60_000)
        }
        None => format!("open, {} min left", (q.deadline_ms - now) / 60_000),
    };
    let none = || "—".to_string();
    let to = if q.to.is_empty() {
        "nobody is accountable".to_string()
    } else {
        q.to.join(", ")
    };
    let mut lines = vec![
        field("asks", q.ask.label()),
        field("about", q.subject.clone().unwrap_or_else(none)),
        field("why", &q.reason),
        field("function", q.function.clone().unwrap_or_else(none)),
        field("asked of", to),
        field("raised", offset(SimTime(q.raised_ms))),
        field("deadline", offset(SimTime(q.deadline_ms))),
        field("state", state),
    ];
    let gaps: Vec<String> = app
        .snapshot()
        .gaps
        .iter()
        .filter(|g| g.request == Some(id))
        .map(|g| format!("gap {} ({})", g.id, g.category.label()))
        .collect();
    if !gaps.is_empty() {
        lines.push(field("gaps", gaps.join(", ")));
    }
    (format!("request #{id}"), lines)
}
