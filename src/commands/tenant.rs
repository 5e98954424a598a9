use super::{Context, Result};
use crate::api::CreateTenant;
use crate::cli::{DomainsCmd, TenantCmd, TenantCreateArgs};

pub async fn run(ctx: &Context, cmd: TenantCmd) -> Result<()> {
    match cmd {
        TenantCmd::Create(args) => create(ctx, args).await,
        TenantCmd::Show => {
            ctx.call(|api| async move { api.whoami().await.map(|me| me.tenant) })
                .await
        }
        TenantCmd::Domains(DomainsCmd::Add { domain }) => {
            ctx.call(|api| async move { api.add_domain(domain).await })
                .await
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
