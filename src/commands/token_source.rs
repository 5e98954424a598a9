//! Where the access token of a command comes from, when it is not the stored session:
//! `--token-file FILE`, else `PARTNERCTL_TOKEN`, else `PARTNERCTL_TOKEN_FILE` or the config
//! file's `token-file`. CI uses these; people sign in and use the stored session.

use super::{CliError, Result};
use crate::config::{Config, Origin};
use crate::env_vars;
use std::fmt;
use std::path::{Path, PathBuf};

/// A token given for this run, and where it came from.
#[derive(Clone)]
pub struct Explicit {
    pub token: String,
    pub source: Source,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A token file, named by a flag, a variable or the config file.
    File { path: PathBuf, named_by: Origin },
    /// `PARTNERCTL_TOKEN`.
    Env,
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::File { path, named_by } => {
                write!(f, "token file {} ({named_by})", path.display())
            }
            Source::Env => write!(f, "environment variable {}", env_vars::TOKEN.name),
        }
    }
}

/// The token given for this run, if any.
pub fn explicit(config: &Config) -> Result<Option<Explicit>> {
    let file = config.token_file().map(|path| {
        let named_by = config.origin("token-file").clone();
        (path, named_by)
    });
    let from_flag = matches!(&file, Some((_, Origin::Flag(_))));
    if !from_flag {
        if let Some(token) = env_vars::TOKEN.get() {
            return Ok(Some(Explicit {
                token: token.trim().to_string(),
                source: Source::Env,
            }));
        }
    }
    let Some((path, named_by)) = file else {
        return Ok(None);
    };
    let token = read(&path)?;
    Ok(Some(Explicit {
        token,
        source: Source::File { path, named_by },
    }))
}

/// The first line of a token file.
fn read(path: &Path) -> Result<String> {
    let text = std::fs::read_to_string(path).map_err(CliError::io(format!(
        "reading the token file {}",
        path.display()
    )))?;
    let token = text.lines().next().unwrap_or("").trim().to_string();
    if token.is_empty() {
        return Err(CliError::Usage {
            message: format!("the token file {} is empty", path.display()),
            hint: Some("write the access token on its first line".into()),
        });
    }
    Ok(token)
}

/// Whether others than the owner may read the file (worth a warning: it holds a secret).
#[cfg(unix)]
pub fn readable_by_others(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).is_ok_and(|m| m.permissions().mode() & 0o077 != 0)
}

#[cfg(not(unix))]
pub fn readable_by_others(_: &Path) -> bool {
    false
}
