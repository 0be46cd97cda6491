//! `fluxsim new`: a commented starting scenario from a few names — entry points, crossings,
//! registration points, sites and institutions — that passes `check` as written and runs.
//!
//! The file is scenario text (like the format's own field names it is in English): its
//! comments spell out the units of every figure, so a designer can change them in place.

use std::fmt::Write;

/// What the new scenario holds, by display name. Empty lists take one place of the kind
/// (and three institutions) with a neutral name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Starter {
    /// The exercise's name.
    pub name: String,
    /// Entry points: where people appear, beyond the border.
    pub entries: Vec<String>,
    /// Border crossing points.
    pub crossings: Vec<String>,
    /// Registration points.
    pub registrations: Vec<String>,
    /// Reception sites (with beds).
    pub sites: Vec<String>,
    /// Institutions around the table.
    pub institutions: Vec<String>,
}

/// People per hour each entry point sends in the starting scenario.
const RATE_PER_ENTRY: u32 = 10;

/// A place or institution of the new scenario: its id and display name.
struct Named {
    id: String,
    name: String,
}

/// Ids from display names: lower case ASCII, words joined by `_`, unique (`_2`, `_3` ...
/// after a repeat).
fn named(names: &[String], default: &[&str], taken: &mut Vec<String>) -> Vec<Named> {
    let names: Vec<String> = if names.is_empty() {
        default.iter().map(|s| (*s).to_string()).collect()
    } else {
        names.to_vec()
    };
    names
        .into_iter()
        .map(|name| {
            let ascii = deunicode::deunicode(&name).to_lowercase();
            let words: Vec<&str> = ascii
                .split(|c: char| !c.is_ascii_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            let base = if words.is_empty() {
                "place".to_string()
            } else {
                words.join("_")
            };
            let mut id = base.clone();
            let mut n = 1u32;
            while taken.contains(&id) {
                n = n.saturating_add(1);
                id = format!("{base}_{n}");
            }
            taken.push(id.clone());
            Named { id, name }
        })
        .collect()
}

/// A RON string literal.
fn quoted(text: &str) -> String {
    ron::to_string(text).unwrap_or_else(|_| "\"\"".to_string())
}

/// The ids as a RON list.
fn list(ids: &[&Named]) -> String {
    let items: Vec<String> = ids.iter().map(|n| quoted(&n.id)).collect();
    format!("[{}]", items.join(", "))
}

/// `a / b` rounded up, at least `min`.
fn at_least(a: u32, b: u32, min: u32) -> u32 {
    a.div_ceil(b.max(1)).max(min)
}

/// The starting scenario's text.
#[allow(
    clippy::arithmetic_side_effects,
    reason = "counts of names given on a command line, far below u32::MAX"
)]
pub fn starter_text(starter: &Starter) -> String {
    let mut taken = Vec::new();
    let entries = named(&starter.entries, &["Entry point"], &mut taken);
    let crossings = named(&starter.crossings, &["Border crossing"], &mut taken);
    let registrations = named(&starter.registrations, &["Registration point"], &mut taken);
    let sites = named(&starter.sites, &["Reception centre"], &mut taken);
    let exits = named(&[], &["Onward border"], &mut taken);
    let mut ids = Vec::new();
    let institutions = named(
        &starter.institutions,
        &["Ministry of Interior", "Border Police", "Social Welfare"],
        &mut ids,
    );
    let name = if starter.name.trim().is_empty() {
        "New exercise"
    } else {
        starter.name.as_str()
    };
    let n = |v: &[Named]| u32::try_from(v.len()).unwrap_or(u32::MAX);
    let demand = RATE_PER_ENTRY * n(&entries);
    // Registration of one person takes 10 minutes: a desk serves 6 an hour. Half as many
    // desks again as the demand needs, shared by the registration points.
    let desks = at_least(demand * 3, 2 * 6 * n(&registrations), 2);
    // A crossing officer processes one person in 5 minutes: 12 an hour.
    let officers = at_least(demand * 3, 2 * 12 * n(&crossings), 2);
    // People stay 12 hours on average: beds for the demand over a day, with room to spare.
    let beds = at_least(demand * 24, n(&sites), 50).div_ceil(50) * 50;
    let first = &institutions[0];
    let border = institutions.get(1).unwrap_or(first);
    let social = institutions.last().unwrap_or(first);
    let everyone: Vec<&Named> = institutions.iter().collect();
    let others: Vec<&Named> = institutions.iter().filter(|i| i.id != first.id).collect();

    let mut t = String::new();
    let _ = writeln!(
        t,
        "// {name}: a starting scenario written by `fluxsim new`."
    );
    let _ = writeln!(
        t,
        "// Change the figures in place; `fluxsim check FILE` says what does not add up, and"
    );
    let _ = writeln!(
        t,
        "// docs/scenario-format.md explains every field. Times are written \"90s\", \"30m\",\n// \"2h\", \"1d12h\"; rates are people per hour."
    );
    t.push_str("(\n");
    t.push_str("    exercise: (\n");
    let _ = writeln!(t, "        name: {},", quoted(name));
    t.push_str("        start: \"2026-01-01T06:00\",   // local date and time of T+0\n");
    t.push_str("        duration: \"48h\",             // how long the exercise runs\n");
    t.push_str("        seed: 1,                     // random seed (`--seed` overrides it)\n");
    t.push_str("        language: En,                // En, Sq or Sr\n");
    t.push_str("    ),\n\n");

    t.push_str(
        "    // Places people pass through: entry points, crossings, registration, sites, exit.\n",
    );
    t.push_str("    locations: [\n");
    for e in &entries {
        let _ = writeln!(
            t,
            "        (id: {}, name: {}, kind: Entry(country: \"Neighbouring country\")),",
            quoted(&e.id),
            quoted(&e.name)
        );
    }
    for c in &crossings {
        let _ = writeln!(
            t,
            "        (id: {}, name: {}, kind: Bcp(\n            country: \"Neighbouring country\",\n            lanes: {officers},                    // processing lanes (people served at once: lanes or officers, the fewer)\n            shifts: [(from_hour: 6, officers: {officers}), (from_hour: 22, officers: {officers})], // officers on duty from each hour (0-23)\n            service: Exp(mean: \"5m\"),     // time to process one person (mean)\n            queue_limit: Some({}),       // people queuing above which a request is raised\n        )),",
            quoted(&c.id),
            quoted(&c.name),
            demand * 2,
        );
    }
    for r in &registrations {
        let _ = writeln!(
            t,
            "        (id: {}, name: {}, kind: Registration(\n            desks: {desks},                    // workstations working at once\n            service: Exp(mean: \"10m\"),    // time to register one person, interpreter present (mean)\n            languages: [],               // languages the staff speak themselves (codes such as \"ar\")\n        )),",
            quoted(&r.id),
            quoted(&r.name),
        );
    }
    for s in &sites {
        let _ = writeln!(
            t,
            "        (id: {}, name: {}, kind: Reception(\n            capacity: {beds},                // beds\n            stay: Exp(mean: \"12h\"),       // how long a person stays (mean)\n        )),",
            quoted(&s.id),
            quoted(&s.name),
        );
    }
    for x in &exits {
        let _ = writeln!(
            t,
            "        (id: {}, name: {}, kind: Exit(country: \"Next country\", outcome: Onward)),",
            quoted(&x.id),
            quoted(&x.name)
        );
    }
    t.push_str("    ],\n\n");

    t.push_str("    // Travel links, used both ways: walking time (or mode: Bus(\"fleet id\")).\n");
    t.push_str("    links: [\n");
    let mut link = |from: &Named, to: &Named, time: &str| {
        let _ = writeln!(
            t,
            "        (from: {}, to: {}, time: {}),",
            quoted(&from.id),
            quoted(&to.id),
            quoted(time)
        );
    };
    for e in &entries {
        for c in &crossings {
            link(e, c, "30m");
        }
    }
    for c in &crossings {
        for r in &registrations {
            link(c, r, "10m");
        }
    }
    for r in &registrations {
        for s in &sites {
            link(r, s, "1h");
        }
    }
    for s in &sites {
        for x in &exits {
            link(s, x, "3h");
        }
    }
    t.push_str("    ],\n\n");

    t.push_str(
        "    // Interpreters per language: `at` a registration point, or None for remote ones.\n",
    );
    t.push_str("    resources: (\n        interpreters: [\n");
    for r in &registrations {
        let _ = writeln!(
            t,
            "            (language: \"ar\", at: Some({}), count: {desks}),   // interpreters working at once",
            quoted(&r.id)
        );
    }
    t.push_str("        ],\n    ),\n\n");

    t.push_str("    // Institutions: `response` is the time one takes to decide on a request (mean, by day);\n");
    t.push_str("    // night_factor multiplies it at night; role: Played (people at the table), Simulated, Absent.\n");
    t.push_str("    institutions: [\n");
    t.push_str("    // All start Simulated (the engine decides for them): write Played for those at the table.\n");
    for i in &institutions {
        let _ = writeln!(
            t,
            "        (id: {}, name: {}, response: Exp(mean: \"1h\"), night_factor: 2.0, role: Simulated),",
            quoted(&i.id),
            quoted(&i.name)
        );
    }
    t.push_str("    ],\n\n");

    t.push_str("    // Functions and who holds them: Responsible, Accountable (one is a clear owner; none or\n");
    t.push_str("    // two are findings for the exercise), Consulted, Informed. `fluxsim scenario raci export`\n");
    t.push_str("    // writes them as a spreadsheet.\n");
    t.push_str("    functions: [\n");
    let functions = [
        (
            "coordinate",
            "Chair the contingency working group",
            first,
            first,
        ),
        ("declare", "Declare the plan phase", first, first),
        ("approve_reception", "Approve reception", border, first),
        ("open_site", "Open a temporary site", social, first),
    ];
    for (id, fname, responsible, accountable) in functions {
        let _ = writeln!(
            t,
            "        (id: {}, name: {}, responsible: {}, accountable: {}, informed: {}),",
            quoted(id),
            quoted(fname),
            list(&[responsible]),
            list(&[accountable]),
            list(&others),
        );
    }
    t.push_str("    ],\n\n");

    t.push_str("    plan: (\n        coordination: Some(\"coordinate\"),\n        phases: [\n");
    t.push_str("            (id: \"normal\", name: \"Normal\"),\n");
    let _ = writeln!(
        t,
        "            // Alert when more than {} people arrived in 6 hours, declared within 2 hours.",
        demand * 6 * 3 / 2
    );
    let _ = writeln!(
        t,
        "            (id: \"alert\", name: \"Alert\",\n             trigger: Some(Above(metric: Arrivals(window: \"6h\"), value: {}.0)),\n             declared_by: Some(\"declare\"), declare_within: Some(\"2h\")),",
        demand * 6 * 3 / 2
    );
    t.push_str("        ],\n");
    t.push_str("        // Situations raise requests to the function's Accountable institution, to answer by the deadline.\n");
    t.push_str("        requests: [\n");
    t.push_str("            (request: ReceptionApproval, function: \"approve_reception\", deadline: \"2h\"),\n");
    t.push_str(
        "            (request: TemporarySite, function: \"open_site\", deadline: \"6h\"),\n",
    );
    t.push_str("        ],\n        inform_within: \"2h\",   // how soon the Informed must hear of a decision\n");
    t.push_str("        // Registered people move on to a site only once reception is approved.\n");
    t.push_str("        reception_needs_approval: true,\n    ),\n\n");

    t.push_str("    // Arrivals per entry point, in people per hour: PerHour(rate) or Steps([(from, rate), ...]).\n");
    t.push_str("    arrivals: [\n");
    for e in &entries {
        let _ = writeln!(
            t,
            "        (at: {}, rate: PerHour({RATE_PER_ENTRY}.0)),",
            quoted(&e.id)
        );
    }
    t.push_str("    ],\n\n");

    t.push_str("    // Who arrives: nationalities with their shares (0-1) and language shares; what becomes of them.\n");
    t.push_str("    cohort: (\n        nationalities: [\n");
    t.push_str("            (id: \"Nationality A\", share: 1.0, languages: {\"ar\": 1.0}),\n");
    t.push_str(
        "        ],\n        outcomes: (onward: 1.0, asylum: 0.0, return: 0.0),\n    ),\n\n",
    );

    t.push_str("    // The MSEL: timed injects (`fluxsim msel template` writes a spreadsheet to fill in).\n");
    t.push_str("    msel: [\n");
    let _ = writeln!(
        t,
        "        (number: 1, at: \"2h\", synopsis: \"Arrivals at the crossing are rising.\",\n         from: \"Exercise control\", to: {}, method: \"phone\",\n         expected_action: \"Convene the contingency working group.\",\n         capability: \"Operational Coordination\"),",
        list(&everyone[..1])
    );
    t.push_str("    ],\n)\n");
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_come_from_names_in_plain_ascii_and_stay_unique() {
        let mut taken = Vec::new();
        let names = ["Vërmicë/Vrbnica".to_string(), "Vermice Vrbnica".to_string()];
        let out = named(&names, &[], &mut taken);
        let ids: Vec<&str> = out.iter().map(|n| n.id.as_str()).collect();
        assert_eq!(ids, ["vermice_vrbnica", "vermice_vrbnica_2"]);
    }
}
