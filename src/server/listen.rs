//! The connections of `partnerctl serve`: accepting them (at most `max_connections` open at
//! once), reading requests with hyper under limits a hostile client cannot stretch (a request
//! head must arrive whole within [`Limits::header_timeout`] and be at most [`HEAD_LIMIT`]
//! bytes), and stopping: on Ctrl-C or SIGTERM no new connection is taken, requests under way
//! get [`Limits::drain`] to finish, and whatever is still open then is closed.
//!
//! hyper answers a request head it cannot take by itself, before any handler runs (431 for a
//! head over the limit or with too many headers, 414 for a URI past 64 KiB, 400 for what is
//! not HTTP), with no body. [`Answering`], the writer of every connection, puts the JSON error
//! body every other answer has on those.

use super::answer::status_of;
use crate::error::{ApiError, Code};
use crate::protocol::{header, ErrorBody};
use axum::extract::ConnectInfo;
use axum::Router;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{ready, Context, Poll};
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpListener;
use tokio::sync::{watch, Semaphore};
use tokio::task::JoinSet;
use tower::ServiceExt;

/// The largest request head (request line and headers) taken: 431 past it.
pub const HEAD_LIMIT: usize = 32 * 1024;
/// The most headers a request may have: 431 past it.
pub const MAX_HEADERS: usize = 100;
/// Connections open at once, unless `serve --max-connections` says otherwise.
pub const MAX_CONNECTIONS: usize = 1024;
/// How long a connection has to send a whole request head.
pub const HEADER_TIMEOUT: Duration = Duration::from_secs(10);
/// How long a request may take from its head to its answer, unless `serve --request-timeout`.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
/// How long requests under way may take to finish once the server is told to stop.
pub const DRAIN: Duration = Duration::from_secs(10);

/// What one client may hold of the server.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Connections open at once; past it, new ones wait in the listen queue until one closes.
    pub max_connections: usize,
    /// How long a connection may take to send a whole request head, counted from when it was
    /// opened or from its previous answer: so it is also how long a keep-alive connection may
    /// stay idle.
    pub header_timeout: Duration,
    /// How long a request may take once its head is in: reading its body (a client that sends
    /// a body slowly, or never, holds a connection no longer) and answering it. Past it, 408.
    pub request_timeout: Duration,
    /// After Ctrl-C or SIGTERM, how long requests under way get before the connections left
    /// are closed.
    pub drain: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_connections: MAX_CONNECTIONS,
            header_timeout: HEADER_TIMEOUT,
            request_timeout: REQUEST_TIMEOUT,
            drain: DRAIN,
        }
    }
}

/// How the server's own answers are labelled: the sandbox flag and the request log, as the
/// router does for the answers it makes.
#[derive(Debug, Clone, Copy)]
pub struct Labels {
    pub sandbox: bool,
    pub log_requests: bool,
}

/// Serves `router` on `listener` until `stop` completes; then drains as [`Limits`] says.
pub async fn serve_until(
    listener: TcpListener,
    router: Router,
    limits: Limits,
    labels: Labels,
    stop: impl Future<Output = ()>,
) -> io::Result<()> {
    let permits = Arc::new(Semaphore::new(limits.max_connections.max(1)));
    let (stopping, stopped) = watch::channel(false);
    let mut builder = http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout)
        .max_header_size(HEAD_LIMIT)
        .max_headers(MAX_HEADERS);
    let builder = Arc::new(builder);
    let mut connections = JoinSet::new();
    tokio::pin!(stop);
    loop {
        while connections.try_join_next().is_some() {}
        let permit = tokio::select! {
            () = &mut stop => break,
            p = permits.clone().acquire_owned() => p.expect("the semaphore is never closed"),
        };
        let (stream, peer) = tokio::select! {
            () = &mut stop => break,
            accepted = listener.accept() => match accepted {
                Ok(c) => c,
                Err(e) => {
                    // Out of file descriptors, or a connection reset before it was taken: wait
                    // a little rather than spin, and go on.
                    if !matches!(e.kind(), io::ErrorKind::ConnectionAborted | io::ErrorKind::ConnectionReset) {
                        eprintln!("partnerctl serve: accepting a connection: {e}");
                        tokio::time::sleep(Duration::from_millis(100)).await;
                    }
                    continue;
                }
            },
        };
        let _ = stream.set_nodelay(true);
        let router = router.clone();
        let request_timeout = limits.request_timeout;
        let service = hyper::service::service_fn(move |mut req: hyper::Request<Incoming>| {
            req.extensions_mut().insert(ConnectInfo(peer));
            let answer = router.clone().oneshot(req);
            async move {
                match tokio::time::timeout(request_timeout, answer).await {
                    Ok(answered) => answered,
                    // An operation already handed to the store finishes and commits; a retry
                    // with the same request id gets its answer.
                    Err(_) => Ok(super::answer::error_response(
                        &crate::error::ApiError::new(
                            crate::error::Code::RequestTimeout,
                            format!(
                                "the request took longer than {} s to arrive and be answered",
                                request_timeout.as_secs()
                            ),
                        )
                        .hint("send the whole request at once, and try again"),
                    )),
                }
            }
        });
        let builder = builder.clone();
        let mut stopped = stopped.clone();
        connections.spawn(async move {
            let _permit = permit;
            let io = TokioIo::new(Answering::new(stream, labels));
            let conn = builder.serve_connection(io, service);
            tokio::pin!(conn);
            tokio::select! {
                _ = conn.as_mut() => return,
                _ = stopped.wait_for(|s| *s) => {}
            }
            // Finish the request under way, if any; an idle connection closes at once.
            conn.as_mut().graceful_shutdown();
            let _ = conn.await;
        });
    }
    // No new connection from here on.
    drop(listener);
    let _ = stopping.send(true);
    let drained = tokio::time::timeout(limits.drain, async {
        while connections.join_next().await.is_some() {}
    })
    .await;
    if drained.is_err() {
        eprintln!(
            "partnerctl serve: closing {} connection(s) still open after {} s",
            connections.len(),
            limits.drain.as_secs()
        );
        connections.shutdown().await;
    }
    Ok(())
}

/// A connection's stream, whose writer replaces hyper's own answers to heads it could not
/// take (no body) with the same answers carrying the JSON error body. Those are told apart by
/// what the router puts on every answer it makes: the sandbox header.
pub(crate) struct Answering<S> {
    inner: S,
    labels: Labels,
    /// The replacement answer, and how much of it is written.
    pending: Vec<u8>,
    written: usize,
}

impl<S> Answering<S> {
    pub(crate) fn new(inner: S, labels: Labels) -> Answering<S> {
        Answering {
            inner,
            labels,
            pending: Vec::new(),
            written: 0,
        }
    }
}

impl<S: AsyncWrite + Unpin> Answering<S> {
    /// Writes what is left of a replacement answer.
    fn poll_pending(&mut self, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        while self.written < self.pending.len() {
            let n =
                ready!(Pin::new(&mut self.inner).poll_write(cx, &self.pending[self.written..]))?;
            if n == 0 {
                return Poll::Ready(Err(io::ErrorKind::WriteZero.into()));
            }
            self.written += n;
        }
        Poll::Ready(Ok(()))
    }
}

impl<S: AsyncRead + Unpin> AsyncRead for Answering<S> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for Answering<S> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let this = &mut *self;
        ready!(this.poll_pending(cx))?;
        if let Some(status) = hypers_own_answer(buf) {
            this.pending = replacement(buf, status, this.labels);
            this.written = 0;
            // What is not written now is written by the flush hyper makes next.
            if let Poll::Ready(Err(e)) = this.poll_pending(cx) {
                return Poll::Ready(Err(e));
            }
            return Poll::Ready(Ok(buf.len()));
        }
        Pin::new(&mut this.inner).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        ready!(self.poll_pending(cx))?;
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        ready!(self.poll_pending(cx))?;
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }

    /// One buffer per write, so that an answer's head arrives whole in [`Self::poll_write`].
    fn is_write_vectored(&self) -> bool {
        false
    }
}

/// The status of `buf` if it is an answer hyper made itself: a 4xx or 5xx head alone, with
/// `content-length: 0` and without the sandbox header.
fn hypers_own_answer(buf: &[u8]) -> Option<u16> {
    let rest = buf
        .strip_prefix(b"HTTP/1.1 ")
        .or_else(|| buf.strip_prefix(b"HTTP/1.0 "))?;
    let status: u16 = std::str::from_utf8(rest.get(..3)?).ok()?.parse().ok()?;
    if !(400..600).contains(&status) || !buf.ends_with(b"\r\n\r\n") {
        return None;
    }
    let head = String::from_utf8_lossy(buf).to_ascii_lowercase();
    let sandbox = format!("\r\n{}:", header::SANDBOX.to_ascii_lowercase());
    let alone = head.find("\r\n\r\n") == Some(head.len() - 4);
    (alone && head.contains("\r\ncontent-length: 0\r\n") && !head.contains(&sandbox))
        .then_some(status)
}

/// The answer for hyper's `status`, with the error body, the correlation id and the sandbox
/// header as the router's answers have; hyper's `date` header is kept.
fn replacement(hypers: &[u8], status: u16, labels: Labels) -> Vec<u8> {
    let e = head_refused(status);
    let status = status_of(&e);
    let body = serde_json::to_vec(&ErrorBody::from(&e)).unwrap_or_default();
    let correlation = crate::random::uuid().to_string();
    if labels.log_requests {
        eprintln!(
            "- - {} 0ms correlation={correlation} (refused before routing: {})",
            status.as_u16(),
            e.message
        );
    }
    let date = String::from_utf8_lossy(hypers)
        .split("\r\n")
        .find(|l| l.to_ascii_lowercase().starts_with("date:"))
        .map(|l| format!("{l}\r\n"))
        .unwrap_or_default();
    let mut out = format!(
        "HTTP/1.1 {} {}\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\
         connection: close\r\n{}: {correlation}\r\n{}: {}\r\n{date}\r\n",
        status.as_u16(),
        status.canonical_reason().unwrap_or(""),
        body.len(),
        header::CORRELATION_ID,
        header::SANDBOX,
        labels.sandbox,
    )
    .into_bytes();
    out.extend_from_slice(&body);
    out
}

/// Why hyper refused a request head, as the error of the answer.
pub(crate) fn head_refused(status: u16) -> ApiError {
    match status {
        431 => ApiError::new(
            Code::HeadTooLarge,
            format!(
                "the request head is too large: at most {HEAD_LIMIT} bytes and {MAX_HEADERS} \
                 headers are taken"
            ),
        )
        .hint("send fewer or shorter headers"),
        414 => ApiError::new(Code::UriTooLong, "the request's URI is too long"),
        400 => ApiError::new(
            Code::InvalidInput,
            "the request is not valid HTTP/1.1: its request line or a header is malformed",
        ),
        _ => ApiError::new(
            Code::InvalidInput,
            format!("the request was refused ({status})"),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LABELS: Labels = Labels {
        sandbox: false,
        log_requests: false,
    };

    #[test]
    fn hypers_empty_answers_are_recognised_and_the_routers_are_not() {
        let hypers =
            b"HTTP/1.1 431 Request Header Fields Too Large\r\ncontent-length: 0\r\ndate: x\r\n\r\n";
        assert_eq!(hypers_own_answer(hypers), Some(431));
        let routers =
            b"HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\npartnerctl-sandbox: false\r\n\r\n";
        assert_eq!(hypers_own_answer(routers), None);
        let with_body = b"HTTP/1.1 400 Bad Request\r\ncontent-length: 2\r\n\r\n{}";
        assert_eq!(hypers_own_answer(with_body), None);
        assert_eq!(
            hypers_own_answer(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n"),
            None
        );
    }

    #[test]
    fn a_replacement_carries_the_error_body() {
        let out = replacement(
            b"HTTP/1.1 431 Request Header Fields Too Large\r\ncontent-length: 0\r\ndate: Tue\r\n\r\n",
            431,
            LABELS,
        );
        let text = String::from_utf8(out).unwrap();
        let (head, body) = text.split_once("\r\n\r\n").unwrap();
        assert!(head.starts_with("HTTP/1.1 431 "), "{head}");
        assert!(head.contains("date: Tue"), "{head}");
        assert!(
            head.contains(&format!("content-length: {}", body.len())),
            "{head}"
        );
        let v: serde_json::Value = serde_json::from_str(body).unwrap();
        assert_eq!(v["code"], Code::HeadTooLarge as u32);
    }
}
