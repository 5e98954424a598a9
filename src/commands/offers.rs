use super::{Context, Result};
use crate::api::ApiError;
use crate::cli::OffersCmd;
use crate::error::Code;

pub async fn run(ctx: &Context, cmd: OffersCmd) -> Result<()> {
    match cmd {
        OffersCmd::List => {
            ctx.call_list("offers", |api| async move { api.offers().await })
                .await
        }
        OffersCmd::Show { id } => {
            ctx.call(|api| async move {
                api.offers()
                    .await?
                    .into_iter()
                    .find(|o| o.id == id)
                    .ok_or_else(|| {
                        ApiError::new(Code::OfferNotFound, format!("no offer {id}"))
                            .hint("list the offers with `partnerctl offers list`")
                    })
            })
            .await
        }
    }
}
