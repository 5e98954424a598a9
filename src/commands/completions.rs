//! `partnerctl completions SHELL`: shell completion scripts generated from the command tree.

use super::{CliError, Result};
use crate::cli::{Cli, CompletionsArgs};
use clap::CommandFactory;
use clap_complete::{Generator, Shell};
use std::io::Write;

/// Every shell a script is generated for (and checked into `completions/`).
pub const SHELLS: [Shell; 5] = [
    Shell::Bash,
    Shell::Zsh,
    Shell::Fish,
    Shell::PowerShell,
    Shell::Elvish,
];

/// The completion script for `shell`.
pub fn script(shell: Shell) -> Vec<u8> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "partnerctl", &mut out);
    out
}

/// The file name the script of `shell` is installed as (`partnerctl.bash`, `_partnerctl`).
pub fn file_name(shell: Shell) -> String {
    shell.file_name("partnerctl")
}

pub fn run(args: CompletionsArgs) -> Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(&script(args.shell))
        .and_then(|()| out.flush())
        .map_err(CliError::io("writing the completion script"))
}
