//! Institutions: who holds which function (RACI), which requests each decides, and what
//! each was told during the exercise and when.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Row, StatefulWidget, Table, TableState, Widget, Wrap};

use super::{clip, offset, theme};
use crate::console::action::Pane;
use crate::console::app::App;
use crate::scenario::{Function, Scenario};

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let [list, detail] = Layout::horizontal([Constraint::Fill(2), Constraint::Fill(3)]).areas(area);
    let scenario = app.scenario();
    let rows = scenario.institutions.iter().map(|inst| {
        let holds = |pick: fn(&Function) -> &Vec<String>| {
            scenario
                .functions
                .iter()
                .filter(|f| pick(f).contains(&inst.id))
                .count()
                .to_string()
        };
        Row::new(vec![
            clip(&inst.id, 12),
            holds(|f| &f.accountable),
            holds(|f| &f.responsible),
            if inst.played { "played" } else { "auto" }.to_string(),
        ])
    });
    let table = Table::new(
        rows,
        [
            Constraint::Fill(1),
            Constraint::Length(3),
            Constraint::Length(3),
            Constraint::Length(6),
        ],
    )
    .header(Row::new(["institution", "A", "R", "by"]).style(theme::TITLE))
    .row_highlight_style(theme::SELECTED)
    .block(Block::bordered().title(" Institutions "));
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

/// Everything the pane and the inspector say about one institution.
pub fn detail_lines(app: &App, id: &str) -> Vec<Line<'static>> {
    let scenario = app.scenario();
    let mut out = Vec::new();
    for (letter, label, pick) in RACI {
        let names = functions_where(scenario, id, *pick);
        if !names.is_empty() {
            out.push(Line::from(vec![
                Span::styled(format!("{letter} {label}: "), theme::TITLE),
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
        .map(|r| format!("{:?} within {}", r.request, r.deadline))
        .collect();
    if !decides.is_empty() {
        out.push(Line::from(vec![
            Span::styled("Decides requests: ", theme::TITLE),
            Span::raw(decides.join(", ")),
        ]));
    }
    // Live requests with their age and deadline come from the engine's coordination model
    // (issue 4); until it reports them the pane says so rather than showing none.
    out.push(Line::from(Span::styled(
        "Pending requests: not reported by this engine version",
        theme::DIM,
    )));
    out.push(Line::from(Span::styled("Informed of:", theme::TITLE)));
    let mut told = 0;
    for inject in &scenario.msel {
        if let (true, Some(at)) = (
            inject.to.iter().any(|t| t == id),
            app.delivered().get(&inject.number),
        ) {
            told += 1;
            out.push(Line::from(format!(
                "  {} MSEL #{} {}",
                offset(*at),
                inject.number,
                inject.synopsis
            )));
        }
    }
    if told == 0 {
        out.push(Line::from(Span::styled("  nothing yet", theme::DIM)));
    }
    out
}

type Pick = fn(&Function) -> &Vec<String>;

const RACI: &[(&str, &str, Pick)] = &[
    ("A", "accountable", |f| &f.accountable),
    ("R", "responsible", |f| &f.responsible),
    ("C", "consulted", |f| &f.consulted),
    ("I", "informed", |f| &f.informed),
];

fn functions_where(scenario: &Scenario, id: &str, pick: Pick) -> Vec<String> {
    scenario
        .functions
        .iter()
        .filter(|f| pick(f).iter().any(|x| x == id))
        .map(|f| f.id.clone())
        .collect()
}
