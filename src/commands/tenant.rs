use super::{Context, Result};
use crate::api::{CreateTenant, Tenant};
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
    let req = CreateTenant {
        domain_prefix: args.domain_prefix,
        domains: args.domains,
        global_admin: None,
    };
    let created = ctx.anonymous()?.create_tenant(req).await?;
    ctx.print(&created)?;
    if ctx.dry_run {
        return Ok(());
    }
    ctx.out.note(format_args!(
        "the temporary password is shown only once; sign in with: \
         partnerctl login --username {} --password-stdin",
        created.global_admin.user_principal_name
    ));
    Ok(())
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
