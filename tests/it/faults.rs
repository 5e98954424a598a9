//! `serve --inject-faults`: the layer itself (loud, validated, the header, a reset that comes
//! after the commit), and a bulk enrollment through a fifth of requests failing that still
//! ends with every subsidiary created exactly once, counted in the server's database.
//!
//! `RELIABILITY_SUBSIDIARIES` sets the size (CI: 40); with `--nocapture` each test prints a
//! `RELIABILITY ...` figures line for `scripts/reliability`.

use crate::common;

use common::reliability::{self, figures, items, T0};
use common::{clean, http, Server};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::Command;
use std::time::{Duration, Instant};

#[test]
fn an_enrollment_through_a_fifth_of_requests_failing_is_exact() {
    let n = reliability::size(40);
    let home = tempfile::tempdir().unwrap();
    let file = reliability::enrollment(home.path(), n, "faulty");
    let served = home.path().join("served");
    let server = Server::start(
        home.path(),
        &served,
        T0,
        &["--sandbox", "--inject-faults", reliability::FAULTS],
    );
    let data = home.path().join("client");
    // Generous: ten times a run on a loaded 2-core machine, so only a hang fails it.
    let limit = Duration::from_secs(30 + n as u64 * 3);
    let started = Instant::now();

    let mut cmd = reliability::enroll_cmd(home.path(), &data, Some(&server.url), &file);
    cmd.args(["--concurrency", "16"]);
    let first = reliability::run_enroll(cmd, 0, limit);
    assert_eq!(items(&first, "failed"), 0, "{:#}", first["summary"]);
    // A subsidiary run once more at the end keeps what its first go created, but a step whose
    // first go failed after committing (every try's answer lost) is found in place: updated.
    let done = items(&first, "created") + items(&first, "updated");
    assert_eq!(done, n as u64, "{:#}", first["summary"]);
    let mut cmd = reliability::enroll_cmd(home.path(), &data, Some(&server.url), &file);
    cmd.args(["--concurrency", "16"]);
    let second = reliability::run_enroll(cmd, 0, limit);
    assert_eq!(
        items(&second, "unchanged"),
        n as u64,
        "{:#}",
        second["summary"]
    );
    let wall = started.elapsed();

    let log = server.terminate();
    assert!(log.contains("FAULT INJECTION ON: share=0.2"), "{log}");
    let faults = reliability::faults_injected(&log);
    for kind in ["500", "503", "reset", "slow", "429"] {
        assert!(faults[kind] > 0, "no {kind} injected: {faults:?}");
    }
    let db = served.join("partnerctl.db");
    reliability::assert_catalog_has_action_pack(&db);
    let tally = reliability::tally(&db, n);
    assert_eq!((tally.lost, tally.duplicated), (0, 0), "{tally:?}");
    assert_eq!(tally.integrity, "ok");

    let sum = |key: &str| {
        first["summary"][key].as_u64().unwrap() + second["summary"][key].as_u64().unwrap()
    };
    let by_kind: Vec<(&str, String)> = ["500", "503", "reset", "slow", "429"]
        .iter()
        .map(|k| (*k, faults[*k].to_string()))
        .collect();
    let mut line = vec![
        ("subsidiaries", n.to_string()),
        ("runs", "2".to_string()),
        ("requests", sum("requests").to_string()),
        ("server_requests", faults["requests"].to_string()),
        ("faults_injected", faults["total"].to_string()),
    ];
    line.extend(by_kind.iter().map(|(k, v)| (*k, v.clone())));
    line.extend([
        ("retries", sum("retries").to_string()),
        ("items_retried", sum("retried").to_string()),
        ("created", items(&first, "created").to_string()),
        ("updated", items(&first, "updated").to_string()),
        ("failed", items(&first, "failed").to_string()),
        ("lost", tally.lost.to_string()),
        ("duplicated", tally.duplicated.to_string()),
        (
            "second_run_unchanged",
            items(&second, "unchanged").to_string(),
        ),
        ("integrity", tally.integrity),
        ("wall_s", format!("{:.1}", wall.as_secs_f64())),
    ]);
    figures("faults", &line);
}

#[test]
fn a_bad_fault_spec_is_refused_with_exit_2() {
    let home = tempfile::tempdir().unwrap();
    let serve = |flag: Option<&str>, env: Option<&str>| {
        let mut c = Command::new(env!("CARGO_BIN_EXE_partnerctl"));
        clean(&mut c, home.path());
        c.arg("--data-dir")
            .arg(home.path().join("d"))
            .args(["serve", "--listen", "127.0.0.1:0"]);
        if let Some(f) = flag {
            c.args(["--inject-faults", f]);
        }
        if let Some(e) = env {
            c.env("PARTNERCTL_SERVE_FAULTS", e);
        }
        c.output().unwrap()
    };
    for (flag, env, says) in [
        (
            Some("share=2"),
            None,
            "--inject-faults: share=\"2\": a number from 0 to 1",
        ),
        (
            None,
            Some("share=0.1,kinds=500+404"),
            "PARTNERCTL_SERVE_FAULTS: kinds=\"500+404\": \"404\" is not a kind",
        ),
        (Some("kinds=500"), None, "share= is missing"),
    ] {
        let out = serve(flag, env);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains(says), "{stderr}");
        assert!(
            !home.path().join("d/partnerctl.db").exists(),
            "nothing written"
        );
    }
}

#[test]
fn faulted_answers_say_so_and_each_fault_is_logged() {
    let home = tempfile::tempdir().unwrap();
    let server = Server::start(
        home.path(),
        &home.path().join("d"),
        T0,
        &["--inject-faults", "share=1,kinds=503"],
    );
    for _ in 0..3 {
        let a = http(&server.addr(), "GET", "/v1/offers", &[], b"");
        assert_eq!(a.status, 503);
        assert_eq!(a.header("x-partnerctl-fault"), Some("503"));
        assert_eq!(a.json()["code"], 5000, "the usual error body");
    }
    let log = server.terminate();
    assert!(
        log.contains("FAULT INJECTION ON: share=1,kinds=503"),
        "{log}"
    );
    assert_eq!(
        log.matches("fault injected: kind=503 GET /v1/offers")
            .count(),
        3
    );
    assert_eq!(reliability::faults_injected(&log)["503"], 3);
}

/// A reset drops the connection after the operation committed: the same request again (the
/// same MS-RequestId) is answered from what was committed, and the work is not done twice.
/// (The request is anonymous and its answer held the Global admin's temporary password, shown
/// once: the replay says the tenant was created, and never shows the password.)
#[test]
fn a_reset_comes_after_the_commit_and_the_retry_does_not_do_it_twice() {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("d");
    let body = br#"{"domainPrefix":"resetco","domains":["resetco.com"]}"#;
    let id = partnerctl::random::uuid().to_string();
    let post = |addr: &str, id: &str| {
        let mut s = TcpStream::connect(addr).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
        let head = format!(
            "POST /v1/tenants HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\
             Content-Type: application/json\r\nMS-RequestId: {id}\r\nContent-Length: {}\r\n\r\n",
            body.len()
        );
        s.write_all(head.as_bytes()).unwrap();
        s.write_all(body).unwrap();
        let mut raw = Vec::new();
        // A reset may end the read with an error rather than an end of file: no answer either way.
        let _ = s.read_to_end(&mut raw);
        String::from_utf8_lossy(&raw).to_string()
    };

    let faulty = Server::start(
        home.path(),
        &data,
        T0,
        &["--inject-faults", "share=1,kinds=reset"],
    );
    let answer = post(&faulty.addr(), &id);
    assert!(
        !answer.contains("HTTP/1.1 201"),
        "no answer expected: {answer}"
    );
    let log = faulty.terminate();
    assert_eq!(reliability::faults_injected(&log)["reset"], 1, "{log}");

    let server = Server::start(home.path(), &data, T0, &[]);
    let again = post(&server.addr(), &id);
    assert!(again.starts_with("HTTP/1.1 409"), "{again}");
    assert!(
        again.contains("already created the tenant resetco.onmicrosoft.com"),
        "{again}"
    );
    let other = post(&server.addr(), &partnerctl::random::uuid().to_string());
    assert!(
        other.starts_with("HTTP/1.1 409"),
        "the tenant exists once: {other}"
    );
}

/// The parent's set-up is tried again when a call to it used up the client's own retries: the
/// server fails the first six requests, the client gives up after five tries, and the run
/// still ends with every subsidiary created.
#[test]
fn the_parent_is_tried_again_when_the_clients_retries_are_used_up() {
    let home = tempfile::tempdir().unwrap();
    let file = reliability::enrollment(home.path(), 3, "stubborn");
    let served = home.path().join("served");
    let server = Server::start(
        home.path(),
        &served,
        T0,
        &["--sandbox", "--inject-faults", "share=0,kinds=503,first=6"],
    );
    let data = home.path().join("client");
    let cmd = reliability::enroll_cmd(home.path(), &data, Some(&server.url), &file);
    let report = reliability::run_enroll(cmd, 0, Duration::from_secs(120));
    assert_eq!(items(&report, "created"), 3, "{:#}", report["summary"]);
    let log = server.terminate();
    assert_eq!(reliability::faults_injected(&log)["503"], 6, "{log}");
}
