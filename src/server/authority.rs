//! `partnerctl serve` as an Azure AD authority, for tests and rehearsals of
//! `--backend partner-center`: the device authorization grant (RFC 8628).
//!
//! - `POST /{tenant}/oauth2/devicecode` (form: `client_id`, `scope`) starts a sign-in and
//!   answers `user_code`, `device_code`, `verification_uri`, `expires_in`, `interval`.
//! - `GET /devicelogin` is the page where the person signs in; `POST /devicelogin` (form:
//!   `user_code`, `username`, `password`) approves the code as that user, or, with
//!   `decline=true`, declines it.
//! - `POST /{tenant}/oauth2/token` with `grant_type=urn:ietf:params:oauth:grant-type:device_code`
//!   and `device_code` polls: `authorization_pending`, `slow_down` (polled faster than
//!   `interval`), `expired_token`, `authorization_declined`, or the tokens (once).
//!
//! Pending codes live in the store (see `backend::grants`), so that a code asked for at one
//! instance can be approved at a second and redeemed at a third. Their lifetimes run on the
//! server's clock, as every other lifetime does (`PARTNERCTL_NOW` moves it: a
//! rehearsal sees a code expire by restarting `serve` later, without waiting); the pace of
//! polls is real time, since a clock held still would make every poll too soon. At most
//! [`MAX_DEVICE_CODES`] are kept (past it, 429 until some expire); expired ones are dropped as
//! new ones are asked for. Every endpoint takes its turn from the throttle first.

use super::answer::{self, error_response};
use super::sign_in::{sign_in, SignInFailed};
use super::{on_service, take_turn, Peer, Shared};
use crate::api::SignIn;
use crate::backend::{DeviceCode, Grant, Poll, Service, MAX_DEVICE_CODES};
use crate::error::{ApiError, Code};
use axum::extract::rejection::{FormRejection, PathRejection};
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Response};
use axum::{Form, Json};
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use std::time::Duration;

/// How long a device code may wait for its approval, on the server's clock, unless `serve
/// --device-code-lifetime` says otherwise (a rehearsal of an expired code on the system clock).
pub const LIFETIME: Duration = Duration::from_secs(15 * 60);
/// How often a client may poll.
const INTERVAL: Duration = Duration::from_secs(1);

/// The store's answer, or the response that stands for its failure.
async fn in_store<T: Send + 'static>(
    st: &Shared,
    f: impl FnOnce(&Service) -> crate::error::Result<T> + Send + 'static,
) -> Result<T, Response> {
    on_service(st, f).await.map_err(|e| error_response(&e))
}

#[derive(Debug, Serialize)]
struct DeviceCodeAnswer {
    user_code: String,
    device_code: String,
    verification_uri: String,
    expires_in: u64,
    interval: u64,
    message: String,
}

/// `POST /{tenant}/oauth2/devicecode`.
pub async fn start(
    State(st): State<Shared>,
    Peer(peer): Peer,
    tenant: Result<Path<String>, PathRejection>,
    // Read to its end, though nothing in it is needed (`client_id`, `scope`): an answer sent
    // before the body arrived would leave hyper to close the connection.
    _form: Result<axum::body::Bytes, axum::extract::rejection::BytesRejection>,
) -> Response {
    let tenant = match super::refuse::tenant(tenant) {
        Ok(t) => t,
        Err(e) => return error_response(&e),
    };
    if let Some(throttled) = take_turn(&st, &st.names.bucket(&tenant, peer)) {
        return throttled;
    }
    let lifetime = st.device_code_lifetime;
    let started = in_store(&st, move |s| {
        s.start_device_code(&tenant, lifetime, s.clock().now())
    })
    .await;
    let DeviceCode {
        device_code,
        user_code,
    } = match started {
        Ok(Ok(code)) => code,
        Ok(Err(wait)) => {
            return answer::busy(
                ApiError::new(
                    Code::TooManyRequests,
                    format!("{MAX_DEVICE_CODES} sign-ins are waiting for approval already"),
                ),
                wait,
            )
        }
        Err(failed) => return failed,
    };
    // The server's own URL, never the `Host` the request claims.
    let verification_uri = format!("{}/devicelogin", st.public_url);
    Json(DeviceCodeAnswer {
        message: format!("To sign in, open {verification_uri} and enter the code {user_code}"),
        user_code,
        device_code,
        verification_uri,
        expires_in: lifetime.as_secs(),
        interval: INTERVAL.as_secs(),
    })
    .into_response()
}

/// `GET /devicelogin`: the page a person approves a code on.
pub async fn page() -> Html<&'static str> {
    Html(
        "<!doctype html><title>partnerctl sign-in</title>\
         <h1>Sign in to partnerctl</h1>\
         <form method=post action=/devicelogin>\
         <p><label>Code <input name=user_code autofocus></label>\
         <p><label>User <input name=username></label>\
         <p><label>Password <input name=password type=password></label>\
         <p><button>Approve</button> <button name=decline value=true>Decline</button>\
         </form>",
    )
}

#[derive(Debug, Deserialize)]
pub struct ApproveForm {
    user_code: String,
    #[serde(default)]
    username: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    decline: Option<String>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Approved {
    approved: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    user_principal_name: Option<String>,
}

/// `POST /devicelogin`: signs the user in at the code's tenant and approves the code.
pub async fn approve(
    State(st): State<Shared>,
    Peer(peer): Peer,
    form: Result<Form<ApproveForm>, FormRejection>,
) -> Response {
    let form = match form {
        Ok(Form(form)) => form,
        Err(e) => {
            let hint = "send user_code, username and password, form-encoded";
            return error_response(
                &ApiError::new(
                    Code::InvalidInput,
                    format!("the form is not valid: {}", e.body_text()),
                )
                .hint(hint),
            );
        }
    };
    let code = form.user_code.trim().to_ascii_uppercase();
    let found = match in_store(&st, move |s| s.waiting_device_code(&code, s.clock().now())).await {
        Ok(found) => found,
        Err(failed) => return failed,
    };
    let name = found.as_ref().map_or("", |(_, tenant)| tenant.as_str());
    if let Some(throttled) = take_turn(&st, &st.names.bucket(name, peer)) {
        return throttled;
    }
    let Some((device, tenant)) = found else {
        return error_response(
            &ApiError::new(Code::InvalidInput, "no sign-in is waiting for this code")
                .hint("check the code; it may have expired"),
        );
    };
    if form.decline.as_deref().is_some_and(crate::protocol::truthy) {
        if let Err(failed) = in_store(&st, move |s| s.settle_device_code(&device, None)).await {
            return failed;
        }
        return Json(Approved {
            approved: false,
            user_principal_name: None,
        })
        .into_response();
    }
    let upn = form.username.trim().to_string();
    let grant = Grant::Password(SignIn {
        username: upn.clone(),
        password: form.password,
    });
    match sign_in(&st, &tenant, grant).await {
        Ok(tokens) => {
            let settled = in_store(&st, move |s| s.settle_device_code(&device, Some(&tokens)));
            if let Err(failed) = settled.await {
                return failed;
            }
            Json(Approved {
                approved: true,
                user_principal_name: Some(upn),
            })
            .into_response()
        }
        Err(SignInFailed::Refused(e)) => error_response(&e),
        Err(SignInFailed::Answer(throttled)) => throttled,
    }
}

/// A poll with a device code: the tokens once approved, else OAuth's error name.
pub async fn redeem(st: &Shared, device_code: String) -> Result<Poll, Response> {
    in_store(st, move |s| {
        s.redeem_device_code(&device_code, INTERVAL, s.clock().now(), Timestamp::now())
    })
    .await
}
