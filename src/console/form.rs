//! The command palette, the command form and the run-until prompt: text typed by the
//! facilitator, checked as it is typed.

use crate::i18n::{Lang, Localized};
use crate::scenario::Scenario;
use crate::time::SimTime;
use crate::tr;

use super::commands::{
    COMMANDS, CommandSpec, FieldKind, Value, accepted, choices, kind_name, known_ids,
};

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
    /// While Tab cycles through the completions of the focused field: what was typed
    /// before the first Tab.
    pub cycling: Option<String>,
}

impl Form {
    /// An empty form for a command.
    pub fn new(spec: &'static CommandSpec) -> Self {
        Form {
            spec,
            inputs: vec![String::new(); spec.fields.len()],
            focus: 0,
            cycling: None,
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
            FieldKind::Text | FieldKind::OptionalText => {
                let chars = text.chars().count();
                if text.is_empty() && field.kind == FieldKind::Text {
                    Check::Invalid(tr!(lang, "form-type-text", what = tr!(lang, field.help)))
                } else if chars > crate::Ranges::TEXT {
                    Check::Invalid(tr!(
                        lang,
                        "form-text-too-long",
                        chars = chars,
                        max = crate::Ranges::TEXT
                    ))
                } else {
                    Check::Valid(Value::Id(text.to_string()))
                }
            }
            kind => {
                let name = tr!(lang, kind_name(kind));
                if text.is_empty() {
                    Check::Invalid(tr!(lang, "form-type-id", kind = name))
                } else if let Some(id) = accepted(scenario, kind, text, lang) {
                    Check::Valid(Value::Id(id))
                } else if self.completions(scenario, i, lang).is_empty() {
                    let known: Vec<String> = choices(scenario, kind, lang)
                        .into_iter()
                        .map(|(word, _)| word)
                        .collect();
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

    /// What field `i` accepts (its ids, or the words for them in `lang`, see
    /// [`choices`]) and that contains what was typed: those starting with it first. Empty
    /// for numbers and for a value already accepted.
    pub fn completions(&self, scenario: &Scenario, i: usize, lang: Lang) -> Vec<String> {
        let text = match (&self.cycling, i == self.focus) {
            (Some(typed), true) => typed.clone(),
            _ => self.inputs[i].clone(),
        };
        self.completions_of(scenario, i, &text, lang)
    }

    fn completions_of(&self, scenario: &Scenario, i: usize, text: &str, lang: Lang) -> Vec<String> {
        let kind = self.spec.fields[i].kind;
        let lower = text.trim().to_lowercase();
        if known_ids(scenario, kind).contains(&lower)
            || accepted(scenario, kind, text, lang).is_some()
        {
            return Vec::new();
        }
        let (mut first, rest): (Vec<String>, Vec<String>) = choices(scenario, kind, lang)
            .into_iter()
            .map(|(word, _)| word)
            .filter(|k| k.to_lowercase().contains(&lower))
            .partition(|k| k.to_lowercase().starts_with(&lower));
        first.extend(rest);
        first.into_iter().take(MAX_COMPLETIONS).collect()
    }

    /// Completes the focused field: the only candidate, or the longest prefix the candidates
    /// starting with the text share; once nothing longer is shared, each Tab puts the next
    /// candidate in the field, round the list.
    pub fn complete(&mut self, scenario: &Scenario, lang: Lang) {
        let typed = self
            .cycling
            .clone()
            .unwrap_or_else(|| self.inputs[self.focus].trim().to_string());
        let candidates = self.completions_of(scenario, self.focus, &typed, lang);
        let current = self.inputs[self.focus].trim().to_string();
        if candidates.len() > 1 {
            let shared = common_prefix_of(&candidates);
            if self.cycling.is_none() && shared.chars().count() > current.chars().count() {
                self.inputs[self.focus] = shared;
                return;
            }
            let next = candidates
                .iter()
                .position(|c| *c == current)
                .map_or(0, |at| (at + 1) % candidates.len());
            self.inputs[self.focus] = candidates[next].clone();
            self.cycling = Some(typed);
            return;
        }
        self.cycling = None;
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

/// The longest prefix every candidate shares.
fn common_prefix_of(candidates: &[String]) -> String {
    match candidates {
        [] => String::new(),
        [first, others @ ..] => others
            .iter()
            .fold(first.clone(), |acc, c| common_prefix(&acc, c)),
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
    /// The time typed — an offset from the start (`36h`, `T+1d6h`) or a clock time of the
    /// exercise (`16:00`: the next 16:00; `day 2 09:00`: 09:00 on the exercise's second
    /// day), the exercise starting at `start` (`YYYY-MM-DDTHH:MM`) — if it lies after `now`
    /// and not after `end`; says why not in `lang`.
    pub fn check(
        &self,
        (start, now, end): (&str, SimTime, SimTime),
        lang: Lang,
    ) -> Result<SimTime, String> {
        let t = match clock_time(&self.text, start, now, lang) {
            Some(t) => t?,
            None => self
                .text
                .parse()
                .map_err(|e| crate::scenario::sheet_problem::time_error(&e).localized(lang))?,
        };
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

/// `16:00` or `day 2 09:00` (also `dita`, `dan`) as an offset from the exercise start;
/// `None` when the text is not a clock time.
fn clock_time(
    text: &str,
    start: &str,
    now: SimTime,
    lang: Lang,
) -> Option<Result<SimTime, String>> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let (day, clock) = match words.as_slice() {
        [clock] => (None, *clock),
        [word, day, clock] if ["day", "dita", "dan"].contains(&word.to_lowercase().as_str()) => {
            (Some(*day), *clock)
        }
        _ => return None,
    };
    let (hours, minutes) = clock.split_once(':')?;
    let hours: i64 = hours.parse().ok()?;
    let minutes: i64 = minutes.parse().ok()?;
    if !(0..24).contains(&hours) || !(0..60).contains(&minutes) {
        return Some(Err(tr!(lang, "form-not-time-of-day", clock = clock)));
    }
    let Ok(begun) = jiff::civil::DateTime::strptime("%Y-%m-%dT%H:%M", start) else {
        return Some(Err(tr!(lang, "form-start-no-clock", start = start)));
    };
    let start_of_day = i64::from(begun.hour()) * 60 + i64::from(begun.minute());
    let of_day = hours * 60 + minutes;
    let offset = match day {
        Some(day) => {
            let day: i64 = match day.parse() {
                Ok(d) if d >= 1 => d,
                _ => return Some(Err(tr!(lang, "form-days-from-one", day = day))),
            };
            (day - 1) * 1_440 + of_day - start_of_day
        }
        None => {
            // The next time the clock shows it, after now.
            let now_min = now.millis().div_euclid(60_000) + start_of_day;
            let mut at = now_min.div_euclid(1_440) * 1_440 + of_day;
            if (at - start_of_day) * 60_000 <= now.millis() {
                at += 1_440;
            }
            at - start_of_day
        }
    };
    Some(Ok(SimTime::mins(offset)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, now: SimTime) -> Result<SimTime, String> {
        TimePrompt {
            text: text.to_string(),
        }
        .check(("2026-10-24T06:00", now, SimTime::days(3)), Lang::En)
    }

    #[test]
    fn a_clock_time_runs_to_its_next_occurrence_or_to_a_named_day() {
        assert_eq!(at("16:00", SimTime::ZERO), Ok(SimTime::hours(10)));
        assert_eq!(at("05:00", SimTime::ZERO), Ok(SimTime::hours(23)));
        assert_eq!(at("16:00", SimTime::hours(10)), Ok(SimTime::hours(34)));
        assert_eq!(at("day 2 09:00", SimTime::ZERO), Ok(SimTime::hours(27)));
        assert_eq!(at("dita 1 07:30", SimTime::ZERO), Ok(SimTime::mins(90)));
        assert_eq!(at("36h", SimTime::ZERO), Ok(SimTime::hours(36)));
        assert!(
            at("day 1 05:00", SimTime::ZERO).is_err(),
            "before the start"
        );
        assert!(at("day 9 09:00", SimTime::ZERO).is_err(), "after the end");
        assert!(at("25:00", SimTime::ZERO).is_err());
    }
}
