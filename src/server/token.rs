//! `POST /{tenant}/oauth2/token`: sign-in as Azure AD does it. Form-encoded,
//! `grant_type=password` (username, password) or `grant_type=refresh_token`; `{tenant}` is
//! the tenant's id, one of its domains, or `common`. The device code grant is answered by
//! [`super::authority`].
//!
//! A password sign-in with a temporary password is refused as Azure AD refuses a password
//! that must change (`interaction_required`, AADSTS50055); the grant [`PASSWORD_CHANGE_GRANT`]
//! (username, password, new_password) changes it and answers with tokens.
//!
//! Every request takes its turn from the throttle first, before any database work, in the
//! bucket of the tenant the path names (see [`super::throttle::TenantNames`]).

use super::answer::{oauth_error, status_of};
use super::assertion::Valid;
use super::sign_in::{sign_in, SignInFailed};
use super::{on_service, take_turn, Peer, Shared};
use crate::api::{ChangePassword, SignIn, Tokens};
use crate::backend::{AssertionRefused, Grant, Poll};
use crate::error::{ApiError, Code, ErrorKind};
use crate::protocol::{
    ErrorBody, TokenAnswer, TokenError, DEVICE_CODE_GRANT, JWT_BEARER, PASSWORD_CHANGE_GRANT,
};
use axum::extract::rejection::{FormRejection, PathRejection};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::{Form, Json};
use std::collections::HashMap;

pub async fn handle(
    State(st): State<Shared>,
    Peer(peer): Peer,
    tenant: Result<Path<String>, PathRejection>,
    form: Result<Form<HashMap<String, String>>, FormRejection>,
) -> Response {
    let tenant = match super::refuse::tenant(tenant) {
        Ok(t) => t,
        Err(e) => return failure(&e),
    };
    if let Some(throttled) = take_turn(&st, &st.names.bucket(&tenant, peer)) {
        return throttled;
    }
    let form = match form {
        Ok(Form(f)) => f,
        Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => {
            return failure(&super::refuse::too_large(super::BODY_LIMIT))
        }
        Err(e) => return failure(&ApiError::new(Code::InvalidInput, e.body_text())),
    };
    if form.get("grant_type").map(String::as_str) == Some(DEVICE_CODE_GRANT) {
        let code = form.get("device_code").cloned().unwrap_or_default();
        return match super::authority::redeem(&st, code).await {
            Ok(Poll::Tokens(t)) => answer(t),
            Ok(Poll::Refused(error)) => pending(error),
            Err(failed) => failed,
        };
    }
    let grant = match form.get("grant_type").map(String::as_str) {
        // Offered only when `serve --app` registered an application.
        Some("client_credentials") if !st.apps.is_empty() => {
            // The audience of an assertion: this endpoint at the server's own URL, never the
            // `Host` the request claims.
            let aud = format!("{}/{tenant}/oauth2/token", st.public_url);
            app(&st, &form, &aud).await
        }
        _ => grant(form),
    };
    let grant = match grant {
        Ok(g) => g,
        Err(e) => return failure(&e),
    };
    match sign_in(&st, &tenant, grant).await {
        Ok(t) => answer(t),
        Err(SignInFailed::Refused(e)) => failure(&e),
        Err(SignInFailed::Answer(throttled)) => throttled,
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
        error_codes: Vec::new(),
        suberror: None,
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
        PASSWORD_CHANGE_GRANT => Ok(Grant::PasswordChange(ChangePassword {
            username: take("username")?,
            password: take("password")?,
            new_password: take("new_password")?,
        })),
        other => Err(ApiError::new(
            Code::InvalidInput,
            format!("grant_type {other:?} is not supported"),
        )
        .hint(format!(
            "use grant_type=password, refresh_token, {PASSWORD_CHANGE_GRANT} or \
             {DEVICE_CODE_GRANT} (client_credentials: register the application with serve --app)"
        ))),
    }
}

/// Client credentials of an application registered with `serve --app`: its secret, or a
/// client assertion signed with its certificate's key.
async fn app(st: &Shared, form: &HashMap<String, String>, aud: &str) -> Result<Grant, ApiError> {
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
        let valid = super::assertion::check(assertion, cert, id, aud, now)
            .map_err(|why| ApiError::new(Code::BadCredentials, why))?;
        let upn = app.user_principal_name.clone();
        return match first_use(st, id, valid).await? {
            Ok(()) => Ok(Grant::App(upn)),
            Err(AssertionRefused::Replayed) => Err(ApiError::new(
                Code::BadCredentials,
                "this client assertion was used before: its jti was seen already",
            )
            .hint("make a new assertion, with a new jti, for every sign-in")),
            Err(AssertionRefused::Full) => Err(ApiError::new(
                Code::TooManyRequests,
                "too many client assertions are in use at once; try again in a minute",
            )),
        };
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

/// Records the first use of a valid assertion, in the store every instance shares.
async fn first_use(
    st: &Shared,
    client_id: &str,
    valid: Valid,
) -> Result<Result<(), AssertionRefused>, ApiError> {
    let client_id = client_id.to_string();
    on_service(st, move |service| {
        let now = jiff::Timestamp::now();
        let until = now + jiff::SignedDuration::from_secs(valid.valid_for_s);
        service.first_use_of_assertion(&client_id, &valid.jti, until, now)
    })
    .await
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
    let e = &*super::answer::public(e);
    let status = match e.kind() {
        ErrorKind::Unauthenticated => StatusCode::BAD_REQUEST,
        _ => status_of(e),
    };
    if e.is(Code::PasswordChangeRequired) {
        // As Azure AD answers a sign-in whose password must change first.
        let body = TokenError {
            error: "interaction_required".into(),
            error_description: format!("AADSTS50055: {}", e.message),
            error_codes: vec![50055],
            suberror: Some("user_password_expired".into()),
            body: ErrorBody::from(e),
        };
        return (status, Json(body)).into_response();
    }
    let error = if e.is(Code::InvalidInput) && e.message.starts_with("grant_type") {
        "unsupported_grant_type"
    } else {
        oauth_error(e)
    };
    let body = TokenError {
        error: error.into(),
        error_description: e.message.clone(),
        error_codes: Vec::new(),
        suberror: None,
        body: ErrorBody::from(e),
    };
    (status, Json(body)).into_response()
}
