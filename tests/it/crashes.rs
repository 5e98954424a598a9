//! Crashes of real processes: `enroll` killed with SIGKILL mid-run then `--resume`d (embedded
//! and over HTTP), `serve` killed with SIGKILL mid-run and restarted on the same listening
//! socket and data dir, and two `enroll` runs of one file at the same time (two processes on
//! one embedded data dir; two clients of one server). Every time: each subsidiary exactly once in the backend's
//! database, counted from the file itself, and `PRAGMA integrity_check` = ok.
//!
//! `RELIABILITY_SUBSIDIARIES` sets the size (CI: 60); with `--nocapture` each test prints a
//! `RELIABILITY ...` figures line for `scripts/reliability`.

use crate::common;

use common::reliability::{self, figures, items, signal, T0};
use common::Server;
use std::fs::OpenOptions;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Ten times a run on a loaded 2-core machine: only a hang fails on it.
fn limit(n: usize) -> Duration {
    Duration::from_secs(30 + n as u64 / 2)
}

/// Where the backend lives, and how the client reaches it.
enum Backend {
    Embedded,
    Http(Server),
}

struct Setup {
    home: tempfile::TempDir,
    file: PathBuf,
    n: usize,
    /// The client's data dir (the backend's too when embedded).
    data: PathBuf,
    backend: Backend,
}

impl Setup {
    fn new(http: bool, prefix: &str) -> Setup {
        let n = reliability::size(60);
        let home = tempfile::tempdir().unwrap();
        let file = reliability::enrollment(home.path(), n, prefix);
        let backend = if http {
            let served = home.path().join("served");
            Backend::Http(Server::start(home.path(), &served, T0, &["--sandbox"]))
        } else {
            Backend::Embedded
        };
        let data = home.path().join("client");
        Setup {
            home,
            file,
            n,
            data,
            backend,
        }
    }

    fn url(&self) -> Option<&str> {
        match &self.backend {
            Backend::Http(s) => Some(&s.url),
            Backend::Embedded => None,
        }
    }

    /// An enroll of `file` with this client data dir.
    fn enroll(&self, data: &Path, file: &Path, extra: &[&str]) -> Command {
        let mut c = reliability::enroll_cmd(self.home.path(), data, self.url(), file);
        c.args(extra);
        c
    }

    fn db(&self) -> PathBuf {
        match &self.backend {
            Backend::Http(_) => self.home.path().join("served/partnerctl.db"),
            Backend::Embedded => self.data.join("partnerctl.db"),
        }
    }

    /// The parent organization enrolled by an earlier run (a file of one subsidiary under the
    /// same tenant), so that runs started together find it as a rerun does.
    fn parent_first(&self, prefix: &str) {
        let dir = self.home.path().join("one");
        std::fs::create_dir_all(&dir).unwrap();
        let one = reliability::enrollment(&dir, 1, prefix);
        reliability::run_enroll(self.enroll(&self.data, &one, &[]), 0, limit(1));
    }

    /// Stops the server (if any) and counts what the backend holds.
    fn tally(self) -> reliability::Tally {
        let db = self.db();
        if let Backend::Http(server) = self.backend {
            server.terminate();
        }
        reliability::tally(&db, self.n)
    }
}

fn backend_name(http: bool) -> &'static str {
    if http {
        "http"
    } else {
        "embedded"
    }
}

/// SIGKILL of `enroll` once a third of the subsidiaries are done; the journal is left with a
/// torn last line (as a kill in the middle of a write leaves it); `--resume` finishes.
fn a_killed_enroll_resumes_with_exact_counts(http: bool) {
    let s = Setup::new(http, "killclient");
    let started = Instant::now();
    let mut child = s
        .enroll(&s.data, &s.file, &["--concurrency", "2"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    reliability::wait_for_journal(&mut child, &s.data, s.n / 3, limit(s.n));
    signal(child.id(), "-KILL");
    let status = child.wait().unwrap();
    assert_eq!(status.code(), None, "killed by a signal, not finished");
    let journaled = reliability::journal_lines(&s.data);
    assert!(journaled < s.n, "killed mid-run: {journaled} of {}", s.n);
    let journal = std::fs::read_dir(s.data.join("journals"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let mut f = OpenOptions::new().append(true).open(&journal).unwrap();
    f.write_all(br#"{"key":"sub-0000"#).unwrap();
    drop(f);

    let report = reliability::run_enroll(s.enroll(&s.data, &s.file, &["--resume"]), 0, limit(s.n));
    let summary = &report["summary"];
    assert_eq!(
        summary["resumed"].as_u64(),
        Some(journaled as u64),
        "{summary:#}"
    );
    assert_eq!(items(&report, "failed"), 0);
    let finished = ["created", "updated", "unchanged"]
        .iter()
        .map(|o| items(&report, o))
        .sum::<u64>();
    assert_eq!(finished + journaled as u64, s.n as u64, "{summary:#}");
    let wall = started.elapsed();
    let n = s.n;
    let tally = s.tally();
    assert_eq!((tally.lost, tally.duplicated), (0, 0), "{tally:?}");
    assert_eq!(tally.integrity, "ok");
    figures(
        &format!("crash-client-{}", backend_name(http)),
        &[
            ("subsidiaries", n.to_string()),
            ("done_before_kill", journaled.to_string()),
            ("resumed", journaled.to_string()),
            ("finished_on_resume", finished.to_string()),
            ("requests", summary["requests"].to_string()),
            ("retries", summary["retries"].to_string()),
            ("lost", tally.lost.to_string()),
            ("duplicated", tally.duplicated.to_string()),
            ("integrity", tally.integrity),
            ("wall_s", format!("{:.1}", wall.as_secs_f64())),
        ],
    );
}

/// SIGKILL of `serve` once a third of the subsidiaries are done; a new `serve` on the same
/// listening socket (the test keeps it) and data dir a second later: meanwhile the client's
/// connections wait in the socket's queue. The client rides it out on its retries (or `--resume`
/// finishes what it could not).
#[test]
fn a_killed_server_restarted_on_its_port_loses_nothing() {
    let s = Setup::new(true, "killserver");
    let Backend::Http(server) = &s.backend else {
        unreachable!()
    };
    let (listener, served) = (server.listener(), s.home.path().join("served"));
    let started = Instant::now();
    let mut child = s
        .enroll(&s.data, &s.file, &["--concurrency", "4"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    reliability::wait_for_journal(&mut child, &s.data, s.n / 3, limit(s.n));
    signal(server.pid(), "-KILL");
    let mut s = s;
    let Backend::Http(dead) = std::mem::replace(&mut s.backend, Backend::Embedded) else {
        unreachable!()
    };
    drop(dead);
    std::thread::sleep(Duration::from_secs(1));
    s.backend = Backend::Http(Server::start_on(
        &listener,
        s.home.path(),
        &served,
        T0,
        &["--sandbox"],
        &[],
    ));

    let out = reliability::wait_output(child, limit(s.n), "enroll");
    let code = out.status.code();
    let first: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!("{e}: {}", String::from_utf8_lossy(&out.stderr));
    });
    assert!(
        matches!(code, Some(0) | Some(3)),
        "done, or some items left for --resume: {code:?}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let resumed = code != Some(0);
    if resumed {
        reliability::run_enroll(s.enroll(&s.data, &s.file, &["--resume"]), 0, limit(s.n));
    }
    let again = reliability::run_enroll(s.enroll(&s.data, &s.file, &[]), 0, limit(s.n));
    assert_eq!(
        items(&again, "unchanged"),
        s.n as u64,
        "{:#}",
        again["summary"]
    );
    let wall = started.elapsed();
    let n = s.n;
    let tally = s.tally();
    assert_eq!((tally.lost, tally.duplicated), (0, 0), "{tally:?}");
    assert_eq!(tally.integrity, "ok");
    figures(
        "crash-server",
        &[
            ("subsidiaries", n.to_string()),
            ("client_exit", code.unwrap_or(-1).to_string()),
            ("resume_needed", resumed.to_string()),
            ("requests", first["summary"]["requests"].to_string()),
            ("retries", first["summary"]["retries"].to_string()),
            ("items_retried", first["summary"]["retried"].to_string()),
            ("lost", tally.lost.to_string()),
            ("duplicated", tally.duplicated.to_string()),
            ("integrity", tally.integrity),
            ("wall_s", format!("{:.1}", wall.as_secs_f64())),
        ],
    );
}

/// Two runs of one file at once: no subsidiary twice, both succeed. Embedded: two processes on
/// one data dir (SQLite's locking). Over HTTP: two clients of one server.
fn two_runs_at_once_enroll_each_subsidiary_once(http: bool) {
    let prefix = "twice";
    let s = Setup::new(http, prefix);
    s.parent_first(prefix);
    let started = Instant::now();
    // Over HTTP each client has its own data dir (its journal); embedded, they share one.
    let other = if http {
        s.home.path().join("client2")
    } else {
        s.data.clone()
    };
    let spawn = |data: &Path| {
        s.enroll(data, &s.file, &["--concurrency", "8"])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (a, b) = (spawn(&s.data), spawn(&other));
    let outs = [a, b].map(|c| reliability::wait_output(c, limit(s.n), "enroll"));
    let mut created = 0;
    for out in &outs {
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{stderr}");
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(items(&report, "failed"), 0);
        created += report["summary"]["steps"][0]["created"].as_u64().unwrap();
    }
    let wall = started.elapsed();
    let n = s.n;
    let tally = s.tally();
    // The first subsidiary came with the parent; the rest each once, by one run or the other.
    assert_eq!(
        created,
        n as u64 - 1,
        "locations created by the two runs together"
    );
    assert_eq!((tally.lost, tally.duplicated), (0, 0), "{tally:?}");
    assert_eq!(tally.integrity, "ok");
    figures(
        &format!("concurrent-{}", backend_name(http)),
        &[
            ("subsidiaries", n.to_string()),
            ("runs", "2".to_string()),
            ("locations_created", created.to_string()),
            ("both_exit_0", "true".to_string()),
            ("lost", tally.lost.to_string()),
            ("duplicated", tally.duplicated.to_string()),
            ("integrity", tally.integrity),
            ("wall_s", format!("{:.1}", wall.as_secs_f64())),
        ],
    );
}

#[test]
fn a_killed_enroll_resumes_with_exact_counts_embedded() {
    a_killed_enroll_resumes_with_exact_counts(false);
}

#[test]
fn a_killed_enroll_resumes_with_exact_counts_http() {
    a_killed_enroll_resumes_with_exact_counts(true);
}

#[test]
fn two_runs_at_once_enroll_each_subsidiary_once_embedded() {
    two_runs_at_once_enroll_each_subsidiary_once(false);
}

#[test]
fn two_runs_at_once_enroll_each_subsidiary_once_http() {
    two_runs_at_once_enroll_each_subsidiary_once(true);
}
