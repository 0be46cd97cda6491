//! Sparklines of arrivals, queues and people outdoors over the last sampled hours.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::{Block, Sparkline, Widget};

use super::theme;
use crate::console::app::App;
use crate::i18n::Lang;
use crate::time::SimTime;
use crate::tr;
use crate::view::SamplePoint;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let points = &app.series().points;
    // One column per sample, as many as fit.
    let width = area.width.saturating_sub(2) as usize;
    let recent = &points[points.len().saturating_sub(width + 1)..];
    let every = app.scenario().exercise.sample_every;
    let span = SimTime(every.millis() * recent.len().saturating_sub(1) as i64);
    let bcps: Vec<usize> = app.bcp_rows().to_vec();
    let arrivals: Vec<u64> = recent
        .windows(2)
        .map(|w| w[1].arrivals.saturating_sub(w[0].arrivals))
        .collect();
    let queued: Vec<u64> = recent[recent.len().min(1)..]
        .iter()
        .map(|p| queue_total(p, &bcps))
        .collect();
    let outdoors: Vec<u64> = recent[recent.len().min(1)..]
        .iter()
        .map(|p| u64::from(p.outdoors))
        .collect();
    let [a, q, o] = Layout::vertical([Constraint::Fill(1); 3]).areas(area);
    let lang = app.lang();
    let title = if span > SimTime::ZERO {
        tr!(
            lang,
            "sparkline-arrivals-last",
            every = every.to_string(),
            span = span.to_string()
        )
    } else {
        tr!(lang, "sparkline-arrivals", every = every.to_string())
    };
    chart(lang, &title, &arrivals, theme::OK, a, buf);
    chart(
        lang,
        &tr!(lang, "sparkline-queued"),
        &queued,
        theme::WARN,
        q,
        buf,
    );
    chart(
        lang,
        &tr!(lang, "sparkline-outdoors"),
        &outdoors,
        theme::BAD,
        o,
        buf,
    );
}

fn queue_total(p: &SamplePoint, rows: &[usize]) -> u64 {
    rows.iter()
        .map(|&i| u64::from(p.queue.get(i).copied().unwrap_or(0)))
        .sum()
}

fn chart(
    lang: Lang,
    title: &str,
    data: &[u64],
    style: ratatui::style::Style,
    area: Rect,
    buf: &mut Buffer,
) {
    let last = data.last().copied().unwrap_or(0);
    let max = data.iter().copied().max().unwrap_or(0);
    let title = tr!(
        lang,
        "sparkline-title",
        title = title,
        last = last,
        max = max
    );
    Sparkline::default()
        .block(Block::bordered().title(format!(" {title} ")))
        .data(data)
        .style(style)
        .render(area, buf);
}
