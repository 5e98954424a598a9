//! Raw HTTP against `partnerctl serve`: Partner Center's real endpoints keep their contracts
//! (field names), sign-in is Azure AD's token endpoint, errors have the error body, collections
//! page, tenants are isolated, and the OpenAPI document is the checked-in one.

use crate::common;

use common::{bearer, enroll, http, ok_json, partnerctl, sign_in, Server};
use serde_json::{json, Value};

const T0: &str = "2026-11-24T09:00:00Z";

/// A sandbox server with Contoso enrolled (authorized at once); the Global admin's token.
struct World {
    home: tempfile::TempDir,
    server: Server,
    token: String,
    upn: String,
    password: String,
}

impl World {
    fn new() -> World {
        let home = tempfile::tempdir().unwrap();
        let server = Server::start(home.path(), &home.path().join("srv"), T0, &["--sandbox"]);
        let (upn, password) = enroll(home.path(), &server.url, T0, "contoso-us.yaml");
        let token = sign_in(&server.addr(), &upn, &password);
        World {
            home,
            server,
            token,
            upn,
            password,
        }
    }

    fn call(&self, method: &str, path: &str, body: Option<&Value>) -> common::Answer {
        self.call_as(&self.token, method, path, body, &[])
    }

    fn call_as(
        &self,
        token: &str,
        method: &str,
        path: &str,
        body: Option<&Value>,
        extra: &[(&str, &str)],
    ) -> common::Answer {
        let auth = bearer(token);
        let mut headers = vec![
            ("Authorization", auth.as_str()),
            ("Content-Type", "application/json"),
            ("MS-Contract-Version", "v1"),
        ];
        headers.extend_from_slice(extra);
        let body = body
            .map(|b| serde_json::to_vec(b).unwrap())
            .unwrap_or_default();
        http(&self.server.addr(), method, path, &headers, &body)
    }
}

fn keys(v: &Value) -> Vec<&str> {
    let mut k: Vec<&str> = v
        .as_object()
        .unwrap_or_else(|| panic!("not an object: {v}"))
        .keys()
        .map(String::as_str)
        .collect();
    k.sort_unstable();
    k
}

fn has_all(v: &Value, fields: &[&str]) {
    for f in fields {
        assert!(v.get(f).is_some(), "no {f} in {v:#}");
    }
}

#[test]
fn organization_profile_contract_and_if_match() {
    let w = World::new();
    let a = w.call("GET", "/v1/profiles/organization", None);
    assert_eq!(a.status, 200);
    let p = a.json();
    has_all(
        &p,
        &[
            "id",
            "companyName",
            "defaultAddress",
            "tenantId",
            "domain",
            "email",
            "language",
            "culture",
            "profileType",
            "attributes",
        ],
    );
    assert_eq!(p["profileType"], "OrganizationProfile");
    let etag = p["attributes"]["etag"].as_str().unwrap().to_string();
    assert_eq!(p["attributes"]["objectType"], "OrganizationProfile");
    assert_eq!(a.header("etag"), Some(etag.as_str()));

    let change = json!({"language": "en", "culture": "en-GB"});
    let a = w.call_as(
        &w.token,
        "PUT",
        "/v1/profiles/organization",
        Some(&change),
        &[("If-Match", &etag)],
    );
    assert_eq!(a.status, 200, "{}", String::from_utf8_lossy(&a.body));
    assert_eq!(a.json()["culture"], "en-GB");
    // The etag read before the change is stale now.
    let a = w.call_as(
        &w.token,
        "PUT",
        "/v1/profiles/organization",
        Some(&change),
        &[("If-Match", &etag)],
    );
    assert_eq!(a.status, 412);
    assert_eq!(a.json()["code"], 4120);
}

#[test]
fn legal_business_and_mpn_profile_contracts() {
    let w = World::new();
    let a = w.call("GET", "/v1/profiles/legalbusiness", None);
    assert_eq!(a.status, 200);
    let p = a.json();
    has_all(
        &p,
        &[
            "companyName",
            "address",
            "primaryContact",
            "companyApproverAddress",
            "companyApproverEmail",
            "vettingStatus",
            "vettingSubStatus",
            "profileType",
            "attributes",
        ],
    );
    assert_eq!(p["profileType"], "LegalBusinessProfile");
    assert_eq!(
        keys(&p["primaryContact"]),
        ["email", "firstName", "lastName", "phoneNumber"]
    );
    for f in ["country", "city", "addressLine1", "postalCode"] {
        assert!(p["address"].get(f).is_some(), "address.{f}");
    }
    assert_eq!(p["vettingStatus"], "Authorized");
    let etag = p["attributes"]["etag"].as_str().unwrap().to_string();

    let mut input = json!({
        "companyName": "Contoso Holdings",
        "address": p["address"],
        "primaryContact": p["primaryContact"],
    });
    let a = w.call_as(
        &w.token,
        "PUT",
        "/v1/profiles/legalbusiness",
        Some(&input),
        &[("If-Match", &etag)],
    );
    assert_eq!(a.status, 200, "{}", String::from_utf8_lossy(&a.body));
    assert_eq!(a.json()["companyName"], "Contoso Holdings");
    input["companyName"] = json!("Contoso Again");
    let a = w.call_as(
        &w.token,
        "PUT",
        "/v1/profiles/legalbusiness",
        Some(&input),
        &[("If-Match", &etag)],
    );
    assert_eq!(a.status, 412);

    let a = w.call("GET", "/v1/profiles/mpn", None);
    assert_eq!(a.status, 200);
    let m = a.json();
    assert_eq!(
        keys(&m),
        ["attributes", "mpnId", "partnerName", "profileType"]
    );
    assert_eq!(m["profileType"], "MpnProfile");
    let mpn = m["mpnId"].as_str().unwrap();
    let a = w.call("GET", &format!("/v1/profiles/mpn?mpnId={mpn}"), None);
    assert_eq!(a.json()["mpnId"], mpn);
    let a = w.call("GET", "/v1/profiles/mpn?mpnId=0000000", None);
    assert_eq!(a.status, 404);
}

#[test]
fn roles_and_usermembers_contracts() {
    let w = World::new();
    let a = w.call("GET", "/v1/roles", None);
    assert_eq!(a.status, 200);
    let c = a.json();
    assert_eq!(c["attributes"]["objectType"], "Collection");
    assert_eq!(c["totalCount"], 11);
    let roles = c["items"].as_array().unwrap();
    for r in roles {
        has_all(r, &["id", "name", "category", "attributes"]);
    }
    let admin_agent = roles.iter().find(|r| r["name"] == "Admin agent").unwrap();
    let role_id = admin_agent["id"].as_str().unwrap();

    // A user to make a member.
    let created = ok_json(
        partnerctl(w.home.path(), &w.server.url, T0)
            .env("PARTNERCTL_TOKEN", &w.token)
            .args([
                "users",
                "add",
                "--email",
                "ana@contoso.com",
                "--first-name",
                "Ana",
                "--last-name",
                "Ito",
            ]),
    );
    let ana = created["user"]["userPrincipalName"]
        .as_str()
        .unwrap()
        .to_string();

    let path = format!("/v1/roles/{role_id}/usermembers");
    // A user no one has: 404, and nothing granted.
    let a = w.call(
        "POST",
        &path,
        Some(&json!({"userPrincipalName": "nobody@contoso.com"})),
    );
    assert_eq!(a.status, 404, "{}", String::from_utf8_lossy(&a.body));
    // The userPrincipalName in any case names the user, as in Azure AD.
    let a = w.call(
        "POST",
        &path,
        Some(&json!({"userPrincipalName": ana.to_uppercase()})),
    );
    assert_eq!(a.status, 201, "{}", String::from_utf8_lossy(&a.body));
    let member = a.json();
    assert_eq!(
        keys(&member),
        [
            "accountId",
            "attributes",
            "displayName",
            "id",
            "roleId",
            "userPrincipalName"
        ]
    );
    assert_eq!(member["roleId"], role_id);

    let a = w.call("GET", &path, None);
    assert_eq!(a.status, 200);
    let members = a.json();
    assert!(members["items"]
        .as_array()
        .unwrap()
        .iter()
        .any(|m| m["userPrincipalName"] == ana.as_str()));

    let member_id = member["id"].as_str().unwrap();
    let a = w.call("DELETE", &format!("{path}/{member_id}"), None);
    assert_eq!(a.status, 204, "{}", String::from_utf8_lossy(&a.body));
    let members = w.call("GET", &path, None).json();
    assert!(!members.to_string().contains(&ana));
}

#[test]
fn domains_country_rules_and_address_validation() {
    let w = World::new();
    let addr = w.server.addr();
    assert_eq!(
        http(
            &addr,
            "HEAD",
            "/v1/domains/contoso.onmicrosoft.com",
            &[],
            b""
        )
        .status,
        200
    );
    assert_eq!(
        http(&addr, "HEAD", "/v1/domains/contoso.com", &[], b"").status,
        200
    );
    assert_eq!(
        http(&addr, "HEAD", "/v1/domains/free-name.com", &[], b"").status,
        404
    );

    let a = http(&addr, "GET", "/v1/countryvalidationrules/JP", &[], b"");
    assert_eq!(a.status, 200);
    let rules = a.json();
    assert_eq!(rules["country"], "JP");
    has_all(
        &rules,
        &[
            "name",
            "stateRequired",
            "postalCodeRegex",
            "phoneCountryCode",
        ],
    );
    assert_eq!(
        http(&addr, "GET", "/v1/countryvalidationrules/XX", &[], b"").status,
        404
    );

    let bad = json!({"country": "US", "city": "Redmond", "state": "WA", "addressLine1": "1 Way", "postalCode": "ABC"});
    let a = http(
        &addr,
        "POST",
        "/v1/validations/address",
        &[("Content-Type", "application/json")],
        bad.to_string().as_bytes(),
    );
    assert_eq!(a.status, 200);
    let v = a.json();
    assert_eq!(v["valid"], false);
    assert!(v["errors"].to_string().contains("postalCode"), "{v}");
}

/// A temporary password is answered as Azure AD answers a password that must change first
/// (`interaction_required`, AADSTS50055); the password-change grant sets a new one and
/// answers with tokens.
#[test]
fn a_temporary_password_is_refused_as_azure_ad_does_until_changed() {
    let w = World::new();
    let addr = w.server.addr();
    let added = w.call(
        "POST",
        "/v1/users",
        Some(&json!({"email": "ana@contoso.com", "firstName": "Ana", "lastName": "Lima"})),
    );
    assert_eq!(
        added.status,
        201,
        "{}",
        String::from_utf8_lossy(&added.body)
    );
    let added = added.json();
    let upn = added["user"]["userPrincipalName"].as_str().unwrap();
    let temporary = added["temporaryPassword"].as_str().unwrap();
    let a = common::sign_in_attempt(&addr, upn, temporary);
    assert_eq!(a.status, 400);
    let e = a.json();
    assert_eq!(e["error"], "interaction_required", "{e}");
    assert_eq!(e["error_codes"], json!([50055]), "{e}");
    assert_eq!(e["suberror"], "user_password_expired", "{e}");
    let description = e["error_description"].as_str().unwrap();
    assert!(description.starts_with("AADSTS50055: "), "{description}");
    assert!(description.contains("must be changed"), "{description}");
    assert_eq!(e["code"], 2006, "{e}");
    // The new password is checked against the policy.
    let weak = common::change_password_attempt(&addr, upn, temporary, "short");
    assert_eq!(weak.status, 400);
    assert!(
        weak.json().to_string().contains("newPassword"),
        "{:?}",
        weak.json()
    );
    let changed = common::change_password_attempt(&addr, upn, temporary, "Correct-Horse-9");
    assert_eq!(
        changed.status,
        200,
        "{}",
        String::from_utf8_lossy(&changed.body)
    );
    assert!(changed.json()["access_token"].is_string());
    common::sign_in(&addr, upn, "Correct-Horse-9");
    assert_eq!(common::sign_in_attempt(&addr, upn, temporary).status, 400);
}

#[test]
fn the_token_endpoint_speaks_oauth() {
    let w = World::new();
    let addr = w.server.addr();
    let form = |pairs: &[(&str, &str)]| {
        let mut s = form_urlencoded::Serializer::new(String::new());
        s.extend_pairs(pairs);
        s.finish()
    };
    let post = |tenant: &str, body: String| {
        http(
            &addr,
            "POST",
            &format!("/{tenant}/oauth2/token"),
            &[("Content-Type", "application/x-www-form-urlencoded")],
            body.as_bytes(),
        )
    };
    let good = form(&[
        ("grant_type", "password"),
        ("username", &w.upn),
        ("password", &w.password),
    ]);
    let a = post("contoso.com", good.clone());
    assert_eq!(a.status, 200);
    let t = a.json();
    assert_eq!(t["token_type"], "Bearer");
    has_all(&t, &["access_token", "expires_in", "refresh_token"]);

    // By tenant id too, and `common`.
    let me = w.call("GET", "/v1/me", None).json();
    let tenant_id = me["tenant"]["id"].as_str().unwrap();
    assert_eq!(post(tenant_id, good.clone()).status, 200);
    assert_eq!(post("common", good.clone()).status, 200);

    // A refresh token gives a new pair.
    let refresh = form(&[
        ("grant_type", "refresh_token"),
        ("refresh_token", t["refresh_token"].as_str().unwrap()),
    ]);
    let a = post("contoso.com", refresh);
    assert_eq!(a.status, 200);
    assert_ne!(a.json()["access_token"], t["access_token"]);

    // Wrong password: OAuth's invalid_grant, with the stable code.
    let bad = form(&[
        ("grant_type", "password"),
        ("username", &w.upn),
        ("password", "nope"),
    ]);
    let a = post("contoso.com", bad);
    assert_eq!(a.status, 400);
    let e = a.json();
    assert_eq!(e["error"], "invalid_grant");
    assert_eq!(e["code"], 2001);
    assert_eq!(e["source"], "partnerctl");

    // A user signs in only at their own tenant.
    let other = common::enroll(w.home.path(), &w.server.url, T0, "fabrikam-jp.yaml");
    let a = post("fabrikamjp.onmicrosoft.com", good);
    assert_eq!(a.status, 400, "{}", String::from_utf8_lossy(&a.body));
    assert_eq!(a.json()["code"], 2001);
    drop(other);

    let a = post("contoso.com", form(&[("grant_type", "client_credentials")]));
    assert_eq!(a.status, 400);
    assert_eq!(a.json()["error"], "unsupported_grant_type");
    let a = post(
        "nobody.example",
        form(&[
            ("grant_type", "password"),
            ("username", "a"),
            ("password", "b"),
        ]),
    );
    assert_eq!(a.status, 404);
}

#[test]
fn errors_have_the_error_body() {
    let w = World::new();
    let addr = w.server.addr();
    // Not signed in.
    let a = http(&addr, "GET", "/v1/me", &[], b"");
    assert_eq!(a.status, 401);
    let e = a.json();
    assert_eq!(keys(&e), ["code", "data", "description", "source"]);
    assert_eq!(e["code"], 2000);
    assert_eq!(e["source"], "partnerctl");
    assert!(e["data"].to_string().contains("hint"), "{e}");
    assert!(a.header("ms-correlationid").is_some());
    assert_eq!(a.header("partnerctl-sandbox"), Some("true"));

    // Every failing field is in data.
    let a = w.call("POST", "/v1/locations", Some(&json!({
        "companyName": "",
        "address": {"country": "DE", "city": "", "addressLine1": "x", "postalCode": "1"},
        "primaryContact": {"firstName": "A", "lastName": "B", "email": "info@x.de", "phoneNumber": "1"}
    })));
    assert_eq!(a.status, 400);
    let e = a.json();
    let fields: Vec<&str> = e["data"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|d| d["field"].as_str())
        .collect();
    assert!(fields.len() >= 3, "{e:#}");

    // Unknown endpoint, wrong method, bad JSON, other contract version, a body too large.
    let a = w.call("GET", "/v1/nothing", None);
    assert_eq!((a.status, a.json()["code"].as_u64()), (404, Some(3008)));
    let a = w.call("PATCH", "/v1/me", None);
    assert_eq!((a.status, a.json()["code"].as_u64()), (405, Some(1012)));
    let a = http(
        &addr,
        "POST",
        "/v1/users",
        &[("Authorization", &bearer(&w.token))],
        b"{nope",
    );
    assert_eq!((a.status, a.json()["code"].as_u64()), (400, Some(1000)));
    let auth = bearer(&w.token);
    let a = http(
        &addr,
        "GET",
        "/v1/me",
        &[("Authorization", &auth), ("MS-Contract-Version", "v9")],
        b"",
    );
    assert_eq!((a.status, a.json()["code"].as_u64()), (400, Some(1011)));
    let big = vec![b' '; 2 * 1024 * 1024];
    let a = http(
        &addr,
        "POST",
        "/v1/users",
        &[("Authorization", &bearer(&w.token))],
        &big,
    );
    assert_eq!((a.status, a.json()["code"].as_u64()), (413, Some(1010)));
}

#[test]
fn collections_page_with_continuation_tokens() {
    let w = World::new();
    for name in ["ana", "bo", "cy", "di"] {
        let body =
            json!({"email": format!("{name}@contoso.com"), "firstName": name, "lastName": "Test"});
        assert_eq!(w.call("POST", "/v1/users", Some(&body)).status, 201);
    }
    let mut seen = Vec::new();
    let mut continuation: Option<String> = None;
    for _ in 0..10 {
        let extra: Vec<(&str, &str)> = continuation
            .as_deref()
            .map(|c| vec![("MS-ContinuationToken", c)])
            .unwrap_or_default();
        let page = w
            .call_as(&w.token, "GET", "/v1/users?size=2", None, &extra)
            .json();
        assert_eq!(page["totalCount"], 5);
        let items = page["items"].as_array().unwrap();
        assert!(items.len() <= 2);
        seen.extend(items.iter().cloned());
        match page["links"]["next"].as_object() {
            Some(next) => {
                assert_eq!(next["uri"], "/v1/users?size=2");
                assert_eq!(next["headers"][0]["key"], "MS-ContinuationToken");
                continuation = Some(next["headers"][0]["value"].as_str().unwrap().to_string());
            }
            None => break,
        }
    }
    // The pages, read from the store a page at a time, are the whole list in its order, each
    // user with their roles.
    let whole = w.call("GET", "/v1/users?size=500", None).json();
    assert_eq!(Value::Array(seen), whole["items"]);
    assert!(whole["items"]
        .as_array()
        .unwrap()
        .iter()
        .any(|u| u["roles"].as_array().is_some_and(|r| !r.is_empty())));
    let beyond = w.call_as(
        &w.token,
        "GET",
        "/v1/users?size=2",
        None,
        &[("MS-ContinuationToken", "b2Zmc2V0OjQwMA")],
    );
    assert_eq!(beyond.status, 200);
    assert_eq!(beyond.json()["totalCount"], 5);
    assert_eq!(beyond.json()["items"], json!([]));
    let a = w.call_as(
        &w.token,
        "GET",
        "/v1/users",
        None,
        &[("MS-ContinuationToken", "forged")],
    );
    assert_eq!(a.status, 400);
}

#[test]
fn a_token_of_one_tenant_reaches_nothing_of_another() {
    let w = World::new();
    // Tenant B with an order, benefits, a location and a user.
    let (b_upn, b_password) = enroll(w.home.path(), &w.server.url, T0, "fabrikam-jp.yaml");
    let b = sign_in(&w.server.addr(), &b_upn, &b_password);
    let as_b =
        |method: &str, path: &str, body: Option<&Value>| w.call_as(&b, method, path, body, &[]);
    let bought = as_b(
        "POST",
        "/v1/membership/upgrade",
        Some(&json!({"target": {"to": "actionPack"}})),
    );
    assert_eq!(
        bought.status,
        200,
        "{}",
        String::from_utf8_lossy(&bought.body)
    );
    let order = bought.json()["order"]["id"].as_str().unwrap().to_string();
    let benefits = as_b("GET", "/v1/benefits", None).json();
    let benefit = benefits["items"][0]["id"].as_str().unwrap().to_string();
    let b_mpn = as_b("GET", "/v1/profiles/mpn", None).json()["mpnId"]
        .as_str()
        .unwrap()
        .to_string();
    let b_user = as_b("GET", "/v1/users", None).json()["items"][0]["userPrincipalName"]
        .as_str()
        .unwrap()
        .to_string();

    // Tenant A's token on each of them. (`GET /v1/profiles/mpn?mpnId=` is not among them: as in
    // Partner Center, it tells any partner's name by MPN ID, to check an ID one is given.)
    let probes: Vec<(&str, String, Option<Value>)> = vec![
        ("POST", format!("/v1/orders/{order}/pay"), None),
        ("POST", format!("/v1/orders/{order}/refund"), None),
        ("POST", format!("/v1/benefits/{benefit}/activate"), None),
        ("GET", format!("/v1/benefits/{benefit}/keys"), None),
        (
            "POST",
            format!("/v1/benefits/{benefit}/assignments"),
            Some(json!({"userPrincipalName": w.upn})),
        ),
        ("GET", format!("/v1/account?mpnId={b_mpn}"), None),
        ("GET", format!("/v1/membership?mpnId={b_mpn}"), None),
        ("GET", format!("/v1/orders?mpnId={b_mpn}"), None),
        ("GET", format!("/v1/benefits?mpnId={b_mpn}"), None),
        (
            "GET",
            format!("/v1/profiles/legalbusiness?mpnId={b_mpn}"),
            None,
        ),
        (
            "POST",
            format!("/v1/membership/renew?mpnId={b_mpn}"),
            Some(json!({})),
        ),
        ("DELETE", format!("/v1/users/{b_user}"), None),
        ("PUT", format!("/v1/users/{b_user}/roles/admin-agent"), None),
        (
            "POST",
            "/v1/roles/admin-agent/usermembers".to_string(),
            Some(json!({"userPrincipalName": b_user})),
        ),
    ];
    for (method, path, body) in &probes {
        let a = w.call(method, path, body.as_ref());
        assert!(
            a.status == 403 || a.status == 404,
            "{method} {path}: {} {}",
            a.status,
            String::from_utf8_lossy(&a.body)
        );
    }
    // And B's things are as they were.
    let orders = as_b("GET", "/v1/orders", None).json();
    assert!(orders["items"]
        .as_array()
        .unwrap()
        .iter()
        .all(|o| o["status"] == "completed"));
    assert_eq!(as_b("GET", "/v1/users", None).json()["totalCount"], 1);
}

#[test]
fn the_served_openapi_document_is_the_checked_in_one() {
    let home = tempfile::tempdir().unwrap();
    let server = Server::start(home.path(), &home.path().join("srv"), T0, &[]);
    let served = http(&server.addr(), "GET", "/openapi.json", &[], b"").json();
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("openapi.json");
    #[allow(clippy::disallowed_methods)] // The test's own switch, not the tool's.
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        let text = serde_json::to_string_pretty(&served).unwrap() + "\n";
        std::fs::write(&file, text).unwrap();
    }
    let checked_in: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert!(
        served == checked_in,
        "openapi.json is out of date: regenerate it with `partnerctl serve --print-openapi > openapi.json` \
         (or scripts/regenerate)"
    );
    assert_eq!(served["openapi"], "3.0.3");
    for path in [
        "/v1/profiles/organization",
        "/v1/profiles/legalbusiness",
        "/v1/profiles/mpn",
        "/v1/roles",
        "/v1/roles/{roleId}/usermembers",
        "/v1/roles/{roleId}/usermembers/{memberId}",
        "/v1/domains/{domain}",
        "/v1/countryvalidationrules/{country}",
        "/v1/validations/address",
        "/{tenant}/oauth2/token",
    ] {
        assert!(
            served["paths"].get(path).is_some(),
            "{path} is not documented"
        );
    }
    // The printed document is the served one.
    let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_partnerctl"));
    common::clean(&mut c, home.path());
    let printed = c.args(["serve", "--print-openapi"]).output().unwrap();
    let printed: Value = serde_json::from_slice(&printed.stdout).unwrap();
    assert!(printed == served);
}

#[test]
fn a_dry_run_header_rolls_the_change_back() {
    let w = World::new();
    let body = json!({"email": "zed@contoso.com", "firstName": "Zed", "lastName": "Test"});
    let a = w.call_as(
        &w.token,
        "POST",
        "/v1/users",
        Some(&body),
        &[("PartnerCtl-Dry-Run", "true")],
    );
    assert_eq!(a.status, 201, "the answer shows what would happen");
    assert!(a.json()["temporaryPassword"].is_string());
    assert_eq!(w.call("GET", "/v1/users", None).json()["totalCount"], 1);
    // The CLI's --dry-run sends it.
    let out = partnerctl(w.home.path(), &w.server.url, T0)
        .env("PARTNERCTL_TOKEN", &w.token)
        .args([
            "--dry-run",
            "users",
            "add",
            "--email",
            "zed@contoso.com",
            "--first-name",
            "Zed",
            "--last-name",
            "T",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(w.call("GET", "/v1/users", None).json()["totalCount"], 1);
}
