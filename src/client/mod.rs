//! The HTTP client: the [`Api`] trait against a `partnerctl serve` (or anything that speaks its
//! protocol), chosen with `--backend URL` / `PARTNERCTL_BACKEND`.

pub mod aad;
pub mod assertion;
pub mod partner_center;
mod transport;

use crate::api::*;
use crate::error::{ApiError, Code, Result};
use crate::operations::PathSegment;
use crate::protocol::{
    Collection, DomainBody, RedeemBody, RenewBody, TokenAnswer, VerificationBody,
};
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
    fn url(&self, segments: &[&str], mpn_id: Option<&str>) -> Url {
        let mut url = self.base.clone();
        if let Ok(mut path) = url.path_segments_mut() {
            path.pop_if_empty().extend(segments);
        }
        if let Some(mpn) = mpn_id {
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

    /// Every item of a collection, following `links.next` with its continuation token.
    async fn collect<T: DeserializeOwned>(&self, url: Url) -> Result<Vec<T>> {
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

/// A `/v1` call being put together by the generated client: the path's parameters by name,
/// the account, the body and `If-Match`.
struct Call {
    method: Method,
    /// As the table has it: `/v1/orders/{orderId}/pay`.
    path: &'static str,
    params: Vec<(&'static str, String)>,
    mpn_id: Option<String>,
    body: Option<Vec<u8>>,
    if_match: Option<String>,
}

impl Call {
    fn new(method: Method, path: &'static str) -> Call {
        Call {
            method,
            path,
            params: Vec::new(),
            mpn_id: None,
            body: None,
            if_match: None,
        }
    }

    fn param(mut self, name: &'static str, value: impl Into<String>) -> Call {
        self.params.push((name, value.into()));
        self
    }

    fn json(mut self, body: &impl Serialize) -> Result<Call> {
        self.body = Some(serde_json::to_vec(body)?);
        Ok(self)
    }

    /// The path's segments, each `{name}` replaced by its argument.
    fn segments(&self) -> Vec<&str> {
        self.path
            .split('/')
            .filter(|s| !s.is_empty())
            .map(
                |s| match s.strip_prefix('{').and_then(|p| p.strip_suffix('}')) {
                    Some(name) => self
                        .params
                        .iter()
                        .find(|(n, _)| *n == name)
                        .map_or("", |(_, v)| v.as_str()),
                    None => s,
                },
            )
            .collect()
    }
}

/// Puts one argument of a call where the table says it travels.
macro_rules! call_arg {
    ($call:ident, path($name:ident), $arg:ident) => {
        $call
            .params
            .push((stringify!($name), PathSegment::segment(&$arg)))
    };
    ($call:ident, at(), $arg:ident) => {
        $call.mpn_id = $arg.mpn_id
    };
    ($call:ident, mpn(), $arg:ident) => {
        $call.mpn_id = $arg
    };
    ($call:ident, body(), $arg:ident) => {
        $call.body = Some(serde_json::to_vec(&$arg)?)
    };
    ($call:ident, field($body:ident . $field:ident), $arg:ident) => {
        $call.body = Some(serde_json::to_vec(&$body { $field: $arg })?)
    };
    ($call:ident, if_match(), $arg:ident) => {
        $call.if_match = $arg
    };
}

/// `impl Api for HttpClient`: the items given, and every operation of the table.
macro_rules! http_client {
    ({ $($extra:tt)* } $(
        $summary:literal
        $name:ident ( $( $arg:ident : $argty:ty as $place:ident $( ( $($pp:tt)* ) )? ),* )
            -> $shape:ident $ret:ty = $method:ident $path:literal $( [ $($flag:ident),* ] )?
            => $pc:ident $( ( $($pcargs:tt)* ) )? ;
    )*) => {
        #[async_trait::async_trait]
        impl Api for HttpClient {
            $($extra)*
            $(
                #[doc = $summary]
                async fn $name(&self, $($arg: $argty),*) -> Result<$ret> {
                    #[allow(unused_mut)]
                    let mut call = Call::new(Method::$method, $path);
                    $( call_arg!(call, $place( $( $($pp)* )? ), $arg); )*
                    self.$shape(call).await
                }
            )*
        }
    };
}

impl HttpClient {
    fn prepare(&self, call: Call) -> Request {
        let mut req = self.request(
            call.method.clone(),
            self.url(&call.segments(), call.mpn_id.as_deref()),
        );
        req.body = call.body.map(|b| (b, "application/json"));
        req.if_match = call.if_match;
        req
    }

    /// One value.
    async fn object<T: DeserializeOwned>(&self, call: Call) -> Result<T> {
        self.exchange(self.prepare(call)).await
    }

    /// No answer body.
    async fn none(&self, call: Call) -> Result<()> {
        self.exchange(self.prepare(call)).await
    }

    /// A paged collection, every page.
    async fn list<T: DeserializeOwned>(&self, call: Call) -> Result<Vec<T>> {
        self.collect(self.prepare(call).url).await
    }

    /// `HEAD`: 200 true, 404 false.
    async fn exists(&self, call: Call) -> Result<bool> {
        let answer = self.transport.send(&self.prepare(call)).await?;
        match answer.status.as_u16() {
            200 => Ok(true),
            404 => Ok(false),
            _ => Err(failure(&answer)),
        }
    }
}

crate::operations::operations!(http_client {
    /// As the backend said on its latest answer.
    fn is_sandbox(&self) -> bool {
        self.transport.sandbox.load(Ordering::Relaxed)
    }
    fn traffic(&self) -> Traffic {
        self.transport.traffic()
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
});

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
        let u = c.url(&["v1", "users", "a b@contoso.com"], Some("1234567"));
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
