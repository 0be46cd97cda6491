//! Suggestions for a valid scenario written in an older form: it loads as it is, and
//! `check` says what to write instead.

use super::load::Source;
use super::locate::Step::{Item, Key};
use super::locate::find;
use super::{Role, Scenario, line_col};

/// One suggestion, at its place in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hint {
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// What to write instead, and why.
    pub message: String,
}

/// Every suggestion for `scenario`, parsed from `source`, in file order.
pub fn hints(scenario: &Scenario, source: &Source) -> Vec<Hint> {
    let text = source.text.as_str();
    let mut out = Vec::new();
    for (i, institution) in scenario.institutions.iter().enumerate() {
        let Some(span) = find(text, &[Key("institutions"), Item(i), Key("played")]) else {
            continue;
        };
        let role_given = find(text, &[Key("institutions"), Item(i), Key("role")]).is_some();
        let role = institution.role;
        let message = if role_given {
            format!(
                "`{}`: `played` is the earlier form of `role`, which it gives too \
                 (role: {} counts); remove `played`",
                institution.id,
                role.keyword()
            )
        } else {
            let written = match role {
                Role::Played => "played: true",
                Role::Simulated | Role::Absent => "played: false",
            };
            format!(
                "`{}`: `{written}` is the earlier form of `role: {}`; write `role: Played`, \
                 `role: Simulated` (the default) or `role: Absent`",
                institution.id,
                role.keyword()
            )
        };
        let (line, column) = line_col(text, span.offset());
        out.push(Hint {
            line,
            column,
            message,
        });
    }
    out
}
