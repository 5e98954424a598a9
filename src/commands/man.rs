//! `partnerctl man`: man pages from the command tree (one per command, as git has them).

use super::{CliError, Result};
use crate::cli::{Global, ManArgs};
use std::io::Write;
use std::path::{Path, PathBuf};

pub fn run(global: &Global, args: ManArgs) -> Result<()> {
    match args.dir {
        Some(dir) => {
            let written = write_all(&dir).map_err(CliError::io(format!(
                "writing man pages to {}",
                dir.display()
            )))?;
            super::config::plain(global).note(format_args!(
                "wrote {} man pages to {}",
                written.len(),
                dir.display()
            ));
            Ok(())
        }
        None => {
            let mut page = Vec::new();
            clap_mangen::Man::new(tree())
                .render(&mut page)
                .map_err(CliError::io("rendering the man page"))?;
            let mut out = std::io::stdout().lock();
            out.write_all(&page)
                .and_then(|()| out.flush())
                .map_err(CliError::io("writing output"))
        }
    }
}

/// The command tree, built, so that subcommands carry their full names
/// (`partnerctl-account-create`).
fn tree() -> clap::Command {
    let mut cmd = crate::cli::command(100).disable_help_subcommand(true);
    cmd.build();
    cmd
}

/// Writes one page per command into `dir`; returns the files written.
pub fn write_all(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    fn each(cmd: &clap::Command, dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
        out.push(clap_mangen::Man::new(cmd.clone()).generate_to(dir)?);
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            each(sub, dir, out)?;
        }
        Ok(())
    }
    std::fs::create_dir_all(dir)?;
    let mut written = Vec::new();
    each(&tree(), dir, &mut written)?;
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_page_per_command() {
        let dir = tempfile::tempdir().unwrap();
        let written = write_all(dir.path()).unwrap();
        let names: Vec<String> = written
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        for page in [
            "partnerctl.1",
            "partnerctl-account-create.1",
            "partnerctl-users-remove.1",
            "partnerctl-profile-validate.1",
        ] {
            assert!(names.iter().any(|n| n == page), "no {page} in {names:?}");
        }
        let create =
            std::fs::read_to_string(dir.path().join("partnerctl-account-create.1")).unwrap();
        assert!(create.contains("accept\\-agreement"), "{create}");
    }
}
