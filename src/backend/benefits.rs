//! Benefits (DOMAIN.md 4): granted by completed orders; `Available` -> `Activated` (an access
//! id and contract id every user of the account sees) -> seats assigned to users.

use super::accounts;
use super::directory::{self, Caller};
use super::ids::new_id;
use super::permissions::Action;
use super::store::queries::{self, accounts::AccountRow, benefits::BenefitRow};
use super::store::Tx;
use super::term::{self, RENEWAL_WINDOW_DAYS};
use crate::api::*;
use crate::clock::{days, shown};
use crate::error::{ApiError, Code, Result};
use jiff::Timestamp;

/// A seat can move to another user only this long after it was assigned.
pub const SEAT_REASSIGN_DAYS: i64 = 90;

/// The benefit as it stands at `now` (its seats not read yet).
fn benefit_at(now: Timestamp, b: BenefitRow) -> Benefit {
    // Past the renewal window the membership lapsed: its benefits are withdrawn.
    let status = match b.stored_status.as_str() {
        "refunded" => BenefitStatus::Refunded,
        "withdrawn" => BenefitStatus::Withdrawn,
        _ if now > b.valid_until + days(RENEWAL_WINDOW_DAYS) => BenefitStatus::Withdrawn,
        "activated" => BenefitStatus::Activated,
        _ => BenefitStatus::Available,
    };
    Benefit {
        id: b.id,
        account_id: b.account_id,
        mpn_id: b.mpn_id,
        order_id: b.order_id,
        offer_id: b.offer_id,
        name: b.name,
        kind: b.kind,
        quantity: b.quantity,
        unit: b.unit,
        status,
        access_id: b.access_id,
        contract_id: b.contract_id,
        activated_at: b.activated_at,
        activated_by: b.activated_by,
        assignments: Vec::new(),
    }
}

fn with_assignments(tx: &Tx, mut b: Benefit) -> Result<Benefit> {
    if b.kind == BenefitKind::Seats {
        b.assignments = queries::benefits::seat_assignments(tx, &b.id)?;
    }
    Ok(b)
}

/// A benefit of the caller's tenant, as it stands.
fn find(tx: &Tx, caller: &Caller, id: &str) -> Result<Benefit> {
    let row = queries::benefits::in_tenant(tx, &caller.tenant_id, id.trim())?
        .ok_or_else(|| not_found(id))?;
    Ok(benefit_at(tx.now, row))
}

fn not_found(id: &str) -> ApiError {
    ApiError::new(Code::BenefitNotFound, format!("no benefit {}", id.trim()))
        .hint("list benefits with `partnerctl benefits list`")
}

/// A benefit a changing operation acts on: its account locked, then the benefit and its
/// account read again under the lock.
fn load_to_change(tx: &Tx, caller: &Caller, id: &str) -> Result<(Benefit, AccountRow)> {
    let account_id = find(tx, caller, id)?.account_id;
    accounts::lock(tx, &account_id)?;
    let (row, account) =
        queries::benefits::in_tenant_with_account(tx, &caller.tenant_id, id.trim())?
            .ok_or_else(|| not_found(id))?;
    Ok((benefit_at(tx.now, row), account))
}

pub fn list(tx: &Tx, caller: &Caller, at: &AccountRef) -> Result<Vec<Benefit>> {
    caller.require(Action::View)?;
    let account = accounts::resolve(tx, caller, at)?;
    queries::benefits::of_account(tx, &account.id)?
        .into_iter()
        .map(|r| with_assignments(tx, benefit_at(tx.now, r)))
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
    let (b, account) = load_to_change(tx, caller, id)?;
    require_usable(&b)?;
    if b.status == BenefitStatus::Activated {
        return with_assignments(tx, b);
    }
    accounts::require_authorized(&account)?;
    term::require_writable(tx, &account)?;
    let activated = record_activations(tx, caller, vec![b])?;
    Ok(activated.into_iter().next().expect("one benefit activated"))
}

/// Activates every available benefit of `kinds` of the account, under the account's lock;
/// those activated already, withdrawn or refunded are left as they are. The account's vetting
/// and term are checked only when there is something to activate, as [`activate`] does.
pub fn activate_kinds(
    tx: &Tx,
    caller: &Caller,
    at: &AccountRef,
    kinds: &[BenefitKind],
) -> Result<BenefitsActivated> {
    caller.require(Action::ActivateBenefit)?;
    let account = accounts::resolve_to_change(tx, caller, at)?;
    let to_activate: Vec<Benefit> = queries::benefits::of_account(tx, &account.id)?
        .into_iter()
        .map(|r| benefit_at(tx.now, r))
        .filter(|b| b.status == BenefitStatus::Available && kinds.contains(&b.kind))
        .collect();
    if !to_activate.is_empty() {
        accounts::require_authorized(&account)?;
        term::require_writable(tx, &account)?;
    }
    Ok(BenefitsActivated {
        activated: record_activations(tx, caller, to_activate)?,
        account_id: account.id,
        mpn_id: account.mpn_id,
    })
}

/// Records the activation of `benefits` (available, their account locked and checked) by the
/// caller, in one statement: answers each as the update left it, not read again. They hold
/// no seats: seats are assigned only once a benefit is activated.
fn record_activations(tx: &Tx, caller: &Caller, benefits: Vec<Benefit>) -> Result<Vec<Benefit>> {
    if benefits.is_empty() {
        return Ok(benefits);
    }
    let ids: Vec<(String, String)> = benefits
        .iter()
        .map(|_| {
            let contract = format!("CTR-{}", crate::random::chars_from(b"0123456789", 10));
            (new_id(), contract)
        })
        .collect();
    let each: Vec<queries::benefits::Activation> = benefits
        .iter()
        .zip(&ids)
        .map(
            |(b, (access_id, contract_id))| queries::benefits::Activation {
                benefit_id: &b.id,
                access_id,
                contract_id,
            },
        )
        .collect();
    let at = queries::benefits::activate(tx, &caller.upn, &each)?;
    Ok(benefits
        .into_iter()
        .zip(ids)
        .map(|(b, (access_id, contract_id))| Benefit {
            status: BenefitStatus::Activated,
            access_id: Some(access_id),
            contract_id: Some(contract_id),
            activated_at: Some(at),
            activated_by: Some(caller.upn.clone()),
            ..b
        })
        .collect())
}

fn get(tx: &Tx, caller: &Caller, id: &str) -> Result<Benefit> {
    with_assignments(tx, find(tx, caller, id)?)
}

pub fn assign(tx: &Tx, caller: &Caller, id: &str, req: &AssignSeat) -> Result<Benefit> {
    caller.require(Action::AssignSeat)?;
    let (b, account) = load_to_change(tx, caller, id)?;
    let b = with_assignments(tx, b)?;
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
    term::require_writable(tx, &account)?;
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
                    "the seat of {} was assigned at {}: it can be reassigned from {} (after 90 days)",
                    from.user_principal_name,
                    shown(&assigned_at),
                    shown(&free_at)
                ),
            ));
        }
        queries::benefits::unassign_seat(tx, &b.id, &from.id)?;
    } else if b.assignments.len() as i64 >= b.quantity {
        // Seats never exceed the quantity bought.
        return Err(ApiError::new(
            Code::SeatsExhausted,
            format!("all {} seats of benefit {} are assigned", b.quantity, b.id),
        )
        .hint("move a seat held for 90 days or more with --replace UPN"));
    }
    queries::benefits::assign_seat(tx, &b.id, &user.id)?;
    get(tx, caller, id)
}

fn keys_of(tx: &Tx, b: &Benefit) -> Result<ProductKeys> {
    Ok(ProductKeys {
        benefit_id: b.id.clone(),
        name: b.name.clone(),
        keys: queries::benefits::product_keys(tx, &b.id)?,
    })
}

fn product_key_benefit(tx: &Tx, caller: &Caller, id: &str) -> Result<Benefit> {
    caller.require(Action::UseProductKeys)?;
    let (b, _) = load_to_change(tx, caller, id)?;
    if b.kind != BenefitKind::ProductKey {
        return Err(ApiError::new(
            Code::Conflict,
            format!("benefit {} ({}) has no product keys", b.id, b.name),
        ));
    }
    require_usable(&b)?;
    // Viewing a key is recorded: it blocks a refund of the order.
    queries::benefits::mark_keys_viewed(tx, &b.id)?;
    Ok(b)
}

pub fn keys(tx: &Tx, caller: &Caller, id: &str) -> Result<ProductKeys> {
    let b = product_key_benefit(tx, caller, id)?;
    keys_of(tx, &b)
}

pub fn redeem(tx: &Tx, caller: &Caller, id: &str, key: &str) -> Result<ProductKeys> {
    let b = product_key_benefit(tx, caller, id)?;
    let redeemed = queries::benefits::key_redeemed_at(tx, &b.id, key.trim())?.ok_or_else(|| {
        ApiError::new(
            Code::BenefitNotFound,
            format!("benefit {} has no product key {}", b.id, key.trim()),
        )
    })?;
    if let Some(at) = redeemed {
        return Err(ApiError::new(
            Code::KeyAlreadyRedeemed,
            format!(
                "product key {} was redeemed at {} (each key redeems once)",
                key.trim(),
                shown(&at)
            ),
        ));
    }
    queries::benefits::redeem_key(tx, &b.id, key.trim())?;
    keys_of(tx, &b)
}
