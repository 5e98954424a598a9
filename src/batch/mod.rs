//! The bulk runner: many items, each a few steps, run concurrently.
//!
//! It goes on past failed items (or stops at the first with `fail_fast`), skips what the
//! journal says is done, counts every step's outcome, and on Ctrl-C (or SIGTERM) starts no new
//! item, lets the items in flight finish, and reports that it was interrupted; a second signal
//! abandons them (each backend call is atomic, so nothing is left half-written). What to do
//! with each item is the caller's; so is what to show as it goes.

pub mod journal;
pub mod progress;
pub mod throttle;

use crate::output::Tabular;
use serde::Serialize;
use std::collections::HashMap;
use std::future::Future;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::mpsc;

pub use journal::Journal;
pub use throttle::{Backoff, Throttle};

/// What one step of one item came to, in `kubectl apply`'s terms plus the bulk cases.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Outcome {
    Created,
    Updated,
    Unchanged,
    /// Waiting on someone else (a contact's verification, a payment); a later run goes on.
    Pending,
    Failed,
    /// Not run: an earlier step failed, the journal says it is done, or a dry run stops short.
    Skipped,
}

impl Outcome {
    pub const ALL: [Outcome; 6] = [
        Outcome::Created,
        Outcome::Updated,
        Outcome::Unchanged,
        Outcome::Pending,
        Outcome::Failed,
        Outcome::Skipped,
    ];

    /// The desired state was reached.
    pub fn is_done(self) -> bool {
        matches!(
            self,
            Outcome::Created | Outcome::Updated | Outcome::Unchanged
        )
    }

    pub fn name(self) -> &'static str {
        match self {
            Outcome::Created => "created",
            Outcome::Updated => "updated",
            Outcome::Unchanged => "unchanged",
            Outcome::Pending => "pending",
            Outcome::Failed => "failed",
            Outcome::Skipped => "skipped",
        }
    }

    /// An item's outcome from its steps' outcomes: a failure over anything pending, that over
    /// anything made, a creation over an update; unchanged when nothing changed.
    pub fn overall(steps: impl IntoIterator<Item = Outcome>) -> Outcome {
        let rank = |o: Outcome| match o {
            Outcome::Failed => 5,
            Outcome::Pending => 4,
            Outcome::Created => 3,
            Outcome::Updated => 2,
            Outcome::Skipped => 1,
            Outcome::Unchanged => 0,
        };
        match steps.into_iter().max_by_key(|o| rank(*o)) {
            None | Some(Outcome::Skipped) => Outcome::Unchanged,
            Some(o) => o,
        }
    }
}

/// A step an earlier try created stays created, though this try found it in place.
pub fn carry_created(steps: &mut [StepReport], earlier: &[StepReport]) {
    for step in steps {
        let created_before = earlier
            .iter()
            .any(|e| e.step == step.step && e.outcome == Outcome::Created);
        if created_before && matches!(step.outcome, Outcome::Unchanged | Outcome::Updated) {
            step.outcome = Outcome::Created;
        }
    }
}

/// One step's outcome, with why when it is pending, failed or skipped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StepReport {
    pub step: &'static str,
    pub outcome: Outcome,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    /// A failure that may pass when run again (the backend unreachable, a 5xx).
    #[serde(skip)]
    pub transient: bool,
}

/// An item a bulk run works on.
pub trait Item: Send + Sync + 'static {
    /// Unique within the run.
    fn key(&self) -> &str;
    /// Changes whenever the item's desired state does (the journal compares it).
    fn fingerprint(&self) -> String;
}

/// What a run knows of an item's result.
pub trait Done: Send + 'static {
    fn key(&self) -> &str;
    fn steps(&self) -> &[StepReport];
    /// What the journal keeps to identify the result (an MPN ID).
    fn reference(&self) -> Option<&str>;
    fn status(&self) -> Outcome {
        Outcome::overall(self.steps().iter().map(|s| s.outcome))
    }
    /// Takes in the report of an earlier try of the same item, one that failed for a reason
    /// that may pass: what that try committed (a location created, a user's one-time
    /// password) must not vanish from the report of the try that counts.
    fn absorb(&mut self, earlier: Self)
    where
        Self: Sized;
    /// Failed, and only for reasons that may pass when run again.
    fn transient(&self) -> bool {
        let mut failures = self
            .steps()
            .iter()
            .filter(|s| s.outcome == Outcome::Failed)
            .peekable();
        self.status() == Outcome::Failed
            && failures.peek().is_some()
            && failures.all(|s| s.transient)
    }
}

/// Per-step counts of outcomes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Counts {
    pub created: u64,
    pub updated: u64,
    pub unchanged: u64,
    pub pending: u64,
    pub failed: u64,
    pub skipped: u64,
}

impl Counts {
    pub fn add(&mut self, o: Outcome) {
        *self.get_mut(o) += 1;
    }

    pub fn get(&self, o: Outcome) -> u64 {
        match o {
            Outcome::Created => self.created,
            Outcome::Updated => self.updated,
            Outcome::Unchanged => self.unchanged,
            Outcome::Pending => self.pending,
            Outcome::Failed => self.failed,
            Outcome::Skipped => self.skipped,
        }
    }

    fn get_mut(&mut self, o: Outcome) -> &mut u64 {
        match o {
            Outcome::Created => &mut self.created,
            Outcome::Updated => &mut self.updated,
            Outcome::Unchanged => &mut self.unchanged,
            Outcome::Pending => &mut self.pending,
            Outcome::Failed => &mut self.failed,
            Outcome::Skipped => &mut self.skipped,
        }
    }
}

/// What a run did, step by step and item by item.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Summary {
    /// Items in the run, including those the journal skipped.
    pub total: u64,
    /// Items by their overall outcome.
    pub items: Counts,
    /// Each step's outcomes, in step order.
    pub steps: Vec<StepCounts>,
    /// Items skipped because the journal says they are done.
    pub resumed: u64,
    pub elapsed_seconds: f64,
    /// Items finished per second (journal skips left out).
    pub per_second: f64,
    /// Backend calls made for the items, retries included.
    pub calls: u64,
    /// Calls the backend throttled (each was retried).
    pub throttled: u64,
    /// HTTP requests sent, every try counted (0 with the embedded backend).
    pub requests: u64,
    /// HTTP requests sent again after a dropped connection, a 5xx or a 429.
    pub retries: u64,
    /// Items that failed for a reason that may pass, and were run once more at the end.
    pub retried: u64,
    /// Ctrl-C stopped the run: the items not reached are left for `--resume`.
    pub interrupted: bool,
    /// `--fail-fast` stopped the run at a failure.
    pub stopped_at_failure: bool,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StepCounts {
    pub step: &'static str,
    #[serde(flatten)]
    pub counts: Counts,
}

impl Summary {
    fn new(total: usize, steps: &[&'static str]) -> Summary {
        Summary {
            total: total as u64,
            items: Counts::default(),
            steps: steps
                .iter()
                .map(|s| StepCounts {
                    step: s,
                    counts: Counts::default(),
                })
                .collect(),
            resumed: 0,
            elapsed_seconds: 0.0,
            per_second: 0.0,
            calls: 0,
            throttled: 0,
            requests: 0,
            retries: 0,
            retried: 0,
            interrupted: false,
            stopped_at_failure: false,
        }
    }

    fn add(&mut self, steps: &[StepReport], status: Outcome) {
        self.items.add(status);
        for s in steps {
            if let Some(c) = self.steps.iter_mut().find(|c| c.step == s.step) {
                c.counts.add(s.outcome);
            }
        }
    }

    /// Items that finished in this run (not reached ones are neither).
    pub fn finished(&self) -> u64 {
        Outcome::ALL.iter().map(|o| self.items.get(*o)).sum()
    }
}

/// What the caller sees as a run goes.
pub enum Seen<'a, R> {
    /// A step of an item finished.
    Step { key: &'a str, step: &'a StepReport },
    /// An item finished.
    Done(R),
    /// The journal says the item is done: it is not run.
    Resumed { key: &'a str },
    /// The first Ctrl-C: no new items; those in flight finish.
    Interrupted { in_flight: usize },
    /// The item failed for a reason that may pass: it runs once more at the end.
    Retrying {
        key: &'a str,
        steps: &'a [StepReport],
    },
}

/// Where a worker reports each step as it finishes.
pub struct Steps<R> {
    tx: mpsc::UnboundedSender<Message<R>>,
}

impl<R> Clone for Steps<R> {
    fn clone(&self) -> Self {
        Steps {
            tx: self.tx.clone(),
        }
    }
}

impl<R> Steps<R> {
    pub fn report(&self, key: &str, step: StepReport) {
        // The receiver goes away only when the run is abandoned; nothing is left to tell then.
        let _ = self.tx.send(Message::Step(key.to_string(), step));
    }
}

enum Message<R> {
    Step(String, StepReport),
    /// The index of the item in the run, and its result.
    Done(usize, R),
}

/// How to run.
pub struct Options {
    /// Items in flight at once.
    pub workers: usize,
    pub fail_fast: bool,
    /// The step names, in order, for the summary.
    pub steps: &'static [&'static str],
    /// Run the items that failed transiently once more, after the others and this pause.
    pub retry_after: Option<Duration>,
}

/// Runs `work` on every item not in `journal`, recording in it each item that reaches its
/// desired state, and tells `seen` about every step and item as they finish.
///
/// With `retry_after`, an item that failed only for a reason that may pass (a dropped
/// connection, a 5xx: see [`Done::transient`]) is held back, and run once more after the
/// others and that pause: its first outcome is not counted, the second is.
pub async fn run<I, R, W, Fut>(
    items: Vec<Arc<I>>,
    options: Options,
    mut journal: Option<&mut Journal>,
    throttle: &Throttle,
    work: W,
    mut seen: impl FnMut(Seen<'_, R>),
) -> std::io::Result<Summary>
where
    I: Item,
    R: Done,
    W: Fn(Arc<I>, Steps<R>) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = R> + Send + 'static,
{
    let started = Instant::now();
    let mut summary = Summary::new(items.len(), options.steps);
    let mut todo = Vec::with_capacity(items.len());
    for item in items {
        let done = journal.as_ref().is_some_and(|j| {
            j.fingerprint_of(item.key())
                .is_some_and(|f| f == item.fingerprint())
        });
        if done {
            summary.resumed += 1;
            seen(Seen::Resumed { key: item.key() });
        } else {
            todo.push(item);
        }
    }

    let mut run = Pass {
        todo: Arc::new(todo),
        work: Arc::new(work),
        options: &options,
        signals: Signals::new()?,
    };
    let first: Vec<usize> = (0..run.todo.len()).collect();
    let tries = if options.retry_after.is_some() && !options.fail_fast {
        Tries::First
    } else {
        Tries::Only
    };
    let mut held = run
        .go(
            first,
            tries,
            &mut summary,
            journal.as_deref_mut(),
            &mut seen,
        )
        .await?;
    if let (Some(pause), false) = (options.retry_after, held.is_empty()) {
        let pause_done = tokio::select! {
            () = tokio::time::sleep(pause) => true,
            () = run.signals.next() => false,
        };
        if pause_done {
            summary.retried = held.len() as u64;
            let again = held.iter().map(|(i, _)| *i).collect();
            let earlier = held.drain(..).collect();
            // What comes back: the items the second pass did not get to (interrupted).
            held = run
                .go(
                    again,
                    Tries::Again(earlier),
                    &mut summary,
                    journal.as_deref_mut(),
                    &mut seen,
                )
                .await?;
        } else {
            summary.interrupted = true;
        }
    }
    // Held back and not run again (interrupted): their first try is their report.
    for (_, report) in held {
        summary.add(report.steps(), report.status());
        seen(Seen::Done(report));
    }
    if let Some(j) = journal {
        j.sync()?;
    }
    let elapsed = started.elapsed();
    summary.elapsed_seconds = elapsed.as_secs_f64();
    summary.per_second =
        summary.finished() as f64 / elapsed.max(Duration::from_millis(1)).as_secs_f64();
    summary.calls = throttle.calls();
    summary.throttled = throttle.throttled();
    Ok(summary)
}

/// Which pass over the items this is.
enum Tries<R> {
    /// The one pass: every report counts.
    Only,
    /// The first of two: reports of items that failed transiently are held back.
    First,
    /// The second: the held reports, by index, each taken into its item's new report.
    Again(HashMap<usize, R>),
}

/// What each pass over the items shares.
struct Pass<'o, I, W> {
    todo: Arc<Vec<Arc<I>>>,
    work: Arc<W>,
    options: &'o Options,
    signals: Signals,
}

impl<I, W> Pass<'_, I, W> {
    /// Runs the items at `queue` (indices into `todo`). On a first try, the reports of items
    /// that failed transiently are returned instead of counted.
    async fn go<R, Fut>(
        &mut self,
        queue: Vec<usize>,
        mut tries: Tries<R>,
        summary: &mut Summary,
        mut journal: Option<&mut Journal>,
        seen: &mut impl FnMut(Seen<'_, R>),
    ) -> std::io::Result<Vec<(usize, R)>>
    where
        I: Item,
        R: Done,
        W: Fn(Arc<I>, Steps<R>) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = R> + Send + 'static,
    {
        let queue = Arc::new(queue);
        let next = Arc::new(AtomicUsize::new(0));
        let stop = Arc::new(AtomicBool::new(false));
        let (tx, mut rx) = mpsc::unbounded_channel();
        let fail_fast = self.options.fail_fast;
        let workers: Vec<_> = (0..self.options.workers.clamp(1, queue.len().max(1)))
            .map(|_| {
                let (todo, queue, next, stop, work) = (
                    self.todo.clone(),
                    queue.clone(),
                    next.clone(),
                    stop.clone(),
                    self.work.clone(),
                );
                let steps = Steps { tx: tx.clone() };
                tokio::spawn(async move {
                    while !stop.load(Ordering::SeqCst) {
                        let n = next.fetch_add(1, Ordering::SeqCst);
                        let Some(&i) = queue.get(n) else {
                            break;
                        };
                        let report = work(todo[i].clone(), steps.clone()).await;
                        if fail_fast && report.status() == Outcome::Failed {
                            stop.store(true, Ordering::SeqCst);
                        }
                        if steps.tx.send(Message::Done(i, report)).is_err() {
                            break;
                        }
                        // Work that never waits (an embedded backend) would keep this thread
                        // from the runtime's own chores, such as noticing a signal.
                        tokio::task::yield_now().await;
                    }
                })
            })
            .collect();
        drop(tx);

        let mut held = Vec::new();
        let mut finished = 0u64;
        loop {
            tokio::select! {
                message = rx.recv() => match message {
                    None => break,
                    Some(Message::Step(key, step)) => seen(Seen::Step { key: &key, step: &step }),
                    Some(Message::Done(i, mut report)) => {
                        finished += 1;
                        if let Tries::Again(earlier) = &mut tries {
                            if let Some(e) = earlier.remove(&i) {
                                report.absorb(e);
                            }
                        }
                        let status = report.status();
                        if matches!(tries, Tries::First) && report.transient() {
                            seen(Seen::Retrying { key: report.key(), steps: report.steps() });
                            held.push((i, report));
                            continue;
                        }
                        summary.add(report.steps(), status);
                        if let (true, Some(j)) = (status.is_done(), journal.as_deref_mut()) {
                            j.record(report.key(), &self.todo[i].fingerprint(), report.reference())?;
                        }
                        if status == Outcome::Failed && fail_fast {
                            summary.stopped_at_failure = true;
                        }
                        seen(Seen::Done(report));
                    }
                },
                _ = self.signals.next() => {
                    if summary.interrupted {
                        // A second signal: abandon what is in flight.
                        workers.iter().for_each(|w| w.abort());
                        break;
                    }
                    summary.interrupted = true;
                    stop.store(true, Ordering::SeqCst);
                    let started = next.load(Ordering::SeqCst).min(queue.len()) as u64;
                    let in_flight = started.saturating_sub(finished) as usize;
                    seen(Seen::Interrupted { in_flight });
                }
            }
        }
        if let Tries::Again(not_run) = tries {
            held.extend(not_run);
        }
        Ok(held)
    }
}

/// Ctrl-C, and SIGTERM where there is one. The streams are made once, before the run, so that
/// a signal that arrives while the runner is busy waits for it rather than being missed.
struct Signals {
    #[cfg(unix)]
    interrupt: tokio::signal::unix::Signal,
    #[cfg(unix)]
    terminate: tokio::signal::unix::Signal,
    #[cfg(windows)]
    ctrl_c: tokio::signal::windows::CtrlC,
}

impl Signals {
    fn new() -> std::io::Result<Signals> {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{signal, SignalKind};
            Ok(Signals {
                interrupt: signal(SignalKind::interrupt())?,
                terminate: signal(SignalKind::terminate())?,
            })
        }
        #[cfg(windows)]
        {
            Ok(Signals {
                ctrl_c: tokio::signal::windows::ctrl_c()?,
            })
        }
    }

    async fn next(&mut self) {
        #[cfg(unix)]
        {
            tokio::select! {
                _ = self.interrupt.recv() => {}
                _ = self.terminate.recv() => {}
            }
        }
        #[cfg(windows)]
        {
            self.ctrl_c.recv().await;
        }
    }
}

impl Tabular for StepCounts {
    fn columns() -> &'static [&'static str] {
        &[
            "Step",
            "Created",
            "Updated",
            "Unchanged",
            "Pending",
            "Failed",
            "Skipped",
        ]
    }
    fn row(&self) -> Vec<String> {
        let mut row = vec![self.step.to_string()];
        row.extend(Outcome::ALL.iter().map(|o| self.counts.get(*o).to_string()));
        row
    }
}

#[cfg(test)]
mod tests;
