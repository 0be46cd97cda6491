//! The `fluxsim` binary: parse arguments, hand over to the library, map errors to exit codes.

fn main() -> std::process::ExitCode {
    quiet_on_closed_pipe();
    fluxsim::cli::run()
}

/// `fluxsim run | head` closes the pipe early; like other Unix tools, end quietly then
/// rather than panic on the next line printed. Rust ignores SIGPIPE by default, which turns
/// the closed pipe into an error every `println!` panics on.
#[cfg(unix)]
fn quiet_on_closed_pipe() {
    // SAFETY: restoring a signal's default disposition at start-up, before any thread exists.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

#[cfg(not(unix))]
fn quiet_on_closed_pipe() {}
