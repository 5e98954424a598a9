//! Partner accounts' statements: the accounts, their agreements and verification codes.

use crate::api::{
    AccountKind, AgreementRecord, LegalProfileInput, OrganizationProfileInput, VettingStatus,
    VettingSubStatus,
};
use crate::backend::store::{enum_str, parse_enum, parse_json, ts, Row, StoreResult, Tx};
use crate::error::Result;
use jiff::Timestamp;

// ---------------------------------------------------------------------------------------------
// Accounts
// ---------------------------------------------------------------------------------------------

/// An account as stored.
#[derive(Debug, Clone)]
pub struct AccountRow {
    pub id: String,
    pub tenant_id: String,
    pub mpn_id: String,
    pub kind: AccountKind,
    pub legal: LegalProfileInput,
    pub legal_etag: String,
    pub org: Option<OrganizationProfileInput>,
    pub org_etag: String,
    pub vetting_status: VettingStatus,
    pub vetting_sub_status: VettingSubStatus,
    pub created_at: Timestamp,
    /// The end of the account's membership term as it was when the row was read, read with
    /// it (none yet while the account is being created): the checks every change makes need
    /// no statement of their own for it.
    pub term_end: Option<Timestamp>,
}

pub(super) const ACCOUNT_COLUMNS: &str =
    "a.id, a.tenant_id, a.mpn_id, a.kind, a.legal_json, a.legal_etag, a.org_json, a.org_etag, \
     a.vetting_status, a.vetting_sub_status, a.created_at, m.end_at";

/// Accounts (`a`) with their membership term (`m`).
pub(super) const ACCOUNTS: &str = "accounts a LEFT JOIN memberships m ON m.account_id = a.id";

fn account_row(r: &Row) -> StoreResult<AccountRow> {
    account_row_from(r, 0)
}

/// The account whose [`ACCOUNT_COLUMNS`] start at column `c` of `r`.
pub(super) fn account_row_from(r: &Row, c: usize) -> StoreResult<AccountRow> {
    Ok(AccountRow {
        id: r.get(c)?,
        tenant_id: r.get(c + 1)?,
        mpn_id: r.get(c + 2)?,
        kind: parse_enum(&r.get::<_, String>(c + 3)?)?,
        legal: parse_json(&r.get::<_, String>(c + 4)?)?,
        legal_etag: r.get(c + 5)?,
        org: r
            .get::<_, Option<String>>(c + 6)?
            .map(|j| parse_json(&j))
            .transpose()?,
        org_etag: r.get(c + 7)?,
        vetting_status: parse_enum(&r.get::<_, String>(c + 8)?)?,
        vetting_sub_status: parse_enum(&r.get::<_, String>(c + 9)?)?,
        created_at: ts(r.get(c + 10)?)?,
        term_end: r.get::<_, Option<i64>>(c + 11)?.map(ts).transpose()?,
    })
}

/// The tenant's global account (its one partner account).
pub fn global(tx: &Tx, tenant_id: &str) -> Result<Option<AccountRow>> {
    tx.one(
        &format!(
            "SELECT {ACCOUNT_COLUMNS} FROM {ACCOUNTS} WHERE a.tenant_id = ?1 AND a.kind = 'global'"
        ),
        [tenant_id],
        account_row,
    )
}

/// The tenant's account (global or location) with this MPN ID.
pub fn in_tenant_by_mpn_id(tx: &Tx, tenant_id: &str, mpn_id: &str) -> Result<Option<AccountRow>> {
    tx.one(
        &format!(
            "SELECT {ACCOUNT_COLUMNS} FROM {ACCOUNTS} WHERE a.tenant_id = ?1 AND a.mpn_id = ?2"
        ),
        (tenant_id, mpn_id),
        account_row,
    )
}

/// The account with this MPN ID, in any tenant.
pub fn by_mpn_id(tx: &Tx, mpn_id: &str) -> Result<Option<AccountRow>> {
    tx.one(
        &format!("SELECT {ACCOUNT_COLUMNS} FROM {ACCOUNTS} WHERE a.mpn_id = ?1"),
        [mpn_id],
        account_row,
    )
}

/// The account with this id.
pub fn by_id(tx: &Tx, id: &str) -> Result<Option<AccountRow>> {
    tx.one(
        &format!("SELECT {ACCOUNT_COLUMNS} FROM {ACCOUNTS} WHERE a.id = ?1"),
        [id],
        account_row,
    )
}

/// The tenant's locations, oldest first.
pub fn locations(tx: &Tx, tenant_id: &str) -> Result<Vec<AccountRow>> {
    tx.all(
        &format!(
            "SELECT {ACCOUNT_COLUMNS} FROM {ACCOUNTS} WHERE a.tenant_id = ?1 AND a.kind = 'location'
             ORDER BY a.created_at, a.mpn_id"
        ),
        [tenant_id],
        account_row,
    )
}

/// An account to record.
pub struct NewAccount<'a> {
    pub id: &'a str,
    pub tenant_id: &'a str,
    pub mpn_id: &'a str,
    pub kind: AccountKind,
    /// The global account a location belongs to.
    pub parent_id: Option<&'a str>,
    pub legal: &'a LegalProfileInput,
    pub legal_etag: &'a str,
    pub org: Option<&'a OrganizationProfileInput>,
    pub org_etag: &'a str,
    /// The enrolling user, for a global account.
    pub owner_user_id: Option<&'a str>,
    /// Where its vetting starts.
    pub vetting: (VettingStatus, VettingSubStatus),
}

/// Records a new account; `None` when its MPN ID is taken (nothing is written then).
pub fn insert(tx: &Tx, a: &NewAccount) -> Result<Option<AccountRow>> {
    let inserted = tx.exec(
        "INSERT INTO accounts (id, tenant_id, mpn_id, kind, parent_id, company_name, country, legal_json,
             legal_etag, org_json, org_etag, vetting_status, vetting_sub_status, owner_user_id, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?14, ?15, ?12, ?13)
         ON CONFLICT (mpn_id) DO NOTHING",
        crate::store_params![
            a.id,
            a.tenant_id,
            a.mpn_id,
            enum_str(&a.kind),
            a.parent_id,
            &a.legal.company_name,
            &a.legal.address.country,
            serde_json::to_string(a.legal)?,
            a.legal_etag,
            a.org.map(serde_json::to_string).transpose()?,
            a.org_etag,
            a.owner_user_id,
            tx.now_s(),
            enum_str(&a.vetting.0),
            enum_str(&a.vetting.1),
        ],
    )?;
    if inserted == 0 {
        return Ok(None);
    }
    // The row as written (and as `by_id` would read it), without reading it.
    Ok(Some(AccountRow {
        id: a.id.to_string(),
        tenant_id: a.tenant_id.to_string(),
        mpn_id: a.mpn_id.to_string(),
        kind: a.kind,
        legal: a.legal.clone(),
        legal_etag: a.legal_etag.to_string(),
        org: a.org.cloned(),
        org_etag: a.org_etag.to_string(),
        vetting_status: a.vetting.0,
        vetting_sub_status: a.vetting.1,
        created_at: tx.now_stored()?,
        term_end: None,
    }))
}

/// Replaces an account's legal business profile.
pub fn update_legal(tx: &Tx, id: &str, legal: &LegalProfileInput, etag: &str) -> Result<()> {
    tx.exec(
        "UPDATE accounts SET legal_json = ?2, legal_etag = ?3, company_name = ?4, country = ?5 WHERE id = ?1",
        (
            id,
            serde_json::to_string(legal)?,
            etag,
            &legal.company_name,
            &legal.address.country,
        ),
    )?;
    Ok(())
}

/// Replaces an account's organization profile.
pub fn update_org(tx: &Tx, id: &str, org: &OrganizationProfileInput, etag: &str) -> Result<()> {
    tx.exec(
        "UPDATE accounts SET org_json = ?2, org_etag = ?3 WHERE id = ?1",
        (id, serde_json::to_string(org)?, etag),
    )?;
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Agreements
// ---------------------------------------------------------------------------------------------

/// An acceptance of the partner agreement to record.
pub struct NewAgreement<'a> {
    pub id: &'a str,
    pub account_id: &'a str,
    pub agreement_type: &'a str,
    pub version: &'a str,
    pub signer_user_id: &'a str,
    pub signer_name: &'a str,
    pub signer_email: &'a str,
}

/// Records that the agreement was accepted, now.
pub fn insert_agreement(tx: &Tx, a: &NewAgreement) -> Result<()> {
    tx.exec(
        "INSERT INTO agreements (id, account_id, agreement_type, version, signer_user_id, signer_name, signer_email, accepted_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        (
            a.id,
            a.account_id,
            a.agreement_type,
            a.version,
            a.signer_user_id,
            a.signer_name,
            a.signer_email,
            tx.now_s(),
        ),
    )?;
    Ok(())
}

/// The agreement the account accepted last.
pub fn latest_agreement(tx: &Tx, account_id: &str) -> Result<Option<AgreementRecord>> {
    tx.one(
        "SELECT agreement_type, version, signer_email, signer_name, accepted_at FROM agreements
         WHERE account_id = ?1 ORDER BY accepted_at DESC LIMIT 1",
        [account_id],
        |r| {
            Ok(AgreementRecord {
                agreement_type: r.get(0)?,
                version: r.get(1)?,
                signer_email: r.get(2)?,
                signer_name: r.get(3)?,
                accepted_at: ts(r.get(4)?)?,
            })
        },
    )
}

// ---------------------------------------------------------------------------------------------
// Vetting
// ---------------------------------------------------------------------------------------------

/// A verification code to record: its salted hash, never the code.
pub struct NewCode<'a> {
    pub account_id: &'a str,
    pub code_hash: &'a str,
    pub salt: &'a str,
    pub email: &'a str,
    pub expires_at: Timestamp,
    /// The hash of the confirmation link's token sent with the code.
    pub link_hash: &'a str,
}

/// Records the account's code, sent now, in place of any earlier one. Its wrong attempts, its
/// lock and its resends stay: they belong to the account, not to one code.
pub fn save_code(tx: &Tx, c: &NewCode) -> Result<()> {
    tx.exec(
        "INSERT INTO verification_codes (account_id, code_hash, salt, email, sent_at, expires_at, failed_attempts, locked_until, link_hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, NULL, ?7)
         ON CONFLICT (account_id) DO UPDATE SET code_hash = ?2, salt = ?3, email = ?4, sent_at = ?5,
             expires_at = ?6, link_hash = ?7",
        (
            c.account_id,
            c.code_hash,
            c.salt,
            c.email,
            tx.now_s(),
            c.expires_at.as_second(),
            c.link_hash,
        ),
    )?;
    Ok(())
}

/// Sets where the account's vetting stands.
pub fn set_vetting(
    tx: &Tx,
    account_id: &str,
    status: VettingStatus,
    sub_status: VettingSubStatus,
) -> Result<()> {
    tx.exec_later(
        "UPDATE accounts SET vetting_status = ?2, vetting_sub_status = ?3 WHERE id = ?1",
        (account_id, enum_str(&status), enum_str(&sub_status)),
    )?;
    Ok(())
}

/// Deletes the account's code, if it has one.
pub fn delete_code(tx: &Tx, account_id: &str) -> Result<()> {
    tx.exec(
        "DELETE FROM verification_codes WHERE account_id = ?1",
        [account_id],
    )?;
    Ok(())
}

/// Where the account's outstanding code went, and when it expires.
pub struct SentCode {
    pub email: String,
    pub expires_at: Timestamp,
}

/// The account's outstanding code, as its contact sees it.
pub fn code_sent(tx: &Tx, account_id: &str) -> Result<Option<SentCode>> {
    tx.one(
        "SELECT email, expires_at FROM verification_codes WHERE account_id = ?1",
        [account_id],
        |r| {
            Ok(SentCode {
                email: r.get(0)?,
                expires_at: ts(r.get(1)?)?,
            })
        },
    )
}

/// The account's outstanding code, as checking it needs it.
pub struct CodeRow {
    pub code_hash: String,
    pub salt: String,
    pub expires_at: Timestamp,
    pub failed_attempts: i64,
    /// When the latest wrong code was given.
    pub last_failed_at: Option<Timestamp>,
    pub locked_until: Option<Timestamp>,
    /// The hash of the confirmation link's token (none for codes sent before links were).
    pub link_hash: Option<String>,
}

/// The account's outstanding code.
pub fn code(tx: &Tx, account_id: &str) -> Result<Option<CodeRow>> {
    tx.one(
        "SELECT code_hash, salt, expires_at, failed_attempts, last_failed_at, locked_until, link_hash
             FROM verification_codes WHERE account_id = ?1",
        [account_id],
        |r| {
            Ok(CodeRow {
                code_hash: r.get(0)?,
                salt: r.get(1)?,
                expires_at: ts(r.get(2)?)?,
                failed_attempts: r.get(3)?,
                last_failed_at: r.get::<_, Option<i64>>(4)?.map(ts).transpose()?,
                locked_until: r.get::<_, Option<i64>>(5)?.map(ts).transpose()?,
                link_hash: r.get(6)?,
            })
        },
    )
}

/// The account whose outstanding code was sent with the confirmation link of this hash.
pub fn account_of_link(tx: &Tx, link_hash: &str) -> Result<Option<String>> {
    tx.one(
        "SELECT account_id FROM verification_codes WHERE link_hash = ?1",
        [link_hash],
        |r| r.get(0),
    )
}

/// Until when verification of the account is locked, if it has a code and was ever locked.
pub fn code_locked_until(tx: &Tx, account_id: &str) -> Result<Option<Timestamp>> {
    Ok(tx
        .one(
            "SELECT locked_until FROM verification_codes WHERE account_id = ?1",
            [account_id],
            |r| r.get::<_, Option<i64>>(0)?.map(ts).transpose(),
        )?
        .flatten())
}

/// Counts a wrong code, given now: `failed_attempts` is the count with it.
pub fn record_failed_code(tx: &Tx, account_id: &str, failed_attempts: i64) -> Result<()> {
    tx.exec(
        "UPDATE verification_codes SET failed_attempts = ?2, last_failed_at = ?3 WHERE account_id = ?1",
        (account_id, failed_attempts, tx.now_s()),
    )?;
    Ok(())
}

/// How many times the account's code was sent again since when (the start of the current
/// window), if it has a code.
pub struct Resends {
    pub count: i64,
    pub since: Option<Timestamp>,
}

/// The resends of the account's code.
pub fn resends(tx: &Tx, account_id: &str) -> Result<Option<Resends>> {
    tx.one(
        "SELECT resends, resends_since FROM verification_codes WHERE account_id = ?1",
        [account_id],
        |r| {
            Ok(Resends {
                count: r.get(0)?,
                since: r.get::<_, Option<i64>>(1)?.map(ts).transpose()?,
            })
        },
    )
}

/// Records the resends of the account's code: `count` since `since`.
pub fn record_resends(tx: &Tx, account_id: &str, count: i64, since: Timestamp) -> Result<()> {
    tx.exec(
        "UPDATE verification_codes SET resends = ?2, resends_since = ?3 WHERE account_id = ?1",
        (account_id, count, since.as_second()),
    )?;
    Ok(())
}

/// Locks verification until `until`, its failed attempts counted from none again.
pub fn lock_code(tx: &Tx, account_id: &str, until: Timestamp) -> Result<()> {
    tx.exec(
        "UPDATE verification_codes SET failed_attempts = 0, locked_until = ?2 WHERE account_id = ?1",
        (account_id, until.as_second()),
    )?;
    Ok(())
}
