//! `POST /{tenant}/oauth2/token`: sign-in as Azure AD does it. Form-encoded,
//! `grant_type=password` (username, password) or `grant_type=refresh_token`; `{tenant}` is
//! the tenant's id, one of its domains, or `common`. The device code grant is answered by
//! [`super::authority`].

use super::answer::{oauth_error, status_of};
use super::{run_blocking, Shared, ThrottleKey};
use crate::api::{SignIn, Tokens};
use crate::backend::{Embedded, Grant};
use crate::client::aad::DEVICE_CODE_GRANT;
use crate::client::assertion::JWT_BEARER;
use crate::error::{ApiError, Code, ErrorKind};
use crate::protocol::{ErrorBody, TokenAnswer, TokenError};
use axum::extract::rejection::{FormRejection, PathRejection};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::{Form, Json};
use std::collections::HashMap;

pub async fn handle(
    State(st): State<Shared>,
    tenant: Result<Path<String>, PathRejection>,
    headers: axum::http::HeaderMap,
    form: Result<Form<HashMap<String, String>>, FormRejection>,
) -> Response {
    let tenant = match tenant {
        Ok(Path(tenant)) => tenant,
        Err(e) => return failure(&ApiError::new(Code::InvalidInput, e.body_text())),
    };
    let form = match form {
        Ok(Form(f)) => f,
        Err(e) => return failure(&ApiError::new(Code::InvalidInput, e.body_text())),
    };
    if form.get("grant_type").map(String::as_str) == Some(DEVICE_CODE_GRANT) {
        let code = form.get("device_code").map_or("", String::as_str);
        return match super::authority::redeem(&st, code) {
            Ok(t) => answer(t),
            Err(error) => pending(error),
        };
    }
    let grant = match form.get("grant_type").map(String::as_str) {
        // Offered only when `serve --app` registered an application.
        Some("client_credentials") if !st.apps.is_empty() => {
            // The audience of an assertion: this endpoint as the client addressed it (serve speaks
            // plain HTTP).
            let host = headers.get("host").and_then(|h| h.to_str().ok());
            let aud = format!(
                "http://{}/{tenant}/oauth2/token",
                host.unwrap_or("127.0.0.1")
            );
            app(&st, &form, &aud)
        }
        _ => grant(form),
    };
    let grant = match grant {
        Ok(g) => g,
        Err(e) => return failure(&e),
    };
    let api = Embedded::new(st.service.clone(), None);
    let key = ThrottleKey::Named(format!("token:{}", tenant.to_ascii_lowercase()));
    let op = async move { api.token(&tenant, grant).await };
    match run_blocking(&st, key, op).await {
        Ok(Ok(t)) => answer(t),
        Ok(Err(e)) => failure(&e),
        Err(throttled) => throttled,
    }
}

fn answer(t: Tokens) -> Response {
    let issued = t.expires_at.as_second() - t.expires_in;
    Json(TokenAnswer {
        token_type: t.token_type,
        access_token: t.access_token,
        expires_in: t.expires_in,
        expires_on: t.expires_at.as_second(),
        refresh_token: t.refresh_token,
        refresh_token_expires_in: t.refresh_expires_at.as_second() - issued,
    })
    .into_response()
}

/// A device code that is not (or no longer) redeemable: OAuth's error, 400.
fn pending(error: &'static str) -> Response {
    let (code, description) = match error {
        "expired_token" => (Code::DeviceCodeExpired, "the device code expired"),
        "authorization_declined" => (Code::SignInDeclined, "the sign-in was declined"),
        "slow_down" => (Code::TooManyRequests, "poll no faster than the interval"),
        _ => (Code::NotSignedIn, "the sign-in is not approved yet"),
    };
    let body = TokenError {
        error: error.into(),
        error_description: description.into(),
        body: ErrorBody::from(&ApiError::new(code, description)),
    };
    (StatusCode::BAD_REQUEST, Json(body)).into_response()
}

fn grant(mut form: HashMap<String, String>) -> Result<Grant, ApiError> {
    let mut take = |name: &str| {
        form.remove(name).filter(|v| !v.is_empty()).ok_or_else(|| {
            ApiError::invalid(
                format!("{name} is missing"),
                vec![crate::error::FieldError::new(name, "required")],
            )
        })
    };
    match take("grant_type")?.as_str() {
        "password" => Ok(Grant::Password(SignIn {
            username: take("username")?,
            password: take("password")?,
        })),
        "refresh_token" => Ok(Grant::RefreshToken(take("refresh_token")?)),
        other => Err(ApiError::new(
            Code::InvalidInput,
            format!("grant_type {other:?} is not supported"),
        )
        .hint(format!(
            "use grant_type=password, refresh_token or {DEVICE_CODE_GRANT} \
             (client_credentials: register the application with serve --app)"
        ))),
    }
}

/// Client credentials of an application registered with `serve --app`: its secret, or a
/// client assertion signed with its certificate's key.
fn app(st: &Shared, form: &HashMap<String, String>, aud: &str) -> Result<Grant, ApiError> {
    let field = |name: &str| form.get(name).map_or("", String::as_str);
    let id = field("client_id");
    let app = st.apps.iter().find(|a| a.client_id == id);
    let assertion = field("client_assertion");
    if !assertion.is_empty() {
        if field("client_assertion_type") != JWT_BEARER {
            return Err(ApiError::new(
                Code::InvalidInput,
                format!("client_assertion_type must be {JWT_BEARER}"),
            ));
        }
        let Some((app, cert)) = app.and_then(|a| Some((a, a.certificate.as_deref()?))) else {
            return Err(ApiError::new(
                Code::BadCredentials,
                "unknown application or no certificate registered for it",
            ));
        };
        let now = st.service.clock().now().as_second();
        return super::assertion::check(assertion, cert, id, aud, now)
            .map(|()| Grant::App(app.user_principal_name.clone()))
            .map_err(|why| ApiError::new(Code::BadCredentials, why));
    }
    let secret = field("client_secret");
    app.filter(|a| !secret.is_empty() && a.secret.as_deref().is_some_and(|s| same(s, secret)))
        .map(|a| Grant::App(a.user_principal_name.clone()))
        .ok_or_else(|| {
            ApiError::new(
                Code::BadCredentials,
                "unknown application or wrong client secret",
            )
        })
}

/// Compares secrets in time that does not depend on where they differ.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// OAuth's error fields plus the error body's. A refused grant is 400, as in OAuth.
fn failure(e: &ApiError) -> Response {
    let status = match e.kind() {
        ErrorKind::Unauthenticated => StatusCode::BAD_REQUEST,
        _ => status_of(e),
    };
    let error = if e.is(Code::InvalidInput) && e.message.starts_with("grant_type") {
        "unsupported_grant_type"
    } else {
        oauth_error(e)
    };
    let body = TokenError {
        error: error.into(),
        error_description: e.message.clone(),
        body: ErrorBody::from(e),
    };
    (status, Json(body)).into_response()
}
