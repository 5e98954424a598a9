//! The parent organization: its tenant (created, or the signed-in one), its global account
//! (enrolled, or updated to match the file) and its vetting, which every subsidiary waits for.

use super::report::{done, not_done, ParentReport};
use crate::api::{
    AccountRef, Api, ApiError, CreateAccount, CreateTenant, LegalProfileInput,
    OrganizationProfileInput, SignIn, TenantCreated, VettingStatus,
};
use crate::auth::Session;
use crate::batch::Outcome;
use crate::commands::account::{names, refuse_existing_tenant};
use crate::commands::{CliError, Context, Result};
use crate::error::{Code, ErrorKind};
use crate::profile::{OrganizationProfile, TenantSpec};
use std::sync::Arc;

/// Whether subsidiaries can be enrolled under the parent.
#[derive(Debug, Clone)]
pub enum Readiness {
    Ready,
    /// The parent is not authorized: the subsidiaries wait for this.
    Waiting(String),
    /// A dry run for a parent (tenant or account) that does not exist yet: there is nothing
    /// to call for its subsidiaries.
    NewParentDryRun,
}

pub struct Parent {
    /// The backend, as the parent tenant's signed-in Global admin.
    pub api: Arc<dyn Api>,
    pub report: ParentReport,
    pub readiness: Readiness,
}

/// How many times the parent is converged before its failure ends the run.
const PARENT_TRIES: u32 = 3;

pub async fn converge(ctx: &Context, org: OrganizationProfile, accept: bool) -> Result<Parent> {
    let mut report = ParentReport {
        company_name: org.account.legal_business_profile.company_name.clone(),
        mpn_id: None,
        status: Outcome::Unchanged,
        steps: Vec::new(),
        tenant_created: None,
    };
    // Every subsidiary waits for the parent: a failure that may pass (the backend unreachable
    // or failing inside, after the client's own retries) is given two more tries.
    let mut tries = 0;
    let converged = loop {
        tries += 1;
        report.steps.clear();
        match converge_into(ctx, org.clone(), accept, &mut report).await {
            Err(CliError::Api(e)) if e.is_transient() && tries < PARENT_TRIES => {
                ctx.out.warn(format_args!(
                    "the parent failed for a reason that may pass ({}); trying again in {} s",
                    e.message,
                    super::ITEM_RETRY_PAUSE.as_secs()
                ));
                tokio::time::sleep(super::ITEM_RETRY_PAUSE).await;
            }
            other => break other,
        }
    };
    match converged {
        Ok((api, readiness)) => Ok(Parent {
            api,
            report,
            readiness,
        }),
        Err(e) => {
            // The tenant exists now: its one-time password must not be lost with the error.
            if let Some(created) = &report.tenant_created {
                ctx.print(created)?;
                ctx.out.warn(format_args!(
                    "the tenant {} was created (its Global admin and temporary password are \
                     above, and you are signed in as them), but the parent was not enrolled",
                    created.tenant.default_domain
                ));
            }
            Err(e)
        }
    }
}

async fn converge_into(
    ctx: &Context,
    org: OrganizationProfile,
    accept: bool,
    report: &mut ParentReport,
) -> Result<(Arc<dyn Api>, Readiness)> {
    let mut account = org.account;
    account.agreement.accepted |= accept;
    let api = match org.tenant {
        TenantSpec::Create(tenant) => {
            match create_tenant(ctx, tenant, report).await? {
                Some(api) => api,
                None => {
                    // A dry run: the tenant would be created, and the account with it.
                    report.steps.push(done("account", Outcome::Created));
                    report.status = Outcome::Created;
                    return Ok((ctx.anonymous()?, Readiness::NewParentDryRun));
                }
            }
        }
        TenantSpec::Existing(name) => {
            let api = ctx.api().await?;
            signed_in_to(&api, &name).await?;
            report.steps.push(done("tenant", Outcome::Unchanged));
            api
        }
    };
    let (before, outcome) = global_account(&api, account).await?;
    report.steps.push(done("account", outcome));
    if ctx.dry_run && outcome == Outcome::Created {
        report.status = Outcome::Created;
        return Ok((api, Readiness::NewParentDryRun));
    }
    let account = api.account(AccountRef::global()).await?;
    report.mpn_id = Some(account.mpn_id.clone());
    let contact = &account.legal_business_profile.primary_contact.email;
    let readiness = match account.vetting_status {
        VettingStatus::Authorized => {
            let outcome = if before == Some(VettingStatus::Authorized) {
                Outcome::Unchanged
            } else {
                Outcome::Updated
            };
            report.steps.push(done("vetting", outcome));
            Readiness::Ready
        }
        VettingStatus::Rejected => {
            let e = ApiError::new(
                Code::NotAuthorized,
                format!(
                    "the parent's vetting was rejected ({}): {contact} is not on one of the \
                     tenant's domains",
                    crate::output::state(&account.vetting_sub_status)
                ),
            )
            .hint(
                "give the parent a primary contact on one of the tenant's domains, or add the \
                 contact's domain with `partnerctl tenant domains add DOMAIN`; then run again",
            );
            return Err(e.into());
        }
        VettingStatus::Pending | VettingStatus::None => {
            let why = format!(
                "waits for the parent's vetting: {contact} must confirm the code mailed to them \
                 (partnerctl account verify --code CODE)"
            );
            report
                .steps
                .push(not_done("vetting", Outcome::Pending, why.clone()));
            Readiness::Waiting(why)
        }
    };
    report.status = Outcome::overall(report.steps.iter().map(|s| s.outcome));
    Ok((api, readiness))
}

/// Creates the tenant and signs in as its Global admin, keeping the session; on a rerun, finds
/// the session the first run kept. `None` in a dry run, when there is no tenant to act in.
async fn create_tenant(
    ctx: &Context,
    tenant: CreateTenant,
    report: &mut ParentReport,
) -> Result<Option<Arc<dyn Api>>> {
    let default_domain = format!("{}.onmicrosoft.com", tenant.domain_prefix);
    // An earlier try of this run created the tenant: it counts as created, not unchanged.
    let created_here = if report.tenant_created.is_some() {
        Outcome::Created
    } else {
        Outcome::Unchanged
    };
    let api = ctx.api().await?;
    match api.whoami().await {
        Ok(me) if names(&me.tenant, &default_domain) => {
            report.steps.push(done("tenant", created_here));
            return Ok(Some(api));
        }
        Ok(_) => {}
        Err(e) if e.kind() == ErrorKind::Unauthenticated => {}
        Err(e) => return Err(e.into()),
    }
    let anonymous = ctx.anonymous()?;
    if let Some(created) = report.tenant_created.clone() {
        // Created by an earlier try whose sign-in failed: sign in now.
        report.steps.push(done("tenant", Outcome::Created));
        return sign_in_to_created(ctx, &anonymous, &created)
            .await
            .map(Some);
    }
    refuse_existing_tenant(ctx, &default_domain, "the file").await?;
    report.steps.push(done("tenant", Outcome::Created));
    if ctx.dry_run {
        return Ok(None);
    }
    // Signed in as the new Global admin by the creation itself: the change of the temporary
    // password falls due at their first sign-in with it, not in this run.
    let mut created = anonymous
        .create_tenant(CreateTenant {
            sign_in: true,
            ..tenant
        })
        .await?;
    let session = created.session.take();
    // From here on the tenant exists: its one-time password must reach the user.
    report.tenant_created = Some(created.clone());
    match session {
        Some(tokens) => keep_session(ctx, &created, &tokens).map(Some),
        None => sign_in_to_created(ctx, &anonymous, &created)
            .await
            .map(Some),
    }
}

/// Signs in as the Global admin of the tenant this run created (with the temporary
/// password), keeping the session.
async fn sign_in_to_created(
    ctx: &Context,
    anonymous: &Arc<dyn Api>,
    created: &TenantCreated,
) -> Result<Arc<dyn Api>> {
    let tokens = anonymous
        .sign_in(SignIn {
            username: created.global_admin.user_principal_name.clone(),
            password: created.temporary_password.clone(),
        })
        .await?;
    keep_session(ctx, created, &tokens)
}

/// Keeps the session of the Global admin of the tenant this run created, and acts as them.
fn keep_session(
    ctx: &Context,
    created: &TenantCreated,
    tokens: &crate::api::Tokens,
) -> Result<Arc<dyn Api>> {
    let upn = &created.global_admin.user_principal_name;
    ctx.save_session(&Session::new(upn, tokens))?;
    ctx.api_as(tokens.access_token.clone())
}

/// The signed-in user's tenant must be the one the file names.
async fn signed_in_to(api: &Arc<dyn Api>, name: &str) -> Result<()> {
    let me = api.whoami().await.map_err(|mut e| {
        if e.kind() == ErrorKind::Unauthenticated {
            e.hint = Some(format!(
                "the file names the existing tenant {name}: sign in as its Global admin first \
                 (partnerctl login --username UPN --password-stdin)"
            ));
        }
        e
    })?;
    if names(&me.tenant, name) {
        return Ok(());
    }
    let e = ApiError::new(
        Code::Forbidden,
        format!(
            "signed in to the tenant {}, but the file names {name}",
            me.tenant.default_domain
        ),
    )
    .hint(format!(
        "sign in as a Global admin of {name}: partnerctl login --username UPN --password-stdin"
    ));
    Err(e.into())
}

/// Enrolls the global account, or brings its profiles in line with the file. Returns its
/// vetting status before (none if it was just created) and what was done.
async fn global_account(
    api: &Arc<dyn Api>,
    desired: CreateAccount,
) -> Result<(Option<VettingStatus>, Outcome)> {
    let account = match api.account(AccountRef::global()).await {
        Ok(a) => a,
        Err(e) if e.is(Code::AccountNotFound) => {
            if !desired.agreement.accepted {
                return Err(CliError::Usage {
                    message: "the parent's Microsoft Partner Network agreement is not accepted"
                        .into(),
                    hint: Some(
                        "pass --accept-agreement to accept it on the organization's behalf, or \
                         set parent.agreement.accepted: true in the file"
                            .into(),
                    ),
                });
            }
            api.create_account(desired).await?;
            return Ok((None, Outcome::Created));
        }
        Err(e) => return Err(e.into()),
    };
    let before = Some(account.vetting_status);
    let lp = account.legal_business_profile;
    let current = LegalProfileInput {
        company_name: lp.company_name,
        address: lp.address,
        primary_contact: lp.primary_contact,
    };
    let mut outcome = Outcome::Unchanged;
    if current != desired.legal_business_profile {
        api.update_legal_profile(AccountRef::global(), desired.legal_business_profile, None)
            .await?;
        outcome = Outcome::Updated;
    }
    if let Some(org) = desired.organization_profile {
        if organization_differs(api, &org).await? {
            api.update_organization_profile(org, None).await?;
            outcome = Outcome::Updated;
        }
    }
    Ok((before, outcome))
}

/// Whether the organization profile lacks a value the file sets.
async fn organization_differs(api: &Arc<dyn Api>, want: &OrganizationProfileInput) -> Result<bool> {
    let have = api.organization_profile().await?;
    let differs = |want: &Option<String>, have: &str| want.as_deref().is_some_and(|w| w != have);
    Ok(differs(&want.company_name, &have.company_name)
        || differs(&want.email, &have.email)
        || differs(&want.language, &have.language)
        || differs(&want.culture, &have.culture)
        || want
            .default_address
            .as_ref()
            .is_some_and(|a| *a != have.default_address))
}
