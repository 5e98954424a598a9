//! One tenant never sees another's data: signed in as tenant A's Global admin, every route of
//! the `/v1` table and the sign-in endpoints are called with tenant B's ids in the path, the
//! query or the body. An answer about B's things is a 403/404 error, the same as for an id
//! that does not exist (no way to tell that B's exists); no answer carries any of B's ids,
//! names, emails, keys or tokens; lists hold only A's things.
//!
//! The cases are keyed by the route table (`partnerctl::server::v1::routes()`): a new route
//! without a case here fails the test.

use crate::common;

use common::tenant::{self, Org};
use common::{bearer, http, Answer, Server};
use partnerctl::api::{
    AccountRef, Api, ApiError, ApplyMembership, AssignSeat, BenefitKind, BenefitKinds,
    PaymentMethod, RoleName, UpgradeTarget,
};
use partnerctl::backend::Embedded;
use partnerctl::error::ErrorKind;
use serde_json::{json, Value};

/// What an answer must be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    /// 403 or 404, answered exactly as for `unknown` in place of B's id.
    Refused,
    /// A success about A's own things.
    Own,
    /// An error that is not about B's thing: B's name is in a global namespace (domains) or
    /// A's own state refuses (A is already enrolled).
    Error,
    /// Public reference data or existence checks: any status.
    Any,
}

/// One request of a case: method, path and query, body, and what it must be. `unknown` is the
/// same request with made-up ids, for [`Expect::Refused`].
struct Probe {
    method: &'static str,
    target: String,
    body: Option<Value>,
    expect: Expect,
    unknown: Option<(String, Option<Value>)>,
}

fn probe(method: &'static str, target: String, body: Option<Value>, expect: Expect) -> Probe {
    Probe {
        method,
        target,
        body,
        expect,
        unknown: None,
    }
}

/// B's thing, and the same request with a made-up id in its place.
fn refused(method: &'static str, target: String, unknown: String) -> Probe {
    refused_with(method, target, None, unknown, None)
}

fn refused_with(
    method: &'static str,
    target: String,
    body: Option<Value>,
    unknown: String,
    unknown_body: Option<Value>,
) -> Probe {
    Probe {
        method,
        target,
        body,
        expect: Expect::Refused,
        unknown: Some((unknown, unknown_body)),
    }
}

const NO_SUCH_ID: &str = "00000000-0000-4000-8000-000000000000";
const NO_SUCH_MPN: &str = "9999999";

/// The probes of one route, `None` when the route has no case yet.
fn cases(method: &str, path: &str, a: &Org, b: &Org) -> Option<Vec<Probe>> {
    let b_mpn = &b.location.mpn_id;
    let b_user = &b.target;
    let b_upn = &b_user.user_principal_name;
    // B's member whose address's local part A has no user for.
    let b_sales = &b.member(tenant::Principal::Role(RoleName::SalesAgent)).user;
    let no_upn = format!("nobody@{}", b.tenant.default_domain);
    let scoped = |m: &'static str, p: &str, body: Option<Value>| {
        refused_with(
            m,
            format!("{p}?mpnId={b_mpn}"),
            body.clone(),
            format!("{p}?mpnId={NO_SUCH_MPN}"),
            body,
        )
    };
    let b_legal = serde_json::to_value(&b.location.legal_business_profile).unwrap();
    let v = match (method, path) {
        ("POST", "/v1/tenants") => vec![probe(
            "POST",
            path.into(),
            Some(json!({"domainPrefix": "zulu", "domains": [format!("{}.com", b.prefix)]})),
            Expect::Error,
        )],
        // Partner Center's availability check: it says whether a name is taken, nothing else.
        ("HEAD", "/v1/domains/{domain}") => vec![probe(
            "HEAD",
            format!("/v1/domains/{}", b.tenant.default_domain),
            None,
            Expect::Any,
        )],
        ("DELETE", "/v1/sessions/current") => vec![probe("DELETE", path.into(), None, Expect::Own)],
        ("GET", "/v1/me") => vec![probe("GET", path.into(), None, Expect::Own)],
        ("POST", "/v1/domains") => vec![probe(
            "POST",
            path.into(),
            Some(json!({"name": format!("{}.com", b.prefix)})),
            Expect::Error,
        )],
        // B's domain is, to A, a domain A's tenant does not have.
        ("POST", "/v1/domains/{domain}/verify") => vec![refused(
            "POST",
            format!("/v1/domains/{}.com/verify", b.prefix),
            "/v1/domains/no-such-domain.example/verify".into(),
        )],
        ("POST", "/v1/accounts") => vec![probe(
            "POST",
            path.into(),
            Some(json!({
                "legalBusinessProfile": b_legal,
                "agreement": {"accepted": true}
            })),
            Expect::Error,
        )],
        ("GET", "/v1/account") => vec![scoped("GET", path, None)],
        ("POST", "/v1/account/verification") => {
            vec![scoped("POST", path, Some(json!({"code": "123456"})))]
        }
        ("POST", "/v1/account/verification/resend") => vec![scoped("POST", path, None)],
        ("GET", "/v1/profiles/legalbusiness") => vec![scoped("GET", path, None)],
        ("PUT", "/v1/profiles/legalbusiness") => vec![scoped(
            "PUT",
            path,
            Some(json!({
                "companyName": "Taken Over",
                "address": b.location.legal_business_profile.address,
                "primaryContact": {"firstName": "M", "lastName": "X",
                    "email": format!("m@{}.com", a.prefix), "phoneNumber": "+1 425 555 0100"}
            })),
        )],
        ("GET", "/v1/profiles/organization") => vec![probe("GET", path.into(), None, Expect::Own)],
        ("PUT", "/v1/profiles/organization") => vec![probe(
            "PUT",
            path.into(),
            Some(json!({"language": "en"})),
            Expect::Own,
        )],
        // Own profile only; `?mpnId=` of another partner is the documented exception (see
        // `the_mpn_profile_of_another_partner_tells_its_name_only`).
        ("GET", "/v1/profiles/mpn") => vec![probe("GET", path.into(), None, Expect::Own)],
        ("POST", "/v1/locations") => vec![probe(
            "POST",
            path.into(),
            Some(json!({
                "companyName": format!("{} Sarl", a.company),
                "address": b.location.legal_business_profile.address,
                "primaryContact": {"firstName": "M", "lastName": "X",
                    "email": format!("m@{}.com", a.prefix), "phoneNumber": "+1 425 555 0100"}
            })),
            Expect::Own,
        )],
        // B's unkeyed location has the same country and name: A's apply must not adopt it.
        ("POST", "/v1/locations/apply") => vec![probe(
            "POST",
            path.into(),
            Some(json!({"key": "subsidiary", "legalBusinessProfile": {
                "companyName": b.location.company_name,
                "address": b.location.legal_business_profile.address,
                "primaryContact": {"firstName": "M", "lastName": "X",
                    "email": format!("m@{}.com", a.prefix), "phoneNumber": "+1 425 555 0100"}
            }})),
            Expect::Own,
        )],
        ("GET", "/v1/locations")
        | ("GET", "/v1/outbox")
        | ("GET", "/v1/offers")
        | ("GET", "/v1/users")
        | ("GET", "/v1/roles") => vec![probe("GET", path.into(), None, Expect::Own)],
        ("GET", "/v1/membership") | ("GET", "/v1/orders") | ("GET", "/v1/benefits") => {
            vec![scoped("GET", path, None)]
        }
        ("POST", "/v1/membership/renew") => vec![scoped("POST", path, Some(json!({})))],
        ("POST", "/v1/membership/rejoin") => vec![scoped("POST", path, None)],
        ("POST", "/v1/membership/upgrade") => vec![scoped(
            "POST",
            path,
            Some(json!({"target": {"to": "actionPack"}})),
        )],
        ("POST", "/v1/benefits/activate") => {
            vec![scoped("POST", path, Some(json!({"kinds": ["productKey"]})))]
        }
        ("POST", "/v1/membership/apply") => vec![scoped(
            "POST",
            path,
            Some(json!({"targets": [{"to": "actionPack"}]})),
        )],
        ("POST", "/v1/membership/plan") => vec![scoped(
            "POST",
            path,
            Some(json!({"targets": [{"to": "actionPack"}]})),
        )],
        ("POST", "/v1/orders/{orderId}/pay") => vec![refused(
            "POST",
            format!("/v1/orders/{}/pay", b.pending_order.id),
            format!("/v1/orders/{NO_SUCH_ID}/pay"),
        )],
        ("POST", "/v1/orders/{orderId}/refund") => vec![refused(
            "POST",
            format!("/v1/orders/{}/refund", b.completed_order.id),
            format!("/v1/orders/{NO_SUCH_ID}/refund"),
        )],
        ("POST", "/v1/benefits/{benefitId}/activate") => vec![refused(
            "POST",
            format!("/v1/benefits/{}/activate", b.key_benefit.id),
            format!("/v1/benefits/{NO_SUCH_ID}/activate"),
        )],
        ("POST", "/v1/benefits/{benefitId}/assignments") => vec![
            refused_with(
                "POST",
                format!("/v1/benefits/{}/assignments", b.seat_benefit.id),
                Some(json!({"userPrincipalName": a.target.user_principal_name})),
                format!("/v1/benefits/{NO_SUCH_ID}/assignments"),
                Some(json!({"userPrincipalName": a.target.user_principal_name})),
            ),
            // A's seat to B's user.
            refused_with(
                "POST",
                format!("/v1/benefits/{}/assignments", a.seat_benefit.id),
                Some(json!({"userPrincipalName": b_upn})),
                format!("/v1/benefits/{}/assignments", a.seat_benefit.id),
                Some(json!({"userPrincipalName": no_upn})),
            ),
        ],
        ("GET", "/v1/benefits/{benefitId}/keys") => vec![refused(
            "GET",
            format!("/v1/benefits/{}/keys", b.shown_key_benefit),
            format!("/v1/benefits/{NO_SUCH_ID}/keys"),
        )],
        ("POST", "/v1/benefits/{benefitId}/keys/redeem") => vec![refused_with(
            "POST",
            format!("/v1/benefits/{}/keys/redeem", b.shown_key_benefit),
            Some(json!({"key": b.keys[0]})),
            format!("/v1/benefits/{NO_SUCH_ID}/keys/redeem"),
            Some(json!({"key": b.keys[0]})),
        )],
        ("POST", "/v1/users") => vec![
            // B's user's address is free in A (emails are unique per tenant): a user of A's.
            probe(
                "POST",
                path.into(),
                Some(json!({"email": b_sales.email, "firstName": "T", "lastName": "Twin"})),
                Expect::Own,
            ),
            // A user in B's domain is not A's to make.
            probe(
                "POST",
                path.into(),
                Some(
                    json!({"email": format!("x@{}.com", a.prefix), "firstName": "X",
                    "lastName": "Y", "userPrincipalName": format!("x@{}", b.tenant.default_domain)}),
                ),
                Expect::Error,
            ),
        ],
        // Applying B's user's address finds no user of A's: a new one, B's untouched.
        ("POST", "/v1/users/apply") => vec![probe(
            "POST",
            path.into(),
            Some(
                json!({"email": b_sales.email, "firstName": "T", "lastName": "Twin",
                "roles": ["sales-agent"]}),
            ),
            Expect::Own,
        )],
        ("DELETE", "/v1/users/{upn}") => vec![
            refused(
                "DELETE",
                format!("/v1/users/{b_upn}"),
                format!("/v1/users/{no_upn}"),
            ),
            refused(
                "DELETE",
                format!("/v1/users/{}", b_user.email),
                format!("/v1/users/nobody@{}.com", b.prefix),
            ),
        ],
        ("PUT", "/v1/users/{upn}/roles/{role}") | ("DELETE", "/v1/users/{upn}/roles/{role}") => {
            let m = if method == "PUT" { "PUT" } else { "DELETE" };
            vec![refused(
                m,
                format!("/v1/users/{b_upn}/roles/sales-agent"),
                format!("/v1/users/{no_upn}/roles/sales-agent"),
            )]
        }
        ("GET", "/v1/roles/{roleId}/usermembers") => vec![probe(
            "GET",
            format!(
                "/v1/roles/{}/usermembers",
                partnerctl::backend::role_id(RoleName::AdminAgent)
            ),
            None,
            Expect::Own,
        )],
        ("POST", "/v1/roles/{roleId}/usermembers") => vec![
            refused_with(
                "POST",
                "/v1/roles/sales-agent/usermembers".into(),
                Some(json!({"userPrincipalName": b_upn})),
                "/v1/roles/sales-agent/usermembers".into(),
                Some(json!({"userPrincipalName": no_upn})),
            ),
            refused_with(
                "POST",
                "/v1/roles/sales-agent/usermembers".into(),
                Some(json!({"id": b_user.id})),
                "/v1/roles/sales-agent/usermembers".into(),
                Some(json!({"id": NO_SUCH_ID})),
            ),
        ],
        ("DELETE", "/v1/roles/{roleId}/usermembers/{memberId}") => vec![refused(
            "DELETE",
            format!(
                "/v1/roles/sales-agent/usermembers/{}",
                b.member_of(RoleName::SalesAgent)
            ),
            format!("/v1/roles/sales-agent/usermembers/{NO_SUCH_ID}"),
        )],
        ("GET", "/v1/countryvalidationrules/{country}") => {
            vec![probe(
                "GET",
                "/v1/countryvalidationrules/DE".into(),
                None,
                Expect::Any,
            )]
        }
        ("POST", "/v1/validations/address") => vec![probe(
            "POST",
            path.into(),
            Some(serde_json::to_value(&b.location.legal_business_profile.address).unwrap()),
            Expect::Any,
        )],
        _ => return None,
    };
    Some(v)
}

impl Org {
    fn member_of(&self, role: RoleName) -> String {
        self.member(tenant::Principal::Role(role)).user.id.clone()
    }
}

/// Two tenants on one sandbox data dir, served.
struct Two {
    _home: tempfile::TempDir,
    server: Server,
    a: Org,
    b: Org,
}

fn two() -> Two {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("data");
    let rt = tenant::runtime();
    let service = tenant::sandbox_service(&data);
    let a = rt.block_on(tenant::set_up(&service, "alpha", false));
    let b = rt.block_on(tenant::set_up(&service, "bravo", true));
    drop(service);
    let server = Server::start(home.path(), &data, tenant::SETUP_NOW, &[]);
    Two {
        _home: home,
        server,
        a,
        b,
    }
}

/// A request as A's Global admin, a dry run (nothing a probe does stays).
fn as_a(two: &Two, method: &str, target: &str, body: Option<&Value>) -> Answer {
    let auth = bearer(&two.a.owner_token);
    let body = body
        .map(|b| serde_json::to_vec(b).unwrap())
        .unwrap_or_default();
    http(
        &two.server.addr(),
        method,
        target,
        &[
            ("Authorization", &auth),
            ("Content-Type", "application/json"),
            ("MS-Contract-Version", "v1"),
            ("PartnerCtl-Dry-Run", "true"),
        ],
        &body,
    )
}

/// B's strings in the answer (headers and body) that the request did not itself carry.
fn leaks(b: &Org, request: &str, answer: &Answer) -> Vec<String> {
    let mut text = String::from_utf8_lossy(&answer.body).to_string();
    for (k, v) in &answer.headers {
        text += &format!("\n{k}: {v}");
    }
    b.secrets()
        .into_iter()
        .filter(|s| text.contains(s.as_str()) && !request.contains(s.as_str()))
        .collect()
}

fn error_code(answer: &Answer) -> Option<u64> {
    serde_json::from_slice::<Value>(&answer.body)
        .ok()
        .and_then(|v| v["code"].as_u64())
}

#[test]
fn every_route_with_another_tenants_ids_is_refused_and_tells_nothing() {
    let two = two();
    let (a, b) = (&two.a, &two.b);
    let mut wrong = Vec::new();
    let mut probes = 0;
    for route in partnerctl::server::v1::routes() {
        let (method, path) = (route.method.as_str(), route.path);
        let Some(cases) = cases(method, path, a, b) else {
            wrong.push(format!(
                "{method} {path}: no isolation case (add one to `cases`)"
            ));
            continue;
        };
        for p in cases {
            probes += 1;
            let request = format!(
                "{} {}",
                p.target,
                p.body.as_ref().map_or(String::new(), Value::to_string)
            );
            let answer = as_a(&two, p.method, &p.target, p.body.as_ref());
            let said = format!(
                "{} {}: {} {}",
                p.method,
                p.target,
                answer.status,
                String::from_utf8_lossy(&answer.body)
            );
            let leaked = leaks(b, &request, &answer);
            if !leaked.is_empty() {
                wrong.push(format!("{said}\n  tells B's {leaked:?}"));
            }
            match p.expect {
                Expect::Refused => {
                    if !matches!(answer.status, 403 | 404) || error_code(&answer).is_none() {
                        wrong.push(format!("{said}\n  expected a 403/404 error body"));
                    }
                    let (target, body) = p.unknown.as_ref().unwrap();
                    let other = as_a(&two, p.method, target, body.as_ref());
                    if (other.status, error_code(&other)) != (answer.status, error_code(&answer)) {
                        wrong.push(format!(
                            "{said}\n  differs from a made-up id's answer: {} {}",
                            other.status,
                            String::from_utf8_lossy(&other.body)
                        ));
                    }
                }
                Expect::Own if !(200..300).contains(&answer.status) => {
                    wrong.push(format!("{said}\n  expected a success about A's own things"));
                }
                Expect::Error if answer.status < 400 || error_code(&answer).is_none() => {
                    wrong.push(format!("{said}\n  expected an error body"));
                }
                _ => {}
            }
        }
    }
    assert!(probes > 40, "{probes} probes");
    assert!(
        wrong.is_empty(),
        "{} problems:\n{}",
        wrong.len(),
        wrong.join("\n")
    );

    // B's things are as they were.
    let rt = tenant::runtime();
    let client = partnerctl::client::HttpClient::new(
        partnerctl::client::backend_url(&two.server.url, false).unwrap(),
        false,
    )
    .unwrap()
    .acting(Some(b.owner_token.clone()), false);
    let users = rt.block_on(client.users()).unwrap();
    assert_eq!(users.len(), 2 + b.members.len());
    let orders = rt.block_on(client.orders(AccountRef::global())).unwrap();
    assert!(orders
        .iter()
        .any(|o| o.id == b.pending_order.id
            && o.status == partnerctl::api::OrderStatus::PendingPayment));
}

/// As in Partner Center, `GET /v1/profiles/mpn?mpnId=` of another partner tells its name, so
/// that a partner can check an MPN ID it was given: exactly the name and the id, nothing else.
#[test]
fn the_mpn_profile_of_another_partner_tells_its_name_only() {
    let two = two();
    let (a, b) = (&two.a, &two.b);
    let answer = as_a(
        &two,
        "GET",
        &format!("/v1/profiles/mpn?mpnId={}", b.location.mpn_id),
        None,
    );
    assert_eq!(answer.status, 200);
    let v = answer.json();
    assert_eq!(v["mpnId"], b.location.mpn_id.as_str());
    let told = [b.location.mpn_id.clone(), b.location.company_name.clone()];
    let extra: Vec<String> = leaks(b, "", &answer)
        .into_iter()
        .filter(|s| !told.iter().any(|t| t.contains(s.as_str())))
        .collect();
    assert!(extra.is_empty(), "tells B's {extra:?}: {v:#}");
    let _ = a;
}

/// The sign-in endpoints: A's user at B's tenant is refused, and B's tenant tells nothing.
#[test]
fn signing_in_at_another_tenant_is_refused() {
    let two = two();
    let (a, b) = (&two.a, &two.b);
    let addr = two.server.addr();
    let form = |pairs: &[(&str, &str)]| {
        form_urlencoded::Serializer::new(String::new())
            .extend_pairs(pairs)
            .finish()
    };
    let post_form = |path: &str, body: &str| {
        http(
            &addr,
            "POST",
            path,
            &[("Content-Type", "application/x-www-form-urlencoded")],
            body.as_bytes(),
        )
    };
    let mut wrong = Vec::new();
    for tenant in [b.tenant.id.as_str(), b.tenant.default_domain.as_str()] {
        let path = format!("/{tenant}/oauth2/token");
        for body in [
            form(&[
                ("grant_type", "password"),
                ("username", &a.owner.user_principal_name),
                ("password", &a.owner_password),
            ]),
            form(&[
                ("grant_type", "refresh_token"),
                ("refresh_token", &a.owner_refresh),
            ]),
        ] {
            let answer = post_form(&path, &body);
            let leaked = leaks(b, &format!("{path} {body}"), &answer);
            if answer.status == 200 || !leaked.is_empty() {
                wrong.push(format!(
                    "POST {path} {}: {} {} (tells {leaked:?})",
                    body.split('&').next().unwrap(),
                    answer.status,
                    String::from_utf8_lossy(&answer.body)
                ));
            }
        }
        // A device code for B's tenant, approved with A's user: refused.
        let started = post_form(
            &format!("/{tenant}/oauth2/devicecode"),
            &form(&[("client_id", "x")]),
        );
        assert_eq!(started.status, 200);
        let user_code = started.json()["user_code"].as_str().unwrap().to_string();
        let approved = post_form(
            "/devicelogin",
            &form(&[
                ("user_code", &user_code),
                ("username", &a.owner.user_principal_name),
                ("password", &a.owner_password),
            ]),
        );
        if approved.status == 200 || !leaks(b, tenant, &approved).is_empty() {
            wrong.push(format!(
                "device code for {tenant} approved by A's user: {} {}",
                approved.status,
                String::from_utf8_lossy(&approved.body)
            ));
        }
    }
    // The document describes the API, not a tenant.
    let doc = http(&addr, "GET", "/openapi.json", &[], b"");
    assert!(leaks(b, "", &doc).is_empty());
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The same through the library in process, for the operations that take an id: the embedded
/// backend is what the CLI runs. Each must be refused as not found or not allowed, and say
/// nothing of B beyond the id it was given.
#[test]
fn embedded_operations_with_another_tenants_ids_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let rt = tenant::runtime();
    let service = tenant::sandbox_service(dir.path());
    let a = rt.block_on(tenant::set_up(&service, "alpha", false));
    let b = rt.block_on(tenant::set_up(&service, "bravo", false));
    let api = Embedded::new(service.clone(), Some(a.owner_token.clone())).dry_run(true);
    let mpn = &b.location.mpn_id;
    let at = || AccountRef::mpn(mpn);
    let upn = &b.target.user_principal_name;
    let secrets = b.secrets();
    let mut wrong = Vec::new();
    // (operation, the id of B's it was given, its answer)
    let mut check = |op: &str, given: &str, answer: Result<String, ApiError>| match answer {
        Err(e) if matches!(e.kind(), ErrorKind::NotFound | ErrorKind::Forbidden) => {
            let said = format!("{} {}", e.message, e.hint.clone().unwrap_or_default());
            let told: Vec<_> = secrets
                .iter()
                .filter(|s| said.contains(s.as_str()) && !given.contains(s.as_str()))
                .collect();
            if !told.is_empty() {
                wrong.push(format!("{op}: {e:?} tells {told:?}"));
            }
        }
        other => wrong.push(format!("{op}: {other:?}")),
    };
    macro_rules! probe {
        ($op:literal, $given:expr, $call:expr) => {
            check($op, $given, rt.block_on($call).map(|v| format!("{v:?}")))
        };
    }
    probe!("account", mpn, api.account(at()));
    probe!("legal_profile", mpn, api.legal_profile(at()));
    probe!("membership", mpn, api.membership(at()));
    probe!("orders", mpn, api.orders(at()));
    probe!("benefits", mpn, api.benefits(at()));
    probe!(
        "activate_benefits",
        mpn,
        api.activate_benefits(
            at(),
            BenefitKinds {
                kinds: vec![BenefitKind::ProductKey],
            }
        )
    );
    probe!(
        "verify_account",
        mpn,
        api.verify_account(at(), "123456".into())
    );
    probe!("resend_code", mpn, api.resend_code(at()));
    probe!("renew", mpn, api.renew(at(), PaymentMethod::Card));
    probe!(
        "apply_membership",
        mpn,
        api.apply_membership(
            at(),
            ApplyMembership {
                targets: vec![UpgradeTarget::ActionPack],
                ..ApplyMembership::default()
            }
        )
    );
    let pending = &b.pending_order.id;
    probe!("pay_order", pending, api.pay_order(pending.clone()));
    let completed = &b.completed_order.id;
    probe!(
        "refund_order",
        completed,
        api.refund_order(completed.clone())
    );
    let benefit = &b.key_benefit.id;
    probe!(
        "activate_benefit",
        benefit,
        api.activate_benefit(benefit.clone())
    );
    let shown = &b.shown_key_benefit;
    probe!("product_keys", shown, api.product_keys(shown.clone()));
    probe!(
        "redeem_key",
        shown,
        api.redeem_key(shown.clone(), b.keys[0].clone())
    );
    let seat = AssignSeat {
        user_principal_name: upn.clone(),
        replace: None,
    };
    probe!(
        "assign_benefit",
        upn,
        api.assign_benefit(a.seat_benefit.id.clone(), seat)
    );
    probe!("remove_user", upn, api.remove_user(upn.clone()));
    probe!(
        "grant_role",
        upn,
        api.grant_role(RoleName::SalesAgent, upn.clone())
    );
    probe!(
        "revoke_role",
        upn,
        api.revoke_role(RoleName::SalesAgent, upn.clone())
    );
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
