//! The layers of docs/architecture.md hold in the code: every `crate::` path in `src/` points
//! to the same layer or one below it, and the front ends name only what the crate root
//! exports (the engine and the coordination model stay behind the `Simulation` facade).

use std::collections::BTreeSet;
use std::path::Path;

/// The facade's layer: its three parts may import each other.
const FACADE: u8 = 6;

/// The layer of a top-level module of `src/`, lowest first; `None` for the crate root.
fn layer(module: &str) -> Option<u8> {
    Some(match module {
        "time" | "i18n" => 0,
        "output" => 1,
        "scenario" => 2,
        "sim" | "schedule" => 3,
        "command" => 4,
        "coordination" => 5,
        "simulation" | "inject" | "view" | "checkpoint" => FACADE,
        "journal" => 7,
        "report" | "sweep" | "console" => 8,
        "serve" => 9,
        "cli" => 10,
        _ => return None,
    })
}

/// The layer of a name the crate root re-exports (`crate::Simulation`, ...).
fn root_item_layer(item: &str) -> Option<u8> {
    Some(match item {
        "SimTime" | "tr" => 0,
        "Scenario" | "Ranges" => 2,
        "Command" | "CommandError" | "ControlAction" | "DecisionKind" | "Origin" | "Via" => 4,
        "Gap"
        | "Metrics"
        | "OpenRequest"
        | "Simulation"
        | "Snapshot"
        | "Checkpoint"
        | "CheckpointError"
        | "checkpoint_scenario_hash" => FACADE,
        _ => return None,
    })
}

/// What a front end (journal and above) may name: the public modules and the root's items.
const PUBLIC_MODULES: [&str; 13] = [
    "time", "i18n", "output", "scenario", "command", "schedule", "view", "journal", "report",
    "sweep", "console", "serve", "cli",
];

/// The first path segment of every `crate::` path in `text`, `use crate::{a, b::c}` groups
/// included.
fn crate_paths(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 1;
            let end = group
                .char_indices()
                .find(|&(_, c)| {
                    match c {
                        '{' => depth += 1,
                        '}' => depth -= 1,
                        _ => {}
                    }
                    depth == 0
                })
                .map_or(group.len(), |(i, _)| i);
            let mut depth = 0;
            let mut item = String::new();
            for c in group[..end].chars().chain([',']) {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        let first = item.trim().split("::").next().unwrap_or("").to_string();
                        if !first.is_empty() && first != "self" {
                            out.push(first);
                        }
                        item.clear();
                        continue;
                    }
                    _ => {}
                }
                item.push(c);
            }
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            out.push(name);
        }
    }
    out
}

/// (file, its top-level module, the first segments it names after `crate::`).
fn sources() -> Vec<(String, String, Vec<String>)> {
    fn walk(dir: &Path, root: &Path, out: &mut Vec<(String, String, Vec<String>)>) {
        for entry in std::fs::read_dir(dir).expect("a source directory") {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                walk(&path, root, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let rel = path.strip_prefix(root).expect("under src");
                let first = rel.components().next().expect("a component");
                let module = first
                    .as_os_str()
                    .to_string_lossy()
                    .trim_end_matches(".rs")
                    .to_string();
                let text = std::fs::read_to_string(&path).expect("a source file");
                out.push((rel.display().to_string(), module, crate_paths(&text)));
            }
        }
    }
    let root = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src"));
    let mut out = Vec::new();
    walk(root, root, &mut out);
    out.sort();
    out
}

#[test]
fn crate_paths_are_read_from_uses_groups_and_inline_paths() {
    let text = "use crate::{Command, sim::{self, Engine}};\nlet x = crate::time::SimTime::ZERO;";
    assert_eq!(crate_paths(text), ["Command", "sim", "time"]);
}

#[test]
fn every_import_points_to_the_same_layer_or_below() {
    let mut upward = BTreeSet::new();
    let mut checked = 0;
    for (file, module, paths) in sources() {
        let Some(own) = layer(&module) else { continue };
        for name in paths {
            let target = layer(&name).or_else(|| root_item_layer(&name));
            let Some(target) = target else {
                panic!("{file} names crate::{name}, which has no layer in this spec");
            };
            checked += 1;
            // Siblings of one layer stay apart, except the facade's three parts.
            let sibling = target == own && name != module && own != FACADE;
            if target > own || sibling {
                upward.insert(format!("{file} ({module}) → {name}"));
            }
        }
    }
    assert!(checked > 100, "only {checked} imports found");
    assert!(upward.is_empty(), "imports against the layers: {upward:#?}");
}

#[test]
fn front_ends_use_only_what_the_crate_root_exports() {
    let mut inside = BTreeSet::new();
    for (file, module, paths) in sources() {
        if layer(&module).is_none_or(|l| l <= FACADE) {
            continue;
        }
        for name in paths {
            if !PUBLIC_MODULES.contains(&name.as_str()) && root_item_layer(&name).is_none() {
                inside.insert(format!("{file} → crate::{name}"));
            }
        }
    }
    assert!(
        inside.is_empty(),
        "front ends reaching past the facade: {inside:#?}"
    );
}
