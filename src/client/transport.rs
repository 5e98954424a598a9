//! One call on the wire: Partner Center's headers, a bounded number of tries with exponential
//! backoff and jitter (connection failures, 5xx, 429 honouring `Retry-After`), the same
//! `MS-RequestId` on every try, and a log line per try with `-v`; with `-vvv` the headers of
//! each request and answer too, secrets (`Authorization`, cookies) redacted.

use crate::error::{ApiError, Code, Result};
use crate::protocol::{self, header, ErrorBody};
use reqwest::{Method, StatusCode, Url};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// Whether the headers of every request and answer are logged (`-vvv`), with `verbose`.
static HEADERS: AtomicBool = AtomicBool::new(false);

/// Logs the headers of requests and answers (secrets redacted) from now on (`-vvv`).
pub fn log_headers(on: bool) {
    HEADERS.store(on, Ordering::Relaxed);
}

/// Headers whose values are never shown.
const SECRET_HEADERS: &[&str] = &[
    "authorization",
    "proxy-authorization",
    "cookie",
    "set-cookie",
];

/// How often and how long to try.
#[derive(Debug, Clone)]
pub struct RetryPolicy {
    pub max_tries: u32,
    /// The first wait; each retry doubles it (with jitter), up to `max_backoff`.
    pub backoff: Duration,
    pub max_backoff: Duration,
    /// The longest `Retry-After` honoured; a longer one is cut to this.
    pub max_retry_after: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_tries: 5,
            backoff: Duration::from_millis(250),
            max_backoff: Duration::from_secs(8),
            max_retry_after: Duration::from_secs(60),
        }
    }
}

impl RetryPolicy {
    /// The wait before try `n + 1` (n >= 1): `backoff * 2^(n-1)`, capped, with jitter down to
    /// half of it so that many clients do not retry in step.
    fn backoff(&self, n: u32) -> Duration {
        use crate::backoff::{doubling, jittered};
        jittered(doubling(self.backoff, n - 1, self.max_backoff))
    }
}

/// A request, ready to send as many times as needed.
pub struct Request {
    pub method: Method,
    pub url: Url,
    pub body: Option<(Vec<u8>, &'static str)>,
    pub token: Option<String>,
    pub if_match: Option<String>,
    pub continuation: Option<String>,
    /// Ask the server to roll the operation back.
    pub dry_run: bool,
}

pub struct Answer {
    pub status: StatusCode,
    pub body: Vec<u8>,
}

pub struct Transport {
    pub http: reqwest::Client,
    pub retry: RetryPolicy,
    pub verbose: bool,
    pub sandbox: AtomicBool,
    /// Requests sent, every try counted.
    pub requests: AtomicU64,
    /// Tries after the first of a request (after a connection failure, a 5xx or a 429).
    pub retries: AtomicU64,
}

impl Transport {
    pub fn new(verbose: bool) -> Result<Transport> {
        // TLS through rustls with ring, the cryptography the rest of the program uses. Only
        // the first call installs it; later ones find it there.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let http = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(10))
            .timeout(Duration::from_secs(60))
            // `serve` closes a keep-alive connection idle for 10 s: let go of it first, rather
            // than send a request on it as it closes.
            .pool_idle_timeout(Duration::from_secs(5))
            .user_agent(concat!("partnerctl/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| ApiError::internal(chain(&e)))?;
        Ok(Transport {
            http,
            retry: RetryPolicy::default(),
            verbose,
            sandbox: AtomicBool::new(false),
            requests: AtomicU64::new(0),
            retries: AtomicU64::new(0),
        })
    }

    /// Sends `req` until it gets an answer that is not worth retrying, or the tries run out.
    pub async fn send(&self, req: &Request) -> Result<Answer> {
        let request_id = CALL
            .try_with(|call| derived_request_id(call, req))
            .unwrap_or_else(|_| crate::random::uuid().to_string());
        let correlation_id = crate::random::uuid().to_string();
        let mut try_no = 0;
        loop {
            try_no += 1;
            self.requests.fetch_add(1, Ordering::Relaxed);
            if try_no > 1 {
                self.retries.fetch_add(1, Ordering::Relaxed);
            }
            let started = Instant::now();
            let sent = match self.build(req, &request_id, &correlation_id).build() {
                Ok(request) => {
                    self.log_header_lines(">", request.headers());
                    self.http.execute(request).await
                }
                Err(e) => Err(e),
            };
            let last = try_no >= self.retry.max_tries;
            match sent {
                Ok(res) => {
                    let status = res.status();
                    let headers = res.headers().clone();
                    self.log_header_lines("<", &headers);
                    self.log(
                        req,
                        &status.as_u16().to_string(),
                        started,
                        &correlation_id,
                        try_no,
                    );
                    if let Some(v) = headers.get(header::SANDBOX) {
                        let on = v.to_str().is_ok_and(protocol::truthy);
                        self.sandbox.store(on, Ordering::Relaxed);
                    }
                    let retryable =
                        status == StatusCode::TOO_MANY_REQUESTS || status.is_server_error();
                    if retryable && !last {
                        let wait = retry_after(&headers)
                            .map(|w| w.min(self.retry.max_retry_after))
                            .unwrap_or_else(|| self.retry.backoff(try_no));
                        self.debug(format_args!("retrying in {} ms", wait.as_millis()));
                        tokio::time::sleep(wait).await;
                        continue;
                    }
                    let body = match res.bytes().await {
                        Ok(b) => b.to_vec(),
                        Err(e) if !last => {
                            self.debug(format_args!("reading the answer failed: {}", chain(&e)));
                            tokio::time::sleep(self.retry.backoff(try_no)).await;
                            continue;
                        }
                        Err(e) => return Err(gave_up(req, &e, try_no)),
                    };
                    return Ok(Answer { status, body });
                }
                Err(e) => {
                    self.log(req, "failed", started, &correlation_id, try_no);
                    if last || e.is_builder() {
                        return Err(gave_up(req, &e, try_no));
                    }
                    // The server may have done the work before the connection dropped: the
                    // same MS-RequestId makes the retry get that answer, not do it twice.
                    let wait = self.retry.backoff(try_no);
                    self.debug(format_args!(
                        "{}; retrying in {} ms",
                        chain(&e),
                        wait.as_millis()
                    ));
                    tokio::time::sleep(wait).await;
                }
            }
        }
    }

    pub fn traffic(&self) -> crate::api::Traffic {
        crate::api::Traffic {
            requests: self.requests.load(Ordering::Relaxed),
            retries: self.retries.load(Ordering::Relaxed),
        }
    }

    fn build(
        &self,
        req: &Request,
        request_id: &str,
        correlation_id: &str,
    ) -> reqwest::RequestBuilder {
        let mut b = self
            .http
            .request(req.method.clone(), req.url.clone())
            .header(header::REQUEST_ID, request_id)
            .header(header::CORRELATION_ID, correlation_id)
            .header(header::CONTRACT_VERSION, protocol::CONTRACT_VERSION)
            .header("accept", "application/json");
        if let Some(t) = &req.token {
            b = b.bearer_auth(t);
        }
        if req.dry_run {
            b = b.header(header::DRY_RUN, "true");
        }
        if let Some(etag) = &req.if_match {
            b = b.header("if-match", etag);
        }
        if let Some(c) = &req.continuation {
            b = b.header(header::CONTINUATION_TOKEN, c);
        }
        if let Some((body, content_type)) = &req.body {
            b = b.header("content-type", *content_type).body(body.clone());
        }
        b
    }

    fn log(&self, req: &Request, outcome: &str, started: Instant, correlation: &str, try_no: u32) {
        self.debug(format_args!(
            "http: {} {} -> {outcome} in {} ms (correlation {correlation}, try {try_no})",
            req.method,
            req.url.path(),
            started.elapsed().as_millis()
        ));
    }

    /// With `-vvv`: one line per header, `>` sent and `<` received; secrets redacted.
    fn log_header_lines(&self, direction: &str, headers: &reqwest::header::HeaderMap) {
        if !(self.verbose && HEADERS.load(Ordering::Relaxed)) {
            return;
        }
        for (name, value) in headers {
            let shown = if SECRET_HEADERS.contains(&name.as_str()) {
                "<redacted>".to_string()
            } else {
                let text = String::from_utf8_lossy(value.as_bytes());
                crate::validate::text::escape_controls(&text).into_owned()
            };
            self.debug(format_args!("http {direction} {name}: {shown}"));
        }
    }

    fn debug(&self, msg: std::fmt::Arguments<'_>) {
        if self.verbose {
            eprintln!("debug: {msg}");
        }
    }
}

tokio::task_local! {
    /// The key of the call under way (see [`one_call`]).
    static CALL: uuid::Uuid;
}

/// Runs `f` as one call that its caller may repeat (the bulk runner retries a call the backend
/// kept throttling): each request sent inside gets an `MS-RequestId` derived from this call's
/// key and the request itself, so a repeat of a request whose answer was lost (the server may
/// have committed it) is recognised by the server and answered as the first time, not done
/// twice.
pub async fn one_call<F: std::future::Future>(f: F) -> F::Output {
    CALL.scope(crate::random::uuid(), f).await
}

/// A request id (a GUID) from the call's key, the method, the URL and the body.
fn derived_request_id(call: &uuid::Uuid, req: &Request) -> String {
    let mut h = ring::digest::Context::new(&ring::digest::SHA256);
    h.update(call.as_bytes());
    for part in [
        req.method.as_str().as_bytes(),
        req.url.as_str().as_bytes(),
        req.body.as_ref().map_or(&[][..], |(b, _)| b),
    ] {
        h.update(&(part.len() as u64).to_be_bytes());
        h.update(part);
    }
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&h.finish().as_ref()[..16]);
    uuid::Builder::from_random_bytes(bytes)
        .into_uuid()
        .to_string()
}

/// `Retry-After` in seconds (the HTTP-date form is not used by Partner Center).
fn retry_after(headers: &reqwest::header::HeaderMap) -> Option<Duration> {
    let v = headers.get("retry-after")?.to_str().ok()?;
    v.trim().parse::<u64>().ok().map(Duration::from_secs)
}

/// The error of an answer that is not a success: the server's error body, mapped back to the
/// same error (and so the same exit code) the embedded backend gives.
pub fn failure(answer: &Answer) -> ApiError {
    match serde_json::from_slice::<ErrorBody>(&answer.body) {
        Ok(body) => body.into(),
        Err(_) => ApiError::new(
            Code::BadResponse,
            format!(
                "the backend answered {} without an error body",
                answer.status
            ),
        ),
    }
}

fn gave_up(req: &Request, e: &reqwest::Error, tries: u32) -> ApiError {
    let mut url = req.url.clone();
    url.set_query(None);
    ApiError::new(
        Code::BackendUnreachable,
        format!(
            "{} {url}: {} (after {tries} {})",
            req.method,
            chain(e),
            if tries == 1 { "try" } else { "tries" }
        ),
    )
    .hint("check --backend / PARTNERCTL_BACKEND and that the server is running")
}

/// The whole error chain: reqwest's top-level message hides the cause.
pub fn chain(e: &dyn std::error::Error) -> String {
    let mut msg = e.to_string();
    let mut cause = e.source();
    while let Some(c) = cause {
        let text = c.to_string();
        if !msg.contains(&text) {
            msg += &format!(": {text}");
        }
        cause = c.source();
    }
    msg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_repeated_call_sends_the_same_request_ids() {
        let req = |body: &str| Request {
            method: Method::POST,
            url: Url::parse("http://127.0.0.1/v1/membership/upgrade").unwrap(),
            body: Some((body.as_bytes().to_vec(), "application/json")),
            token: None,
            if_match: None,
            continuation: None,
            dry_run: false,
        };
        let call = crate::random::uuid();
        let a = derived_request_id(&call, &req("{}"));
        assert_eq!(a, derived_request_id(&call, &req("{}")));
        assert_ne!(a, derived_request_id(&call, &req("{\"x\":1}")));
        assert_ne!(a, derived_request_id(&crate::random::uuid(), &req("{}")));
        assert!(uuid::Uuid::parse_str(&a).is_ok());
    }

    #[test]
    fn backoff_doubles_with_jitter_and_is_capped() {
        let p = RetryPolicy::default();
        for n in 1..=10 {
            let full = (p.backoff * 2u32.pow(n - 1)).min(p.max_backoff);
            let w = p.backoff(n);
            assert!(w >= full / 2 && w <= full, "try {n}: {w:?} of {full:?}");
        }
    }
}
