//! Enrollment: the partner account of a tenant and its locations, each created with its
//! network membership and a verification code for its primary contact. Above `accounts` and
//! `membership`, which it joins.

use super::accounts::{
    account, by_id, insert_account, normalise, require_authorized, resolve, send_first_code,
    validate_legal, AGREEMENT_TYPE, AGREEMENT_VERSION,
};
use super::directory::{self, Caller};
use super::ids::new_id;
use super::membership;
use super::permissions::Action;
use super::store::queries::{self, accounts::AccountRow};
use super::store::Tx;
use super::term;
use crate::api::*;
use crate::error::{ApiError, Code, Result};
use crate::validate;

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
    if let Some(existing) = queries::accounts::global(tx, &caller.tenant_id)? {
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
    queries::accounts::insert_agreement(
        tx,
        &queries::accounts::NewAgreement {
            id: &new_id(),
            account_id: &row.id,
            agreement_type: AGREEMENT_TYPE,
            version: AGREEMENT_VERSION,
            signer_user_id: &signer.id,
            signer_name: &signer.display_name,
            signer_email: &signer.email,
        },
    )?;
    // The enrolling user joins the Admin agents, needed to finish setup.
    directory::grant_internal(tx, &caller.user_id, RoleName::AdminAgent)?;
    membership::start(tx, &row, &caller.upn)?;
    send_first_code(tx, &row)?;
    let row = by_id(tx, &row.id)?;
    Ok(AccountCreated {
        account: account(tx, &row)?,
        agreement: queries::accounts::latest_agreement(tx, &row.id)?
            .ok_or_else(|| ApiError::internal("agreement"))?,
        owner: caller.upn.clone(),
        membership: membership::membership(tx, &row)?,
    })
}

pub fn add_location(tx: &Tx, caller: &Caller, req: LegalProfileInput) -> Result<Account> {
    account(tx, &add_location_row(tx, caller, req)?)
}

/// [`add_location`]'s new account as stored (not read back).
pub fn add_location_row(tx: &Tx, caller: &Caller, req: LegalProfileInput) -> Result<AccountRow> {
    caller.require(Action::AddLocation)?;
    let legal = normalise(req);
    validate_legal(&legal)?;
    let global = resolve(tx, caller, &AccountRef::global())?;
    require_authorized(&global)?;
    term::require_writable(tx, &global)?;
    let mut row = insert_account(
        tx,
        &caller.tenant_id,
        AccountKind::Location,
        Some(&global.id),
        &legal,
        None,
        None,
    )?;
    // As stored: recorded with its first vetting, its term just started.
    row.term_end = Some(membership::start(tx, &row, &caller.upn)?);
    send_first_code(tx, &row)?;
    Ok(row)
}
