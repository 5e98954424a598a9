//! `partnerctl enroll -f ENROLLMENT.yaml`: the parent organization and all its subsidiaries,
//! brought to the state the file describes, like `kubectl apply`.
//!
//! The file is validated whole first. Then the parent is converged (tenant, global account,
//! vetting), and the subsidiaries run concurrently through their steps. Running the same file
//! again changes nothing and says so; a subsidiary waiting on someone is pending, and a later
//! run carries on. The journal under the data dir lets `--resume` skip what is done.

mod parent;
pub mod report;
mod steps;

use super::{CliError, Context, Result};
use crate::batch::progress::{self, Progress};
use crate::batch::{self, Backoff, Journal, Outcome, Seen, Summary, Throttle};
use crate::cli::EnrollArgs;
use crate::clock::Clock;
use crate::output::Format;
use crate::profile::{self, Subsidiary};
use report::{attention, EnrollReport, Event, NewPassword, SubsidiaryReport, STEPS};
use std::io::{self, Write};
use std::sync::Arc;

/// How long to wait before running once more the subsidiaries that failed for a reason that
/// may pass (the backend unreachable or failing inside): long enough for a server to restart.
const ITEM_RETRY_PAUSE: std::time::Duration = std::time::Duration::from_secs(2);

/// A subsidiary as the runner sees it.
struct Entry {
    index: usize,
    subsidiary: Subsidiary,
}

impl batch::Item for Entry {
    fn key(&self) -> &str {
        &self.subsidiary.key
    }

    fn fingerprint(&self) -> String {
        let json = serde_json::to_vec(&self.subsidiary).unwrap_or_default();
        batch::journal::fingerprint(&json)
    }
}

pub async fn run(ctx: &Context, args: EnrollArgs) -> Result<()> {
    let enrollment = profile::load_enrollment(&args.file).map_err(CliError::Profiles)?;
    // Checked before the first call, as every other thing the file says: the parent's tenant
    // may be created before the account (and the agreement) are.
    if !args.accept_agreement && !enrollment.parent.account.agreement.accepted {
        return Err(CliError::Usage {
            message: format!(
                "{}: the parent's Microsoft Partner Network agreement is not accepted",
                args.file.display()
            ),
            hint: Some(
                "pass --accept-agreement to accept it on the organization's behalf, or set \
                 parent.agreement.accepted: true in the file"
                    .into(),
            ),
        });
    }
    let total = enrollment.subsidiaries.len();
    let parent = parent::converge(ctx, enrollment.parent, args.accept_agreement).await?;
    let mut events = Events::new(ctx.out.format == Format::Ndjson);
    events.write(&Event::Parent(&parent.report));
    note_parent(ctx, &parent.report);

    let throttle = Arc::new(Throttle::new(args.concurrency.into(), Backoff::default()));
    let plan = Arc::new(steps::Plan {
        api: parent.api.clone(),
        throttle: throttle.clone(),
        parent: parent.readiness.clone(),
        dry_run: ctx.dry_run,
        now: Clock::from_env().map_err(CliError::usage)?.now(),
    });
    let mut journal = open_journal(ctx, &args)?;

    let items = enrollment
        .subsidiaries
        .into_iter()
        .enumerate()
        .map(|(index, subsidiary)| Arc::new(Entry { index, subsidiary }))
        .collect();
    let options = batch::Options {
        workers: args.concurrency.into(),
        fail_fast: args.fail_fast,
        steps: STEPS,
        retry_after: Some(ITEM_RETRY_PAUSE),
    };
    let bars = progress::wanted(ctx.out.quiet > 0)
        .then(|| Progress::new("subsidiaries", total as u64, STEPS));
    let mut watch = Watch {
        quiet: ctx.out.quiet > 0,
        bars,
        events,
        reports: Vec::with_capacity(total),
    };
    let work = move |e: Arc<Entry>, steps| {
        let plan = plan.clone();
        async move { plan.enroll(e.index, &e.subsidiary, &steps).await }
    };
    let api = parent.api.clone();
    let mut summary = batch::run(items, options, journal.as_mut(), &throttle, work, |seen| {
        watch.see(seen)
    })
    .await
    .map_err(CliError::io("writing the journal"))?;
    let traffic = api.traffic();
    summary.requests = traffic.requests;
    summary.retries = traffic.retries;
    let Watch {
        quiet: _,
        bars,
        mut events,
        mut reports,
    } = watch;
    if let Some(b) = &bars {
        b.finish(&progress::rate(summary.per_second));
    }
    events.write(&Event::Summary(&summary));
    events.finish()?;

    reports.sort_by_key(|r| r.index);
    let report = EnrollReport {
        dry_run: ctx.dry_run,
        failures: attention(&reports, Outcome::Failed),
        pending: attention(&reports, Outcome::Pending),
        parent: parent.report,
        subsidiaries: reports,
        summary,
    };
    print_report(ctx, &report)?;
    tell(ctx, &report, journal.as_ref());
    outcome(&report)
}

/// The journal of this file's runs, under the data dir (none in a dry run: nothing is done).
fn open_journal(ctx: &Context, args: &EnrollArgs) -> Result<Option<Journal>> {
    if ctx.dry_run {
        return Ok(None);
    }
    let path = Journal::path_for(&ctx.data_dir().join("journals"), &args.file);
    let journal = Journal::open(&path, args.resume)
        .map_err(CliError::io(format!("journal {}", path.display())))?;
    if args.resume {
        ctx.out.note(format_args!(
            "resuming: {} subsidiaries are done according to {}",
            journal.len(),
            path.display()
        ));
    }
    Ok(Some(journal))
}

/// What a run shows as it goes (progress bars, NDJSON events), and the reports it keeps.
struct Watch {
    quiet: bool,
    bars: Option<Progress>,
    events: Events,
    reports: Vec<SubsidiaryReport>,
}

impl Watch {
    fn see(&mut self, seen: Seen<'_, SubsidiaryReport>) {
        match seen {
            Seen::Step { key, step } => {
                if let Some(b) = self.bars.as_mut() {
                    b.step(step.step, step.outcome);
                }
                self.events.write(&Event::Step { key, step });
            }
            Seen::Done(r) => {
                if let Some(b) = &self.bars {
                    b.item();
                }
                self.events.write(&Event::Subsidiary(&r));
                self.events.flush();
                self.reports.push(r);
            }
            Seen::Resumed { key } => {
                if let Some(b) = &self.bars {
                    b.item();
                }
                self.events.write(&Event::Resumed { key });
            }
            Seen::Retrying { key, steps } => {
                let why = steps
                    .iter()
                    .find(|s| s.outcome == Outcome::Failed)
                    .map(|s| format!("{}: {}", s.step, s.message.as_deref().unwrap_or("")))
                    .unwrap_or_default();
                self.events.write(&Event::Retrying { key, reason: &why });
                let line = format!("retrying {key} at the end: {why}");
                match &self.bars {
                    Some(b) => b.println(&line),
                    None if !self.quiet => eprintln!("{line}"),
                    None => {}
                }
            }
            Seen::Interrupted { in_flight } => {
                let line = format!(
                    "interrupted: starting no more subsidiaries; finishing the {in_flight} in \
                     flight (Ctrl-C again abandons them)"
                );
                match &self.bars {
                    Some(b) => b.println(&line),
                    None => eprintln!("{line}"),
                }
            }
        }
    }
}

/// NDJSON events on stdout as they happen (with `-o ndjson`).
struct Events {
    out: Option<io::BufWriter<io::Stdout>>,
    error: Option<io::Error>,
}

impl Events {
    fn new(on: bool) -> Events {
        Events {
            out: on.then(|| io::BufWriter::new(io::stdout())),
            error: None,
        }
    }

    fn write(&mut self, event: &Event<'_>) {
        let Some(out) = self.out.as_mut().filter(|_| self.error.is_none()) else {
            return;
        };
        let written = serde_json::to_writer(&mut *out, event)
            .map_err(io::Error::other)
            .and_then(|()| out.write_all(b"\n"));
        if let Err(e) = written {
            self.error = Some(e);
        }
    }

    fn flush(&mut self) {
        if let (Some(out), None) = (self.out.as_mut(), &self.error) {
            if let Err(e) = out.flush() {
                self.error = Some(e);
            }
        }
    }

    fn finish(mut self) -> Result<()> {
        self.flush();
        match self.error {
            Some(e) => Err(CliError::io("writing output")(e)),
            None => Ok(()),
        }
    }
}

fn note_parent(ctx: &Context, p: &report::ParentReport) {
    let steps: Vec<String> = p
        .steps
        .iter()
        .map(|s| format!("{} {}", s.step, s.outcome.name()))
        .collect();
    let mpn = p
        .mpn_id
        .as_ref()
        .map(|m| format!(" (MPN ID {m})"))
        .unwrap_or_default();
    ctx.out.note(format_args!(
        "parent {}{mpn}: {}",
        p.company_name,
        steps.join(", ")
    ));
}

/// The report on stdout: NDJSON was streamed; the other formats print it whole. A table lists
/// the subsidiaries, then the temporary passwords made (shown once).
fn print_report(ctx: &Context, report: &EnrollReport) -> Result<()> {
    match ctx.out.format {
        Format::Ndjson => {}
        Format::Json | Format::Yaml => ctx.out.data(report)?,
        Format::Table | Format::Tsv => {
            ctx.out.data(&report.subsidiaries)?;
            let passwords = new_passwords(report);
            if !passwords.is_empty() {
                println!();
                ctx.out.data(&passwords)?;
            }
        }
    }
    if new_passwords(report).is_empty() {
        return Ok(());
    }
    ctx.out
        .note("temporary passwords are shown only once (store them now) and must be changed at the first sign-in");
    Ok(())
}

fn new_passwords(report: &EnrollReport) -> Vec<NewPassword> {
    let admin = report.parent.tenant_created.iter().map(|t| NewPassword {
        user_principal_name: t.global_admin.user_principal_name.clone(),
        temporary_password: t.temporary_password.clone(),
    });
    let users = report
        .subsidiaries
        .iter()
        .flat_map(|s| &s.users)
        .filter_map(|u| {
            Some(NewPassword {
                user_principal_name: u.user_principal_name.clone()?,
                temporary_password: u.temporary_password.clone()?,
            })
        });
    admin.chain(users).collect()
}

/// On stderr: the per-step summary, every failure with its reason, what is pending.
fn tell(ctx: &Context, report: &EnrollReport, journal: Option<&Journal>) {
    let s = &report.summary;
    if ctx.out.quiet == 0 {
        eprintln!(
            "{} of {} subsidiaries in {:.2} s ({}){}{}",
            s.finished(),
            s.total,
            s.elapsed_seconds,
            progress::rate(s.per_second),
            match s.resumed {
                0 => String::new(),
                n => format!("; {n} done earlier (journal)"),
            },
            match s.throttled {
                0 => String::new(),
                n => format!("; the backend throttled {n} calls, all retried"),
            },
        );
        if s.requests > 0 {
            eprintln!(
                "{} requests sent ({} retries){}",
                s.requests,
                s.retries,
                match s.retried {
                    0 => String::new(),
                    n => format!("; {n} subsidiaries run once more after a transient failure"),
                }
            );
        }
        if let Ok(table) = crate::output::render(&s.steps, Format::Table) {
            eprint!("{table}");
        }
    }
    for f in &report.failures {
        eprintln!("error: {} ({}): {}: {}", f.key, f.origin, f.step, f.message);
        if let Some(h) = &f.hint {
            eprintln!("  hint: {h}");
        }
    }
    const SHOWN: usize = 50;
    if ctx.out.quiet == 0 {
        for p in report.pending.iter().take(SHOWN) {
            let hint = p
                .hint
                .as_ref()
                .map(|h| format!(" ({h})"))
                .unwrap_or_default();
            eprintln!("pending: {}: {}: {}{hint}", p.key, p.step, p.message);
        }
        if report.pending.len() > SHOWN {
            eprintln!(
                "pending: {} more; `-o json` lists them all",
                report.pending.len() - SHOWN
            );
        }
    }
    if let (true, Some(j)) = (s.interrupted || s.stopped_at_failure, journal) {
        eprintln!(
            "run again with --resume to go on from where this run stopped (journal: {})",
            j.path().display()
        );
    }
    if report.dry_run {
        ctx.out.note("dry run: nothing was written");
    }
}

/// The exit code: 130 interrupted, 3 some failed, 8 some pending, else 0.
fn outcome(report: &EnrollReport) -> Result<()> {
    let s: &Summary = &report.summary;
    let parent_waits = report.parent.status == Outcome::Pending;
    let code = if s.interrupted {
        130
    } else if s.items.failed > 0 {
        3
    } else if s.items.pending > 0 || parent_waits {
        8
    } else {
        return Ok(());
    };
    Err(CliError::Reported { code })
}
