//! A bounded pool of connections, shared by both stores: an idle connection if there is one,
//! a new one while fewer than the bound are open, else the next one given back.

use crate::error::{ApiError, Code, Result};
use std::sync::{Condvar, Mutex};
use std::time::{Duration, Instant};

pub struct Pool<C> {
    state: Mutex<State<C>>,
    /// Signalled when a connection is given back or one fewer is open.
    freed: Condvar,
    max: usize,
    /// How long a caller waits for a connection before the request fails.
    wait: Duration,
}

struct State<C> {
    idle: Vec<C>,
    open: usize,
}

impl<C> Pool<C> {
    pub fn new(max: usize, wait: Duration) -> Pool<C> {
        Pool {
            state: Mutex::new(State {
                idle: Vec::new(),
                open: 0,
            }),
            freed: Condvar::new(),
            max: max.max(1),
            wait,
        }
    }

    /// A live connection: an idle one (dropping those `alive` says are gone), a new one from
    /// `open` while there is room, else the next one given back.
    pub fn take(&self, alive: impl Fn(&C) -> bool, open: impl FnOnce() -> Result<C>) -> Result<C> {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        let deadline = Instant::now() + self.wait;
        loop {
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
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Err(ApiError::new(
                    Code::StoreBusy,
                    "every database connection is busy",
                ));
            }
            state = self
                .freed
                .wait_timeout(state, left)
                .unwrap_or_else(|e| e.into_inner())
                .0;
        }
    }

    /// Gives `conn` back for the next caller, or forgets it if it is gone.
    pub fn give_back(&self, conn: C, alive: bool) {
        if !alive {
            return self.forget();
        }
        self.state
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .idle
            .push(conn);
        self.freed.notify_one();
    }

    /// One connection fewer is open (it failed to open, or is gone).
    fn forget(&self) {
        self.state.lock().unwrap_or_else(|e| e.into_inner()).open -= 1;
        self.freed.notify_one();
    }
}
