//! The real binary in a clean environment: a temporary home with its own config and data
//! dirs, and no OS keyring unless a test asks for one.

use assert_cmd::Command;
use std::path::{Path, PathBuf};
use std::process::Output;

pub struct Home {
    pub dir: tempfile::TempDir,
}

impl Home {
    pub fn new() -> Home {
        Home {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn config_file(&self) -> PathBuf {
        self.path().join("config/partnerctl/config.yaml")
    }

    pub fn credentials_file(&self) -> PathBuf {
        self.path().join("config/partnerctl/credentials.json")
    }

    /// The default data dir (under `XDG_DATA_HOME`).
    pub fn data_dir(&self) -> PathBuf {
        self.path().join("share/partnerctl")
    }

    /// `partnerctl` with only HOME and the XDG dirs set, and the keyring off.
    pub fn cmd(&self) -> Command {
        let mut c = self.bare();
        c.env("PARTNERCTL_KEYRING", "off");
        c
    }

    /// `partnerctl` with only HOME and the XDG dirs set.
    pub fn bare(&self) -> Command {
        let mut c = Command::cargo_bin("partnerctl").unwrap();
        c.env_clear()
            .env("HOME", self.path())
            .env("XDG_CONFIG_HOME", self.path().join("config"))
            .env("XDG_DATA_HOME", self.path().join("share"));
        c
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.cmd().args(args).output().unwrap()
    }

    /// Runs, expects success, returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "partnerctl {args:?} failed ({:?}):\n{}",
            out.status.code(),
            stderr(&out)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// `tenant create --domain-prefix contoso`: the Global admin's temporary password.
    pub fn create_tenant(&self) -> String {
        self.create_tenant_with(&[])
    }

    /// [`Home::create_tenant`] with global options before the command (`--sandbox`).
    pub fn create_tenant_with(&self, global: &[&str]) -> String {
        let args = [
            "tenant",
            "create",
            "--domain-prefix",
            "contoso",
            "--jq",
            ".temporaryPassword",
        ];
        let all: Vec<&str> = global.iter().chain(&args).copied().collect();
        self.ok(&all).trim().to_string()
    }

    /// Runs, expects exit `code`, returns stderr.
    pub fn fails(&self, args: &[&str], code: i32) -> String {
        let out = self.run(args);
        assert_eq!(
            out.status.code(),
            Some(code),
            "partnerctl {args:?}: expected exit {code}; stdout:\n{}\nstderr:\n{}",
            String::from_utf8_lossy(&out.stdout),
            stderr(&out)
        );
        stderr(&out)
    }

    /// Runs, expects exit `code`, returns stdout.
    pub fn fails_with_stdout(&self, args: &[&str], code: i32) -> String {
        let out = self.run(args);
        assert_eq!(out.status.code(), Some(code), "{}", stderr(&out));
        String::from_utf8(out.stdout).unwrap()
    }

    /// Creates a tenant in the default data dir, its Global admin's password chosen at once,
    /// and signs in as them; returns the admin's userPrincipalName and password.
    pub fn signed_in(&self) -> (String, String) {
        let password = "Contoso-Admin-1".to_string();
        let out = self
            .cmd()
            .args([
                "tenant",
                "create",
                "--domain-prefix",
                "contoso",
                "--password-stdin",
            ])
            .write_stdin(format!("{password}\n"))
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "tenant create failed: {}",
            stderr(&out)
        );
        let upn = "admin@contoso.onmicrosoft.com".to_string();
        self.login(self.cmd(), &upn, &password);
        (upn, password)
    }

    /// Signs in with `password`; if it is a temporary one, it becomes `Chosen-PASSWORD` (the
    /// first sign-in's change).
    pub fn login(&self, mut cmd: Command, upn: &str, password: &str) -> Output {
        let out = cmd
            .args(["login", "--username", upn, "--password-stdin"])
            .arg("--new-password-stdin")
            .write_stdin(format!("{password}\nChosen-{password}\n"))
            .output()
            .unwrap();
        assert!(out.status.success(), "login failed: {}", stderr(&out));
        out
    }
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).to_string()
}

pub fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}):\n{text}"))
}
