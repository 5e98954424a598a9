//! Where argon2 runs: password hashing and verification take tens of milliseconds of one core
//! each, so they run on the blocking pool, never while a store lock or connection is held, at
//! most one per core at a time, and at most half of the cores for any one tenant, so that a
//! storm of sign-ins at one tenant cannot starve the others.

use crate::error::{ApiError, Result};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};
use tokio::sync::Semaphore;

thread_local! {
    /// This thread runs a store transaction (see [`InTransaction`]).
    static IN_TRANSACTION: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Marks the current thread as inside a store transaction while it lives: argon2 asserts
/// (in debug builds, so in every test) that it never runs there.
pub struct InTransaction(bool);

impl InTransaction {
    pub fn enter() -> InTransaction {
        InTransaction(IN_TRANSACTION.with(|t| t.replace(true)))
    }
}

impl Drop for InTransaction {
    fn drop(&mut self) {
        IN_TRANSACTION.with(|t| t.set(self.0));
    }
}

/// Whether the current thread is inside a store transaction.
pub fn in_transaction() -> bool {
    IN_TRANSACTION.with(|t| t.get())
}

/// Tenants remembered at most; idle ones are forgotten past this.
const TENANTS_KEPT: usize = 1024;

pub struct Hashing {
    cores: Semaphore,
    per_tenant: usize,
    tenants: Mutex<HashMap<String, Arc<Semaphore>>>,
}

/// The process's one bound on argon2 work.
pub fn hashing() -> &'static Hashing {
    static HASHING: OnceLock<Hashing> = OnceLock::new();
    HASHING.get_or_init(|| {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        Hashing::new(cores)
    })
}

impl Hashing {
    pub fn new(cores: usize) -> Hashing {
        let cores = cores.max(1);
        Hashing {
            cores: Semaphore::new(cores),
            per_tenant: (cores / 2).max(1),
            tenants: Mutex::new(HashMap::new()),
        }
    }

    /// Runs `work` for `tenant` (an id, a domain, or any key that groups callers) when its
    /// turn comes: first among the tenant's own, then for a core.
    pub async fn run<T: Send + 'static>(
        &self,
        tenant: &str,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T> {
        let own = self.tenant(tenant);
        let _tenant_turn = own.acquire().await.map_err(ApiError::internal)?;
        let _core = self.cores.acquire().await.map_err(ApiError::internal)?;
        tokio::task::spawn_blocking(work)
            .await
            .map_err(|e| ApiError::internal(format!("password hashing: {e}")))
    }

    fn tenant(&self, tenant: &str) -> Arc<Semaphore> {
        let mut tenants = self.tenants.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(s) = tenants.get(tenant) {
            return s.clone();
        }
        if tenants.len() >= TENANTS_KEPT {
            // Forget the tenants nobody is waiting on.
            tenants.retain(|_, s| Arc::strong_count(s) > 1);
        }
        let s = Arc::new(Semaphore::new(self.per_tenant));
        tenants.insert(tenant.to_string(), s.clone());
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::Duration;

    #[test]
    fn one_tenant_takes_at_most_half_the_cores_and_others_still_get_theirs() {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async {
            let hashing = Arc::new(Hashing::new(4));
            let busy_a = Arc::new(AtomicUsize::new(0));
            let most_a = Arc::new(AtomicUsize::new(0));
            let done_a = Arc::new(AtomicUsize::new(0));
            let mut storm = Vec::new();
            for _ in 0..12 {
                let (h, busy, most) = (hashing.clone(), busy_a.clone(), most_a.clone());
                let done = done_a.clone();
                storm.push(tokio::spawn(async move {
                    h.run("a", move || {
                        let now = busy.fetch_add(1, Ordering::SeqCst) + 1;
                        most.fetch_max(now, Ordering::SeqCst);
                        std::thread::sleep(Duration::from_millis(50));
                        busy.fetch_sub(1, Ordering::SeqCst);
                        done.fetch_add(1, Ordering::SeqCst);
                    })
                    .await
                    .unwrap()
                }));
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
            // Tenant b is served while a's storm is still queued, not after it.
            hashing.run("b", || ()).await.unwrap();
            let a_done_before_b = done_a.load(Ordering::SeqCst);
            for t in storm {
                t.await.unwrap();
            }
            assert_eq!(most_a.load(Ordering::SeqCst), 2, "half of 4 cores");
            assert!(
                a_done_before_b < 12,
                "b waited for the whole of a's storm ({a_done_before_b} done)"
            );
        });
    }
}
