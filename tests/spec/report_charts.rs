//! The report's charts read well on paper: counts tick in whole numbers, time in the
//! exercise's days and clock hours, the legend beside the plot (never over the data), each
//! site's beds dashed in the site's own colour, and captions that say more than the title.

use fluxsim::i18n::Lang;
use fluxsim::report::{Report, html};
use fluxsim::tr;

use crate::report::report_in;

/// The report's figures as drawn: each chart's SVG text and its caption.
struct Drawn {
    svg: String,
    caption: String,
}

fn drawn(report: &Report) -> Vec<Drawn> {
    let page = html(report).expect("charts draw");
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..Default::default()
    };
    let doc = roxmltree::Document::parse_with_options(&page, options).expect("well-formed");
    doc.descendants()
        // The route network's drawing is a figure too, but not a chart.
        .filter(|n| n.tag_name().name() == "figure" && n.attribute("class") != Some("network"))
        .map(|figure| {
            let svg = figure
                .children()
                .find(|n| n.tag_name().name() == "svg")
                .expect("a figure holds its chart");
            let caption = figure
                .children()
                .find(|n| n.tag_name().name() == "figcaption")
                .and_then(|c| c.text())
                .unwrap_or_default()
                .to_string();
            Drawn {
                svg: page[svg.range()].to_string(),
                caption,
            }
        })
        .collect()
}

/// The texts of the elements of class `class`, with their `x` attribute.
fn texts(svg: &roxmltree::Document<'_>, class: &str) -> Vec<(f64, String)> {
    svg.descendants()
        .filter(|n| n.attribute("class") == Some(class))
        .map(|n| {
            (
                n.attribute("x").and_then(|x| x.parse().ok()).unwrap_or(0.0),
                n.text().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

fn is_clock(label: &str) -> bool {
    let b = label.as_bytes();
    b.len() == 5
        && b[2] == b':'
        && [0, 1, 3, 4].iter().all(|&i| b[i].is_ascii_digit())
        && label[..2].parse::<u32>().is_ok_and(|h| h < 24)
}

#[test]
fn counts_tick_in_whole_numbers_and_time_in_days_and_clock_hours() {
    for lang in [Lang::En, Lang::Sq] {
        let (report, _) = report_in(&format!("chart-ticks-{}", lang.tag()), lang);
        let date = report
            .overview
            .exercise
            .start
            .split('T')
            .next()
            .expect("a date")
            .to_string();
        for (figure, chart) in report.figures.iter().zip(drawn(&report)) {
            let svg = roxmltree::Document::parse(&chart.svg).expect("the chart is well-formed");
            let ticks: Vec<u64> = texts(&svg, "y-tick")
                .iter()
                .map(|(_, t)| {
                    t.parse()
                        .unwrap_or_else(|_| panic!("{}: count tick {t:?}", figure.title))
                })
                .collect();
            assert!(ticks.len() >= 2, "{}", figure.title);
            assert_eq!(ticks[0], 0);
            let step = ticks[1] - ticks[0];
            assert!(step >= 1);
            assert!(ticks.windows(2).all(|w| w[1] - w[0] == step), "{ticks:?}");
            let highest = figure
                .lines
                .iter()
                .flat_map(|l| l.points.iter().map(|p| p.1))
                .fold(0.0_f64, f64::max);
            assert!(
                *ticks.last().expect("ticks") as f64 >= highest,
                "{}: the axis reaches the highest value",
                figure.title
            );
            let labels: Vec<String> = texts(&svg, "x-tick").into_iter().map(|t| t.1).collect();
            let days: Vec<String> = (1..=4)
                .map(|day| tr!(lang, "chart-tick-day", day = day))
                .collect();
            assert!(
                labels.iter().all(|l| is_clock(l) || days.contains(l)),
                "{lang:?}: {labels:?}"
            );
            assert!(
                labels.contains(&days[1]),
                "{lang:?}: midnight is the day it begins: {labels:?}"
            );
            let axis = texts(&svg, "x-label");
            assert!(
                axis.iter().any(|(_, t)| t.contains(&date)),
                "{lang:?}: the time axis names day 1: {axis:?}"
            );
        }
    }
}

#[test]
fn the_legend_stands_beside_the_plot_never_over_the_data() {
    let (report, _) = report_in("chart-legend", Lang::En);
    for chart in drawn(&report) {
        let svg = roxmltree::Document::parse(&chart.svg).expect("well-formed");
        let plot = svg
            .descendants()
            .find(|n| n.attribute("class") == Some("plot"))
            .expect("the plot's frame");
        let number = |name: &str| -> f64 {
            plot.attribute(name)
                .and_then(|v| v.parse().ok())
                .expect("a number")
        };
        let right = number("x") + number("width");
        let legend = svg
            .descendants()
            .find(|n| n.attribute("class") == Some("legend"))
            .expect("a legend");
        let xs: Vec<f64> = legend
            .descendants()
            .filter_map(|n| n.attribute("x").or(n.attribute("x1")))
            .map(|x| x.parse().expect("a number"))
            .collect();
        assert!(!xs.is_empty());
        assert!(xs.iter().all(|&x| x > right), "{xs:?} beside {right}");
    }
}

#[test]
fn each_sites_beds_are_dashed_in_the_sites_own_colour() {
    let (report, _) = report_in("chart-beds", Lang::En);
    let charts = drawn(&report);
    let svg = roxmltree::Document::parse(&charts[2].svg).expect("well-formed");
    let lines: Vec<(String, String, bool)> = svg
        .descendants()
        .filter(|n| n.tag_name().name() == "polyline")
        .map(|n| {
            let title = n
                .children()
                .find(|c| c.tag_name().name() == "title")
                .and_then(|t| t.text())
                .unwrap_or_default()
                .to_string();
            (
                title,
                n.attribute("stroke").unwrap_or_default().to_string(),
                n.attribute("stroke-dasharray").is_some(),
            )
        })
        .collect();
    let sites: Vec<&(String, String, bool)> = lines.iter().filter(|l| !l.2).collect();
    assert!(!sites.is_empty(), "the default exercise fills a site");
    for (name, colour, _) in &sites {
        let beds = tr!(Lang::En, "chart-legend-beds", place = name.as_str());
        let dashed = lines
            .iter()
            .find(|l| l.0 == beds)
            .unwrap_or_else(|| panic!("{name}'s beds are drawn"));
        assert!(dashed.2, "{beds} is dashed");
        assert_eq!(&dashed.1, colour, "{beds} in {name}'s colour");
    }
    let mut colours: Vec<&String> = sites.iter().map(|s| &s.1).collect();
    colours.sort();
    colours.dedup();
    assert_eq!(colours.len(), sites.len(), "one colour per site");
}

#[test]
fn captions_say_more_than_the_title() {
    let (report, _) = report_in("chart-captions", Lang::En);
    for (figure, chart) in report.figures.iter().zip(drawn(&report)) {
        assert_eq!(chart.caption, figure.caption);
        assert!(!chart.caption.contains(&figure.title), "{}", chart.caption);
    }
    // The queue chart's caption names the longest queue, where and how long.
    let queues = &report.figures[1];
    let (place, highest) = queues
        .lines
        .iter()
        .map(|l| {
            (
                &l.name,
                l.points.iter().map(|p| p.1).fold(0.0_f64, f64::max),
            )
        })
        .fold((None, 0.0), |best, (name, top)| {
            if top > best.1 {
                (Some(name), top)
            } else {
                best
            }
        });
    let place = place.expect("a queue formed in the default exercise");
    assert!(
        queues.caption.contains(place.as_str()),
        "{}",
        queues.caption
    );
    // However the catalogue groups digits.
    let digits: String = queues
        .caption
        .chars()
        .filter(|c| !matches!(c, ',' | '.' | ' ' | '\u{a0}' | '\u{202f}'))
        .collect();
    assert!(
        digits.contains(&format!("{highest:.0}people")),
        "{}",
        queues.caption
    );
}
