//! The verification mail delivered for real: `partnerctl serve --smtp-url` against a mail
//! server on loopback (Python's aiosmtpd), its code and its confirmation link, retries while
//! the mail server is down, a refused recipient, and the page in a real browser (Chromium).

use crate::common;

use common::smtp::{self, code_in, eventually, free_port, link_in, SmtpSink};
use common::{http, partnerctl, Server};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

const NOW: &str = "2026-11-24T09:00:00Z";
const FROM: &str = "Partner Center <partners@mail.partnerctl.test>";

/// A serve with a mail server, and a home to run the CLI from.
struct Setup {
    home: tempfile::TempDir,
    server: Server,
}

impl Setup {
    fn new(smtp_url: &str, extra: &[&str]) -> Setup {
        let home = tempfile::tempdir().unwrap();
        let data = home.path().join("data");
        let mut flags = vec!["--smtp-url", smtp_url, "--mail-from", FROM];
        flags.extend(extra);
        let server = Server::start(home.path(), &data, NOW, &flags);
        Setup { home, server }
    }

    fn cli(&self) -> Command {
        partnerctl(self.home.path(), &self.server.url, NOW)
    }

    fn json(&self, args: &[&str]) -> Value {
        common::ok_json(self.cli().args(args))
    }

    /// `account create` of an example over HTTP.
    fn enroll(&self, example: &str) {
        common::enroll(self.home.path(), &self.server.url, NOW, example);
    }

    /// The outbox's only mail, once `done` says its delivery got far enough.
    fn mail_when(&self, done: impl Fn(&Value) -> bool) -> Value {
        eventually(|| {
            let mails = self.json(&["outbox", "list"]);
            let last = mails.as_array().unwrap().last().cloned()?;
            done(&last).then_some(last)
        })
        .unwrap_or_else(|| {
            panic!(
                "the mail never got there: {}",
                self.json(&["outbox", "list"])
            )
        })
    }

    fn vetting(&self) -> String {
        let v = self.json(&["account", "show"]);
        v["vettingStatus"].as_str().unwrap().to_string()
    }
}

fn python() -> Option<PathBuf> {
    smtp::python_with("aiosmtpd", "python3-aiosmtpd")
}

fn sink_dir(setup_home: &Path) -> PathBuf {
    setup_home.join("mail")
}

/// The path and query of a link to this server.
fn path_of(link: &str) -> String {
    let rest = link.strip_prefix("http://").unwrap();
    rest[rest.find('/').unwrap()..].to_string()
}

/// The page's form token.
fn form_token(page: &str) -> String {
    let re = regex_bites::Regex::new(r#"name=form_token value="([^"]+)""#).unwrap();
    re.captures(page).expect("a form token")[1].to_string()
}

fn text(a: &common::Answer) -> String {
    String::from_utf8_lossy(&a.body).to_string()
}

#[test]
fn the_mail_arrives_in_japanese_and_its_link_confirms_once() {
    let Some(py) = python() else { return };
    let home = tempfile::tempdir().unwrap();
    let sink = SmtpSink::start(&py, free_port(), &sink_dir(home.path()), None);
    let s = Setup::new(&sink.url(), &[]);
    s.enroll("fabrikam-jp.yaml");

    let mail = &sink.wait_for(1)[0];
    assert_eq!(mail["to"][0], "hanako.sato@fabrikam.co.jp", "{mail:#}");
    assert!(mail["from"].as_str().unwrap().ends_with("partnerctl.test"));
    assert_eq!(mail["contentType"], "multipart/alternative");
    assert!(mail["messageId"]
        .as_str()
        .unwrap()
        .ends_with("@mail.partnerctl.test>"));
    let subject = mail["subject"].as_str().unwrap();
    assert!(subject.contains("メールアドレスのご確認"), "{subject}");
    let body = mail["text"].as_str().unwrap();
    assert!(body.starts_with("佐藤 花子 様"), "{body}");
    let html = mail["html"].as_str().unwrap();
    let (code, link) = (code_in(body), link_in(body));
    assert!(html.contains(&code) && html.contains(&link), "{html}");
    assert!(!link.contains(&code), "the link is not the code: {link}");
    assert!(link.starts_with(&s.server.url), "{link}");

    // Opening the page (as a mail scanner does) shows what is confirmed and changes nothing.
    let path = path_of(&link);
    let page = http(&s.server.addr(), "GET", &path, &[], b"");
    assert_eq!(page.status, 200, "{}", text(&page));
    let html = text(&page);
    assert!(html.contains("ファブリカム株式会社") && html.contains("hanako.sato@fabrikam.co.jp"));
    assert!(
        html.contains("name=viewport") && !html.contains("<script"),
        "{html}"
    );
    let csp = page.header("content-security-policy").unwrap();
    assert!(csp.contains("default-src 'none'") && csp.contains("frame-ancestors 'none'"));
    assert_eq!(page.header("x-frame-options"), Some("DENY"));
    assert_eq!(s.vetting(), "Pending");

    // A form posted from elsewhere is refused: without the page's token, or from another site.
    let form = format!("form_token={}", form_token(&html));
    let urlencoded = ("Content-Type", "application/x-www-form-urlencoded");
    let forged = http(
        &s.server.addr(),
        "POST",
        &path,
        &[urlencoded],
        b"form_token=x",
    );
    assert_eq!(forged.status, 403, "{}", text(&forged));
    let cross = http(
        &s.server.addr(),
        "POST",
        &path,
        &[urlencoded, ("Origin", "https://elsewhere.test")],
        form.as_bytes(),
    );
    assert_eq!(cross.status, 403, "{}", text(&cross));
    assert_eq!(s.vetting(), "Pending");

    // Confirm: Authorized, shown on the page.
    let origin = ("Origin", s.server.url.as_str());
    let done = http(
        &s.server.addr(),
        "POST",
        &path,
        &[urlencoded, origin],
        form.as_bytes(),
    );
    assert_eq!(done.status, 200, "{}", text(&done));
    assert!(text(&done).contains("承認されました"), "{}", text(&done));
    assert_eq!(s.vetting(), "Authorized");

    // The link is used up: a second click and the page both refuse it.
    let again = http(
        &s.server.addr(),
        "POST",
        &path,
        &[urlencoded, origin],
        form.as_bytes(),
    );
    assert_ne!(again.status, 200, "{}", text(&again));
    assert!(text(&again).contains("not valid"), "{}", text(&again));
    let reopened = http(&s.server.addr(), "GET", &path, &[], b"");
    assert_eq!(reopened.status, 404);

    // The outbox says it was delivered.
    let listed = s.mail_when(|m| m["state"] == "sent");
    assert_eq!(listed["attempts"], 1, "{listed:#}");
    // The request log (-v) never shows the link's token.
    let token = link.rsplit('/').next().unwrap();
    let log = s.server.log();
    assert!(
        log.contains("/confirm/...") && !log.contains(token),
        "{log}"
    );
}

#[test]
fn the_mailed_code_verifies_and_then_the_link_is_refused() {
    let Some(py) = python() else { return };
    let home = tempfile::tempdir().unwrap();
    let sink = SmtpSink::start(&py, free_port(), &sink_dir(home.path()), None);
    let s = Setup::new(&sink.url(), &[]);
    s.enroll("contoso-us.yaml");
    let mail = &sink.wait_for(1)[0];
    let body = mail["text"].as_str().unwrap();
    assert!(body.starts_with("Hello "), "{body}");
    let v = s.json(&["account", "verify", "--code", &code_in(body)]);
    assert_eq!(v["vettingStatus"], "Authorized", "{v:#}");
    let page = http(&s.server.addr(), "GET", &path_of(&link_in(body)), &[], b"");
    assert_eq!(page.status, 404, "{}", text(&page));

    // A resend is a new mail, delivered too, with the resend limits as before.
    let s2 = Setup::new(&sink.url(), &[]);
    s2.enroll("fabrikam-jp.yaml");
    s2.json(&["account", "verify", "--resend"]);
    let mails = sink.wait_for(3);
    assert_ne!(
        code_in(mails[1]["text"].as_str().unwrap()),
        code_in(mails[2]["text"].as_str().unwrap())
    );
}

#[test]
fn mail_waits_for_a_mail_server_that_is_down_and_arrives_once() {
    let Some(py) = python() else { return };
    let home = tempfile::tempdir().unwrap();
    let port = free_port();
    let s = Setup::new(&format!("smtp://127.0.0.1:{port}"), &[]);
    s.enroll("contoso-us.yaml");
    // Nobody listens: the mail stays queued, with the error, and is tried again.
    let waiting = s.mail_when(|m| m["attempts"].as_i64() >= Some(2));
    assert_eq!(waiting["state"], "queued", "{waiting:#}");
    assert!(waiting["lastError"].as_str().is_some(), "{waiting:#}");

    let sink = SmtpSink::start(&py, port, &sink_dir(home.path()), None);
    let sent = s.mail_when(|m| m["state"] == "sent");
    assert!(sent["deliveredAt"].is_string(), "{sent:#}");
    // Sent is final: the mail arrived once, and is not claimed again.
    std::thread::sleep(std::time::Duration::from_secs(3));
    assert_eq!(sink.messages().len(), 1, "{:?}", sink.messages());
}

#[test]
fn a_refused_recipient_fails_the_mail_with_the_reason() {
    let Some(py) = python() else { return };
    let home = tempfile::tempdir().unwrap();
    let sink = SmtpSink::start(&py, free_port(), &sink_dir(home.path()), Some("sato"));
    let s = Setup::new(&sink.url(), &[]);
    s.enroll("fabrikam-jp.yaml");
    let failed = s.mail_when(|m| m["state"] == "failed");
    // A permanent refusal is not tried again.
    assert_eq!(failed["attempts"], 1, "{failed:#}");
    let error = failed["lastError"].as_str().unwrap();
    assert!(
        error.contains("550") && error.contains("mailbox unavailable"),
        "{error}"
    );
    let mut c = Command::new(env!("CARGO_BIN_EXE_partnerctl"));
    common::clean(&mut c, s.home.path());
    let out = c
        .env("PARTNERCTL_BACKEND", &s.server.url)
        .args(["-o", "table", "outbox", "list"])
        .output()
        .unwrap();
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(
        table.contains("failed after 1 attempt") && table.contains("550"),
        "{table}"
    );
    assert!(sink.messages().is_empty());
}

#[test]
fn mail_that_cannot_be_delivered_in_time_is_given_up() {
    let Some(_) = python() else { return };
    let port = free_port();
    let s = Setup::new(
        &format!("smtp://127.0.0.1:{port}"),
        &["--mail-give-up", "3s"],
    );
    s.enroll("contoso-us.yaml");
    let failed = s.mail_when(|m| m["state"] == "failed");
    assert!(failed["attempts"].as_i64().unwrap() >= 2, "{failed:#}");
    assert!(failed["lastError"].as_str().is_some(), "{failed:#}");
}

#[test]
fn without_a_mail_server_mail_stays_queued_and_carries_the_servers_link() {
    let home = tempfile::tempdir().unwrap();
    let server = Server::start(home.path(), &home.path().join("data"), NOW, &[]);
    common::enroll(home.path(), &server.url, NOW, "contoso-us.yaml");
    let mails = common::ok_json(partnerctl(home.path(), &server.url, NOW).args(["outbox", "list"]));
    let mail = &mails[0];
    assert_eq!(mail["state"], "queued", "{mail:#}");
    assert_eq!(mail["attempts"], 0);
    let link = link_in(mail["body"].as_str().unwrap());
    assert!(link.starts_with(&server.url), "{link}");
}

#[test]
fn smtp_passwords_never_go_in_the_url() {
    let home = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_partnerctl"))
        .env_clear()
        .env("HOME", home.path())
        .arg("--data-dir")
        .arg(home.path().join("data"))
        .args([
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--mail-from",
            "a@b.test",
        ])
        .args(["--smtp-url", "smtp://user:hunter2@127.0.0.1:25"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("PARTNERCTL_SMTP_PASSWORD") && !err.contains("hunter2"),
        "{err}"
    );
    assert!(!home.path().join("data").exists(), "nothing written");
}

/// The page in Chromium: open the link from the mail, press Confirm, see Authorized; a second
/// press (from a second tab opened before) and the reopened link are refused. The screenshot
/// is kept under target/test-artifacts/.
#[test]
fn the_confirmation_page_works_in_a_real_browser() {
    let Some(py) = smtp::python_with("websocket", "python3-websocket") else {
        return;
    };
    let Some(chromium) = ["chromium", "chromium-browser"].into_iter().find(|c| {
        Command::new(c)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    }) else {
        smtp::missing("Chromium (apt-get install chromium; .ci/run does)");
        return;
    };
    let Some(smtp_py) = python() else { return };
    let home = tempfile::tempdir().unwrap();
    let sink = SmtpSink::start(&smtp_py, free_port(), &sink_dir(home.path()), None);
    let s = Setup::new(&sink.url(), &[]);
    s.enroll("contoso-us.yaml");
    let mail = &sink.wait_for(1)[0];
    let link = link_in(mail["text"].as_str().unwrap());

    let artifacts = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/test-artifacts");
    std::fs::create_dir_all(&artifacts).unwrap();
    let out = Command::new(py)
        .arg(smtp::browser_script())
        .args([chromium, &link])
        .arg(artifacts.join("confirmation-page.png"))
        .arg(artifacts.join("confirmation-result.png"))
        .arg(home.path().join("chromium"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "the browser script failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let seen: Value = serde_json::from_slice(&out.stdout).unwrap();
    let page = seen["page"].as_str().unwrap();
    assert!(
        page.contains("Contoso") && page.contains("Confirm"),
        "{seen:#}"
    );
    assert!(
        seen["first"].as_str().unwrap().contains("Authorized"),
        "{seen:#}"
    );
    assert!(
        seen["second"].as_str().unwrap().contains("not valid"),
        "{seen:#}"
    );
    assert!(
        seen["reopened"].as_str().unwrap().contains("not valid"),
        "{seen:#}"
    );
    assert_eq!(s.vetting(), "Authorized");
}

/// Several instances on one PostgreSQL database, started together on a queue that fills
/// while no instance delivers: each mail is claimed by one of them and arrives once.
#[test]
fn instances_on_one_database_send_each_mail_once() {
    let Some(py) = python() else { return };
    let Some(pg) = partnerctl::testing::postgres() else {
        return;
    };
    let home = tempfile::tempdir().unwrap();
    let key = home.path().join("serve.key");
    std::fs::write(&key, [7u8; 48]).unwrap();
    let database = pg.new_database();
    let start = |name: &str, extra: &[&str]| {
        let mut flags = vec!["--database", &database, "--key-file", key.to_str().unwrap()];
        flags.extend(extra);
        Server::start_with(
            home.path(),
            &home.path().join(name),
            NOW,
            &flags,
            &[("PGPASSWORD", pg.password())],
        )
    };
    // Mail piles up: an account, and its code sent again five times (the hourly limit).
    let quiet = start("quiet", &[]);
    common::enroll(home.path(), &quiet.url, NOW, "contoso-us.yaml");
    for _ in 0..5 {
        common::ok_json(
            partnerctl(home.path(), &quiet.url, NOW).args(["account", "verify", "--resend"]),
        );
    }
    quiet.stop();

    let sink = SmtpSink::start(&py, free_port(), &sink_dir(home.path()), None);
    let smtp = ["--smtp-url", &sink.url(), "--mail-from", FROM];
    let instances: Vec<Server> = std::thread::scope(|s| {
        let started: Vec<_> = ["a", "b", "c"]
            .iter()
            .map(|n| s.spawn(|| start(n, &smtp)))
            .collect();
        started.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let tally =
        "SELECT count(*), count(*) FILTER (WHERE state = 'sent'), sum(attempts) FROM outbox";
    let psql = || common::reliability::psql(&database, pg.password(), tally);
    eventually(|| (psql() == "6\t6\t6").then_some(())).unwrap_or_else(|| panic!("{}", psql()));
    let received = sink.wait_for(6);
    let mut ids: Vec<&str> = received
        .iter()
        .map(|m| m["messageId"].as_str().unwrap())
        .collect();
    ids.sort();
    ids.dedup();
    assert_eq!((received.len(), ids.len()), (6, 6), "{received:#?}");
    drop(instances);
}
