//! The MSEL's injects, and every inject delivered, as CAP 1.2 alerts (OASIS Common Alerting
//! Protocol) with `status` Exercise, gathered in an Atom feed as alert hubs publish them.
//! Written by hand with every text escaped: the document is small and flat. The layout is
//! documented in docs/export-csv.md, "CAP alerts".

use std::fmt::Write as _;

use crate::Simulation;
use crate::scenario::Inject;
use crate::time::SimTime;

/// The CAP 1.2 namespace.
pub const CAP_NS: &str = "urn:oasis:names:tc:emergency:cap:1.2";

/// The sender of every alert (CAP forbids spaces and commas in it).
pub const SENDER: &str = "exercise-control@fluxsim.invalid";

/// The Atom feed of CAP alerts of `sim`: one `Alert` per MSEL inject at its planned time,
/// and one `Update` per delivery, at the time it was delivered, with the text as delivered.
pub fn cap_feed(sim: &Simulation) -> String {
    let scenario = sim.scenario();
    let slug = slug(&scenario.exercise.name);
    let language = scenario.exercise.language;
    let lang = match language {
        crate::scenario::Language::En => "en",
        crate::scenario::Language::Sq => "sq",
        crate::scenario::Language::Sr => "sr-Latn",
        crate::scenario::Language::SrCyrl => "sr-Cyrl",
    };
    let start = jiff::civil::DateTime::strptime("%Y-%m-%dT%H:%M", &scenario.exercise.start).ok();
    let at = |ms: i64| cap_time(start, ms);
    let mut entries = Vec::new();
    for inject in &scenario.msel {
        let planned = Alert {
            identifier: format!("{slug}-msel-{}", inject.number),
            sent: at(inject.at.millis()),
            msg_type: "Alert",
            references: None,
            text: inject.synopsis.clone(),
        };
        entries.push((planned, inject));
    }
    let mut updates = Vec::new();
    for (number, delivered) in sim.deliveries() {
        let Some((planned, inject)) = entries.iter().find(|(_, i)| i.number == *number) else {
            continue;
        };
        let text = sim
            .inject_text(*number)
            .unwrap_or_else(|| inject.synopsis.clone());
        updates.push((
            Alert {
                identifier: format!("{slug}-msel-{number}-delivered"),
                sent: at(*delivered),
                msg_type: "Update",
                references: Some(format!("{SENDER},{},{}", planned.identifier, planned.sent)),
                text,
            },
            *inject,
        ));
    }
    entries.extend(updates);
    let updated = entries
        .iter()
        .map(|(a, _)| a.sent.clone())
        .max()
        .unwrap_or_else(|| at(0));
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
    let _ = writeln!(out, "  <id>urn:fluxsim:{slug}</id>");
    let _ = writeln!(
        out,
        "  <title>{} (EXERCISE)</title>",
        escape(&scenario.exercise.name)
    );
    let _ = writeln!(out, "  <updated>{updated}</updated>");
    let _ = writeln!(out, "  <author><name>fluxsim</name></author>");
    for (alert, inject) in &entries {
        alert.write(&mut out, inject, &slug, lang);
    }
    out.push_str("</feed>\n");
    out
}

struct Alert {
    identifier: String,
    sent: String,
    msg_type: &'static str,
    references: Option<String>,
    text: String,
}

impl Alert {
    fn write(&self, out: &mut String, inject: &Inject, slug: &str, lang: &str) {
        let headline: String = self.text.chars().take(160).collect();
        let _ = writeln!(out, "  <entry>");
        let _ = writeln!(out, "    <id>urn:fluxsim:{}</id>", self.identifier);
        let _ = writeln!(out, "    <title>{}</title>", escape(&headline));
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
        field(out, a, "restriction", "Exercise participants only");
        field(
            out,
            a,
            "note",
            &format!("EXERCISE — MSEL inject {}", inject.number),
        );
        if let Some(references) = &self.references {
            field(out, a, "references", references);
        }
        field(out, a, "incidents", slug);
        let _ = writeln!(out, "{a}<info>");
        let i = "          ";
        field(out, i, "language", lang);
        field(out, i, "category", "Safety");
        field(out, i, "event", "Exercise inject");
        field(out, i, "urgency", "Unknown");
        field(out, i, "severity", "Unknown");
        field(out, i, "certainty", "Unknown");
        field(out, i, "senderName", &inject.from);
        field(out, i, "headline", &headline);
        field(out, i, "description", &self.text);
        let _ = writeln!(out, "{i}<parameter>");
        field(out, &format!("{i}  "), "valueName", "MSEL");
        field(out, &format!("{i}  "), "value", &inject.number.to_string());
        let _ = writeln!(out, "{i}</parameter>");
        let _ = writeln!(out, "{i}<parameter>");
        field(out, &format!("{i}  "), "valueName", "to");
        field(out, &format!("{i}  "), "value", &inject.to.join(" "));
        let _ = writeln!(out, "{i}</parameter>");
        let _ = writeln!(out, "{a}</info>");
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
