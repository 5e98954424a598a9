//! A sign-in by any grant (password, refresh token, application, device-code approval), shared
//! by the token endpoint and the device-code page.

use super::lanes::Lane;
use super::{run_blocking, Shared, ThrottleKey};
use crate::api::Tokens;
use crate::backend::{Embedded, Grant};
use crate::error::ApiError;
use axum::response::Response;

/// Why a sign-in gave no tokens: the backend refused it, or the server answered for it
/// (throttled, failed).
pub(crate) enum SignInFailed {
    Refused(ApiError),
    Answer(Response),
}

/// A sign-in at `tenant` (the caller took its turn from the throttle): on success the server
/// learns which tenant the name is, to throttle it as that tenant from then on.
pub(crate) async fn sign_in(
    st: &Shared,
    tenant: &str,
    grant: Grant,
) -> Result<Tokens, SignInFailed> {
    let api = Embedded::new(st.service.clone(), None);
    let service = st.service.clone();
    let name = tenant.to_string();
    let op = async move {
        let tokens = api.token(&name, grant).await?;
        let id = service.tenant_of_token(&tokens.access_token).ok().flatten();
        Ok::<_, ApiError>((tokens, id))
    };
    match run_blocking(st, Lane::Hashing, ThrottleKey::Taken, op).await {
        Ok(Ok((tokens, id))) => {
            if let Some(id) = id {
                st.names.learn(tenant, &id);
            }
            Ok(tokens)
        }
        Ok(Err(e)) => Err(SignInFailed::Refused(e)),
        Err(answer) => Err(SignInFailed::Answer(answer)),
    }
}
