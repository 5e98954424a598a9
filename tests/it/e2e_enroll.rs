//! `partnerctl enroll` through the real binary: idempotent reruns, convergence while contacts
//! have not confirmed their codes, interruption and `--resume`, validation before any call,
//! backend-side failures, progress bars only on a terminal.
//!
//! The tests listed in `both!` at the end run twice: embedded, on a temporary data dir, and
//! over HTTP, against a `partnerctl serve` of their own on a free loopback port. The others
//! are about the client alone (validation, dry runs on a new data dir, progress bars).

use crate::common;

use assert_cmd::Command;
use common::Server;
use serde_json::Value;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::Stdio;

const T0: &str = "2026-11-24T09:00:00Z";

/// Where the binary finds its backend.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Backend {
    /// In process, in the data dir.
    Embedded,
    /// A `partnerctl serve` of the test's own (`PARTNERCTL_BACKEND`).
    Http,
}

/// The binary with a clean environment, one data dir, one backend.
struct Cli {
    home: tempfile::TempDir,
    /// The client's data dir: the backend's too when embedded; the journal's always.
    data: PathBuf,
    /// Embedded: `--sandbox` on every command; over HTTP, the server is a sandbox.
    sandbox: bool,
    server: Option<Server>,
}

impl Cli {
    fn new(backend: Backend) -> Cli {
        Cli::with(backend, false)
    }

    /// Primary contacts' codes are confirmed by the backend itself.
    fn sandbox(backend: Backend) -> Cli {
        Cli::with(backend, true)
    }

    fn with(backend: Backend, sandbox: bool) -> Cli {
        let home = tempfile::tempdir().unwrap();
        let data = home.path().join("data");
        let server = (backend == Backend::Http).then(|| {
            let extra: &[&str] = if sandbox { &["--sandbox"] } else { &[] };
            Server::start(home.path(), &home.path().join("served"), T0, extra)
        });
        Cli {
            home,
            data,
            sandbox,
            server,
        }
    }

    fn env(&self, c: &mut std::process::Command) {
        c.env_clear()
            .env("HOME", self.home.path())
            .env("XDG_CONFIG_HOME", self.home.path().join("config"))
            .env("XDG_DATA_HOME", self.home.path().join("share"))
            .env("PARTNERCTL_KEYRING", "off")
            .env("PARTNERCTL_NOW", T0)
            .arg("--data-dir")
            .arg(&self.data);
        match &self.server {
            Some(server) => {
                c.env("PARTNERCTL_BACKEND", &server.url);
            }
            None if self.sandbox => {
                c.arg("--sandbox");
            }
            None => {}
        }
    }

    fn cmd(&self) -> Command {
        let mut std = std::process::Command::new(assert_cmd::cargo::cargo_bin("partnerctl"));
        self.env(&mut std);
        Command::from_std(std)
    }

    /// Runs; checks the exit code; returns stdout and stderr.
    fn run(&self, args: &[&str], code: i32) -> (String, String) {
        let out = self.cmd().args(args).output().unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout).to_string();
        let stderr = String::from_utf8_lossy(&out.stderr).to_string();
        assert_eq!(
            out.status.code(),
            Some(code),
            "partnerctl {args:?}: expected exit {code}; stderr:\n{stderr}"
        );
        (stdout, stderr)
    }

    /// `enroll -f FILE -o json`; returns the report and stderr.
    fn enroll(&self, file: &Path, extra: &[&str], code: i32) -> (Value, String) {
        let file = file.display().to_string();
        let mut args = vec!["-o", "json", "enroll", "-f", &file];
        args.extend_from_slice(extra);
        let (stdout, stderr) = self.run(&args, code);
        let report = serde_json::from_str(&stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{stdout}\n{stderr}"));
        (report, stderr)
    }

    fn json(&self, args: &[&str]) -> Value {
        let mut all = vec!["-o", "json"];
        all.extend_from_slice(args);
        let (stdout, _) = self.run(&all, 0);
        serde_json::from_str(&stdout).unwrap()
    }

    fn locations(&self) -> Vec<Value> {
        self.json(&["account", "locations", "list"])
            .as_array()
            .unwrap()
            .clone()
    }

    /// The code in the latest mail about `mpn_id`.
    fn code_for(&self, mpn_id: &str) -> String {
        let mails = self.json(&["outbox", "list"]);
        let body = mails
            .as_array()
            .unwrap()
            .iter()
            .rev()
            .find(|m| m["mpnId"] == mpn_id)
            .expect("a mail about the account")["body"]
            .as_str()
            .unwrap()
            .to_string();
        let re = regex_bites::Regex::new(r"code (\d{6})").unwrap();
        re.captures(&body).expect("a code in the mail")[1].to_string()
    }
}

fn example() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/enrollment.yaml")
}

/// Step `step`'s counts in a report's (or summary event's) summary.
fn step_counts(summary: &Value, step: &str) -> Value {
    summary["steps"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["step"] == step)
        .unwrap()
        .clone()
}

fn statuses(report: &Value) -> Vec<String> {
    report["subsidiaries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["status"].as_str().unwrap().to_string())
        .collect()
}

/// An enrollment of `n` subsidiaries, with `broken` ones given a bad postal code.
fn generated(dir: &Path, n: usize, broken: &[usize], contact_domain: &str) -> PathBuf {
    let mut text = String::from(
        "kind: enrollment
parent:
  tenant:
    create: {domainPrefix: fabrikam, domains: [fabrikam.com]}
  legalBusinessProfile:
    companyName: Fabrikam Inc
    address: {addressLine1: 1 Main St, city: Redmond, state: WA, postalCode: '98052', country: US}
    primaryContact: {firstName: Jane, lastName: Doe, email: jane@fabrikam.com, phoneNumber: '+1 425 555 0100'}
  agreement: {accepted: true}
defaults:
  membership: {actionPack: true}
  benefits: {activate: [cloudCredit]}
subsidiaries:
",
    );
    for i in 0..n {
        let postal = if broken.contains(&i) { "1234" } else { "10115" };
        text += &format!(
            "  - key: de-{i}
    legalBusinessProfile:
      companyName: Fabrikam {i} GmbH
      address: {{addressLine1: Straße {i}, city: Berlin, postalCode: '{postal}', country: DE}}
      primaryContact: {{firstName: Lena, lastName: N{i}, email: lena{i}@{contact_domain}, phoneNumber: '+49 30 1234 {i}'}}
"
        );
    }
    let path = dir.join("enrollment.yaml");
    std::fs::write(&path, text).unwrap();
    path
}

fn enrolling_the_example_twice_changes_nothing_the_second_time(backend: Backend) {
    let cli = Cli::sandbox(backend);
    let (first, stderr) = cli.enroll(&example(), &[], 0);
    assert!(statuses(&first).iter().all(|s| s == "created"), "{stderr}");
    assert_eq!(step_counts(&first["summary"], "location")["created"], 25);
    assert_eq!(first["parent"]["status"], "created");
    // The Global admin of the new tenant and every new user get their password once.
    assert!(first["parent"]["tenantCreated"]["temporaryPassword"].is_string());

    let (second, _) = cli.enroll(&example(), &[], 0);
    assert_eq!(second["parent"]["status"], "unchanged");
    assert!(
        statuses(&second).iter().all(|s| s == "unchanged"),
        "{second:#}"
    );
    for step in ["location", "vetting", "membership", "benefits", "users"] {
        assert_eq!(
            step_counts(&second["summary"], step)["unchanged"],
            25,
            "{step}"
        );
    }
    // Exactly one location per subsidiary, each with the MPN ID the first run gave it.
    let locations = cli.locations();
    assert_eq!(locations.len(), 25);
    let first_ids: Vec<_> = first["subsidiaries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["mpnId"].clone())
        .collect();
    let second_ids: Vec<_> = second["subsidiaries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["mpnId"].clone())
        .collect();
    assert_eq!(first_ids, second_ids);
}

fn a_changed_subsidiary_is_updated_not_duplicated(backend: Backend) {
    let cli = Cli::sandbox(backend);
    let dir = tempfile::tempdir().unwrap();
    let file = generated(dir.path(), 3, &[], "fabrikam.com");
    cli.enroll(&file, &[], 0);
    let text = std::fs::read_to_string(&file)
        .unwrap()
        .replace("addressLine1: Straße 1,", "addressLine1: Neue Straße 1,");
    std::fs::write(&file, text).unwrap();
    let (report, _) = cli.enroll(&file, &[], 0);
    assert_eq!(statuses(&report), ["unchanged", "updated", "unchanged"]);
    let locations = cli.locations();
    assert_eq!(locations.len(), 3);
    assert!(locations
        .iter()
        .any(|l| l["legalBusinessProfile"]["address"]["addressLine1"] == "Neue Straße 1"));
}

fn pending_until_contacts_confirm_then_reruns_carry_on(backend: Backend) {
    // Not a sandbox: every code waits for its contact.
    let cli = Cli::new(backend);
    let dir = tempfile::tempdir().unwrap();
    let file = generated(dir.path(), 2, &[], "fabrikam.com");

    let (report, stderr) = cli.enroll(&file, &[], 8);
    assert_eq!(report["parent"]["status"], "pending");
    assert!(
        stderr.contains("jane@fabrikam.com must confirm the code"),
        "{stderr}"
    );
    assert_eq!(statuses(&report), ["pending", "pending"]);
    assert!(cli.locations().is_empty(), "purchases and locations wait");

    let parent = report["parent"]["mpnId"].as_str().unwrap();
    let code = cli.code_for(parent);
    cli.run(&["account", "verify", "--code", &code], 0);

    let (report, stderr) = cli.enroll(&file, &[], 8);
    assert_eq!(step_counts(&report["summary"], "location")["created"], 2);
    assert_eq!(step_counts(&report["summary"], "vetting")["pending"], 2);
    assert_eq!(step_counts(&report["summary"], "membership")["pending"], 2);
    let first = &report["subsidiaries"][0];
    let mpn = first["mpnId"].as_str().unwrap();
    assert!(
        stderr.contains(&format!(
            "waits for lena0@fabrikam.com to confirm the code mailed to them \
             (partnerctl account verify --mpn-id {mpn} --code CODE)"
        )),
        "{stderr}"
    );

    let code = cli.code_for(mpn);
    cli.run(&["account", "verify", "--mpn-id", mpn, "--code", &code], 0);
    let (report, _) = cli.enroll(&file, &[], 8);
    assert_eq!(statuses(&report), ["created", "pending"]);
    let steps = &report["subsidiaries"][0]["steps"];
    let outcomes: Vec<_> = steps
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["outcome"].as_str().unwrap())
        .collect();
    // The contact confirmed between the runs: this run found vetting done already.
    assert_eq!(
        outcomes,
        ["unchanged", "unchanged", "created", "updated", "unchanged"]
    );
    assert_eq!(cli.locations().len(), 2);
}

/// One subsidiary whose membership is `membership` (YAML flow mapping).
fn one_subsidiary(dir: &Path, membership: &str) -> PathBuf {
    let text = format!(
        "kind: enrollment
parent:
  tenant:
    create: {{domainPrefix: fabrikam, domains: [fabrikam.com]}}
  legalBusinessProfile:
    companyName: Fabrikam Inc
    address: {{addressLine1: 1 Main St, city: Redmond, state: WA, postalCode: '98052', country: US}}
    primaryContact: {{firstName: Jane, lastName: Doe, email: jane@fabrikam.com, phoneNumber: '+1 425 555 0100'}}
  agreement: {{accepted: true}}
subsidiaries:
  - key: de
    legalBusinessProfile:
      companyName: Fabrikam GmbH
      address: {{addressLine1: Straße 1, city: Berlin, postalCode: '10115', country: DE}}
      primaryContact: {{firstName: Lena, lastName: N, email: lena@fabrikam.com, phoneNumber: '+49 30 1234 0'}}
    membership: {membership}
"
    );
    let path = dir.join("enrollment.yaml");
    std::fs::write(&path, text).unwrap();
    path
}

/// The membership step of a report's only subsidiary.
fn membership_step(report: &Value) -> Value {
    report["subsidiaries"][0]["steps"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["step"] == "membership")
        .unwrap()
        .clone()
}

fn invoice_orders_wait_for_payment_and_gold_holds_silver(backend: Backend) {
    let cli = Cli::sandbox(backend);
    let dir = tempfile::tempdir().unwrap();
    let gold =
        "{actionPack: true, competencies: [{area: security, level: gold}], payment: invoice}";
    let file = one_subsidiary(dir.path(), gold);

    let (report, stderr) = cli.enroll(&file, &[], 8);
    let step = membership_step(&report);
    assert_eq!(step["outcome"], "pending", "{step:#}");
    let mpn = report["subsidiaries"][0]["mpnId"]
        .as_str()
        .unwrap()
        .to_string();
    let orders = |cli: &Cli| cli.json(&["orders", "list", "--mpn-id", &mpn]);
    let pending: Vec<String> = orders(&cli)
        .as_array()
        .unwrap()
        .iter()
        .filter(|o| o["status"] == "pendingPayment")
        .map(|o| o["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(pending.len(), 2, "{:#}", orders(&cli));
    let waits = stderr
        .lines()
        .find(|l| l.contains("membership: waits for the payment of order "))
        .unwrap_or_else(|| panic!("{stderr}"))
        .to_string();
    assert!(
        waits.contains("(invoice) (partnerctl orders pay "),
        "{waits}"
    );
    assert!(pending.iter().all(|id| waits.contains(id)), "{waits}");

    // Unpaid, a rerun waits for the same orders and places none.
    let before = orders(&cli).as_array().unwrap().len();
    let (report, stderr) = cli.enroll(&file, &[], 8);
    assert_eq!(membership_step(&report)["outcome"], "pending");
    assert!(stderr.contains(&waits), "{stderr}");
    assert_eq!(orders(&cli).as_array().unwrap().len(), before);

    for id in &pending {
        cli.run(&["orders", "pay", id], 0);
    }
    let (report, _) = cli.enroll(&file, &[], 0);
    assert_eq!(membership_step(&report)["outcome"], "unchanged");
    // Gold held is Silver held: asking for Silver buys nothing.
    let silver = gold.replace("gold", "silver");
    let file = one_subsidiary(dir.path(), &silver);
    let (report, _) = cli.enroll(&file, &[], 0);
    assert_eq!(membership_step(&report)["outcome"], "unchanged");
    assert_eq!(orders(&cli).as_array().unwrap().len(), before);
}

#[test]
fn broken_subsidiaries_are_all_reported_before_anything_is_sent() {
    let cli = Cli::new(Backend::Embedded);
    let dir = tempfile::tempdir().unwrap();
    let file = generated(dir.path(), 10, &[2, 5, 7], "fabrikam.com");
    let (stdout, stderr) = cli.run(
        &["--sandbox", "enroll", "-f", &file.display().to_string()],
        2,
    );
    assert!(stdout.is_empty());
    let problems: Vec<&str> = stderr
        .lines()
        .filter(|l| l.contains("postalCode"))
        .collect();
    assert_eq!(problems.len(), 3, "{stderr}");
    for (line, i) in problems.iter().zip([2, 5, 7]) {
        let at = format!("enrollment.yaml:{}:", 17 + 5 * i);
        assert!(line.contains(&at), "{line} lacks {at}");
        assert!(line.contains(&format!("subsidiaries[{i}]")), "{line}");
    }
    assert!(!cli.data.exists(), "nothing was sent: not even a data dir");
}

/// Enrolls the parent of `file` with only the subsidiary `key`, then names the parent's tenant
/// in `file` as an existing one: its domains are the backend's to know then, so a contact off
/// them is for the backend's vetting to refuse (a file that creates the tenant has it refused
/// before the first call).
fn enroll_parent_first(cli: &Cli, file: &Path, key: &str) {
    let text = std::fs::read_to_string(file).unwrap();
    let (head, subsidiaries) = text.split_once("subsidiaries:\n").unwrap();
    let start = subsidiaries.find(&format!("  - key: {key}\n")).unwrap();
    let end = subsidiaries[start + 1..]
        .find("  - key: ")
        .map_or(subsidiaries.len(), |i| start + 1 + i);
    let first = file.with_file_name("parent-first.yaml");
    std::fs::write(
        &first,
        format!("{head}subsidiaries:\n{}", &subsidiaries[start..end]),
    )
    .unwrap();
    cli.enroll(&first, &[], 0);
    let create = text
        .lines()
        .find(|l| {
            l.trim_start()
                .starts_with("create: {domainPrefix: fabrikam")
        })
        .unwrap();
    let text = text.replace(create, "    existing: fabrikam.onmicrosoft.com");
    std::fs::write(file, text).unwrap();
}

fn backend_failures_fail_their_items_and_the_rest_succeed(backend: Backend) {
    let cli = Cli::sandbox(backend);
    let dir = tempfile::tempdir().unwrap();
    let file = generated(dir.path(), 6, &[], "fabrikam.com");
    // Valid files the backend refuses: a contact off the tenant's domains (vetting rejects
    // it), an attester who is not a user, and a user whose userPrincipalName is taken.
    let text = std::fs::read_to_string(&file).unwrap().replace(
        "domains: [fabrikam.com]",
        "domains: [fabrikam.com, fabrikam.de]",
    );
    std::fs::write(&file, text).unwrap();
    enroll_parent_first(&cli, &file, "de-0");
    let text = std::fs::read_to_string(&file)
        .unwrap()
        .replace("lena1@fabrikam.com", "lena1@elsewhere.example")
        .replace(
            "  - key: de-3\n",
            "  - key: de-3\n    membership: {actionPack: true, competencies: [{area: security, level: gold}], attestedBy: nobody@fabrikam.com}\n",
        )
        .replace(
            "  - key: de-5\n",
            "  - key: de-5\n    users: [{email: jane@fabrikam.de, firstName: J, lastName: D}]\n",
        )
        .replace(
            "  - key: de-4\n",
            "  - key: de-4\n    users: [{email: jane@fabrikam.com, firstName: J, lastName: D}]\n",
        );
    std::fs::write(&file, text).unwrap();

    let (report, stderr) = cli.enroll(&file, &["--concurrency", "1"], 3);
    assert_eq!(
        statuses(&report),
        [
            "unchanged",
            "failed",
            "created",
            "failed",
            "created",
            "failed"
        ],
        "{stderr}"
    );
    let failures = report["failures"].as_array().unwrap();
    let at: Vec<_> = failures
        .iter()
        .map(|f| (f["key"].as_str().unwrap(), f["step"].as_str().unwrap()))
        .collect();
    assert_eq!(
        at,
        [
            ("de-1", "vetting"),
            ("de-3", "membership"),
            ("de-5", "users")
        ]
    );
    for (key, why) in [
        ("de-1", "not on one of the tenant's domains"),
        ("de-3", "nobody@fabrikam.com"),
        ("de-5", "is taken"),
    ] {
        let line = stderr
            .lines()
            .find(|l| l.starts_with(&format!("error: {key} (")))
            .unwrap_or_else(|| panic!("no failure line for {key}:\n{stderr}"));
        assert!(line.contains(why), "{line}");
    }
    assert_eq!(cli.locations().len(), 6);
}

fn ndjson_streams_one_event_per_step_and_subsidiary(backend: Backend) {
    let cli = Cli::sandbox(backend);
    let file = example().display().to_string();
    let (stdout, _) = cli.run(&["-o", "ndjson", "enroll", "-f", &file], 0);
    let events: Vec<Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let count = |kind: &str| events.iter().filter(|e| e["event"] == kind).count();
    assert_eq!(count("parent"), 1);
    assert_eq!(count("step"), 25 * 5);
    assert_eq!(count("subsidiary"), 25);
    assert_eq!(count("summary"), 1);
    assert_eq!(events[0]["event"], "parent");
    assert_eq!(events.last().unwrap()["event"], "summary");
}

#[test]
fn progress_bars_only_on_a_terminal() {
    let file = example().display().to_string();
    let args = ["--sandbox", "-o", "json", "enroll", "-f", &file];

    let piped = Cli::new(Backend::Embedded);
    let (_, stderr) = piped.run(&args, 0);
    assert!(!stderr.contains("subsidiaries ["), "{stderr}");

    let terminal = Cli::new(Backend::Embedded);
    let out = terminal
        .cmd()
        .env("PARTNERCTL_FORCE_TTY", "1")
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("subsidiaries ["), "{stderr}");
    assert!(stderr.contains("25/25"), "{stderr}");
    assert!(stderr.contains("membership 25/25 25 created"), "{stderr}");

    // -q: no bars even on a terminal.
    let quiet = Cli::new(Backend::Embedded);
    let out = quiet
        .cmd()
        .env("PARTNERCTL_FORCE_TTY", "1")
        .arg("-q")
        .args(args)
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&out.stderr).contains("subsidiaries ["));
}

/// On a terminal `columns` wide (as `PARTNERCTL_FORCE_TTY` and `COLUMNS` make it): stdout and
/// stderr.
fn on_terminal(cli: &Cli, columns: usize, args: &[&str]) -> (String, String) {
    let out = cli
        .cmd()
        .env("PARTNERCTL_FORCE_TTY", "1")
        .env("COLUMNS", columns.to_string())
        .args(args)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(out.status.success(), "{args:?}: {stderr}");
    (String::from_utf8(out.stdout).unwrap(), stderr)
}

fn fits(table: &str, columns: usize) {
    use unicode_width::UnicodeWidthStr;
    for line in table.lines() {
        assert!(
            line.width() <= columns,
            "{} columns wide, on a terminal of {columns}:\n{line}\n\n{table}",
            line.width()
        );
    }
}

// Issue 14: tables fit the terminal (the longest cells cut with `…`), piped output keeps whole
// values; a subsidiary with no users shows `-` in USERS; the rate shows once, rounded.
#[test]
fn tables_fit_the_terminal_and_the_enroll_report_reads_plainly() {
    let cli = Cli::sandbox(Backend::Embedded);
    let file = example().display().to_string();
    let (table, stderr) = on_terminal(&cli, 200, &["enroll", "-f", &file]);
    fits(&table, 200);
    let header: Vec<&str> = table.lines().next().unwrap().split_whitespace().collect();
    assert_eq!(header[..2], ["KEY", "MPN"], "{table}");
    let users = header.iter().position(|h| *h == "USERS").unwrap() - 1; // `MPN ID` is two words
    let row = |key: &str| -> Vec<String> {
        let line = table.lines().find(|l| l.starts_with(key)).unwrap();
        line.split_whitespace().map(str::to_string).collect()
    };
    // jp-nagoya has no `users:`; jp-tokyo has two.
    assert_eq!(row("jp-nagoya ")[users], "-", "{table}");
    assert_eq!(row("jp-tokyo ")[users], "created", "{table}");
    // The finished bar: the run's rate, once, rounded.
    let bar = stderr.rsplit("subsidiaries [").next().unwrap();
    let bar = bar.split("location").next().unwrap();
    assert_eq!(bar.matches("/s").count(), 1, "{bar}");
    assert!(!bar.contains("ETA"), "{bar}");
    let rate = bar.split_whitespace().find(|w| w.ends_with("/s")).unwrap();
    assert!(
        rate.trim_end_matches("/s")
            .chars()
            .all(|c| c.is_ascii_digit()),
        "{rate}"
    );
    assert!(stderr.contains(&format!("({rate})")), "{stderr}");

    // 80 columns: the long company names are cut, the header is whole.
    let (table, _) = on_terminal(&cli, 80, &["account", "locations", "list"]);
    fits(&table, 80);
    let header: Vec<&str> = table.lines().next().unwrap().split_whitespace().collect();
    assert_eq!(
        header,
        [
            "MPN",
            "ID",
            "KIND",
            "COMPANY",
            "COUNTRY",
            "VETTING",
            "MEMBERSHIP"
        ],
        "{table}"
    );
    assert!(
        table.contains("Contoso Hyderabad Developme…  IN"),
        "{table}"
    );
    // Piped, a table keeps every value whole; so does JSON.
    let (piped, _) = cli.run(&["-o", "table", "account", "locations", "list"], 0);
    assert!(piped.contains("Contoso Hyderabad Development Centre Private Limited"));
    assert!(!piped.contains('…'));

    // Benefits say which offer they come with.
    let tokyo = cli
        .locations()
        .into_iter()
        .find(|l| l["companyName"] == "コントソ株式会社")
        .unwrap();
    let mpn = tokyo["mpnId"].as_str().unwrap();
    let (table, _) = on_terminal(&cli, 200, &["benefits", "list", "--mpn-id", mpn]);
    let header: Vec<&str> = table.lines().next().unwrap().split_whitespace().collect();
    assert_eq!(header[..3], ["ID", "OFFER", "NAME"], "{table}");
    assert!(
        table.lines().any(|l| l.contains(" action-pack ")),
        "{table}"
    );
    assert!(table.lines().any(|l| l.contains(" network ")), "{table}");
}

fn fail_fast_stops_at_the_first_failure(backend: Backend) {
    let cli = Cli::sandbox(backend);
    let dir = tempfile::tempdir().unwrap();
    let file = generated(dir.path(), 5, &[], "fabrikam.com");
    enroll_parent_first(&cli, &file, "de-4");
    let text = std::fs::read_to_string(&file)
        .unwrap()
        .replace("lena0@fabrikam.com", "lena0@elsewhere.example");
    std::fs::write(&file, text).unwrap();
    let args = ["--concurrency", "1", "--fail-fast"];
    let (report, stderr) = cli.enroll(&file, &args, 3);
    assert_eq!(statuses(&report), ["failed"], "{stderr}");
    assert_eq!(report["summary"]["stoppedAtFailure"], true);
    assert!(stderr.contains("--resume"), "{stderr}");
}

#[test]
fn a_dry_run_on_a_new_data_dir_writes_nothing() {
    let cli = Cli::new(Backend::Embedded);
    let (report, stderr) = cli.enroll(&example(), &["--sandbox", "--dry-run"], 0);
    assert_eq!(report["dryRun"], true);
    assert_eq!(step_counts(&report["summary"], "location")["created"], 25);
    assert!(stderr.contains("dry run: nothing was written"), "{stderr}");
    assert!(!cli.data.join("partnerctl.db").exists());
}

fn a_dry_run_shows_what_an_edit_would_change_and_changes_nothing(backend: Backend) {
    let cli = Cli::sandbox(backend);
    let dir = tempfile::tempdir().unwrap();
    let file = generated(dir.path(), 3, &[], "fabrikam.com");
    cli.enroll(&file, &[], 0);
    let text = std::fs::read_to_string(&file)
        .unwrap()
        .replace("addressLine1: Straße 2,", "addressLine1: Neue Straße 2,");
    std::fs::write(&file, text).unwrap();
    let (report, _) = cli.enroll(&file, &["--dry-run"], 0);
    assert_eq!(statuses(&report), ["unchanged", "unchanged", "updated"]);
    let (report, _) = cli.enroll(&file, &[], 0);
    assert_eq!(
        statuses(&report),
        ["unchanged", "unchanged", "updated"],
        "the dry run wrote nothing"
    );
}

/// Ctrl-C mid-run: exit 130 after the subsidiaries in flight finish; `--resume` does the rest,
/// and every subsidiary ends up with exactly one location.
#[cfg(unix)]
fn an_interrupted_run_resumes_with_exact_counts_and_no_duplicates(backend: Backend) {
    const N: usize = 1500;
    let cli = Cli::sandbox(backend);
    let dir = tempfile::tempdir().unwrap();
    let file = generated(dir.path(), N, &[], "fabrikam.com");
    let file_arg = file.display().to_string();
    let args = [
        "-o",
        "ndjson",
        "enroll",
        "-f",
        &file_arg,
        "--concurrency",
        "2",
    ];

    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("partnerctl"));
    cli.env(&mut cmd);
    let mut child = cmd
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut done_before_signal = 0;
    while done_before_signal < 10 {
        let line = lines.next().expect("events").unwrap();
        if line.contains("\"event\":\"subsidiary\"") {
            done_before_signal += 1;
        }
    }
    let signalled = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(signalled.success());
    let rest: Vec<Value> = lines
        .map(|l| serde_json::from_str(&l.unwrap()).unwrap())
        .collect();
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(130));
    let summary = rest.last().expect("a summary event");
    assert_eq!(summary["event"], "summary");
    assert_eq!(summary["interrupted"], true);
    let first_created = summary["items"]["created"].as_u64().unwrap();
    assert!(
        first_created >= 10 && (first_created as usize) < N,
        "{summary}"
    );
    assert_eq!(cli.locations().len() as u64, first_created);

    let (report, _) = cli.enroll(&file, &["--resume"], 0);
    let summary = &report["summary"];
    assert_eq!(summary["resumed"].as_u64().unwrap(), first_created);
    assert_eq!(
        summary["items"]["created"].as_u64().unwrap(),
        N as u64 - first_created
    );
    assert_eq!(cli.locations().len(), N);
}

/// Each test body, once per backend: `embedded::NAME` and `http::NAME`.
macro_rules! both {
    ($($(#[$attr:meta])* $name:ident),* $(,)?) => {
        mod embedded {
            $($(#[$attr])* #[test] fn $name() { super::$name(super::Backend::Embedded) })*
        }
        mod http {
            $($(#[$attr])* #[test] fn $name() { super::$name(super::Backend::Http) })*
        }
    };
}

both!(
    enrolling_the_example_twice_changes_nothing_the_second_time,
    a_changed_subsidiary_is_updated_not_duplicated,
    pending_until_contacts_confirm_then_reruns_carry_on,
    invoice_orders_wait_for_payment_and_gold_holds_silver,
    backend_failures_fail_their_items_and_the_rest_succeed,
    ndjson_streams_one_event_per_step_and_subsidiary,
    fail_fast_stops_at_the_first_failure,
    a_dry_run_shows_what_an_edit_would_change_and_changes_nothing,
    #[cfg(unix)]
    an_interrupted_run_resumes_with_exact_counts_and_no_duplicates,
);
