use super::{resolve, Context, Result};
use crate::cli::OrdersCmd;

pub async fn run(ctx: &Context, cmd: OrdersCmd) -> Result<()> {
    match cmd {
        OrdersCmd::List(sel) => {
            ctx.call_list("orders", |api| async move {
                api.orders(resolve::account(&*api, &sel).await?).await
            })
            .await
        }
        OrdersCmd::Pay { order_id } => {
            ctx.call(|api| async move {
                let id = resolve::order(&*api, &order_id).await?;
                api.pay_order(id).await
            })
            .await
        }
        OrdersCmd::Refund { order_id } => {
            let api = ctx.api().await?;
            let id = resolve::order(&*api, &order_id).await?;
            ctx.confirm(&format!("refund the order {id}"))?;
            let order = api.refund_order(id).await?;
            ctx.print(&order)
        }
    }
}
