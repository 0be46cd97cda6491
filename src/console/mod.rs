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
pub mod terminal;
pub mod timeline;
pub mod view;

use std::io;
use std::time::{Duration, Instant};

use crossterm::event::{self, Event};
use ratatui::DefaultTerminal;
use ratatui::layout::Rect;

pub use action::{Action, Pane};
pub use app::{App, Overlay, READ_ONLY, Refusal, Target};
pub use timeline::{Seek, Timeline};

/// Time between frames while the clock runs.
const FRAME: Duration = Duration::from_millis(50);
/// Time between frames while paused (keys still answer at once).
const IDLE: Duration = Duration::from_millis(250);

/// Runs the console in `terminal` until the facilitator quits.
pub fn run(terminal: &mut DefaultTerminal, app: &mut App) -> io::Result<()> {
    let mut last = Instant::now();
    let size = terminal.size()?;
    app.update(Action::Resize(size.width, size.height));
    while !app.should_quit() {
        terminal.draw(|frame| frame.render_widget(&*app, frame.area()))?;
        let wait = if app.clock().is_running() {
            FRAME
        } else {
            IDLE
        };
        if event::poll(wait)? {
            let action = match event::read()? {
                Event::Key(key) => keymap::action_for(app, key),
                Event::Mouse(mouse) => {
                    let size = terminal.size()?;
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
    }
    Ok(())
}
