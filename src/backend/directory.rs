//! The directory (the Azure AD side): tenants, domains, users, roles, sign-in and sessions.

use super::ids::new_id;
use super::permissions::{self, Action};
use super::secrets;
use super::store::queries;
use super::store::queries::directory::{PasswordRow, TenantRow, UserRow};
use super::store::Tx;
use crate::api::*;
use crate::error::{ApiError, Code, FieldError, Result};
use crate::validate;
use jiff::SignedDuration;
use std::collections::HashMap;

/// Access tokens live an hour, refresh tokens 90 days (Azure AD's defaults).
pub const ACCESS_TOKEN_LIFETIME: SignedDuration = SignedDuration::from_hours(1);
pub const REFRESH_TOKEN_LIFETIME: SignedDuration = SignedDuration::from_hours(24 * 90);
/// Failed sign-ins within the window before the user is locked out; the window is also how
/// long the lock lasts.
pub const SIGN_IN_ATTEMPTS: i64 = 10;
pub const SIGN_IN_LOCKOUT: SignedDuration = SignedDuration::from_mins(15);

/// The signed-in user an operation acts as.
#[derive(Debug, Clone)]
pub struct Caller {
    pub user_id: String,
    pub tenant_id: String,
    pub upn: String,
    pub roles: Vec<RoleName>,
}

impl Caller {
    pub fn require(&self, action: Action) -> Result<()> {
        permissions::require(&self.roles, action)
    }
}

/// Resolve a bearer token to its user.
pub fn authenticate(tx: &Tx, token: Option<&str>) -> Result<Caller> {
    let session = queries::directory::session_user(tx, &access_hash(token)?)?;
    caller_of(tx, session.ok_or_else(invalid_session)?)
}

fn access_hash(token: Option<&str>) -> Result<String> {
    Ok(secrets::hash_token(token.ok_or_else(not_signed_in)?))
}

/// No session has the access token given.
fn invalid_session() -> ApiError {
    ApiError::new(Code::NotSignedIn, "the session is not valid (signed out?)")
        .hint("run `partnerctl login --username UPN --password-stdin`")
}

/// The caller of a session found by its access token, if it has not expired.
fn caller_of(tx: &Tx, session: queries::directory::SessionUser) -> Result<Caller> {
    if session.access_expires <= tx.now {
        return Err(
            ApiError::new(Code::SessionExpired, "the session has expired")
                .hint("run `partnerctl login --username UPN --password-stdin`"),
        );
    }
    let mut roles = session.roles;
    roles.sort();
    Ok(Caller {
        user_id: session.user_id,
        tenant_id: session.tenant_id,
        upn: session.upn,
        roles,
    })
}

/// Takes the lock of the caller's tenant (see `store`'s module comment: its users, roles and
/// domains), and reads the caller's roles again under it.
pub fn lock_tenant(tx: &Tx, caller: &Caller) -> Result<Caller> {
    tx.lock("tenant", &caller.tenant_id)?;
    with_roles_now(tx, caller)
}

/// Takes the lock of the caller's tenant in shared mode, for a change that cannot break the
/// rules the exclusive lock guards (adding a user, granting a role, taking away a role other
/// than Global admin): such changes run side by side, and only wait for an exclusive holder
/// (the last Global admin's check, a domain's). Reads the caller's roles again under it.
pub fn share_tenant(tx: &Tx, caller: &Caller) -> Result<Caller> {
    tx.lock_shared("tenant", &caller.tenant_id)?;
    with_roles_now(tx, caller)
}

fn with_roles_now(tx: &Tx, caller: &Caller) -> Result<Caller> {
    Ok(Caller {
        roles: roles_of(tx, &caller.user_id)?,
        ..caller.clone()
    })
}

fn not_signed_in() -> ApiError {
    ApiError::new(Code::NotSignedIn, "not signed in")
        .hint("run `partnerctl login --username UPN --password-stdin`, or set PARTNERCTL_TOKEN")
}

// ---------------------------------------------------------------------------------------------
// Tenants and domains
// ---------------------------------------------------------------------------------------------

/// Creates a tenant and its Global admin, with a new temporary password (to be changed at the
/// admin's first sign-in with it); signs the creator in as the admin if the request asks.
pub fn create_tenant(tx: &Tx, req: CreateTenant) -> Result<TenantCreated> {
    let prefix = req.domain_prefix.trim().to_string();
    let mut problems = Vec::new();
    problems.extend(validate::domain_prefix(&prefix, "domainPrefix"));
    for (i, d) in req.domains.iter().enumerate() {
        problems.extend(validate::tenant_domain(d, &format!("domains[{i}]")));
    }
    if let Some(admin) = &req.global_admin {
        problems.extend(validate::contact(admin, "globalAdmin", false));
    }
    if !problems.is_empty() {
        return Err(ApiError::invalid(
            "the tenant request is not valid",
            problems,
        ));
    }
    let default_domain = format!("{prefix}.onmicrosoft.com");
    let domains: Vec<String> = req
        .domains
        .iter()
        .map(|d| validate::domain_ascii(d))
        .collect();
    for d in std::iter::once(&default_domain).chain(domains.iter()) {
        if domain_taken(tx, d)? {
            return Err(ApiError::new(Code::DomainTaken, format!("the domain {d} is taken"))
                .hint("choose another domain prefix (check with `partnerctl tenant create --dry-run`)"));
        }
    }
    let tenant_id = new_id();
    queries::directory::insert_tenant(tx, &tenant_id, &default_domain)?;
    queries::directory::insert_domain(tx, &tenant_id, &default_domain, true)?;
    for d in &domains {
        queries::directory::insert_domain(tx, &tenant_id, d, false)?;
    }
    let admin = req.global_admin.clone().unwrap_or(Contact {
        first_name: "Global".into(),
        last_name: "Administrator".into(),
        email: String::new(),
        phone_number: String::new(),
    });
    let upn = format!("admin@{default_domain}");
    let email = if admin.email.trim().is_empty() {
        upn.clone()
    } else {
        admin.email.trim().to_string()
    };
    let password = TemporaryPassword::new(&tx.mail_key);
    let admin = insert_user(
        tx,
        &tenant_id,
        &upn,
        &admin.first_name,
        &admin.last_name,
        &email,
        UserType::Member,
        Some(&password.stored),
    )?;
    grant(tx, &admin.id, RoleName::GlobalAdmin)?;
    let session = if req.sign_in {
        Some(issue_tokens(tx, &admin.id)?)
    } else {
        None
    };
    Ok(TenantCreated {
        tenant: tenant(tx, &tenant_id)?,
        global_admin: to_user(admin, vec![RoleName::GlobalAdmin]),
        temporary_password: password.shown,
        session,
    })
}

/// The tenant a sign-in names (`/{tenant}/oauth2/token`): its id or any of its domains.
/// `common` and `organizations` name no tenant in particular, as in Azure AD (`None`).
pub fn token_tenant(tx: &Tx, name: &str) -> Result<Option<String>> {
    let name = name.trim();
    if name.eq_ignore_ascii_case("common") || name.eq_ignore_ascii_case("organizations") {
        return Ok(None);
    }
    let id = queries::directory::tenant_id_named(tx, name)?;
    id.map(Some).ok_or_else(|| {
        ApiError::new(Code::TenantNotFound, format!("no tenant {name:?}"))
            .hint("name the tenant by its id or one of its domains, or use `common`")
    })
}

/// The tenant of an access token, if it is a valid one (for per-tenant throttling).
pub fn tenant_of_token(tx: &Tx, token: &str) -> Result<Option<String>> {
    queries::directory::session_tenant(tx, &secrets::hash_token(token))
}

pub fn domain_taken(tx: &Tx, domain: &str) -> Result<bool> {
    queries::directory::domain_exists(tx, domain.trim())
}

pub fn tenant(tx: &Tx, tenant_id: &str) -> Result<Tenant> {
    let row = queries::directory::tenant(tx, tenant_id)?
        .ok_or_else(|| ApiError::new(Code::TenantNotFound, "no such tenant"))?;
    Ok(tenant_from(tenant_id, row))
}

fn tenant_from(tenant_id: &str, row: TenantRow) -> Tenant {
    Tenant {
        id: tenant_id.to_string(),
        default_domain: row.default_domain,
        domains: row.domains,
        created_at: row.created_at,
    }
}

/// Whether `domain` is one of the tenant's domains (default or verified custom).
pub fn tenant_owns_domain(tx: &Tx, tenant_id: &str, domain: &str) -> Result<bool> {
    queries::directory::has_verified_domain(tx, tenant_id, domain.trim())
}

// ---------------------------------------------------------------------------------------------
// Users and roles
// ---------------------------------------------------------------------------------------------

#[allow(clippy::too_many_arguments)]
fn insert_user(
    tx: &Tx,
    tenant_id: &str,
    upn: &str,
    first: &str,
    last: &str,
    email: &str,
    user_type: UserType,
    password: Option<&PasswordRow>,
) -> Result<UserRow> {
    let id = new_id();
    queries::directory::insert_user(
        tx,
        &queries::directory::NewUserRow {
            id: &id,
            tenant_id,
            upn,
            first_name: first.trim(),
            last_name: last.trim(),
            email,
            user_type,
            password,
        },
    )
}

pub fn roles_of(tx: &Tx, user_id: &str) -> Result<Vec<RoleName>> {
    let mut roles = queries::directory::roles(tx, user_id)?;
    roles.sort();
    Ok(roles)
}

fn grant(tx: &Tx, user_id: &str, role: RoleName) -> Result<()> {
    queries::directory::grant_role(tx, user_id, role)
}

/// Give a role without a permission check: for the backend's own effects (the enrolling
/// user joins Admin agents).
pub fn grant_internal(tx: &Tx, user_id: &str, role: RoleName) -> Result<()> {
    grant(tx, user_id, role)
}

pub fn user(tx: &Tx, user_id: &str) -> Result<User> {
    let u = queries::directory::user(tx, user_id)?
        .ok_or_else(|| ApiError::new(Code::UserNotFound, "no such user"))?;
    with_roles(tx, u)
}

/// The tenant's user with this email, if any.
pub fn user_by_email(tx: &Tx, tenant_id: &str, email: &str) -> Result<Option<User>> {
    queries::directory::user_by_email(tx, tenant_id, email)?
        .map(|u| with_roles(tx, u))
        .transpose()
}

/// The user as stored, with their roles read.
fn with_roles(tx: &Tx, u: UserRow) -> Result<User> {
    let roles = roles_of(tx, &u.id)?;
    Ok(to_user(u, roles))
}

fn to_user(u: UserRow, roles: Vec<RoleName>) -> User {
    User {
        id: u.id,
        user_principal_name: u.upn,
        display_name: format!("{} {}", u.first_name, u.last_name)
            .trim()
            .to_string(),
        first_name: u.first_name,
        last_name: u.last_name,
        email: u.email,
        user_type: u.user_type,
        roles,
        owner: u.owner,
        created_at: u.created_at,
    }
}

/// A user of the caller's tenant by userPrincipalName (or email).
pub fn find_user(tx: &Tx, tenant_id: &str, upn: &str) -> Result<User> {
    let (u, mut roles) = queries::directory::user_by_upn_or_email(tx, tenant_id, upn.trim())?
        .ok_or_else(|| {
            ApiError::new(
                Code::UserNotFound,
                format!("no user {} in this tenant", upn.trim()),
            )
            .hint("list users with `partnerctl users list`")
        })?;
    roles.sort();
    Ok(to_user(u, roles))
}

/// The userPrincipalName of the caller's tenant's user named by id or userPrincipalName (in
/// any case), for a caller who may see the tenant's users.
pub fn upn_of(tx: &Tx, caller: &Caller, who: &str) -> Result<String> {
    caller.require(Action::ViewUsers)?;
    queries::directory::upn_by_id_or_upn(tx, &caller.tenant_id, who)?
        .ok_or_else(|| ApiError::new(Code::UserNotFound, format!("no user {who:?}")))
}

/// A new temporary password and its stored form. Its hash is a keyed fast hash (see
/// `secrets::hash_temporary_password`), so it is made where it is needed, in the transaction.
pub struct TemporaryPassword {
    /// Shown once, in the answer.
    pub shown: String,
    pub stored: PasswordRow,
}

impl TemporaryPassword {
    pub fn new(store_key: &[u8; 32]) -> TemporaryPassword {
        let shown = secrets::temporary_password();
        let stored = PasswordRow {
            hash: secrets::hash_temporary_password(store_key, &shown),
            kind: secrets::HashKind::HmacSha256.as_str(),
            must_change: true,
        };
        TemporaryPassword { shown, stored }
    }
}

/// The stored form of a password a person chose: argon2, so it is made before the
/// transaction (on the hashing pool), never in it.
pub fn chosen_password(password: &str) -> Result<PasswordRow> {
    Ok(PasswordRow {
        hash: secrets::hash_password(password)?,
        kind: secrets::HashKind::Argon2.as_str(),
        must_change: false,
    })
}

/// Adds a user; a member gets a new temporary password, to be changed at their first sign-in.
pub fn create_user(tx: &Tx, caller: &Caller, req: NewUser) -> Result<UserCreated> {
    // One email per tenant and one userPrincipalName rest on unique indexes.
    let caller = &share_tenant(tx, caller)?;
    caller.require(Action::AddUser)?;
    let problems = validate::new_user(&req, "");
    if !problems.is_empty() {
        return Err(ApiError::invalid("the user is not valid", problems));
    }
    for role in &req.roles {
        permissions::require_assign(&caller.roles, *role)?;
    }
    let email = req.email.trim().to_string();
    let tenant = tenant(tx, &caller.tenant_id)?;
    let upn = match (&req.user_principal_name, req.guest) {
        (Some(upn), _) => upn.trim().to_string(),
        // Azure AD's form for invited users.
        (None, true) => format!("{}#EXT#@{}", email.replace('@', "_"), tenant.default_domain),
        (None, false) => format!(
            "{}@{}",
            email
                .split('@')
                .next()
                .unwrap_or_default()
                .to_ascii_lowercase(),
            tenant.default_domain
        ),
    };
    let domain = upn.rsplit('@').next().unwrap_or_default().trim();
    let checks = queries::directory::new_user_checks(tx, &caller.tenant_id, domain, &email, &upn)?;
    if checks.email_taken {
        return Err(ApiError::new(
            Code::UserExists,
            format!("a user with the email {email} already exists in this tenant"),
        ));
    }
    if !req.guest && !checks.domain_verified {
        return Err(ApiError::invalid(
            "the userPrincipalName must be on one of the tenant's domains",
            vec![FieldError::new(
                "userPrincipalName",
                format!("{upn}: use one of {}", domain_list(&tenant)),
            )],
        ));
    }
    if checks.upn_taken {
        return Err(ApiError::new(
            Code::UserExists,
            format!("the userPrincipalName {upn} is taken"),
        )
        .hint("pass another one with --upn"));
    }
    let (user_type, password) = if req.guest {
        (UserType::Guest, None)
    } else {
        (UserType::Member, Some(TemporaryPassword::new(&tx.mail_key)))
    };
    let written = insert_user(
        tx,
        &caller.tenant_id,
        &upn,
        &req.first_name,
        &req.last_name,
        &email,
        user_type,
        password.as_ref().map(|p| &p.stored),
    )?;
    let mut roles = req.roles.clone();
    roles.sort();
    roles.dedup();
    for role in &roles {
        grant(tx, &written.id, *role)?;
    }
    Ok(UserCreated {
        user: to_user(written, roles),
        temporary_password: password.map(|p| p.shown),
    })
}

fn domain_list(t: &Tenant) -> String {
    t.domains
        .iter()
        .map(|d| d.name.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The tenant's users: one statement, and one for the roles of every 500 of them.
pub fn users(tx: &Tx, caller: &Caller) -> Result<Vec<User>> {
    users_in(tx, caller, 0, i64::MAX)
}

/// The `size` users from the `start`-th (by userPrincipalName), and how many there are: a
/// page costs its own size, not the tenant's.
pub fn users_page(
    tx: &Tx,
    caller: &Caller,
    start: usize,
    size: usize,
) -> Result<(usize, Vec<User>)> {
    let clamp = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
    let page = users_in(tx, caller, clamp(start), clamp(size))?;
    Ok((queries::directory::user_count(tx, &caller.tenant_id)?, page))
}

fn users_in(tx: &Tx, caller: &Caller, offset: i64, limit: i64) -> Result<Vec<User>> {
    caller.require(Action::ViewUsers)?;
    let users = queries::directory::users_of_tenant(tx, &caller.tenant_id, offset, limit)?;
    let ids: Vec<&str> = users.iter().map(|u| u.id.as_str()).collect();
    let mut roles: HashMap<String, Vec<RoleName>> = HashMap::new();
    for (user, role) in queries::directory::roles_of_users(tx, &ids)? {
        roles.entry(user).or_default().push(role);
    }
    Ok(users
        .into_iter()
        .map(|u| {
            let mut held = roles.remove(&u.id).unwrap_or_default();
            held.sort();
            to_user(u, held)
        })
        .collect())
}

fn last_global_admin(upn: &str) -> ApiError {
    ApiError::new(
        Code::LastGlobalAdmin,
        format!("{upn} is the last Global admin of the tenant"),
    )
    .hint("grant global-admin to another user first")
}

pub fn remove_user(tx: &Tx, caller: &Caller, upn: &str) -> Result<()> {
    let caller = &lock_tenant(tx, caller)?;
    caller.require(Action::RemoveUser)?;
    let target = find_user(tx, &caller.tenant_id, upn)?;
    if target.owner {
        return Err(ApiError::new(
            Code::OwnerProtected,
            format!(
                "{} enrolled the partner account (its owner) and cannot be removed",
                target.user_principal_name
            ),
        )
        .hint(format!(
            "the owner stays as long as the partner account does; to narrow what they may do, \
             they can give up their own roles (`partnerctl users revoke ROLE {}`, run as them) \
             while another Global admin remains",
            target.user_principal_name
        )));
    }
    if target.roles.contains(&RoleName::GlobalAdmin) {
        permissions::require_assign(&caller.roles, RoleName::GlobalAdmin)?;
        if queries::directory::global_admin_count(tx, &caller.tenant_id)? <= 1 {
            return Err(last_global_admin(&target.user_principal_name));
        }
    }
    queries::directory::delete_user(tx, &target.id)
}

pub fn grant_role(tx: &Tx, caller: &Caller, role: RoleName, upn: &str) -> Result<User> {
    let caller = &share_tenant(tx, caller)?;
    permissions::require_assign(&caller.roles, role)?;
    let target = find_user(tx, &caller.tenant_id, upn)?;
    give_role(tx, target, role)
}

/// Gives `target`, read under the tenant's lock, `role` (a guest only the guests' roles), once
/// the caller's right to assign it has been checked; answered as written: the roles as read
/// before the change, with this one.
pub fn give_role(tx: &Tx, target: User, role: RoleName) -> Result<User> {
    if target.user_type == UserType::Guest && !GUEST_ROLES.contains(&role) {
        return Err(guest_role_refused(&target.user_principal_name, role));
    }
    grant(tx, &target.id, role)?;
    let mut granted = target;
    if !granted.roles.contains(&role) {
        granted.roles.push(role);
        granted.roles.sort();
    }
    Ok(granted)
}

/// DOMAIN.md 1: guests may hold only these roles.
pub const GUEST_ROLES: [RoleName; 3] = [
    RoleName::MpnPartnerAdmin,
    RoleName::BusinessProfileAdmin,
    RoleName::ReferralAdmin,
];

fn guest_role_refused(upn: &str, role: RoleName) -> ApiError {
    ApiError::new(
        Code::InvalidRoleForGuest,
        format!(
            "{upn} is a guest: guests may hold only mpn-partner-admin, business-profile-admin or referral-admin, not {}",
            role.key()
        ),
    )
}

pub fn revoke_role(tx: &Tx, caller: &Caller, role: RoleName, upn: &str) -> Result<User> {
    // Only taking away Global admin can leave none: that check runs alone.
    let caller = &if role == RoleName::GlobalAdmin {
        lock_tenant(tx, caller)?
    } else {
        share_tenant(tx, caller)?
    };
    permissions::require_assign(&caller.roles, role)?;
    let target = find_user(tx, &caller.tenant_id, upn)?;
    if !target.roles.contains(&role) {
        return Ok(target);
    }
    if target.owner && target.id != caller.user_id {
        return Err(ApiError::new(
            Code::OwnerProtected,
            format!(
                "{} enrolled the partner account (its owner): only they can give up their roles",
                target.user_principal_name
            ),
        ));
    }
    if role == RoleName::GlobalAdmin
        && queries::directory::global_admin_count(tx, &caller.tenant_id)? <= 1
    {
        return Err(last_global_admin(&target.user_principal_name));
    }
    queries::directory::revoke_role(tx, &target.id, role)?;
    // Answered as written: the roles as read before the change, without this one.
    let mut revoked = target;
    revoked.roles.retain(|r| *r != role);
    Ok(revoked)
}

/// Stable role ids. Directory roles use Azure AD's role template ids where one exists.
pub fn role_id(role: RoleName) -> &'static str {
    match role {
        RoleName::GlobalAdmin => "62e90394-69f5-4237-9190-012177145e10",
        RoleName::UserManagementAdmin => "fe930be7-5e62-47db-91af-98c3a49a38b1",
        RoleName::BillingAdmin => "b0f54661-2d74-4c50-afa3-1ec803f12efe",
        RoleName::AdminAgent => "4f2b8c51-7a0e-4d1b-9c3e-0a1d5b6e7f01",
        RoleName::SalesAgent => "4f2b8c51-7a0e-4d1b-9c3e-0a1d5b6e7f02",
        RoleName::HelpdeskAgent => "4f2b8c51-7a0e-4d1b-9c3e-0a1d5b6e7f03",
        RoleName::AccountAdmin => "4f2b8c51-7a0e-4d1b-9c3e-0a1d5b6e7f04",
        RoleName::MpnPartnerAdmin => "4f2b8c51-7a0e-4d1b-9c3e-0a1d5b6e7f05",
        RoleName::ReferralAdmin => "4f2b8c51-7a0e-4d1b-9c3e-0a1d5b6e7f06",
        RoleName::IncentiveAdmin => "4f2b8c51-7a0e-4d1b-9c3e-0a1d5b6e7f07",
        RoleName::BusinessProfileAdmin => "4f2b8c51-7a0e-4d1b-9c3e-0a1d5b6e7f08",
    }
}

fn role_description(role: RoleName) -> &'static str {
    match role {
        RoleName::GlobalAdmin => "Everything, in the directory and in Partner Center",
        RoleName::UserManagementAdmin => {
            "Add and remove users; assign directory roles (not Global admin)"
        }
        RoleName::BillingAdmin => "Orders and invoices",
        RoleName::AdminAgent => {
            "Account setup (including adding users), customers, service requests"
        }
        RoleName::SalesAgent => "Customers and orders",
        RoleName::HelpdeskAgent => "Customers and support",
        RoleName::AccountAdmin => "Add locations, assign Partner Center roles, enroll locations",
        RoleName::MpnPartnerAdmin => {
            "View profiles, buy offers, activate benefits; view roles, never assign"
        }
        RoleName::ReferralAdmin => "Referrals",
        RoleName::IncentiveAdmin => "Incentives",
        RoleName::BusinessProfileAdmin => "The business profile",
    }
}

pub fn roles() -> Vec<Role> {
    RoleName::ALL
        .into_iter()
        .map(|r| Role {
            id: role_id(r).to_string(),
            key: r,
            name: r.display().to_string(),
            category: r.category(),
            description: role_description(r).to_string(),
            attributes: Attributes {
                etag: None,
                object_type: "Role".into(),
            },
        })
        .collect()
}

pub fn role_members(
    tx: &Tx,
    caller: &Caller,
    role: RoleName,
    account_id: &str,
) -> Result<Vec<RoleMember>> {
    caller.require(Action::View)?;
    Ok(
        queries::directory::role_members(tx, &caller.tenant_id, role)?
            .into_iter()
            .map(|m| RoleMember {
                id: m.id,
                display_name: format!("{} {}", m.first_name, m.last_name)
                    .trim()
                    .to_string(),
                user_principal_name: m.upn,
                role_id: role_id(role).to_string(),
                account_id: account_id.to_string(),
                attributes: Attributes {
                    etag: None,
                    object_type: "UserMember".into(),
                },
            })
            .collect(),
    )
}

// ---------------------------------------------------------------------------------------------
// Sign-in and sessions
// ---------------------------------------------------------------------------------------------

fn bad_credentials() -> ApiError {
    ApiError::new(Code::BadCredentials, "wrong user name or password")
        .hint("the user name is the userPrincipalName, e.g. admin@contoso.onmicrosoft.com")
}

fn sign_in_locked(username: &str, until: jiff::Timestamp) -> ApiError {
    ApiError::new(
        Code::SignInLocked,
        format!(
            "too many failed sign-ins: {username} is locked until {}",
            crate::clock::shown(&until)
        ),
    )
}

/// What a password is checked against, read before the check: the check (argon2) runs with
/// no transaction open, and [`finish_sign_in`] then records its outcome.
#[derive(Debug, Clone)]
pub struct SignInCheck {
    /// The hash the password is checked against: the user's; for an unknown user or a guest,
    /// none (they are checked against a decoy, so that the answer takes as long whoever is
    /// named).
    pub hash: String,
    /// How `hash` was made.
    pub kind: secrets::HashKind,
    /// The user's hash was the one read (not a decoy).
    known: bool,
}

/// The first half of a password sign-in: a locked user is refused at once, before any
/// hashing; anyone else gets the hash to check the password against.
pub fn start_sign_in(tx: &Tx, username: &str) -> Result<SignInCheck> {
    let username = username.trim();
    let state = queries::directory::sign_in_state(tx, username)?;
    if let Some(until) = state
        .as_ref()
        .and_then(|s| s.locked_until)
        .filter(|u| *u > tx.now)
    {
        return Err(sign_in_locked(username, until));
    }
    let stored = state.and_then(|s| Some((s.password_hash?, s.password_kind)));
    Ok(match stored {
        Some((hash, kind)) => SignInCheck {
            hash,
            kind: secrets::HashKind::parse(&kind).ok_or_else(|| {
                ApiError::internal(format!("a user's password kind {kind:?} is unknown"))
            })?,
            known: true,
        },
        None => SignInCheck {
            hash: String::new(),
            kind: secrets::HashKind::Argon2,
            known: false,
        },
    })
}

impl SignInCheck {
    /// Whether `password` is the one checked against (argon2 or the keyed hash; run it on
    /// the hashing pool, outside any transaction). An unknown user's is checked against the
    /// decoy, and never matches.
    pub fn matches(&self, store_key: &[u8; 32], password: &str) -> bool {
        if !self.known {
            let _ = secrets::verify_password(password, secrets::decoy_hash());
            return false;
        }
        secrets::verify_stored_password(store_key, self.kind, password, &self.hash)
    }
}

/// The second half: records the outcome of checking the password against `check`. A wrong
/// password counts towards the lockout (even though the call fails); a right one issues
/// tokens, if the user is still not locked, still has that password, belongs to the tenant
/// the sign-in named (its id, and the name it was given as), if any, and need not change a
/// temporary password first.
pub fn finish_sign_in(
    tx: &Tx,
    username: &str,
    check: &SignInCheck,
    matched: bool,
    tenant: Option<(&str, &str)>,
) -> Result<Tokens> {
    let state = record_sign_in(tx, username, check, matched, tenant)?;
    if state.must_change_password {
        // The password was right: its failed sign-ins stay forgotten.
        tx.keep_on_error();
        return Err(password_change_required(username.trim()));
    }
    issue_tokens(tx, &state.user_id)
}

/// The second half of a sign-in that changes the password (`new`, hashed before the
/// transaction): as [`finish_sign_in`], and then the user has the new password, which need
/// not change, and the tokens.
pub fn finish_password_change(
    tx: &Tx,
    username: &str,
    check: &SignInCheck,
    matched: bool,
    tenant: Option<(&str, &str)>,
    new: &PasswordRow,
) -> Result<Tokens> {
    let state = record_sign_in(tx, username, check, matched, tenant)?;
    queries::directory::set_password(tx, &state.user_id, new)?;
    issue_tokens(tx, &state.user_id)
}

fn password_change_required(username: &str) -> ApiError {
    ApiError::new(
        Code::PasswordChangeRequired,
        format!("the password of {username} is temporary: it must be changed at the first sign-in"),
    )
    .hint(format!(
        "run `partnerctl login --username {username}` on a terminal to choose a new one, or \
         pass --new-password-stdin (with --password-stdin: the current password on the first \
         line of stdin, the new one on the second)"
    ))
}

/// What both kinds of sign-in record: the lockout count, and the user's state if the
/// password was right.
fn record_sign_in(
    tx: &Tx,
    username: &str,
    check: &SignInCheck,
    matched: bool,
    tenant: Option<(&str, &str)>,
) -> Result<queries::directory::SignInRow> {
    let username = username.trim();
    // Failed sign-ins of one user are counted one at a time.
    tx.lock("sign-in", &username.to_lowercase())?;
    let Some(state) = queries::directory::sign_in_state(tx, username)? else {
        return Err(bad_credentials());
    };
    if let Some(until) = state.locked_until.filter(|u| *u > tx.now) {
        return Err(sign_in_locked(username, until));
    }
    let Some(hash) = &state.password_hash else {
        return Err(bad_credentials().hint("guests sign in with their home tenant"));
    };
    if !check.known || *hash != check.hash {
        // Created or given a new password between the two halves: check again.
        return Err(bad_credentials());
    }
    if !matched {
        tx.keep_on_error();
        // Failures older than the window are forgotten: a typo a month ago does not count.
        let recent = state
            .last_failed_sign_in
            .is_some_and(|t| t > tx.now - SIGN_IN_LOCKOUT);
        let failures = if recent { state.failed_sign_ins + 1 } else { 1 };
        let lock = (failures >= SIGN_IN_ATTEMPTS).then(|| tx.now + SIGN_IN_LOCKOUT);
        let counted = if lock.is_some() { 0 } else { failures };
        queries::directory::record_failed_sign_in(tx, &state.user_id, counted, lock)?;
        return Err(bad_credentials());
    }
    if let Some((_, named)) = tenant.filter(|(id, _)| *id != state.tenant_id) {
        return Err(ApiError::new(
            Code::BadCredentials,
            format!("the user is not a member of the tenant {named}"),
        ));
    }
    queries::directory::clear_failed_sign_ins(tx, &state.user_id)?;
    Ok(state)
}

/// Tokens for a user without a password: for an application the server itself authenticated
/// (`serve --app`), which acts as that user.
pub fn tokens_for(tx: &Tx, upn: &str) -> Result<Tokens> {
    let id = queries::directory::user_id_by_upn(tx, upn.trim())?;
    let id = id.ok_or_else(|| {
        ApiError::new(
            Code::BadCredentials,
            format!("the application's user {upn} does not exist"),
        )
    })?;
    issue_tokens(tx, &id)
}

fn issue_tokens(tx: &Tx, user_id: &str) -> Result<Tokens> {
    let access = secrets::new_token("pc_at_");
    let refresh = secrets::new_token("pc_rt_");
    let expires_at = tx.now + ACCESS_TOKEN_LIFETIME;
    let refresh_expires_at = tx.now + REFRESH_TOKEN_LIFETIME;
    queries::directory::insert_session(
        tx,
        &queries::directory::NewSession {
            id: &new_id(),
            user_id,
            access_hash: &secrets::hash_token(&access),
            refresh_hash: &secrets::hash_token(&refresh),
            access_expires: expires_at,
            refresh_expires: refresh_expires_at,
        },
    )?;
    Ok(Tokens {
        token_type: "Bearer".into(),
        access_token: access,
        expires_in: ACCESS_TOKEN_LIFETIME.as_secs(),
        refresh_token: refresh,
        expires_at,
        refresh_expires_at,
    })
}

/// Exchange a refresh token for a new pair; the old pair stops working.
pub fn refresh(tx: &Tx, refresh_token: &str) -> Result<Tokens> {
    let session = queries::directory::session_by_refresh(tx, &secrets::hash_token(refresh_token))?;
    let expired = || {
        ApiError::new(
            Code::SessionExpired,
            "the session has expired; sign in again",
        )
        .hint("run `partnerctl login --username UPN --password-stdin`")
    };
    let session = session.ok_or_else(expired)?;
    if session.refresh_expires <= tx.now {
        return Err(expired());
    }
    // A refresh token is used once: of two refreshes at once, one deletes the session.
    if !queries::directory::delete_session(tx, &session.session_id)? {
        return Err(expired());
    }
    issue_tokens(tx, &session.user_id)
}

pub fn sign_out(tx: &Tx, token: Option<&str>) -> Result<()> {
    if let Some(token) = token {
        queries::directory::delete_session_by_access(tx, &secrets::hash_token(token))?;
    }
    Ok(())
}

/// The signed-in user and their tenant: the session, the user with their roles and the tenant
/// with its domains in one statement, checked as [`authenticate`] checks a session.
pub fn whoami(tx: &Tx, token: Option<&str>) -> Result<Me> {
    let (session, user, tenant) =
        queries::directory::session_me(tx, &access_hash(token)?)?.ok_or_else(invalid_session)?;
    let caller = caller_of(tx, session)?;
    Ok(Me {
        user: to_user(user, caller.roles),
        tenant: tenant_from(&caller.tenant_id, tenant),
    })
}
