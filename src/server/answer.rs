//! Putting an operation's outcome on the wire: status, JSON body, `ETag`, collections paged
//! with `MS-ContinuationToken`, and errors as `{"code", "description", "data", "source"}`.

use super::route::{PageJson, Reply, Route, Window, MAX_PAGE_SIZE, PAGE_SIZE};
use crate::error::{ApiError, Code, ErrorKind};
use crate::protocol::{header, Collection, CollectionAttributes, ErrorBody, KeyValue, Link, Links};
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::Json;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde_json::value::RawValue;
use std::time::Duration;

pub fn status_of(e: &ApiError) -> StatusCode {
    let status = if e.is(Code::PayloadTooLarge) {
        413
    } else if e.is(Code::MethodNotAllowed) {
        405
    } else if e.is(Code::HeadTooLarge) {
        431
    } else if e.is(Code::UriTooLong) {
        414
    } else if e.is(Code::RequestTimeout) {
        408
    } else {
        e.kind().http_status()
    };
    StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

pub fn error_response(e: &ApiError) -> Response {
    let status = status_of(e);
    let mut res = (status, Json(ErrorBody::from(&*public(e)))).into_response();
    if status == StatusCode::SERVICE_UNAVAILABLE {
        // Busy, not broken: the client waits a moment and tries again.
        res.headers_mut()
            .insert("retry-after", HeaderValue::from(1u32));
    }
    res
}

/// `e` as it is, internal or not: for the faults `--inject-faults` makes on purpose, whose
/// messages say so and hold nothing else.
pub fn injected_error_response(e: &ApiError) -> Response {
    (status_of(e), Json(ErrorBody::from(e))).into_response()
}

tokio::task_local! {
    /// The correlation id of the request being answered (set by `around`).
    pub static CORRELATION: String;
}

/// `e` as the client may see it. An internal error's message may hold what only the server
/// should know (database or file names, SQL): it goes to the server's log (stderr) with the
/// request's correlation id, and the client gets a message that names that id.
pub fn public(e: &ApiError) -> std::borrow::Cow<'_, ApiError> {
    if e.kind() != ErrorKind::Internal {
        return std::borrow::Cow::Borrowed(e);
    }
    let id = CORRELATION
        .try_with(Clone::clone)
        .unwrap_or_else(|_| "-".to_string());
    eprintln!(
        "partnerctl serve: error {} correlation={id}: {}",
        e.code, e.message
    );
    std::borrow::Cow::Owned(ApiError {
        code: e.code,
        message: format!(
            "internal error in the server; its log has the details under the correlation id {id}"
        ),
        hint: None,
        fields: Vec::new(),
    })
}

fn collection_response(c: Result<Collection<Box<RawValue>>, ApiError>) -> Response {
    match c {
        Ok(c) => (StatusCode::OK, Json(c)).into_response(),
        Err(e) => error_response(&e),
    }
}

/// 429 with `Retry-After` in whole seconds (at least one).
pub fn throttled(wait: Duration) -> Response {
    busy(
        ApiError::new(Code::TooManyRequests, "too many requests for this tenant"),
        wait,
    )
}

/// `e` (a 429) with `Retry-After: wait` in whole seconds (at least one), said in a hint too.
pub fn busy(e: ApiError, wait: Duration) -> Response {
    let secs = (wait.as_secs() + u64::from(wait.subsec_nanos() > 0)).max(1);
    let mut res = error_response(&e.hint(format!("retry after {secs} s")));
    res.headers_mut()
        .insert("retry-after", HeaderValue::from(secs));
    res
}

pub fn reply_response(route: &Route, uri: &Uri, window: Window, reply: Reply) -> Response {
    match reply {
        Reply::Value(v) => {
            let etag = etag_of(&v)
                .map(|e| entity_tag(&e))
                .and_then(|e| HeaderValue::from_str(&e).ok());
            let mut res = (route.status, Json(v)).into_response();
            if let Some(etag) = etag {
                res.headers_mut().insert("etag", etag);
            }
            res
        }
        Reply::Items(items) => {
            let total = items.len();
            let page = items.page(window.start, window.size);
            collection_response(collection(uri, window, total, page))
        }
        Reply::Page { total, items } => {
            let page = items.page(0, window.size);
            collection_response(collection(uri, window, total, page))
        }
        Reply::Empty => StatusCode::NO_CONTENT.into_response(),
        Reply::Exists(true) => StatusCode::OK.into_response(),
        Reply::Exists(false) => StatusCode::NOT_FOUND.into_response(),
    }
}

/// `attributes.etag` of an answer, read from its JSON text (every other field is skipped, not
/// kept).
fn etag_of(json: &RawValue) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct Answer {
        attributes: Option<Attributes>,
    }
    #[derive(serde::Deserialize)]
    struct Attributes {
        etag: Option<String>,
    }
    serde_json::from_str::<Answer>(json.get())
        .ok()?
        .attributes?
        .etag
}

/// An etag as an HTTP entity tag: the backend's are already (`W/"..."`); others get quotes.
fn entity_tag(etag: &str) -> String {
    if etag.starts_with("W/\"") || etag.starts_with('"') {
        etag.to_string()
    } else {
        format!("\"{etag}\"")
    }
}

/// The page a request asks for: from the offset in `MS-ContinuationToken` (none: the start),
/// `?size=` long.
pub fn window(uri: &Uri, headers: &HeaderMap) -> Result<Window, ApiError> {
    let query = uri.query().unwrap_or("");
    let size = query
        .split('&')
        .find_map(|kv| kv.strip_prefix("size="))
        .map(|s| {
            s.parse::<usize>()
                .ok()
                .filter(|n| (1..=MAX_PAGE_SIZE).contains(n))
                .ok_or_else(|| {
                    ApiError::new(
                        Code::InvalidInput,
                        format!("size must be a number from 1 to {MAX_PAGE_SIZE}"),
                    )
                })
        })
        .transpose()?
        .unwrap_or(PAGE_SIZE);
    let start = match headers
        .get(header::CONTINUATION_TOKEN)
        .and_then(|v| v.to_str().ok())
    {
        Some(token) => decode_offset(token).ok_or_else(|| {
            ApiError::new(
                Code::InvalidHeader,
                "MS-ContinuationToken is not one this server gave",
            )
        })?,
        None => 0,
    };
    Ok(Window { start, size })
}

/// The window `w` of a collection of `total` items, whose JSON `page` gives; `links.next`
/// carries the token of the next page while there is one.
fn collection(
    uri: &Uri,
    w: Window,
    total: usize,
    page: PageJson,
) -> Result<Collection<Box<RawValue>>, ApiError> {
    let end = w.start.saturating_add(w.size).min(total);
    let next = (end < total).then(|| Link {
        uri: uri
            .path_and_query()
            .map_or_else(|| uri.path().to_string(), |p| p.as_str().to_string()),
        method: "GET".into(),
        headers: vec![KeyValue {
            key: "MS-ContinuationToken".into(),
            value: encode_offset(end),
        }],
    });
    Ok(Collection {
        total_count: total,
        items: page.map_err(|e| ApiError::internal(format!("cannot write the answer: {e}")))?,
        links: Links { next },
        attributes: CollectionAttributes {
            object_type: "Collection".into(),
        },
    })
}

fn encode_offset(offset: usize) -> String {
    URL_SAFE_NO_PAD.encode(format!("offset:{offset}"))
}

fn decode_offset(token: &str) -> Option<usize> {
    let bytes = URL_SAFE_NO_PAD.decode(token.trim()).ok()?;
    String::from_utf8(bytes)
        .ok()?
        .strip_prefix("offset:")?
        .parse()
        .ok()
}

/// What kind an error code is, for the token endpoint's OAuth `error`.
pub fn oauth_error(e: &ApiError) -> &'static str {
    match e.kind() {
        ErrorKind::Invalid | ErrorKind::NotFound => "invalid_request",
        ErrorKind::Unauthenticated | ErrorKind::Forbidden => "invalid_grant",
        ErrorKind::RateLimited | ErrorKind::Unavailable => "temporarily_unavailable",
        _ => "server_error",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn internal_errors_name_the_correlation_id_not_the_cause() {
        let e = ApiError::internal("SELECT secret FROM sessions: database disk image is malformed");
        let res = CORRELATION
            .scope("c0ffee".to_string(), async { error_response(&e) })
            .await;
        assert_eq!(res.status(), StatusCode::INTERNAL_SERVER_ERROR);
        let body = axum::body::to_bytes(res.into_body(), 1 << 16)
            .await
            .unwrap();
        let body: ErrorBody = serde_json::from_slice(&body).unwrap();
        assert_eq!(body.code, 5000);
        assert!(body.description.contains("c0ffee"), "{}", body.description);
        assert!(!body.description.contains("SELECT"), "{}", body.description);
        // Other errors are told as they are.
        let e = ApiError::new(Code::UserNotFound, "no user ana@contoso.com");
        assert_eq!(public(&e).message, e.message);
    }

    #[test]
    fn continuation_tokens_round_trip_and_strangers_are_refused() {
        assert_eq!(decode_offset(&encode_offset(200)), Some(200));
        assert_eq!(decode_offset("not a token"), None);
    }
}
