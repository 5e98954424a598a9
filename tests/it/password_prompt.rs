//! The first sign-in with a temporary password on a terminal: `login` asks for the current
//! password and then for a new one twice, none of them echoed. The terminal is a real
//! pseudo-terminal, made by util-linux's `script`.

use crate::common;
use common::{json, Home};
use std::io::{Read, Write};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::time::Duration;

/// `partnerctl ARGS` on a pseudo-terminal; `None` (after one line saying how to run it) where
/// `script` is missing, except under `CI=true`, where that fails.
#[allow(clippy::disallowed_methods)] // CI is the test's own switch, not the tool's.
fn on_a_terminal(home: &Home, args: &str) -> Option<(Child, Receiver<Vec<u8>>)> {
    if Command::new("script").arg("--version").output().is_err() {
        assert_ne!(
            std::env::var("CI").as_deref(),
            Ok("true"),
            "CI needs util-linux's `script` for the terminal tests"
        );
        eprintln!("skipped: needs util-linux's `script` (apt-get install bsdutils)");
        return None;
    }
    let bin = env!("CARGO_BIN_EXE_partnerctl");
    let mut child = Command::new("script")
        .args(["-qefc", &format!("{bin} {args}"), "/dev/null"])
        .env_clear()
        .env("PATH", "/usr/bin:/bin")
        .env("TERM", "dumb")
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .env("XDG_DATA_HOME", home.path().join("share"))
        .env("PARTNERCTL_KEYRING", "off")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = child.stdout.take().unwrap();
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = out.read(&mut buf) {
            if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    Some((child, rx))
}

/// Reads the terminal into `seen` until it shows `text` (after what was seen before), then
/// waits as a person would before typing: a prompt is printed just before echo is turned off,
/// and what arrives before that is echoed by the terminal itself.
fn wait_for(rx: &Receiver<Vec<u8>>, seen: &mut String, text: &str) {
    let start = seen.len();
    while !seen[start..].contains(text) {
        // A guard against a hang, not a measure of speed.
        match rx.recv_timeout(Duration::from_secs(60)) {
            Ok(bytes) => seen.push_str(&String::from_utf8_lossy(&bytes)),
            Err(_) => panic!("the terminal never showed {text:?}; it showed:\n{seen}"),
        }
    }
    std::thread::sleep(Duration::from_millis(300));
}

/// `login` on a terminal as the Global admin with the `temporary` password, answering `new`
/// and `again` to the two prompts for a new one, read until `last` shows: how it exited and
/// all the terminal showed (`None` where there is no terminal to run it on).
fn change_on_a_terminal(
    home: &Home,
    temporary: &str,
    new: &str,
    again: &str,
    last: &str,
) -> Option<(std::process::ExitStatus, String)> {
    let upn = "admin@contoso.onmicrosoft.com";
    let (mut child, rx) = on_a_terminal(home, &format!("login --username {upn}"))?;
    let mut stdin = child.stdin.take().unwrap();
    let mut seen = String::new();
    wait_for(&rx, &mut seen, "Password for");
    write!(stdin, "{temporary}\r").unwrap();
    wait_for(&rx, &mut seen, "New password: ");
    write!(stdin, "{new}\r").unwrap();
    wait_for(&rx, &mut seen, "New password again: ");
    write!(stdin, "{again}\r").unwrap();
    wait_for(&rx, &mut seen, last);
    drop(stdin);
    Some((child.wait().unwrap(), seen))
}

#[test]
fn the_new_password_is_asked_twice_without_echo() {
    let home = Home::new();
    let temporary = home.create_tenant();
    let upn = "admin@contoso.onmicrosoft.com";
    let chosen = "Correct-Horse-9";
    let Some((status, seen)) =
        change_on_a_terminal(&home, &temporary, chosen, chosen, "signed in as")
    else {
        return;
    };
    assert!(seen.contains("is temporary: choose a new one"), "{seen}");
    assert!(status.success(), "{seen}");
    assert!(
        !seen.contains(&temporary),
        "the password was echoed:\n{seen}"
    );
    assert!(
        !seen.contains(chosen),
        "the new password was echoed:\n{seen}"
    );
    let me = json(&home.ok(&["whoami"]));
    assert_eq!(me["user"]["userPrincipalName"], upn);
    // The new password is the one now.
    let out = home.login(home.cmd(), upn, chosen);
    assert!(out.status.success());
}

#[test]
fn two_different_new_passwords_change_nothing() {
    let home = Home::new();
    let temporary = home.create_tenant();
    let upn = "admin@contoso.onmicrosoft.com";
    let Some((status, seen)) = change_on_a_terminal(
        &home,
        &temporary,
        "Correct-Horse-9",
        "Correct-Horse-8",
        "differ",
    ) else {
        return;
    };
    assert_eq!(status.code(), Some(2), "{seen}");
    // Still temporary: the sign-in with it is still refused for a change.
    let refused = home
        .cmd()
        .args(["login", "--username", upn, "--password-stdin"])
        .write_stdin(format!("{temporary}\n"))
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(4));
    assert!(common::stderr(&refused).contains("--new-password-stdin"));
}
