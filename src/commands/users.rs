use super::{resolve, CliError, Context, Result};
use crate::api::{NewUser, UserCreated};
use crate::cli::{RoleUserArgs, UsersAddArgs, UsersCmd};
use crate::error::ErrorKind;
use crate::profile;
use std::path::Path;

pub async fn run(ctx: &Context, cmd: UsersCmd) -> Result<()> {
    match cmd {
        UsersCmd::Add(args) => match &args.file {
            Some(file) => add_file(ctx, file).await,
            None => add_one(ctx, args).await,
        },
        UsersCmd::List => {
            ctx.call_list("users", |api| async move { api.users().await })
                .await
        }
        UsersCmd::Remove { upn } => {
            let api = ctx.api().await?;
            let upn = resolve::user(&*api, &upn).await?;
            ctx.confirm(&format!("remove the user {upn}"))?;
            api.remove_user(upn.clone()).await?;
            ctx.out.note(format_args!("removed {upn}"));
            Ok(())
        }
        UsersCmd::Grant(RoleUserArgs { role, upn }) => {
            ctx.call(|api| async move {
                let upn = resolve::user(&*api, &upn).await?;
                api.grant_role(role, upn).await
            })
            .await
        }
        UsersCmd::Revoke(RoleUserArgs { role, upn }) => {
            let api = ctx.api().await?;
            let upn = resolve::user(&*api, &upn).await?;
            ctx.confirm(&format!("take the role {role} from {upn}"))?;
            // Who holds the role before (any member may read it): revoking a role the user
            // does not hold changes nothing, and says so, as `kubectl` says "unchanged".
            let held_by = api.role_members(role).await.ok();
            let user = api.revoke_role(role, upn).await?;
            ctx.print(&user)?;
            if held_by.is_some_and(|members| !members.iter().any(|m| m.id == user.id)) {
                ctx.out.note(format_args!(
                    "unchanged: {} does not hold {}",
                    user.user_principal_name,
                    role.key()
                ));
            }
            Ok(())
        }
    }
}

async fn add_one(ctx: &Context, args: UsersAddArgs) -> Result<()> {
    let user = NewUser {
        email: args.email.unwrap_or_default(),
        first_name: args.first_name.unwrap_or_default(),
        last_name: args.last_name.unwrap_or_default(),
        user_principal_name: args.upn,
        roles: args.roles,
        guest: args.guest,
    };
    let created = ctx.api().await?.add_user(user).await?;
    ctx.print(&created)?;
    password_note(ctx, std::slice::from_ref(&created));
    Ok(())
}

/// Adds every user of a file. The whole file is checked first; then each user is added, a
/// failure is reported and the rest go on, and the exit code says if any failed.
async fn add_file(ctx: &Context, file: &Path) -> Result<()> {
    let users = profile::load_users(file)?;
    let total = users.len();
    let api = ctx.api().await?;
    let mut created = Vec::new();
    let mut stop = None;
    for (n, user) in users.into_iter().enumerate() {
        let label = format!("entry {} ({})", n + 1, user.email);
        match api.add_user(user).await {
            Ok(c) => created.push(c),
            // Not signed in: every other user would fail the same way.
            Err(e) if e.kind() == ErrorKind::Unauthenticated => {
                stop = Some(e);
                break;
            }
            Err(e) => eprintln!("error: {label}: {}", CliError::from(e)),
        }
    }
    ctx.print(&created)?;
    password_note(ctx, &created);
    if let Some(e) = stop {
        return Err(e.into());
    }
    match total - created.len() {
        0 => Ok(()),
        failed => Err(CliError::Partial {
            message: format!("{failed} of {total} users could not be added"),
        }),
    }
}

fn password_note(ctx: &Context, created: &[UserCreated]) {
    if created.iter().any(|c| c.temporary_password.is_some()) {
        ctx.out.note(
            "temporary passwords are shown only once and must be changed at the first sign-in",
        );
    }
}
