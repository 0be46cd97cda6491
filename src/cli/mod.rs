//! The command-line interface: the clap command tree and one small file per command.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// fluxsim — tabletop simulation of a mass influx of migrants and the institutions that respond.
#[derive(Debug, Parser)]
#[command(name = "fluxsim", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {}

/// Parses the arguments and runs the chosen command; returns the process exit code.
pub fn run() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            let _ = err.print();
            return if err.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    match cli.command {
        None => {
            println!(
                "fluxsim {}: no command yet; see `fluxsim --help`",
                env!("CARGO_PKG_VERSION")
            );
            ExitCode::SUCCESS
        }
    }
}
