//! `partnerctl config show|set|unset`: the settings and where each came from.

use super::context::printer;
use super::{CliError, Result};
use crate::cli::{ConfigCmd, Global};
use crate::config::{self, Config, Setting};
use crate::output::{Format, Printer, Tabular};

/// Runs without the context (no data dir, no backend), and `set` and `unset` without loading
/// the settings, so that they can fix a config file with a bad value.
pub fn run(global: &Global, cmd: ConfigCmd) -> Result<()> {
    match cmd {
        ConfigCmd::Show => {
            let config = Config::load(global)?;
            let out = printer(&config, global)?;
            out.note(format_args!("config file: {}", config.file.display()));
            Ok(out.data(&config.settings())?)
        }
        ConfigCmd::Set { key, value } => {
            let file = file()?;
            let value = config::set(&file, &key, &value)?;
            plain(global).note(format_args!("{key}: {value} set in {}", file.display()));
            Ok(())
        }
        ConfigCmd::Unset { key } => {
            let file = file()?;
            if config::unset(&file, &key)? {
                plain(global).note(format_args!("{key} removed from {}", file.display()));
            } else {
                plain(global).note(format_args!("{key} is not set in {}", file.display()));
            }
            Ok(())
        }
    }
}

fn file() -> Result<std::path::PathBuf> {
    config::file_path().map_err(CliError::io("finding the config dir"))
}

/// A printer for when the settings themselves may be what is broken: no colour, and only
/// the flags' quiet and verbose levels.
pub fn plain(global: &Global) -> Printer {
    Printer::new(Some(Format::Json), global.quiet, global.verbose)
}

impl Tabular for Setting {
    fn columns() -> &'static [&'static str] {
        &["Key", "Value", "Origin", "Source"]
    }

    fn row(&self) -> Vec<String> {
        vec![
            self.key.to_string(),
            self.value.clone(),
            self.origin.to_string(),
            self.source.clone(),
        ]
    }
}
