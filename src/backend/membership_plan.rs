//! What it takes for an account to hold the programmes wanted (DOMAIN.md 3), for a caller that
//! brings an account to a described state (`enroll`): per programme, held already, to buy
//! (which offer, new or an upgrade of the one held), or awaiting the payment of an order.
//!
//! A read: it buys nothing, and answers the same on an expired or lapsed account (a lapsed
//! one holds nothing; buying is refused by `membership::upgrade` then, not here).

use super::accounts;
use super::catalog;
use super::directory::Caller;
use super::membership;
use super::permissions::Action;
use super::store::Tx;
use crate::api::*;
use crate::error::Result;

/// What buying `target` would be, given the programmes held.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// Held already: Action Pack, or the competency at that level or above (Gold holds Silver).
    Held,
    /// A programme the account does not hold.
    New,
    /// Silver held in the area and Gold wanted: the purchase upgrades it.
    Upgrade,
}

pub fn need(held: &[Subscription], target: &UpgradeTarget) -> Need {
    match target {
        UpgradeTarget::ActionPack => match held.iter().any(|s| s.kind == OfferKind::ActionPack) {
            true => Need::Held,
            false => Need::New,
        },
        UpgradeTarget::Competency { area, level } => {
            let current = held
                .iter()
                .filter(|s| s.kind == OfferKind::Competency && s.area == Some(*area))
                .filter_map(|s| s.level)
                .max();
            match current {
                None => Need::New,
                Some(l) if l >= *level => Need::Held,
                Some(_) => Need::Upgrade,
            }
        }
    }
}

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
        let step = match need(&held, target) {
            Need::Held => PlanStep::Held,
            need => {
                // What is to be bought names the orders in its way: who may see orders (every
                // role that may buy may).
                caller.require(Action::ViewOrders)?;
                match membership::pending_order_for_target(tx, &row, target)? {
                    Some(order_id) => PlanStep::AwaitingPayment { order_id },
                    None => PlanStep::Buy {
                        // From the store's catalog: an offer it lacks is an error here.
                        offer_id: catalog::offer(tx, &catalog::offer_id(target))?.id,
                        upgrade: need == Need::Upgrade,
                    },
                }
            }
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

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::Timestamp;

    fn sub(
        kind: OfferKind,
        area: Option<CompetencyArea>,
        level: Option<CompetencyLevel>,
    ) -> Subscription {
        Subscription {
            id: "s".into(),
            offer_id: "o".into(),
            name: "n".into(),
            kind,
            area,
            level,
            order_id: "x".into(),
            since: Timestamp::UNIX_EPOCH,
            attested_by: None,
        }
    }

    // DOMAIN.md 3: Gold held satisfies Silver; Silver held and Gold wanted is an upgrade.
    #[test]
    fn gold_satisfies_silver_and_silver_upgrades_to_gold() {
        use CompetencyArea::{DataAnalytics, Security};
        use CompetencyLevel::*;
        let silver = [sub(OfferKind::Competency, Some(Security), Some(Silver))];
        let gold = [sub(OfferKind::Competency, Some(Security), Some(Gold))];
        let want = |level| UpgradeTarget::Competency {
            area: Security,
            level,
        };
        assert_eq!(need(&gold, &want(Silver)), Need::Held);
        assert_eq!(need(&gold, &want(Gold)), Need::Held);
        assert_eq!(need(&silver, &want(Silver)), Need::Held);
        assert_eq!(need(&silver, &want(Gold)), Need::Upgrade);
        assert_eq!(need(&[], &want(Gold)), Need::New);
        // Another area's Gold holds nothing here.
        let other = [sub(OfferKind::Competency, Some(DataAnalytics), Some(Gold))];
        assert_eq!(need(&other, &want(Silver)), Need::New);
        let ap = [sub(OfferKind::ActionPack, None, None)];
        assert_eq!(need(&ap, &UpgradeTarget::ActionPack), Need::Held);
        assert_eq!(need(&gold, &UpgradeTarget::ActionPack), Need::New);
    }
}
