//! Progress bars on stderr: one for the items (with rate and ETA), one per step with its
//! outcomes so far. Only on a terminal (or with `PARTNERCTL_FORCE_TTY=1`), never with `-q`.

use super::{Counts, Outcome};
use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;

/// Whether to draw bars: stderr is a terminal, or `PARTNERCTL_FORCE_TTY=1` says to act as if.
pub fn wanted(quiet: bool) -> bool {
    !quiet && (std::io::stderr().is_terminal() || crate::output::force_tty())
}

pub struct Progress {
    multi: MultiProgress,
    items: ProgressBar,
    steps: Vec<(&'static str, ProgressBar, Counts)>,
}

impl Progress {
    /// Bars for `total` items of `what` ("subsidiaries") going through `steps`.
    pub fn new(what: &str, total: u64, steps: &[&'static str]) -> Progress {
        // indicatif hides bars off a terminal by itself; when forced, draw on stderr anyway.
        let target = if crate::output::force_tty() {
            ProgressDrawTarget::term_like(Box::new(console::Term::stderr()))
        } else {
            ProgressDrawTarget::stderr()
        };
        let multi = MultiProgress::with_draw_target(target);
        let items = multi.add(ProgressBar::new(total));
        items.set_style(
            ProgressStyle::with_template(
                "{prefix:>12} [{bar:30}] {pos}/{len} {per_sec} ETA {eta} {msg}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
        );
        items.set_prefix(what.to_string());
        let step_style = ProgressStyle::with_template("{prefix:>12} {pos}/{len} {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_bar());
        let steps = steps
            .iter()
            .map(|name| {
                let bar = multi.add(ProgressBar::new(total));
                bar.set_style(step_style.clone());
                bar.set_prefix(name.to_string());
                (*name, bar, Counts::default())
            })
            .collect();
        Progress {
            multi,
            items,
            steps,
        }
    }

    /// A step of an item finished.
    pub fn step(&mut self, name: &str, outcome: Outcome) {
        if let Some((_, bar, counts)) = self.steps.iter_mut().find(|(n, ..)| *n == name) {
            counts.add(outcome);
            bar.inc(1);
            bar.set_message(describe(counts));
        }
    }

    /// An item finished (or was skipped).
    pub fn item(&self) {
        self.items.inc(1);
    }

    /// A line above the bars.
    pub fn println(&self, line: &str) {
        let _ = self.multi.println(line);
    }

    /// Leaves the bars as they stand, with their totals.
    pub fn finish(&self, note: &str) {
        for (_, bar, _) in &self.steps {
            bar.abandon();
        }
        self.items.abandon_with_message(note.to_string());
    }
}

/// `12 created, 3 unchanged`: the outcomes seen so far.
fn describe(counts: &Counts) -> String {
    Outcome::ALL
        .iter()
        .filter(|o| counts.get(**o) > 0)
        .map(|o| format!("{} {}", counts.get(*o), o.name()))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn step_messages_list_the_outcomes_seen() {
        let mut c = Counts::default();
        c.add(Outcome::Created);
        c.add(Outcome::Created);
        c.add(Outcome::Pending);
        assert_eq!(describe(&c), "2 created, 1 pending");
    }
}
