//! `partnerctl auth status`: where the credential of this data dir lives and when it expires.
//! It never shows a secret.

use super::{Context, Result};
use crate::api::ApiError;
use crate::auth::{self, Stored};
use crate::error::{Code, ErrorKind};
use crate::output::{opt_time, Tabular};
use jiff::Timestamp;
use serde::Serialize;

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AuthStatus {
    pub signed_in: bool,
    /// `keyring`, `file`, `tokenFile`, `environment` or `none`.
    pub credential: &'static str,
    /// Where it is, in words: the keyring entry, a file's path, a variable.
    pub location: String,
    pub user_principal_name: Option<String>,
    /// When the access token expires (stored sessions only).
    pub expires_at: Option<Timestamp>,
    /// Until when it can be refreshed without signing in (stored sessions only).
    pub refresh_expires_at: Option<Timestamp>,
    /// `valid`, `refreshable`, `expired`, `rejected` or `none`.
    pub state: &'static str,
    /// The backend the credential is for: a backend URL, or the data dir's path.
    pub backend: String,
}

impl Tabular for AuthStatus {
    fn columns() -> &'static [&'static str] {
        &[
            "Signed in",
            "Credential",
            "Location",
            "User",
            "Expires",
            "Refreshable until",
            "State",
            "Backend",
        ]
    }

    fn row(&self) -> Vec<String> {
        vec![
            if self.signed_in { "yes" } else { "no" }.into(),
            self.credential.into(),
            self.location.clone(),
            self.user_principal_name.clone().unwrap_or_default(),
            opt_time(&self.expires_at),
            opt_time(&self.refresh_expires_at),
            self.state.into(),
            self.backend.clone(),
        ]
    }
}

pub async fn status(ctx: &Context) -> Result<()> {
    let status = match ctx.explicit_token()? {
        Some(given) => {
            // Only the backend knows whether a token it issued is still good.
            let (credential, location) = match &given.source {
                super::token_source::Source::File { .. } => ("tokenFile", given.source.to_string()),
                super::token_source::Source::Env => ("environment", given.source.to_string()),
            };
            let me = ctx.api().await?.whoami().await;
            let (user, state) = match me {
                Ok(me) => (Some(me.user.user_principal_name), "valid"),
                Err(e) if e.kind() == ErrorKind::Unauthenticated => (None, "rejected"),
                Err(e) => return Err(e.into()),
            };
            AuthStatus {
                signed_in: user.is_some(),
                credential,
                location,
                user_principal_name: user,
                expires_at: None,
                refresh_expires_at: None,
                state,
                backend: ctx.backend_name(),
            }
        }
        None => stored(ctx)?,
    };
    ctx.print(&status)?;
    if status.signed_in {
        return Ok(());
    }
    let hint = match status.state {
        "rejected" => "give a valid token, or remove it to use the stored session",
        _ if !ctx.is_remote() && !ctx.store_exists() => super::context::NOTHING_HERE_HINT,
        _ => "sign in: partnerctl login --username UPN --password-stdin",
    };
    Err(ApiError::new(Code::NotSignedIn, "not signed in")
        .hint(hint)
        .into())
}

fn stored(ctx: &Context) -> Result<AuthStatus> {
    let backend = ctx.backend_name();
    let Some((session, at)) = ctx.locate_session()? else {
        return Ok(AuthStatus {
            signed_in: false,
            credential: "none",
            location: String::new(),
            user_principal_name: None,
            expires_at: None,
            refresh_expires_at: None,
            state: "none",
            backend,
        });
    };
    let (credential, location) = match at {
        Stored::Keyring => (
            "keyring",
            format!(
                "OS keyring, service {}, entry {}",
                auth::SERVICE,
                ctx.session_key()?
            ),
        ),
        Stored::File { path, .. } => ("file", format!("{} (readable only by you)", path.display())),
    };
    let now = ctx.now()?;
    let state = if now < session.expires_at {
        "valid"
    } else if now < session.refresh_expires_at {
        "refreshable"
    } else {
        "expired"
    };
    Ok(AuthStatus {
        signed_in: state != "expired",
        credential,
        location,
        user_principal_name: Some(session.user_principal_name),
        expires_at: Some(session.expires_at),
        refresh_expires_at: Some(session.refresh_expires_at),
        state,
        backend,
    })
}
