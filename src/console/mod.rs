//! The facilitator console: a ratatui client of the `Simulation` facade. Snapshots in,
//! commands out.
//!
//! Input → `Action` (keymap) → `App::update` → draw `&App`. Drawing never changes state; the
//! simulation advances in `Action::Tick`, in slices bounded in wall time so the screen keeps
//! answering even on the million-person scenario.

pub mod action;
pub mod app;
pub mod clock;
pub mod commands;
pub mod form;
pub mod keymap;
pub mod search;
pub mod seats;
pub mod terminal;
pub mod timeline;
pub mod timer;
pub mod view;

use std::io;
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use crossterm::event::{self, Event};
use ratatui::backend::Backend;
use ratatui::layout::Rect;
use ratatui::{DefaultTerminal, Terminal};

pub use action::{Action, Pane};
pub use app::{App, Overlay, READ_ONLY, Refusal, Target};
pub use timeline::{Seek, Timeline};

/// Time between frames while the clock runs.
const FRAME: Duration = Duration::from_millis(50);
/// Time between frames while paused (keys still answer at once).
const IDLE: Duration = Duration::from_millis(250);

/// Where the console's input events come from: the terminal, or whatever a caller feeds in
/// (a spec, a tool).
pub trait Input {
    /// The next event, waiting at most `wait` for it; `None` when none came in that time.
    fn next(&mut self, wait: Duration) -> io::Result<Option<Event>>;
}

/// The terminal's keys, mouse and resizes.
#[derive(Debug, Default, Clone, Copy)]
pub struct TerminalInput;

impl Input for TerminalInput {
    fn next(&mut self, wait: Duration) -> io::Result<Option<Event>> {
        if event::poll(wait)? {
            event::read().map(Some)
        } else {
            Ok(None)
        }
    }
}

/// Events sent from elsewhere in the process. When every sender is gone the input has
/// ended: the loop stops with an error rather than wait for keys that cannot come.
impl Input for Receiver<Event> {
    fn next(&mut self, wait: Duration) -> io::Result<Option<Event>> {
        match self.recv_timeout(wait) {
            Ok(event) => Ok(Some(event)),
            Err(RecvTimeoutError::Timeout) => Ok(None),
            Err(RecvTimeoutError::Disconnected) => Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                "the console's input ended before it quit",
            )),
        }
    }
}

/// Runs the console in `terminal` until the facilitator quits.
pub fn run(terminal: &mut DefaultTerminal, app: &mut App) -> io::Result<()> {
    drive(terminal, app, &mut TerminalInput)
}

/// The console's loop over any ratatui backend and any input, until the facilitator quits:
/// draw, wait for one event (a frame at most), handle it, let the clock catch up, attend to
/// the seats when they are served.
pub fn drive<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    input: &mut impl Input,
) -> io::Result<()> {
    let mut last = Instant::now();
    let size = terminal
        .size()
        .map_err(|e| io::Error::other(e.to_string()))?;
    app.update(Action::Resize(size.width, size.height));
    app.attend_seats();
    while !app.should_quit() {
        terminal
            .draw(|frame| frame.render_widget(&*app, frame.area()))
            .map_err(|e| io::Error::other(e.to_string()))?;
        let wait = if app.clock().is_running() || app.seats().is_some() {
            FRAME
        } else {
            IDLE
        };
        if let Some(event) = input.next(wait)? {
            let action = match event {
                Event::Key(key) => keymap::action_for(app, key),
                Event::Mouse(mouse) => {
                    let size = terminal
                        .size()
                        .map_err(|e| io::Error::other(e.to_string()))?;
                    let screen = Rect::new(0, 0, size.width, size.height);
                    keymap::mouse_action(app, mouse, screen)
                }
                Event::Resize(width, height) => Some(Action::Resize(width, height)),
                _ => None,
            };
            if let Some(action) = action {
                app.update(action);
            }
        }
        let now = Instant::now();
        app.update(Action::Tick(now - last));
        last = now;
        app.attend_seats();
    }
    Ok(())
}
