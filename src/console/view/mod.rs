//! Drawing: `impl Widget for &App`. Views read the app's state and never change it.

mod gaps;
mod header;
mod help;
mod hit;
mod inspector;
mod institutions;
mod messages;
mod msel;
mod network;
mod overlay;
mod search;
mod seats;
mod situation;
mod sparklines;
pub mod theme;
mod timeline;

pub use hit::{Hit, hit};
pub use overlay::effect_words;
pub use theme::{Theme, UnknownTheme};

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Tabs, Widget, Wrap};

use super::action::Pane;
use super::app::{App, Overlay};
use super::keymap;
use crate::i18n::Lang;
use crate::time::SimTime;
use crate::tr;

/// Smallest terminal the console draws into.
pub const MIN_WIDTH: u16 = 80;
/// Smallest terminal height.
pub const MIN_HEIGHT: u16 = 24;

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            too_small(self.lang(), area, buf);
            self.theme().apply(area, buf);
            return;
        }
        let Regions {
            head,
            tabs,
            timeline,
            body,
            foot,
        } = regions(self, area);
        header::render(self, head, buf);
        tab_bar(self, tabs, buf);
        if let (Some(line), Some(recording)) = (timeline, self.timeline()) {
            timeline::render(self, recording, line, buf);
        }
        match self.pane() {
            Pane::Situation => situation::render(self, body, buf),
            Pane::Network => network::render(self, body, buf),
            Pane::Institutions => institutions::render(self, body, buf),
            Pane::Gaps => gaps::render(self, body, buf),
            Pane::Msel => msel::render(self, body, buf),
        }
        footer(self, foot, buf);
        match self.overlay() {
            Overlay::None => {}
            Overlay::Help(scroll) => help::render(*scroll, self.lang(), area, buf),
            Overlay::Messages(scroll) => messages::render(self, *scroll, body, buf),
            Overlay::Inspector(target) => inspector::render(self, *target, body, buf),
            Overlay::Search(found) => search::render(self, found, body, buf),
            Overlay::Seats => seats::render(self, body, buf),
            other => overlay::render(self, other, body, buf),
        }
        self.theme().apply(area, buf);
    }
}

/// Where the parts of the screen go.
pub(crate) struct Regions {
    head: Rect,
    tabs: Rect,
    /// The replay timeline, in a replay.
    timeline: Option<Rect>,
    body: Rect,
    foot: Rect,
}

pub(crate) fn regions(app: &App, area: Rect) -> Regions {
    let timeline_height = if app.timeline().is_some() { 2 } else { 0 };
    let [head, tabs, timeline, body, foot] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Length(1),
        Constraint::Length(timeline_height),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(area);
    Regions {
        head,
        tabs,
        timeline: (timeline_height > 0).then_some(timeline),
        body,
        foot,
    }
}

fn too_small(lang: Lang, area: Rect, buf: &mut Buffer) {
    let text = vec![
        Line::from(tr!(lang, "console-too-small")),
        Line::from(tr!(
            lang,
            "console-too-small-size",
            min_width = MIN_WIDTH,
            min_height = MIN_HEIGHT,
            width = area.width,
            height = area.height
        )),
        Line::from(tr!(lang, "console-too-small-hint")),
    ];
    Paragraph::new(text)
        .style(theme::WARN)
        .wrap(Wrap { trim: true })
        .render(area, buf);
}

/// The tab bar's titles, as drawn.
fn tab_titles(lang: Lang) -> impl Iterator<Item = String> {
    Pane::ALL
        .iter()
        .enumerate()
        .map(move |(i, p)| format!("{} {}", i + 1, tr!(lang, p.title())))
}

fn tab_bar(app: &App, area: Rect, buf: &mut Buffer) {
    Tabs::new(tab_titles(app.lang()))
        .select(app.pane().index())
        .highlight_style(theme::SELECTED)
        .divider("│")
        .render(area, buf);
}

/// The status line, and the hinted keys of the key table for the current mode. The message
/// comes first: when it and the hints do not fit, the hints shrink to `? help`; a message
/// longer than the line is cut with `…` and the footer says `m` opens the message log.
fn footer(app: &App, area: Rect, buf: &mut Buffer) {
    let lang = app.lang();
    let (status, hints) = footer_text(app.status(), lang, app.timeline().is_some(), area.width);
    let [left, right] = Layout::horizontal([
        Constraint::Fill(1),
        Constraint::Length(hints.chars().count() as u16),
    ])
    .areas(area);
    Line::from(Span::styled(status, theme::STATUS)).render(left, buf);
    Line::from(Span::styled(hints, theme::DIM)).render(right, buf);
}

/// What the footer shows in `width` columns: the message (cut only when it cannot fit even
/// beside the shortest hint) and the hints that fit beside it.
pub fn footer_text(status: &str, lang: Lang, replaying: bool, width: u16) -> (String, String) {
    let width = usize::from(width);
    let full: Vec<String> = keymap::hints(replaying)
        .map(|(key, word)| format!("{} {}", keymap::key_name(lang, key), tr!(lang, word)))
        .collect();
    let full = format!(" {}", full.join(" · "));
    let length = status.chars().count();
    if length + full.chars().count() <= width {
        return (status.to_string(), full);
    }
    let help = format!(" ? {}", tr!(lang, "hint-help"));
    if length + help.chars().count() <= width {
        return (status.to_string(), help);
    }
    let more = format!(" m {}", tr!(lang, "hint-messages"));
    let room = width.saturating_sub(more.chars().count());
    (clip(status, room), more)
}

/// `T+1d 02:15`: the offset from the exercise start, to the minute.
pub fn offset(t: SimTime) -> String {
    let mins = t.millis().max(0) / 60_000;
    format!(
        "T+{}d {:02}:{:02}",
        mins / 1_440,
        mins % 1_440 / 60,
        mins % 60
    )
}

/// What a bordered table with a one-line header in `area` leaves out of `len` rows, once
/// scrolled to show `selected` the way a fresh `TableState` does: "+N more" above and below,
/// for the table's bottom border (`None` when every row shows).
pub(crate) fn more_rows(
    lang: Lang,
    area: Rect,
    selected: Option<usize>,
    len: usize,
) -> Option<Line<'static>> {
    let visible = usize::from(area.height.saturating_sub(3));
    if len <= visible {
        return None;
    }
    let above = match selected {
        Some(s) if s >= visible => s + 1 - visible,
        _ => 0,
    };
    let below = len - above - visible.min(len - above);
    let mut parts = Vec::new();
    if above > 0 {
        parts.push(tr!(lang, "list-more-above", count = above));
    }
    if below > 0 {
        parts.push(tr!(lang, "list-more-below", count = below));
    }
    Some(Line::from(Span::styled(
        format!(" {} ", parts.join(" · ")),
        theme::WARN,
    )))
}

/// The width left for a table's first (name) column in `area`, bordered, beside columns of
/// these widths (one blank between columns).
pub(crate) fn name_width(area: Rect, others: &[u16]) -> usize {
    let taken: u16 = others.iter().sum::<u16>() + others.len() as u16 + 2;
    usize::from(area.width.saturating_sub(taken))
}

/// Cuts `text` to `width` characters, marking the cut with `…`.
pub fn clip(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        text.to_string()
    } else {
        let mut out: String = text.chars().take(width.saturating_sub(1)).collect();
        out.push('…');
        out
    }
}
