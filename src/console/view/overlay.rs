//! Pop-ups: the command palette, the command form, the run-until prompt, the quit question.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};

use super::{offset, theme};
use crate::console::app::{App, Overlay};
use crate::console::form::{Check, Form, Palette, TimePrompt};
use crate::i18n::Lang;
use crate::tr;

pub fn render(app: &App, overlay: &Overlay, area: Rect, buf: &mut Buffer) {
    let lang = app.lang();
    let title = |key: &str| format!(" {} ", tr!(lang, key));
    let (title, lines) = match overlay {
        Overlay::Palette(p) => (title("overlay-command"), palette(lang, p)),
        Overlay::Form(f) => (format!(" {} ", f.spec.name), form(app, f)),
        Overlay::RunUntil(p) => (title("overlay-run-until"), run_until(app, p)),
        Overlay::ConfirmQuit => (title("overlay-quit"), quit(app)),
        _ => return,
    };
    let height = (lines.len() as u16 + 2).min(area.height);
    let [popup] = Layout::vertical([Constraint::Length(height)])
        .flex(Flex::Center)
        .areas(area);
    let [popup] = Layout::horizontal([Constraint::Percentage(80)])
        .flex(Flex::Center)
        .areas(popup);
    Clear.render(popup, buf);
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .block(Block::bordered().title(title).border_style(theme::STATUS))
        .render(popup, buf);
}

fn input(text: &str) -> Span<'static> {
    Span::styled(format!("{text}▏"), theme::TITLE)
}

fn palette(lang: Lang, p: &Palette) -> Vec<Line<'static>> {
    let mut lines = vec![Line::from(vec![Span::raw("› "), input(&p.filter)])];
    let matches = p.matches();
    if matches.is_empty() {
        lines.push(Line::from(Span::styled(
            tr!(lang, "overlay-no-command", filter = &p.filter),
            theme::WARN,
        )));
    }
    let chosen = p.chosen().map(|c| c.name);
    for spec in matches {
        let style = if Some(spec.name) == chosen {
            theme::SELECTED
        } else {
            theme::NORMAL
        };
        lines.push(Line::from(vec![
            Span::styled(format!("{:<24}", spec.name), style),
            Span::styled(spec.summary.to_string(), theme::DIM),
        ]));
    }
    lines
}

fn form(app: &App, f: &Form) -> Vec<Line<'static>> {
    let scenario = app.scenario();
    let mut lines = vec![Line::from(Span::styled(
        f.spec.summary.to_string(),
        theme::DIM,
    ))];
    for (i, field) in f.spec.fields.iter().enumerate() {
        let focused = i == f.focus;
        let name_style = if focused {
            theme::SELECTED
        } else {
            theme::TITLE
        };
        let verdict = match f.check(scenario, i, app.lang()) {
            Check::Valid(_) => Span::styled("  ✓".to_string(), theme::OK),
            Check::Invalid(why) => Span::styled(format!("  ✗ {why}"), theme::BAD),
        };
        let value = if focused {
            input(&f.inputs[i])
        } else {
            Span::raw(f.inputs[i].clone())
        };
        lines.push(Line::from(vec![
            Span::styled(format!("{:>10}", field.name), name_style),
            Span::raw(" "),
            value,
            verdict,
        ]));
        if focused {
            let completions = f.completions(scenario, i);
            if !completions.is_empty() {
                lines.push(Line::from(vec![
                    Span::styled("           Tab: ", theme::DIM),
                    Span::styled(completions.join("  "), theme::STATUS),
                ]));
            } else {
                lines.push(Line::from(Span::styled(
                    format!("           {}", field.help),
                    theme::DIM,
                )));
            }
        }
    }
    if f.spec.fields.is_empty() {
        lines.push(Line::from(tr!(app.lang(), "overlay-no-fields")));
    }
    lines.push(Line::from(Span::styled(
        tr!(app.lang(), "overlay-form-keys"),
        theme::DIM,
    )));
    lines
}

fn run_until(app: &App, p: &TimePrompt) -> Vec<Line<'static>> {
    let lang = app.lang();
    let verdict = match p.check(app.now(), app.end(), lang) {
        Ok(t) => Span::styled(tr!(lang, "overlay-runs-to", at = offset(t)), theme::OK),
        Err(_) if p.text.is_empty() => Span::styled(tr!(lang, "overlay-time-hint"), theme::DIM),
        Err(why) => Span::styled(format!("✗ {why}"), theme::BAD),
    };
    vec![
        Line::from(vec![Span::raw("T+ "), input(&p.text)]),
        Line::from(verdict),
        Line::from(Span::styled(tr!(lang, "overlay-run-keys"), theme::DIM)),
    ]
}

fn quit(app: &App) -> Vec<Line<'static>> {
    let lang = app.lang();
    let journal = match app.journal() {
        Some(file) => tr!(lang, "overlay-quit-journal", file = file),
        None => tr!(lang, "overlay-quit-no-journal"),
    };
    vec![
        Line::from(Span::styled(
            tr!(lang, "overlay-quit-question"),
            theme::TITLE,
        )),
        Line::from(journal),
        Line::from(Span::styled(tr!(lang, "overlay-quit-keys"), theme::DIM)),
    ]
}
