//! The pages, as maud templates: every value is escaped as it is written.

use maud::{DOCTYPE, Markup, html};

use super::charts::line_chart;
use crate::console::seats::{
    Curve, DecisionForm, Line, MAX_TEXT, Measure, Picture, PlaceFigures, SeatPicture, Setup,
};
use crate::i18n::{Lang, Localized};
use crate::tr;

/// Most injects, decisions and gaps the projector lists (the newest, first), so it never
/// scrolls; what does not fit its box is cut off at the bottom, among the oldest.
const PROJECTOR_LINES: usize = 5;
/// Most BCPs whose queues the projector draws, so the legend stays readable.
const PROJECTOR_QUEUES: usize = 6;

/// `path` in `lang`: where a page's links and forms lead, so that the page they bring keeps
/// its reader's language whatever the browser's.
fn kept(lang: Lang, path: &str) -> String {
    format!("{path}?lang={}", lang.code())
}

fn page(lang: Lang, title: &str, class: &str, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang=(lang.tag()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) }
                link rel="stylesheet" href="/assets/style.css";
                script src="/assets/live.js" defer {}
            }
            body class=(class) { (body) }
        }
    }
}

/// A plain message (a refusal).
pub(super) fn message(lang: Lang, text: &str) -> Markup {
    page(
        lang,
        &tr!(lang, "seats-title"),
        "plain",
        html! {
            main {
                p.message role="alert" { (text) }
                p { a href=(kept(lang, "/")) { (tr!(lang, "seats-back-index")) } }
            }
        },
    )
}

/// The list of seats and the projector.
pub(super) fn index(lang: Lang, setup: &Setup) -> Markup {
    page(
        lang,
        &setup.exercise,
        "plain",
        html! {
            main {
                h1 { (setup.exercise) }
                p { a href="/projector" { (tr!(lang, "seats-projector")) } }
                h2 { (tr!(lang, "seats-seats")) }
                ul {
                    @for (id, name) in setup.seats_in(lang) {
                        li { a href=(kept(lang, &format!("/seat/{id}"))) { (name) } " (" (id) ")" }
                    }
                }
                p { a href=(kept(lang, "/evaluator")) { (tr!(lang, "seats-evaluator")) } }
            }
        },
    )
}

/// The join form of seat `id`, with why the last try failed.
pub(super) fn join(lang: Lang, id: &str, name: &str, failed: Option<&str>) -> Markup {
    page(
        lang,
        name,
        "plain",
        html! {
            main {
                h1 { (name) }
                @if let Some(why) = failed { p.message role="alert" { (why) } }
                form method="post" action=(kept(lang, &format!("/seat/{id}/join"))) {
                    label for="code" { (tr!(lang, "seats-code")) }
                    input #code name="code" type="password" autocomplete="off" required maxlength="64";
                    button type="submit" { (tr!(lang, "seats-join")) }
                }
            }
        },
    )
}

/// What `line` says in `lang`: an inject it quotes in that language where the scenario
/// translates it.
fn said(lang: Lang, setup: &Setup, line: &Line) -> String {
    match &line.quote {
        None => line.what.localized(lang),
        Some(quote) => tr!(
            lang,
            line.what.key(),
            number = quote.number,
            text = setup.quoted(lang, quote)
        ),
    }
}

fn lines(lang: Lang, setup: &Setup, lines: &[Line], empty: &str) -> Markup {
    html! {
        @if lines.is_empty() {
            p.empty { (empty) }
        } @else {
            table {
                @for line in lines {
                    tr { td.at { (line.at) } td.who { (line.who) } td { (said(lang, setup, line)) } }
                }
            }
        }
    }
}

/// The newest `n` lines, newest first: what a screen that cuts off its overflow keeps.
fn newest(all: &[Line], n: usize) -> Vec<Line> {
    all[all.len().saturating_sub(n)..]
        .iter()
        .rev()
        .cloned()
        .collect()
}

/// The projector: the room's picture, no controller's answers.
pub(super) fn projector(lang: Lang, setup: &Setup, picture: &Picture) -> Markup {
    page(
        lang,
        &setup.exercise,
        "projector",
        html! {
            main #live data-src="/projector/live" {
                (projector_live(lang, setup, picture))
            }
        },
    )
}

/// The live part of the projector.
pub(super) fn projector_live(lang: Lang, setup: &Setup, picture: &Picture) -> Markup {
    let h = picture.headline;
    let named = |curve: &Curve| setup.place_name(lang, &curve.place).to_string();
    let queues = &picture.charts.queues[..picture.charts.queues.len().min(PROJECTOR_QUEUES)];
    html! {
        header {
            span.clock { (picture.clock) }
            span.phase { (tr!(lang, "seats-phase")) " " strong { (picture.phase) } }
        }
        section.figures {
            div { b { (h.arrivals) } span { (tr!(lang, "seats-arrivals")) } }
            div { b { (h.queued) } span { (tr!(lang, "seats-queued")) } }
            div { b { (h.sheltered) } span { (tr!(lang, "seats-sheltered")) } }
            div { b { (h.outdoors) } span { (tr!(lang, "seats-outdoors")) } }
        }
        section.charts {
            (line_chart(&tr!(lang, "seats-chart-arrivals"), std::slice::from_ref(&picture.charts.arrivals), named))
            (line_chart(&tr!(lang, "seats-chart-outdoors"), std::slice::from_ref(&picture.charts.outdoors), named))
            (line_chart(&tr!(lang, "seats-chart-queues"), queues, named))
        }
        section.lists {
            section.injects {
                h2 { (tr!(lang, "seats-injects")) }
                (lines(lang, setup, &newest(&picture.injects, PROJECTOR_LINES), &tr!(lang, "seats-none-yet")))
            }
            section.decisions {
                h2 { (tr!(lang, "seats-decisions")) }
                (lines(lang, setup, &newest(&picture.decisions, PROJECTOR_LINES), &tr!(lang, "seats-none-yet")))
            }
            @if let Some(gaps) = &picture.gaps {
                section.gaps {
                    h2 { (tr!(lang, "seats-gaps")) }
                    (lines(lang, setup, &newest(gaps, PROJECTOR_LINES), &tr!(lang, "seats-no-gaps")))
                }
            }
        }
    }
}

/// A seat's page: what its institution knows and what it can do, with the answer to what it
/// just asked.
pub(super) fn seat(
    lang: Lang,
    setup: &Setup,
    picture: &Picture,
    id: &str,
    said: Option<Result<String, String>>,
) -> Markup {
    let name = setup.seat_name_in(lang, id).unwrap_or(id);
    page(
        lang,
        name,
        "seat",
        html! {
            header.top {
                h1 { (name) }
            }
            @match &said {
                Some(Ok(done)) => p.done role="status" { (done) },
                Some(Err(why)) => p.message role="alert" { (why) },
                None => {},
            }
            div #live data-src={ "/seat/" (id) "/live" } {
                (seat_live(lang, setup, picture, id))
            }
            section.act {
                h2 { (tr!(lang, "seats-action")) }
                form.action method="post" action=(kept(lang, &format!("/seat/{id}/act"))) {
                    label {
                        span { (tr!(lang, "seats-action-help")) }
                        textarea name="text" rows="3" maxlength=(MAX_TEXT) required {}
                    }
                    button type="submit" { (tr!(lang, "seats-send")) }
                }
            }
            section.inform {
                h2 { (tr!(lang, "seats-inform")) }
                form.inform method="post" action=(kept(lang, &format!("/seat/{id}/inform"))) {
                    fieldset {
                        legend { (tr!(lang, "seats-inform-to")) }
                        @for (other, other_name) in setup.seats_in(lang).filter(|(i, _)| *i != id) {
                            label.choice {
                                input type="checkbox" name="to" value=(other);
                                " " (other_name) " (" (other) ")"
                            }
                        }
                    }
                    label {
                        span { (tr!(lang, "seats-inform-about")) }
                        select name="about" required {
                            @for (topic, topic_name) in setup.topics() {
                                option value=(topic) { (topic_name) " (" (topic) ")" }
                            }
                        }
                    }
                    label {
                        span { (tr!(lang, "seats-inform-text")) }
                        textarea name="text" rows="3" maxlength=(MAX_TEXT) {}
                    }
                    button type="submit" { (tr!(lang, "seats-send")) }
                }
            }
            section.decide {
                h2 { (tr!(lang, "seats-decide")) }
                @for form in &setup.forms {
                    (decision_form(lang, setup, id, form))
                }
            }
        },
    )
}

/// A decision's form in `lang`: what it does and its fields named in the catalogue's words,
/// each option shown as its reader calls it while the form sends the id the console checks.
fn decision_form(lang: Lang, setup: &Setup, id: &str, form: &DecisionForm) -> Markup {
    html! {
        form.decision method="post" action=(kept(lang, &format!("/seat/{id}/decide"))) {
            input type="hidden" name="decision" value=(form.name);
            h3 { (tr!(lang, form.summary)) }
            @for field in &form.fields {
                label {
                    span { (tr!(lang, field.label)) " — " (tr!(lang, field.help)) }
                    @if let Some((min, max)) = field.kind.range() {
                        input type="number" name=(field.name) min=(min) max=(max) required;
                    } @else {
                        select name=(field.name) required {
                            @for option in &field.options {
                                option value=(option) { (setup.option_word(lang, field.kind, option)) }
                            }
                        }
                    }
                }
            }
            button type="submit" value=(form.name) { (tr!(lang, "seats-send")) }
        }
    }
}

/// The live part of a seat's page.
pub(super) fn seat_live(lang: Lang, setup: &Setup, picture: &Picture, id: &str) -> Markup {
    let none = tr!(lang, "seats-none-yet");
    let empty = SeatPicture {
        id: id.to_string(),
        told: Vec::new(),
        waiting: Vec::new(),
        raci: Vec::new(),
        decisions: Vec::new(),
        places: Vec::new(),
        reported: None,
    };
    let seat = picture.seat(id).unwrap_or(&empty);
    html! {
        p.status {
            span.clock { (picture.clock) }
            " · " (tr!(lang, "seats-phase")) " " strong { (picture.phase) }
        }
        section.waiting {
            h2 { (tr!(lang, "seats-waiting")) }
            @if seat.waiting.is_empty() {
                p.empty { (tr!(lang, "seats-nothing-waiting")) }
            } @else {
                table {
                    @for w in &seat.waiting {
                        tr class=[(w.minutes_left < 0).then_some("overdue")] {
                            td { "#" (w.id) }
                            td { (w.what.localized(lang)) }
                            td.at { (w.deadline) }
                            td { (tr!(lang, "seats-minutes-left", minutes = w.minutes_left)) }
                            td.reason { (w.reason.localized(lang)) }
                        }
                    }
                }
            }
        }
        section.places {
            h2 { (tr!(lang, "seats-places")) }
            @if seat.places.is_empty() {
                p.empty { (tr!(lang, "seats-no-places")) }
            } @else {
                table {
                    @for place in &seat.places {
                        (place_row(lang, setup, place))
                    }
                }
            }
        }
        section.reported {
            @match &seat.reported {
                Some(reported) => {
                    h2 { (tr!(lang, "seats-reported", at = reported.at.as_str())) }
                    table {
                        @for place in &reported.places {
                            (place_row(lang, setup, place))
                        }
                    }
                }
                None => {
                    h2 { (tr!(lang, "seats-reported-title")) }
                    p.empty { (tr!(lang, "seats-reported-none")) }
                }
            }
        }
        section.told {
            h2 { (tr!(lang, "seats-told")) }
            (lines(lang, setup, &seat.told, &none))
        }
        section.mine {
            h2 { (tr!(lang, "seats-your-decisions")) }
            (lines(lang, setup, &seat.decisions, &none))
        }
        section.raci {
            h2 { (tr!(lang, "seats-raci")) }
            @if seat.raci.is_empty() {
                p.empty { (none) }
            } @else {
                ul {
                    @for (function, letter) in &seat.raci {
                        li { b { (letter) } " " (function) }
                    }
                }
            }
        }
    }
}

/// A place's live figures, as the institution that runs it reads them.
fn place_row(lang: Lang, setup: &Setup, place: &PlaceFigures) -> Markup {
    let figures = match place.measure {
        Measure::Queue {
            queue,
            servers,
            last_hour,
        } => tr!(
            lang,
            "seats-place-queue",
            queue = queue,
            servers = servers,
            hour = last_hour
        ),
        Measure::Waiting { queue } => tr!(lang, "seats-place-waiting", queue = queue),
        Measure::Beds { taken, capacity } => {
            tr!(lang, "seats-place-beds", taken = taken, capacity = capacity)
        }
    };
    html! {
        tr class=[(!place.open).then_some("closed")] {
            td.who { (setup.place_name(lang, &place.id)) }
            td { (figures) }
            td { @if !place.open { (tr!(lang, "seats-place-closed")) } }
        }
    }
}

/// The evaluators' join form.
pub(super) fn evaluator_join(lang: Lang) -> Markup {
    page(
        lang,
        &tr!(lang, "seats-evaluator"),
        "plain",
        html! {
            main {
                h1 { (tr!(lang, "seats-evaluator")) }
                form method="post" action=(kept(lang, "/evaluator/join")) {
                    label for="code" { (tr!(lang, "seats-code")) }
                    input #code name="code" type="password" autocomplete="off" required maxlength="64";
                    button type="submit" { (tr!(lang, "seats-join")) }
                }
            }
        },
    )
}

/// The evaluators' page: an observation form, and the timeline of injects and decisions.
pub(super) fn evaluator(
    lang: Lang,
    setup: &Setup,
    picture: &Picture,
    said: Option<Result<String, String>>,
) -> Markup {
    page(
        lang,
        &tr!(lang, "seats-evaluator"),
        "seat",
        html! {
            header.top { h1 { (setup.exercise) " — " (tr!(lang, "seats-evaluator")) } }
            @match &said {
                Some(Ok(done)) => p.done role="status" { (done) },
                Some(Err(why)) => p.message role="alert" { (why) },
                None => {},
            }
            section.observe {
                h2 { (tr!(lang, "seats-observe")) }
                form.observe method="post" action=(kept(lang, "/evaluator/observe")) {
                    label {
                        span { (tr!(lang, "seats-observe-text")) }
                        textarea name="text" rows="3" maxlength=(MAX_TEXT) required {}
                    }
                    label {
                        span { (tr!(lang, "seats-observe-institution")) }
                        select name="institution" {
                            option value="" { "—" }
                            @for (id, name) in setup.seats_in(lang) {
                                option value=(id) { (name) }
                            }
                        }
                    }
                    label {
                        span { (tr!(lang, "seats-observe-capability")) }
                        select name="capability" {
                            option value="" { "—" }
                            @for name in &setup.capabilities {
                                option value=(name) { (name) }
                            }
                        }
                    }
                    @if !setup.tasks.is_empty() {
                        label {
                            span { (tr!(lang, "seats-observe-task")) }
                            select name="task" {
                                option value="" { "—" }
                                @for (id, label) in &setup.tasks {
                                    option value=(id) { (label) }
                                }
                            }
                        }
                    }
                    label {
                        span { (tr!(lang, "seats-observe-inject")) }
                        select name="inject" {
                            option value="" { "—" }
                            @for (number, synopsis) in setup.injects_in(lang) {
                                option value=(number) { "#" (number) " " (synopsis) }
                            }
                        }
                    }
                    label {
                        span { (tr!(lang, "seats-observe-rating")) }
                        select name="rating" {
                            option value="" { "—" }
                            @for r in ["P", "S", "M", "U"] {
                                option value=(r) { (r) }
                            }
                        }
                    }
                    button type="submit" { (tr!(lang, "seats-send")) }
                }
            }
            div #live data-src="/evaluator/live" {
                (evaluator_live(lang, setup, picture))
            }
        },
    )
}

/// The live part of the evaluators' page: the clock, the critical tasks as they stand, the
/// timeline of injects and decisions.
pub(super) fn evaluator_live(lang: Lang, setup: &Setup, picture: &Picture) -> Markup {
    let none = tr!(lang, "seats-none-yet");
    html! {
        p.status { span.clock { (picture.clock) } " · " (tr!(lang, "seats-phase")) " " strong { (picture.phase) } }
        @if !picture.tasks.is_empty() {
            section.tasks { h2 { (tr!(lang, "seats-tasks")) } (lines(lang, setup, &picture.tasks, &none)) }
        }
        section.injects { h2 { (tr!(lang, "seats-injects")) } (lines(lang, setup, &picture.injects, &none)) }
        section.decisions { h2 { (tr!(lang, "seats-decisions")) } (lines(lang, setup, &picture.decisions, &none)) }
    }
}
