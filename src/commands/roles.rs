use super::{Context, Result};
use crate::cli::RolesCmd;

pub async fn run(ctx: &Context, cmd: RolesCmd) -> Result<()> {
    match cmd {
        RolesCmd::List => {
            ctx.call_list("roles", |api| async move { api.roles().await })
                .await
        }
        RolesCmd::Members { role } => {
            let noun = format!("members of {}", role.key());
            ctx.call_list(&noun, |api| async move { api.role_members(role).await })
                .await
        }
    }
}
