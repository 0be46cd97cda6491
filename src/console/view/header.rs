//! The header: exercise, simulated date-time and offset, phase, clock, journal.

use jiff::SignedDuration;
use jiff::civil::DateTime;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::{clip, offset, theme};
use crate::console::app::App;
use crate::i18n::Lang;
use crate::tr;
use crate::view::TaskStatus;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let scenario = app.scenario();
    let now = app.now();
    let phase = app
        .phase()
        .map(|p| {
            if p.name.is_empty() {
                p.id.as_str()
            } else {
                p.name.as_str()
            }
        })
        .unwrap_or("—");
    let clock = app.clock();
    let replaying = app.timeline().is_some();
    let lang = app.lang();
    let speed = clock.speed_label(lang);
    let speed = speed.as_str();
    let (state, style) = match (clock.until(), clock.is_running()) {
        (_, false) if replaying => (tr!(lang, "header-replay-paused"), theme::WARN),
        (_, true) if replaying => (tr!(lang, "header-replay", speed = speed), theme::OK),
        (Some(t), _) => (tr!(lang, "header-running-to", at = offset(t)), theme::WARN),
        (None, true) => (tr!(lang, "header-running", speed = speed), theme::OK),
        (None, false) => (tr!(lang, "header-paused", speed = speed), theme::WARN),
    };
    let due = app.due_injects().count();
    let played_count = app
        .roster()
        .iter()
        .filter(|(_, role)| *role == crate::scenario::Role::Played)
        .count();
    let mut first = Line::from(vec![
        Span::styled(scenario.exercise.name.clone(), theme::TITLE),
        Span::raw("  "),
        Span::raw(date_time(lang, &scenario.exercise.start, now.millis())),
        Span::raw("  "),
        Span::styled(offset(now), theme::TITLE),
        Span::styled(format!(" / {}", offset(app.end())), theme::DIM),
    ]);
    // How many institutions people play, when there are some and it fits whole.
    let played = format!("  {}", tr!(lang, "header-played", count = played_count));
    if played_count > 0 && first.width() + played.chars().count() <= usize::from(area.width) {
        first.push_span(Span::styled(played, theme::DIM));
    }
    // The objectives' critical tasks so far, when the scenario has some and it fits whole.
    let tasks = app.tasks();
    let count = |s: TaskStatus| tasks.iter().filter(|t| t.status == s).count();
    let (met, risk, failed) = (
        count(TaskStatus::Met),
        count(TaskStatus::AtRisk),
        count(TaskStatus::Failed),
    );
    let summary = format!(
        "  {}",
        tr!(
            lang,
            "header-tasks",
            met = met,
            risk = risk,
            failed = failed,
            total = tasks.len()
        )
    );
    if !tasks.is_empty() && first.width() + summary.chars().count() <= usize::from(area.width) {
        let style = match (failed, risk) {
            (0, 0) => theme::DIM,
            (0, _) => theme::WARN,
            _ => theme::BAD,
        };
        first.push_span(Span::styled(summary, style));
    }
    // The exercise's wall-clock timer, once play has started, when it fits whole.
    if let Some((text, style)) = timer_label(app) {
        let text = format!("  {text}");
        if first.width() + text.chars().count() <= usize::from(area.width) {
            first.push_span(Span::styled(text, style));
        }
    }
    let mut rest = vec![Span::raw("  "), Span::styled(state, style)];
    if app.is_behind() {
        rest.push(Span::styled(tr!(lang, "header-catching-up"), theme::DIM));
    }
    if due > 0 {
        rest.push(Span::styled(
            tr!(lang, "header-due", count = due),
            theme::BAD,
        ));
    }
    rest.push(Span::raw(tr!(lang, "header-journal")));
    let journal = app
        .journal()
        .map_or_else(|| tr!(lang, "header-no-journal"), str::to_string);
    // The phase name is whole when the line has room for it beside everything but the
    // journal's path, which gives way first; it is cut only below 20 characters.
    let label = tr!(lang, "header-phase");
    let others: usize = rest
        .iter()
        .map(|s| s.content.chars().count())
        .sum::<usize>()
        + label.chars().count()
        + journal.chars().count().min(12);
    let phase_room = usize::from(area.width).saturating_sub(others).max(20);
    let phase = clip(phase, phase_room);
    let path_room = usize::from(area.width)
        .saturating_sub(others - journal.chars().count().min(12) + phase.chars().count());
    let mut second = vec![Span::raw(label), Span::styled(phase, theme::TITLE)];
    second.extend(rest);
    second.push(Span::styled(clip(&journal, path_room.max(12)), theme::DIM));
    Paragraph::new(vec![first, Line::from(second)]).render(area, buf);
}

/// The timer in words: the day and its play time, a break, or the end of a day.
fn timer_label(app: &App) -> Option<(String, ratatui::style::Style)> {
    use crate::console::timer::{Stage, clock_time, span};
    let timer = app.timer();
    let lang = app.lang();
    let now = std::time::SystemTime::now();
    let played = span(timer.played(now));
    match timer.stage() {
        Stage::NotStarted => None,
        Stage::Playing(_) => Some((
            tr!(
                lang,
                "header-timer-playing",
                day = timer.day(),
                played = played
            ),
            theme::DIM,
        )),
        Stage::OnBreak(since) => Some((
            tr!(
                lang,
                "header-timer-break",
                since = clock_time(since),
                played = played
            ),
            theme::WARN,
        )),
        Stage::DayEnded(since) => Some((
            tr!(
                lang,
                "header-timer-day-ended",
                day = timer.day(),
                since = clock_time(since)
            ),
            theme::WARN,
        )),
    }
}

/// The local date and time `ms` after the exercise start (`"YYYY-MM-DDTHH:MM"`), as the
/// reader's language writes a short date (`Sat 24 Oct 06:00`, `Sht 24 Tet 06:00`,
/// `sub 24. okt 06:00`).
fn date_time(lang: Lang, start: &str, ms: i64) -> String {
    DateTime::strptime("%Y-%m-%dT%H:%M", start)
        .ok()
        .and_then(|dt| dt.checked_add(SignedDuration::from_millis(ms)).ok())
        .map(|dt| {
            tr!(
                lang,
                "header-date-time",
                weekday = tr!(
                    lang,
                    "header-weekday",
                    day = dt.weekday().to_monday_one_offset()
                ),
                day = dt.day(),
                month = tr!(lang, "header-month", month = dt.month()),
                time = dt.strftime("%H:%M").to_string()
            )
        })
        .unwrap_or_else(|| "—".to_string())
}
