//! `--rate-limit N`: each tenant may make N requests a second (a token bucket of N, refilled
//! at N a second); past that the answer is 429 with `Retry-After`.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub struct Throttle {
    per_second: f64,
    buckets: Mutex<HashMap<String, Bucket>>,
}

struct Bucket {
    tokens: f64,
    at: Instant,
}

impl Throttle {
    pub fn new(per_second: u32) -> Throttle {
        Throttle {
            per_second: f64::from(per_second.max(1)),
            buckets: Mutex::new(HashMap::new()),
        }
    }

    /// Takes one request from `key`'s bucket, or says how long to wait for one.
    pub fn take(&self, key: &str) -> Result<(), Duration> {
        self.take_at(key, Instant::now())
    }

    fn take_at(&self, key: &str, now: Instant) -> Result<(), Duration> {
        let mut buckets = self.buckets.lock().unwrap_or_else(|e| e.into_inner());
        let b = buckets.entry(key.to_string()).or_insert(Bucket {
            tokens: self.per_second,
            at: now,
        });
        let refill = now.saturating_duration_since(b.at).as_secs_f64() * self.per_second;
        b.tokens = (b.tokens + refill).min(self.per_second);
        b.at = now;
        if b.tokens >= 1.0 {
            b.tokens -= 1.0;
            Ok(())
        } else {
            Err(Duration::from_secs_f64((1.0 - b.tokens) / self.per_second))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tenant_gets_n_a_second_and_others_are_not_affected() {
        let t = Throttle::new(2);
        let t0 = Instant::now();
        assert!(t.take_at("a", t0).is_ok());
        assert!(t.take_at("a", t0).is_ok());
        let wait = t.take_at("a", t0).unwrap_err();
        assert!(wait > Duration::ZERO && wait <= Duration::from_millis(500));
        assert!(t.take_at("b", t0).is_ok());
        assert!(t.take_at("a", t0 + Duration::from_millis(500)).is_ok());
    }
}
