//! The partner account: enrollment, vetting, profiles, locations.

use super::results::{Enrollment, EnrollmentPlan};
use super::{resolve, CliError, Context, Result};
use crate::api::{
    AccountCreated, ApiError, CreateAccount, CreateTenant, SignIn, Tenant, TenantCreated, Tokens,
    User, VettingStatus,
};
use crate::auth::Session;
use crate::cli::{AccountCmd, AccountCreateArgs, LocationsCmd, ProfileArgs, ProfileKind};
use crate::error::{Code, ErrorKind};
use crate::profile::{self, TenantSpec};
use std::path::Path;

pub async fn run(ctx: &Context, cmd: AccountCmd) -> Result<()> {
    match cmd {
        AccountCmd::Create(args) => create(ctx, args).await,
        AccountCmd::Show(sel) => {
            ctx.call(|api| async move { api.account(resolve::account(&*api, &sel).await?).await })
                .await
        }
        AccountCmd::Verify(args) => {
            let code = match args.code_stdin {
                true => Some(
                    super::context::stdin_line("verification code")?
                        .trim()
                        .to_string(),
                ),
                false => args.code,
            };
            let api = ctx.api().await?;
            let at = resolve::account(&*api, &args.at).await?;
            let vetting = match code {
                Some(code) => api.verify_account(at, code).await?,
                None => api.resend_code(at).await?,
            };
            ctx.print(&vetting)?;
            // What the call did not do (already authorized; a dry run does not check codes).
            if let Some(note) = &vetting.note {
                ctx.out.note(note);
            }
            Ok(())
        }
        AccountCmd::Update(args) => {
            let input = profile::load_location(&args.file)?;
            let etag = args.if_match;
            ctx.call(|api| async move {
                let at = resolve::account(&*api, &args.at).await?;
                api.update_legal_profile(at, input, etag).await
            })
            .await
        }
        AccountCmd::Profile(args) => show_profile(ctx, args).await,
        AccountCmd::Locations(LocationsCmd::Add { file }) => {
            let input = profile::load_location(&file)?;
            ctx.call(|api| async move { api.add_location(input).await })
                .await
        }
        AccountCmd::Locations(LocationsCmd::List) => {
            ctx.call_list("locations", |api| async move { api.locations().await })
                .await
        }
    }
}

async fn show_profile(ctx: &Context, args: ProfileArgs) -> Result<()> {
    match args.kind {
        ProfileKind::Organization if args.at.mpn_id.is_some() => Err(CliError::usage(
            "the organization profile belongs to the tenant, not to a location: drop --mpn-id",
        )),
        ProfileKind::Organization => {
            ctx.call(|api| async move { api.organization_profile().await })
                .await
        }
        ProfileKind::Legal => {
            ctx.call(|api| async move {
                api.legal_profile(resolve::account(&*api, &args.at).await?)
                    .await
            })
            .await
        }
        ProfileKind::Mpn => {
            ctx.call(|api| async move {
                let mpn_id = match args.at.mpn_id {
                    Some(_) => resolve::account(&*api, &args.at).await?.mpn_id,
                    None => None,
                };
                api.mpn_profile(mpn_id).await
            })
            .await
        }
    }
}

/// `account create -f PROFILE`: the profile is checked before anything else, so a bad one
/// leaves no trace (not even a new data dir).
async fn create(ctx: &Context, args: AccountCreateArgs) -> Result<()> {
    let org = profile::load_organization(&args.file)?;
    let mut account = org.account;
    if args.accept_agreement {
        account.agreement.accepted = true;
    }
    if !account.agreement.accepted {
        return Err(CliError::Usage {
            message: format!(
                "{}: the Microsoft Partner Network agreement is not accepted",
                args.file.display()
            ),
            hint: Some(
                "pass --accept-agreement to accept it on the organization's behalf, \
                 or set agreement.accepted: true in the profile"
                    .into(),
            ),
        });
    }
    match org.tenant {
        TenantSpec::Create(tenant) if ctx.dry_run => plan(ctx, &args.file, tenant, account).await,
        TenantSpec::Create(tenant) => {
            let default_domain = format!("{}.onmicrosoft.com", tenant.domain_prefix);
            refuse_existing_tenant(ctx, &default_domain, &args.file.display().to_string()).await?;
            enroll_new_tenant(ctx, tenant, account).await
        }
        TenantSpec::Existing(name) => enroll_signed_in_tenant(ctx, &name, account).await,
    }
}

/// A dry run with a new tenant: nothing can be rolled through (the tenant would not exist
/// for the sign-in), so check what can fail and say what would happen.
async fn plan(
    ctx: &Context,
    file: &Path,
    tenant: CreateTenant,
    account: CreateAccount,
) -> Result<()> {
    let default_domain = format!("{}.onmicrosoft.com", tenant.domain_prefix);
    let api = ctx.anonymous()?;
    for domain in std::iter::once(&default_domain).chain(&tenant.domains) {
        if api.domain_taken(domain.clone()).await? {
            let err = ApiError::new(Code::DomainTaken, format!("the domain {domain} is taken"))
                .hint(format!("choose another domain in {}", file.display()));
            return Err(err.into());
        }
    }
    let lp = &account.legal_business_profile;
    let steps = vec![
        format!("create the tenant {default_domain} and its Global admin"),
        "sign in as the Global admin".to_string(),
        format!(
            "enroll {} ({}) and accept the Microsoft Partner Network agreement",
            lp.company_name, lp.address.country
        ),
        format!("send a verification code to {}", lp.primary_contact.email),
    ];
    ctx.print(&EnrollmentPlan {
        dry_run: true,
        default_domain,
        tenant,
        account,
        steps,
    })
}

/// Creates the tenant, signs in as its Global admin (keeping the session), and enrolls.
async fn enroll_new_tenant(
    ctx: &Context,
    tenant: CreateTenant,
    account: CreateAccount,
) -> Result<()> {
    // Signed in as the new Global admin by the creation itself: the change of the temporary
    // password falls due at their first sign-in with it, not in this run.
    let mut created = ctx
        .anonymous()?
        .create_tenant(CreateTenant {
            sign_in: true,
            ..tenant
        })
        .await?;
    let session = created.session.take();
    match sign_in_and_enroll(ctx, &created, session, account).await {
        Ok((account, admin)) => {
            // The Global admin as they stand after enrolling (owner, Admin agent), as
            // `users list` shows them; if that read fails, as the tenant was created.
            if let Some(admin) = admin {
                created.global_admin = admin;
            }
            finish(
                ctx,
                Enrollment {
                    created: account,
                    tenant_created: Some(created),
                },
            )
        }
        Err(e) => {
            // The tenant exists now: its one-time password must not be lost with the error.
            ctx.print(&created)?;
            ctx.out.warn(format_args!(
                "the tenant {} was created (its Global admin and temporary password are above), \
                 but the account was not",
                created.tenant.default_domain
            ));
            Err(e.hint(format!(
                "fix the profile, name the tenant {} as existing, and run account create again",
                created.tenant.default_domain
            )))
        }
    }
}

/// Keeps the new tenant's Global admin's session (signing in if the creation did not) and
/// enrolls as them; the account, and the Global admin read again after enrolling (if that
/// read works).
async fn sign_in_and_enroll(
    ctx: &Context,
    created: &TenantCreated,
    session: Option<Tokens>,
    account: CreateAccount,
) -> Result<(AccountCreated, Option<User>)> {
    let upn = &created.global_admin.user_principal_name;
    let tokens = match session {
        Some(tokens) => tokens,
        None => {
            ctx.anonymous()?
                .sign_in(SignIn {
                    username: upn.clone(),
                    password: created.temporary_password.clone(),
                })
                .await?
        }
    };
    ctx.save_session(&Session::new(upn, &tokens))?;
    let api = ctx.api_as(tokens.access_token)?;
    let enrolled = api.create_account(account).await?;
    let admin = api.whoami().await.ok().map(|me| me.user);
    Ok((enrolled, admin))
}

/// Enrolls the tenant the profile names, which must be the signed-in user's.
async fn enroll_signed_in_tenant(ctx: &Context, name: &str, account: CreateAccount) -> Result<()> {
    let api = ctx.api().await?;
    let me = api.whoami().await.map_err(|mut e| {
        if e.kind() == ErrorKind::Unauthenticated {
            e.hint = Some(format!(
                "the profile names the existing tenant {name}: sign in as its Global admin \
                 first (partnerctl login --username UPN --password-stdin)"
            ));
        }
        e
    })?;
    if !names(&me.tenant, name) {
        let err = ApiError::new(
            Code::Forbidden,
            format!(
                "signed in to the tenant {} ({}), but the profile names {name}",
                me.tenant.default_domain, me.tenant.id
            ),
        )
        .hint(format!(
            "sign in as a Global admin of {name}: partnerctl login --username UPN --password-stdin"
        ));
        return Err(err.into());
    }
    let created = api.create_account(account).await?;
    finish(
        ctx,
        Enrollment {
            created,
            tenant_created: None,
        },
    )
}

/// Whether `name` is the tenant's id or one of its domains.
/// A profile asks to create the tenant `default_domain`, which exists: says whose it is and
/// how to name it in `file` (the profile, as messages name it) instead. Ok when the tenant
/// does not exist.
pub(super) async fn refuse_existing_tenant(
    ctx: &Context,
    default_domain: &str,
    file: &str,
) -> Result<()> {
    let signed_in = match ctx.api().await {
        Ok(api) => api.whoami().await.ok(),
        Err(_) => None,
    };
    let existing = format!("`tenant: {{existing: {default_domain}}}`");
    if let Some(me) = signed_in.filter(|me| names(&me.tenant, default_domain)) {
        let e = ApiError::new(
            Code::DomainTaken,
            format!(
                "the tenant {default_domain} already exists and is yours (signed in as {})",
                me.user.user_principal_name
            ),
        )
        .hint(format!(
            "to enroll it, name it in {file} as {existing}; if it is enrolled already, \
             `partnerctl account show` shows it"
        ));
        return Err(e.into());
    }
    if ctx
        .anonymous()?
        .domain_taken(default_domain.to_string())
        .await?
    {
        let e = ApiError::new(
            Code::DomainTaken,
            format!("the tenant {default_domain} exists, and you are not signed in to it"),
        )
        .hint(format!(
            "if it is yours, sign in as its Global admin (partnerctl login --username \
             admin@{default_domain} --password-stdin) and name it in {file} as {existing}; \
             else choose another domainPrefix"
        ));
        return Err(e.into());
    }
    Ok(())
}

pub(super) fn names(tenant: &Tenant, name: &str) -> bool {
    tenant.id.eq_ignore_ascii_case(name)
        || tenant.default_domain.eq_ignore_ascii_case(name)
        || tenant
            .domains
            .iter()
            .any(|d| d.name.eq_ignore_ascii_case(name))
}

fn finish(ctx: &Context, enrollment: Enrollment) -> Result<()> {
    ctx.print(&enrollment)?;
    if let Some(TenantCreated { global_admin, .. }) = &enrollment.tenant_created {
        ctx.out.note(format_args!(
            "the temporary password of {} is shown only once; you are signed in as this user (the password must be changed at their first sign-in with it)",
            global_admin.user_principal_name
        ));
    }
    let account = &enrollment.created.account;
    if account.vetting_status == VettingStatus::Pending && !ctx.dry_run {
        ctx.out.note(format_args!(
            "a verification code was sent to {}: read it with `partnerctl outbox list`, \
             then run `partnerctl account verify --code CODE`",
            account.legal_business_profile.primary_contact.email
        ));
    }
    Ok(())
}
