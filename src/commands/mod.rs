//! One module per noun; each verb is an args struct (in `cli`) and a function here.

pub mod completions;
mod config;
pub mod context;
pub mod error;
pub mod results;
mod token_source;

mod account;
mod auth;
mod auth_status;
mod backend;
mod benefits;
pub(crate) mod enroll;
pub mod live_completion;
mod man;
mod membership;
mod offers;
mod orders;
mod outbox;
mod profile;
mod resolve;
mod roles;
mod serve;
mod tenant;
mod users;

use crate::cli::{AccountCmd, AuthCmd, Cli, Command, Deferred, TenantCmd};
pub use context::Context;
pub use error::{CliError, Result};

/// Runs the command line; with `-vv`, says how long it took.
pub async fn run(cli: Cli) -> Result<()> {
    let started = std::time::Instant::now();
    let verbose = cli.global.verbose;
    let result = run_command(cli).await;
    if verbose >= 2 {
        let label = crate::output::style::label(crate::output::style::Label::Debug);
        eprintln!("{label} done in {} ms", started.elapsed().as_millis());
    }
    result
}

async fn run_command(cli: Cli) -> Result<()> {
    // Commands about the tool itself need no data dir, backend or session.
    match cli.command.0 {
        Command::Completions(args) => return completions::run(args.0),
        Command::Config(cmd) => return config::run(&cli.global, cmd.0),
        Command::Profile(cmd) => return profile::run(&cli.global, cmd.0),
        Command::Man(args) => return man::run(&cli.global, args.0),
        _ => {}
    }
    let mut ctx = Context::new(&cli.global)?;
    // Only these make a store in a data dir that has none; any other command finds nothing.
    ctx.may_create = matches!(
        &cli.command.0,
        Command::Tenant(Deferred(TenantCmd::Create(_)))
            | Command::Account(Deferred(AccountCmd::Create(_)))
            | Command::Enroll(_)
            | Command::Serve(_)
    );
    // Before any request: a command the backend kind cannot do fails here, naming the place
    // where it can be done.
    crate::capabilities::check(ctx.kind(), &cli.command.0)?;
    // The commands whose futures are large (an account's creation, a login, a bulk run: 4-11
    // KB) are boxed, so that this future, which every command builds and moves, stays small:
    // it was 12.7 KB, and `main`'s stack frame (touched page by page as it is set up) 52 KB;
    // 18 KB with them boxed (7 KB with the future on the heap too, see `main`). A read command
    // makes 291-293 page faults instead of 306-307.
    let result = match cli.command.0 {
        Command::Tenant(cmd) => tenant::run(&ctx, cmd.0).await,
        Command::Login(args) => Box::pin(auth::login(&ctx, args.0)).await,
        Command::Logout => auth::logout(&ctx).await,
        Command::Whoami => auth::whoami(&ctx).await,
        Command::Auth(Deferred(AuthCmd::Status)) => auth_status::status(&ctx).await,
        Command::Account(cmd) => Box::pin(account::run(&ctx, cmd.0)).await,
        Command::Outbox(cmd) => outbox::run(&ctx, cmd.0).await,
        Command::Membership(cmd) => membership::run(&ctx, cmd.0).await,
        Command::Offers(cmd) => offers::run(&ctx, cmd.0).await,
        Command::Orders(cmd) => orders::run(&ctx, cmd.0).await,
        Command::Benefits(cmd) => benefits::run(&ctx, cmd.0).await,
        Command::Users(cmd) => users::run(&ctx, cmd.0).await,
        Command::Roles(cmd) => roles::run(&ctx, cmd.0).await,
        Command::Auth(Deferred(AuthCmd::Token)) => auth::token(&ctx).await,
        Command::Serve(args) => serve::run(&ctx, *args.0).await,
        Command::Enroll(args) => Box::pin(enroll::run(&ctx, args.0)).await,
        Command::Backend(cmd) => backend::run(&ctx, cmd.0).await,
        Command::Completions(_) | Command::Config(_) | Command::Profile(_) | Command::Man(_) => {
            unreachable!("handled above")
        }
    };
    result.map_err(|e| ctx.explain(e))
}
