//! Hostile input is refused cleanly: every file of `tests/fixtures/hostile` (and a few too large
//! to keep in the repository, made at run time) goes through the command that reads its kind
//! and through `profile validate`. Each run must exit 2, name the file (and the line), say what
//! is wrong (the fragment in `expect.tsv`), show no raw control character, finish within the
//! hang guard, and write nothing: no tenant in the embedded backend's data dir, and no request
//! to the `partnerctl serve` that `enroll` is pointed at.
//!
//! With `--nocapture` it prints `RELIABILITY hostile inputs_tried=N refused_cleanly=N
//! slowest_ms=X median_ms=Y`.

use crate::common;

use common::{clean, http, tenants_written, Server};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

const T0: &str = "2026-11-24T09:00:00Z";

/// A run that takes longer than this is a hang (the goal is well under a second).
const HANG_GUARD: Duration = Duration::from_secs(10);

/// Inputs are tried on this many threads at once.
const WORKERS: usize = 3;

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile")
}

/// One row of `expect.tsv`.
struct Expected {
    file: String,
    /// 0: a problem with the whole file.
    line: usize,
    field: Option<String>,
    message: String,
}

fn expectations() -> Vec<Expected> {
    let table = std::fs::read_to_string(fixtures_dir().join("expect.tsv")).unwrap();
    table
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            assert_eq!(cols.len(), 4, "expect.tsv: {l:?}");
            Expected {
                file: cols[0].to_string(),
                line: cols[1].parse().unwrap(),
                field: (cols[2] != "-").then(|| cols[2].to_string()),
                message: cols[3].to_string(),
            }
        })
        .collect()
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Organization,
    Location,
    Users,
    Enrollment,
}

impl Kind {
    /// By the file's name: `org-`, `loc-`, `users-`, `enroll-` (after `generated-`).
    fn of(file: &str) -> Kind {
        let name = file.strip_prefix("generated-").unwrap_or(file);
        [
            ("org-", Kind::Organization),
            ("loc-", Kind::Location),
            ("users-", Kind::Users),
            ("enroll-", Kind::Enrollment),
        ]
        .into_iter()
        .find(|(prefix, _)| name.starts_with(prefix))
        .map(|(_, kind)| kind)
        .unwrap_or_else(|| panic!("{file}: no kind prefix"))
    }

    /// The command that reads this kind: the arguments before the file, and after it.
    fn command(self) -> (&'static [&'static str], &'static [&'static str]) {
        match self {
            Kind::Organization => (&["account", "create", "-f"], &["--accept-agreement"]),
            Kind::Location => (&["account", "locations", "add", "-f"], &[]),
            Kind::Users => (&["users", "add", "-f"], &[]),
            Kind::Enrollment => (&["enroll", "-f"], &["--accept-agreement"]),
        }
    }

    fn name(self) -> &'static str {
        match self {
            Kind::Organization => "organization",
            Kind::Location => "location",
            Kind::Users => "users",
            Kind::Enrollment => "enrollment",
        }
    }
}

/// A named pipe at `path`: reading it would wait for a writer for ever.
fn fifo(path: &Path) {
    let made = Command::new("mkfifo").arg(path).status().unwrap();
    assert!(made.success(), "mkfifo {}", path.display());
}

/// The inputs too large for the repository, or that are no regular file, made in `dir`.
fn generate(name: &str, dir: &Path) -> PathBuf {
    let path = dir.join(name);
    match name {
        "generated-org-fifo.yaml" | "generated-users-fifo.yaml" | "generated-enroll-fifo.yaml" => {
            fifo(&path);
            return path;
        }
        "generated-loc-dev-zero.yaml" => {
            std::os::unix::fs::symlink("/dev/zero", &path).unwrap();
            return path;
        }
        // A parent, and no subsidiary beside it but a FIFO, a link to a device and a folder.
        "generated-enroll-dir-special" => {
            std::fs::create_dir(&path).unwrap();
            let parent = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/contoso-us.yaml");
            std::fs::copy(parent, path.join("parent.yaml")).unwrap();
            fifo(&path.join("f.yaml"));
            std::os::unix::fs::symlink("/dev/zero", path.join("zero.yaml")).unwrap();
            std::fs::create_dir(path.join("x.yaml")).unwrap();
            return path;
        }
        "generated-enroll-dir-parent-only" => {
            std::fs::create_dir(&path).unwrap();
            let parent = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/contoso-us.yaml");
            std::fs::copy(parent, path.join("parent.yaml")).unwrap();
            return path;
        }
        _ => {}
    }
    let mut f = std::fs::File::create(&path).unwrap();
    match name {
        // One byte over the 16 MiB an enrollment may have; sparse, so cheap to make.
        "generated-enroll-over-16mib.yaml" => {
            f.write_all(b"kind: enrollment\n").unwrap();
            f.set_len((16 << 20) + 1).unwrap();
        }
        // 200,000 junk keys at the top level: refused at the 1,000th key, unread past it.
        "generated-enroll-junk-keys.yaml" => {
            let mut text = String::from("kind: enrollment\n");
            for i in 0..200_000 {
                text += &format!("junk_key_{i:07}: 1\n");
            }
            f.write_all(text.as_bytes()).unwrap();
        }
        // The same two keys 20,000 times: reading stops after 1,000 problems.
        "generated-users-duplicates.yaml" => {
            f.write_all("kind: users\nusers: []\n".repeat(20_000).as_bytes())
                .unwrap();
        }
        // 8 MiB of comment lines after a real organization's first line.
        "generated-org-8mib.yaml" => {
            f.write_all(b"kind: organization\n").unwrap();
            let line = format!("# {}\n", "x".repeat(1021));
            let block = line.repeat(1024);
            for _ in 0..8 {
                f.write_all(block.as_bytes()).unwrap();
            }
        }
        other => panic!("expect.tsv names {other}, which is neither a fixture nor generated"),
    }
    path
}

/// What one run of the binary did.
struct Run {
    code: Option<i32>,
    stderr: Vec<u8>,
    elapsed: Duration,
    hung: bool,
}

/// Runs `c` with stdout and stderr in files under `dir`, killing it after the hang guard.
fn run_guarded(mut c: Command, dir: &Path) -> Run {
    let err_path = dir.join(format!("stderr-{}", partnerctl::random::uuid()));
    c.stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&err_path).unwrap());
    let started = Instant::now();
    let mut child = c.spawn().unwrap();
    let (status, hung) = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break (Some(status), false);
        }
        if started.elapsed() > HANG_GUARD {
            let _ = child.kill();
            let _ = child.wait();
            break (None, true);
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    Run {
        code: status.and_then(|s| s.code()),
        stderr: std::fs::read(&err_path).unwrap_or_default(),
        elapsed: started.elapsed(),
        hung,
    }
}

/// Raw control characters in `stderr`, but line feeds: escape sequences from the input must be
/// shown escaped, never reach the terminal.
fn raw_controls(stderr: &[u8]) -> Vec<String> {
    String::from_utf8_lossy(stderr)
        .chars()
        .filter(|c| c.is_control() && *c != '\n')
        .map(|c| format!("U+{:04X}", c as u32))
        .collect()
}

/// Every way `run` falls short of a clean refusal of `e`.
fn problems_with(run: &Run, e: &Expected, what: &str) -> Vec<String> {
    let stderr = String::from_utf8_lossy(&run.stderr);
    let mut problems = Vec::new();
    if run.hung {
        problems.push(format!(
            "{what}: still running after {HANG_GUARD:?}; killed"
        ));
        return problems;
    }
    if run.code != Some(2) {
        problems.push(format!("{what}: exit code {:?}, not 2", run.code));
    }
    // An enrollment directory is named with the file inside it that is at fault.
    let at = if e.line == 0 {
        e.file.clone()
    } else if fixtures_dir().join(&e.file).is_dir() {
        format!(":{}:", e.line)
    } else {
        format!("{}:{}:", e.file, e.line)
    };
    if !stderr.contains(&e.file) || !stderr.contains(&at) {
        problems.push(format!("{what}: stderr does not name {at}"));
    }
    if let Some(field) = &e.field {
        if !stderr.contains(&format!(": {field}: ")) {
            problems.push(format!("{what}: stderr does not name the field {field}"));
        }
    }
    if !stderr.contains(&e.message) {
        problems.push(format!("{what}: stderr does not say {:?}", e.message));
    }
    let controls = raw_controls(&run.stderr);
    if !controls.is_empty() {
        problems.push(format!(
            "{what}: raw control characters on stderr: {controls:?}"
        ));
    }
    problems
}

/// One input, through its command and through `profile validate --kind`.
fn try_input(e: &Expected, path: &Path, server_url: &str) -> (Vec<String>, Duration) {
    let kind = Kind::of(&e.file);
    let tmp = tempfile::tempdir().unwrap();
    let data_dir = tmp.path().join("data");
    let (before, after) = kind.command();
    let mut command = Command::new(env!("CARGO_BIN_EXE_partnerctl"));
    clean(&mut command, tmp.path());
    if kind == Kind::Enrollment {
        command.env("PARTNERCTL_BACKEND", server_url);
    } else {
        command.arg("--data-dir").arg(&data_dir);
    }
    command.args(before).arg(path).args(after);
    let main = run_guarded(command, tmp.path());

    let mut validate = Command::new(env!("CARGO_BIN_EXE_partnerctl"));
    clean(&mut validate, tmp.path());
    validate
        .args(["profile", "validate", "--kind", kind.name()])
        .arg(path);
    let check = run_guarded(validate, tmp.path());

    let mut problems = problems_with(&main, e, &before.join(" "));
    problems.extend(problems_with(&check, e, "profile validate"));
    problems.extend(tenants_written(tmp.path()));
    (problems, main.elapsed.max(check.elapsed))
}

/// Request lines in a `serve -v` log (`METHOD /path STATUS ...`).
fn requests_in(log: &str) -> Vec<String> {
    log.lines()
        .filter(|l| {
            let mut words = l.split(' ');
            let method = words.next().unwrap_or("");
            let path = words.next().unwrap_or("");
            method.chars().all(|c| c.is_ascii_uppercase())
                && !method.is_empty()
                && path.starts_with('/')
        })
        .map(str::to_string)
        .collect()
}

#[test]
fn hostile_inputs_are_refused_before_anything_is_written() {
    let all = expectations();
    assert!(all.len() >= 50, "the corpus has {} inputs", all.len());
    for kind in ["org-", "loc-", "users-", "enroll-"] {
        assert!(
            all.iter().any(|e| e.file.starts_with(kind)),
            "no {kind} input"
        );
    }
    let generated = tempfile::tempdir().unwrap();
    let inputs: Vec<(Expected, PathBuf)> = all
        .into_iter()
        .map(|e| {
            let in_repo = fixtures_dir().join(&e.file);
            let path = if in_repo.exists() {
                in_repo
            } else {
                generate(&e.file, generated.path())
            };
            (e, path)
        })
        .collect();

    let home = tempfile::tempdir().unwrap();
    let served = home.path().join("served");
    let server = Server::start(home.path(), &served, T0, &[]);

    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<(usize, Vec<String>, Duration)>> = Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..WORKERS {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some((e, path)) = inputs.get(i) else {
                    return;
                };
                let (problems, elapsed) = try_input(e, path, &server.url);
                results.lock().unwrap().push((i, problems, elapsed));
            });
        }
    });
    let mut results = results.into_inner().unwrap();
    results.sort_by_key(|(i, _, _)| *i);

    // `enroll` is refused before it talks to the server: its log holds no request. A request
    // made now must show up, or the log proves nothing.
    let quiet = requests_in(&server.log());
    let probe = http(&server.addr(), "GET", "/openapi.json", &[], b"");
    assert_eq!(probe.status, 200);
    let deadline = Instant::now() + Duration::from_secs(5);
    while requests_in(&server.log()).is_empty() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(10));
    }
    assert!(
        !requests_in(&server.log()).is_empty(),
        "the server log does not record requests:\n{}",
        server.log()
    );
    server.stop();

    let mut failures: Vec<String> = results
        .iter()
        .filter(|(_, problems, _)| !problems.is_empty())
        .map(|(i, problems, _)| format!("{}:\n  {}", inputs[*i].0.file, problems.join("\n  ")))
        .collect();
    if !quiet.is_empty() {
        failures.push(format!("enroll reached the server: {quiet:?}"));
    }
    failures.extend(tenants_written(&served));

    let mut times: Vec<u128> = results.iter().map(|(_, _, t)| t.as_millis()).collect();
    times.sort_unstable();
    let clean = results.iter().filter(|(_, p, _)| p.is_empty()).count();
    println!(
        "RELIABILITY hostile inputs_tried={} refused_cleanly={clean} slowest_ms={} median_ms={}",
        results.len(),
        times.last().copied().unwrap_or(0),
        times.get(times.len() / 2).copied().unwrap_or(0),
    );
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// Every entry of an enrollment directory that is named like a profile but is no regular file
/// is named, at once, and none is opened.
#[test]
fn an_enrollment_directory_names_each_entry_that_is_not_a_file() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = generate("generated-enroll-dir-special", tmp.path());
    let mut c = Command::new(env!("CARGO_BIN_EXE_partnerctl"));
    clean(&mut c, tmp.path());
    c.arg("--data-dir")
        .arg(tmp.path().join("data"))
        .args(["enroll", "--accept-agreement", "-f"])
        .arg(&dir);
    let run = run_guarded(c, tmp.path());
    assert!(!run.hung, "enroll opened the FIFO");
    assert_eq!(run.code, Some(2));
    let stderr = String::from_utf8_lossy(&run.stderr);
    for (file, says) in [
        ("f.yaml", "is a named pipe (FIFO)"),
        ("zero.yaml", "is a device"),
        ("x.yaml", "is a directory"),
    ] {
        let line = format!("{}: {says}", dir.join(file).display());
        assert!(stderr.contains(&line), "no {line:?} in:\n{stderr}");
    }
    assert!(tenants_written(tmp.path()).is_empty());
}

/// `enroll -f`, with a file that creates a tenant: everything the file says that can be checked
/// offline is checked before the first call, so nothing is created when it fails. Before, the
/// tenant was created and signed in to, and only then was the agreement found missing.
#[test]
fn enroll_checks_the_agreement_and_contacts_before_creating_the_tenant() {
    let example = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/enrollment.yaml"),
    )
    .unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let run = |name: &str, text: String| {
        let file = tmp.path().join(name);
        std::fs::write(&file, text).unwrap();
        let mut c = Command::new(env!("CARGO_BIN_EXE_partnerctl"));
        clean(&mut c, tmp.path());
        c.arg("--sandbox")
            .arg("--data-dir")
            .arg(tmp.path().join(format!("data-{name}")))
            .args(["enroll", "-f"])
            .arg(&file);
        let run = run_guarded(c, tmp.path());
        assert!(!run.hung);
        (run.code, String::from_utf8_lossy(&run.stderr).to_string())
    };
    // The agreement left out, with a new domain prefix.
    let unaccepted = example
        .replace("  agreement:\n    accepted: true\n", "")
        .replace("domainPrefix: contoso", "domainPrefix: contosonew");
    assert_ne!(unaccepted, example);
    let (code, stderr) = run("unaccepted.yaml", unaccepted);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("agreement is not accepted"), "{stderr}");
    // A subsidiary's contact on a domain the new tenant will not have, at its line.
    let line = example
        .lines()
        .position(|l| l.contains("hanako.sato@contoso.co.jp"))
        .unwrap()
        + 1;
    let off = example.replace("hanako.sato@contoso.co.jp", "hanako.sato@fabrikam.co.jp");
    let (code, stderr) = run("off-domain.yaml", off);
    assert_eq!(code, Some(2), "{stderr}");
    let at = format!("off-domain.yaml:{line}:");
    assert!(stderr.contains(&at), "no {at} in {stderr}");
    assert!(
        stderr.contains("subsidiaries[0].legalBusinessProfile.primaryContact.email"),
        "{stderr}"
    );
    assert!(stderr.contains("EmailDomain"), "{stderr}");
    assert_eq!(tenants_written(tmp.path()), Vec::<String>::new());
}
