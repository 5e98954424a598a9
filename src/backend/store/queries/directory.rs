//! The directory's statements: tenants, domains, users, roles and sessions.

use crate::api::{Domain, RoleName, UserType};
use crate::backend::store::{ts, Row, StoreResult, ToValue, Tx};
use crate::error::Result;
use jiff::Timestamp;

// ---------------------------------------------------------------------------------------------
// Tenants and domains
// ---------------------------------------------------------------------------------------------

/// A tenant as stored, with its domains.
pub struct TenantRow {
    pub default_domain: String,
    pub created_at: Timestamp,
    pub domains: Vec<Domain>,
}

/// Records a new tenant.
pub fn insert_tenant(tx: &Tx, id: &str, default_domain: &str) -> Result<()> {
    tx.exec(
        "INSERT INTO tenants (id, default_domain, created_at) VALUES (?1, ?2, ?3)",
        (id, default_domain, tx.now_s()),
    )?;
    Ok(())
}

/// A tenant's columns, a row per domain (`t`, `d`), in no order: [`tenant_of`] orders them.
const TENANT_COLUMNS: &str =
    "t.default_domain, t.created_at, d.name, d.verified, d.is_default, d.verification_record";
const TENANT_DOMAINS: &str = "tenants t LEFT JOIN domains d ON d.tenant_id = t.id";

/// One row's part of a tenant, from its column `at` on.
type TenantPart = (String, Timestamp, Option<Domain>);

fn tenant_part(r: &Row, at: usize) -> StoreResult<TenantPart> {
    let domain = match r.get::<_, Option<String>>(at + 2)? {
        Some(name) => {
            let verified: bool = r.get(at + 3)?;
            let record: Option<String> = r.get(at + 5)?;
            Some(Domain {
                name,
                verified,
                is_default: r.get(at + 4)?,
                // The record to publish matters only until the domain is verified.
                verification_record: record.filter(|_| !verified),
            })
        }
        None => None,
    };
    Ok((r.get::<_, String>(at)?, ts(r.get(at + 1)?)?, domain))
}

/// The tenant the rows' parts make, if there is a row: its domains once each, the default
/// first, then by name (sorted here rather than by the statement, which then needs no sort:
/// names are ASCII, punycode for an IDN, and compared without regard to case as the stores
/// compare them).
fn tenant_of(parts: Vec<TenantPart>) -> Option<TenantRow> {
    let (default_domain, created_at) = parts.first().map(|(n, at, _)| (n.clone(), *at))?;
    let mut domains: Vec<Domain> = parts.into_iter().filter_map(|(_, _, d)| d).collect();
    let key = |d: &Domain| (!d.is_default, d.name.to_ascii_lowercase());
    domains.sort_by_key(key);
    domains.dedup_by(|a, b| a.name.eq_ignore_ascii_case(&b.name));
    Some(TenantRow {
        default_domain,
        created_at,
        domains,
    })
}

/// The tenant with this id and its domains, the default first, in one statement.
pub fn tenant(tx: &Tx, tenant_id: &str) -> Result<Option<TenantRow>> {
    let parts = tx.all(
        &format!("SELECT {TENANT_COLUMNS} FROM {TENANT_DOMAINS} WHERE t.id = ?1"),
        [tenant_id],
        |r| tenant_part(r, 0),
    )?;
    Ok(tenant_of(parts))
}

/// The session with this access token hash with its user and their roles, and the user's
/// tenant with its domains, in one statement (`GET /v1/me`): a row for every role and domain.
pub fn session_me(tx: &Tx, access_hash: &str) -> Result<Option<(SessionUser, UserRow, TenantRow)>> {
    const AT: usize = USER_COLUMN_COUNT;
    let rows = tx.all(
        &format!(
            "SELECT {USER_COLUMNS}, s.access_expires, users.tenant_id, r.role, {TENANT_COLUMNS}
             FROM sessions s JOIN users ON users.id = s.user_id
             JOIN tenants t ON t.id = users.tenant_id
             LEFT JOIN user_roles r ON r.user_id = users.id
             LEFT JOIN domains d ON d.tenant_id = t.id
             WHERE s.access_hash = ?1"
        ),
        [access_hash],
        |r| {
            Ok((
                user_row(r)?,
                r.get::<_, i64>(AT)?,
                r.get::<_, String>(AT + 1)?,
                r.get::<_, Option<String>>(AT + 2)?,
                tenant_part(r, AT + 3)?,
            ))
        },
    )?;
    let mut first = None;
    let mut roles = Vec::new();
    let mut parts: Vec<TenantPart> = Vec::new();
    for (user, expires, tenant_id, role, part) in rows {
        roles.extend(role.as_deref().and_then(RoleName::from_key));
        parts.push(part);
        if first.is_none() {
            first = Some((user, expires, tenant_id));
        }
    }
    let Some((user, expires, tenant_id)) = first else {
        return Ok(None);
    };
    roles.sort();
    roles.dedup();
    // Each domain comes once for every role: `tenant_of` keeps one.
    let Some(tenant) = tenant_of(parts) else {
        return Ok(None);
    };
    let session = SessionUser {
        user_id: user.id.clone(),
        tenant_id,
        upn: user.upn.clone(),
        access_expires: ts(expires)?,
        roles,
    };
    Ok(Some((session, user, tenant)))
}

/// The id of the tenant that has this id or this domain.
pub fn tenant_id_named(tx: &Tx, name: &str) -> Result<Option<String>> {
    tx.one(
        "SELECT id FROM tenants WHERE id = ?1
         UNION SELECT tenant_id FROM domains WHERE name = ?1",
        [name],
        |r| r.get::<_, String>(0),
    )
}

/// Records a domain of a tenant, as verified: the embedded directory is the authority for its
/// tenants' domains, with no DNS to consult.
pub fn insert_domain(tx: &Tx, tenant_id: &str, name: &str, is_default: bool) -> Result<()> {
    tx.exec(
        "INSERT INTO domains (name, tenant_id, verified, is_default, added_at) VALUES (?1, ?2, 1, ?3, ?4)",
        (name, tenant_id, is_default, tx.now_s()),
    )?;
    Ok(())
}

/// Records a custom domain that waits for its TXT record (`record`) to be published; a sandbox
/// records it as verified at once.
pub fn insert_pending_domain(
    tx: &Tx,
    tenant_id: &str,
    name: &str,
    record: &str,
    verified: bool,
) -> Result<()> {
    tx.exec(
        "INSERT INTO domains (name, tenant_id, verified, is_default, added_at, verification_record)
         VALUES (?1, ?2, ?3, 0, ?4, ?5)",
        (name, tenant_id, verified, tx.now_s(), record),
    )?;
    Ok(())
}

/// A domain of the tenant: whether it is verified, and the TXT record that verifies it.
pub fn domain_verification(
    tx: &Tx,
    tenant_id: &str,
    name: &str,
) -> Result<Option<(bool, Option<String>)>> {
    tx.one(
        "SELECT verified, verification_record FROM domains WHERE tenant_id = ?1 AND name = ?2",
        (tenant_id, name),
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
}

/// Marks a domain of the tenant verified.
pub fn set_domain_verified(tx: &Tx, tenant_id: &str, name: &str) -> Result<()> {
    tx.exec(
        "UPDATE domains SET verified = 1 WHERE tenant_id = ?1 AND name = ?2",
        (tenant_id, name),
    )?;
    Ok(())
}

/// Whether any tenant has this domain.
pub fn domain_exists(tx: &Tx, domain: &str) -> Result<bool> {
    Ok(tx
        .one(
            "SELECT 1 FROM domains WHERE name = ?1",
            [domain],
            |_| Ok(()),
        )?
        .is_some())
}

/// The tenant's (`?1`) domain named `?2`, if it is verified.
const VERIFIED_DOMAIN: &str =
    "SELECT 1 FROM domains WHERE tenant_id = ?1 AND name = ?2 AND verified = 1";

/// Whether the tenant has this domain, verified.
pub fn has_verified_domain(tx: &Tx, tenant_id: &str, domain: &str) -> Result<bool> {
    Ok(tx
        .one(VERIFIED_DOMAIN, (tenant_id, domain), |_| Ok(()))?
        .is_some())
}

/// What stands in the way of a new user of the tenant, asked in one statement.
pub struct NewUserChecks {
    /// The tenant has the domain of their userPrincipalName, verified.
    pub domain_verified: bool,
    /// The tenant has a user with their email.
    pub email_taken: bool,
    /// A user of any tenant has their userPrincipalName.
    pub upn_taken: bool,
}

/// The checks of a new user of the tenant, whose userPrincipalName is `upn` on `upn_domain`.
pub fn new_user_checks(
    tx: &Tx,
    tenant_id: &str,
    upn_domain: &str,
    email: &str,
    upn: &str,
) -> Result<NewUserChecks> {
    let found = tx.one(
        &format!(
            "SELECT EXISTS ({VERIFIED_DOMAIN}),
                    EXISTS (SELECT 1 FROM users WHERE tenant_id = ?1 AND email = ?3),
                    EXISTS (SELECT 1 FROM users WHERE upn = ?4)"
        ),
        (tenant_id, upn_domain, email, upn),
        |r| {
            Ok(NewUserChecks {
                domain_verified: r.get(0)?,
                email_taken: r.get(1)?,
                upn_taken: r.get(2)?,
            })
        },
    )?;
    found.ok_or_else(|| crate::error::ApiError::internal("the checks of a new user found no row"))
}

// ---------------------------------------------------------------------------------------------
// Users and roles
// ---------------------------------------------------------------------------------------------

/// A user to record.
pub struct NewUserRow<'a> {
    pub id: &'a str,
    pub tenant_id: &'a str,
    pub upn: &'a str,
    pub first_name: &'a str,
    pub last_name: &'a str,
    pub email: &'a str,
    pub user_type: UserType,
    /// `None` for a guest, who signs in with their home tenant.
    pub password: Option<&'a PasswordRow>,
}

/// A password as stored: its hash, how it was made (`argon2` or `hmac-sha256`), and whether
/// it must be changed at the next sign-in with it.
#[derive(Debug, Clone)]
pub struct PasswordRow {
    pub hash: String,
    pub kind: &'static str,
    pub must_change: bool,
}

/// Records a new user; the user as written (an owner of nothing yet). Sent with the next
/// statement or the commit: a userPrincipalName or email another transaction took meanwhile
/// fails it there, and PostgreSQL's store runs the transaction again (a unique index's refusal
/// is a race it retries), whose checks then see the other user.
pub fn insert_user(tx: &Tx, u: &NewUserRow) -> Result<UserRow> {
    tx.exec_later(
        "INSERT INTO users (id, tenant_id, upn, first_name, last_name, email, user_type, password_hash,
                            created_at, password_kind, must_change_password)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        (
            u.id,
            u.tenant_id,
            u.upn,
            u.first_name,
            u.last_name,
            u.email,
            match u.user_type {
                UserType::Member => "Member",
                UserType::Guest => "Guest",
            },
            u.password.map(|p| p.hash.as_str()),
            tx.now_s(),
            u.password.map_or("argon2", |p| p.kind),
            u.password.is_some_and(|p| p.must_change),
        ),
    )?;
    Ok(UserRow {
        id: u.id.to_string(),
        upn: u.upn.to_string(),
        first_name: u.first_name.to_string(),
        last_name: u.last_name.to_string(),
        email: u.email.to_string(),
        user_type: u.user_type,
        created_at: tx.now_stored()?,
        owner: false,
    })
}

/// A user as stored (roles are read apart).
pub struct UserRow {
    pub id: String,
    pub upn: String,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub user_type: UserType,
    pub created_at: Timestamp,
    /// Whether they enrolled a partner account (its owner).
    pub owner: bool,
}

/// A user's columns, and whether they own (enrolled) an account.
const USER_COLUMNS: &str =
    "users.id, users.upn, users.first_name, users.last_name, users.email, users.user_type,
     users.created_at, EXISTS (SELECT 1 FROM accounts WHERE owner_user_id = users.id)";
const USER_COLUMN_COUNT: usize = 8;

fn user_row(r: &Row) -> StoreResult<UserRow> {
    Ok(UserRow {
        id: r.get(0)?,
        upn: r.get(1)?,
        first_name: r.get(2)?,
        last_name: r.get(3)?,
        email: r.get(4)?,
        user_type: if r.get::<_, String>(5)? == "Guest" {
            UserType::Guest
        } else {
            UserType::Member
        },
        created_at: ts(r.get(6)?)?,
        owner: r.get(7)?,
    })
}

/// The user with this id.
pub fn user(tx: &Tx, user_id: &str) -> Result<Option<UserRow>> {
    tx.one(
        &format!("SELECT {USER_COLUMNS} FROM users WHERE id = ?1"),
        [user_id],
        user_row,
    )
}

/// How many users a tenant has: the sum of its counts, which the store's triggers keep as
/// users are added and removed (see the `user_counts` migrations).
pub fn user_count(tx: &Tx, tenant_id: &str) -> Result<usize> {
    let n: i64 = tx
        .one(
            "SELECT CAST(COALESCE(sum(users), 0) AS BIGINT) FROM tenant_user_counts
             WHERE tenant_id = ?1",
            [tenant_id],
            |r| r.get(0),
        )?
        .unwrap_or(0);
    Ok(usize::try_from(n).unwrap_or(0))
}

/// The `limit` users of a tenant from the `offset`-th, by userPrincipalName.
pub fn users_of_tenant(tx: &Tx, tenant_id: &str, offset: i64, limit: i64) -> Result<Vec<UserRow>> {
    tx.all(
        &format!(
            "SELECT {USER_COLUMNS} FROM users WHERE tenant_id = ?1 ORDER BY upn LIMIT ?2 OFFSET ?3"
        ),
        (tenant_id, limit, offset),
        user_row,
    )
}

/// The roles these users hold, as (user id, role); a role this version does not know is left
/// out. One statement per 500 users.
pub fn roles_of_users(tx: &Tx, user_ids: &[&str]) -> Result<Vec<(String, RoleName)>> {
    let mut found = Vec::new();
    for chunk in user_ids.chunks(500) {
        let sql = format!(
            "SELECT user_id, role FROM user_roles WHERE user_id IN ({})",
            super::marks(1, chunk.len())
        );
        let params: Vec<_> = chunk.iter().map(|id| id.to_value()).collect();
        found.extend(tx.all(&sql, params, |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
        })?);
    }
    Ok(found
        .into_iter()
        .filter_map(|(user, key)| RoleName::from_key(&key).map(|role| (user, role)))
        .collect())
}

/// The tenant's user with this userPrincipalName, else with this email, with their roles
/// (unsorted): a row for each role. One lookup by a unique index when the name is a
/// userPrincipalName, as it mostly is (in one statement, `upn = ?2 OR email = ?2` read both
/// indexes and sorted what it found, and under many inserts into the tenant it was the
/// dearest statement of a mixed load); the roles come with the user, not in a statement after.
pub fn user_by_upn_or_email(
    tx: &Tx,
    tenant_id: &str,
    name: &str,
) -> Result<Option<(UserRow, Vec<RoleName>)>> {
    for column in ["upn", "email"] {
        let rows = tx.all(
            &format!(
                "SELECT {USER_COLUMNS}, r.role FROM users
                 LEFT JOIN user_roles r ON r.user_id = users.id
                 WHERE users.{column} = ?2 AND users.tenant_id = ?1"
            ),
            (tenant_id, name),
            |r| Ok((user_row(r)?, r.get::<_, Option<String>>(USER_COLUMN_COUNT)?)),
        )?;
        if let Some(found) = first_with_roles(rows) {
            return Ok(Some(found));
        }
    }
    Ok(None)
}

/// The first row's `T` with the roles of every row, from a statement that left-joins one
/// user's roles (a row per role; one row, its role `NULL`, for a user with none); `None` when
/// no row came. A role this version does not know is left out.
fn first_with_roles<T>(rows: Vec<(T, Option<String>)>) -> Option<(T, Vec<RoleName>)> {
    let mut rows = rows.into_iter();
    let (first, role) = rows.next()?;
    let roles = std::iter::once(role)
        .chain(rows.map(|(_, role)| role))
        .filter_map(|k| k.as_deref().and_then(RoleName::from_key))
        .collect();
    Some((first, roles))
}

/// The userPrincipalName of the tenant's user with this id or userPrincipalName, either
/// compared without regard to case (an id first): the tenant's part of the index, no user read.
pub fn upn_by_id_or_upn(tx: &Tx, tenant_id: &str, who: &str) -> Result<Option<String>> {
    tx.one(
        "SELECT upn FROM users WHERE tenant_id = ?1 AND (lower(id) = lower(?2) OR lower(upn) = lower(?2))
         ORDER BY lower(id) = lower(?2) DESC LIMIT 1",
        (tenant_id, who),
        |r| r.get::<_, String>(0),
    )
}

/// The id of the user with this userPrincipalName, in any tenant.
pub fn user_id_by_upn(tx: &Tx, upn: &str) -> Result<Option<String>> {
    tx.one("SELECT id FROM users WHERE upn = ?1", [upn], |r| {
        r.get::<_, String>(0)
    })
}

/// The tenant's user with this email.
pub fn user_by_email(tx: &Tx, tenant_id: &str, email: &str) -> Result<Option<UserRow>> {
    tx.one(
        &format!("SELECT {USER_COLUMNS} FROM users WHERE tenant_id = ?1 AND email = ?2"),
        (tenant_id, email),
        user_row,
    )
}

/// Deletes a user (their roles and sessions go with them).
pub fn delete_user(tx: &Tx, user_id: &str) -> Result<()> {
    tx.exec("DELETE FROM users WHERE id = ?1", [user_id])?;
    Ok(())
}

/// The roles a user holds, unsorted; a role this version does not know is left out.
pub fn roles(tx: &Tx, user_id: &str) -> Result<Vec<RoleName>> {
    Ok(tx
        .all(
            "SELECT role FROM user_roles WHERE user_id = ?1",
            [user_id],
            |r| r.get::<_, String>(0),
        )?
        .iter()
        .filter_map(|k| RoleName::from_key(k))
        .collect())
}

/// Gives a user a role (nothing happens if they hold it). Sent with the next statement or the
/// commit: nothing it could answer changes what follows.
pub fn grant_role(tx: &Tx, user_id: &str, role: RoleName) -> Result<()> {
    tx.exec_later(
        "INSERT INTO user_roles (user_id, role, granted_at) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING",
        (user_id, role.key(), tx.now_s()),
    )?;
    Ok(())
}

/// Takes a role from a user. Sent with the next statement or the commit, as a grant is.
pub fn revoke_role(tx: &Tx, user_id: &str, role: RoleName) -> Result<()> {
    tx.exec_later(
        "DELETE FROM user_roles WHERE user_id = ?1 AND role = ?2",
        (user_id, role.key()),
    )?;
    Ok(())
}

/// How many of the tenant's users are Global admins.
pub fn global_admin_count(tx: &Tx, tenant_id: &str) -> Result<i64> {
    Ok(tx
        .one(
            "SELECT COUNT(*) FROM user_roles r JOIN users u ON u.id = r.user_id
             WHERE u.tenant_id = ?1 AND r.role = 'global-admin'",
            [tenant_id],
            |r| r.get(0),
        )?
        .unwrap_or(0))
}

/// A user holding a role.
pub struct MemberRow {
    pub id: String,
    pub first_name: String,
    pub last_name: String,
    pub upn: String,
}

/// The tenant's users holding `role`, by userPrincipalName.
pub fn role_members(tx: &Tx, tenant_id: &str, role: RoleName) -> Result<Vec<MemberRow>> {
    tx.all(
        "SELECT u.id, u.first_name, u.last_name, u.upn FROM user_roles r JOIN users u ON u.id = r.user_id
         WHERE u.tenant_id = ?1 AND r.role = ?2 ORDER BY u.upn",
        (tenant_id, role.key()),
        |r| {
            Ok(MemberRow {
                id: r.get(0)?,
                first_name: r.get(1)?,
                last_name: r.get(2)?,
                upn: r.get(3)?,
            })
        },
    )
}

// ---------------------------------------------------------------------------------------------
// Sign-in and sessions
// ---------------------------------------------------------------------------------------------

/// What signing in as a user checks.
pub struct SignInRow {
    pub user_id: String,
    pub tenant_id: String,
    /// `None` for a guest.
    pub password_hash: Option<String>,
    /// How the hash was made: `argon2` or `hmac-sha256`.
    pub password_kind: String,
    /// A temporary password: it must be changed at this sign-in.
    pub must_change_password: bool,
    pub failed_sign_ins: i64,
    pub locked_until: Option<Timestamp>,
    pub last_failed_sign_in: Option<Timestamp>,
}

/// The sign-in state of the user with this userPrincipalName.
pub fn sign_in_state(tx: &Tx, upn: &str) -> Result<Option<SignInRow>> {
    tx.one(
        "SELECT id, password_hash, failed_sign_ins, sign_in_locked_until, last_failed_sign_in,
                tenant_id, password_kind, must_change_password
         FROM users WHERE upn = ?1",
        [upn],
        |r| {
            Ok(SignInRow {
                user_id: r.get(0)?,
                password_hash: r.get(1)?,
                failed_sign_ins: r.get(2)?,
                locked_until: r.get::<_, Option<i64>>(3)?.map(ts).transpose()?,
                last_failed_sign_in: r.get::<_, Option<i64>>(4)?.map(ts).transpose()?,
                tenant_id: r.get(5)?,
                password_kind: r.get(6)?,
                must_change_password: r.get(7)?,
            })
        },
    )
}

/// Records a failed sign-in, now: the failures counted so far and the lock, if any.
pub fn record_failed_sign_in(
    tx: &Tx,
    user_id: &str,
    failed_sign_ins: i64,
    locked_until: Option<Timestamp>,
) -> Result<()> {
    tx.exec(
        "UPDATE users SET failed_sign_ins = ?2, sign_in_locked_until = ?3,
             last_failed_sign_in = ?4 WHERE id = ?1",
        (
            user_id,
            failed_sign_ins,
            locked_until.map(|t| t.as_second()),
            tx.now_s(),
        ),
    )?;
    Ok(())
}

/// Gives a user a new password (and forgets their failed sign-ins and lock).
pub fn set_password(tx: &Tx, user_id: &str, p: &PasswordRow) -> Result<()> {
    tx.exec(
        "UPDATE users SET password_hash = ?2, password_kind = ?3, must_change_password = ?4,
             failed_sign_ins = 0, sign_in_locked_until = NULL WHERE id = ?1",
        (user_id, p.hash.as_str(), p.kind, p.must_change),
    )?;
    Ok(())
}

/// Forgets a user's failed sign-ins and lock.
pub fn clear_failed_sign_ins(tx: &Tx, user_id: &str) -> Result<()> {
    tx.exec(
        "UPDATE users SET failed_sign_ins = 0, sign_in_locked_until = NULL WHERE id = ?1",
        [user_id],
    )?;
    Ok(())
}

/// A session to record: hashes of its tokens, never the tokens.
pub struct NewSession<'a> {
    pub id: &'a str,
    pub user_id: &'a str,
    pub access_hash: &'a str,
    pub refresh_hash: &'a str,
    pub access_expires: Timestamp,
    pub refresh_expires: Timestamp,
}

/// Records a new session.
pub fn insert_session(tx: &Tx, s: &NewSession) -> Result<()> {
    tx.exec(
        "INSERT INTO sessions (id, user_id, access_hash, refresh_hash, access_expires, refresh_expires, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        (
            s.id,
            s.user_id,
            s.access_hash,
            s.refresh_hash,
            s.access_expires.as_second(),
            s.refresh_expires.as_second(),
            tx.now_s(),
        ),
    )?;
    Ok(())
}

/// The user of a session, found by its access token's hash, with the roles they hold.
pub struct SessionUser {
    pub user_id: String,
    pub tenant_id: String,
    pub upn: String,
    pub access_expires: Timestamp,
    pub roles: Vec<RoleName>,
}

/// The user of the session with this access token hash and their roles, in one statement:
/// every authenticated request runs it, so it is one round trip to a database server.
pub fn session_user(tx: &Tx, access_hash: &str) -> Result<Option<SessionUser>> {
    let rows = tx.all(
        "SELECT u.id, u.tenant_id, u.upn, s.access_expires, r.role FROM sessions s
         JOIN users u ON u.id = s.user_id
         LEFT JOIN user_roles r ON r.user_id = u.id
         WHERE s.access_hash = ?1",
        [access_hash],
        |r| {
            Ok((
                (
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, i64>(3)?,
                ),
                r.get::<_, Option<String>>(4)?,
            ))
        },
    )?;
    let Some(((user_id, tenant_id, upn, expires), roles)) = first_with_roles(rows) else {
        return Ok(None);
    };
    Ok(Some(SessionUser {
        user_id,
        tenant_id,
        upn,
        access_expires: ts(expires)?,
        roles,
    }))
}

/// The tenant of the session with this access token hash.
pub fn session_tenant(tx: &Tx, access_hash: &str) -> Result<Option<String>> {
    tx.one(
        "SELECT u.tenant_id FROM sessions s JOIN users u ON u.id = s.user_id
         WHERE s.access_hash = ?1",
        [access_hash],
        |r| r.get::<_, String>(0),
    )
}

/// A session found by its refresh token's hash.
pub struct RefreshRow {
    pub session_id: String,
    pub user_id: String,
    pub refresh_expires: Timestamp,
}

/// The session with this refresh token hash.
pub fn session_by_refresh(tx: &Tx, refresh_hash: &str) -> Result<Option<RefreshRow>> {
    tx.one(
        "SELECT id, user_id, refresh_expires FROM sessions WHERE refresh_hash = ?1",
        [refresh_hash],
        |r| {
            Ok(RefreshRow {
                session_id: r.get(0)?,
                user_id: r.get(1)?,
                refresh_expires: ts(r.get(2)?)?,
            })
        },
    )
}

/// Ends a session.
pub fn delete_session(tx: &Tx, session_id: &str) -> Result<bool> {
    Ok(tx.exec("DELETE FROM sessions WHERE id = ?1", [session_id])? == 1)
}

/// Ends the session with this access token hash, if there is one.
pub fn delete_session_by_access(tx: &Tx, access_hash: &str) -> Result<()> {
    tx.exec("DELETE FROM sessions WHERE access_hash = ?1", [access_hash])?;
    Ok(())
}
