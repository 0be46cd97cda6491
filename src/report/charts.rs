//! Charts as SVG, drawn with plotters' SVG backend: lines over simulated hours, a legend,
//! black axes and print-safe colours. Text is written as SVG text (no font files needed).

use plotters::prelude::*;

use super::figures::Figure;

impl crate::i18n::Localized for ChartError {
    fn localized(&self, lang: crate::i18n::Lang) -> String {
        // The drawing library's own words stay as it says them (it never fails on our data).
        crate::tr!(
            lang,
            "report-chart-error",
            title = self.title.as_str(),
            reason = self.message.as_str()
        )
    }
}

const WIDTH: u32 = 760;
const HEIGHT: u32 = 320;

/// A chart that plotters could not draw.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
#[error("{}", crate::i18n::Localized::localized(self, crate::i18n::Lang::En))]
pub struct ChartError {
    title: String,
    message: String,
}

/// Colours that stay distinct on paper and in grey.
const COLOURS: [RGBColor; 8] = [
    RGBColor(0, 90, 181),
    RGBColor(220, 50, 32),
    RGBColor(0, 140, 70),
    RGBColor(120, 60, 150),
    RGBColor(200, 120, 0),
    RGBColor(0, 0, 0),
    RGBColor(0, 150, 160),
    RGBColor(150, 90, 40),
];

/// The figure as one `<svg>` element.
pub fn svg(figure: &Figure) -> Result<String, ChartError> {
    let mut out = String::new();
    draw(figure, &mut out).map_err(|e| ChartError {
        title: figure.title.clone(),
        message: e,
    })?;
    Ok(out)
}

fn draw(figure: &Figure, out: &mut String) -> Result<(), String> {
    let x_max = figure
        .lines
        .iter()
        .flat_map(|l| l.points.iter().map(|p| p.0))
        .fold(1.0_f64, f64::max);
    let y_max = figure
        .lines
        .iter()
        .flat_map(|l| l.points.iter().map(|p| p.1))
        .fold(1.0_f64, f64::max)
        * 1.1;
    let root = SVGBackend::with_string(out, (WIDTH, HEIGHT)).into_drawing_area();
    root.fill(&WHITE).map_err(msg)?;
    let mut chart = ChartBuilder::on(&root)
        .caption(&figure.title, ("sans-serif", 18))
        .margin(10)
        .x_label_area_size(36)
        .y_label_area_size(52)
        .build_cartesian_2d(0.0..x_max, 0.0..y_max)
        .map_err(msg)?;
    chart
        .configure_mesh()
        .x_desc(figure.x_label.as_str())
        .y_desc(figure.y_label.as_str())
        .light_line_style(BLACK.mix(0.05))
        .draw()
        .map_err(msg)?;
    for line in &figure.lines {
        let colour = COLOURS[line.colour % COLOURS.len()];
        let style = colour.stroke_width(2);
        let legend = move |(x, y): (i32, i32)| {
            PathElement::new(vec![(x, y), (x + 18, y)], colour.stroke_width(2))
        };
        if line.dashed {
            chart
                .draw_series(DashedLineSeries::new(
                    line.points.iter().copied(),
                    6,
                    4,
                    style,
                ))
                .map_err(msg)?
                .label(line.name.as_str())
                .legend(legend);
        } else {
            chart
                .draw_series(LineSeries::new(line.points.iter().copied(), style))
                .map_err(msg)?
                .label(line.name.as_str())
                .legend(legend);
        }
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperRight)
        .background_style(WHITE.mix(0.85))
        .border_style(BLACK)
        .draw()
        .map_err(msg)?;
    root.present().map_err(msg)?;
    Ok(())
}

fn msg(e: impl std::fmt::Display) -> String {
    e.to_string()
}
