//! Where the `GET` routes run: threads of their own, no more than the store has connections
//! for reads, apart from tokio's blocking pool where everything else runs.
//!
//! A read is quick and waits for nothing but the database, so a thread that finishes one
//! takes the next read waiting, if any, without sleeping. On tokio's blocking pool every
//! read woke a thread of its own (as many threads as requests in flight, most waiting for a
//! connection): `GET /v1/me` on PostgreSQL at 64 connections cost 8.7 thread switches a
//! request, 3.5 here. Changing routes stay on the blocking pool: they wait for locks and for
//! password hashing, and must not hold up the reads.

use tokio::runtime::{Builder, Runtime};
use tokio::task::JoinHandle;

pub struct Reads {
    /// Its blocking pool is the read threads; nothing else runs on it. `None` once dropped.
    runtime: Option<Runtime>,
}

impl Reads {
    /// Threads for `threads` reads at once, started as reads come and stopped when idle.
    pub fn new(threads: usize) -> std::io::Result<Reads> {
        let runtime = Builder::new_current_thread()
            .max_blocking_threads(threads.max(1))
            .thread_name("partnerctl-read")
            .build()?;
        Ok(Reads {
            runtime: Some(runtime),
        })
    }

    /// Runs `f` on a read thread.
    pub fn spawn<T: Send + 'static>(
        &self,
        f: impl FnOnce() -> T + Send + 'static,
    ) -> JoinHandle<T> {
        self.runtime
            .as_ref()
            .expect("the read threads run until dropped")
            .spawn_blocking(f)
    }
}

impl Drop for Reads {
    /// Dropped where blocking is not allowed (the last request's task, or a test's runtime),
    /// so the threads are let go without waiting for them.
    fn drop(&mut self) {
        if let Some(runtime) = self.runtime.take() {
            runtime.shutdown_background();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Reads;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn no_more_reads_run_at_once_than_there_are_threads() {
        let reads = Reads::new(2).unwrap();
        let running = Arc::new(AtomicUsize::new(0));
        let most = Arc::new(AtomicUsize::new(0));
        let tasks: Vec<_> = (0..16)
            .map(|_| {
                let (running, most) = (running.clone(), most.clone());
                reads.spawn(move || {
                    let now = running.fetch_add(1, Ordering::SeqCst) + 1;
                    most.fetch_max(now, Ordering::SeqCst);
                    std::thread::sleep(std::time::Duration::from_millis(5));
                    running.fetch_sub(1, Ordering::SeqCst);
                    std::thread::current().name().map(str::to_string)
                })
            })
            .collect();
        for task in tasks {
            assert_eq!(task.await.unwrap().as_deref(), Some("partnerctl-read"));
        }
        assert_eq!(most.load(Ordering::SeqCst), 2);
        // Dropped inside the runtime, as the server's state is: no panic.
        drop(reads);
    }
}
