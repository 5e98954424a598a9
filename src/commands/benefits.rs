use super::{resolve, Context, Result};
use crate::api::{AssignSeat, BenefitKind, BenefitKinds};
use crate::cli::BenefitsCmd;

pub async fn run(ctx: &Context, cmd: BenefitsCmd) -> Result<()> {
    match cmd {
        BenefitsCmd::List(sel) => {
            ctx.call_list("benefits", |api| async move {
                api.benefits(resolve::account(&*api, &sel).await?).await
            })
            .await
        }
        BenefitsCmd::Activate {
            id: Some(id),
            all: false,
            ..
        } => {
            ctx.call(|api| async move {
                let id = resolve::benefit(&*api, &id).await?;
                api.activate_benefit(id).await
            })
            .await
        }
        BenefitsCmd::Activate { kinds, at, .. } => {
            let kinds = BenefitKinds {
                kinds: if kinds.is_empty() {
                    BenefitKind::ALL.to_vec()
                } else {
                    kinds
                },
            };
            ctx.call_list("benefits", |api| async move {
                let at = resolve::account(&*api, &at).await?;
                Ok(api.activate_benefits(at, kinds).await?.activated)
            })
            .await
        }
        BenefitsCmd::Assign { id, user, replace } => {
            ctx.call(|api| async move {
                let id = resolve::benefit(&*api, &id).await?;
                let req = AssignSeat {
                    user_principal_name: resolve::user(&*api, &user).await?,
                    replace: match replace {
                        Some(upn) => Some(resolve::user(&*api, &upn).await?),
                        None => None,
                    },
                };
                api.assign_benefit(id, req).await
            })
            .await
        }
        BenefitsCmd::Keys { id } => {
            ctx.call(|api| async move {
                let id = resolve::benefit(&*api, &id).await?;
                api.product_keys(id).await
            })
            .await
        }
        BenefitsCmd::Redeem { id, key } => {
            ctx.call(|api| async move {
                let id = resolve::benefit(&*api, &id).await?;
                api.redeem_key(id, key).await
            })
            .await
        }
    }
}
