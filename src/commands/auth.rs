//! Signing in and out: `login`, `logout`, `whoami`, `auth token`.

use super::{Context, Result};
use crate::api::{ChangePassword, SignIn};
use crate::auth::Session;
use crate::cli::LoginArgs;
use crate::error::{Code, ErrorKind};

pub async fn login(ctx: &Context, args: LoginArgs) -> Result<()> {
    if let Some(pc) = ctx.partner_center() {
        return super::backend::login(ctx, pc, args).await;
    }
    let Some(username) = args.username else {
        return Err(super::CliError::Usage {
            message: "--device-code and --client-id sign in to Partner Center".into(),
            hint: Some(
                "pass --backend partner-center, or sign in here with --username UPN --password-stdin"
                    .into(),
            ),
        });
    };
    // Before the password is asked for: a data dir with nothing in it has no one to sign in.
    let api = ctx.anonymous()?;
    let prompt = format!("Password for {username}: ");
    let password = ctx.password(args.password_stdin, &prompt)?;
    let signed_in = api
        .sign_in(SignIn {
            username: username.clone(),
            password: password.clone(),
        })
        .await;
    let tokens = match signed_in {
        Err(e) if e.is(Code::PasswordChangeRequired) => {
            // A temporary password: the first sign-in sets the user's own, as in Azure AD.
            let Some(new_password) = ctx.new_password(args.new_password_stdin, &username)? else {
                return Err(e.into());
            };
            crate::password_policy::check(&new_password, Some(&password), "new password")?;
            if ctx.dry_run {
                ctx.out.note(
                    "dry run: the credentials are valid and the new password meets the policy; \
                     the password was not changed",
                );
                return Ok(());
            }
            let tokens = api
                .change_password(ChangePassword {
                    username: username.clone(),
                    password,
                    new_password,
                })
                .await?;
            ctx.out
                .note(format_args!("the password of {username} was changed"));
            tokens
        }
        other => other?,
    };
    if ctx.dry_run {
        ctx.out
            .note("dry run: the credentials are valid; no session was stored");
        return Ok(());
    }
    let me = ctx.api_as(tokens.access_token.clone())?.whoami().await?;
    ctx.save_session(&Session::new(&me.user.user_principal_name, &tokens))?;
    ctx.out.note(format_args!(
        "signed in as {} to tenant {} ({})",
        me.user.user_principal_name, me.tenant.default_domain, me.tenant.id
    ));
    Ok(())
}

pub async fn logout(ctx: &Context) -> Result<()> {
    let stored = ctx.stored_session()?;
    match ctx.api().await?.sign_out().await {
        Ok(()) => {}
        // Already signed out on the backend: still forget the stored session.
        Err(e) if e.kind() == ErrorKind::Unauthenticated => {}
        Err(e) => return Err(e.into()),
    }
    match stored {
        None => ctx.out.note("no stored session"),
        Some(_) if ctx.dry_run => ctx.out.note("dry run: the session was kept"),
        Some(session) => {
            ctx.forget_session()?;
            ctx.out
                .note(format_args!("signed out {}", session.user_principal_name));
        }
    }
    Ok(())
}

pub async fn whoami(ctx: &Context) -> Result<()> {
    ctx.call(|api| async move { api.whoami().await }).await
}

/// `auth token`: the access token of the session (refreshed if it expired), for scripts that
/// call the API directly, as `gh auth token` does.
pub async fn token(ctx: &Context) -> Result<()> {
    match ctx.access_token().await? {
        Some(token) => {
            use std::io::Write;
            let mut out = std::io::stdout().lock();
            writeln!(out, "{token}").map_err(super::CliError::io("writing the token"))
        }
        None => Err(ctx.explain(
            crate::error::ApiError::new(crate::error::Code::NotSignedIn, "not signed in")
                .hint("run `partnerctl login --username UPN --password-stdin`")
                .into(),
        )),
    }
}
