//! The RACI matrix as a spreadsheet: institutions as columns, functions as rows, each cell
//! the letters R (responsible), A (accountable), C (consulted) and I (informed) the
//! institution holds for the function. Two institutions with an A make a contested
//! function, none an unowned one (both findings of `check`).
//!
//! Import replaces only the RACI lists of the functions on the sheet's rows, in the
//! scenario's own text (comments and layout kept, see [`with_functions`]).

use super::load::Source;
use super::model::{Function, Scenario};
use super::sheet_problem::{
    CellIssue, CellProblem, SheetError, list_items, sheet_header, sheet_rows,
};
use super::text_edit::{Edit, apply, list_text, set_field};
use crate::output::{from_spreadsheet_cell, spreadsheet_cell};

/// The first column: the function's id.
pub const FUNCTION_COLUMN: &str = "function";
/// The second column, optional on import: the function's name, for the reader (import
/// leaves names as the scenario has them).
pub const NAME_COLUMN: &str = "name";

/// The RACI letters in the order a cell is written, with the function's field each fills.
pub const LETTERS: [(char, &str); 4] = [
    ('R', "responsible"),
    ('A', "accountable"),
    ('C', "consulted"),
    ('I', "informed"),
];

/// The RACI lists of a function, in the order of [`LETTERS`].
fn lists(function: &Function) -> [&Vec<String>; 4] {
    [
        &function.responsible,
        &function.accountable,
        &function.consulted,
        &function.informed,
    ]
}

fn lists_mut(function: &mut Function) -> [&mut Vec<String>; 4] {
    [
        &mut function.responsible,
        &mut function.accountable,
        &mut function.consulted,
        &mut function.informed,
    ]
}

/// The scenario's RACI matrix as CSV text: a header `function,name,<institution ids>`, then
/// a row per function with its letters under each institution (`RA`, `C`, or empty).
pub fn export_raci(scenario: &Scenario) -> Result<String, csv::Error> {
    let mut out = csv::Writer::from_writer(Vec::new());
    let mut header = vec![FUNCTION_COLUMN.to_string(), NAME_COLUMN.to_string()];
    header.extend(scenario.institutions.iter().map(|i| i.id.clone()));
    out.write_record(header.iter().map(|c| spreadsheet_cell(c).into_owned()))?;
    for function in &scenario.functions {
        let mut row = vec![function.id.clone(), function.name.clone()];
        for institution in &scenario.institutions {
            let cell: String = LETTERS
                .iter()
                .zip(lists(function))
                .filter(|(_, list)| list.contains(&institution.id))
                .map(|((letter, _), _)| *letter)
                .collect();
            row.push(cell);
        }
        out.write_record(row.iter().map(|c| spreadsheet_cell(c).into_owned()))?;
    }
    let bytes = out
        .into_inner()
        .map_err(|err| csv::Error::from(err.into_error()))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// Reads a RACI sheet for `scenario`: the scenario's functions, those on the sheet's rows
/// with their RACI lists as the sheet says. An institution not among the columns keeps its
/// letters; a function not among the rows is left as it is. A list whose members do not
/// change keeps its order; new members follow in column order.
#[allow(
    clippy::arithmetic_side_effects,
    reason = "row and column numbers within the CSV text stay below its length (< isize::MAX)"
)]
pub fn import_raci(
    file: &str,
    text: &str,
    scenario: &Scenario,
) -> Result<Vec<Function>, SheetError> {
    let mut problems = Vec::new();
    let mut functions = scenario.functions.clone();
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = super::sheet_text::sheet_reader(text);
    let fail = |problems| SheetError {
        file: file.to_string(),
        kind: "sheet-kind-raci",
        help: "sheet-raci-help",
        problems,
    };
    let header = sheet_header(&mut reader).map_err(|problem| fail(vec![problem]))?;
    let institution_ids: Vec<String> = scenario.institutions.iter().map(|i| i.id.clone()).collect();
    let function_ids: Vec<String> = scenario.functions.iter().map(|f| f.id.clone()).collect();
    // The header: the function column, the optional name column, then institutions.
    let mut id_column = None;
    let mut columns: Vec<(usize, String)> = Vec::new();
    for (i, cell) in header.iter().enumerate() {
        let name = from_spreadsheet_cell(cell.trim());
        let lower = name.to_lowercase();
        if lower == FUNCTION_COLUMN && id_column.is_none() {
            id_column = Some(i);
        } else if lower == NAME_COLUMN {
        } else if columns.iter().any(|(_, c)| c == name) {
            let issue = CellIssue::DuplicateColumn {
                name: name.to_string(),
            };
            problems.push(CellProblem::new(1, i + 1, name, issue));
        } else if institution_ids.iter().any(|id| id == name) {
            columns.push((i, name.to_string()));
        } else {
            let issue = CellIssue::UnknownInstitution {
                id: name.to_string(),
                known: institution_ids.clone(),
            };
            problems.push(CellProblem::new(1, i + 1, name, issue));
        }
    }
    let Some(id_column) = id_column else {
        let issue = CellIssue::MissingColumn {
            name: FUNCTION_COLUMN.to_string(),
        };
        problems.push(CellProblem::new(
            1,
            header.len() + 1,
            FUNCTION_COLUMN,
            issue,
        ));
        return Err(fail(problems));
    };
    let mut seen: Vec<(String, usize)> = Vec::new();
    for (row, record) in sheet_rows(&mut reader, Some(header.len()), &mut problems) {
        let id = from_spreadsheet_cell(record.get(id_column).unwrap_or("").trim());
        if let Some((_, first)) = seen.iter().find(|(s, _)| s == id) {
            let issue = CellIssue::DuplicateRow {
                id: id.to_string(),
                first: *first,
            };
            problems.push(CellProblem::new(row, id_column + 1, FUNCTION_COLUMN, issue));
            continue;
        }
        seen.push((id.to_string(), row));
        let function = functions.iter_mut().find(|f| f.id == id);
        let mut sheet_lists: [Vec<String>; 4] = Default::default();
        for (column, institution) in &columns {
            let cell = from_spreadsheet_cell(record.get(*column).unwrap_or("").trim());
            match letters(cell) {
                Ok(held) => {
                    for (k, list) in sheet_lists.iter_mut().enumerate() {
                        if held[k] {
                            list.push(institution.clone());
                        }
                    }
                }
                Err(letter) => {
                    let issue = CellIssue::BadLetter {
                        cell: cell.to_string(),
                        letter: letter.to_string(),
                    };
                    problems.push(CellProblem::new(row, column + 1, institution, issue));
                }
            }
        }
        let Some(function) = function else {
            let issue = if id.is_empty() {
                CellIssue::Empty
            } else {
                CellIssue::UnknownFunction {
                    id: id.to_string(),
                    known: function_ids.clone(),
                }
            };
            problems.push(CellProblem::new(row, id_column + 1, FUNCTION_COLUMN, issue));
            continue;
        };
        let on_sheet = |id: &String| columns.iter().any(|(_, c)| c == id);
        for (list, from_sheet) in lists_mut(function).into_iter().zip(sheet_lists) {
            *list = merged(list, &from_sheet, on_sheet);
        }
    }
    if problems.is_empty() {
        Ok(functions)
    } else {
        Err(fail(problems))
    }
}

/// Which of R, A, C, I a cell holds (`RA`, `r, a`, `R;A`, `R|A`, `R A`), or the first
/// character that is none of them nor a separator.
fn letters(cell: &str) -> Result<[bool; 4], char> {
    let mut held = [false; 4];
    for item in list_items(cell) {
        for c in item.chars().filter(|c| !c.is_whitespace()) {
            let upper = c.to_ascii_uppercase();
            match LETTERS.iter().position(|(letter, _)| *letter == upper) {
                Some(k) => held[k] = true,
                None => return Err(c),
            }
        }
    }
    Ok(held)
}

/// The new list: the old members the sheet keeps (in their order), the members of
/// institutions not on the sheet, then the sheet's new ones in column order.
fn merged(old: &[String], sheet: &[String], on_sheet: impl Fn(&String) -> bool) -> Vec<String> {
    let mut list: Vec<String> = old
        .iter()
        .filter(|id| !on_sheet(id) || sheet.contains(id))
        .cloned()
        .collect();
    for id in sheet {
        if !list.contains(id) {
            list.push(id.clone());
        }
    }
    list
}

/// A scenario's text with new RACI lists for its functions.
#[derive(Debug, Clone)]
pub struct Rewritten {
    /// The new scenario text.
    pub text: String,
    /// Whether only the changed lists were replaced (comments and layout kept). When false,
    /// the whole scenario was written anew from its data and its comments are gone.
    pub comments_kept: bool,
    /// How many functions' RACI changed.
    pub changed: usize,
}

/// `source`'s text with its functions' RACI lists replaced by those of `functions` (the
/// same functions, in the same order, as [`import_raci`] returns them). Only the lists
/// that change are rewritten, in place; when the result would not read back as exactly the
/// scenario with the new functions, the whole scenario is written again from its data.
pub fn with_functions(
    source: &Source,
    scenario: &Scenario,
    functions: Vec<Function>,
) -> Result<Rewritten, ron::Error> {
    let expected = Scenario {
        functions,
        ..scenario.clone()
    };
    let mut edits: Vec<Edit> = Vec::new();
    let mut changed = 0usize;
    for (index, (old, new)) in scenario
        .functions
        .iter()
        .zip(&expected.functions)
        .enumerate()
    {
        let mut any = false;
        for (((_, field), old), new) in LETTERS.iter().zip(lists(old)).zip(lists(new)) {
            if old != new {
                any = true;
                let value = list_text(new)?;
                edits.extend(set_field(&source.text, "functions", index, field, &value));
            }
        }
        if any {
            changed = changed.saturating_add(1);
        }
    }
    let text = apply(&source.text, edits);
    let reads_back = ron::from_str::<Scenario>(&text).is_ok_and(|s| s == expected);
    if reads_back {
        Ok(Rewritten {
            text,
            comments_kept: true,
            changed,
        })
    } else {
        Ok(Rewritten {
            text: super::load::to_ron(&expected)?,
            comments_kept: false,
            changed,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cell_reads_letters_however_they_are_separated() {
        assert_eq!(letters("RA"), Ok([true, true, false, false]));
        assert_eq!(letters("r, i"), Ok([true, false, false, true]));
        assert_eq!(letters("C|I;A"), Ok([false, true, true, true]));
        assert_eq!(letters(""), Ok([false; 4]));
        assert_eq!(letters("R X"), Err('X'));
    }

    #[test]
    fn a_list_keeps_its_order_when_its_members_stay() {
        let old = ["b".to_string(), "a".to_string()];
        let sheet = ["a".to_string(), "b".to_string()];
        assert_eq!(merged(&old, &sheet, |_| true), ["b", "a"]);
        assert_eq!(merged(&old, &sheet[..1], |_| true), ["a"]);
        // "b" is not a column: the sheet says nothing of it.
        assert_eq!(merged(&old, &sheet[..1], |id| id == "a"), ["b", "a"]);
    }
}
