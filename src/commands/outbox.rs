use super::{Context, Result};
use crate::cli::OutboxCmd;

pub async fn run(ctx: &Context, cmd: OutboxCmd) -> Result<()> {
    match cmd {
        OutboxCmd::List => {
            ctx.call_list("mails", |api| async move { api.outbox().await })
                .await
        }
    }
}
