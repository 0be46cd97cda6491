//! Printed paper for the room: inject cards the controllers hand to each receiving
//! institution (what the players may see: number, time, from, to, synopsis, method — never
//! the expected action or the controller's notes), and the controllers' own MSEL with those.
//! One self-contained HTML page each, every text escaped, laid out for A4.

use maud::{DOCTYPE, Markup, PreEscaped, html};

use crate::i18n::Lang;
use crate::scenario::{Inject, Scenario};
use crate::tr;

use super::plan::when;

const STYLE: &str = "body{font-family:sans-serif;margin:1cm;color:#000}\
.cards{display:grid;grid-template-columns:1fr 1fr;gap:0.6cm}\
.card{border:2px solid #000;padding:0.4cm;break-inside:avoid;page-break-inside:avoid}\
.card h2{margin:0 0 0.2cm;font-size:1.3em}.card dl{margin:0}\
.card dt{font-weight:bold;margin-top:0.15cm}.card dd{margin:0}\
.card .synopsis{font-size:1.1em;margin-top:0.3cm;white-space:pre-wrap}\
table{border-collapse:collapse;width:100%}th,td{border:1px solid #000;padding:0.15cm;\
vertical-align:top;text-align:left}tr{break-inside:avoid}\
@page{size:A4;margin:1cm}@media print{body{margin:0}}";

/// A scenario's institution by name, its id beside it, or the id as written when unknown.
fn institution(scenario: &Scenario, id: &str) -> String {
    scenario
        .institutions
        .iter()
        .find(|i| i.id == id)
        .map_or_else(|| id.to_string(), |i| format!("{} ({})", i.name, i.id))
}

/// When an inject is delivered, as the room reads it: its time and clock time, or for a
/// state-triggered one, that it comes when the situation calls for it (its condition stays
/// with the controllers).
fn time(scenario: &Scenario, inject: &Inject, lang: Lang) -> String {
    let at = when(&scenario.exercise.start, inject.at.0, lang);
    match inject.trigger {
        Some(_) => tr!(lang, "cards-when-triggered", from = at),
        None => at,
    }
}

fn page(lang: Lang, title: &str, body: Markup) -> String {
    html! {
        (DOCTYPE)
        html lang=(lang.tag()) {
            head {
                meta charset="utf-8";
                title { (title) }
                style { (PreEscaped(STYLE)) }
            }
            body { (body) }
        }
    }
    .into_string()
}

/// One card per inject per receiving institution, in MSEL order: what the controllers hand
/// to the table.
pub fn inject_cards(scenario: &Scenario, lang: Lang) -> String {
    let scenario = &scenario.in_language(lang);
    let title = tr!(
        lang,
        "cards-title",
        exercise = scenario.exercise.name.as_str()
    );
    let body = html! {
        h1 { (title) }
        section.cards {
            @for inject in &scenario.msel {
                @for to in &inject.to {
                    article.card {
                        h2 { (tr!(lang, "cards-inject", number = inject.number)) }
                        dl {
                            dt { (tr!(lang, "cards-to")) } dd { (institution(scenario, to)) }
                            dt { (tr!(lang, "cards-from")) } dd { (institution(scenario, &inject.from)) }
                            dt { (tr!(lang, "cards-time")) } dd { (time(scenario, inject, lang)) }
                            @if !inject.method.is_empty() {
                                dt { (tr!(lang, "cards-method")) } dd { (inject.method) }
                            }
                        }
                        p.synopsis { (inject.synopsis) }
                    }
                }
            }
        }
    };
    page(lang, &title, body)
}

/// The controllers' MSEL: every inject with what the players should do and the notes, for
/// the control cell only.
pub fn controller_msel(scenario: &Scenario, lang: Lang) -> String {
    let scenario = &scenario.in_language(lang);
    let title = tr!(
        lang,
        "cards-controller-title",
        exercise = scenario.exercise.name.as_str()
    );
    let to = |inject: &Inject| {
        inject
            .to
            .iter()
            .map(|id| institution(scenario, id))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let body = html! {
        h1 { (title) }
        p { (tr!(lang, "cards-controller-only")) }
        table {
            thead {
                tr {
                    th { "#" }
                    th { (tr!(lang, "cards-time")) }
                    th { (tr!(lang, "cards-from")) }
                    th { (tr!(lang, "cards-to")) }
                    th { (tr!(lang, "cards-synopsis")) }
                    th { (tr!(lang, "cards-expected")) }
                    th { (tr!(lang, "cards-capability")) }
                    th { (tr!(lang, "cards-notes")) }
                }
            }
            tbody {
                @for inject in &scenario.msel {
                    tr {
                        td { (inject.number) }
                        td { (time(scenario, inject, lang)) }
                        td { (institution(scenario, &inject.from)) }
                        td { (to(inject)) }
                        td { (inject.synopsis) }
                        td { (inject.expected_action) }
                        td { (inject.capability) }
                        td { (inject.notes) }
                    }
                }
            }
        }
    };
    page(lang, &title, body)
}
