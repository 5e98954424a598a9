//! The confirmation page a verification mail links to: `GET /confirm/{token}` shows which
//! organization and address are being confirmed and a Confirm button; only `POST` confirms
//! (mail scanners open links). Server-rendered HTML, no script, readable on a phone.
//!
//! The POST is refused from another site: its form token is bound to the link (see
//! `Service::link_form_token`), and a browser's `Sec-Fetch-Site` or `Origin` must say the
//! form came from this server. Every answer forbids framing, scripts and other sources, is
//! not cached, and sends its address (which holds the token) to no other site. Every value is escaped.

use super::answer::{public, status_of};
use super::{on_service, Shared};
use crate::backend::{LinkOutcome, CONFIRM_PATH};
use crate::error::{ApiError, Code};
use crate::mail::templates::{escape, page};
use crate::mail::Language;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Form;
use serde::Deserialize;
use std::sync::LazyLock;

/// The page's only style, allowed by its hash in the Content-Security-Policy.
const STYLE: &str = "body{font-family:system-ui,sans-serif;margin:0 auto;max-width:34em;\
padding:1.5em;line-height:1.6;color:#1b1b1b}h1{font-size:1.4em}\
button{font-size:1.1em;padding:.7em 2em;border:0;border-radius:.3em;background:#0f6cbd;\
color:#fff}.ok{color:#0e700e}.no{color:#b10e1c}";

static POLICY: LazyLock<String> = LazyLock::new(|| {
    use base64::Engine;
    let digest = ring::digest::digest(&ring::digest::SHA256, STYLE.as_bytes());
    let hash = base64::engine::general_purpose::STANDARD.encode(digest.as_ref());
    format!(
        "default-src 'none'; style-src 'sha256-{hash}'; form-action 'self'; \
         frame-ancestors 'none'; base-uri 'none'"
    )
});

/// The path with its token hidden, for logs.
pub fn loggable(path: &str) -> std::borrow::Cow<'_, str> {
    match path.strip_prefix(CONFIRM_PATH) {
        Some(_) => format!("{CONFIRM_PATH}...").into(),
        None => path.into(),
    }
}

/// `GET /confirm/{token}`: the page, or why the link is not valid. Changes nothing.
pub async fn show(State(st): State<Shared>, Path(token): Path<String>) -> Response {
    let link = token.clone();
    let view = match on_service(&st, move |s| s.link_view(&link)).await {
        Ok(v) => v,
        Err(e) => return failed(Language::English, &e),
    };
    let Some(view) = view else {
        let lang = Language::English;
        return html(
            StatusCode::NOT_FOUND,
            lang,
            &page(lang, "title", &[]),
            &format!("<p class=no>{}</p>", page(lang, "invalid", &[])),
        );
    };
    let lang = view.language;
    let values: &[(&str, &str)] = &[
        ("company", &view.company),
        ("mpn_id", &view.mpn_id),
        ("email", &view.email),
    ];
    let body = format!(
        "<p>{lead}</p><p>{ask}</p>\
         <form method=post action=\"{path}\">\
         <input type=hidden name=form_token value=\"{form}\">\
         <button type=submit>{button}</button></form>",
        lead = page(lang, "lead", values),
        ask = page(lang, "ask", values),
        path = escape(&format!("{CONFIRM_PATH}{token}")),
        form = escape(&st.service.link_form_token(&token)),
        button = page(lang, "button", values),
    );
    html(StatusCode::OK, lang, &page(lang, "title", values), &body)
}

#[derive(Debug, Deserialize)]
pub struct ConfirmForm {
    #[serde(default)]
    form_token: String,
}

/// `POST /confirm/{token}`: confirms, by the rules of `account verify`, and shows the result.
pub async fn confirm(
    State(st): State<Shared>,
    Path(token): Path<String>,
    headers: HeaderMap,
    form: Result<Form<ConfirmForm>, axum::extract::rejection::FormRejection>,
) -> Response {
    let lang = Language::English;
    let form_token = form.map(|Form(f)| f.form_token).unwrap_or_default();
    if let Err(e) = same_site(&headers, &st.public_url) {
        return failed(lang, &e);
    }
    if !st.service.check_link_form_token(&token, &form_token) {
        return failed(
            lang,
            &ApiError::new(
                Code::Forbidden,
                "the form did not come from this page: open the link from the mail again",
            ),
        );
    }
    match on_service(&st, move |s| s.confirm_link(&token)).await {
        Ok(outcome) => result(&outcome),
        Err(e) => failed(lang, &e),
    }
}

/// The result: Authorized, or Rejected with the reason.
fn result(outcome: &LinkOutcome) -> Response {
    let lang = outcome.language;
    let company = [("company", outcome.company.as_str())];
    let body = if outcome.authorized() {
        format!("<p class=ok>{}</p>", page(lang, "authorized", &company))
    } else {
        let reason = page(lang, "reason_domain", &[]);
        let values = [("company", outcome.company.as_str()), ("reason", &reason)];
        format!("<p class=no>{}</p>", page(lang, "rejected", &values))
    };
    html(StatusCode::OK, lang, &page(lang, "title", &[]), &body)
}

/// A refusal, with the reason.
fn failed(lang: Language, e: &ApiError) -> Response {
    let e = public(e);
    let body = format!(
        "<p class=no>{}</p>",
        page(lang, "refused", &[("reason", &e.message)])
    );
    html(status_of(&e), lang, &page(lang, "title", &[]), &body)
}

/// A browser says where a form came from: `Sec-Fetch-Site` (same-origin, or none for a
/// typed address) and `Origin` (this server's public URL). A client that sends neither is
/// not a browser another site can drive; the form token still binds its POST to the link.
fn same_site(headers: &HeaderMap, public_url: &str) -> Result<(), ApiError> {
    let refused = |why: String| ApiError::new(Code::Forbidden, why);
    let text = |name: &str| headers.get(name).map(|v| v.to_str().unwrap_or("?"));
    if let Some(site) = text("sec-fetch-site") {
        if !matches!(site, "same-origin" | "none") {
            return Err(refused(format!(
                "a confirmation from another site ({site}) is refused: open the link from the mail"
            )));
        }
    }
    if let Some(origin) = text("origin") {
        if origin != origin_of(public_url) {
            return Err(refused(
                "a confirmation from another origin is refused: open the link from the mail"
                    .to_string(),
            ));
        }
    }
    Ok(())
}

/// `scheme://host[:port]` of a URL.
fn origin_of(url: &str) -> String {
    url::Url::parse(url)
        .map(|u| u.origin().ascii_serialization())
        .unwrap_or_default()
}

/// A whole page with the headers every confirmation page sends.
fn html(status: StatusCode, lang: Language, title: &str, body: &str) -> Response {
    let doc = format!(
        "<!doctype html><html lang={lang}><head><meta charset=utf-8>\
         <meta name=viewport content=\"width=device-width, initial-scale=1\">\
         <title>{title}</title><style>{STYLE}</style></head>\
         <body><h1>{title}</h1>{body}</body></html>",
        lang = page(lang, "lang", &[]),
    );
    let mut res = (status, doc).into_response();
    let h = res.headers_mut();
    let set = |h: &mut HeaderMap, name: header::HeaderName, value: &str| {
        if let Ok(v) = HeaderValue::from_str(value) {
            h.insert(name, v);
        }
    };
    set(h, header::CONTENT_TYPE, "text/html; charset=utf-8");
    set(h, header::CONTENT_SECURITY_POLICY, &POLICY);
    set(h, header::X_FRAME_OPTIONS, "DENY");
    set(h, header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set(h, header::REFERRER_POLICY, "same-origin");
    set(h, header::CACHE_CONTROL, "no-store");
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_from_other_sites_are_refused() {
        let url = "https://partners.contoso.test";
        let with = |pairs: &[(&'static str, &'static str)]| {
            let mut h = HeaderMap::new();
            for (k, v) in pairs {
                h.insert(*k, HeaderValue::from_static(v));
            }
            same_site(&h, url)
        };
        assert!(with(&[]).is_ok());
        assert!(with(&[("sec-fetch-site", "same-origin")]).is_ok());
        assert!(with(&[("origin", "https://partners.contoso.test")]).is_ok());
        assert!(with(&[("sec-fetch-site", "cross-site")]).is_err());
        assert!(with(&[("sec-fetch-site", "same-site")]).is_err());
        assert!(with(&[("origin", "https://evil.test")]).is_err());
        assert!(with(&[("origin", "null")]).is_err());
    }

    #[test]
    fn logs_never_show_the_token() {
        assert_eq!(loggable("/confirm/abc"), "/confirm/...");
        assert_eq!(loggable("/v1/x"), "/v1/x");
    }
}
