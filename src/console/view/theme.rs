//! Colours and emphasis, in one place so the console reads the same everywhere.
//!
//! Views draw with the styles below (the canonical palette); a `Theme` then recolours the
//! drawn buffer for the terminal or the projector in the room: the dark theme, a light one,
//! a high-contrast one and a plain 16-colour one. Meaning never rests on colour alone: a
//! coloured value carries a mark or a word beside it (`▲` near a limit, `✗` over it).

use std::str::FromStr;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};

/// Ordinary text.
pub const NORMAL: Style = Style::new();
/// Secondary text.
pub const DIM: Style = Style::new().fg(Color::DarkGray);
/// Titles and headings.
pub const TITLE: Style = Style::new().add_modifier(Modifier::BOLD);
/// The selected row or tab.
pub const SELECTED: Style = Style::new()
    .fg(Color::Black)
    .bg(Color::Cyan)
    .add_modifier(Modifier::BOLD);
/// Within limits, running, accepted.
pub const OK: Style = Style::new().fg(Color::Green);
/// Near a limit, or waiting for someone.
pub const WARN: Style = Style::new().fg(Color::Yellow);
/// Over a limit.
pub const BAD: Style = Style::new().fg(Color::Red).add_modifier(Modifier::BOLD);
/// The status line.
pub const STATUS: Style = Style::new().fg(Color::Cyan);

/// Style and mark for a load (queue against its limit, beds against capacity): plain below
/// 75 %, `▲` and the warning colour from 75 %, `✗` and the alarm colour from 100 %.
pub fn load(used: f64, limit: f64) -> (Style, &'static str) {
    if limit <= 0.0 {
        if used > 0.0 {
            (WARN, "▲")
        } else {
            (NORMAL, "")
        }
    } else if used >= limit {
        (BAD, "✗")
    } else if used >= 0.75 * limit {
        (WARN, "▲")
    } else {
        (NORMAL, "")
    }
}

/// How the console is coloured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Light text on a dark terminal, in 256 colours.
    #[default]
    Dark,
    /// Dark text on a white background, for bright rooms.
    Light,
    /// White and bright colours on black, for projectors.
    HighContrast,
    /// The 16 named colours only, for plain terminals.
    Sixteen,
}

/// A theme name that is not one of them.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown theme `{0}`: dark, light, high-contrast or 16")]
pub struct UnknownTheme(pub String);

impl FromStr for Theme {
    type Err = UnknownTheme;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Theme::ALL
            .into_iter()
            .find(|t| t.id() == s)
            .ok_or_else(|| UnknownTheme(s.to_string()))
    }
}

impl Theme {
    /// Every theme, in the order the theme key cycles through them.
    pub const ALL: [Theme; 4] = [
        Theme::Dark,
        Theme::Light,
        Theme::HighContrast,
        Theme::Sixteen,
    ];

    /// The name `--theme` takes.
    pub fn id(self) -> &'static str {
        match self {
            Theme::Dark => "dark",
            Theme::Light => "light",
            Theme::HighContrast => "high-contrast",
            Theme::Sixteen => "16",
        }
    }

    /// The catalogue key of its name, as the console tells the room which theme it shows.
    pub fn key(self) -> &'static str {
        match self {
            Theme::Dark => "theme-dark",
            Theme::Light => "theme-light",
            Theme::HighContrast => "theme-high-contrast",
            Theme::Sixteen => "theme-sixteen",
        }
    }

    /// The next theme (the theme key).
    pub fn next(self) -> Theme {
        let at = Theme::ALL.iter().position(|t| *t == self).unwrap_or(0);
        Theme::ALL[(at + 1) % Theme::ALL.len()]
    }

    /// The lowest contrast ratio (WCAG) between a character and its background the theme
    /// promises: 3 for the dark and 16-colour themes (bold alarms), 4.5 for the light one,
    /// 7 for the projector.
    pub fn min_contrast(self) -> f64 {
        match self {
            Theme::Dark | Theme::Sixteen => 3.0,
            Theme::Light => 4.5,
            Theme::HighContrast => 7.0,
        }
    }

    /// The colours that carry a meaning (ok, warning, alarm) in this theme.
    pub fn signal_colors(self) -> [Color; 3] {
        [
            self.color(Color::Green),
            self.color(Color::Yellow),
            self.color(Color::Red),
        ]
    }

    /// What the terminal's own foreground and background are taken to be.
    fn defaults(self) -> (Color, Color) {
        match self {
            Theme::Dark | Theme::Sixteen | Theme::HighContrast => {
                (Color::Rgb(229, 229, 229), Color::Rgb(0, 0, 0))
            }
            Theme::Light => (Color::Rgb(0, 0, 0), Color::Rgb(255, 255, 255)),
        }
    }

    /// The theme's colour for a colour of the canonical palette.
    fn color(self, canonical: Color) -> Color {
        match (self, canonical) {
            (Theme::Sixteen, c) => c,
            (Theme::Dark, Color::DarkGray) => Color::Indexed(246),
            (Theme::Dark, Color::Cyan) => Color::Indexed(81),
            (Theme::Dark, Color::Green) => Color::Indexed(78),
            (Theme::Dark, Color::Yellow) => Color::Indexed(220),
            (Theme::Dark, Color::Red) => Color::Indexed(203),
            (Theme::Light, Color::Reset) => Color::Rgb(0, 0, 0),
            (Theme::Light, Color::DarkGray) => Color::Rgb(85, 85, 85),
            (Theme::Light, Color::Cyan) => Color::Rgb(0, 84, 140),
            (Theme::Light, Color::Green) => Color::Rgb(0, 105, 0),
            (Theme::Light, Color::Yellow) => Color::Rgb(138, 76, 0),
            (Theme::Light, Color::Red) => Color::Rgb(178, 0, 0),
            (Theme::HighContrast, Color::Reset) => Color::White,
            (Theme::HighContrast, Color::DarkGray) => Color::Rgb(200, 200, 200),
            (Theme::HighContrast, Color::Cyan) => Color::Rgb(120, 230, 255),
            (Theme::HighContrast, Color::Green) => Color::Rgb(110, 255, 110),
            (Theme::HighContrast, Color::Yellow) => Color::Rgb(255, 240, 80),
            (Theme::HighContrast, Color::Red) => Color::Rgb(255, 130, 130),
            (_, c) => c,
        }
    }

    /// Recolours what was drawn in `area` of `buf` with the canonical palette.
    pub fn apply(self, area: Rect, buf: &mut Buffer) {
        if self == Theme::Sixteen {
            return;
        }
        let (_, background) = self.defaults();
        for y in area.top()..area.bottom() {
            for x in area.left()..area.right() {
                let cell = &mut buf[(x, y)];
                if cell.bg == Color::Cyan {
                    // The selection: the theme's accent behind its own background colour.
                    cell.fg = match self {
                        Theme::Light => Color::Rgb(255, 255, 255),
                        Theme::Dark | Theme::HighContrast | Theme::Sixteen => Color::Black,
                    };
                    cell.bg = self.color(Color::Cyan);
                    continue;
                }
                cell.fg = self.color(cell.fg);
                cell.bg = match (self, cell.bg) {
                    (Theme::Light | Theme::HighContrast, Color::Reset) => background,
                    (_, bg) => self.color(bg),
                };
            }
        }
    }

    /// The red, green and blue a colour shows as, taking the terminal's own colours (for
    /// `Reset`) as the theme supposes them: for contrast checks.
    pub fn rgb(self, color: Color, background: bool) -> (u8, u8, u8) {
        let (fg, bg) = self.defaults();
        match color {
            Color::Reset if background => self.rgb(bg, true),
            Color::Reset => self.rgb(fg, false),
            Color::Rgb(r, g, b) => (r, g, b),
            Color::Indexed(i) => indexed(i),
            Color::Black => (0, 0, 0),
            Color::Red => (205, 0, 0),
            Color::Green => (0, 205, 0),
            Color::Yellow => (205, 205, 0),
            Color::Blue => (0, 0, 238),
            Color::Magenta => (205, 0, 205),
            Color::Cyan => (0, 205, 205),
            Color::Gray => (229, 229, 229),
            Color::DarkGray => (127, 127, 127),
            Color::LightRed => (255, 0, 0),
            Color::LightGreen => (0, 255, 0),
            Color::LightYellow => (255, 255, 0),
            Color::LightBlue => (92, 92, 255),
            Color::LightMagenta => (255, 0, 255),
            Color::LightCyan => (0, 255, 255),
            Color::White => (255, 255, 255),
        }
    }
}

/// The xterm colour of a 256-colour index.
fn indexed(i: u8) -> (u8, u8, u8) {
    const LEVELS: [u8; 6] = [0, 95, 135, 175, 215, 255];
    match i {
        0..=15 => Theme::Sixteen.rgb(NAMED[usize::from(i)], false),
        16..=231 => {
            let n = usize::from(i - 16);
            (LEVELS[n / 36], LEVELS[n / 6 % 6], LEVELS[n % 6])
        }
        232..=255 => {
            let v = 8 + 10 * (i - 232);
            (v, v, v)
        }
    }
}

const NAMED: [Color; 16] = [
    Color::Black,
    Color::Red,
    Color::Green,
    Color::Yellow,
    Color::Blue,
    Color::Magenta,
    Color::Cyan,
    Color::Gray,
    Color::DarkGray,
    Color::LightRed,
    Color::LightGreen,
    Color::LightYellow,
    Color::LightBlue,
    Color::LightMagenta,
    Color::LightCyan,
    Color::White,
];
