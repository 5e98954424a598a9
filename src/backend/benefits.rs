//! Benefits (DOMAIN.md 4): granted by completed orders; `Available` -> `Activated` (an access
//! id and contract id every user of the account sees) -> seats assigned to users.

use super::accounts::{self, AccountRow};
use super::directory::{self, Caller};
use super::ids::new_id;
use super::membership::{self, RENEWAL_WINDOW_DAYS};
use super::permissions::Action;
use super::secrets;
use super::store::{enum_str, parse_enum, ts, Tx};
use crate::api::*;
use crate::clock::date;
use crate::clock::days;
use crate::error::{ApiError, Code, Result};

/// A seat can move to another user only this long after it was assigned.
pub const SEAT_REASSIGN_DAYS: i64 = 90;

/// Create the benefits an offer grants, running to `valid_until` (the anniversary).
pub fn grant(
    tx: &Tx,
    row: &AccountRow,
    offer: &Offer,
    order_id: &str,
    valid_until: i64,
) -> Result<()> {
    for b in &offer.benefits {
        let id = new_id();
        tx.exec(
            "INSERT INTO benefits (id, account_id, order_id, offer_id, name, kind, quantity, unit, status, valid_until, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'available', ?9, ?10)",
            crate::store_params![
                &id,
                &row.id,
                order_id,
                &offer.id,
                &b.name,
                enum_str(&b.kind),
                b.quantity,
                &b.unit,
                valid_until,
                tx.now_s(),
            ],
        )?;
        if b.kind == BenefitKind::ProductKey {
            for _ in 0..b.quantity {
                tx.exec(
                    "INSERT INTO product_keys (benefit_id, key) VALUES (?1, ?2)",
                    (&id, product_key()),
                )?;
            }
        }
    }
    Ok(())
}

/// A product key in the usual five groups of five.
fn product_key() -> String {
    const ALPHABET: &[u8] = b"BCDFGHJKMPQRTVWXY2346789";
    (0..5)
        .map(|_| secrets::random_from(ALPHABET, 5))
        .collect::<Vec<_>>()
        .join("-")
}

struct BenefitRow {
    benefit: Benefit,
    account_id: String,
}

const BENEFIT_COLUMNS: &str =
    "b.id, b.account_id, a.mpn_id, b.order_id, b.offer_id, b.name, b.kind, b.quantity, \
     b.unit, b.status, b.access_id, b.contract_id, b.activated_at, b.activated_by, b.valid_until";

fn benefit_row(
    now: jiff::Timestamp,
) -> impl Fn(&super::store::Row) -> super::store::StoreResult<BenefitRow> {
    move |r| {
        let stored: String = r.get(9)?;
        let valid_until = ts(r.get(14)?)?;
        // Past the renewal window the membership lapsed: its benefits are withdrawn.
        let status = match stored.as_str() {
            "refunded" => BenefitStatus::Refunded,
            "withdrawn" => BenefitStatus::Withdrawn,
            _ if now > valid_until + days(RENEWAL_WINDOW_DAYS) => BenefitStatus::Withdrawn,
            "activated" => BenefitStatus::Activated,
            _ => BenefitStatus::Available,
        };
        Ok(BenefitRow {
            account_id: r.get(1)?,
            benefit: Benefit {
                id: r.get(0)?,
                account_id: r.get(1)?,
                mpn_id: r.get(2)?,
                order_id: r.get(3)?,
                offer_id: r.get(4)?,
                name: r.get(5)?,
                kind: parse_enum(&r.get::<_, String>(6)?)?,
                quantity: r.get(7)?,
                unit: r.get(8)?,
                status,
                access_id: r.get(10)?,
                contract_id: r.get(11)?,
                activated_at: r.get::<_, Option<i64>>(12)?.map(ts).transpose()?,
                activated_by: r.get(13)?,
                assignments: Vec::new(),
            },
        })
    }
}

fn with_assignments(tx: &Tx, mut b: Benefit) -> Result<Benefit> {
    if b.kind == BenefitKind::Seats {
        b.assignments = tx.all(
            "SELECT u.upn, s.assigned_at FROM seat_assignments s JOIN users u ON u.id = s.user_id
             WHERE s.benefit_id = ?1 ORDER BY s.assigned_at, u.upn",
            [&b.id],
            |r| {
                Ok(SeatAssignment {
                    user_principal_name: r.get(0)?,
                    assigned_at: ts(r.get(1)?)?,
                })
            },
        )?;
    }
    Ok(b)
}

fn load(tx: &Tx, caller: &Caller, id: &str) -> Result<(BenefitRow, AccountRow)> {
    let row = tx
        .one(
            &format!(
                "SELECT {BENEFIT_COLUMNS} FROM benefits b JOIN accounts a ON a.id = b.account_id
                 WHERE b.id = ?1 AND a.tenant_id = ?2"
            ),
            (id.trim(), &caller.tenant_id),
            benefit_row(tx.now),
        )?
        .ok_or_else(|| {
            ApiError::new(Code::BenefitNotFound, format!("no benefit {}", id.trim()))
                .hint("list benefits with `partnerctl benefits list`")
        })?;
    let account = accounts::by_id(tx, &row.account_id)?;
    Ok((row, account))
}

pub fn list(tx: &Tx, caller: &Caller, at: &AccountRef) -> Result<Vec<Benefit>> {
    caller.require(Action::View)?;
    let account = accounts::resolve(tx, caller, at)?;
    tx.all(
        &format!(
            "SELECT {BENEFIT_COLUMNS} FROM benefits b JOIN accounts a ON a.id = b.account_id
             WHERE b.account_id = ?1 ORDER BY b.created_at, b.rowid"
        ),
        [&account.id],
        benefit_row(tx.now),
    )?
    .into_iter()
    .map(|r| with_assignments(tx, r.benefit))
    .collect()
}

fn require_usable(b: &Benefit) -> Result<()> {
    match b.status {
        BenefitStatus::Withdrawn => Err(ApiError::new(
            Code::BenefitWithdrawn,
            format!("benefit {} was withdrawn when the membership lapsed", b.id),
        )),
        BenefitStatus::Refunded => Err(ApiError::new(
            Code::BenefitNotActivatable,
            format!("benefit {} belongs to a refunded order", b.id),
        )),
        _ => Ok(()),
    }
}

pub fn activate(tx: &Tx, caller: &Caller, id: &str) -> Result<Benefit> {
    caller.require(Action::ActivateBenefit)?;
    let (row, account) = load(tx, caller, id)?;
    require_usable(&row.benefit)?;
    if row.benefit.status == BenefitStatus::Activated {
        return with_assignments(tx, row.benefit);
    }
    accounts::require_authorized(&account)?;
    membership::require_writable(tx, &account)?;
    tx.exec(
        "UPDATE benefits SET status = 'activated', access_id = ?2, contract_id = ?3, activated_at = ?4, activated_by = ?5
         WHERE id = ?1",
        (
            &row.benefit.id,
            new_id(),
            format!("CTR-{}", secrets::random_from(b"0123456789", 10)),
            tx.now_s(),
            &caller.upn,
        ),
    )?;
    get(tx, caller, id)
}

fn get(tx: &Tx, caller: &Caller, id: &str) -> Result<Benefit> {
    with_assignments(tx, load(tx, caller, id)?.0.benefit)
}

pub fn assign(tx: &Tx, caller: &Caller, id: &str, req: &AssignSeat) -> Result<Benefit> {
    caller.require(Action::AssignSeat)?;
    let (row, account) = load(tx, caller, id)?;
    let b = with_assignments(tx, row.benefit)?;
    if b.kind != BenefitKind::Seats {
        return Err(ApiError::new(
            Code::Conflict,
            format!("benefit {} ({}) has no seats to assign", b.id, b.name),
        ));
    }
    require_usable(&b)?;
    if b.status != BenefitStatus::Activated {
        return Err(ApiError::new(
            Code::Conflict,
            format!(
                "benefit {} must be activated before its seats are assigned",
                b.id
            ),
        )
        .hint(format!("`partnerctl benefits activate {}`", b.id)));
    }
    membership::require_writable(tx, &account)?;
    let user = directory::find_user(tx, &caller.tenant_id, &req.user_principal_name)?;
    if b.assignments.iter().any(|a| {
        a.user_principal_name
            .eq_ignore_ascii_case(&user.user_principal_name)
    }) {
        return Ok(b);
    }
    if let Some(from) = &req.replace {
        let from = directory::find_user(tx, &caller.tenant_id, from)?;
        let assigned_at = b
            .assignments
            .iter()
            .find(|a| {
                a.user_principal_name
                    .eq_ignore_ascii_case(&from.user_principal_name)
            })
            .map(|a| a.assigned_at)
            .ok_or_else(|| {
                ApiError::new(
                    Code::Conflict,
                    format!(
                        "{} holds no seat of benefit {}",
                        from.user_principal_name, b.id
                    ),
                )
            })?;
        let free_at = assigned_at + days(SEAT_REASSIGN_DAYS);
        if tx.now < free_at {
            return Err(ApiError::new(
                Code::SeatReassignTooSoon,
                format!(
                    "the seat of {} was assigned on {}: it can be reassigned from {} (after 90 days)",
                    from.user_principal_name,
                    date(assigned_at),
                    date(free_at)
                ),
            ));
        }
        tx.exec(
            "DELETE FROM seat_assignments WHERE benefit_id = ?1 AND user_id = ?2",
            (&b.id, &from.id),
        )?;
    } else if b.assignments.len() as i64 >= b.quantity {
        // Seats never exceed the quantity bought.
        return Err(ApiError::new(
            Code::SeatsExhausted,
            format!("all {} seats of benefit {} are assigned", b.quantity, b.id),
        )
        .hint("move a seat held for 90 days or more with --replace UPN"));
    }
    tx.exec(
        "INSERT INTO seat_assignments (benefit_id, user_id, assigned_at) VALUES (?1, ?2, ?3)",
        (&b.id, &user.id, tx.now_s()),
    )?;
    get(tx, caller, id)
}

fn keys_of(tx: &Tx, b: &Benefit) -> Result<ProductKeys> {
    Ok(ProductKeys {
        benefit_id: b.id.clone(),
        name: b.name.clone(),
        keys: tx.all(
            "SELECT key, redeemed_at FROM product_keys WHERE benefit_id = ?1 ORDER BY rowid",
            [&b.id],
            |r| {
                let redeemed_at: Option<i64> = r.get(1)?;
                Ok(ProductKey {
                    key: r.get(0)?,
                    redeemed: redeemed_at.is_some(),
                    redeemed_at: redeemed_at.map(ts).transpose()?,
                })
            },
        )?,
    })
}

fn product_key_benefit(tx: &Tx, caller: &Caller, id: &str) -> Result<Benefit> {
    caller.require(Action::UseProductKeys)?;
    let (row, _) = load(tx, caller, id)?;
    let b = row.benefit;
    if b.kind != BenefitKind::ProductKey {
        return Err(ApiError::new(
            Code::Conflict,
            format!("benefit {} ({}) has no product keys", b.id, b.name),
        ));
    }
    require_usable(&b)?;
    // Viewing a key is recorded: it blocks a refund of the order.
    tx.exec(
        "UPDATE benefits SET keys_viewed_at = COALESCE(keys_viewed_at, ?2) WHERE id = ?1",
        (&b.id, tx.now_s()),
    )?;
    Ok(b)
}

pub fn keys(tx: &Tx, caller: &Caller, id: &str) -> Result<ProductKeys> {
    let b = product_key_benefit(tx, caller, id)?;
    keys_of(tx, &b)
}

pub fn redeem(tx: &Tx, caller: &Caller, id: &str, key: &str) -> Result<ProductKeys> {
    let b = product_key_benefit(tx, caller, id)?;
    let redeemed = tx
        .one(
            "SELECT redeemed_at FROM product_keys WHERE benefit_id = ?1 AND key = ?2",
            (&b.id, key.trim()),
            |r| r.get::<_, Option<i64>>(0),
        )?
        .ok_or_else(|| {
            ApiError::new(
                Code::BenefitNotFound,
                format!("benefit {} has no product key {}", b.id, key.trim()),
            )
        })?;
    if let Some(at) = redeemed {
        return Err(ApiError::new(
            Code::KeyAlreadyRedeemed,
            format!(
                "product key {} was redeemed on {} (each key redeems once)",
                key.trim(),
                ts(at)?
            ),
        ));
    }
    tx.exec(
        "UPDATE product_keys SET redeemed_at = ?3 WHERE benefit_id = ?1 AND key = ?2",
        (&b.id, key.trim(), tx.now_s()),
    )?;
    keys_of(tx, &b)
}
