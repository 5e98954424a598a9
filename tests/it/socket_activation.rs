//! `serve` under socket activation (sd_listen_fds(3)): the listening socket passed as fd 3 with
//! `LISTEN_FDS=1` is served instead of `--listen`, a connection made while no `serve` runs is
//! answered by the next one, and what cannot be served on is refused before anything is
//! written.

use crate::common;

use common::{clean, http, reliability, with_fd3, Listener, Server};
use std::io::{Read, Write};
use std::os::fd::AsRawFd;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

const T0: &str = "2026-11-24T09:00:00Z";

fn partnerctl() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_partnerctl"))
}

#[test]
fn serve_answers_on_the_passed_socket_not_on_listen() {
    let home = tempfile::tempdir().unwrap();
    // `--listen` names a port this test holds: binding it would fail.
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let listen = taken.local_addr().unwrap().to_string();
    let listener = Listener::new();
    let server = Server::start_on(
        &listener,
        home.path(),
        &home.path().join("data"),
        T0,
        &["--listen", &listen],
        &[],
    );
    assert_eq!(server.url, format!("http://127.0.0.1:{}", listener.port()));
    let a = http(&server.addr(), "GET", "/openapi.json", &[], b"");
    assert_eq!(a.status, 200);
    let log = server.log();
    assert!(
        log.contains(&format!(
            "on http://127.0.0.1:{} (the socket passed in LISTEN_FDS)",
            listener.port()
        )),
        "{log}"
    );
}

#[test]
fn a_connection_made_between_two_serves_is_answered_by_the_second() {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("data");
    let listener = Listener::new();
    let first = Server::start_on(&listener, home.path(), &data, T0, &[], &[]);
    let addr = first.addr();
    first.stop();
    // No serve runs: the connection waits in the socket's queue, not refused.
    let mut s = std::net::TcpStream::connect(&addr).unwrap();
    s.set_read_timeout(Some(std::time::Duration::from_secs(30)))
        .unwrap();
    s.write_all(b"GET /openapi.json HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .unwrap();
    let _second = Server::start_on(&listener, home.path(), &data, T0, &[], &[]);
    let mut answer = String::new();
    let _ = s.read_to_string(&mut answer);
    assert!(answer.starts_with("HTTP/1.1 200 "), "{answer:?}");
}

/// Mail links to the server's address: with `--listen 0.0.0.0:0` it would need `--public-url`,
/// but the passed socket's address is what counts, and it names 127.0.0.1.
#[test]
fn the_address_of_the_passed_socket_is_the_one_mail_links_to() {
    let home = tempfile::tempdir().unwrap();
    let listener = Listener::new();
    let server = Server::start_on(
        &listener,
        home.path(),
        &home.path().join("data"),
        T0,
        &[
            "--listen",
            "0.0.0.0:0",
            "--smtp-url",
            "smtp://127.0.0.1:9",
            "--mail-from",
            "partners@contoso.test",
        ],
        &[],
    );
    assert_eq!(server.url, format!("http://127.0.0.1:{}", listener.port()));
}

/// How `serve` ends: a refusal ends it at once; a server that started is killed after this.
const REFUSED_WITHIN: Duration = Duration::from_secs(30);

/// `serve` run by `c`, on `home`'s data dir: its output once it ends (killed after
/// [`REFUSED_WITHIN`]).
fn serve_output(mut c: Command, home: &Path) -> std::process::Output {
    c.arg("--data-dir")
        .arg(home.join("data"))
        .args(["serve", "--listen", "127.0.0.1:0"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    reliability::wait_output(c.spawn().unwrap(), REFUSED_WITHIN, "serve")
}

/// A refusal of `serve` given `fd` as fd 3 and `env` (LISTEN_FDS=1 and LISTEN_PID its own
/// unless `env` says otherwise): exit 2, the message on stderr, nothing written.
fn refused(home: &Path, fd: i32, env: &[(&str, &str)], says: &str) {
    let mut c = with_fd3(partnerctl(), fd);
    clean(&mut c, home);
    c.envs(env.iter().copied());
    let out = serve_output(c, home);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{env:?}: {err}");
    assert!(err.contains(says), "{env:?}: {err}");
    assert!(!home.join("data").exists(), "nothing written");
}

#[test]
fn bad_counts_and_what_is_no_listening_tcp_socket_are_refused() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let fd = listener.as_raw_fd();
    for (var, value, why) in [
        (
            "LISTEN_FDS",
            "one",
            "LISTEN_FDS=\"one\" is not a number of sockets",
        ),
        ("LISTEN_FDS", "0", "LISTEN_FDS=0 passes no socket"),
        (
            "LISTEN_FDS",
            "2",
            "serve listens on one socket, and 2 are passed",
        ),
        ("LISTEN_PID", "me", "LISTEN_PID=\"me\" is not a process id"),
    ] {
        refused(h, fd, &[(var, value)], why);
    }

    let udp = std::net::UdpSocket::bind("127.0.0.1:0").unwrap();
    refused(h, udp.as_raw_fd(), &[], "fd 3 is not a TCP socket");
    let connected = std::net::TcpStream::connect(listener.local_addr().unwrap()).unwrap();
    refused(
        h,
        connected.as_raw_fd(),
        &[],
        "fd 3 is a TCP socket that is not listening",
    );
    let file = std::fs::File::open("/dev/null").unwrap();
    refused(h, file.as_raw_fd(), &[], "fd 3 is not a socket");

    // Nothing at fd 3 (or whatever the test runner left there, never a listening socket).
    let mut c = Command::new(partnerctl());
    clean(&mut c, h);
    c.env("LISTEN_FDS", "1");
    let out = serve_output(c, h);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("LISTEN_FDS=1, and fd 3 "), "{err}");
    assert!(err.contains("unset LISTEN_FDS"), "the way out: {err}");
}

/// `LISTEN_PID` names another process: the variables are not for this one, which binds
/// `--listen` as if they were not set.
#[test]
fn variables_meant_for_another_process_are_ignored() {
    let home = tempfile::tempdir().unwrap();
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let passed = listener.local_addr().unwrap().port();
    let mut c = with_fd3(partnerctl(), listener.as_raw_fd());
    clean(&mut c, home.path());
    let mut child = c
        .env("LISTEN_PID", "1")
        .arg("--data-dir")
        .arg(home.path().join("data"))
        .args(["serve", "--listen", "127.0.0.1:0"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    let read = std::io::BufRead::read_line(
        &mut std::io::BufReader::new(child.stdout.take().unwrap()),
        &mut line,
    );
    let _ = child.kill();
    let _ = child.wait();
    read.unwrap();
    let port: u16 = line
        .trim()
        .strip_prefix("http://127.0.0.1:")
        .unwrap_or_else(|| panic!("no URL line: {line:?}"))
        .parse()
        .unwrap();
    assert_ne!(port, passed, "the passed socket was not taken");
}
