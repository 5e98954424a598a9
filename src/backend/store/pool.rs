//! A bounded pool of connections, shared by both stores: an idle connection if there is one,
//! a new one while fewer than the bound are open, else the next one given back.
//!
//! Callers that have to wait are served in the order they came: a connection given back goes
//! straight to the longest waiter, never to a caller that arrives meanwhile. Under many
//! concurrent requests this keeps the slowest of them from waiting behind a run of later
//! ones.

use crate::error::{ApiError, Code, Result};
use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::thread::Thread;
use std::time::{Duration, Instant};

pub struct Pool<C> {
    state: Mutex<State<C>>,
    max: usize,
    /// How long a caller waits for a connection before the request fails.
    wait: Duration,
}

struct State<C> {
    idle: Vec<C>,
    open: usize,
    /// Callers waiting, longest first.
    waiters: VecDeque<Arc<Waiter<C>>>,
}

/// A waiting caller: what it was handed, and its thread to wake.
struct Waiter<C> {
    handed: Mutex<Handed<C>>,
    thread: Thread,
}

enum Handed<C> {
    Nothing,
    /// A connection given back.
    Conn(C),
    /// Room for a new connection (one was forgotten).
    Room,
}

impl<C> Pool<C> {
    pub fn new(max: usize, wait: Duration) -> Pool<C> {
        Pool {
            state: Mutex::new(State {
                idle: Vec::new(),
                open: 0,
                waiters: VecDeque::new(),
            }),
            max: max.max(1),
            wait,
        }
    }

    /// The most connections it opens.
    pub fn size(&self) -> usize {
        self.max
    }

    fn state(&self) -> std::sync::MutexGuard<'_, State<C>> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// A live connection: an idle one (dropping those `alive` says are gone), a new one from
    /// `open` while there is room, else the next one given back.
    pub fn take(&self, alive: impl Fn(&C) -> bool, open: impl FnOnce() -> Result<C>) -> Result<C> {
        let waiter = {
            let mut state = self.state();
            while let Some(c) = state.idle.pop() {
                if alive(&c) {
                    return Ok(c);
                }
                state.open -= 1;
            }
            if state.open < self.max {
                state.open += 1;
                drop(state);
                return open().inspect_err(|_| self.forget());
            }
            let waiter = Arc::new(Waiter {
                handed: Mutex::new(Handed::Nothing),
                thread: std::thread::current(),
            });
            state.waiters.push_back(waiter.clone());
            waiter
        };
        let deadline = Instant::now() + self.wait;
        loop {
            match self.handed(&waiter) {
                Handed::Conn(c) if alive(&c) => return Ok(c),
                // Gone while idle: its place is ours to open again.
                Handed::Conn(_) | Handed::Room => {
                    return open().inspect_err(|_| self.forget());
                }
                Handed::Nothing => {}
            }
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                let mut state = self.state();
                state.waiters.retain(|w| !Arc::ptr_eq(w, &waiter));
                drop(state);
                // Handed something between the last look and leaving the queue: pass it on.
                match self.handed(&waiter) {
                    Handed::Conn(c) => self.give_back(c, true),
                    Handed::Room => self.forget(),
                    Handed::Nothing => {}
                }
                return Err(ApiError::new(
                    Code::StoreBusy,
                    "every database connection is busy",
                ));
            }
            std::thread::park_timeout(left);
        }
    }

    /// What `waiter` was handed, taken out.
    fn handed(&self, waiter: &Waiter<C>) -> Handed<C> {
        let mut handed = waiter.handed.lock().unwrap_or_else(|e| e.into_inner());
        std::mem::replace(&mut *handed, Handed::Nothing)
    }

    /// Hands `what` to the longest waiter, if any; else gives it back.
    fn hand(&self, state: &mut State<C>, what: Handed<C>) -> Option<Handed<C>> {
        let Some(waiter) = state.waiters.pop_front() else {
            return Some(what);
        };
        *waiter.handed.lock().unwrap_or_else(|e| e.into_inner()) = what;
        waiter.thread.unpark();
        None
    }

    /// Gives `conn` back for the next caller, or forgets it if it is gone.
    pub fn give_back(&self, conn: C, alive: bool) {
        if !alive {
            return self.forget();
        }
        let mut state = self.state();
        if let Some(Handed::Conn(c)) = self.hand(&mut state, Handed::Conn(conn)) {
            state.idle.push(c);
        }
    }

    /// Closes the idle connections (those in use stay open).
    pub fn close_idle(&self) {
        let idle = std::mem::take(&mut self.state().idle);
        for conn in idle {
            drop(conn);
            self.forget();
        }
    }

    /// One connection fewer is open (it failed to open, or is gone): the longest waiter may
    /// open one in its place.
    fn forget(&self) {
        let mut state = self.state();
        if self.hand(&mut state, Handed::Room).is_some() {
            state.open -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waiters_are_served_in_the_order_they_came() {
        let pool: Arc<Pool<usize>> = Arc::new(Pool::new(1, Duration::from_secs(10)));
        let first = pool.take(|_| true, || Ok(0)).unwrap();
        let order = Arc::new(Mutex::new(Vec::new()));
        let mut threads = Vec::new();
        for i in 1..=4 {
            let (p, o) = (pool.clone(), order.clone());
            threads.push(std::thread::spawn(move || {
                let c = p.take(|_| true, || panic!("the pool is full")).unwrap();
                o.lock().unwrap().push(i);
                p.give_back(c, true);
            }));
            // The next waiter comes only once this one is queued.
            while pool.state().waiters.len() < i {
                std::thread::yield_now();
            }
        }
        pool.give_back(first, true);
        for t in threads {
            t.join().unwrap();
        }
        assert_eq!(*order.lock().unwrap(), vec![1, 2, 3, 4]);
    }

    #[test]
    fn a_waiter_gives_up_after_its_wait_and_leaves_the_queue() {
        let pool: Pool<usize> = Pool::new(1, Duration::from_millis(50));
        let held = pool.take(|_| true, || Ok(0)).unwrap();
        let e = pool.take(|_| true, || Ok(1)).unwrap_err();
        assert_eq!(e.code, Code::StoreBusy as u32);
        assert!(pool.state().waiters.is_empty());
        pool.give_back(held, true);
        assert_eq!(pool.take(|_| true, || Ok(2)).unwrap(), 0);
    }

    #[test]
    fn closing_the_idle_connections_leaves_those_in_use() {
        let pool: Pool<usize> = Pool::new(3, Duration::from_secs(10));
        let (a, b) = (
            pool.take(|_| true, || Ok(0)).unwrap(),
            pool.take(|_| true, || Ok(1)).unwrap(),
        );
        pool.give_back(a, true);
        pool.close_idle();
        assert_eq!(pool.state().open, 1);
        assert!(pool.state().idle.is_empty());
        pool.give_back(b, true);
        assert_eq!(pool.take(|_| true, || Ok(2)).unwrap(), 1);
    }

    #[test]
    fn a_forgotten_connection_makes_room_for_a_waiter() {
        let pool: Arc<Pool<usize>> = Arc::new(Pool::new(1, Duration::from_secs(10)));
        let held = pool.take(|_| true, || Ok(0)).unwrap();
        let p = pool.clone();
        let waiter = std::thread::spawn(move || p.take(|_| true, || Ok(7)).unwrap());
        while pool.state().waiters.is_empty() {
            std::thread::yield_now();
        }
        pool.give_back(held, false);
        assert_eq!(waiter.join().unwrap(), 7);
        assert_eq!(pool.state().open, 1);
    }
}
