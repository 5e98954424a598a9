//! Partner accounts: enrollment, locations, vetting, the Partner Center profiles, and the
//! outbox of mails the backend sends.

use super::directory::{self, Caller};
use super::ids::new_id;
use super::membership;
use super::permissions::Action;
use super::secrets;
use super::store::{enum_str, parse_enum, parse_json, ts, Tx};
use crate::api::*;
use crate::clock::days;
use crate::error::{ApiError, Code, Result};
use crate::validate;
use jiff::SignedDuration;
use rand::Rng;

pub const AGREEMENT_TYPE: &str = "MicrosoftPartnerNetworkAgreement";
pub const AGREEMENT_VERSION: &str = "2026-10";
/// Verification codes expire after 7 days; five wrong ones lock verification for an hour.
pub const CODE_LIFETIME_DAYS: i64 = 7;
pub const CODE_ATTEMPTS: i64 = 5;
pub const CODE_LOCKOUT: SignedDuration = SignedDuration::from_hours(1);

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
    pub created_at: i64,
}

const ACCOUNT_COLUMNS: &str =
    "id, tenant_id, mpn_id, kind, legal_json, legal_etag, org_json, org_etag, \
     vetting_status, vetting_sub_status, created_at";

fn account_row(r: &super::store::Row) -> super::store::StoreResult<AccountRow> {
    Ok(AccountRow {
        id: r.get(0)?,
        tenant_id: r.get(1)?,
        mpn_id: r.get(2)?,
        kind: parse_enum(&r.get::<_, String>(3)?)?,
        legal: parse_json(&r.get::<_, String>(4)?)?,
        legal_etag: r.get(5)?,
        org: r
            .get::<_, Option<String>>(6)?
            .map(|j| parse_json(&j))
            .transpose()?,
        org_etag: r.get(7)?,
        vetting_status: parse_enum(&r.get::<_, String>(8)?)?,
        vetting_sub_status: parse_enum(&r.get::<_, String>(9)?)?,
        created_at: r.get(10)?,
    })
}

fn global_account_row(tx: &Tx, tenant_id: &str) -> Result<Option<AccountRow>> {
    tx.one(
        &format!("SELECT {ACCOUNT_COLUMNS} FROM accounts WHERE tenant_id = ?1 AND kind = 'global'"),
        [tenant_id],
        account_row,
    )
}

/// The account an operation acts on, within the caller's tenant.
pub fn resolve(tx: &Tx, caller: &Caller, at: &AccountRef) -> Result<AccountRow> {
    match &at.mpn_id {
        None => global_account_row(tx, &caller.tenant_id)?.ok_or_else(|| {
            ApiError::new(
                Code::AccountNotFound,
                "this tenant has no partner account yet",
            )
            .hint("enroll with `partnerctl account create -f PROFILE.yaml --accept-agreement`")
        }),
        Some(mpn) => tx
            .one(
                &format!(
                    "SELECT {ACCOUNT_COLUMNS} FROM accounts WHERE tenant_id = ?1 AND mpn_id = ?2"
                ),
                (&caller.tenant_id, mpn.trim()),
                account_row,
            )?
            .ok_or_else(|| {
                ApiError::new(
                    Code::AccountNotFound,
                    format!("no account with MPN ID {} in this tenant", mpn.trim()),
                )
                .hint("list locations with `partnerctl account locations list`")
            }),
    }
}

pub fn by_id(tx: &Tx, id: &str) -> Result<AccountRow> {
    tx.one(
        &format!("SELECT {ACCOUNT_COLUMNS} FROM accounts WHERE id = ?1"),
        [id],
        account_row,
    )?
    .ok_or_else(|| ApiError::new(Code::AccountNotFound, "no such account"))
}

/// Refuse anything bought, upgraded or activated until vetting is Authorized (DOMAIN.md 2).
pub fn require_authorized(row: &AccountRow) -> Result<()> {
    match row.vetting_status {
        VettingStatus::Authorized => Ok(()),
        VettingStatus::Rejected => Err(ApiError::new(
            Code::NotAuthorized,
            format!(
                "account {} was rejected in vetting ({:?}): nothing can be bought, upgraded or activated",
                row.mpn_id, row.vetting_sub_status
            ),
        )
        .hint("give a primary contact on one of the tenant's domains with `partnerctl account update -f PROFILE.yaml`, then verify the new code")),
        _ => Err(ApiError::new(
            Code::NotAuthorized,
            format!(
                "account {} is not authorized yet (vetting {:?}, {:?}): nothing can be bought, upgraded or activated",
                row.mpn_id, row.vetting_status, row.vetting_sub_status
            ),
        )
        .hint(format!(
            "the primary contact {} must confirm the code sent by mail: `partnerctl account verify --code CODE{}`",
            row.legal.primary_contact.email,
            mpn_flag(row)
        ))),
    }
}

/// ` --mpn-id N` for a location, for hints.
pub fn mpn_flag(row: &AccountRow) -> String {
    match row.kind {
        AccountKind::Global => String::new(),
        AccountKind::Location => format!(" --mpn-id {}", row.mpn_id),
    }
}

fn new_mpn_id(tx: &Tx) -> Result<String> {
    let mut rng = rand::thread_rng();
    loop {
        let id = rng.gen_range(1_000_000..=9_999_999).to_string();
        if tx
            .one(
                "SELECT 1 FROM accounts WHERE mpn_id = ?1",
                [&id],
                |_| Ok(()),
            )?
            .is_none()
        {
            return Ok(id);
        }
    }
}

fn new_etag() -> String {
    format!("W/\"{}\"", new_id())
}

pub(crate) fn normalise(mut p: LegalProfileInput) -> LegalProfileInput {
    p.company_name = p.company_name.trim().to_string();
    p.address.country = p.address.country.trim().to_ascii_uppercase();
    p.address.postal_code = p.address.postal_code.trim().to_string();
    p.primary_contact.email = p.primary_contact.email.trim().to_string();
    p
}

fn validate_legal(p: &LegalProfileInput) -> Result<()> {
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

fn insert_account(
    tx: &Tx,
    tenant_id: &str,
    kind: AccountKind,
    parent: Option<&str>,
    legal: &LegalProfileInput,
    org: Option<&OrganizationProfileInput>,
    owner: Option<&str>,
) -> Result<AccountRow> {
    let id = new_id();
    let mpn = new_mpn_id(tx)?;
    tx.exec(
        "INSERT INTO accounts (id, tenant_id, mpn_id, kind, parent_id, company_name, country, legal_json,
             legal_etag, org_json, org_etag, vetting_status, vetting_sub_status, owner_user_id, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 'Pending', 'EmailOwnership', ?12, ?13)",
        crate::store_params![
            &id,
            tenant_id,
            &mpn,
            enum_str(&kind),
            parent,
            &legal.company_name,
            &legal.address.country,
            serde_json::to_string(legal)?,
            new_etag(),
            org.map(serde_json::to_string).transpose()?,
            new_etag(),
            owner,
            tx.now_s(),
        ],
    )?;
    by_id(tx, &id)
}

// ---------------------------------------------------------------------------------------------
// Enrollment
// ---------------------------------------------------------------------------------------------

pub fn create_account(tx: &Tx, caller: &Caller, req: CreateAccount) -> Result<AccountCreated> {
    caller.require(Action::Enroll)?;
    let legal = normalise(req.legal_business_profile);
    // Every field checked before anything is written; every failing field reported.
    let mut problems: Vec<_> = validate::legal_profile(&legal)
        .into_iter()
        .map(|mut f| {
            f.field = format!("legalBusinessProfile.{}", f.field);
            f
        })
        .collect();
    if let Some(signer) = &req.agreement.signer {
        problems.extend(validate::contact(signer, "agreement.signer", false));
    }
    if let Some(org) = &req.organization_profile {
        problems.extend(validate::organization_profile(org, "organizationProfile"));
    }
    if !problems.is_empty() {
        return Err(ApiError::invalid("the enrollment is not valid", problems));
    }
    if !req.agreement.accepted {
        return Err(ApiError::new(
            Code::AgreementNotAccepted,
            "the Microsoft Partner Network agreement must be accepted explicitly",
        )
        .hint("pass --accept-agreement, or set `agreement.accepted: true` in the profile"));
    }
    if let Some(existing) = global_account_row(tx, &caller.tenant_id)? {
        return Err(ApiError::new(
            Code::AccountExists,
            format!(
                "this tenant already has a partner account (MPN ID {})",
                existing.mpn_id
            ),
        )
        .hint("one partner account per tenant: see it with `partnerctl account show`; add subsidiaries with `partnerctl account locations add`"));
    }
    let signer = match &req.agreement.signer {
        Some(s) => directory::find_user(tx, &caller.tenant_id, &s.email).map_err(|_| {
            ApiError::new(
                Code::InvalidInput,
                format!(
                    "the agreement signer {} is not a user of this tenant",
                    s.email.trim()
                ),
            )
            .hint("the signer must be a user of the tenant: add them with `partnerctl users add`, or leave the signer out to sign as yourself")
        })?,
        None => directory::user(tx, &caller.user_id)?,
    };
    let row = insert_account(
        tx,
        &caller.tenant_id,
        AccountKind::Global,
        None,
        &legal,
        req.organization_profile.as_ref(),
        Some(&caller.user_id),
    )?;
    tx.exec(
        "INSERT INTO agreements (id, account_id, agreement_type, version, signer_user_id, signer_name, signer_email, accepted_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        (
            new_id(),
            &row.id,
            AGREEMENT_TYPE,
            AGREEMENT_VERSION,
            &signer.id,
            &signer.display_name,
            &signer.email,
            tx.now_s(),
        ),
    )?;
    // The enrolling user joins the Admin agents, needed to finish setup.
    directory::grant_internal(tx, &caller.user_id, RoleName::AdminAgent)?;
    membership::start(tx, &row, &caller.upn)?;
    send_code(tx, &row)?;
    let row = by_id(tx, &row.id)?;
    Ok(AccountCreated {
        account: account(tx, &row)?,
        agreement: agreement(tx, &row.id)?.ok_or_else(|| ApiError::internal("agreement"))?,
        owner: caller.upn.clone(),
        membership: membership::membership(tx, &row)?,
    })
}

fn agreement(tx: &Tx, account_id: &str) -> Result<Option<AgreementRecord>> {
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

pub fn add_location(tx: &Tx, caller: &Caller, req: LegalProfileInput) -> Result<Account> {
    caller.require(Action::AddLocation)?;
    let legal = normalise(req);
    validate_legal(&legal)?;
    let global = resolve(tx, caller, &AccountRef::global())?;
    require_authorized(&global)?;
    membership::require_writable(tx, &global)?;
    let row = insert_account(
        tx,
        &caller.tenant_id,
        AccountKind::Location,
        Some(&global.id),
        &legal,
        None,
        None,
    )?;
    membership::start(tx, &row, &caller.upn)?;
    send_code(tx, &row)?;
    account(tx, &by_id(tx, &row.id)?)
}

pub fn locations(tx: &Tx, caller: &Caller) -> Result<Vec<Account>> {
    caller.require(Action::View)?;
    let rows = tx.all(
        &format!(
            "SELECT {ACCOUNT_COLUMNS} FROM accounts WHERE tenant_id = ?1 AND kind = 'location'
             ORDER BY created_at, mpn_id"
        ),
        [&caller.tenant_id],
        account_row,
    )?;
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
        membership_status: membership::status(tx, row)?,
        created_at: ts(row.created_at)?,
    })
}

// ---------------------------------------------------------------------------------------------
// Vetting
// ---------------------------------------------------------------------------------------------

/// Mail a new verification code to the primary contact. A sandbox confirms it at once, as if
/// the contact had followed the mail.
fn send_code(tx: &Tx, row: &AccountRow) -> Result<()> {
    let code = secrets::verification_code();
    let salt = secrets::random_salt();
    let email = row.legal.primary_contact.email.clone();
    let expires = tx.now + days(CODE_LIFETIME_DAYS);
    tx.exec(
        "INSERT INTO verification_codes (account_id, code_hash, salt, email, sent_at, expires_at, failed_attempts, locked_until)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, NULL)
         ON CONFLICT (account_id) DO UPDATE SET code_hash = ?2, salt = ?3, email = ?4, sent_at = ?5,
             expires_at = ?6, failed_attempts = 0",
        (&row.id, code_hash(&salt, &code), &salt, &email, tx.now_s(), expires.as_second()),
    )?;
    tx.exec(
        "UPDATE accounts SET vetting_status = 'Pending', vetting_sub_status = 'EmailOwnership' WHERE id = ?1",
        [&row.id],
    )?;
    let contact = &row.legal.primary_contact;
    let body = format!(
        "Hello {first} {last},\n\n{company} (MPN ID {mpn}) named you as its primary contact in Partner Center.\n\
         Confirm that this is your work address with the code {code}\n\
         (`partnerctl account verify --code {code}{flag}`). The code expires on {expires}.\n",
        first = contact.first_name,
        last = contact.last_name,
        company = row.legal.company_name,
        mpn = row.mpn_id,
        flag = mpn_flag(row),
        expires = crate::clock::date(expires),
    );
    send_mail(
        tx,
        &row.tenant_id,
        Some(&row.id),
        &email,
        &format!("Verify your email address for {}", row.legal.company_name),
        &body,
    )?;
    if tx.sandbox {
        tx.exec(
            "DELETE FROM verification_codes WHERE account_id = ?1",
            [&row.id],
        )?;
        confirm(tx, &by_id(tx, &row.id)?)?;
    }
    Ok(())
}

fn code_hash(salt: &str, code: &str) -> String {
    secrets::sha256_hex(&["verification-code", salt, code])
}

/// The code was confirmed: the email domain decides between Authorized and Rejected.
fn confirm(tx: &Tx, row: &AccountRow) -> Result<()> {
    let domain = row
        .legal
        .primary_contact
        .email
        .rsplit('@')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    let (status, sub) = if directory::tenant_owns_domain(tx, &row.tenant_id, &domain)? {
        (VettingStatus::Authorized, VettingSubStatus::None)
    } else {
        (VettingStatus::Rejected, VettingSubStatus::EmailDomain)
    };
    tx.exec(
        "UPDATE accounts SET vetting_status = ?2, vetting_sub_status = ?3 WHERE id = ?1",
        (&row.id, enum_str(&status), enum_str(&sub)),
    )?;
    Ok(())
}

pub(super) fn vetting(tx: &Tx, row: &AccountRow) -> Result<Vetting> {
    let row = by_id(tx, &row.id)?;
    let code = tx.one(
        "SELECT email, expires_at FROM verification_codes WHERE account_id = ?1",
        [&row.id],
        |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)),
    )?;
    Ok(Vetting {
        account_id: row.id.clone(),
        mpn_id: row.mpn_id.clone(),
        vetting_status: row.vetting_status,
        vetting_sub_status: row.vetting_sub_status,
        code_sent_to: code.as_ref().map(|c| c.0.clone()),
        code_expires_at: code.map(|c| ts(c.1)).transpose()?,
    })
}

fn require_pending(row: &AccountRow) -> Result<()> {
    if row.vetting_status == VettingStatus::Pending
        && row.vetting_sub_status == VettingSubStatus::EmailOwnership
    {
        return Ok(());
    }
    Err(ApiError::new(
        Code::AlreadyVerified,
        format!(
            "account {} has no code waiting: vetting is {:?} ({:?})",
            row.mpn_id, row.vetting_status, row.vetting_sub_status
        ),
    ))
}

pub fn verify(tx: &Tx, caller: &Caller, at: &AccountRef, code: &str) -> Result<Vetting> {
    caller.require(Action::View)?;
    let row = resolve(tx, caller, at)?;
    require_pending(&row)?;
    let (hash, salt, expires, failures, locked_until) = tx
        .one(
            "SELECT code_hash, salt, expires_at, failed_attempts, locked_until FROM verification_codes
             WHERE account_id = ?1",
            [&row.id],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, i64>(2)?,
                    r.get::<_, i64>(3)?,
                    r.get::<_, Option<i64>>(4)?,
                ))
            },
        )?
        .ok_or_else(|| {
            ApiError::new(Code::CodeExpired, "no verification code is outstanding")
                .hint(format!("send a new one: `partnerctl account verify --resend{}`", mpn_flag(&row)))
        })?;
    if let Some(until) = locked_until.filter(|u| *u > tx.now_s()) {
        return Err(locked(until));
    }
    if expires <= tx.now_s() {
        return Err(ApiError::new(
            Code::CodeExpired,
            format!("the verification code expired on {}", ts(expires)?),
        )
        .hint(format!(
            "send a new one: `partnerctl account verify --resend{}`",
            mpn_flag(&row)
        )));
    }
    if code_hash(&salt, code.trim()) != hash {
        // A wrong code counts even though the call fails.
        tx.keep_on_error();
        let failures = failures + 1;
        if failures >= CODE_ATTEMPTS {
            let until = (tx.now + CODE_LOCKOUT).as_second();
            tx.exec(
                "UPDATE verification_codes SET failed_attempts = 0, locked_until = ?2 WHERE account_id = ?1",
                (&row.id, until),
            )?;
            return Err(locked(until));
        }
        tx.exec(
            "UPDATE verification_codes SET failed_attempts = ?2 WHERE account_id = ?1",
            (&row.id, failures),
        )?;
        return Err(ApiError::new(
            Code::WrongVerificationCode,
            format!(
                "wrong verification code; {} attempt(s) left before verification locks for an hour",
                CODE_ATTEMPTS - failures
            ),
        )
        .hint("the code is in the mail to the primary contact (`partnerctl outbox list`)"));
    }
    tx.exec(
        "DELETE FROM verification_codes WHERE account_id = ?1",
        [&row.id],
    )?;
    confirm(tx, &row)?;
    vetting(tx, &row)
}

fn locked(until: i64) -> ApiError {
    let until = match ts(until) {
        Ok(t) => t,
        Err(e) => return e.into(),
    };
    ApiError::new(
        Code::VerificationLocked,
        format!(
            "verification is locked after {CODE_ATTEMPTS} wrong codes, until {}",
            until
        ),
    )
    .hint("wait until then, and check the code in the mail to the primary contact")
}

pub fn resend_code(tx: &Tx, caller: &Caller, at: &AccountRef) -> Result<Vetting> {
    caller.require(Action::View)?;
    let row = resolve(tx, caller, at)?;
    require_pending(&row)?;
    if let Some(until) = tx
        .one(
            "SELECT locked_until FROM verification_codes WHERE account_id = ?1",
            [&row.id],
            |r| r.get::<_, Option<i64>>(0),
        )?
        .flatten()
        .filter(|u| *u > tx.now_s())
    {
        return Err(locked(until));
    }
    send_code(tx, &row)?;
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
    let agreement = agreement(tx, &row.id)?;
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
    let row = resolve(tx, caller, at)?;
    check_etag(&row.legal_etag, if_match)?;
    let legal = normalise(req);
    validate_legal(&legal)?;
    membership::require_writable(tx, &row)?;
    let contact_changed = !legal
        .primary_contact
        .email
        .eq_ignore_ascii_case(&row.legal.primary_contact.email);
    tx.exec(
        "UPDATE accounts SET legal_json = ?2, legal_etag = ?3, company_name = ?4, country = ?5 WHERE id = ?1",
        (
            &row.id,
            serde_json::to_string(&legal)?,
            new_etag(),
            &legal.company_name,
            &legal.address.country,
        ),
    )?;
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
    let row = resolve(tx, caller, &AccountRef::global())?;
    check_etag(&row.org_etag, if_match)?;
    let problems = validate::organization_profile(&req, "");
    if !problems.is_empty() {
        return Err(ApiError::invalid(
            "the organization profile is not valid",
            problems,
        ));
    }
    membership::require_writable(tx, &row)?;
    tx.exec(
        "UPDATE accounts SET org_json = ?2, org_etag = ?3 WHERE id = ?1",
        (&row.id, serde_json::to_string(&req)?, new_etag()),
    )?;
    organization_profile_of(tx, &by_id(tx, &row.id)?)
}

/// The MPN profile of the caller's account, or of any partner by MPN ID (Partner Center
/// answers that look-up for any MPN ID: it is how partners check each other's ids).
pub fn mpn_profile(tx: &Tx, caller: &Caller, mpn_id: Option<&str>) -> Result<MpnProfile> {
    caller.require(Action::View)?;
    let row = match mpn_id {
        None => resolve(tx, caller, &AccountRef::global())?,
        Some(id) => tx
            .one(
                &format!("SELECT {ACCOUNT_COLUMNS} FROM accounts WHERE mpn_id = ?1"),
                [id.trim()],
                account_row,
            )?
            .ok_or_else(|| {
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

// ---------------------------------------------------------------------------------------------
// Outbox
// ---------------------------------------------------------------------------------------------

pub fn send_mail(
    tx: &Tx,
    tenant_id: &str,
    account_id: Option<&str>,
    to: &str,
    subject: &str,
    body: &str,
) -> Result<()> {
    let id = new_id();
    // The body holds the verification code: sealed, bound to the mail's id.
    let sealed = secrets::seal(&tx.mail_key, body.as_bytes(), id.as_bytes())?;
    tx.exec(
        "INSERT INTO outbox (id, tenant_id, account_id, to_addr, subject, body, sealed_body, sent_at)
         VALUES (?1, ?2, ?3, ?4, ?5, '', ?6, ?7)",
        (&id, tenant_id, account_id, to, subject, sealed, tx.now_s()),
    )?;
    Ok(())
}

fn open_mail(key: &[u8; 32], id: &str, sealed: &[u8]) -> Result<String> {
    let plain = secrets::open(key, sealed, id.as_bytes()).map_err(|_| {
        ApiError::internal(format!(
            "the mail {id} cannot be opened with {}",
            super::MAIL_KEY_FILE
        ))
    })?;
    String::from_utf8(plain).map_err(ApiError::internal)
}

pub fn outbox(tx: &Tx, caller: &Caller) -> Result<Vec<Mail>> {
    caller.require(Action::View)?;
    tx.all(
        "SELECT o.id, o.to_addr, o.subject, o.sealed_body, o.sent_at, a.mpn_id FROM outbox o
         LEFT JOIN accounts a ON a.id = o.account_id
         WHERE o.tenant_id = ?1 ORDER BY o.sent_at, o.rowid",
        [&caller.tenant_id],
        |r| {
            let sealed: Vec<u8> = r.get(3)?;
            Ok((
                Mail {
                    id: r.get(0)?,
                    to: r.get(1)?,
                    subject: r.get(2)?,
                    body: String::new(),
                    sent_at: ts(r.get(4)?)?,
                    mpn_id: r.get(5)?,
                },
                sealed,
            ))
        },
    )?
    .into_iter()
    .map(|(mail, sealed)| {
        Ok(Mail {
            body: open_mail(&tx.mail_key, &mail.id, &sealed)?,
            ..mail
        })
    })
    .collect()
}
