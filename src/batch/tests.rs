//! The runner with toy items: counting, the journal, fail-fast.

use super::*;

struct Toy {
    key: String,
    /// The outcome of its one step.
    outcome: Outcome,
}

impl Item for Toy {
    fn key(&self) -> &str {
        &self.key
    }
    fn fingerprint(&self) -> String {
        format!("{}:{:?}", self.key, self.outcome)
    }
}

struct ToyDone {
    key: String,
    steps: Vec<StepReport>,
}

impl Done for ToyDone {
    fn key(&self) -> &str {
        &self.key
    }
    fn steps(&self) -> &[StepReport] {
        &self.steps
    }
    fn reference(&self) -> Option<&str> {
        None
    }
    fn absorb(&mut self, earlier: Self) {
        carry_created(&mut self.steps, &earlier.steps);
    }
}

const STEPS: &[&str] = &["only"];

fn toys(outcomes: &[Outcome]) -> Vec<Arc<Toy>> {
    outcomes
        .iter()
        .enumerate()
        .map(|(i, o)| {
            Arc::new(Toy {
                key: format!("t{i}"),
                outcome: *o,
            })
        })
        .collect()
}

/// Runs the toys; returns the summary and the keys seen done, in order.
fn go(
    items: Vec<Arc<Toy>>,
    workers: usize,
    fail_fast: bool,
    journal: Option<&mut Journal>,
) -> (Summary, Vec<String>) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let throttle = Throttle::new(workers, Backoff::default());
    let mut done = Vec::new();
    let options = Options {
        workers,
        fail_fast,
        steps: STEPS,
        retry_after: None,
    };
    let summary = rt
        .block_on(run(
            items,
            options,
            journal,
            &throttle,
            |toy: Arc<Toy>, steps: Steps<ToyDone>| async move {
                let step = StepReport {
                    step: "only",
                    outcome: toy.outcome,
                    message: None,
                    hint: None,
                    transient: false,
                };
                steps.report(&toy.key, step.clone());
                ToyDone {
                    key: toy.key.clone(),
                    steps: vec![step],
                }
            },
            |seen| {
                if let Seen::Done(d) = seen {
                    done.push(d.key.clone());
                }
            },
        ))
        .unwrap();
    (summary, done)
}

#[test]
fn every_outcome_is_counted_per_step_and_per_item() {
    use Outcome::*;
    let (s, done) = go(
        toys(&[Created, Created, Unchanged, Pending, Failed]),
        3,
        false,
        None,
    );
    assert_eq!(done.len(), 5);
    assert_eq!((s.items.created, s.items.unchanged), (2, 1));
    assert_eq!((s.items.pending, s.items.failed), (1, 1));
    assert_eq!(s.steps[0].counts, s.items);
    assert!(!s.interrupted && !s.stopped_at_failure);
}

#[test]
fn fail_fast_starts_nothing_after_a_failure() {
    use Outcome::*;
    let mut outcomes = vec![Failed];
    outcomes.extend([Created; 50]);
    let (s, done) = go(toys(&outcomes), 1, true, None);
    assert!(s.stopped_at_failure);
    assert_eq!(done, ["t0"], "one worker: nothing after the failure");
}

#[test]
fn the_journal_skips_what_is_done_and_records_only_that() {
    use Outcome::*;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("j.ndjson");
    let mut j = Journal::open(&path, false).unwrap();
    let (s, _) = go(toys(&[Created, Pending, Unchanged]), 2, false, Some(&mut j));
    assert_eq!(s.resumed, 0);
    assert_eq!(j.len(), 2, "the pending item is not done");

    let mut j = Journal::open(&path, true).unwrap();
    let (s, done) = go(toys(&[Created, Pending, Unchanged]), 2, false, Some(&mut j));
    assert_eq!(s.resumed, 2);
    assert_eq!(done, ["t1"]);

    // An item whose desired state changed is not done any more.
    let mut j = Journal::open(&path, true).unwrap();
    let (s, _) = go(toys(&[Updated, Pending, Unchanged]), 2, false, Some(&mut j));
    assert_eq!(s.resumed, 1);
}

#[test]
fn an_items_outcome_comes_from_its_steps() {
    use Outcome::*;
    assert_eq!(Outcome::overall([Created, Unchanged]), Created);
    assert_eq!(Outcome::overall([Updated, Unchanged]), Updated);
    assert_eq!(Outcome::overall([Unchanged, Skipped]), Unchanged);
    assert_eq!(Outcome::overall([Created, Pending]), Pending);
    assert_eq!(Outcome::overall([Pending, Failed]), Failed);
    assert_eq!(Outcome::overall([]), Unchanged);
}

/// Items that fail transiently (`fails` times each) run once more at the end; a refusal does
/// not; the first outcome of a retried item is not counted.
#[test]
fn transient_failures_run_once_more_at_the_end() {
    use std::sync::Mutex;
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    // key -> transient failures left before it succeeds
    let left: Arc<Mutex<std::collections::HashMap<String, u32>>> = Arc::new(Mutex::new(
        [("t0", 1), ("t1", 2), ("t2", 0)]
            .into_iter()
            .map(|(k, n)| (k.to_string(), n))
            .collect(),
    ));
    let items = toys(&[
        Outcome::Created,
        Outcome::Created,
        Outcome::Created,
        Outcome::Failed,
    ]);
    let throttle = Throttle::new(2, Backoff::default());
    let options = Options {
        workers: 2,
        fail_fast: false,
        steps: STEPS,
        retry_after: Some(Duration::from_millis(10)),
    };
    let mut retrying = Vec::new();
    let work_left = left.clone();
    let summary = rt
        .block_on(run(
            items,
            options,
            None,
            &throttle,
            move |toy: Arc<Toy>, _steps: Steps<ToyDone>| {
                let left = work_left.clone();
                async move {
                    let mut left = left.lock().unwrap();
                    let n = left.entry(toy.key.clone()).or_insert(0);
                    let step = if *n > 0 {
                        *n -= 1;
                        StepReport {
                            step: "only",
                            outcome: Outcome::Failed,
                            message: Some("the backend answered 503".into()),
                            hint: None,
                            transient: true,
                        }
                    } else {
                        StepReport {
                            step: "only",
                            outcome: toy.outcome,
                            message: None,
                            hint: None,
                            transient: false,
                        }
                    };
                    ToyDone {
                        key: toy.key.clone(),
                        steps: vec![step],
                    }
                }
            },
            |seen| {
                if let Seen::Retrying { key, .. } = seen {
                    retrying.push(key.to_string());
                }
            },
        ))
        .unwrap();
    retrying.sort();
    assert_eq!(retrying, ["t0", "t1"], "t3's failure is not transient");
    assert_eq!(summary.retried, 2);
    // t0 succeeds on its second go; t1 fails twice and counts once; t3 was refused.
    assert_eq!((summary.items.created, summary.items.failed), (2, 2));
    assert_eq!(summary.finished(), 4);
}
