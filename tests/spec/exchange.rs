//! Exports in formats others already read: DTM-style flow monitoring, Eurostat-style asylum
//! applicant tables with HXL hashtags, an aggregate-only set for exchange, and the injects as
//! CAP 1.2 alerts (docs/export-csv.md).

use std::collections::BTreeMap;
use std::path::Path;

use crate::support::{fixture_path, fluxsim, path, scratch};

/// Runs the exchange fixture (ten days over two months) into a journal in `dir`.
fn recorded(dir: &Path) -> std::path::PathBuf {
    let journal = dir.join("exchange.journal");
    let out = fluxsim(&[
        "run",
        &fixture_path("exchange.ron"),
        "--journal",
        path(&journal),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    journal
}

fn export(args: &[&str]) {
    let out = fluxsim(&[&["export"], args].concat());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A CSV file as (header, rows).
fn read(file: &Path) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_path(file)
        .unwrap_or_else(|err| panic!("{}: {err}", file.display()));
    let header = reader
        .headers()
        .expect("a header")
        .iter()
        .map(String::from)
        .collect();
    let rows = reader
        .records()
        .map(|r| r.expect("a row").iter().map(String::from).collect())
        .collect();
    (header, rows)
}

/// The column `name` of `rows`.
fn column<'a>(header: &[String], rows: &'a [Vec<String>], name: &str) -> Vec<&'a str> {
    let i = header
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no {name}"));
    rows.iter().map(|r| r[i].as_str()).collect()
}

/// An HXL hashtag with attributes (`#affected+ind+f`), per the HXL standard's syntax.
fn is_hxl_tag(cell: &str) -> bool {
    let mut parts = cell.split('+');
    let tag = parts.next().unwrap_or_default();
    let word = |w: &str| {
        w.chars().next().is_some_and(|c| c.is_ascii_lowercase())
            && w.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
    };
    tag.strip_prefix('#').is_some_and(word) && parts.all(word)
}

/// The HXL row (the first data row) of a table: every cell a hashtag or empty, at least one
/// hashtag; the rest are the data.
fn split_hxl(rows: &[Vec<String>]) -> (&Vec<String>, &[Vec<String>]) {
    let (tags, data) = rows.split_first().expect("an HXL row");
    assert!(tags.iter().any(|t| !t.is_empty()), "an empty HXL row");
    for tag in tags {
        assert!(
            tag.is_empty() || is_hxl_tag(tag),
            "not an HXL hashtag: {tag}"
        );
    }
    (tags, data)
}

/// DTM flow monitoring's column names (IOM's tidy tables, by nationality and with
/// demographics).
const DTM_COLUMNS: [&str; 16] = [
    "t",
    "fmp",
    "fmp_country",
    "route",
    "movement",
    "origin",
    "previous",
    "next",
    "final",
    "nat",
    "n",
    "from",
    "to",
    "sex",
    "age",
    "uac",
];
/// Eurostat's dimensions and observation columns of `migr_asyappctzm` in SDMX-CSV.
const EUROSTAT_COLUMNS: [&str; 10] = [
    "freq",
    "unit",
    "citizen",
    "sex",
    "age",
    "asyl_app",
    "geo",
    "TIME_PERIOD",
    "OBS_VALUE",
    "OBS_FLAG",
];
const EUROSTAT_SEX: [&str; 4] = ["T", "M", "F", "UNK"];
const EUROSTAT_AGE: [&str; 8] = [
    "TOTAL", "Y_LT14", "Y14-17", "Y_LT18", "Y18-34", "Y35-64", "Y_GE65", "UNK",
];

fn citizen_code(c: &str) -> bool {
    c == "TOTAL" || c == "UNK" || (c.len() == 2 && c.chars().all(|x| x.is_ascii_uppercase()))
}

#[test]
fn the_exchange_tables_speak_dtm_and_eurostat_with_hxl_hashtags() {
    let dir = scratch("exchange");
    let journal = recorded(&dir);
    let out = dir.join("csv");
    export(&[path(&journal), "--csv", path(&out)]);

    let (header, rows) = read(&out.join("dtm_flows.csv"));
    assert!(
        header.iter().all(|h| DTM_COLUMNS.contains(&h.as_str())),
        "{header:?}"
    );
    let (_, flows) = split_hxl(&rows);
    assert!(!flows.is_empty());
    // Every person the BCP processed passed its flow monitoring point once.
    let (place_header, places) = read(&out.join("places.csv"));
    let processed: BTreeMap<&str, u64> = column(&place_header, &places, "place")
        .into_iter()
        .zip(column(&place_header, &places, "processed"))
        .map(|(p, n)| (p, n.parse().expect("a count")))
        .collect();
    let mut counted: BTreeMap<&str, u64> = BTreeMap::new();
    for (fmp, n) in column(&header, flows, "fmp")
        .into_iter()
        .zip(column(&header, flows, "n"))
    {
        *counted.entry(fmp).or_insert(0) += n.parse::<u64>().expect("a count");
    }
    assert_eq!(counted.get("bcp"), processed.get("bcp"));
    assert!(counted.contains_key("reg"), "{counted:?}");
    assert!(
        column(&header, flows, "movement")
            .iter()
            .all(|m| *m == "incoming")
    );
    let nats: Vec<&str> = column(&header, flows, "nat");
    assert!(nats.contains(&"SY") && nats.contains(&"UNK"), "{nats:?}");
    let dates = column(&header, flows, "t");
    assert!(dates.contains(&"2026-10-25") && dates.contains(&"2026-11-03"));

    for file in ["asylum_applicants.csv", "asylum_unaccompanied.csv"] {
        let (header, rows) = read(&out.join(file));
        assert!(
            header
                .iter()
                .all(|h| EUROSTAT_COLUMNS.contains(&h.as_str())),
            "{file}: {header:?}"
        );
        let (_, data) = split_hxl(&rows);
        assert!(
            column(&header, data, "sex")
                .iter()
                .all(|s| EUROSTAT_SEX.contains(s))
        );
        assert!(
            column(&header, data, "age")
                .iter()
                .all(|a| EUROSTAT_AGE.contains(a))
        );
        assert!(
            column(&header, data, "citizen")
                .iter()
                .all(|c| citizen_code(c))
        );
        let values: Vec<u64> = column(&header, data, "OBS_VALUE")
            .iter()
            .map(|v| v.parse().expect("a whole number"))
            .collect();
        assert!(
            values.iter().all(|v| v % 5 == 0),
            "{file}: not rounded to 5"
        );
        assert!(values.iter().any(|v| *v > 0), "{file}: nobody counted");
        // The exercise spans October and November: one period each.
        let mut periods = column(&header, data, "TIME_PERIOD");
        periods.dedup();
        assert_eq!(periods, ["2026-10", "2026-11"], "{file}");
    }
    let (header, rows) = read(&out.join("asylum_unaccompanied.csv"));
    let (_, data) = split_hxl(&rows);
    assert!(
        column(&header, data, "age")
            .iter()
            .all(|a| ["TOTAL", "Y_LT14", "Y14-17", "UNK"].contains(a))
    );

    // Today's tables carry no hashtag row unless asked.
    let (_, series) = read(&out.join("series.csv"));
    assert!(!series[0][0].starts_with('#'));
}

#[test]
fn hxl_adds_the_hashtag_row_to_today_s_tables() {
    let dir = scratch("exchange-hxl");
    let journal = recorded(&dir);
    let out = dir.join("csv");
    export(&[path(&journal), "--csv", path(&out), "--hxl"]);
    for file in fluxsim::report::export::FILES {
        let (header, rows) = read(&out.join(file));
        let (tags, _) = split_hxl(&rows);
        assert_eq!(tags.len(), header.len(), "{file}");
    }
}

#[test]
fn aggregate_only_writes_no_person_and_no_small_cell() {
    let dir = scratch("exchange-aggregate");
    let journal = recorded(&dir);
    let out = dir.join("csv");
    export(&[path(&journal), "--csv", path(&out), "--aggregate-only"]);
    let mut written: Vec<String> = std::fs::read_dir(&out)
        .expect("the directory")
        .map(|e| {
            e.expect("an entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    written.sort();
    let mut expected = fluxsim::report::exchange::EXCHANGE_FILES
        .map(String::from)
        .to_vec();
    expected.sort();
    assert_eq!(written, expected);
    let threshold = fluxsim::report::exchange::SMALL_CELL;

    let (header, rows) = read(&out.join("dtm_flows.csv"));
    let (_, flows) = split_hxl(&rows);
    assert!(!header.iter().any(|h| h == "serial"));
    assert!(!flows.is_empty());
    for n in column(&header, flows, "n") {
        assert!(
            n.parse::<u64>().expect("a count") >= threshold,
            "a cell of {n}"
        );
    }
    let mut suppressed = 0;
    for file in ["asylum_applicants.csv", "asylum_unaccompanied.csv"] {
        let (header, rows) = read(&out.join(file));
        let (_, data) = split_hxl(&rows);
        for (value, flag) in column(&header, data, "OBS_VALUE")
            .into_iter()
            .zip(column(&header, data, "OBS_FLAG"))
        {
            if value.is_empty() {
                assert_eq!(flag, "c", "{file}: an empty cell not flagged confidential");
                suppressed += 1;
            } else {
                let v: u64 = value.parse().expect("a count");
                assert!(v == 0 || v >= threshold, "{file}: a cell of {v}");
            }
        }
    }
    assert!(suppressed > 0, "the fixture has small cells to suppress");
}

// --- CAP 1.2 (OASIS), the required elements and enumerations of the standard -----------------

const CAP: &str = "urn:oasis:names:tc:emergency:cap:1.2";
const STATUS: [&str; 5] = ["Actual", "Exercise", "System", "Test", "Draft"];
const MSG_TYPE: [&str; 5] = ["Alert", "Update", "Cancel", "Ack", "Error"];
const SCOPE: [&str; 3] = ["Public", "Restricted", "Private"];
const CATEGORY: [&str; 12] = [
    "Geo",
    "Met",
    "Safety",
    "Security",
    "Rescue",
    "Fire",
    "Health",
    "Env",
    "Transport",
    "Infra",
    "CBRNE",
    "Other",
];
const URGENCY: [&str; 5] = ["Immediate", "Expected", "Future", "Past", "Unknown"];
const SEVERITY: [&str; 5] = ["Extreme", "Severe", "Moderate", "Minor", "Unknown"];
const CERTAINTY: [&str; 5] = ["Observed", "Likely", "Possible", "Unlikely", "Unknown"];

/// The children of `<alert>` in the order the CAP 1.2 schema's sequence gives them.
const ALERT_SEQUENCE: [&str; 14] = [
    "identifier",
    "sender",
    "sent",
    "status",
    "msgType",
    "source",
    "scope",
    "restriction",
    "addresses",
    "code",
    "note",
    "references",
    "incidents",
    "info",
];
/// The children of `<info>` in the order of the schema's sequence.
const INFO_SEQUENCE: [&str; 21] = [
    "language",
    "category",
    "event",
    "responseType",
    "urgency",
    "severity",
    "certainty",
    "audience",
    "eventCode",
    "effective",
    "onset",
    "expires",
    "senderName",
    "headline",
    "description",
    "instruction",
    "web",
    "contact",
    "parameter",
    "resource",
    "area",
];

/// Every child element of `node` is of the CAP namespace and named in `sequence`, in its
/// order (the schema's `xs:sequence`).
fn in_schema_order(node: roxmltree::Node<'_, '_>, sequence: &[&str]) {
    let mut at = 0;
    for child in node.children().filter(roxmltree::Node::is_element) {
        assert_eq!(child.tag_name().namespace(), Some(CAP));
        let name = child.tag_name().name();
        let Some(i) = sequence.iter().position(|n| *n == name) else {
            panic!("<{name}> is not a child of <{}>", node.tag_name().name());
        };
        assert!(
            i >= at,
            "<{name}> after <{}> in <{}>",
            sequence[at],
            node.tag_name().name()
        );
        at = i;
    }
}

/// The text of the one child `name` of `node` in the CAP namespace.
fn one<'a>(node: roxmltree::Node<'a, 'a>, name: &str) -> &'a str {
    let found: Vec<_> = node
        .children()
        .filter(|c| c.tag_name().namespace() == Some(CAP) && c.tag_name().name() == name)
        .collect();
    assert_eq!(found.len(), 1, "<{name}> must appear once");
    found[0].text().unwrap_or_default()
}

/// `YYYY-MM-DDThh:mm:ss±hh:mm`: CAP's dateTime, with no `Z`.
fn cap_time(t: &str) -> bool {
    let b = t.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    b.len() == 25
        && digits(0..4)
        && b[4] == b'-'
        && digits(5..7)
        && b[7] == b'-'
        && digits(8..10)
        && b[10] == b'T'
        && digits(11..13)
        && b[13] == b':'
        && digits(14..16)
        && b[16] == b':'
        && digits(17..19)
        && (b[19] == b'+' || b[19] == b'-')
        && digits(20..22)
        && b[22] == b':'
        && digits(23..25)
}

#[test]
fn cap_alerts_carry_the_standard_s_required_elements_and_status_exercise() {
    let dir = scratch("exchange-cap");
    let journal = recorded(&dir);
    let file = dir.join("alerts.xml");
    export(&[path(&journal), "--cap", path(&file)]);
    let text = std::fs::read_to_string(&file).expect("the CAP file");
    let doc = roxmltree::Document::parse(&text).expect("well-formed XML");
    let alerts: Vec<_> = doc
        .descendants()
        .filter(|n| n.tag_name().namespace() == Some(CAP) && n.tag_name().name() == "alert")
        .collect();
    // The fixture's MSEL has one inject, delivered in the run: an Alert and an Update.
    assert_eq!(alerts.len(), 2);
    let mut types = Vec::new();
    for alert in &alerts {
        for name in ["identifier", "sender"] {
            let v = one(*alert, name);
            assert!(
                !v.is_empty() && !v.contains([' ', ',', '<', '&']),
                "{name}: {v}"
            );
        }
        assert!(
            cap_time(one(*alert, "sent")),
            "sent: {}",
            one(*alert, "sent")
        );
        let status = one(*alert, "status");
        assert!(STATUS.contains(&status));
        assert_eq!(status, "Exercise");
        let msg_type = one(*alert, "msgType");
        assert!(MSG_TYPE.contains(&msg_type));
        types.push(msg_type);
        let scope = one(*alert, "scope");
        assert!(SCOPE.contains(&scope));
        if scope == "Restricted" {
            assert!(!one(*alert, "restriction").is_empty());
        }
        if msg_type == "Update" {
            assert_eq!(one(*alert, "references").split(',').count(), 3);
        }
        in_schema_order(*alert, &ALERT_SEQUENCE);
        let infos: Vec<_> = alert
            .children()
            .filter(|c| c.tag_name().name() == "info")
            .collect();
        assert!(!infos.is_empty());
        for info in infos {
            in_schema_order(info, &INFO_SEQUENCE);
            assert!(CATEGORY.contains(&one(info, "category")));
            assert!(!one(info, "event").is_empty());
            assert!(URGENCY.contains(&one(info, "urgency")));
            assert!(SEVERITY.contains(&one(info, "severity")));
            assert!(CERTAINTY.contains(&one(info, "certainty")));
            assert!(!one(info, "description").is_empty());
        }
    }
    assert_eq!(types, ["Alert", "Update"]);
}

#[test]
fn cap_text_is_escaped() {
    let dir = scratch("exchange-cap-escape");
    let scenario = dir.join("escape.ron");
    let text = std::fs::read_to_string(fixture_path("exchange.ron")).expect("the fixture");
    let synopsis = "A group of 30 arrives at the crossing at once.";
    assert!(text.contains(synopsis), "the fixture's inject");
    let hostile = "Police & <UNHCR> say \\\"it's ]]> full\\\"";
    std::fs::write(&scenario, text.replacen(synopsis, hostile, 1)).expect("written");
    let journal = dir.join("escape.journal");
    let out = fluxsim(&["run", path(&scenario), "--journal", path(&journal)]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let file = dir.join("alerts.xml");
    export(&[path(&journal), "--cap", path(&file)]);
    let xml = std::fs::read_to_string(&file).expect("the CAP file");
    let doc = roxmltree::Document::parse(&xml).expect("well-formed XML");
    let descriptions: Vec<&str> = doc
        .descendants()
        .filter(|n| n.tag_name().name() == "description")
        .filter_map(|n| n.text())
        .collect();
    assert!(
        descriptions.contains(&"Police & <UNHCR> say \"it's ]]> full\""),
        "{descriptions:?}"
    );
}

/// The `<info>` blocks of every alert of a CAP file, by the alert's identifier: (language,
/// event, senderName, description) of each, in order.
fn infos_by_alert(xml: &str) -> Vec<(String, Vec<[String; 4]>)> {
    let doc = roxmltree::Document::parse(xml).expect("well-formed XML");
    doc.descendants()
        .filter(|n| n.tag_name().namespace() == Some(CAP) && n.tag_name().name() == "alert")
        .map(|alert| {
            let infos = alert
                .children()
                .filter(|c| c.tag_name().name() == "info")
                .map(|info| {
                    ["language", "event", "senderName", "description"]
                        .map(|name| one(info, name).to_string())
                })
                .collect();
            (one(alert, "identifier").to_string(), infos)
        })
        .collect()
}

#[test]
fn every_inject_given_during_play_becomes_a_cap_alert_in_every_language() {
    let dir = scratch("exchange-cap-given");
    // The MSEL's inject translated, as a scenario gives its synopses.
    let text = std::fs::read_to_string(fixture_path("exchange.ron")).expect("the fixture");
    let synopsis = r#"synopsis: "A group of 30 arrives at the crossing at once.","#;
    assert!(text.contains(synopsis), "the fixture's inject");
    let translated = format!(
        r#"{synopsis} synopses: {{"sq": "Një grup prej 30 vetash mbërrin njëherësh.", "sr": "Grupa od 30 ljudi stiže odjednom."}},"#
    );
    let scenario = dir.join("exchange.ron");
    std::fs::write(&scenario, text.replacen(synopsis, &translated, 1)).expect("written");
    let commands = dir.join("given.commands");
    std::fs::write(
        &commands,
        concat!(
            r#"Command(at: "T+2h", command: Inject(Message(from: "Media", to: ["mia", "police"], text: "A viral video shows people <sleeping> outdoors")), origin: Facilitator)"#,
            "\n",
            r#"Command(at: "T+3h", command: Inject(Surge(entry: "north", people: 25, over: "1h")), origin: Facilitator)"#,
            "\n",
        ),
    )
    .expect("script written");
    let journal = dir.join("given.journal");
    let out = fluxsim(&[
        "run",
        path(&scenario),
        "--until",
        "12h",
        "--commands",
        path(&commands),
        "--journal",
        path(&journal),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let file = dir.join("alerts.xml");
    export(&[path(&journal), "--cap", path(&file)]);
    let xml = std::fs::read_to_string(&file).expect("the CAP file");
    let alerts = infos_by_alert(&xml);
    let ids: Vec<&str> = alerts.iter().map(|(id, _)| id.as_str()).collect();
    // The MSEL's inject planned and delivered, then the two given during play, by their
    // journal lines (the header is line 1; each command is followed by its digest).
    assert_eq!(
        ids,
        [
            "tutorial-one-crossing-msel-1",
            "tutorial-one-crossing-msel-1-delivered",
            "tutorial-one-crossing-line-2",
            "tutorial-one-crossing-line-4",
        ]
    );
    let languages = ["en", "sq", "sr-Latn", "sr-Cyrl"];
    for (id, infos) in &alerts {
        let found: Vec<&str> = infos.iter().map(|i| i[0].as_str()).collect();
        assert_eq!(found, languages, "{id}");
        // The event is the catalogue's, in each block's language.
        let events: std::collections::BTreeSet<&str> =
            infos.iter().map(|i| i[1].as_str()).collect();
        assert_eq!(events.len(), 4, "{id}: {events:?}");
    }
    let description = |alert: usize, lang: usize| alerts[alert].1[lang][3].as_str();
    // The MSEL's synopsis in each language, the Cyrillic made from the Serbian.
    assert_eq!(
        description(0, 0),
        "A group of 30 arrives at the crossing at once."
    );
    assert_eq!(
        description(0, 1),
        "Një grup prej 30 vetash mbërrin njëherësh."
    );
    assert_eq!(description(0, 2), "Grupa od 30 ljudi stiže odjednom.");
    assert_eq!(
        description(0, 3),
        fluxsim::i18n::transliterate("Grupa od 30 ljudi stiže odjednom.")
    );
    assert!(description(0, 3).starts_with("Група од 30"));
    assert_eq!(description(1, 1), description(0, 1));
    // A message as typed, in every block; its sender as the facilitator wrote it.
    for lang in 0..4 {
        assert_eq!(
            description(2, lang),
            "A viral video shows people <sleeping> outdoors"
        );
        assert_eq!(alerts[2].1[lang][2], "Media");
    }
    // Any other inject: what it does, in each block's language.
    assert!(description(3, 0).contains("25"), "{}", description(3, 0));
    assert_ne!(description(3, 0), description(3, 1));
    assert_ne!(description(3, 0), description(3, 2));
    // The whole file still meets the standard's rules.
    let doc = roxmltree::Document::parse(&xml).expect("well-formed XML");
    for alert in doc
        .descendants()
        .filter(|n| n.tag_name().namespace() == Some(CAP) && n.tag_name().name() == "alert")
    {
        in_schema_order(alert, &ALERT_SEQUENCE);
        assert_eq!(one(alert, "status"), "Exercise");
        assert!(MSG_TYPE.contains(&one(alert, "msgType")));
        for info in alert.children().filter(|c| c.tag_name().name() == "info") {
            in_schema_order(info, &INFO_SEQUENCE);
            assert!(CATEGORY.contains(&one(info, "category")));
            assert!(URGENCY.contains(&one(info, "urgency")));
            assert!(SEVERITY.contains(&one(info, "severity")));
            assert!(CERTAINTY.contains(&one(info, "certainty")));
        }
    }
}
