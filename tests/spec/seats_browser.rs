//! Seats in a real browser: headless Chromium driven over WebDriver (Debian's `chromium` and
//! `chromium-driver`). A seat joins with its code, sends a decision and a free action, and
//! both are on the projector page and in the journal. `.ci/run` installs the browser
//! (`scripts/ci-deps.sh`) and runs this; without it the test fails saying what is missing.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::process::{Child, Command as Process, Stdio};
use std::time::{Duration, Instant};

use fluxsim::journal::read;
use fluxsim::{Command, DecisionKind, Origin, Via};
use serde_json::{Value, json};

use super::seats::Room;

const CHROMEDRIVER: &str = "chromedriver";
const CHROMIUM: &str = "/usr/bin/chromium";
/// The W3C name of an element reference in WebDriver answers.
const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";
/// Generous: the machine may be busy building other things.
const PATIENCE: Duration = Duration::from_secs(60);

/// A chromedriver process on a free port, killed when dropped.
struct Driver {
    child: Child,
    addr: SocketAddr,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Driver {
    fn start() -> Driver {
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let child = Process::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|err| {
                panic!(
                    "cannot start {CHROMEDRIVER} ({err}): install the Debian packages \
                     chromium and chromium-driver (scripts/ci-deps.sh)"
                )
            });
        let addr: SocketAddr = ([127, 0, 0, 1], port).into();
        let driver = Driver { child, addr };
        let started = Instant::now();
        loop {
            if let Ok((200, status)) = driver.try_call("GET", "/status", None)
                && status["value"]["ready"] == json!(true)
            {
                return driver;
            }
            assert!(
                started.elapsed() < PATIENCE,
                "{CHROMEDRIVER} did not become ready on port {port}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn try_call(
        &self,
        method: &str,
        path: &str,
        body: Option<&Value>,
    ) -> std::io::Result<(u16, Value)> {
        let mut stream = TcpStream::connect(self.addr)?;
        stream.set_read_timeout(Some(PATIENCE))?;
        let body = body.map(Value::to_string).unwrap_or_default();
        let head = format!(
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\
             Content-Type: application/json\r\nContent-Length: {}\r\n\r\n",
            self.addr,
            body.len()
        );
        stream.write_all(head.as_bytes())?;
        stream.write_all(body.as_bytes())?;
        // chromedriver keeps the connection open: read the head, then Content-Length bytes.
        let mut raw = Vec::new();
        let mut byte = [0u8; 1];
        while !raw.ends_with(b"\r\n\r\n") {
            if stream.read(&mut byte)? == 0 {
                break;
            }
            raw.push(byte[0]);
        }
        let head = String::from_utf8_lossy(&raw).to_string();
        let status = head
            .split_whitespace()
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        let length = head
            .lines()
            .filter_map(|l| l.split_once(':'))
            .find(|(k, _)| k.trim().eq_ignore_ascii_case("content-length"))
            .and_then(|(_, v)| v.trim().parse::<usize>().ok())
            .unwrap_or(0);
        let mut body = vec![0u8; length];
        stream.read_exact(&mut body)?;
        let value = serde_json::from_slice(&body).unwrap_or(Value::Null);
        Ok((status, value))
    }

    fn call(&self, method: &str, path: &str, body: Value) -> Value {
        let body = (method != "GET").then_some(&body);
        let (status, value) = self
            .try_call(method, path, body)
            .unwrap_or_else(|err| panic!("WebDriver {method} {path}: {err}"));
        assert_eq!(status, 200, "WebDriver {method} {path}: {value}");
        value["value"].clone()
    }
}

/// A browser session, closed when dropped.
struct Browser<'d> {
    driver: &'d Driver,
    session: String,
}

impl Drop for Browser<'_> {
    fn drop(&mut self) {
        let _ = self
            .driver
            .try_call("DELETE", &format!("/session/{}", self.session), None);
    }
}

impl<'d> Browser<'d> {
    fn open(driver: &'d Driver, profile: &std::path::Path) -> Browser<'d> {
        let args = [
            "--headless".to_string(),
            "--no-sandbox".to_string(),
            "--disable-gpu".to_string(),
            "--disable-quic".to_string(),
            "--no-first-run".to_string(),
            "--disable-background-networking".to_string(),
            "--disable-component-update".to_string(),
            "--disable-sync".to_string(),
            "--disable-dev-shm-usage".to_string(),
            "--window-size=1280,720".to_string(),
            format!("--user-data-dir={}", profile.display()),
        ];
        let capabilities = json!({
            "capabilities": {
                "alwaysMatch": {
                    "browserName": "chrome",
                    "goog:chromeOptions": { "binary": CHROMIUM, "args": args }
                }
            }
        });
        let (status, value) = driver
            .try_call("POST", "/session", Some(&capabilities))
            .expect("chromedriver answers");
        assert_eq!(
            status, 200,
            "Chromium did not start ({CHROMIUM}; install the Debian package chromium): {value}"
        );
        let session = value["value"]["sessionId"]
            .as_str()
            .expect("a session id")
            .to_string();
        Browser { driver, session }
    }

    fn path(&self, rest: &str) -> String {
        format!("/session/{}{rest}", self.session)
    }

    fn go(&self, url: &str) {
        self.driver
            .call("POST", &self.path("/url"), json!({ "url": url }));
    }

    fn find(&self, css: &str) -> String {
        let found = self.driver.call(
            "POST",
            &self.path("/element"),
            json!({ "using": "css selector", "value": css }),
        );
        found[ELEMENT]
            .as_str()
            .unwrap_or_else(|| panic!("no element {css}"))
            .to_string()
    }

    fn type_into(&self, css: &str, text: &str) {
        let element = self.find(css);
        self.driver.call(
            "POST",
            &self.path(&format!("/element/{element}/value")),
            json!({ "text": text }),
        );
    }

    fn click(&self, css: &str) {
        let element = self.find(css);
        self.driver.call(
            "POST",
            &self.path(&format!("/element/{element}/click")),
            json!({}),
        );
    }

    /// The text of the page's body as a reader sees it; empty while a new page loads (the
    /// body found may belong to the page being left).
    fn text(&self) -> String {
        let found = self.driver.try_call(
            "POST",
            &self.path("/element"),
            Some(&json!({ "using": "css selector", "value": "body" })),
        );
        let Some(body) = found
            .ok()
            .and_then(|(_, v)| v["value"][ELEMENT].as_str().map(str::to_string))
        else {
            return String::new();
        };
        match self
            .driver
            .try_call("GET", &self.path(&format!("/element/{body}/text")), None)
        {
            Ok((200, value)) => value["value"].as_str().unwrap_or_default().to_string(),
            Ok(_) | Err(_) => String::new(),
        }
    }

    /// Runs `script` in the page and hands back what it returns.
    fn run(&self, script: &str) -> Value {
        self.driver.call(
            "POST",
            &self.path("/execute/sync"),
            json!({ "script": script, "args": [] }),
        )
    }

    /// Sizes the window so that the page's viewport is `width` × `height` (the window's
    /// frame and toolbars come on top of it).
    fn viewport(&self, width: u64, height: u64) {
        let frame = self.run(
            "return [window.outerWidth - window.innerWidth, window.outerHeight - window.innerHeight];",
        );
        let extra = |i: usize| frame[i].as_u64().unwrap_or(0);
        self.driver.call(
            "POST",
            &self.path("/window/rect"),
            json!({ "width": width + extra(0), "height": height + extra(1) }),
        );
    }

    /// Waits until the page's text contains `want`.
    fn wait_for(&self, want: &str) -> String {
        let started = Instant::now();
        loop {
            let text = self.text();
            if text.contains(want) {
                return text;
            }
            assert!(
                started.elapsed() < PATIENCE,
                "the page never showed {want:?}:\n{text}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

#[test]
#[ignore = "needs chromium and chromedriver (Debian packages); .ci/run installs them"]
fn a_seat_decides_in_a_real_browser_and_the_projector_and_the_journal_show_it() {
    let dir = crate::support::scratch("seats-browser");
    let profile = dir.join("chromium-profile");
    let room = Room::open(&dir);
    let url = room.server.url();
    let driver = Driver::start();
    let browser = Browser::open(&driver, &profile);

    browser.go(&format!("{url}/seat/police"));
    browser.type_into("#code", "WRONGCODE");
    browser.click("form button[type=submit]");
    browser.wait_for("this code does not open this seat");

    browser.go(&format!("{url}/seat/police"));
    browser.type_into("#code", &room.codes.seats["police"]);
    browser.click("form button[type=submit]");
    browser.wait_for("Waiting for your decision");
    browser.click("button[value=approve-reception]");
    browser.wait_for("Done and journaled");
    browser.type_into(
        "textarea[name=text]",
        "<script>alert(1)</script> press briefing",
    );
    browser.click("form.action button[type=submit]");
    browser.wait_for("Done and journaled: action:");

    browser.go(&format!("{url}/projector"));
    let projector = browser.wait_for("<script>alert(1)</script> press briefing");
    assert!(projector.contains("approve reception"), "{projector}");

    let journal = room.journal.clone();
    drop(browser);
    drop(driver);
    room.close();
    let from_seat = Origin::player("police", Via::Seat);
    let commands: Vec<(Command, Origin)> = read(&journal)
        .expect("the journal reads")
        .commands()
        .map(|c| (c.command.clone(), c.origin.clone()))
        .collect();
    assert_eq!(
        commands,
        [
            (
                Command::decision("police", DecisionKind::ApproveReception),
                from_seat.clone()
            ),
            (
                Command::Action {
                    by: "police".into(),
                    text: "<script>alert(1)</script> press briefing".into()
                },
                from_seat
            )
        ]
    );
}

/// The page's scroll size and the viewport's: `[scrollWidth, scrollHeight, innerWidth,
/// innerHeight]`.
fn sizes(browser: &Browser<'_>) -> [u64; 4] {
    let value = browser.run(
        "const d = document.documentElement; \
         return [d.scrollWidth, d.scrollHeight, window.innerWidth, window.innerHeight];",
    );
    let n = |i: usize| value[i].as_u64().unwrap_or(u64::MAX);
    [n(0), n(1), n(2), n(3)]
}

#[test]
#[ignore = "needs chromium and chromedriver (Debian packages); .ci/run installs them"]
fn the_projector_fits_1280_by_720_and_follows_the_seats_live() {
    let dir = crate::support::scratch("seats-browser");
    let profile = dir.join("chromium-profile");
    let room = Room::open(&dir);
    let url = room.server.url();
    let driver = Driver::start();
    let browser = Browser::open(&driver, &profile);

    browser.go(&format!("{url}/projector"));
    browser.wait_for("Queue at each crossing");
    browser.viewport(1280, 720);
    let [_, _, width, height] = sizes(&browser);
    assert_eq!((width, height), (1280, 720), "the projector's screen");

    // Seats act while the projector page stays open: it shows each without being reloaded.
    let police = room.seat("police");
    let mia = room.seat("mia");
    let done = room.decide(
        "police",
        Some(&police),
        &[("decision", "approve-reception")],
    );
    assert_eq!(done.status, 200, "{}", done.body);
    browser.wait_for("approve reception");
    for n in 1..=8 {
        let text = format!(
            "Long briefing number {n} for the press {}",
            "and the public ".repeat(6)
        );
        let acted = room.act("mia", Some(&mia), &text);
        assert_eq!(acted.status, 200, "{}", acted.body);
    }
    browser.wait_for("Long briefing number 8");
    room.press("P");
    browser.wait_for("Open coordination gaps");

    let [scroll_width, scroll_height, width, height] = sizes(&browser);
    assert!(
        scroll_height <= height && scroll_width <= width,
        "the projector does not scroll at 1280×720: the page is {scroll_width}×{scroll_height} \
         in a {width}×{height} viewport"
    );
    let charts = browser.run("return document.querySelectorAll('figure.chart svg').length;");
    assert_eq!(charts, json!(3), "three charts drawn");
    let drawn = browser.run(
        "return Array.from(document.querySelectorAll('figure.chart svg')) \
           .map(s => s.getBoundingClientRect().height);",
    );
    for h in drawn.as_array().expect("heights") {
        assert!(
            h.as_f64().unwrap_or(0.0) >= 100.0,
            "each chart is tall enough to read from the back of the room: {drawn}"
        );
    }
    drop(browser);
    drop(driver);
    room.close();
}

#[test]
#[ignore = "needs chromium and chromedriver (Debian packages); .ci/run installs them"]
fn a_seat_that_chose_albanian_reads_the_scenarios_words_in_albanian_live_and_after_it_acts() {
    use super::console::{press, run_to};
    let dir = crate::support::scratch("seats-browser-sq");
    let profile = dir.join("chromium-profile");
    // The translated tutorial, its inject delivered to the ministry; the console speaks
    // English, the browser asks for English.
    let room = super::seats::Room::open_on(&dir, "translated.ron", |mut app| {
        run_to(&mut app, "10h");
        press(&mut app, "dy");
        app
    });
    let url = room.server.url();
    let driver = Driver::start();
    let browser = Browser::open(&driver, &profile);

    browser.go(&format!("{url}/seat/mia?lang=sq"));
    browser.type_into("#code", &room.codes.seats["mia"]);
    browser.click("form button[type=submit]");
    browser.wait_for("Një grup prej 30 vetash");
    // Another seat acts: the live part comes again, still in Albanian.
    let police = room.seat("police");
    let told = room.decide(
        "police",
        Some(&police),
        &[
            ("decision", "notify"),
            ("to", "mia"),
            ("about", "coordinate"),
            ("text", "Takim i grupit punues në orën 14"),
        ],
    );
    assert_eq!(told.status, 200, "{}", told.body);
    let live = browser.wait_for("Takim i grupit punues në orën 14");
    for sq in [
        "Ministria e Punëve të Brendshme",
        "Strehimore",
        "Një grup prej 30",
    ] {
        assert!(live.contains(sq), "{sq}: {live}");
    }
    assert!(
        !live.contains("A group of 30") && !live.contains("Shelter"),
        "{live}"
    );
    // The page its own action brings keeps the language.
    browser.type_into(
        "form.action textarea[name=text]",
        "Mbledhje e grupit punues",
    );
    browser.click("form.action button[type=submit]");
    let answered = browser.wait_for("Mbledhje e grupit punues");
    assert!(answered.contains("Strehimore"), "{answered}");
    assert!(!answered.contains("Shelter"), "{answered}");
    drop(browser);
    drop(driver);
    room.close();
}
