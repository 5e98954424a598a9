//! `--rate-limit N`: each tenant may make N requests a second (a token bucket of N, refilled
//! at N a second); past that the answer is 429 with `Retry-After`.
//!
//! The authority's endpoints (`/{tenant}/oauth2/token`, `/{tenant}/oauth2/devicecode`,
//! `/devicelogin`) are called before anyone is signed in: they are throttled by the tenant the
//! path names once a sign-in there has shown which tenant that is ([`TenantNames`]), and
//! otherwise by the client's address, so that a new spelling of a tenant (`%20common`,
//! `CONTOSO.COM`, a domain that does not exist) never gets a new bucket.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub struct Throttle {
    per_second: f64,
    state: Mutex<State>,
}

struct State {
    buckets: HashMap<String, Bucket>,
    pruned: Instant,
}

struct Bucket {
    tokens: f64,
    at: Instant,
}

/// How often full buckets are dropped.
const PRUNE_EVERY: Duration = Duration::from_secs(1);

impl Throttle {
    pub fn new(per_second: u32) -> Throttle {
        Throttle {
            per_second: f64::from(per_second.max(1)),
            state: Mutex::new(State {
                buckets: HashMap::new(),
                pruned: Instant::now(),
            }),
        }
    }

    /// Takes one request from `key`'s bucket, or says how long to wait for one.
    pub fn take(&self, key: &str) -> Result<(), Duration> {
        self.take_at(key, Instant::now())
    }

    fn take_at(&self, key: &str, now: Instant) -> Result<(), Duration> {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        if now.saturating_duration_since(state.pruned) >= PRUNE_EVERY {
            // A bucket that has refilled is no different from a new one: drop it.
            let rate = self.per_second;
            state.buckets.retain(|_, b| {
                b.tokens + now.saturating_duration_since(b.at).as_secs_f64() * rate < rate
            });
            state.pruned = now;
        }
        let b = state.buckets.entry(key.to_string()).or_insert(Bucket {
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

    #[cfg(test)]
    fn buckets(&self) -> usize {
        self.state.lock().unwrap().buckets.len()
    }
}

/// The most tenant names remembered; past it the memory starts over.
const MAX_NAMES: usize = 10_000;

/// Which tenant a `{tenant}` of the authority's paths names (its id or one of its domains, in
/// any case, spaces around it ignored as the backend ignores them), learned from sign-ins that
/// succeeded there. In memory, bounded: a name not (or no longer) known is throttled by the
/// client's address instead, which is stricter, never looser.
#[derive(Default)]
pub struct TenantNames {
    names: Mutex<HashMap<String, String>>,
}

impl TenantNames {
    /// The bucket of a request to the authority at `name` from `peer`.
    pub fn bucket(&self, name: &str, peer: Option<IpAddr>) -> String {
        let names = self.names.lock().unwrap_or_else(|e| e.into_inner());
        match names.get(&canonical(name)) {
            Some(tenant) => format!("sign-in:tenant:{tenant}"),
            None => match peer {
                Some(ip) => format!("sign-in:address:{}", ip.to_canonical()),
                None => "sign-in:address:unknown".to_string(),
            },
        }
    }

    /// A sign-in at `name` succeeded as a user of `tenant`. `common` and `organizations` name
    /// no tenant in particular, and are not learned.
    pub fn learn(&self, name: &str, tenant: &str) {
        let name = canonical(name);
        if name == "common" || name == "organizations" {
            return;
        }
        let mut names = self.names.lock().unwrap_or_else(|e| e.into_inner());
        if names.len() >= MAX_NAMES && !names.contains_key(&name) {
            names.clear();
        }
        names.insert(name, tenant.to_string());
    }
}

fn canonical(name: &str) -> String {
    name.trim().to_ascii_lowercase()
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

    #[test]
    fn idle_buckets_are_dropped() {
        let t = Throttle::new(5);
        let t0 = Instant::now();
        for i in 0..1000 {
            t.take_at(&format!("k{i}"), t0).unwrap();
        }
        assert_eq!(t.buckets(), 1000);
        t.take_at("now", t0 + Duration::from_secs(2)).unwrap();
        assert_eq!(t.buckets(), 1, "only the bucket in use is kept");
    }

    #[test]
    fn spellings_of_a_tenant_share_its_bucket_and_unknown_ones_the_address() {
        let names = TenantNames::default();
        let me: IpAddr = "127.0.0.1".parse().unwrap();
        let other: IpAddr = "127.0.0.2".parse().unwrap();
        names.learn("contoso.onmicrosoft.com", "t1");
        names.learn("common", "t1");
        let t1 = names.bucket(" CONTOSO.onmicrosoft.com ", Some(me));
        assert_eq!(t1, "sign-in:tenant:t1");
        assert_eq!(names.bucket("contoso.onmicrosoft.com", Some(other)), t1);
        let unknown = names.bucket("nope.example", Some(me));
        assert_eq!(unknown, names.bucket(" common", Some(me)));
        assert_eq!(unknown, names.bucket("  COMMON ", Some(me)));
        assert_ne!(unknown, names.bucket("nope.example", Some(other)));
    }
}
