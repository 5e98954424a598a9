//! Membership terms, purchases and orders (DOMAIN.md 3).
//!
//! A membership runs 365 days to its anniversary. Its status is derived from "now": Active
//! before the anniversary; Expired (read-only, renewable) inside the window
//! [anniversary, anniversary + 30 days]; Lapsed after it (benefits withdrawn).

use super::accounts;
use super::catalog::{self, cents, GOLD_UPGRADE_PERCENT};
use super::directory::{self, Caller};
use super::entitlements;
use super::ids::new_id;
use super::permissions::Action;
use super::store::queries;
use super::store::queries::accounts::AccountRow;
use super::store::queries::membership::{Awaited, NewOrder, OrderRow, Term};
use super::store::Tx;
use crate::api::*;
use crate::clock::{days, shown};
use crate::error::{ApiError, Code, Result};
use jiff::Timestamp;

use super::term::{end_of, lapsed, mpn_flag, term};
pub use super::term::{require_writable, status_at, RENEWAL_WINDOW_DAYS, TERM_DAYS};
/// Invoice orders unpaid after this many days expire; refunds are possible this long.
pub const PAYMENT_DAYS: i64 = 30;
pub const REFUND_DAYS: i64 = 30;

/// Create the network membership of a new account: a free order, its benefits, one term.
/// Answers the end of the term, as stored.
pub fn start(tx: &Tx, row: &AccountRow, by: &str) -> Result<Timestamp> {
    Ok(start_as(tx, row, by, OrderKind::Purchase)?.1)
}

/// The network membership's order and the end of its term.
fn start_as(tx: &Tx, row: &AccountRow, by: &str, kind: OrderKind) -> Result<(Order, Timestamp)> {
    let end = queries::membership::start_term(tx, &row.id, tx.now + days(TERM_DAYS))?;
    let network = catalog::offer(tx, "network")?;
    let placed = insert_order(
        tx,
        row,
        NewOrder {
            kind,
            offer_id: Some(&network.id),
            description: &network.name,
            total_cents: 0,
            currency: &network.price.currency,
            payment: PaymentMethod::Card,
            by,
            completed: true,
            ..NewOrder::default()
        },
    )?;
    entitlements::grant(tx, row, &network, &placed.order.id, end)?;
    Ok((placed.order, end))
}

pub fn membership(tx: &Tx, row: &AccountRow) -> Result<Membership> {
    let Term { start, end } = term(tx, &row.id)?;
    let status = status_at(end, tx.now);
    let subscriptions = if status == MembershipStatus::Lapsed {
        Vec::new()
    } else {
        active_subscriptions(tx, &row.id)?
    };
    Ok(Membership {
        account_id: row.id.clone(),
        mpn_id: row.mpn_id.clone(),
        status,
        start_date: start,
        end_date: end,
        renewal_window_opens: end,
        renewal_window_closes: end + days(RENEWAL_WINDOW_DAYS),
        read_only: status != MembershipStatus::Active,
        subscriptions,
    })
}

pub fn show(tx: &Tx, caller: &Caller, at: &AccountRef) -> Result<Membership> {
    caller.require(Action::View)?;
    membership(tx, &accounts::resolve(tx, caller, at)?)
}

pub fn active_subscriptions(tx: &Tx, account_id: &str) -> Result<Vec<Subscription>> {
    queries::membership::active_subscriptions(tx, account_id)?
        .into_iter()
        .map(|s| {
            Ok(Subscription {
                name: catalog::offer(tx, &s.offer_id)?.name,
                id: s.id,
                offer_id: s.offer_id,
                kind: s.kind,
                area: s.area,
                level: s.level,
                order_id: s.order_id,
                since: s.since,
                attested_by: s.attested_by,
            })
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Orders
// ---------------------------------------------------------------------------------------------

/// The new order as stored.
fn insert_order(tx: &Tx, row: &AccountRow, o: NewOrder) -> Result<LoadedOrder> {
    let stored = queries::membership::insert_order(tx, &new_id(), &row.id, &row.mpn_id, &o)?;
    Ok(LoadedOrder {
        order: order_at(tx.now, &stored),
        stored,
    })
}

/// An order as stored, and as it stands now.
struct LoadedOrder {
    order: Order,
    stored: OrderRow,
}

/// The order as it stands at `now`.
fn order_at(now: Timestamp, o: &OrderRow) -> Order {
    let pay_by = o.created_at + days(PAYMENT_DAYS);
    // Unpaid invoice orders expire after 30 days: derived, so time can move both ways.
    let status = match o.stored_status.as_str() {
        "completed" => OrderStatus::Completed,
        "refunded" => OrderStatus::Refunded,
        _ if now > pay_by => OrderStatus::Expired,
        _ => OrderStatus::PendingPayment,
    };
    Order {
        id: o.id.clone(),
        account_id: o.account_id.clone(),
        mpn_id: o.mpn_id.clone(),
        kind: o.kind,
        offer_ids: o.offer_id.iter().cloned().collect(),
        description: o.description.clone(),
        total: Money::from_cents(o.total_cents, &o.currency),
        payment: o.payment,
        status,
        created_at: o.created_at,
        created_by: o.created_by.clone(),
        completed_at: o.completed_at,
        pay_by: (o.payment == PaymentMethod::Invoice).then_some(pay_by),
        refundable_until: o.completed_at.map(|t| t + days(REFUND_DAYS)),
    }
}

fn load_order(tx: &Tx, caller: &Caller, order_id: &str) -> Result<LoadedOrder> {
    load_tenant_order(tx, &caller.tenant_id, order_id)
}

/// An order a changing operation acts on: its account locked (and read under the lock), then
/// the order read again.
fn load_order_to_change(
    tx: &Tx,
    caller: &Caller,
    order_id: &str,
) -> Result<(LoadedOrder, AccountRow)> {
    let o = load_order(tx, caller, order_id)?;
    let row = accounts::lock_account(tx, &o.order.account_id)?;
    Ok((load_order(tx, caller, order_id)?, row))
}

/// An order of one tenant: orders of other tenants do not exist for it.
fn load_tenant_order(tx: &Tx, tenant_id: &str, order_id: &str) -> Result<LoadedOrder> {
    let stored =
        queries::membership::order_in_tenant(tx, tenant_id, order_id.trim())?.ok_or_else(|| {
            ApiError::new(Code::OrderNotFound, format!("no order {}", order_id.trim()))
                .hint("list orders with `partnerctl orders list`")
        })?;
    Ok(LoadedOrder {
        order: order_at(tx.now, &stored),
        stored,
    })
}

pub fn orders(tx: &Tx, caller: &Caller, at: &AccountRef) -> Result<Vec<Order>> {
    caller.require(Action::ViewOrders)?;
    let row = accounts::resolve(tx, caller, at)?;
    Ok(queries::membership::orders(tx, &row.id)?
        .iter()
        .map(|o| order_at(tx.now, o))
        .collect())
}

/// Apply what a completed order of `row` (read under its lock) bought.
fn fulfil(tx: &Tx, row: &AccountRow, o: &LoadedOrder) -> Result<()> {
    match o.order.kind {
        OrderKind::Purchase => {
            let offer_id = o.stored.offer_id.as_deref().unwrap_or_default();
            let offer = catalog::offer(tx, offer_id)?;
            if let Some(old) = &o.stored.supersedes {
                queries::membership::supersede_subscription(tx, old)?;
            }
            queries::membership::insert_subscription(
                tx,
                &queries::membership::NewSubscription {
                    id: &new_id(),
                    account_id: &row.id,
                    offer_id: &offer.id,
                    kind: offer.kind,
                    area: o.stored.area,
                    level: o.stored.level,
                    order_id: &o.order.id,
                    attested_by: o.stored.attested_by.as_deref(),
                },
            )?;
            // A purchase leaves the term where it is: its end as read with the row.
            let end = end_of(tx, row)?;
            entitlements::grant(tx, row, &offer, &o.order.id, end)?;
        }
        OrderKind::Renewal => {
            let from = o.stored.renewal_from.unwrap_or_default();
            let end = term(tx, &row.id)?.end;
            if end != from {
                return Err(ApiError::new(
                    Code::OrderNotPayable,
                    "the membership was renewed by another order meanwhile",
                ));
            }
            shift_term(tx, &row.id, from, renewed_end(from)?)?;
        }
        OrderKind::Rejoin => {}
    }
    Ok(())
}

/// Where a renewal from the anniversary `end` moves it: the same calendar date (and time) a
/// year later, in UTC. DOMAIN.md 3's "exactly 365 days" is read as the anniversary it names:
/// a membership renewed on its anniversary ends on that date next year, also across a 29
/// February (+365 days would move it a day earlier). A 29 February anniversary becomes the
/// 28th.
pub fn renewed_end(end: Timestamp) -> Result<Timestamp> {
    end.to_zoned(jiff::tz::TimeZone::UTC)
        .checked_add(jiff::Span::new().years(1))
        .map(|z| z.timestamp())
        .map_err(|e| ApiError::internal(format!("the anniversary after {end}: {e}")))
}

/// Move the anniversary (and the benefits running to it) from `from` to `to`.
fn shift_term(tx: &Tx, account_id: &str, from: Timestamp, to: Timestamp) -> Result<()> {
    queries::membership::set_term_end(tx, account_id, to)?;
    queries::benefits::move_valid_until(tx, account_id, from, to)?;
    Ok(())
}

/// Card orders complete at once (they are recorded completed); invoice orders wait for
/// payment.
fn place(tx: &Tx, row: &AccountRow, mut o: NewOrder) -> Result<Order> {
    let completed = o.payment == PaymentMethod::Card || o.total_cents == 0;
    o.completed = completed;
    let placed = insert_order(tx, row, o)?;
    if completed {
        fulfil(tx, row, &placed)?;
    }
    Ok(placed.order)
}

/// The order placed, and the membership it leaves.
fn purchase(tx: &Tx, row: &AccountRow, order: Order) -> Result<Purchase> {
    Ok(Purchase {
        order,
        membership: membership(tx, row)?,
    })
}

fn pending_order_for(tx: &Tx, row: &AccountRow, what: Awaited) -> Result<Option<String>> {
    let pay_after = tx.now - days(PAYMENT_DAYS);
    queries::membership::awaiting_payment(tx, &row.id, pay_after, what)
}

/// The order awaiting payment that stands in the way of buying `target`: one for Action
/// Pack, or one for any competency in its area (either level).
pub fn pending_order_for_target(
    tx: &Tx,
    row: &AccountRow,
    target: &UpgradeTarget,
) -> Result<Option<String>> {
    let what = match target {
        UpgradeTarget::ActionPack => Awaited::Offer(catalog::ACTION_PACK),
        UpgradeTarget::Competency { area, .. } => Awaited::Area(*area),
    };
    pending_order_for(tx, row, what)
}

fn awaiting_payment(what: &str, order_id: &str) -> ApiError {
    ApiError::new(
        Code::AlreadySubscribed,
        format!("an order for {what} is already awaiting payment ({order_id})"),
    )
    .hint(format!(
        "pay it with `partnerctl orders pay {order_id}`, or wait until it expires"
    ))
}

pub fn renew(
    tx: &Tx,
    caller: &Caller,
    at: &AccountRef,
    payment: PaymentMethod,
) -> Result<Purchase> {
    caller.require(Action::Buy)?;
    let row = accounts::resolve_to_change(tx, caller, at)?;
    accounts::require_authorized(&row)?;
    let end = term(tx, &row.id)?.end;
    match status_at(end, tx.now) {
        MembershipStatus::Active => {
            return Err(ApiError::new(
                Code::RenewalWindowNotOpen,
                format!(
                    "the renewal window opens at {} (the anniversary) and closes at {}",
                    shown(&end),
                    shown(&(end + days(RENEWAL_WINDOW_DAYS)))
                ),
            )
            .hint(format!("renew from {}", shown(&end))))
        }
        MembershipStatus::Lapsed => return Err(lapsed(&row, end)),
        MembershipStatus::Expired => {}
    }
    if let Some(id) = pending_order_for(tx, &row, Awaited::Kind(OrderKind::Renewal))? {
        return Err(awaiting_payment("the renewal", &id));
    }
    // The renewal prices every programme the account holds; the network itself is free.
    let subs = active_subscriptions(tx, &row.id)?;
    let mut total = 0;
    let mut names = vec!["Network membership".to_string()];
    for s in &subs {
        let offer = catalog::offer(tx, &s.offer_id)?;
        total += cents(&offer.price);
        names.push(offer.name);
    }
    let description = format!("Renewal: {}", names.join(", "));
    let order = place(
        tx,
        &row,
        NewOrder {
            kind: OrderKind::Renewal,
            renewal_from: Some(end),
            description: &description,
            total_cents: total,
            currency: "USD",
            payment,
            by: &caller.upn,
            ..NewOrder::default()
        },
    )?;
    purchase(tx, &row, order)
}

pub fn rejoin(tx: &Tx, caller: &Caller, at: &AccountRef) -> Result<Purchase> {
    caller.require(Action::Buy)?;
    let row = accounts::resolve_to_change(tx, caller, at)?;
    accounts::require_authorized(&row)?;
    match status_at(term(tx, &row.id)?.end, tx.now) {
        MembershipStatus::Lapsed => {}
        MembershipStatus::Expired => {
            return Err(ApiError::new(
                Code::Conflict,
                "the membership is expired but still renewable",
            )
            .hint(format!(
                "renew it: `partnerctl membership renew{}`",
                mpn_flag(&row)
            )))
        }
        MembershipStatus::Active => {
            return Err(ApiError::new(Code::Conflict, "the membership is active"))
        }
    }
    // What lapsed stays gone: programmes end, benefits are withdrawn for good.
    queries::membership::lapse_subscriptions(tx, &row.id)?;
    queries::benefits::withdraw(tx, &row.id)?;
    queries::benefits::unassign_all_seats(tx, &row.id)?;
    let (order, _) = start_as(tx, &row, &caller.upn, OrderKind::Rejoin)?;
    purchase(tx, &row, order)
}

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

/// Where an account stands for a programme it wants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Standing {
    Held,
    /// An invoice order for it awaits payment (another would be refused): its id.
    Awaiting(String),
    /// To buy: new, or as an upgrade of the Silver held.
    ToBuy(Need),
}

/// Where the account `row`, which holds `subs`, stands for `target`; the orders awaiting
/// payment are read only for what it does not hold.
pub fn standing(
    tx: &Tx,
    row: &AccountRow,
    subs: &[Subscription],
    target: &UpgradeTarget,
) -> Result<Standing> {
    Ok(match need(subs, target) {
        Need::Held => Standing::Held,
        need => match pending_order_for_target(tx, row, target)? {
            Some(order_id) => Standing::Awaiting(order_id),
            None => Standing::ToBuy(need),
        },
    })
}

pub fn upgrade(tx: &Tx, caller: &Caller, at: &AccountRef, req: Upgrade) -> Result<Purchase> {
    caller.require(Action::Buy)?;
    let row = accounts::resolve_to_change(tx, caller, at)?;
    require_buyable(tx, &row)?;
    let subs = active_subscriptions(tx, &row.id)?;
    let need = refuse_held_or_awaited(tx, &row, &subs, &req.target)?;
    let order = buy(tx, caller, &row, &subs, need, &req)?;
    purchase(tx, &row, order)
}

/// What buying needs of the account: vetting Authorized, and an active network membership
/// (exactly what "writable" means).
pub fn require_buyable(tx: &Tx, row: &AccountRow) -> Result<()> {
    accounts::require_authorized(row)?;
    require_writable(tx, row).map_err(|e| ApiError {
        code: Code::NetworkMembershipInactive as u32,
        message: format!(
            "upgrading needs an active network membership: {}",
            e.message
        ),
        ..e
    })
}

/// What buying `target` would be for the account `row`, which holds `subs`; refused when it
/// holds it already (or Gold where Silver is asked for) or an order for it awaits payment.
fn refuse_held_or_awaited(
    tx: &Tx,
    row: &AccountRow,
    subs: &[Subscription],
    target: &UpgradeTarget,
) -> Result<Need> {
    match (standing(tx, row, subs, target)?, target) {
        (Standing::ToBuy(need), _) => Ok(need),
        (Standing::Awaiting(id), UpgradeTarget::ActionPack) => {
            Err(awaiting_payment("Action Pack", &id))
        }
        (Standing::Awaiting(id), UpgradeTarget::Competency { area, .. }) => Err(awaiting_payment(
            &format!("the {} competency", area.key()),
            &id,
        )),
        (Standing::Held, UpgradeTarget::ActionPack) => Err(ApiError::new(
            Code::AlreadySubscribed,
            format!(
                "account {} already has Action Pack (one per account)",
                row.mpn_id
            ),
        )),
        (Standing::Held, UpgradeTarget::Competency { area, level }) => {
            let gold_held = subs.iter().any(|s| {
                s.kind == OfferKind::Competency
                    && s.area == Some(*area)
                    && s.level == Some(CompetencyLevel::Gold)
            });
            Err(if *level == CompetencyLevel::Silver && gold_held {
                ApiError::new(
                    Code::GoldHeld,
                    format!(
                        "account {} holds Gold in {}: Silver in the same area cannot be bought",
                        row.mpn_id,
                        area.key()
                    ),
                )
            } else {
                ApiError::new(
                    Code::AlreadySubscribed,
                    format!(
                        "account {} already holds {} in {}",
                        row.mpn_id,
                        catalog::level_key(*level),
                        area.key()
                    ),
                )
            })
        }
    }
}

/// Places the order for `req.target` for the account `row` (locked, checked by
/// [`require_buyable`]), which holds `subs` and `need`s it (new, or an upgrade of Silver).
pub fn buy(
    tx: &Tx,
    caller: &Caller,
    row: &AccountRow,
    subs: &[Subscription],
    need: Need,
    req: &Upgrade,
) -> Result<Order> {
    let offer = catalog::offer(tx, &catalog::offer_id(&req.target))?;
    let mut order = NewOrder {
        kind: OrderKind::Purchase,
        offer_id: Some(&offer.id),
        description: &offer.name,
        total_cents: cents(&offer.price),
        currency: &offer.price.currency,
        payment: req.payment,
        by: &caller.upn,
        ..NewOrder::default()
    };
    let UpgradeTarget::Competency { area, level } = req.target else {
        return place(tx, row, order);
    };
    let description;
    if need == Need::Upgrade {
        order.total_cents = order.total_cents * GOLD_UPGRADE_PERCENT / 100;
        order.supersedes = subs
            .iter()
            .find(|s| s.kind == OfferKind::Competency && s.area == Some(area))
            .map(|s| s.id.clone());
        description = format!("{} (upgrade from Silver, 25% off)", offer.name);
        order.description = &description;
    }
    // The purchase records who attests that the requirements are met.
    order.attested_by = Some(match &req.attested_by {
        Some(upn) => directory::find_user(tx, &caller.tenant_id, upn)?.user_principal_name,
        None => caller.upn.clone(),
    });
    order.area = Some(area);
    order.level = Some(level);
    place(tx, row, order)
}

pub fn pay(tx: &Tx, caller: &Caller, order_id: &str) -> Result<Order> {
    caller.require(Action::ManageOrders)?;
    let (o, row) = load_order_to_change(tx, caller, order_id)?;
    match o.order.status {
        OrderStatus::PendingPayment => {}
        OrderStatus::Expired => {
            return Err(ApiError::new(
                Code::OrderNotPayable,
                format!(
                    "order {} expired unpaid at {}",
                    o.order.id,
                    shown(&(o.order.created_at + days(PAYMENT_DAYS)))
                ),
            )
            .hint("place the order again"))
        }
        s => {
            return Err(ApiError::new(
                Code::OrderNotPayable,
                format!(
                    "order {} is {}: nothing to pay",
                    o.order.id,
                    crate::words::state(&s)
                ),
            ))
        }
    }
    let completed = queries::membership::complete_order(tx, &o.stored)?;
    fulfil(tx, &row, &o)?;
    Ok(order_at(tx.now, &completed))
}

pub fn refund(tx: &Tx, caller: &Caller, order_id: &str) -> Result<Order> {
    caller.require(Action::ManageOrders)?;
    let (o, _) = load_order_to_change(tx, caller, order_id)?;
    let refused = |why: String| {
        Err(ApiError::new(
            Code::RefundNotAllowed,
            format!("order {} cannot be refunded: {why}", o.order.id),
        ))
    };
    if o.stored.stored_status != "completed" {
        return refused(format!("it is {}", crate::words::state(&o.order.status)));
    }
    if o.order.total.amount == 0.0 {
        return refused("it cost nothing".into());
    }
    let until = o.order.refundable_until.unwrap_or(o.order.created_at);
    if tx.now > until {
        return refused(format!(
            "refunds end 30 days after purchase ({})",
            shown(&until)
        ));
    }
    let used = queries::benefits::use_of_order(tx, &o.order.account_id, &o.order.id)?;
    if used.activated > 0 {
        return refused("a benefit of the order was activated".into());
    }
    if used.keys_viewed > 0 {
        return refused("a product key of the order was viewed".into());
    }
    match o.order.kind {
        OrderKind::Purchase => {
            queries::membership::refund_subscriptions(tx, &o.order.account_id, &o.order.id)?;
            if let Some(old) = &o.stored.supersedes {
                queries::membership::restore_superseded(tx, old)?;
            }
            queries::benefits::refund(tx, &o.order.account_id, &o.order.id)?;
        }
        OrderKind::Renewal => {
            // Undo exactly what the renewal did.
            let from = o.stored.renewal_from.unwrap_or_default();
            let end = term(tx, &o.order.account_id)?.end;
            let renewed_to = renewed_end(from)?;
            if end != renewed_to {
                return refused("the membership changed since".into());
            }
            shift_term(tx, &o.order.account_id, renewed_to, from)?;
        }
        OrderKind::Rejoin => return refused("the network membership is free".into()),
    }
    queries::membership::refund_order(tx, &o.order.id)?;
    Ok(load_order(tx, caller, order_id)?.order)
}

#[cfg(test)]
mod tests {
    use super::*;

    // DOMAIN.md 3: a renewal keeps the anniversary, across a leap day too.
    #[test]
    fn a_renewal_keeps_the_anniversary() {
        let end: Timestamp = "2027-11-24T09:00:00Z".parse().unwrap();
        assert_eq!(
            renewed_end(end).unwrap(),
            "2028-11-24T09:00:00Z".parse::<Timestamp>().unwrap()
        );
        let leap: Timestamp = "2028-02-29T09:00:00Z".parse().unwrap();
        assert_eq!(
            renewed_end(leap).unwrap(),
            "2029-02-28T09:00:00Z".parse::<Timestamp>().unwrap()
        );
    }

    // DOMAIN.md 3: renewal only inside [anniversary, anniversary + 30 days]; expired inside the
    // window, lapsed after it.
    #[test]
    fn status_follows_the_window() {
        let end: Timestamp = "2027-03-01T00:00:00Z".parse().unwrap();
        assert_eq!(status_at(end, end - days(1)), MembershipStatus::Active);
        assert_eq!(status_at(end, end), MembershipStatus::Expired);
        assert_eq!(status_at(end, end + days(30)), MembershipStatus::Expired);
        assert_eq!(
            status_at(end, end + days(30) + jiff::SignedDuration::from_secs(1)),
            MembershipStatus::Lapsed
        );
    }

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
            since: jiff::Timestamp::UNIX_EPOCH,
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
