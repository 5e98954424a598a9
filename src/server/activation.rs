//! Socket activation, as systemd does it (sd_listen_fds(3)): a supervisor that holds the
//! listening socket passes it to `serve` as descriptor 3 and says so with `LISTEN_FDS=1` and
//! `LISTEN_PID`, the process it is meant for. `serve` then takes that socket instead of
//! binding `--listen`: the port is never free while `serve` restarts, and the connections made
//! meanwhile wait in the socket's queue.
//!
//! The variables are read once, as the process starts and before any thread does, and removed
//! from the environment, so that no process `serve` starts takes them for its own. The socket
//! is made close-on-exec for the same reason.

use crate::env_vars::{LISTEN_FDS, LISTEN_PID};
use std::net::TcpListener;
use std::sync::OnceLock;

/// The first descriptor passed (`SD_LISTEN_FDS_START`).
pub const FIRST_FD: i32 = 3;

/// The variables, as the process found them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Passed {
    fds: Option<String>,
    pid: Option<String>,
}

static TAKEN: OnceLock<Passed> = OnceLock::new();

/// Reads `LISTEN_FDS` and `LISTEN_PID` and removes them (and `LISTEN_FDNAMES`, which goes
/// with them) from the environment. To be called before any thread starts: changing the
/// environment races with threads that read it.
pub fn take_environment() {
    let passed = Passed::from_env();
    for name in [LISTEN_FDS.name, LISTEN_PID.name, "LISTEN_FDNAMES"] {
        std::env::remove_var(name);
    }
    let _ = TAKEN.set(passed);
}

/// The listening socket passed to this process, if any: `None` when `LISTEN_FDS` is not set
/// or `LISTEN_PID` names another process. `Err`: why what is passed cannot be listened on.
pub fn listener() -> Result<Option<TcpListener>, String> {
    let passed = TAKEN.get().cloned().unwrap_or_else(Passed::from_env);
    if !passed.for_process(std::process::id())? {
        return Ok(None);
    }
    take(FIRST_FD).map(Some)
}

impl Passed {
    fn from_env() -> Passed {
        Passed {
            fds: LISTEN_FDS.get(),
            pid: LISTEN_PID.get(),
        }
    }

    /// Whether one socket is passed to the process `pid`. `LISTEN_PID`, when set, must be
    /// `pid`: else the variables were meant for another process (one that started this one
    /// and left them set) and are not for this one to act on, as systemd's rule says.
    fn for_process(&self, pid: u32) -> Result<bool, String> {
        let Some(fds) = &self.fds else {
            return Ok(false);
        };
        if let Some(meant_for) = &self.pid {
            match meant_for.trim().parse::<u32>() {
                Ok(p) if p == pid => {}
                Ok(_) => return Ok(false),
                Err(_) => {
                    return Err(format!(
                        "{}={meant_for:?} is not a process id",
                        LISTEN_PID.name
                    ))
                }
            }
        }
        match fds.trim().parse::<u64>() {
            Ok(1) => Ok(true),
            Ok(0) => Err(format!("{}=0 passes no socket", LISTEN_FDS.name)),
            Ok(n) => Err(format!(
                "{}={n}: serve listens on one socket, and {n} are passed",
                LISTEN_FDS.name
            )),
            Err(_) => Err(format!(
                "{}={fds:?} is not a number of sockets",
                LISTEN_FDS.name
            )),
        }
    }
}

/// `fd` as a listening TCP socket, non-blocking (as tokio takes it) and closed on exec.
#[cfg(unix)]
fn take(fd: i32) -> Result<TcpListener, String> {
    use std::os::fd::FromRawFd;
    check(fd)?;
    // SAFETY: `fd` is an open socket, passed for this process to own; nothing else here
    // uses it.
    let listener = unsafe { TcpListener::from_raw_fd(fd) };
    // SAFETY: F_SETFD on a descriptor this process owns.
    unsafe { libc::fcntl(fd, libc::F_SETFD, libc::FD_CLOEXEC) };
    listener
        .set_nonblocking(true)
        .map_err(|e| format!("{}=1, and fd {fd}: {e}", LISTEN_FDS.name))?;
    Ok(listener)
}

#[cfg(not(unix))]
fn take(_fd: i32) -> Result<TcpListener, String> {
    Err(format!(
        "{} is set, and sockets are passed this way only on Unix",
        LISTEN_FDS.name
    ))
}

/// Refuses `fd` unless it is an open TCP socket (IPv4 or IPv6) that listens.
#[cfg(unix)]
fn check(fd: i32) -> Result<(), String> {
    let refused = |what: &str| format!("{}=1, and fd {fd} {what}", LISTEN_FDS.name);
    // SAFETY: fstat and getsockname write into the zeroed structures given, at most their
    // size; getsockopt into one int.
    unsafe {
        let mut st: libc::stat = std::mem::zeroed();
        if libc::fstat(fd, &mut st) != 0 {
            return Err(refused("is not open"));
        }
        if st.st_mode & libc::S_IFMT != libc::S_IFSOCK {
            return Err(refused("is not a socket"));
        }
        let mut addr: libc::sockaddr_storage = std::mem::zeroed();
        let mut len = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
        if libc::getsockname(fd, (&raw mut addr).cast(), &mut len) != 0
            || !matches!(i32::from(addr.ss_family), libc::AF_INET | libc::AF_INET6)
        {
            return Err(refused(
                "is not a TCP socket (its family is not IPv4 or IPv6)",
            ));
        }
        let option = |name: libc::c_int| {
            let mut value: libc::c_int = 0;
            let mut len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
            let got = libc::getsockopt(
                fd,
                libc::SOL_SOCKET,
                name,
                (&raw mut value).cast(),
                &mut len,
            );
            (got == 0).then_some(value)
        };
        if option(libc::SO_TYPE) != Some(libc::SOCK_STREAM) {
            return Err(refused("is not a TCP socket (it is not a stream socket)"));
        }
        if option(libc::SO_ACCEPTCONN) != Some(1) {
            return Err(refused(
                "is a TCP socket that is not listening (a .socket unit's ListenStream= is)",
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn passed(fds: Option<&str>, pid: Option<&str>) -> Passed {
        Passed {
            fds: fds.map(str::to_string),
            pid: pid.map(str::to_string),
        }
    }

    #[test]
    fn one_socket_for_this_process_is_taken_and_bad_counts_are_refused() {
        assert_eq!(passed(None, None).for_process(42), Ok(false));
        assert_eq!(passed(None, Some("42")).for_process(42), Ok(false));
        assert_eq!(passed(Some("1"), Some("42")).for_process(42), Ok(true));
        assert_eq!(passed(Some(" 1 "), None).for_process(42), Ok(true));
        // Meant for another process: not for this one, whatever the count says.
        assert_eq!(passed(Some("1"), Some("41")).for_process(42), Ok(false));
        assert_eq!(passed(Some("x"), Some("41")).for_process(42), Ok(false));
        let refused = |fds, pid| passed(Some(fds), pid).for_process(42).unwrap_err();
        assert!(refused("0", None).contains("LISTEN_FDS=0 passes no socket"));
        assert!(refused("2", Some("42")).contains("one socket, and 2 are passed"));
        assert!(refused("one", None).contains("LISTEN_FDS=\"one\" is not a number"));
        assert!(refused("-1", None).contains("is not a number"));
        assert!(refused("1", Some("me")).contains("LISTEN_PID=\"me\" is not a process id"));
    }

    #[cfg(unix)]
    #[test]
    fn only_a_listening_tcp_socket_passes_the_check() {
        use std::os::fd::AsRawFd;
        let listening = TcpListener::bind("127.0.0.1:0").unwrap();
        assert_eq!(check(listening.as_raw_fd()), Ok(()));
        let v6 = TcpListener::bind("[::1]:0");
        if let Ok(v6) = &v6 {
            assert_eq!(check(v6.as_raw_fd()), Ok(()));
        }

        let connected = std::net::TcpStream::connect(listening.local_addr().unwrap()).unwrap();
        let err = check(connected.as_raw_fd()).unwrap_err();
        assert!(
            err.contains("is a TCP socket that is not listening"),
            "{err}"
        );
        let udp = std::net::UdpSocket::bind("127.0.0.1:0").unwrap();
        let err = check(udp.as_raw_fd()).unwrap_err();
        assert!(err.contains("not a stream socket"), "{err}");
        let dir = tempfile::tempdir().unwrap();
        let unix = std::os::unix::net::UnixListener::bind(dir.path().join("s")).unwrap();
        let err = check(unix.as_raw_fd()).unwrap_err();
        assert!(err.contains("family is not IPv4 or IPv6"), "{err}");
        let file = std::fs::File::open("/dev/null").unwrap();
        let err = check(file.as_raw_fd()).unwrap_err();
        assert!(err.contains("is not a socket"), "{err}");
        let err = check(1 << 20).unwrap_err();
        assert!(err.contains("is not open"), "{err}");
    }
}
