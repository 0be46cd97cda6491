//! The terminal in console mode — raw, alternate screen, mouse reported — and put back as it
//! was on every way out: a normal quit, an error, a panic.

use std::io::{self, stdout};

use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use crossterm::execute;
use ratatui::DefaultTerminal;

/// The terminal while the console owns it; dropping it restores the terminal.
pub struct ConsoleTerminal {
    terminal: DefaultTerminal,
}

impl ConsoleTerminal {
    /// Raw mode, the alternate screen and mouse capture on. A panic from here on restores
    /// the terminal before its message is printed.
    pub fn open() -> io::Result<Self> {
        // Installs ratatui's panic hook, which leaves raw mode and the alternate screen.
        let terminal = ratatui::try_init()?;
        let restore_screen = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let _ = execute!(stdout(), DisableMouseCapture);
            restore_screen(info);
        }));
        let console = ConsoleTerminal { terminal };
        // Dropped (and restored) if this fails.
        execute!(stdout(), EnableMouseCapture)?;
        Ok(console)
    }

    /// The terminal to draw on.
    pub fn terminal(&mut self) -> &mut DefaultTerminal {
        &mut self.terminal
    }
}

impl Drop for ConsoleTerminal {
    fn drop(&mut self) {
        let _ = execute!(stdout(), DisableMouseCapture);
        ratatui::restore();
    }
}
