//! Seats over HTTP (`console --serve`): a real server on 127.0.0.1 and the console's own
//! loop running beside it. A seat joins with its code, decides, and the decision is in the
//! journal before the seat is told; wrong codes and malformed forms are refused with
//! nothing journaled; each seat reads only what its institution was told.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Sender, channel};
use std::thread::JoinHandle;
use std::time::Duration;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use fluxsim::console::seats::{Codes, Desk, Setup};
use fluxsim::console::{App, drive};
use fluxsim::journal::{read, replay};
use fluxsim::serve::{MAX_BODY, Server};
use fluxsim::{Command, DecisionKind, Origin, Via};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// An HTTP answer.
pub(super) struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// One HTTP/1.1 request on a fresh connection.
pub(super) fn http(
    addr: SocketAddr,
    method: &str,
    path: &str,
    cookie: Option<&str>,
    body: Option<&str>,
) -> Reply {
    let mut stream = TcpStream::connect(addr).expect("the server accepts");
    stream
        .set_read_timeout(Some(Duration::from_secs(60)))
        .expect("timeout");
    let mut head = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    if let Some(cookie) = cookie {
        head.push_str(&format!("Cookie: {cookie}\r\n"));
    }
    if let Some(body) = body {
        head.push_str("Content-Type: application/x-www-form-urlencoded\r\n");
        head.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).expect("request sent");
    if let Some(body) = body {
        stream.write_all(body.as_bytes()).expect("body sent");
    }
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).expect("answer read");
    let text = String::from_utf8_lossy(&raw).to_string();
    let (head, rest) = text.split_once("\r\n\r\n").expect("a head and a body");
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse().ok())
        .expect("a status line");
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    let chunked = headers
        .iter()
        .any(|(k, v)| k.eq_ignore_ascii_case("transfer-encoding") && v.contains("chunked"));
    let body = if chunked {
        unchunk(rest)
    } else {
        rest.to_string()
    };
    Reply {
        status,
        headers,
        body,
    }
}

fn unchunk(mut rest: &str) -> String {
    let mut out = String::new();
    while let Some((size, after)) = rest.split_once("\r\n") {
        let size = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if size == 0 || after.len() < size {
            break;
        }
        out.push_str(&after[..size]);
        rest = after[size..].trim_start_matches("\r\n");
    }
    out
}

/// A form body, url-encoded.
pub(super) fn form(fields: &[(&str, &str)]) -> String {
    fields
        .iter()
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => {
                char::from(b).to_string()
            }
            b' ' => "+".to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// A console recording into a journal, its seats served on an ephemeral port, its loop
/// running on a thread with keys from the test.
pub(super) struct Room {
    pub server: Server,
    pub codes: Codes,
    pub journal: PathBuf,
    keys: Sender<Event>,
    console: JoinHandle<App>,
}

/// A console on the fixture scenario `name`, recording into a new journal at `path`.
fn recording_app_on(path: &Path, name: &str) -> App {
    use fluxsim::journal::{Header, Recorder, ScenarioSource};
    let source = crate::support::fixture_source(name);
    let scenario = crate::support::fixture(name);
    let seed = scenario.exercise.seed;
    let header = Header::new(
        &scenario,
        ScenarioSource::File(source.name.clone()),
        &source.text,
        seed,
    );
    let recorder = Recorder::create(path, &header).expect("new journal");
    App::new(scenario, seed).with_journal(recorder)
}

impl Room {
    pub fn open(dir: &Path) -> Room {
        let journal = dir.join("exercise.journal");
        let app = super::console::recording_app(&journal);
        Room::serve(app, journal, crate::support::kosovo())
    }

    /// A room on the fixture scenario `name`, its console made ready by `ready` (a language
    /// chosen, the clock run, injects delivered) before its seats are served.
    pub fn open_on(dir: &Path, name: &str, ready: impl FnOnce(App) -> App) -> Room {
        let journal = dir.join("exercise.journal");
        let app = ready(recording_app_on(&journal, name));
        Room::serve(app, journal, crate::support::fixture(name))
    }

    /// Serves the seats of `scenario` (as written) beside the console `app`.
    fn serve(app: App, journal: PathBuf, scenario: fluxsim::Scenario) -> Room {
        let codes = Codes::create(&journal, &scenario).expect("codes beside the journal");
        let (desk, link) = Desk::new(Setup::new(&scenario, codes.clone()));
        let server =
            Server::start("127.0.0.1:0".parse().expect("an address"), link).expect("server");
        let mut app = app
            .with_seats(desk.with_url(server.url()))
            .expect("the journal records the seats opening");
        let (keys, mut input) = channel();
        let console = std::thread::spawn(move || {
            let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("test terminal");
            drive(&mut terminal, &mut app, &mut input).expect("the console runs until quit");
            app
        });
        Room {
            server,
            codes,
            journal,
            keys,
            console,
        }
    }

    pub fn addr(&self) -> SocketAddr {
        self.server.addr()
    }

    /// Joins seat `id` with `code`; the cookie the browser would keep, if admitted.
    pub fn join(&self, id: &str, code: &str) -> (Reply, Option<String>) {
        let reply = http(
            self.addr(),
            "POST",
            &format!("/seat/{id}/join"),
            None,
            Some(&form(&[("code", code)])),
        );
        let cookie = reply
            .header("set-cookie")
            .and_then(|c| c.split(';').next())
            .map(str::to_string);
        (reply, cookie)
    }

    /// Joins seat `id` with its own code.
    pub fn seat(&self, id: &str) -> String {
        let code = self.codes.seats[id].clone();
        let (reply, cookie) = self.join(id, &code);
        assert_eq!(reply.status, 303, "joining {id}: {}", reply.body);
        cookie.expect("a joined seat gets its cookie")
    }

    /// Sends `fields` as seat `id`'s decision form.
    pub fn decide(&self, id: &str, cookie: Option<&str>, fields: &[(&str, &str)]) -> Reply {
        http(
            self.addr(),
            "POST",
            &format!("/seat/{id}/decide"),
            cookie,
            Some(&form(fields)),
        )
    }

    /// Sends `text` as seat `id`'s free action.
    pub fn act(&self, id: &str, cookie: Option<&str>, text: &str) -> Reply {
        http(
            self.addr(),
            "POST",
            &format!("/seat/{id}/act"),
            cookie,
            Some(&form(&[("text", text)])),
        )
    }

    /// Sends `fields` (several may share a name) as seat `id`'s inform form.
    pub fn inform(&self, id: &str, cookie: Option<&str>, fields: &[(&str, &str)]) -> Reply {
        http(
            self.addr(),
            "POST",
            &format!("/seat/{id}/inform"),
            cookie,
            Some(&form(fields)),
        )
    }

    /// Presses keys on the facilitator's console, then lets its loop publish what they did.
    pub fn press(&self, keys: &str) {
        for c in keys.chars() {
            self.keys
                .send(Event::Key(KeyEvent::new(
                    KeyCode::Char(c),
                    KeyModifiers::NONE,
                )))
                .expect("the console takes keys");
        }
        std::thread::sleep(Duration::from_millis(500));
    }

    /// Quits the console (as the facilitator would: q, y) and hands back its state.
    pub fn close(self) -> App {
        for c in ['q', 'y'] {
            let _ = self.keys.send(Event::Key(KeyEvent::new(
                KeyCode::Char(c),
                KeyModifiers::NONE,
            )));
        }
        let app = self.console.join().expect("the console thread ends");
        drop(self.server);
        app
    }
}

fn journaled(path: &Path) -> Vec<(Command, Origin)> {
    read(path)
        .expect("the journal reads")
        .commands()
        .map(|c| (c.command.clone(), c.origin.clone()))
        .collect()
}

#[test]
fn a_seat_decision_is_journaled_before_it_is_confirmed_and_replays_to_the_same_digest() {
    let dir = crate::support::scratch("seats");
    let room = Room::open(&dir);
    let cookie = room.seat("police");
    let page = http(room.addr(), "GET", "/seat/police", Some(&cookie), None);
    assert_eq!(page.status, 200);
    assert!(page.body.contains("approve-reception"), "{}", page.body);

    let done = room.decide(
        "police",
        Some(&cookie),
        &[
            ("decision", "deploy-officers"),
            ("bcp", "hani_elezit"),
            ("officers", "6"),
        ],
    );
    assert_eq!(done.status, 200, "{}", done.body);
    assert!(done.body.contains("Done and journaled"), "{}", done.body);
    // Confirmed means journaled: the line is on disk while the console still runs.
    let expected = Command::decision(
        "police",
        DecisionKind::DeployOfficers {
            bcp: "hani_elezit".into(),
            officers: 6,
        },
    );
    let from_seat = Origin::player("police", Via::Seat);
    assert_eq!(journaled(&room.journal), [(expected, from_seat.clone())]);

    let action = room.act(
        "police",
        Some(&cookie),
        "Convene the working group <b>now</b>",
    );
    assert_eq!(action.status, 200, "{}", action.body);
    assert!(
        action.body.contains("&lt;b&gt;now"),
        "shown as text: {}",
        action.body
    );
    let commands = journaled(&room.journal);
    assert_eq!(
        commands.last(),
        Some(&(
            Command::Action {
                by: "police".into(),
                text: "Convene the working group <b>now</b>".into()
            },
            from_seat
        ))
    );

    let journal = room.journal.clone();
    let mut app = room.close();
    assert!(
        app.log().iter().any(|l| l.text.contains("seat police")),
        "the console's log names the seat"
    );
    let digest = app.simulation().digest();
    let mut replayed = replay(
        &read(&journal).expect("journal"),
        &crate::support::kosovo(),
        &crate::support::kosovo_source(),
    )
    .expect("the journal replays with every digest matching");
    assert!(replayed.model_changed.is_none());
    assert_eq!(replayed.commands, 2);
    assert!(
        replayed.digests >= 2,
        "the command's and the end's digests were checked"
    );
    assert_eq!(replayed.sim.digest(), digest);
}

#[test]
fn wrong_codes_and_malformed_forms_are_refused_and_nothing_is_journaled() {
    let dir = crate::support::scratch("seats");
    let room = Room::open(&dir);
    let ksc_code = room.codes.seats["ksc"].clone();

    let (wrong, cookie) = room.join("police", "WRONGCODE");
    assert_eq!(wrong.status, 403);
    assert!(cookie.is_none());
    assert!(wrong.body.contains("this code does not open this seat"));
    let (other, _) = room.join("police", &ksc_code);
    assert_eq!(
        other.status, 403,
        "another seat's code opens only that seat"
    );

    let fields = [("decision", "approve-reception")];
    assert_eq!(room.decide("police", None, &fields).status, 403);
    let forged = format!("fluxsim_seat={ksc_code}");
    assert_eq!(room.decide("police", Some(&forged), &fields).status, 403);
    assert_eq!(room.decide("nobody", None, &fields).status, 403);

    let cookie = room.seat("police");
    let bad_number = room.decide(
        "police",
        Some(&cookie),
        &[
            ("decision", "deploy-officers"),
            ("bcp", "hani_elezit"),
            ("officers", "lots"),
        ],
    );
    assert_eq!(bad_number.status, 422);
    assert!(bad_number.body.contains("officers"), "{}", bad_number.body);
    let unknown_bcp = room.decide(
        "police",
        Some(&cookie),
        &[
            ("decision", "deploy-officers"),
            ("bcp", "<script>alert(1)</script>"),
            ("officers", "3"),
        ],
    );
    assert_eq!(unknown_bcp.status, 422);
    assert!(!unknown_bcp.body.contains("<script>alert"), "escaped");
    assert!(
        unknown_bcp.body.contains("&lt;script&gt;"),
        "{}",
        unknown_bcp.body
    );
    let unknown_decision = room.decide("police", Some(&cookie), &[("decision", "close-bcp")]);
    assert_eq!(
        unknown_decision.status, 422,
        "control actions are not a seat's"
    );
    let no_decision = room.decide("police", Some(&cookie), &[("bcp", "hani_elezit")]);
    assert_eq!(no_decision.status, 400);
    let huge = "x".repeat(MAX_BODY + 1);
    let too_big = room.decide(
        "police",
        Some(&cookie),
        &[("decision", "approve-reception"), ("note", &huge)],
    );
    assert_eq!(too_big.status, 413);
    let get = http(
        room.addr(),
        "GET",
        "/seat/police/decide",
        Some(&cookie),
        None,
    );
    assert_eq!(get.status, 405, "only POST changes anything");

    let journal = room.journal.clone();
    let app = room.close();
    assert_eq!(
        journaled(&journal),
        [],
        "nothing refused reached the journal"
    );
    let turned_away = app
        .log()
        .iter()
        .filter(|l| l.text.contains("turned away"))
        .count();
    assert!(
        turned_away >= 4,
        "the console logs each refusal at the door"
    );
}

#[test]
fn the_refusal_speaks_the_readers_language() {
    let dir = crate::support::scratch("seats");
    let room = Room::open(&dir);
    let reply = http(
        room.addr(),
        "POST",
        "/seat/police/join?lang=sq",
        None,
        Some(&form(&[("code", "WRONG")])),
    );
    assert_eq!(reply.status, 403);
    assert!(reply.body.contains("Nuk u pranuat"), "{}", reply.body);
    room.close();
}

#[test]
fn a_seat_sees_only_what_its_institution_was_told() {
    let dir = crate::support::scratch("seats");
    let room = Room::open(&dir);
    let police = room.seat("police");
    let told = room.decide(
        "police",
        Some(&police),
        &[
            ("decision", "notify"),
            ("to", "mia"),
            ("about", "activate_plan"),
        ],
    );
    assert_eq!(told.status, 200, "{}", told.body);

    let mia = room.seat("mia");
    let unhcr = room.seat("unhcr");
    let mia_page = http(room.addr(), "GET", "/seat/mia", Some(&mia), None);
    let unhcr_page = http(room.addr(), "GET", "/seat/unhcr", Some(&unhcr), None);
    let section = |body: &str| {
        let start = body.find("class=\"told\"").expect("a told section");
        body[start..]
            .split("</section>")
            .next()
            .unwrap_or("")
            .to_string()
    };
    assert!(
        section(&mia_page.body).contains("police"),
        "mia was told by police: {}",
        section(&mia_page.body)
    );
    assert!(
        !section(&unhcr_page.body).contains("police"),
        "unhcr was not told: {}",
        section(&unhcr_page.body)
    );
    // Without its code, a seat's page shows only the join form.
    let stranger = http(room.addr(), "GET", "/seat/mia", None, None);
    assert_eq!(stranger.status, 200);
    assert!(!stranger.body.contains("class=\"told\""));
    assert!(stranger.body.contains("name=\"code\""));
    room.close();
}

#[test]
fn the_projector_shows_the_rooms_picture_without_the_controllers_answers() {
    let dir = crate::support::scratch("seats");
    let room = Room::open(&dir);
    let police = room.seat("police");
    let done = room.decide(
        "police",
        Some(&police),
        &[("decision", "approve-reception")],
    );
    assert_eq!(done.status, 200, "{}", done.body);
    let projector = http(room.addr(), "GET", "/projector", None, None);
    assert_eq!(projector.status, 200);
    assert!(projector.body.contains("T+0"), "{}", projector.body);
    assert!(
        projector.body.contains("police"),
        "the decision is on the projector"
    );
    let scenario = crate::support::kosovo();
    for inject in &scenario.msel {
        for secret in [&inject.expected_action, &inject.notes] {
            if secret.len() > 12 {
                assert!(
                    !projector.body.contains(secret.as_str()),
                    "the projector shows a controller's answer: {secret}"
                );
            }
        }
    }
    assert!(
        projector
            .header("content-security-policy")
            .is_some_and(|c| c.contains("default-src 'self'")),
        "nothing is fetched from elsewhere"
    );
    room.close();
}

#[test]
fn the_seat_codes_are_kept_beside_the_journal_for_its_owner_only() {
    let dir = crate::support::scratch("seats");
    let journal = dir.join("exercise.journal");
    let scenario = crate::support::kosovo();
    let codes = Codes::create(&journal, &scenario).expect("codes");
    let sidecar = Codes::sidecar(&journal);
    assert_eq!(Codes::read(&sidecar).expect("read back"), codes);
    assert_eq!(Codes::resume(&journal, &scenario).expect("resumed"), codes);
    assert!(
        Codes::create(&journal, &scenario).is_err(),
        "a new exercise never overwrites another's codes"
    );
    assert_eq!(codes.seats.len(), scenario.institutions.len());
    assert_ne!(codes.seats["police"], codes.seats["mia"]);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&sidecar)
            .expect("sidecar")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

/// Opens a live page's event stream and reads until `want` appears in it (or a minute
/// passes); the stream stays open while the returned connection lives.
fn live_until(
    addr: SocketAddr,
    path: &str,
    cookie: Option<&str>,
    want: &str,
) -> (TcpStream, String) {
    let mut stream = TcpStream::connect(addr).expect("the server accepts");
    stream
        .set_read_timeout(Some(Duration::from_secs(60)))
        .expect("timeout");
    let cookie = cookie
        .map(|c| format!("Cookie: {c}\r\n"))
        .unwrap_or_default();
    let head =
        format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nAccept: text/event-stream\r\n{cookie}\r\n");
    stream.write_all(head.as_bytes()).expect("request sent");
    let mut seen = String::new();
    let mut chunk = [0u8; 4096];
    while !seen.contains(want) {
        let n = stream.read(&mut chunk).expect("the stream answers");
        assert!(n > 0, "the stream ended before showing {want}: {seen}");
        seen.push_str(&String::from_utf8_lossy(&chunk[..n]));
    }
    (stream, seen)
}

#[test]
fn a_live_page_receives_the_new_picture_after_a_seats_command() {
    let dir = crate::support::scratch("seats");
    let room = Room::open(&dir);
    let mia = room.seat("mia");
    let (mut stream, first) = live_until(room.addr(), "/seat/mia/live", Some(&mia), "data:");
    assert!(first.contains("text/event-stream"), "{first}");
    assert!(
        !first.contains("decisions under"),
        "nothing told yet: {first}"
    );
    let police = room.seat("police");
    let told = room.decide(
        "police",
        Some(&police),
        &[
            ("decision", "notify"),
            ("to", "mia"),
            ("about", "activate_plan"),
        ],
    );
    assert_eq!(told.status, 200, "{}", told.body);
    let mut seen = String::new();
    let mut chunk = [0u8; 4096];
    while !seen.contains("police") {
        let n = stream.read(&mut chunk).expect("an update comes");
        assert!(n > 0, "the stream ended: {seen}");
        seen.push_str(&String::from_utf8_lossy(&chunk[..n]));
    }
    let projector = live_until(room.addr(), "/projector/live", None, "data:");
    assert!(projector.1.contains("police"), "{}", projector.1);
    room.close();
}

#[test]
fn the_seats_view_lists_each_seats_code_connection_and_last_action() {
    let dir = crate::support::scratch("seats");
    let room = Room::open(&dir);
    let police = room.seat("police");
    let (_open, _) = live_until(room.addr(), "/seat/police/live", Some(&police), "data:");
    let done = room.decide(
        "police",
        Some(&police),
        &[("decision", "approve-reception")],
    );
    assert_eq!(done.status, 200, "{}", done.body);
    let _ = room.join("ksc", "WRONGCODE");
    // Let the console's loop take the notes of the open page and the refusal.
    std::thread::sleep(Duration::from_millis(500));
    let url = room.server.url();
    let police_code = room.codes.seats["police"].clone();
    let evaluator_code = room.codes.evaluator.clone();
    let mut app = room.close();
    app.update(fluxsim::console::Action::ShowSeats);
    let screen = super::console::text(&super::console::screen(&app, 120, 40));
    assert!(screen.contains(&url), "{screen}");
    let police_row = screen
        .lines()
        .find(|l| l.contains(&police_code))
        .expect("police's code is listed");
    assert!(police_row.contains("police"), "{police_row}");
    assert!(
        police_row.contains("● "),
        "police's page is open: {police_row}"
    );
    assert!(police_row.contains("approve reception"), "{police_row}");
    assert!(screen.contains(&evaluator_code), "{screen}");
    assert!(screen.contains("turned away: 1"), "{screen}");
    let qr_rows = screen
        .lines()
        .filter(|l| l.contains('▀') || l.contains('▄'))
        .count();
    assert!(
        qr_rows >= 10,
        "a QR code of the address is drawn for phones:\n{screen}"
    );
}

#[test]
fn s_opens_the_seats_view_and_says_how_to_serve_when_nothing_is_served() {
    let mut app = super::console::app();
    super::console::press(&mut app, "S");
    assert!(matches!(app.overlay(), fluxsim::console::Overlay::Seats));
    let screen = super::console::text(&super::console::screen(&app, 100, 30));
    assert!(screen.contains("--serve"), "{screen}");
    super::console::press(&mut app, "S");
    assert!(matches!(app.overlay(), fluxsim::console::Overlay::None));
    super::console::press(&mut app, "?");
    let help = super::console::text(&super::console::screen(&app, 200, 60));
    assert!(help.contains("the seats served to browsers"), "{help}");
}

#[test]
fn the_journal_records_the_seats_opening_with_the_hashes_of_their_codes_only() {
    use fluxsim::journal::{Line, code_hash};

    let dir = crate::support::scratch("seats");
    let room = Room::open(&dir);
    let journal = room.journal.clone();
    let codes = room.codes.clone();
    room.close();
    let text = std::fs::read_to_string(&journal).expect("journal text");
    let opened: Vec<Line> = text
        .lines()
        .filter(|l| l.starts_with("SeatsOpened"))
        .map(|l| Line::parse(l).expect("a seats line reads"))
        .collect();
    let [
        Line::SeatsOpened {
            at,
            seats,
            evaluator,
        },
    ] = opened.as_slice()
    else {
        panic!("one seats line expected:\n{text}");
    };
    assert_eq!(*at, fluxsim::SimTime::ZERO);
    assert_eq!(seats["police"], code_hash(&codes.seats["police"]));
    assert_eq!(seats.len(), codes.seats.len());
    assert_eq!(*evaluator, code_hash(&codes.evaluator));
    for code in codes.seats.values().chain([&codes.evaluator]) {
        assert!(
            !text.contains(code.as_str()),
            "a code in clear in the journal"
        );
    }
    let replayed = replay(
        &read(&journal).expect("journal"),
        &crate::support::kosovo(),
        &crate::support::kosovo_source(),
    );
    assert!(replayed.is_ok(), "replay reads past the seats line");
}

#[test]
fn an_evaluator_records_an_observation_with_the_evaluator_as_its_origin() {
    use fluxsim::scenario::{Observation, Rating};

    let dir = crate::support::scratch("seats");
    let room = Room::open(&dir);
    let police_code = room.codes.seats["police"].clone();
    let join = |code: &str| {
        http(
            room.addr(),
            "POST",
            "/evaluator/join",
            None,
            Some(&form(&[("code", code)])),
        )
    };
    assert_eq!(
        join(&police_code).status,
        403,
        "a seat's code is not an evaluator's"
    );
    let joined = join(&room.codes.evaluator);
    assert_eq!(joined.status, 303);
    let cookie = joined
        .header("set-cookie")
        .and_then(|c| c.split(';').next())
        .expect("a cookie")
        .to_string();
    let observe = |cookie: Option<&str>, fields: &[(&str, &str)]| {
        http(
            room.addr(),
            "POST",
            "/evaluator/observe",
            cookie,
            Some(&form(fields)),
        )
    };
    let seat_cookie = format!("fluxsim_evaluator={police_code}");
    assert_eq!(observe(Some(&seat_cookie), &[("text", "x")]).status, 403);
    let bad = observe(
        Some(&cookie),
        &[("text", "slow"), ("rating", "Z"), ("institution", "")],
    );
    assert_eq!(bad.status, 422, "{}", bad.body);
    for (field, value) in [
        ("capability", "Cooking"),
        ("inject", "999"),
        ("task", "no-such-task"),
    ] {
        let unknown = observe(Some(&cookie), &[("text", "slow"), (field, value)]);
        assert_eq!(unknown.status, 422, "{field}: {}", unknown.body);
    }
    let done = observe(
        Some(&cookie),
        &[
            ("text", "Chair unclear for 40 minutes"),
            ("institution", "mia"),
            ("capability", "Mass Care Services"),
            ("inject", "3"),
            ("rating", "M"),
        ],
    );
    assert_eq!(done.status, 200, "{}", done.body);
    let journal = room.journal.clone();
    room.close();
    assert_eq!(
        journaled(&journal),
        [(
            Command::Observe(Observation {
                text: "Chair unclear for 40 minutes".into(),
                capability: Some("Mass Care Services".into()),
                institution: Some("mia".into()),
                inject: Some(3),
                task: None,
                rating: Some(Rating::M),
            }),
            Origin::Evaluator
        )]
    );
}

/// The part of a page from `class="NAME"` to the end of its section.
fn section(body: &str, name: &str) -> String {
    let Some(start) = body.find(&format!("class=\"{name}\"")) else {
        return String::new();
    };
    body[start..]
        .split("</section>")
        .next()
        .unwrap_or("")
        .to_string()
}

#[test]
fn a_seat_informs_named_institutions_with_a_message_only_they_read() {
    let dir = crate::support::scratch("seats");
    let room = Room::open(&dir);
    let police = room.seat("police");
    let page = http(room.addr(), "GET", "/seat/police", Some(&police), None);
    assert!(
        section(&page.body, "inform").contains("name=\"to\" value=\"mia\""),
        "the inform form offers the other institutions: {}",
        page.body
    );
    let message = "300 people at Vërmicë <b>now</b>";
    let done = room.inform(
        "police",
        Some(&police),
        &[
            ("to", "mia"),
            ("to", "ksc"),
            ("to", "mia"),
            ("about", "activate_plan"),
            ("text", message),
        ],
    );
    assert_eq!(done.status, 200, "{}", done.body);
    assert!(done.body.contains("Done and journaled"), "{}", done.body);
    let from_seat = Origin::player("police", Via::Seat);
    let told = |to: &str| {
        (
            Command::decision(
                "police",
                DecisionKind::Notify {
                    to: to.into(),
                    about: "activate_plan".into(),
                    text: message.into(),
                },
            ),
            from_seat.clone(),
        )
    };
    assert_eq!(
        journaled(&room.journal),
        [told("mia"), told("ksc")],
        "one notification per institution ticked, each once"
    );

    let mia = room.seat("mia");
    let unhcr = room.seat("unhcr");
    let mia_page = http(room.addr(), "GET", "/seat/mia", Some(&mia), None);
    let unhcr_page = http(room.addr(), "GET", "/seat/unhcr", Some(&unhcr), None);
    let escaped = "300 people at Vërmicë &lt;b&gt;now&lt;/b&gt;";
    assert!(
        section(&mia_page.body, "told").contains(escaped),
        "mia reads the message, as text: {}",
        section(&mia_page.body, "told")
    );
    assert!(!mia_page.body.contains("<b>now"), "never as markup");
    assert!(
        !unhcr_page.body.contains("300 people"),
        "an institution not informed does not read it"
    );
    // What it was told brings the other places' figures as they stood then; an institution
    // told nothing has none.
    let ksc = room.seat("ksc");
    let ksc_page = http(room.addr(), "GET", "/seat/ksc", Some(&ksc), None);
    let reported = section(&ksc_page.body, "reported");
    assert!(
        reported.contains("as last reported to you (T+0")
            && reported.contains(">Vërmicë/Vrbnica BCP<")
            && reported.contains("0 waiting"),
        "{reported}"
    );
    assert!(
        section(&unhcr_page.body, "reported").contains("Nothing has been reported to you yet"),
        "{}",
        section(&unhcr_page.body, "reported")
    );
    let projector = http(room.addr(), "GET", "/projector", None, None);
    assert!(
        projector.body.contains("inform mia about"),
        "the room sees that police informed: {}",
        projector.body
    );
    assert!(
        !projector.body.contains("300 people"),
        "the room does not read the message"
    );

    // Nobody ticked, an unknown institution or topic, a message over 2,000 characters:
    // refused, nothing journaled.
    let long = "x".repeat(2_001);
    for (fields, status) in [
        (vec![("about", "activate_plan"), ("text", "hello")], 422),
        (vec![("to", "nobody"), ("about", "activate_plan")], 422),
        (vec![("to", "mia"), ("about", "no_such_function")], 422),
        (
            vec![("to", "mia"), ("about", "activate_plan"), ("text", &long)],
            422,
        ),
        (vec![("to", "mia"), ("text", "hello")], 400),
    ] {
        let refused = room.inform("police", Some(&police), &fields);
        assert_eq!(refused.status, status, "{fields:?}: {}", refused.body);
    }
    assert_eq!(
        room.inform("police", None, &[("to", "mia"), ("about", "activate_plan")])
            .status,
        403
    );
    assert_eq!(
        journaled(&room.journal).len(),
        2,
        "nothing refused was journaled"
    );

    let journal = room.journal.clone();
    let mut app = room.close();
    let digest = app.simulation().digest();
    let replayed = replay(
        &read(&journal).expect("journal"),
        &crate::support::kosovo(),
        &crate::support::kosovo_source(),
    )
    .expect("the journal replays with every digest matching");
    assert_eq!(replayed.commands, 2);
    let mut sim = replayed.sim;
    assert_eq!(sim.digest(), digest);
}

#[test]
fn a_notification_without_a_message_is_written_as_before_and_one_with_a_message_reads_back() {
    use fluxsim::journal::Line;

    let before = "Command(at: \"T+2h30m\", command: Decision(by: \"mia\", decision: Notify(to: \"social\", about: \"alert\")))";
    let Line::Command {
        command: read_before,
        ..
    } = Line::parse(before).expect("an old line reads")
    else {
        panic!("a command line");
    };
    assert_eq!(
        read_before,
        Command::decision(
            "mia",
            DecisionKind::Notify {
                to: "social".into(),
                about: "alert".into(),
                text: String::new(),
            },
        )
    );
    let written = ron::to_string(&read_before).expect("written");
    assert!(!written.contains("text"), "no message, no field: {written}");
    let with = Command::decision(
        "mia",
        DecisionKind::Notify {
            to: "social".into(),
            about: "alert".into(),
            text: "Convoy of 300 \"expected\" at 14:00".into(),
        },
    );
    let text = ron::to_string(&with).expect("written");
    assert_eq!(ron::from_str::<Command>(&text).expect("read back"), with);
    let long = format!(
        "Decision(by: \"mia\", decision: Notify(to: \"social\", about: \"alert\", text: \"{}\"))",
        "x".repeat(2_001)
    );
    let err = ron::from_str::<Command>(&long).expect_err("over 2,000 characters");
    assert!(err.to_string().contains("too long"), "{err}");
}

#[test]
fn the_projector_draws_its_charts_and_shows_gaps_only_when_the_facilitator_says() {
    let dir = crate::support::scratch("seats");
    let room = Room::open(&dir);
    // Once the console has published its first picture, the page is drawn from it.
    let _ = live_until(room.addr(), "/projector/live", None, "Vërmicë/Vrbnica BCP");
    let projector = http(room.addr(), "GET", "/projector", None, None);
    assert_eq!(projector.status, 200);
    let body = &projector.body;
    assert_eq!(body.matches("<svg").count(), 3, "three charts: {body}");
    for title in [
        "People arrived",
        "People outdoors",
        "Queue at each crossing",
    ] {
        assert!(body.contains(title), "{title}: {body}");
    }
    for bcp in crate::support::kosovo()
        .locations
        .iter()
        .filter(|l| matches!(l.kind, fluxsim::scenario::LocationKind::Bcp { .. }))
    {
        assert!(body.contains(bcp.label()), "{} in the legend", bcp.label());
    }
    assert!(
        body.contains("<polyline"),
        "drawn on the server as SVG, no script: {body}"
    );
    assert!(
        !body.contains("Open coordination gaps"),
        "gaps stay off the projector until the facilitator shows them"
    );

    room.press("P");
    let shown = http(room.addr(), "GET", "/projector", None, None);
    assert!(
        section(&shown.body, "gaps").contains("Open coordination gaps"),
        "{}",
        shown.body
    );
    let (_stream, live) = live_until(room.addr(), "/projector/live", None, "gaps");
    assert!(live.contains("Open coordination gaps"), "{live}");
    room.press("P");
    let hidden = http(room.addr(), "GET", "/projector", None, None);
    assert!(!hidden.body.contains("Open coordination gaps"));
    let scenario = crate::support::kosovo();
    for inject in &scenario.msel {
        for secret in [&inject.expected_action, &inject.notes] {
            if secret.len() > 12 {
                assert!(
                    !shown.body.contains(secret.as_str()),
                    "the projector shows a controller's answer: {secret}"
                );
            }
        }
    }
    let app = room.close();
    assert!(
        app.log().iter().any(|l| l
            .text
            .contains("projector shows the open coordination gaps")),
        "the console says what the projector shows"
    );
}

#[test]
fn a_seat_sees_live_figures_only_for_the_places_its_institution_runs() {
    let dir = crate::support::scratch("seats");
    let room = Room::open(&dir);
    let scenario = crate::support::kosovo();
    let police = room.seat("police");
    let unhcr = room.seat("unhcr");
    // Once the console has published its first picture, the page is drawn from it.
    let _ = live_until(
        room.addr(),
        "/seat/police/live",
        Some(&police),
        "Vërmicë/Vrbnica BCP",
    );
    let police_page = http(room.addr(), "GET", "/seat/police", Some(&police), None);
    let places = section(&police_page.body, "places");
    // Police is Responsible for border control, the function the plan asks for officers:
    // it runs the crossings, not the reception sites.
    for location in &scenario.locations {
        let runs = scenario
            .operators(&location.id)
            .iter()
            .any(|o| o == "police");
        assert_eq!(
            places.contains(&format!(">{}<", location.label())),
            runs,
            "{}: {places}",
            location.id
        );
    }
    assert!(places.contains("Vërmicë/Vrbnica BCP"), "{places}");
    assert!(places.contains("waiting"), "{places}");
    let unhcr_page = http(room.addr(), "GET", "/seat/unhcr", Some(&unhcr), None);
    assert!(
        section(&unhcr_page.body, "places").contains("runs no place"),
        "{}",
        section(&unhcr_page.body, "places")
    );
    room.close();
}

#[test]
fn a_place_names_its_operator_when_the_plan_does_not_say() {
    let mut scenario = crate::support::kosovo();
    let site = scenario
        .locations
        .iter()
        .position(|l| matches!(l.kind, fluxsim::scenario::LocationKind::Exit { .. }))
        .expect("an exit");
    let id = scenario.locations[site].id.clone();
    assert!(scenario.operators(&id).is_empty(), "nobody runs an exit");
    scenario.locations[site].operator = Some("iom".into());
    assert_eq!(scenario.operators(&id), ["iom"]);
    let bcp = scenario
        .locations
        .iter()
        .position(|l| l.id == "vermice")
        .expect("vermice");
    scenario.locations[bcp].operator = Some("unhcr".into());
    assert_eq!(
        scenario.operators("vermice"),
        ["unhcr"],
        "the place's own operator comes before the plan's rule"
    );
}

#[test]
fn the_evaluators_page_follows_the_exercise_live() {
    let dir = crate::support::scratch("seats");
    let room = Room::open(&dir);
    let refused = http(room.addr(), "GET", "/evaluator/live", None, None);
    assert_eq!(
        refused.status, 403,
        "the live timeline needs the evaluators' code"
    );
    let joined = http(
        room.addr(),
        "POST",
        "/evaluator/join",
        None,
        Some(&form(&[("code", &room.codes.evaluator)])),
    );
    let cookie = joined
        .header("set-cookie")
        .and_then(|c| c.split(';').next())
        .expect("a cookie")
        .to_string();
    let page = http(room.addr(), "GET", "/evaluator", Some(&cookie), None);
    assert!(
        page.body.contains("data-src=\"/evaluator/live\""),
        "{}",
        page.body
    );
    let (mut stream, first) = live_until(room.addr(), "/evaluator/live", Some(&cookie), "data:");
    assert!(!first.contains("approve reception"), "{first}");
    let police = room.seat("police");
    let done = room.decide(
        "police",
        Some(&police),
        &[("decision", "approve-reception")],
    );
    assert_eq!(done.status, 200, "{}", done.body);
    let mut seen = String::new();
    let mut chunk = [0u8; 4096];
    while !seen.contains("approve reception") {
        let n = stream.read(&mut chunk).expect("an update comes");
        assert!(n > 0, "the stream ended: {seen}");
        seen.push_str(&String::from_utf8_lossy(&chunk[..n]));
    }
    room.close();
}

#[test]
fn the_palette_informs_an_institution_with_a_message() {
    use super::console::{press, press_key};

    let mut app = super::console::app();
    press(&mut app, ":notify");
    press_key(&mut app, KeyCode::Enter);
    press(&mut app, "police");
    press_key(&mut app, KeyCode::Down);
    press(&mut app, "mia");
    press_key(&mut app, KeyCode::Down);
    press(&mut app, "activate_plan");
    press_key(&mut app, KeyCode::Down);
    press(&mut app, "Convoy of 300 <i>expected</i>");
    press_key(&mut app, KeyCode::Enter);
    assert!(
        matches!(app.overlay(), fluxsim::console::Overlay::None),
        "{}",
        app.status()
    );
    let last = app.decisions().last().expect("the notification").clone();
    assert_eq!(
        last.kind,
        DecisionKind::Notify {
            to: "mia".into(),
            about: "activate_plan".into(),
            text: "Convoy of 300 <i>expected</i>".into(),
        }
    );
    let told = app.informed().last().expect("mia was told").clone();
    assert_eq!(told.institution, "mia");
    assert!(
        told.what
            .english()
            .contains("Convoy of 300 <i>expected</i>"),
        "{}",
        told.what.english()
    );
    // Without a message it is the notification it always was.
    press(&mut app, ":notify");
    press_key(&mut app, KeyCode::Enter);
    press(&mut app, "police");
    press_key(&mut app, KeyCode::Down);
    press(&mut app, "ksc");
    press_key(&mut app, KeyCode::Down);
    press(&mut app, "activate_plan");
    press_key(&mut app, KeyCode::Enter);
    let last = app.decisions().last().expect("the notification").clone();
    assert_eq!(last.what.english(), "inform ksc about `activate_plan`");
}

#[test]
fn the_projector_speaks_the_consoles_language_and_follows_it_unless_its_address_names_one() {
    use fluxsim::i18n::Lang;
    let dir = crate::support::scratch("seats");
    let room = Room::open(&dir);
    let _ = live_until(room.addr(), "/projector/live", None, "Vërmicë/Vrbnica BCP");
    let title = |lang| fluxsim::tr!(lang, "seats-chart-arrivals");
    let projector = |path: &str| http(room.addr(), "GET", path, None, None).body;
    assert!(projector("/projector").contains(&title(Lang::En)));

    // The facilitator flips the console to Albanian: the projector follows, a page whose
    // address names English keeps it.
    room.press("L");
    let flipped = projector("/projector");
    assert!(flipped.contains(&title(Lang::Sq)), "{flipped}");
    assert!(
        flipped.contains("lang=\"sq\""),
        "the page says its language"
    );
    assert!(projector("/projector?lang=en").contains(&title(Lang::En)));
    let (_stream, live) = live_until(room.addr(), "/projector/live", None, &title(Lang::Sq));
    assert!(!live.contains(&title(Lang::En)), "{live}");

    // On through Serbian in Latin and in Cyrillic script, and back to English.
    room.press("L");
    assert!(projector("/projector").contains(&title(Lang::Sr)));
    room.press("L");
    let cyrillic = projector("/projector");
    assert!(cyrillic.contains(&title(Lang::SrCyrl)), "{cyrillic}");
    assert_ne!(title(Lang::SrCyrl), title(Lang::Sr), "transliterated");
    room.press("L");
    assert!(projector("/projector").contains(&title(Lang::En)));
    let app = room.close();
    assert_eq!(app.lang(), Lang::En);
    assert!(
        app.log()
            .iter()
            .any(|l| l.text.contains("Српски (ћирилица)")),
        "the console says which language it speaks now"
    );
}

#[test]
fn each_seat_reads_the_scenarios_names_and_injects_in_its_own_language_whatever_the_console_speaks()
{
    use super::console::{press, run_to};
    use fluxsim::i18n::Lang;
    let dir = crate::support::scratch("seats-languages");
    // The translated tutorial: the crossing and the ministry in Albanian and Serbian, the
    // shelter in Albanian only; inject 1 (to the police and the ministry) in both. The
    // console speaks Serbian; the inject is delivered at its time, quoting the queue.
    let room = Room::open_on(&dir, "translated.ron", |app| {
        let mut app = app.with_lang(Lang::Sr);
        run_to(&mut app, "10h");
        press(&mut app, "dy");
        assert!(app.delivered().contains_key(&1), "inject 1 delivered");
        app
    });
    // Once the console has published its first picture, the projector's live part reads
    // the inject in the language its address names.
    let (_projector, projected) = live_until(
        room.addr(),
        "/projector/live?lang=sq",
        None,
        "Një grup prej 30 vetash",
    );
    assert!(!projected.contains("A group of 30"), "{projected}");
    let mia = room.seat("mia");
    let page = |path: &str, cookie: Option<&str>| {
        let reply = http(room.addr(), "GET", path, cookie, None);
        assert_eq!(reply.status, 200, "{path}: {}", reply.body);
        reply.body
    };
    let albanian = page("/seat/mia?lang=sq", Some(&mia));
    let english = page("/seat/mia?lang=en", Some(&mia));
    for sq in [
        "Ministria e Punëve të Brendshme",
        // A place the ministry runs, and one it was told about.
        "Strehimore",
        "Pika e kalimit kufitar",
        "Një grup prej 30 vetash mbërrin njëherësh",
    ] {
        assert!(
            albanian.contains(sq),
            "{sq} on the Albanian page: {albanian}"
        );
        assert!(!english.contains(sq), "{sq} on the English page: {english}");
    }
    for en in [
        "Ministry of Internal Affairs",
        "Shelter",
        "Border crossing",
        "A group of 30 arrives at the crossing at once",
    ] {
        assert!(english.contains(en), "{en} on the English page: {english}");
        assert!(
            !albanian.contains(en),
            "{en} on the Albanian page: {albanian}"
        );
    }
    // Both read the inject with the queue it was delivered with.
    let queue = |body: &str, after: &str| -> String {
        let at = body.find(after).expect("the inject") + after.len();
        body[at..]
            .chars()
            .skip_while(|c| !c.is_ascii_digit())
            .take_while(char::is_ascii_digit)
            .collect()
    };
    let delivered = queue(&english, "at once;");
    assert!(!delivered.is_empty(), "{english}");
    assert_eq!(queue(&albanian, "njëherësh në vendkalim;"), delivered);
    assert!(!albanian.contains("{queue"), "{albanian}");
    // The seat's live part, the other seat and Serbian in Cyrillic each in their own.
    let (_stream, live) = live_until(
        room.addr(),
        "/seat/mia/live?lang=sq",
        Some(&mia),
        "Një grup prej 30 vetash",
    );
    assert!(!live.contains("A group of 30"), "{live}");
    let police = room.seat("police");
    let police_en = page("/seat/police?lang=en", Some(&police));
    assert!(police_en.contains("Border Police") && police_en.contains("A group of 30"));
    let cyrillic = page("/seat/mia?lang=sr-Cyrl", Some(&mia));
    assert!(
        cyrillic.contains("Министарство унутрашњих послова"),
        "{cyrillic}"
    );
    assert!(cyrillic.contains("Група од 30 људи"), "{cyrillic}");
    // No language shows the players what is expected of them.
    for body in [&albanian, &english, &cyrillic, &police_en] {
        assert!(!body.contains("Hapni një korsi") && !body.contains("Open a second lane"));
    }
    // The projector speaks the console's language unless its address names one.
    assert!(page("/projector", None).contains("Grupa od 30 ljudi stiže odjednom"));
    let projector_sq = page("/projector?lang=sq", None);
    assert!(
        projector_sq.contains("Një grup prej 30 vetash"),
        "{projector_sq}"
    );
    assert!(!projector_sq.contains("A group of 30"), "{projector_sq}");
    assert!(page("/projector?lang=en", None).contains("A group of 30"));
    // The evaluators' choice of inject and timeline too.
    let evaluator = format!("fluxsim_evaluator={}", room.codes.evaluator);
    let evaluating = page("/evaluator?lang=sq", Some(&evaluator));
    assert!(
        evaluating.contains("#1 Një grup prej 30 vetash")
            && evaluating.contains("Ministria e Punëve të Brendshme"),
        "{evaluating}"
    );
    assert!(!evaluating.contains("A group of 30"), "{evaluating}");
    room.close();
}

/// The text a reader sees of `html`: what lies between its tags, not its attributes.
fn visible(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

#[test]
fn a_seats_decision_forms_speak_its_language_and_still_send_the_ids_the_journal_keeps() {
    use fluxsim::console::commands::vulnerability_id;
    use fluxsim::scenario::Vulnerability;
    let dir = crate::support::scratch("seats-forms");
    let room = Room::open(&dir);
    let police = room.seat("police");
    let page = http(
        room.addr(),
        "GET",
        "/seat/police?lang=sq",
        Some(&police),
        None,
    );
    assert_eq!(page.status, 200, "{}", page.body);
    let forms = section(&page.body, "decide");
    let shown = visible(&forms);
    // What a decision does, its field and the kinds of case, in Albanian.
    for sq in [
        "Vendim: merr përgjegjësinë për rastet e cenueshme të një lloji",
        "cenueshmëria",
        "i mitur i pashoqëruar",
    ] {
        assert!(shown.contains(sq), "{sq} on the Albanian forms: {shown}");
    }
    // Each option sends the id the journal keeps, and reads as the word.
    assert!(
        forms.contains(r#"<option value="UnaccompaniedMinor">i mitur i pashoqëruar</option>"#),
        "{forms}"
    );
    // No option reads as its id unless the scenario gives it no name (a fleet, a language
    // code), and no field name, command name or catalogue key is left for the reader.
    let scenario = crate::support::kosovo();
    let unnamed: Vec<String> = scenario
        .resources
        .buses
        .iter()
        .map(|f| f.id.clone())
        .chain(scenario.languages())
        .collect();
    let options: Vec<(&str, &str)> = forms
        .split("<option value=\"")
        .skip(1)
        .filter_map(|o| o.split_once("\">"))
        .map(|(value, rest)| (value, rest.split("</option>").next().unwrap_or_default()))
        .collect();
    assert!(options.len() > 20, "{forms}");
    for (value, text) in &options {
        assert!(
            text != value || unnamed.iter().any(|u| u == value),
            "option {value} reads as its id: {forms}"
        );
    }
    let mut raw: Vec<String> = Vulnerability::ALL
        .into_iter()
        .map(vulnerability_id)
        .collect();
    raw.extend(
        [
            "refer-case",
            "approve-reception",
            "deploy-officers",
            "assign-function",
            "vulnerability",
            "officers",
            "interpreters",
            "buses",
            "fleet",
            "phase",
        ]
        .map(String::from),
    );
    let words: Vec<&str> = shown
        .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-'))
        .collect();
    for id in &raw {
        assert!(!words.contains(&id.as_str()), "{id} shown raw: {shown}");
    }
    for word in &words {
        assert!(
            !word.starts_with("field-") && !word.starts_with("command-"),
            "catalogue key {word} shown: {shown}"
        );
    }

    // The form sends the id as the page offers it; a word of the seat's language is taken
    // too, as the console's forms take it. Whatever `by` a form carries, the decision is the
    // seat's own institution's.
    let decide = |fields: &[(&str, &str)]| {
        http(
            room.addr(),
            "POST",
            "/seat/police/decide?lang=sq",
            Some(&police),
            Some(&form(fields)),
        )
    };
    let by_id = decide(&[
        ("decision", "refer-case"),
        ("vulnerability", "UnaccompaniedMinor"),
        ("by", "ksc"),
    ]);
    assert_eq!(by_id.status, 200, "{}", by_id.body);
    let said = by_id
        .body
        .split("role=\"status\"")
        .nth(1)
        .and_then(|rest| rest.split("</p>").next())
        .unwrap_or_default()
        .to_string();
    assert!(
        said.contains("U krye dhe u regjistrua në ditar") && said.contains("i mitur i pashoqëruar"),
        "{said}"
    );
    assert!(!said.contains("UnaccompaniedMinor"), "{said}");
    let by_word = decide(&[
        ("decision", "refer-case"),
        ("vulnerability", "Familje me foshnja"),
    ]);
    assert_eq!(by_word.status, 200, "{}", by_word.body);

    let journal = room.journal.clone();
    room.close();
    let from_police = Origin::player("police", Via::Seat);
    let referred = |vulnerability| {
        (
            Command::decision("police", DecisionKind::ReferCase { vulnerability }),
            from_police.clone(),
        )
    };
    assert_eq!(
        journaled(&journal),
        [
            referred(Vulnerability::UnaccompaniedMinor),
            referred(Vulnerability::FamilyWithInfants),
        ]
    );
}
