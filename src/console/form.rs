//! The command palette, the command form and the run-until prompt: text typed by the
//! facilitator, checked as it is typed.

use crate::i18n::Lang;
use crate::scenario::Scenario;
use crate::time::SimTime;
use crate::tr;

use super::commands::{COMMANDS, CommandSpec, FieldKind, Value, kind_name, known_ids};

/// Most completions listed under a field.
const MAX_COMPLETIONS: usize = 6;

/// Picking a command by name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Palette {
    /// What was typed.
    pub filter: String,
    /// Index into the matches.
    pub selected: usize,
}

impl Palette {
    /// The commands whose name or summary (in `lang`) contains the filter: names that start
    /// with it first, then names that contain it, then the commands only their summary
    /// matches; table order within each.
    pub fn matches(&self, lang: Lang) -> Vec<&'static CommandSpec> {
        let needle = self.filter.trim().to_lowercase();
        let rank = |c: &CommandSpec| {
            if c.name.starts_with(&needle) {
                Some(0)
            } else if c.name.contains(&needle) {
                Some(1)
            } else if tr!(lang, c.summary).to_lowercase().contains(&needle) {
                Some(2)
            } else {
                None
            }
        };
        let mut ranked: Vec<(u8, &'static CommandSpec)> = COMMANDS
            .iter()
            .filter_map(|c| rank(c).map(|r| (r, c)))
            .collect();
        // A stable sort keeps the table order within a rank.
        ranked.sort_by_key(|(r, _)| *r);
        ranked.into_iter().map(|(_, c)| c).collect()
    }

    /// The highlighted command, if any matches.
    pub fn chosen(&self, lang: Lang) -> Option<&'static CommandSpec> {
        let matches = self.matches(lang);
        matches
            .get(self.selected.min(matches.len().saturating_sub(1)))
            .copied()
    }
}

/// The verdict on one field as typed so far.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Check {
    /// Accepted.
    Valid(Value),
    /// Not accepted, with the reason in words.
    Invalid(String),
}

/// Filling in the fields of one command.
#[derive(Debug, Clone)]
pub struct Form {
    /// The command being composed.
    pub spec: &'static CommandSpec,
    /// Text typed per field.
    pub inputs: Vec<String>,
    /// The field being edited.
    pub focus: usize,
}

impl Form {
    /// An empty form for a command.
    pub fn new(spec: &'static CommandSpec) -> Self {
        Form {
            spec,
            inputs: vec![String::new(); spec.fields.len()],
            focus: 0,
        }
    }

    /// Checks field `i` against the scenario; says why not in `lang`.
    pub fn check(&self, scenario: &Scenario, i: usize, lang: Lang) -> Check {
        let field = &self.spec.fields[i];
        let text = self.inputs[i].trim();
        match field.kind {
            FieldKind::Int { min, max } => match text.parse::<i64>() {
                _ if text.is_empty() => {
                    Check::Invalid(tr!(lang, "form-type-number", what = tr!(lang, field.help)))
                }
                Err(_) => Check::Invalid(tr!(lang, "form-not-whole", text = text)),
                Ok(n) if n < min || n > max => Check::Invalid(tr!(
                    lang,
                    "form-out-of-range",
                    value = n,
                    min = min,
                    max = max
                )),
                Ok(n) => Check::Valid(Value::Int(n)),
            },
            kind => {
                let known = known_ids(scenario, kind);
                let name = tr!(lang, kind_name(kind));
                if text.is_empty() {
                    Check::Invalid(tr!(lang, "form-type-id", kind = name))
                } else if known.iter().any(|k| k == text) {
                    Check::Valid(Value::Id(text.to_string()))
                } else if self.completions(scenario, i).is_empty() {
                    Check::Invalid(tr!(
                        lang,
                        "form-unknown-id-known",
                        kind = name,
                        text = text,
                        known = known.join(", ")
                    ))
                } else {
                    Check::Invalid(tr!(lang, "form-unknown-id", kind = name, text = text))
                }
            }
        }
    }

    /// Ids that field `i` accepts and that contain what was typed: those starting with it
    /// first. Empty for numbers and for an exact id.
    pub fn completions(&self, scenario: &Scenario, i: usize) -> Vec<String> {
        let kind = self.spec.fields[i].kind;
        let text = self.inputs[i].trim().to_lowercase();
        let known = known_ids(scenario, kind);
        if known.contains(&text) {
            return Vec::new();
        }
        let (mut first, rest): (Vec<String>, Vec<String>) = known
            .into_iter()
            .filter(|k| k.to_lowercase().contains(&text))
            .partition(|k| k.to_lowercase().starts_with(&text));
        first.extend(rest);
        first.into_iter().take(MAX_COMPLETIONS).collect()
    }

    /// Completes the focused field: the only candidate, or the longest prefix the candidates
    /// starting with the text share.
    pub fn complete(&mut self, scenario: &Scenario) {
        let candidates = self.completions(scenario, self.focus);
        let typed = self.inputs[self.focus].trim().to_string();
        let prefixed: Vec<&String> = candidates
            .iter()
            .filter(|c| c.starts_with(&typed))
            .collect();
        let pick = match (candidates.len(), prefixed.as_slice()) {
            (1, _) => Some(candidates[0].clone()),
            (_, [one]) => Some((*one).clone()),
            (_, [first, others @ ..]) => Some(
                others
                    .iter()
                    .fold(first.to_string(), |acc, c| common_prefix(&acc, c)),
            ),
            _ => None,
        };
        if let Some(pick) = pick {
            self.inputs[self.focus] = pick;
        }
    }

    /// One value per field, or the first invalid field and why.
    pub fn values(&self, scenario: &Scenario, lang: Lang) -> Result<Vec<Value>, (usize, String)> {
        (0..self.inputs.len())
            .map(|i| match self.check(scenario, i, lang) {
                Check::Valid(v) => Ok(v),
                Check::Invalid(why) => Err((i, why)),
            })
            .collect()
    }
}

fn common_prefix(a: &str, b: &str) -> String {
    a.chars()
        .zip(b.chars())
        .take_while(|(x, y)| x == y)
        .map(|(x, _)| x)
        .collect()
}

/// The "run until" prompt: a time in the project's syntax.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TimePrompt {
    /// What was typed.
    pub text: String,
}

impl TimePrompt {
    /// The time typed, if it lies after `now` and not after `end`; says why not in `lang`.
    pub fn check(&self, now: SimTime, end: SimTime, lang: Lang) -> Result<SimTime, String> {
        let t: SimTime = self.text.parse().map_err(|e| format!("{e}"))?;
        if t <= now {
            Err(tr!(
                lang,
                "form-time-not-ahead",
                time = t.to_string(),
                now = now.to_string()
            ))
        } else if t > end {
            Err(tr!(
                lang,
                "form-time-after-end",
                time = t.to_string(),
                end = end.to_string()
            ))
        } else {
            Ok(t)
        }
    }
}
