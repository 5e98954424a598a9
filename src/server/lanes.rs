//! Where the `/v1` routes run (the stores are synchronous): the `GET` routes on threads of
//! their own, as many as the store has connections for reads, and the other routes on threads
//! of theirs, one more than the store can write with at once (the next change is ready when a
//! writer is free). Sign-ins and password changes stay on tokio's blocking pool: they wait for
//! argon2, and would hold these threads meanwhile.
//!
//! A read or a change waits for nothing but the store, so a thread that finishes one takes
//! the next waiting, if any, without sleeping. On tokio's blocking pool every request woke a
//! thread of its own (as many threads as requests in flight, most of them waiting for a
//! connection): `GET /v1/me` on PostgreSQL at 64 connections cost 8.7 thread switches a
//! request, 3.5 here. A read never waits for a thread behind changes that wait for locks; past
//! a bound on the requests of both lanes at once, though, each waits for its turn in the order
//! it came, reads and changes alike (see [`Lanes::run`]).

use tokio::runtime::{Builder, Runtime};
use tokio::sync::Semaphore;
use tokio::task::{JoinError, JoinHandle};

/// A bounded set of threads: started as work comes, stopped when idle.
pub struct Threads {
    /// Its blocking pool is the threads; nothing else runs on it. `None` once dropped.
    runtime: Option<Runtime>,
}

impl Threads {
    /// At most `threads` threads, named `name`.
    pub fn new(threads: usize, name: &str) -> std::io::Result<Threads> {
        let runtime = Builder::new_current_thread()
            .max_blocking_threads(threads.max(1))
            .thread_name(name)
            .build()?;
        Ok(Threads {
            runtime: Some(runtime),
        })
    }

    /// Runs `f` on one of the threads, when one is free.
    pub fn spawn<T: Send + 'static>(
        &self,
        f: impl FnOnce() -> T + Send + 'static,
    ) -> JoinHandle<T> {
        self.runtime
            .as_ref()
            .expect("the threads run until dropped")
            .spawn_blocking(f)
    }
}

impl Drop for Threads {
    /// Dropped where blocking is not allowed (the last request's task, or a test's runtime),
    /// so the threads are let go without waiting for them.
    fn drop(&mut self) {
        if let Some(runtime) = self.runtime.take() {
            runtime.shutdown_background();
        }
    }
}

/// The threads of the two lanes, and the turns they share.
pub struct Lanes {
    reads: Threads,
    changes: Threads,
    /// Requests of either lane let in at once, in the order they came (a fair semaphore):
    /// twice the two lanes' threads, enough to keep both busy. Past that, a read waits behind
    /// the changes that came before it rather than passing them: under a mixed load the
    /// changes, which wait for fewer threads and for locks, otherwise took the whole tail of
    /// the latencies (see the README's `serve` on PostgreSQL).
    turns: Semaphore,
}

/// Which lane a request runs in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lane {
    /// A `GET` route's.
    Read,
    /// Another route's.
    Change,
    /// A sign-in's, or anything else that may wait for argon2: tokio's blocking pool.
    Hashing,
}

impl Lanes {
    pub fn new(readers: usize, writers: usize) -> std::io::Result<Lanes> {
        Lanes::with_turns(readers, writers, 2 * (readers + writers + 1))
    }

    fn with_turns(readers: usize, writers: usize, turns: usize) -> std::io::Result<Lanes> {
        Ok(Lanes {
            reads: Threads::new(readers, "partnerctl-read")?,
            changes: Threads::new(writers + 1, "partnerctl-change")?,
            turns: Semaphore::new(turns.max(1)),
        })
    }

    /// Runs `f` in `lane` once it has its turn (a read or a change; the hashing lane takes
    /// none), and waits for it.
    pub async fn run<T: Send + 'static>(
        &self,
        lane: Lane,
        f: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T, JoinError> {
        let _turn = match lane {
            Lane::Hashing => None,
            Lane::Read | Lane::Change => Some(
                self.turns
                    .acquire()
                    .await
                    .expect("the turns are never closed"),
            ),
        };
        self.spawn(lane, f).await
    }

    /// Runs `f` in `lane`, taking no turn (see [`Lanes::run`]).
    fn spawn<T: Send + 'static>(
        &self,
        lane: Lane,
        f: impl FnOnce() -> T + Send + 'static,
    ) -> JoinHandle<T> {
        match lane {
            Lane::Read => self.reads.spawn(f),
            Lane::Change => self.changes.spawn(f),
            Lane::Hashing => tokio::task::spawn_blocking(f),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Lane, Lanes};
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;

    /// The most tasks of `lane` that ran at once, of 16 that each take 5 ms, and the name of
    /// the threads they ran on.
    async fn most_at_once(lanes: &Lanes, lane: Lane) -> (usize, Option<String>) {
        let running = Arc::new(AtomicUsize::new(0));
        let most = Arc::new(AtomicUsize::new(0));
        let tasks: Vec<_> = (0..16)
            .map(|_| {
                let (running, most) = (running.clone(), most.clone());
                lanes.spawn(lane, move || {
                    let now = running.fetch_add(1, Ordering::SeqCst) + 1;
                    most.fetch_max(now, Ordering::SeqCst);
                    std::thread::sleep(std::time::Duration::from_millis(5));
                    running.fetch_sub(1, Ordering::SeqCst);
                    std::thread::current().name().map(str::to_string)
                })
            })
            .collect();
        let mut name = None;
        for task in tasks {
            name = task.await.unwrap();
        }
        (most.load(Ordering::SeqCst), name)
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn past_the_turns_a_read_waits_behind_the_change_that_came_first() {
        // One turn: a change holds it; then a change and a read come, in that order. The
        // read's thread is free, but its turn comes after the change's.
        let lanes = Arc::new(Lanes::with_turns(1, 0, 1).unwrap());
        let (release, held) = std::sync::mpsc::channel::<()>();
        let first = {
            let lanes = lanes.clone();
            tokio::spawn(async move { lanes.run(Lane::Change, move || held.recv()).await })
        };
        let order = Arc::new(std::sync::Mutex::new(Vec::new()));
        let mut waiting = Vec::new();
        for (lane, name) in [(Lane::Change, "change"), (Lane::Read, "read")] {
            let (lanes, order) = (lanes.clone(), order.clone());
            waiting.push(tokio::spawn(async move {
                lanes
                    .run(lane, move || order.lock().unwrap().push(name))
                    .await
            }));
            // Queued for its turn before the next one comes.
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        assert!(
            order.lock().unwrap().is_empty(),
            "nothing runs before its turn"
        );
        release.send(()).unwrap();
        first.await.unwrap().unwrap().unwrap();
        for task in waiting {
            task.await.unwrap().unwrap();
        }
        assert_eq!(*order.lock().unwrap(), ["change", "read"]);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn each_lane_runs_no_more_at_once_than_it_has_threads() {
        let lanes = Lanes::new(3, 1).unwrap();
        let (reads, name) = most_at_once(&lanes, Lane::Read).await;
        assert_eq!((reads, name.as_deref()), (3, Some("partnerctl-read")));
        let (changes, name) = most_at_once(&lanes, Lane::Change).await;
        assert_eq!((changes, name.as_deref()), (2, Some("partnerctl-change")));
        let (hashing, _) = most_at_once(&lanes, Lane::Hashing).await;
        assert!(hashing > 2, "tokio's blocking pool: {hashing} at once");
        // Dropped inside the runtime, as the server's state is: no panic.
        drop(lanes);
    }
}
