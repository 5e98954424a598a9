//! Completion of identifiers from the current backend (order and benefit ids, UPNs, MPN IDs,
//! domains), through clap_complete's dynamic completion: the shell runs
//! `COMPLETE=bash partnerctl -- partnerctl orders refund 6e` and gets candidates back.
//!
//! Completion never prompts and never prints to the terminal: the backend and session are the
//! ones the words typed so far name (`--data-dir`, `--backend`, `--token-file`, with the
//! environment and config file as usual); with no store or no session there is nothing to
//! offer, and nothing is asked of the backend. Every failure is an empty list.

use super::context::Context;
use crate::api::{AccountRef, Api};
use crate::cli::{Cli, Global};
use clap::{Command, FromArgMatches};
use clap_complete::engine::{ArgValueCompleter, CompletionCandidate};
use std::ffi::{OsStr, OsString};
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

/// The longest a completion waits for the backend.
const WAIT: Duration = Duration::from_secs(2);

/// Global options whose value decides where completion looks.
const WHERE: [&str; 3] = ["--data-dir", "--backend", "--token-file"];

/// The command tree with a completer on every argument that takes something of the backend.
/// Attached here rather than in `cli`, which knows nothing of backends.
pub fn command() -> Command {
    attach(crate::cli::command(80), "")
}

/// The completer of the argument `id` of the command at `path` (`benefits assign`), if any.
fn completer(path: &str, id: &str) -> Option<ArgValueCompleter> {
    match (path, id) {
        (_, "mpn_id") => Some(locations()),
        ("orders pay" | "orders refund", "order_id") => Some(orders()),
        (p, "id") if p.starts_with("benefits ") => Some(benefits()),
        ("benefits assign", "user" | "replace") => Some(users()),
        ("membership upgrade", "attested_by") => Some(users()),
        ("users remove" | "users grant" | "users revoke", "upn") => Some(users()),
        ("tenant domains verify", "domain") => Some(unverified_domains()),
        _ => None,
    }
}

fn attach(mut cmd: Command, path: &str) -> Command {
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        if let Some(c) = completer(path, &id) {
            cmd = cmd.mut_arg(id, |a| a.add(c));
        }
    }
    let subcommands: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in subcommands {
        let sub_path = format!("{path} {name}").trim_start().to_string();
        cmd = cmd.mut_subcommand(name, |s| attach(s, &sub_path));
    }
    cmd
}

/// Completes order ids.
fn orders() -> ArgValueCompleter {
    ArgValueCompleter::new(|current: &OsStr| {
        offer(current, |api| async move {
            let mut out = Vec::new();
            for at in accounts(&*api).await {
                for o in api.orders(at).await.unwrap_or_default() {
                    out.push((o.id, format!("{} ({})", o.description, o.mpn_id)));
                }
            }
            out
        })
    })
}

/// Completes benefit ids, and benefit kinds (`cloud-credit`).
fn benefits() -> ArgValueCompleter {
    ArgValueCompleter::new(|current: &OsStr| {
        offer(current, |api| async move {
            let mut all = Vec::new();
            for at in accounts(&*api).await {
                all.extend(api.benefits(at).await.unwrap_or_default());
            }
            let kinds: Vec<String> = all.iter().map(|b| b.kind.key().to_string()).collect();
            let mut out: Vec<(String, String)> = all
                .iter()
                .zip(&kinds)
                .filter(|(_, k)| kinds.iter().filter(|other| other == k).count() == 1)
                .map(|(b, k)| (k.clone(), b.name.clone()))
                .collect();
            out.extend(all.into_iter().map(|b| {
                let help = format!("{} ({}, {})", b.name, b.offer_id, b.mpn_id);
                (b.id, help)
            }));
            out
        })
    })
}

/// Completes UPNs of the tenant's users.
fn users() -> ArgValueCompleter {
    ArgValueCompleter::new(|current: &OsStr| {
        offer(current, |api| async move {
            let users = api.users().await.unwrap_or_default();
            users
                .into_iter()
                .map(|u| (u.user_principal_name, u.display_name))
                .collect()
        })
    })
}

/// Completes the MPN IDs of the tenant's locations.
fn locations() -> ArgValueCompleter {
    ArgValueCompleter::new(|current: &OsStr| {
        offer(current, |api| async move {
            let locations = api.locations().await.unwrap_or_default();
            locations
                .into_iter()
                .map(|l| (l.mpn_id, format!("{} ({})", l.company_name, l.country)))
                .collect()
        })
    })
}

/// Completes the tenant's custom domains that are not verified yet.
fn unverified_domains() -> ArgValueCompleter {
    ArgValueCompleter::new(|current: &OsStr| {
        offer(current, |api| async move {
            let Ok(me) = api.whoami().await else {
                return Vec::new();
            };
            me.tenant
                .domains
                .into_iter()
                .filter(|d| !d.verified)
                .map(|d| (d.name, "unverified".to_string()))
                .collect()
        })
    })
}

async fn accounts(api: &dyn Api) -> Vec<AccountRef> {
    let mut all = vec![AccountRef::global()];
    let locations = api.locations().await.unwrap_or_default();
    all.extend(locations.into_iter().map(|l| AccountRef::mpn(l.mpn_id)));
    all
}

/// The candidates `list` finds that start with `current`.
fn offer<F, Fut>(current: &OsStr, list: F) -> Vec<CompletionCandidate>
where
    F: FnOnce(Arc<dyn Api>) -> Fut,
    Fut: Future<Output = Vec<(String, String)>>,
{
    let Some(current) = current.to_str() else {
        return Vec::new();
    };
    let Ok(runtime) = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    else {
        return Vec::new();
    };
    let found = runtime.block_on(async {
        let Some(global) = typed_global() else {
            return Vec::new();
        };
        let Some(api) = signed_in(&global).await else {
            return Vec::new();
        };
        tokio::time::timeout(WAIT, list(api))
            .await
            .unwrap_or_default()
    });
    found
        .into_iter()
        .filter(|(value, _)| value.starts_with(current))
        .map(|(value, help)| CompletionCandidate::new(value).help(Some(help.into())))
        .collect()
}

/// The backend as the stored session's user; `None` when there is no store or no session.
async fn signed_in(global: &Global) -> Option<Arc<dyn Api>> {
    let ctx = Context::new(global).ok()?;
    if !ctx.is_remote() && !ctx.store_exists() {
        return None;
    }
    let has_session = ctx.explicit_token().ok()?.is_some() || ctx.stored_session().ok()?.is_some();
    if !has_session {
        return None;
    }
    tokio::time::timeout(WAIT, ctx.api()).await.ok()?.ok()
}

/// The global options of the words typed so far (`-- partnerctl --data-dir D orders refund`),
/// quiet and never asking.
fn typed_global() -> Option<Global> {
    let words: Vec<OsString> = std::env::args_os()
        .skip_while(|w| w != "--")
        .skip(2)
        .collect();
    // A value clap refuses: complete as if none was typed.
    global_from(&words).or_else(|| global_from(&[]))
}

fn global_from(words: &[OsString]) -> Option<Global> {
    let mut args: Vec<OsString> = vec!["partnerctl".into(), "-qq".into(), "--no-input".into()];
    let mut it = words.iter();
    while let Some(word) = it.next() {
        let Some(w) = word.to_str() else { continue };
        if WHERE.iter().any(|f| w.starts_with(&format!("{f}="))) {
            args.push(word.clone());
        } else if WHERE.contains(&w) {
            if let Some(value) = it.next() {
                args.push(format!("{w}={}", value.to_string_lossy()).into());
            }
        }
    }
    args.extend(["auth".into(), "status".into()]);
    let matches = crate::cli::command(80).try_get_matches_from(&args).ok()?;
    Cli::from_arg_matches(&matches).ok().map(|cli| cli.global)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_argument_that_names_something_of_the_backend_completes() {
        fn completed(cmd: &Command, path: &str, found: &mut Vec<String>) {
            for a in cmd.get_arguments() {
                if a.get::<ArgValueCompleter>().is_some() {
                    found.push(format!("{path} {}", a.get_id()));
                }
            }
            for s in cmd.get_subcommands() {
                completed(s, &format!("{path} {}", s.get_name()), found);
            }
        }
        let mut found = Vec::new();
        completed(&command(), "partnerctl", &mut found);
        for want in [
            "partnerctl orders refund order_id",
            "partnerctl benefits activate id",
            "partnerctl benefits assign user",
            "partnerctl users revoke upn",
            "partnerctl membership renew mpn_id",
            "partnerctl account show mpn_id",
            "partnerctl tenant domains verify domain",
        ] {
            assert!(found.iter().any(|f| f == want), "{want} not in {found:#?}");
        }
    }

    #[test]
    fn takes_where_to_look_from_the_words_typed() {
        let words: Vec<OsString> = ["--data-dir", "/tmp/x", "orders", "--backend=http://h:1"]
            .map(OsString::from)
            .to_vec();
        let g = global_from(&words).unwrap();
        assert_eq!(g.data_dir, Some("/tmp/x".into()));
        assert_eq!(g.backend.as_deref(), Some("http://h:1"));
        assert_eq!(g.no_input, Some(true));
        assert_eq!(g.quiet, 2);
    }
}
