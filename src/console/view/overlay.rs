//! Pop-ups: the command palette, the command form, the run-until prompt, the quit question.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};

use super::{clip, offset, theme};
use crate::console::app::{App, Overlay};
use crate::console::commands::name_of;
use crate::console::form::{Check, Form, Palette, TimePrompt};
use crate::i18n::Lang;
use crate::scenario::InjectEffect;
use crate::tr;

pub fn render(app: &App, overlay: &Overlay, area: Rect, buf: &mut Buffer) {
    let lang = app.lang();
    let title = |key: &str| format!(" {} ", tr!(lang, key));
    let (title, lines) = match overlay {
        // Inside the border: the filter line and as many rows as fit.
        Overlay::Palette(p) => (
            title("overlay-command"),
            palette(
                lang,
                p,
                (
                    usize::from(area.width * 4 / 5).saturating_sub(2),
                    usize::from(area.height.saturating_sub(3)),
                ),
            ),
        ),
        Overlay::Form(f) => (format!(" {} ", f.spec.name), form(app, f)),
        Overlay::RunUntil(p) => (title("overlay-run-until"), run_until(app, p)),
        Overlay::Retime(i, p) => (title("overlay-retime"), retime(app, *i, p)),
        Overlay::ConfirmQuit => (title("overlay-quit"), quit(app)),
        Overlay::ConfirmDeliver(i) => (title("overlay-deliver"), deliver(app, *i)),
        _ => return,
    };
    // Long lines wrap: count the rows they take (a word carried over may take one more).
    let inner = usize::from((area.width * 4 / 5).saturating_sub(2).max(1));
    let rows: usize = lines
        .iter()
        .map(|l| {
            let width = l.width();
            if width > inner { width / inner + 2 } else { 1 }
        })
        .sum();
    let height = (rows as u16 + 2).min(area.height);
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

fn palette(lang: Lang, p: &Palette, (width, rows): (usize, usize)) -> Vec<Line<'static>> {
    let mut lines = vec![Line::from(vec![Span::raw("› "), input(&p.filter)])];
    let matches = p.matches(lang);
    if matches.is_empty() {
        lines.push(Line::from(Span::styled(
            tr!(lang, "overlay-no-command", filter = &p.filter),
            theme::WARN,
        )));
        return lines;
    }
    let chosen = p.chosen(lang);
    let selected = matches
        .iter()
        .position(|c| Some(c.name) == chosen.map(|c| c.name))
        .unwrap_or(0);
    // The note of the chosen command takes a line when it has one; the list scrolls so the
    // selection stays in sight, and says what lies above and below.
    let note = chosen
        .and_then(|c| c.when)
        .map(|key| wrap_words(&tr!(lang, key), width))
        .unwrap_or_default();
    let room = rows.saturating_sub(note.len()).max(1);
    let (first, shown) = if matches.len() <= room {
        (0, matches.len())
    } else {
        // Two lines say how many are above and below.
        let shown = room.saturating_sub(2).max(1);
        let first = (selected + 1)
            .saturating_sub(shown)
            .min(matches.len() - shown);
        (first, shown)
    };
    let above = first;
    let below = matches.len() - first - shown;
    if above > 0 {
        lines.push(Line::from(Span::styled(
            tr!(lang, "overlay-more-above", count = above),
            theme::DIM,
        )));
    }
    for spec in matches.iter().skip(first).take(shown) {
        let style = if Some(spec.name) == chosen.map(|c| c.name) {
            theme::SELECTED
        } else {
            theme::NORMAL
        };
        let mark = if Some(spec.name) == chosen.map(|c| c.name) {
            "› "
        } else {
            "  "
        };
        lines.push(Line::from(vec![
            Span::styled(format!("{mark}{:<24}", spec.name), style),
            Span::styled(
                clip(&tr!(lang, spec.summary), width.saturating_sub(26)),
                theme::DIM,
            ),
        ]));
    }
    if below > 0 {
        lines.push(Line::from(Span::styled(
            tr!(lang, "overlay-more-below", count = below),
            theme::DIM,
        )));
    }
    lines.extend(
        note.into_iter()
            .map(|line| Line::from(Span::styled(line, theme::WARN))),
    );
    lines
}

/// `text` broken into lines of at most `width` characters, at spaces where it can be.
fn wrap_words(text: &str, width: usize) -> Vec<String> {
    let width = width.max(8);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let needed = line.chars().count() + usize::from(!line.is_empty()) + word.chars().count();
        if needed > width && !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

fn form(app: &App, f: &Form) -> Vec<Line<'static>> {
    let scenario = app.scenario();
    let mut lines = vec![Line::from(Span::styled(
        tr!(app.lang(), f.spec.summary),
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
            Span::styled(format!("{:>10}", tr!(app.lang(), field.label)), name_style),
            Span::raw(" "),
            value,
            verdict,
        ]));
        if focused {
            let completions = f.completions(scenario, i, app.lang());
            if !completions.is_empty() {
                lines.push(Line::from(Span::styled(
                    format!("           {}", tr!(app.lang(), "overlay-tab-cycles")),
                    theme::DIM,
                )));
                for id in completions {
                    let current = f.inputs[i].trim() == id;
                    let name = name_of(scenario, field.kind, &id)
                        .map(|n| format!("  {n}"))
                        .unwrap_or_default();
                    lines.push(Line::from(vec![
                        Span::raw(if current {
                            "         › "
                        } else {
                            "           "
                        }),
                        Span::styled(
                            id,
                            if current {
                                theme::SELECTED
                            } else {
                                theme::STATUS
                            },
                        ),
                        Span::styled(name, theme::DIM),
                    ]));
                }
            } else {
                lines.push(Line::from(Span::styled(
                    format!("           {}", tr!(app.lang(), field.help)),
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
    let start = &app.scenario().exercise.start;
    let verdict = match p.check((start, app.now(), app.end()), lang) {
        Ok(t) => Span::styled(tr!(lang, "overlay-runs-to", at = offset(t)), theme::OK),
        Err(_) if p.text.is_empty() => Span::styled(tr!(lang, "overlay-time-hint"), theme::DIM),
        Err(why) => Span::styled(format!("✗ {why}"), theme::BAD),
    };
    vec![
        Line::from(vec![Span::raw("› "), input(&p.text)]),
        Line::from(verdict),
        Line::from(Span::styled(tr!(lang, "overlay-run-keys"), theme::DIM)),
    ]
}

fn retime(app: &App, i: usize, p: &TimePrompt) -> Vec<Line<'static>> {
    let lang = app.lang();
    let Some(inject) = app.scenario().msel.get(i) else {
        return Vec::new();
    };
    let start = &app.scenario().exercise.start;
    let verdict = match p.check((start, app.now(), app.end()), lang) {
        Ok(t) => Span::styled(tr!(lang, "overlay-retimes-to", at = offset(t)), theme::OK),
        Err(_) if p.text.is_empty() => Span::styled(tr!(lang, "overlay-time-hint"), theme::DIM),
        Err(why) => Span::styled(format!("✗ {why}"), theme::BAD),
    };
    vec![
        Line::from(Span::styled(
            tr!(
                lang,
                "overlay-retime-which",
                number = inject.number,
                at = offset(inject.at)
            ),
            theme::TITLE,
        )),
        Line::from(inject.synopsis.clone()),
        Line::from(vec![Span::raw("› "), input(&p.text)]),
        Line::from(verdict),
        Line::from(Span::styled(tr!(lang, "overlay-retime-keys"), theme::DIM)),
    ]
}

fn deliver(app: &App, i: usize) -> Vec<Line<'static>> {
    let lang = app.lang();
    let Some(inject) = app.scenario().msel.get(i) else {
        return Vec::new();
    };
    let mut lines = vec![
        Line::from(Span::styled(
            tr!(
                lang,
                "overlay-deliver-which",
                number = inject.number,
                to = inject.to.join(", ")
            ),
            theme::TITLE,
        )),
        Line::from(inject.synopsis.clone()),
    ];
    let effect = match &inject.effect {
        Some(effect) => Span::styled(
            tr!(
                lang,
                "overlay-deliver-effect",
                effect = effect_words(lang, effect)
            ),
            theme::WARN,
        ),
        None => Span::raw(tr!(lang, "overlay-deliver-informs")),
    };
    lines.push(Line::from(vec![Span::raw("▸ "), effect]));
    lines.push(Line::from(Span::styled(
        tr!(lang, "overlay-deliver-keys"),
        theme::DIM,
    )));
    lines
}

/// What an inject does to the model, in words.
pub fn effect_words(lang: Lang, effect: &InjectEffect) -> String {
    match effect {
        InjectEffect::Surge {
            entry,
            people,
            over,
            nationality,
        } => tr!(
            lang,
            "effect-surge",
            people = *people,
            entry = entry.as_str(),
            over = over.to_string(),
            nationality = nationality.as_deref().unwrap_or("any")
        ),
        InjectEffect::CloseBorder { country } => {
            tr!(lang, "effect-close-border", country = country.as_str())
        }
        InjectEffect::OpenBorder { country } => {
            tr!(lang, "effect-open-border", country = country.as_str())
        }
        InjectEffect::CloseBcp { bcp } => tr!(lang, "effect-close-bcp", bcp = bcp.as_str()),
        InjectEffect::OpenBcp { bcp } => tr!(lang, "effect-open-bcp", bcp = bcp.as_str()),
        InjectEffect::SiteIncident {
            site,
            beds_lost,
            disease_case,
        } => tr!(
            lang,
            "effect-site-incident",
            site = site.as_str(),
            beds = *beds_lost,
            isolated = if *disease_case { "yes" } else { "no" }
        ),
        InjectEffect::InterpreterShortage {
            language,
            interpreters,
        } => tr!(
            lang,
            "effect-interpreter-shortage",
            count = *interpreters,
            language = language.as_str()
        ),
        InjectEffect::OfficerShortage { bcp, officers } => tr!(
            lang,
            "effect-officer-shortage",
            count = *officers,
            bcp = bcp.as_str()
        ),
        InjectEffect::TransportBreakdown { fleet, buses } => tr!(
            lang,
            "effect-transport-breakdown",
            count = *buses,
            fleet = fleet.as_str()
        ),
        InjectEffect::Message { to, .. } => {
            tr!(lang, "effect-message", count = to.len(), to = to.join(", "))
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(selected: usize, rows: usize) -> String {
        let p = Palette {
            filter: String::new(),
            selected,
        };
        palette(Lang::En, &p, (60, rows))
            .iter()
            .map(|l| l.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn the_palette_list_scrolls_to_keep_the_selection_in_sight() {
        let last = crate::console::commands::COMMANDS.len() - 1;
        let top = shown(0, 8);
        assert!(top.contains("› close-bcp") && top.contains("more"), "{top}");
        assert!(!top.contains('↑'), "{top}");
        let bottom = shown(last, 8);
        let name = crate::console::commands::COMMANDS[last].name;
        assert!(bottom.contains(&format!("› {name}")), "{bottom}");
        assert!(bottom.contains('↑') && !bottom.contains('↓'), "{bottom}");
        assert!(!bottom.contains("close-bcp"), "{bottom}");
        assert!(bottom.lines().count() <= 9, "{bottom}");
        let middle = shown(7, 8);
        assert!(middle.contains("› declare-phase"), "{middle}");
        assert!(middle.contains('↑') && middle.contains('↓'), "{middle}");
    }
}
