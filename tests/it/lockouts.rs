//! Lockouts end to end, over HTTP: ten failed sign-ins lock a user out of the token endpoint
//! for 15 minutes, even with the right password, and no other user; five wrong verification
//! codes lock an account's verification for an hour (DOMAIN.md 2), through the CLI. The rules
//! themselves are unit-tested in `src/backend/tests.rs`; these show them through the wire.
//! The server reads its clock when it starts: time passes by restarting it on the same data
//! dir with `PARTNERCTL_NOW` moved.
//!
//! With `--nocapture` the tests that count guesses until a lock print their figures
//! (`RELIABILITY sign_in_lockout ...`, `RELIABILITY verification_lockout ...`).

use crate::common;

use common::tenant::{self, SETUP_NOW};
use common::{enroll, partnerctl, sign_in_attempt, Answer, Home, Server};
use serde_json::Value;

/// `SETUP_NOW` moved by `minutes`.
fn later(minutes: i64) -> String {
    let t: jiff::Timestamp = SETUP_NOW.parse().unwrap();
    (t + jiff::SignedDuration::from_mins(minutes)).to_string()
}

/// The error code of a token endpoint's refusal.
fn code(a: &Answer) -> u64 {
    let v = a.json();
    v["code"]
        .as_u64()
        .unwrap_or_else(|| panic!("no error code in {} {v}", a.status))
}

const FORM: &str = "application/x-www-form-urlencoded";

/// The ways a password is tried for a user: at the token endpoint of the user's domain, of
/// `common`, of the domain in capitals with spaces around it, and on the device-code approval
/// page (`/devicelogin`, for a code asked for at the domain).
const WAYS: [&str; 4] = ["domain", "common", "spelled", "devicelogin"];

/// One password sign-in for `upn`, the `way` says where.
fn guess(addr: &str, way: &str, upn: &str, password: &str) -> Answer {
    let domain = upn.rsplit('@').next().unwrap();
    let form = |pairs: &[(&str, &str)]| {
        let mut f = form_urlencoded::Serializer::new(String::new());
        for (k, v) in pairs {
            f.append_pair(k, v);
        }
        f.finish().into_bytes()
    };
    let sign_in = [
        ("grant_type", "password"),
        ("username", upn),
        ("password", password),
    ];
    let token_at = |tenant: &str| {
        let path = format!("/{tenant}/oauth2/token");
        common::http(
            addr,
            "POST",
            &path,
            &[("Content-Type", FORM)],
            &form(&sign_in),
        )
    };
    match way {
        "domain" => token_at(domain),
        "common" => token_at("common"),
        "spelled" => token_at(&format!("%20{}%20", domain.to_ascii_uppercase())),
        _ => {
            let path = format!("/{domain}/oauth2/devicecode");
            let started = common::http(
                addr,
                "POST",
                &path,
                &[("Content-Type", FORM)],
                b"client_id=x",
            );
            assert_eq!(started.status, 200, "{:?}", started.json());
            let user_code = started.json()["user_code"].as_str().unwrap().to_string();
            let approve = form(&[
                ("user_code", &user_code),
                ("username", upn),
                ("password", password),
            ]);
            common::http(
                addr,
                "POST",
                "/devicelogin",
                &[("Content-Type", FORM)],
                &approve,
            )
        }
    }
}

/// Ten wrong passwords lock a user out, however the user is named to the authority: the
/// guesses go round [`WAYS`], one after another, until one is answered "locked" (at most 50);
/// ten are answered "wrong password" (2001) first. Then the same from four clients at once,
/// for another user: still ten answered "wrong password", every other guess "locked" (2003).
/// The locked user's right password is refused too, for 15 minutes; another user signs in.
///
/// With `--nocapture` it prints `RELIABILITY sign_in_lockout wrong_passwords=10 ...`.
#[test]
fn ten_failed_sign_ins_lock_the_user_out_and_no_one_else() {
    let home = Home::new();
    let data = home.path().join("data");
    let org = tenant::runtime().block_on(tenant::set_up(
        &tenant::sandbox_service(&data),
        "lockout",
        false,
    ));
    let (owner, password) = (&org.owner.user_principal_name, &org.owner_password);
    let server = Server::start(home.path(), &data, SETUP_NOW, &[]);
    let addr = server.addr();
    let mut wrong = 0;
    for attempt in 0..50 {
        let way = WAYS[attempt % WAYS.len()];
        let a = guess(&addr, way, owner, "not-the-password");
        match code(&a) {
            2001 => wrong += 1,
            2003 => break,
            other => panic!("guess {} ({way}): {other} {:?}", attempt + 1, a.json()),
        }
    }
    assert_eq!(wrong, 10, "wrong passwords answered before the lock");
    // With the right password, every way: locked.
    for way in WAYS {
        let a = guess(&addr, way, owner, password);
        assert_eq!(code(&a), 2003, "{way}: {:?}", a.json());
    }
    let a = sign_in_attempt(&addr, owner, password);
    assert_eq!((a.status, code(&a)), (400, 2003), "{:?}", a.json());
    assert_eq!(a.json()["error"], "invalid_grant");
    // Another user of the same tenant signs in.
    let (target, target_password) = (&org.target.user_principal_name, &org.target_password);
    let other = sign_in_attempt(&addr, target, target_password);
    assert_eq!(other.status, 200, "{:?}", other.json());

    // Forty wrong guesses from four clients at once.
    let codes: Vec<u64> = std::thread::scope(|s| {
        let clients: Vec<_> = (0..4)
            .map(|c| {
                let addr = &addr;
                s.spawn(move || {
                    (0..10)
                        .map(|n| code(&guess(addr, WAYS[(c + n) % WAYS.len()], target, "nope")))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        clients
            .into_iter()
            .flat_map(|c| c.join().unwrap())
            .collect()
    });
    let at_once_wrong = codes.iter().filter(|c| **c == 2001).count();
    let at_once_locked = codes.iter().filter(|c| **c == 2003).count();
    let a = sign_in_attempt(&addr, target, target_password);
    let target_after = code(&a);
    common::reliability::figures(
        "sign_in_lockout",
        &[
            ("wrong_passwords", wrong.to_string()),
            ("ways", WAYS.len().to_string()),
            ("at_once_guesses", codes.len().to_string()),
            ("at_once_wrong", at_once_wrong.to_string()),
            ("at_once_locked", at_once_locked.to_string()),
            ("right_password_after", target_after.to_string()),
        ],
    );
    assert_eq!(
        (at_once_wrong, at_once_locked),
        (10, codes.len() - 10),
        "{codes:?}"
    );
    assert_eq!(target_after, 2003, "{:?}", a.json());
    server.stop();

    // 14 minutes on: still locked. 16 minutes on: the lock has lifted.
    let server = Server::start(home.path(), &data, &later(14), &[]);
    let a = sign_in_attempt(&server.addr(), owner, password);
    assert_eq!((a.status, code(&a)), (400, 2003));
    server.stop();
    let server = Server::start(home.path(), &data, &later(16), &[]);
    let a = sign_in_attempt(&server.addr(), owner, password);
    assert_eq!(a.status, 200, "{:?}", a.json());
    assert!(a.json()["access_token"].is_string());
}

/// The CLI against `server`, as the signed-in user of `home`.
fn cli(home: &Home, server: &Server, now: &str, args: &[&str]) -> std::process::Output {
    partnerctl(home.path(), &server.url, now)
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn five_wrong_verification_codes_lock_verification_for_an_hour() {
    let home = Home::new();
    let data = home.path().join("data");
    // Not a sandbox: the code waits for the contact.
    let server = Server::start(home.path(), &data, SETUP_NOW, &[]);
    let (upn, password) = enroll(home.path(), &server.url, SETUP_NOW, "contoso-us.yaml");
    home.login(
        assert_cmd::Command::from_std(partnerctl(home.path(), &server.url, SETUP_NOW)),
        &upn,
        &password,
    );
    let mails: Value =
        serde_json::from_slice(&cli(&home, &server, SETUP_NOW, &["outbox", "list"]).stdout)
            .unwrap();
    let body = mails[0]["body"].as_str().unwrap();
    let right = regex_bites::Regex::new(r"code (\d{6})")
        .unwrap()
        .captures(body)
        .unwrap()[1]
        .to_string();
    let wrong = if right == "111111" {
        "222222"
    } else {
        "111111"
    };
    for attempt in 1..=4 {
        let out = cli(
            &home,
            &server,
            SETUP_NOW,
            &["account", "verify", "--code", wrong],
        );
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "attempt {attempt}: {err}");
        assert!(err.contains("wrong verification code"), "{err}");
    }
    let out = cli(
        &home,
        &server,
        SETUP_NOW,
        &["account", "verify", "--code", wrong],
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(5), "the fifth locks: {err}");
    assert!(err.contains("locked"), "{err}");
    // Now even the right code is refused, and vetting waits.
    let out = cli(
        &home,
        &server,
        SETUP_NOW,
        &["account", "verify", "--code", &right],
    );
    assert_eq!(out.status.code(), Some(5));
    let account: Value =
        serde_json::from_slice(&cli(&home, &server, SETUP_NOW, &["account", "show"]).stdout)
            .unwrap();
    assert_eq!(account["vettingStatus"], "Pending");
    // The same socket: the CLI's session belongs to the backend's URL.
    let listener = server.listener();
    server.stop();

    // 59 minutes on: still locked; 61: the right code verifies.
    let server = Server::start_on(&listener, home.path(), &data, &later(59), &[], &[]);
    let out = cli(
        &home,
        &server,
        &later(59),
        &["account", "verify", "--code", &right],
    );
    assert_eq!(out.status.code(), Some(5));
    server.stop();
    let server = Server::start_on(&listener, home.path(), &data, &later(61), &[], &[]);
    // The code from stdin, out of the arguments.
    let out = assert_cmd::Command::from_std(partnerctl(home.path(), &server.url, &later(61)))
        .args(["account", "verify", "--code-stdin"])
        .write_stdin(format!("{right}\n"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let vetting: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(vetting["vettingStatus"], "Authorized", "{vetting:#}");
}

/// `POST /v1/account/verification` (with `PartnerCtl-Dry-Run: true` when `dry`) as `token`.
fn verify(server: &Server, token: &str, code: &str, dry: bool) -> Answer {
    let mut headers = vec![
        ("Authorization", format!("Bearer {token}")),
        ("Content-Type", "application/json".to_string()),
    ];
    if dry {
        headers.push(("PartnerCtl-Dry-Run", "true".to_string()));
    }
    let headers: Vec<(&str, &str)> = headers.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let body = serde_json::json!({ "code": code }).to_string();
    common::http(
        &server.addr(),
        "POST",
        "/v1/account/verification",
        &headers,
        body.as_bytes(),
    )
}

/// `POST /v1/account/verification/resend` as `token`.
fn resend(server: &Server, token: &str) -> Answer {
    common::http(
        &server.addr(),
        "POST",
        "/v1/account/verification/resend",
        &[("Authorization", &format!("Bearer {token}"))],
        b"",
    )
}

/// The code in the latest mail of the outbox.
fn latest_code(server: &Server, token: &str) -> String {
    let mails = common::http(
        &server.addr(),
        "GET",
        "/v1/outbox",
        &[("Authorization", &format!("Bearer {token}"))],
        b"",
    )
    .json();
    let items = mails["items"].as_array().expect("mails");
    let body = items.last().unwrap()["body"].as_str().unwrap();
    regex_bites::Regex::new(r"code (\d{6})")
        .unwrap()
        .captures(body)
        .unwrap()[1]
        .to_string()
}

fn other_than(code: &str) -> &'static str {
    if code == "111111" {
        "222222"
    } else {
        "111111"
    }
}

/// A dry run is no way around the lockout: it does not check the code, so 30 wrong codes
/// and the right one get the same answer and nothing is verified; and resending the code
/// gives no new guesses: wrong codes count across resends, and resends are limited. Wrong
/// codes go in, each between dry runs and a resend, until one is answered "locked": the fifth.
///
/// With `--nocapture` it prints `RELIABILITY verification_lockout wrong_codes=5 ...`.
#[test]
fn neither_dry_runs_nor_resends_get_around_the_verification_lockout() {
    let home = Home::new();
    let data = home.path().join("data");
    let server = Server::start(home.path(), &data, SETUP_NOW, &[]);
    let (upn, password) = enroll(home.path(), &server.url, SETUP_NOW, "contoso-us.yaml");
    let token = common::sign_in(&server.addr(), &upn, &password);
    let right = latest_code(&server, &token);
    let wrong = other_than(&right);

    let mut answers = Vec::new();
    for _ in 0..30 {
        let a = verify(&server, &token, wrong, true);
        assert_eq!(a.status, 200, "{:?}", a.json());
        answers.push(a.json());
    }
    let a = verify(&server, &token, &right, true);
    assert_eq!(a.status, 200);
    assert!(
        answers.iter().all(|x| *x == a.json()),
        "one answer, whatever the code: {:#}",
        a.json()
    );
    assert_eq!(a.json()["vettingStatus"], "Pending");
    assert!(
        a.json()["note"]
            .as_str()
            .unwrap()
            .contains("the code was not checked"),
        "{:#}",
        a.json()
    );

    // Wrong codes until one is answered "locked" (at most 50), each after a dry run with a
    // wrong code and one with the right code, and followed by a resend: four are answered
    // "wrong" with the attempts left, the fifth locks.
    let mut dry_runs = answers.len() + 1;
    let mut resends = 0;
    let mut wrong_codes = 0;
    for _ in 0..50 {
        let right = latest_code(&server, &token);
        for c in [other_than(&right), right.as_str()] {
            let a = verify(&server, &token, c, true);
            assert_eq!(a.status, 200, "{:?}", a.json());
            assert_eq!(a.json()["vettingStatus"], "Pending", "{:?}", a.json());
            dry_runs += 1;
        }
        let a = verify(&server, &token, other_than(&right), false);
        wrong_codes += 1;
        if code(&a) == 4017 {
            assert_eq!(a.status, 409, "{:?}", a.json());
            break;
        }
        assert_eq!((a.status, code(&a)), (400, 1007), "{:?}", a.json());
        let left = 5 - wrong_codes;
        let text = a.json()["description"].as_str().unwrap().to_string();
        assert!(text.contains(&format!("{left} attempt")), "{text}");
        let a = resend(&server, &token);
        assert_eq!(a.status, 200, "{:?}", a.json());
        resends += 1;
    }
    // Locked: the right code, a dry run and a resend are refused.
    let right = latest_code(&server, &token);
    let after = verify(&server, &token, &right, false);
    let dry_after = verify(&server, &token, &right, true);
    common::reliability::figures(
        "verification_lockout",
        &[
            ("wrong_codes", wrong_codes.to_string()),
            ("dry_runs", dry_runs.to_string()),
            ("resends", resends.to_string()),
            ("right_code_after", code(&after).to_string()),
            ("dry_run_after", code(&dry_after).to_string()),
        ],
    );
    assert_eq!(wrong_codes, 5, "wrong codes checked before the lock");
    assert_eq!(code(&after), 4017, "{:?}", after.json());
    assert_eq!(code(&dry_after), 4017, "{:?}", dry_after.json());
    assert_eq!(
        code(&resend(&server, &token)),
        4017,
        "no resend while locked"
    );
    let listener = server.listener();
    server.stop();

    // After the lock: five resends within the hour, then the sixth is refused, saying when.
    let server = Server::start_on(&listener, home.path(), &data, &later(61), &[], &[]);
    let token = common::sign_in(&server.addr(), &upn, &password);
    for n in 1..=5 {
        let a = resend(&server, &token);
        assert_eq!(a.status, 200, "resend {n}: {:?}", a.json());
    }
    let a = resend(&server, &token);
    assert_eq!((a.status, code(&a)), (409, 4023), "{:?}", a.json());
    let text = a.json()["description"].as_str().unwrap().to_string();
    assert!(text.contains("2026-11-24 11:01 UTC"), "{text}");
    // The latest code verifies.
    let right = latest_code(&server, &token);
    let a = verify(&server, &token, &right, false);
    assert_eq!(a.status, 200, "{:?}", a.json());
    assert_eq!(a.json()["vettingStatus"], "Authorized");
}
