//! Benefits' statements: the benefits orders grant, their seats and their product keys.

use super::accounts::{account_row_from, AccountRow, ACCOUNTS, ACCOUNT_COLUMNS};
use crate::api::{BenefitKind, ProductKey, SeatAssignment};
use crate::backend::store::{enum_str, parse_enum, ts, Row, StoreResult, ToValue, Tx};
use crate::error::Result;
use jiff::Timestamp;

// ---------------------------------------------------------------------------------------------
// Benefits
// ---------------------------------------------------------------------------------------------

/// The benefits one order grants: what they share, and each one's own part.
pub struct NewBenefits<'a> {
    pub account_id: &'a str,
    pub order_id: &'a str,
    pub offer_id: &'a str,
    pub valid_until: Timestamp,
    pub items: Vec<NewBenefit<'a>>,
}

/// One benefit to record, available until its order's `valid_until`.
pub struct NewBenefit<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub kind: BenefitKind,
    pub quantity: i64,
    pub unit: Option<&'a str>,
}

/// Records an order's new available benefits, in one statement, in their order.
pub fn insert(tx: &Tx, b: &NewBenefits) -> Result<()> {
    if b.items.is_empty() {
        return Ok(());
    }
    // ?1-?5 are shared; each benefit adds five more.
    let rows: Vec<String> = (0..b.items.len())
        .map(|i| {
            let p = 6 + i * 5;
            format!(
                "(?{p}, ?1, ?2, ?3, {}, 'available', ?4, ?5)",
                super::marks(p + 1, 4)
            )
        })
        .collect();
    let sql = format!(
        "INSERT INTO benefits (id, account_id, order_id, offer_id, name, kind, quantity, unit, status, valid_until, created_at)
         VALUES {}",
        rows.join(", ")
    );
    let mut params = crate::store_params![
        b.account_id,
        b.order_id,
        b.offer_id,
        b.valid_until.as_second(),
        tx.now_s(),
    ];
    for item in &b.items {
        params.extend(crate::store_params![
            item.id,
            item.name,
            enum_str(&item.kind),
            item.quantity,
            item.unit,
        ]);
    }
    tx.exec_later(&sql, params)?;
    Ok(())
}

/// A benefit as stored. Whether it is still usable depends on "now": see the domain.
#[derive(Debug, Clone)]
pub struct BenefitRow {
    pub id: String,
    pub account_id: String,
    pub mpn_id: String,
    pub order_id: String,
    pub offer_id: String,
    pub name: String,
    pub kind: BenefitKind,
    pub quantity: i64,
    pub unit: Option<String>,
    /// `available`, `activated`, `refunded` or `withdrawn`.
    pub stored_status: String,
    pub access_id: Option<String>,
    pub contract_id: Option<String>,
    pub activated_at: Option<Timestamp>,
    pub activated_by: Option<String>,
    pub valid_until: Timestamp,
}

const BENEFIT_COLUMNS: &str =
    "b.id, b.account_id, a.mpn_id, b.order_id, b.offer_id, b.name, b.kind, b.quantity, \
     b.unit, b.status, b.access_id, b.contract_id, b.activated_at, b.activated_by, b.valid_until";

fn benefit_row(r: &Row) -> StoreResult<BenefitRow> {
    Ok(BenefitRow {
        id: r.get(0)?,
        account_id: r.get(1)?,
        mpn_id: r.get(2)?,
        order_id: r.get(3)?,
        offer_id: r.get(4)?,
        name: r.get(5)?,
        kind: parse_enum(&r.get::<_, String>(6)?)?,
        quantity: r.get(7)?,
        unit: r.get(8)?,
        stored_status: r.get(9)?,
        access_id: r.get(10)?,
        contract_id: r.get(11)?,
        activated_at: r.get::<_, Option<i64>>(12)?.map(ts).transpose()?,
        activated_by: r.get(13)?,
        valid_until: ts(r.get(14)?)?,
    })
}

/// The tenant's benefit with this id: benefits of other tenants do not exist for it.
pub fn in_tenant(tx: &Tx, tenant_id: &str, id: &str) -> Result<Option<BenefitRow>> {
    tx.one(
        &format!(
            "SELECT {BENEFIT_COLUMNS} FROM benefits b JOIN accounts a ON a.id = b.account_id
             WHERE b.id = ?1 AND a.tenant_id = ?2"
        ),
        (id, tenant_id),
        benefit_row,
    )
}

/// The tenant's benefit with this id, and its account (as [`super::accounts::by_id`] reads
/// it), in one statement.
pub fn in_tenant_with_account(
    tx: &Tx,
    tenant_id: &str,
    id: &str,
) -> Result<Option<(BenefitRow, AccountRow)>> {
    let benefit_columns = BENEFIT_COLUMNS.split(',').count();
    tx.one(
        &format!(
            "SELECT {BENEFIT_COLUMNS}, {ACCOUNT_COLUMNS} FROM {ACCOUNTS} JOIN benefits b ON b.account_id = a.id
             WHERE b.id = ?1 AND a.tenant_id = ?2"
        ),
        (id, tenant_id),
        |r| Ok((benefit_row(r)?, account_row_from(r, benefit_columns)?)),
    )
}

/// The account's benefits, oldest first.
pub fn of_account(tx: &Tx, account_id: &str) -> Result<Vec<BenefitRow>> {
    tx.all(
        &format!(
            "SELECT {BENEFIT_COLUMNS} FROM benefits b JOIN accounts a ON a.id = b.account_id
             WHERE b.account_id = ?1 ORDER BY b.created_at, b.rowid"
        ),
        [account_id],
        benefit_row,
    )
}

/// An activation to record, made now.
pub struct Activation<'a> {
    pub benefit_id: &'a str,
    pub access_id: &'a str,
    pub contract_id: &'a str,
}

/// Marks benefits activated by `by` (a userPrincipalName), each with its ids, in one
/// statement; when, as stored (to the second).
pub fn activate(tx: &Tx, by: &str, each: &[Activation]) -> Result<Timestamp> {
    // VALUES names its columns column1, column2... on both stores.
    let sql = format!(
        "UPDATE benefits SET status = 'activated', access_id = v.column2, contract_id = v.column3,
         activated_at = ?1, activated_by = ?2
         FROM (VALUES {}) AS v WHERE benefits.id = v.column1",
        super::value_rows(3, 3, each.len())
    );
    let mut params = vec![tx.now_s().to_value(), by.to_value()];
    for a in each {
        params.extend([
            a.benefit_id.to_value(),
            a.access_id.to_value(),
            a.contract_id.to_value(),
        ]);
    }
    tx.exec_later(&sql, params)?;
    Ok(tx.now_stored()?)
}

/// Moves the account's benefits valid until `from` to `to` (its anniversary moved).
pub fn move_valid_until(tx: &Tx, account_id: &str, from: Timestamp, to: Timestamp) -> Result<()> {
    tx.exec(
        "UPDATE benefits SET valid_until = ?3 WHERE account_id = ?1 AND valid_until = ?2",
        (account_id, from.as_second(), to.as_second()),
    )?;
    Ok(())
}

/// Withdraws the account's available and activated benefits for good.
pub fn withdraw(tx: &Tx, account_id: &str) -> Result<()> {
    tx.exec(
        "UPDATE benefits SET status = 'withdrawn' WHERE account_id = ?1 AND status IN ('available', 'activated')",
        [account_id],
    )?;
    Ok(())
}

/// Marks the benefits an order of the account granted refunded (found by the account's
/// index: an order's benefits have none of their own, see the `foreign_key_indexes` migrations).
pub fn refund(tx: &Tx, account_id: &str, order_id: &str) -> Result<()> {
    tx.exec(
        "UPDATE benefits SET status = 'refunded' WHERE account_id = ?1 AND order_id = ?2",
        (account_id, order_id),
    )?;
    Ok(())
}

/// How much of what an order granted was used.
pub struct OrderUse {
    /// Benefits activated.
    pub activated: i64,
    /// Benefits whose product keys were viewed.
    pub keys_viewed: i64,
}

/// How much of what the account's order granted was used.
pub fn use_of_order(tx: &Tx, account_id: &str, order_id: &str) -> Result<OrderUse> {
    Ok(tx
        .one(
            "SELECT COUNT(activated_at), COUNT(keys_viewed_at) FROM benefits
             WHERE account_id = ?1 AND order_id = ?2",
            (account_id, order_id),
            |r| {
                Ok(OrderUse {
                    activated: r.get(0)?,
                    keys_viewed: r.get(1)?,
                })
            },
        )?
        .unwrap_or(OrderUse {
            activated: 0,
            keys_viewed: 0,
        }))
}

// ---------------------------------------------------------------------------------------------
// Seats
// ---------------------------------------------------------------------------------------------

/// Who holds the benefit's seats, in the order they were assigned.
pub fn seat_assignments(tx: &Tx, benefit_id: &str) -> Result<Vec<SeatAssignment>> {
    tx.all(
        "SELECT u.upn, s.assigned_at FROM seat_assignments s JOIN users u ON u.id = s.user_id
             WHERE s.benefit_id = ?1 ORDER BY s.assigned_at, u.upn",
        [benefit_id],
        |r| {
            Ok(SeatAssignment {
                user_principal_name: r.get(0)?,
                assigned_at: ts(r.get(1)?)?,
            })
        },
    )
}

/// Assigns a seat of the benefit to a user, now.
pub fn assign_seat(tx: &Tx, benefit_id: &str, user_id: &str) -> Result<()> {
    tx.exec(
        "INSERT INTO seat_assignments (benefit_id, user_id, assigned_at) VALUES (?1, ?2, ?3)",
        (benefit_id, user_id, tx.now_s()),
    )?;
    Ok(())
}

/// Takes the user's seat of the benefit back.
pub fn unassign_seat(tx: &Tx, benefit_id: &str, user_id: &str) -> Result<()> {
    tx.exec(
        "DELETE FROM seat_assignments WHERE benefit_id = ?1 AND user_id = ?2",
        (benefit_id, user_id),
    )?;
    Ok(())
}

/// Takes back every seat of the account's benefits.
pub fn unassign_all_seats(tx: &Tx, account_id: &str) -> Result<()> {
    tx.exec(
        "DELETE FROM seat_assignments WHERE benefit_id IN (SELECT id FROM benefits WHERE account_id = ?1)",
        [account_id],
    )?;
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Product keys
// ---------------------------------------------------------------------------------------------

/// Records the product keys of benefits, as (benefit id, key), in one statement.
pub fn insert_product_keys(tx: &Tx, keys: &[(&str, String)]) -> Result<()> {
    if keys.is_empty() {
        return Ok(());
    }
    let sql = format!(
        "INSERT INTO product_keys (benefit_id, key) VALUES {}",
        super::value_rows(1, 2, keys.len())
    );
    let mut params = Vec::with_capacity(keys.len() * 2);
    for (benefit, key) in keys {
        params.push(benefit.to_value());
        params.push(key.to_value());
    }
    tx.exec_later(&sql, params)?;
    Ok(())
}

/// The benefit's product keys, in the order they were made.
pub fn product_keys(tx: &Tx, benefit_id: &str) -> Result<Vec<ProductKey>> {
    tx.all(
        "SELECT key, redeemed_at FROM product_keys WHERE benefit_id = ?1 ORDER BY rowid",
        [benefit_id],
        |r| {
            let redeemed_at: Option<i64> = r.get(1)?;
            Ok(ProductKey {
                key: r.get(0)?,
                redeemed: redeemed_at.is_some(),
                redeemed_at: redeemed_at.map(ts).transpose()?,
            })
        },
    )
}

/// When the benefit's product key `key` was redeemed: `None` if the benefit has no such key,
/// `Some(None)` if it was not redeemed yet.
pub fn key_redeemed_at(tx: &Tx, benefit_id: &str, key: &str) -> Result<Option<Option<Timestamp>>> {
    tx.one(
        "SELECT redeemed_at FROM product_keys WHERE benefit_id = ?1 AND key = ?2",
        (benefit_id, key),
        |r| r.get::<_, Option<i64>>(0)?.map(ts).transpose(),
    )
}

/// Marks the benefit's product key redeemed, now.
pub fn redeem_key(tx: &Tx, benefit_id: &str, key: &str) -> Result<()> {
    tx.exec(
        "UPDATE product_keys SET redeemed_at = ?3 WHERE benefit_id = ?1 AND key = ?2",
        (benefit_id, key, tx.now_s()),
    )?;
    Ok(())
}

/// Records, once, that the benefit's product keys were viewed now.
pub fn mark_keys_viewed(tx: &Tx, benefit_id: &str) -> Result<()> {
    tx.exec(
        "UPDATE benefits SET keys_viewed_at = COALESCE(keys_viewed_at, ?2) WHERE id = ?1",
        (benefit_id, tx.now_s()),
    )?;
    Ok(())
}
