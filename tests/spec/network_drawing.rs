//! `scenario show FILE --svg network.svg`: the route network drawn as SVG — well-formed XML,
//! one box per place with its kind and capacity, a line per link with its time and mode,
//! every text escaped.

use fluxsim::i18n::Lang;
use fluxsim::scenario::network_svg::network_svg;

use crate::support::{fixture, fixture_path, flat, fluxsim, path, scratch};

/// The `class` lists of the drawing's groups.
fn groups(svg: &str, kind: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(svg).expect("well-formed XML");
    doc.descendants()
        .filter(|n| n.has_tag_name("g"))
        .filter_map(|n| n.attribute("class"))
        .filter(|c| c.split(' ').next() == Some(kind))
        .map(str::to_string)
        .collect()
}

#[test]
fn the_drawing_is_well_formed_xml_with_one_box_per_place_and_one_line_per_link() {
    for name in ["kosovo-flux.ron", "tutorial.ron", "balkan-route-90d.ron"] {
        let scenario = fixture(name);
        let svg = network_svg(&scenario, Lang::En);
        assert_eq!(
            groups(&svg, "place").len(),
            scenario.locations.len(),
            "{name}"
        );
        assert_eq!(groups(&svg, "link").len(), scenario.links.len(), "{name}");
    }
}

#[test]
fn the_drawing_shows_kinds_capacities_times_and_modes() {
    let svg = network_svg(&fixture("tutorial.ron"), Lang::En);
    let doc = roxmltree::Document::parse(&svg).expect("well-formed XML");
    let texts: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text())
        .collect();
    for expected in [
        "Border crossing",
        "2 lanes",
        "1 desk",
        "60 beds (+20 surge)",
        "40m by bus (minibus)",
        "20m on foot",
        "Border crossing points",
    ] {
        assert!(texts.contains(&expected), "{expected} in {texts:?}");
    }
    assert!(groups(&svg, "place").iter().any(|c| c == "place bcp"));
    assert!(groups(&svg, "link").iter().any(|c| c == "link bus"));
}

#[test]
fn names_are_escaped_in_the_drawing() {
    let mut scenario = fixture("tutorial.ron");
    scenario.locations[1].name = "Crossing <A> & \"B\"".into();
    scenario.exercise.name = "<script>".into();
    let svg = network_svg(&scenario, Lang::En);
    let doc = roxmltree::Document::parse(&svg).expect("well-formed XML");
    assert!(
        doc.descendants()
            .any(|n| n.text() == Some("Crossing <A> & \"B\""))
    );
    assert!(!doc.descendants().any(|n| n.has_tag_name("script")));
}

#[test]
fn scenario_show_writes_the_drawing_and_never_over_a_file_without_force() {
    let dir = scratch("network-svg");
    let svg = dir.join("network.svg");
    let file = fixture_path("kosovo-flux.ron");
    let out = fluxsim(&["scenario", "show", &file, "--svg", path(&svg)]);
    assert!(out.status.success(), "{}", flat(&out.stderr));
    let text = std::fs::read_to_string(&svg).expect("written");
    assert_eq!(
        groups(&text, "place").len(),
        fixture("kosovo-flux.ron").locations.len()
    );
    let again = fluxsim(&["scenario", "show", &file, "--svg", path(&svg)]);
    assert_eq!(again.status.code(), Some(1));
    assert!(
        again.stdout.is_empty(),
        "refused before anything is printed"
    );
    let forced = fluxsim(&["scenario", "show", &file, "--svg", path(&svg), "--force"]);
    assert!(forced.status.success(), "{}", flat(&forced.stderr));
}

#[test]
fn the_html_report_carries_the_drawing_with_one_box_per_place() {
    let (report, _) = crate::report::report_in("network-in-report", Lang::En);
    let scenario = crate::support::kosovo();
    let page = fluxsim::report::html(&report).expect("charts draw");
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..Default::default()
    };
    let doc = roxmltree::Document::parse_with_options(&page, options).expect("well-formed XML");
    let drawings: Vec<_> = doc
        .descendants()
        .filter(|n| n.tag_name().name() == "svg" && n.attribute("class") == Some("network"))
        .collect();
    assert_eq!(drawings.len(), 1, "one drawing");
    let drawing = drawings[0];
    assert_eq!(
        drawing.parent_element().map(|p| p.tag_name().name()),
        Some("figure")
    );
    let places: Vec<&str> = drawing
        .descendants()
        .filter(|n| n.has_tag_name("g"))
        .filter(|n| {
            n.attribute("class")
                .is_some_and(|c| c.starts_with("place "))
        })
        .filter_map(|n| n.attribute("id"))
        .collect();
    let ids: Vec<String> = scenario
        .locations
        .iter()
        .map(|l| format!("place-{}", l.id))
        .collect();
    assert_eq!(places, ids);
    // The same drawing as `scenario show --svg`, after the exercise overview.
    assert!(page.contains(&network_svg(&scenario, Lang::En)));
    let overview = page.find("<h2 id=\"overview\">").expect("overview");
    let at = page
        .find("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"network\"")
        .expect("drawn");
    assert!(at > overview);
}
