//! The HTTP client: the [`Api`] trait against a `partnerctl serve` (or anything that speaks its
//! protocol), chosen with `--backend URL` / `PARTNERCTL_BACKEND`.

pub mod aad;
pub mod assertion;
pub mod partner_center;
mod transport;

use crate::api::*;
use crate::error::{ApiError, Code, Result};
use crate::protocol::{Collection, TokenAnswer};
use crate::server::v1::{DomainBody, RedeemBody, RenewBody, VerificationBody};
use reqwest::{Method, Url};
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::net::IpAddr;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use transport::{failure, Request, Transport};

pub use transport::{log_headers, one_call, RetryPolicy};

/// Most pages a listing follows; a server that keeps sending `next` links is broken.
const MAX_PAGES: usize = 10_000;

/// Checks a backend URL: https anywhere; http only to this machine (loopback) unless
/// `insecure_http`, since tokens and passwords would cross the network in the clear.
pub fn backend_url(url: &str, insecure_http: bool) -> Result<Url, String> {
    let mut parsed = Url::parse(url.trim()).map_err(|e| format!("{url:?} is not a URL: {e}"))?;
    match parsed.scheme() {
        "https" => {}
        "http" if insecure_http || is_loopback(&parsed) => {}
        "http" => {
            return Err(format!(
            "refusing plain http to {}: tokens and passwords would cross the network unencrypted; \
                 use https, or pass --insecure-http if you really mean it",
            parsed.host_str().unwrap_or("?")
        ))
        }
        other => {
            return Err(format!(
                "{url:?}: the scheme must be https or http, not {other}"
            ))
        }
    }
    if parsed.host_str().is_none() {
        return Err(format!("{url:?} has no host"));
    }
    // A base URL names a directory: `https://pc.example/api` serves `/api/v1/...`.
    if !parsed.path().ends_with('/') {
        let path = format!("{}/", parsed.path());
        parsed.set_path(&path);
    }
    parsed.set_query(None);
    parsed.set_fragment(None);
    Ok(parsed)
}

fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
        Some(url::Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
        None => false,
    }
}

/// One signed-in caller (or nobody) against one backend URL.
#[derive(Clone)]
pub struct HttpClient {
    base: Url,
    token: Option<String>,
    dry_run: bool,
    transport: Arc<Transport>,
}

impl HttpClient {
    /// `base` as checked by [`backend_url`].
    /// `verbose`: a line on stderr per request (method, path, status, time, correlation id).
    pub fn new(base: Url, verbose: bool) -> Result<HttpClient> {
        Ok(HttpClient {
            base,
            token: None,
            dry_run: false,
            transport: Arc::new(Transport::new(verbose)?),
        })
    }

    /// The same backend (and connections), acting with `token`; `dry_run`: every change is
    /// rolled back by the server.
    pub fn acting(&self, token: Option<String>, dry_run: bool) -> HttpClient {
        HttpClient {
            token,
            dry_run,
            ..self.clone()
        }
    }

    pub fn base(&self) -> &Url {
        &self.base
    }

    /// `base` + the path segments (each percent-encoded) + `?mpnId=` for a location.
    fn url(&self, segments: &[&str], at: Option<&AccountRef>) -> Url {
        let mut url = self.base.clone();
        if let Ok(mut path) = url.path_segments_mut() {
            path.pop_if_empty().extend(segments);
        }
        if let Some(mpn) = at.and_then(|a| a.mpn_id.as_deref()) {
            url.query_pairs_mut().append_pair("mpnId", mpn);
        }
        url
    }

    fn request(&self, method: Method, url: Url) -> Request {
        Request {
            method,
            url,
            body: None,
            token: self.token.clone(),
            if_match: None,
            continuation: None,
            dry_run: self.dry_run,
        }
    }

    async fn exchange<T: DeserializeOwned>(&self, req: Request) -> Result<T> {
        let answer = self.transport.send(&req).await?;
        if !answer.status.is_success() {
            return Err(failure(&answer));
        }
        let body = if answer.body.is_empty() {
            b"null".as_slice()
        } else {
            &answer.body
        };
        serde_json::from_slice(body).map_err(|e| {
            ApiError::new(
                Code::BadResponse,
                format!(
                    "{} {}: the answer is not what was expected: {e}",
                    req.method,
                    req.url.path()
                ),
            )
        })
    }

    async fn get<T: DeserializeOwned>(
        &self,
        segments: &[&str],
        at: Option<&AccountRef>,
    ) -> Result<T> {
        self.exchange(self.request(Method::GET, self.url(segments, at)))
            .await
    }

    async fn send<B: Serialize, T: DeserializeOwned>(
        &self,
        method: Method,
        segments: &[&str],
        at: Option<&AccountRef>,
        body: Option<&B>,
    ) -> Result<T> {
        let mut req = self.request(method, self.url(segments, at));
        if let Some(b) = body {
            req.body = Some((serde_json::to_vec(b)?, "application/json"));
        }
        self.exchange(req).await
    }

    /// A change with no body.
    async fn act<T: DeserializeOwned>(
        &self,
        method: Method,
        segments: &[&str],
        at: Option<&AccountRef>,
    ) -> Result<T> {
        self.send::<(), T>(method, segments, at, None).await
    }

    /// Every item of a collection, following `links.next` with its continuation token.
    async fn list<T: DeserializeOwned>(
        &self,
        segments: &[&str],
        at: Option<&AccountRef>,
    ) -> Result<Vec<T>> {
        let url = self.url(segments, at);
        let mut items = Vec::new();
        let mut continuation = None;
        for _ in 0..MAX_PAGES {
            let mut req = self.request(Method::GET, url.clone());
            req.continuation = continuation;
            let page: Collection<T> = self.exchange(req).await?;
            items.extend(page.items);
            continuation = page.links.next.and_then(|next| {
                next.headers
                    .into_iter()
                    .find(|h| h.key.eq_ignore_ascii_case("MS-ContinuationToken"))
                    .map(|h| h.value)
            });
            if continuation.is_none() {
                return Ok(items);
            }
        }
        Err(ApiError::new(
            Code::BadResponse,
            format!("{}: more than {MAX_PAGES} pages", url.path()),
        ))
    }

    /// `POST /{tenant}/oauth2/token`, form-encoded.
    async fn token(&self, tenant: &str, form: &[(&str, &str)]) -> Result<Tokens> {
        let body = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(form)
            .finish();
        let mut req = self.request(Method::POST, self.url(&[tenant, "oauth2", "token"], None));
        req.token = None;
        req.body = Some((body.into_bytes(), "application/x-www-form-urlencoded"));
        let t: TokenAnswer = self.exchange(req).await?;
        let expires_at = jiff::Timestamp::from_second(t.expires_on)
            .map_err(|e| ApiError::new(Code::BadResponse, format!("expires_on: {e}")))?;
        let issued = t.expires_on - t.expires_in;
        let refresh_expires_at = jiff::Timestamp::from_second(issued + t.refresh_token_expires_in)
            .map_err(|e| {
                ApiError::new(Code::BadResponse, format!("refresh_token_expires_in: {e}"))
            })?;
        Ok(Tokens {
            token_type: t.token_type,
            access_token: t.access_token,
            expires_in: t.expires_in,
            refresh_token: t.refresh_token,
            expires_at,
            refresh_expires_at,
        })
    }
}

/// The tenant a user signs in at, as Azure AD has it: the domain of the userPrincipalName.
fn tenant_of(upn: &str) -> &str {
    match upn.rsplit_once('@') {
        Some((_, domain)) if !domain.is_empty() => domain,
        _ => "common",
    }
}

const V1: &str = "v1";

#[async_trait::async_trait]
impl Api for HttpClient {
    /// As the backend said on its latest answer.
    fn is_sandbox(&self) -> bool {
        self.transport.sandbox.load(Ordering::Relaxed)
    }
    fn traffic(&self) -> Traffic {
        self.transport.traffic()
    }

    async fn create_tenant(&self, req: CreateTenant) -> Result<TenantCreated> {
        self.send(Method::POST, &[V1, "tenants"], None, Some(&req))
            .await
    }
    async fn domain_taken(&self, domain: String) -> Result<bool> {
        let req = self.request(Method::HEAD, self.url(&[V1, "domains", &domain], None));
        let answer = self.transport.send(&req).await?;
        match answer.status.as_u16() {
            200 => Ok(true),
            404 => Ok(false),
            _ => Err(failure(&answer)),
        }
    }
    async fn sign_in(&self, req: SignIn) -> Result<Tokens> {
        let form = [
            ("grant_type", "password"),
            ("username", req.username.as_str()),
            ("password", req.password.as_str()),
        ];
        self.token(tenant_of(&req.username), &form).await
    }
    async fn change_password(&self, req: ChangePassword) -> Result<Tokens> {
        let form = [
            ("grant_type", crate::protocol::PASSWORD_CHANGE_GRANT),
            ("username", req.username.as_str()),
            ("password", req.password.as_str()),
            ("new_password", req.new_password.as_str()),
        ];
        self.token(tenant_of(&req.username), &form).await
    }
    async fn refresh(&self, refresh_token: String) -> Result<Tokens> {
        let form = [
            ("grant_type", "refresh_token"),
            ("refresh_token", refresh_token.as_str()),
        ];
        self.token("common", &form).await
    }
    async fn sign_out(&self) -> Result<()> {
        self.act(Method::DELETE, &[V1, "sessions", "current"], None)
            .await
    }
    async fn whoami(&self) -> Result<Me> {
        self.get(&[V1, "me"], None).await
    }
    async fn add_domain(&self, domain: String) -> Result<Tenant> {
        let body = DomainBody { name: domain };
        self.send(Method::POST, &[V1, "domains"], None, Some(&body))
            .await
    }
    async fn verify_domain(&self, domain: String) -> Result<Tenant> {
        self.act(Method::POST, &[V1, "domains", &domain, "verify"], None)
            .await
    }

    async fn create_account(&self, req: CreateAccount) -> Result<AccountCreated> {
        self.send(Method::POST, &[V1, "accounts"], None, Some(&req))
            .await
    }
    async fn account(&self, at: AccountRef) -> Result<Account> {
        self.get(&[V1, "account"], Some(&at)).await
    }
    async fn verify_account(&self, at: AccountRef, code: String) -> Result<Vetting> {
        let body = VerificationBody { code };
        self.send(
            Method::POST,
            &[V1, "account", "verification"],
            Some(&at),
            Some(&body),
        )
        .await
    }
    async fn resend_code(&self, at: AccountRef) -> Result<Vetting> {
        self.act(
            Method::POST,
            &[V1, "account", "verification", "resend"],
            Some(&at),
        )
        .await
    }
    async fn legal_profile(&self, at: AccountRef) -> Result<LegalBusinessProfile> {
        self.get(&[V1, "profiles", "legalbusiness"], Some(&at))
            .await
    }
    async fn update_legal_profile(
        &self,
        at: AccountRef,
        req: LegalProfileInput,
        if_match: Option<String>,
    ) -> Result<LegalBusinessProfile> {
        let mut r = self.request(
            Method::PUT,
            self.url(&[V1, "profiles", "legalbusiness"], Some(&at)),
        );
        r.body = Some((serde_json::to_vec(&req)?, "application/json"));
        r.if_match = if_match;
        self.exchange(r).await
    }
    async fn organization_profile(&self) -> Result<OrganizationProfile> {
        self.get(&[V1, "profiles", "organization"], None).await
    }
    async fn update_organization_profile(
        &self,
        req: OrganizationProfileInput,
        if_match: Option<String>,
    ) -> Result<OrganizationProfile> {
        let mut r = self.request(
            Method::PUT,
            self.url(&[V1, "profiles", "organization"], None),
        );
        r.body = Some((serde_json::to_vec(&req)?, "application/json"));
        r.if_match = if_match;
        self.exchange(r).await
    }
    async fn mpn_profile(&self, mpn_id: Option<String>) -> Result<MpnProfile> {
        let at = AccountRef { mpn_id };
        self.get(&[V1, "profiles", "mpn"], Some(&at)).await
    }
    async fn add_location(&self, req: LegalProfileInput) -> Result<Account> {
        self.send(Method::POST, &[V1, "locations"], None, Some(&req))
            .await
    }
    async fn apply_location(&self, req: ApplyLocation) -> Result<LocationApplied> {
        self.send(Method::POST, &[V1, "locations", "apply"], None, Some(&req))
            .await
    }
    async fn locations(&self) -> Result<Vec<Account>> {
        self.list(&[V1, "locations"], None).await
    }
    async fn outbox(&self) -> Result<Vec<Mail>> {
        self.list(&[V1, "outbox"], None).await
    }

    async fn membership(&self, at: AccountRef) -> Result<Membership> {
        self.get(&[V1, "membership"], Some(&at)).await
    }
    async fn renew(&self, at: AccountRef, payment: PaymentMethod) -> Result<Purchase> {
        let body = RenewBody { payment };
        self.send(
            Method::POST,
            &[V1, "membership", "renew"],
            Some(&at),
            Some(&body),
        )
        .await
    }
    async fn rejoin(&self, at: AccountRef) -> Result<Purchase> {
        self.act(Method::POST, &[V1, "membership", "rejoin"], Some(&at))
            .await
    }
    async fn upgrade(&self, at: AccountRef, req: Upgrade) -> Result<Purchase> {
        self.send(
            Method::POST,
            &[V1, "membership", "upgrade"],
            Some(&at),
            Some(&req),
        )
        .await
    }
    async fn offers(&self) -> Result<Vec<Offer>> {
        self.list(&[V1, "offers"], None).await
    }
    async fn orders(&self, at: AccountRef) -> Result<Vec<Order>> {
        self.list(&[V1, "orders"], Some(&at)).await
    }
    async fn pay_order(&self, order_id: String) -> Result<Order> {
        self.act(Method::POST, &[V1, "orders", &order_id, "pay"], None)
            .await
    }
    async fn refund_order(&self, order_id: String) -> Result<Order> {
        self.act(Method::POST, &[V1, "orders", &order_id, "refund"], None)
            .await
    }

    async fn benefits(&self, at: AccountRef) -> Result<Vec<Benefit>> {
        self.list(&[V1, "benefits"], Some(&at)).await
    }
    async fn activate_benefit(&self, benefit_id: String) -> Result<Benefit> {
        self.act(
            Method::POST,
            &[V1, "benefits", &benefit_id, "activate"],
            None,
        )
        .await
    }
    async fn assign_benefit(&self, benefit_id: String, req: AssignSeat) -> Result<Benefit> {
        self.send(
            Method::POST,
            &[V1, "benefits", &benefit_id, "assignments"],
            None,
            Some(&req),
        )
        .await
    }
    async fn product_keys(&self, benefit_id: String) -> Result<ProductKeys> {
        self.get(&[V1, "benefits", &benefit_id, "keys"], None).await
    }
    async fn redeem_key(&self, benefit_id: String, key: String) -> Result<ProductKeys> {
        let body = RedeemBody { key };
        self.send(
            Method::POST,
            &[V1, "benefits", &benefit_id, "keys", "redeem"],
            None,
            Some(&body),
        )
        .await
    }

    async fn add_user(&self, req: NewUser) -> Result<UserCreated> {
        self.send(Method::POST, &[V1, "users"], None, Some(&req))
            .await
    }
    async fn apply_user(&self, req: NewUser) -> Result<UserApplied> {
        self.send(Method::POST, &[V1, "users", "apply"], None, Some(&req))
            .await
    }
    async fn users(&self) -> Result<Vec<User>> {
        self.list(&[V1, "users"], None).await
    }
    async fn remove_user(&self, upn: String) -> Result<()> {
        self.act(Method::DELETE, &[V1, "users", &upn], None).await
    }
    async fn grant_role(&self, role: RoleName, upn: String) -> Result<User> {
        self.act(Method::PUT, &[V1, "users", &upn, "roles", role.key()], None)
            .await
    }
    async fn revoke_role(&self, role: RoleName, upn: String) -> Result<User> {
        self.act(
            Method::DELETE,
            &[V1, "users", &upn, "roles", role.key()],
            None,
        )
        .await
    }
    async fn roles(&self) -> Result<Vec<Role>> {
        self.list(&[V1, "roles"], None).await
    }
    async fn role_members(&self, role: RoleName) -> Result<Vec<RoleMember>> {
        let id = crate::backend::role_id(role);
        self.list(&[V1, "roles", id, "usermembers"], None).await
    }

    async fn country_rules(&self, country: String) -> Result<CountryRules> {
        self.get(&[V1, "countryvalidationrules", &country], None)
            .await
    }
    async fn validate_address(&self, address: Address) -> Result<AddressValidation> {
        self.send(
            Method::POST,
            &[V1, "validations", "address"],
            None,
            Some(&address),
        )
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_http_only_to_this_machine_unless_insecure() {
        for ok in [
            "http://127.0.0.1:8080",
            "http://localhost:1/",
            "http://[::1]:80",
            "http://127.1.2.3",
            "https://partner.example.com",
        ] {
            assert!(backend_url(ok, false).is_ok(), "{ok}");
        }
        for refused in [
            "http://partner.example.com",
            "http://10.0.0.1:8080",
            "http://localhost.example.com",
        ] {
            let e = backend_url(refused, false).unwrap_err();
            assert!(e.contains("--insecure-http"), "{e}");
            assert!(backend_url(refused, true).is_ok());
        }
        assert!(backend_url("ftp://x", true).is_err());
        assert!(backend_url("not a url", true).is_err());
    }

    #[test]
    fn urls_keep_the_base_path_and_encode_segments() {
        let base = backend_url("https://pc.example/api", false).unwrap();
        let c = HttpClient::new(base, false).unwrap();
        let u = c.url(
            &[V1, "users", "a b@contoso.com"],
            Some(&AccountRef::mpn("1234567")),
        );
        assert_eq!(
            u.as_str(),
            "https://pc.example/api/v1/users/a%20b@contoso.com?mpnId=1234567"
        );
    }

    #[test]
    fn users_sign_in_at_the_tenant_of_their_domain() {
        assert_eq!(
            tenant_of("admin@contoso.onmicrosoft.com"),
            "contoso.onmicrosoft.com"
        );
        assert_eq!(tenant_of("nobody"), "common");
    }
}
