//! Institutions: who holds which function (RACI), the requests waiting for each, its recent
//! decisions, and what each was told during the exercise and when.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Row, StatefulWidget, Table, TableState, Widget, Wrap};

use super::{clip, more_rows, name_width, offset, theme};
use crate::console::action::Pane;
use crate::console::app::App;
use crate::i18n::Localized;
use crate::scenario::{Function, RequestKind, Scenario};
use crate::time::SimTime;
use crate::tr;
use crate::view::TaskStatus;

/// The institutions list and the detail of the selected one.
pub fn areas(area: Rect) -> [Rect; 2] {
    Layout::horizontal([Constraint::Fill(2), Constraint::Fill(3)]).areas(area)
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let [list, detail] = areas(area);
    let scenario = app.scenario();
    let roster = app.roster();
    let lang = app.lang();
    let rows = scenario.institutions.iter().map(|inst| {
        let role = roster
            .iter()
            .find(|(id, _)| id == &inst.id)
            .map_or(inst.role, |(_, role)| *role);
        let holds = |pick: fn(&Function) -> &Vec<String>| {
            scenario
                .functions
                .iter()
                .filter(|f| pick(f).contains(&inst.id))
                .count()
                .to_string()
        };
        Row::new(vec![
            clip(&inst.id, name_width(list, &WIDTHS)),
            holds(|f| &f.accountable),
            holds(|f| &f.responsible),
            role.localized(lang),
        ])
    });
    let table = Table::new(
        rows,
        [Constraint::Fill(1)]
            .into_iter()
            .chain(WIDTHS.map(Constraint::Length)),
    )
    .header(
        Row::new(
            [
                "institutions-col-institution",
                "institutions-col-accountable",
                "institutions-col-responsible",
                "institutions-col-role",
            ]
            .map(|k| tr!(lang, k)),
        )
        .style(theme::TITLE),
    )
    .row_highlight_style(theme::SELECTED)
    .block(
        Block::bordered()
            .title(tr!(lang, "institutions-title"))
            .title_bottom(
                more_rows(
                    lang,
                    list,
                    Some(app.selected(Pane::Institutions)),
                    scenario.institutions.len(),
                )
                .unwrap_or_default(),
            ),
    );
    let selected = app.selected(Pane::Institutions);
    let mut state = TableState::default().with_selected(Some(selected));
    StatefulWidget::render(table, list, buf, &mut state);
    if let Some(inst) = scenario.institutions.get(selected) {
        Paragraph::new(detail_lines(app, &inst.id))
            .wrap(Wrap { trim: false })
            .block(Block::bordered().title(format!(" {} ", inst.name)))
            .render(detail, buf);
    }
}

/// Widths of the list's columns after the name: A, R and the role in the exercise.
const WIDTHS: [u16; 3] = [3, 3, 10];

/// Everything the pane and the inspector say about one institution.
pub fn detail_lines(app: &App, id: &str) -> Vec<Line<'static>> {
    let scenario = app.scenario();
    let lang = app.lang();
    let mut out = Vec::new();
    for (letter, label, pick) in RACI {
        let names = functions_where(scenario, id, *pick);
        if !names.is_empty() {
            out.push(Line::from(vec![
                Span::styled(format!("{letter} {}: ", tr!(lang, label)), theme::TITLE),
                Span::raw(names.join(", ")),
            ]));
        }
    }
    let decides: Vec<String> = scenario
        .plan
        .requests
        .iter()
        .filter(|r| {
            scenario
                .functions
                .iter()
                .any(|f| f.id == r.function && f.accountable.iter().any(|a| a == id))
        })
        .map(|r| {
            tr!(
                lang,
                "institutions-request-within",
                request = tr!(lang, request_key(r.request)),
                deadline = r.deadline.to_string()
            )
        })
        .collect();
    if !decides.is_empty() {
        out.push(Line::from(vec![
            Span::styled(tr!(lang, "institutions-decides"), theme::TITLE),
            Span::raw(decides.join(", ")),
        ]));
    }
    pending(app, id, &mut out);
    tasks(app, id, &mut out);
    observed(app, id, &mut out);
    recent_decisions(app, id, &mut out);
    informed_of(app, id, &mut out);
    out
}

/// Most decisions, and most things learnt, listed per institution (the latest).
const RECENT: usize = 8;

/// Requests waiting for this institution's decision, with their age and deadline.
fn pending(app: &App, id: &str, out: &mut Vec<Line<'static>>) {
    let lang = app.lang();
    out.push(Line::from(Span::styled(
        tr!(lang, "institutions-pending"),
        theme::TITLE,
    )));
    let mut any = false;
    for q in app
        .snapshot()
        .open_requests
        .iter()
        .filter(|q| q.to.iter().any(|t| t == id))
    {
        any = true;
        let subject = q
            .subject
            .as_ref()
            .map(|s| format!(" {s}"))
            .unwrap_or_default();
        let (deadline, style) = if q.deadline_in_min < 0.0 {
            (
                tr!(
                    lang,
                    "institutions-overdue",
                    by = minutes(-q.deadline_in_min)
                ),
                theme::BAD,
            )
        } else {
            (
                tr!(
                    lang,
                    "institutions-due-in",
                    left = minutes(q.deadline_in_min)
                ),
                theme::WARN,
            )
        };
        out.push(Line::from(vec![
            Span::raw(tr!(
                lang,
                "institutions-pending-request",
                number = q.id,
                ask = format!("{}{subject}", q.asks.localized(lang)),
                waiting = minutes(q.age_min)
            )),
            Span::styled(deadline, style),
        ]));
    }
    if !any {
        out.push(Line::from(Span::styled(
            tr!(lang, "institutions-none"),
            theme::DIM,
        )));
    }
}

/// The critical tasks that belong to it, with how each stands.
fn tasks(app: &App, id: &str, out: &mut Vec<Line<'static>>) {
    let lang = app.lang();
    let scenario = app.scenario();
    let owned = scenario
        .objectives
        .iter()
        .flat_map(|o| o.tasks.iter())
        .zip(app.tasks())
        .filter(|(task, _)| task.institution.as_deref() == Some(id));
    let mut lines = owned.map(|(task, state)| {
        let style = match state.status {
            TaskStatus::Failed => theme::BAD,
            TaskStatus::AtRisk => theme::WARN,
            TaskStatus::Met => theme::OK,
            TaskStatus::Open | TaskStatus::Evaluators => theme::DIM,
        };
        Line::from(vec![
            Span::styled(format!("{} ", state.status.localized(lang)), style),
            Span::raw(task.text.clone()),
        ])
    });
    if let Some(first) = lines.next() {
        out.push(Line::from(Span::styled(
            tr!(lang, "institutions-tasks"),
            theme::TITLE,
        )));
        out.push(first);
        out.extend(lines);
    }
}

/// The evaluators' observations about it, newest first.
fn observed(app: &App, id: &str, out: &mut Vec<Line<'static>>) {
    let lang = app.lang();
    let about: Vec<Line<'static>> = app
        .observations()
        .iter()
        .rev()
        .filter(|o| o.observation.institution.as_deref() == Some(id))
        .take(RECENT)
        .map(|o| {
            let rating = o
                .observation
                .rating
                .map(|r| format!(" ({})", r.letter()))
                .unwrap_or_default();
            Line::from(vec![
                Span::styled(format!("{} ", SimTime(o.at_ms).t_plus()), theme::DIM),
                Span::raw(format!("{}{rating}", o.observation.text)),
            ])
        })
        .collect();
    if !about.is_empty() {
        out.push(Line::from(Span::styled(
            tr!(lang, "institutions-observations"),
            theme::TITLE,
        )));
        out.extend(about);
    }
}

/// Its latest decisions, newest first.
fn recent_decisions(app: &App, id: &str, out: &mut Vec<Line<'static>>) {
    let lang = app.lang();
    out.push(Line::from(Span::styled(
        tr!(lang, "institutions-recent"),
        theme::TITLE,
    )));
    let mine: Vec<_> = app.decisions().iter().filter(|d| d.by == id).collect();
    for d in mine.iter().rev().take(RECENT) {
        let answers = d
            .answers
            .map(|r| tr!(lang, "institutions-answers", number = r))
            .unwrap_or_default();
        let how = if d.origin.is_simulated() {
            tr!(lang, "institutions-auto")
        } else {
            String::new()
        };
        out.push(Line::from(format!(
            "  {} {}{answers}{how}",
            offset(SimTime(d.at_ms)),
            d.what.localized(lang)
        )));
    }
    if mine.is_empty() {
        out.push(Line::from(Span::styled(
            tr!(lang, "institutions-none-yet"),
            theme::DIM,
        )));
    }
}

/// What it was told, when and by whom, newest first: what it knew, and when.
fn informed_of(app: &App, id: &str, out: &mut Vec<Line<'static>>) {
    let lang = app.lang();
    out.push(Line::from(Span::styled(
        tr!(lang, "institutions-informed-of"),
        theme::TITLE,
    )));
    let told: Vec<_> = app
        .informed()
        .iter()
        .filter(|i| i.institution == id)
        .collect();
    for i in told.iter().rev().take(RECENT) {
        out.push(Line::from(tr!(
            lang,
            "institutions-told",
            at = offset(SimTime(i.at_ms)),
            what = i.what.localized(lang),
            from = i.from.as_str()
        )));
    }
    if told.len() > RECENT {
        out.push(Line::from(Span::styled(
            tr!(lang, "institutions-earlier", count = told.len() - RECENT),
            theme::DIM,
        )));
    }
    if told.is_empty() {
        out.push(Line::from(Span::styled(
            tr!(lang, "institutions-nothing-yet"),
            theme::DIM,
        )));
    }
}

/// A span of minutes as `2h05m` or `40m`.
fn minutes(m: f64) -> String {
    let m = m.max(0.0).round() as i64;
    if m >= 60 {
        format!("{}h{:02}m", m / 60, m % 60)
    } else {
        format!("{m}m")
    }
}

type Pick = fn(&Function) -> &Vec<String>;

/// The letter, the catalogue key of its word, and the list it reads.
const RACI: &[(&str, &str, Pick)] = &[
    ("A", "raci-accountable", |f| &f.accountable),
    ("R", "raci-responsible", |f| &f.responsible),
    ("C", "raci-consulted", |f| &f.consulted),
    ("I", "raci-informed", |f| &f.informed),
];

/// The catalogue key of what a kind of request asks for.
fn request_key(kind: RequestKind) -> &'static str {
    match kind {
        RequestKind::ReceptionApproval => "request-kind-reception-approval",
        RequestKind::Transport => "request-kind-transport",
        RequestKind::TemporarySite => "request-kind-temporary-site",
        RequestKind::Interpreters => "request-kind-interpreters",
        RequestKind::Officers => "request-kind-officers",
    }
}

fn functions_where(scenario: &Scenario, id: &str, pick: Pick) -> Vec<String> {
    scenario
        .functions
        .iter()
        .filter(|f| pick(f).iter().any(|x| x == id))
        .map(|f| f.id.clone())
        .collect()
}
