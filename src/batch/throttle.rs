//! Adaptive concurrency: how many calls a bulk run keeps in flight.
//!
//! Additive increase, multiplicative decrease, as TCP does: a call the backend throttles
//! (`ErrorKind::RateLimited`, which the HTTP client returns for a 429 it could not absorb)
//! halves the limit and is retried after a back-off; a run of successes as long as the limit
//! raises it by one, up to the ceiling the user set. So a run goes as fast as the backend
//! allows, and no item fails from throttling.

use crate::error::{ApiError, ErrorKind};
use std::future::Future;
use std::sync::Mutex;
use std::time::{Duration, Instant};
use tokio::sync::Notify;

/// Retries of one throttled call before it counts as failed; with the back-off capped at
/// [`Backoff::max`], that is minutes of patience.
const MAX_RETRIES: u32 = 30;

/// Waits between retries of a throttled call: `first`, doubling, at most `max`.
#[derive(Debug, Clone, Copy)]
pub struct Backoff {
    pub first: Duration,
    pub max: Duration,
}

impl Default for Backoff {
    fn default() -> Self {
        Backoff {
            first: Duration::from_millis(100),
            max: Duration::from_secs(10),
        }
    }
}

impl Backoff {
    fn wait(&self, retry: u32) -> Duration {
        let wait = crate::backoff::doubling(self.first, retry, self.max);
        // Up to a quarter more, so that callers throttled together do not retry together
        // (and none sooner than the doubling says: the backend asked for patience).
        (wait + wait.mul_f64(crate::random::unit() * 0.25)).min(self.max)
    }
}

#[derive(Debug)]
struct State {
    limit: usize,
    in_flight: usize,
    successes: usize,
    last_cut: Option<Instant>,
    throttled: u64,
    calls: u64,
}

/// A limit on calls in flight that adapts to the backend's throttling.
#[derive(Debug)]
pub struct Throttle {
    ceiling: usize,
    backoff: Backoff,
    state: Mutex<State>,
    changed: Notify,
}

/// One call's place in flight; dropping it frees the place.
pub struct Permit<'a>(&'a Throttle);

impl Drop for Permit<'_> {
    fn drop(&mut self) {
        self.0.lock().in_flight -= 1;
        self.0.changed.notify_waiters();
    }
}

impl Throttle {
    /// At most `ceiling` calls in flight (at least one).
    pub fn new(ceiling: usize, backoff: Backoff) -> Throttle {
        let ceiling = ceiling.max(1);
        Throttle {
            ceiling,
            backoff,
            state: Mutex::new(State {
                limit: ceiling,
                in_flight: 0,
                successes: 0,
                last_cut: None,
                throttled: 0,
                calls: 0,
            }),
            changed: Notify::new(),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The current limit.
    pub fn limit(&self) -> usize {
        self.lock().limit
    }

    /// How many calls were made so far, retries included.
    pub fn calls(&self) -> u64 {
        self.lock().calls
    }

    /// How many calls the backend throttled so far (each was retried).
    pub fn throttled(&self) -> u64 {
        self.lock().throttled
    }

    /// Waits for a place in flight.
    pub async fn permit(&self) -> Permit<'_> {
        loop {
            let changed = self.changed.notified();
            tokio::pin!(changed);
            // Registered before looking, so that a change in between still wakes us.
            changed.as_mut().enable();
            {
                let mut s = self.lock();
                if s.in_flight < s.limit {
                    s.in_flight += 1;
                    s.calls += 1;
                    return Permit(self);
                }
            }
            changed.await;
        }
    }

    fn succeeded(&self) {
        let mut s = self.lock();
        s.successes += 1;
        if s.successes >= s.limit && s.limit < self.ceiling {
            s.limit += 1;
            s.successes = 0;
            drop(s);
            self.changed.notify_waiters();
        }
    }

    /// Halves the limit, once per cool-down: the calls in flight when the backend started
    /// throttling all come back throttled, and count as one signal.
    fn was_throttled(&self) {
        let mut s = self.lock();
        s.throttled += 1;
        s.successes = 0;
        let now = Instant::now();
        let cooled = s
            .last_cut
            .is_none_or(|t| now.duration_since(t) >= self.backoff.first);
        if cooled {
            s.limit = (s.limit / 2).max(1);
            s.last_cut = Some(now);
        }
    }

    /// Runs `op` within the limit, retrying it while the backend throttles it. Over HTTP, the
    /// retries are the same call (the same request ids): see [`crate::client::one_call`].
    pub async fn call<T, F, Fut>(&self, op: F) -> Result<T, ApiError>
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<T, ApiError>>,
    {
        crate::client::one_call(self.call_again(op)).await
    }

    async fn call_again<T, F, Fut>(&self, mut op: F) -> Result<T, ApiError>
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<T, ApiError>>,
    {
        let mut retry = 0;
        loop {
            let permit = self.permit().await;
            let result = op().await;
            drop(permit);
            match result {
                Err(e) if e.kind() == ErrorKind::RateLimited && retry < MAX_RETRIES => {
                    self.was_throttled();
                    tokio::time::sleep(self.backoff.wait(retry)).await;
                    retry += 1;
                }
                Err(e) => return Err(e),
                Ok(v) => {
                    self.succeeded();
                    return Ok(v);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Code;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;

    fn quick() -> Backoff {
        Backoff {
            first: Duration::from_millis(1),
            max: Duration::from_millis(5),
        }
    }

    /// A backend that throttles whatever goes beyond `capacity` calls at once.
    struct Backend {
        capacity: usize,
        in_flight: AtomicUsize,
        peak: AtomicUsize,
    }

    impl Backend {
        async fn call(&self) -> Result<(), ApiError> {
            let now = self.in_flight.fetch_add(1, Ordering::SeqCst) + 1;
            let result = if now > self.capacity {
                Err(ApiError::new(Code::TooManyRequests, "slow down"))
            } else {
                self.peak.fetch_max(now, Ordering::SeqCst);
                tokio::time::sleep(Duration::from_millis(1)).await;
                Ok(())
            };
            self.in_flight.fetch_sub(1, Ordering::SeqCst);
            result
        }
    }

    #[test]
    fn throttled_calls_are_retried_and_the_limit_comes_down() {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async {
            let throttle = Arc::new(Throttle::new(16, quick()));
            let backend = Arc::new(Backend {
                capacity: 3,
                in_flight: AtomicUsize::new(0),
                peak: AtomicUsize::new(0),
            });
            let tasks: Vec<_> = (0..200)
                .map(|_| {
                    let (t, b) = (throttle.clone(), backend.clone());
                    tokio::spawn(async move { t.call(|| b.call()).await })
                })
                .collect();
            for t in tasks {
                t.await.unwrap().expect("no call fails from throttling");
            }
            assert!(throttle.throttled() > 0, "the backend did throttle");
            assert!(throttle.limit() < 16, "limit {}", throttle.limit());
            assert!(backend.peak.load(Ordering::SeqCst) <= 3);
        });
    }

    #[test]
    fn successes_raise_the_limit_back_to_the_ceiling() {
        let t = Throttle::new(4, quick());
        t.was_throttled();
        assert_eq!(t.limit(), 2);
        for _ in 0..2 + 3 {
            t.succeeded();
        }
        assert_eq!(t.limit(), 4);
        t.succeeded();
        assert_eq!(t.limit(), 4, "never above the ceiling");
    }

    #[test]
    fn other_errors_are_not_retried() {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let t = Throttle::new(2, quick());
        let calls = AtomicUsize::new(0);
        let r: Result<(), _> = rt.block_on(t.call(|| async {
            calls.fetch_add(1, Ordering::SeqCst);
            Err(ApiError::new(Code::Conflict, "no"))
        }));
        assert!(r.is_err());
        assert_eq!(calls.load(Ordering::SeqCst), 1);
    }
}
