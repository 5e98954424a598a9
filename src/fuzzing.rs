//! The bodies of the fuzz targets in `fuzz/`: one function per target, taking the fuzzer's
//! bytes and panicking when an invariant breaks. They live in the library so the targets are
//! one-line wrappers and `tests/it/fuzz_corpus.rs` replays the seed corpus through the same code.

use crate::api::{Address, Contact, NewUser, OrganizationProfileInput};
use crate::error::FieldError;
use crate::profile::{self, FileKind, Loaded, ProfileError, TenantSpec};
use crate::validate;
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::fmt::Debug;
use std::path::Path;

/// `profile`: the first byte picks the kind of file, the rest is the file. Loading never
/// panics; every problem has a message and a place within the input; an accepted file is
/// accepted again, survives the trip to JSON and back (as the client sends it), and passes
/// the checks the backend makes on the same request.
pub fn profile(data: &[u8]) {
    let Some((&first, bytes)) = data.split_first() else {
        return;
    };
    let kind = FileKind::ALL[usize::from(first) % FileKind::ALL.len()];
    let name = format!("{}.yaml", kind.name());
    let path = Path::new(&name);
    match profile::load_bytes(kind, path, bytes) {
        Err(e) => check_problems(&e, path, bytes),
        Ok(loaded) => {
            assert_eq!(
                profile::load_bytes(kind, path, bytes).as_ref(),
                Ok(&loaded),
                "a second load differs"
            );
            check_accepted(&loaded);
        }
    }
}

fn check_problems(e: &ProfileError, path: &Path, bytes: &[u8]) {
    assert_eq!(e.file, path);
    assert!(!e.problems.is_empty(), "an error without problems");
    let lines = line_breaks(bytes) + 1;
    for p in &e.problems {
        assert!(
            !p.message.trim().is_empty(),
            "a problem without a message: {p:?}"
        );
        assert!(
            p.line <= lines,
            "line {} of a {lines}-line input: {p:?}",
            p.line
        );
        if p.line == 0 {
            assert_eq!(p.column, 0, "a column without a line: {p:?}");
        } else {
            assert!(p.column >= 1, "column 0 on line {}: {p:?}", p.line);
        }
    }
    let shown = e.to_string();
    assert_eq!(shown.lines().count(), e.problems.len(), "{shown}");
}

/// Line breaks as YAML counts them: `\r\n`, `\r` or `\n`.
fn line_breaks(bytes: &[u8]) -> usize {
    let lone_cr = bytes
        .windows(2)
        .filter(|w| w[0] == b'\r' && w[1] != b'\n')
        .count()
        + usize::from(bytes.last() == Some(&b'\r'));
    bytes.iter().filter(|&&b| b == b'\n').count() + lone_cr
}

fn check_accepted(loaded: &Loaded) {
    match loaded {
        Loaded::Organization(o) => organization(o, "parent."),
        Loaded::Location(legal) => legal_profile(legal),
        Loaded::Users(users) => {
            assert!(!users.is_empty(), "an accepted users file without users");
            users.iter().for_each(new_user);
        }
        Loaded::Enrollment(e) => {
            organization(&e.parent, "");
            assert!(
                !e.subsidiaries.is_empty(),
                "an enrollment without subsidiaries"
            );
            for s in &e.subsidiaries {
                assert_ok(validate::location_key(&s.key, "key"));
                legal_profile(&s.legal_business_profile);
                s.users.iter().for_each(new_user);
            }
        }
    }
}

fn organization(o: &profile::OrganizationProfile, what: &str) {
    match &o.tenant {
        TenantSpec::Create(t) => {
            round_trip(t);
            assert_ok(validate::domain_prefix(
                t.domain_prefix.trim(),
                "domainPrefix",
            ));
            for d in &t.domains {
                assert_ok(validate::domain_name(d, "domains"));
            }
            if let Some(admin) = &t.global_admin {
                assert_none(validate::contact(admin, "globalAdmin", false));
            }
        }
        TenantSpec::Existing(t) => assert_ok(validate::tenant_ref(t, &format!("{what}tenant"))),
    }
    round_trip(&o.account);
    legal_profile(&o.account.legal_business_profile);
    if let Some(signer) = &o.account.agreement.signer {
        assert_none(validate::contact(signer, "agreement.signer", false));
    }
    if let Some(org) = &o.account.organization_profile {
        assert_none(validate::organization_profile(org, "organizationProfile"));
    }
}

/// As the backend checks a legal business profile: after trimming and upper-casing.
fn legal_profile(legal: &crate::api::LegalProfileInput) {
    round_trip(legal);
    let normalised = crate::backend::normalise_legal_profile(legal.clone());
    assert_none(validate::legal_profile(&normalised));
}

fn new_user(u: &NewUser) {
    round_trip(u);
    assert_none(validate::new_user(u, ""));
}

fn round_trip<T: Serialize + DeserializeOwned + PartialEq + Debug>(value: &T) {
    let json = serde_json::to_string(value).expect("serialises");
    let back: T = serde_json::from_str(&json).expect("deserialises");
    assert_eq!(&back, value, "changed on the way through {json}");
}

fn assert_ok(e: Option<FieldError>) {
    assert!(
        e.is_none(),
        "accepted offline, refused by the backend: {e:?}"
    );
}

fn assert_none(errors: Vec<FieldError>) {
    assert!(
        errors.is_empty(),
        "accepted offline, refused by the backend: {errors:?}"
    );
}

/// `validate_fields`: every field rule on arbitrary text (and every country's address rules
/// on it as a postal code, city, state and line). Never panics; every refusal names a field
/// and says why.
pub fn validate_fields(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let s = text.as_ref();
    let mut errors: Vec<FieldError> = [
        validate::email(s, "email"),
        validate::work_email(s, "email"),
        validate::phone_number(s, "phoneNumber"),
        validate::company_name(s, "companyName"),
        validate::location_key(s, "key"),
        validate::domain_prefix(s, "domainPrefix"),
        validate::domain_name(s, "domain"),
        validate::tenant_ref(s, "tenant"),
    ]
    .into_iter()
    .flatten()
    .collect();
    let _ = validate::country_rules(s);
    let org = OrganizationProfileInput {
        company_name: Some(s.into()),
        email: Some(s.into()),
        language: Some(s.into()),
        culture: Some(s.into()),
        default_address: None,
    };
    errors.extend(validate::organization_profile(&org, "organizationProfile"));
    let contact = Contact {
        first_name: s.into(),
        last_name: s.into(),
        email: s.into(),
        phone_number: s.into(),
    };
    errors.extend(validate::contact(&contact, "primaryContact", true));
    errors.extend(validate::contact(&contact, "signer", false));
    let user = NewUser {
        email: s.into(),
        first_name: s.into(),
        last_name: s.into(),
        user_principal_name: Some(s.into()),
        ..NewUser::default()
    };
    errors.extend(validate::new_user(&user, "users[0]"));
    let address = |country: &str| Address {
        country: country.into(),
        city: s.into(),
        state: Some(s.into()),
        address_line1: s.into(),
        postal_code: s.into(),
        ..Address::default()
    };
    errors.extend(validate::address(&address(s), "address"));
    for (code, _) in validate::country_codes() {
        errors.extend(validate::address(&address(code), "address"));
    }
    for e in &errors {
        assert!(!e.field.is_empty(), "a refusal without a field: {e:?}");
        assert!(
            !e.message.trim().is_empty(),
            "a refusal without a reason: {e:?}"
        );
    }
}

pub use server::{answer as server_answer, request as server_request};

/// `server_request`: one HTTP request, written as on the wire (`METHOD TARGET` line, header
/// lines, a blank line, the body), sent in process to the router over a service in a
/// temporary data directory. `{token}` in a header stands for a signed-in Global admin's
/// access token. The answer is never a 5xx, and a 4xx carries the JSON error body.
mod server {
    use crate::api::{
        Address, AgreementAcceptance, Api, Contact, CreateAccount, CreateTenant, LegalProfileInput,
    };
    use crate::backend::{Embedded, OpenOptions, Service};
    use crate::protocol::ErrorBody;
    use axum::body::{Body, Bytes};
    use axum::http::{HeaderName, HeaderValue, Method, Request, StatusCode};
    use axum::Router;
    use std::path::PathBuf;
    use std::sync::{Arc, Mutex, OnceLock};
    use tower::ServiceExt;

    struct Fixture {
        runtime: tokio::runtime::Runtime,
        router: Router,
        service: Arc<Service>,
        /// The tenants made so far, and the access token of the latest one's Global admin.
        session: Mutex<(u32, String)>,
    }

    /// Built once per process: signing in hashes a password, far slower than a request.
    fn fixture() -> &'static Fixture {
        static FIXTURE: OnceLock<Fixture> = OnceLock::new();
        FIXTURE.get_or_init(|| {
            let runtime = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(1)
                .enable_all()
                .build()
                .expect("a runtime");
            let opts = OpenOptions {
                create_sandbox: true,
                ..OpenOptions::default()
            };
            let service = Service::open(&data_dir(), opts).expect("a data directory");
            let router = crate::server::router(service.clone(), &crate::server::Options::default());
            Fixture {
                runtime,
                router,
                service,
                session: Mutex::new((0, String::new())),
            }
        })
    }

    impl Fixture {
        /// A working access token. A request may sign it out, or remove or demote its user:
        /// then the next request gets a new tenant, so later inputs still reach signed-in code.
        fn token(&self) -> String {
            let mut session = self.session.lock().unwrap_or_else(|e| e.into_inner());
            let (made, token) = &mut *session;
            let valid = matches!(self.service.tenant_of_token(token), Ok(Some(_)));
            if !valid {
                *made += 1;
                let prefix = format!("fuzz{made}");
                *token = self
                    .runtime
                    .block_on(enrolled_admin(self.service.clone(), &prefix));
            }
            token.clone()
        }
    }

    /// A fresh directory under the temporary directory, named after the process; those of
    /// processes that have ended are removed first (the fixture lives as long as the process).
    fn data_dir() -> PathBuf {
        const PREFIX: &str = "partnerctl-fuzz-";
        let tmp = std::env::temp_dir();
        #[cfg(target_os = "linux")]
        for entry in std::fs::read_dir(&tmp).into_iter().flatten().flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let Some(pid) = name.strip_prefix(PREFIX) else {
                continue;
            };
            if pid.parse::<u32>().is_err() {
                continue;
            }
            if !std::path::Path::new("/proc").join(pid).exists() {
                let _ = std::fs::remove_dir_all(entry.path());
            }
        }
        let dir = tmp.join(format!("{PREFIX}{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        dir
    }

    /// A tenant with an enrolled account; the access token of its Global admin.
    async fn enrolled_admin(service: Arc<Service>, prefix: &str) -> String {
        let anon = Embedded::new(service.clone(), None);
        let created = anon
            .create_tenant(CreateTenant {
                domain_prefix: prefix.into(),
                domains: vec![format!("{prefix}.example")],
                global_admin: None,
                sign_in: true,
            })
            .await
            .expect("a tenant");
        let tokens = created.session.expect("signed in by the creation");
        let admin = Embedded::new(service, Some(tokens.access_token.clone()));
        admin
            .create_account(CreateAccount {
                legal_business_profile: LegalProfileInput {
                    company_name: "Fuzz Ltd".into(),
                    address: Address {
                        country: "US".into(),
                        city: "Redmond".into(),
                        state: Some("WA".into()),
                        address_line1: "1 Microsoft Way".into(),
                        postal_code: "98052".into(),
                        ..Address::default()
                    },
                    primary_contact: Contact {
                        first_name: "Jane".into(),
                        last_name: "Doe".into(),
                        email: format!("jane.doe@{prefix}.example"),
                        phone_number: "+1 425 555 0100".into(),
                    },
                },
                agreement: AgreementAcceptance {
                    accepted: true,
                    signer: None,
                },
                organization_profile: None,
            })
            .await
            .expect("an account");
        tokens.access_token
    }

    pub fn request(data: &[u8]) {
        let Some((method, target, status, body)) = answer(data) else {
            return;
        };
        let shown = String::from_utf8_lossy(&body);
        assert!(
            !status.is_server_error(),
            "{method} {target}: {status} {shown}"
        );
        // HEAD answers have no body; `HEAD /v1/domains/{domain}` answers 404 for a free one.
        if status.is_client_error() && method != Method::HEAD {
            let error: ErrorBody = serde_json::from_slice(&body).unwrap_or_else(|e| {
                panic!("{method} {target}: {status} without the error body ({e}): {shown}")
            });
            assert!(
                !error.description.trim().is_empty(),
                "{method} {target}: {status} {shown}"
            );
        }
    }

    /// The status and body of the answer to `data`, or `None` when it is not a request.
    pub fn answer(data: &[u8]) -> Option<(Method, String, StatusCode, Bytes)> {
        let f = fixture();
        let req = parse(data, &f.token())?;
        let method = req.method().clone();
        let target = req.uri().to_string();
        let (status, body) = f.runtime.block_on(async {
            let res = f.router.clone().oneshot(req).await.expect("infallible");
            let status = res.status();
            let body = axum::body::to_bytes(res.into_body(), usize::MAX)
                .await
                .expect("a body");
            (status, body)
        });
        Some((method, target, status, body))
    }

    /// `METHOD TARGET\nName: value\n...\n\nBODY`; `None` for what no HTTP server would pass on
    /// (a malformed method, target or header is refused before any router).
    fn parse(data: &[u8], token: &str) -> Option<Request<Body>> {
        let (head, body) = match find(data, b"\n\n") {
            Some(i) => (&data[..i], &data[i + 2..]),
            None => (data, &[][..]),
        };
        let mut lines = head.split(|&b| b == b'\n');
        let first = lines.next()?;
        let space = first.iter().position(|&b| b == b' ')?;
        let method = Method::from_bytes(&first[..space]).ok()?;
        let target = std::str::from_utf8(&first[space + 1..]).ok()?;
        let mut req = Request::builder().method(method).uri(target);
        for line in lines {
            let colon = line.iter().position(|&b| b == b':')?;
            let name = HeaderName::from_bytes(&line[..colon]).ok()?;
            let value = String::from_utf8_lossy(&line[colon + 1..])
                .trim()
                .replace("{token}", token);
            req = req.header(name, HeaderValue::from_str(&value).ok()?);
        }
        req.body(Body::from(body.to_vec())).ok()
    }

    fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
        haystack.windows(needle.len()).position(|w| w == needle)
    }
}
