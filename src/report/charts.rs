//! Charts as SVG for print: lines over the exercise's days and clock hours, whole-number ticks
//! for counts, the legend beside the plot (never over the data), each place in one colour and
//! a limit (a site's beds) dashed in its place's colour. Text is SVG text (no font files), every
//! text escaped; each line carries its name as a `<title>`, so a reader on screen can point at
//! it.

use std::fmt::Write as _;

use super::figures::Figure;
use super::html::escape;

const WIDTH: f64 = 760.0;
/// The plot's edges: room for the title above, the tick labels and axis label below and left,
/// the legend to the right.
const LEFT: f64 = 62.0;
const TOP: f64 = 34.0;
const PLOT_WIDTH: f64 = 478.0;
const PLOT_HEIGHT: f64 = 250.0;
const LEGEND_X: f64 = LEFT + PLOT_WIDTH + 16.0;
const LEGEND_ROW: f64 = 17.0;
/// At most this many characters of a legend entry fit beside the plot.
const LEGEND_CHARS: usize = 30;

impl crate::i18n::Localized for ChartError {
    fn localized(&self, lang: crate::i18n::Lang) -> String {
        // The point that is not a number is named as the data holds it.
        crate::tr!(
            lang,
            "report-chart-error",
            title = self.title.as_str(),
            reason = self.message.as_str()
        )
    }
}

/// A chart that cannot be drawn: a value that is not a number.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
#[error("{}", crate::i18n::Localized::localized(self, crate::i18n::Lang::En))]
pub struct ChartError {
    title: String,
    message: String,
}

/// Colours that stay distinct on paper and in grey, enough for a place each in a chart of
/// the shipped scenarios (nine reception sites in the default one).
const COLOURS: [&str; 12] = [
    "#005ab5", "#dc3220", "#008c46", "#783c96", "#c87800", "#000000", "#0096a0", "#965a28",
    "#e377c2", "#7f7f7f", "#9a9a00", "#1f1f7a",
];

/// The colour of colour number `n`.
pub fn colour(n: usize) -> &'static str {
    COLOURS[n % COLOURS.len()]
}

/// The figure as one `<svg>` element.
pub fn svg(figure: &Figure) -> Result<String, ChartError> {
    let error = |message: String| ChartError {
        title: figure.title.clone(),
        message,
    };
    for line in &figure.lines {
        if let Some((x, y)) = line
            .points
            .iter()
            .find(|(x, y)| !x.is_finite() || !y.is_finite())
        {
            return Err(error(format!("{}: ({x}, {y}) is not a point", line.name)));
        }
    }
    let x_max = figure
        .lines
        .iter()
        .flat_map(|l| l.points.iter().map(|p| p.0))
        .chain(figure.x_ticks.iter().map(|t| t.0))
        .fold(1.0_f64, f64::max);
    let y_max = figure
        .lines
        .iter()
        .flat_map(|l| l.points.iter().map(|p| p.1))
        .fold(0.0_f64, f64::max);
    let (step, top) = count_ticks(y_max);
    let px = |x: f64| LEFT + x / x_max * PLOT_WIDTH;
    let py = |y: f64| TOP + PLOT_HEIGHT - y / top as f64 * PLOT_HEIGHT;
    let legend_height = TOP + LEGEND_ROW * figure.lines.len() as f64 + 8.0;
    let height = (TOP + PLOT_HEIGHT + 56.0).max(legend_height);

    let mut out = String::new();
    let w = &mut out;
    // Writing to a String cannot fail.
    let _ = writeln!(
        w,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{height}\" \
         viewBox=\"0 0 {WIDTH} {height}\" font-family=\"DejaVu Sans, Arial, sans-serif\" \
         role=\"img\" aria-label=\"{}\">",
        escape(&figure.title)
    );
    let _ = writeln!(
        w,
        "<rect x=\"0\" y=\"0\" width=\"{WIDTH}\" height=\"{height}\" fill=\"#ffffff\"/>"
    );
    let _ = writeln!(
        w,
        "<text class=\"title\" x=\"{}\" y=\"20\" font-size=\"15\" text-anchor=\"middle\">{}</text>",
        LEFT + PLOT_WIDTH / 2.0,
        escape(&figure.title)
    );
    // Grid and ticks: counts in whole numbers, time at the exercise's clock hours.
    let _ = writeln!(w, "<g class=\"y-axis\" font-size=\"11\">");
    for k in 0..=top / step {
        let value = k * step;
        let y = py(value as f64);
        let _ = writeln!(
            w,
            "<line x1=\"{LEFT}\" y1=\"{y:.1}\" x2=\"{:.1}\" y2=\"{y:.1}\" stroke=\"#dddddd\" stroke-width=\"0.6\"/>\
             <text class=\"y-tick\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">{value}</text>",
            LEFT + PLOT_WIDTH,
            LEFT - 6.0,
            y + 4.0
        );
    }
    let _ = writeln!(
        w,
        "<text class=\"y-label\" transform=\"translate(14 {:.1}) rotate(-90)\" text-anchor=\"middle\">{}</text>\n</g>",
        TOP + PLOT_HEIGHT / 2.0,
        escape(&figure.y_label)
    );
    let _ = writeln!(w, "<g class=\"x-axis\" font-size=\"11\">");
    for (x, label) in figure.x_ticks.iter().filter(|t| t.0 <= x_max) {
        let at = px(*x);
        let _ = writeln!(
            w,
            "<line x1=\"{at:.1}\" y1=\"{TOP}\" x2=\"{at:.1}\" y2=\"{:.1}\" stroke=\"#dddddd\" stroke-width=\"0.6\"/>\
             <text class=\"x-tick\" x=\"{at:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>",
            TOP + PLOT_HEIGHT + 4.0,
            TOP + PLOT_HEIGHT + 18.0,
            escape(label)
        );
    }
    let _ = writeln!(
        w,
        "<text class=\"x-label\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>\n</g>",
        LEFT + PLOT_WIDTH / 2.0,
        TOP + PLOT_HEIGHT + 40.0,
        escape(&figure.x_label)
    );
    let _ = writeln!(
        w,
        "<rect class=\"plot\" x=\"{LEFT}\" y=\"{TOP}\" width=\"{PLOT_WIDTH}\" height=\"{PLOT_HEIGHT}\" \
         fill=\"none\" stroke=\"#000000\" stroke-width=\"1\"/>"
    );
    // The lines, limits dashed in their place's colour.
    for line in &figure.lines {
        let points: Vec<String> = line
            .points
            .iter()
            .map(|&(x, y)| format!("{:.1},{:.1}", px(x), py(y)))
            .collect();
        let _ = writeln!(
            w,
            "<polyline class=\"series\" fill=\"none\" stroke=\"{}\" stroke-width=\"2\"{} points=\"{}\"><title>{}</title></polyline>",
            colour(line.colour),
            dash(line.dashed),
            points.join(" "),
            escape(&line.name)
        );
    }
    // The legend, beside the plot.
    let _ = writeln!(w, "<g class=\"legend\" font-size=\"11\">");
    for (k, line) in figure.lines.iter().enumerate() {
        let y = TOP + 6.0 + LEGEND_ROW * k as f64;
        let _ = writeln!(
            w,
            "<line x1=\"{LEGEND_X}\" y1=\"{y:.1}\" x2=\"{:.1}\" y2=\"{y:.1}\" stroke=\"{}\" stroke-width=\"2\"{}/>\
             <text x=\"{:.1}\" y=\"{:.1}\">{}</text>",
            LEGEND_X + 22.0,
            colour(line.colour),
            dash(line.dashed),
            LEGEND_X + 28.0,
            y + 4.0,
            escape(&shortened(&line.name))
        );
    }
    let _ = writeln!(w, "</g>\n</svg>");
    Ok(out)
}

fn dash(dashed: bool) -> &'static str {
    if dashed {
        " stroke-dasharray=\"6 4\""
    } else {
        ""
    }
}

/// A legend entry cut to fit beside the plot (its whole name is the line's title).
fn shortened(name: &str) -> String {
    if name.chars().count() <= LEGEND_CHARS {
        return name.to_string();
    }
    let mut short: String = name.chars().take(LEGEND_CHARS - 1).collect();
    short.push('…');
    short
}

/// Whole-number ticks for counts up to `max`: the step (1, 2 or 5 times a power of ten) that
/// gives at most eight intervals, and the top of the axis, a multiple of it above `max`.
fn count_ticks(max: f64) -> (u64, u64) {
    let max = max.max(1.0).ceil() as u64;
    let mut power = 1_u64;
    loop {
        for factor in [1_u64, 2, 5] {
            let step = factor.saturating_mul(power);
            let mut top = max.div_ceil(step).saturating_mul(step);
            // Room above the highest value, so its line does not run along the frame.
            if top == max {
                top = top.saturating_add(step);
            }
            if top / step <= 8 {
                return (step, top);
            }
        }
        power = power.saturating_mul(10);
    }
}

#[cfg(test)]
mod tests {
    use super::count_ticks;

    #[test]
    fn count_ticks_are_whole_numbers_above_the_highest_value() {
        assert_eq!(count_ticks(0.0), (1, 2));
        assert_eq!(count_ticks(3.0), (1, 4));
        assert_eq!(count_ticks(7.5), (2, 10));
        assert_eq!(count_ticks(11.0), (2, 12));
        assert_eq!(count_ticks(412.0), (100, 500));
        assert_eq!(count_ticks(1_000.0), (200, 1_200));
    }
}
