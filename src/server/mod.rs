//! `partnerctl serve`: the HTTP face of the backend service, in Partner Center's conventions.
//!
//! Thin by design: each route (see [`v1`]) parses its input and calls the same [`Embedded`]
//! the CLI uses in process, inside a blocking task (SQLite is synchronous); every rule stays
//! in `backend`. This module adds what only the wire has: headers, error bodies, paging,
//! idempotency keys, throttling, the token endpoint and the OpenAPI document.

pub mod activation;
mod answer;
mod assertion;
mod authority;
mod confirm;
pub mod faults;
mod lanes;
pub mod listen;
pub mod mail_sender;
mod openapi;
mod refuse;
mod route;
mod sign_in;
mod throttle;
mod token;
pub mod v1;

use crate::backend::{Embedded, RequestKey, Service};
use crate::error::{ApiError, Code, Result};
use crate::protocol::{self, header};
use answer::{error_response, reply_response};
use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, PathRejection};
use axum::extract::{DefaultBodyLimit, Path, Query, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodFilter, MethodRouter};
use axum::Router;
use lanes::{Lane, Lanes};
use route::{Input, Route, Shape, Window};
use std::collections::{BTreeMap, HashMap};
use std::future::Future;
use std::sync::Arc;
use std::time::Instant;
use throttle::Throttle;

pub use listen::{Labels, Limits, HEAD_LIMIT};
pub use openapi::document as openapi_document;

/// The largest request body accepted (profiles are a few KiB).
pub const BODY_LIMIT: usize = 1024 * 1024;

#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Requests a second per tenant; `None`: no limit.
    pub rate_limit: Option<u32>,
    /// Log each request (method, path, status, time, correlation id) on stderr.
    pub log_requests: bool,
    /// Applications that may sign in with client credentials.
    pub apps: Vec<App>,
    /// How long device codes wait for approval; `None`: Azure AD's 15 minutes.
    pub device_code_lifetime: Option<std::time::Duration>,
    /// Faults to inject (`--inject-faults`); never in normal service.
    pub faults: Option<Arc<faults::Faults>>,
    /// Requests handled at once; past that, 503 with `Retry-After`. `None`: no bound.
    pub max_in_flight: Option<usize>,
    /// The URL clients reach the server at, without a trailing `/` (`serve --public-url`,
    /// else `http://` and the address listened on): the audience client assertions must name
    /// and the base of the device-code page. Never taken from a request's `Host`.
    pub public_url: Option<String>,
}

/// An application registered with `serve --app`: it signs in with its secret or a client
/// assertion signed by its certificate's key (`--app-certificate`), and acts as a user of
/// the backend.
#[derive(Debug, Clone)]
pub struct App {
    pub client_id: String,
    pub user_principal_name: String,
    pub secret: Option<String>,
    /// The certificate's DER.
    pub certificate: Option<Vec<u8>>,
}

struct AppState {
    service: Arc<Service>,
    throttle: Option<Throttle>,
    log_requests: bool,
    openapi: Arc<serde_json::Value>,
    apps: Vec<App>,
    /// How long device codes wait for approval (`serve` as an authority).
    device_code_lifetime: std::time::Duration,
    /// Permits for requests in flight (`--max-in-flight`).
    in_flight: Option<Arc<tokio::sync::Semaphore>>,
    /// See [`Options::public_url`].
    public_url: String,
    /// The tenants the authority's `{tenant}` names, for throttling sign-ins.
    names: throttle::TenantNames,
    /// Where routes run (none if their threads could not be set up: then all on tokio's
    /// blocking pool).
    lanes: Option<Lanes>,
}

type Shared = Arc<AppState>;

/// The whole HTTP API over one service.
pub fn router(service: Arc<Service>, opts: &Options) -> Router {
    let routes = v1::routes();
    let lanes = Lanes::new(service.readers(), service.writers()).ok();
    let state: Shared = Arc::new(AppState {
        lanes,
        service,
        throttle: opts.rate_limit.map(Throttle::new),
        log_requests: opts.log_requests,
        openapi: Arc::new(openapi::document(&routes)),
        device_code_lifetime: opts.device_code_lifetime.unwrap_or(authority::LIFETIME),
        apps: opts.apps.clone(),
        in_flight: opts
            .max_in_flight
            .map(|n| Arc::new(tokio::sync::Semaphore::new(n))),
        public_url: opts
            .public_url
            .clone()
            .unwrap_or_else(|| "http://127.0.0.1".to_string()),
        names: throttle::TenantNames::default(),
    });
    // axum wants one method router per path.
    let mut by_path: BTreeMap<&'static str, MethodRouter<Shared>> = BTreeMap::new();
    for route in routes {
        let route = Arc::new(route);
        let filter =
            MethodFilter::try_from(route.method.clone()).expect("routes use standard methods");
        let path = route.path;
        let handler =
            move |State(st): State<Shared>,
                  Peer(peer): Peer,
                  method: Method,
                  uri: Uri,
                  headers: HeaderMap,
                  params: std::result::Result<Path<HashMap<String, String>>, PathRejection>,
                  body: std::result::Result<Bytes, BytesRejection>| {
                let route = route.clone();
                async move {
                    // Routes without parameters have none to read (axum: a rejection).
                    let params = if route.path.contains('{') {
                        refuse::path_params(params.map(|Path(p)| p))
                    } else {
                        Ok(HashMap::new())
                    };
                    match params {
                        Ok(params) => {
                            let call = Call {
                                method,
                                uri,
                                headers,
                                params,
                                peer,
                            };
                            dispatch(st, &route, call, body).await
                        }
                        Err(e) => error_response(&e),
                    }
                }
            };
        let entry = by_path.remove(path).unwrap_or_default();
        by_path.insert(path, entry.on(filter, handler));
    }
    let mut app = Router::new();
    for (path, methods) in by_path {
        app = app.route(path, methods);
    }
    let app = app
        .route("/{tenant}/oauth2/token", axum::routing::post(token::handle))
        .route(
            "/{tenant}/oauth2/devicecode",
            axum::routing::post(authority::start),
        )
        .route(
            "/devicelogin",
            axum::routing::get(authority::page).post(authority::approve),
        )
        .route(
            "/confirm/{token}",
            axum::routing::get(confirm::show).post(confirm::confirm),
        )
        .route("/openapi.json", axum::routing::get(openapi_json))
        .fallback(|| async { error_response(&not_here()) })
        .method_not_allowed_fallback(|| async {
            error_response(&ApiError::new(
                Code::MethodNotAllowed,
                "this endpoint does not take this method",
            ))
        })
        .layer(DefaultBodyLimit::max(BODY_LIMIT));
    // Inside `around`: a faulted answer still gets its correlation id and its log line.
    let app = match &opts.faults {
        Some(f) => app.layer(middleware::from_fn_with_state(f.clone(), faults::inject)),
        None => app,
    };
    app.layer(middleware::from_fn_with_state(state.clone(), around))
        .with_state(state)
}

fn not_here() -> ApiError {
    ApiError::new(Code::EndpointNotFound, "no such endpoint")
        .hint("the API is described at /openapi.json")
}

async fn openapi_json(State(st): State<Shared>) -> Response {
    axum::Json(st.openapi.as_ref().clone()).into_response()
}

/// Around every request: the correlation id (the caller's, or a new one) and the sandbox
/// flag on the answer, and one log line per request. Never a header value or a body in the
/// log: they hold tokens and passwords.
async fn around(State(st): State<Shared>, req: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = req.method().clone();
    let path = confirm::loggable(req.uri().path()).into_owned();
    let correlation = req
        .headers()
        .get(header::CORRELATION_ID)
        .and_then(|v| v.to_str().ok())
        .filter(|v| is_id(v))
        .map(str::to_string)
        .unwrap_or_else(|| crate::random::uuid().to_string());
    // Past the bound on requests in flight, an answer at once rather than a queue that grows.
    let permit = match &st.in_flight {
        Some(s) => s.clone().try_acquire_owned().map(Some),
        None => Ok(None),
    };
    let mut res = answer::CORRELATION
        .scope(correlation.clone(), async move {
            match (permit, refuse::any_request(req.headers(), BODY_LIMIT)) {
                (Err(_), _) => error_response(
                    &ApiError::new(Code::ServerBusy, "the server is busy")
                        .hint("try again in a moment"),
                ),
                (Ok(_permit), Ok(())) => next.run(req).await,
                (Ok(_), Err(e)) => error_response(&e),
            }
        })
        .await;
    let h = res.headers_mut();
    if let Ok(v) = HeaderValue::from_str(&correlation) {
        h.insert(header::CORRELATION_ID, v);
    }
    let sandbox = if st.service.is_sandbox() {
        "true"
    } else {
        "false"
    };
    h.insert(header::SANDBOX, HeaderValue::from_static(sandbox));
    if st.log_requests {
        eprintln!(
            "{method} {path} {} {}ms correlation={correlation}",
            res.status().as_u16(),
            started.elapsed().as_millis()
        );
    }
    res
}

/// A request or correlation id: a GUID (`8-4-4-4-12` hex digits), as in Partner Center.
fn is_id(v: &str) -> bool {
    v.len() == 36 && uuid::Uuid::try_parse(v).is_ok()
}

/// A request to a `/v1` route, as read.
struct Call {
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    params: HashMap<String, String>,
    peer: Option<std::net::IpAddr>,
}

async fn dispatch(
    st: Shared,
    route: &Route,
    call: Call,
    body: std::result::Result<Bytes, BytesRejection>,
) -> Response {
    let Call {
        method,
        uri,
        headers,
        params,
        peer,
    } = call;
    let body = match body {
        Ok(b) => b,
        Err(rejection) if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE => {
            return error_response(&refuse::too_large(BODY_LIMIT));
        }
        Err(rejection) => {
            return error_response(&ApiError::new(Code::InvalidInput, rejection.body_text()))
        }
    };
    if route.request.is_some() {
        if let Err(e) = refuse::json_body(&headers, &body) {
            return error_response(&e);
        }
    }
    let prepared = prepare(&headers, &method, &uri, &body);
    let (token, dry_run, key) = match prepared {
        Ok(p) => p,
        Err(e) => return error_response(&e),
    };
    let query = Query::<HashMap<String, String>>::try_from_uri(&uri)
        .map(|Query(q)| q)
        .unwrap_or_default();
    let if_match = match refuse::optional_text(&headers, "if-match") {
        Ok(v) => v.map(|s| s.trim().to_string()),
        Err(e) => return error_response(&e),
    };
    let window = if route.shape == Shape::Collection {
        match answer::window(&uri, &headers) {
            Ok(w) => w,
            Err(e) => return error_response(&e),
        }
    } else {
        Window::default()
    };
    let input = Input {
        params,
        query,
        if_match,
        window,
    };
    let api = Embedded::new(st.service.clone(), token.clone())
        .dry_run(dry_run)
        .request(key.clone());
    let op = route.call(api, input, &body);
    let throttle_key = token
        .map(|t| ThrottleKey::Token(t, peer))
        .unwrap_or(ThrottleKey::Anonymous(peer));
    let lane = if matches!(route.method, Method::GET | Method::HEAD) {
        Lane::Read
    } else {
        Lane::Change
    };
    let answer = match run_blocking(&st, lane, throttle_key, op).await {
        Ok(Ok(reply)) => reply_response(route, &uri, window, reply),
        Ok(Err(e)) => error_response(&e),
        Err(throttled) => throttled,
    };
    echo_request_id(answer, key.as_ref().map(|k| k.request_id.as_str()))
}

/// Bearer token, dry run and the request key of a changing request. `MS-Contract-Version`
/// and the form of `MS-RequestId` were checked for every request (`refuse::any_request`).
fn prepare(
    headers: &HeaderMap,
    method: &Method,
    uri: &Uri,
    body: &[u8],
) -> Result<(Option<String>, bool, Option<RequestKey>)> {
    let token = refuse::bearer_token(headers)?;
    let dry_run = text(headers, header::DRY_RUN).is_some_and(protocol::truthy);
    let changes = !matches!(*method, Method::GET | Method::HEAD);
    let key = match text(headers, header::REQUEST_ID) {
        Some(id) if !is_id(id) => {
            return Err(ApiError::new(
                Code::InvalidHeader,
                "MS-RequestId must be a GUID, e.g. 0f8fad5b-d9cb-469f-a165-70867728950e",
            ))
        }
        Some(id) if changes => {
            let target = uri.path_and_query().map_or(uri.path(), |p| p.as_str());
            Some(RequestKey::new(id, method.as_str(), target, body))
        }
        _ => None,
    };
    Ok((token, dry_run, key))
}

enum ThrottleKey {
    /// A bearer token: its tenant's bucket (a token that is no valid one: the address's).
    Token(String, Option<std::net::IpAddr>),
    /// No token: the client address's bucket.
    Anonymous(Option<std::net::IpAddr>),
    /// The caller took its turn already ([`take_turn`]).
    Taken,
}

/// The client's address, from the connection; `None` when the router is called without one
/// (in process, as the fuzz target does).
pub(crate) struct Peer(pub Option<std::net::IpAddr>);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for Peer {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _: &S,
    ) -> std::result::Result<Self, Self::Rejection> {
        let info = parts
            .extensions
            .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>();
        Ok(Peer(info.map(|c| c.0.ip())))
    }
}

/// Takes a turn from `key`'s bucket, with no database work: `Some` is the 429 to answer.
fn take_turn(st: &Shared, key: &str) -> Option<Response> {
    let throttle = st.throttle.as_ref()?;
    throttle.take(key).err().map(answer::throttled)
}

/// Runs `f` on the service in a blocking task (the stores are synchronous), for handlers
/// outside the route table that took their throttle turn already, if any.
async fn on_service<T: Send + 'static>(
    st: &Shared,
    f: impl FnOnce(&Service) -> Result<T> + Send + 'static,
) -> Result<T> {
    let service = st.service.clone();
    tokio::task::spawn_blocking(move || f(&service))
        .await
        .map_err(|e| ApiError::internal(format!("the operation failed: {e}")))?
}

/// Runs an operation in its lane, after taking its turn from the throttle: `Err` is the answer
/// instead (429, or the task failed).
async fn run_blocking<T: Send + 'static>(
    st: &Shared,
    lane: Lane,
    key: ThrottleKey,
    op: impl Future<Output = T> + Send + 'static,
) -> std::result::Result<T, Response> {
    match blocking(st, lane, key, op).await {
        Ok(v) => Ok(v),
        Err(Blocked::Throttled(wait)) => Err(answer::throttled(wait)),
        Err(Blocked::Failed(why)) => Err(error_response(&ApiError::internal(format!(
            "the operation failed: {why}"
        )))),
    }
}

enum Blocked {
    Throttled(std::time::Duration),
    Failed(String),
}

async fn blocking<T: Send + 'static>(
    st: &Shared,
    lane: Lane,
    key: ThrottleKey,
    op: impl Future<Output = T> + Send + 'static,
) -> std::result::Result<T, Blocked> {
    let shared = st.clone();
    let rt = tokio::runtime::Handle::current();
    let work = move || {
        if let Some(throttle) = &shared.throttle {
            let bucket = match key {
                ThrottleKey::Token(t, peer) => match shared.service.tenant_of_token(&t) {
                    Ok(Some(tenant)) => format!("tenant:{tenant}"),
                    _ => anonymous(peer),
                },
                ThrottleKey::Anonymous(peer) => anonymous(peer),
                ThrottleKey::Taken => String::new(),
            };
            if !bucket.is_empty() {
                throttle.take(&bucket).map_err(Blocked::Throttled)?;
            }
        }
        Ok(rt.block_on(op))
    };
    let done = match &st.lanes {
        Some(lanes) => lanes.run(lane, work).await,
        None => tokio::task::spawn_blocking(work).await,
    };
    done.map_err(|e| Blocked::Failed(e.to_string()))?
}

/// The bucket of requests from `peer` that name no tenant.
fn anonymous(peer: Option<std::net::IpAddr>) -> String {
    match peer {
        Some(ip) => format!("anonymous:{}", ip.to_canonical()),
        None => "anonymous".to_string(),
    }
}

fn echo_request_id(mut res: Response, id: Option<&str>) -> Response {
    if let Some(v) = id.and_then(|id| HeaderValue::from_str(id).ok()) {
        res.headers_mut().insert(header::REQUEST_ID, v);
    }
    res
}

fn text<'h>(headers: &'h HeaderMap, name: &str) -> Option<&'h str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

/// Serve `router` on `listener` until Ctrl-C or SIGTERM; requests under way get
/// `limits.drain` to finish, then what is left is closed.
pub async fn serve(
    listener: tokio::net::TcpListener,
    router: Router,
    limits: Limits,
    labels: Labels,
) -> std::io::Result<()> {
    listen::serve_until(listener, router, limits, labels, shutdown_signal()).await
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
}
