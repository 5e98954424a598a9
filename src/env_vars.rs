//! Every environment variable partnerctl reads, in one table.
//!
//! Code reads a variable only through its entry here ([`EnvVar::get`]); `clippy.toml` forbids
//! `std::env::var` elsewhere. The `--help` text, the CLI reference and the README are made from
//! this table (a test keeps the README's copy in step), so the list stays whole.

/// One environment variable the tool reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EnvVar {
    pub name: &'static str,
    /// What it does, one line, for `--help`, the README and the CLI reference.
    pub meaning: &'static str,
    /// The flag it stands for, if any (flags win over the environment).
    pub flag: Option<&'static str>,
    /// The config file key it overrides, if any (the environment wins over the file).
    pub config_key: Option<&'static str>,
}

impl EnvVar {
    /// The value, if set and not blank.
    pub fn get(&self) -> Option<String> {
        #[allow(clippy::disallowed_methods)]
        let value = std::env::var(self.name).ok()?;
        (!value.trim().is_empty()).then_some(value)
    }
}

const fn var(name: &'static str, meaning: &'static str) -> EnvVar {
    EnvVar {
        name,
        meaning,
        flag: None,
        config_key: None,
    }
}

const fn setting(
    name: &'static str,
    flag: Option<&'static str>,
    config_key: &'static str,
    meaning: &'static str,
) -> EnvVar {
    EnvVar {
        name,
        meaning,
        flag,
        config_key: Some(config_key),
    }
}

pub const CONFIG: EnvVar = var(
    "PARTNERCTL_CONFIG",
    "the config file [default: $XDG_CONFIG_HOME/partnerctl/config.yaml]",
);
pub const DATA_DIR: EnvVar = setting(
    "PARTNERCTL_DATA_DIR",
    Some("--data-dir"),
    "data-dir",
    "the data directory [default: $XDG_DATA_HOME/partnerctl]",
);
pub const SANDBOX: EnvVar = setting(
    "PARTNERCTL_SANDBOX",
    Some("--sandbox"),
    "sandbox",
    "1 or true: create the data dir as a sandbox",
);
pub const OUTPUT: EnvVar = setting(
    "PARTNERCTL_OUTPUT",
    Some("--output"),
    "output",
    "the output format: table, json, yaml, ndjson, tsv or auto",
);
pub const COLOR: EnvVar = setting(
    "PARTNERCTL_COLOR",
    Some("--color"),
    "color",
    "auto, always or never",
);
pub const NO_COLOR: EnvVar = var(
    "NO_COLOR",
    "set and not empty: no colour (unless --color or PARTNERCTL_COLOR say otherwise)",
);
pub const CLICOLOR_FORCE: EnvVar = var(
    "CLICOLOR_FORCE",
    "set and not 0: colour even when not on a terminal (over NO_COLOR; --color and PARTNERCTL_COLOR win)",
);
pub const FORCE_COLOR: EnvVar = var("FORCE_COLOR", "set and not 0 or false: as CLICOLOR_FORCE");
pub const KEYRING: EnvVar = setting(
    "PARTNERCTL_KEYRING",
    None,
    "keyring",
    "off: keep the session in the private fallback file, never the OS keyring",
);
pub const TOKEN: EnvVar = var(
    "PARTNERCTL_TOKEN",
    "an access token to use instead of the stored session (CI)",
);
pub const TOKEN_FILE: EnvVar = setting(
    "PARTNERCTL_TOKEN_FILE",
    Some("--token-file"),
    "token-file",
    "a file whose first line is the access token to use (CI)",
);
pub const NOW: EnvVar = var(
    "PARTNERCTL_NOW",
    "the embedded backend's current time, RFC 3339 (rehearsing renewals)",
);
pub const FORCE_TTY: EnvVar = var(
    "PARTNERCTL_FORCE_TTY",
    "1: behave as if stdout and stdin were a terminal (tables, prompts)",
);
pub const COLUMNS: EnvVar = var(
    "COLUMNS",
    "the width tables are fitted to on a terminal [default: the terminal's width]",
);
pub const BACKEND: EnvVar = EnvVar {
    name: "PARTNERCTL_BACKEND",
    meaning: "the URL of a `partnerctl serve`, or `partner-center`, to use instead of the data dir",
    flag: Some("--backend"),
    config_key: None,
};
pub const PARTNER_CENTER_URL: EnvVar = var(
    "PARTNERCTL_PARTNER_CENTER_URL",
    "with --backend partner-center: the API [default: https://api.partnercenter.microsoft.com]",
);
pub const AUTHORITY: EnvVar = var(
    "PARTNERCTL_AUTHORITY",
    "with --backend partner-center: the sign-in authority [default: https://login.microsoftonline.com]",
);
pub const SCOPE: EnvVar = var(
    "PARTNERCTL_SCOPE",
    "with --backend partner-center: the scope asked for [default: https://api.partnercenter.microsoft.com/user_impersonation]",
);
pub const TENANT: EnvVar = EnvVar {
    name: "PARTNERCTL_TENANT",
    meaning: "with --backend partner-center: the tenant to sign in at [default: organizations]",
    flag: Some("--tenant"),
    config_key: None,
};
pub const CLIENT_ID: EnvVar = EnvVar {
    name: "PARTNERCTL_CLIENT_ID",
    meaning: "with --backend partner-center: the application (client) id that signs in",
    flag: Some("--client-id"),
    config_key: None,
};
pub const CLIENT_SECRET: EnvVar = var(
    "PARTNERCTL_CLIENT_SECRET",
    "with --backend partner-center: the application's client secret (CI; or --client-secret-file)",
);
pub const CLIENT_CERTIFICATE: EnvVar = var(
    "PARTNERCTL_CLIENT_CERTIFICATE",
    "with --backend partner-center: the path of the application's key and certificate (PEM), for a client assertion (or --certificate-file)",
);
pub const REFRESH_TOKEN: EnvVar = var(
    "PARTNERCTL_REFRESH_TOKEN",
    "with --backend partner-center: a refresh token to exchange (Secure Application Model; or --refresh-token-file)",
);
pub const SERVE_CLIENT_SECRET: EnvVar = var(
    "PARTNERCTL_SERVE_CLIENT_SECRET",
    "partnerctl serve: the client secret of the applications registered with --app",
);
pub const SERVE_FAULTS: EnvVar = EnvVar {
    name: "PARTNERCTL_SERVE_FAULTS",
    meaning: "partnerctl serve, for testing clients only: faults to inject, e.g. share=0.2,kinds=500+503+reset+slow+429,seed=7",
    flag: Some("--inject-faults"),
    config_key: None,
};
pub const DATABASE_URL: EnvVar = EnvVar {
    name: "PARTNERCTL_DATABASE_URL",
    meaning: "partnerctl serve: a PostgreSQL database to serve instead of the data dir, postgres://USER@HOST:PORT/DB",
    flag: Some("--database"),
    config_key: None,
};
pub const DATABASE_PASSWORD: EnvVar = var(
    "PARTNERCTL_DATABASE_PASSWORD",
    "partnerctl serve: the PostgreSQL password (or --database-password-file, or PGPASSWORD)",
);
pub const PGPASSWORD: EnvVar = var(
    "PGPASSWORD",
    "partnerctl serve: the PostgreSQL password, as libpq reads it, when PARTNERCTL_DATABASE_PASSWORD is not set",
);
pub const SMTP_PASSWORD: EnvVar = var(
    "PARTNERCTL_SMTP_PASSWORD",
    "partnerctl serve: the password of --smtp-url's user (or --smtp-password-file)",
);
pub const KEY_FILE: EnvVar = EnvVar {
    name: "PARTNERCTL_KEY_FILE",
    meaning: "partnerctl serve: a file of 32 or more random bytes sealing mail and stored answers, the same for every instance on one database",
    flag: Some("--key-file"),
    config_key: None,
};
pub const LISTEN_FDS: EnvVar = var(
    "LISTEN_FDS",
    "partnerctl serve: 1 when a supervisor (systemd socket activation) passes the listening TCP socket as fd 3, served instead of --listen",
);
pub const LISTEN_PID: EnvVar = var(
    "LISTEN_PID",
    "partnerctl serve: the process LISTEN_FDS is meant for; when set to another process's id, LISTEN_FDS is ignored",
);
pub const DNS_SERVER: EnvVar = var(
    "PARTNERCTL_DNS_SERVER",
    "the name server that verifies custom domains' TXT records, ADDRESS[:PORT] [default: the first nameserver of /etc/resolv.conf]",
);
pub const XDG_CONFIG_HOME: EnvVar = var(
    "XDG_CONFIG_HOME",
    "where the config file and the credentials fallback file live [default: ~/.config]",
);
pub const XDG_DATA_HOME: EnvVar = var(
    "XDG_DATA_HOME",
    "where the default data dir lives [default: ~/.local/share]",
);

/// Every variable, in the order they are documented.
pub const ALL: &[EnvVar] = &[
    CONFIG,
    DATA_DIR,
    SANDBOX,
    OUTPUT,
    COLOR,
    NO_COLOR,
    CLICOLOR_FORCE,
    FORCE_COLOR,
    KEYRING,
    TOKEN,
    TOKEN_FILE,
    NOW,
    FORCE_TTY,
    COLUMNS,
    BACKEND,
    PARTNER_CENTER_URL,
    AUTHORITY,
    SCOPE,
    TENANT,
    CLIENT_ID,
    CLIENT_SECRET,
    CLIENT_CERTIFICATE,
    REFRESH_TOKEN,
    SERVE_CLIENT_SECRET,
    SERVE_FAULTS,
    DATABASE_URL,
    DATABASE_PASSWORD,
    PGPASSWORD,
    SMTP_PASSWORD,
    KEY_FILE,
    LISTEN_FDS,
    LISTEN_PID,
    DNS_SERVER,
    XDG_CONFIG_HOME,
    XDG_DATA_HOME,
];

/// `1`, `true`, `yes`, `on` and `0`, `false`, `no`, `off`, in any case.
pub fn parse_bool(value: &str) -> Option<bool> {
    match value.trim().to_ascii_lowercase().as_str() {
        "1" | "true" | "yes" | "on" => Some(true),
        "0" | "false" | "no" | "off" => Some(false),
        _ => None,
    }
}

/// The `Environment:` section of `--help`, `width` columns wide: each meaning wraps under
/// itself (a hanging indent); on a narrow terminal it goes under its name.
pub fn help(width: usize) -> String {
    let names = ALL.iter().map(|v| v.name.len()).max().unwrap_or(0);
    let indent = 2 + names + 2;
    let mut out = String::from("Environment:\n");
    for v in ALL {
        if width >= indent + 30 {
            let lines = wrap_words(v.meaning, width - indent);
            for (i, line) in lines.iter().enumerate() {
                match i {
                    0 => out += &format!("  {:names$}  {line}\n", v.name),
                    _ => out += &format!("{:indent$}{line}\n", ""),
                }
            }
        } else {
            out += &format!("  {}\n", v.name);
            for line in wrap_words(v.meaning, width.saturating_sub(6).max(20)) {
                out += &format!("      {line}\n");
            }
        }
    }
    out
}

/// `text` in lines of at most `width` characters, broken at spaces (a longer word stands alone).
fn wrap_words(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line += word;
    }
    lines.push(line);
    lines
}

/// The README's table (Markdown).
pub fn markdown_table() -> String {
    let mut out = String::from("| variable | flag | config key | meaning |\n|---|---|---|---|\n");
    let code = |s: Option<&str>| s.map_or(String::new(), |s| format!("`{s}`"));
    for v in ALL {
        out += &format!(
            "| `{}` | {} | {} | {} |\n",
            v.name,
            code(v.flag),
            code(v.config_key),
            v.meaning.replace('|', "\\|")
        );
    }
    out
}

/// Whether the environment forces colour (`CLICOLOR_FORCE`, `FORCE_COLOR`).
pub fn color_forced() -> bool {
    [CLICOLOR_FORCE, FORCE_COLOR]
        .iter()
        .any(|v| v.get().is_some_and(|v| parse_bool(&v) != Some(false)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique() {
        let mut names: Vec<&str> = ALL.iter().map(|v| v.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), ALL.len());
    }

    #[test]
    fn help_wraps_each_meaning_under_itself() {
        let help = help(80);
        // Only a word longer than the room (a URL) goes past the width, alone on its line.
        assert!(
            help.lines()
                .all(|l| l.chars().count() <= 80 || l.split_whitespace().count() == 1),
            "{help}"
        );
        let indent = 2 + ALL.iter().map(|v| v.name.len()).max().unwrap() + 2;
        let lines: Vec<&str> = help.lines().collect();
        let at = lines
            .iter()
            .position(|l| l.starts_with("  PARTNERCTL_SCOPE "))
            .unwrap();
        // Its meaning goes on under itself, not from the left edge.
        assert!(lines[at + 1].starts_with(&" ".repeat(indent)), "{help}");
        assert!(!lines[at + 1][indent..].starts_with(' '), "{help}");
        // Narrow: under the name.
        let narrow = super::help(40);
        assert!(
            narrow
                .lines()
                .all(|l| l.chars().count() <= 40 || l.split_whitespace().count() == 1),
            "{narrow}"
        );
        assert!(
            narrow.contains("\n  PARTNERCTL_CONFIG\n      the config file"),
            "{narrow}"
        );
    }

    #[test]
    fn booleans() {
        assert_eq!(parse_bool("TRUE"), Some(true));
        assert_eq!(parse_bool(" off "), Some(false));
        assert_eq!(parse_bool("maybe"), None);
    }
}
