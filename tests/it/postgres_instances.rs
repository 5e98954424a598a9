//! Two `partnerctl serve` instances on one PostgreSQL database: racing requests that land on
//! different instances keep every check-then-act rule (exactly one effect), and an instance
//! killed in the middle of a bulk run loses nothing the other and `--resume` cannot finish.
//! Skipped, with one line, where PostgreSQL is not installed.

use crate::common;

use common::{bearer, enroll, first_sign_in, http, sign_in, Answer, Server};
use serde_json::{json, Value};
use std::sync::Barrier;

const T0: &str = "2026-11-24T09:00:00Z";

/// Two sandbox instances on one new database.
struct Pair {
    home: tempfile::TempDir,
    a: Server,
    b: Server,
    database: String,
}

fn pair() -> Option<Pair> {
    let pg = partnerctl::testing::postgres()?;
    let home = tempfile::tempdir().unwrap();
    let key = home.path().join("serve.key");
    std::fs::write(&key, [42u8; 48]).unwrap();
    let database = pg.new_database();
    let start = |name: &str| {
        Server::start_with(
            home.path(),
            &home.path().join(name),
            T0,
            &[
                "--sandbox",
                "--database",
                &database,
                "--key-file",
                key.to_str().unwrap(),
            ],
            &[("PGPASSWORD", pg.password())],
        )
    };
    let a = start("a");
    let b = start("b");
    Some(Pair {
        home,
        a,
        b,
        database,
    })
}

/// The first column of the first row of a query on the pair's database, as text.
fn sql(database: &str, query: &str) -> String {
    let pg = partnerctl::testing::postgres().unwrap();
    common::reliability::psql(database, pg.password(), query)
}

/// A request: method, path, headers, JSON body.
type Request<'a> = (&'a str, String, Vec<(String, String)>, Value);
/// A request with its body as sent.
type RawRequest<'a> = (&'a str, String, Vec<(String, String)>, Vec<u8>);

/// Sends each request at once, the first to `a`, the second to `b`, and so on; the answers.
fn race(p: &Pair, requests: Vec<Request>) -> Vec<Answer> {
    let raw = requests
        .into_iter()
        .map(|(method, path, mut headers, body)| {
            headers.push(("Content-Type".into(), "application/json".into()));
            (method, path, headers, serde_json::to_vec(&body).unwrap())
        })
        .collect();
    race_raw(p, raw)
}

/// [`race`] with bodies as they are sent.
fn race_raw(p: &Pair, requests: Vec<RawRequest>) -> Vec<Answer> {
    let barrier = Barrier::new(requests.len());
    std::thread::scope(|s| {
        let workers: Vec<_> = requests
            .iter()
            .enumerate()
            .map(|(i, (method, path, headers, body))| {
                let addr = if i % 2 == 0 { p.a.addr() } else { p.b.addr() };
                let barrier = &barrier;
                s.spawn(move || {
                    let h: Vec<(&str, &str)> = headers
                        .iter()
                        .map(|(k, v)| (k.as_str(), v.as_str()))
                        .collect();
                    barrier.wait();
                    http(&addr, method, path, &h, body)
                })
            })
            .collect();
        workers.into_iter().map(|w| w.join().unwrap()).collect()
    })
}

fn ok(statuses: &[Answer]) -> usize {
    statuses
        .iter()
        .filter(|a| (200..300).contains(&a.status))
        .count()
}

fn auth(token: &str) -> Vec<(String, String)> {
    vec![("Authorization".into(), bearer(token))]
}

/// A user added through `a` with `roles`; returns (upn, token).
fn user(p: &Pair, admin: &str, local: &str, roles: &[&str]) -> (String, String) {
    let a = http(
        &p.a.addr(),
        "POST",
        "/v1/users",
        &[
            ("Authorization", &bearer(admin)),
            ("Content-Type", "application/json"),
        ],
        json!({"email": format!("{local}@contoso.com"), "firstName": local, "lastName": "Test"})
            .to_string()
            .as_bytes(),
    );
    assert_eq!(a.status, 201, "{}", String::from_utf8_lossy(&a.body));
    let v = a.json();
    let upn = v["user"]["userPrincipalName"].as_str().unwrap().to_string();
    let password = v["temporaryPassword"].as_str().unwrap().to_string();
    for role in roles {
        let g = http(
            &p.a.addr(),
            "PUT",
            &format!("/v1/users/{upn}/roles/{role}"),
            &[("Authorization", &bearer(admin))],
            b"",
        );
        assert_eq!(g.status, 200, "{}", String::from_utf8_lossy(&g.body));
    }
    let token = first_sign_in(&p.b.addr(), &upn, &password);
    (upn, token)
}

fn setup() -> Option<(Pair, String)> {
    let p = pair()?;
    let (upn, password) = enroll(p.home.path(), &p.a.url, T0, "contoso-us.yaml");
    let token = sign_in(&p.b.addr(), &upn, &password);
    Some((p, token))
}

#[test]
fn two_global_admins_demoting_each_other_on_two_instances_leave_one() {
    let Some(p) = pair() else { return };
    for round in 0..3 {
        // A tenant whose only Global admins are x and y.
        let created = http(
            &p.a.addr(),
            "POST",
            "/v1/tenants",
            &[("Content-Type", "application/json")],
            json!({ "domainPrefix": format!("race{round}") })
                .to_string()
                .as_bytes(),
        );
        assert_eq!(
            created.status,
            201,
            "{}",
            String::from_utf8_lossy(&created.body)
        );
        let v = created.json();
        let first = v["globalAdmin"]["userPrincipalName"]
            .as_str()
            .unwrap()
            .to_string();
        let first_token = first_sign_in(
            &p.b.addr(),
            &first,
            v["temporaryPassword"].as_str().unwrap(),
        );
        let (x, x_token) = user(&p, &first_token, &format!("x{round}"), &["global-admin"]);
        let (y, y_token) = user(&p, &first_token, &format!("y{round}"), &["global-admin"]);
        let stepped_down = http(
            &p.b.addr(),
            "DELETE",
            &format!("/v1/users/{first}/roles/global-admin"),
            &[("Authorization", &bearer(&x_token))],
            b"",
        );
        assert_eq!(
            stepped_down.status,
            200,
            "{}",
            String::from_utf8_lossy(&stepped_down.body)
        );
        let answers = race(
            &p,
            vec![
                (
                    "DELETE",
                    format!("/v1/users/{y}/roles/global-admin"),
                    auth(&x_token),
                    Value::Null,
                ),
                (
                    "DELETE",
                    format!("/v1/users/{x}/roles/global-admin"),
                    auth(&y_token),
                    Value::Null,
                ),
            ],
        );
        let tenant = v["tenant"]["id"].as_str().unwrap();
        let remaining = sql(
            &p.database,
            &format!(
                "SELECT count(*) FROM user_roles r JOIN users u ON u.id = r.user_id
                 WHERE u.tenant_id = '{tenant}' AND r.role = 'global-admin'"
            ),
        );
        assert_eq!(remaining, "1", "round {round}: one Global admin is left");
        assert_eq!(
            ok(&answers),
            1,
            "round {round}: {:?}",
            answers
                .iter()
                .map(|a| String::from_utf8_lossy(&a.body).to_string())
                .collect::<Vec<_>>()
        );
    }
}

#[test]
fn seats_are_never_assigned_past_the_quantity_across_instances() {
    let Some((p, admin)) = setup() else { return };
    let up = http(
        &p.a.addr(),
        "POST",
        "/v1/membership/upgrade",
        &[
            ("Authorization", &bearer(&admin)),
            ("Content-Type", "application/json"),
        ],
        json!({"target": {"to": "actionPack"}, "payment": "card"})
            .to_string()
            .as_bytes(),
    );
    assert_eq!(up.status, 200, "{}", String::from_utf8_lossy(&up.body));
    let benefits = http(
        &p.b.addr(),
        "GET",
        "/v1/benefits",
        &[("Authorization", &bearer(&admin))],
        b"",
    );
    let seats = benefits.json()["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["kind"] == "seats")
        .cloned()
        .expect("Action Pack grants seats");
    let id = seats["id"].as_str().unwrap().to_string();
    let quantity = seats["quantity"].as_i64().unwrap() as usize;
    let act = http(
        &p.a.addr(),
        "POST",
        &format!("/v1/benefits/{id}/activate"),
        &[("Authorization", &bearer(&admin))],
        b"",
    );
    assert_eq!(act.status, 200, "{}", String::from_utf8_lossy(&act.body));
    let users: Vec<String> = (0..quantity + 3)
        .map(|i| user(&p, &admin, &format!("seat{i}"), &[]).0)
        .collect();
    let answers = race(
        &p,
        users
            .iter()
            .map(|upn| {
                (
                    "POST",
                    format!("/v1/benefits/{id}/assignments"),
                    auth(&admin),
                    json!({ "userPrincipalName": upn }),
                )
            })
            .collect(),
    );
    let assigned: usize = sql(
        &p.database,
        &format!("SELECT count(*) FROM seat_assignments WHERE benefit_id = '{id}'"),
    )
    .parse()
    .unwrap();
    assert_eq!(assigned, quantity, "exactly the quantity bought");
    assert_eq!(
        ok(&answers),
        quantity,
        "{:?}",
        answers.iter().map(|a| a.status).collect::<Vec<_>>()
    );
    assert!(
        answers.iter().all(|a| a.status < 500),
        "no request failed inside"
    );
}

#[test]
fn one_request_id_sent_to_both_instances_has_one_effect() {
    let Some((p, admin)) = setup() else { return };
    for round in 0..5 {
        let id = partnerctl::random::uuid().to_string();
        let mut headers = auth(&admin);
        headers.push(("MS-RequestId".into(), id));
        let body = json!({"email": format!("same{round}@contoso.com"), "firstName": "Same", "lastName": "Request"});
        let answers = race(
            &p,
            vec![
                ("POST", "/v1/users".into(), headers.clone(), body.clone()),
                ("POST", "/v1/users".into(), headers, body),
            ],
        );
        assert_eq!(
            ok(&answers),
            2,
            "both get the answer: {:?}",
            answers
                .iter()
                .map(|a| String::from_utf8_lossy(&a.body).to_string())
                .collect::<Vec<_>>()
        );
        assert_eq!(answers[0].json(), answers[1].json(), "the same answer");
        let n = sql(
            &p.database,
            &format!("SELECT count(*) FROM users WHERE email = 'same{round}@contoso.com'"),
        );
        assert_eq!(n, "1", "one user");
    }
}

/// Adding users holds the tenant's lock shared, so adds run side by side: one email per
/// tenant then rests on the unique index, whose loser is run again and told the user exists.
#[test]
fn one_email_added_on_both_instances_is_one_user() {
    let Some((p, admin)) = setup() else { return };
    for round in 0..5 {
        let email = format!("race{round}@contoso.com");
        let body = json!({"email": email, "firstName": "Race", "lastName": "Test"});
        let answers = race(
            &p,
            (0..4)
                .map(|_| ("POST", "/v1/users".to_string(), auth(&admin), body.clone()))
                .collect(),
        );
        assert_eq!(ok(&answers), 1, "one add succeeds");
        for a in answers.iter().filter(|a| a.status >= 300) {
            assert_eq!(a.status, 409, "{}", String::from_utf8_lossy(&a.body));
        }
        let n = sql(
            &p.database,
            &format!("SELECT count(*) FROM users WHERE email = '{email}'"),
        );
        assert_eq!(n, "1", "one user for the email");
    }
}

#[test]
fn one_location_key_applied_on_both_instances_is_one_location() {
    let Some((p, admin)) = setup() else { return };
    let profile = json!({
        "companyName": "Contoso Deutschland GmbH",
        "address": {"addressLine1": "Walter-Gropius-Straße 5", "city": "München", "postalCode": "80807", "country": "DE"},
        "primaryContact": {"firstName": "Lena", "lastName": "Schmidt", "email": "lena.schmidt@contoso.com", "phoneNumber": "+49 89 3176 0"}
    });
    for round in 0..5 {
        let key = format!("de/race-{round}");
        let body = json!({"key": key, "legalBusinessProfile": profile});
        let answers = race(
            &p,
            vec![
                (
                    "POST",
                    "/v1/locations/apply".into(),
                    auth(&admin),
                    body.clone(),
                ),
                (
                    "POST",
                    "/v1/locations/apply".into(),
                    auth(&admin),
                    body.clone(),
                ),
                (
                    "POST",
                    "/v1/locations/apply".into(),
                    auth(&admin),
                    body.clone(),
                ),
                ("POST", "/v1/locations/apply".into(), auth(&admin), body),
            ],
        );
        assert!(
            answers.iter().all(|a| (200..300).contains(&a.status)),
            "{:?}",
            answers
                .iter()
                .map(|a| String::from_utf8_lossy(&a.body).to_string())
                .collect::<Vec<_>>()
        );
        let n = sql(
            &p.database,
            &format!("SELECT count(*) FROM location_keys WHERE key = '{key}'"),
        );
        assert_eq!(n, "1", "one location for the key");
    }
    let locations = sql(
        &p.database,
        "SELECT count(*) FROM accounts WHERE kind = 'location'",
    );
    assert_eq!(locations, "5");
}

/// SIGKILL of one of two instances behind a load balancer once a third of the subsidiaries are
/// done: the client goes on through the other (its retries absorb the requests the dead one
/// dropped), `--resume` finishes what it could not, and the database holds each subsidiary
/// exactly once.
#[cfg(unix)]
#[test]
fn an_instance_killed_mid_enroll_loses_nothing_on_postgres() {
    use common::balancer::Balancer;
    use common::reliability::{self, items, signal};
    use std::process::Stdio;
    use std::sync::atomic::Ordering;
    use std::time::Duration;

    let Some(p) = pair() else { return };
    let n = reliability::size(60);
    let limit = Duration::from_secs(60 + n as u64);
    let file = reliability::enrollment(p.home.path(), n, "pgkill");
    let lb = Balancer::start(vec![p.a.addr(), p.b.addr()]);
    let data = p.home.path().join("client");
    let enroll = |extra: &[&str]| {
        let mut c = reliability::enroll_cmd(p.home.path(), &data, Some(&lb.url), &file);
        c.args(extra);
        c
    };
    let mut child = enroll(&["--concurrency", "4"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    reliability::wait_for_journal(&mut child, &data, n / 3, limit);
    signal(p.a.pid(), "-KILL");
    // Its socket goes with it, as with a machine that dies: the balancer's connections to it
    // are refused (not left waiting in the socket's queue) and go to the other instance.
    drop(p.a);
    let out = reliability::wait_output(child, limit, "enroll");
    let code = out.status.code();
    assert!(
        matches!(code, Some(0) | Some(3)),
        "done, or some items left for --resume: {code:?}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    if code != Some(0) {
        reliability::run_enroll(enroll(&["--resume"]), 0, limit);
    }
    let again = reliability::run_enroll(enroll(&[]), 0, limit);
    assert_eq!(
        items(&again, "unchanged"),
        n as u64,
        "{:#}",
        again["summary"]
    );
    assert!(
        lb.sent.iter().all(|s| s.load(Ordering::Relaxed) > 0),
        "requests went to both instances"
    );
    let pg = partnerctl::testing::postgres().unwrap();
    let tally = reliability::tally_postgres(&p.database, pg.password(), n);
    assert_eq!((tally.lost, tally.duplicated), (0, 0), "{tally:?}");
}

/// A device code asked for at one instance is approved at the other, and its tokens are given
/// once, to exactly one of two polls racing on both instances.
#[test]
fn a_device_code_is_shared_by_the_instances_and_redeemed_once() {
    let Some(p) = pair() else { return };
    let (upn, password) = enroll(p.home.path(), &p.a.url, T0, "contoso-us.yaml");
    for _ in 0..3 {
        let started = common::post_form(
            &p.a.addr(),
            "/common/oauth2/devicecode",
            &[("client_id", "app"), ("scope", "x")],
        )
        .json();
        let device_code = started["device_code"].as_str().unwrap().to_string();
        let user_code = started["user_code"].as_str().unwrap();
        let approved = common::post_form(
            &p.b.addr(),
            "/devicelogin",
            &[
                ("user_code", user_code),
                ("username", &upn),
                ("password", &password),
            ],
        );
        assert_eq!(
            approved.status,
            200,
            "{}",
            String::from_utf8_lossy(&approved.body)
        );
        let poll = format!(
            "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code&client_id=app&device_code={device_code}"
        );
        let header = vec![(
            "Content-Type".to_string(),
            "application/x-www-form-urlencoded".to_string(),
        )];
        let request = (
            "POST",
            "/common/oauth2/token".to_string(),
            header,
            poll.into_bytes(),
        );
        let polls = race_raw(&p, vec![request.clone(), request]);
        assert_eq!(ok(&polls), 1, "the tokens are given once: {polls:?}");
        let refused = polls.iter().find(|a| a.status != 200).unwrap();
        assert_eq!(refused.json()["error"], "expired_token");
        let token = polls.iter().find(|a| a.status == 200).unwrap().json();
        let me = http(
            &p.b.addr(),
            "GET",
            "/v1/me",
            &[(
                "Authorization",
                &bearer(token["access_token"].as_str().unwrap()),
            )],
            b"",
        );
        assert_eq!(me.status, 200);
    }
}

/// `serve` warns as it starts on a database outside the locale C (slower comparisons, and
/// names folded unlike the SQLite store's), naming the database and the `createdb` line that
/// avoids it; on one made as the README makes it, it says nothing of the kind.
#[test]
fn serve_warns_about_a_database_outside_the_locale_c() {
    let Some(pg) = partnerctl::testing::postgres() else {
        return;
    };
    let home = tempfile::tempdir().unwrap();
    let key = home.path().join("serve.key");
    std::fs::write(&key, [7u8; 32]).unwrap();
    for (locale, warned) in [("C.UTF-8", true), ("C", false)] {
        let database = pg.new_database_in(locale);
        let server = Server::start_with(
            home.path(),
            &home.path().join(locale),
            T0,
            &["--database", &database, "--key-file", key.to_str().unwrap()],
            &[("PGPASSWORD", pg.password())],
        );
        let log = server.log();
        server.stop();
        let warning = log.lines().find(|l| l.starts_with("warning: the database"));
        assert_eq!(warning.is_some(), warned, "{locale}:\n{log}");
        if let Some(w) = warning {
            assert!(w.contains("in the locale C.UTF-8"), "{w}");
            assert!(w.contains("--locale=C"), "{w}");
            assert!(!w.contains(pg.password()), "{w}");
        }
    }
}
