//! `fluxsim score JOURNAL --observed series.csv [--csv FILE]`: replay the exercise and
//! compare its daily figures with an observed series, as FLEE scores its camps
//! (docs/score.md).

use std::path::PathBuf;

use super::Failure;
use super::report::opened;
use super::run::report;
use crate::i18n::Lang;
use crate::output::{Input, Output};
use crate::report::score::{Score, score, score_csv};
use crate::scenario::observed_csv::{ObservedError, read_place_counts};
use crate::scenario::sheet_text::sheet_text;
use crate::tr;

/// What `fluxsim score` was asked to do.
pub struct ScoreOptions {
    /// The recorded exercise.
    pub journal: PathBuf,
    /// The observed series.
    pub observed: PathBuf,
    /// The CSV in FLEE's columns to write, if any.
    pub csv: Option<PathBuf>,
    /// Scenario file to use instead of the one the journal names.
    pub scenario: Option<PathBuf>,
    /// Replace the CSV if it exists.
    pub force: bool,
}

/// Replays the journal, reads the series, prints the score and writes the CSV.
pub fn run(options: &ScoreOptions, lang: Lang) -> Result<(), Failure> {
    let opened = opened(&options.journal, lang)?;
    let mut inputs = opened.inputs(options.scenario.as_ref());
    inputs.push(Input::new(&options.observed, "file-observed-series"));
    let output = match &options.csv {
        Some(file) => {
            Some(Output::new(file, "file-score-csv", options.force, &inputs).map_err(report)?)
        }
        None => None,
    };
    let shown = options.observed.display().to_string();
    let bytes = std::fs::read(&options.observed).map_err(|err| Failure::Unreadable {
        path: shown.clone(),
        reason: err.to_string(),
    })?;
    let text = sheet_text(&shown, &bytes, None).map_err(report)?;
    let exercise = opened.replay(options.scenario.as_ref())?;
    let counts = read_place_counts(&shown, &text.text, &exercise.scenario)
        .map_err(|err| report(ObservedError::Sheet(err)))?;
    let result = score(&exercise.sim, &counts);
    print!("{}", render(&result, &shown, lang));
    if let Some(output) = output {
        let csv = score_csv(&result, &exercise.scenario)
            .map_err(|err| Failure::Other(err.to_string()))?;
        output.write(csv.as_bytes()).map_err(report)?;
        println!("{}", output.path().display());
    }
    Ok(())
}

/// The score as a table in the reader's language.
fn render(score: &Score, file: &str, lang: Lang) -> String {
    let mut out = String::new();
    let days = score.days.len();
    out.push_str(&tr!(
        lang,
        "score-heading",
        file = file,
        days = days,
        places = score.places.len()
    ));
    out.push('\n');
    let headers = [
        tr!(lang, "score-col-place"),
        tr!(lang, "score-col-measure"),
        tr!(lang, "score-col-days"),
        tr!(lang, "score-col-observed"),
        tr!(lang, "score-col-simulated"),
        tr!(lang, "score-col-mape"),
    ];
    let mut rows: Vec<[String; 6]> = vec![headers];
    for p in &score.places {
        rows.push([
            p.id.clone(),
            tr!(lang, p.measure.key()),
            p.days.len().to_string(),
            p.observed().to_string(),
            p.simulated().to_string(),
            percent(p.mape()),
        ]);
    }
    let widths: Vec<usize> = (0..6)
        .map(|c| rows.iter().map(|r| r[c].chars().count()).max().unwrap_or(0))
        .collect();
    for row in &rows {
        out.push_str("  ");
        for (c, cell) in row.iter().enumerate() {
            let pad = widths[c].saturating_sub(cell.chars().count());
            if c <= 1 {
                out.push_str(cell);
                out.push_str(&" ".repeat(pad));
            } else {
                out.push_str(&" ".repeat(pad));
                out.push_str(cell);
            }
            out.push_str("  ");
        }
        let trimmed = out.trim_end().len();
        out.truncate(trimmed);
        out.push('\n');
    }
    out.push_str(&tr!(
        lang,
        "score-ard",
        ard = format!("{:.3}", score.ard()),
        rescaled = format!("{:.3}", score.ard_rescaled())
    ));
    out.push('\n');
    out.push_str(&tr!(lang, "score-mape", mape = percent(score.mape())));
    out.push('\n');
    out
}

fn percent(value: Option<f64>) -> String {
    value.map_or_else(|| "–".to_string(), |v| format!("{v:.1} %"))
}
