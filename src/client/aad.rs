//! Sign-in at an Azure AD authority (`https://login.microsoftonline.com`, or a `partnerctl
//! serve` standing in for it): the device authorization grant (RFC 8628) for people, client
//! credentials and the refresh-token exchange of the Secure Application Model for CI.
//!
//! Endpoints: `POST {authority}/{tenant}/oauth2/devicecode` and
//! `POST {authority}/{tenant}/oauth2/token`, form-encoded.

use super::assertion::ClientCertificate;
use super::transport::{Request, Transport};
use crate::api::Tokens;
use crate::error::{ApiError, Code, Result};
use crate::protocol::{DEVICE_CODE_GRANT, JWT_BEARER};
use jiff::{SignedDuration, Timestamp};
use reqwest::{Method, Url};
use serde::Deserialize;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How long a refresh token lasts when the authority does not say (Azure AD: 90 days).
const DEFAULT_REFRESH_LIFETIME: SignedDuration = SignedDuration::from_hours(24 * 90);

/// One authority, tenant, application and scope.
#[derive(Clone)]
pub struct Authority {
    base: Url,
    pub tenant: String,
    pub client_id: String,
    pub scope: String,
    transport: Arc<Transport>,
}

/// The answer to `devicecode`: what the person types, and where.
#[derive(Debug, Clone, Deserialize)]
pub struct DeviceCode {
    pub user_code: String,
    pub device_code: String,
    pub verification_uri: String,
    pub expires_in: u64,
    #[serde(default = "default_interval")]
    pub interval: u64,
}

fn default_interval() -> u64 {
    5
}

/// The token endpoint's answer; Azure AD's v1 endpoint sends numbers as strings.
#[derive(Debug, Deserialize)]
struct TokenAnswer {
    #[serde(default = "bearer")]
    token_type: String,
    access_token: String,
    #[serde(deserialize_with = "number")]
    expires_in: i64,
    #[serde(default)]
    refresh_token: Option<String>,
    #[serde(default, deserialize_with = "opt_number")]
    refresh_token_expires_in: Option<i64>,
}

fn bearer() -> String {
    "Bearer".into()
}

#[derive(Deserialize)]
#[serde(untagged)]
enum Num {
    N(i64),
    S(String),
}

fn number<'de, D: serde::Deserializer<'de>>(d: D) -> Result<i64, D::Error> {
    match Num::deserialize(d)? {
        Num::N(n) => Ok(n),
        Num::S(s) => s.trim().parse().map_err(serde::de::Error::custom),
    }
}

fn opt_number<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<i64>, D::Error> {
    number(d).map(Some)
}

/// An OAuth error answer, with this project's error body when the authority is a `serve`.
#[derive(Debug, Deserialize)]
struct OAuthError {
    error: String,
    #[serde(default)]
    error_description: String,
    #[serde(default)]
    code: Option<u32>,
}

impl Authority {
    /// `base`: the authority without the tenant, e.g. `https://login.microsoftonline.com/`.
    pub fn new(
        base: Url,
        tenant: String,
        client_id: String,
        scope: String,
        verbose: bool,
    ) -> Result<Authority> {
        Ok(Authority {
            base,
            tenant,
            client_id,
            scope,
            transport: Arc::new(Transport::new(verbose)?),
        })
    }

    fn endpoint(&self, last: &str) -> Url {
        let mut url = self.base.clone();
        if let Ok(mut path) = url.path_segments_mut() {
            path.pop_if_empty()
                .extend([self.tenant.as_str(), "oauth2", last]);
        }
        url
    }

    async fn post(&self, last: &str, form: &[(&str, &str)]) -> Result<(u16, Vec<u8>)> {
        let body = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(form)
            .finish();
        let req = Request {
            method: Method::POST,
            url: self.endpoint(last),
            body: Some((body.into_bytes(), "application/x-www-form-urlencoded")),
            token: None,
            if_match: None,
            continuation: None,
            dry_run: false,
        };
        let answer = self.transport.send(&req).await?;
        Ok((answer.status.as_u16(), answer.body))
    }

    /// Starts a device-code sign-in.
    pub async fn device_code(&self) -> Result<DeviceCode> {
        let form = [
            ("client_id", self.client_id.as_str()),
            ("scope", self.scope.as_str()),
        ];
        let (status, body) = self.post("devicecode", &form).await?;
        if status != 200 {
            return Err(oauth_failure(&body, status));
        }
        serde_json::from_slice(&body).map_err(|e| bad_answer("devicecode", e))
    }

    /// Polls the token endpoint until the code is approved, declined or expired, waiting
    /// `interval` between polls (longer after `slow_down`). `now`: the clock tokens are dated by.
    pub async fn poll(&self, code: &DeviceCode, now: impl Fn() -> Timestamp) -> Result<Tokens> {
        let deadline = Instant::now() + Duration::from_secs(code.expires_in);
        let mut interval = Duration::from_secs(code.interval.max(1));
        let form = [
            ("grant_type", DEVICE_CODE_GRANT),
            ("client_id", self.client_id.as_str()),
            ("device_code", code.device_code.as_str()),
        ];
        loop {
            tokio::time::sleep(interval).await;
            match self.token(&form, now()).await? {
                Ok(tokens) => return Ok(tokens),
                Err(e) if e.error == "authorization_pending" => {}
                Err(e) if e.error == "slow_down" => interval += Duration::from_secs(5),
                Err(e) if e.error == "expired_token" => return Err(expired_code()),
                Err(e)
                    if matches!(e.error.as_str(), "authorization_declined" | "access_denied") =>
                {
                    return Err(ApiError::new(
                        Code::SignInDeclined,
                        "the sign-in was declined at the device-code page",
                    ))
                }
                Err(e) => return Err(refused(e)),
            }
            if Instant::now() >= deadline {
                return Err(expired_code());
            }
        }
    }

    /// Client credentials: the application signs in as itself.
    pub async fn client_credentials(&self, secret: &str, now: Timestamp) -> Result<Tokens> {
        let form = [
            ("grant_type", "client_credentials"),
            ("client_id", self.client_id.as_str()),
            ("client_secret", secret),
            ("scope", self.scope.as_str()),
        ];
        self.token(&form, now).await?.map_err(refused)
    }

    /// Client credentials proven by a client assertion signed with the certificate's key.
    pub async fn client_assertion(
        &self,
        certificate: &ClientCertificate,
        now: Timestamp,
    ) -> Result<Tokens> {
        let aud = self.endpoint("token").to_string();
        let assertion = certificate.assertion(&self.client_id, &aud, now.as_second())?;
        let form = [
            ("grant_type", "client_credentials"),
            ("client_id", self.client_id.as_str()),
            ("client_assertion_type", JWT_BEARER),
            ("client_assertion", assertion.as_str()),
            ("scope", self.scope.as_str()),
        ];
        self.token(&form, now).await?.map_err(refused)
    }

    /// A refresh token for a new pair; with the application's secret, this is the Secure
    /// Application Model's exchange.
    pub async fn refresh(
        &self,
        refresh_token: &str,
        secret: Option<&str>,
        now: Timestamp,
    ) -> Result<Tokens> {
        let mut form = vec![
            ("grant_type", "refresh_token"),
            ("client_id", self.client_id.as_str()),
            ("refresh_token", refresh_token),
            ("scope", self.scope.as_str()),
        ];
        if let Some(secret) = secret {
            form.push(("client_secret", secret));
        }
        self.token(&form, now).await?.map_err(refused)
    }

    /// One request to the token endpoint: the tokens, or the OAuth error to act on.
    async fn token(
        &self,
        form: &[(&str, &str)],
        now: Timestamp,
    ) -> Result<Result<Tokens, OAuthError>> {
        let (status, body) = self.post("token", form).await?;
        if status != 200 {
            return match serde_json::from_slice::<OAuthError>(&body) {
                Ok(e) => Ok(Err(e)),
                Err(_) => Err(oauth_failure(&body, status)),
            };
        }
        let t: TokenAnswer = serde_json::from_slice(&body).map_err(|e| bad_answer("token", e))?;
        let refresh_lifetime = t
            .refresh_token_expires_in
            .map(SignedDuration::from_secs)
            .unwrap_or(DEFAULT_REFRESH_LIFETIME);
        let expires_at = now + SignedDuration::from_secs(t.expires_in);
        let refresh_token = t.refresh_token.unwrap_or_default();
        // Without a refresh token (client credentials) the session ends with its access token.
        let refresh_expires_at = if refresh_token.is_empty() {
            expires_at
        } else {
            now + refresh_lifetime
        };
        Ok(Ok(Tokens {
            token_type: t.token_type,
            access_token: t.access_token,
            expires_in: t.expires_in,
            refresh_token,
            expires_at,
            refresh_expires_at,
        }))
    }
}

fn expired_code() -> ApiError {
    ApiError::new(
        Code::DeviceCodeExpired,
        "the device code expired before the sign-in was approved",
    )
    .hint("run the login again and enter the new code sooner")
}

/// A refused grant: this project's code when the authority sent one, else by OAuth's error.
fn refused(e: OAuthError) -> ApiError {
    let code = match (e.code, e.error.as_str()) {
        (Some(code), _) => {
            return ApiError {
                code,
                message: e.error_description,
                hint: None,
                fields: Vec::new(),
            }
        }
        // Azure AD: an expired or revoked refresh token (AADSTS700082, AADSTS70008).
        (None, "invalid_grant") => Code::SessionExpired,
        (None, "invalid_client" | "unauthorized_client") => Code::BadCredentials,
        (None, _) => Code::BadResponse,
    };
    ApiError::new(code, format!("{}: {}", e.error, e.error_description))
}

fn oauth_failure(body: &[u8], status: u16) -> ApiError {
    match serde_json::from_slice::<OAuthError>(body) {
        Ok(e) => refused(e),
        Err(_) => ApiError::new(
            Code::BadResponse,
            format!("the authority answered {status} without an OAuth error"),
        ),
    }
}

fn bad_answer(what: &str, e: serde_json::Error) -> ApiError {
    ApiError::new(
        Code::BadResponse,
        format!("the authority's {what} answer is not OAuth's: {e}"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_answers_with_numbers_as_strings_are_read() {
        let t: TokenAnswer = serde_json::from_str(
            r#"{"token_type":"Bearer","access_token":"a","expires_in":"3599","refresh_token":"r"}"#,
        )
        .unwrap();
        assert_eq!(t.expires_in, 3599);
        assert_eq!(t.refresh_token_expires_in, None);
    }

    #[test]
    fn an_expired_refresh_token_means_signing_in_again() {
        let e = refused(OAuthError {
            error: "invalid_grant".into(),
            error_description: "AADSTS700082: The refresh token has expired".into(),
            code: None,
        });
        assert!(e.is(Code::SessionExpired));
        assert_eq!(e.exit_code(), 4);
    }
}
