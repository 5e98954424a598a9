//! Membership's statements: terms, orders and the subscriptions (programmes) orders buy.

use crate::api::{CompetencyArea, CompetencyLevel, OfferKind, OrderKind, PaymentMethod};
use crate::backend::store::{enum_str, parse_enum, ts, Row, StoreResult, Tx};
use crate::error::Result;
use jiff::Timestamp;

// ---------------------------------------------------------------------------------------------
// Terms
// ---------------------------------------------------------------------------------------------

/// A membership term: its start and its end, the anniversary.
pub struct Term {
    pub start: Timestamp,
    pub end: Timestamp,
}

/// The account's current term.
pub fn term(tx: &Tx, account_id: &str) -> Result<Option<Term>> {
    tx.one(
        "SELECT start_at, end_at FROM memberships WHERE account_id = ?1",
        [account_id],
        |r| {
            Ok(Term {
                start: ts(r.get(0)?)?,
                end: ts(r.get(1)?)?,
            })
        },
    )
}

/// Starts the account's term now, running to `end`, in place of any earlier one.
pub fn start_term(tx: &Tx, account_id: &str, end: Timestamp) -> Result<Timestamp> {
    tx.exec_later(
        "INSERT INTO memberships (account_id, start_at, end_at) VALUES (?1, ?2, ?3)
         ON CONFLICT (account_id) DO UPDATE SET start_at = ?2, end_at = ?3",
        (account_id, tx.now_s(), end.as_second()),
    )?;
    Ok(ts(end.as_second())?)
}

/// Moves the end of the account's term.
pub fn set_term_end(tx: &Tx, account_id: &str, end: Timestamp) -> Result<()> {
    tx.exec(
        "UPDATE memberships SET end_at = ?2 WHERE account_id = ?1",
        (account_id, end.as_second()),
    )?;
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Orders
// ---------------------------------------------------------------------------------------------

/// An order to record, awaiting payment.
#[derive(Default)]
pub struct NewOrder<'a> {
    pub kind: OrderKind,
    pub offer_id: Option<&'a str>,
    pub area: Option<CompetencyArea>,
    pub level: Option<CompetencyLevel>,
    /// The subscription a purchase replaces (Silver upgraded to Gold).
    pub supersedes: Option<String>,
    pub attested_by: Option<String>,
    /// The anniversary a renewal moves on.
    pub renewal_from: Option<Timestamp>,
    pub description: &'a str,
    pub total_cents: i64,
    pub currency: &'a str,
    pub payment: PaymentMethod,
    /// The userPrincipalName of who placed it.
    pub by: &'a str,
    /// Completed as it is placed (paid by card, or free), else awaiting payment.
    pub completed: bool,
}

/// Records a new order of the account (`account_id`, `mpn_id`), placed now: completed now,
/// or awaiting payment. Answers it as stored, not read back.
pub fn insert_order(
    tx: &Tx,
    id: &str,
    account_id: &str,
    mpn_id: &str,
    o: &NewOrder,
) -> Result<OrderRow> {
    let (status, completed_at) = if o.completed {
        ("completed", Some(tx.now_s()))
    } else {
        ("pendingPayment", None)
    };
    tx.exec_later(
        "INSERT INTO orders (id, account_id, kind, offer_id, area, level, supersedes, attested_by, renewal_from,
             description, total_cents, currency, payment, status, created_at, created_by, completed_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?16, ?14, ?15, ?17)",
        crate::store_params![
            id,
            account_id,
            enum_str(&o.kind),
            o.offer_id,
            o.area.map(|a| enum_str(&a)),
            o.level.map(|l| enum_str(&l)),
            &o.supersedes,
            &o.attested_by,
            o.renewal_from.map(|t| t.as_second()),
            o.description,
            o.total_cents,
            o.currency,
            enum_str(&o.payment),
            tx.now_s(),
            o.by,
            status,
            completed_at,
        ],
    )?;
    let now = tx.now_stored()?;
    Ok(OrderRow {
        id: id.to_string(),
        account_id: account_id.to_string(),
        mpn_id: mpn_id.to_string(),
        kind: o.kind,
        offer_id: o.offer_id.map(str::to_string),
        area: o.area,
        level: o.level,
        supersedes: o.supersedes.clone(),
        attested_by: o.attested_by.clone(),
        renewal_from: o.renewal_from.map(|t| ts(t.as_second())).transpose()?,
        description: o.description.to_string(),
        total_cents: o.total_cents,
        currency: o.currency.to_string(),
        payment: o.payment,
        stored_status: status.to_string(),
        created_at: now,
        created_by: o.by.to_string(),
        completed_at: o.completed.then_some(now),
    })
}

/// An order as stored. Whether it is still payable depends on "now": see the domain.
#[derive(Debug, Clone)]
pub struct OrderRow {
    pub id: String,
    pub account_id: String,
    pub mpn_id: String,
    pub kind: OrderKind,
    pub offer_id: Option<String>,
    pub area: Option<CompetencyArea>,
    pub level: Option<CompetencyLevel>,
    pub supersedes: Option<String>,
    pub attested_by: Option<String>,
    pub renewal_from: Option<Timestamp>,
    pub description: String,
    pub total_cents: i64,
    pub currency: String,
    pub payment: PaymentMethod,
    /// `pendingPayment`, `completed` or `refunded`.
    pub stored_status: String,
    pub created_at: Timestamp,
    pub created_by: String,
    pub completed_at: Option<Timestamp>,
}

const ORDER_COLUMNS: &str =
    "o.id, o.account_id, a.mpn_id, o.kind, o.offer_id, o.area, o.level, o.supersedes, \
     o.attested_by, o.renewal_from, o.description, o.total_cents, o.currency, o.payment, o.status, \
     o.created_at, o.created_by, o.completed_at";

fn order_row(r: &Row) -> StoreResult<OrderRow> {
    Ok(OrderRow {
        id: r.get(0)?,
        account_id: r.get(1)?,
        mpn_id: r.get(2)?,
        kind: parse_enum(&r.get::<_, String>(3)?)?,
        offer_id: r.get(4)?,
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
        renewal_from: r.get::<_, Option<i64>>(9)?.map(ts).transpose()?,
        description: r.get(10)?,
        total_cents: r.get(11)?,
        currency: r.get(12)?,
        payment: parse_enum(&r.get::<_, String>(13)?)?,
        stored_status: r.get(14)?,
        created_at: ts(r.get(15)?)?,
        created_by: r.get(16)?,
        completed_at: r.get::<_, Option<i64>>(17)?.map(ts).transpose()?,
    })
}

/// The tenant's order with this id: orders of other tenants do not exist for it.
pub fn order_in_tenant(tx: &Tx, tenant_id: &str, order_id: &str) -> Result<Option<OrderRow>> {
    tx.one(
        &format!(
            "SELECT {ORDER_COLUMNS} FROM orders o JOIN accounts a ON a.id = o.account_id
             WHERE o.id = ?1 AND a.tenant_id = ?2"
        ),
        (order_id, tenant_id),
        order_row,
    )
}

/// The account's orders, oldest first.
pub fn orders(tx: &Tx, account_id: &str) -> Result<Vec<OrderRow>> {
    tx.all(
        &format!(
            "SELECT {ORDER_COLUMNS} FROM orders o JOIN accounts a ON a.id = o.account_id
             WHERE o.account_id = ?1 ORDER BY o.created_at, o.rowid"
        ),
        [account_id],
        order_row,
    )
}

/// What an order awaiting payment is for.
pub enum Awaited<'a> {
    /// An order of this kind (a renewal).
    Kind(OrderKind),
    /// An order of this offer.
    Offer(&'a str),
    /// An order of a competency in this area.
    Area(CompetencyArea),
}

/// The id of an order of the account for `what`, awaiting payment and placed at or after
/// `placed_since`.
pub fn awaiting_payment(
    tx: &Tx,
    account_id: &str,
    placed_since: Timestamp,
    what: Awaited,
) -> Result<Option<String>> {
    let (filter, arg) = match what {
        Awaited::Kind(kind) => ("kind = ?3", enum_str(&kind)),
        Awaited::Offer(offer_id) => ("offer_id = ?3", offer_id.to_string()),
        Awaited::Area(area) => ("area = ?3", enum_str(&area)),
    };
    tx.one(
        &format!(
            "SELECT id FROM orders WHERE account_id = ?1 AND status = 'pendingPayment'
             AND created_at >= ?2 AND {filter} LIMIT 1"
        ),
        (account_id, placed_since.as_second(), arg),
        |r| r.get::<_, String>(0),
    )
}

/// Marks an order completed, now; the order as the update leaves it, not read again.
pub fn complete_order(tx: &Tx, order: &OrderRow) -> Result<OrderRow> {
    const COMPLETED: &str = "completed";
    tx.exec(
        "UPDATE orders SET status = ?3, completed_at = ?2 WHERE id = ?1",
        (order.id.as_str(), tx.now_s(), COMPLETED),
    )?;
    Ok(OrderRow {
        stored_status: COMPLETED.into(),
        completed_at: Some(tx.now_stored()?),
        ..order.clone()
    })
}

/// Marks an order refunded.
pub fn refund_order(tx: &Tx, order_id: &str) -> Result<()> {
    tx.exec(
        "UPDATE orders SET status = 'refunded' WHERE id = ?1",
        [order_id],
    )?;
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Subscriptions
// ---------------------------------------------------------------------------------------------

/// A subscription to record, active from now.
pub struct NewSubscription<'a> {
    pub id: &'a str,
    pub account_id: &'a str,
    pub offer_id: &'a str,
    pub kind: OfferKind,
    pub area: Option<CompetencyArea>,
    pub level: Option<CompetencyLevel>,
    pub order_id: &'a str,
    pub attested_by: Option<&'a str>,
}

/// Records a new active subscription, held since now.
pub fn insert_subscription(tx: &Tx, s: &NewSubscription) -> Result<()> {
    tx.exec_later(
        "INSERT INTO subscriptions (id, account_id, offer_id, kind, area, level, order_id, since, attested_by, status)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'active')",
        crate::store_params![
            s.id,
            s.account_id,
            s.offer_id,
            enum_str(&s.kind),
            s.area.map(|a| enum_str(&a)),
            s.level.map(|l| enum_str(&l)),
            s.order_id,
            tx.now_s(),
            s.attested_by,
        ],
    )?;
    Ok(())
}

/// An active subscription as stored.
pub struct SubscriptionRow {
    pub id: String,
    pub offer_id: String,
    pub kind: OfferKind,
    pub area: Option<CompetencyArea>,
    pub level: Option<CompetencyLevel>,
    pub order_id: String,
    pub since: Timestamp,
    pub attested_by: Option<String>,
}

/// The account's active subscriptions, oldest first.
pub fn active_subscriptions(tx: &Tx, account_id: &str) -> Result<Vec<SubscriptionRow>> {
    tx.all(
        "SELECT id, offer_id, kind, area, level, order_id, since, attested_by FROM subscriptions
         WHERE account_id = ?1 AND status = 'active' ORDER BY since, rowid",
        [account_id],
        |r| {
            Ok(SubscriptionRow {
                id: r.get(0)?,
                offer_id: r.get(1)?,
                kind: parse_enum(&r.get::<_, String>(2)?)?,
                area: r
                    .get::<_, Option<String>>(3)?
                    .map(|a| parse_enum(&a))
                    .transpose()?,
                level: r
                    .get::<_, Option<String>>(4)?
                    .map(|l| parse_enum(&l))
                    .transpose()?,
                order_id: r.get(5)?,
                since: ts(r.get(6)?)?,
                attested_by: r.get(7)?,
            })
        },
    )
}

/// Marks a subscription superseded (by an upgrade).
pub fn supersede_subscription(tx: &Tx, id: &str) -> Result<()> {
    tx.exec(
        "UPDATE subscriptions SET status = 'superseded' WHERE id = ?1",
        [id],
    )?;
    Ok(())
}

/// Makes a superseded subscription active again (its upgrade was refunded).
pub fn restore_superseded(tx: &Tx, id: &str) -> Result<()> {
    tx.exec(
        "UPDATE subscriptions SET status = 'active' WHERE id = ?1 AND status = 'superseded'",
        [id],
    )?;
    Ok(())
}

/// Marks the account's active subscriptions lapsed.
pub fn lapse_subscriptions(tx: &Tx, account_id: &str) -> Result<()> {
    tx.exec(
        "UPDATE subscriptions SET status = 'lapsed' WHERE account_id = ?1 AND status = 'active'",
        [account_id],
    )?;
    Ok(())
}

/// Marks the subscriptions an order of the account bought refunded (found by the account's
/// index, as [`super::benefits::refund`] finds the benefits).
pub fn refund_subscriptions(tx: &Tx, account_id: &str, order_id: &str) -> Result<()> {
    tx.exec(
        "UPDATE subscriptions SET status = 'refunded' WHERE account_id = ?1 AND order_id = ?2",
        (account_id, order_id),
    )?;
    Ok(())
}
