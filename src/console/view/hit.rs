//! What is under the mouse: the same layout the drawing uses, read backwards.

use ratatui::layout::{Position, Rect};

use super::{MIN_HEIGHT, MIN_WIDTH, institutions, regions, situation, tab_titles};
use crate::console::action::Pane;
use crate::console::app::App;
use crate::i18n::Lang;

/// Something a click can select.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hit {
    /// A tab of the tab bar.
    Tab(Pane),
    /// A row of a pane's list (the pane's own row numbering).
    Row(Pane, usize),
}

/// What lies at column `x`, row `y` of a `screen` drawn from `app`.
pub fn hit(app: &App, screen: Rect, x: u16, y: u16) -> Option<Hit> {
    if screen.width < MIN_WIDTH || screen.height < MIN_HEIGHT {
        return None;
    }
    let at = Position { x, y };
    let parts = regions(app, screen);
    if parts.tabs.contains(at) {
        return tab_at(app.lang(), parts.tabs, x).map(Hit::Tab);
    }
    if !parts.body.contains(at) {
        return None;
    }
    let pane = app.pane();
    let selected = app.selected(pane);
    match pane {
        Pane::Situation => {
            let [_, bcps, sites, _] = situation::areas(app, parts.body);
            let crossings = app.bcp_rows().len();
            let in_bcps = (selected < crossings).then_some(selected);
            let in_sites = selected.checked_sub(crossings);
            let sites_len = app.site_rows().len();
            table_row(bcps, y, in_bcps, crossings)
                .or_else(|| table_row(sites, y, in_sites, sites_len).map(|r| r + crossings))
                .map(|row| Hit::Row(pane, row))
        }
        Pane::Institutions => {
            let [list, _] = institutions::areas(parts.body);
            let len = app.row_count(pane);
            list.contains(at)
                .then(|| table_row(list, y, Some(selected), len))
                .flatten()
                .map(|row| Hit::Row(pane, row))
        }
        Pane::Gaps | Pane::Msel => {
            table_row(parts.body, y, Some(selected), app.row_count(pane)).map(|r| Hit::Row(pane, r))
        }
        // The network is a drawing, not a list: a click there selects nothing.
        Pane::Network => None,
    }
}

/// The tab whose title (or padding) covers column `x`: ` 1 Situation │ 2 Network │ …`.
fn tab_at(lang: Lang, bar: Rect, x: u16) -> Option<Pane> {
    let mut left = bar.x;
    for (pane, title) in Pane::ALL.iter().zip(tab_titles(lang)) {
        let right = left + title.chars().count() as u16 + 2;
        if (left..right).contains(&x) {
            return Some(*pane);
        }
        left = right + 1;
    }
    None
}

/// The row of a bordered table with a one-line header at line `y`, when a fresh
/// `TableState` with `selected` scrolled it the way ratatui does (just enough to show the
/// selection).
fn table_row(table: Rect, y: u16, selected: Option<usize>, len: usize) -> Option<usize> {
    let first = table.y + 2;
    let visible = table.height.saturating_sub(3) as usize;
    if y < first || y >= table.bottom().saturating_sub(1) || visible == 0 {
        return None;
    }
    let offset = match selected {
        Some(s) if s >= visible => s + 1 - visible,
        _ => 0,
    };
    let row = offset + (y - first) as usize;
    (row < len).then_some(row)
}
