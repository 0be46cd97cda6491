//! `fluxsim check [FILE...]`: validate scenarios; print errors and coordination findings.

use std::path::PathBuf;

use super::{Failure, Shown, load_source};
use crate::i18n::{InLang, Lang, Localized};
use crate::scenario::Step::{Item, Key};
use crate::scenario::limits::Estimate;
use crate::scenario::{capacity_in, find, hints, line_col, parse, render_capacity_table};
use crate::tr;
use crate::view::static_findings;

/// Validates each file (or the embedded default); returns whether all were valid.
pub fn run(files: &[PathBuf], lang: Lang) -> Result<(), Failure> {
    let targets: Vec<Option<&PathBuf>> = if files.is_empty() {
        vec![None]
    } else {
        files.iter().map(Some).collect()
    };
    let mut invalid = 0usize;
    for target in targets {
        let source = load_source(target)?;
        let parsed = parse(&source)
            .map_err(|err| Box::new(err) as Box<dyn Shown>)
            .and_then(|mut s| {
                super::attach_beside(&mut s, &source)
                    .map(|()| s)
                    .map_err(|err| Box::new(err) as Box<dyn Shown>)
            });
        match parsed {
            Ok(scenario) => {
                let findings = static_findings(&scenario);
                println!(
                    "{}",
                    tr!(
                        lang,
                        "check-valid",
                        file = &source.name,
                        locations = scenario.locations.len(),
                        institutions = scenario.institutions.len(),
                        functions = scenario.functions.len(),
                        injects = scenario.msel.len(),
                        findings = findings.len()
                    )
                );
                for hint in hints(&scenario, &source) {
                    println!(
                        "{}",
                        tr!(
                            lang,
                            "check-hint",
                            file = &source.name,
                            line = hint.line,
                            column = hint.column,
                            message = &hint.message
                        )
                    );
                }
                for (i, nationality) in scenario.cohort.nationalities.iter().enumerate() {
                    if !nationality.citizen.is_empty() {
                        continue;
                    }
                    let at = [Key("cohort"), Key("nationalities"), Item(i), Key("id")];
                    let (line, column) = find(&source.text, &at)
                        .map_or((0, 0), |span| line_col(&source.text, span.offset()));
                    println!(
                        "{}",
                        tr!(
                            lang,
                            "check-citizen-unknown",
                            file = &source.name,
                            line = line,
                            column = column,
                            id = &nationality.id
                        )
                    );
                }
                for finding in findings {
                    println!(
                        "{}",
                        tr!(
                            lang,
                            "check-finding",
                            category = finding.category.localized(lang),
                            severity = finding.severity.localized(lang),
                            summary = finding.summary.localized(lang)
                        )
                    );
                    for line in &finding.evidence {
                        println!("      {}", line.localized(lang));
                    }
                    println!("      → {}", finding.action.localized(lang));
                }
                let estimate = Estimate::of(&scenario, scenario.exercise.duration);
                if let Some(warning) = estimate.warning(&source) {
                    println!("{:?}", miette::Report::new(InLang::new(warning, lang)));
                }
                let load = capacity_in(&scenario, &source, lang);
                print!("{}", render_capacity_table(&load, lang));
                for warning in &load.warnings {
                    println!(
                        "{}",
                        tr!(
                            lang,
                            "capacity-check-warning",
                            file = &source.name,
                            line = warning.line,
                            column = warning.column,
                            message = &warning.message
                        )
                    );
                }
            }
            Err(err) => {
                invalid = invalid.saturating_add(1);
                eprintln!("{:?}", miette::Report::new(InLang::boxed(err, lang)));
            }
        }
    }
    if invalid == 0 {
        Ok(())
    } else {
        Err(Failure::Invalid)
    }
}
