//! For the fault and crash tests: enrollment files from `scripts/gen-enrollment`, enroll runs
//! with a limit on how long they may take, counting what the backend holds straight from its
//! SQLite file (read-only, independent of the client's own report), and the one figures line
//! each test prints (`RELIABILITY NAME key=value ...`) for `scripts/reliability`.

use super::clean;
use serde_json::Value;
use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

pub const T0: &str = "2026-11-24T09:00:00Z";

/// The fault mix of the reliability runs: a fifth of all requests.
pub const FAULTS: &str = "share=0.2,kinds=500+503+reset+slow+429,seed=7,slow-ms=200";

/// Subsidiaries per run: `RELIABILITY_SUBSIDIARIES`, else `default` (CI size).
pub fn size(default: usize) -> usize {
    knob("RELIABILITY_SUBSIDIARIES", default)
}

/// Connections a hostile client holds open (of each kind): `RELIABILITY_CONNECTIONS`, else
/// `default` (CI size).
pub fn connections(default: usize) -> usize {
    knob("RELIABILITY_CONNECTIONS", default)
}

/// Seconds a hostile client keeps at it: `RELIABILITY_SECONDS`, else `default` (CI size).
pub fn seconds(default: usize) -> usize {
    knob("RELIABILITY_SECONDS", default)
}

fn knob(name: &str, default: usize) -> usize {
    // Knobs of these tests (scripts/reliability sets them), not settings of the product, so
    // they are not in src/env_vars.rs.
    #[allow(clippy::disallowed_methods)]
    let v = std::env::var(name).ok();
    v.and_then(|v| v.trim().parse().ok())
        .filter(|n| *n > 0)
        .unwrap_or(default)
}

/// The median and the largest of `ms` (0 for none), to one decimal.
pub fn median_max(ms: &[f64]) -> (String, String) {
    if ms.is_empty() {
        return ("0".into(), "0".into());
    }
    let mut sorted = ms.to_vec();
    sorted.sort_by(f64::total_cmp);
    let median = sorted[sorted.len() / 2];
    let max = sorted[sorted.len() - 1];
    (format!("{median:.1}"), format!("{max:.1}"))
}

/// An enrollment of `n` subsidiaries under the tenant `prefix`, as `scripts/gen-enrollment`
/// writes it: keys `sub-000001`..., Action Pack and two benefits each, a Gold competency for
/// one in ten, a user for one in fifty.
pub fn enrollment(dir: &Path, n: usize, prefix: &str) -> PathBuf {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/gen-enrollment");
    let out = Command::new(&script)
        .args([&n.to_string(), "--prefix", prefix])
        .output()
        .unwrap_or_else(|e| panic!("{} does not run: {e}", script.display()));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let path = dir.join(format!("{prefix}-{n}.yaml"));
    std::fs::write(&path, out.stdout).unwrap();
    path
}

/// `partnerctl enroll -f FILE -o json` with a clean environment: over HTTP to `url`, or
/// embedded (a sandbox) in `data`. The journal is under `data` either way.
pub fn enroll_cmd(home: &Path, data: &Path, url: Option<&str>, file: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_partnerctl"));
    clean(&mut c, home);
    c.env("PARTNERCTL_NOW", T0).arg("--data-dir").arg(data);
    match url {
        Some(url) => c.env("PARTNERCTL_BACKEND", url),
        None => c.arg("--sandbox"),
    };
    c.args(["-o", "json", "enroll", "-f"])
        .arg(file)
        .stdin(Stdio::null());
    c
}

/// Complete lines in the journals under `data` (a run records each finished subsidiary).
pub fn journal_lines(data: &Path) -> usize {
    let Ok(dir) = std::fs::read_dir(data.join("journals")) else {
        return 0;
    };
    dir.filter_map(Result::ok)
        .filter_map(|e| std::fs::read(e.path()).ok())
        .map(|bytes| bytes.iter().filter(|b| **b == b'\n').count())
        .sum()
}

/// Waits until the run writing its journal under `data` has finished `at_least` subsidiaries
/// (failing the test past `limit` or if the run ends first).
pub fn wait_for_journal(child: &mut Child, data: &Path, at_least: usize, limit: Duration) {
    let started = Instant::now();
    while journal_lines(data) < at_least {
        assert!(
            child.try_wait().unwrap().is_none(),
            "the run ended before {at_least} subsidiaries were done: make the run bigger"
        );
        assert!(started.elapsed() < limit, "no progress in {limit:?}");
        std::thread::sleep(Duration::from_millis(2));
    }
}

/// Waits for `child`, killing it and failing the test if it takes longer than `limit` (a
/// hang, not a slow machine: limits are ten times what a run takes). Its stdout and stderr
/// (if piped) are read as it goes, so a big report never blocks it on a full pipe.
pub fn wait_output(mut child: Child, limit: Duration, what: &str) -> Output {
    let drain = |pipe: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            if let Some(mut p) = pipe {
                let _ = p.read_to_end(&mut bytes);
            }
            bytes
        })
    };
    let stdout = drain(
        child
            .stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let stderr = drain(
        child
            .stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            let stderr = stderr.join().unwrap();
            panic!(
                "{what} still running after {limit:?}:\n{}",
                String::from_utf8_lossy(&stderr)
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Output {
        status,
        stdout: stdout.join().unwrap(),
        stderr: stderr.join().unwrap(),
    }
}

/// Runs an enroll command to its end; expects `code`; returns its JSON report.
pub fn run_enroll(mut c: Command, code: i32, limit: Duration) -> Value {
    let child = c
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let out = wait_output(child, limit, "enroll");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(code), "enroll: stderr:\n{stderr}");
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("the report is not JSON ({e}); stderr:\n{stderr}"))
}

/// A report's item counts: `created`, `unchanged`, `failed`...
pub fn items(report: &Value, outcome: &str) -> u64 {
    report["summary"]["items"][outcome]
        .as_u64()
        .unwrap_or_else(|| panic!("no summary.items.{outcome} in {:#}", report["summary"]))
}

/// Sends `signal` (`-KILL`, `-TERM`) to the process `pid`.
pub fn signal(pid: u32, signal: &str) {
    let ok = Command::new("kill")
        .args([signal, &pid.to_string()])
        .status()
        .unwrap()
        .success();
    assert!(ok, "kill {signal} {pid}");
}

/// What the backend's database holds for an enrollment of `n` subsidiaries, counted from the
/// file itself.
#[derive(Debug, PartialEq, Eq)]
pub struct Tally {
    /// Subsidiaries (`sub-000001`..) with no location, or a location without its Action Pack.
    pub lost: usize,
    /// Locations or purchases beyond one per subsidiary (and per offer).
    pub duplicated: usize,
    /// `PRAGMA integrity_check`.
    pub integrity: String,
}

pub fn tally(db: &Path, n: usize) -> Tally {
    let conn = rusqlite::Connection::open_with_flags(
        db,
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .unwrap_or_else(|e| panic!("{}: {e}", db.display()));
    let integrity: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    let query = |sql: &str| -> Vec<(String, i64)> {
        let mut st = conn.prepare(sql).unwrap();
        st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    tally_with(n, integrity, query)
}

/// The same count on a PostgreSQL database (`psql`); its integrity is PostgreSQL's to keep.
pub fn tally_postgres(database: &str, password: &str, n: usize) -> Tally {
    let query = |sql: &str| -> Vec<(String, i64)> {
        psql(database, password, sql)
            .lines()
            .filter(|l| !l.is_empty())
            .map(|l| {
                let (k, v) = l.rsplit_once('\t').unwrap();
                (k.to_string(), v.parse().unwrap())
            })
            .collect()
    };
    tally_with(n, "ok".to_string(), query)
}

/// What `psql` prints for `sql` on `database`: rows a line, columns separated by tabs.
pub fn psql(database: &str, password: &str, sql: &str) -> String {
    let out = Command::new("psql")
        .arg(database)
        .args(["-tA", "-F", "\t", "-v", "ON_ERROR_STOP=1", "-c", sql])
        .env("PGPASSWORD", password)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

/// Counts each subsidiary's location and Action Pack, and anything there twice.
fn tally_with(n: usize, integrity: String, query: impl Fn(&str) -> Vec<(String, i64)>) -> Tally {
    // Locations by key, and how many locations carry each company name.
    let keyed: BTreeMap<String, i64> = query(
        "SELECT k.key, COUNT(*) FROM location_keys k JOIN accounts a ON a.id = k.account_id \
         GROUP BY k.key",
    )
    .into_iter()
    .collect();
    let names = query(
        "SELECT company_name, COUNT(*) FROM accounts WHERE kind = 'location' GROUP BY company_name",
    );
    // Action Pack purchases per location (more than one would be a repeated purchase).
    let action_packs: BTreeMap<String, i64> = query(
        "SELECT k.key, COUNT(*) FROM location_keys k JOIN orders o ON o.account_id = k.account_id \
         WHERE o.kind = 'purchase' AND o.offer_id = 'action-pack' GROUP BY k.key",
    )
    .into_iter()
    .collect();
    let any_purchase_twice = query(
        "SELECT account_id || offer_id, COUNT(*) FROM orders WHERE kind = 'purchase' \
         GROUP BY account_id, offer_id HAVING COUNT(*) > 1",
    );
    let mut lost = 0;
    for i in 1..=n {
        let key = format!("sub-{i:06}");
        if keyed.get(&key).copied().unwrap_or(0) == 0
            || action_packs.get(&key).copied().unwrap_or(0) == 0
        {
            lost += 1;
        }
    }
    let extra_names: i64 = names.iter().map(|(_, c)| c - 1).sum();
    let extra_purchases: i64 = any_purchase_twice.iter().map(|(_, c)| c - 1).sum();
    let unexpected = keyed.len().saturating_sub(n);
    Tally {
        lost,
        duplicated: (extra_names + extra_purchases) as usize + unexpected,
        integrity,
    }
}

/// The offer id of Action Pack in the catalog, checked so that a renamed offer does not make
/// every subsidiary look lost for the wrong reason.
pub fn assert_catalog_has_action_pack(db: &Path) {
    let conn =
        rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .unwrap();
    let n: i64 = conn
        .query_row(
            "SELECT COUNT(*) FROM offers WHERE id = 'action-pack'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(n, 1, "the catalog has no offer 'action-pack'");
}

/// Faults injected by kind, from the summary line `serve` prints when it stops.
pub fn faults_injected(log: &str) -> BTreeMap<String, u64> {
    let line = log
        .lines()
        .rev()
        .find_map(|l| l.strip_prefix("FAULT INJECTION summary: "))
        .unwrap_or_else(|| panic!("no fault summary in the server's log:\n{log}"));
    line.split_whitespace()
        .filter_map(|kv| kv.split_once('='))
        .map(|(k, v)| (k.to_string(), v.parse().unwrap()))
        .collect()
}

/// The figures line: `RELIABILITY NAME key=value ...`.
pub fn figures(name: &str, pairs: &[(&str, String)]) {
    let kv: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
    // On a line of its own: the test harness may have begun one ("test NAME ... ").
    println!("\nRELIABILITY {name} {}", kv.join(" "));
}
