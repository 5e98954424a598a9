//! A real mail server for the tests: Python's aiosmtpd (`tests/tools/smtp_sink.py`) on a
//! loopback port, writing each message it accepts to a directory the test reads.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The Python that has `module` (Debian's packages go to /usr/bin/python3, which a PATH with
/// another Python first would miss), or `None` with one line saying how to get it; under
/// `CI=true` a missing one fails the test instead.
pub fn python_with(module: &str, package: &str) -> Option<PathBuf> {
    let found = ["/usr/bin/python3", "python3"].into_iter().find(|py| {
        Command::new(py)
            .args(["-c", &format!("import {module}")])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    });
    if found.is_none() {
        missing(&format!(
            "Python's {module} (apt-get install {package}; .ci/run does)"
        ));
    }
    found.map(PathBuf::from)
}

/// A test that needs something missing: one line, or a failure under CI.
#[allow(clippy::disallowed_methods)] // The test's own environment, not the program's.
pub fn missing(what: &str) {
    assert!(
        std::env::var("CI").as_deref() != Ok("true"),
        "{what} is not installed, and CI must run this test"
    );
    eprintln!("skipped: needs {what}");
}

/// A free loopback port (free when asked: the test starts its server on it soon after).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn script(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/tools")
        .join(name)
}

/// aiosmtpd on 127.0.0.1, stopped when dropped.
pub struct SmtpSink {
    child: Child,
    pub port: u16,
    pub dir: PathBuf,
}

impl SmtpSink {
    /// Starts the server on `port`, writing to `dir`; recipients containing `refuse` get 550.
    pub fn start(python: &Path, port: u16, dir: &Path, refuse: Option<&str>) -> SmtpSink {
        std::fs::create_dir_all(dir).unwrap();
        let mut c = Command::new(python);
        c.arg(script("smtp_sink.py")).arg(port.to_string()).arg(dir);
        if let Some(r) = refuse {
            c.args(["--refuse", r]);
        }
        let mut child = c
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("python starts");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        assert!(
            line.starts_with("ready"),
            "the mail server did not start: {line:?}"
        );
        SmtpSink {
            child,
            port,
            dir: dir.to_path_buf(),
        }
    }

    /// `smtp://127.0.0.1:PORT`.
    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// The messages received so far, in order, as the server decoded them.
    pub fn messages(&self) -> Vec<serde_json::Value> {
        messages(&self.dir)
    }

    /// Waits (a minute at most) until `n` messages have arrived.
    pub fn wait_for(&self, n: usize) -> Vec<serde_json::Value> {
        let got = eventually(|| Some(self.messages()).filter(|m| m.len() >= n));
        got.unwrap_or_else(|| panic!("{n} messages did not arrive: {:?}", self.messages()))
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The `N.json` records in `dir`, in order.
pub fn messages(dir: &Path) -> Vec<serde_json::Value> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "json"));
    files.sort();
    files
        .iter()
        .map(|p| serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap())
        .collect()
}

/// `f` until it has an answer, for a minute at most (delivery runs on its own schedule).
pub fn eventually<T>(mut f: impl FnMut() -> Option<T>) -> Option<T> {
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(60) {
        if let Some(v) = f() {
            return Some(v);
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    None
}

/// The six-digit code in a mail's text.
pub fn code_in(text: &str) -> String {
    let re = regex_bites::Regex::new(r"\b(\d{6})\b").unwrap();
    re.captures(text)
        .unwrap_or_else(|| panic!("no code in {text}"))[1]
        .to_string()
}

/// The confirmation link in a mail's text.
pub fn link_in(text: &str) -> String {
    let re = regex_bites::Regex::new(r"(http://\S+/confirm/[A-Za-z0-9_-]+)").unwrap();
    re.captures(text)
        .unwrap_or_else(|| panic!("no link in {text}"))[1]
        .to_string()
}

/// The Python script driving Chromium (see `tests/tools/confirm_in_browser.py`).
pub fn browser_script() -> PathBuf {
    script("confirm_in_browser.py")
}
