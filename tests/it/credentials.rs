//! Credentials through the real binary: no OS keyring, `auth status`, token files and
//! `PARTNERCTL_TOKEN`. Secrets never show.

use crate::common;
use common::{json, stderr, Home};
use std::time::{Duration, Instant};

/// The access token of the stored session, read from the fallback file.
fn stored_access_token(home: &Home) -> String {
    let all = json(&std::fs::read_to_string(home.credentials_file()).unwrap());
    let (_, session) = all.as_object().unwrap().iter().next().unwrap();
    session["accessToken"].as_str().unwrap().to_string()
}

/// With no keyring to talk to (no session bus, as on a headless server), signing in finishes
/// within 5 seconds, stores the session in the private fallback file, and says so.
#[cfg(target_os = "linux")]
#[test]
fn without_a_keyring_the_session_goes_to_the_fallback_file_quickly() {
    let home = Home::new();
    let password = home.create_tenant();
    let mut cmd = home.bare(); // No PARTNERCTL_KEYRING: the keyring is tried.
    cmd.env(
        "DBUS_SESSION_BUS_ADDRESS",
        "unix:path=/nonexistent/partnerctl-test-bus",
    );
    let started = Instant::now();
    let out = home.login(cmd, "admin@contoso.onmicrosoft.com", &password);
    let took = started.elapsed();
    assert!(took < Duration::from_secs(5), "login took {took:?}");
    let err = stderr(&out);
    let file = home.credentials_file();
    assert!(
        err.contains(&format!(
            "warning: no OS keyring available; session stored in {} (readable only by you)",
            file.display()
        )),
        "{err}"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    // The next command finds the session there without waiting for the keyring again.
    let started = Instant::now();
    let me = home
        .bare()
        .env(
            "DBUS_SESSION_BUS_ADDRESS",
            "unix:path=/nonexistent/partnerctl-test-bus",
        )
        .args(["whoami", "--jq", ".user.userPrincipalName"])
        .output()
        .unwrap();
    assert!(me.status.success(), "{}", stderr(&me));
    assert_eq!(
        String::from_utf8_lossy(&me.stdout).trim(),
        "admin@contoso.onmicrosoft.com"
    );
    assert!(started.elapsed() < Duration::from_secs(5));
}

/// A session bus that accepts connections and never answers, like a hung Secret Service:
/// the keyring times out, and the session still goes to the fallback file within 5 seconds.
#[cfg(target_os = "linux")]
#[test]
fn a_hung_keyring_times_out_to_the_fallback_file() {
    use std::os::unix::net::UnixListener;
    let home = Home::new();
    let password = home.create_tenant();
    let socket = home.path().join("bus");
    let listener = UnixListener::bind(&socket).unwrap();
    std::thread::spawn(move || {
        // Hold every connection open, silently.
        let mut held = Vec::new();
        for connection in listener.incoming() {
            held.push(connection);
        }
    });
    let mut cmd = home.bare();
    cmd.env(
        "DBUS_SESSION_BUS_ADDRESS",
        format!("unix:path={}", socket.display()),
    );
    let started = Instant::now();
    let out = home.login(cmd, "admin@contoso.onmicrosoft.com", &password);
    let took = started.elapsed();
    assert!(took < Duration::from_secs(5), "login took {took:?}");
    let err = stderr(&out);
    assert!(
        err.contains("warning: no OS keyring available; session stored in"),
        "{err}"
    );
    assert!(home.credentials_file().exists());
}

#[test]
fn auth_status_says_where_the_session_is_and_never_shows_it() {
    let home = Home::new();
    let status = json(&home.fails_with_stdout(&["auth", "status"], 4));
    assert_eq!(status["signedIn"], false);
    assert_eq!(status["credential"], "none");

    home.signed_in();
    let token = stored_access_token(&home);
    let out = home.ok(&["auth", "status"]);
    let status = json(&out);
    assert_eq!(status["signedIn"], true);
    assert_eq!(status["credential"], "file");
    assert_eq!(status["state"], "valid");
    assert_eq!(status["userPrincipalName"], "admin@contoso.onmicrosoft.com");
    assert!(status["location"]
        .as_str()
        .unwrap()
        .starts_with(home.credentials_file().to_str().unwrap()));
    assert!(status["expiresAt"].is_string() && status["refreshExpiresAt"].is_string());
    assert!(!out.contains(&token), "the token is shown: {out}");

    // Two hours later the access token expired, and it can still be refreshed.
    let later = home
        .cmd()
        .env(
            "PARTNERCTL_NOW",
            (jiff::Timestamp::now() + jiff::SignedDuration::from_hours(2)).to_string(),
        )
        .args(["auth", "status", "--jq", ".state"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&later.stdout).trim(), "refreshable");
}

#[test]
fn a_token_file_for_ci() {
    let home = Home::new();
    home.signed_in();
    let token = stored_access_token(&home);
    let token_file = home.path().join("ci-token");
    std::fs::write(&token_file, format!("{token}\n")).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&token_file, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    // Forget the stored session (without signing out on the backend): only the file is left.
    std::fs::remove_file(home.credentials_file()).unwrap();
    home.fails(&["whoami"], 4);

    let tf = token_file.to_str().unwrap();
    let me = home.ok(&[
        "whoami",
        "--token-file",
        tf,
        "--jq",
        ".user.userPrincipalName",
    ]);
    assert_eq!(me.trim(), "admin@contoso.onmicrosoft.com");
    let out = home.run(&["auth", "status", "--token-file", tf]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout.clone()).unwrap();
    let status = json(&text);
    assert_eq!(status["credential"], "tokenFile");
    assert_eq!(
        status["location"],
        format!("token file {tf} (flag --token-file)")
    );
    assert!(!text.contains(&token) && !stderr(&out).contains(&token));
    assert!(
        !stderr(&out).contains("warning"),
        "a private file is not warned about"
    );

    // The same from the environment, and PARTNERCTL_TOKEN.
    let by_env = home
        .cmd()
        .env("PARTNERCTL_TOKEN_FILE", tf)
        .args(["auth", "status", "--jq", ".location"])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&by_env.stdout).trim(),
        format!("token file {tf} (env PARTNERCTL_TOKEN_FILE)")
    );
    let by_token = home
        .cmd()
        .env("PARTNERCTL_TOKEN", &token)
        .args(["auth", "status", "--jq", ".credential"])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&by_token.stdout).trim(),
        "environment"
    );

    // A token the backend does not know.
    std::fs::write(&token_file, "forged\n").unwrap();
    let err = home.fails(&["whoami", "--token-file", tf], 4);
    assert!(
        err.contains("does not accept the token from the token file"),
        "{err}"
    );
    let empty = home.path().join("empty");
    std::fs::write(&empty, "\n").unwrap();
    let err = home.fails(&["whoami", "--token-file", empty.to_str().unwrap()], 2);
    assert!(err.contains("is empty"), "{err}");
}
