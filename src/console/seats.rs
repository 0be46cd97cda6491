//! The console's side of the seats (`console --serve`): the join codes and their sidecar
//! file, the picture the console publishes after every tick for the web server to read, and
//! the desk that takes the seats' requests into the console's own loop.
//!
//! The console stays the controller: the server only reads the published [`Picture`] and
//! sends [`Note`]s through a channel; each request is checked here like the console's own
//! forms, journaled through `App::submit`, and only then answered.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rand::RngExt;
use tokio::sync::{mpsc, oneshot, watch};

use crate::i18n::{Lang, Localized, Text};
use crate::scenario::{LocationKind, Observation, Rating, Role, Scenario, Vulnerability};
use crate::time::SimTime;
use crate::{Command, DecisionKind, Origin, Via, tr};

use super::app::App;
use super::commands::{COMMANDS, CommandSpec, FieldKind, known_ids, vulnerability_id};
use super::form::{Check, Form};

/// Longest text a seat may send in one field, in characters: as long as a journal line's
/// free text (`Ranges::TEXT`).
pub const MAX_TEXT: usize = crate::Ranges::TEXT;
/// Most points a chart's line carries to the pages (the newest sample always among them).
pub const CHART_POINTS: usize = 120;
/// Requests that may wait for the console's loop at once; more wait in the server.
pub const QUEUE: usize = 64;
/// Letters of a join code: no 0/O, 1/I/L, so a code read aloud or off a screen is typed right.
const ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
/// Characters of a join code (31^8, about 8.5 × 10^11 codes).
const CODE_LEN: usize = 8;

/// Why the seats cannot be opened.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
#[error("{}", self.localized(Lang::En))]
pub enum SeatsError {
    /// The sidecar file could not be read or written.
    Io {
        /// What was being done: a catalogue key (`seats-io-read`).
        action: &'static str,
        /// The sidecar file.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
    /// The sidecar file is not one this program wrote.
    Corrupt {
        /// The sidecar file.
        path: String,
        /// Line number, from 1.
        line: usize,
        /// What is wrong: a catalogue key.
        why: &'static str,
    },
    /// A new exercise found a sidecar file already there.
    Exists {
        /// The sidecar file.
        path: String,
    },
}

impl Localized for SeatsError {
    fn localized(&self, lang: Lang) -> String {
        match self {
            SeatsError::Io {
                action,
                path,
                source,
            } => tr!(
                lang,
                action,
                path = path.as_str(),
                reason = source.to_string()
            ),
            SeatsError::Corrupt { path, line, why } => tr!(
                lang,
                "seats-codes-corrupt",
                path = path.as_str(),
                line = line.to_string(),
                why = tr!(lang, why)
            ),
            SeatsError::Exists { path } => tr!(lang, "seats-codes-exist", path = path.as_str()),
        }
    }

    fn localized_help(&self, lang: Lang) -> Option<String> {
        match self {
            SeatsError::Exists { .. } => Some(tr!(lang, "seats-codes-exist-help")),
            SeatsError::Io { .. } | SeatsError::Corrupt { .. } => None,
        }
    }
}

/// The join codes: one per institution, one for the evaluators.
#[derive(Clone, PartialEq, Eq)]
pub struct Codes {
    /// Institution id → its seat's code.
    pub seats: BTreeMap<String, String>,
    /// The evaluators' code.
    pub evaluator: String,
}

impl std::fmt::Debug for Codes {
    // Codes are secrets: never printed by a debug format.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Codes")
            .field("seats", &self.seats.keys().collect::<Vec<_>>())
            .finish_non_exhaustive()
    }
}

fn new_code() -> String {
    let mut rng = rand::rng();
    (0..CODE_LEN)
        .map(|_| char::from(ALPHABET[rng.random_range(0..ALPHABET.len())]))
        .collect()
}

/// Whether two codes are equal, in time that does not depend on where they differ.
fn same_code(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

impl Codes {
    /// Fresh random codes for every institution of `scenario` and the evaluators.
    pub fn generate(scenario: &Scenario) -> Codes {
        Codes {
            seats: scenario
                .institutions
                .iter()
                .map(|i| (i.id.clone(), new_code()))
                .collect(),
            evaluator: new_code(),
        }
    }

    /// The sidecar file beside a journal: `<journal>.seats`.
    pub fn sidecar(journal: &Path) -> PathBuf {
        let mut name = journal.as_os_str().to_owned();
        name.push(".seats");
        PathBuf::from(name)
    }

    /// The codes of a new exercise recorded in `journal`: fresh, written to its sidecar
    /// (which must not exist yet).
    pub fn create(journal: &Path, scenario: &Scenario) -> Result<Codes, SeatsError> {
        let path = Codes::sidecar(journal);
        if path.exists() {
            return Err(SeatsError::Exists {
                path: path.display().to_string(),
            });
        }
        let codes = Codes::generate(scenario);
        codes.write(&path)?;
        Ok(codes)
    }

    /// The codes of a resumed exercise: those in its sidecar, with new ones for institutions
    /// it lacks; fresh ones (written) when it has none.
    pub fn resume(journal: &Path, scenario: &Scenario) -> Result<Codes, SeatsError> {
        let path = Codes::sidecar(journal);
        if !path.exists() {
            let codes = Codes::generate(scenario);
            codes.write(&path)?;
            return Ok(codes);
        }
        let mut codes = Codes::read(&path)?;
        let mut added = false;
        for institution in &scenario.institutions {
            if !codes.seats.contains_key(&institution.id) {
                codes.seats.insert(institution.id.clone(), new_code());
                added = true;
            }
        }
        if added {
            codes.write(&path)?;
        }
        Ok(codes)
    }

    /// Reads a sidecar file.
    pub fn read(path: &Path) -> Result<Codes, SeatsError> {
        let name = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|source| SeatsError::Io {
            action: "seats-io-read",
            path: name.clone(),
            source,
        })?;
        let corrupt = |line: usize, why: &'static str| SeatsError::Corrupt {
            path: name.clone(),
            line,
            why,
        };
        let mut seats = BTreeMap::new();
        let mut evaluator = None;
        for (n, line) in text.lines().enumerate() {
            let number = n.saturating_add(1);
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let words: Vec<&str> = line.split_whitespace().collect();
            let valid =
                |code: &str| code.len() == CODE_LEN && code.bytes().all(|b| ALPHABET.contains(&b));
            match words.as_slice() {
                ["seat", id, code] if valid(code) => {
                    seats.insert((*id).to_string(), (*code).to_string());
                }
                ["evaluator", code] if valid(code) => evaluator = Some((*code).to_string()),
                _ => {
                    return Err(corrupt(number, "seats-codes-bad-line"));
                }
            }
        }
        let evaluator = evaluator.ok_or_else(|| corrupt(1, "seats-codes-no-evaluator"))?;
        Ok(Codes { seats, evaluator })
    }

    /// Writes the codes to `path`, readable by its owner only, through a temporary file
    /// renamed into place.
    pub fn write(&self, path: &Path) -> Result<(), SeatsError> {
        let name = path.display().to_string();
        let io = |action| {
            let path = name.clone();
            move |source| SeatsError::Io {
                action,
                path,
                source,
            }
        };
        let mut text =
            String::from("# fluxsim seat codes for the journal beside this file: keep private\n");
        for (id, code) in &self.seats {
            let _ = writeln!(text, "seat {id} {code}");
        }
        let _ = writeln!(text, "evaluator {}", self.evaluator);
        let dir = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        let mut file = tempfile::Builder::new()
            .prefix(".fluxsim-seats-")
            .tempfile_in(dir)
            .map_err(io("seats-io-temporary"))?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            file.as_file()
                .set_permissions(std::fs::Permissions::from_mode(0o600))
                .map_err(io("seats-io-restrict"))?;
        }
        file.write_all(text.as_bytes())
            .map_err(io("seats-io-write"))?;
        file.as_file().sync_all().map_err(io("seats-io-sync"))?;
        file.persist(path)
            .map_err(|e| e.error)
            .map_err(io("seats-io-rename"))?;
        Ok(())
    }

    /// The institution whose seat `code` opens, if `seat` is that institution's.
    pub fn opens(&self, seat: &str, code: &str) -> bool {
        self.seats
            .get(seat)
            .is_some_and(|c| same_code(c, code.trim()))
    }

    /// Whether `code` is the evaluators'.
    pub fn opens_evaluator(&self, code: &str) -> bool {
        same_code(&self.evaluator, code.trim())
    }
}

/// What a seat asks the console to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Act {
    /// A decision of the catalogue: the palette's command name and the values of its fields
    /// (by field name; the deciding institution is the seat's own).
    Decide {
        /// The command's name, as in the palette (`approve-reception`).
        command: String,
        /// Field name → text typed or chosen.
        fields: BTreeMap<String, String>,
    },
    /// Something the players did outside the catalogue, in their words.
    Action {
        /// What they did.
        text: String,
    },
    /// Inform other institutions (one `Notify` decision each), with a message if any.
    Inform {
        /// The institutions informed (ids), as ticked.
        to: Vec<String>,
        /// The function or phase it is about (an id).
        about: String,
        /// The message, in the players' words (may be empty).
        text: String,
    },
    /// An evaluator's observation (sent with the seat [`EVALUATOR`]).
    Observe {
        /// What was seen.
        text: String,
        /// The institution it is about, if any (an id).
        institution: Option<String>,
        /// The core capability it bears on, if any (as the exercise names it).
        capability: Option<String>,
        /// The critical task it bears on, if any (an id).
        task: Option<String>,
        /// The MSEL inject it answers, if any (its number, as sent).
        inject: Option<String>,
        /// The proposed rating, if any: `P`, `S`, `M` or `U`.
        rating: Option<String>,
    },
}

/// The palette's name of the decision a seat's inform form gives, once per institution.
const INFORM: &str = "notify";
/// The palette's free action, which a seat's page asks for in a form of its own.
const ACTION: &str = "action";

/// The seat name the evaluators' requests carry.
pub const EVALUATOR: &str = "evaluator";

/// What the server tells the console's loop.
#[derive(Debug)]
pub enum Note {
    /// A seat, admitted with its code, asks for something. The answer goes back on `reply`
    /// once the command is in the journal (`Ok` with what was done) or was refused (`Err`
    /// with why), in the reader's language.
    Act {
        /// The institution.
        seat: String,
        /// What it asks.
        act: Act,
        /// The reader's language.
        lang: Lang,
        /// Where the answer goes.
        reply: oneshot::Sender<Result<String, String>>,
    },
    /// Someone was turned away at the door (a wrong or missing code, an unknown seat).
    Refused {
        /// The seat asked for, as given.
        seat: String,
        /// Why: the catalogue key of the reason (`seats-why-…`).
        why: &'static str,
    },
    /// A live page of a seat (or, with `None`, the projector) opened or closed.
    Watching {
        /// The institution, or `None` for the projector.
        seat: Option<String>,
        /// Opened (true) or closed.
        open: bool,
    },
}

/// A field of a decision form, as a seat's page offers it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldChoice {
    /// Field name (as the journal spells it): what the form sends.
    pub name: &'static str,
    /// What the form calls it (a catalogue key).
    pub label: &'static str,
    /// One line of help (a catalogue key).
    pub help: &'static str,
    /// What it accepts: the page shows each option in its reader's words
    /// ([`Setup::option_word`]).
    pub kind: FieldKind,
    /// The ids it accepts, which the form sends (empty for a number; its range is
    /// [`FieldKind::range`]).
    pub options: Vec<String>,
}

/// A decision a seat can take: a palette command whose first field is the deciding
/// institution, without that field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecisionForm {
    /// The palette's name for it: what the form sends.
    pub name: &'static str,
    /// What it does (a catalogue key).
    pub summary: &'static str,
    /// Its fields after the institution.
    pub fields: Vec<FieldChoice>,
}

/// The palette's decisions: the commands whose first field names the deciding institution.
fn decision_specs() -> impl Iterator<Item = &'static CommandSpec> {
    COMMANDS.iter().filter(|spec| {
        spec.fields
            .first()
            .is_some_and(|f| f.name == "by" && f.kind == FieldKind::Institution)
    })
}

/// What does not change while the server runs: the exercise, its seats, the forms.
#[derive(Debug, Clone)]
pub struct Setup {
    /// Exercise name.
    pub exercise: String,
    /// Institutions: (id, name), in scenario order.
    pub seats: Vec<(String, String)>,
    /// The join codes.
    pub codes: Codes,
    /// The decisions a seat can take.
    pub forms: Vec<DecisionForm>,
    /// The core capabilities the exercise names, for the evaluators' observations.
    pub capabilities: Vec<String>,
    /// The objectives' critical tasks: (id, "objective: task"), in scenario order.
    pub tasks: Vec<(String, String)>,
    /// The MSEL's injects: (number, synopsis), in MSEL order.
    pub injects: Vec<(u32, String)>,
    /// What a notification may be about: (function or phase id, name), functions first.
    topics: Vec<(String, String)>,
    /// The scenario's own words in each language a page may be read in.
    words: BTreeMap<Lang, Words>,
}

/// The scenario's own words as a reader of one language reads them: the names of
/// institutions and places and the synopses of injects, translated where the scenario
/// translates them, else as written (`Scenario::in_language`).
#[derive(Debug, Clone, Default)]
struct Words {
    /// Institution id → name.
    institutions: BTreeMap<String, String>,
    /// Location id → name.
    places: BTreeMap<String, String>,
    /// Inject number → synopsis, its live values not filled in.
    synopses: BTreeMap<u32, String>,
}

impl Words {
    fn of(scenario: &Scenario) -> Words {
        Words {
            institutions: scenario
                .institutions
                .iter()
                .map(|i| (i.id.clone(), i.name.clone()))
                .collect(),
            places: scenario
                .locations
                .iter()
                .map(|l| (l.id.clone(), l.label().to_string()))
                .collect(),
            synopses: scenario
                .msel
                .iter()
                .map(|i| (i.number, i.synopsis.clone()))
                .collect(),
        }
    }
}

impl Setup {
    /// The setup of `scenario`'s seats with these codes; `scenario` as written (each page
    /// reads its names and synopses in its reader's language).
    pub fn new(scenario: &Scenario, codes: Codes) -> Setup {
        // Informing and free actions have their own forms on a seat's page (several
        // institutions and a message; a text).
        let forms = decision_specs()
            .filter(|spec| spec.name != INFORM && spec.name != ACTION)
            .map(|spec| DecisionForm {
                name: spec.name,
                summary: spec.summary,
                fields: spec.fields[1..]
                    .iter()
                    .map(|f| FieldChoice {
                        name: f.name,
                        label: f.label,
                        help: f.help,
                        kind: f.kind,
                        options: known_ids(scenario, f.kind),
                    })
                    .collect(),
            })
            .collect();
        Setup {
            exercise: scenario.exercise.name.clone(),
            seats: scenario
                .institutions
                .iter()
                .map(|i| (i.id.clone(), i.name.clone()))
                .collect(),
            codes,
            forms,
            capabilities: scenario.capabilities(),
            tasks: scenario
                .objectives
                .iter()
                .flat_map(|o| {
                    o.tasks
                        .iter()
                        .map(move |t| (t.id.clone(), format!("{}: {}", o.name, t.text)))
                })
                .collect(),
            injects: scenario
                .msel
                .iter()
                .map(|i| (i.number, i.synopsis.clone()))
                .collect(),
            topics: scenario
                .functions
                .iter()
                .map(|f| (f.id.clone(), f.name.clone()))
                .chain(
                    scenario
                        .plan
                        .phases
                        .iter()
                        .map(|p| (p.id.clone(), p.name.clone())),
                )
                .collect(),
            // Made once: the scenario's words do not change while the server runs.
            words: Lang::ALL
                .into_iter()
                .chain([Lang::Pseudo])
                .map(|lang| (lang, Words::of(&scenario.in_language(lang))))
                .collect(),
        }
    }

    fn words(&self, lang: Lang) -> Option<&Words> {
        self.words.get(&lang)
    }

    /// The name of institution `id` as a reader of `lang` reads it, if it has a seat.
    pub fn seat_name_in(&self, lang: Lang, id: &str) -> Option<&str> {
        self.words(lang)
            .and_then(|w| w.institutions.get(id))
            .map(String::as_str)
            .or_else(|| self.seat_name(id))
    }

    /// Every seat, (id, name), in scenario order, named as a reader of `lang` reads them.
    pub fn seats_in(&self, lang: Lang) -> impl Iterator<Item = (&str, &str)> {
        self.seats
            .iter()
            .map(move |(id, name)| (id.as_str(), self.seat_name_in(lang, id).unwrap_or(name)))
    }

    /// The name of location `id` as a reader of `lang` reads it (the id when the scenario
    /// has no such place).
    pub fn place_name<'a>(&'a self, lang: Lang, id: &'a str) -> &'a str {
        self.words(lang)
            .and_then(|w| w.places.get(id))
            .map_or(id, String::as_str)
    }

    /// The MSEL's injects, (number, synopsis), in MSEL order, as a reader of `lang` reads
    /// them (their live values not filled in).
    pub fn injects_in(&self, lang: Lang) -> impl Iterator<Item = (u32, &str)> {
        self.injects.iter().map(move |(number, written)| {
            let shown = self.words(lang).and_then(|w| w.synopses.get(number));
            (*number, shown.unwrap_or(written).as_str())
        })
    }

    /// The inject `quote` quotes as a reader of `lang` reads it: its synopsis in that
    /// language with the live values it was delivered with, else as delivered.
    pub fn quoted(&self, lang: Lang, quote: &Quote) -> String {
        let written = self.injects.iter().find(|(n, _)| *n == quote.number);
        let shown = self.words(lang).and_then(|w| w.synopses.get(&quote.number));
        match (written, shown) {
            (Some((_, written)), Some(shown)) => {
                crate::scenario::inject_words(written, shown, &quote.filled)
            }
            _ => quote.filled.clone(),
        }
    }

    /// What a decision form shows a reader of `lang` for the option `id` of a field of this
    /// kind: the engine's word for a kind of case or a role, the scenario's name for a place,
    /// an institution, a function or a phase; the id itself only where nothing names it (a
    /// fleet, a language code).
    pub fn option_word(&self, lang: Lang, kind: FieldKind, id: &str) -> String {
        let named = |name: Option<&str>| name.filter(|n| !n.is_empty()).unwrap_or(id).to_string();
        match kind {
            FieldKind::Vulnerability => Vulnerability::ALL
                .into_iter()
                .find(|v| vulnerability_id(*v) == id)
                .map_or_else(|| id.to_string(), |v| tr!(lang, v.key())),
            FieldKind::Role => Role::ALL
                .into_iter()
                .find(|r| r.label() == id)
                .map_or_else(|| id.to_string(), |r| tr!(lang, r.key())),
            FieldKind::Bcp | FieldKind::Site => named(Some(self.place_name(lang, id))),
            FieldKind::Institution => named(self.seat_name_in(lang, id)),
            FieldKind::Phase | FieldKind::Function | FieldKind::Topic => named(
                self.topics
                    .iter()
                    .find(|(topic, _)| topic == id)
                    .map(|(_, name)| name.as_str()),
            ),
            FieldKind::Language
            | FieldKind::Fleet
            | FieldKind::Rating
            | FieldKind::Text
            | FieldKind::OptionalText
            | FieldKind::Int { .. } => id.to_string(),
        }
    }

    /// What a notification may be about: (function or phase id, its name), functions first.
    pub fn topics(&self) -> &[(String, String)] {
        &self.topics
    }

    /// The name of institution `id`, if it has a seat.
    pub fn seat_name(&self, id: &str) -> Option<&str> {
        self.seats
            .iter()
            .find(|(i, _)| i == id)
            .map(|(_, name)| name.as_str())
    }
}

/// One line of a timeline: when, and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// Simulated time, as `T+…`.
    pub at: String,
    /// Who it came from or who did it (an institution id, `model`, or empty).
    pub who: String,
    /// What, put into words in each reader's language.
    pub what: Text,
    /// The MSEL inject whose text `what` quotes, if it quotes one: each page renders `what`
    /// again with the quote in its reader's language (`Setup::quoted`).
    pub quote: Option<Quote>,
}

/// An MSEL inject's text as a line quotes it. The line's message takes `number` and `text`
/// (`informed-inject`, `plain-text`); `text` is `filled`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// The inject's number.
    pub number: u32,
    /// Its text as delivered: the synopsis as written, its live values filled in.
    pub filled: String,
}

impl Quote {
    /// The quote in `what`, when it is an inject told (`informed-inject`).
    fn told(what: &Text) -> Option<Quote> {
        use crate::i18n::Value;
        if what.key() != "informed-inject" {
            return None;
        }
        let mut number = None;
        let mut filled = None;
        for (name, value) in what.args() {
            match value {
                Value::Count(n) if *name == "number" => number = u32::try_from(*n).ok(),
                Value::Id(text) if *name == "text" => filled = Some(text.clone()),
                Value::Id(_)
                | Value::Count(_)
                | Value::Number(_)
                | Value::Text(_)
                | Value::List { .. } => {}
            }
        }
        Some(Quote {
            number: number?,
            filled: filled?,
        })
    }
}

/// A request waiting for an institution's decision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Waiting {
    /// Request number.
    pub id: u32,
    /// What is asked (and about what).
    pub what: Text,
    /// Why it was raised.
    pub reason: Text,
    /// Its deadline, as `T+…`.
    pub deadline: String,
    /// Minutes left before the deadline (negative: overdue).
    pub minutes_left: i64,
}

/// One institution's part of the picture: only what it was told and what concerns it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeatPicture {
    /// Institution id (each page names it in its reader's language: `Setup::seat_name_in`).
    pub id: String,
    /// What it was told, and when, and by whom — newest last.
    pub told: Vec<Line>,
    /// Requests waiting for its decision.
    pub waiting: Vec<Waiting>,
    /// Its part in the plan: (function name, R / A / C / I).
    pub raci: Vec<(String, char)>,
    /// The decisions it took and its free actions, newest last.
    pub decisions: Vec<Line>,
    /// Live figures of the places it runs (`Scenario::operators`), in scenario order.
    pub places: Vec<PlaceFigures>,
    /// The other places as they stood when it was last told anything (`None` before that).
    pub reported: Option<Reported>,
}

/// The places an institution does not run, as they stood when it was last told anything
/// (an inject delivered to it, a notification, a decision it had to hear of): the sampled
/// series at or before that moment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reported {
    /// The time of the sample, as `T+…`.
    pub at: String,
    /// The places, in scenario order: a queue or beds taken then.
    pub places: Vec<PlaceFigures>,
}

/// What a place looks like now, for the institution that runs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlaceFigures {
    /// Location id (each page names it in its reader's language: `Setup::place_name`).
    pub id: String,
    /// Open for new people.
    pub open: bool,
    /// How it is measured.
    pub measure: Measure,
}

/// The figures that say how a place is doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    /// A place that processes people (a BCP, a registration point).
    Queue {
        /// Waiting now.
        queue: u32,
        /// Lanes or desks at work now.
        servers: u32,
        /// Processed in the last simulated hour.
        last_hour: u64,
    },
    /// A queue as last reported, without the live detail.
    Waiting {
        /// Waiting then.
        queue: u32,
    },
    /// A place with beds or room (a reception site, a transit point, a hospital).
    Beds {
        /// Taken now.
        taken: u32,
        /// Usable now.
        capacity: u32,
    },
}

/// A line of a chart: what it shows and its points (simulated ms, value), oldest first.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Curve {
    /// The place it shows, by id (named in each page's language: `Setup::place_name`);
    /// empty where the chart's title says what it shows.
    pub place: String,
    /// The points, at most `CHART_POINTS` of them.
    pub points: Vec<(i64, u64)>,
}

/// The projector's charts, from the sampled series and the present.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Charts {
    /// People arrived so far.
    pub arrivals: Curve,
    /// People outdoors.
    pub outdoors: Curve,
    /// The queue at each BCP, in scenario order.
    pub queues: Vec<Curve>,
}

/// The headline figures everyone in the room may see.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Headline {
    /// People who arrived so far.
    pub arrivals: u64,
    /// People in the system now.
    pub in_system: u64,
    /// People waiting in queues now.
    pub queued: u64,
    /// People in reception sites now.
    pub sheltered: u64,
    /// People outdoors now.
    pub outdoors: u32,
}

/// What the console publishes after every tick: plain data, built from the `Simulation`'s
/// views, that the server renders. It never holds the controller's answers (expected
/// actions, notes, upcoming injects).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Picture {
    /// Simulated time (ms), for ordering updates.
    pub time_ms: i64,
    /// Simulated time as `T+…`.
    pub clock: String,
    /// The plan phase in force, by name.
    pub phase: String,
    /// Whether the clock runs.
    pub running: bool,
    /// Headline figures.
    pub headline: Headline,
    /// Injects delivered so far, synopsis only, newest last (`who` lists the receivers).
    pub injects: Vec<Line>,
    /// Every decision and free action of the players so far, newest last (`who` is the
    /// institution).
    pub decisions: Vec<Line>,
    /// Per institution, in scenario order.
    pub seats: Vec<SeatPicture>,
    /// The objectives' critical tasks as they stand, in scenario order (`at`: since when;
    /// `who`: the institution it belongs to), for the evaluators.
    pub tasks: Vec<Line>,
    /// The projector's charts.
    pub charts: Charts,
    /// The open coordination gaps, oldest first, when the facilitator shows them on the
    /// projector (`None` while hidden).
    pub gaps: Option<Vec<Line>>,
    /// The console's language: the projector's, unless its page names another.
    pub lang: Lang,
}

/// Every `stride`-th of `n` items' indices, and always the last, so at most `CHART_POINTS`.
fn thinned(n: usize) -> impl Iterator<Item = usize> {
    let stride = n.div_ceil(CHART_POINTS).max(1);
    (0..n)
        .filter(move |i| i % stride == 0 || *i + 1 == n)
        .take(CHART_POINTS + 1)
}

/// A curve of `place` (a location id, or empty) through the samples (thinned) and the
/// present value `now`.
fn curve(
    app: &App,
    place: String,
    value: impl Fn(&crate::view::SamplePoint) -> u64,
    now: (i64, u64),
) -> Curve {
    let points = &app.series().points;
    let mut out: Vec<(i64, u64)> = thinned(points.len())
        .map(|i| (points[i].t, value(&points[i])))
        .collect();
    if out.last().is_none_or(|(t, _)| *t < now.0) {
        out.push(now);
    }
    Curve { place, points: out }
}

impl Charts {
    /// The charts of the exercise `app` runs, now.
    fn of(app: &App) -> Charts {
        let scenario = app.scenario();
        let snapshot = app.snapshot();
        let now = snapshot.time_ms;
        let queues = scenario
            .locations
            .iter()
            .enumerate()
            .filter(|(_, l)| matches!(l.kind, LocationKind::Bcp { .. }))
            .map(|(i, l)| {
                let present = snapshot.places.get(i).map_or(0, |p| u64::from(p.queue));
                curve(
                    app,
                    l.id.clone(),
                    |p| p.queue.get(i).map_or(0, |q| u64::from(*q)),
                    (now, present),
                )
            })
            .collect();
        Charts {
            arrivals: curve(
                app,
                String::new(),
                |p| p.arrivals,
                (now, snapshot.totals.arrivals),
            ),
            outdoors: curve(
                app,
                String::new(),
                |p| u64::from(p.outdoors),
                (now, u64::from(snapshot.totals.outdoors)),
            ),
            queues,
        }
    }
}

/// The open gaps as the projector lists them, oldest first.
fn open_gaps(app: &App) -> Vec<Line> {
    app.snapshot()
        .gaps
        .iter()
        .filter(|g| g.closed_ms.is_none())
        .map(|g| Line {
            at: SimTime(g.opened_ms).t_plus(),
            who: g.institutions.join(", "),
            what: Text::new("seats-gap")
                .text("category", Text::new(g.category.key()))
                .text("summary", g.summary.clone()),
            quote: None,
        })
        .collect()
}

/// The places `institution` does not run, as the last sample at or before the last time it
/// was told anything showed them; `None` before it was told anything.
fn reported_to(app: &App, institution: &str) -> Option<Reported> {
    let told_ms = app
        .informed()
        .iter()
        .filter(|i| i.institution == institution)
        .map(|i| i.at_ms)
        .max()?;
    let points = &app.series().points;
    let sample = points[..points.partition_point(|p| p.t <= told_ms)].last()?;
    let scenario = app.scenario();
    let places = scenario
        .locations
        .iter()
        .enumerate()
        .filter(|(_, l)| !scenario.operators(&l.id).iter().any(|o| o == institution))
        .filter_map(|(i, l)| {
            let (open, measure) = match l.kind {
                LocationKind::Bcp { .. } | LocationKind::Registration { .. } => (
                    true,
                    Measure::Waiting {
                        queue: *sample.queue.get(i)?,
                    },
                ),
                LocationKind::Reception { .. } => {
                    let capacity = *sample.capacity.get(i)?;
                    (
                        capacity > 0,
                        Measure::Beds {
                            taken: *sample.occupancy.get(i)?,
                            capacity,
                        },
                    )
                }
                LocationKind::Transit { .. }
                | LocationKind::Hospital { .. }
                | LocationKind::Entry { .. }
                | LocationKind::GreenBorder { .. }
                | LocationKind::Exit { .. } => return None,
            };
            Some(PlaceFigures {
                id: l.id.clone(),
                open,
                measure,
            })
        })
        .collect();
    Some(Reported {
        at: SimTime(sample.t).t_plus(),
        places,
    })
}

/// The figures of every place `institution` runs, in scenario order.
fn places_run_by(app: &App, institution: &str) -> Vec<PlaceFigures> {
    let scenario = app.scenario();
    let snapshot = app.snapshot();
    scenario
        .locations
        .iter()
        .zip(&snapshot.places)
        .filter(|(l, _)| scenario.operators(&l.id).iter().any(|o| o == institution))
        .map(|(l, p)| PlaceFigures {
            id: l.id.clone(),
            open: p.open,
            measure: match l.kind {
                LocationKind::Bcp { .. } | LocationKind::Registration { .. } => Measure::Queue {
                    queue: p.queue,
                    servers: p.servers,
                    last_hour: p.processed_last_hour,
                },
                LocationKind::Reception { .. }
                | LocationKind::Transit { .. }
                | LocationKind::Hospital { .. }
                | LocationKind::Entry { .. }
                | LocationKind::GreenBorder { .. }
                | LocationKind::Exit { .. } => Measure::Beds {
                    taken: p.occupancy,
                    capacity: p.capacity,
                },
            },
        })
        .collect()
}

impl Picture {
    /// The picture of the exercise `app` runs, now.
    pub fn of(app: &App) -> Picture {
        let scenario = app.scenario();
        let snapshot = app.snapshot();
        let at = |ms: i64| SimTime(ms).t_plus();
        let decision_line = |d: &crate::view::Decision| Line {
            at: at(d.at_ms),
            who: d.by.clone(),
            what: d.what.clone(),
            quote: None,
        };
        let injects = app
            .delivered()
            .iter()
            .filter_map(|(number, t)| {
                let inject = scenario.msel.iter().find(|i| i.number == *number)?;
                // As delivered, in no language yet: each page reads it in its own.
                let filled = app.delivered_text(*number)?;
                Some((
                    *t,
                    Line {
                        at: t.t_plus(),
                        who: inject.to.join(", "),
                        what: Text::new("plain-text").id("text", filled.clone()),
                        quote: Some(Quote {
                            number: *number,
                            filled,
                        }),
                    },
                ))
            })
            .collect::<Vec<_>>();
        let mut injects = injects;
        injects.sort_by_key(|(t, _)| *t);
        // What the players did: decisions and free actions (never the facilitator's notes),
        // in time order.
        // What an institution told another in its own words stays between them: the room
        // sees that it informed, not what it said (the third item: the room's words).
        let mut done: Vec<(i64, Line, Option<Text>)> = app
            .decisions()
            .iter()
            .map(|d| {
                let room = if let DecisionKind::Notify { to, about, text } = &d.kind
                    && !text.is_empty()
                {
                    let said = DecisionKind::Notify {
                        to: to.clone(),
                        about: about.clone(),
                        text: String::new(),
                    };
                    Some(said.text())
                } else {
                    None
                };
                (d.at_ms, decision_line(d), room)
            })
            .collect();
        done.extend(app.remarks().iter().filter_map(|r| {
            let by = r.by.as_ref()?;
            Some((
                r.at_ms,
                Line {
                    at: at(r.at_ms),
                    who: by.clone(),
                    what: Text::new("describe-action").id("text", &r.text),
                    quote: None,
                },
                None,
            ))
        }));
        done.sort_by_key(|(t, _, _)| *t);
        let now = snapshot.time_ms;
        let seats = scenario
            .institutions
            .iter()
            .map(|inst| {
                let id = &inst.id;
                let raci = scenario
                    .functions
                    .iter()
                    .filter_map(|f| {
                        let has = |list: &Vec<String>| list.iter().any(|i| i == id);
                        let letter = if has(&f.accountable) {
                            'A'
                        } else if has(&f.responsible) {
                            'R'
                        } else if has(&f.consulted) {
                            'C'
                        } else if has(&f.informed) {
                            'I'
                        } else {
                            return None;
                        };
                        Some((f.name.clone(), letter))
                    })
                    .collect();
                SeatPicture {
                    id: id.clone(),
                    told: app
                        .informed()
                        .iter()
                        .filter(|i| &i.institution == id)
                        .map(|i| Line {
                            at: at(i.at_ms),
                            who: i.from.clone(),
                            what: i.what.clone(),
                            quote: Quote::told(&i.what),
                        })
                        .collect(),
                    waiting: app
                        .requests()
                        .iter()
                        .filter(|q| q.answered.is_none() && q.withdrawn.is_none())
                        .filter(|q| q.to.iter().any(|t| t == id))
                        .map(|q| Waiting {
                            id: q.id,
                            what: match &q.subject {
                                Some(subject) => Text::new("ask-with-subject")
                                    .text("ask", q.ask.text())
                                    .id("subject", subject),
                                None => q.ask.text(),
                            },
                            reason: q.reason.clone(),
                            deadline: at(q.deadline_ms),
                            minutes_left: (q.deadline_ms - now).div_euclid(60_000),
                        })
                        .collect(),
                    raci,
                    decisions: done
                        .iter()
                        .filter(|(_, line, _)| &line.who == id)
                        .map(|(_, line, _)| line.clone())
                        .collect(),
                    places: places_run_by(app, id),
                    reported: reported_to(app, id),
                }
            })
            .collect();
        Picture {
            lang: app.lang(),
            time_ms: now,
            clock: at(now),
            phase: app
                .phase()
                .map_or_else(|| snapshot.phase.clone(), |p| p.name.clone()),
            running: app.clock().is_running(),
            headline: Headline {
                arrivals: snapshot.totals.arrivals,
                in_system: snapshot.totals.in_system,
                queued: snapshot.places.iter().map(|p| u64::from(p.queue)).sum(),
                sheltered: snapshot.places.iter().map(|p| u64::from(p.occupancy)).sum(),
                outdoors: snapshot.totals.outdoors,
            },
            injects: injects.into_iter().map(|(_, line)| line).collect(),
            seats,
            tasks: scenario
                .objectives
                .iter()
                .flat_map(|o| o.tasks.iter())
                .zip(app.tasks())
                .map(|(task, state)| Line {
                    at: state.at_ms.map_or_else(String::new, at),
                    who: task.institution.clone().unwrap_or_default(),
                    what: Text::new("seats-task")
                        .text("status", Text::new(state.status.key()))
                        .id("task", &task.text),
                    quote: None,
                })
                .collect(),
            decisions: done
                .into_iter()
                .map(|(_, line, room)| Line {
                    what: room.unwrap_or(line.what),
                    ..line
                })
                .collect(),
            charts: Charts::of(app),
            gaps: None,
        }
    }

    /// The part of institution `id`, if it has a seat.
    pub fn seat(&self, id: &str) -> Option<&SeatPicture> {
        self.seats.iter().find(|s| s.id == id)
    }
}

/// A seat as the console's Seats view lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeatStatus {
    /// Institution id.
    pub id: String,
    /// Live pages open on it now.
    pub watching: u32,
    /// Its last accepted action, with the time it took effect.
    pub last: Option<String>,
}

/// The console's end of the seats: requests in, pictures out, the table the Seats view shows.
pub struct Desk {
    setup: Arc<Setup>,
    url: String,
    notes: mpsc::Receiver<Note>,
    picture: watch::Sender<Arc<Picture>>,
    status: Vec<SeatStatus>,
    projectors: u32,
    refused: u32,
    qr: Vec<String>,
    projector_gaps: bool,
}

/// `text` as a QR code in half-block characters (with its quiet zone).
fn qr_lines(text: &str) -> Vec<String> {
    use qrcode::render::unicode::Dense1x2;
    match qrcode::QrCode::new(text.as_bytes()) {
        Ok(code) => code
            .render::<Dense1x2>()
            .quiet_zone(true)
            .build()
            .lines()
            .map(str::to_string)
            .collect(),
        Err(_) => Vec::new(),
    }
}

/// The server's end: what it reads and where it sends.
#[derive(Debug, Clone)]
pub struct Link {
    /// What does not change.
    pub setup: Arc<Setup>,
    /// The latest picture.
    pub picture: watch::Receiver<Arc<Picture>>,
    /// Where requests go.
    pub notes: mpsc::Sender<Note>,
}

impl Desk {
    /// A desk for `setup`'s seats, and the link the server uses.
    pub fn new(setup: Setup) -> (Desk, Link) {
        let setup = Arc::new(setup);
        let (send, notes) = mpsc::channel(QUEUE);
        let (picture, read) = watch::channel(Arc::new(Picture::default()));
        let status = setup
            .seats
            .iter()
            .map(|(id, _)| SeatStatus {
                id: id.clone(),
                watching: 0,
                last: None,
            })
            .collect();
        let desk = Desk {
            setup: Arc::clone(&setup),
            url: String::new(),
            notes,
            picture,
            status,
            projectors: 0,
            refused: 0,
            qr: Vec::new(),
            projector_gaps: false,
        };
        let link = Link {
            setup,
            picture: read,
            notes: send,
        };
        (desk, link)
    }

    /// The address the seats are served at (`http://…`), as the Seats view shows it.
    pub fn with_url(mut self, url: String) -> Desk {
        self.qr = qr_lines(&format!("{url}/"));
        self.url = url;
        self
    }

    /// The index page's address as a QR code, for phones: lines of half-block characters,
    /// dark modules drawn, two rows a line (empty if it cannot be encoded).
    pub fn qr(&self) -> &[String] {
        &self.qr
    }

    /// The base address.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The setup.
    pub fn setup(&self) -> &Setup {
        &self.setup
    }

    /// Every seat's state, in scenario order.
    pub fn status(&self) -> &[SeatStatus] {
        &self.status
    }

    /// Live projector pages open now.
    pub fn projectors(&self) -> u32 {
        self.projectors
    }

    /// Attempts turned away so far.
    pub fn refused(&self) -> u32 {
        self.refused
    }

    /// Whether the projector shows the open coordination gaps (the facilitator's switch;
    /// off at the start).
    pub fn projector_gaps(&self) -> bool {
        self.projector_gaps
    }

    /// Shows the open gaps on the projector, or hides them again; says which it is now.
    pub fn toggle_projector_gaps(&mut self) -> bool {
        self.projector_gaps = !self.projector_gaps;
        self.projector_gaps
    }

    /// Handles what the server sent, then publishes the picture if it changed.
    pub fn attend(&mut self, app: &mut App) {
        while let Ok(note) = self.notes.try_recv() {
            self.handle(app, note);
        }
        self.publish(app);
    }

    /// Publishes the picture of `app` now, if it changed.
    fn publish(&mut self, app: &App) {
        let mut picture = Picture::of(app);
        if self.projector_gaps {
            picture.gaps = Some(open_gaps(app));
        }
        self.picture.send_if_modified(|old| {
            if **old == picture {
                false
            } else {
                *old = Arc::new(picture);
                true
            }
        });
    }

    fn handle(&mut self, app: &mut App, note: Note) {
        let console = app.lang();
        match note {
            Note::Act {
                seat,
                act,
                lang,
                reply,
            } => {
                let answer = self.act(app, &seat, act, lang);
                if let Err(why) = &answer {
                    app.note(tr!(
                        console,
                        "seats-log-refused",
                        seat = &seat,
                        reason = why
                    ));
                }
                // The seat's next look shows what it just did.
                self.publish(app);
                // A seat that went away before the answer still had its command journaled.
                let _ = reply.send(answer);
            }
            Note::Refused { seat, why } => {
                self.refused = self.refused.saturating_add(1);
                let reason = tr!(console, why);
                app.note(tr!(console, "seats-log-door", seat = seat, reason = reason));
            }
            Note::Watching { seat, open } => {
                let counter = match seat {
                    None => Some(&mut self.projectors),
                    Some(id) => self
                        .status
                        .iter_mut()
                        .find(|s| s.id == id)
                        .map(|s| &mut s.watching),
                };
                if let Some(counter) = counter {
                    *counter = if open {
                        counter.saturating_add(1)
                    } else {
                        counter.saturating_sub(1)
                    };
                }
            }
        }
    }

    /// Carries out one seat's request: checked like the console's forms, then submitted.
    fn act(&mut self, app: &mut App, seat: &str, act: Act, lang: Lang) -> Result<String, String> {
        let evaluator = matches!(act, Act::Observe { .. });
        if evaluator != (seat == EVALUATOR) || (!evaluator && self.setup.seat_name(seat).is_none())
        {
            return Err(tr!(lang, "seats-unknown-seat", seat = seat));
        }
        let commands = match act {
            Act::Decide { command, fields } => {
                let Some(spec) = decision_specs().find(|s| s.name == command) else {
                    return Err(tr!(lang, "seats-unknown-decision", decision = command));
                };
                let mut form = Form::new(spec);
                form.inputs[0] = seat.to_string();
                for (i, field) in spec.fields.iter().enumerate().skip(1) {
                    let text = fields.get(field.name).map_or("", String::as_str);
                    if text.chars().count() > MAX_TEXT {
                        return Err(tr!(lang, "seats-too-long", field = field.name));
                    }
                    form.inputs[i] = text.to_string();
                }
                if let Some(extra) = fields
                    .keys()
                    .find(|k| !spec.fields.iter().any(|f| f.name == k.as_str()))
                {
                    return Err(tr!(lang, "seats-unknown-field", field = extra.as_str()));
                }
                for i in 1..spec.fields.len() {
                    if let Check::Invalid(why) = form.check(app.scenario(), i, lang) {
                        return Err(tr!(
                            lang,
                            "console-field-invalid",
                            field = tr!(lang, spec.fields[i].label),
                            reason = why
                        ));
                    }
                }
                let values = form.values(app.scenario(), lang).map_err(|(_, why)| why)?;
                vec![(spec.build)(&values)]
            }
            Act::Action { text } => {
                let text = text.trim();
                if text.is_empty() {
                    return Err(tr!(lang, "seats-action-empty"));
                }
                if text.chars().count() > MAX_TEXT {
                    return Err(tr!(lang, "seats-too-long", field = "text"));
                }
                vec![Command::Action {
                    by: seat.to_string(),
                    text: text.to_string(),
                }]
            }
            Act::Inform { to, about, text } => {
                let text = text.trim();
                if text.chars().count() > MAX_TEXT {
                    return Err(tr!(lang, "seats-too-long", field = "text"));
                }
                if !self.setup.topics.iter().any(|(id, _)| *id == about) {
                    return Err(tr!(lang, "seats-unknown-field", field = about.as_str()));
                }
                let mut informed: Vec<String> = Vec::new();
                for id in to {
                    if self.setup.seat_name(&id).is_none() {
                        return Err(tr!(lang, "seats-unknown-seat", seat = id.as_str()));
                    }
                    if !informed.contains(&id) {
                        informed.push(id);
                    }
                }
                if informed.is_empty() {
                    return Err(tr!(lang, "seats-inform-nobody"));
                }
                informed
                    .into_iter()
                    .map(|to| {
                        Command::decision(
                            seat,
                            DecisionKind::Notify {
                                to,
                                about: about.clone(),
                                text: text.to_string(),
                            },
                        )
                    })
                    .collect()
            }
            Act::Observe {
                text,
                institution,
                capability,
                task,
                inject,
                rating,
            } => {
                let text = text.trim();
                if text.is_empty() {
                    return Err(tr!(lang, "seats-action-empty"));
                }
                if text.chars().count() > MAX_TEXT {
                    return Err(tr!(lang, "seats-too-long", field = "text"));
                }
                let institution = institution.filter(|i| !i.is_empty());
                if let Some(id) = &institution
                    && self.setup.seat_name(id).is_none()
                {
                    return Err(tr!(lang, "seats-unknown-seat", seat = id.as_str()));
                }
                let rating = match rating.as_deref().unwrap_or("") {
                    "" => None,
                    "P" => Some(Rating::P),
                    "S" => Some(Rating::S),
                    "M" => Some(Rating::M),
                    "U" => Some(Rating::U),
                    other => return Err(tr!(lang, "seats-unknown-field", field = other)),
                };
                let given = |v: Option<String>| v.filter(|s| !s.trim().is_empty());
                let capability = given(capability);
                if let Some(name) = &capability
                    && !self.setup.capabilities.iter().any(|c| c == name)
                {
                    return Err(tr!(lang, "seats-unknown-field", field = name.as_str()));
                }
                let task = given(task);
                if let Some(id) = &task
                    && !self.setup.tasks.iter().any(|(t, _)| t == id)
                {
                    return Err(tr!(lang, "seats-unknown-field", field = id.as_str()));
                }
                let inject = match given(inject) {
                    None => None,
                    Some(number) => match number.trim().parse::<u32>() {
                        Ok(n) if self.setup.injects.iter().any(|(i, _)| *i == n) => Some(n),
                        _ => {
                            return Err(tr!(lang, "seats-unknown-field", field = number.as_str()));
                        }
                    },
                };
                // A task names its objective's capability when none is given.
                let capability = capability.or_else(|| {
                    let (objective, _) = app.scenario().task(task.as_deref()?)?;
                    Some(objective.capability.clone()).filter(|c| !c.is_empty())
                });
                vec![Command::Observe(Observation {
                    text: text.to_string(),
                    capability,
                    institution,
                    inject,
                    task,
                    rating,
                })]
            }
        };
        let origin = if evaluator {
            Origin::Evaluator
        } else {
            Origin::player(seat, Via::Seat)
        };
        // Each command is journaled before the next is given; the seat is told of them all
        // once the last is in the journal (or of the first refused, after those before it).
        let mut said = Vec::new();
        for command in commands {
            let described = command.text();
            app.submit_as(command, origin.clone())
                .map_err(|err| err.localized(lang))?;
            let console = described.localized(app.lang());
            let done = format!("{} {console}", app.now().t_plus());
            if let Some(status) = self.status.iter_mut().find(|s| s.id == seat) {
                status.last = Some(done);
            }
            app.note(tr!(
                app.lang(),
                "seats-log-applied",
                seat = seat,
                command = console
            ));
            said.push(described.localized(lang));
        }
        Ok(tr!(lang, "seats-done", command = said.join("; ")))
    }
}
