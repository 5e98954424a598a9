//! Settings, and where each one came from. Layers, lowest first: defaults, the user's config
//! file, `PARTNERCTL_*` environment variables, flags.
//!
//! The config file is YAML, a flat mapping of the keys in [`KEYS`] (`output: json`), at
//! `$XDG_CONFIG_HOME/partnerctl/config.yaml` or wherever `PARTNERCTL_CONFIG` says. Its problems
//! are reported with file, line and column, as profiles' are.

use crate::env_vars::{self, EnvVar};
use crate::output::{ColorChoice, Format};
use crate::profile::{self, Problem, ProfileError};
use clap::ValueEnum;
use serde::Serialize;
use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

/// One setting: its name in the config file, and how it is spelled elsewhere.
pub struct Key {
    pub name: &'static str,
    pub help: &'static str,
    /// The flag that sets it, if any.
    pub flag: Option<&'static str>,
    /// Environment variables that set it, the first set one winning, each with the value it
    /// stands for when that is fixed (`NO_COLOR` means `never`).
    env: &'static [(EnvVar, Option<&'static str>)],
    /// The default, as shown by `config show`.
    default: fn() -> String,
    /// Checks a value and gives its canonical spelling.
    check: fn(&str) -> Result<String, String>,
}

/// Every setting.
pub const KEYS: &[Key] = &[
    Key {
        name: "data-dir",
        help: "the data directory",
        flag: Some("--data-dir"),
        env: &[(env_vars::DATA_DIR, None)],
        default: default_data_dir_text,
        check: path,
    },
    Key {
        name: "sandbox",
        help: "create new data dirs as sandboxes (true or false)",
        flag: Some("--sandbox"),
        env: &[(env_vars::SANDBOX, None)],
        default: || "false".into(),
        check: boolean,
    },
    Key {
        name: "output",
        help:
            "output format: auto (table on a terminal, else json), table, json, yaml, ndjson, tsv",
        flag: Some("--output"),
        env: &[(env_vars::OUTPUT, None)],
        default: || "auto".into(),
        check: output,
    },
    Key {
        name: "color",
        help: "colour: auto, always or never",
        flag: Some("--color"),
        env: &[
            (env_vars::COLOR, None),
            (env_vars::CLICOLOR_FORCE, Some("always")),
            (env_vars::FORCE_COLOR, Some("always")),
            (env_vars::NO_COLOR, Some("never")),
        ],
        default: || "auto".into(),
        check: color,
    },
    Key {
        name: "keyring",
        help: "keep sessions in the OS keyring (on) or only in the private fallback file (off)",
        flag: None,
        env: &[(env_vars::KEYRING, None)],
        default: || "on".into(),
        check: on_off,
    },
    Key {
        name: "token-file",
        help: "a file whose first line is the access token to use instead of the stored session",
        flag: Some("--token-file"),
        env: &[(env_vars::TOKEN_FILE, None)],
        default: String::new,
        check: path,
    },
];

/// `CLICOLOR_FORCE` and `FORCE_COLOR` force colour unless they say `0` (or `false`).
fn forcing(var: &EnvVar) -> bool {
    *var == env_vars::CLICOLOR_FORCE || *var == env_vars::FORCE_COLOR
}

pub fn key(name: &str) -> Option<&'static Key> {
    KEYS.iter().find(|k| k.name == name)
}

fn key_names() -> String {
    KEYS.iter().map(|k| k.name).collect::<Vec<_>>().join(", ")
}

// Value checks.

fn path(v: &str) -> Result<String, String> {
    if v.trim().is_empty() {
        Err("expected a path".into())
    } else {
        Ok(v.to_string())
    }
}

fn boolean(v: &str) -> Result<String, String> {
    env_vars::parse_bool(v)
        .map(|b| b.to_string())
        .ok_or_else(|| format!("`{v}` is not true or false"))
}

fn on_off(v: &str) -> Result<String, String> {
    env_vars::parse_bool(v)
        .map(|b| if b { "on" } else { "off" }.to_string())
        .ok_or_else(|| format!("`{v}` is not on or off"))
}

fn one_of<T: ValueEnum>(v: &str, extra: &[&str]) -> Result<String, String> {
    let v = v.trim().to_ascii_lowercase();
    if extra.contains(&v.as_str()) || T::from_str(&v, false).is_ok() {
        return Ok(v);
    }
    let names: Vec<String> = extra
        .iter()
        .map(|s| s.to_string())
        .chain(
            T::value_variants()
                .iter()
                .filter_map(|x| x.to_possible_value())
                .map(|p| p.get_name().to_string()),
        )
        .collect();
    Err(format!("`{v}` is not one of {}", names.join(", ")))
}

fn output(v: &str) -> Result<String, String> {
    one_of::<Format>(v, &["auto"])
}

fn color(v: &str) -> Result<String, String> {
    one_of::<ColorChoice>(v, &[])
}

/// The user's data dir + `partnerctl` (XDG on Unix).
pub fn default_data_dir() -> io::Result<PathBuf> {
    use etcetera::BaseStrategy;
    let dirs = etcetera::choose_base_strategy().map_err(io::Error::other)?;
    Ok(dirs.data_dir().join("partnerctl"))
}

fn default_data_dir_text() -> String {
    default_data_dir()
        .map(|d| d.display().to_string())
        .unwrap_or_default()
}

/// The config file: `PARTNERCTL_CONFIG`, else `partnerctl/config.yaml` in the user's config dir.
pub fn file_path() -> io::Result<PathBuf> {
    if let Some(p) = env_vars::CONFIG.get() {
        return Ok(PathBuf::from(p));
    }
    use etcetera::BaseStrategy;
    let dirs = etcetera::choose_base_strategy().map_err(io::Error::other)?;
    Ok(dirs.config_dir().join("partnerctl").join("config.yaml"))
}

/// Where a value came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    Default,
    File { path: PathBuf, line: usize },
    Env(&'static str),
    Flag(&'static str),
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::Default => f.write_str("default"),
            Origin::File { path, line } => write!(f, "file {}:{line}", path.display()),
            Origin::Env(name) => write!(f, "env {name}"),
            Origin::Flag(flag) => write!(f, "flag {flag}"),
        }
    }
}

/// One resolved setting, as `config show` prints it.
#[derive(Debug, Clone, Serialize)]
pub struct Setting {
    pub key: &'static str,
    /// The value; empty when unset (no default).
    pub value: String,
    /// `default`, `file`, `env` or `flag`.
    pub origin: &'static str,
    /// The file and line, variable or flag it came from.
    pub source: String,
}

/// What can be wrong with the settings.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The config file has problems (positions included).
    #[error("{0}")]
    File(ProfileError),
    /// An environment variable has a bad value.
    #[error("{name}: {message}")]
    Env { name: &'static str, message: String },
    /// The file could not be read or written, or there is no config dir.
    #[error("{}: {source}", .path.display())]
    Io { path: PathBuf, source: io::Error },
    /// `config set`/`unset` of a key that does not exist, or a bad value.
    #[error("{0}")]
    Key(String),
}

/// Every setting, resolved.
#[derive(Debug, Clone)]
pub struct Config {
    /// The config file (it need not exist).
    pub file: PathBuf,
    values: Vec<(&'static str, String, Origin)>,
}

impl Config {
    /// Resolves every key from defaults, the config file, the environment and the flags.
    pub fn load(flags: impl Into<Flags>) -> Result<Config, ConfigError> {
        let flags = flags.into().set();
        let file = file_path().map_err(|source| ConfigError::Io {
            path: PathBuf::from("the config dir"),
            source,
        })?;
        let from_file = read_file(&file)?;
        let mut values = Vec::new();
        for key in KEYS {
            let from_env = key.env.iter().find_map(|(var, fixed)| {
                var.get()
                    .filter(|v| !(forcing(var) && env_vars::parse_bool(v) == Some(false)))
                    .map(|v| (var.name, fixed.map_or(v, str::to_string)))
            });
            let (value, origin) = if let Some((flag, v)) = flags.iter().find(|f| f.0 == key.name) {
                (v.clone(), Origin::Flag(key.flag.unwrap_or(flag)))
            } else if let Some((name, v)) = from_env {
                let v = (key.check)(&v).map_err(|message| ConfigError::Env { name, message })?;
                (v, Origin::Env(name))
            } else if let Some((v, line)) = from_file
                .iter()
                .find(|f| f.0 == key.name)
                .map(|f| (&f.1, f.2))
            {
                (
                    v.clone(),
                    Origin::File {
                        path: file.clone(),
                        line,
                    },
                )
            } else {
                ((key.default)(), Origin::Default)
            };
            values.push((key.name, value, origin));
        }
        Ok(Config { file, values })
    }

    /// Where the value of `key` came from.
    pub fn origin(&self, key: &str) -> &Origin {
        self.value(key).1
    }

    fn value(&self, key: &str) -> (&str, &Origin) {
        let (_, v, o) = self
            .values
            .iter()
            .find(|(k, _, _)| *k == key)
            .expect("every key is resolved");
        (v, o)
    }

    /// The data dir, unless it is the default.
    pub fn data_dir(&self) -> Option<PathBuf> {
        match self.value("data-dir") {
            (_, Origin::Default) => None,
            (v, _) => Some(PathBuf::from(v)),
        }
    }

    pub fn sandbox(&self) -> bool {
        self.value("sandbox").0 == "true"
    }

    /// The output format; `None` for auto.
    pub fn output(&self) -> Option<Format> {
        Format::from_str(self.value("output").0, false).ok()
    }

    pub fn color(&self) -> ColorChoice {
        ColorChoice::from_str(self.value("color").0, false).unwrap_or(ColorChoice::Auto)
    }

    pub fn keyring(&self) -> bool {
        self.value("keyring").0 != "off"
    }

    pub fn token_file(&self) -> Option<PathBuf> {
        Some(self.value("token-file").0)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    }

    /// Every setting with its origin, in the order of [`KEYS`].
    pub fn settings(&self) -> Vec<Setting> {
        self.values
            .iter()
            .map(|(key, value, origin)| {
                let (kind, source) = match origin {
                    Origin::Default => ("default", String::new()),
                    Origin::File { path, line } => ("file", format!("{}:{line}", path.display())),
                    Origin::Env(name) => ("env", name.to_string()),
                    Origin::Flag(flag) => ("flag", flag.to_string()),
                };
                Setting {
                    key,
                    value: value.clone(),
                    origin: kind,
                    source,
                }
            })
            .collect()
    }
}

/// The settings given as flags on the command line, each as its canonical value: the command
/// line hands them over as they are, and they beat the environment and the file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Flags {
    pub data_dir: Option<PathBuf>,
    pub sandbox: bool,
    pub output: Option<String>,
    pub color: Option<String>,
    pub token_file: Option<PathBuf>,
}

impl Flags {
    /// The flags that set a key, as (key, canonical value).
    fn set(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        if let Some(d) = &self.data_dir {
            out.push(("data-dir", d.display().to_string()));
        }
        if self.sandbox {
            out.push(("sandbox", "true".to_string()));
        }
        if let Some(f) = &self.output {
            out.push(("output", f.clone()));
        }
        if let Some(c) = &self.color {
            out.push(("color", c.clone()));
        }
        if let Some(t) = &self.token_file {
            out.push(("token-file", t.display().to_string()));
        }
        out
    }
}

/// The file's (key, value, line) entries, every problem reported at its position.
fn read_file(file: &Path) -> Result<Vec<(&'static str, String, usize)>, ConfigError> {
    let text = match std::fs::read_to_string(file) {
        Ok(t) => t,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(source) => {
            return Err(ConfigError::Io {
                path: file.to_path_buf(),
                source,
            })
        }
    };
    let fail = |problems| {
        ConfigError::File(ProfileError {
            file: file.to_path_buf(),
            problems,
        })
    };
    let entries = profile::flat_mapping(&text).map_err(fail)?;
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for (name, value, key_pos, value_pos) in entries {
        let Some(key) = key(&name) else {
            problems.push(Problem::at(key_pos, name.clone(), unknown_key(&name)));
            continue;
        };
        match (key.check)(&value) {
            Ok(v) => out.push((key.name, v, key_pos.line)),
            Err(message) => problems.push(Problem::at(value_pos, name, message)),
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(fail(problems))
    }
}

/// Sets `key` to `value` in the config file, keeping the rest of the file (comments too) as it
/// is. Returns the canonical value written.
pub fn set(file: &Path, name: &str, value: &str) -> Result<String, ConfigError> {
    let key = known(name)?;
    let value = (key.check)(value).map_err(|m| ConfigError::Key(format!("{name}: {m}")))?;
    let line = format!("{}: {}", key.name, yaml_scalar(&value));
    edit(file, key.name, Some(line))?;
    Ok(value)
}

/// Removes `name` from the config file; its value falls back to the lower layers. Unknown
/// keys can be removed too (a misspelt key is an error in the file). Returns whether the file
/// had it.
pub fn unset(file: &Path, name: &str) -> Result<bool, ConfigError> {
    edit(file, name, None)
}

fn known(name: &str) -> Result<&'static Key, ConfigError> {
    key(name).ok_or_else(|| ConfigError::Key(unknown_key(name)))
}

/// `unknown key `colour`; did you mean `color`? valid keys: ...`
fn unknown_key(name: &str) -> String {
    let names: Vec<&str> = KEYS.iter().map(|k| k.name).collect();
    let near = match profile::suggest_key(name, &names) {
        Some(k) => format!(" (did you mean `{k}`?)"),
        None => String::new(),
    };
    format!("unknown key `{name}`{near}; valid keys: {}", key_names())
}

/// Replaces the line that sets `key` (at the start of a line) with `line`, or removes it when
/// `line` is `None`; a new key is appended. Returns whether the key was there.
fn edit(file: &Path, key: &str, line: Option<String>) -> Result<bool, ConfigError> {
    let io_err = |source| ConfigError::Io {
        path: file.to_path_buf(),
        source,
    };
    let text = match std::fs::read_to_string(file) {
        Ok(t) => t,
        Err(e) if e.kind() == io::ErrorKind::NotFound && line.is_none() => return Ok(false),
        Err(e) if e.kind() == io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(io_err(e)),
    };
    let sets_key = |l: &str| {
        l.strip_prefix(key)
            .is_some_and(|rest| rest.trim_start().starts_with(':'))
    };
    let mut lines: Vec<String> = Vec::new();
    let mut placed = false;
    let mut found = false;
    for l in text.lines() {
        if sets_key(l) {
            found = true;
            if let (Some(new), false) = (&line, placed) {
                lines.push(new.clone());
                placed = true;
            }
        } else {
            lines.push(l.to_string());
        }
    }
    if let (Some(new), false) = (line, placed) {
        lines.push(new);
    }
    let mut out = lines.join("\n");
    out.push('\n');
    if let Some(dir) = file.parent() {
        std::fs::create_dir_all(dir).map_err(io_err)?;
    }
    std::fs::write(file, out).map_err(io_err)?;
    Ok(found)
}

/// A value as YAML: plain when that reads back the same, else double-quoted.
fn yaml_scalar(value: &str) -> String {
    let plain = !value.is_empty()
        && value
            .chars()
            .all(|c| c.is_alphanumeric() || "-_./~+@".contains(c))
        && !value.starts_with(['-', '~', '@', '.']);
    if plain {
        value.to_string()
    } else {
        serde_json::Value::String(value.to_string()).to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_replaces_the_line_and_keeps_comments() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("partnerctl/config.yaml");
        assert_eq!(set(&file, "output", "JSON").unwrap(), "json");
        std::fs::write(&file, "# mine\noutput: json\ncolor: never\n").unwrap();
        set(&file, "output", "yaml").unwrap();
        set(&file, "data-dir", "/srv/partner ctl").unwrap();
        let text = std::fs::read_to_string(&file).unwrap();
        assert_eq!(
            text,
            "# mine\noutput: yaml\ncolor: never\ndata-dir: \"/srv/partner ctl\"\n"
        );
        let read = read_file(&file).unwrap();
        assert_eq!(read[2], ("data-dir", "/srv/partner ctl".to_string(), 4));
        assert!(unset(&file, "color").unwrap());
        assert!(!unset(&file, "color").unwrap());
        assert!(matches!(
            set(&file, "colour", "never"),
            Err(ConfigError::Key(_))
        ));
        assert!(matches!(
            set(&file, "sandbox", "perhaps"),
            Err(ConfigError::Key(_))
        ));
    }

    #[test]
    fn file_problems_have_positions() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("config.yaml");
        std::fs::write(&file, "output: xml\nkeyring: off\ncolr: never\n").unwrap();
        let Err(ConfigError::File(e)) = read_file(&file) else {
            panic!("expected problems")
        };
        let shown = e.to_string();
        assert!(
            shown.contains("config.yaml:1:9: output: `xml` is not one of auto, table"),
            "{shown}"
        );
        assert!(
            shown.contains("config.yaml:3:1: colr: unknown key `colr` (did you mean `color`?)"),
            "{shown}"
        );
        assert_eq!(e.problems.len(), 2);
    }

    #[test]
    fn every_key_has_a_valid_default() {
        for key in KEYS {
            let default = (key.default)();
            if !default.is_empty() {
                assert_eq!(
                    (key.check)(&default).as_deref(),
                    Ok(default.as_str()),
                    "{}",
                    key.name
                );
            }
        }
    }
}
