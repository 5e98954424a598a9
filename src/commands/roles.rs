use super::{Context, Result};
use crate::cli::RolesCmd;

pub async fn run(ctx: &Context, cmd: RolesCmd) -> Result<()> {
    match cmd {
        RolesCmd::List => ctx.call(|api| async move { api.roles().await }).await,
        RolesCmd::Members { role } => {
            ctx.call(|api| async move { api.role_members(role).await })
                .await
        }
    }
}
