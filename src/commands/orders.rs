use super::{Context, Result};
use crate::cli::OrdersCmd;

pub async fn run(ctx: &Context, cmd: OrdersCmd) -> Result<()> {
    match cmd {
        OrdersCmd::List(sel) => {
            ctx.call_list("orders", |api| async move { api.orders(sel.at()).await })
                .await
        }
        OrdersCmd::Pay { order_id } => {
            ctx.call(|api| async move { api.pay_order(order_id).await })
                .await
        }
        OrdersCmd::Refund { order_id } => {
            ctx.confirm(&format!("refund the order {order_id}"))?;
            ctx.call(|api| async move { api.refund_order(order_id).await })
                .await
        }
    }
}
