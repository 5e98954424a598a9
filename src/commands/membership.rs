use super::{resolve, CliError, Context, Result};
use crate::api::{Upgrade, UpgradeTarget};
use crate::cli::{MembershipCmd, UpgradeArgs, UpgradeTo};

pub async fn run(ctx: &Context, cmd: MembershipCmd) -> Result<()> {
    match cmd {
        MembershipCmd::Show(sel) => {
            ctx.call(
                |api| async move { api.membership(resolve::account(&*api, &sel).await?).await },
            )
            .await
        }
        MembershipCmd::Renew(args) => {
            let payment = args.payment.unwrap_or_default();
            ctx.call(|api| async move {
                api.renew(resolve::account(&*api, &args.at).await?, payment)
                    .await
            })
            .await
        }
        MembershipCmd::Rejoin(sel) => {
            ctx.call(|api| async move { api.rejoin(resolve::account(&*api, &sel).await?).await })
                .await
        }
        MembershipCmd::Upgrade(args) => {
            let sel = args.at.clone();
            let mut req = upgrade(args)?;
            ctx.call(|api| async move {
                if let Some(upn) = &req.attested_by {
                    req.attested_by = Some(resolve::user(&*api, upn).await?);
                }
                api.upgrade(resolve::account(&*api, &sel).await?, req).await
            })
            .await
        }
    }
}

fn upgrade(args: UpgradeArgs) -> Result<Upgrade> {
    let target =
        match (args.to, args.area, args.level) {
            (UpgradeTo::ActionPack, None, None) => UpgradeTarget::ActionPack,
            (UpgradeTo::ActionPack, _, _) => return Err(CliError::Usage {
                message: "--area and --level are for competencies, not Action Pack".into(),
                hint: Some(
                    "partnerctl membership upgrade --to competency --area AREA --level silver|gold"
                        .into(),
                ),
            }),
            (UpgradeTo::Competency, Some(area), Some(level)) => {
                UpgradeTarget::Competency { area, level }
            }
            // clap requires both with `--to competency`.
            (UpgradeTo::Competency, _, _) => {
                return Err(CliError::usage("--to competency needs --area and --level"))
            }
        };
    Ok(Upgrade {
        target,
        payment: args.payment.unwrap_or_default(),
        attested_by: args.attested_by,
    })
}
