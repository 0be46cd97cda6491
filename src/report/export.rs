//! CSV exports of an exercise: the sampled time series, per-place results, gaps, requests,
//! decisions and one row per person who left. Columns are documented in docs/export-csv.md.

use crate::time::SimTime;
use std::path::{Path, PathBuf};

use crate::Simulation;
use crate::output::{Output, OutputError, spreadsheet_cell};
use crate::scenario::Vulnerability;

/// The files `export` writes, in order.
pub const FILES: [&str; 7] = [
    "series.csv",
    "place_series.csv",
    "places.csv",
    "gaps.csv",
    "requests.csv",
    "decisions.csv",
    "persons.csv",
];

/// A file that could not be written.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum ExportError {
    /// The directory could not be created.
    #[error("cannot create the directory {path}: {source}")]
    Directory {
        /// The directory.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// A table could not be turned into CSV.
    #[error("cannot write {path}: {source}")]
    Csv {
        /// The file.
        path: PathBuf,
        /// Why.
        source: csv::Error,
    },
    /// A file may not be written there, or writing it failed.
    #[error(transparent)]
    #[diagnostic(transparent)]
    Output(#[from] OutputError),
}

type Rows = Vec<Vec<String>>;

/// Writes every table of `sim` as it stands into `dir` (created if needed) as new files;
/// returns the files written. When one of them exists already nothing is written.
pub fn export(sim: &mut Simulation, dir: &Path) -> Result<Vec<PathBuf>, ExportError> {
    let outputs = Output::all(dir, &FILES, "file-csv-export", false, &[])?;
    write_tables(sim, dir, &outputs)
}

/// Writes every table of `sim` into `dir` (created if needed) through `outputs`, checked
/// beforehand (one per file of [`FILES`], in that order); returns the files written.
pub fn write_tables(
    sim: &mut Simulation,
    dir: &Path,
    outputs: &[Output],
) -> Result<Vec<PathBuf>, ExportError> {
    std::fs::create_dir_all(dir).map_err(|source| ExportError::Directory {
        path: dir.to_path_buf(),
        source,
    })?;
    let tables = tables(sim);
    let mut written = Vec::new();
    for (output, (headers, rows)) in outputs.iter().zip(tables) {
        let path = output.path().to_path_buf();
        let bytes = csv_bytes(headers, &rows).map_err(|source| ExportError::Csv {
            path: path.clone(),
            source,
        })?;
        output.write(&bytes)?;
        written.push(path);
    }
    Ok(written)
}

/// A table as CSV; text cells a spreadsheet would run as a formula are neutralised.
fn csv_bytes(headers: &[&str], rows: &Rows) -> Result<Vec<u8>, csv::Error> {
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record(headers)?;
    for row in rows {
        out.write_record(row.iter().map(|cell| spreadsheet_cell(cell).into_owned()))?;
    }
    out.into_inner().map_err(|err| err.into_error().into())
}

/// Every table, in the order of [`FILES`], as (headers, rows).
pub fn tables(sim: &mut Simulation) -> Vec<(&'static [&'static str], Rows)> {
    let snapshot = sim.snapshot();
    let places = &snapshot.places;
    let points = &sim.series().points;
    let series = points
        .iter()
        .map(|p| {
            vec![
                p.t.to_string(),
                SimTime(p.t).t_plus(),
                p.arrivals.to_string(),
                p.in_system.to_string(),
                p.outdoors.to_string(),
            ]
        })
        .collect();
    let entries = sim.series().entries();
    let place_series = points
        .iter()
        .flat_map(|p| {
            places.iter().enumerate().map(move |(i, place)| {
                let entry = entries.iter().position(|&at| usize::from(at) == i);
                vec![
                    p.t.to_string(),
                    SimTime(p.t).t_plus(),
                    place.id.clone(),
                    place.role.to_string(),
                    entry.map_or(String::new(), |e| p.arrivals_by_entry[e].to_string()),
                    p.queue[i].to_string(),
                    p.occupancy[i].to_string(),
                    p.capacity[i].to_string(),
                ]
            })
        })
        .collect();
    let place_rows = places
        .iter()
        .map(|p| {
            vec![
                p.id.clone(),
                p.name.clone(),
                p.role.to_string(),
                p.open.to_string(),
                p.arrived.to_string(),
                p.served.to_string(),
                p.processed.to_string(),
                p.queue.to_string(),
                p.max_queue.to_string(),
                p.mean_queue.to_string(),
                p.mean_wait_min.to_string(),
                p.p95_wait_min.to_string(),
                p.occupancy.to_string(),
                p.peak_occupancy.to_string(),
                p.capacity.to_string(),
            ]
        })
        .collect();
    let gaps = sim
        .gaps()
        .iter()
        .map(|g| {
            vec![
                g.id.to_string(),
                g.category.number().to_string(),
                g.category.id().to_string(),
                g.severity.label().to_string(),
                g.opened_ms.to_string(),
                g.closed_ms.map_or(String::new(), |c| c.to_string()),
                g.function.clone().unwrap_or_default(),
                g.place.clone().unwrap_or_default(),
                g.institutions.join(";"),
                g.request.map_or(String::new(), |r| r.to_string()),
                g.persons_affected.to_string(),
                g.summary.english(),
                g.evidence
                    .iter()
                    .map(|e| e.english())
                    .collect::<Vec<_>>()
                    .join(" / "),
                g.action.english(),
            ]
        })
        .collect();
    let requests = sim
        .requests()
        .iter()
        .map(|q| {
            let answer = q.answered.as_ref();
            vec![
                q.id.to_string(),
                q.ask.label(),
                q.subject.clone().unwrap_or_default(),
                q.function.clone().unwrap_or_default(),
                q.to.join(";"),
                q.raised_ms.to_string(),
                q.deadline_ms.to_string(),
                answer.map_or(String::new(), |a| a.at_ms.to_string()),
                answer.map_or(String::new(), |a| a.by.clone()),
                answer.map_or(String::new(), |a| a.decision.to_string()),
                q.reason.english(),
            ]
        })
        .collect();
    let decisions = sim
        .decisions()
        .iter()
        .map(|d| {
            vec![
                d.id.to_string(),
                d.at_ms.to_string(),
                d.by.clone(),
                d.what.english(),
                d.function.clone().unwrap_or_default(),
                d.origin.is_simulated().to_string(),
                d.answers.map_or(String::new(), |r| r.to_string()),
                d.origin.code(),
            ]
        })
        .collect();
    let persons = sim
        .departures()
        .iter()
        .map(|p| {
            let kinds: Vec<String> = Vulnerability::ALL
                .iter()
                .filter(|v| p.flags & v.bit() != 0)
                .map(|v| format!("{v:?}"))
                .collect();
            vec![
                p.serial.to_string(),
                p.arrived.to_string(),
                p.left.to_string(),
                places
                    .get(usize::from(p.at))
                    .map_or(String::new(), |place| place.id.clone()),
                format!("{:?}", p.how).to_lowercase(),
                kinds.join(";"),
            ]
        })
        .collect();
    vec![
        (
            &["t_ms", "time", "arrivals", "in_system", "outdoors"][..],
            series,
        ),
        (
            &[
                "t_ms",
                "time",
                "place",
                "role",
                "arrivals",
                "queue",
                "occupancy",
                "capacity",
            ][..],
            place_series,
        ),
        (
            &[
                "place",
                "name",
                "role",
                "open",
                "arrived",
                "served",
                "processed",
                "queue",
                "max_queue",
                "mean_queue",
                "mean_wait_min",
                "p95_wait_min",
                "occupancy",
                "peak_occupancy",
                "capacity",
            ][..],
            place_rows,
        ),
        (
            &[
                "id",
                "category",
                "category_name",
                "severity",
                "opened_ms",
                "closed_ms",
                "function",
                "place",
                "institutions",
                "request",
                "persons_affected",
                "summary",
                "evidence",
                "action",
            ][..],
            gaps,
        ),
        (
            &[
                "id",
                "ask",
                "subject",
                "function",
                "to",
                "raised_ms",
                "deadline_ms",
                "answered_ms",
                "answered_by",
                "decision",
                "reason",
            ][..],
            requests,
        ),
        (
            &[
                "id",
                "at_ms",
                "by",
                "what",
                "function",
                "automated",
                "answers",
                "origin",
            ][..],
            decisions,
        ),
        (
            &[
                "serial",
                "arrived_ms",
                "left_ms",
                "left_from",
                "how",
                "vulnerabilities",
            ][..],
            persons,
        ),
    ]
}
