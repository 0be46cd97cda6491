//! Seats under load, on the loopback: 40 live pages (38 pages of one seat and 2 projectors;
//! every live page renders its own update on every change of the picture, whichever seat it
//! shows, so the load is that of 40 seats) connected while the console runs its frames. For a bounded number of rounds a seat sends a free action; the bench
//! measures how long until every live page has received the update, and how long the
//! console's frame (draw + attending to the seats) takes meanwhile.
//!
//! `cargo bench --bench seats` — bounded: 40 clients, 20 rounds, a minute at most.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use fluxsim::console::seats::{Codes, Desk, Setup};
use fluxsim::console::{Action, App};
use fluxsim::scenario::default_scenario;
use fluxsim::serve::Server;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const CLIENTS: usize = 40;
const ROUNDS: usize = 20;
const LIMIT: Duration = Duration::from_secs(60);

/// A live page on its own thread: sends the time each event arrived that contains `mark`
/// for the round it waits for.
fn live(
    addr: SocketAddr,
    path: String,
    cookie: Option<String>,
    seen: std::sync::mpsc::Sender<(usize, Instant)>,
) {
    std::thread::spawn(move || {
        let mut stream = TcpStream::connect(addr).expect("connect");
        let cookie = cookie
            .map(|c| format!("Cookie: {c}\r\n"))
            .unwrap_or_default();
        let head = format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\n{cookie}\r\n");
        stream.write_all(head.as_bytes()).expect("request");
        let mut text = String::new();
        let mut chunk = [0u8; 16384];
        let mut round = 0;
        loop {
            let Ok(n) = stream.read(&mut chunk) else {
                return;
            };
            if n == 0 {
                return;
            }
            text.push_str(&String::from_utf8_lossy(&chunk[..n]));
            while text.contains(&format!("round-{round}-mark")) {
                if seen.send((round, Instant::now())).is_err() {
                    return;
                }
                round += 1;
            }
            // Keep only the tail, where the next mark will appear.
            if text.len() > 65536 {
                text = text[text.len() - 4096..].to_string();
            }
        }
    });
}

fn post(addr: SocketAddr, path: &str, cookie: &str, body: &str) -> u16 {
    let mut stream = TcpStream::connect(addr).expect("connect");
    let head = format!(
        "POST {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nCookie: {cookie}\r\n\
         Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(head.as_bytes()).expect("request");
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer);
    answer
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn main() {
    let scenario = default_scenario().expect("the default scenario is valid");
    let dir = tempfile::tempdir().expect("temporary directory");
    let journal = dir.path().join("load.journal");
    let codes = Codes::create(&journal, &scenario).expect("codes");
    let (desk, link) = Desk::new(Setup::new(&scenario, codes.clone()));
    let server = Server::start("127.0.0.1:0".parse().expect("address"), link).expect("server");
    let addr = server.addr();
    let seed = scenario.exercise.seed;
    let mut app = App::new(scenario.clone(), seed)
        .with_seats(desk.with_url(server.url()))
        .expect("seats");
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).expect("terminal");

    let (seen_tx, seen): (_, Receiver<(usize, Instant)>) = channel();
    let ids: Vec<&String> = codes.seats.keys().collect();
    for i in 0..CLIENTS {
        if i < 2 {
            live(addr, "/projector/live".into(), None, seen_tx.clone());
        } else {
            let id = ids[0];
            let cookie = format!("fluxsim_seat={}", codes.seats[id]);
            live(
                addr,
                format!("/seat/{id}/live"),
                Some(cookie),
                seen_tx.clone(),
            );
        }
    }
    let started = Instant::now();
    let mut frames = Vec::new();
    let mut latencies = Vec::new();
    let actor = ids[0].clone();
    let actor_cookie = format!("fluxsim_seat={}", codes.seats[&actor]);
    let frame = |app: &mut App, terminal: &mut Terminal<TestBackend>| {
        let t = Instant::now();
        terminal
            .draw(|f| f.render_widget(&*app, f.area()))
            .expect("draw");
        app.update(Action::Tick(Duration::from_millis(50)));
        app.attend_seats();
        t.elapsed()
    };
    // Let every page connect.
    let warm = Instant::now();
    while warm.elapsed() < Duration::from_millis(500) {
        frame(&mut app, &mut terminal);
        std::thread::sleep(Duration::from_millis(10));
    }
    for round in 0..ROUNDS {
        let body = format!("text=round-{round}-mark");
        let path = format!("/seat/{actor}/act");
        let sender = std::thread::spawn({
            let cookie = actor_cookie.clone();
            move || post(addr, &path, &cookie, &body)
        });
        let sent = Instant::now();
        let mut got = 0;
        while got < CLIENTS && started.elapsed() < LIMIT {
            frames.push(frame(&mut app, &mut terminal));
            while let Ok((r, at)) = seen.try_recv() {
                if r == round {
                    got += 1;
                    latencies.push(at.duration_since(sent));
                }
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        assert_eq!(
            sender.join().expect("sender"),
            200,
            "the action was accepted"
        );
    }
    let watching: u32 = app
        .seats()
        .map(|d| d.status().iter().map(|s| s.watching).sum::<u32>() + d.projectors())
        .unwrap_or(0);
    frames.sort();
    latencies.sort();
    println!("live pages connected: {watching} (of {CLIENTS})");
    println!(
        "seat action → every live page updated ({} samples): median {:.1} ms, p95 {:.1} ms, max {:.1} ms",
        latencies.len(),
        percentile(&latencies, 0.5).as_secs_f64() * 1e3,
        percentile(&latencies, 0.95).as_secs_f64() * 1e3,
        latencies.last().copied().unwrap_or_default().as_secs_f64() * 1e3,
    );
    println!(
        "console frame (draw 200×60 + tick + attend to seats, {} frames): median {:.2} ms, p95 {:.2} ms, max {:.2} ms",
        frames.len(),
        percentile(&frames, 0.5).as_secs_f64() * 1e3,
        percentile(&frames, 0.95).as_secs_f64() * 1e3,
        frames.last().copied().unwrap_or_default().as_secs_f64() * 1e3,
    );
    drop(server);
}
