//! The protocol's safety nets, end to end: idempotency by `MS-RequestId` (also across a
//! restart, and when the connection drops after the server committed), retries on 5xx and 429,
//! throttling, and the refusal of plain http to other hosts. (`-v` without secrets: see
//! tests/secrets.rs.)
//! Everything listens on 127.0.0.1 only and stops by itself; every loop is bounded.

use crate::common;

use common::{bearer, enroll, http, ok_json, partnerctl, sign_in, Server};
use serde_json::{json, Value};
use std::io::{Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

const T0: &str = "2026-11-24T09:00:00Z";

fn post_user(addr: &str, token: &str, request_id: &str, email: &str) -> common::Answer {
    let body = json!({"email": email, "firstName": "Ana", "lastName": "Ito"}).to_string();
    http(
        addr,
        "POST",
        "/v1/users",
        &[
            ("Authorization", &bearer(token)),
            ("Content-Type", "application/json"),
            ("MS-RequestId", request_id),
        ],
        body.as_bytes(),
    )
}

fn user_count(addr: &str, token: &str) -> u64 {
    let a = http(
        addr,
        "GET",
        "/v1/users",
        &[("Authorization", &bearer(token))],
        b"",
    );
    a.json()["totalCount"].as_u64().unwrap()
}

#[test]
fn a_repeated_request_id_gets_the_first_answer_also_after_a_restart() {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("srv");
    let server = Server::start(home.path(), &data, T0, &[]);
    let (upn, password) = enroll(home.path(), &server.url, T0, "contoso-us.yaml");
    let token = sign_in(&server.addr(), &upn, &password);
    let id = partnerctl::random::uuid().to_string();

    let first = post_user(&server.addr(), &token, &id, "ana@contoso.com");
    assert_eq!(first.status, 201);
    assert_eq!(first.header("ms-requestid"), Some(id.as_str()));
    let again = post_user(&server.addr(), &token, &id, "ana@contoso.com");
    assert_eq!(again.status, 201);
    assert_eq!(
        again.json(),
        first.json(),
        "the same answer, password included"
    );
    assert_eq!(user_count(&server.addr(), &token), 2);

    // The same id with another body is refused, and changes nothing.
    let other = post_user(&server.addr(), &token, &id, "bo@contoso.com");
    assert_eq!(other.status, 400);
    assert_eq!(other.json()["code"], 1008);
    assert_eq!(user_count(&server.addr(), &token), 2);

    // A new server on the same data: still the first answer.
    let listener = server.listener();
    server.stop();
    let server = Server::start_on(&listener, home.path(), &data, T0, &[], &[]);
    let after = post_user(&server.addr(), &token, &id, "ana@contoso.com");
    assert_eq!(after.json(), first.json());
    assert_eq!(user_count(&server.addr(), &token), 2);
}

fn post_tenant(addr: &str, request_id: &str, prefix: &str) -> common::Answer {
    let body = json!({ "domainPrefix": prefix }).to_string();
    http(
        addr,
        "POST",
        "/v1/tenants",
        &[
            ("Content-Type", "application/json"),
            ("MS-RequestId", request_id),
        ],
        body.as_bytes(),
    )
}

/// Request ids are GUIDs; an anonymous replay never hands out the first caller's secret: a
/// second `POST /v1/tenants` with the same id and body is told the tenant was created, not
/// given its Global admin's temporary password.
#[test]
fn anonymous_replays_never_hand_out_the_temporary_password() {
    let home = tempfile::tempdir().unwrap();
    let server = Server::start(home.path(), &home.path().join("srv"), T0, &[]);
    let a = post_tenant(&server.addr(), "tenant-create-1", "contoso");
    assert_eq!((a.status, a.json()["code"].as_u64()), (400, Some(1009)));

    let id = partnerctl::random::uuid().to_string();
    let first = post_tenant(&server.addr(), &id, "contoso");
    assert_eq!(first.status, 201, "{:?}", first.json());
    let password = first.json()["temporaryPassword"]
        .as_str()
        .unwrap()
        .to_string();
    let again = post_tenant(&server.addr(), &id, "contoso");
    assert_eq!(again.status, 409, "{:?}", again.json());
    let text = String::from_utf8_lossy(&again.body).to_string();
    assert!(!text.contains(&password), "{text}");
    assert!(
        text.contains("already created the tenant contoso.onmicrosoft.com"),
        "{text}"
    );
    // Created once; the same id with another body is another request.
    let other = post_tenant(&server.addr(), &id, "fabrikam");
    assert_eq!(other.status, 201, "{:?}", other.json());
}

/// A loopback proxy to `upstream` that, once, lets a request whose head contains `victim`
/// through and then closes the client's connection without the answer: as if the network
/// failed after the server committed.
struct DroppingProxy {
    addr: String,
    dropped: Arc<AtomicBool>,
}

impl DroppingProxy {
    fn start(upstream: String, victim: &'static str) -> DroppingProxy {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap().to_string();
        let dropped = Arc::new(AtomicBool::new(false));
        let flag = dropped.clone();
        std::thread::spawn(move || {
            // Bounded: the test makes a handful of connections.
            for client in listener.incoming().take(64) {
                let Ok(client) = client else { return };
                let upstream = upstream.clone();
                let flag = flag.clone();
                std::thread::spawn(move || relay(client, &upstream, victim, &flag));
            }
        });
        DroppingProxy { addr, dropped }
    }
}

fn relay(client: TcpStream, upstream: &str, victim: &'static str, dropped: &AtomicBool) {
    let Ok(server) = TcpStream::connect(upstream) else {
        return;
    };
    let timeout = Some(Duration::from_secs(30));
    for s in [&client, &server] {
        let _ = s.set_read_timeout(timeout);
    }
    // Client to server, watching for the victim request.
    let armed = Arc::new(AtomicBool::new(false));
    let (mut c_in, mut s_out) = (client.try_clone().unwrap(), server.try_clone().unwrap());
    let arm = armed.clone();
    std::thread::spawn(move || {
        let mut buf = [0u8; 16384];
        while let Ok(n) = c_in.read(&mut buf) {
            if n == 0 {
                break;
            }
            if String::from_utf8_lossy(&buf[..n]).contains(victim) {
                arm.store(true, Ordering::SeqCst);
            }
            if s_out.write_all(&buf[..n]).is_err() {
                break;
            }
        }
        let _ = s_out.shutdown(Shutdown::Write);
    });
    // Server to client, except the victim's answer.
    let (mut s_in, mut c_out) = (server, client);
    let mut buf = [0u8; 16384];
    while let Ok(n) = s_in.read(&mut buf) {
        if n == 0 {
            break;
        }
        if armed.load(Ordering::SeqCst) && !dropped.swap(true, Ordering::SeqCst) {
            let _ = c_out.shutdown(Shutdown::Both);
            let _ = s_in.shutdown(Shutdown::Both);
            return;
        }
        if c_out.write_all(&buf[..n]).is_err() {
            break;
        }
    }
    let _ = c_out.shutdown(Shutdown::Both);
}

#[test]
fn a_connection_dropped_after_the_commit_is_retried_with_the_same_request_id() {
    let home = tempfile::tempdir().unwrap();
    let server = Server::start(home.path(), &home.path().join("srv"), T0, &[]);
    let proxy = DroppingProxy::start(server.addr(), "POST /v1/accounts ");
    let via_proxy = format!("http://{}", proxy.addr);

    let out = partnerctl(home.path(), &via_proxy, T0)
        .args([
            "-v",
            "account",
            "create",
            "-f",
            &common::example("contoso-us.yaml"),
            "--accept-agreement",
        ])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        proxy.dropped.load(Ordering::SeqCst),
        "the proxy dropped nothing"
    );
    assert!(stderr.contains("POST /v1/accounts -> failed"), "{stderr}");
    assert!(stderr.contains("POST /v1/accounts -> 201"), "{stderr}");
    let created: Value = serde_json::from_slice(&out.stdout).unwrap();

    // Exactly one account, the one the answer names; the server did the work once.
    // (The session belongs to the URL it was made at: the proxy's.)
    let shown = ok_json(partnerctl(home.path(), &via_proxy, T0).args(["account", "show"]));
    assert_eq!(shown["mpnId"], created["account"]["mpnId"]);
    assert_eq!(
        server.log().matches("POST /v1/accounts 201").count(),
        2,
        "{}",
        server.log()
    );
    let mails = ok_json(partnerctl(home.path(), &via_proxy, T0).args(["outbox", "list"]));
    assert_eq!(
        mails.as_array().unwrap().len(),
        1,
        "one verification mail: {mails:#}"
    );
}

/// A fake backend on loopback: answers the queued responses in order (then 503), and records
/// each request's head.
struct Fake {
    addr: String,
    heads: Arc<Mutex<Vec<String>>>,
}

impl Fake {
    fn start(answers: Vec<String>) -> Fake {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap().to_string();
        let heads = Arc::new(Mutex::new(Vec::new()));
        let seen = heads.clone();
        std::thread::spawn(move || {
            let mut answers = answers.into_iter();
            for conn in listener.incoming().take(32) {
                let Ok(mut conn) = conn else { return };
                let _ = conn.set_read_timeout(Some(Duration::from_secs(10)));
                let mut head = Vec::new();
                let mut byte = [0u8; 1];
                while !head.ends_with(b"\r\n\r\n") && conn.read(&mut byte).unwrap_or(0) == 1 {
                    head.push(byte[0]);
                }
                seen.lock()
                    .unwrap()
                    .push(String::from_utf8_lossy(&head).to_lowercase());
                let answer = answers.next().unwrap_or_else(|| reply(503, "", "{}"));
                let _ = conn.write_all(answer.as_bytes());
            }
        });
        Fake { addr, heads }
    }

    fn request_ids(&self) -> Vec<String> {
        self.heads
            .lock()
            .unwrap()
            .iter()
            .filter_map(|h| {
                h.lines()
                    .find_map(|l| l.strip_prefix("ms-requestid:"))
                    .map(|v| v.trim().to_string())
            })
            .collect()
    }
}

fn reply(status: u16, extra_headers: &str, body: &str) -> String {
    format!(
        "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n{extra_headers}\r\n{body}",
        body.len()
    )
}

#[test]
fn server_errors_and_429_are_retried_with_the_same_request_id() {
    let home = tempfile::tempdir().unwrap();
    let empty =
        r#"{"totalCount":0,"items":[],"links":{},"attributes":{"objectType":"Collection"}}"#;
    let busy = r#"{"code":4290,"description":"slow down","data":[],"source":"partnerctl"}"#;
    let fake = Fake::start(vec![
        reply(503, "", "{}"),
        reply(429, "Retry-After: 1\r\n", busy),
        reply(200, "PartnerCtl-Sandbox: false\r\n", empty),
    ]);
    let out = partnerctl(home.path(), &format!("http://{}", fake.addr), T0)
        .env("PARTNERCTL_TOKEN", "test-token")
        .args(["-v", "roles", "list"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "[]");
    let ids = fake.request_ids();
    assert_eq!(ids.len(), 3, "{ids:?}");
    assert!(
        ids.iter().all(|id| id == &ids[0]),
        "one request id: {ids:?}"
    );
    assert!(
        uuid::Uuid::try_parse(&ids[0]).is_ok() && ids[0].len() == 36,
        "a GUID, as the server requires: {ids:?}"
    );
    assert!(
        stderr.contains("retrying in 1000 ms"),
        "Retry-After honoured: {stderr}"
    );
    assert!(!stderr.contains("test-token"), "{stderr}");
}

#[test]
fn a_backend_that_keeps_failing_is_reported_after_the_last_try() {
    let home = tempfile::tempdir().unwrap();
    let fake = Fake::start(Vec::new());
    let out = partnerctl(home.path(), &format!("http://{}", fake.addr), T0)
        .env("PARTNERCTL_TOKEN", "test-token")
        .args(["roles", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(fake.request_ids().len(), 5, "a bounded number of tries");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("503"), "{stderr}");
}

#[test]
fn a_throttled_run_completes_without_errors() {
    let home = tempfile::tempdir().unwrap();
    let server = Server::start(
        home.path(),
        &home.path().join("srv"),
        T0,
        &["--rate-limit", "2"],
    );
    enroll(home.path(), &server.url, T0, "contoso-us.yaml");
    // Six users from one file, then reads: far more than 2 requests a second.
    let file = home.path().join("users.yaml");
    let users: String = (1..=6)
        .map(|i| {
            format!("  - email: user{i}@contoso.com\n    firstName: User\n    lastName: N{i}\n")
        })
        .collect();
    std::fs::write(&file, format!("users:\n{users}")).unwrap();
    let added = ok_json(
        partnerctl(home.path(), &server.url, T0)
            .args(["users", "add", "-f"])
            .arg(&file),
    );
    assert_eq!(added.as_array().unwrap().len(), 6, "{added:#}");
    for _ in 0..2 {
        ok_json(partnerctl(home.path(), &server.url, T0).args(["users", "list"]));
    }
    let log = server.log();
    assert!(log.contains(" 429 "), "the server throttled: {log}");
}

#[test]
fn plain_http_to_another_host_is_refused_before_any_traffic() {
    let home = tempfile::tempdir().unwrap();
    // A reserved name (RFC 2606): nothing is sent, the URL is refused first.
    let out = partnerctl(home.path(), "http://partner.example.com", T0)
        .args(["roles", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("--insecure-http"), "{stderr}");
    // https to it is not refused by the check, and loopback http is fine (tested everywhere).
}

/// A database that cannot be reached stops `serve` at start with a message saying which and
/// why, not a crash (no PostgreSQL needed: nothing listens on the port).
#[test]
fn serve_says_when_its_database_cannot_be_reached() {
    let home = common::Home::new();
    let key = home.path().join("partnerctl.key");
    std::fs::write(&key, [7u8; 32]).unwrap();
    let port = {
        let l = TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let url = format!("postgres://partnerctl@127.0.0.1:{port}/partnerctl");
    let out = home
        .cmd()
        .env("PARTNERCTL_DATABASE_PASSWORD", "not-shown")
        .args(["serve", "--listen", "127.0.0.1:0", "--database", &url])
        .args(["--key-file", key.to_str().unwrap()])
        .timeout(Duration::from_secs(60))
        .output()
        .unwrap();
    let err = common::stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains(&format!("cannot connect to the database {url}")),
        "{err}"
    );
    assert!(
        !err.contains("panicked") && !err.contains("not-shown"),
        "{err}"
    );
}
