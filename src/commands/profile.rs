//! `partnerctl profile schema|init|validate`: profile files without a backend.

use super::context::printer;
use super::{CliError, Result};
use crate::cli::{Global, ProfileCmd};
use crate::config::Config;
use crate::profile::{schema, Detected, FileKind, Pos, Problem, ProfileError};
use std::io::Write;
use std::path::Path;

pub fn run(global: &Global, cmd: ProfileCmd) -> Result<()> {
    match cmd {
        ProfileCmd::Schema { kind } => write_out(&schema::text(kind)),
        ProfileCmd::Init { kind } => write_out(kind.template()),
        ProfileCmd::Validate { files, kind } => validate(global, &files, kind),
    }
}

fn write_out(text: &str) -> Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(CliError::io("writing output"))
}

/// Checks every file, reports every problem of every file, and fails (exit 2) if any had one.
fn validate(global: &Global, files: &[std::path::PathBuf], kind: Option<FileKind>) -> Result<()> {
    let out = printer(&Config::load(global)?, global)?;
    let mut failed = 0;
    for file in files {
        match check(file, kind) {
            Ok(kind) => out.note(format_args!(
                "{}: valid (kind: {})",
                file.display(),
                kind.name()
            )),
            Err(errors) => {
                failed += 1;
                let label = crate::output::style::label(crate::output::style::Label::Error);
                for e in errors {
                    eprintln!("{label} {}", CliError::Profile(e));
                }
            }
        }
    }
    match (failed, files.len()) {
        (0, _) => Ok(()),
        // The one file's problems were the error.
        (_, 1) => Err(CliError::Reported { code: 2 }),
        (n, total) => Err(CliError::usage(format!("problems in {n} of {total} files"))),
    }
}

fn check(file: &Path, kind: Option<FileKind>) -> Result<FileKind, Vec<ProfileError>> {
    let kind = match kind.map_or_else(|| FileKind::of_file(file), Detected::Kind) {
        Detected::Kind(kind) => kind,
        // The loader says what is wrong with the file itself (not found, not YAML, ...).
        Detected::Unreadable => FileKind::Organization,
        Detected::Unknown => {
            return Err(vec![ProfileError {
                file: file.to_path_buf(),
                problems: vec![Problem::at(
                    Pos::new(1, 1),
                    "kind",
                    "cannot tell what kind of profile this is: add `kind: organization`, \
                     `kind: location`, `kind: users` or `kind: enrollment`, or pass --kind",
                )],
            }])
        }
    };
    kind.check(file).map(|()| kind)
}
