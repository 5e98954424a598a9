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
//! Pending codes live in memory: they last minutes, and a restarted server forgets them.
//! Their lifetimes are real time, not the backend's clock, which rehearsals may hold still.

use super::answer::error_response;
use super::{run_blocking, Shared, ThrottleKey};
use crate::api::{SignIn, Tokens};
use crate::backend::{Embedded, Grant};
use crate::error::{ApiError, Code};
use axum::extract::rejection::{FormRejection, PathRejection};
use axum::extract::{Path, State};
use axum::http::Uri;
use axum::response::{Html, IntoResponse, Response};
use axum::{Form, Json};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How long a device code may wait for its approval, unless `serve --device-code-lifetime`
/// shortens it (tests and rehearsals of an expired code).
pub const LIFETIME: Duration = Duration::from_secs(15 * 60);
/// How often a client may poll.
const INTERVAL: Duration = Duration::from_secs(1);

/// The device codes waiting for approval.
pub struct DeviceCodes {
    codes: Mutex<HashMap<String, Pending>>,
    lifetime: Duration,
}

impl DeviceCodes {
    pub fn new(lifetime: Duration) -> DeviceCodes {
        DeviceCodes {
            codes: Mutex::default(),
            lifetime,
        }
    }
}

struct Pending {
    user_code: String,
    tenant: String,
    expires: Instant,
    last_poll: Option<Instant>,
    state: Approval,
}

enum Approval {
    Waiting,
    Approved(Tokens),
    Declined,
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
    tenant: Result<Path<String>, PathRejection>,
    uri: Uri,
    headers: axum::http::HeaderMap,
) -> Response {
    let tenant = match super::refuse::tenant(tenant) {
        Ok(t) => t,
        Err(e) => return error_response(&e),
    };
    let device_code = uuid::Uuid::new_v4().simple().to_string();
    let user_code = user_code();
    let host = headers
        .get("host")
        .and_then(|h| h.to_str().ok())
        .unwrap_or("127.0.0.1");
    let scheme = uri.scheme_str().unwrap_or("http");
    let verification_uri = format!("{scheme}://{host}/devicelogin");
    st.devices.codes.lock().expect("device codes").insert(
        device_code.clone(),
        Pending {
            user_code: user_code.clone(),
            tenant,
            expires: Instant::now() + st.devices.lifetime,
            last_poll: None,
            state: Approval::Waiting,
        },
    );
    Json(DeviceCodeAnswer {
        message: format!("To sign in, open {verification_uri} and enter the code {user_code}"),
        user_code,
        device_code,
        verification_uri,
        expires_in: st.devices.lifetime.as_secs(),
        interval: INTERVAL.as_secs(),
    })
    .into_response()
}

/// Nine letters and digits, easy to read aloud (no 0/O, 1/I).
fn user_code() -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let bytes = *uuid::Uuid::new_v4().as_bytes();
    bytes[..9]
        .iter()
        .map(|b| ALPHABET[*b as usize % ALPHABET.len()] as char)
        .collect()
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
    let Some((device, tenant)) = find(&st, &code) else {
        return error_response(
            &ApiError::new(Code::InvalidInput, "no sign-in is waiting for this code")
                .hint("check the code; it may have expired"),
        );
    };
    if form.decline.as_deref().is_some_and(crate::protocol::truthy) {
        settle(&st, &device, Approval::Declined);
        return Json(Approved {
            approved: false,
            user_principal_name: None,
        })
        .into_response();
    }
    let upn = form.username.trim().to_string();
    let api = Embedded::new(st.service.clone(), None);
    let grant = Grant::Password(SignIn {
        username: upn.clone(),
        password: form.password,
    });
    let key = ThrottleKey::Named(format!("token:{}", tenant.to_ascii_lowercase()));
    let op = async move { api.token(&tenant, grant).await };
    match run_blocking(&st, key, op).await {
        Ok(Ok(tokens)) => {
            settle(&st, &device, Approval::Approved(tokens));
            Json(Approved {
                approved: true,
                user_principal_name: Some(upn),
            })
            .into_response()
        }
        Ok(Err(e)) => error_response(&e),
        Err(throttled) => throttled,
    }
}

/// The device code and tenant of a waiting user code.
fn find(st: &Shared, user_code: &str) -> Option<(String, String)> {
    let codes = st.devices.codes.lock().expect("device codes");
    codes
        .iter()
        .find(|(_, p)| {
            p.user_code == user_code
                && matches!(p.state, Approval::Waiting)
                && Instant::now() < p.expires
        })
        .map(|(d, p)| (d.clone(), p.tenant.clone()))
}

fn settle(st: &Shared, device_code: &str, state: Approval) {
    if let Some(p) = st
        .devices
        .codes
        .lock()
        .expect("device codes")
        .get_mut(device_code)
    {
        p.state = state;
    }
}

/// A poll with a device code: the tokens once approved, else OAuth's error name.
pub fn redeem(st: &Shared, device_code: &str) -> Result<Tokens, &'static str> {
    let now = Instant::now();
    let lifetime = st.devices.lifetime;
    // Expired codes are kept a lifetime longer, so their polls still hear `expired_token`.
    let mut codes = st.devices.codes.lock().expect("device codes");
    codes.retain(|_, p| now < p.expires + lifetime);
    let Some(p) = codes.get_mut(device_code) else {
        return Err("expired_token");
    };
    if now >= p.expires {
        codes.remove(device_code);
        return Err("expired_token");
    }
    let too_soon = p
        .last_poll
        .is_some_and(|last| now < last + INTERVAL - Duration::from_millis(100));
    p.last_poll = Some(now);
    match &p.state {
        Approval::Waiting if too_soon => Err("slow_down"),
        Approval::Waiting => Err("authorization_pending"),
        Approval::Declined => {
            codes.remove(device_code);
            Err("authorization_declined")
        }
        Approval::Approved(_) => match codes.remove(device_code).map(|p| p.state) {
            Some(Approval::Approved(tokens)) => Ok(tokens),
            _ => Err("expired_token"),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_codes_are_nine_readable_characters() {
        let c = user_code();
        assert_eq!(c.len(), 9);
        assert!(!c.contains(['0', 'O', '1', 'I']));
    }
}
