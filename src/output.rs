//! The one rule for every file a command writes: never onto one of its own inputs, never
//! over an existing file unless asked to (`--force`), and always through a temporary file in
//! the same directory renamed into place, so a crash or a full disk leaves the old file (or
//! no file) instead of a cut one.
//!
//! The exemptions, by design: `msel import --into F` (and `scenario raci|places import
//! --into F`) replaces `F` in place (atomically too,
//! keeping the previous text as `F.bak`, see [`Output::in_place`]), and a journal being
//! recorded or resumed is appended to line by line (the journal's own rule: every line is
//! synced before its command takes effect).

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};

use miette::Diagnostic;

use crate::i18n::{Lang, Localized};
use crate::tr;

/// What can stop a command from writing its output. Messages live in the catalogue
/// (`output-*`); the files are named by catalogue keys (`file-*`), so each reader sees them in
/// their language.
#[derive(Debug, thiserror::Error, Diagnostic)]
pub enum OutputError {
    /// The output is one of the command's inputs; writing would destroy it.
    OntoInput {
        /// The output as given.
        path: String,
        /// Which input it is: a catalogue key (`file-journal-forked`).
        input: &'static str,
        /// What was to be written: a catalogue key (`file-fork`).
        output: &'static str,
    },
    /// The output exists and `--force` was not given.
    Exists {
        /// The output as given.
        path: String,
        /// What was to be written: a catalogue key.
        output: &'static str,
    },
    /// Several outputs exist (`export --csv DIR`); nothing was written.
    SomeExist {
        /// The directory.
        dir: String,
        /// The files already there.
        names: Vec<String>,
    },
    /// The output is a directory.
    IsDirectory {
        /// The output as given.
        path: String,
        /// What was to be written: a catalogue key.
        output: &'static str,
    },
    /// Writing failed (a full disk, no permission...); whatever was at the path before is
    /// still there, untouched.
    Io {
        /// The output as given.
        path: String,
        /// The cause.
        source: std::io::Error,
        /// What became of the file that was there: a catalogue key.
        kept: &'static str,
    },
}

const KEPT_OLD: &str = "output-kept-old";
const KEPT_NONE: &str = "output-kept-none";

impl std::fmt::Display for OutputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.localized(Lang::En))
    }
}

impl Localized for OutputError {
    fn localized(&self, lang: Lang) -> String {
        match self {
            OutputError::OntoInput {
                path,
                input,
                output,
            } => tr!(
                lang,
                "output-onto-input",
                path = path,
                input = tr!(lang, input),
                output = tr!(lang, output),
            ),
            OutputError::Exists { path, output: _ } => tr!(lang, "output-exists", path = path),
            OutputError::SomeExist { dir, names } => tr!(
                lang,
                "output-some-exist",
                dir = dir,
                names = names.join(", "),
            ),
            OutputError::IsDirectory { path, output } => tr!(
                lang,
                "output-is-directory",
                path = path,
                output = tr!(lang, output),
            ),
            OutputError::Io { path, source, kept } => tr!(
                lang,
                "output-io",
                path = path,
                reason = source.to_string(),
                kept = tr!(lang, kept),
            ),
        }
    }

    fn localized_help(&self, lang: Lang) -> Option<String> {
        match self {
            OutputError::OntoInput { output, .. } => Some(tr!(
                lang,
                "output-onto-input-help",
                output = tr!(lang, output)
            )),
            OutputError::Exists { output, .. } => {
                Some(tr!(lang, "output-exists-help", output = tr!(lang, output)))
            }
            OutputError::SomeExist { .. } => Some(tr!(lang, "output-some-exist-help")),
            OutputError::IsDirectory { .. } | OutputError::Io { .. } => None,
        }
    }
}

/// One input of a command, described for the message that refuses to write over it.
#[derive(Debug, Clone)]
pub struct Input {
    path: PathBuf,
    what: &'static str,
}

impl Input {
    /// `path`, described by the catalogue key `what` (e.g. `file-journal-forked`).
    pub fn new(path: impl Into<PathBuf>, what: &'static str) -> Self {
        Input {
            path: path.into(),
            what,
        }
    }
}

/// A file a command is about to write, checked against the rule.
#[derive(Debug, Clone)]
pub struct Output {
    path: PathBuf,
    what: &'static str,
    replace: bool,
    backup: bool,
}

impl Output {
    /// Checks `path` before any work is done: it is none of `inputs` (compared by canonical
    /// path, so `./a`, `a` and a symbolic link to it are the same file), not a directory, and
    /// does not exist unless `force`. `what` names the output in messages: a catalogue key
    /// (`file-report`).
    pub fn new(
        path: &Path,
        what: &'static str,
        force: bool,
        inputs: &[Input],
    ) -> Result<Output, OutputError> {
        let name = path.display().to_string();
        if let Some(input) = inputs.iter().find(|i| same_file(path, &i.path)) {
            return Err(OutputError::OntoInput {
                path: name,
                input: input.what,
                output: what,
            });
        }
        if path.is_dir() {
            return Err(OutputError::IsDirectory {
                path: name,
                output: what,
            });
        }
        if !force && std::fs::symlink_metadata(path).is_ok() {
            return Err(OutputError::Exists {
                path: name,
                output: what,
            });
        }
        Ok(Output {
            path: path.to_path_buf(),
            what,
            replace: force,
            backup: false,
        })
    }

    /// The exemption of `msel import --into F`: `F` itself is replaced (atomically), and the
    /// text it held is kept beside it as `F.bak`.
    pub fn in_place(path: &Path, what: &'static str) -> Output {
        Output {
            path: path.to_path_buf(),
            what,
            replace: true,
            backup: true,
        }
    }

    /// Several files of one command (`export --csv DIR`), every one checked before any is
    /// written: when some exist and `force` is not given, the error names them all.
    pub fn all(
        dir: &Path,
        names: &[&str],
        what: &'static str,
        force: bool,
        inputs: &[Input],
    ) -> Result<Vec<Output>, OutputError> {
        let mut outputs = Vec::new();
        let mut existing = Vec::new();
        for name in names {
            match Output::new(&dir.join(name), what, force, inputs) {
                Ok(output) => outputs.push(output),
                Err(OutputError::Exists { .. }) => existing.push((*name).to_string()),
                Err(other) => return Err(other),
            }
        }
        if existing.is_empty() {
            Ok(outputs)
        } else {
            Err(OutputError::SomeExist {
                dir: dir.display().to_string(),
                names: existing,
            })
        }
    }

    /// The file to be written.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// What the file is, for messages: a catalogue key (`file-report`).
    pub fn what(&self) -> &'static str {
        self.what
    }

    /// Writes `bytes`: into a temporary file beside the output, synced, then renamed over
    /// it in one step. A file created at the path meanwhile is not replaced unless forced.
    pub fn write(&self, bytes: &[u8]) -> Result<(), OutputError> {
        self.write_through(bytes, |file| Box::new(file))
    }

    /// [`Output::write`], with the temporary file reached through `wrap` (a test's way of
    /// making the disk fill up mid-write).
    pub fn write_through(
        &self,
        bytes: &[u8],
        wrap: impl FnOnce(File) -> Box<dyn Write>,
    ) -> Result<(), OutputError> {
        let existed = std::fs::symlink_metadata(&self.path).is_ok();
        let kept = if existed { KEPT_OLD } else { KEPT_NONE };
        let fail = |source| OutputError::Io {
            path: self.path.display().to_string(),
            source,
            kept,
        };
        let dir = match self.path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let prefix = format!(
            ".{}.",
            self.path
                .file_name()
                .map_or("output".into(), |n| n.to_string_lossy())
        );
        let mut builder = tempfile::Builder::new();
        builder.prefix(&prefix).suffix(".tmp");
        if let Some(permissions) = permissions(&self.path) {
            builder.permissions(permissions);
        }
        // Dropped on any early return below, which removes the temporary file.
        let temp = builder.tempfile_in(&dir).map_err(fail)?;
        let mut writer = wrap(temp.as_file().try_clone().map_err(fail)?);
        writer.write_all(bytes).map_err(fail)?;
        writer.flush().map_err(fail)?;
        drop(writer);
        temp.as_file().sync_all().map_err(fail)?;
        if self.backup && existed {
            let bak = backup_path(&self.path);
            std::fs::copy(&self.path, &bak).map_err(|source| OutputError::Io {
                path: bak.display().to_string(),
                source,
                kept: KEPT_OLD,
            })?;
        }
        if self.replace {
            temp.persist(&self.path).map_err(|e| fail(e.error))?;
        } else {
            temp.persist_noclobber(&self.path).map_err(|e| {
                if e.error.kind() == std::io::ErrorKind::AlreadyExists {
                    OutputError::Exists {
                        path: self.path.display().to_string(),
                        output: self.what,
                    }
                } else {
                    fail(e.error)
                }
            })?;
        }
        sync_dir(&dir);
        Ok(())
    }
}

/// `F.bak` beside `F`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".bak");
    PathBuf::from(name)
}

/// Whether `a` and `b` name the same file (both must exist to be the same).
fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// The permissions the new file gets: those of the file it replaces, or the usual ones for a
/// new file (the process's umask applies), where the platform has them.
#[cfg(unix)]
fn permissions(path: &Path) -> Option<std::fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    Some(std::fs::metadata(path).map_or_else(
        |_| std::fs::Permissions::from_mode(0o666),
        |meta| meta.permissions(),
    ))
}

#[cfg(not(unix))]
fn permissions(path: &Path) -> Option<std::fs::Permissions> {
    std::fs::metadata(path).ok().map(|meta| meta.permissions())
}

/// The rename is durable once the directory entry is on the disk.
#[cfg(unix)]
fn sync_dir(dir: &Path) {
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) {}

/// First characters that make a spreadsheet program read a cell as a formula (OWASP, "CSV
/// injection"): `=`, `+`, `-`, `@`, and a tab or carriage return before one of them.
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A cell as written to a CSV file a spreadsheet may open. A text cell beginning like a
/// formula gets a leading apostrophe, which spreadsheet programs take as "this is text"; a
/// number (`-2`, `+1.5e3`) is written as it is. So that [`from_spreadsheet_cell`] reads every
/// cell back exactly, a text that really begins with an apostrophe followed by one of those
/// characters or by another apostrophe gets one apostrophe more.
pub fn spreadsheet_cell(text: &str) -> std::borrow::Cow<'_, str> {
    let mut chars = text.chars();
    let escape = match chars.next() {
        Some(c) if FORMULA_START.contains(&c) => !is_number(text),
        Some('\'') => chars
            .next()
            .is_some_and(|c| c == '\'' || FORMULA_START.contains(&c)),
        _ => false,
    };
    if escape {
        format!("'{text}").into()
    } else {
        text.into()
    }
}

/// A plain decimal number (`-2`, `+1.5e3`), which a spreadsheet reads as a number.
fn is_number(text: &str) -> bool {
    text.chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-'))
        && text.parse::<f64>().is_ok()
}

/// A cell read from a CSV file written with [`spreadsheet_cell`]: an apostrophe before a
/// formula's first character or before another apostrophe is dropped; any other cell is read
/// as it is.
pub fn from_spreadsheet_cell(cell: &str) -> &str {
    let mut chars = cell.chars();
    match (chars.next(), chars.next()) {
        (Some('\''), Some(c)) if c == '\'' || FORMULA_START.contains(&c) => &cell[1..],
        _ => cell,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_formula_is_text_in_a_spreadsheet_and_reads_back_exactly() {
        for (text, written) in [
            ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
            ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
            ("+1+1", "'+1+1"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\t=1", "'\t=1"),
            ("-2", "-2"),
            ("-inf", "'-inf"),
            ("+1.5e3", "+1.5e3"),
            ("'=x", "''=x"),
            ("''", "'''"),
            ("'tis", "'tis"),
            ("'", "'"),
            ("", ""),
            ("Vërmicë", "Vërmicë"),
        ] {
            assert_eq!(spreadsheet_cell(text), written, "{text:?}");
            assert_eq!(from_spreadsheet_cell(written), text, "{written:?}");
        }
    }
}
