use super::{Context, Result};
use crate::api::AssignSeat;
use crate::cli::BenefitsCmd;

pub async fn run(ctx: &Context, cmd: BenefitsCmd) -> Result<()> {
    match cmd {
        BenefitsCmd::List(sel) => {
            ctx.call_list(
                "benefits",
                |api| async move { api.benefits(sel.at()).await },
            )
            .await
        }
        BenefitsCmd::Activate { id } => {
            ctx.call(|api| async move { api.activate_benefit(id).await })
                .await
        }
        BenefitsCmd::Assign { id, user, replace } => {
            let req = AssignSeat {
                user_principal_name: user,
                replace,
            };
            ctx.call(|api| async move { api.assign_benefit(id, req).await })
                .await
        }
        BenefitsCmd::Keys { id } => {
            ctx.call(|api| async move { api.product_keys(id).await })
                .await
        }
        BenefitsCmd::Redeem { id, key } => {
            ctx.call(|api| async move { api.redeem_key(id, key).await })
                .await
        }
    }
}
