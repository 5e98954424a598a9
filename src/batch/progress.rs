//! Progress bars on stderr: one for the items (with rate and ETA), one per step with its
//! outcomes so far. Only on a terminal (or with `PARTNERCTL_FORCE_TTY=1`), never with `-q`.

use super::{Counts, Outcome};
use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};
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
        items.set_style(items_style("{rate} ETA {eta} {msg}"));
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

    /// Leaves the bars as they stand, with their totals; `note` (the run's rate) takes the
    /// place of the live rate and ETA, so the rate shows once.
    pub fn finish(&self, note: &str) {
        for (_, bar, _) in &self.steps {
            bar.abandon();
        }
        self.items.set_style(items_style("{msg}"));
        self.items.abandon_with_message(note.to_string());
    }
}

/// The items' bar, then `tail`; `{rate}` is the items a second, rounded (`330/s`).
fn items_style(tail: &str) -> ProgressStyle {
    let template = format!("{{prefix:>12}} [{{bar:30}}] {{pos}}/{{len}} {tail}");
    ProgressStyle::with_template(&template)
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .with_key(
            "rate",
            |state: &ProgressState, w: &mut dyn std::fmt::Write| {
                let _ = write!(w, "{}", rate(state.per_sec()));
            },
        )
        .progress_chars("=> ")
}

/// Items a second, rounded: `330/s`, `0.4/s` below one.
pub fn rate(per_sec: f64) -> String {
    if !per_sec.is_finite() || per_sec <= 0.0 {
        "0/s".to_string()
    } else if per_sec < 1.0 {
        format!("{per_sec:.1}/s")
    } else {
        format!("{per_sec:.0}/s")
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

    #[test]
    fn the_rate_is_rounded() {
        assert_eq!(rate(330.3395), "330/s");
        assert_eq!(rate(1185.6), "1186/s");
        assert_eq!(rate(0.42), "0.4/s");
        assert_eq!(rate(0.0), "0/s");
        assert_eq!(rate(f64::NAN), "0/s");
    }
}
