//! Shared by the end-to-end and HTTP tests: a `partnerctl serve` on a loopback socket the test
//! keeps (restarts serve the same port), stopped when dropped, and a minimal HTTP/1.1 client
//! for raw requests.
#![allow(dead_code)] // Each test file uses a part.

pub mod balancer;
mod databases;
mod home;
pub mod json_schema;
pub mod reliability;
pub mod smtp;
pub mod tenant;
#[allow(unused_imports)] // Not every test file uses every part.
pub use databases::*;
#[allow(unused_imports)]
pub use home::*;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{mpsc, Arc};
use std::time::Duration;

/// The environment every test command gets: nothing of the user's.
pub fn clean(c: &mut Command, home: &Path) {
    c.env_clear()
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("share"))
        .env("PARTNERCTL_KEYRING", "off");
}

/// A listening socket on a free loopback port that a test keeps for its whole life and hands
/// to each `serve` it starts, as systemd's socket activation does (fd 3, `LISTEN_FDS=1`,
/// `LISTEN_PID`): a restart serves the same port with no moment in which another process could
/// take it, so the CLI's session, which belongs to the backend's URL, stays good.
#[derive(Debug, Clone)]
pub struct Listener(Arc<TcpListener>);

impl Listener {
    pub fn new() -> Listener {
        Listener(Arc::new(TcpListener::bind("127.0.0.1:0").unwrap()))
    }

    pub fn port(&self) -> u16 {
        self.0.local_addr().unwrap().port()
    }

    /// `program` to be run with this socket as its fd 3 ([`with_fd3`]).
    pub fn command(&self, program: &Path) -> Command {
        use std::os::fd::AsRawFd;
        with_fd3(program, self.0.as_raw_fd())
    }
}

/// `program` to be run with `fd` (open here until the command is spawned) as its fd 3, and
/// `LISTEN_FDS=1` and `LISTEN_PID` its own process id unless the command's environment sets
/// them: `sh` knows that id, sets it and `exec`s the program in its place.
pub fn with_fd3(program: &Path, fd: std::os::fd::RawFd) -> Command {
    use std::os::unix::process::CommandExt;
    let mut c = Command::new("/bin/sh");
    c.args([
        "-c",
        r#": "${LISTEN_FDS=1}" "${LISTEN_PID=$$}"; export LISTEN_FDS LISTEN_PID; exec "$0" "$@""#,
    ])
    .arg(program);
    // SAFETY: between fork and exec, only dup2 and fcntl, which are async-signal-safe. The copy
    // at 3 must not be closed on exec (dup2 leaves fd 3 as it is when it is `fd`).
    unsafe {
        c.pre_exec(move || {
            if libc::dup2(fd, 3) < 0 || libc::fcntl(3, libc::F_SETFD, 0) < 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    c
}

/// A `partnerctl serve` on a [`Listener`], killed (and waited for) when dropped. The socket
/// stays open, taking connections into its queue, while the test holds a [`Server::listener`]
/// of it; it is closed with the last.
pub struct Server {
    child: Child,
    listener: Listener,
    pub url: String,
    pub port: u16,
    pub log: PathBuf,
}

impl Server {
    /// Serves `data` with the clock at `now` on a loopback port of its own, with `extra` flags
    /// (e.g. `--sandbox`, `--rate-limit 2`). The server logs requests to `log`.
    pub fn start(home: &Path, data: &Path, now: &str, extra: &[&str]) -> Server {
        Server::start_with(home, data, now, extra, &[])
    }

    /// As [`Server::start`], with these environment variables too.
    pub fn start_with(
        home: &Path,
        data: &Path,
        now: &str,
        extra: &[&str],
        env: &[(&str, &str)],
    ) -> Server {
        Server::start_on(&Listener::new(), home, data, now, extra, env)
    }

    /// As [`Server::start_with`], on `listener`: a restart, on the port of the server before
    /// (stopped first), with [`Server::listener`].
    pub fn start_on(
        listener: &Listener,
        home: &Path,
        data: &Path,
        now: &str,
        extra: &[&str],
        env: &[(&str, &str)],
    ) -> Server {
        let log = home.join(format!("serve-{}.log", partnerctl::random::uuid()));
        let mut c = listener.command(Path::new(env!("CARGO_BIN_EXE_partnerctl")));
        clean(&mut c, home);
        c.envs(env.iter().copied());
        c.env("PARTNERCTL_NOW", now)
            .arg("--data-dir")
            .arg(data)
            .args(["-v", "serve"])
            .args(extra)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(std::fs::File::create(&log).unwrap());
        let mut child = c.spawn().expect("partnerctl serve starts");
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let _ = BufReader::new(stdout).read_line(&mut line);
            let _ = tx.send(line);
        });
        let url = match rx.recv_timeout(Duration::from_secs(30)) {
            Ok(line) if line.starts_with("http://") => line.trim().to_string(),
            other => {
                let _ = child.kill();
                let _ = child.wait();
                panic!(
                    "partnerctl serve did not start ({other:?}):\n{}",
                    std::fs::read_to_string(&log).unwrap_or_default()
                );
            }
        };
        let port = url.rsplit(':').next().unwrap().parse().unwrap();
        if port != listener.port() {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "serve listens on {url}, not on the socket passed (port {})",
                listener.port()
            );
        }
        Server {
            child,
            listener: listener.clone(),
            url,
            port,
            log,
        }
    }

    /// The socket this server listens on, for the next server of the test.
    pub fn listener(&self) -> Listener {
        self.listener.clone()
    }

    /// What the server wrote on stderr so far.
    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    pub fn addr(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    /// Stops the server as SIGTERM would (kill on other systems) and waits for it.
    pub fn stop(mut self) {
        self.halt();
    }

    /// Stops the server with SIGTERM, as an operator would, and waits for it to finish what
    /// it was doing; returns its log.
    #[cfg(unix)]
    pub fn terminate(mut self) -> String {
        reliability::signal(self.child.id(), "-TERM");
        let _ = self.child.wait();
        self.log()
    }

    /// Sends SIGTERM and waits at most `limit` for the server to exit: its log, or `None` if
    /// it was still running then (it is killed).
    #[cfg(unix)]
    pub fn terminate_within(mut self, limit: Duration) -> Option<String> {
        reliability::signal(self.child.id(), "-TERM");
        let started = std::time::Instant::now();
        while started.elapsed() < limit {
            if let Ok(Some(_)) = self.child.try_wait() {
                return Some(self.log());
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        None
    }

    /// The server's process id.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    fn halt(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.halt();
    }
}

/// An answer to a raw request.
#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Answer {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| {
            panic!(
                "not JSON ({e}): {} {}",
                self.status,
                String::from_utf8_lossy(&self.body)
            )
        })
    }
}

/// One HTTP/1.1 request to `addr` (loopback only), `Connection: close`, read to the end. The
/// body is written while the answer is read ([`http_raw`]): a server may answer and close
/// before it has read a body it refuses (413).
/// A form-encoded `POST` (the token endpoint's and the device-code page's requests).
pub fn post_form(addr: &str, path: &str, fields: &[(&str, &str)]) -> Answer {
    let body = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(fields)
        .finish();
    http(
        addr,
        "POST",
        path,
        &[("Content-Type", "application/x-www-form-urlencoded")],
        body.as_bytes(),
    )
}

pub fn http(addr: &str, method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Answer {
    let mut req = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    for (k, v) in headers {
        req += &format!("{k}: {v}\r\n");
    }
    if !body.is_empty() || matches!(method, "POST" | "PUT") {
        req += &format!("Content-Length: {}\r\n", body.len());
    }
    req += "\r\n";
    let mut bytes = req.into_bytes();
    bytes.extend_from_slice(body);
    let a = http_raw(addr, bytes, method == "HEAD");
    assert_ne!(
        a.status,
        0,
        "{method} {path}: {}",
        String::from_utf8_lossy(&a.body)
    );
    a
}

/// Sends `request` exactly as given (non-UTF-8 headers, chunked or oversized bodies) to `addr`
/// (loopback only) and reads the answer to the end. The request is written on another thread,
/// so a server that answers before reading it all is heard. No answer at all is status 0, with
/// why in the body.
pub fn http_raw(addr: &str, request: Vec<u8>, head: bool) -> Answer {
    assert!(
        addr.starts_with("127.0.0.1:"),
        "tests talk to loopback only"
    );
    let no_answer = |why: String| Answer {
        status: 0,
        headers: Vec::new(),
        body: why.into_bytes(),
    };
    let mut s = match TcpStream::connect(addr) {
        Ok(s) => s,
        Err(e) => return no_answer(format!("connect: {e}")),
    };
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let mut writer = s.try_clone().unwrap();
    let sending = std::thread::spawn(move || {
        // The server may close once it has answered; what it did not read does not matter.
        let _ = writer.write_all(&request);
    });
    let mut raw = Vec::new();
    let read = s.read_to_end(&mut raw);
    let _ = sending.join();
    match read {
        Err(e) if raw.is_empty() => no_answer(format!("read: {e}")),
        _ if !raw.windows(4).any(|w| w == b"\r\n\r\n") => no_answer(format!(
            "no complete answer: {:?}",
            String::from_utf8_lossy(&raw)
        )),
        _ => parse(&raw, head),
    }
}

fn parse(raw: &[u8], head: bool) -> Answer {
    let end = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a complete head");
    let head_text = String::from_utf8_lossy(&raw[..end]).to_string();
    let mut lines = head_text.split("\r\n");
    let status = lines
        .next()
        .unwrap()
        .split(' ')
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let rest = &raw[end + 4..];
    let chunked = headers
        .iter()
        .any(|(k, v)| k == "transfer-encoding" && v.contains("chunked"));
    let body = if head {
        Vec::new()
    } else if chunked {
        dechunk(rest)
    } else {
        rest.to_vec()
    };
    Answer {
        status,
        headers,
        body,
    }
}

fn dechunk(mut raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let Some(eol) = raw.windows(2).position(|w| w == b"\r\n") else {
            return out;
        };
        let size =
            usize::from_str_radix(String::from_utf8_lossy(&raw[..eol]).trim(), 16).unwrap_or(0);
        if size == 0 {
            return out;
        }
        out.extend_from_slice(&raw[eol + 2..eol + 2 + size]);
        raw = &raw[eol + 2 + size + 2..];
    }
}

/// JSON headers with a bearer token.
pub fn bearer(token: &str) -> String {
    format!("Bearer {token}")
}

/// The binary with a clean environment, against `url`, at `now`, JSON out.
pub fn partnerctl(home: &Path, url: &str, now: &str) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_partnerctl"));
    clean(&mut c, home);
    c.env("PARTNERCTL_BACKEND", url)
        .env("PARTNERCTL_NOW", now)
        .args(["-o", "json"])
        .stdin(Stdio::null());
    c
}

/// Runs `c`, expects success, parses stdout.
pub fn ok_json(c: &mut Command) -> serde_json::Value {
    let out = c.output().unwrap();
    assert!(
        out.status.success(),
        "{c:?} failed ({:?}):\n{}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

pub fn example(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(name)
        .display()
        .to_string()
}

/// Enrolls an example organization through the CLI, and signs its Global admin in for the first
/// time, choosing a password; returns (Global admin UPN, password).
pub fn enroll(home: &Path, url: &str, now: &str, example_file: &str) -> (String, String) {
    let v = ok_json(partnerctl(home, url, now).args([
        "account",
        "create",
        "-f",
        &example(example_file),
        "--accept-agreement",
    ]));
    let upn = v["tenantCreated"]["globalAdmin"]["userPrincipalName"]
        .as_str()
        .or_else(|| v["created"]["owner"].as_str())
        .unwrap_or_else(|| panic!("no Global admin in {v:#}"))
        .to_string();
    let temporary = v["tenantCreated"]["temporaryPassword"]
        .as_str()
        .unwrap_or_else(|| panic!("no password in {v:#}"))
        .to_string();
    // The Global admin's first sign-in changes the temporary password.
    let chosen = format!("Chosen-{temporary}");
    let addr = url.trim_start_matches("http://").trim_end_matches('/');
    let a = change_password_attempt(addr, &upn, &temporary, &chosen);
    assert_eq!(a.status, 200, "{}", String::from_utf8_lossy(&a.body));
    (upn, chosen)
}

/// The access token of a first sign-in with a temporary password, which changes it to
/// `Chosen-TEMPORARY`.
pub fn first_sign_in(addr: &str, upn: &str, temporary: &str) -> String {
    let a = change_password_attempt(addr, upn, temporary, &format!("Chosen-{temporary}"));
    assert_eq!(a.status, 200, "{}", String::from_utf8_lossy(&a.body));
    a.json()["access_token"].as_str().unwrap().to_string()
}

/// A sign-in that changes the password (`PASSWORD_CHANGE_GRANT`), as it is answered.
pub fn change_password_attempt(addr: &str, upn: &str, password: &str, new: &str) -> Answer {
    let domain = upn.rsplit('@').next().unwrap();
    let body = form_urlencoded::Serializer::new(String::new())
        .append_pair("grant_type", partnerctl::protocol::PASSWORD_CHANGE_GRANT)
        .append_pair("username", upn)
        .append_pair("password", password)
        .append_pair("new_password", new)
        .finish();
    http(
        addr,
        "POST",
        &format!("/{domain}/oauth2/token"),
        &[("Content-Type", "application/x-www-form-urlencoded")],
        body.as_bytes(),
    )
}

/// A password sign-in at the token endpoint of the user's domain, as it is answered.
pub fn sign_in_attempt(addr: &str, upn: &str, password: &str) -> Answer {
    let domain = upn.rsplit('@').next().unwrap();
    let body = form_urlencoded::Serializer::new(String::new())
        .append_pair("grant_type", "password")
        .append_pair("username", upn)
        .append_pair("password", password)
        .finish();
    http(
        addr,
        "POST",
        &format!("/{domain}/oauth2/token"),
        &[("Content-Type", "application/x-www-form-urlencoded")],
        body.as_bytes(),
    )
}

/// An access token from the token endpoint.
pub fn sign_in(addr: &str, upn: &str, password: &str) -> String {
    let a = sign_in_attempt(addr, upn, password);
    assert_eq!(a.status, 200, "{}", String::from_utf8_lossy(&a.body));
    a.json()["access_token"].as_str().unwrap().to_string()
}
