//! Membership terms, purchases and orders (DOMAIN.md 3).
//!
//! A membership runs 365 days to its anniversary. Its status is derived from "now": Active
//! before the anniversary; Expired (read-only, renewable) inside the window
//! [anniversary, anniversary + 30 days]; Lapsed after it (benefits withdrawn).

use super::accounts::{self, mpn_flag, AccountRow};
use super::benefits;
use super::catalog::{self, cents, GOLD_UPGRADE_PERCENT};
use super::directory::{self, Caller};
use super::ids::new_id;
use super::permissions::Action;
use super::store::{enum_str, parse_enum, ts, Tx};
use crate::api::*;
use crate::clock::date;
use crate::clock::days;
use crate::error::{ApiError, Code, Result};
use jiff::Timestamp;

pub const TERM_DAYS: i64 = 365;
pub const RENEWAL_WINDOW_DAYS: i64 = 30;
/// Invoice orders unpaid after this many days expire; refunds are possible this long.
pub const PAYMENT_DAYS: i64 = 30;
pub const REFUND_DAYS: i64 = 30;

/// The status of a term ending at `end`, at `now`.
pub fn status_at(end: Timestamp, now: Timestamp) -> MembershipStatus {
    if now < end {
        MembershipStatus::Active
    } else if now <= end + days(RENEWAL_WINDOW_DAYS) {
        MembershipStatus::Expired
    } else {
        MembershipStatus::Lapsed
    }
}

fn term(tx: &Tx, account_id: &str) -> Result<(i64, i64)> {
    tx.one(
        "SELECT start_at, end_at FROM memberships WHERE account_id = ?1",
        [account_id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?
    .ok_or_else(|| ApiError::internal("account without membership"))
}

pub fn status(tx: &Tx, row: &AccountRow) -> Result<MembershipStatus> {
    let (_, end) = term(tx, &row.id)?;
    Ok(status_at(ts(end)?, tx.now))
}

/// Create the network membership of a new account: a free order, its benefits, one term.
pub fn start(tx: &Tx, row: &AccountRow, by: &str) -> Result<String> {
    start_as(tx, row, by, OrderKind::Purchase)
}

fn start_as(tx: &Tx, row: &AccountRow, by: &str, kind: OrderKind) -> Result<String> {
    let end = tx.now + days(TERM_DAYS);
    tx.exec(
        "INSERT INTO memberships (account_id, start_at, end_at) VALUES (?1, ?2, ?3)
         ON CONFLICT (account_id) DO UPDATE SET start_at = ?2, end_at = ?3",
        (&row.id, tx.now_s(), end.as_second()),
    )?;
    let network = catalog::offer(tx, "network")?;
    let order_id = insert_order(
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
            ..NewOrder::default()
        },
    )?;
    tx.exec(
        "UPDATE orders SET status = 'completed', completed_at = ?2 WHERE id = ?1",
        (&order_id, tx.now_s()),
    )?;
    benefits::grant(tx, row, &network, &order_id, end.as_second())?;
    Ok(order_id)
}

/// Refuse changes while the membership is expired or lapsed (DOMAIN.md 3: read-only).
pub fn require_writable(tx: &Tx, row: &AccountRow) -> Result<()> {
    let (_, end) = term(tx, &row.id)?;
    let end = ts(end)?;
    match status_at(end, tx.now) {
        MembershipStatus::Active => Ok(()),
        MembershipStatus::Expired => Err(ApiError::new(
            Code::MembershipExpired,
            format!(
                "the membership of {} expired on {}: the account is read-only until it is renewed",
                row.mpn_id,
                date(end)
            ),
        )
        .hint(format!(
            "renew by {}: `partnerctl membership renew{}`",
            date(end + days(RENEWAL_WINDOW_DAYS)),
            mpn_flag(row)
        ))),
        MembershipStatus::Lapsed => Err(lapsed(row, end)),
    }
}

fn lapsed(row: &AccountRow, end: Timestamp) -> ApiError {
    ApiError::new(
        Code::MembershipLapsed,
        format!(
            "the membership of {} lapsed: its renewal window closed on {}; its benefits are withdrawn",
            row.mpn_id,
            date(end + days(RENEWAL_WINDOW_DAYS))
        ),
    )
    .hint(format!(
        "buy the network membership again: `partnerctl membership rejoin{}`",
        mpn_flag(row)
    ))
}

pub fn membership(tx: &Tx, row: &AccountRow) -> Result<Membership> {
    let (start, end) = term(tx, &row.id)?;
    let end = ts(end)?;
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
        start_date: ts(start)?,
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

fn active_subscriptions(tx: &Tx, account_id: &str) -> Result<Vec<Subscription>> {
    let rows = tx.all(
        "SELECT id, offer_id, kind, area, level, order_id, since, attested_by FROM subscriptions
         WHERE account_id = ?1 AND status = 'active' ORDER BY since, rowid",
        [account_id],
        |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                parse_enum::<OfferKind>(&r.get::<_, String>(2)?)?,
                r.get::<_, Option<String>>(3)?
                    .map(|a| parse_enum::<CompetencyArea>(&a))
                    .transpose()?,
                r.get::<_, Option<String>>(4)?
                    .map(|l| parse_enum::<CompetencyLevel>(&l))
                    .transpose()?,
                r.get::<_, String>(5)?,
                r.get::<_, i64>(6)?,
                r.get::<_, Option<String>>(7)?,
            ))
        },
    )?;
    rows.into_iter()
        .map(
            |(id, offer_id, kind, area, level, order_id, since, attested_by)| {
                Ok(Subscription {
                    name: catalog::offer(tx, &offer_id)?.name,
                    id,
                    offer_id,
                    kind,
                    area,
                    level,
                    order_id,
                    since: ts(since)?,
                    attested_by,
                })
            },
        )
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Orders
// ---------------------------------------------------------------------------------------------

#[derive(Default)]
struct NewOrder<'a> {
    kind: OrderKind,
    offer_id: Option<&'a str>,
    area: Option<CompetencyArea>,
    level: Option<CompetencyLevel>,
    supersedes: Option<String>,
    attested_by: Option<String>,
    renewal_from: Option<i64>,
    description: &'a str,
    total_cents: i64,
    currency: &'a str,
    payment: PaymentMethod,
    by: &'a str,
}

fn insert_order(tx: &Tx, row: &AccountRow, o: NewOrder) -> Result<String> {
    let id = new_id();
    tx.exec(
        "INSERT INTO orders (id, account_id, kind, offer_id, area, level, supersedes, attested_by, renewal_from,
             description, total_cents, currency, payment, status, created_at, created_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, 'pendingPayment', ?14, ?15)",
        crate::store_params![
            &id,
            &row.id,
            enum_str(&o.kind),
            o.offer_id,
            o.area.map(|a| enum_str(&a)),
            o.level.map(|l| enum_str(&l)),
            o.supersedes,
            o.attested_by,
            o.renewal_from,
            o.description,
            o.total_cents,
            o.currency,
            enum_str(&o.payment),
            tx.now_s(),
            o.by,
        ],
    )?;
    Ok(id)
}

struct OrderRow {
    order: Order,
    offer_id: Option<String>,
    area: Option<CompetencyArea>,
    level: Option<CompetencyLevel>,
    supersedes: Option<String>,
    attested_by: Option<String>,
    renewal_from: Option<i64>,
    stored_status: String,
}

const ORDER_COLUMNS: &str =
    "o.id, o.account_id, a.mpn_id, o.kind, o.offer_id, o.area, o.level, o.supersedes, \
     o.attested_by, o.renewal_from, o.description, o.total_cents, o.currency, o.payment, o.status, \
     o.created_at, o.created_by, o.completed_at";

fn order_row(now: Timestamp) -> impl Fn(&super::store::Row) -> super::store::StoreResult<OrderRow> {
    move |r| {
        let stored_status: String = r.get(14)?;
        let created_at: i64 = r.get(15)?;
        let completed_at: Option<i64> = r.get(17)?;
        let payment: PaymentMethod = parse_enum(&r.get::<_, String>(13)?)?;
        let pay_by = ts(created_at)? + days(PAYMENT_DAYS);
        // Unpaid invoice orders expire after 30 days: derived, so time can move both ways.
        let status = match stored_status.as_str() {
            "completed" => OrderStatus::Completed,
            "refunded" => OrderStatus::Refunded,
            _ if now > pay_by => OrderStatus::Expired,
            _ => OrderStatus::PendingPayment,
        };
        let offer_id: Option<String> = r.get(4)?;
        Ok(OrderRow {
            order: Order {
                id: r.get(0)?,
                account_id: r.get(1)?,
                mpn_id: r.get(2)?,
                kind: parse_enum(&r.get::<_, String>(3)?)?,
                offer_ids: offer_id.iter().cloned().collect(),
                description: r.get(10)?,
                total: Money::from_cents(r.get(11)?, &r.get::<_, String>(12)?),
                payment,
                status,
                created_at: ts(created_at)?,
                created_by: r.get(16)?,
                completed_at: completed_at.map(ts).transpose()?,
                pay_by: (payment == PaymentMethod::Invoice).then_some(pay_by),
                refundable_until: completed_at
                    .map(|c| ts(c).map(|t| t + days(REFUND_DAYS)))
                    .transpose()?,
            },
            offer_id,
            area: r
                .get::<_, Option<String>>(5)?
                .map(|a| parse_enum(&a))
                .transpose()?,
            level: r
                .get::<_, Option<String>>(6)?
                .map(|l| parse_enum(&l))
                .transpose()?,
            supersedes: r.get(7)?,
            attested_by: r.get(8)?,
            renewal_from: r.get(9)?,
            stored_status,
        })
    }
}

fn load_order(tx: &Tx, caller: &Caller, order_id: &str) -> Result<OrderRow> {
    load_tenant_order(tx, &caller.tenant_id, order_id)
}

/// An order of one tenant: orders of other tenants do not exist for it.
fn load_tenant_order(tx: &Tx, tenant_id: &str, order_id: &str) -> Result<OrderRow> {
    tx.one(
        &format!(
            "SELECT {ORDER_COLUMNS} FROM orders o JOIN accounts a ON a.id = o.account_id
             WHERE o.id = ?1 AND a.tenant_id = ?2"
        ),
        (order_id.trim(), tenant_id),
        order_row(tx.now),
    )?
    .ok_or_else(|| {
        ApiError::new(Code::OrderNotFound, format!("no order {}", order_id.trim()))
            .hint("list orders with `partnerctl orders list`")
    })
}

pub fn orders(tx: &Tx, caller: &Caller, at: &AccountRef) -> Result<Vec<Order>> {
    caller.require(Action::ViewOrders)?;
    let row = accounts::resolve(tx, caller, at)?;
    Ok(tx
        .all(
            &format!(
                "SELECT {ORDER_COLUMNS} FROM orders o JOIN accounts a ON a.id = o.account_id
                 WHERE o.account_id = ?1 ORDER BY o.created_at, o.rowid"
            ),
            [&row.id],
            order_row(tx.now),
        )?
        .into_iter()
        .map(|o| o.order)
        .collect())
}

/// Complete an order and apply what it bought.
fn complete(tx: &Tx, o: &OrderRow) -> Result<()> {
    let row = accounts::by_id(tx, &o.order.account_id)?;
    tx.exec(
        "UPDATE orders SET status = 'completed', completed_at = ?2 WHERE id = ?1",
        (&o.order.id, tx.now_s()),
    )?;
    match o.order.kind {
        OrderKind::Purchase => {
            let offer_id = o.offer_id.as_deref().unwrap_or_default();
            let offer = catalog::offer(tx, offer_id)?;
            if let Some(old) = &o.supersedes {
                tx.exec(
                    "UPDATE subscriptions SET status = 'superseded' WHERE id = ?1",
                    [old],
                )?;
            }
            tx.exec(
                "INSERT INTO subscriptions (id, account_id, offer_id, kind, area, level, order_id, since, attested_by, status)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'active')",
                crate::store_params![
                    new_id(),
                    &row.id,
                    &offer.id,
                    enum_str(&offer.kind),
                    o.area.map(|a| enum_str(&a)),
                    o.level.map(|l| enum_str(&l)),
                    &o.order.id,
                    tx.now_s(),
                    &o.attested_by,
                ],
            )?;
            let (_, end) = term(tx, &row.id)?;
            benefits::grant(tx, &row, &offer, &o.order.id, end)?;
        }
        OrderKind::Renewal => {
            let from = o.renewal_from.unwrap_or_default();
            let (_, end) = term(tx, &row.id)?;
            if end != from {
                return Err(ApiError::new(
                    Code::OrderNotPayable,
                    "the membership was renewed by another order meanwhile",
                ));
            }
            shift_term(tx, &row.id, from, days(TERM_DAYS).as_secs())?;
        }
        OrderKind::Rejoin => {}
    }
    Ok(())
}

/// Move the anniversary (and the benefits running to it) by `by` seconds.
fn shift_term(tx: &Tx, account_id: &str, end: i64, by: i64) -> Result<()> {
    tx.exec(
        "UPDATE memberships SET end_at = ?2 WHERE account_id = ?1",
        (account_id, end + by),
    )?;
    tx.exec(
        "UPDATE benefits SET valid_until = ?3 WHERE account_id = ?1 AND valid_until = ?2",
        (account_id, end, end + by),
    )?;
    Ok(())
}

/// Card orders complete at once; invoice orders wait for payment.
fn place(tx: &Tx, row: &AccountRow, o: NewOrder) -> Result<Purchase> {
    let payment = o.payment;
    let id = insert_order(tx, row, o)?;
    let order = load_tenant_order(tx, &row.tenant_id, &id)?;
    if payment == PaymentMethod::Card || order.order.total.amount == 0.0 {
        complete(tx, &order)?;
    }
    Ok(Purchase {
        order: load_tenant_order(tx, &row.tenant_id, &id)?.order,
        membership: membership(tx, row)?,
    })
}

fn pending_order_for(tx: &Tx, row: &AccountRow, filter: &str, arg: &str) -> Result<Option<String>> {
    let pay_after = (tx.now - days(PAYMENT_DAYS)).as_second();
    tx.one(
        &format!(
            "SELECT id FROM orders WHERE account_id = ?1 AND status = 'pendingPayment'
             AND created_at >= ?2 AND {filter} LIMIT 1"
        ),
        (&row.id, pay_after, arg),
        |r| r.get::<_, String>(0),
    )
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
    let row = accounts::resolve(tx, caller, at)?;
    accounts::require_authorized(&row)?;
    let (_, end_s) = term(tx, &row.id)?;
    let end = ts(end_s)?;
    match status_at(end, tx.now) {
        MembershipStatus::Active => {
            return Err(ApiError::new(
                Code::RenewalWindowNotOpen,
                format!(
                    "the renewal window opens on {} (the anniversary) and closes on {}",
                    date(end),
                    date(end + days(RENEWAL_WINDOW_DAYS))
                ),
            )
            .hint(format!("renew on or after {}", date(end))))
        }
        MembershipStatus::Lapsed => return Err(lapsed(&row, end)),
        MembershipStatus::Expired => {}
    }
    if let Some(id) = pending_order_for(tx, &row, "kind = ?3", "renewal")? {
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
    place(
        tx,
        &row,
        NewOrder {
            kind: OrderKind::Renewal,
            renewal_from: Some(end_s),
            description: &description,
            total_cents: total,
            currency: "USD",
            payment,
            by: &caller.upn,
            ..NewOrder::default()
        },
    )
}

pub fn rejoin(tx: &Tx, caller: &Caller, at: &AccountRef) -> Result<Purchase> {
    caller.require(Action::Buy)?;
    let row = accounts::resolve(tx, caller, at)?;
    accounts::require_authorized(&row)?;
    let (_, end_s) = term(tx, &row.id)?;
    match status_at(ts(end_s)?, tx.now) {
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
    tx.exec(
        "UPDATE subscriptions SET status = 'lapsed' WHERE account_id = ?1 AND status = 'active'",
        [&row.id],
    )?;
    tx.exec(
        "UPDATE benefits SET status = 'withdrawn' WHERE account_id = ?1 AND status IN ('available', 'activated')",
        [&row.id],
    )?;
    tx.exec(
        "DELETE FROM seat_assignments WHERE benefit_id IN (SELECT id FROM benefits WHERE account_id = ?1)",
        [&row.id],
    )?;
    let order_id = start_as(tx, &row, &caller.upn, OrderKind::Rejoin)?;
    Ok(Purchase {
        order: load_order(tx, caller, &order_id)?.order,
        membership: membership(tx, &row)?,
    })
}

pub fn upgrade(tx: &Tx, caller: &Caller, at: &AccountRef, req: Upgrade) -> Result<Purchase> {
    caller.require(Action::Buy)?;
    let row = accounts::resolve(tx, caller, at)?;
    accounts::require_authorized(&row)?;
    // Upgrading needs an active network membership: exactly what "writable" means.
    require_writable(tx, &row).map_err(|e| ApiError {
        code: Code::NetworkMembershipInactive as u32,
        message: format!(
            "upgrading needs an active network membership: {}",
            e.message
        ),
        ..e
    })?;
    let subs = active_subscriptions(tx, &row.id)?;
    match req.target {
        UpgradeTarget::ActionPack => {
            if subs.iter().any(|s| s.kind == OfferKind::ActionPack) {
                return Err(ApiError::new(
                    Code::AlreadySubscribed,
                    format!(
                        "account {} already has Action Pack (one per account)",
                        row.mpn_id
                    ),
                ));
            }
            if let Some(id) = pending_order_for(tx, &row, "offer_id = ?3", "action-pack")? {
                return Err(awaiting_payment("Action Pack", &id));
            }
            let offer = catalog::offer(tx, "action-pack")?;
            place(
                tx,
                &row,
                NewOrder {
                    kind: OrderKind::Purchase,
                    offer_id: Some(&offer.id),
                    description: &offer.name,
                    total_cents: cents(&offer.price),
                    currency: &offer.price.currency,
                    payment: req.payment,
                    by: &caller.upn,
                    ..NewOrder::default()
                },
            )
        }
        UpgradeTarget::Competency { area, level } => {
            let held = subs
                .iter()
                .find(|s| s.kind == OfferKind::Competency && s.area == Some(area));
            let mut supersedes = None;
            let offer = catalog::offer(tx, &catalog::competency_offer_id(area, level))?;
            let mut price = cents(&offer.price);
            match (held.and_then(|s| s.level), level) {
                (Some(CompetencyLevel::Gold), CompetencyLevel::Silver) => {
                    return Err(ApiError::new(
                        Code::GoldHeld,
                        format!(
                            "account {} holds Gold in {}: Silver in the same area cannot be bought",
                            row.mpn_id,
                            area.key()
                        ),
                    ))
                }
                (Some(h), l) if h == l => {
                    return Err(ApiError::new(
                        Code::AlreadySubscribed,
                        format!(
                            "account {} already holds {} in {}",
                            row.mpn_id,
                            catalog::level_key(l),
                            area.key()
                        ),
                    ))
                }
                (Some(CompetencyLevel::Silver), CompetencyLevel::Gold) => {
                    price = price * GOLD_UPGRADE_PERCENT / 100;
                    supersedes = held.map(|s| s.id.clone());
                }
                _ => {}
            }
            let area_key = enum_str(&area);
            if let Some(id) = pending_order_for(tx, &row, "area = ?3", &area_key)? {
                return Err(awaiting_payment(
                    &format!("the {} competency", area.key()),
                    &id,
                ));
            }
            // The purchase records who attested that the requirements are met.
            let attester = match &req.attested_by {
                Some(upn) => directory::find_user(tx, &caller.tenant_id, upn)?.user_principal_name,
                None => caller.upn.clone(),
            };
            let description = if supersedes.is_some() {
                format!("{} (upgrade from Silver, 25% off)", offer.name)
            } else {
                offer.name.clone()
            };
            place(
                tx,
                &row,
                NewOrder {
                    kind: OrderKind::Purchase,
                    offer_id: Some(&offer.id),
                    area: Some(area),
                    level: Some(level),
                    supersedes,
                    attested_by: Some(attester),
                    description: &description,
                    total_cents: price,
                    currency: &offer.price.currency,
                    payment: req.payment,
                    by: &caller.upn,
                    ..NewOrder::default()
                },
            )
        }
    }
}

pub fn pay(tx: &Tx, caller: &Caller, order_id: &str) -> Result<Order> {
    caller.require(Action::ManageOrders)?;
    let o = load_order(tx, caller, order_id)?;
    match o.order.status {
        OrderStatus::PendingPayment => {}
        OrderStatus::Expired => {
            return Err(ApiError::new(
                Code::OrderNotPayable,
                format!(
                    "order {} expired unpaid on {}",
                    o.order.id,
                    date(o.order.created_at + days(PAYMENT_DAYS))
                ),
            )
            .hint("place the order again"))
        }
        s => {
            return Err(ApiError::new(
                Code::OrderNotPayable,
                format!("order {} is {:?}: nothing to pay", o.order.id, s),
            ))
        }
    }
    complete(tx, &o)?;
    Ok(load_order(tx, caller, order_id)?.order)
}

pub fn refund(tx: &Tx, caller: &Caller, order_id: &str) -> Result<Order> {
    caller.require(Action::ManageOrders)?;
    let o = load_order(tx, caller, order_id)?;
    let refused = |why: String| {
        Err(ApiError::new(
            Code::RefundNotAllowed,
            format!("order {} cannot be refunded: {why}", o.order.id),
        ))
    };
    if o.stored_status != "completed" {
        return refused(format!("it is {:?}", o.order.status));
    }
    if o.order.total.amount == 0.0 {
        return refused("it cost nothing".into());
    }
    let until = o.order.refundable_until.unwrap_or(o.order.created_at);
    if tx.now > until {
        return refused(format!(
            "refunds end 30 days after purchase ({})",
            date(until)
        ));
    }
    let (activated, viewed): (i64, i64) = tx
        .one(
            "SELECT COUNT(activated_at), COUNT(keys_viewed_at) FROM benefits WHERE order_id = ?1",
            [&o.order.id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?
        .unwrap_or((0, 0));
    if activated > 0 {
        return refused("a benefit of the order was activated".into());
    }
    if viewed > 0 {
        return refused("a product key of the order was viewed".into());
    }
    match o.order.kind {
        OrderKind::Purchase => {
            tx.exec(
                "UPDATE subscriptions SET status = 'refunded' WHERE order_id = ?1",
                [&o.order.id],
            )?;
            if let Some(old) = &o.supersedes {
                tx.exec(
                    "UPDATE subscriptions SET status = 'active' WHERE id = ?1 AND status = 'superseded'",
                    [old],
                )?;
            }
            tx.exec(
                "UPDATE benefits SET status = 'refunded' WHERE order_id = ?1",
                [&o.order.id],
            )?;
        }
        OrderKind::Renewal => {
            // Undo exactly what the renewal did.
            let from = o.renewal_from.unwrap_or_default();
            let (_, end) = term(tx, &o.order.account_id)?;
            let renewed_to = from + days(TERM_DAYS).as_secs();
            if end != renewed_to {
                return refused("the membership changed since".into());
            }
            shift_term(
                tx,
                &o.order.account_id,
                renewed_to,
                -days(TERM_DAYS).as_secs(),
            )?;
        }
        OrderKind::Rejoin => return refused("the network membership is free".into()),
    }
    tx.exec(
        "UPDATE orders SET status = 'refunded' WHERE id = ?1",
        [&o.order.id],
    )?;
    Ok(load_order(tx, caller, order_id)?.order)
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
