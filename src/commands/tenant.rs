use super::context::stdin_line;
use super::{Context, Result};
use crate::api::{ChangePassword, CreateTenant, Tenant};
use crate::cli::{DomainsCmd, TenantCmd, TenantCreateArgs};
use crate::validate;

pub async fn run(ctx: &Context, cmd: TenantCmd) -> Result<()> {
    match cmd {
        TenantCmd::Create(args) => create(ctx, args).await,
        TenantCmd::Show => {
            ctx.call(|api| async move { api.whoami().await.map(|me| me.tenant) })
                .await
        }
        TenantCmd::Domains(DomainsCmd::Add { domain }) => {
            let tenant = ctx.api().await?.add_domain(domain.clone()).await?;
            ctx.print(&tenant)?;
            domain_note(ctx, &tenant, &domain);
            Ok(())
        }
        TenantCmd::Domains(DomainsCmd::Verify { domain }) => {
            let tenant = ctx.api().await?.verify_domain(domain.clone()).await?;
            ctx.print(&tenant)?;
            domain_note(ctx, &tenant, &domain);
            Ok(())
        }
    }
}

async fn create(ctx: &Context, args: TenantCreateArgs) -> Result<()> {
    // Read and checked before anything is created: a password the policy refuses is told
    // while there is still nothing to undo.
    let chosen = if args.password_stdin {
        let password = stdin_line("password")?;
        crate::password_policy::check(&password, None, "password")?;
        Some(password)
    } else {
        None
    };
    let req = CreateTenant {
        domain_prefix: args.domain_prefix,
        domains: args.domains,
        global_admin: None,
        sign_in: false,
    };
    let api = ctx.anonymous()?;
    let created = api.create_tenant(req).await?;
    let Some(new_password) = chosen.filter(|_| !ctx.dry_run) else {
        ctx.print(&created)?;
        if !ctx.dry_run {
            ctx.out.note(format_args!(
                "the temporary password is shown only once and must be changed at the first \
                 sign-in: partnerctl login --username {}",
                created.global_admin.user_principal_name
            ));
        }
        return Ok(());
    };
    // The chosen password replaces the temporary one at once, as the first sign-in would.
    let upn = created.global_admin.user_principal_name.clone();
    let changed = api
        .change_password(ChangePassword {
            username: upn.clone(),
            password: created.temporary_password.clone(),
            new_password,
        })
        .await;
    match changed {
        Ok(tokens) => {
            // Creating a tenant does not sign in: that session is not kept.
            let _ = ctx.api_as(tokens.access_token)?.sign_out().await;
            ctx.print(&created.tenant)?;
            ctx.out.note(format_args!(
                "the Global admin {upn} signs in with the password you chose: \
                 partnerctl login --username {upn}"
            ));
            Ok(())
        }
        Err(e) => {
            // The tenant exists: its temporary password must not be lost with the error.
            ctx.print(&created)?;
            Err(e
                .hint(format!(
                    "the tenant was created with the temporary password above; sign in with \
                     `partnerctl login --username {upn}` to choose the password"
                ))
                .into())
        }
    }
}

/// What is left to do for the domain: publish its TXT record, or nothing.
fn domain_note(ctx: &Context, tenant: &Tenant, given: &str) {
    let name = validate::domain_ascii(given);
    let Some(domain) = tenant.domains.iter().find(|d| d.name == name) else {
        return;
    };
    match &domain.verification_record {
        Some(record) if !domain.verified => ctx.out.note(format_args!(
            "{name} is not verified yet: publish a TXT record at {name} with the value \
             {record}, then run `partnerctl tenant domains verify {name}`"
        )),
        _ if ctx.dry_run => {}
        _ => ctx.out.note(format_args!("{name} is verified")),
    }
}
