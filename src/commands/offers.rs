use super::{Context, Result};
use crate::cli::OffersCmd;

pub async fn run(ctx: &Context, cmd: OffersCmd) -> Result<()> {
    match cmd {
        OffersCmd::List => ctx.call(|api| async move { api.offers().await }).await,
    }
}
