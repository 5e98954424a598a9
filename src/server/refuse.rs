//! Malformed requests refused before they reach a handler or the backend, each with the usual
//! error body: a body larger than the limit by its `Content-Length`, protocol headers that are
//! not text or not well-formed, an `Authorization` that is not a bearer token, ids in the path
//! that no id could be, a body that is not JSON.

use crate::error::{ApiError, Code};
use crate::protocol::{self, header};
use axum::extract::rejection::PathRejection;
use axum::http::HeaderMap;
use std::collections::HashMap;

/// The longest id a path may carry: domains and user principal names are shorter.
const MAX_ID_BYTES: usize = 256;

/// The longest bearer token taken: the server's own are far shorter.
const MAX_TOKEN_BYTES: usize = 4096;

/// What every endpoint refuses: an announced body over `limit`, and a malformed
/// `MS-Contract-Version` or `MS-RequestId`.
pub(crate) fn any_request(headers: &HeaderMap, limit: usize) -> Result<(), ApiError> {
    let length = headers
        .get(axum::http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    if length.is_some_and(|n| n > limit as u64) {
        return Err(too_large(limit));
    }
    if let Some(v) = optional_text(headers, header::CONTRACT_VERSION)? {
        if !v.eq_ignore_ascii_case(protocol::CONTRACT_VERSION) {
            return Err(ApiError::new(
                Code::UnsupportedContractVersion,
                format!("MS-Contract-Version {v:?} is not served here"),
            )
            .hint(format!(
                "send MS-Contract-Version: {}",
                protocol::CONTRACT_VERSION
            )));
        }
    }
    if let Some(id) = optional_text(headers, header::REQUEST_ID)? {
        if !super::is_id(id) {
            return Err(ApiError::new(
                Code::InvalidHeader,
                "MS-RequestId must be a GUID, e.g. 0f8fad5b-d9cb-469f-a165-70867728950e",
            ));
        }
    }
    Ok(())
}

pub(crate) fn too_large(limit: usize) -> ApiError {
    ApiError::new(
        Code::PayloadTooLarge,
        format!("the request body is larger than {limit} bytes"),
    )
}

/// A header's value as text; `Err` when it is there but not text (bytes past ASCII).
pub(crate) fn optional_text<'h>(
    headers: &'h HeaderMap,
    name: &str,
) -> Result<Option<&'h str>, ApiError> {
    match headers.get(name) {
        None => Ok(None),
        Some(v) => v.to_str().map(Some).map_err(|_| {
            ApiError::new(
                Code::InvalidHeader,
                format!("the {name} header is not text (it holds bytes past ASCII)"),
            )
        }),
    }
}

/// The bearer token, if the request has an `Authorization`; one that is not
/// `Bearer <token>` is refused rather than ignored.
pub(crate) fn bearer_token(headers: &HeaderMap) -> Result<Option<String>, ApiError> {
    let refused = || {
        ApiError::new(
            Code::NotSignedIn,
            "the Authorization header must be `Bearer <access token>`",
        )
        .hint("sign in at /{tenant}/oauth2/token and send the access_token it answers")
    };
    let Some(value) = optional_text(headers, "authorization").map_err(|_| refused())? else {
        return Ok(None);
    };
    let (scheme, token) = value.trim().split_once(' ').ok_or_else(refused)?;
    let token = token.trim();
    let printable = token.bytes().all(|b| b.is_ascii_graphic());
    if !scheme.eq_ignore_ascii_case("bearer")
        || token.is_empty()
        || token.len() > MAX_TOKEN_BYTES
        || !printable
    {
        return Err(refused());
    }
    Ok(Some(token.to_string()))
}

/// A body a JSON route reads must say it is JSON, when it says what it is.
pub(crate) fn json_body(headers: &HeaderMap, body: &[u8]) -> Result<(), ApiError> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(());
    }
    let Some(kind) = optional_text(headers, "content-type")? else {
        return Ok(());
    };
    let essence = kind.split(';').next().unwrap_or("").trim();
    let json = essence.eq_ignore_ascii_case("application/json")
        || essence.to_ascii_lowercase().ends_with("+json");
    if json {
        Ok(())
    } else {
        Err(ApiError::new(
            Code::InvalidHeader,
            format!("Content-Type {essence:?} is not taken here; the body must be JSON"),
        )
        .hint("send Content-Type: application/json"))
    }
}

/// The path's parameters, each one that an id could be.
pub(crate) fn path_params(
    params: Result<HashMap<String, String>, PathRejection>,
) -> Result<HashMap<String, String>, ApiError> {
    let params = params.map_err(bad_path)?;
    for (name, value) in &params {
        path_id(name, value)?;
    }
    Ok(params)
}

/// The `{tenant}` of the authority's endpoints: an id or a domain.
pub(crate) fn tenant(
    tenant: Result<axum::extract::Path<String>, PathRejection>,
) -> Result<String, ApiError> {
    let axum::extract::Path(tenant) = tenant.map_err(bad_path)?;
    path_id("tenant", &tenant)?;
    Ok(tenant)
}

/// A path axum could not decode (a segment that is not UTF-8 once percent-decoded).
fn bad_path(e: PathRejection) -> ApiError {
    ApiError::new(
        Code::InvalidInput,
        format!("the path is not valid: {}", e.body_text()),
    )
}

/// One id from a path: not empty, not huge, no control or invisible characters, not a path of
/// its own (`/`, `\`, `.` or `..`).
pub(crate) fn path_id(name: &str, value: &str) -> Result<(), ApiError> {
    let why = if value.trim().is_empty() {
        Some("it is empty".to_string())
    } else if value.len() > MAX_ID_BYTES {
        Some(format!(
            "it is {} bytes long; ids are at most {MAX_ID_BYTES}",
            value.len()
        ))
    } else if value.chars().any(|c| c.is_control() || invisible(c)) {
        Some("it holds a control or invisible character".to_string())
    } else if value.contains(['/', '\\']) || value == "." || value == ".." {
        Some("it is a path, not an id".to_string())
    } else {
        None
    };
    match why {
        None => Ok(()),
        Some(why) => Err(ApiError::new(
            Code::InvalidInput,
            format!("{name} in the path is not valid: {why}"),
        )),
    }
}

use crate::validate::text::invisible;

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(pairs: &[(&'static str, &[u8])]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, HeaderValue::from_bytes(v).unwrap());
        }
        h
    }

    #[test]
    fn ids_that_no_id_could_be_are_refused() {
        assert!(path_id("orderId", "3f2504e0-4f89-11d3-9a0c-0305e82c3301").is_ok());
        assert!(path_id("upn", "ana@contoso.com").is_ok());
        for bad in ["", "..", "a/b", "a\0b", "\u{202E}moc", &"x".repeat(257)] {
            assert!(path_id("orderId", bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn authorization_must_be_a_bearer_token() {
        assert_eq!(bearer_token(&headers(&[])).unwrap(), None);
        let ok = headers(&[("authorization", b"Bearer abc")]);
        assert_eq!(bearer_token(&ok).unwrap().as_deref(), Some("abc"));
        let long = format!("Bearer {}", "a".repeat(10_000));
        for bad in [
            &b"Basic abc"[..],
            b"garbage",
            b"Bearer \xff\xfe",
            long.as_bytes(),
        ] {
            let h = headers(&[("authorization", bad)]);
            assert!(
                bearer_token(&h).is_err(),
                "{:?}",
                String::from_utf8_lossy(bad)
            );
        }
    }

    #[test]
    fn protocol_headers_must_be_text_and_well_formed() {
        assert!(any_request(&headers(&[("ms-requestid", b"\xff")]), 10).is_err());
        assert!(any_request(&headers(&[("ms-requestid", b"a b")]), 10).is_err());
        assert!(any_request(&headers(&[("ms-contract-version", b"v1")]), 10).is_ok());
        assert!(any_request(&headers(&[("content-length", b"11")]), 10).is_err());
    }

    #[test]
    fn json_routes_refuse_other_content_types() {
        let json = headers(&[("content-type", b"application/json; charset=utf-8")]);
        assert!(json_body(&json, b"{}").is_ok());
        let text = headers(&[("content-type", b"text/plain")]);
        assert!(json_body(&text, b"{}").is_err());
        assert!(json_body(&text, b"").is_ok());
    }
}
