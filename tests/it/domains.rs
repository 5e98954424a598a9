//! Custom domains are verified as Azure AD verifies them: `tenant domains add` answers a TXT
//! record to publish, `tenant domains verify` looks it up in a real DNS server (dnsmasq, on a
//! free port, named by PARTNERCTL_DNS_SERVER); a sandbox confirms at once; personal mail
//! services' domains are refused; internationalized names are held in punycode.

use crate::common;

use common::{json, stderr, Home, Server};
use partnerctl::testing::{dns, dns_at};
use serde_json::Value;

const NOW: &str = "2026-11-24T09:00:00Z";

/// The domain named `name` in a tenant's JSON.
fn domain<'a>(tenant: &'a Value, name: &str) -> &'a Value {
    tenant["domains"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["name"] == name)
        .unwrap_or_else(|| panic!("no {name} in {tenant:#}"))
}

/// Adds `name` on a non-sandbox tenant; returns the TXT value to publish.
fn add(home: &Home, name: &str, stored: &str) -> String {
    let out = home.run(&["-o", "json", "tenant", "domains", "add", name]);
    assert!(out.status.success(), "{}", stderr(&out));
    let tenant = json(&String::from_utf8(out.stdout.clone()).unwrap());
    let d = domain(&tenant, stored);
    assert_eq!(d["verified"], false, "{d}");
    let record = d["verificationRecord"].as_str().unwrap().to_string();
    assert!(
        record.len() == 13
            && record.starts_with("MS=ms")
            && record[5..].chars().all(|c| c.is_ascii_digit()),
        "{record}"
    );
    let note = stderr(&out);
    assert!(
        note.contains(&format!(
            "publish a TXT record at {stored} with the value {record}"
        )),
        "{note}"
    );
    record
}

fn verify(home: &Home, server: &str, name: &str) -> std::process::Output {
    home.cmd()
        .env("PARTNERCTL_DNS_SERVER", server)
        .args(["-o", "json", "tenant", "domains", "verify", name])
        .output()
        .unwrap()
}

#[test]
fn a_domain_is_verified_when_its_txt_record_is_published() {
    let home = Home::new();
    home.signed_in();
    let record = add(&home, "contoso.com", "contoso.com");

    // Published elsewhere, or another value: not verified, and the hint says what to publish.
    let Some(wrong) = dns(&[
        ("contoso.com", "v=spf1 -all"),
        ("contoso.com", "MS=ms00000000"),
        ("www.contoso.com", &record),
    ]) else {
        return;
    };
    let out = verify(&home, &wrong.server(), "contoso.com");
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("contoso.com is not verified"), "{err}");
    assert!(
        err.contains("none of the 2 TXT records at contoso.com"),
        "{err}"
    );
    assert!(err.contains(&record), "{err}");
    drop(wrong);
    let shown = json(&home.ok(&["-o", "json", "tenant", "show"]));
    assert_eq!(domain(&shown, "contoso.com")["verified"], false);

    let right = dns(&[("contoso.com", "v=spf1 -all"), ("contoso.com", &record)]).unwrap();
    let out = verify(&home, &right.server(), "contoso.com");
    assert!(out.status.success(), "{}", stderr(&out));
    let tenant = json(&String::from_utf8(out.stdout.clone()).unwrap());
    let d = domain(&tenant, "contoso.com");
    assert_eq!(d["verified"], true, "{d}");
    assert!(d.get("verificationRecord").is_none(), "{d}");
    assert!(stderr(&out).contains("contoso.com is verified"));
}

// A TXT answer larger than a UDP message comes back truncated: the query is asked again over
// TCP.
#[test]
fn a_truncated_answer_is_asked_again_over_tcp() {
    let home = Home::new();
    home.signed_in();
    let record = add(&home, "fabrikam.com", "fabrikam.com");
    let long = "k".repeat(250);
    let Some(server) = dns(&[
        ("fabrikam.com", &format!("a{long}")),
        ("fabrikam.com", &format!("b{long}")),
        ("fabrikam.com", &format!("c{long}")),
        ("fabrikam.com", &record),
    ]) else {
        return;
    };
    let out = verify(&home, &server.server(), "fabrikam.com");
    assert!(out.status.success(), "{}", stderr(&out));
    let tenant = json(&String::from_utf8(out.stdout.clone()).unwrap());
    assert_eq!(domain(&tenant, "fabrikam.com")["verified"], true);
}

#[test]
fn a_name_server_that_does_not_answer_is_an_error_and_verifies_nothing() {
    let home = Home::new();
    home.signed_in();
    add(&home, "contoso.com", "contoso.com");
    // A port nothing listens on.
    let port = std::net::UdpSocket::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let out = verify(&home, &format!("127.0.0.1:{port}"), "contoso.com");
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("cannot look up the TXT records of contoso.com"),
        "{}",
        stderr(&out)
    );
    let out = verify(&home, "not-an-address", "contoso.com");
    assert!(
        stderr(&out).contains("PARTNERCTL_DNS_SERVER"),
        "{}",
        stderr(&out)
    );
    let shown = json(&home.ok(&["-o", "json", "tenant", "show"]));
    assert_eq!(domain(&shown, "contoso.com")["verified"], false);
}

#[test]
fn only_the_tenants_own_domains_are_verified() {
    let home = Home::new();
    home.signed_in();
    let out = verify(&home, "127.0.0.1:9", "nowhere.example");
    assert_eq!(out.status.code(), Some(5));
    let err = stderr(&out);
    assert!(
        err.contains("the tenant has no domain nowhere.example"),
        "{err}"
    );
    assert!(err.contains("tenant domains add nowhere.example"), "{err}");
}

#[test]
fn a_sandbox_verifies_a_domain_at_once() {
    let home = Home::new();
    let password = home.create_tenant_with(&["--sandbox"]);
    home.login(home.cmd(), "admin@contoso.onmicrosoft.com", &password);
    let out = home
        .cmd()
        // No name server is asked: this one would not answer.
        .env("PARTNERCTL_DNS_SERVER", "127.0.0.1:9")
        .args(["-o", "json", "tenant", "domains", "add", "contoso.com"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let tenant = json(&String::from_utf8(out.stdout.clone()).unwrap());
    assert_eq!(domain(&tenant, "contoso.com")["verified"], true);
    assert!(stderr(&out).contains("contoso.com is verified"));
    let out = verify(&home, "127.0.0.1:9", "contoso.com");
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn personal_mail_services_are_no_tenants_domains() {
    let home = Home::new();
    home.signed_in();
    for name in [
        "gmail.com",
        "Outlook.com",
        "yahoo.co.jp",
        "docomo.ne.jp",
        "gmx.de",
    ] {
        let err = home.fails(&["tenant", "domains", "add", name], 2);
        assert!(err.contains("personal mail service"), "{name}: {err}");
        assert!(err.contains("contoso.com"), "{name}: {err}");
    }
    let shown = json(&home.ok(&["-o", "json", "tenant", "show"]));
    assert_eq!(shown["domains"].as_array().unwrap().len(), 1, "{shown:#}");

    let other = Home::new();
    let err = other.fails(
        &[
            "tenant",
            "create",
            "--domain-prefix",
            "fabrikam",
            "--domain",
            "hotmail.com",
        ],
        2,
    );
    assert!(err.contains("personal mail service"), "{err}");
}

// IDNA: an internationalized name is held, and looked up, in punycode.
#[test]
fn an_internationalized_domain_is_held_and_looked_up_in_punycode() {
    let home = Home::new();
    home.signed_in();
    let record = add(&home, "コントソ.jp", "xn--tckua6a1m.jp");
    let Some(server) = dns(&[("xn--tckua6a1m.jp", &record)]) else {
        return;
    };
    let out = verify(&home, &server.server(), "コントソ.jp");
    assert!(out.status.success(), "{}", stderr(&out));
    let tenant = json(&String::from_utf8(out.stdout.clone()).unwrap());
    assert_eq!(domain(&tenant, "xn--tckua6a1m.jp")["verified"], true);
    // The same name, typed either way, is one domain.
    let err = home.fails(&["tenant", "domains", "add", "xn--tckua6a1m.jp"], 5);
    assert!(err.contains("is taken"), "{err}");
}

// The rule lives in the backend: `partnerctl serve` looks the record up, with its own
// resolver setting (the client's points nowhere).
#[test]
fn a_served_backend_verifies_with_its_own_name_server() {
    let home = Home::new();
    let dns_port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let server = Server::start_with(
        home.path(),
        &home.path().join("served"),
        NOW,
        &[],
        &[("PARTNERCTL_DNS_SERVER", &format!("127.0.0.1:{dns_port}"))],
    );
    let cli = |args: &[&str]| {
        let mut c = common::partnerctl(home.path(), &server.url, NOW);
        c.env("PARTNERCTL_DNS_SERVER", "127.0.0.1:9").args(args);
        c
    };
    let created = common::ok_json(&mut cli(&[
        "tenant",
        "create",
        "--domain-prefix",
        "contoso",
    ]));
    let password = created["temporaryPassword"].as_str().unwrap().to_string();
    let mut login = cli(&[
        "login",
        "--username",
        "admin@contoso.onmicrosoft.com",
        "--password-stdin",
        "--new-password-stdin",
    ]);
    let mut child = login.stdin(std::process::Stdio::piped()).spawn().unwrap();
    {
        // The first sign-in with the temporary password chooses a new one.
        use std::io::Write;
        writeln!(child.stdin.take().unwrap(), "{password}\nChosen-{password}").unwrap();
    }
    assert!(child.wait().unwrap().success());
    let tenant = common::ok_json(&mut cli(&["tenant", "domains", "add", "contoso.com"]));
    let record = domain(&tenant, "contoso.com")["verificationRecord"]
        .as_str()
        .unwrap()
        .to_string();
    let Some(_dns) = dns_at(dns_port, &[("contoso.com", &record)]) else {
        return;
    };
    let tenant = common::ok_json(&mut cli(&["tenant", "domains", "verify", "contoso.com"]));
    assert_eq!(domain(&tenant, "contoso.com")["verified"], true);
}
