//! Support for the crate's own tests (unit and integration): a throwaway PostgreSQL cluster,
//! started once per test process with Debian's `pg_virtualenv` and dropped when the process
//! ends. Not part of the tool's interface: the variables it reads are the tests' own, not the
//! tool's, so they are not in `crate::env_vars`.
#![allow(clippy::disallowed_methods)]

use std::io::Read;
use std::process::{Child, Command, Stdio};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

/// Set (to an admin URL `postgres://USER@HOST:PORT/postgres`, with the password in
/// `PGPASSWORD`) to use a running server instead of starting a cluster.
pub const URL_VAR: &str = "PARTNERCTL_TEST_POSTGRES_URL";

/// A PostgreSQL server the tests may create databases in.
pub struct Postgres {
    admin_url: String,
    password: String,
    /// `pg_virtualenv` waiting on its standard input: the cluster lives until it closes.
    _cluster: Option<Mutex<Child>>,
}

impl Postgres {
    /// A new, empty database, created as the README says (locale C); its URL (the password
    /// is [`Postgres::password`]).
    pub fn new_database(&self) -> String {
        self.new_database_in("C")
    }

    /// A new, empty database in `locale` (collation and character classes).
    pub fn new_database_in(&self, locale: &str) -> String {
        let name = format!("t_{}", crate::random::uuid().simple());
        let out = Command::new("psql")
            .arg(&self.admin_url)
            .args(["-v", "ON_ERROR_STOP=1", "-q", "-c"])
            .arg(format!(
                "CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LOCALE '{locale}'"
            ))
            .env("PGPASSWORD", &self.password)
            .output()
            .expect("psql runs");
        assert!(
            out.status.success(),
            "CREATE DATABASE failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        match self.admin_url.rsplit_once('/') {
            Some((server, _)) => format!("{server}/{name}"),
            None => panic!("the admin URL names a database"),
        }
    }

    pub fn password(&self) -> &str {
        &self.password
    }

    /// The variables that hand this server to a child test process.
    pub fn env(&self) -> [(&'static str, String); 2] {
        [
            (URL_VAR, self.admin_url.clone()),
            ("PGPASSWORD", self.password.clone()),
        ]
    }
}

/// The tests' PostgreSQL server, started on first use; `None` where PostgreSQL's server
/// programs are not installed (with one line saying so on stderr). Under CI (`CI=true`) a
/// missing PostgreSQL fails the test instead: the PostgreSQL suite must run there.
pub fn postgres() -> Option<&'static Postgres> {
    static SERVER: OnceLock<Option<Postgres>> = OnceLock::new();
    let server = SERVER.get_or_init(|| {
        if let Ok(url) = std::env::var(URL_VAR) {
            return Some(Postgres {
                admin_url: url,
                password: std::env::var("PGPASSWORD").unwrap_or_default(),
                _cluster: None,
            });
        }
        if !installed() {
            return None;
        }
        Some(start())
    });
    if server.is_none() {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "PostgreSQL is not installed, and CI must run the PostgreSQL suite (apt-get install postgresql)"
        );
        eprintln!(
            "skipped: PostgreSQL tests (install Debian's postgresql package, or set {URL_VAR})"
        );
    }
    server.as_ref()
}

fn installed() -> bool {
    let on_path = |name: &str| {
        std::env::var_os("PATH")
            .is_some_and(|p| std::env::split_paths(&p).any(|d| d.join(name).is_file()))
    };
    on_path("pg_virtualenv")
        && on_path("psql")
        && std::fs::read_dir("/usr/lib/postgresql")
            .map(|d| d.flatten().any(|v| v.path().join("bin/postgres").is_file()))
            .unwrap_or(false)
}

fn start() -> Postgres {
    let path = std::env::temp_dir().join(format!(
        "partnerctl-test-postgres-{}",
        crate::random::uuid().simple()
    ));
    // The cluster lives as long as `cat` waits on the pipe this process holds: when the test
    // process ends, the pipe closes, `cat` ends, and pg_virtualenv drops the cluster.
    let mut child = Command::new("pg_virtualenv")
        .args(["-t", "-o", "max_connections=400", "-o", "fsync=off"])
        .args([
            "sh",
            "-c",
            r#"printf '%s\n' "$PGHOST" "$PGPORT" "$PGUSER" "$PGPASSWORD" > "$0.tmp" && mv "$0.tmp" "$0"; exec cat"#,
        ])
        .arg(&path)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("pg_virtualenv starts");
    let started = Instant::now();
    loop {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        if lines.len() == 4 {
            let _ = std::fs::remove_file(&path);
            let host = if lines[0].starts_with('/') {
                "localhost"
            } else {
                lines[0]
            };
            return Postgres {
                admin_url: format!("postgres://{}@{host}:{}/postgres", lines[2], lines[1]),
                password: lines[3].to_string(),
                _cluster: Some(Mutex::new(child)),
            };
        }
        if let Ok(Some(status)) = child.try_wait() {
            let mut err = String::new();
            if let Some(mut e) = child.stderr.take() {
                let _ = e.read_to_string(&mut err);
            }
            panic!("pg_virtualenv exited ({status}) before the cluster was up: {err}");
        }
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "the PostgreSQL cluster did not start within two minutes"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// A DNS server for the tests: Debian's dnsmasq on a free 127.0.0.1 port (UDP and TCP),
/// answering only the TXT records it was given; stopped when dropped.
pub struct Dns {
    child: Child,
    pub port: u16,
}

impl Dns {
    /// `ADDRESS:PORT`, as `PARTNERCTL_DNS_SERVER` takes it.
    pub fn server(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }
}

impl Drop for Dns {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// dnsmasq serving `records` (name, TXT value; a name may come more than once); `None` where
/// dnsmasq is not installed (one line on stderr says how to install it), except under CI
/// (`CI=true`), where it fails the test instead.
pub fn dns(records: &[(&str, &str)]) -> Option<Dns> {
    // A port free for TCP is taken for UDP too; another process could take it between, which
    // the start would report.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    dns_at(port, records)
}

/// As [`dns`], on `port`.
pub fn dns_at(port: u16, records: &[(&str, &str)]) -> Option<Dns> {
    let program = ["/usr/sbin/dnsmasq", "/usr/bin/dnsmasq", "/sbin/dnsmasq"]
        .into_iter()
        .find(|p| std::path::Path::new(p).is_file());
    let Some(program) = program else {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "dnsmasq is not installed, and CI must run the DNS tests (apt-get install dnsmasq-base)"
        );
        eprintln!(
            "skipped: DNS tests (install Debian's dnsmasq-base: apt-get install dnsmasq-base)"
        );
        return None;
    };
    let mut c = Command::new(program);
    c.args([
        "--no-daemon",
        "--conf-file=/dev/null",
        "--no-resolv",
        "--no-hosts",
        "--listen-address=127.0.0.1",
        "--bind-interfaces",
    ])
    .arg(format!("--port={port}"))
    .stdout(Stdio::null())
    .stderr(Stdio::piped());
    for (name, value) in records {
        c.arg(format!("--txt-record={name},{value}"));
    }
    let mut child = c.spawn().expect("dnsmasq starts");
    let started = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        if let Ok(Some(status)) = child.try_wait() {
            let mut err = String::new();
            if let Some(mut e) = child.stderr.take() {
                let _ = e.read_to_string(&mut err);
            }
            panic!("dnsmasq exited ({status}): {err}");
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "dnsmasq did not listen within 30 seconds"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    Some(Dns { child, port })
}
