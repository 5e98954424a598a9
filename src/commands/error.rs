//! What a command can fail with, and the exit code of each failure.

use crate::config::ConfigError;
use crate::error::{ApiError, FieldError};
use crate::output::PrintError;
use crate::profile::ProfileError;
use crate::query::QueryError;
use crate::validate::text::escape_controls;
use std::fmt;
use std::io;

/// Exit codes (DESIGN.md): 0 ok, 1 failure, 2 usage or invalid input, 3 some items of a bulk
/// run failed, 4 not signed in or not allowed, 5 conflict or not found, 6 not available through
/// this backend (Partner Center: its portal only), 8 pending (waiting on someone else),
/// 130 interrupted.
pub mod exit {
    pub const FAILURE: i32 = 1;
    pub const USAGE: i32 = 2;
    pub const PARTIAL: i32 = 3;
}

/// Shown by its own `Display` (message, details, hint); `thiserror` gives it its sources.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// The backend refused or failed; its kind decides the exit code.
    Api(ApiError),
    /// A profile file has problems (exit 2).
    Profile(ProfileError),
    /// Bad arguments or input the command itself rejects (exit 2).
    Usage {
        message: String,
        hint: Option<String>,
    },
    /// Reading or writing a file, the terminal, the credentials store (exit 1).
    Io { context: String, source: io::Error },
    /// Some items of a bulk run failed; each was already reported (exit 3).
    Partial { message: String },
    /// Anything else that stops a command, e.g. a declined confirmation (exit 1).
    Failed { message: String },
    /// Several files have problems (a directory of profiles; exit 2).
    Profiles(Vec<ProfileError>),
    /// The command already reported everything (a bulk run's summary); only its exit code is
    /// left: 3 some items failed, 8 some are pending, 130 interrupted.
    Reported { code: i32 },
}

pub type Result<T, E = CliError> = std::result::Result<T, E>;

impl CliError {
    pub fn usage(message: impl Into<String>) -> CliError {
        CliError::Usage {
            message: message.into(),
            hint: None,
        }
    }

    pub fn io(context: impl Into<String>) -> impl FnOnce(io::Error) -> CliError {
        let context = context.into();
        move |source| CliError::Io { context, source }
    }

    /// Adds a hint, unless the error already has one.
    pub fn hint(self, text: impl Into<String>) -> CliError {
        match self {
            CliError::Api(e) if e.hint.is_none() => CliError::Api(e.hint(text)),
            CliError::Usage {
                message,
                hint: None,
            } => CliError::Usage {
                message,
                hint: Some(text.into()),
            },
            other => other,
        }
    }

    pub fn exit_code(&self) -> i32 {
        match self {
            CliError::Api(e) => e.exit_code(),
            CliError::Profile(_) | CliError::Profiles(_) | CliError::Usage { .. } => exit::USAGE,
            CliError::Io { .. } | CliError::Failed { .. } => exit::FAILURE,
            CliError::Partial { .. } => exit::PARTIAL,
            CliError::Reported { code } => *code,
        }
    }

    /// The first line: what went wrong.
    pub fn message(&self) -> String {
        match self {
            CliError::Api(e) => e.message.clone(),
            CliError::Profile(e) => match e.problems.len() {
                1 => format!("{} has a problem", e.file.display()),
                n => format!("{} has {n} problems", e.file.display()),
            },
            CliError::Profiles(errors) => {
                let problems: usize = errors.iter().map(|e| e.problems.len()).sum();
                let problems = match problems {
                    1 => "a problem".to_string(),
                    n => format!("{n} problems"),
                };
                match errors.as_slice() {
                    [one] => format!("{} has {problems}", one.file.display()),
                    _ => format!("{} files have {problems}", errors.len()),
                }
            }
            CliError::Usage { message, .. }
            | CliError::Partial { message }
            | CliError::Failed { message } => message.clone(),
            CliError::Reported { .. } => String::new(),
            CliError::Io { context, source } => {
                // The whole chain: the top-level message often hides the cause.
                let mut msg = format!("{context}: {source}");
                let mut cause = std::error::Error::source(source);
                while let Some(c) = cause {
                    msg += &format!(": {c}");
                    cause = c.source();
                }
                msg
            }
        }
    }

    /// Each problem with a field, shown indented under the message.
    pub fn details(&self) -> Vec<String> {
        match self {
            CliError::Api(e) => e.fields.iter().map(field).collect(),
            CliError::Profile(e) => e.to_string().lines().map(str::to_string).collect(),
            CliError::Profiles(errors) => errors
                .iter()
                .flat_map(|e| {
                    e.to_string()
                        .lines()
                        .map(str::to_string)
                        .collect::<Vec<_>>()
                })
                .collect(),
            _ => Vec::new(),
        }
    }

    pub fn hint_text(&self) -> Option<&str> {
        match self {
            CliError::Api(e) => e.hint.as_deref(),
            CliError::Usage { hint, .. } => hint.as_deref(),
            _ => None,
        }
    }
}

fn field(f: &FieldError) -> String {
    format!("{}: {}", f.field, f.message)
}

/// Control characters in any part (a server's message, a value echoed back) are shown
/// escaped: what reaches the terminal never carries an escape sequence from the input.
impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&escape_controls(&self.message()))?;
        for d in self.details() {
            write!(f, "\n  {}", escape_controls(&d))?;
        }
        if let Some(h) = self.hint_text() {
            write!(f, "\nhint: {}", escape_controls(h))?;
        }
        Ok(())
    }
}

impl From<ApiError> for CliError {
    fn from(e: ApiError) -> Self {
        CliError::Api(e)
    }
}

impl From<PrintError> for CliError {
    fn from(e: PrintError) -> Self {
        match e {
            PrintError::Io(e) => CliError::io("writing output")(e),
            PrintError::Query(e) => e.into(),
        }
    }
}

impl From<QueryError> for CliError {
    fn from(e: QueryError) -> Self {
        CliError::Usage {
            message: e.message,
            hint: e.hint,
        }
    }
}

impl From<ConfigError> for CliError {
    fn from(e: ConfigError) -> Self {
        match e {
            ConfigError::File(e) => CliError::Profile(e),
            ConfigError::Io { path, source } => CliError::Io {
                context: path.display().to_string(),
                source,
            },
            ConfigError::Env { name, message } => CliError::Usage {
                message: format!("{name}: {message}"),
                hint: Some(format!("fix or unset the environment variable {name}")),
            },
            ConfigError::Key(message) => CliError::usage(message),
        }
    }
}

impl From<ProfileError> for CliError {
    fn from(e: ProfileError) -> Self {
        CliError::Profile(e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Code;

    #[test]
    fn control_characters_from_anywhere_are_shown_escaped() {
        let e = CliError::Api(
            ApiError::invalid(
                "no user \"\u{1b}[2J\"",
                vec![FieldError::new(
                    "email\r\nX",
                    "`\u{1b}]0;t\u{7}` is not an email",
                )],
            )
            .hint("try \u{0}"),
        );
        let shown = e.to_string();
        assert!(
            !shown.chars().any(|c| c.is_control() && c != '\n'),
            "{shown:?}"
        );
        assert!(
            shown.contains("\\x1b[2J") && shown.contains("\\r\\nX"),
            "{shown}"
        );
        let one = CliError::Api(ApiError::new(Code::InvalidInput, "plain"));
        assert_eq!(one.to_string(), "plain");
    }
}
