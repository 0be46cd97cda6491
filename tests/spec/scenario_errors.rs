//! A broken scenario is answered with every problem at its exact place in the file, in file
//! order, with the whole message — never with a panic.
//!
//! Each file in tests/fixtures/broken/ is the tutorial, compacted, with one thing wrong (the
//! `several_problems*` files have several). The first line of each says what is wrong.
//! Messages are compared whole, so a change of wording is a deliberate change of this spec.

use fluxsim::scenario::{ScenarioError, Source, parse};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/broken");

/// Every fixture, each with a specification below.
const SPECIFIED: &[&str] = &[
    "bad_start_date",
    "bad_time_syntax",
    "bcp_without_officers",
    "citizen_not_iso",
    "contact_without_name",
    "duplicate_institution_id",
    "duplicate_language_key",
    "duplicate_location_id",
    "duplicate_request_rule",
    "duplicate_vulnerability_key",
    "extra_officers_at_non_bcp",
    "inject_people_out_of_range",
    "inject_spread_out_of_range",
    "interpreter_at_unknown_location",
    "interpreter_not_at_registration",
    "language_shares_do_not_sum_to_one",
    "language_shares_outside_range_unsorted",
    "link_to_unknown_location",
    "missing_required_field",
    "mission_area_twice",
    "msel_expects_unknown_institution",
    "msel_inject_after_end",
    "msel_text_placeholder_needs_id",
    "msel_text_unclosed_placeholder",
    "msel_text_unknown_bcp",
    "msel_text_unknown_placeholder",
    "msel_to_unknown_institution",
    "nationality_shares_do_not_sum_to_one",
    "negative_arrival_rate",
    "negative_lanes",
    "negative_step_rate",
    "night_factor_nan",
    "occupancy_threshold_as_fraction",
    "operator_unknown_institution",
    "option_without_some",
    "outcomes_do_not_sum_to_one",
    "participant_unknown_institution",
    "participant_without_organisation",
    "phase_declared_by_unknown_function",
    "raci_unknown_institution",
    "raw_string_before_error",
    "reception_unreachable",
    "referral_to_unknown_function",
    "several_problems",
    "several_problems_out_of_rule_order",
    "sex_shares_do_not_sum_to_one",
    "share_outside_range",
    "shift_hour_24",
    "steps_out_of_order",
    "surge_after_end",
    "surge_over_zero",
    "syntax_missing_comma",
    "syntax_unclosed_at_eof",
    "syntax_unclosed_paren",
    "too_few_minors_for_the_unaccompanied",
    "trigger_queue_not_at_bcp",
    "trigger_unknown_bcp",
    "unicode_before_syntax_error",
    "unicode_before_validation_error",
    "uniform_min_above_max",
    "unknown_bus_fleet",
    "unknown_field",
    "unknown_field_in_trigger",
    "unknown_location_kind",
    "unknown_trigger_metric",
    "vulnerable_share_outside_range_unsorted",
    "zero_desks",
    "zero_duration",
    "zero_lanes",
    "zero_reception_capacity",
];

fn text(name: &str) -> String {
    let path = format!("{FIXTURES}/{name}.ron");
    std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{path}: {err}"))
}

fn source(name: &str) -> Source {
    Source::new(format!("tests/fixtures/broken/{name}.ron"), text(name))
}

fn rejected(source: &Source) -> ScenarioError {
    match parse(source) {
        Ok(_) => panic!("{} was accepted", source.name),
        Err(err) => err,
    }
}

/// Asserts every problem of a fixture, in order, as (line, column, whole message).
#[track_caller]
fn assert_problems(name: &str, expected: &[(usize, usize, &str)]) {
    let err = rejected(&source(name));
    let actual: Vec<(usize, usize, &str)> = err
        .problems
        .iter()
        .map(|p| (p.line, p.column, p.message.as_str()))
        .collect();
    assert_eq!(actual, expected, "problems in {name}.ron");
}

// --- The corpus as a whole -------------------------------------------------------------------

#[test]
fn every_broken_fixture_has_a_specification() {
    let mut found: Vec<String> = std::fs::read_dir(FIXTURES)
        .expect("the fixture directory")
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ron"))
        .map(|path| path.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    found.sort();
    assert_eq!(found, SPECIFIED);
}

#[test]
fn every_broken_fixture_is_rejected_with_located_problems_and_hints() {
    for name in SPECIFIED {
        let source = source(name);
        let lines: Vec<&str> = source.text.split('\n').collect();
        let err = rejected(&source);
        assert!(
            !err.problems.is_empty(),
            "{name}: an error without problems"
        );
        assert_eq!(err.name, source.name);
        for p in &err.problems {
            assert!(
                p.line >= 1 && p.line <= lines.len(),
                "{name}: line {}",
                p.line
            );
            let width = lines[p.line - 1].chars().count();
            assert!(
                p.column >= 1 && p.column <= width + 1,
                "{name}: column {} on a line of {width}",
                p.column
            );
            assert!(!p.message.trim().is_empty(), "{name}: empty message");
            let hint = p.hint_text().unwrap_or_default();
            assert!(
                !hint.trim().is_empty(),
                "{name}: `{}` has no hint",
                p.message
            );
        }
        let positions: Vec<(usize, usize)> =
            err.problems.iter().map(|p| (p.line, p.column)).collect();
        assert!(positions.is_sorted(), "{name}: not in file order");
    }
}

#[test]
fn the_fixture_base_is_a_valid_scenario() {
    // Undo the one change of a fixture: it loads, so each fixture has exactly that fault.
    let text = text("zero_lanes").replacen("lanes: 0,", "lanes: 2,", 1);
    if let Err(err) = parse(&Source::new("base.ron", text)) {
        panic!("{:?}", err.problems);
    }
}

#[test]
fn crlf_line_endings_give_the_same_positions() {
    for name in ["zero_lanes", "unknown_field", "several_problems"] {
        let lf = rejected(&source(name));
        let crlf = rejected(&Source::new(name, text(name).replace('\n', "\r\n")));
        let at = |e: &ScenarioError| -> Vec<(usize, usize, String)> {
            e.problems
                .iter()
                .map(|p| (p.line, p.column, p.message.clone()))
                .collect()
        };
        assert_eq!(at(&crlf), at(&lf), "{name}");
    }
}

#[test]
fn unknown_ids_are_answered_with_the_known_ones() {
    for (name, hint) in [
        ("unknown_bus_fleet", "known ids: minibus"),
        (
            "link_to_unknown_location",
            "known ids: north, bcp, reg, shelter, onward",
        ),
        (
            "msel_to_unknown_institution",
            "known ids: mia, police, social",
        ),
        (
            "referral_to_unknown_function",
            "known ids: declare, child_care",
        ),
        (
            "unknown_location_kind",
            "write one of: Entry, GreenBorder, Bcp, Registration, Transit, Reception, Hospital, Exit",
        ),
        (
            "unknown_field",
            "the fields allowed here are: name, description, start, duration, seed, language, sample_every, night, dates, location, scope, mission_areas, threat, sponsor, participants, contact",
        ),
        ("missing_required_field", "add `lanes: ...` here"),
        (
            "unknown_field_in_trigger",
            "the fields allowed here are: metric, value, for_at_least",
        ),
    ] {
        let err = rejected(&source(name));
        assert_eq!(err.problems[0].hint_text(), Some(hint), "{name}");
    }
}

#[test]
fn the_rendered_report_names_the_file_position_and_marks_the_value() {
    let err = rejected(&source("unknown_bus_fleet"));
    let mut rendered = String::new();
    miette::GraphicalReportHandler::new_themed(miette::GraphicalTheme::unicode_nocolor())
        .render_report(&mut rendered, &err)
        .expect("the report renders");
    assert!(rendered.contains("[tests/fixtures/broken/unknown_bus_fleet.ron:24:57]"));
    insta::assert_snapshot!("unknown_bus_fleet_report", rendered);
}

#[test]
fn the_rendered_report_counts_columns_in_characters() {
    // `Übung – Ω` takes 4 more bytes than characters: the header must say 69, not 73.
    let err = rejected(&source("unicode_before_validation_error"));
    let mut rendered = String::new();
    miette::GraphicalReportHandler::new_themed(miette::GraphicalTheme::unicode_nocolor())
        .render_report(&mut rendered, &err)
        .expect("the report renders");
    assert!(
        rendered.contains("[tests/fixtures/broken/unicode_before_validation_error.ron:4:69]"),
        "{rendered}"
    );
}

// --- RON syntax and schema errors --------------------------------------------------------------

#[test]
fn a_missing_comma_is_an_error_at_the_end_of_the_line_that_lacks_it() {
    assert_problems(
        "syntax_missing_comma",
        &[(
            5,
            34,
            "invalid scenario file: a comma is missing at the end of this line: write `,` after \
             each field and each item of a list",
        )],
    );
}

#[test]
fn an_optional_figure_written_bare_says_to_write_some_or_none() {
    assert_problems(
        "option_without_some",
        &[(
            28,
            25,
            "invalid scenario file: this value is optional: write `Some(2000)` (the value in \
             `Some(...)`) or `None`",
        )],
    );
}

#[test]
fn no_parser_message_speaks_of_enums_or_variants() {
    for name in SPECIFIED {
        for p in rejected(&source(name)).problems {
            for word in ["enum", "variant", "Expected", "Unexpected"] {
                assert!(!p.message.contains(word), "{name}: {}", p.message);
            }
        }
    }
}

#[test]
fn an_unclosed_paren_is_an_error_where_the_next_item_begins() {
    // RON reads the item's closing `)` as the end of the kind and then expects a field name.
    assert_problems(
        "syntax_unclosed_paren",
        &[(
            17,
            9,
            "invalid scenario file: write a field name (`name: ...`) or a word such as `Walk` here",
        )],
    );
}

#[test]
fn a_file_that_ends_too_soon_is_an_error_at_its_end() {
    assert_problems(
        "syntax_unclosed_at_eof",
        &[(
            62,
            7,
            "invalid scenario file: the file ends too soon: a `(`, `[` or `{` opened above is \
             never closed",
        )],
    );
}

#[test]
fn an_unknown_field_is_an_error_at_its_name_listing_the_allowed_ones() {
    assert_problems(
        "unknown_field",
        &[(
            7,
            9,
            "invalid scenario file: `seeds` is not a field of `Exercise`",
        )],
    );
}

#[test]
fn an_unknown_field_inside_a_trigger_is_an_error_at_its_name() {
    // A misspelt optional field would otherwise be lost without a word.
    assert_problems(
        "unknown_field_in_trigger",
        &[(
            43,
            82,
            "invalid scenario file: `for_at_leest` is not a field of `Above`",
        )],
    );
}

#[test]
fn a_misspelled_location_kind_is_an_error_at_the_kind() {
    assert_problems(
        "unknown_location_kind",
        &[(
            11,
            27,
            "invalid scenario file: `Bpc` is not a `LocationKind` word",
        )],
    );
}

#[test]
fn an_unknown_trigger_metric_is_an_error_at_the_metric() {
    assert_problems(
        "unknown_trigger_metric",
        &[(
            43,
            55,
            "invalid scenario file: `Queues` is not a `Metric` word",
        )],
    );
}

#[test]
fn a_missing_required_field_is_an_error_at_the_end_of_its_struct() {
    assert_problems(
        "missing_required_field",
        &[(
            15,
            9,
            "invalid scenario file: `Bcp` needs its `lanes` field",
        )],
    );
}

#[test]
fn a_time_in_words_is_an_error_inside_the_string() {
    assert_problems(
        "bad_time_syntax",
        &[(
            6,
            20,
            "invalid scenario file: `24 hours` is not a time: units are d, h, m and s (write e.g. \
             `90s`, `30m`, `2h`, `1d12h` or `T+6h`)",
        )],
    );
}

#[test]
fn an_injects_value_past_its_range_is_an_error_at_the_value() {
    assert_problems(
        "inject_people_out_of_range",
        &[(
            62,
            53,
            "invalid scenario file: `people: 20000000` is out of range: a command may name at \
             most 10000000",
        )],
    );
    assert_problems(
        "inject_spread_out_of_range",
        &[(
            62,
            65,
            "invalid scenario file: `over: \"730d\"` is out of range: a surge is spread over at \
             most 365d",
        )],
    );
}

#[test]
fn negative_lanes_are_an_error_at_the_number() {
    assert_problems(
        "negative_lanes",
        &[(
            13,
            21,
            "invalid scenario file: this number is too large, or negative where only 0 and more \
             are allowed",
        )],
    );
}

#[test]
fn columns_count_characters_not_bytes_in_syntax_errors() {
    assert_problems(
        "unicode_before_syntax_error",
        &[(
            4,
            55,
            "invalid scenario file: `seeds` is not a field of `Exercise`",
        )],
    );
}

// --- Exercise ----------------------------------------------------------------------------------

#[test]
fn a_bad_start_date_is_an_error_at_the_start_value() {
    assert_problems(
        "bad_start_date",
        &[(5, 16, "`2026-13-24T06:00` is not a local date and time")],
    );
}

#[test]
fn zero_duration_is_an_error_at_the_duration_and_every_inject_is_then_late() {
    assert_problems(
        "zero_duration",
        &[
            (6, 19, "the exercise duration must be longer than zero"),
            (
                61,
                25,
                "inject 1 is due at 10h, after the exercise ends at 0s",
            ),
        ],
    );
}

#[test]
fn columns_count_characters_not_bytes_in_validation_errors() {
    assert_problems(
        "unicode_before_validation_error",
        &[(4, 69, "the sampling interval must be longer than zero")],
    );
}

// --- Locations ---------------------------------------------------------------------------------

#[test]
fn a_duplicate_location_id_is_an_error_at_the_second_location() {
    assert_problems(
        "duplicate_location_id",
        &[(20, 9, "duplicate id `onward` in locations")],
    );
}

#[test]
fn zero_lanes_is_an_error_at_the_lanes_value() {
    assert_problems("zero_lanes", &[(13, 20, "lanes must be at least 1")]);
}

#[test]
fn a_bcp_without_officers_is_an_error_at_its_shifts() {
    assert_problems(
        "bcp_without_officers",
        &[(14, 21, "BCP `bcp` has no officers on any shift")],
    );
}

#[test]
fn hour_24_in_a_shift_is_an_error_at_that_hour() {
    assert_problems(
        "shift_hour_24",
        &[(14, 63, "hour 24 is not an hour of the day")],
    );
}

#[test]
fn zero_desks_is_an_error_at_the_desks_value() {
    assert_problems("zero_desks", &[(17, 47, "desks must be at least 1")]);
}

#[test]
fn zero_reception_capacity_is_an_error_at_the_capacity_value() {
    assert_problems(
        "zero_reception_capacity",
        &[(18, 51, "capacity must be at least 1")],
    );
}

#[test]
fn a_uniform_range_with_min_above_max_is_an_error_at_min() {
    assert_problems(
        "uniform_min_above_max",
        &[(
            18,
            74,
            "the uniform range runs backwards: min 20h is above max 8h",
        )],
    );
}

#[test]
fn an_unreachable_reception_centre_is_an_error_at_its_id() {
    assert_problems(
        "reception_unreachable",
        &[(
            18,
            14,
            "reception site `shelter` cannot be reached from any entry point",
        )],
    );
}

#[test]
fn a_raw_string_does_not_move_the_position_of_a_later_error() {
    assert_problems(
        "raw_string_before_error",
        &[(14, 20, "lanes must be at least 1")],
    );
}

// --- Links and resources -----------------------------------------------------------------------

#[test]
fn a_link_to_an_unknown_location_is_an_error_at_the_id() {
    assert_problems(
        "link_to_unknown_location",
        &[(25, 31, "unknown location `onwards`")],
    );
}

#[test]
fn an_unknown_bus_fleet_is_an_error_at_the_mode() {
    assert_problems(
        "unknown_bus_fleet",
        &[(24, 57, "unknown bus fleet `coach`")],
    );
}

#[test]
fn interpreters_at_an_unknown_place_are_an_error_at_the_place() {
    assert_problems(
        "interpreter_at_unknown_location",
        &[(28, 45, "unknown location `registration`")],
    );
}

#[test]
fn interpreters_outside_a_registration_point_are_an_error_at_the_place() {
    assert_problems(
        "interpreter_not_at_registration",
        &[(28, 45, "`shelter` is not a registration point")],
    );
}

// --- Institutions, functions, plan -------------------------------------------------------------

#[test]
fn a_duplicate_institution_id_is_an_error_at_the_second_institution() {
    assert_problems(
        "duplicate_institution_id",
        &[(35, 9, "duplicate id `police` in institutions")],
    );
}

#[test]
fn raci_naming_an_unknown_institution_is_an_error_at_the_name() {
    assert_problems(
        "raci_unknown_institution",
        &[(37, 71, "unknown institution `ministry`")],
    );
}

#[test]
fn a_place_run_by_an_unknown_institution_is_an_error_at_its_operator() {
    assert_problems(
        "operator_unknown_institution",
        &[(18, 90, "unknown institution `red_cross`")],
    );
}

#[test]
fn a_phase_declared_by_an_unknown_function_is_an_error_at_declared_by() {
    assert_problems(
        "phase_declared_by_unknown_function",
        &[(43, 97, "unknown function `declaration`")],
    );
}

#[test]
fn an_occupancy_threshold_written_as_a_fraction_is_an_error_at_the_value() {
    // Occupancy is a percentage; shares elsewhere are fractions, so 0.9 is an easy slip.
    assert_problems(
        "occupancy_threshold_as_fraction",
        &[(
            43,
            76,
            "occupancy threshold 0.9 is read as 0.9 % of capacity",
        )],
    );
}

#[test]
fn a_queue_trigger_on_an_unknown_bcp_is_an_error_at_the_metric() {
    assert_problems(
        "trigger_unknown_bcp",
        &[(43, 55, "unknown location `bcp2`")],
    );
}

#[test]
fn a_queue_trigger_on_a_non_bcp_is_an_error_at_the_metric() {
    assert_problems(
        "trigger_queue_not_at_bcp",
        &[(43, 55, "`reg` is not a BCP")],
    );
}

#[test]
fn extra_officers_for_a_non_bcp_are_an_error_at_the_bcp_value() {
    assert_problems(
        "extra_officers_at_non_bcp",
        &[(43, 143, "`reg` is not a BCP")],
    );
}

#[test]
fn two_rules_for_one_kind_of_request_are_an_error_at_the_second() {
    assert_problems(
        "duplicate_request_rule",
        &[(47, 13, "a second rule for Transport requests")],
    );
}

#[test]
fn a_night_factor_that_is_not_a_number_is_an_error_at_the_value() {
    assert_problems(
        "night_factor_nan",
        &[(33, 61, "night factor NaN must be a number above 0")],
    );
}

// --- Arrivals ----------------------------------------------------------------------------------

#[test]
fn a_negative_arrival_rate_is_an_error_at_the_rate() {
    assert_problems(
        "negative_arrival_rate",
        &[(47, 29, "arrival rate -3 must be zero or more")],
    );
}

#[test]
fn a_negative_step_rate_is_an_error_at_that_step() {
    assert_problems(
        "negative_step_rate",
        &[(47, 63, "arrival rate -4 must be zero or more")],
    );
}

#[test]
fn steps_out_of_order_are_an_error_at_the_step_that_goes_back() {
    assert_problems(
        "steps_out_of_order",
        &[(47, 63, "step at 4h is not after the one before")],
    );
}

#[test]
fn a_surge_over_no_time_is_an_error_at_its_duration() {
    assert_problems(
        "surge_over_zero",
        &[(47, 118, "a surge must arrive over a time longer than zero")],
    );
}

#[test]
fn a_surge_after_the_end_is_an_error_at_its_start() {
    assert_problems(
        "surge_after_end",
        &[(
            47,
            93,
            "the surge starts at 1d6h, but the exercise ends at 1d",
        )],
    );
}

// --- Cohort ------------------------------------------------------------------------------------

#[test]
fn nationality_shares_not_summing_to_one_are_an_error_at_the_list() {
    assert_problems(
        "nationality_shares_do_not_sum_to_one",
        &[(50, 24, "the nationality shares add up to 0.9000, not 1")],
    );
}

#[test]
fn language_shares_not_summing_to_one_are_an_error_at_the_languages() {
    assert_problems(
        "language_shares_do_not_sum_to_one",
        &[(
            52,
            56,
            "the language shares of `Afghanistan` add up to 0.9000, not 1",
        )],
    );
}

#[test]
fn outcomes_not_summing_to_one_are_an_error_at_the_outcomes() {
    assert_problems(
        "outcomes_do_not_sum_to_one",
        &[(55, 19, "the outcome shares add up to 1.1000, not 1")],
    );
}

#[test]
fn a_share_above_one_is_an_error_at_that_entry() {
    assert_problems(
        "share_outside_range",
        &[(54, 48, "the vulnerable share is 1.04, outside 0–1")],
    );
}

#[test]
fn a_share_above_one_is_an_error_at_that_entry_in_any_order() {
    assert_problems(
        "vulnerable_share_outside_range_unsorted",
        &[(54, 22, "the vulnerable share is 1.04, outside 0–1")],
    );
}

#[test]
fn language_shares_outside_0_1_are_errors_at_their_own_entries() {
    assert_problems(
        "language_shares_outside_range_unsorted",
        &[
            (52, 57, "the language share is 1.2, outside 0–1"),
            (52, 68, "the language share is -0.2, outside 0–1"),
        ],
    );
}

#[test]
fn a_language_listed_twice_is_an_error_at_the_second_entry() {
    // Only the repetition is reported: the shares were merged by parsing, so their sum says
    // nothing about what the author wrote.
    assert_problems(
        "duplicate_language_key",
        &[(52, 68, "`Afghanistan` lists the language `fa` twice")],
    );
}

#[test]
fn a_vulnerability_listed_twice_is_an_error_at_the_second_entry() {
    // The share kept for `Medical` (1.5) is not checked: which entry was meant is unknown.
    assert_problems(
        "duplicate_vulnerability_key",
        &[(54, 37, "the vulnerable shares list `Medical` twice")],
    );
}

// --- Referrals and MSEL ------------------------------------------------------------------------

#[test]
fn a_referral_to_an_unknown_function_is_an_error_at_the_function() {
    assert_problems(
        "referral_to_unknown_function",
        &[(58, 55, "unknown function `childcare`")],
    );
}

#[test]
fn an_inject_after_the_end_is_an_error_at_its_time() {
    assert_problems(
        "msel_inject_after_end",
        &[(
            61,
            25,
            "inject 1 is due at 1d6h, after the exercise ends at 1d",
        )],
    );
}

#[test]
fn an_inject_to_an_unknown_institution_is_an_error_at_the_recipient() {
    assert_problems(
        "msel_to_unknown_institution",
        &[(61, 104, "unknown institution `army`")],
    );
}

#[test]
fn an_unknown_placeholder_in_an_inject_text_is_an_error_at_the_placeholder() {
    assert_problems(
        "msel_text_unknown_placeholder",
        &[(61, 61, "unknown placeholder `{weather}`")],
    );
    let err = rejected(&source("msel_text_unknown_placeholder"));
    let hint = err.problems[0].hint_text().unwrap_or_default();
    assert!(hint.contains("{queue:<bcp>}"), "{hint}");
}

#[test]
fn a_placeholder_that_needs_an_id_is_an_error_at_the_placeholder() {
    assert_problems(
        "msel_text_placeholder_needs_id",
        &[(61, 61, "`{queue}` needs an id: `{queue:<id>}`")],
    );
}

#[test]
fn a_placeholder_never_closed_is_an_error_at_its_brace() {
    assert_problems(
        "msel_text_unclosed_placeholder",
        &[(61, 61, "a `{` opens a placeholder that is never closed")],
    );
    let err = rejected(&source("msel_text_unclosed_placeholder"));
    let hint = err.problems[0].hint_text().unwrap_or_default();
    assert!(hint.starts_with("close it with `}`"), "{hint}");
}

#[test]
fn a_placeholder_naming_an_unknown_bcp_is_an_error_with_the_known_ones() {
    assert_problems(
        "msel_text_unknown_bcp",
        &[(61, 89, "unknown BCP `bcp2` in `{queue:bcp2}`")],
    );
    let err = rejected(&source("msel_text_unknown_bcp"));
    assert_eq!(err.problems[0].hint_text(), Some("known: bcp"));
}

#[test]
fn an_expected_decision_by_an_unknown_institution_is_an_error_at_its_id() {
    assert_problems(
        "msel_expects_unknown_institution",
        &[(61, 162, "unknown institution `army`")],
    );
}

// --- Several problems at once ------------------------------------------------------------------

#[test]
fn several_problems_are_all_reported_in_file_order() {
    assert_problems(
        "several_problems",
        &[
            (13, 20, "lanes must be at least 1"),
            (37, 71, "unknown institution `ministry`"),
            (55, 19, "the outcome shares add up to 1.1000, not 1"),
            (
                61,
                25,
                "inject 1 is due at 1d6h, after the exercise ends at 1d",
            ),
        ],
    );
}

#[test]
fn problems_found_by_late_rules_are_still_sorted_by_position() {
    assert_problems(
        "several_problems_out_of_rule_order",
        &[
            (6, 19, "the exercise duration must be longer than zero"),
            (14, 63, "hour 25 is not an hour of the day"),
            (
                18,
                14,
                "reception site `shelter` cannot be reached from any entry point",
            ),
            (34, 9, "duplicate id `mia` in institutions"),
            (
                61,
                25,
                "inject 1 is due at 10h, after the exercise ends at 0s",
            ),
            (61, 104, "unknown institution `army`"),
            (61, 122, "unknown institution `navy`"),
        ],
    );
}

// --- The exercise overview -------------------------------------------------------------------

#[test]
fn a_participant_naming_an_unknown_institution_is_an_error_at_its_id() {
    assert_problems(
        "participant_unknown_institution",
        &[(10, 68, "unknown institution `red_cross`")],
    );
}

#[test]
fn a_participant_without_an_organisation_is_an_error_at_its_name() {
    assert_problems(
        "participant_without_organisation",
        &[(8, 39, "a participant without an organisation's name")],
    );
}

#[test]
fn a_mission_area_listed_twice_is_an_error_at_the_second() {
    assert_problems(
        "mission_area_twice",
        &[(8, 47, "mission area `Response` is listed twice")],
    );
}

#[test]
fn a_point_of_contact_without_a_name_is_an_error_at_the_name() {
    assert_problems(
        "contact_without_name",
        &[(8, 30, "a point of contact without a name")],
    );
}

// --- Sex, age and citizenship (docs/scenario-format.md, "Cohort") -----------------------------

#[test]
fn a_citizen_code_must_be_iso_3166_alpha_2() {
    assert_problems(
        "citizen_not_iso",
        &[(
            51,
            72,
            "`Syria`: citizen `Syria` is not an ISO 3166 alpha-2 country code",
        )],
    );
}

#[test]
fn sex_shares_of_a_nationality_sum_to_one() {
    assert_problems(
        "sex_shares_do_not_sum_to_one",
        &[(
            52,
            85,
            "the sex shares of `Afghanistan` add up to 0.9000, not 1",
        )],
    );
}

#[test]
fn the_age_bands_leave_room_for_every_unaccompanied_minor() {
    assert_problems(
        "too_few_minors_for_the_unaccompanied",
        &[(
            51,
            68,
            "`Syria`: the age bands under 18 hold 0.02 of its people, fewer than the \
             unaccompanied minors' share 0.03",
        )],
    );
}
