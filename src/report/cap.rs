//! The MSEL's injects, and every inject delivered in the journal — from the MSEL or given
//! during play — as CAP 1.2 alerts (OASIS Common Alerting Protocol) with `status` Exercise,
//! gathered in an Atom feed as alert hubs publish them. Each alert has one `<info>` block per
//! language of the catalogue (the exercise's own first), its prose from the catalogue and the
//! scenario's translations. Written by hand with every text escaped: the document is small
//! and flat. The layout is documented in docs/export-csv.md, "CAP alerts".

use std::fmt::Write as _;

use crate::i18n::{Lang, Localized};
use crate::journal::{Journal, Outcome};
use crate::scenario::{InjectEffect, Language, Scenario, inject_words};
use crate::time::SimTime;
use crate::{Command, Simulation, tr};

/// The CAP 1.2 namespace.
pub const CAP_NS: &str = "urn:oasis:names:tc:emergency:cap:1.2";

/// The sender of every alert (CAP forbids spaces and commas in it).
pub const SENDER: &str = "exercise-control@fluxsim.invalid";

/// The languages of the `<info>` blocks: every language of the catalogue.
pub const LANGUAGES: [Lang; 4] = [Lang::En, Lang::Sq, Lang::Sr, Lang::SrCyrl];

/// A language's code as CAP writes it (RFC 3066).
pub fn cap_language(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en",
        Lang::Sq => "sq",
        Lang::Sr => "sr-Latn",
        Lang::SrCyrl => "sr-Cyrl",
        // The pseudo-locale (a test of the catalogue) is English underneath; CAP has no tag
        // for it.
        Lang::Pseudo => "qps-ploc",
    }
}

/// The catalogue language of the language a scenario's exercise is written for.
fn exercise_lang(language: Language) -> Lang {
    match language {
        Language::En => Lang::En,
        Language::Sq => Lang::Sq,
        Language::Sr => Lang::Sr,
        Language::SrCyrl => Lang::SrCyrl,
    }
}

/// The Atom feed of CAP alerts of `sim`, replayed from `journal`: one `Alert` per MSEL
/// inject at its planned time, one `Update` per delivery at the time it was delivered (with
/// the text as delivered), and one `Alert` per inject the facilitator gave during play (each
/// `Inject` command the journal records as applied), at the time it was given.
pub fn cap_feed(sim: &Simulation, journal: &Journal) -> String {
    let scenario = sim.scenario();
    let slug = slug(&scenario.exercise.name);
    let own = exercise_lang(scenario.exercise.language);
    let mut langs = vec![own];
    langs.extend(LANGUAGES.into_iter().filter(|l| *l != own));
    let read: Vec<(Lang, Scenario)> = langs
        .iter()
        .map(|lang| (*lang, scenario.in_language(*lang)))
        .collect();
    let start = jiff::civil::DateTime::strptime("%Y-%m-%dT%H:%M", &scenario.exercise.start).ok();
    let at = |ms: i64| cap_time(start, ms);
    let msel_text = |index: usize, filled: Option<&str>| -> Vec<Info> {
        read.iter()
            .map(|(lang, shown)| {
                let written = &scenario.msel[index];
                let synopsis = &shown.msel[index].synopsis;
                let description = match filled {
                    Some(filled) => inject_words(&written.synopsis, synopsis, filled),
                    None => synopsis.clone(),
                };
                Info {
                    lang: *lang,
                    sender_name: written.from.clone(),
                    description,
                    parameters: vec![
                        ("MSEL", written.number.to_string()),
                        ("to", written.to.join(" ")),
                    ],
                }
            })
            .collect()
    };
    let mut alerts = Vec::new();
    for (index, inject) in scenario.msel.iter().enumerate() {
        alerts.push(Alert {
            identifier: format!("{slug}-msel-{}", inject.number),
            sent: at(inject.at.millis()),
            msg_type: "Alert",
            references: None,
            note: tr!(own, "cap-note-msel", number = inject.number.to_string()),
            infos: msel_text(index, None),
        });
    }
    for (number, delivered) in sim.deliveries() {
        let Some(index) = scenario.msel.iter().position(|i| i.number == *number) else {
            continue;
        };
        let planned = &alerts[index];
        let references = format!("{SENDER},{},{}", planned.identifier, planned.sent);
        let filled = sim.inject_text(*number);
        alerts.push(Alert {
            identifier: format!("{slug}-msel-{number}-delivered"),
            sent: at(*delivered),
            msg_type: "Update",
            references: Some(references),
            note: tr!(own, "cap-note-msel", number = number.to_string()),
            infos: msel_text(index, filled.as_deref()),
        });
    }
    for given in journal.commands() {
        let (Command::Inject(effect), Some((_, Outcome::Applied(_)))) =
            (&given.command, &given.outcome)
        else {
            continue;
        };
        let infos = read
            .iter()
            .map(|(lang, _)| {
                let (sender_name, description, to) = match effect {
                    InjectEffect::Message { from, to, text } => {
                        (from.clone(), text.clone(), to.join(" "))
                    }
                    InjectEffect::Surge { .. }
                    | InjectEffect::CloseBorder { .. }
                    | InjectEffect::OpenBorder { .. }
                    | InjectEffect::CloseBcp { .. }
                    | InjectEffect::OpenBcp { .. }
                    | InjectEffect::SiteIncident { .. }
                    | InjectEffect::InterpreterShortage { .. }
                    | InjectEffect::OfficerShortage { .. }
                    | InjectEffect::TransportBreakdown { .. } => (
                        given.origin.localized(*lang),
                        given.command.text().localized(*lang),
                        String::new(),
                    ),
                };
                Info {
                    lang: *lang,
                    sender_name,
                    description,
                    parameters: vec![("journalLine", given.line.to_string()), ("to", to)],
                }
            })
            .collect();
        alerts.push(Alert {
            identifier: format!("{slug}-line-{}", given.line),
            sent: at(given.at.millis()),
            msg_type: "Alert",
            references: None,
            note: tr!(own, "cap-note-given", line = given.line.to_string()),
            infos,
        });
    }
    let updated = alerts
        .iter()
        .map(|a| a.sent.clone())
        .max()
        .unwrap_or_else(|| at(0));
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
    let _ = writeln!(out, "  <id>urn:fluxsim:{slug}</id>");
    let _ = writeln!(
        out,
        "  <title>{}</title>",
        escape(&tr!(
            own,
            "cap-feed-title",
            exercise = scenario.exercise.name.clone()
        ))
    );
    let _ = writeln!(out, "  <updated>{updated}</updated>");
    let _ = writeln!(out, "  <author><name>fluxsim</name></author>");
    for alert in &alerts {
        alert.write(&mut out, &slug, own);
    }
    out.push_str("</feed>\n");
    out
}

/// One alert, its `<info>` blocks in order.
struct Alert {
    identifier: String,
    sent: String,
    msg_type: &'static str,
    references: Option<String>,
    /// In the exercise's language (CAP gives an alert one note).
    note: String,
    infos: Vec<Info>,
}

/// One `<info>` block: the alert in one language.
struct Info {
    lang: Lang,
    sender_name: String,
    description: String,
    /// `valueName`, `value`; an empty value is left out.
    parameters: Vec<(&'static str, String)>,
}

/// A CAP headline: the first 160 characters of the text (CAP asks for fewer than 160).
fn headline(text: &str) -> String {
    text.chars().take(160).collect()
}

impl Alert {
    fn write(&self, out: &mut String, slug: &str, own: Lang) {
        let title = self
            .infos
            .first()
            .map(|info| headline(&info.description))
            .unwrap_or_default();
        let _ = writeln!(out, "  <entry>");
        let _ = writeln!(out, "    <id>urn:fluxsim:{}</id>", self.identifier);
        let _ = writeln!(out, "    <title>{}</title>", escape(&title));
        let _ = writeln!(out, "    <updated>{}</updated>", self.sent);
        let _ = writeln!(out, "    <content type=\"application/cap+xml\">");
        let _ = writeln!(out, "      <alert xmlns=\"{CAP_NS}\">");
        let field = |out: &mut String, indent: &str, name: &str, value: &str| {
            let _ = writeln!(out, "{indent}<{name}>{}</{name}>", escape(value));
        };
        let a = "        ";
        field(out, a, "identifier", &self.identifier);
        field(out, a, "sender", SENDER);
        field(out, a, "sent", &self.sent);
        field(out, a, "status", "Exercise");
        field(out, a, "msgType", self.msg_type);
        field(out, a, "scope", "Restricted");
        field(out, a, "restriction", &tr!(own, "cap-restriction"));
        field(out, a, "note", &self.note);
        if let Some(references) = &self.references {
            field(out, a, "references", references);
        }
        field(out, a, "incidents", slug);
        for info in &self.infos {
            let lang = info.lang;
            let _ = writeln!(out, "{a}<info>");
            let i = "          ";
            field(out, i, "language", cap_language(lang));
            field(out, i, "category", "Safety");
            field(out, i, "event", &tr!(lang, "cap-event"));
            field(out, i, "urgency", "Unknown");
            field(out, i, "severity", "Unknown");
            field(out, i, "certainty", "Unknown");
            field(out, i, "senderName", &info.sender_name);
            field(out, i, "headline", &headline(&info.description));
            field(out, i, "description", &info.description);
            for (name, value) in &info.parameters {
                if value.is_empty() {
                    continue;
                }
                let _ = writeln!(out, "{i}<parameter>");
                field(out, &format!("{i}  "), "valueName", name);
                field(out, &format!("{i}  "), "value", value);
                let _ = writeln!(out, "{i}</parameter>");
            }
            let _ = writeln!(out, "{a}</info>");
        }
        let _ = writeln!(out, "      </alert>");
        let _ = writeln!(out, "    </content>");
        let _ = writeln!(out, "  </entry>");
    }
}

/// A CAP time (`2026-10-24T06:30:00-00:00`): the exercise's local time, written with the
/// offset `-00:00` CAP uses for a time given without a known zone.
fn cap_time(start: Option<jiff::civil::DateTime>, ms: i64) -> String {
    let t = start.and_then(|s| s.checked_add(jiff::Span::new().milliseconds(ms)).ok());
    match t {
        Some(t) => format!("{}-00:00", t.strftime("%Y-%m-%dT%H:%M:%S")),
        None => SimTime(ms).t_plus().to_string(),
    }
}

/// The exercise name as an identifier: ASCII letters, digits and `-`.
fn slug(name: &str) -> String {
    let ascii = deunicode::deunicode(name).to_lowercase();
    let mut out = String::new();
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let trimmed = out.trim_end_matches('-');
    if trimmed.is_empty() {
        "exercise".to_string()
    } else {
        trimmed.to_string()
    }
}

/// Text as XML character data or an attribute value.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 forbids are left out.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}
