//! Partner accounts: enrollment, locations, vetting, and the Partner Center profiles.

use super::directory::{self, Caller};
use super::ids::new_id;
use super::link_token;
use super::outbox;
use super::permissions::Action;
use super::secrets;
use super::store::queries::{self, accounts::AccountRow};
use super::store::Tx;
use super::term;
use crate::api::*;
use crate::clock::{days, shown};
use crate::error::{ApiError, Code, Result};
use crate::validate;
use jiff::{SignedDuration, Timestamp};

pub const AGREEMENT_TYPE: &str = "MicrosoftPartnerNetworkAgreement";
pub const AGREEMENT_VERSION: &str = "2026-10";
/// Verification codes expire after 7 days; five wrong ones lock verification for an hour.
pub const CODE_LIFETIME_DAYS: i64 = 7;
pub const CODE_ATTEMPTS: i64 = 5;
pub const CODE_LOCKOUT: SignedDuration = SignedDuration::from_hours(1);
/// A code is sent again at most this often per account within the window.
pub const RESENDS_PER_WINDOW: i64 = 5;
pub const RESEND_WINDOW: SignedDuration = SignedDuration::from_hours(1);

/// The account an operation acts on, within the caller's tenant.
pub fn resolve(tx: &Tx, caller: &Caller, at: &AccountRef) -> Result<AccountRow> {
    match &at.mpn_id {
        None => queries::accounts::global(tx, &caller.tenant_id)?.ok_or_else(|| {
            ApiError::new(
                Code::AccountNotFound,
                "this tenant has no partner account yet",
            )
            .hint("enroll with `partnerctl account create -f PROFILE.yaml --accept-agreement`")
        }),
        Some(mpn) => queries::accounts::in_tenant_by_mpn_id(tx, &caller.tenant_id, mpn.trim())?
            .ok_or_else(|| {
                ApiError::new(
                    Code::AccountNotFound,
                    format!("no account with MPN ID {} in this tenant", mpn.trim()),
                )
                .hint("list locations with `partnerctl account locations list`")
            }),
    }
}

/// Takes the lock of the account (see `store`'s module comment on what it guards) and reads
/// the account again under it.
pub fn lock_account(tx: &Tx, id: &str) -> Result<AccountRow> {
    lock(tx, id)?;
    by_id(tx, id)
}

/// Takes the lock of the account, for a caller that reads it under the lock itself.
pub fn lock(tx: &Tx, id: &str) -> Result<()> {
    tx.lock("account", id)
}

/// The account a changing operation acts on, locked for the rest of the transaction.
pub fn resolve_to_change(tx: &Tx, caller: &Caller, at: &AccountRef) -> Result<AccountRow> {
    let row = resolve(tx, caller, at)?;
    lock_account(tx, &row.id)
}

pub fn by_id(tx: &Tx, id: &str) -> Result<AccountRow> {
    queries::accounts::by_id(tx, id)?
        .ok_or_else(|| ApiError::new(Code::AccountNotFound, "no such account"))
}

/// Refuse anything bought, upgraded or activated until vetting is Authorized (DOMAIN.md 2).
pub fn require_authorized(row: &AccountRow) -> Result<()> {
    match row.vetting_status {
        VettingStatus::Authorized => Ok(()),
        VettingStatus::Rejected => Err(ApiError::new(
            Code::NotAuthorized,
            format!(
                "account {} was rejected in vetting ({}): nothing can be bought, upgraded or activated",
                row.mpn_id,
                crate::words::state(&row.vetting_sub_status)
            ),
        )
        .hint("give a primary contact on one of the tenant's domains with `partnerctl account update -f PROFILE.yaml`, then verify the new code")),
        _ => Err(ApiError::new(
            Code::NotAuthorized,
            format!(
                "account {} is not authorized yet (vetting: {}): nothing can be bought, upgraded or activated",
                row.mpn_id,
                vetting_words(row)
            ),
        )
        .hint(format!(
            "the primary contact {} must confirm the code sent by mail: `partnerctl account verify --code CODE{}`",
            row.legal.primary_contact.email,
            term::mpn_flag(row)
        ))),
    }
}

/// A new random MPN ID: 7 digits, like Partner Center's.
fn new_mpn_id() -> String {
    crate::random::between(1_000_000, 9_999_999).to_string()
}

fn new_etag() -> String {
    format!("W/\"{}\"", new_id())
}

pub(crate) fn normalise(mut p: LegalProfileInput) -> LegalProfileInput {
    p.company_name = p.company_name.trim().to_string();
    p.address.country = p.address.country.trim().to_ascii_uppercase();
    p.address.postal_code = p.address.postal_code.trim().to_string();
    p.primary_contact.email = validate::normalise_email(&p.primary_contact.email);
    p
}

pub(super) fn validate_legal(p: &LegalProfileInput) -> Result<()> {
    let problems = validate::legal_profile(p);
    if problems.is_empty() {
        Ok(())
    } else {
        Err(ApiError::invalid(
            "the legal business profile is not valid",
            problems,
        ))
    }
}

pub(super) fn insert_account(
    tx: &Tx,
    tenant_id: &str,
    kind: AccountKind,
    parent: Option<&str>,
    legal: &LegalProfileInput,
    org: Option<&OrganizationProfileInput>,
    owner: Option<&str>,
) -> Result<AccountRow> {
    let id = new_id();
    let vetting = first_vetting(tx, tenant_id, legal)?;
    // MPN IDs are unique: one taken already is drawn again (the insert writes nothing then).
    loop {
        let new = queries::accounts::NewAccount {
            id: &id,
            tenant_id,
            mpn_id: &new_mpn_id(),
            kind,
            parent_id: parent,
            legal,
            legal_etag: &new_etag(),
            org,
            org_etag: &new_etag(),
            owner_user_id: owner,
            vetting,
        };
        if let Some(row) = queries::accounts::insert(tx, &new)? {
            return Ok(row);
        }
    }
}

pub fn locations(tx: &Tx, caller: &Caller) -> Result<Vec<Account>> {
    caller.require(Action::View)?;
    let rows = queries::accounts::locations(tx, &caller.tenant_id)?;
    rows.iter().map(|r| account(tx, r)).collect()
}

pub fn account(tx: &Tx, row: &AccountRow) -> Result<Account> {
    Ok(Account {
        id: row.id.clone(),
        mpn_id: row.mpn_id.clone(),
        kind: row.kind,
        tenant_id: row.tenant_id.clone(),
        company_name: row.legal.company_name.clone(),
        country: row.legal.address.country.clone(),
        vetting_status: row.vetting_status,
        vetting_sub_status: row.vetting_sub_status,
        legal_business_profile: legal_profile_of(tx, row)?,
        membership_status: term::status(tx, row)?,
        created_at: row.created_at,
    })
}

// ---------------------------------------------------------------------------------------------
// Vetting
// ---------------------------------------------------------------------------------------------

/// Mail a new verification code to the primary contact (see [`mail_code`]), and record that
/// vetting waits for it; a sandbox confirms it at once, as if the contact had followed the
/// mail.
pub(super) fn send_code(tx: &Tx, row: &AccountRow) -> Result<()> {
    mail_code(tx, row)?;
    if tx.sandbox {
        confirm(tx, row)
    } else {
        set_vetting(tx, row, AWAITING_CODE)
    }
}

/// [`send_code`] for a new account, which was recorded with its first vetting
/// ([`first_vetting`]): only the mail.
pub(super) fn send_first_code(tx: &Tx, row: &AccountRow) -> Result<()> {
    mail_code(tx, row)
}

/// Mails a new verification code to the primary contact, with a link to `serve`'s
/// confirmation page when it has one (see `confirm_link`); outside a sandbox the code is kept
/// for the contact to confirm.
fn mail_code(tx: &Tx, row: &AccountRow) -> Result<()> {
    let code = secrets::verification_code();
    let link = link_token::new_link();
    let email = row.legal.primary_contact.email.clone();
    let expires = tx.now + days(CODE_LIFETIME_DAYS);
    // A sandbox confirms the code as it is sent: it is never kept.
    if !tx.sandbox {
        let salt = secrets::random_salt();
        queries::accounts::save_code(
            tx,
            &queries::accounts::NewCode {
                account_id: &row.id,
                code_hash: &code_hash(&salt, &code),
                salt: &salt,
                email: &email,
                expires_at: expires,
                link_hash: &link_token::hash(&link),
            },
        )?;
    }
    let contact = &row.legal.primary_contact;
    // A sandbox's mail carries no link: nothing is left to confirm, and no page accepts it.
    let url = tx
        .public_url
        .as_ref()
        .filter(|_| !tx.sandbox)
        .map(|base| link_token::url(base, &link));
    let mail = crate::mail::verification(&crate::mail::Verification {
        language: language_of(row),
        first_name: &contact.first_name,
        last_name: &contact.last_name,
        country: &row.legal.address.country,
        company: &row.legal.company_name,
        mpn_id: &row.mpn_id,
        code: &code,
        command: &format!(
            "partnerctl account verify --code {code}{}",
            term::mpn_flag(row)
        ),
        expires: &shown(&expires),
        link: url.as_deref(),
    });
    outbox::queue(tx, &row.tenant_id, Some(&row.id), &email, &mail)
}

/// The language the account's contact is written to in: its organization's.
pub(super) fn language_of(row: &AccountRow) -> crate::mail::Language {
    let org = row.org.as_ref();
    crate::mail::Language::of_organization(
        &row.legal.address.country,
        org.and_then(|o| o.language.as_deref()),
        org.and_then(|o| o.culture.as_deref()),
    )
}

fn code_hash(salt: &str, code: &str) -> String {
    secrets::sha256_hex(&["verification-code", salt, code])
}

/// Where a code sent to the primary contact leaves vetting: waiting for them to confirm it.
const AWAITING_CODE: (VettingStatus, VettingSubStatus) =
    (VettingStatus::Pending, VettingSubStatus::EmailOwnership);

/// Where a new account's vetting starts: waiting for the primary contact's email, or in a
/// sandbox (which confirms codes as it sends them) where confirming it leads. Recorded with
/// the account, so that sending its first code changes nothing more.
fn first_vetting(
    tx: &Tx,
    tenant_id: &str,
    legal: &LegalProfileInput,
) -> Result<(VettingStatus, VettingSubStatus)> {
    if tx.sandbox {
        confirmed(tx, tenant_id, &legal.primary_contact.email)
    } else {
        Ok(AWAITING_CODE)
    }
}

/// Where confirming a code sent to `email` leads: its domain decides between Authorized and
/// Rejected.
fn confirmed(tx: &Tx, tenant_id: &str, email: &str) -> Result<(VettingStatus, VettingSubStatus)> {
    let domain = validate::email_domain(email);
    Ok(if directory::tenant_owns_domain(tx, tenant_id, &domain)? {
        (VettingStatus::Authorized, VettingSubStatus::None)
    } else {
        (VettingStatus::Rejected, VettingSubStatus::EmailDomain)
    })
}

/// Records where `row`'s vetting stands now, unless it stands there already.
fn set_vetting(tx: &Tx, row: &AccountRow, to: (VettingStatus, VettingSubStatus)) -> Result<()> {
    if (row.vetting_status, row.vetting_sub_status) == to {
        return Ok(());
    }
    queries::accounts::set_vetting(tx, &row.id, to.0, to.1)
}

/// The code was confirmed.
fn confirm(tx: &Tx, row: &AccountRow) -> Result<()> {
    let to = confirmed(tx, &row.tenant_id, &row.legal.primary_contact.email)?;
    set_vetting(tx, row, to)
}

pub(super) fn vetting(tx: &Tx, row: &AccountRow) -> Result<Vetting> {
    vetting_of(tx, &by_id(tx, &row.id)?)
}

/// [`vetting`] of a row read after the last change to it.
pub(super) fn vetting_of(tx: &Tx, row: &AccountRow) -> Result<Vetting> {
    // A sandbox never keeps a code (see `mail_code`): there is none to look for.
    let code = match tx.sandbox {
        true => None,
        false => queries::accounts::code_sent(tx, &row.id)?,
    };
    Ok(Vetting {
        account_id: row.id.clone(),
        mpn_id: row.mpn_id.clone(),
        vetting_status: row.vetting_status,
        vetting_sub_status: row.vetting_sub_status,
        code_sent_to: code.as_ref().map(|c| c.email.clone()),
        code_expires_at: code.map(|c| c.expires_at),
        note: None,
    })
}

fn require_pending(row: &AccountRow) -> Result<()> {
    if row.vetting_status == VettingStatus::Pending
        && row.vetting_sub_status == VettingSubStatus::EmailOwnership
    {
        return Ok(());
    }
    let err = ApiError::new(
        Code::AlreadyVerified,
        format!(
            "account {} has no code waiting: vetting is {}",
            row.mpn_id,
            vetting_words(row)
        ),
    );
    Err(match row.vetting_status {
        VettingStatus::Rejected => err.hint(format!(
            "give a primary contact on one of the tenant's domains with `partnerctl account update -f PROFILE.yaml{}`: a new code is sent to them",
            term::mpn_flag(row)
        )),
        _ => err,
    })
}

/// Where vetting stands, as tables show it: `pending (email ownership)`.
fn vetting_words(row: &AccountRow) -> String {
    crate::words::vetting(row.vetting_status, row.vetting_sub_status)
}

/// `n attempts`, `1 attempt`.
fn attempts(n: i64) -> String {
    match n {
        1 => "1 attempt".to_string(),
        n => format!("{n} attempts"),
    }
}

pub fn verify(tx: &Tx, caller: &Caller, at: &AccountRef, code: &str) -> Result<Vetting> {
    caller.require(Action::View)?;
    let row = resolve_to_change(tx, caller, at)?;
    if row.vetting_status == VettingStatus::Authorized {
        // Verifying an authorized account again is nothing to do, not an error; the code
        // given is not looked at.
        return Ok(Vetting {
            note: Some(format!(
                "account {} is already authorized: nothing to do",
                row.mpn_id
            )),
            ..vetting(tx, &row)?
        });
    }
    let stored = outstanding(tx, &row)?;
    if tx.dry_run {
        // A dry run does not check the code at all. It writes nothing, so it cannot count the
        // attempt; and a dry run that said whether the code is right would be a guess the
        // lockout never sees (an oracle). What it answers needs no code: the account waits
        // for one, verification is not locked, the code has not expired.
        return Ok(Vetting {
            note: Some(
                "dry run: the code was not checked (a dry run never says whether a code is right); \
                 without --dry-run the right code completes vetting, and a wrong one counts towards the lockout"
                    .into(),
            ),
            ..vetting(tx, &row)?
        });
    }
    if code_hash(&stored.salt, code.trim()) != stored.code_hash {
        // A wrong code counts even though the call fails, across resends of the code: five
        // within the hour of the latest lock verification. Older ones are forgotten.
        tx.keep_on_error();
        let recent = stored
            .last_failed_at
            .is_some_and(|t| t > tx.now - CODE_LOCKOUT);
        let failures = if recent {
            stored.failed_attempts + 1
        } else {
            1
        };
        if failures >= CODE_ATTEMPTS {
            let until = tx.now + CODE_LOCKOUT;
            queries::accounts::lock_code(tx, &row.id, until)?;
            return Err(locked(until));
        }
        queries::accounts::record_failed_code(tx, &row.id, failures)?;
        return Err(ApiError::new(
            Code::WrongVerificationCode,
            format!(
                "wrong verification code; {} left before verification locks for an hour",
                attempts(CODE_ATTEMPTS - failures)
            ),
        )
        .hint("the code is in the mail to the primary contact (`partnerctl outbox list`)"));
    }
    complete(tx, &row)
}

/// The outstanding code of an account that waits for one, when it may still be confirmed:
/// verification is not locked and the code has not expired. A code and a confirmation link
/// go through the same checks.
fn outstanding(tx: &Tx, row: &AccountRow) -> Result<queries::accounts::CodeRow> {
    require_pending(row)?;
    let stored = queries::accounts::code(tx, &row.id)?.ok_or_else(|| {
        ApiError::new(Code::CodeExpired, "no verification code is outstanding").hint(format!(
            "send a new one: `partnerctl account verify --resend{}`",
            term::mpn_flag(row)
        ))
    })?;
    if let Some(until) = stored.locked_until.filter(|u| *u > tx.now) {
        return Err(locked(until));
    }
    if stored.expires_at <= tx.now {
        return Err(ApiError::new(
            Code::CodeExpired,
            format!(
                "the verification code expired at {}",
                shown(&stored.expires_at)
            ),
        )
        .hint(format!(
            "send a new one: `partnerctl account verify --resend{}`",
            term::mpn_flag(row)
        )));
    }
    Ok(stored)
}

/// The contact proved their address: the code (and its link) is used up, and the email
/// domain decides the vetting.
fn complete(tx: &Tx, row: &AccountRow) -> Result<Vetting> {
    queries::accounts::delete_code(tx, &row.id)?;
    confirm(tx, row)?;
    vetting(tx, row)
}

/// Confirms the code of the account whose confirmation link hashes to `link_hash` (the
/// confirmation page's Confirm button), by the rules of [`verify`]: the account locked, the
/// code outstanding, not locked, not expired, and the link the current one.
pub(super) fn verify_link(tx: &Tx, link_hash: &str) -> Result<(AccountRow, Vetting)> {
    let id =
        queries::accounts::account_of_link(tx, link_hash)?.ok_or_else(link_token::not_valid)?;
    let row = lock_account(tx, &id)?;
    let stored = outstanding(tx, &row)?;
    if stored.link_hash.as_deref() != Some(link_hash) {
        // Replaced by a newer code between the look-up and the lock.
        return Err(link_token::not_valid());
    }
    let vetting = complete(tx, &row)?;
    Ok((by_id(tx, &row.id)?, vetting))
}

fn locked(until: Timestamp) -> ApiError {
    ApiError::new(
        Code::VerificationLocked,
        format!(
            "verification is locked after {CODE_ATTEMPTS} wrong codes, until {}",
            shown(&until)
        ),
    )
    .hint("wait until then, and check the code in the mail to the primary contact")
}

pub fn resend_code(tx: &Tx, caller: &Caller, at: &AccountRef) -> Result<Vetting> {
    caller.require(Action::View)?;
    let row = resolve_to_change(tx, caller, at)?;
    require_pending(&row)?;
    if let Some(until) = queries::accounts::code_locked_until(tx, &row.id)?.filter(|u| *u > tx.now)
    {
        return Err(locked(until));
    }
    // Resends are limited per account: a new code does not give new guesses (wrong codes
    // count across resends), and mail is not sent without end.
    let resends = queries::accounts::resends(tx, &row.id)?;
    let (count, since) = match resends {
        Some(queries::accounts::Resends {
            count,
            since: Some(since),
        }) if since + RESEND_WINDOW > tx.now => (count, since),
        _ => (0, tx.now),
    };
    if count >= RESENDS_PER_WINDOW {
        let opens = since + RESEND_WINDOW;
        return Err(ApiError::new(
            Code::ResendLimitReached,
            format!(
                "the verification code of account {} was sent again {count} times within the hour: \
                 the next can be sent at {}",
                row.mpn_id,
                shown(&opens)
            ),
        )
        .hint(format!(
            "the latest code is in the mail to the primary contact (`partnerctl outbox list`); \
             it is valid until it expires, or ask again after {}",
            shown(&opens)
        )));
    }
    send_code(tx, &row)?;
    queries::accounts::record_resends(tx, &row.id, count + 1, since)?;
    vetting(tx, &row)
}

// ---------------------------------------------------------------------------------------------
// Profiles
// ---------------------------------------------------------------------------------------------

fn attributes(etag: &str, object_type: &str) -> Attributes {
    Attributes {
        etag: Some(etag.to_string()),
        object_type: object_type.to_string(),
    }
}

fn legal_profile_of(tx: &Tx, row: &AccountRow) -> Result<LegalBusinessProfile> {
    // The agreement is accepted for the partner account (the global one) when it is created:
    // a location has none to read.
    let agreement = match row.kind {
        AccountKind::Global => queries::accounts::latest_agreement(tx, &row.id)?,
        AccountKind::Location => None,
    };
    Ok(LegalBusinessProfile {
        company_name: row.legal.company_name.clone(),
        address: row.legal.address.clone(),
        primary_contact: row.legal.primary_contact.clone(),
        company_approver_address: agreement.as_ref().map(|_| row.legal.address.clone()),
        company_approver_email: agreement.map(|a| a.signer_email),
        vetting_status: row.vetting_status,
        vetting_sub_status: row.vetting_sub_status,
        profile_type: "LegalBusinessProfile".into(),
        attributes: attributes(&row.legal_etag, "LegalBusinessProfile"),
    })
}

pub fn legal_profile(tx: &Tx, caller: &Caller, at: &AccountRef) -> Result<LegalBusinessProfile> {
    caller.require(Action::View)?;
    legal_profile_of(tx, &resolve(tx, caller, at)?)
}

fn check_etag(current: &str, if_match: Option<&str>) -> Result<()> {
    match if_match {
        Some(tag) if tag.trim() != "*" && tag.trim() != current => Err(ApiError::new(
            Code::StaleEtag,
            "the profile changed since you read it (stale etag)",
        )
        .hint("read it again and reapply your change")),
        _ => Ok(()),
    }
}

pub fn update_legal_profile(
    tx: &Tx,
    caller: &Caller,
    at: &AccountRef,
    req: LegalProfileInput,
    if_match: Option<&str>,
) -> Result<LegalBusinessProfile> {
    caller.require(Action::UpdateProfile)?;
    let row = resolve_to_change(tx, caller, at)?;
    check_etag(&row.legal_etag, if_match)?;
    let legal = normalise(req);
    validate_legal(&legal)?;
    term::require_writable(tx, &row)?;
    let contact_changed = !legal
        .primary_contact
        .email
        .eq_ignore_ascii_case(&row.legal.primary_contact.email);
    queries::accounts::update_legal(tx, &row.id, &legal, &new_etag())?;
    // A new primary contact must prove their address again.
    if contact_changed {
        send_code(tx, &by_id(tx, &row.id)?)?;
    }
    legal_profile_of(tx, &by_id(tx, &row.id)?)
}

fn organization_profile_of(tx: &Tx, row: &AccountRow) -> Result<OrganizationProfile> {
    let tenant = directory::tenant(tx, &row.tenant_id)?;
    let org = row.org.clone().unwrap_or_default();
    Ok(OrganizationProfile {
        id: row.id.clone(),
        company_name: org
            .company_name
            .unwrap_or_else(|| row.legal.company_name.clone()),
        default_address: org
            .default_address
            .unwrap_or_else(|| row.legal.address.clone()),
        tenant_id: row.tenant_id.clone(),
        domain: tenant.default_domain,
        email: org
            .email
            .unwrap_or_else(|| row.legal.primary_contact.email.clone()),
        language: org.language.unwrap_or_else(|| "en".into()),
        culture: org.culture.unwrap_or_else(|| "en-US".into()),
        profile_type: "OrganizationProfile".into(),
        attributes: attributes(&row.org_etag, "OrganizationProfile"),
    })
}

pub fn organization_profile(tx: &Tx, caller: &Caller) -> Result<OrganizationProfile> {
    caller.require(Action::View)?;
    organization_profile_of(tx, &resolve(tx, caller, &AccountRef::global())?)
}

pub fn update_organization_profile(
    tx: &Tx,
    caller: &Caller,
    req: OrganizationProfileInput,
    if_match: Option<&str>,
) -> Result<OrganizationProfile> {
    caller.require(Action::UpdateProfile)?;
    let row = resolve_to_change(tx, caller, &AccountRef::global())?;
    check_etag(&row.org_etag, if_match)?;
    let problems = validate::organization_profile(&req, "");
    if !problems.is_empty() {
        return Err(ApiError::invalid(
            "the organization profile is not valid",
            problems,
        ));
    }
    term::require_writable(tx, &row)?;
    queries::accounts::update_org(tx, &row.id, &req, &new_etag())?;
    organization_profile_of(tx, &by_id(tx, &row.id)?)
}

/// The MPN profile of the caller's account, or of any partner by MPN ID (Partner Center
/// answers that look-up for any MPN ID: it is how partners check each other's ids).
pub fn mpn_profile(tx: &Tx, caller: &Caller, mpn_id: Option<&str>) -> Result<MpnProfile> {
    caller.require(Action::View)?;
    let row = match mpn_id {
        None => resolve(tx, caller, &AccountRef::global())?,
        Some(id) => queries::accounts::by_mpn_id(tx, id.trim())?.ok_or_else(|| {
            ApiError::new(
                Code::AccountNotFound,
                format!("no partner with MPN ID {}", id.trim()),
            )
        })?,
    };
    Ok(MpnProfile {
        partner_name: row.legal.company_name.clone(),
        mpn_id: row.mpn_id.clone(),
        profile_type: "MpnProfile".into(),
        attributes: Attributes {
            etag: None,
            object_type: "MpnProfile".into(),
        },
    })
}
