//! Secrets stay secret: a whole flow through the real binary against `partnerctl serve`, at
//! the highest verbosity on both sides (the CLI's `-vvv` shows every header of every request
//! and answer, `Authorization` redacted), then
//! - at rest: every file of the server's data dir (the SQLite database, its `-wal` and
//!   `-shm`, read raw, and every column of every table read through SQLite) holds no password,
//!   access or refresh token, client secret or verification code in the clear, only hashes
//!   and sealed blobs;
//! - in output: no stdout or stderr of any command, no server log, and no file next to the
//!   session store shows one, except the stdout whose purpose is to show it once (listed in
//!   `INTENDED`). (`-v` shows a line per request on both sides, with its correlation id.)

use crate::common;

use common::{clean, Server};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const T0: &str = "2026-11-24T09:00:00Z";
/// Two hours on: the access token of the first sign-in has expired and is refreshed.
const T1: &str = "2026-11-24T11:00:00Z";
const CLIENT_SECRET: &str = "Cl1ent-Secret-of-the-app-7f3a";

/// Commands whose stdout is meant to show a secret once: `account create` and `users add`
/// print the temporary password (only its hash is kept), `outbox list` is the simulated
/// mailbox the verification code is read from, `auth token` prints the access token for
/// scripts. Their stderr is checked like every other output.
const INTENDED: &[&str] = &["account create", "users add", "outbox list", "auth token"];

struct Run {
    what: String,
    out: Output,
}

/// One flow: its home (config, session store, server logs), the server's data dir, every
/// command's output, and every secret it made.
struct Flow {
    home: tempfile::TempDir,
    data: PathBuf,
    runs: Vec<Run>,
    logs: Vec<String>,
    secrets: Vec<(String, String)>,
}

impl Flow {
    fn secret(&mut self, what: &str, value: &str) {
        assert!(value.len() >= 6, "{what}: {value:?}");
        self.secrets.push((what.to_string(), value.to_string()));
    }

    fn run(&mut self, c: &mut Command, what: &str, stdin: Option<&str>) -> Output {
        c.stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
        let mut child = c.spawn().unwrap();
        if let Some(input) = stdin {
            use std::io::Write;
            child
                .stdin
                .take()
                .unwrap()
                .write_all(input.as_bytes())
                .unwrap();
        }
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{what} failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        self.runs.push(Run {
            what: what.to_string(),
            out: out.clone(),
        });
        out
    }
}

/// The binary at the highest verbosity against `url`, with a clean environment.
fn cli(home: &Path, url: &str, now: &str) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_partnerctl"));
    clean(&mut c, home);
    c.env("PARTNERCTL_BACKEND", url)
        .env("PARTNERCTL_NOW", now)
        .args(["-vvv", "-o", "json"]);
    c
}

fn json(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Every `pc_at_`/`pc_rt_` token in `text`.
fn tokens_in(text: &str) -> Vec<String> {
    regex_bites::Regex::new(r"pc_(at|rt)_[A-Za-z0-9_-]{20,}")
        .unwrap()
        .find_iter(text)
        .map(|m| m.as_str().to_string())
        .collect()
}

fn flow() -> Flow {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("srv");
    let mut f = Flow {
        data: data.clone(),
        home,
        runs: Vec::new(),
        logs: Vec::new(),
        secrets: Vec::new(),
    };
    let h = f.home.path().to_path_buf();
    // Request logging (-v) and two more levels.
    let server = Server::start(&h, &data, T0, &["-vv"]);
    let url = server.url.clone();

    let created = f.run(
        cli(&h, &url, T0).args([
            "account",
            "create",
            "-f",
            &common::example("contoso-us.yaml"),
            "--accept-agreement",
        ]),
        "account create",
        None,
    );
    let created = json(&created);
    let upn = created["owner"].as_str().unwrap().to_string();
    let password = created["tenantCreated"]["temporaryPassword"]
        .as_str()
        .unwrap()
        .to_string();
    f.secret("the Global admin's temporary password", &password);
    // The first sign-in changes it: the new one is a secret too.
    let chosen = format!("Chosen-{password}");
    f.secret("the Global admin's chosen password", &chosen);
    f.run(
        cli(&h, &url, T0).args([
            "login",
            "--username",
            &upn,
            "--password-stdin",
            "--new-password-stdin",
        ]),
        "login",
        Some(&format!("{password}\n{chosen}\n")),
    );
    f.run(cli(&h, &url, T0).arg("whoami"), "whoami", None);
    let added = f.run(
        cli(&h, &url, T0).args([
            "users",
            "add",
            "--email",
            "bob@contoso.com",
            "--first-name",
            "Bob",
            "--last-name",
            "Builder",
        ]),
        "users add",
        None,
    );
    let user_password = json(&added)["temporaryPassword"]
        .as_str()
        .unwrap()
        .to_string();
    f.secret("a new user's temporary password", &user_password);
    let mails = f.run(
        cli(&h, &url, T0).args(["outbox", "list"]),
        "outbox list",
        None,
    );
    let body = json(&mails)[0]["body"].as_str().unwrap().to_string();
    let code = regex_bites::Regex::new(r"code (\d{6})")
        .unwrap()
        .captures(&body)
        .unwrap()[1]
        .to_string();
    f.secret("the verification code", &code);
    f.run(
        cli(&h, &url, T0).args(["account", "verify", "--code-stdin"]),
        "account verify",
        Some(&format!("{code}\n")),
    );
    let token = f.run(
        cli(&h, &url, T0).args(["auth", "token"]),
        "auth token",
        None,
    );
    let token = String::from_utf8(token.stdout).unwrap().trim().to_string();
    f.secret("the access token", &token);
    let listener = server.listener();
    f.logs.push(server.log());
    server.stop();

    // Later: the access token has expired, the CLI refreshes it.
    let server = Server::start_on(&listener, &h, &data, T1, &["-vv"], &[]);
    f.run(
        cli(&h, &url, T1).args(["account", "show"]),
        "account show",
        None,
    );
    let session = std::fs::read_to_string(session_file(&h)).unwrap();
    let refreshed = tokens_in(&session);
    assert_eq!(
        refreshed.len(),
        2,
        "an access and a refresh token: {session}"
    );
    assert!(!refreshed.contains(&token), "the token was refreshed");
    for t in refreshed {
        f.secret("a refreshed token", &t);
    }
    f.logs.push(server.log());
    server.stop();

    // An application with a client secret (`serve --app`), signed in through the
    // Partner Center path.
    let server = Server::start_on(
        &listener,
        &h,
        &data,
        T1,
        &["-vv", "--app", &format!("ci-app={upn}")],
        &[("PARTNERCTL_SERVE_CLIENT_SECRET", CLIENT_SECRET)],
    );
    f.secret("the client secret", CLIENT_SECRET);
    let secret_file = h.join("client-secret");
    std::fs::write(&secret_file, format!("{CLIENT_SECRET}\n")).unwrap();
    let pc = |c: &mut Command| {
        c.env("PARTNERCTL_BACKEND", "partner-center")
            .env("PARTNERCTL_PARTNER_CENTER_URL", &url)
            .env("PARTNERCTL_AUTHORITY", &url);
    };
    let mut login = cli(&h, &url, T1);
    pc(&mut login);
    f.run(
        login.args([
            "login",
            "--client-id",
            "ci-app",
            "--client-secret-file",
            &secret_file.display().to_string(),
        ]),
        "login --client-id",
        None,
    );
    let mut read = cli(&h, &url, T1);
    pc(&mut read);
    f.run(
        read.args(["account", "profile", "organization"]),
        "account profile organization",
        None,
    );
    let session = std::fs::read_to_string(session_file(&h)).unwrap();
    for t in tokens_in(&session) {
        f.secret("the application's token", &t);
    }
    std::fs::remove_file(&secret_file).unwrap();
    f.logs.push(server.log());
    // Killed, not stopped: the -wal file stays as a crash leaves it.
    server.stop();
    f
}

fn session_file(home: &Path) -> PathBuf {
    home.join("config/partnerctl/credentials.json")
}

/// Where `secret` occurs in `bytes`. A verification code counts only where no digit touches
/// it: six digits occur by chance inside longer numbers (timestamps, MPN IDs).
fn occurs(bytes: &[u8], secret: &str) -> bool {
    let s = secret.as_bytes();
    let digits = s.iter().all(u8::is_ascii_digit);
    bytes.windows(s.len()).enumerate().any(|(i, w)| {
        w == s
            && (!digits
                || (!bytes.get(i.wrapping_sub(1)).is_some_and(u8::is_ascii_digit)
                    && !bytes.get(i + s.len()).is_some_and(u8::is_ascii_digit)))
    })
}

fn found(f: &Flow, where_: &str, bytes: &[u8]) -> Vec<String> {
    f.secrets
        .iter()
        .filter(|(_, s)| occurs(bytes, s))
        .map(|(what, _)| format!("{what} in {where_}"))
        .collect()
}

#[test]
fn no_secret_is_stored_in_the_clear() {
    let f = flow();
    let mut wrong = Vec::new();
    // Raw bytes of every file: the database, the -wal and -shm.
    let mut files = 0;
    for entry in std::fs::read_dir(&f.data).unwrap() {
        let path = entry.unwrap().path();
        files += 1;
        wrong.extend(found(
            &f,
            &path.display().to_string(),
            &std::fs::read(&path).unwrap(),
        ));
    }
    assert!(
        f.data.join("partnerctl.db-wal").exists(),
        "the server left its write-ahead log ({files} files)"
    );
    // Every column of every table, as SQLite reads it (the log applied).
    let db = rusqlite::Connection::open(f.data.join("partnerctl.db")).unwrap();
    let tables: Vec<String> = db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(tables.iter().any(|t| t == "outbox"), "{tables:?}");
    let mut cells = 0;
    for table in &tables {
        let mut stmt = db.prepare(&format!("SELECT * FROM \"{table}\"")).unwrap();
        let columns: Vec<String> = stmt.column_names().iter().map(|c| c.to_string()).collect();
        let mut rows = stmt.query([]).unwrap();
        while let Some(row) = rows.next().unwrap() {
            for (i, column) in columns.iter().enumerate() {
                cells += 1;
                let bytes = match row.get_ref(i).unwrap() {
                    rusqlite::types::ValueRef::Text(t) | rusqlite::types::ValueRef::Blob(t) => {
                        t.to_vec()
                    }
                    other => format!("{other:?}").into_bytes(),
                };
                wrong.extend(found(&f, &format!("{table}.{column}"), &bytes));
            }
        }
    }
    assert!(cells > 100, "{cells} cells");
    // The recorded answers of changing requests are there, sealed.
    let sealed: i64 = db
        .query_row("SELECT count(*) FROM request_log", [], |r| r.get(0))
        .unwrap();
    assert!(sealed > 0, "the idempotency log recorded answers");
    // The mail is there, and still readable by its reader (the flow read the code from it).
    let mails: i64 = db
        .query_row("SELECT count(*) FROM outbox", [], |r| r.get(0))
        .unwrap();
    assert!(mails > 0);
    wrong.sort();
    wrong.dedup();
    assert!(wrong.is_empty(), "in the clear:\n{}", wrong.join("\n"));
}

#[test]
fn no_secret_in_any_output_or_log_at_the_highest_verbosity() {
    let f = flow();
    let mut wrong = Vec::new();
    for run in &f.runs {
        if !INTENDED.contains(&run.what.as_str()) {
            wrong.extend(found(
                &f,
                &format!("stdout of {}", run.what),
                &run.out.stdout,
            ));
        }
        wrong.extend(found(
            &f,
            &format!("stderr of {}", run.what),
            &run.out.stderr,
        ));
    }
    let logs = f.logs.join("\n");
    assert!(
        logs.contains("POST /v1/tenants 201"),
        "request logging is on:\n{logs}"
    );
    wrong.extend(found(&f, "the server's log", logs.as_bytes()));
    // Every file of the home (configuration, the session store's neighbours, logs, the data
    // dir) except the session store itself, whose job is to keep the session.
    let session = session_file(f.home.path());
    let mut stack = vec![f.home.path().to_path_buf()];
    let mut files = 0;
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path != session {
                files += 1;
                wrong.extend(found(
                    &f,
                    &path.display().to_string(),
                    &std::fs::read(&path).unwrap(),
                ));
            }
        }
    }
    assert!(files >= 4, "{files} files");
    // The client's verbose lines were there to check.
    let stderr: String = f
        .runs
        .iter()
        .map(|r| String::from_utf8_lossy(&r.out.stderr).to_string())
        .collect();
    assert!(stderr.contains("http: POST /v1/tenants -> 201"), "{stderr}");
    assert!(stderr.contains("correlation"), "{stderr}");
    wrong.sort();
    wrong.dedup();
    assert!(wrong.is_empty(), "secrets shown:\n{}", wrong.join("\n"));
}
