//! `POST /{tenant}/oauth2/token`: sign-in as Azure AD does it. Form-encoded,
//! `grant_type=password` (username, password) or `grant_type=refresh_token`; `{tenant}` is
//! the tenant's id, one of its domains, or `common`.

use super::answer::{oauth_error, status_of};
use super::{run_blocking, Shared, ThrottleKey};
use crate::api::SignIn;
use crate::backend::{Embedded, Grant};
use crate::error::{ApiError, Code, ErrorKind};
use crate::protocol::{ErrorBody, TokenAnswer, TokenError};
use axum::extract::rejection::FormRejection;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::{Form, Json};
use std::collections::HashMap;

pub async fn handle(
    State(st): State<Shared>,
    Path(tenant): Path<String>,
    form: Result<Form<HashMap<String, String>>, FormRejection>,
) -> Response {
    let grant = match form {
        Ok(Form(f)) => grant(f),
        Err(e) => Err(ApiError::new(Code::InvalidInput, e.body_text())),
    };
    let grant = match grant {
        Ok(g) => g,
        Err(e) => return failure(&e),
    };
    let api = Embedded::new(st.service.clone(), None);
    let key = ThrottleKey::Named(format!("token:{}", tenant.to_ascii_lowercase()));
    let op = async move { api.token(&tenant, grant).await };
    match run_blocking(&st, key, op).await {
        Ok(Ok(t)) => {
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
        Ok(Err(e)) => failure(&e),
        Err(throttled) => throttled,
    }
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
        .hint("use grant_type=password or grant_type=refresh_token")),
    }
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
