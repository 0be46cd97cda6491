//! The `fluxsim` binary: parse arguments, hand over to the library, map errors to exit codes.

fn main() -> std::process::ExitCode {
    fluxsim::cli::run()
}
