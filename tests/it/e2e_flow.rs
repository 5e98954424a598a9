//! The seed's whole flow through the real binary: create tenant and account, verify the code
//! from the outbox, upgrade, benefits, users and roles, then let a year pass for renewal,
//! read-only and lapse.
//!
//! Every test runs three times (see `every_backend!` at the end): embedded, on a temporary data
//! dir; over HTTP, against a `partnerctl serve` of its own on a free loopback port; and over
//! HTTP against a `serve` on a new PostgreSQL database (where PostgreSQL is installed). The server reads its
//! clock once, when it starts: when a test moves `PARTNERCTL_NOW`, the server is restarted on
//! the same port and data dir with the new clock (no test-only way to set a server's clock).

use crate::common;

use assert_cmd::Command;
use common::{Listener, Server};
use serde_json::Value;
use std::cell::RefCell;
use std::path::{Path, PathBuf};

const T0: &str = "2026-11-24T09:00:00Z";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Backend {
    Embedded,
    Http,
    /// Over HTTP, the server on PostgreSQL.
    Postgres,
}

/// The binary with a clean environment, one data dir (the client's, or the server's), and a
/// clock.
struct Cli {
    home: tempfile::TempDir,
    data: PathBuf,
    backend: Backend,
    sandbox: bool,
    /// The server and the clock it was started with.
    server: RefCell<Option<(Server, String)>>,
    /// The server's database, on PostgreSQL.
    database: Option<String>,
}

impl Cli {
    fn new(backend: Backend) -> Cli {
        let home = tempfile::tempdir().unwrap();
        let data = home.path().join("data");
        let database = (backend == Backend::Postgres).then(|| {
            let pg = partnerctl::testing::postgres().expect("PostgreSQL for the tests");
            std::fs::write(
                home.path().join("serve.key"),
                partnerctl::random::uuid().as_bytes().repeat(2),
            )
            .unwrap();
            pg.new_database()
        });
        Cli {
            home,
            data,
            backend,
            sandbox: false,
            server: RefCell::new(None),
            database,
        }
    }

    /// Over HTTP, a sandbox server (embedded, the test passes `--sandbox` itself).
    fn sandbox(backend: Backend) -> Cli {
        Cli {
            sandbox: true,
            ..Cli::new(backend)
        }
    }

    /// The server's URL, (re)started with the clock at `now`.
    fn server_at(&self, now: &str) -> String {
        let mut slot = self.server.borrow_mut();
        if let Some((server, at)) = slot.as_ref() {
            if at == now {
                return server.url.clone();
            }
        }
        // The same socket: the CLI's session belongs to the backend's URL.
        let listener = slot.take().map_or_else(Listener::new, |(server, _)| {
            let listener = server.listener();
            server.stop();
            listener
        });
        let key = self.home.path().join("serve.key");
        let mut extra: Vec<&str> = Vec::new();
        if self.sandbox {
            extra.push("--sandbox");
        }
        let mut env = Vec::new();
        if let Some(url) = &self.database {
            extra.extend(["--database", url, "--key-file", key.to_str().unwrap()]);
            let pg = partnerctl::testing::postgres().unwrap();
            env.push(("PGPASSWORD", pg.password()));
        }
        let server = Server::start_on(&listener, self.home.path(), &self.data, now, &extra, &env);
        let url = server.url.clone();
        *slot = Some((server, now.to_string()));
        url
    }

    /// The binary as a user runs it: no output format chosen.
    fn bare(&self, now: &str) -> Command {
        let mut c = Command::cargo_bin("partnerctl").unwrap();
        c.env_clear()
            .env("HOME", self.home.path())
            .env("XDG_CONFIG_HOME", self.home.path().join("config"))
            .env("XDG_DATA_HOME", self.home.path().join("share"))
            .env("PARTNERCTL_KEYRING", "off")
            .env("PARTNERCTL_NOW", now);
        match self.backend {
            Backend::Embedded => {
                c.arg("--data-dir").arg(&self.data);
            }
            Backend::Http | Backend::Postgres => {
                c.env("PARTNERCTL_BACKEND", self.server_at(now));
            }
        }
        c
    }

    fn cmd(&self, now: &str) -> Command {
        let mut c = self.bare(now);
        c.arg("-o").arg("json");
        c
    }

    /// Run, expect success, parse stdout as JSON.
    fn json(&self, now: &str, args: &[&str]) -> Value {
        let out = self.cmd(now).args(args).output().unwrap();
        assert!(
            out.status.success(),
            "partnerctl {args:?} failed ({:?}):\n{}",
            out.status.code(),
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
            panic!(
                "partnerctl {args:?}: stdout is not JSON ({e}):\n{}",
                String::from_utf8_lossy(&out.stdout)
            )
        })
    }

    /// `account create -f examples/PROFILE --accept-agreement` at T0: the answer.
    fn create_account(&self, profile: &str) -> Value {
        self.json(
            T0,
            &[
                "account",
                "create",
                "-f",
                &example(profile),
                "--accept-agreement",
            ],
        )
    }

    /// Run, expect exit `code`, return stderr.
    fn fails(&self, now: &str, args: &[&str], code: i32) -> String {
        let out = self.cmd(now).args(args).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr).to_string();
        assert_eq!(
            out.status.code(),
            Some(code),
            "partnerctl {args:?}: expected exit {code}; stderr:\n{stderr}"
        );
        stderr
    }

    fn login(&self, now: &str, upn: &str, password: &str) {
        let out = self
            .cmd(now)
            .args(["login", "--username", upn, "--password-stdin"])
            .write_stdin(format!("{password}\n"))
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "login failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// The first login with a temporary password, which chooses a new one: the new password.
    fn first_login(&self, now: &str, upn: &str, temporary: &str) -> String {
        let chosen = format!("Chosen-{temporary}");
        let out = self
            .cmd(now)
            .args(["login", "--username", upn, "--password-stdin"])
            .arg("--new-password-stdin")
            .write_stdin(format!("{temporary}\n{chosen}\n"))
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "login failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        chosen
    }
}

fn example(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(name)
        .display()
        .to_string()
}

/// The first string value under `key`, anywhere in `v` (depth first).
fn find<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    match v {
        Value::Object(m) => m
            .get(key)
            .and_then(Value::as_str)
            .or_else(|| m.values().find_map(|x| find(x, key))),
        Value::Array(a) => a.iter().find_map(|x| find(x, key)),
        _ => None,
    }
}

fn must<'a>(v: &'a Value, key: &str) -> &'a str {
    find(v, key).unwrap_or_else(|| panic!("no {key} in {v:#}"))
}

/// The six-digit code in the last mail of the outbox.
fn mailed_code(cli: &Cli, now: &str) -> String {
    let mails = cli.json(now, &["outbox", "list"]);
    let body = mails.as_array().unwrap().last().unwrap()["body"]
        .as_str()
        .unwrap()
        .to_string();
    let re = regex_bites::Regex::new(r"code (\d{6})").unwrap();
    re.captures(&body).expect("a code in the mail")[1].to_string()
}

fn shift(t: &str, days: i64) -> String {
    let t: jiff::Timestamp = t.parse().unwrap();
    (t + jiff::SignedDuration::from_hours(24 * days)).to_string()
}

fn the_seed_flow_end_to_end(backend: Backend) {
    let cli = Cli::new(backend);

    // Create tenant and account; the Global admin's password is shown once.
    let created = cli.create_account("contoso-us.yaml");
    let ga = must(&created, "temporaryPassword").to_string();
    let ga_upn = "admin@contoso.onmicrosoft.com";
    assert!(created.to_string().contains(ga_upn), "{created:#}");
    let mpn = must(&created, "mpnId").to_string();
    assert_eq!(mpn.len(), 7);
    assert_eq!(must(&created, "vettingStatus"), "Pending");

    // Nothing can be bought before vetting.
    let e = cli.fails(T0, &["membership", "upgrade", "--to", "action-pack"], 5);
    assert!(e.contains("verify"), "{e}");

    // Verify with the code from the outbox: Authorized.
    let code = mailed_code(&cli, T0);
    let v = cli.json(T0, &["account", "verify", "--code", &code]);
    assert_eq!(must(&v, "vettingStatus"), "Authorized");
    let shown = cli.json(T0, &["account", "show"]);
    assert_eq!(must(&shown, "mpnId"), mpn);

    // Upgrade to Action Pack, by card: completed at once.
    let p = cli.json(
        T0,
        &[
            "membership",
            "upgrade",
            "--to",
            "action-pack",
            "--payment",
            "card",
        ],
    );
    assert_eq!(p["order"]["status"], "completed", "{p:#}");
    let orders = cli.json(T0, &["orders", "list"]);
    assert!(orders
        .as_array()
        .unwrap()
        .iter()
        .any(|o| o["offerIds"][0] == "action-pack"));

    // Benefits listed and activated.
    let benefits = cli.json(T0, &["benefits", "list"]);
    let credit = benefits
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["offerId"] == "action-pack" && b["kind"] == "cloudCredit")
        .expect("Azure credit from Action Pack");
    let id = credit["id"].as_str().unwrap();
    let a = cli.json(T0, &["benefits", "activate", id]);
    assert_eq!(must(&a, "status"), "activated");
    assert!(find(&a, "accessId").is_some() && find(&a, "contractId").is_some());

    // Users added; admin-agent granted; roles listed.
    let u = cli.json(
        T0,
        &[
            "users",
            "add",
            "--email",
            "alice@contoso.com",
            "--first-name",
            "Alice",
            "--last-name",
            "Smith",
        ],
    );
    assert_eq!(
        must(&u, "userPrincipalName"),
        "alice@contoso.onmicrosoft.com"
    );
    assert!(find(&u, "temporaryPassword").is_some());
    let users_file = cli.json(T0, &["users", "add", "-f", &example("users.yaml")]);
    assert!(users_file.to_string().contains("userPrincipalName"));
    let g = cli.json(
        T0,
        &[
            "users",
            "grant",
            "admin-agent",
            "alice@contoso.onmicrosoft.com",
        ],
    );
    assert!(g.to_string().contains("admin-agent"), "{g:#}");
    let roles = cli.json(T0, &["roles", "list"]);
    assert!(roles.to_string().contains("Admin agent"));
    let users = cli.json(T0, &["users", "list"]);
    let alice = users
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["userPrincipalName"] == "alice@contoso.onmicrosoft.com")
        .unwrap();
    assert!(alice["roles"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r == "admin-agent"));

    // A subsidiary: its own MPN ID, vetting and membership, addressed with --mpn-id.
    let loc = cli.json(
        T0,
        &[
            "account",
            "locations",
            "add",
            "-f",
            &example("location-de.yaml"),
        ],
    );
    let loc_mpn = must(&loc, "mpnId").to_string();
    assert_ne!(loc_mpn, mpn);
    assert_eq!(must(&loc, "country"), "DE");
    let code = mailed_code(&cli, T0);
    let v = cli.json(
        T0,
        &["account", "verify", "--code", &code, "--mpn-id", &loc_mpn],
    );
    assert_eq!(must(&v, "vettingStatus"), "Authorized");
    let lm = cli.json(T0, &["membership", "show", "--mpn-id", &loc_mpn]);
    assert_eq!(must(&lm, "mpnId"), loc_mpn);
    let locs = cli.json(T0, &["account", "locations", "list"]);
    assert_eq!(locs.as_array().unwrap().len(), 1);

    // A day before the anniversary: renewal refused, naming the date the window opens.
    let m = cli.json(T0, &["membership", "show"]);
    let end = must(&m, "endDate").to_string();
    let end_date = &end[..10];
    let before = shift(&end, -1);
    let ga = cli.first_login(&before, ga_upn, &ga);
    let e = cli.fails(&before, &["membership", "renew"], 5);
    assert!(e.contains(end_date), "the refusal names {end_date}: {e}");

    // A day after: read-only (purchase refused), renewal accepted, the end date a year on: the
    // same anniversary (the term spans 29 February 2028: 365 days would move it a day).
    let after = shift(&end, 1);
    cli.login(&after, ga_upn, &ga);
    let e = cli.fails(
        &after,
        &[
            "membership",
            "upgrade",
            "--to",
            "competency",
            "--area",
            "security",
            "--level",
            "silver",
        ],
        5,
    );
    assert!(e.contains("renew"), "{e}");
    let r = cli.json(&after, &["membership", "renew"]);
    assert_eq!(end, "2027-11-24T09:00:00Z");
    assert_eq!(must(&r, "endDate"), "2028-11-24T09:00:00Z");
    let m = cli.json(&after, &["membership", "show"]);
    assert_eq!(must(&m, "status"), "active");
}

fn an_account_left_past_its_window_lapses(backend: Backend) {
    let cli = Cli::new(backend);
    let created = cli.create_account("fabrikam-jp.yaml");
    let password = must(&created, "temporaryPassword").to_string();
    let code = mailed_code(&cli, T0);
    cli.json(T0, &["account", "verify", "--code", &code]);
    cli.json(T0, &["membership", "upgrade", "--to", "action-pack"]);

    let late = shift(T0, 365 + 31);
    cli.first_login(&late, "admin@fabrikamjp.onmicrosoft.com", &password);
    let m = cli.json(&late, &["membership", "show"]);
    assert_eq!(must(&m, "status"), "lapsed");
    let benefits = cli.json(&late, &["benefits", "list"]);
    let all = benefits.as_array().unwrap();
    assert!(!all.is_empty());
    assert!(
        all.iter().all(|b| b["status"] == "withdrawn"),
        "{benefits:#}"
    );
    let e = cli.fails(&late, &["membership", "renew"], 5);
    assert!(e.contains("rejoin"), "{e}");
}

fn a_sandbox_enrolls_in_one_run(backend: Backend) {
    let cli = Cli::sandbox(backend);
    let out = cli
        .cmd(T0)
        .arg("--sandbox")
        .args([
            "account",
            "create",
            "-f",
            &example("contoso-us.yaml"),
            "--accept-agreement",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(must(&v, "vettingStatus"), "Authorized");
    assert!(String::from_utf8_lossy(&out.stderr).contains("sandbox"));
    // Later commands say so too, without the flag.
    let out = cli.cmd(T0).args(["account", "show"]).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("sandbox"));
}

// Ids are taken by a unique prefix (at least 4 characters), as git takes short hashes, and a
// benefit by its kind where one benefit has it; resolved by listing, so on every backend.
fn short_ids_name_orders_benefits_users_and_locations(backend: Backend) {
    let cli = Cli::sandbox(backend);
    let mut create = cli.cmd(T0);
    create.arg("--sandbox").args([
        "account",
        "create",
        "-f",
        &example("contoso-us.yaml"),
        "--accept-agreement",
    ]);
    assert!(create.output().unwrap().status.success());
    let order = cli.json(
        T0,
        &[
            "membership",
            "upgrade",
            "--to",
            "action-pack",
            "--payment",
            "invoice",
        ],
    );
    let order_id = must(&order, "id").to_string();

    // A unique prefix names the order; three characters are too few.
    let e = cli.fails(T0, &["orders", "pay", &order_id[..3]], 2);
    assert!(e.contains("at least 4 characters"), "{e}");
    let paid = cli.json(T0, &["orders", "pay", &order_id[..8]]);
    assert_eq!(paid["id"], order_id.as_str(), "{paid:#}");
    // A prefix of nothing goes to the backend, which says there is no such order.
    cli.fails(T0, &["orders", "pay", "ffffffff"], 5);

    // The kind names the one benefit of that kind; two of a kind list both.
    let credit = cli.json(T0, &["benefits", "activate", "cloud-credit"]);
    assert_eq!(credit["kind"], "cloudCredit", "{credit:#}");
    assert_eq!(credit["status"], "activated", "{credit:#}");
    let e = cli.fails(T0, &["benefits", "keys", "product-key"], 2);
    let benefits = cli.json(T0, &["benefits", "list"]);
    let keys: Vec<&str> = benefits
        .as_array()
        .unwrap()
        .iter()
        .filter(|b| b["kind"] == "productKey")
        .map(|b| b["id"].as_str().unwrap())
        .collect();
    assert_eq!(keys.len(), 2, "{benefits:#}");
    assert!(e.contains("names 2 benefits"), "{e}");
    assert!(keys.iter().all(|id| e.contains(id)), "{e}");
    let shown = cli.json(T0, &["benefits", "keys", &keys[0][..8]]);
    assert_eq!(shown["benefitId"], keys[0], "{shown:#}");

    // `--all --kind` activates every available benefit of those kinds at once, and lists them.
    let all = cli.json(
        T0,
        &["benefits", "activate", "--all", "--kind", "product-key"],
    );
    let activated: Vec<&str> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["id"].as_str().unwrap())
        .collect();
    assert_eq!(activated, keys, "{all:#}");
    let again = cli.json(
        T0,
        &["benefits", "activate", "--all", "--kind", "product-key"],
    );
    assert_eq!(again, serde_json::json!([]), "nothing left to activate");
    let e = cli.fails(
        T0,
        &["benefits", "activate", "--all", "--kind", "productKey"],
        2,
    );
    assert!(e.contains("cloud-credit"), "the valid kinds are named: {e}");

    // A UPN's unique prefix names the user.
    cli.json(
        T0,
        &[
            "users",
            "add",
            "--email",
            "alice@contoso.com",
            "--first-name",
            "Alice",
            "--last-name",
            "Smith",
        ],
    );
    let alice = cli.json(T0, &["users", "grant", "admin-agent", "alic"]);
    assert_eq!(alice["userPrincipalName"], "alice@contoso.onmicrosoft.com");

    // An MPN ID's unique prefix names the location.
    let location = cli.json(
        T0,
        &[
            "account",
            "locations",
            "add",
            "-f",
            &example("location-de.yaml"),
        ],
    );
    let mpn_id = must(&location, "mpnId").to_string();
    let shown = cli.json(T0, &["account", "show", "--mpn-id", &mpn_id[..5]]);
    assert_eq!(shown["mpnId"], mpn_id.as_str(), "{shown:#}");
}

fn not_signed_in_is_exit_4_with_a_hint(backend: Backend) {
    let cli = Cli::new(backend);
    let e = cli.fails(T0, &["account", "show"], 4);
    assert!(e.contains("login"), "{e}");
}

fn secrets_never_reach_argv_or_stdout_of_reads(backend: Backend) {
    let cli = Cli::new(backend);
    let created = cli.create_account("contoso-us.yaml");
    let password = must(&created, "temporaryPassword").to_string();
    for args in [&["whoami"][..], &["users", "list"], &["account", "show"]] {
        let out = cli.cmd(T0).args(args).arg("-v").output().unwrap();
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(!all.contains(&password), "{args:?} printed the password");
        assert!(!all.contains("pc_at_"), "{args:?} printed a token");
    }
    // Nor does the server's log (-v: a line per request).
    let log = cli.server.borrow().as_ref().map(|(server, _)| server.log());
    if let Some(log) = log {
        assert!(log.contains("GET /v1/me 200"), "{log}");
        assert!(!log.contains(&password) && !log.contains("pc_at_"), "{log}");
    }
}

fn every_output_format_renders_data_on_stdout_only(backend: Backend) {
    let cli = Cli::new(backend);
    cli.create_account("contoso-us.yaml");
    let run = |format: &str| {
        let out = cli
            .bare(T0)
            .args(["-o", format, "roles", "list"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{format}");
        String::from_utf8(out.stdout).unwrap()
    };
    let yaml = run("yaml");
    assert!(yaml.contains("key: admin-agent"), "{yaml}");
    let ndjson = run("ndjson");
    assert_eq!(ndjson.lines().count(), 11);
    for line in ndjson.lines() {
        serde_json::from_str::<Value>(line).unwrap();
    }
    let tsv = run("tsv");
    let rows: Vec<&str> = tsv.lines().collect();
    assert_eq!(rows.len(), 12, "a header and 11 roles");
    assert!(rows[1..]
        .iter()
        .all(|r| r.split('\t').count() == rows[0].split('\t').count()));
    let table = run("table");
    assert!(table
        .lines()
        .any(|l| l.contains("admin-agent") && l.contains("Admin agent")));
}

/// Run, expect success; (stdout as JSON, stderr).
fn json_and_stderr(cli: &Cli, now: &str, args: &[&str]) -> (Value, String) {
    let out = cli.cmd(now).args(args).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(out.status.success(), "partnerctl {args:?} failed: {stderr}");
    (serde_json::from_slice(&out.stdout).unwrap(), stderr)
}

/// Answers show things as they stand after the command, and say when nothing was done.
fn answers_say_what_stands_and_what_was_not_done(backend: Backend) {
    let cli = Cli::new(backend);
    let created = cli.create_account("contoso-us.yaml");
    // The Global admin as `users list` shows them right after: owner, Admin agent.
    let admin = &created["tenantCreated"]["globalAdmin"];
    assert_eq!(admin["owner"], true, "{created:#}");
    let users = cli.json(T0, &["users", "list"]);
    let listed = users
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["userPrincipalName"] == admin["userPrincipalName"])
        .unwrap();
    assert_eq!(admin["roles"], listed["roles"]);
    assert!(
        admin["roles"].to_string().contains("admin-agent"),
        "{admin:#}"
    );

    // A dry run does not check the code.
    let code = mailed_code(&cli, T0);
    let (v, stderr) = json_and_stderr(
        &cli,
        T0,
        &["--dry-run", "account", "verify", "--code", &code],
    );
    assert_eq!(must(&v, "vettingStatus"), "Pending");
    assert!(stderr.contains("the code was not checked"), "{stderr}");

    // Verifying again once authorized: exit 0, the vetting as it stands, nothing to do.
    cli.json(T0, &["account", "verify", "--code", &code]);
    let (v, stderr) = json_and_stderr(&cli, T0, &["account", "verify", "--code", &code]);
    assert_eq!(must(&v, "vettingStatus"), "Authorized");
    assert!(
        stderr.contains("already authorized: nothing to do"),
        "{stderr}"
    );

    // Revoking a role the user does not hold: unchanged, and said so.
    cli.json(
        T0,
        &[
            "users",
            "add",
            "--email",
            "alice@contoso.com",
            "--first-name",
            "Alice",
            "--last-name",
            "Smith",
        ],
    );
    let alice = "alice@contoso.onmicrosoft.com";
    let (u, stderr) = json_and_stderr(
        &cli,
        T0,
        &["--yes", "users", "revoke", "helpdesk-agent", alice],
    );
    assert_eq!(must(&u, "userPrincipalName"), alice);
    assert!(
        stderr.contains(&format!("unchanged: {alice} does not hold helpdesk-agent")),
        "{stderr}"
    );
    cli.json(T0, &["users", "grant", "helpdesk-agent", alice]);
    let (u, stderr) = json_and_stderr(
        &cli,
        T0,
        &["--yes", "users", "revoke", "helpdesk-agent", alice],
    );
    assert!(!u["roles"].to_string().contains("helpdesk-agent"), "{u:#}");
    assert!(!stderr.contains("unchanged"), "{stderr}");

    // Removing the owner: refused, saying what can be done instead.
    let e = cli.fails(
        T0,
        &["--yes", "users", "remove", "admin@contoso.onmicrosoft.com"],
        4,
    );
    assert!(e.contains("cannot be removed"), "{e}");
    assert!(e.contains("the owner stays"), "{e}");
}

/// Creating the same organization again says the tenant exists and is yours, and how to name
/// it as an existing tenant, rather than "choose another domain prefix".
fn creating_the_tenant_again_says_it_is_yours(backend: Backend) {
    let cli = Cli::sandbox(backend);
    let file = example("contoso-us.yaml");
    let create = |code: Option<i32>| {
        let out = cli
            .cmd(T0)
            .arg("--sandbox")
            .args(["account", "create", "-f", &file, "--accept-agreement"])
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            code,
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stderr).to_string()
    };
    create(Some(0));
    let again = create(Some(5));
    assert!(again.contains("already exists and is yours"), "{again}");
    assert!(
        again.contains("`tenant: {existing: contoso.onmicrosoft.com}`"),
        "{again}"
    );
    assert!(!again.contains("choose another domain prefix"), "{again}");
}

/// Each test body, once per backend: `embedded::NAME`, `http::NAME` and `postgres::NAME`
/// (which skips itself, with one line, where PostgreSQL is not installed).
macro_rules! every_backend {
    ($($name:ident),* $(,)?) => {
        mod embedded {
            $(#[test] fn $name() { super::$name(super::Backend::Embedded) })*
        }
        mod http {
            $(#[test] fn $name() { super::$name(super::Backend::Http) })*
        }
        mod postgres {
            $(#[test] fn $name() {
                if partnerctl::testing::postgres().is_some() {
                    super::$name(super::Backend::Postgres)
                }
            })*
        }
    };
}

/// A temporary password is changed at the first sign-in: `login` refuses it without a way to
/// ask for a new one (exit 4, naming --new-password-stdin), checks the new one against the
/// policy, and then only the new one signs in. `tenant create --password-stdin` chooses the
/// Global admin's password at once: no change is due.
fn a_temporary_password_changes_at_the_first_login(backend: Backend) {
    let cli = Cli::new(backend);
    let created = cli.json(T0, &["tenant", "create", "--domain-prefix", "contoso"]);
    let upn = must(&created, "userPrincipalName").to_string();
    let temporary = must(&created, "temporaryPassword").to_string();
    let login = |stdin: String, extra: &[&str]| {
        cli.cmd(T0)
            .args(["login", "--username", &upn, "--password-stdin"])
            .args(extra)
            .write_stdin(stdin)
            .output()
            .unwrap()
    };
    let stderr = |out: &std::process::Output| String::from_utf8_lossy(&out.stderr).to_string();
    let refused = login(format!("{temporary}\n"), &[]);
    assert_eq!(refused.status.code(), Some(4), "{}", stderr(&refused));
    assert!(
        stderr(&refused).contains("--new-password-stdin"),
        "{}",
        stderr(&refused)
    );
    assert!(
        stderr(&refused).contains("temporary"),
        "{}",
        stderr(&refused)
    );
    let weak = login(format!("{temporary}\nshort\n"), &["--new-password-stdin"]);
    assert_eq!(weak.status.code(), Some(2), "{}", stderr(&weak));
    assert!(stderr(&weak).contains("8 to 256"), "{}", stderr(&weak));
    let same = login(
        format!("{temporary}\n{temporary}\n"),
        &["--new-password-stdin"],
    );
    assert_eq!(same.status.code(), Some(2), "{}", stderr(&same));
    let changed = login(
        format!("{temporary}\nCorrect-Horse-9\n"),
        &["--new-password-stdin"],
    );
    assert!(changed.status.success(), "{}", stderr(&changed));
    assert_eq!(must(&cli.json(T0, &["whoami"]), "userPrincipalName"), upn);
    let old = login(format!("{temporary}\n"), &[]);
    assert_eq!(old.status.code(), Some(4), "{}", stderr(&old));
    cli.login(T0, &upn, "Correct-Horse-9");

    // A password chosen at creation signs in as it is.
    let chosen = cli
        .cmd(T0)
        .args([
            "tenant",
            "create",
            "--domain-prefix",
            "fabrikam",
            "--password-stdin",
        ])
        .write_stdin("Fabrikam-Pass-1\n")
        .output()
        .unwrap();
    assert!(chosen.status.success(), "{}", stderr(&chosen));
    let shown = String::from_utf8_lossy(&chosen.stdout);
    assert!(!shown.contains("temporaryPassword"), "{shown}");
    assert!(shown.contains("fabrikam.onmicrosoft.com"), "{shown}");
    cli.login(T0, "admin@fabrikam.onmicrosoft.com", "Fabrikam-Pass-1");
    // One the policy refuses is told before anything is created.
    let weak = cli
        .cmd(T0)
        .args([
            "tenant",
            "create",
            "--domain-prefix",
            "northwind",
            "--password-stdin",
        ])
        .write_stdin("weak\n")
        .output()
        .unwrap();
    assert_eq!(weak.status.code(), Some(2), "{}", stderr(&weak));
    let taken = cli.json(
        T0,
        &[
            "tenant",
            "create",
            "--domain-prefix",
            "northwind",
            "--dry-run",
        ],
    );
    assert!(taken.to_string().contains("northwind"), "{taken}");
}

every_backend!(
    a_temporary_password_changes_at_the_first_login,
    creating_the_tenant_again_says_it_is_yours,
    the_seed_flow_end_to_end,
    an_account_left_past_its_window_lapses,
    a_sandbox_enrolls_in_one_run,
    short_ids_name_orders_benefits_users_and_locations,
    not_signed_in_is_exit_4_with_a_hint,
    secrets_never_reach_argv_or_stdout_of_reads,
    every_output_format_renders_data_on_stdout_only,
    answers_say_what_stands_and_what_was_not_done,
);
