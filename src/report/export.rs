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

/// The HXL hashtags of each table of [`FILES`], one per column (empty: untagged), written
/// under the header with `--hxl`.
pub const HXL: [&[&str]; 7] = [
    &[
        "#date+ms",
        "#date",
        "#affected+ind+arrived",
        "#population+ind",
        "#affected+ind+outdoors",
    ],
    &[
        "#date+ms",
        "#date",
        "#loc+code",
        "#loc+type",
        "#affected+ind+arrived",
        "#affected+ind+queue",
        "#population+ind",
        "#capacity+ind",
        "#affected+ind+waiting+outdoors",
        "#affected+ind+outdoors",
    ],
    &[
        "#loc+code",
        "#loc+name",
        "#loc+type",
        "#status+open",
        "#affected+ind+arrived",
        "#affected+ind+served",
        "#affected+ind+processed",
        "#affected+ind+queue",
        "#affected+ind+queue+max",
        "#affected+ind+queue+mean",
        "#indicator+wait+mean",
        "#indicator+wait+p95",
        "#population+ind",
        "#population+ind+max",
        "#capacity+ind",
        "#affected+ind+waiting+outdoors",
        "#affected+ind+waiting+outdoors+max",
        "#indicator+waiting+outdoors+hours",
    ],
    &[
        "#event+id",
        "#event+category+num",
        "#event+category+name",
        "#severity",
        "#date+start+ms",
        "#date+end+ms",
        "#sector",
        "#loc+code",
        "#org",
        "#event+request",
        "#affected+ind",
        "#description",
        "#description+evidence",
        "#description+action",
    ],
    &[
        "#event+id",
        "#indicator+ask",
        "#meta+subject",
        "#sector",
        "#org+to",
        "#date+start+ms",
        "#date+deadline+ms",
        "#date+end+ms",
        "#org+answered",
        "#event+decision",
        "#description",
    ],
    &[
        "#event+id",
        "#date+ms",
        "#org",
        "#description",
        "#sector",
        "#status+automated",
        "#event+request",
        "#meta+origin",
    ],
    &[
        "#meta+serial",
        "#date+arrived+ms",
        "#date+left+ms",
        "#loc+code",
        "#meta+outcome",
        "#meta+vulnerability",
    ],
];

/// What `export --csv` writes besides today's tables.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// Only the exchange tables, with small cells suppressed (`--aggregate-only`).
    pub aggregate_only: bool,
    /// The HXL hashtag row under the header of today's tables too (`--hxl`).
    pub hxl: bool,
}

/// The files an export with `options` writes, in order.
pub fn files(options: Options) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = if options.aggregate_only {
        Vec::new()
    } else {
        FILES.to_vec()
    };
    out.extend(super::exchange::EXCHANGE_FILES);
    out
}

/// A file that could not be written.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
#[error("{}", crate::i18n::Localized::localized(self, crate::i18n::Lang::En))]
pub enum ExportError {
    /// The directory could not be created.
    Directory {
        /// The directory.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// A table could not be turned into CSV.
    Csv {
        /// The file.
        path: PathBuf,
        /// Why.
        source: csv::Error,
    },
    /// A file may not be written there, or writing it failed.
    #[diagnostic(transparent)]
    Output(#[from] OutputError),
}

impl crate::i18n::Localized for ExportError {
    fn localized(&self, lang: crate::i18n::Lang) -> String {
        match self {
            ExportError::Directory { path, source } => crate::tr!(
                lang,
                "export-error-directory",
                path = path.display().to_string(),
                reason = source.to_string()
            ),
            ExportError::Csv { path, source } => crate::tr!(
                lang,
                "export-error-csv",
                path = path.display().to_string(),
                reason = csv_reason(source).localized(lang)
            ),
            ExportError::Output(err) => err.localized(lang),
        }
    }

    fn localized_help(&self, lang: crate::i18n::Lang) -> Option<String> {
        match self {
            ExportError::Output(err) => err.localized_help(lang),
            ExportError::Directory { .. } | ExportError::Csv { .. } => None,
        }
    }
}

/// Why a table could not be written as CSV, in words: the system's reason for a failed
/// write, or a table whose rows are of unequal length (a fault of this program).
fn csv_reason(err: &csv::Error) -> crate::i18n::Text {
    use crate::i18n::Text;
    match err.kind() {
        csv::ErrorKind::Io(io) => Text::new("export-error-io").id("reason", io.to_string()),
        _ => Text::new("export-error-table"),
    }
}

type Rows = Vec<Vec<String>>;

/// A table to write: header, HXL hashtags if any, rows.
type Written = (
    &'static [&'static str],
    Option<&'static [&'static str]>,
    Rows,
);

/// Writes every table of `sim` as it stands into `dir` (created if needed) as new files;
/// returns the files written. When one of them exists already nothing is written.
pub fn export(sim: &mut Simulation, dir: &Path) -> Result<Vec<PathBuf>, ExportError> {
    let outputs = Output::all(dir, &FILES, "file-csv-export", false, &[])?;
    write_tables(sim, dir, &outputs)
}

/// Writes today's tables of `sim` into `dir` (created if needed) through `outputs`, checked
/// beforehand (one per file of [`FILES`], in that order); returns the files written.
pub fn write_tables(
    sim: &mut Simulation,
    dir: &Path,
    outputs: &[Output],
) -> Result<Vec<PathBuf>, ExportError> {
    write_with(sim, dir, outputs, Options::default())
}

/// Writes the tables `options` ask for into `dir` (created if needed) through `outputs`,
/// checked beforehand (one per file of [`files`], in that order); returns the files written.
pub fn write_with(
    sim: &mut Simulation,
    dir: &Path,
    outputs: &[Output],
    options: Options,
) -> Result<Vec<PathBuf>, ExportError> {
    std::fs::create_dir_all(dir).map_err(|source| ExportError::Directory {
        path: dir.to_path_buf(),
        source,
    })?;
    let mut all: Vec<Written> = Vec::new();
    if !options.aggregate_only {
        for ((headers, rows), tags) in tables(sim).into_iter().zip(HXL) {
            all.push((headers, options.hxl.then_some(tags), rows));
        }
    }
    for table in super::exchange::exchange_tables(sim, options.aggregate_only) {
        all.push((table.headers, Some(table.tags), table.rows));
    }
    let mut written = Vec::new();
    for (output, (headers, tags, rows)) in outputs.iter().zip(all) {
        let path = output.path().to_path_buf();
        let bytes = csv_bytes(headers, tags, &rows).map_err(|source| ExportError::Csv {
            path: path.clone(),
            source,
        })?;
        output.write(&bytes)?;
        written.push(path);
    }
    Ok(written)
}

/// A table as CSV, with its HXL hashtag row when given; text cells a spreadsheet would run as
/// a formula are neutralised.
fn csv_bytes(headers: &[&str], tags: Option<&[&str]>, rows: &Rows) -> Result<Vec<u8>, csv::Error> {
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record(headers)?;
    if let Some(tags) = tags {
        out.write_record(tags)?;
    }
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
                    p.waiting_outdoors.get(i).map_or(0, |n| *n).to_string(),
                    p.outdoors_for_bed.get(i).map_or(0, |n| *n).to_string(),
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
                p.outdoors.to_string(),
                p.peak_outdoors.to_string(),
                p.person_hours_outdoors.to_string(),
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
                "waiting_outdoors",
                "outdoors",
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
                "waiting_outdoors",
                "peak_waiting_outdoors",
                "waiting_outdoors_hours",
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
