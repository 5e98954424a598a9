//! `--backend partner-center` end to end, against a `partnerctl serve` standing in for both
//! Partner Center's API and its Azure AD authority (loopback only): device-code sign-in,
//! profiles with etags, role grant and revoke through `usermembers`, commands refused before
//! any request, refresh before expiry, and "sign in again" once the refresh token expired.

use crate::common;

use common::{clean, enroll, ok_json, partnerctl, sign_in, Server};
use serde_json::Value;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::str::FromStr;
use std::sync::mpsc;
use std::time::{Duration, Instant};

const T0: &str = "2026-11-24T09:00:00Z";

/// The binary against the real-service path, pointed at `server` for API and authority.
fn pc(home: &Path, server: &Server, now: &str) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_partnerctl"));
    clean(&mut c, home);
    c.env("PARTNERCTL_BACKEND", "partner-center")
        .env("PARTNERCTL_PARTNER_CENTER_URL", &server.url)
        .env("PARTNERCTL_AUTHORITY", &server.url)
        .env(
            "PARTNERCTL_CLIENT_ID",
            "11111111-2222-3333-4444-555555555555",
        )
        .env("PARTNERCTL_NOW", now)
        .args(["-o", "json"])
        .stdin(Stdio::null());
    c
}

fn run(c: &mut Command) -> (i32, String, String) {
    let out = c.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

/// A `login --device-code` waiting for its code to be approved, declined or to expire.
struct DeviceLogin {
    child: Child,
    stderr: std::thread::JoinHandle<String>,
    user_code: String,
}

impl DeviceLogin {
    /// Starts the login and reads the code and URL it shows.
    fn start(home: &Path, server: &Server, now: &str, tenant: &str) -> DeviceLogin {
        let mut child = pc(home, server, now)
            .args(["login", "--device-code", "--tenant", tenant])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stderr = child.stderr.take().unwrap();
        let (tx, rx) = mpsc::channel();
        let stderr = std::thread::spawn(move || {
            let mut all = String::new();
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Some((uri, code)) = line
                    .strip_prefix("To sign in, open ")
                    .and_then(|rest| rest.split_once(" and enter the code "))
                {
                    let _ = tx.send((uri.to_string(), code.trim().to_string()));
                }
                all += &line;
                all.push('\n');
            }
            all
        });
        let (uri, user_code) = match rx.recv_timeout(Duration::from_secs(30)) {
            Ok(shown) => shown,
            Err(_) => {
                let _ = child.kill();
                let _ = child.wait();
                panic!("login shows no code:\n{}", stderr.join().unwrap());
            }
        };
        assert_eq!(uri, format!("{}/devicelogin", server.url));
        DeviceLogin {
            child,
            stderr,
            user_code,
        }
    }

    /// `POST /devicelogin` with the code and these fields.
    fn answer(&self, server: &Server, fields: &[(&str, &str)]) -> common::Answer {
        let form = form_urlencoded::Serializer::new(String::new())
            .append_pair("user_code", &self.user_code)
            .extend_pairs(fields)
            .finish();
        common::http(
            &server.addr(),
            "POST",
            "/devicelogin",
            &[("Content-Type", "application/x-www-form-urlencoded")],
            form.as_bytes(),
        )
    }

    /// The exit code and stderr; the login is killed if it has not ended within 30 s.
    fn finish(mut self) -> (i32, String) {
        let deadline = Instant::now() + Duration::from_secs(30);
        let status = loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                break status;
            }
            if Instant::now() >= deadline {
                let _ = self.child.kill();
                let _ = self.child.wait();
                panic!("login did not end:\n{}", self.stderr.join().unwrap());
            }
            std::thread::sleep(Duration::from_millis(50));
        };
        (status.code().unwrap_or(-1), self.stderr.join().unwrap())
    }
}

/// `login --device-code`, approved on the server's device-login endpoint as `upn`.
fn device_login(home: &Path, server: &Server, now: &str, upn: &str, password: &str) -> String {
    let tenant = upn.rsplit('@').next().unwrap();
    let login = DeviceLogin::start(home, server, now, tenant);
    let a = login.answer(server, &[("username", upn), ("password", password)]);
    assert_eq!(a.status, 200, "{}", String::from_utf8_lossy(&a.body));
    assert_eq!(a.json()["approved"], true);
    let (code, err) = login.finish();
    assert_eq!(code, 0, "login failed:\n{err}");
    err
}

/// Requests the server logged so far (one line each with -v).
fn requests(server: &Server) -> usize {
    server
        .log()
        .lines()
        .filter(|l| l.starts_with("GET ") || l.starts_with("POST ") || l.starts_with("PUT "))
        .count()
}

#[test]
fn device_code_profiles_roles_and_portal_only_commands() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let server = Server::start(h, &h.join("srv"), T0, &["--sandbox"]);
    let (upn, password) = enroll(h, &server.url, T0, "contoso-us.yaml");

    let err = device_login(h, &server, T0, &upn, &password);
    assert!(err.contains("signed in to Partner Center"), "{err}");

    // Profiles through Partner Center's endpoints.
    let org = ok_json(pc(h, &server, T0).args(["account", "profile", "organization"]));
    assert_eq!(org["profileType"], "OrganizationProfile");
    let legal = ok_json(pc(h, &server, T0).args(["account", "profile", "legal"]));
    let etag = legal["attributes"]["etag"].as_str().unwrap().to_string();
    let file = h.join("legal.yaml");
    std::fs::write(
        &file,
        "kind: location\nlegalBusinessProfile:\n  companyName: Contoso Holdings\n  address:\n    \
         addressLine1: One Microsoft Way\n    city: Redmond\n    state: WA\n    postalCode: \"98052\"\n    \
         country: US\n  primaryContact:\n    firstName: Mei\n    lastName: Chen\n    \
         email: mei.chen@contoso.com\n    phoneNumber: \"+1 425 555 0100\"\n",
    )
    .unwrap();
    let file = file.display().to_string();
    let updated = ok_json(pc(h, &server, T0).args(["account", "update", "-f", &file]));
    assert_eq!(updated["companyName"], "Contoso Holdings");
    assert_ne!(updated["attributes"]["etag"], etag.as_str());
    // The etag read before the first change is stale now.
    let (code, _, err) =
        run(pc(h, &server, T0).args(["account", "update", "-f", &file, "--if-match", &etag]));
    assert_eq!(code, 5, "{err}");

    // A user to grant a role to (adding users is done in the portal, here on the backend).
    let token = sign_in(&server.addr(), &upn, &password);
    let ana = ok_json(
        partnerctl(h, &server.url, T0)
            .env("PARTNERCTL_TOKEN", &token)
            .args([
                "users",
                "add",
                "--email",
                "ana@contoso.com",
                "--first-name",
                "Ana",
                "--last-name",
                "Ito",
            ]),
    )["user"]["userPrincipalName"]
        .as_str()
        .unwrap()
        .to_string();
    let members = |home: &Path| -> Vec<Value> {
        ok_json(pc(home, &server, T0).args(["roles", "members", "admin-agent"]))
            .as_array()
            .unwrap()
            .clone()
    };
    let granted = ok_json(pc(h, &server, T0).args(["users", "grant", "admin-agent", &ana]));
    assert_eq!(granted["userPrincipalName"], ana.as_str());
    assert!(members(h)
        .iter()
        .any(|m| m["userPrincipalName"] == ana.as_str()));
    ok_json(pc(h, &server, T0).args(["--yes", "users", "revoke", "admin-agent", &ana]));
    assert!(!members(h)
        .iter()
        .any(|m| m["userPrincipalName"] == ana.as_str()));

    // What only the portal does is refused before any request.
    let before = requests(&server);
    for args in [
        &["benefits", "list"][..],
        &["membership", "show"],
        &["account", "create", "-f", "x.yaml", "--accept-agreement"],
        &["users", "remove", "x@contoso.com", "--yes"],
    ] {
        let (code, out, err) = run(pc(h, &server, T0).args(args));
        assert_eq!(code, 6, "{args:?}: {err}");
        assert!(out.is_empty());
        assert!(
            err.contains("not available through Partner Center's public API"),
            "{err}"
        );
        assert!(
            err.contains("https://partner.microsoft.com/dashboard"),
            "{err}"
        );
    }
    assert_eq!(requests(&server), before, "{}", server.log());
}

#[test]
fn tokens_refresh_before_expiry_and_an_expired_session_means_signing_in_again() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let server = Server::start(h, &h.join("srv"), T0, &["--sandbox"]);
    let (upn, password) = enroll(h, &server.url, T0, "contoso-us.yaml");
    device_login(h, &server, T0, &upn, &password);

    // The access token lasts an hour: two minutes before, it is refreshed first.
    let almost = "2026-11-24T09:58:00Z";
    let (code, _, err) = run(pc(h, &server, almost).args(["-v", "account", "profile", "mpn"]));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("(refreshed)"), "{err}");
    let (code, _, err) = run(pc(h, &server, almost).args(["-v", "account", "profile", "mpn"]));
    assert_eq!(code, 0, "{err}");
    assert!(!err.contains("(refreshed)"), "the new pair is kept: {err}");

    // The refresh token lasts 90 days.
    let (code, _, err) =
        run(pc(h, &server, "2027-03-01T09:00:00Z").args(["account", "profile", "mpn"]));
    assert_eq!(code, 4, "{err}");
    assert!(err.contains("sign in again"), "{err}");
    assert!(err.contains("login --device-code"), "{err}");
}

#[test]
fn client_credentials_and_the_secure_application_model() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let data = h.join("srv");
    let first = Server::start(h, &data, T0, &["--sandbox"]);
    let (upn, password) = enroll(h, &first.url, T0, "contoso-us.yaml");
    first.stop();

    let app = format!("ci-app={upn}");
    let secret = "s3cret-of-the-app";
    let server = Server::start_with(
        h,
        &data,
        T0,
        &["--app", &app],
        &[("PARTNERCTL_SERVE_CLIENT_SECRET", secret)],
    );
    let secret_file = h.join("secret");
    std::fs::write(&secret_file, format!("{secret}\n")).unwrap();
    let secret_file = secret_file.display().to_string();

    // A wrong secret is refused (exit 4); the right one signs in.
    let wrong = h.join("wrong");
    std::fs::write(&wrong, "nope\n").unwrap();
    let (code, _, err) = run(pc(h, &server, T0).args([
        "login",
        "--client-id",
        "ci-app",
        "--client-secret-file",
        &wrong.display().to_string(),
    ]));
    assert_eq!(code, 4, "{err}");
    let (code, _, err) = run(pc(h, &server, T0).args([
        "login",
        "--client-id",
        "ci-app",
        "--client-secret-file",
        &secret_file,
    ]));
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("signed in to Partner Center as app ci-app"),
        "{err}"
    );
    ok_json(pc(h, &server, T0).args(["account", "profile", "organization"]));

    // The Secure Application Model: a user's refresh token, exchanged with the app's secret
    // from the environment.
    let form = form_urlencoded::Serializer::new(String::new())
        .append_pair("grant_type", "password")
        .append_pair("username", &upn)
        .append_pair("password", &password)
        .finish();
    let a = common::http(
        &server.addr(),
        "POST",
        "/common/oauth2/token",
        &[("Content-Type", "application/x-www-form-urlencoded")],
        form.as_bytes(),
    );
    let refresh = a.json()["refresh_token"].as_str().unwrap().to_string();
    let (code, _, err) = run(pc(h, &server, T0)
        .env("PARTNERCTL_CLIENT_SECRET", secret)
        .env("PARTNERCTL_REFRESH_TOKEN", &refresh)
        .args(["login", "--client-id", "ci-app"]));
    assert_eq!(code, 0, "{err}");
    ok_json(pc(h, &server, T0).args(["account", "profile", "legal"]));
}

/// The code's fifteen minutes run on the server's clock: a `serve` restarted (on the same
/// socket) sixteen minutes on finds it expired, with no waiting.
#[test]
fn a_device_code_that_expires_before_approval_means_signing_in_again() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let data = h.join("srv");
    let server = Server::start(h, &data, T0, &["--sandbox"]);
    let (upn, password) = enroll(h, &server.url, T0, "contoso-us.yaml");
    let tenant = upn.rsplit('@').next().unwrap();
    let login = DeviceLogin::start(h, &server, T0, tenant);
    let listener = server.listener();
    server.stop();
    let server = Server::start_on(
        &listener,
        h,
        &data,
        "2026-11-24T09:16:00Z",
        &["--sandbox"],
        &[],
    );
    // Too late to approve, even with the right password, and the login gives up.
    let late = login.answer(&server, &[("username", &upn), ("password", &password)]);
    assert_eq!(late.status, 400, "{}", String::from_utf8_lossy(&late.body));
    let why = late.json()["description"].as_str().unwrap().to_string();
    assert!(why.contains("no sign-in is waiting for this code"), "{why}");
    let (code, err) = login.finish();
    assert_eq!(code, 4, "{err}");
    assert!(err.contains("the device code expired"), "{err}");
    assert!(err.contains("run the login again"), "{err}");
}

#[test]
fn a_declined_device_code_is_refused() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let server = Server::start(h, &h.join("srv"), T0, &["--sandbox"]);
    let (upn, _) = enroll(h, &server.url, T0, "contoso-us.yaml");
    let login = DeviceLogin::start(h, &server, T0, upn.rsplit('@').next().unwrap());
    let a = login.answer(&server, &[("decline", "true")]);
    assert_eq!(a.status, 200, "{}", String::from_utf8_lossy(&a.body));
    assert_eq!(a.json()["approved"], false);
    let (code, err) = login.finish();
    assert_eq!(code, 4, "{err}");
    assert!(err.contains("declined"), "{err}");
    // Nothing was kept.
    let (code, _, _) = run(pc(h, &server, T0).args(["account", "profile", "mpn"]));
    assert_eq!(code, 4);
}

#[test]
fn polling_faster_than_the_interval_is_told_to_slow_down() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let server = Server::start(h, &h.join("srv"), T0, &["--sandbox"]);
    let post =
        |path: &str, form: &[(&str, &str)]| common::post_form(&server.addr(), path, form).json();
    let started = post(
        "/common/oauth2/devicecode",
        &[("client_id", "app"), ("scope", "x")],
    );
    let device_code = started["device_code"].as_str().unwrap();
    let poll = [
        ("grant_type", "urn:ietf:params:oauth:grant-type:device_code"),
        ("client_id", "app"),
        ("device_code", device_code),
    ];
    assert_eq!(
        post("/common/oauth2/token", &poll)["error"],
        "authorization_pending"
    );
    assert_eq!(post("/common/oauth2/token", &poll)["error"], "slow_down");
}

/// `serve --device-code-lifetime SECS`: the lifetime told to the client, and kept on the
/// server's clock.
#[test]
fn the_device_code_lifetime_is_the_one_serve_is_given() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let data = h.join("srv");
    let lifetime = ["--device-code-lifetime", "120"];
    let form = |server: &Server, path: &str, fields: &[(&str, &str)]| {
        common::post_form(&server.addr(), path, fields)
    };
    let start = |server: &Server| {
        let a = form(server, "/common/oauth2/devicecode", &[("client_id", "app")]);
        assert_eq!(a.json()["expires_in"], 120);
        a.json()["user_code"].as_str().unwrap().to_string()
    };
    let decline = |server: &Server, code: &str| {
        form(
            server,
            "/devicelogin",
            &[("user_code", code), ("decline", "true")],
        )
        .status
    };
    // A code asked for at 09:00 still waits at 09:01:59; one asked for then is gone at 09:04.
    let server = Server::start(h, &data, T0, &lifetime);
    let first = start(&server);
    let listener = server.listener();
    server.stop();
    let at = |now| Server::start_on(&listener, h, &data, now, &lifetime, &[]);
    let server = at("2026-11-24T09:01:59Z");
    assert_eq!(decline(&server, &first), 200);
    let second = start(&server);
    server.stop();
    let server = at("2026-11-24T09:04:00Z");
    assert_eq!(decline(&server, &second), 400);
}

/// A throwaway RSA key and self-signed certificate, in one PEM file as `login` reads it, and
/// the certificate alone as `serve --app-certificate` reads it.
fn key_and_certificate(dir: &Path, name: &str) -> (String, String) {
    let (key, cert) = (
        dir.join(format!("{name}.key")),
        dir.join(format!("{name}.crt")),
    );
    let out = Command::new("openssl")
        .args([
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
        ])
        .args(["-subj", &format!("/CN={name}"), "-keyout"])
        .arg(&key)
        .arg("-out")
        .arg(&cert)
        .output()
        .expect("openssl runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let both = dir.join(format!("{name}.pem"));
    let text = std::fs::read_to_string(&key).unwrap() + &std::fs::read_to_string(&cert).unwrap();
    std::fs::write(&both, text).unwrap();
    (both.display().to_string(), cert.display().to_string())
}

/// A server on `h/srv` whose enrolled tenant has the app `ci-app`, acting as its Global admin,
/// with a registered certificate: the server; the PEM file of the app's key and certificate;
/// the certificate's file; and the flags that register the app, to start the server again.
fn app_server(h: &std::path::Path) -> (Server, String, String, Vec<String>) {
    let data = h.join("srv");
    let first = Server::start(h, &data, T0, &["--sandbox"]);
    let (upn, _) = enroll(h, &first.url, T0, "contoso-us.yaml");
    first.stop();
    let (pem, cert) = key_and_certificate(h, "ci-app");
    let flags = vec![
        "--app".to_string(),
        format!("ci-app={upn}"),
        "--app-certificate".to_string(),
        format!("ci-app={cert}"),
    ];
    let args: Vec<&str> = flags.iter().map(String::as_str).collect();
    let server = Server::start(h, &data, T0, &args);
    (server, pem, cert, flags)
}

#[test]
fn certificate_sign_in_with_a_client_assertion() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let (server, pem, cert, _) = app_server(h);
    let (other_pem, _) = key_and_certificate(h, "other");
    let login = |now: &str, pem: &str| {
        run(pc(h, &server, now).args(["login", "--client-id", "ci-app", "--certificate-file", pem]))
    };

    // Signed with another key: refused.
    let (code, _, err) = login(T0, &other_pem);
    assert_eq!(code, 4, "{err}");
    assert!(err.contains("x5t"), "{err}");
    // The registered certificate with another key: the signature does not verify.
    let forged = h.join("forged.pem");
    let text = std::fs::read_to_string(h.join("other.key")).unwrap()
        + &std::fs::read_to_string(&cert).unwrap();
    std::fs::write(&forged, text).unwrap();
    let (code, _, err) = login(T0, &forged.display().to_string());
    assert_eq!(code, 4, "{err}");
    assert!(err.contains("signature does not verify"), "{err}");
    // Signed an hour ago, valid ten minutes: expired.
    let (code, _, err) = login("2026-11-24T08:00:00Z", &pem);
    assert_eq!(code, 4, "{err}");
    assert!(err.contains("expired"), "{err}");
    // The right key, from the variable.
    let (code, out, err) = run(pc(h, &server, T0)
        .env("PARTNERCTL_CLIENT_CERTIFICATE", &pem)
        .args(["login", "--client-id", "ci-app"]));
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("signed in to Partner Center as app ci-app"),
        "{err}"
    );
    ok_json(pc(h, &server, T0).args(["account", "profile", "organization"]));
    // The key shows nowhere.
    let key = std::fs::read_to_string(h.join("ci-app.key")).unwrap();
    let line = key.lines().nth(1).unwrap();
    for text in [out, err, server.log()] {
        assert!(!text.contains("PRIVATE KEY") && !text.contains(line));
    }
}

/// An assertion is good for one sign-in, and only at this server: its `aud` is checked
/// against the server's own URL, never the `Host` a request claims.
#[test]
fn a_client_assertion_is_used_once_and_only_at_this_server() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let (server, pem, _, flags) = app_server(h);
    let key = partnerctl::client::assertion::ClientCertificate::from_pem(
        &std::fs::read_to_string(&pem).unwrap(),
    )
    .unwrap();
    let now = jiff::Timestamp::from_str(T0).unwrap().as_second();
    let post = |host: &str, assertion: &str| {
        let body = form_urlencoded::Serializer::new(String::new())
            .append_pair("grant_type", "client_credentials")
            .append_pair("client_id", "ci-app")
            .append_pair(
                "client_assertion_type",
                "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
            )
            .append_pair("client_assertion", assertion)
            .finish();
        let raw = format!(
            "POST /common/oauth2/token HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\
             Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        );
        common::http_raw(&server.addr(), raw.into_bytes(), false)
    };
    let here = format!("{}/common/oauth2/token", server.url);
    let once = key.assertion("ci-app", &here, now).unwrap();
    let first = post(&server.addr(), &once);
    assert_eq!(
        first.status,
        200,
        "{}",
        String::from_utf8_lossy(&first.body)
    );
    let again = post(&server.addr(), &once);
    assert_eq!(
        again.status,
        400,
        "{}",
        String::from_utf8_lossy(&again.body)
    );
    assert_eq!(again.json()["code"], 2001);
    assert!(
        again.json()["description"]
            .as_str()
            .unwrap()
            .contains("used before"),
        "{}",
        String::from_utf8_lossy(&again.body)
    );
    // Made for another server, sent with that server's name as Host.
    let elsewhere = key
        .assertion(
            "ci-app",
            "http://login.example.com/common/oauth2/token",
            now,
        )
        .unwrap();
    let spoofed = post("login.example.com", &elsewhere);
    assert_eq!(
        spoofed.status,
        400,
        "{}",
        String::from_utf8_lossy(&spoofed.body)
    );
    assert!(
        spoofed.json()["description"]
            .as_str()
            .unwrap()
            .contains("aud"),
        "{}",
        String::from_utf8_lossy(&spoofed.body)
    );
    // --public-url names the server as its clients reach it.
    server.stop();
    let mut args: Vec<&str> = flags.iter().map(String::as_str).collect();
    args.extend(["--public-url", "https://partnerctl.example.com/"]);
    let proxied = Server::start(h, &h.join("srv"), T0, &args);
    let behind = key
        .assertion(
            "ci-app",
            "https://partnerctl.example.com/common/oauth2/token",
            now,
        )
        .unwrap();
    let body = form_urlencoded::Serializer::new(String::new())
        .append_pair("grant_type", "client_credentials")
        .append_pair("client_id", "ci-app")
        .append_pair(
            "client_assertion_type",
            "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
        )
        .append_pair("client_assertion", &behind)
        .finish();
    let a = common::http(
        &proxied.addr(),
        "POST",
        "/common/oauth2/token",
        &[("Content-Type", "application/x-www-form-urlencoded")],
        body.as_bytes(),
    );
    assert_eq!(a.status, 200, "{}", String::from_utf8_lossy(&a.body));
    // The device-code page is named from the same URL, never from Host.
    let started = common::http_raw(
        &proxied.addr(),
        b"POST /common/oauth2/devicecode HTTP/1.1\r\nHost: \"><script>\r\nConnection: close\r\n\
          Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 11\r\n\r\nclient_id=x"
            .to_vec(),
        false,
    );
    assert_eq!(
        started.status,
        200,
        "{}",
        String::from_utf8_lossy(&started.body)
    );
    assert_eq!(
        started.json()["verification_uri"],
        "https://partnerctl.example.com/devicelogin"
    );
}

#[test]
fn capabilities_list_each_backend_kind() {
    let home = tempfile::tempdir().unwrap();
    let mut c = Command::new(env!("CARGO_BIN_EXE_partnerctl"));
    clean(&mut c, home.path());
    let out = c
        .args(["backend", "capabilities", "-o", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let table: Value = serde_json::from_slice(&out.stdout).unwrap();
    let row = |name: &str| {
        table
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["command"] == name)
            .unwrap_or_else(|| panic!("no {name}"))
            .clone()
    };
    assert_eq!(row("users grant")["partnerCenter"], true);
    assert_eq!(row("benefits")["partnerCenter"], false);
    assert_eq!(row("benefits")["embedded"], true);
    assert!(row("membership")["portalPage"].is_string());
}
