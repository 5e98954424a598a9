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
//! At most [`MAX_CODES`] are kept (past it, 429 until some expire); expired ones are dropped
//! as new ones are asked for. Every endpoint takes its turn from the throttle first.

use super::answer::{self, error_response};
use super::token::{sign_in, SignInFailed};
use super::{take_turn, Peer, Shared};
use crate::api::{SignIn, Tokens};
use crate::backend::Grant;
use crate::error::{ApiError, Code};
use axum::extract::rejection::{FormRejection, PathRejection};
use axum::extract::{Path, State};
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
/// The most device codes kept at once, waiting or recently expired.
pub const MAX_CODES: usize = 10_000;

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

    /// Keeps a new code, after dropping those past their time; `Err`: how long until one of
    /// the [`MAX_CODES`] kept expires.
    fn add(&self, device_code: String, pending: Pending, now: Instant) -> Result<(), Duration> {
        let mut codes = self.codes.lock().expect("device codes");
        reap(&mut codes, self.lifetime, now);
        if codes.len() >= MAX_CODES {
            // Room first from those expired already (kept so that their polls hear so).
            codes.retain(|_, p| now < p.expires);
        }
        if codes.len() >= MAX_CODES {
            let first = codes.values().map(|p| p.expires).min().unwrap_or(now);
            return Err(first.saturating_duration_since(now));
        }
        codes.insert(device_code, pending);
        Ok(())
    }
}

/// Expired codes are kept a lifetime longer, so their polls still hear `expired_token`; then
/// dropped.
fn reap(codes: &mut HashMap<String, Pending>, lifetime: Duration, now: Instant) {
    codes.retain(|_, p| now < p.expires + lifetime);
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
    let device_code = uuid::Uuid::new_v4().simple().to_string();
    let user_code = user_code();
    // The server's own URL, never the `Host` the request claims.
    let verification_uri = format!("{}/devicelogin", st.public_url);
    let pending = Pending {
        user_code: user_code.clone(),
        tenant,
        expires: Instant::now() + st.devices.lifetime,
        last_poll: None,
        state: Approval::Waiting,
    };
    if let Err(wait) = st.devices.add(device_code.clone(), pending, Instant::now()) {
        return answer::busy(
            ApiError::new(
                Code::TooManyRequests,
                format!("{MAX_CODES} sign-ins are waiting for approval already"),
            ),
            wait,
        );
    }
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
    let found = find(&st, &code);
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
        settle(&st, &device, Approval::Declined);
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
            settle(&st, &device, Approval::Approved(tokens));
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
    reap(&mut codes, lifetime, now);
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

    fn pending(expires: Instant) -> Pending {
        Pending {
            user_code: user_code(),
            tenant: "common".into(),
            expires,
            last_poll: None,
            state: Approval::Waiting,
        }
    }

    #[test]
    fn pending_codes_are_capped_and_reaped_once_expired() {
        let lifetime = Duration::from_secs(60);
        let codes = DeviceCodes::new(lifetime);
        let t0 = Instant::now();
        for i in 0..MAX_CODES {
            codes
                .add(i.to_string(), pending(t0 + lifetime), t0)
                .unwrap();
        }
        let wait = codes
            .add("full".into(), pending(t0 + lifetime), t0)
            .unwrap_err();
        assert_eq!(wait, lifetime, "says when the first code expires");
        // Once they expired, a new code makes room; a lifetime later, they are gone.
        let later = t0 + lifetime + Duration::from_secs(1);
        codes
            .add("new".into(), pending(later + lifetime), later)
            .unwrap();
        assert_eq!(codes.codes.lock().unwrap().len(), 1);
        let gone = later + 3 * lifetime;
        codes
            .add("newer".into(), pending(gone + lifetime), gone)
            .unwrap();
        assert_eq!(codes.codes.lock().unwrap().len(), 1);
    }

    #[test]
    fn user_codes_are_nine_readable_characters() {
        let c = user_code();
        assert_eq!(c.len(), 9);
        assert!(!c.contains(['0', 'O', '1', 'I']));
    }
}
