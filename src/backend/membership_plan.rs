//! What it takes for an account to hold the programmes wanted (DOMAIN.md 3), for a caller that
//! brings an account to a described state (`enroll`): per programme, held already, to buy
//! (which offer, new or an upgrade of the one held), or awaiting the payment of an order.
//!
//! [`plan`] is a read: it buys nothing, and answers the same on an expired or lapsed account
//! (a lapsed one holds nothing; buying is refused by `membership::upgrade` then, not here).
//! [`apply`] buys what the plan would say, in one change.

use super::accounts;
use super::catalog;
use super::directory::Caller;
use super::membership::{self, Need, Standing};
use super::permissions::Action;
use super::store::Tx;
use crate::api::*;
use crate::error::Result;

/// Per programme wanted, what it takes for the account at `at` to hold it.
pub fn plan(
    tx: &Tx,
    caller: &Caller,
    at: &AccountRef,
    wants: &MembershipWants,
) -> Result<MembershipPlan> {
    caller.require(Action::View)?;
    let row = accounts::resolve(tx, caller, at)?;
    let held = membership::membership(tx, &row)?.subscriptions;
    let mut items = Vec::with_capacity(wants.targets.len());
    for target in &wants.targets {
        let standing = membership::standing(tx, &row, &held, target)?;
        if standing != Standing::Held {
            // What is to be bought names the orders in its way: who may see orders (every
            // role that may buy may).
            caller.require(Action::ViewOrders)?;
        }
        let step = match standing {
            Standing::Held => PlanStep::Held,
            Standing::Awaiting(order_id) => PlanStep::AwaitingPayment { order_id },
            Standing::ToBuy(need) => PlanStep::Buy {
                // From the store's catalog: an offer it lacks is an error here.
                offer_id: catalog::offer(tx, &catalog::offer_id(target))?.id,
                upgrade: need == Need::Upgrade,
            },
        };
        items.push(PlannedItem {
            target: target.clone(),
            step,
        });
    }
    Ok(MembershipPlan {
        account_id: row.id.clone(),
        mpn_id: row.mpn_id.clone(),
        items,
    })
}

/// Buys what the account at `at` lacks of the programmes wanted, under the account's lock, in
/// one change: each target is held, awaits the payment of an earlier order, or is bought (as
/// `membership::upgrade` buys it). A failure buys nothing at all. The programmes held are read
/// again after each purchase, so that Silver then Gold in one area upgrades what was just
/// bought.
pub fn apply(
    tx: &Tx,
    caller: &Caller,
    at: &AccountRef,
    req: &ApplyMembership,
) -> Result<MembershipApplied> {
    caller.require(Action::Buy)?;
    let row = accounts::resolve_to_change(tx, caller, at)?;
    let mut subs = membership::active_subscriptions(tx, &row.id)?;
    let mut bought = false;
    let mut items = Vec::with_capacity(req.targets.len());
    for target in &req.targets {
        if std::mem::take(&mut bought) {
            subs = membership::active_subscriptions(tx, &row.id)?;
        }
        let step = match membership::standing(tx, &row, &subs, target)? {
            Standing::Held => AppliedStep::Held,
            Standing::Awaiting(order_id) => AppliedStep::AwaitingPayment { order_id },
            Standing::ToBuy(need) => {
                membership::require_buyable(tx, &row)?;
                bought = true;
                let req = Upgrade {
                    target: target.clone(),
                    payment: req.payment,
                    attested_by: req.attested_by.clone(),
                };
                AppliedStep::Bought {
                    order: Box::new(membership::buy(tx, caller, &row, &subs, need, &req)?),
                    upgrade: need == Need::Upgrade,
                }
            }
        };
        items.push(AppliedItem {
            target: target.clone(),
            step,
        });
    }
    Ok(MembershipApplied {
        account_id: row.id.clone(),
        mpn_id: row.mpn_id.clone(),
        items,
    })
}
