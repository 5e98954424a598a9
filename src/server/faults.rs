//! `serve --inject-faults SPEC`: a server that misbehaves on purpose, to show that clients
//! survive it (retries, idempotency, the bulk runner's journal). Off unless asked for, and loud
//! when on: a banner at start, one stderr line per fault, an `x-partnerctl-fault` header on
//! every faulted answer that has one, and a count by kind when the server stops.
//!
//! SPEC is `share=0.2,kinds=500+503+reset+slow+429,seed=7`, with optional `slow-ms=` (the delay
//! of a slow answer), `burst=` (how many answers in a row a 429 burst refuses) and `first=`
//! (how many requests from the start are all faulted, whatever the share). Which
//! requests are faulted follows from the seed and the order requests arrive in.

use super::answer::{injected_error_response as error_response, throttled};
use crate::error::ApiError;
use crate::random::Seeded;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::Response;
use http_body::Frame;
use std::fmt;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

/// The header on a faulted answer, naming the fault.
pub const HEADER: &str = "x-partnerctl-fault";

/// The ways a request can be made to fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// 500 with the usual error body; the operation does not run.
    Internal,
    /// 503 with the usual error body; the operation does not run.
    Unavailable,
    /// The operation runs and commits, then the connection drops before the answer.
    Reset,
    /// A delay, then the real answer.
    Slow,
    /// 429 with `Retry-After` for this request and the next ones of the burst.
    Throttled,
}

impl Kind {
    pub const ALL: [Kind; 5] = [
        Kind::Internal,
        Kind::Unavailable,
        Kind::Reset,
        Kind::Slow,
        Kind::Throttled,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Kind::Internal => "500",
            Kind::Unavailable => "503",
            Kind::Reset => "reset",
            Kind::Slow => "slow",
            Kind::Throttled => "429",
        }
    }

    fn index(self) -> usize {
        Kind::ALL.iter().position(|k| *k == self).unwrap_or(0)
    }
}

/// What to inject, as parsed from SPEC.
#[derive(Debug, Clone, PartialEq)]
pub struct Spec {
    /// The share of requests faulted, from 0 to 1.
    pub share: f64,
    pub kinds: Vec<Kind>,
    pub seed: u64,
    pub slow: Duration,
    /// Answers in a row a 429 burst refuses (the first included).
    pub burst: u32,
    /// Requests from the start that are all faulted: a client's retries can be used up on
    /// purpose, to see what it does next.
    pub first: u64,
}

const SHAPE: &str =
    "share=0.2,kinds=500+503+reset+slow+429,seed=7[,slow-ms=300][,burst=3][,first=0]";

impl Spec {
    pub fn parse(text: &str) -> Result<Spec, String> {
        let mut spec = Spec {
            share: f64::NAN,
            kinds: Kind::ALL.to_vec(),
            seed: 0,
            slow: Duration::from_millis(300),
            burst: 3,
            first: 0,
        };
        for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let Some((key, value)) = part.split_once('=') else {
                return Err(format!("{part:?} is not KEY=VALUE; write {SHAPE}"));
            };
            let value = value.trim();
            let bad = |what: &str| format!("{key}={value:?}: {what}");
            match key.trim() {
                "share" => {
                    spec.share = value
                        .parse::<f64>()
                        .ok()
                        .filter(|s| (0.0..=1.0).contains(s))
                        .ok_or_else(|| bad("a number from 0 to 1, e.g. 0.2"))?;
                }
                "kinds" => {
                    spec.kinds = value
                        .split('+')
                        .map(|name| {
                            Kind::ALL
                                .into_iter()
                                .find(|k| k.name() == name.trim())
                                .ok_or_else(|| {
                                    bad(&format!(
                                        "{name:?} is not a kind; kinds are 500, 503, reset, slow \
                                         and 429, joined with +"
                                    ))
                                })
                        })
                        .collect::<Result<_, _>>()?;
                    spec.kinds.dedup();
                }
                "seed" => {
                    spec.seed = value.parse().map_err(|_| bad("a whole number"))?;
                }
                "slow-ms" => {
                    let ms: u64 = value
                        .parse()
                        .ok()
                        .filter(|ms| *ms <= 60_000)
                        .ok_or_else(|| bad("milliseconds, from 0 to 60000"))?;
                    spec.slow = Duration::from_millis(ms);
                }
                "burst" => {
                    spec.burst = value
                        .parse()
                        .ok()
                        .filter(|n| (1..=100).contains(n))
                        .ok_or_else(|| bad("a number of answers, from 1 to 100"))?;
                }
                "first" => {
                    spec.first = value.parse().map_err(|_| bad("a number of requests"))?;
                }
                other => {
                    return Err(format!(
                        "{other:?} is not a setting; the settings are share, kinds, seed, \
                         slow-ms, burst and first: {SHAPE}"
                    ))
                }
            }
        }
        if spec.share.is_nan() {
            return Err(format!("share= is missing; write {SHAPE}"));
        }
        Ok(spec)
    }
}

impl fmt::Display for Spec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kinds: Vec<&str> = self.kinds.iter().map(|k| k.name()).collect();
        write!(
            f,
            "share={},kinds={},seed={},slow-ms={},burst={},first={}",
            self.share,
            kinds.join("+"),
            self.seed,
            self.slow.as_millis(),
            self.burst,
            self.first
        )
    }
}

/// The injector: the seeded draw, the burst under way, and the counts.
pub struct Faults {
    spec: Spec,
    draw: Mutex<Draw>,
    counts: [AtomicU64; 5],
    requests: AtomicU64,
}

impl fmt::Debug for Faults {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Faults({}; {})", self.spec, self.tally())
    }
}

struct Draw {
    rng: Seeded,
    /// Answers left in the current 429 burst.
    burst_left: u32,
    /// Requests drawn for so far.
    seen: u64,
}

impl Faults {
    pub fn new(spec: Spec) -> Faults {
        Faults {
            draw: Mutex::new(Draw {
                rng: Seeded::new(spec.seed),
                burst_left: 0,
                seen: 0,
            }),
            spec,
            counts: Default::default(),
            requests: AtomicU64::new(0),
        }
    }

    pub fn spec(&self) -> &Spec {
        &self.spec
    }

    /// The fault for the next request, if any.
    fn pick(&self) -> Option<Kind> {
        let mut d = self.draw.lock().unwrap_or_else(|e| e.into_inner());
        if d.burst_left > 0 {
            d.burst_left -= 1;
            return Some(Kind::Throttled);
        }
        d.seen += 1;
        let forced = d.seen <= self.spec.first;
        if self.spec.kinds.is_empty() || !(forced || d.rng.chance(self.spec.share)) {
            return None;
        }
        let kind = self.spec.kinds[d.rng.below(self.spec.kinds.len() as u64) as usize];
        if kind == Kind::Throttled {
            d.burst_left = self.spec.burst - 1;
        }
        Some(kind)
    }

    /// Faults injected so far, by kind, and requests seen: `500=3 503=2 ... total=15 requests=120`.
    pub fn tally(&self) -> String {
        let mut total = 0;
        let mut parts: Vec<String> = Kind::ALL
            .iter()
            .map(|k| {
                let n = self.counts[k.index()].load(Ordering::Relaxed);
                total += n;
                format!("{}={n}", k.name())
            })
            .collect();
        parts.push(format!("total={total}"));
        parts.push(format!(
            "requests={}",
            self.requests.load(Ordering::Relaxed)
        ));
        parts.join(" ")
    }

    fn count(&self, kind: Kind, method: &str, path: &str) {
        let n = self.counts[kind.index()].fetch_add(1, Ordering::Relaxed) + 1;
        eprintln!(
            "fault injected: kind={} {method} {path} (#{n} of this kind; {})",
            kind.name(),
            self.tally()
        );
    }
}

/// The middleware: each request may be faulted as the spec says.
pub async fn inject(State(faults): State<Arc<Faults>>, req: Request, next: Next) -> Response {
    faults.requests.fetch_add(1, Ordering::Relaxed);
    let Some(kind) = faults.pick() else {
        return next.run(req).await;
    };
    let method = req.method().to_string();
    let path = req.uri().path().to_string();
    faults.count(kind, &method, &path);
    let mut res = match kind {
        Kind::Internal => error_response(&ApiError::internal("injected fault")),
        Kind::Unavailable => {
            let mut res = error_response(&ApiError::internal("injected fault: unavailable"));
            *res.status_mut() = StatusCode::SERVICE_UNAVAILABLE;
            res
        }
        Kind::Throttled => throttled(Duration::from_secs(1)),
        Kind::Slow => {
            tokio::time::sleep(faults.spec.slow).await;
            next.run(req).await
        }
        Kind::Reset => {
            // The operation runs to its commit; its answer is replaced by a body that fails,
            // so hyper drops the connection without a complete answer.
            let (parts, _) = next.run(req).await.into_parts();
            Response::from_parts(parts, Body::new(Broken))
        }
    };
    res.headers_mut()
        .insert(HEADER, HeaderValue::from_static(kind.name()));
    res
}

/// A body whose first read fails.
struct Broken;

impl http_body::Body for Broken {
    type Data = Bytes;
    type Error = std::io::Error;

    fn poll_frame(
        self: Pin<&mut Self>,
        _: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, std::io::Error>>> {
        Poll::Ready(Some(Err(std::io::Error::new(
            std::io::ErrorKind::ConnectionReset,
            "injected fault: connection reset after the commit",
        ))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn specs_parse_and_bad_ones_say_what_is_valid() {
        let s = Spec::parse("share=0.2,kinds=500+503+reset+slow+429,seed=7").unwrap();
        assert_eq!(s.share, 0.2);
        assert_eq!(s.kinds, Kind::ALL.to_vec());
        assert_eq!(s.seed, 7);
        assert_eq!(Spec::parse(&s.to_string()).unwrap(), s);
        let s = Spec::parse("share=1,kinds=reset,slow-ms=5,burst=2,first=4").unwrap();
        assert_eq!(
            (s.kinds, s.slow, s.burst, s.first),
            (vec![Kind::Reset], Duration::from_millis(5), 2, 4)
        );
        for (bad, says) in [
            ("share=2", "from 0 to 1"),
            ("share=0.2,kinds=500+404", "\"404\" is not a kind"),
            ("kinds=500", "share= is missing"),
            ("share=0.1,colour=red", "\"colour\" is not a setting"),
            ("share", "not KEY=VALUE"),
            ("share=0.1,seed=-1", "a whole number"),
            ("share=0.1,burst=0", "from 1 to 100"),
        ] {
            let e = Spec::parse(bad).unwrap_err();
            assert!(e.contains(says), "{bad}: {e}");
        }
    }

    #[test]
    fn the_same_seed_faults_the_same_requests_and_bursts_repeat_429() {
        let spec = Spec::parse("share=0.3,kinds=500+429,seed=11,burst=3").unwrap();
        let a = Faults::new(spec.clone());
        let b = Faults::new(spec);
        let run = |f: &Faults| (0..2000).map(|_| f.pick()).collect::<Vec<_>>();
        let (ra, rb) = (run(&a), run(&b));
        assert_eq!(ra, rb);
        let faulted = ra.iter().filter(|k| k.is_some()).count();
        // 30% drawn, plus the two extra answers of each 429 burst.
        assert!((600..=1000).contains(&faulted), "{faulted}");
        let first = ra.iter().position(|k| *k == Some(Kind::Throttled)).unwrap();
        assert_eq!(&ra[first..first + 3], &[Some(Kind::Throttled); 3]);
        let none = Faults::new(Spec::parse("share=0").unwrap());
        assert!(run(&none).iter().all(Option::is_none));
    }

    #[test]
    fn the_first_requests_are_all_faulted_then_the_share_applies() {
        let f = Faults::new(Spec::parse("share=0,kinds=503,first=4").unwrap());
        let picks: Vec<_> = (0..10).map(|_| f.pick()).collect();
        assert_eq!(&picks[..4], &[Some(Kind::Unavailable); 4]);
        assert!(picks[4..].iter().all(Option::is_none), "{picks:?}");
    }
}
