//! `partnerctl serve` never answers 5xx to a malformed request. Every route of the route table,
//! the token endpoint, the device-code endpoint and `/devicelogin` get malformed JSON, bodies
//! over the limit (with a `Content-Length`, and chunked), bad headers (bytes past ASCII, an
//! `Authorization` that is no bearer token, bad `MS-RequestId`, `MS-Contract-Version`,
//! `Content-Type`, `If-Match`) and ids in the path that no id could be. Every answer must be
//! 4xx with the server's JSON error body (`code`, `description`), and the server must still be
//! up afterwards.
//!
//! Requests whose head hyper cannot take (too many or too large headers, a NUL in a header, a
//! `Content-Length` that is no number) are refused by hyper itself, before the router: those
//! must be 4xx with the same JSON error body, and leave the server up.
//!
//! Clients that hold connections (idle, or with half a request head) neither starve other
//! clients nor keep the server from stopping; every kind of endpoint is throttled, the
//! authority's whatever the spelling of the tenant.
//!
//! With `--nocapture` it prints `RELIABILITY server_bad_requests requests=N answered_4xx=N
//! answered_5xx=N`, and the figures of held connections (`held_connections`) and of the
//! throttle (`throttled`); `RELIABILITY_CONNECTIONS` and `RELIABILITY_SECONDS` set their size.

use crate::common;

use common::{enroll, http, http_raw, sign_in, Answer, Server};
use partnerctl::server::v1;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

const T0: &str = "2026-11-24T09:00:00Z";

/// Bodies this much over the server's limit.
const OVERSIZED: usize = partnerctl::server::BODY_LIMIT + 1024;

const WORKERS: usize = 4;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Body {
    None,
    Json,
    Form,
}

/// An endpoint: method, path with `{parameters}`, what body it reads.
struct Target {
    method: String,
    path: String,
    body: Body,
    /// A `/v1` route (bearer tokens, `If-Match`).
    v1: bool,
}

impl Target {
    fn has_params(&self) -> bool {
        self.path.contains('{')
    }

    /// The path with every parameter set to `value` (already percent-encoded).
    fn path_with(&self, value: &str) -> String {
        let mut out = String::new();
        let mut rest = self.path.as_str();
        while let Some(open) = rest.find('{') {
            let close = rest[open..].find('}').unwrap() + open;
            out.push_str(&rest[..open]);
            out.push_str(value);
            rest = &rest[close + 1..];
        }
        out + rest
    }
}

fn targets() -> Vec<Target> {
    let mut all: Vec<Target> = v1::routes()
        .iter()
        .map(|r| Target {
            method: r.method.to_string(),
            path: r.path.to_string(),
            body: if r.request.is_some() {
                Body::Json
            } else {
                Body::None
            },
            v1: true,
        })
        .collect();
    let authority = [
        ("POST", "/{tenant}/oauth2/token", Body::Form),
        ("POST", "/{tenant}/oauth2/devicecode", Body::None),
        ("GET", "/devicelogin", Body::None),
        ("POST", "/devicelogin", Body::Form),
    ];
    all.extend(authority.map(|(method, path, body)| Target {
        method: method.into(),
        path: path.into(),
        body,
        v1: false,
    }));
    all
}

/// A request as raw bytes: `Connection: close`, the headers as given, and the body with its
/// `Content-Length`, or chunked.
struct Request {
    method: String,
    path: String,
    headers: Vec<(String, Vec<u8>)>,
    body: Vec<u8>,
    chunked: bool,
}

impl Request {
    fn bytes(&self, addr: &str) -> Vec<u8> {
        let mut out = format!(
            "{} {} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n",
            self.method, self.path
        )
        .into_bytes();
        for (k, v) in &self.headers {
            out.extend_from_slice(k.as_bytes());
            out.extend_from_slice(b": ");
            out.extend_from_slice(v);
            out.extend_from_slice(b"\r\n");
        }
        if self.chunked {
            out.extend_from_slice(b"Transfer-Encoding: chunked\r\n\r\n");
            for chunk in self.body.chunks(64 * 1024) {
                out.extend_from_slice(format!("{:x}\r\n", chunk.len()).as_bytes());
                out.extend_from_slice(chunk);
                out.extend_from_slice(b"\r\n");
            }
            out.extend_from_slice(b"0\r\n\r\n");
        } else {
            out.extend_from_slice(
                format!("Content-Length: {}\r\n\r\n", self.body.len()).as_bytes(),
            );
            out.extend_from_slice(&self.body);
        }
        out
    }
}

/// One way to be malformed: the targets it applies to, and how it changes a well-formed request.
struct Case {
    name: &'static str,
    applies: fn(&Target) -> bool,
    spoil: fn(&Target, &mut Request),
}

fn takes_body(t: &Target) -> bool {
    t.body != Body::None
}

fn any(_: &Target) -> bool {
    true
}

fn v1(t: &Target) -> bool {
    t.v1
}

/// Ids that are not GUIDs are fine for a device code's tenant (a domain, `common`).
fn has_ids(t: &Target) -> bool {
    t.has_params() && !t.path.ends_with("/devicecode")
}

fn has_params(t: &Target) -> bool {
    t.has_params()
}

fn body(r: &mut Request, bytes: Vec<u8>) {
    r.body = bytes;
}

fn header(r: &mut Request, name: &str, value: &[u8]) {
    r.headers.retain(|(k, _)| !k.eq_ignore_ascii_case(name));
    r.headers.push((name.to_string(), value.to_vec()));
}

fn path(t: &Target, r: &mut Request, value: &str) {
    r.path = t.path_with(value);
}

fn cases() -> Vec<Case> {
    vec![
        // Malformed JSON (a form endpoint gets it as JSON, which it does not take either).
        Case {
            name: "truncated JSON",
            applies: takes_body,
            spoil: |_, r| body(r, br#"{"name": "contoso"#.to_vec()),
        },
        Case {
            name: "a list for an object",
            applies: takes_body,
            spoil: |_, r| body(r, br#"[true, 1, "x"]"#.to_vec()),
        },
        Case {
            name: "every field of the wrong type",
            applies: takes_body,
            spoil: |_, r| {
                let fields = [
                    "id",
                    "name",
                    "code",
                    "key",
                    "payment",
                    "email",
                    "firstName",
                    "lastName",
                    "roles",
                    "companyName",
                    "address",
                    "primaryContact",
                    "domainPrefix",
                    "domains",
                    "globalAdmin",
                    "legalBusinessProfile",
                    "agreement",
                    "userPrincipalName",
                    "country",
                    "city",
                    "postalCode",
                    "actionPack",
                    "competency",
                    "language",
                    "culture",
                ];
                let json: Vec<String> = fields
                    .iter()
                    .enumerate()
                    .map(|(i, f)| match i % 3 {
                        0 => format!("\"{f}\": 5"),
                        1 => format!("\"{f}\": [null]"),
                        _ => format!("\"{f}\": {{\"x\": true}}"),
                    })
                    .collect();
                body(r, format!("{{{}}}", json.join(", ")).into_bytes())
            },
        },
        Case {
            name: "100k levels of nesting",
            applies: takes_body,
            spoil: |_, r| body(r, [vec![b'['; 100_000], vec![b']'; 100_000]].concat()),
        },
        Case {
            name: "huge numbers",
            applies: takes_body,
            spoil: |_, r| {
                body(
                    r,
                    format!(
                        r#"{{"payment": 1e999999, "id": {}, "name": -{}}}"#,
                        "9".repeat(5000),
                        "9".repeat(5000)
                    )
                    .into_bytes(),
                )
            },
        },
        Case {
            name: "invalid UTF-8 in JSON",
            applies: takes_body,
            spoil: |_, r| body(r, b"{\"name\": \"\xff\xfe\xc0\xaf\"}".to_vec()),
        },
        Case {
            name: "a bomb of big arrays",
            applies: takes_body,
            spoil: |_, r| {
                let row = format!("[{}]", vec!["0"; 4000].join(","));
                body(r, format!("[{}]", vec![row; 100].join(",")).into_bytes())
            },
        },
        Case {
            name: "an unknown device code",
            applies: |t| t.path.ends_with("/token"),
            spoil: |_, r| {
                body(r, b"grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code&device_code=nope".to_vec())
            },
        },
        // Bodies over the limit.
        Case {
            name: "oversized body with Content-Length",
            applies: any,
            spoil: |_, r| body(r, vec![b' '; OVERSIZED]),
        },
        Case {
            name: "oversized chunked body",
            applies: takes_body,
            spoil: |_, r| {
                body(r, vec![b' '; OVERSIZED]);
                r.chunked = true;
            },
        },
        // Headers.
        Case {
            name: "other MS-Contract-Version",
            applies: any,
            spoil: |_, r| header(r, "MS-Contract-Version", b"v9"),
        },
        Case {
            name: "MS-Contract-Version not text",
            applies: any,
            spoil: |_, r| header(r, "MS-Contract-Version", b"v\xff\xfe"),
        },
        Case {
            name: "MS-RequestId with spaces",
            applies: any,
            spoil: |_, r| header(r, "MS-RequestId", b"not an id"),
        },
        Case {
            name: "MS-RequestId not text",
            applies: any,
            spoil: |_, r| header(r, "MS-RequestId", b"\xc3\x28\xa0\xa1"),
        },
        Case {
            name: "MS-RequestId 10 KB",
            applies: any,
            spoil: |_, r| header(r, "MS-RequestId", &[b'a'; 10_240]),
        },
        Case {
            name: "Authorization Basic",
            applies: v1,
            spoil: |_, r| header(r, "Authorization", b"Basic dXNlcjpwYXNz"),
        },
        Case {
            name: "Authorization garbage",
            applies: v1,
            spoil: |_, r| header(r, "Authorization", b"garbage"),
        },
        Case {
            name: "Authorization 10 KB",
            applies: v1,
            spoil: |_, r| {
                header(
                    r,
                    "Authorization",
                    &[&b"Bearer "[..], &[b'x'; 10_240]].concat(),
                )
            },
        },
        Case {
            name: "Authorization not text",
            applies: v1,
            spoil: |_, r| header(r, "Authorization", b"Bearer \xff\xfe\xfd"),
        },
        Case {
            name: "Content-Type not JSON",
            applies: takes_body,
            spoil: |_, r| {
                header(r, "Content-Type", b"text/plain");
                body(r, b"{}".to_vec());
            },
        },
        Case {
            name: "Content-Type not text",
            applies: takes_body,
            spoil: |_, r| {
                header(r, "Content-Type", b"application/\xffjson");
                body(r, b"{}".to_vec());
            },
        },
        Case {
            name: "If-Match not text",
            applies: v1,
            spoil: |_, r| header(r, "If-Match", b"W/\"\xff\xfe\""),
        },
        // Ids in the path.
        Case {
            name: "id not a GUID",
            applies: has_ids,
            spoil: |t, r| path(t, r, "not-a-guid"),
        },
        Case {
            name: "id 10k characters",
            applies: has_params,
            spoil: |t, r| path(t, r, &"a".repeat(10_000)),
        },
        Case {
            name: "id with a NUL",
            applies: has_params,
            spoil: |t, r| path(t, r, "ab%00cd"),
        },
        Case {
            name: "id ../../etc/passwd",
            applies: has_params,
            spoil: |t, r| path(t, r, "..%2F..%2Fetc%2Fpasswd"),
        },
        Case {
            name: "id ..",
            applies: has_params,
            spoil: |t, r| path(t, r, ".."),
        },
        Case {
            name: "id with a right-to-left override",
            applies: has_params,
            spoil: |t, r| path(t, r, "%E2%80%AEmoc.osotnoc"),
        },
        Case {
            name: "id not UTF-8",
            applies: has_params,
            spoil: |t, r| path(t, r, "%FF%FE%C0%AF"),
        },
    ]
}

/// Who the well-formed requests are from.
struct SignedIn {
    upn: String,
    password: String,
    token: String,
}

/// A request each target would take, before a case spoils it: the signed-in user's token, a
/// GUID for every id but the tenant (its domain), and a body of the kind the target reads (for
/// the token endpoint, the user's own sign-in).
fn well_formed(t: &Target, who: &SignedIn) -> Request {
    let mut headers = vec![("Accept".to_string(), b"application/json".to_vec())];
    if t.v1 {
        let bearer = format!("Bearer {}", who.token);
        headers.push(("Authorization".into(), bearer.into_bytes()));
    }
    let body = match t.body {
        Body::None => Vec::new(),
        Body::Json => {
            headers.push(("Content-Type".into(), b"application/json".to_vec()));
            b"{}".to_vec()
        }
        Body::Form => {
            let form = b"application/x-www-form-urlencoded".to_vec();
            headers.push(("Content-Type".into(), form));
            form_urlencoded::Serializer::new(String::new())
                .append_pair("grant_type", "password")
                .append_pair("username", &who.upn)
                .append_pair("password", &who.password)
                .append_pair("user_code", "ABCDEFGHJ")
                .finish()
                .into_bytes()
        }
    };
    let id = if t.path.starts_with("/{tenant}") {
        who.upn.rsplit('@').next().unwrap().to_string()
    } else {
        "3f2504e0-4f89-11d3-9a0c-0305e82c3301".to_string()
    };
    Request {
        method: t.method.clone(),
        path: t.path_with(&id),
        headers,
        body,
        chunked: false,
    }
}

/// Why `a` is not a clean refusal, if it is not.
fn fault(a: &Answer, head: bool) -> Option<String> {
    if !(400..500).contains(&a.status) {
        return Some(format!(
            "answered {} {}",
            a.status,
            String::from_utf8_lossy(&a.body[..a.body.len().min(300)])
        ));
    }
    if head {
        return None; // A HEAD answer has no body to check.
    }
    let json: Option<serde_json::Value> = serde_json::from_slice(&a.body).ok();
    let well_formed = json
        .as_ref()
        .is_some_and(|v| v["code"].is_u64() && v["description"].is_string());
    (!well_formed).then(|| {
        format!(
            "{} without the JSON error body: {}",
            a.status,
            String::from_utf8_lossy(&a.body[..a.body.len().min(300)])
        )
    })
}

#[test]
fn malformed_requests_are_answered_4xx_with_the_error_body() {
    let home = tempfile::tempdir().unwrap();
    let server = Server::start(home.path(), &home.path().join("served"), T0, &[]);
    let addr = server.addr();
    let (upn, password) = enroll(home.path(), &server.url, T0, "contoso-us.yaml");
    let token = sign_in(&addr, &upn, &password);
    let who = SignedIn {
        upn,
        password,
        token: token.clone(),
    };

    let targets = targets();
    let cases = cases();
    let mut requests = Vec::new();
    for t in &targets {
        for c in &cases {
            if (c.applies)(t) {
                let mut r = well_formed(t, &who);
                (c.spoil)(t, &mut r);
                requests.push((t, c.name, r));
            }
        }
    }
    for t in &targets {
        assert!(
            requests.iter().any(|(rt, _, _)| std::ptr::eq(*rt, t)),
            "{} {} gets no malformed request",
            t.method,
            t.path
        );
    }

    let next = AtomicUsize::new(0);
    let answers: Mutex<Vec<(usize, u16, Option<String>)>> = Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..WORKERS {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some((t, _, r)) = requests.get(i) else {
                    return;
                };
                let head = t.method == "HEAD";
                let a = http_raw(&addr, r.bytes(&addr), head);
                answers.lock().unwrap().push((i, a.status, fault(&a, head)));
            });
        }
    });
    let answers = answers.into_inner().unwrap();

    let count = |f: fn(u16) -> bool| answers.iter().filter(|(_, s, _)| f(*s)).count();
    println!(
        "RELIABILITY server_bad_requests requests={} answered_4xx={} answered_5xx={}",
        answers.len(),
        count(|s| (400..500).contains(&s)),
        count(|s| s >= 500),
    );
    let mut faults: Vec<String> = answers
        .iter()
        .filter_map(|(i, _, fault)| {
            let (t, case, _) = &requests[*i];
            fault
                .as_ref()
                .map(|f| format!("{} {} ({case}): {f}", t.method, t.path))
        })
        .collect();
    faults.sort();
    // Still up, and still serving the signed-in user: no malformed request signed them out.
    let me = http(
        &addr,
        "GET",
        "/v1/me",
        &[("Authorization", &format!("Bearer {token}"))],
        b"",
    );
    if me.status != 200 {
        faults.push(format!(
            "afterwards GET /v1/me answered {}: {}",
            me.status,
            String::from_utf8_lossy(&me.body)
        ));
    }
    assert!(faults.is_empty(), "\n{}", faults.join("\n"));
    server.stop();
}

/// Heads hyper refuses itself, before any handler runs: 4xx with the JSON error body.
#[test]
fn heads_hyper_refuses_are_4xx_with_the_error_body_and_the_server_stays_up() {
    let home = tempfile::tempdir().unwrap();
    let server = Server::start(home.path(), &home.path().join("served"), T0, &[]);
    let addr = server.addr();
    let head = |extra: &[u8]| {
        [
            &b"GET /v1/me HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"[..],
            extra,
            b"\r\n",
        ]
        .concat()
    };
    let many: Vec<u8> = (0..200)
        .flat_map(|i| format!("X-Header-{i}: v\r\n").into_bytes())
        .collect();
    let header_of = |kib: usize| [&b"X-Large: "[..], &vec![b'a'; kib * 1024], b"\r\n"].concat();
    let spread: Vec<u8> = (0..40)
        .flat_map(|i| format!("X-Part-{i}: {}\r\n", "b".repeat(1000)).into_bytes())
        .collect();
    let heads = [
        ("200 headers", head(&many), 431),
        ("a 600 KiB header", head(&header_of(600)), 431),
        ("a 100 KiB header", head(&header_of(100)), 431),
        ("40 KB over 40 headers", head(&spread), 431),
        ("a NUL in a header", head(b"X-Nul: a\x00b\r\n"), 400),
        (
            "a Content-Length that is no number",
            head(b"Content-Length: 1e9\r\n"),
            400,
        ),
        (
            "a Content-Length past u64",
            head(b"Content-Length: 99999999999999999999999\r\n"),
            400,
        ),
        (
            "a request line that is not HTTP",
            b"GET /v1/me HTTX/9\r\n\r\n".to_vec(),
            400,
        ),
    ];
    let mut faults = Vec::new();
    for (what, request, want) in heads {
        let a = http_raw(&addr, request, false);
        if a.status != want {
            faults.push(format!(
                "{what}: {} (not {want}) {}",
                a.status,
                String::from_utf8_lossy(&a.body)
            ));
        } else if let Some(f) = fault(&a, false) {
            faults.push(format!("{what}: {f}"));
        } else if a.header("ms-correlationid").is_none() {
            faults.push(format!("{what}: no MS-CorrelationId"));
        }
    }
    // A head just under the limit is served.
    let fine = [&b"X-Fine: "[..], &vec![b'a'; 30 * 1024], b"\r\n"].concat();
    let a = http_raw(&addr, head(&fine), false);
    if a.status != 401 {
        faults.push(format!("a 30 KiB header: {} (not 401)", a.status));
    }
    let up = http(&addr, "GET", "/openapi.json", &[], b"");
    assert_eq!(up.status, 200, "the server is still up");
    assert!(faults.is_empty(), "\n{}", faults.join("\n"));
    server.stop();
}

/// Connections that send nothing, or half a request head, are closed after the header
/// timeout (10 s), take no more than `--max-connections` slots, and do not keep SIGTERM from
/// stopping the server. The bounds are generous: nothing here is timed closely.
#[test]
#[cfg(unix)]
fn idle_and_half_sent_connections_hold_nothing() {
    use std::io::{Read, Write};
    use std::net::TcpStream;
    use std::time::Duration;

    let home = tempfile::tempdir().unwrap();
    let server = Server::start(
        home.path(),
        &home.path().join("served"),
        T0,
        &["--max-connections", "3"],
    );
    let addr = server.addr();
    let connect = || {
        let s = TcpStream::connect(&addr).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
        s
    };
    // Three slots: one connection sends nothing, two send half a head.
    let mut silent = connect();
    let mut halves: Vec<TcpStream> = (0..2)
        .map(|_| {
            let mut s = connect();
            s.write_all(b"GET /v1/me HTTP/1.1\r\nHost: x\r\n").unwrap();
            s
        })
        .collect();
    std::thread::sleep(Duration::from_millis(500));
    // A fourth connection waits for a slot: no answer while the three hold them...
    let mut waiting = connect();
    waiting
        .write_all(b"GET /openapi.json HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .unwrap();
    waiting
        .set_read_timeout(Some(Duration::from_secs(2)))
        .unwrap();
    let mut first = [0u8; 12];
    assert!(
        waiting.read(&mut first).is_err(),
        "answered while every slot was taken"
    );
    // ...until the server closes them for sending no whole head in time.
    let closed = |s: &mut TcpStream| loop {
        let mut buf = [0u8; 64];
        match s.read(&mut buf) {
            Ok(0) => return true,
            Ok(_) => {}
            Err(e) => {
                let timed_out = matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                );
                return !timed_out;
            }
        }
    };
    let started = std::time::Instant::now();
    assert!(closed(&mut silent), "an idle connection was not closed");
    for s in &mut halves {
        assert!(closed(s), "a half-sent head was not closed");
    }
    waiting
        .set_read_timeout(Some(Duration::from_secs(60)))
        .unwrap();
    let mut answer = Vec::new();
    waiting.read_to_end(&mut answer).unwrap();
    assert!(
        answer.starts_with(b"HTTP/1.1 200"),
        "{}",
        String::from_utf8_lossy(&answer[..answer.len().min(200)])
    );
    assert!(
        started.elapsed() < Duration::from_secs(55),
        "closed by the test's read timeout, not the server"
    );

    // Half a head does not keep SIGTERM from stopping the server.
    let mut half = connect();
    half.write_all(b"GET /v1/me HTTP/1.1\r\nHost: x\r\n")
        .unwrap();
    let mut busy = connect();
    busy.write_all(b"GET /openapi.json HTTP/1.1\r\nHost: x\r\n\r\n")
        .unwrap();
    let mut buf = [0u8; 12];
    busy.read_exact(&mut buf).unwrap();
    let log = server
        .terminate_within(Duration::from_secs(60))
        .expect("the server stopped on SIGTERM");
    assert!(log.contains("stopped"), "{log}");
    drop(half);
}

/// Many connections held open by one client, idle or with half a request head sent, do not
/// keep another client's requests from being answered, nor SIGTERM from stopping the server.
/// Everything happens within the header timeout (10 s) of the first connection held, so the
/// server still holds every one of them while the other client is served and when it is told
/// to stop. (An idle connection closes at once on SIGTERM; one with half a head is closed by
/// its header timeout, so the stop may take that long, and no longer than the drain.)
///
/// With `--nocapture` it prints `RELIABILITY held_connections idle=N half_sent=N ...`: the
/// other client's requests and their times before and while the connections are held, how
/// many were still open at the end, and how long SIGTERM took to stop the server (and how
/// long after the last connection was opened).
#[test]
#[cfg(unix)]
fn held_connections_starve_no_one_and_do_not_hold_up_a_stop() {
    use common::reliability::{self, median_max};
    use std::io::{Read, Write};
    use std::net::TcpStream;
    use std::time::{Duration, Instant};

    // Of each kind; the default --max-connections is 1024.
    let held = reliability::connections(20);
    let home = tempfile::tempdir().unwrap();
    let server = Server::start(home.path(), &home.path().join("served"), T0, &[]);
    let addr = server.addr();
    let (upn, password) = enroll(home.path(), &server.url, T0, "contoso-us.yaml");
    let bearer = format!("Bearer {}", sign_in(&addr, &upn, &password));
    // The other client: `GET /v1/me` (a database read) one after another, a connection each,
    // for `how_long`: each answer's status and time in ms.
    let other_client = |how_long: Duration| {
        let started = Instant::now();
        let mut answers = Vec::new();
        while started.elapsed() < how_long {
            let t = Instant::now();
            let a = http(&addr, "GET", "/v1/me", &[("Authorization", &bearer)], b"");
            answers.push((a.status, t.elapsed().as_secs_f64() * 1000.0));
        }
        answers
    };
    let before = other_client(Duration::from_secs(1));

    let opened = Instant::now();
    let connections: Vec<TcpStream> = (0..2 * held)
        .map(|i| {
            let mut s = TcpStream::connect(&addr).unwrap();
            if i % 2 == 1 {
                s.write_all(b"GET /v1/me HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ")
                    .unwrap();
            }
            s
        })
        .collect();
    let (opened_in, all_open) = (opened.elapsed(), Instant::now());
    // Up to 5 s, ending at most 8 s after the first connection was opened.
    let window = Duration::from_secs(reliability::seconds(2).min(5) as u64)
        .min(Duration::from_secs(8).saturating_sub(opened_in));
    let during = other_client(window);
    // Still held: nothing to read and no end of stream on any of them.
    let still_open = connections
        .iter()
        .filter(|s| {
            s.set_nonblocking(true).unwrap();
            let (mut s, mut buf): (&TcpStream, _) = (s, [0u8; 1]);
            matches!(s.read(&mut buf), Err(e) if e.kind() == std::io::ErrorKind::WouldBlock)
        })
        .count();
    let held_for = opened.elapsed();

    let stopping = Instant::now();
    let log = server
        .terminate_within(Duration::from_secs(60))
        .expect("the server stopped on SIGTERM");
    let (stop_s, after_last) = (stopping.elapsed().as_secs_f64(), all_open.elapsed());
    drop(connections);

    let ok = |answers: &[(u16, f64)]| answers.iter().filter(|(s, _)| *s == 200).count();
    let ms = |answers: &[(u16, f64)]| median_max(&answers.iter().map(|a| a.1).collect::<Vec<_>>());
    let (before_median, before_max) = ms(&before);
    let (during_median, during_max) = ms(&during);
    let closed_at_drain = log
        .lines()
        .find_map(|l| l.strip_prefix("partnerctl serve: closing "))
        .and_then(|l| l.split_whitespace().next())
        .unwrap_or("0")
        .to_string();
    reliability::figures(
        "held_connections",
        &[
            ("idle", held.to_string()),
            ("half_sent", held.to_string()),
            ("opened_in_s", format!("{:.1}", opened_in.as_secs_f64())),
            ("held_s", format!("{:.1}", held_for.as_secs_f64())),
            ("still_open", still_open.to_string()),
            ("before_requests", before.len().to_string()),
            ("before_answered", ok(&before).to_string()),
            ("before_median_ms", before_median),
            ("before_max_ms", before_max),
            ("requests", during.len().to_string()),
            ("answered", ok(&during).to_string()),
            ("window_s", format!("{:.1}", window.as_secs_f64())),
            ("median_ms", during_median),
            ("max_ms", during_max),
            ("sigterm_stop_s", format!("{stop_s:.1}")),
            (
                "stopped_after_last_open_s",
                format!("{:.1}", after_last.as_secs_f64()),
            ),
            ("closed_at_drain", closed_at_drain),
        ],
    );
    assert!(!during.is_empty(), "the other client sent nothing");
    let not_ok: Vec<_> = during.iter().filter(|(s, _)| *s != 200).take(5).collect();
    assert!(
        not_ok.is_empty(),
        "answers not 200 (status, ms): {not_ok:?}"
    );
    if held_for < Duration::from_millis(9500) {
        assert_eq!(still_open, 2 * held, "the server closed a connection early");
    }
    assert!(log.contains("stopped"), "{log}");
    // The header timeout or the drain (10 s each) at most, and slack for a loaded machine.
    assert!(stop_s < 20.0, "SIGTERM took {stop_s:.1} s");
}

/// The rate of `serve --rate-limit` in [`every_endpoint_is_throttled_whatever_the_tenant_is_called`].
const RATE: u32 = 5;
/// Requests a second sent to each kind of endpoint there.
const OFFERED: u32 = 100;

/// A request to one kind of endpoint (the `n`th).
struct Hammered<'a> {
    name: &'static str,
    /// The throttle's bucket it takes its turn from.
    bucket: &'static str,
    /// Method, path, headers and body of the `n`th request.
    request: Box<dyn Fn(usize) -> Sent + Sync + 'a>,
}

type Sent = (&'static str, String, Vec<(&'static str, String)>, Vec<u8>);

/// `serve --rate-limit 5`, every kind of endpoint hammered at once for a bounded time (100
/// requests a second each, a connection each): a `/v1` route with a token and without one,
/// the token endpoint at spellings of the tenant's domain, at spellings of `common` and at
/// tenants that do not exist, and the device-code endpoint. Each answers 429 (with the error
/// body and `Retry-After`) past its bucket, and never 5xx; the spellings of `common`, unknown
/// tenants and device codes share the client address's bucket, and the spellings of a domain
/// the tenant's own. No bucket answers more than its rate allows over the time.
///
/// With `--nocapture` it prints `RELIABILITY throttled rate=5 ...`: for each kind of endpoint
/// the requests sent and the answers 200, other 4xx, 429 and 5xx; for each bucket the answers
/// other than 429, and the most its rate allows.
#[test]
fn every_endpoint_is_throttled_whatever_the_tenant_is_called() {
    use common::reliability;
    use std::time::{Duration, Instant};

    let seconds = reliability::seconds(2);
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("served");
    // Enrolled before the limit is set, so that the CLI's own requests are not throttled.
    let server = Server::start(home.path(), &data, T0, &[]);
    let (upn, password) = enroll(home.path(), &server.url, T0, "contoso-us.yaml");
    server.stop();
    let rate = RATE.to_string();
    let server = Server::start(home.path(), &data, T0, &["--rate-limit", &rate]);
    let addr = server.addr();
    // A sign-in at the domain: the server learns which tenant that name is.
    let bearer = format!("Bearer {}", sign_in(&addr, &upn, &password));
    let domain = upn.rsplit('@').next().unwrap().to_string();
    std::thread::sleep(Duration::from_millis(1500)); // every bucket full again

    let sign_in_form = |user: &str, password: &str| {
        form_urlencoded::Serializer::new(String::new())
            .append_pair("grant_type", "password")
            .append_pair("username", user)
            .append_pair("password", password)
            .finish()
            .into_bytes()
    };
    let form = || {
        vec![(
            "Content-Type",
            "application/x-www-form-urlencoded".to_string(),
        )]
    };
    let right = sign_in_form(&upn, &password);
    let nobody = sign_in_form("nobody@nowhere.example", "x");
    let domains = [
        domain.clone(),
        domain.to_ascii_uppercase(),
        format!("%20{domain}%20"),
    ];
    let commons = ["common", "%20common", "COMMON", "%20%20Common%20"];
    let kinds = [
        Hammered {
            name: "v1_token",
            bucket: "v1_tenant",
            request: Box::new(|_| {
                let auth = vec![("Authorization", bearer.clone())];
                ("GET", "/v1/me".into(), auth, Vec::new())
            }),
        },
        Hammered {
            name: "v1_no_token",
            bucket: "v1_address",
            request: Box::new(|_| ("GET", "/v1/me".into(), Vec::new(), Vec::new())),
        },
        Hammered {
            name: "token_domain",
            bucket: "sign_in_tenant",
            request: Box::new(|n| {
                let path = format!("/{}/oauth2/token", domains[n % domains.len()]);
                ("POST", path, form(), right.clone())
            }),
        },
        Hammered {
            name: "token_common",
            bucket: "sign_in_address",
            request: Box::new(|n| {
                let path = format!("/{}/oauth2/token", commons[n % commons.len()]);
                ("POST", path, form(), right.clone())
            }),
        },
        Hammered {
            name: "token_unknown",
            bucket: "sign_in_address",
            request: Box::new(|n| {
                let path = format!("/unknown-{n}.example/oauth2/token");
                ("POST", path, form(), nobody.clone())
            }),
        },
        Hammered {
            name: "devicecode",
            bucket: "sign_in_address",
            request: Box::new(|n| {
                let tenant = match n % 3 {
                    0 => "common".to_string(),
                    1 => "%20common".to_string(),
                    _ => format!("unknown-{n}.example"),
                };
                let path = format!("/{tenant}/oauth2/devicecode");
                ("POST", path, form(), b"client_id=x".to_vec())
            }),
        },
    ];

    // Each kind on a thread of its own, paced at OFFERED a second, for `seconds`.
    let started = Instant::now();
    let until = Duration::from_secs(seconds as u64);
    let faults = Mutex::new(Vec::<String>::new());
    let statuses: Vec<Vec<u16>> = std::thread::scope(|s| {
        let threads: Vec<_> = kinds
            .iter()
            .map(|k| {
                let (addr, faults) = (&addr, &faults);
                s.spawn(move || {
                    let mut got = Vec::new();
                    for n in 0.. {
                        let due = Duration::from_secs_f64(n as f64 / f64::from(OFFERED));
                        if due >= until {
                            break;
                        }
                        if let Some(wait) = due.checked_sub(started.elapsed()) {
                            std::thread::sleep(wait);
                        }
                        let (method, path, headers, body) = (k.request)(n);
                        let headers: Vec<(&str, &str)> =
                            headers.iter().map(|(h, v)| (*h, v.as_str())).collect();
                        let a = http(addr, method, &path, &headers, &body);
                        let fault = if a.status >= 500 {
                            Some(format!("{} {}", a.status, String::from_utf8_lossy(&a.body)))
                        } else if a.status == 429 && a.header("retry-after").is_none() {
                            Some("429 without Retry-After".to_string())
                        } else if a.status == 429 && a.json()["code"] != 4290 {
                            Some(format!("429 {}", String::from_utf8_lossy(&a.body)))
                        } else {
                            None
                        };
                        if let Some(f) = fault {
                            faults.lock().unwrap().push(format!("{method} {path}: {f}"));
                        }
                        got.push(a.status);
                    }
                    got
                })
            })
            .collect();
        threads.into_iter().map(|t| t.join().unwrap()).collect()
    });
    let elapsed = started.elapsed().as_secs_f64();
    server.stop();

    // A bucket holds RATE turns and gains RATE a second: one more for rounding.
    let ceiling = (f64::from(RATE) * (elapsed + 1.0)).floor() as usize + 1;
    let mut pairs: Vec<(String, String)> = vec![
        ("rate".into(), RATE.to_string()),
        ("seconds".into(), format!("{elapsed:.1}")),
        ("offered_per_s".into(), OFFERED.to_string()),
        ("ceiling".into(), ceiling.to_string()),
    ];
    let mut faults = faults.into_inner().unwrap();
    let mut buckets: Vec<(&str, usize)> = Vec::new();
    for (k, got) in kinds.iter().zip(&statuses) {
        let count = |f: &dyn Fn(u16) -> bool| got.iter().filter(|s| f(**s)).count();
        let throttled = count(&|s| s == 429);
        pairs.push((format!("{}_sent", k.name), got.len().to_string()));
        let keys = ["_200", "_4xx", "_429", "_5xx"];
        let counts = [
            count(&|s| s == 200),
            count(&|s| (400..500).contains(&s) && s != 429),
            throttled,
            count(&|s| s >= 500),
        ];
        for (key, n) in keys.iter().zip(counts) {
            pairs.push((format!("{}{key}", k.name), n.to_string()));
        }
        if throttled == 0 {
            faults.push(format!("{}: never throttled", k.name));
        }
        match buckets.iter_mut().find(|(b, _)| *b == k.bucket) {
            Some((_, n)) => *n += got.len() - throttled,
            None => buckets.push((k.bucket, got.len() - throttled)),
        }
    }
    for (bucket, answered) in &buckets {
        pairs.push((format!("answered_{bucket}"), answered.to_string()));
        if *answered > ceiling {
            faults.push(format!(
                "{bucket}: {answered} answered, more than {ceiling}"
            ));
        }
    }
    let pairs: Vec<(&str, String)> = pairs.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    reliability::figures("throttled", &pairs);
    assert!(faults.is_empty(), "\n{}", faults.join("\n"));
}

/// The backend checks every text field as the profile loader does: lengths, and no invisible
/// formatting characters, each problem naming its field.
/// A whole head and then a body that never comes holds its connection only until the request
/// timeout: then the answer is 408 with the JSON error body, and the connection is free.
#[test]
fn a_body_that_never_comes_is_answered_408_in_time() {
    use std::io::{Read, Write};
    use std::net::TcpStream;
    use std::time::{Duration, Instant};

    let home = tempfile::tempdir().unwrap();
    let server = Server::start(
        home.path(),
        &home.path().join("served"),
        T0,
        &["--request-timeout", "1"],
    );
    let mut s = TcpStream::connect(server.addr()).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    s.write_all(
        b"POST /v1/tenants HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n\
          Content-Length: 100\r\n\r\n{\"domai",
    )
    .unwrap();
    let started = Instant::now();
    let mut raw = Vec::new();
    let mut buf = [0u8; 4096];
    // Read until the answer's body has arrived (or the connection closes).
    while !raw.windows(8).any(|w| w == b"\"source\"") {
        match s.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => raw.extend_from_slice(&buf[..n]),
            Err(e) => panic!("no answer after {:?}: {e}", started.elapsed()),
        }
    }
    let text = String::from_utf8_lossy(&raw);
    assert!(text.starts_with("HTTP/1.1 408"), "{text}");
    assert!(text.contains("\"code\":1015"), "{text}");
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "answered after {:?}",
        started.elapsed()
    );
}

#[test]
fn the_api_refuses_huge_and_invisible_names() {
    let home = tempfile::tempdir().unwrap();
    let server = Server::start(home.path(), &home.path().join("served"), T0, &[]);
    let addr = server.addr();
    let (upn, password) = enroll(home.path(), &server.url, T0, "contoso-us.yaml");
    let token = sign_in(&addr, &upn, &password);
    let body = serde_json::json!({
        "email": "ana.ito@contoso.com",
        "firstName": "A".repeat(100_000),
        "lastName": "Ito\u{202E}nimda",
    })
    .to_string();
    let a = http(
        &addr,
        "POST",
        "/v1/users",
        &[
            ("Authorization", &format!("Bearer {token}")),
            ("Content-Type", "application/json"),
        ],
        body.as_bytes(),
    );
    assert_eq!(a.status, 400, "{}", String::from_utf8_lossy(&a.body));
    let v = a.json();
    let fields: Vec<&str> = v["data"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|d| d["field"].as_str())
        .collect();
    assert_eq!(fields, ["firstName", "lastName"], "{v:#}");
    let text = v.to_string();
    assert!(text.contains("at most 64 characters"), "{text}");
    assert!(text.contains("U+202E"), "{text}");
    server.stop();
}

/// A device-code request whose body comes after its head (as many clients send them) keeps its
/// keep-alive connection: the body is read before the answer. Before, the answer went out
/// first and hyper closed the connection under the next request.
#[test]
fn a_device_code_request_sent_in_two_parts_keeps_its_connection() {
    use std::io::{BufRead, BufReader, Read, Write};
    let home = tempfile::tempdir().unwrap();
    let server = Server::start(home.path(), &home.path().join("served"), T0, &[]);
    let mut s = std::net::TcpStream::connect(server.addr()).unwrap();
    s.set_read_timeout(Some(std::time::Duration::from_secs(30)))
        .unwrap();
    let mut reader = BufReader::new(s.try_clone().unwrap());
    for i in 0..3 {
        s.write_all(
            b"POST /common/oauth2/devicecode HTTP/1.1\r\nHost: x\r\n\
              Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 11\r\n\r\n",
        )
        .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(200));
        s.write_all(b"client_id=x").unwrap();
        let mut status = String::new();
        reader.read_line(&mut status).unwrap();
        assert!(
            status.starts_with("HTTP/1.1 200"),
            "request {i}: {status:?}"
        );
        let mut length = 0;
        loop {
            let mut line = String::new();
            reader.read_line(&mut line).unwrap();
            if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                length = v.trim().parse().unwrap();
            }
            if line == "\r\n" {
                break;
            }
        }
        let mut body = vec![0; length];
        reader.read_exact(&mut body).unwrap();
    }
    server.stop();
}
