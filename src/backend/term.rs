//! A membership's term and the status it gives at "now" (see `membership`): read by every
//! view of an account, so it sits below both `accounts` and `membership`.

use super::store::queries;
use super::store::queries::accounts::AccountRow;
use super::store::queries::membership::Term;
use super::store::Tx;
use crate::api::{AccountKind, MembershipStatus};
use crate::clock::{days, shown};
use crate::error::{ApiError, Code, Result};
use jiff::Timestamp;

pub const TERM_DAYS: i64 = 365;
pub const RENEWAL_WINDOW_DAYS: i64 = 30;

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

pub fn term(tx: &Tx, account_id: &str) -> Result<Term> {
    queries::membership::term(tx, account_id)?
        .ok_or_else(|| ApiError::internal("account without membership"))
}

/// The end of the account's term: as read with its row, else (a row made before its term
/// was started) from the store. A row read before the term moves in the same transaction
/// (renewal, refund) would be out of date: those read the term with [`term`] instead.
pub(super) fn end_of(tx: &Tx, row: &AccountRow) -> Result<Timestamp> {
    match row.term_end {
        Some(end) => Ok(end),
        None => Ok(term(tx, &row.id)?.end),
    }
}

pub fn status(tx: &Tx, row: &AccountRow) -> Result<MembershipStatus> {
    Ok(status_at(end_of(tx, row)?, tx.now))
}

/// Refuse changes while the membership is expired or lapsed (DOMAIN.md 3: read-only).
pub fn require_writable(tx: &Tx, row: &AccountRow) -> Result<()> {
    let end = end_of(tx, row)?;
    match status_at(end, tx.now) {
        MembershipStatus::Active => Ok(()),
        MembershipStatus::Expired => Err(ApiError::new(
            Code::MembershipExpired,
            format!(
                "the membership of {} expired at {}: the account is read-only until it is renewed",
                row.mpn_id,
                shown(&end)
            ),
        )
        .hint(format!(
            "renew by {}: `partnerctl membership renew{}`",
            shown(&(end + days(RENEWAL_WINDOW_DAYS))),
            mpn_flag(row)
        ))),
        MembershipStatus::Lapsed => Err(lapsed(row, end)),
    }
}

pub(super) fn lapsed(row: &AccountRow, end: Timestamp) -> ApiError {
    ApiError::new(
        Code::MembershipLapsed,
        format!(
            "the membership of {} lapsed: its renewal window closed at {}; its benefits are withdrawn",
            row.mpn_id,
            shown(&(end + days(RENEWAL_WINDOW_DAYS)))
        ),
    )
    .hint(format!(
        "buy the network membership again: `partnerctl membership rejoin{}`",
        mpn_flag(row)
    ))
}

/// ` --mpn-id N` for a location, for hints.
pub fn mpn_flag(row: &AccountRow) -> String {
    match row.kind {
        AccountKind::Global => String::new(),
        AccountKind::Location => format!(" --mpn-id {}", row.mpn_id),
    }
}
