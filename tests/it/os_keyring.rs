//! The OS keyring on Linux through the real binary: a private session bus (`dbus-daemon`)
//! with a real Secret Service on it (`gnome-keyring-daemon`, its login keyring unlocked).
//! Skipped with one line where either program is missing (Debian: `dbus-daemon`,
//! `gnome-keyring`; `.ci/run` installs them).

use crate::common;
use common::{json, stderr, Home};
use std::io::{BufRead, BufReader, Write};
use std::process::{Child, Command, Stdio};

/// A session bus and a Secret Service for one test, stopped when dropped.
struct SecretService {
    bus: Child,
    keyring: Child,
    address: String,
}

impl SecretService {
    /// `None` (after saying so) where the programs are not installed.
    fn start(home: &Home) -> Option<SecretService> {
        for program in ["dbus-daemon", "gnome-keyring-daemon"] {
            if Command::new(program).arg("--version").output().is_err() {
                common::smtp::missing(&format!(
                    "{program} (Debian: dbus-daemon, dbus-bin, gnome-keyring)"
                ));
                return None;
            }
        }
        let mut bus = Command::new("dbus-daemon")
            .args(["--session", "--nofork", "--nopidfile", "--print-address=1"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut address = String::new();
        BufReader::new(bus.stdout.take().unwrap())
            .read_line(&mut address)
            .unwrap();
        let address = address.trim().to_string();
        let runtime = home.path().join("run");
        std::fs::create_dir_all(&runtime).unwrap();
        // `--unlock` reads the login keyring's password from standard input and creates
        // the keyring unlocked; `--foreground` keeps it our child, to stop.
        let mut keyring = Command::new("gnome-keyring-daemon")
            .args(["--foreground", "--unlock", "--components=secrets"])
            .env_clear()
            .env("HOME", home.path())
            .env("XDG_DATA_HOME", home.path().join("share"))
            .env("XDG_RUNTIME_DIR", &runtime)
            .env("DBUS_SESSION_BUS_ADDRESS", &address)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut stdin = keyring.stdin.take().unwrap();
        stdin.write_all(b"login keyring password").unwrap();
        drop(stdin);
        let service = SecretService {
            bus,
            keyring,
            address,
        };
        service.wait_until_served();
        Some(service)
    }

    /// Waits until the Secret Service owns its name on the bus.
    fn wait_until_served(&self) {
        for _ in 0..100 {
            let owner = Command::new("dbus-send")
                .args([
                    &format!("--bus={}", self.address),
                    "--print-reply",
                    "--dest=org.freedesktop.DBus",
                    "/org/freedesktop/DBus",
                    "org.freedesktop.DBus.NameHasOwner",
                    "string:org.freedesktop.secrets",
                ])
                .output();
            match owner {
                Ok(out) if String::from_utf8_lossy(&out.stdout).contains("boolean true") => return,
                Ok(_) => std::thread::sleep(std::time::Duration::from_millis(50)),
                // No dbus-send: give the daemon a moment instead.
                Err(_) => return std::thread::sleep(std::time::Duration::from_secs(1)),
            }
        }
        panic!("the Secret Service did not come up on {}", self.address);
    }

    fn command(&self, home: &Home) -> assert_cmd::Command {
        let mut cmd = home.bare();
        cmd.env("DBUS_SESSION_BUS_ADDRESS", &self.address);
        cmd
    }
}

impl Drop for SecretService {
    fn drop(&mut self) {
        let _ = self.keyring.kill();
        let _ = self.keyring.wait();
        let _ = self.bus.kill();
        let _ = self.bus.wait();
    }
}

/// Signing in keeps the session in the Secret Service, not the fallback file; the next
/// command finds it there; signing out removes it.
#[test]
fn the_session_goes_to_the_secret_service_and_leaves_with_logout() {
    let home = Home::new();
    let Some(service) = SecretService::start(&home) else {
        return;
    };
    let password = home.create_tenant();
    let out = home.login(
        service.command(&home),
        "admin@contoso.onmicrosoft.com",
        &password,
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!stderr(&out).contains("no OS keyring"), "{}", stderr(&out));
    assert!(
        !home.credentials_file().exists(),
        "the session went to the file"
    );

    let status = service
        .command(&home)
        .args(["auth", "status"])
        .output()
        .unwrap();
    assert!(status.status.success(), "{}", stderr(&status));
    let status = json(&String::from_utf8_lossy(&status.stdout));
    assert_eq!(status["credential"], "keyring");
    assert_eq!(status["userPrincipalName"], "admin@contoso.onmicrosoft.com");

    let out = service.command(&home).arg("logout").output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let status = service
        .command(&home)
        .args(["auth", "status", "--jq", ".credential"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&status.stdout).trim(), "none");
}
