//! One test per rule of DOMAIN.md sections 1 to 5 and 7, against the embedded backend through
//! the `Api` trait. Each says which rule it guards; each fails if its rule is removed.

use super::{Embedded, OpenOptions, Service};
use crate::api::*;
use crate::clock::{days, Clock};
use crate::error::{ApiError, Code};
use jiff::Timestamp;
use std::sync::Arc;

const T0: &str = "2026-11-24T09:00:00Z";

fn t0() -> Timestamp {
    T0.parse().unwrap()
}

/// A store whose clock the test moves: a data dir, or (with `PARTNERCTL_TEST_STORE=postgres`,
/// see `the_rules_hold_on_postgres_too`) a new PostgreSQL database.
struct World {
    dir: tempfile::TempDir,
    postgres: Option<String>,
    sandbox: bool,
}

/// The variable that runs these tests on PostgreSQL (the tests' own switch, not the tool's).
const STORE_VAR: &str = "PARTNERCTL_TEST_STORE";

#[allow(clippy::disallowed_methods)]
fn store_var() -> Option<String> {
    std::env::var(STORE_VAR).ok()
}

impl World {
    fn new() -> World {
        let postgres = (store_var().as_deref() == Some("postgres")).then(|| {
            crate::testing::postgres()
                .expect("PostgreSQL for the tests")
                .new_database()
        });
        World {
            dir: tempfile::tempdir().unwrap(),
            postgres,
            sandbox: false,
        }
    }

    fn sandbox() -> World {
        World {
            sandbox: true,
            ..World::new()
        }
    }

    fn service(&self, now: Timestamp) -> Arc<Service> {
        let opts = OpenOptions {
            create_sandbox: self.sandbox,
            clock: Clock::fixed(now),
            one_command: false,
        };
        match &self.postgres {
            Some(url) => {
                let pg = super::PgOptions {
                    url: url.clone(),
                    password: crate::testing::postgres().map(|p| p.password().to_string()),
                    pool_size: 4,
                };
                Service::open_postgres(&pg, [7; 32], opts).unwrap()
            }
            None => Service::open(self.dir.path(), opts).unwrap(),
        }
    }

    /// The backend as nobody, at `now`.
    fn anon(&self, now: Timestamp) -> Embedded {
        Embedded::new(self.service(now), None)
    }

    /// The backend as `token`'s user, at `now`.
    fn as_(&self, token: &str, now: Timestamp) -> Embedded {
        Embedded::new(self.service(now), Some(token.to_string()))
    }

    /// The SQLite file itself, for the tests of what is in it.
    fn db(&self) -> rusqlite::Connection {
        rusqlite::Connection::open(self.dir.path().join(super::DB_FILE)).unwrap()
    }

    /// The first column of the first row a query finds in the store.
    fn peek<T: super::store::FromValue>(&self, sql: &str, params: &[&str]) -> T {
        let params: Vec<super::store::Value> = params
            .iter()
            .map(|p| super::store::ToValue::to_value(*p))
            .collect();
        self.service(t0()).peek(sql, params)
    }
}

/// Runs this module's tests again on a PostgreSQL database each (a child run of this test
/// binary), where PostgreSQL is installed.
#[test]
fn the_rules_hold_on_postgres_too() {
    if store_var().is_some() {
        return;
    }
    let Some(pg) = crate::testing::postgres() else {
        return;
    };
    let out = std::process::Command::new(std::env::current_exe().unwrap())
        .args(["backend::tests::", "--test-threads", "4"])
        .env(STORE_VAR, "postgres")
        .envs(pg.env())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "on PostgreSQL:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let summary = stdout.lines().find(|l| l.starts_with("test result:"));
    eprintln!(
        "backend rule tests on PostgreSQL: {}",
        summary.unwrap_or("?")
    );
}

/// Foreign keys that need no index of their own: accounts and orders are never deleted, nothing
/// looks up accounts by their parent or mail by its account, and what an order granted is
/// looked up within its account.
const FOREIGN_KEYS_WITHOUT_INDEX: &str =
    "accounts.parent_id,benefits.order_id,outbox.account_id,subscriptions.order_id";

/// A foreign key without an index that starts with its column makes every read that follows
/// it, and every delete of what it points to, read the whole table: the tenant's domains for
/// each `GET /v1/me` read every tenant's.
#[test]
fn every_foreign_key_has_an_index_that_starts_with_its_column() {
    let world = World::new();
    let unindexed = if world.postgres.is_some() {
        "SELECT COALESCE(string_agg(k, ',' ORDER BY k), '') FROM (
             SELECT c.conrelid::regclass || '.' || a.attname AS k
             FROM pg_constraint c
             JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
             WHERE c.contype = 'f' AND NOT EXISTS (
                 SELECT 1 FROM pg_index i WHERE i.indrelid = c.conrelid AND i.indkey[0] = c.conkey[1])
         ) fk"
    } else {
        "SELECT COALESCE(group_concat(k, ','), '') FROM (
             SELECT m.name || '.' || f.\"from\" AS k
             FROM sqlite_master m, pragma_foreign_key_list(m.name) f
             WHERE m.type = 'table' AND NOT EXISTS (
                 SELECT 1 FROM pragma_index_list(m.name) l, pragma_index_info(l.name) c
                 WHERE c.seqno = 0 AND c.name = f.\"from\")
             ORDER BY k
         )"
    };
    let found: String = world.peek(unindexed, &[]);
    assert_eq!(found, FOREIGN_KEYS_WITHOUT_INDEX);
}

/// A runtime like `serve`'s (multi-threaded), where the PostgreSQL store may block.
fn run<T>(f: impl std::future::Future<Output = T>) -> T {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap()
        .block_on(f)
}

fn code_of<T: std::fmt::Debug>(r: Result<T, ApiError>) -> u32 {
    r.expect_err("the operation should have been refused").code
}

fn contact(email: &str) -> Contact {
    Contact {
        first_name: "Jane".into(),
        last_name: "Doe".into(),
        email: email.into(),
        phone_number: "+1 425 555 0100".into(),
    }
}

fn legal(company: &str, email: &str) -> LegalProfileInput {
    LegalProfileInput {
        company_name: company.into(),
        address: Address {
            country: "US".into(),
            city: "Redmond".into(),
            state: Some("WA".into()),
            address_line1: "1 Microsoft Way".into(),
            postal_code: "98052".into(),
            ..Address::default()
        },
        primary_contact: contact(email),
    }
}

fn enrollment(email: &str) -> CreateAccount {
    CreateAccount {
        legal_business_profile: legal("Contoso Ltd", email),
        agreement: AgreementAcceptance {
            accepted: true,
            signer: None,
        },
        organization_profile: None,
    }
}

/// A tenant `prefix` owning `prefix.com` whose Global admin signed in for the first time,
/// choosing a password (in `temporary_password` of the answer, where the tests read the
/// password); returns its Global admin's token.
async fn tenant(w: &World, prefix: &str) -> (TenantCreated, String) {
    let mut created = w
        .anon(t0())
        .create_tenant(CreateTenant {
            domain_prefix: prefix.into(),
            domains: vec![format!("{prefix}.com")],
            ..CreateTenant::default()
        })
        .await
        .unwrap();
    let upn = created.global_admin.user_principal_name.clone();
    let (password, tokens) = first_sign_in(w, &upn, &created.temporary_password, t0()).await;
    created.temporary_password = password;
    (created, tokens.access_token)
}

/// The first sign-in of a user with a temporary password, which chooses a new one: the new
/// password and the tokens.
async fn first_sign_in(w: &World, upn: &str, temporary: &str, now: Timestamp) -> (String, Tokens) {
    let chosen = format!("Chosen-{temporary}");
    let tokens = w
        .anon(now)
        .change_password(ChangePassword {
            username: upn.into(),
            password: temporary.into(),
            new_password: chosen.clone(),
        })
        .await
        .unwrap();
    (chosen, tokens)
}

/// The verification code in the latest mail to the account's contact.
async fn mailed_code(api: &Embedded) -> String {
    let mails = api.outbox().await.unwrap();
    let body = &mails.last().expect("a mail").body;
    let i = body.find("code ").expect("a code in the mail") + 5;
    body[i..i + 6].to_string()
}

/// A tenant with an authorized account, signed in as its Global admin (token valid an hour
/// from `t0`).
async fn authorized(w: &World, prefix: &str) -> (AccountCreated, String) {
    let (_, token) = tenant(w, prefix).await;
    let api = w.as_(&token, t0());
    let created = api
        .create_account(enrollment(&format!("jane@{prefix}.com")))
        .await
        .unwrap();
    if created.account.vetting_status != VettingStatus::Authorized {
        let code = mailed_code(&api).await;
        api.verify_account(AccountRef::global(), code)
            .await
            .unwrap();
    }
    (created, token)
}

/// Sign in again at `now` (access tokens last an hour).
async fn relogin(w: &World, upn: &str, password: &str, now: Timestamp) -> Embedded {
    let t = w
        .anon(now)
        .sign_in(SignIn {
            username: upn.into(),
            password: password.into(),
        })
        .await
        .unwrap();
    w.as_(&t.access_token, now)
}

/// Add a user with `roles` who then signed in for the first time; returns (upn, password).
async fn user_with(api: &Embedded, local: &str, roles: &[RoleName]) -> (String, String) {
    let me = api.whoami().await.unwrap();
    let domain = me
        .tenant
        .domains
        .iter()
        .find(|d| !d.is_default)
        .unwrap()
        .name
        .clone();
    let created = api
        .add_user(NewUser {
            email: format!("{local}@{domain}"),
            first_name: "Test".into(),
            last_name: local.into(),
            roles: roles.to_vec(),
            ..NewUser::default()
        })
        .await
        .unwrap();
    let upn = created.user.user_principal_name;
    let temporary = created.temporary_password.unwrap();
    let (password, _) = first_sign_in_with(api, &upn, &temporary).await;
    (upn, password)
}

/// [`first_sign_in`] on `api`'s service, at its clock.
async fn first_sign_in_with(api: &Embedded, upn: &str, temporary: &str) -> (String, Tokens) {
    let anon = Embedded::new(api.service().clone(), None);
    let chosen = format!("Chosen-{temporary}");
    let tokens = anon
        .change_password(ChangePassword {
            username: upn.into(),
            password: temporary.into(),
            new_password: chosen.clone(),
        })
        .await
        .unwrap();
    (chosen, tokens)
}

// ---------------------------------------------------------------------------------------------
// 1. Directory
// ---------------------------------------------------------------------------------------------

// Rule 1: the default domain prefix must be available.
#[test]
fn domain_prefix_must_be_available() {
    let w = World::new();
    run(async {
        tenant(&w, "contoso").await;
        let again = w
            .anon(t0())
            .create_tenant(CreateTenant {
                domain_prefix: "contoso".into(),
                ..CreateTenant::default()
            })
            .await;
        assert_eq!(code_of(again), Code::DomainTaken as u32);
        assert!(w
            .anon(t0())
            .domain_taken("contoso.onmicrosoft.com".into())
            .await
            .unwrap());
        assert!(!w
            .anon(t0())
            .domain_taken("fabrikam.onmicrosoft.com".into())
            .await
            .unwrap());
    });
}

// Rule 1: prefix 2-27 lowercase letters and digits.
#[test]
fn domain_prefix_format_is_checked() {
    let w = World::new();
    run(async {
        for bad in ["c", "Contoso", "contoso-ltd", &"a".repeat(28)] {
            let r = w
                .anon(t0())
                .create_tenant(CreateTenant {
                    domain_prefix: bad.into(),
                    ..CreateTenant::default()
                })
                .await;
            assert_eq!(
                r.unwrap_err().kind(),
                crate::error::ErrorKind::Invalid,
                "{bad}"
            );
        }
    });
}

// Rule 1 (sign-in): an unknown user name is checked against a decoy argon2 hash, as a wrong
// password is against the real one, and gets the same answer: neither the message nor the
// time taken tells which users exist.
#[test]
fn an_unknown_user_is_checked_and_answered_like_a_wrong_password() {
    let w = World::new();
    run(async {
        let (created, _) = tenant(&w, "contoso").await;
        let service = w.service(t0());
        let check = service
            .run(true, super::store::Access::Read, |tx| {
                super::directory::start_sign_in(tx, "nobody@contoso.onmicrosoft.com")
            })
            .unwrap();
        // No hash of theirs: the check runs argon2 on the decoy, as for a chosen password.
        assert!(check.hash.is_empty(), "{}", check.hash);
        assert_eq!(check.kind, super::secrets::HashKind::Argon2);
        let attempt = |username: String| {
            let api = w.anon(t0());
            async move {
                api.sign_in(SignIn {
                    username,
                    password: "Wrong-password-1".into(),
                })
                .await
                .unwrap_err()
            }
        };
        let unknown = attempt("nobody@contoso.onmicrosoft.com".into()).await;
        let wrong = attempt(created.global_admin.user_principal_name.clone()).await;
        assert_eq!(unknown.code, Code::BadCredentials as u32);
        assert_eq!(
            (unknown.code, &unknown.message),
            (wrong.code, &wrong.message)
        );
    });
}

// Rule 1: a new tenant's first user is a Global admin whose temporary password is returned
// once and stored only as a hash; tokens too are stored only as hashes.
#[test]
fn secrets_are_stored_only_as_hashes() {
    let w = World::new();
    run(async {
        let (created, token) = tenant(&w, "contoso").await;
        assert!(created.global_admin.roles.contains(&RoleName::GlobalAdmin));
        let hash: String = w.peek("SELECT password_hash FROM users", &[]);
        assert!(hash.starts_with("$argon2"));
        assert!(!hash.contains(&created.temporary_password));
        let dump: String = w.peek("SELECT access_hash || refresh_hash FROM sessions", &[]);
        assert!(!dump.contains(&token));
        // The password is never shown again.
        let me = w.as_(&token, t0()).whoami().await.unwrap();
        assert!(!serde_json::to_string(&me)
            .unwrap()
            .contains(&created.temporary_password));
    });
}

// Rule 1 (first sign-in): a temporary password (a new tenant's Global admin's, every new
// member's) signs in only to be changed, as in Azure AD: the sign-in with it is refused with
// a hint naming the way to change it; the change checks the current password (counting
// failures towards the lockout) and the policy, and then the new password, not the temporary
// one, signs in. The temporary password is stored under the keyed fast hash, the chosen one
// with argon2.
#[test]
fn a_temporary_password_must_change_at_the_first_sign_in() {
    let w = World::new();
    run(async {
        let created = w
            .anon(t0())
            .create_tenant(new_tenant("contoso"))
            .await
            .unwrap();
        assert_eq!(created.session, None, "signed in only when asked");
        let upn = created.global_admin.user_principal_name.clone();
        let temporary = created.temporary_password.clone();
        let kind = |w: &World| -> (String, bool) {
            (
                w.peek("SELECT password_kind FROM users WHERE upn = ?1", &[&upn]),
                w.peek(
                    "SELECT must_change_password FROM users WHERE upn = ?1",
                    &[&upn],
                ),
            )
        };
        assert_eq!(kind(&w), ("hmac-sha256".to_string(), true));
        let hash: String = w.peek("SELECT password_hash FROM users", &[]);
        assert_eq!(hash.len(), 64);
        assert!(!hash.contains(&temporary));
        let sign_in = |password: &str| {
            let api = w.anon(t0());
            let req = SignIn {
                username: upn.clone(),
                password: password.into(),
            };
            async move { api.sign_in(req).await }
        };
        let refused = sign_in(&temporary).await.unwrap_err();
        assert_eq!(refused.code, Code::PasswordChangeRequired as u32);
        assert_eq!(refused.exit_code(), 4);
        assert!(refused.message.contains("temporary"), "{}", refused.message);
        assert!(
            refused
                .hint
                .as_deref()
                .unwrap()
                .contains("--new-password-stdin"),
            "{refused:?}"
        );
        let change = |current: &str, new: &str| {
            let api = w.anon(t0());
            let req = ChangePassword {
                username: upn.clone(),
                password: current.into(),
                new_password: new.into(),
            };
            async move { api.change_password(req).await }
        };
        // The policy: long enough, three kinds of character, not the temporary password.
        for bad in ["Sh0rt!", "alllowercaseletters", temporary.as_str()] {
            let e = change(&temporary, bad).await.unwrap_err();
            assert_eq!(e.code, Code::InvalidInput as u32, "{bad}: {e:?}");
            assert_eq!(e.fields[0].field, "newPassword", "{e:?}");
        }
        // A wrong current password changes nothing and counts as a failed sign-in.
        let wrong = change("Wrong-password-1", "Correct-Horse-9").await;
        assert_eq!(code_of(wrong), Code::BadCredentials as u32);
        let failed: i64 = w.peek("SELECT failed_sign_ins FROM users WHERE upn = ?1", &[&upn]);
        assert_eq!(failed, 1);
        let tokens = change(&temporary, "Correct-Horse-9").await.unwrap();
        let me = w.as_(&tokens.access_token, t0()).whoami().await.unwrap();
        assert_eq!(me.user.user_principal_name, upn);
        assert_eq!(kind(&w), ("argon2".to_string(), false));
        let hash: String = w.peek("SELECT password_hash FROM users", &[]);
        assert!(hash.starts_with("$argon2id$"), "{hash}");
        // Now the chosen password signs in, and the temporary one no longer does.
        sign_in("Correct-Horse-9").await.unwrap();
        assert_eq!(
            code_of(sign_in(&temporary).await),
            Code::BadCredentials as u32
        );
        // A member added later gets a temporary password of their own, due for a change too.
        let added = w
            .as_(&tokens.access_token, t0())
            .add_user(NewUser {
                email: "ana@contoso.onmicrosoft.com".into(),
                first_name: "Ana".into(),
                last_name: "Lima".into(),
                ..NewUser::default()
            })
            .await
            .unwrap();
        let refused = w
            .anon(t0())
            .sign_in(SignIn {
                username: added.user.user_principal_name.clone(),
                password: added.temporary_password.unwrap(),
            })
            .await;
        assert_eq!(code_of(refused), Code::PasswordChangeRequired as u32);
    });
}

// Rule 1 (first sign-in): a run that creates a tenant and goes on as its Global admin asks
// the creation to sign it in; the change of the temporary password still falls due at the
// admin's first sign-in with it.
#[test]
fn creating_a_tenant_may_sign_the_creator_in() {
    let w = World::new();
    run(async {
        let created = w
            .anon(t0())
            .create_tenant(CreateTenant {
                sign_in: true,
                ..new_tenant("contoso")
            })
            .await
            .unwrap();
        let session = created.session.clone().expect("the creator's session");
        let api = w.as_(&session.access_token, t0());
        let me = api.whoami().await.unwrap();
        assert!(me.user.roles.contains(&RoleName::GlobalAdmin));
        api.create_account(enrollment("jane@contoso.onmicrosoft.com"))
            .await
            .unwrap();
        let first = w
            .anon(t0())
            .sign_in(SignIn {
                username: created.global_admin.user_principal_name.clone(),
                password: created.temporary_password.clone(),
            })
            .await;
        assert_eq!(code_of(first), Code::PasswordChangeRequired as u32);
    });
}

// Argon2 runs on the hashing pool, never inside a store transaction (where it would hold the
// writer, or a connection, for its tens of milliseconds): it asserts so in debug builds, so
// every test that hashes or checks a password checks the rule.
#[test]
#[should_panic(expected = "never inside a store transaction")]
fn argon2_refuses_to_run_inside_a_transaction() {
    let w = World::new();
    let service = w.service(t0());
    let _ = service.run(true, super::store::Access::Read, |_| {
        super::secrets::hash_password("Correct-Horse-9")
    });
}

// Rule 1: sign-in yields a short-lived access token and a refresh token.
#[test]
fn access_tokens_expire_and_refresh_rotates() {
    let w = World::new();
    run(async {
        let (created, _) = tenant(&w, "contoso").await;
        let tokens = w
            .anon(t0())
            .sign_in(SignIn {
                username: created.global_admin.user_principal_name.clone(),
                password: created.temporary_password.clone(),
            })
            .await
            .unwrap();
        let later = t0() + days(1);
        let expired = w.as_(&tokens.access_token, later).whoami().await;
        assert_eq!(code_of(expired), Code::SessionExpired as u32);
        let fresh = w
            .anon(later)
            .refresh(tokens.refresh_token.clone())
            .await
            .unwrap();
        w.as_(&fresh.access_token, later).whoami().await.unwrap();
        // The old refresh token was used up.
        let reuse = w.anon(later).refresh(tokens.refresh_token).await;
        assert_eq!(code_of(reuse), Code::SessionExpired as u32);
        // Wrong passwords are refused.
        let wrong = w
            .anon(t0())
            .sign_in(SignIn {
                username: created.global_admin.user_principal_name,
                password: "wrong".into(),
            })
            .await;
        assert_eq!(code_of(wrong), Code::BadCredentials as u32);
    });
}

// Sign-in is limited per user: ten failures within fifteen minutes lock the user out for
// fifteen minutes; failures spread wider than that never add up to a lock.
#[test]
fn failed_sign_ins_lock_only_within_the_window() {
    let w = World::new();
    run(async {
        let (created, _) = tenant(&w, "contoso").await;
        let upn = created.global_admin.user_principal_name.clone();
        let attempt = |at: Timestamp, password: &str| {
            let (upn, password) = (upn.clone(), password.to_string());
            let api = w.anon(at);
            async move {
                api.sign_in(SignIn {
                    username: upn,
                    password,
                })
                .await
            }
        };
        let minute = jiff::SignedDuration::from_mins(1);
        // Nine failures, then a tenth twenty minutes later: the first nine have expired.
        for i in 0..9 {
            let wrong = attempt(t0() + minute * i, "wrong").await;
            assert_eq!(code_of(wrong), Code::BadCredentials as u32);
        }
        let later = t0() + minute * 28;
        let tenth = attempt(later, "wrong").await;
        assert_eq!(code_of(tenth), Code::BadCredentials as u32);
        attempt(later, &created.temporary_password).await.unwrap();
        // Ten within the window lock, even the right password, for fifteen minutes.
        let t1 = t0() + days(1);
        for i in 0..10 {
            let wrong = attempt(t1 + minute * i, "wrong").await;
            assert_eq!(code_of(wrong), Code::BadCredentials as u32);
        }
        let locked = attempt(t1 + minute * 10, &created.temporary_password).await;
        assert_eq!(code_of(locked), Code::SignInLocked as u32);
        attempt(t1 + minute * 26, &created.temporary_password)
            .await
            .unwrap();
    });
}

// Rule 1: every request acts in one tenant and sees only that tenant's data.
#[test]
fn tenants_are_isolated() {
    let w = World::new();
    run(async {
        let (a, _) = authorized(&w, "contoso").await;
        let (_, token_b) = authorized(&w, "fabrikam").await;
        let b = w.as_(&token_b, t0());
        let mpn_a = a.account.mpn_id.clone();
        assert_eq!(
            code_of(b.account(AccountRef::mpn(&mpn_a)).await),
            Code::AccountNotFound as u32
        );
        assert_eq!(
            code_of(b.benefits(AccountRef::mpn(&mpn_a)).await),
            Code::AccountNotFound as u32
        );
        let benefit_of_a: String = w.peek(
            "SELECT id FROM benefits WHERE account_id = ?1 LIMIT 1",
            &[&a.account.id],
        );
        assert_eq!(
            code_of(b.activate_benefit(benefit_of_a).await),
            Code::BenefitNotFound as u32
        );
        let users = b.users().await.unwrap();
        assert!(users
            .iter()
            .all(|u| u.user_principal_name.ends_with("fabrikam.onmicrosoft.com")));
        assert_eq!(
            code_of(
                b.grant_role(RoleName::AdminAgent, "admin@contoso.onmicrosoft.com".into())
                    .await
            ),
            Code::UserNotFound as u32
        );
        let mails = b.outbox().await.unwrap();
        assert!(mails.iter().all(|m| m.to.ends_with("fabrikam.com")));
    });
}

// `GET /v1/me` reads the session, the user's roles and the tenant's domains at once: each
// role and each domain once, whatever the number of the others.
#[test]
fn whoami_lists_each_role_and_domain_once() {
    let w = World::new();
    run(async {
        let (_, token) = tenant(&w, "contoso").await;
        let admin = w.as_(&token, t0());
        let ga = admin.whoami().await.unwrap();
        let roles = [
            RoleName::AdminAgent,
            RoleName::SalesAgent,
            RoleName::HelpdeskAgent,
        ];
        let (upn, password) = user_with(&admin, "ana", &roles).await;
        let me = relogin(&w, &upn, &password, t0())
            .await
            .whoami()
            .await
            .unwrap();
        let mut expected = roles.to_vec();
        expected.sort();
        assert_eq!(me.user.roles, expected);
        assert_eq!(me.user.user_principal_name, upn);
        assert_eq!(me.tenant, ga.tenant);
        assert!(ga.tenant.domains.len() >= 2, "{:?}", ga.tenant.domains);
    });
}

// Partner Center's role routes name a member by id or userPrincipalName, in any case, and
// only within the caller's tenant.
#[test]
fn a_member_is_named_by_id_or_upn_in_any_case_within_the_tenant() {
    let w = World::new();
    run(async {
        let (a, token_a) = tenant(&w, "contoso").await;
        let (_, token_b) = tenant(&w, "fabrikam").await;
        let api = w.as_(&token_a, t0());
        let admin = a.global_admin.user_principal_name.clone();
        assert_eq!(api.upn_of(&admin.to_uppercase()).await.unwrap(), admin);
        let id = a.global_admin.id.to_uppercase();
        assert_eq!(api.upn_of(&id).await.unwrap(), admin);
        assert_eq!(
            code_of(api.upn_of("nobody@contoso.onmicrosoft.com").await),
            Code::UserNotFound as u32
        );
        let b = w.as_(&token_b, t0());
        assert_eq!(code_of(b.upn_of(&admin).await), Code::UserNotFound as u32);
    });
}

// A page of users carries the tenant's total, kept by the store as users come and go.
#[test]
fn a_page_of_users_counts_the_tenants_users_as_they_come_and_go() {
    let w = World::new();
    run(async {
        let (_, token_a) = tenant(&w, "contoso").await;
        let (_, token_b) = tenant(&w, "fabrikam").await;
        let a = w.as_(&token_a, t0());
        let mut added = Vec::new();
        for name in ["ana", "ben", "cy"] {
            added.push(user_with(&a, name, &[]).await.0);
        }
        a.remove_user(added[1].clone()).await.unwrap();
        let (total, page) = a.users_page(0, 2).await.unwrap();
        assert_eq!(
            (total, page.len()),
            (3, 2),
            "the Global admin and two of three added"
        );
        let (total, page) = a.users_page(2, 2).await.unwrap();
        assert_eq!((total, page.len()), (3, 1));
        let (total, _) = w.as_(&token_b, t0()).users_page(0, 10).await.unwrap();
        assert_eq!(total, 1, "another tenant's users are not counted");
    });
}

// Rule 1: guests may hold only MPN partner admin, Business profile admin or Referral admin.
#[test]
fn guests_hold_only_three_roles() {
    let w = World::new();
    run(async {
        let (_, token) = authorized(&w, "contoso").await;
        let api = w.as_(&token, t0());
        let guest = api
            .add_user(NewUser {
                email: "partner@fabrikam.com".into(),
                first_name: "Pat".into(),
                last_name: "Guest".into(),
                roles: vec![RoleName::MpnPartnerAdmin],
                guest: true,
                ..NewUser::default()
            })
            .await
            .unwrap();
        assert_eq!(guest.user.user_type, UserType::Guest);
        let upn = guest.user.user_principal_name;
        let r = api.grant_role(RoleName::AdminAgent, upn.clone()).await;
        assert_eq!(code_of(r), Code::InvalidRoleForGuest as u32);
        api.grant_role(RoleName::ReferralAdmin, upn.clone())
            .await
            .unwrap();
        // The same through `users apply`, which gives an existing user the roles it lacks (a
        // file that forgets the user is a guest too).
        let again = |roles: Vec<RoleName>, guest: bool| NewUser {
            email: "partner@fabrikam.com".into(),
            first_name: "Pat".into(),
            last_name: "Guest".into(),
            roles,
            guest,
            ..NewUser::default()
        };
        let r = api
            .apply_user(again(vec![RoleName::AdminAgent], false))
            .await;
        assert_eq!(code_of(r), Code::InvalidRoleForGuest as u32);
        let applied = api
            .apply_user(again(vec![RoleName::BusinessProfileAdmin], true))
            .await
            .unwrap();
        assert_eq!(applied.granted, vec![RoleName::BusinessProfileAdmin]);
        let listed = api.users().await.unwrap();
        let read = listed
            .iter()
            .find(|u| u.user_principal_name == upn)
            .unwrap();
        assert_eq!(&applied.user, read, "the answer is what a later read finds");
        assert!(read.roles.contains(&RoleName::BusinessProfileAdmin));
        assert!(!read.roles.contains(&RoleName::AdminAgent));
    });
}

/// A tenant's domains come once each, the default first and then by name, wherever the tenant
/// is answered: with the signed-in user (a row for every role and domain) or alone.
#[test]
fn a_tenants_domains_come_once_the_default_first_then_by_name() {
    let w = World::sandbox();
    run(async {
        let created = w
            .anon(t0())
            .create_tenant(CreateTenant {
                domains: vec!["zeta.com".into(), "alpha.com".into(), "mid.com".into()],
                ..new_tenant("contoso")
            })
            .await
            .unwrap();
        let upn = created.global_admin.user_principal_name.clone();
        let (_, tokens) = first_sign_in(&w, &upn, &created.temporary_password, t0()).await;
        let api = w.as_(&tokens.access_token, t0());
        api.grant_role(RoleName::BillingAdmin, upn.clone())
            .await
            .unwrap();
        let names =
            |t: &Tenant| -> Vec<String> { t.domains.iter().map(|d| d.name.clone()).collect() };
        let expected = [
            "contoso.onmicrosoft.com",
            "alpha.com",
            "beta.com",
            "mid.com",
            "zeta.com",
        ];
        let added = api.add_domain("beta.com".into()).await.unwrap();
        assert_eq!(names(&added), expected);
        let me = api.whoami().await.unwrap();
        assert_eq!(me.user.roles.len(), 2);
        assert_eq!(names(&me.tenant), expected);
    });
}

/// Adding a user and granting or taking away a role answer the user as written, without
/// reading them back: each answer is what a later read finds.
#[test]
fn a_users_changes_answer_what_a_later_read_finds() {
    let w = World::new();
    run(async {
        let (_, token) = authorized(&w, "contoso").await;
        let api = w.as_(&token, t0());
        let later = |upn: String| {
            let api = &api;
            async move {
                let users = api.users().await.unwrap();
                users
                    .into_iter()
                    .find(|u| u.user_principal_name == upn)
                    .unwrap()
            }
        };
        let created = api
            .add_user(NewUser {
                email: "amy@contoso.com".into(),
                first_name: " Amy ".into(),
                last_name: "Adams".into(),
                roles: vec![
                    RoleName::UserManagementAdmin,
                    RoleName::AdminAgent,
                    RoleName::UserManagementAdmin,
                ],
                ..NewUser::default()
            })
            .await
            .unwrap();
        let upn = created.user.user_principal_name.clone();
        assert_eq!(created.user, later(upn.clone()).await);
        let granted = api
            .grant_role(RoleName::BillingAdmin, upn.clone())
            .await
            .unwrap();
        assert_eq!(granted, later(upn.clone()).await);
        let again = api
            .grant_role(RoleName::BillingAdmin, upn.clone())
            .await
            .unwrap();
        assert_eq!(again, granted);
        // Named by email: the same user.
        let by_email = api
            .grant_role(RoleName::BillingAdmin, "AMY@contoso.com".into())
            .await
            .unwrap();
        assert_eq!(by_email, granted);
        let revoked = api
            .revoke_role(RoleName::AdminAgent, upn.clone())
            .await
            .unwrap();
        assert_eq!(revoked, later(upn.clone()).await);
        assert_eq!(
            revoked.roles,
            [RoleName::UserManagementAdmin, RoleName::BillingAdmin]
        );
    });
}

// ---------------------------------------------------------------------------------------------
// 2. Enrollment and vetting
// ---------------------------------------------------------------------------------------------

// Rule 2: the effects of enrollment.
#[test]
fn enrollment_creates_a_pending_account_with_mpn_id_membership_and_code() {
    let w = World::new();
    run(async {
        let (t, token) = tenant(&w, "contoso").await;
        let api = w.as_(&token, t0());
        let created = api
            .create_account(enrollment("jane@contoso.com"))
            .await
            .unwrap();
        let a = &created.account;
        assert!(uuid::Uuid::parse_str(&a.id).is_ok());
        assert_eq!(a.mpn_id.len(), 7);
        assert!(a.mpn_id.chars().all(|c| c.is_ascii_digit()));
        assert_eq!(a.vetting_status, VettingStatus::Pending);
        assert_eq!(a.vetting_sub_status, VettingSubStatus::EmailOwnership);
        assert_eq!(created.membership.status, MembershipStatus::Active);
        assert_eq!(created.membership.end_date, t0() + days(365));
        // Recorded agreement: type, version, time.
        assert_eq!(
            created.agreement.agreement_type,
            "MicrosoftPartnerNetworkAgreement"
        );
        assert!(!created.agreement.version.is_empty());
        assert_eq!(created.agreement.accepted_at, t0());
        // The code went to the primary contact.
        let mails = api.outbox().await.unwrap();
        assert_eq!(mails.last().unwrap().to, "jane@contoso.com");
        // The enrolling user is owner and Admin agent.
        let me = api.whoami().await.unwrap();
        assert!(me.user.owner);
        assert!(me.user.roles.contains(&RoleName::AdminAgent));
        assert_eq!(created.owner, t.global_admin.user_principal_name);
    });
}

// Rule 2: the signed-in user must be the tenant's Global admin to enroll.
#[test]
fn only_a_global_admin_enrolls() {
    let w = World::new();
    run(async {
        let (t, token) = tenant(&w, "contoso").await;
        let ga = w.as_(&token, t0());
        let (upn, pw) = user_with(&ga, "ua", &[RoleName::UserManagementAdmin]).await;
        let other = relogin(&w, &upn, &pw, t0()).await;
        let r = other.create_account(enrollment("jane@contoso.com")).await;
        assert_eq!(code_of(r), Code::Forbidden as u32);
        drop(t);
    });
}

// Rule 2: every failing field is reported, not just the first; nothing is written.
#[test]
fn enrollment_reports_every_failing_field() {
    let w = World::new();
    run(async {
        let (_, token) = tenant(&w, "contoso").await;
        let api = w.as_(&token, t0());
        let mut req = enrollment("info@contoso.com");
        req.legal_business_profile.company_name = " ".into();
        req.legal_business_profile.address.postal_code = "ABC".into();
        let e = api.create_account(req).await.unwrap_err();
        let fields: Vec<&str> = e.fields.iter().map(|f| f.field.as_str()).collect();
        assert!(
            fields.contains(&"legalBusinessProfile.companyName"),
            "{fields:?}"
        );
        assert!(
            fields.contains(&"legalBusinessProfile.address.postalCode"),
            "{fields:?}"
        );
        assert!(
            fields.contains(&"legalBusinessProfile.primaryContact.email"),
            "{fields:?}"
        );
        let n: i64 = w.peek("SELECT COUNT(*) FROM accounts", &[]);
        assert_eq!(n, 0);
    });
}

// Rule 2: the agreement must be accepted explicitly.
#[test]
fn agreement_must_be_accepted() {
    let w = World::new();
    run(async {
        let (_, token) = tenant(&w, "contoso").await;
        let mut req = enrollment("jane@contoso.com");
        req.agreement.accepted = false;
        let r = w.as_(&token, t0()).create_account(req).await;
        assert_eq!(code_of(r), Code::AgreementNotAccepted as u32);
    });
}

// Rule 2: the signer must be a user of the tenant.
#[test]
fn agreement_signer_must_be_a_tenant_user() {
    let w = World::new();
    run(async {
        let (_, token) = tenant(&w, "contoso").await;
        let api = w.as_(&token, t0());
        let mut req = enrollment("jane@contoso.com");
        req.agreement.signer = Some(contact("stranger@fabrikam.com"));
        assert_eq!(
            code_of(api.create_account(req).await),
            Code::InvalidInput as u32
        );
        let (upn, _) = user_with(&api, "ceo", &[]).await;
        let mut req = enrollment("jane@contoso.com");
        req.agreement.signer = Some(contact(&upn));
        let created = api.create_account(req).await.unwrap();
        assert_eq!(created.agreement.signer_email, "ceo@contoso.com");
    });
}

// Rule 2: one partner account per tenant; enrolling twice is a conflict.
#[test]
fn one_global_account_per_tenant() {
    let w = World::new();
    run(async {
        let (_, token) = authorized(&w, "contoso").await;
        let r = w
            .as_(&token, t0())
            .create_account(enrollment("jane@contoso.com"))
            .await;
        assert_eq!(code_of(r), Code::AccountExists as u32);
        let n: i64 = w.peek("SELECT COUNT(*) FROM accounts", &[]);
        assert_eq!(n, 1);
    });
}

// Rule 2: the right code on the tenant's domain authorizes; a foreign domain is rejected.
#[test]
fn vetting_checks_the_email_domain() {
    let w = World::new();
    run(async {
        let (_, token) = tenant(&w, "contoso").await;
        let api = w.as_(&token, t0());
        api.create_account(enrollment("jane@contoso.com"))
            .await
            .unwrap();
        let code = mailed_code(&api).await;
        let v = api
            .verify_account(AccountRef::global(), code)
            .await
            .unwrap();
        assert_eq!(v.vetting_status, VettingStatus::Authorized);

        let (_, token) = tenant(&w, "fabrikam").await;
        let api = w.as_(&token, t0());
        api.create_account(enrollment("jane@elsewhere.example"))
            .await
            .unwrap();
        let code = mailed_code(&api).await;
        let v = api
            .verify_account(AccountRef::global(), code)
            .await
            .unwrap();
        assert_eq!(v.vetting_status, VettingStatus::Rejected);
        assert_eq!(v.vetting_sub_status, VettingSubStatus::EmailDomain);
    });
}

// Rule 2: a wrong code is an error; five lock verification for an hour.
#[test]
fn five_wrong_codes_lock_verification_for_an_hour() {
    let w = World::new();
    run(async {
        let (t, token) = tenant(&w, "contoso").await;
        let api = w.as_(&token, t0());
        api.create_account(enrollment("jane@contoso.com"))
            .await
            .unwrap();
        let code = mailed_code(&api).await;
        let wrong = if code == "000000" { "111111" } else { "000000" };
        for left in [
            "4 attempts left",
            "3 attempts left",
            "2 attempts left",
            "1 attempt left",
        ] {
            let e = api
                .verify_account(AccountRef::global(), wrong.into())
                .await
                .unwrap_err();
            assert_eq!(e.code, Code::WrongVerificationCode as u32);
            assert!(e.message.contains(left), "{left}: {}", e.message);
        }
        let e = api
            .verify_account(AccountRef::global(), wrong.into())
            .await
            .unwrap_err();
        assert_eq!(e.code, Code::VerificationLocked as u32);
        assert!(
            e.message.ends_with("until 2026-11-24 10:00 UTC"),
            "{}",
            e.message
        );
        // Locked: even the right code is refused within the hour...
        let r = w
            .as_(&token, t0() + jiff::SignedDuration::from_mins(59))
            .verify_account(AccountRef::global(), code.clone())
            .await;
        assert_eq!(code_of(r), Code::VerificationLocked as u32);
        // ...and accepted after it.
        let later = relogin(
            &w,
            &t.global_admin.user_principal_name,
            &t.temporary_password,
            t0() + jiff::SignedDuration::from_mins(61),
        )
        .await;
        let v = later
            .verify_account(AccountRef::global(), code)
            .await
            .unwrap();
        assert_eq!(v.vetting_status, VettingStatus::Authorized);
    });
}

// Rule 2: codes expire after 7 days.
#[test]
fn codes_expire_after_seven_days() {
    let w = World::new();
    run(async {
        let (t, token) = tenant(&w, "contoso").await;
        let api = w.as_(&token, t0());
        api.create_account(enrollment("jane@contoso.com"))
            .await
            .unwrap();
        let code = mailed_code(&api).await;
        let later = relogin(
            &w,
            &t.global_admin.user_principal_name,
            &t.temporary_password,
            t0() + days(7) + jiff::SignedDuration::from_secs(1),
        )
        .await;
        let r = later.verify_account(AccountRef::global(), code).await;
        assert_eq!(code_of(r), Code::CodeExpired as u32);
        // A new code works.
        later.resend_code(AccountRef::global()).await.unwrap();
        let code = mailed_code(&later).await;
        later
            .verify_account(AccountRef::global(), code)
            .await
            .unwrap();
    });
}

/// The other six-digit code than `code`.
fn wrong_code(code: &str) -> String {
    if code == "000000" { "111111" } else { "000000" }.to_string()
}

// Rule 2: five wrong codes lock verification, whatever a dry run is asked: a dry run does
// not check the code at all, so it tells nothing about it (no oracle outside the lockout).
#[test]
fn a_dry_run_verification_does_not_check_the_code() {
    let w = World::new();
    run(async {
        let (_, token) = tenant(&w, "contoso").await;
        let api = w.as_(&token, t0());
        api.create_account(enrollment("jane@contoso.com"))
            .await
            .unwrap();
        let code = mailed_code(&api).await;
        let dry = w.as_(&token, t0()).dry_run(true);
        let mut answers = Vec::new();
        for guess in [wrong_code(&code), code.clone()] {
            let v = dry
                .verify_account(AccountRef::global(), guess)
                .await
                .expect("a dry run answers without checking the code");
            assert_eq!(v.vetting_status, VettingStatus::Pending);
            let note = v.note.clone().unwrap_or_default();
            assert!(note.contains("the code was not checked"), "{note}");
            answers.push(v);
        }
        assert_eq!(
            answers[0], answers[1],
            "a wrong and the right code: one answer"
        );
        for _ in 0..30 {
            dry.verify_account(AccountRef::global(), wrong_code(&code))
                .await
                .unwrap();
        }
        // Nothing was counted, nothing verified: the real attempts are all still there.
        let e = api
            .verify_account(AccountRef::global(), wrong_code(&code))
            .await
            .unwrap_err();
        assert!(e.message.contains("4 attempts left"), "{}", e.message);
        // A dry run still says what needs no code: verification is locked.
        for _ in 0..4 {
            let _ = api
                .verify_account(AccountRef::global(), wrong_code(&code))
                .await;
        }
        let r = dry.verify_account(AccountRef::global(), code).await;
        assert_eq!(code_of(r), Code::VerificationLocked as u32);
    });
}

// Rule 2: a new code gives no new guesses: wrong codes count across resends (five within the
// hour lock verification), and resends are limited (five an hour per account).
#[test]
fn resending_the_code_does_not_reset_the_wrong_codes() {
    let w = World::new();
    run(async {
        let (_, token) = tenant(&w, "contoso").await;
        let api = w.as_(&token, t0());
        api.create_account(enrollment("jane@contoso.com"))
            .await
            .unwrap();
        for _ in 0..4 {
            let code = mailed_code(&api).await;
            let r = api
                .verify_account(AccountRef::global(), wrong_code(&code))
                .await;
            assert_eq!(code_of(r), Code::WrongVerificationCode as u32);
        }
        api.resend_code(AccountRef::global()).await.unwrap();
        let code = mailed_code(&api).await;
        let r = api
            .verify_account(AccountRef::global(), wrong_code(&code))
            .await;
        assert_eq!(
            code_of(r),
            Code::VerificationLocked as u32,
            "the fifth wrong code locks, across the resend"
        );
        let r = api.verify_account(AccountRef::global(), code).await;
        assert_eq!(code_of(r), Code::VerificationLocked as u32);
    });
}

#[test]
fn resends_are_limited_per_hour() {
    let w = World::new();
    run(async {
        let (t, token) = tenant(&w, "contoso").await;
        let api = w.as_(&token, t0());
        api.create_account(enrollment("jane@contoso.com"))
            .await
            .unwrap();
        for minute in 0..5 {
            w.as_(&token, t0() + jiff::SignedDuration::from_mins(minute))
                .resend_code(AccountRef::global())
                .await
                .unwrap();
        }
        let e = w
            .as_(&token, t0() + jiff::SignedDuration::from_mins(30))
            .resend_code(AccountRef::global())
            .await
            .unwrap_err();
        assert_eq!(e.code, Code::ResendLimitReached as u32);
        assert!(
            e.message
                .contains("the next can be sent at 2026-11-24 10:00 UTC"),
            "{}",
            e.message
        );
        // Refused resends send nothing; the latest code still works.
        let mails = api.outbox().await.unwrap();
        assert_eq!(mails.len(), 6, "the first code and five resends");
        // An hour after the first resend, one can be sent again.
        let later = relogin(
            &w,
            &t.global_admin.user_principal_name,
            &t.temporary_password,
            t0() + jiff::SignedDuration::from_mins(60),
        )
        .await;
        later.resend_code(AccountRef::global()).await.unwrap();
        let code = mailed_code(&later).await;
        let v = later
            .verify_account(AccountRef::global(), code)
            .await
            .unwrap();
        assert_eq!(v.vetting_status, VettingStatus::Authorized);
    });
}

// Rule 2: verifying an authorized account again is nothing to do, not an error.
#[test]
fn verifying_an_authorized_account_is_nothing_to_do() {
    let w = World::new();
    run(async {
        let (_, token) = authorized(&w, "contoso").await;
        let api = w.as_(&token, t0());
        let v = api
            .verify_account(AccountRef::global(), "123456".into())
            .await
            .unwrap();
        assert_eq!(v.vetting_status, VettingStatus::Authorized);
        let note = v.note.unwrap_or_default();
        assert!(note.contains("already authorized: nothing to do"), "{note}");
        // A rejected account has no code waiting: that is an error, saying what to do.
        let (_, token) = tenant(&w, "fabrikam").await;
        let api = w.as_(&token, t0());
        api.create_account(enrollment("jane@elsewhere.example"))
            .await
            .unwrap();
        let code = mailed_code(&api).await;
        api.verify_account(AccountRef::global(), code.clone())
            .await
            .unwrap();
        let e = api
            .verify_account(AccountRef::global(), code)
            .await
            .unwrap_err();
        assert_eq!(e.code, Code::AlreadyVerified as u32);
        assert!(
            e.message.contains("vetting is rejected (email domain)"),
            "{}",
            e.message
        );
        assert!(e.hint.unwrap_or_default().contains("account update"));
    });
}

// Messages name states as tables do, in lowercase words.
#[test]
fn messages_name_states_as_tables_do() {
    let w = World::new();
    run(async {
        let (_, token) = tenant(&w, "contoso").await;
        let api = w.as_(&token, t0());
        api.create_account(enrollment("jane@contoso.com"))
            .await
            .unwrap();
        let e = api
            .upgrade(AccountRef::global(), action_pack(PaymentMethod::Card))
            .await
            .unwrap_err();
        assert!(
            e.message.contains("(vetting: pending (email ownership))"),
            "{}",
            e.message
        );
    });
}

// Rule 2: the mail (the verification codes) is read by those who manage the account's
// vetting, not by every member.
#[test]
fn only_vetting_managers_read_the_mail() {
    let w = World::new();
    run(async {
        let (created, token) = authorized(&w, "contoso").await;
        let _ = created;
        let ga = w.as_(&token, t0());
        assert!(!ga.outbox().await.unwrap().is_empty());
        let (upn, pw) = user_with(&ga, "member", &[]).await;
        let member = relogin(&w, &upn, &pw, t0()).await;
        assert_eq!(code_of(member.outbox().await), Code::Forbidden as u32);
        let (upn, pw) = user_with(&ga, "agent", &[RoleName::AdminAgent]).await;
        let agent = relogin(&w, &upn, &pw, t0()).await;
        assert!(!agent.outbox().await.unwrap().is_empty());
    });
}

// Rule 2: until Authorized, nothing can be bought, upgraded or activated.
#[test]
fn nothing_is_bought_or_activated_before_authorization() {
    let w = World::new();
    run(async {
        let (_, token) = tenant(&w, "contoso").await;
        let api = w.as_(&token, t0());
        api.create_account(enrollment("jane@contoso.com"))
            .await
            .unwrap();
        let up = api
            .upgrade(
                AccountRef::global(),
                Upgrade {
                    target: UpgradeTarget::ActionPack,
                    payment: PaymentMethod::Card,
                    attested_by: None,
                },
            )
            .await;
        assert_eq!(code_of(up), Code::NotAuthorized as u32);
        let b = api.benefits(AccountRef::global()).await.unwrap();
        let r = api.activate_benefit(b[0].id.clone()).await;
        assert_eq!(code_of(r), Code::NotAuthorized as u32);
        let all = api
            .activate_benefits(AccountRef::global(), kinds_of(&b))
            .await;
        assert_eq!(code_of(all), Code::NotAuthorized as u32);
    });
}

// Rule 2 (sandbox): the backend confirms codes itself; the domain rule still holds.
#[test]
fn a_sandbox_confirms_codes_itself() {
    let w = World::sandbox();
    run(async {
        let (_, token) = tenant(&w, "contoso").await;
        let service = w.service(t0());
        service.set_public_url("https://partners.test/");
        let api = Embedded::new(service, Some(token));
        assert!(api.is_sandbox());
        let created = api
            .create_account(enrollment("jane@contoso.com"))
            .await
            .unwrap();
        assert_eq!(created.account.vetting_status, VettingStatus::Authorized);
        // The mail links to no confirmation page: there is nothing left to confirm.
        let mails = api.outbox().await.unwrap();
        let body = &mails.last().expect("a mail").body;
        assert!(!body.contains("/confirm/"), "{body}");
        let (_, token) = tenant(&w, "fabrikam").await;
        let created = w
            .as_(&token, t0())
            .create_account(enrollment("jane@elsewhere.example"))
            .await
            .unwrap();
        assert_eq!(created.account.vetting_status, VettingStatus::Rejected);
    });
    // Not a sandbox: the contact must confirm.
    let w = World::new();
    run(async {
        let (_, token) = tenant(&w, "contoso").await;
        let created = w
            .as_(&token, t0())
            .create_account(enrollment("jane@contoso.com"))
            .await
            .unwrap();
        assert_eq!(created.account.vetting_status, VettingStatus::Pending);
    });
}

// Rule 2: locations need Account admin or Global admin, and get their own MPN ID, vetting
// and membership.
#[test]
fn locations_have_their_own_mpn_id_vetting_and_membership() {
    let w = World::new();
    run(async {
        let (created, token) = authorized(&w, "contoso").await;
        let ga = w.as_(&token, t0());
        let (upn, pw) = user_with(&ga, "agent", &[RoleName::AdminAgent]).await;
        let agent = relogin(&w, &upn, &pw, t0()).await;
        let mut sub = legal("Contoso GmbH", "max@contoso.com");
        sub.address = Address {
            country: "DE".into(),
            city: "München".into(),
            address_line1: "Walter-Gropius-Straße 5".into(),
            postal_code: "80807".into(),
            ..Address::default()
        };
        assert_eq!(
            code_of(agent.add_location(sub.clone()).await),
            Code::Forbidden as u32
        );
        let (upn, pw) = user_with(&ga, "acct", &[]).await;
        ga.grant_role(RoleName::AccountAdmin, upn.clone())
            .await
            .unwrap();
        let acct = relogin(&w, &upn, &pw, t0()).await;
        let loc = acct.add_location(sub).await.unwrap();
        let read = acct.account(AccountRef::mpn(&loc.mpn_id)).await.unwrap();
        assert_eq!(loc, read, "answered as stored");
        assert_eq!(loc.kind, AccountKind::Location);
        assert_ne!(loc.mpn_id, created.account.mpn_id);
        assert_eq!(loc.vetting_status, VettingStatus::Pending);
        let m = acct.membership(AccountRef::mpn(&loc.mpn_id)).await.unwrap();
        assert_eq!(m.status, MembershipStatus::Active);
        let locs = ga.locations().await.unwrap();
        assert_eq!(locs.len(), 1);
    });
}

// ---------------------------------------------------------------------------------------------
// 3. Membership and orders
// ---------------------------------------------------------------------------------------------

fn action_pack(payment: PaymentMethod) -> Upgrade {
    Upgrade {
        target: UpgradeTarget::ActionPack,
        payment,
        attested_by: None,
    }
}

fn competency(area: CompetencyArea, level: CompetencyLevel) -> Upgrade {
    Upgrade {
        target: UpgradeTarget::Competency { area, level },
        payment: PaymentMethod::Card,
        attested_by: None,
    }
}

/// A tenant with an authorized account; returns the GA's (upn, password).
async fn authorized_ga(w: &World, prefix: &str) -> (String, String) {
    let api = w.anon(t0());
    let t = api
        .create_tenant(CreateTenant {
            domain_prefix: prefix.into(),
            domains: vec![format!("{prefix}.com")],
            ..CreateTenant::default()
        })
        .await
        .unwrap();
    let upn = t.global_admin.user_principal_name.clone();
    let (password, tokens) = first_sign_in(w, &upn, &t.temporary_password, t0()).await;
    let ga = w.as_(&tokens.access_token, t0());
    ga.create_account(enrollment(&format!("jane@{prefix}.com")))
        .await
        .unwrap();
    let code = mailed_code(&ga).await;
    ga.verify_account(AccountRef::global(), code).await.unwrap();
    (upn, password)
}

// Rule 3: renewal only inside [anniversary, anniversary + 30 days], naming when the window
// opens; a renewal moves the end date by a year, to the same anniversary (365 days read as
// the anniversary they name: the term renewed here spans 29 February 2028).
#[test]
fn renewal_window_and_term() {
    let w = World::new();
    run(async {
        let (upn, pw) = authorized_ga(&w, "contoso").await;
        // Action Pack: the renewal costs something, so it can be refunded below.
        relogin(&w, &upn, &pw, t0())
            .await
            .upgrade(AccountRef::global(), action_pack(PaymentMethod::Card))
            .await
            .unwrap();
        let end = t0() + days(365);
        assert_eq!(end, "2027-11-24T09:00:00Z".parse::<Timestamp>().unwrap());
        let before = relogin(&w, &upn, &pw, end - days(1)).await;
        let e = before
            .renew(AccountRef::global(), PaymentMethod::Card)
            .await
            .unwrap_err();
        assert_eq!(e.code, Code::RenewalWindowNotOpen as u32);
        assert!(
            e.message.contains("opens at 2027-11-24 09:00 UTC"),
            "{}",
            e.message
        );
        // Renewed on its anniversary: it ends on the same date a year later.
        let on = relogin(&w, &upn, &pw, end).await;
        let p = on
            .renew(AccountRef::global(), PaymentMethod::Card)
            .await
            .unwrap();
        assert_eq!(
            p.membership.end_date,
            "2028-11-24T09:00:00Z".parse::<Timestamp>().unwrap()
        );
        assert_eq!(p.membership.status, MembershipStatus::Active);
        // A refund of the renewal puts the anniversary back where it was.
        on.refund_order(p.order.id.clone()).await.unwrap();
        let m = on.membership(AccountRef::global()).await.unwrap();
        assert_eq!(m.end_date, end);
    });
}

// Rule 3: past the anniversary the account is read-only (no profile change, purchase or
// activation) until renewed.
#[test]
fn an_expired_membership_is_read_only() {
    let w = World::new();
    run(async {
        let (upn, pw) = authorized_ga(&w, "contoso").await;
        let api = relogin(&w, &upn, &pw, t0() + days(366)).await;
        let m = api.membership(AccountRef::global()).await.unwrap();
        assert_eq!(m.status, MembershipStatus::Expired);
        assert!(m.read_only);
        let up = api
            .upgrade(AccountRef::global(), action_pack(PaymentMethod::Card))
            .await;
        assert_eq!(code_of(up), Code::NetworkMembershipInactive as u32);
        let b = api.benefits(AccountRef::global()).await.unwrap();
        assert_eq!(
            code_of(api.activate_benefit(b[0].id.clone()).await),
            Code::MembershipExpired as u32
        );
        assert_eq!(
            code_of(
                api.activate_benefits(AccountRef::global(), kinds_of(&b))
                    .await
            ),
            Code::MembershipExpired as u32
        );
        let upd = api
            .update_legal_profile(
                AccountRef::global(),
                legal("Contoso Two", "jane@contoso.com"),
                None,
            )
            .await;
        assert_eq!(code_of(upd), Code::MembershipExpired as u32);
        api.renew(AccountRef::global(), PaymentMethod::Card)
            .await
            .unwrap();
        api.activate_benefit(b[0].id.clone()).await.unwrap();
    });
}

// Rule 3: past the window the membership lapses: benefits withdrawn, renewal refused, it
// must be bought again.
#[test]
fn a_lapsed_membership_loses_its_benefits() {
    let w = World::new();
    run(async {
        let (_, upn, pw) = with_action_pack(&w).await;
        let late = relogin(&w, &upn, &pw, t0() + days(365 + 31)).await;
        let m = late.membership(AccountRef::global()).await.unwrap();
        assert_eq!(m.status, MembershipStatus::Lapsed);
        let b = late.benefits(AccountRef::global()).await.unwrap();
        assert!(b.iter().all(|b| b.status == BenefitStatus::Withdrawn));
        let r = late.renew(AccountRef::global(), PaymentMethod::Card).await;
        assert_eq!(code_of(r), Code::MembershipLapsed as u32);
        let p = late.rejoin(AccountRef::global()).await.unwrap();
        assert_eq!(p.membership.status, MembershipStatus::Active);
        assert!(p.membership.subscriptions.is_empty());
        let b = late.benefits(AccountRef::global()).await.unwrap();
        // Only the new network benefits are usable; the old ones stay withdrawn.
        assert!(b.iter().any(|b| b.status == BenefitStatus::Available));
        assert!(b
            .iter()
            .filter(|b| b.offer_id == "action-pack")
            .all(|b| b.status == BenefitStatus::Withdrawn));
    });
}

// Rule 3: Action Pack is one per account.
#[test]
fn one_action_pack_per_account() {
    let w = World::new();
    run(async {
        let (upn, pw) = authorized_ga(&w, "contoso").await;
        let api = relogin(&w, &upn, &pw, t0()).await;
        let p = api
            .upgrade(AccountRef::global(), action_pack(PaymentMethod::Card))
            .await
            .unwrap();
        assert_eq!(p.order.status, OrderStatus::Completed);
        assert_eq!(p.order.total.amount, 530.0);
        let again = api
            .upgrade(AccountRef::global(), action_pack(PaymentMethod::Card))
            .await;
        assert_eq!(code_of(again), Code::AlreadySubscribed as u32);
    });
}

// Rule 3: a Gold holder cannot buy Silver in the same area; Silver -> Gold costs 25% less;
// a competency purchase records who attested.
#[test]
fn competency_levels_and_upgrade_price() {
    let w = World::new();
    run(async {
        let (upn, pw) = authorized_ga(&w, "contoso").await;
        let api = relogin(&w, &upn, &pw, t0()).await;
        let gold = api
            .upgrade(
                AccountRef::global(),
                competency(CompetencyArea::Security, CompetencyLevel::Gold),
            )
            .await
            .unwrap();
        assert_eq!(gold.order.total.amount, 4730.0);
        let silver = api
            .upgrade(
                AccountRef::global(),
                competency(CompetencyArea::Security, CompetencyLevel::Silver),
            )
            .await;
        assert_eq!(code_of(silver), Code::GoldHeld as u32);
        api.upgrade(
            AccountRef::global(),
            competency(CompetencyArea::DataAnalytics, CompetencyLevel::Silver),
        )
        .await
        .unwrap();
        let up = api
            .upgrade(
                AccountRef::global(),
                competency(CompetencyArea::DataAnalytics, CompetencyLevel::Gold),
            )
            .await
            .unwrap();
        assert_eq!(up.order.total.amount, 4730.0 * 0.75);
        let subs = &up.membership.subscriptions;
        let da: Vec<_> = subs
            .iter()
            .filter(|s| s.area == Some(CompetencyArea::DataAnalytics))
            .collect();
        assert_eq!(da.len(), 1);
        assert_eq!(da[0].level, Some(CompetencyLevel::Gold));
        assert_eq!(da[0].attested_by.as_deref(), Some(upn.as_str()));
    });
}

// Rule 3: card orders complete at once; invoice orders wait until paid and expire after 30
// days unpaid; benefits come with completion.
#[test]
fn invoice_orders_wait_for_payment_and_expire() {
    let w = World::new();
    run(async {
        let (upn, pw) = authorized_ga(&w, "contoso").await;
        let api = relogin(&w, &upn, &pw, t0()).await;
        let p = api
            .upgrade(AccountRef::global(), action_pack(PaymentMethod::Invoice))
            .await
            .unwrap();
        assert_eq!(p.order.status, OrderStatus::PendingPayment);
        let b = api.benefits(AccountRef::global()).await.unwrap();
        assert!(b.iter().all(|b| b.offer_id != "action-pack"));
        let paid = api.pay_order(p.order.id.clone()).await.unwrap();
        assert_eq!(paid.status, OrderStatus::Completed);
        let b = api.benefits(AccountRef::global()).await.unwrap();
        assert!(b.iter().any(|b| b.offer_id == "action-pack"));
        // What paying and buying by card answer is the order as stored.
        let stored = |id: String| {
            let api = &api;
            async move {
                let orders = api.orders(AccountRef::global()).await.unwrap();
                orders.into_iter().find(|o| o.id == id).unwrap()
            }
        };
        assert_eq!(stored(paid.id.clone()).await, paid);
        let by_card = api
            .upgrade(
                AccountRef::global(),
                competency(CompetencyArea::DataAnalytics, CompetencyLevel::Silver),
            )
            .await
            .unwrap();
        assert_eq!(by_card.order.status, OrderStatus::Completed);
        assert_eq!(stored(by_card.order.id.clone()).await, by_card.order);

        let p = api
            .upgrade(
                AccountRef::global(),
                Upgrade {
                    payment: PaymentMethod::Invoice,
                    ..competency(CompetencyArea::Security, CompetencyLevel::Silver)
                },
            )
            .await
            .unwrap();
        let late = relogin(&w, &upn, &pw, t0() + days(31)).await;
        let orders = late.orders(AccountRef::global()).await.unwrap();
        let o = orders.iter().find(|o| o.id == p.order.id).unwrap();
        assert_eq!(o.status, OrderStatus::Expired);
        assert_eq!(
            code_of(late.pay_order(p.order.id).await),
            Code::OrderNotPayable as u32
        );
    });
}

fn wants(targets: &[UpgradeTarget]) -> MembershipWants {
    MembershipWants {
        targets: targets.to_vec(),
    }
}

fn comp(area: CompetencyArea, level: CompetencyLevel) -> UpgradeTarget {
    UpgradeTarget::Competency { area, level }
}

fn steps(plan: &MembershipPlan) -> Vec<PlanStep> {
    plan.items.iter().map(|i| i.step.clone()).collect()
}

fn buy(offer_id: &str, upgrade: bool) -> PlanStep {
    PlanStep::Buy {
        offer_id: offer_id.into(),
        upgrade,
    }
}

// Rule 3, as a plan: a programme held is not bought again, Gold held holds Silver in its
// area, Silver held and Gold wanted is an upgrade; the offers to buy come from the catalog;
// asking buys nothing.
#[test]
fn a_membership_plan_counts_gold_as_silver_and_buys_nothing() {
    use CompetencyArea::*;
    use CompetencyLevel::*;
    let w = World::new();
    run(async {
        let (upn, pw) = authorized_ga(&w, "contoso").await;
        let api = relogin(&w, &upn, &pw, t0()).await;
        for (area, level) in [(Security, Gold), (DataAnalytics, Silver)] {
            api.upgrade(AccountRef::global(), competency(area, level))
                .await
                .unwrap();
        }
        let orders = || async { api.orders(AccountRef::global()).await.unwrap().len() };
        let before = orders().await;
        let targets = [
            UpgradeTarget::ActionPack,
            comp(Security, Silver),
            comp(Security, Gold),
            comp(DataAnalytics, Gold),
            comp(CloudPlatform, Silver),
        ];
        let plan = api
            .membership_plan(AccountRef::global(), wants(&targets))
            .await
            .unwrap();
        assert_eq!(
            plan.items.iter().map(|i| &i.target).collect::<Vec<_>>(),
            targets.iter().collect::<Vec<_>>()
        );
        assert_eq!(
            steps(&plan),
            [
                buy("action-pack", false),
                PlanStep::Held,
                PlanStep::Held,
                buy("competency-data-analytics-gold", true),
                buy("competency-cloud-platform-silver", false),
            ]
        );
        assert_eq!(orders().await, before);
        // What the plan says to buy, upgrade buys; then all of it is held.
        for item in &plan.items {
            if let PlanStep::Buy { .. } = item.step {
                let req = Upgrade {
                    target: item.target.clone(),
                    ..action_pack(PaymentMethod::Card)
                };
                api.upgrade(AccountRef::global(), req).await.unwrap();
            }
        }
        let plan = api
            .membership_plan(AccountRef::global(), wants(&targets))
            .await
            .unwrap();
        assert!(
            steps(&plan).iter().all(|s| *s == PlanStep::Held),
            "{plan:?}"
        );
    });
}

// Rule 2: MPN IDs are unique. A new account whose drawn MPN ID is taken writes nothing (and
// `insert_account` draws again).
#[test]
fn an_account_with_a_taken_mpn_id_is_not_written() {
    use super::store::queries::accounts::{insert, NewAccount};
    use super::store::Access;
    let w = World::new();
    run(async {
        let (created, _) = tenant(&w, "contoso").await;
        let service = w.service(t0());
        let legal = legal("Contoso", "jane@contoso.com");
        let tenant_id = created.tenant.id.clone();
        let account = |id: &'static str| NewAccount {
            id,
            tenant_id: &tenant_id,
            mpn_id: "4242424",
            kind: AccountKind::Location,
            parent_id: None,
            legal: &legal,
            legal_etag: "e",
            org: None,
            org_etag: "e",
            owner_user_id: None,
            vetting: (VettingStatus::Pending, VettingSubStatus::EmailOwnership),
        };
        let (first, second) = service
            .run(false, Access::Write, |tx| {
                Ok((insert(tx, &account("a1"))?, insert(tx, &account("a2"))?))
            })
            .unwrap();
        assert_eq!(first.map(|r| r.mpn_id).as_deref(), Some("4242424"));
        assert!(second.is_none(), "the second was written");
        let second = service
            .run(false, Access::Read, |tx| {
                super::store::queries::accounts::by_id(tx, "a2")
            })
            .unwrap();
        assert!(second.is_none());
    });
}

fn apply(targets: &[UpgradeTarget], payment: PaymentMethod) -> ApplyMembership {
    ApplyMembership {
        targets: targets.to_vec(),
        payment,
        attested_by: None,
    }
}

/// Each item's step, with a bought order shown by its offer, status and upgrade flag.
fn applied(a: &MembershipApplied) -> Vec<String> {
    a.items
        .iter()
        .map(|i| match &i.step {
            AppliedStep::Held => "held".to_string(),
            AppliedStep::AwaitingPayment { order_id } => format!("awaiting {order_id}"),
            AppliedStep::Bought { order, upgrade } => format!(
                "bought {} {:?}{}",
                order.offer_ids.join(","),
                order.status,
                if *upgrade { " (upgrade)" } else { "" }
            ),
        })
        .collect()
}

// Rule 3, applied: what the plan says to buy is bought in one change; Silver then Gold in one
// area is an upgrade of the Silver just bought; an invoice order awaits payment and stands
// for its programme next time; what is held is not bought again; and a failure buys nothing.
#[test]
fn applying_a_membership_buys_what_the_plan_lacks_in_one_change() {
    use CompetencyArea::*;
    use CompetencyLevel::*;
    let w = World::new();
    run(async {
        let (upn, pw) = authorized_ga(&w, "contoso").await;
        let api = relogin(&w, &upn, &pw, t0()).await;
        let at = AccountRef::global;
        let orders = || async { api.orders(at()).await.unwrap() };
        api.upgrade(at(), competency(Security, Gold)).await.unwrap();
        let before = orders().await.len();

        // A failure (an attester who is not a user) buys nothing, not even Action Pack first.
        let mut bad = apply(
            &[UpgradeTarget::ActionPack, comp(DataAnalytics, Silver)],
            PaymentMethod::Card,
        );
        bad.attested_by = Some("nobody@contoso.onmicrosoft.com".into());
        assert!(api.apply_membership(at(), bad).await.is_err());
        assert_eq!(orders().await.len(), before, "nothing bought");

        let targets = [
            UpgradeTarget::ActionPack,
            comp(Security, Silver),
            comp(DataAnalytics, Silver),
            comp(DataAnalytics, Gold),
        ];
        let first = api
            .apply_membership(at(), apply(&targets, PaymentMethod::Card))
            .await
            .unwrap();
        assert_eq!(
            applied(&first),
            [
                "bought action-pack Completed",
                "held",
                "bought competency-data-analytics-silver Completed",
                "bought competency-data-analytics-gold Completed (upgrade)",
            ]
        );
        let after = orders().await;
        assert_eq!(after.len(), before + 3);
        for item in &first.items {
            if let AppliedStep::Bought { order, .. } = &item.step {
                assert!(after.contains(order), "answered as stored: {order:?}");
            }
        }
        let held = api.membership(at()).await.unwrap();
        let levels: Vec<_> = held
            .subscriptions
            .iter()
            .filter(|s| s.area == Some(DataAnalytics))
            .map(|s| s.level)
            .collect();
        assert_eq!(
            levels,
            [Some(Gold)],
            "Gold superseded the Silver bought with it"
        );

        let again = api
            .apply_membership(at(), apply(&targets, PaymentMethod::Card))
            .await
            .unwrap();
        assert!(applied(&again).iter().all(|s| s == "held"), "{again:?}");
        assert_eq!(orders().await.len(), before + 3);

        let cloud = [comp(CloudPlatform, Silver)];
        let invoiced = api
            .apply_membership(at(), apply(&cloud, PaymentMethod::Invoice))
            .await
            .unwrap();
        let AppliedStep::Bought { order, .. } = &invoiced.items[0].step else {
            panic!("{invoiced:?}")
        };
        assert_eq!(order.status, OrderStatus::PendingPayment);
        let waiting = api
            .apply_membership(at(), apply(&cloud, PaymentMethod::Card))
            .await
            .unwrap();
        assert_eq!(applied(&waiting), [format!("awaiting {}", order.id)]);
    });
}

// Rule 2 and rule 3, applied: buying needs an authorized account and an active membership.
#[test]
fn applying_a_membership_needs_what_buying_needs() {
    let w = World::new();
    run(async {
        let (upn, pw) = authorized_ga(&w, "contoso").await;
        let api = relogin(&w, &upn, &pw, t0() + days(366)).await;
        let ap = apply(&[UpgradeTarget::ActionPack], PaymentMethod::Card);
        assert_eq!(
            code_of(api.apply_membership(AccountRef::global(), ap.clone()).await),
            Code::NetworkMembershipInactive as u32
        );
        api.renew(AccountRef::global(), PaymentMethod::Card)
            .await
            .unwrap();
        api.apply_membership(AccountRef::global(), ap)
            .await
            .unwrap();
    });
}

// Rule 3, as a plan: an invoice order awaiting payment stands for what it buys (Action Pack,
// or any level of its competency area), until it expires; the plan reads on an expired or
// lapsed membership the same way (a lapsed one holds nothing).
#[test]
fn a_membership_plan_names_the_order_awaiting_payment() {
    use CompetencyArea::*;
    use CompetencyLevel::*;
    let w = World::new();
    run(async {
        let (upn, pw) = authorized_ga(&w, "contoso").await;
        let api = relogin(&w, &upn, &pw, t0()).await;
        let ap = api
            .upgrade(AccountRef::global(), action_pack(PaymentMethod::Invoice))
            .await
            .unwrap()
            .order;
        let silver = api
            .upgrade(
                AccountRef::global(),
                Upgrade {
                    payment: PaymentMethod::Invoice,
                    ..competency(Security, Silver)
                },
            )
            .await
            .unwrap()
            .order;
        let targets = [
            UpgradeTarget::ActionPack,
            comp(Security, Gold),
            comp(DataAnalytics, Silver),
        ];
        let plan_at = |days_later: i64| {
            let targets = wants(&targets);
            let (upn, pw) = (upn.clone(), pw.clone());
            let w = &w;
            async move {
                relogin(w, &upn, &pw, t0() + days(days_later))
                    .await
                    .membership_plan(AccountRef::global(), targets)
                    .await
                    .unwrap()
            }
        };
        let awaiting = |id: &str| PlanStep::AwaitingPayment {
            order_id: id.to_string(),
        };
        assert_eq!(
            steps(&plan_at(0).await),
            [
                awaiting(&ap.id),
                awaiting(&silver.id),
                buy("competency-data-analytics-silver", false),
            ]
        );
        // Unpaid for 30 days, the orders expired: nothing stands in the way.
        let fresh = [
            buy("action-pack", false),
            buy("competency-security-gold", false),
            buy("competency-data-analytics-silver", false),
        ];
        assert_eq!(steps(&plan_at(31).await), fresh);
        // Expired (read-only) and lapsed: still answered.
        assert_eq!(steps(&plan_at(366).await), fresh);
        assert_eq!(steps(&plan_at(365 + 31).await), fresh);
    });
}

// Who may ask: any member when all of it is held; what is to be bought names orders, so then
// only who may see orders.
#[test]
fn a_membership_plan_with_something_to_buy_is_for_who_sees_orders() {
    let w = World::new();
    run(async {
        let (ga, _, _) = with_action_pack(&w).await;
        let (member, member_pw) = user_with(&ga, "member", &[]).await;
        let member = relogin(&w, &member, &member_pw, t0()).await;
        let held = member
            .membership_plan(AccountRef::global(), wants(&[UpgradeTarget::ActionPack]))
            .await
            .unwrap();
        assert_eq!(steps(&held), [PlanStep::Held]);
        let more = wants(&[
            UpgradeTarget::ActionPack,
            comp(CompetencyArea::Security, CompetencyLevel::Silver),
        ]);
        let refused = member
            .membership_plan(AccountRef::global(), more.clone())
            .await;
        assert_eq!(code_of(refused), Code::Forbidden as u32);
        let (billing, billing_pw) = user_with(&ga, "billing", &[RoleName::BillingAdmin]).await;
        let billing = relogin(&w, &billing, &billing_pw, t0()).await;
        billing
            .membership_plan(AccountRef::global(), more)
            .await
            .unwrap();
    });
}

// Rule 3: a refund within 30 days if no benefit was activated and no key viewed.
#[test]
fn refunds_need_30_days_no_activation_no_key_viewed() {
    let w = World::new();
    run(async {
        let (upn, pw) = authorized_ga(&w, "contoso").await;
        let api = relogin(&w, &upn, &pw, t0()).await;
        let ap = api
            .upgrade(AccountRef::global(), action_pack(PaymentMethod::Card))
            .await
            .unwrap();
        let b = api.benefits(AccountRef::global()).await.unwrap();
        let key_benefit = b
            .iter()
            .find(|b| b.offer_id == "action-pack" && b.kind == BenefitKind::ProductKey)
            .unwrap();
        api.product_keys(key_benefit.id.clone()).await.unwrap();
        assert_eq!(
            code_of(api.refund_order(ap.order.id.clone()).await),
            Code::RefundNotAllowed as u32
        );

        let s = api
            .upgrade(
                AccountRef::global(),
                competency(CompetencyArea::Security, CompetencyLevel::Silver),
            )
            .await
            .unwrap();
        let b = api.benefits(AccountRef::global()).await.unwrap();
        let sb = b
            .iter()
            .find(|b| b.order_id == s.order.id && b.kind == BenefitKind::CloudCredit)
            .unwrap();
        api.activate_benefit(sb.id.clone()).await.unwrap();
        assert_eq!(
            code_of(api.refund_order(s.order.id.clone()).await),
            Code::RefundNotAllowed as u32
        );

        let c = api
            .upgrade(
                AccountRef::global(),
                competency(CompetencyArea::CloudPlatform, CompetencyLevel::Silver),
            )
            .await
            .unwrap();
        let late = relogin(&w, &upn, &pw, t0() + days(31)).await;
        assert_eq!(
            code_of(late.refund_order(c.order.id.clone()).await),
            Code::RefundNotAllowed as u32
        );
        let d = api
            .upgrade(
                AccountRef::global(),
                competency(CompetencyArea::DataAnalytics, CompetencyLevel::Silver),
            )
            .await
            .unwrap();
        let r = api.refund_order(d.order.id.clone()).await.unwrap();
        assert_eq!(r.status, OrderStatus::Refunded);
        let b = api.benefits(AccountRef::global()).await.unwrap();
        let granted: Vec<_> = b.iter().filter(|b| b.order_id == d.order.id).collect();
        assert!(!granted.is_empty());
        assert!(granted.iter().all(|b| b.status == BenefitStatus::Refunded));
        let m = api.membership(AccountRef::global()).await.unwrap();
        assert!(m
            .subscriptions
            .iter()
            .all(|s| s.area != Some(CompetencyArea::DataAnalytics)));
    });
}

// ---------------------------------------------------------------------------------------------
// 4. Benefits
// ---------------------------------------------------------------------------------------------

/// Contoso's Global admin, signed in at t0, its partner account authorized and holding Action
/// Pack (bought by card); with the admin's UPN and password.
async fn with_action_pack(w: &World) -> (Embedded, String, String) {
    let (upn, pw) = authorized_ga(w, "contoso").await;
    let api = relogin(w, &upn, &pw, t0()).await;
    api.upgrade(AccountRef::global(), action_pack(PaymentMethod::Card))
        .await
        .unwrap();
    (api, upn, pw)
}

/// Every kind among `benefits`, once each, in their order.
fn kinds_of(benefits: &[Benefit]) -> BenefitKinds {
    let mut kinds = Vec::new();
    for b in benefits {
        if !kinds.contains(&b.kind) {
            kinds.push(b.kind);
        }
    }
    BenefitKinds { kinds }
}

// Rule 4, for many at once: the available benefits of the kinds asked for are activated, in
// one change; one activated before keeps its ids, the other kinds stay available.
#[test]
fn activating_benefits_by_kind_takes_the_available_ones_of_those_kinds_only() {
    let w = World::new();
    run(async {
        let (api, _, _) = with_action_pack(&w).await;
        let before = api.benefits(AccountRef::global()).await.unwrap();
        let kinds = kinds_of(&before).kinds;
        assert!(kinds.len() >= 3, "{kinds:?}");
        let asked = BenefitKinds {
            kinds: kinds[..2].to_vec(),
        };
        let early = before.iter().find(|b| b.kind == kinds[0]).unwrap();
        let early = api.activate_benefit(early.id.clone()).await.unwrap();

        let got = api
            .activate_benefits(AccountRef::global(), asked.clone())
            .await
            .unwrap();
        let after = api.benefits(AccountRef::global()).await.unwrap();
        let expected: Vec<&str> = before
            .iter()
            .filter(|b| asked.kinds.contains(&b.kind) && b.id != early.id)
            .map(|b| b.id.as_str())
            .collect();
        assert!(!expected.is_empty());
        let ids: Vec<&str> = got.activated.iter().map(|b| b.id.as_str()).collect();
        assert_eq!(ids, expected);
        for b in &after {
            if let Some(answered) = got.activated.iter().find(|a| a.id == b.id) {
                assert_eq!(answered, b, "answered as stored");
                assert!(b.access_id.is_some() && b.contract_id.is_some());
            } else if b.id == early.id {
                assert_eq!(b, &early, "left as it was");
            } else {
                assert!(!asked.kinds.contains(&b.kind));
                assert_eq!(
                    b.status,
                    BenefitStatus::Available,
                    "{} not asked for",
                    b.name
                );
            }
        }
        let again = api
            .activate_benefits(AccountRef::global(), asked)
            .await
            .unwrap();
        assert!(again.activated.is_empty(), "{again:?}");
        assert_eq!(again.mpn_id, got.mpn_id);
    });
}

// Rule 4: activating needs Global admin or MPN partner admin and yields an access id and a
// contract id every user of the account can see; buying does not need Global admin.
#[test]
fn activation_roles_and_visible_ids() {
    let w = World::new();
    run(async {
        let (upn, pw) = authorized_ga(&w, "contoso").await;
        let ga = relogin(&w, &upn, &pw, t0()).await;
        let (mpa, mpa_pw) = user_with(&ga, "mpa", &[RoleName::MpnPartnerAdmin]).await;
        let (agent, agent_pw) = user_with(&ga, "agent", &[RoleName::AdminAgent]).await;
        let mpa = relogin(&w, &mpa, &mpa_pw, t0()).await;
        let agent = relogin(&w, &agent, &agent_pw, t0()).await;
        mpa.upgrade(AccountRef::global(), action_pack(PaymentMethod::Card))
            .await
            .unwrap();
        let b = mpa.benefits(AccountRef::global()).await.unwrap();
        let credit = b
            .iter()
            .find(|b| b.kind == BenefitKind::CloudCredit)
            .unwrap();
        assert_eq!(
            code_of(agent.activate_benefit(credit.id.clone()).await),
            Code::Forbidden as u32
        );
        let a = mpa.activate_benefit(credit.id.clone()).await.unwrap();
        assert_eq!(a.status, BenefitStatus::Activated);
        let seen = agent.benefits(AccountRef::global()).await.unwrap();
        let seen = seen.iter().find(|b| b.id == credit.id).unwrap();
        assert!(seen.access_id.is_some() && seen.contract_id.is_some());
        // The answer is the benefit as stored: a later read sees the same.
        assert_eq!(seen, &a);
        assert!(a.activated_by.as_deref().unwrap().starts_with("mpa@"));
    });
}

// Rule 4: assigning needs Global admin; seats never exceed the quantity; a seat can be
// reassigned only after 90 days.
#[test]
fn seats_assignment_rules() {
    let w = World::new();
    run(async {
        let (ga, upn, pw) = with_action_pack(&w).await;
        let b = ga.benefits(AccountRef::global()).await.unwrap();
        let seats = b
            .iter()
            .find(|b| b.kind == BenefitKind::Seats)
            .unwrap()
            .clone();
        ga.activate_benefit(seats.id.clone()).await.unwrap();
        let mut users = Vec::new();
        for i in 0..=seats.quantity {
            users.push(user_with(&ga, &format!("dev{i}"), &[]).await);
        }
        let (mpa, mpa_pw) = user_with(&ga, "mpa", &[RoleName::MpnPartnerAdmin]).await;
        let mpa = relogin(&w, &mpa, &mpa_pw, t0()).await;
        let assign = |u: &str, replace: Option<String>| AssignSeat {
            user_principal_name: u.to_string(),
            replace,
        };
        assert_eq!(
            code_of(
                mpa.assign_benefit(seats.id.clone(), assign(&users[0].0, None))
                    .await
            ),
            Code::Forbidden as u32
        );
        for (u, _) in users.iter().take(seats.quantity as usize) {
            ga.assign_benefit(seats.id.clone(), assign(u, None))
                .await
                .unwrap();
        }
        let extra = &users[seats.quantity as usize].0;
        assert_eq!(
            code_of(
                ga.assign_benefit(seats.id.clone(), assign(extra, None))
                    .await
            ),
            Code::SeatsExhausted as u32
        );
        let r = ga
            .assign_benefit(seats.id.clone(), assign(extra, Some(users[0].0.clone())))
            .await;
        assert_eq!(code_of(r), Code::SeatReassignTooSoon as u32);
        let later = relogin(&w, &upn, &pw, t0() + days(90)).await;
        let moved = later
            .assign_benefit(seats.id.clone(), assign(extra, Some(users[0].0.clone())))
            .await
            .unwrap();
        assert_eq!(moved.assignments.len() as i64, seats.quantity);
        assert!(moved
            .assignments
            .iter()
            .any(|a| &a.user_principal_name == extra));
    });
}

// Rule 4: each product key is redeemable once; viewing keys is recorded.
#[test]
fn product_keys_redeem_once_and_views_are_recorded() {
    let w = World::new();
    run(async {
        let (ga, _, _) = with_action_pack(&w).await;
        let b = ga.benefits(AccountRef::global()).await.unwrap();
        let kb = b
            .iter()
            .find(|b| b.kind == BenefitKind::ProductKey)
            .unwrap();
        let keys = ga.product_keys(kb.id.clone()).await.unwrap();
        assert_eq!(keys.keys.len() as i64, kb.quantity);
        let viewed: Option<i64> = w.peek(
            "SELECT keys_viewed_at FROM benefits WHERE id = ?1",
            &[&kb.id],
        );
        assert!(viewed.is_some());
        let k = keys.keys[0].key.clone();
        let after = ga.redeem_key(kb.id.clone(), k.clone()).await.unwrap();
        assert!(after.keys[0].redeemed);
        assert_eq!(
            code_of(ga.redeem_key(kb.id.clone(), k).await),
            Code::KeyAlreadyRedeemed as u32
        );
    });
}

// ---------------------------------------------------------------------------------------------
// 5. Users and permissions
// ---------------------------------------------------------------------------------------------

// Rule 5: adding users needs Global admin, User management admin or Admin agent; emails are
// unique in the tenant; the temporary password is shown once.
#[test]
fn adding_users() {
    let w = World::new();
    run(async {
        let (upn, pw) = authorized_ga(&w, "contoso").await;
        let ga = relogin(&w, &upn, &pw, t0()).await;
        let (agent, agent_pw) = user_with(&ga, "agent", &[RoleName::AdminAgent]).await;
        let (sales, sales_pw) = user_with(&ga, "sales", &[RoleName::SalesAgent]).await;
        let agent = relogin(&w, &agent, &agent_pw, t0()).await;
        let sales = relogin(&w, &sales, &sales_pw, t0()).await;
        let alice = NewUser {
            email: "alice@contoso.com".into(),
            first_name: "Alice".into(),
            last_name: "Smith".into(),
            ..NewUser::default()
        };
        assert_eq!(
            code_of(sales.add_user(alice.clone()).await),
            Code::Forbidden as u32
        );
        let created = agent.add_user(alice.clone()).await.unwrap();
        assert!(created.temporary_password.is_some());
        assert_eq!(
            created.user.user_principal_name,
            "alice@contoso.onmicrosoft.com"
        );
        let again = agent.add_user(alice.clone()).await.unwrap_err();
        assert_eq!(again.code, Code::UserExists as u32);
        assert!(again.message.contains("email alice@contoso.com"), "{again}");
        // Another email whose userPrincipalName would be the same.
        let namesake = NewUser {
            email: "alice@fabrikam.com".into(),
            ..alice.clone()
        };
        let taken = agent.add_user(namesake).await.unwrap_err();
        assert_eq!(taken.code, Code::UserExists as u32);
        assert!(taken.message.contains("userPrincipalName"), "{taken}");
        let elsewhere = NewUser {
            email: "alice2@contoso.com".into(),
            user_principal_name: Some("alice2@fabrikam.com".into()),
            ..alice
        };
        let refused = agent.add_user(elsewhere).await.unwrap_err();
        assert_eq!(refused.code, Code::InvalidInput as u32);
        assert_eq!(refused.fields[0].field, "userPrincipalName");
        let listed = serde_json::to_string(&ga.users().await.unwrap()).unwrap();
        assert!(!listed.contains(created.temporary_password.as_deref().unwrap()));
    });
}

// Rule 5: directory roles by Global admin or User management admin (Global admin only by a
// Global admin); Partner Center roles by Global admin or Account admin; the backend checks.
#[test]
fn who_assigns_which_roles() {
    let w = World::new();
    run(async {
        let (upn, pw) = authorized_ga(&w, "contoso").await;
        let ga = relogin(&w, &upn, &pw, t0()).await;
        let (uma, uma_pw) = user_with(&ga, "uma", &[RoleName::UserManagementAdmin]).await;
        let (acct, acct_pw) = user_with(&ga, "acct", &[RoleName::AccountAdmin]).await;
        let (target, _) = user_with(&ga, "bob", &[]).await;
        let uma = relogin(&w, &uma, &uma_pw, t0()).await;
        let acct = relogin(&w, &acct, &acct_pw, t0()).await;
        uma.grant_role(RoleName::AdminAgent, target.clone())
            .await
            .unwrap();
        assert_eq!(
            code_of(uma.grant_role(RoleName::GlobalAdmin, target.clone()).await),
            Code::Forbidden as u32
        );
        assert_eq!(
            code_of(
                uma.grant_role(RoleName::MpnPartnerAdmin, target.clone())
                    .await
            ),
            Code::Forbidden as u32
        );
        acct.grant_role(RoleName::MpnPartnerAdmin, target.clone())
            .await
            .unwrap();
        assert_eq!(
            code_of(acct.grant_role(RoleName::SalesAgent, target.clone()).await),
            Code::Forbidden as u32
        );
        let u = ga
            .grant_role(RoleName::GlobalAdmin, target.clone())
            .await
            .unwrap();
        assert!(u.roles.contains(&RoleName::GlobalAdmin));
        let members = ga.role_members(RoleName::GlobalAdmin).await.unwrap();
        assert_eq!(members.len(), 2);
    });
}

// Rule 5: the owner is not removable and their roles are not removable by others; the last
// Global admin can never be removed or demoted.
#[test]
fn owner_and_last_global_admin_are_protected() {
    let w = World::new();
    run(async {
        let (upn, pw) = authorized_ga(&w, "contoso").await;
        let ga = relogin(&w, &upn, &pw, t0()).await;
        // Last Global admin: not demoted (by themselves either).
        assert_eq!(
            code_of(ga.revoke_role(RoleName::GlobalAdmin, upn.clone()).await),
            Code::LastGlobalAdmin as u32
        );
        let (other, other_pw) = user_with(&ga, "second", &[]).await;
        ga.grant_role(RoleName::GlobalAdmin, other.clone())
            .await
            .unwrap();
        let second = relogin(&w, &other, &other_pw, t0()).await;
        // The owner: not removable (the refusal says what can be done instead), roles not
        // removable by others.
        let e = second.remove_user(upn.clone()).await.unwrap_err();
        assert_eq!(e.code, Code::OwnerProtected as u32);
        let hint = e.hint.unwrap_or_default();
        assert!(hint.contains("the owner stays"), "{hint}");
        assert!(hint.contains("partnerctl users revoke ROLE"), "{hint}");
        assert_eq!(
            code_of(second.revoke_role(RoleName::AdminAgent, upn.clone()).await),
            Code::OwnerProtected as u32
        );
        // The owner may give up their own role while another Global admin remains.
        ga.revoke_role(RoleName::AdminAgent, upn.clone())
            .await
            .unwrap();
        // Remove the second Global admin; then the owner is the last one again.
        ga.remove_user(other.clone()).await.unwrap();
        assert_eq!(
            code_of(ga.revoke_role(RoleName::GlobalAdmin, upn.clone()).await),
            Code::LastGlobalAdmin as u32
        );
    });
}

// The list of users says of each what the user itself says: their roles, and whether they own
// the partner account (read for all users at once, not one by one).
#[test]
fn the_users_list_gives_each_user_their_roles_and_ownership() {
    let w = World::new();
    run(async {
        let (upn, pw) = authorized_ga(&w, "contoso").await;
        let ga = relogin(&w, &upn, &pw, t0()).await;
        let (agent, _) = user_with(&ga, "agent", &[RoleName::AdminAgent]).await;
        let (plain, _) = user_with(&ga, "plain", &[]).await;
        ga.grant_role(RoleName::BillingAdmin, agent.clone())
            .await
            .unwrap();
        let listed = ga.users().await.unwrap();
        assert_eq!(listed.len(), 3);
        for u in &listed {
            // Taking away a role nobody holds answers with the user as read on their own.
            let alone = ga
                .revoke_role(RoleName::SalesAgent, u.user_principal_name.clone())
                .await
                .unwrap();
            assert_eq!(u, &alone);
        }
        let of = |name: &str| {
            listed
                .iter()
                .find(|u| u.user_principal_name == name)
                .unwrap()
        };
        assert!(of(&upn).owner);
        assert!(of(&upn).roles.contains(&RoleName::GlobalAdmin));
        assert!(!of(&agent).owner);
        let mut both = vec![RoleName::BillingAdmin, RoleName::AdminAgent];
        both.sort();
        assert_eq!(of(&agent).roles, both);
        assert!(of(&plain).roles.is_empty() && !of(&plain).owner);
    });
}

// Rule 5: the last Global admin cannot be removed (when they are not the owner).
#[test]
fn last_global_admin_cannot_be_removed() {
    let w = World::new();
    run(async {
        let (t, token) = tenant(&w, "contoso").await;
        let ga = w.as_(&token, t0());
        let (uma, uma_pw) = user_with(&ga, "uma", &[RoleName::UserManagementAdmin]).await;
        let uma = relogin(&w, &uma, &uma_pw, t0()).await;
        // Not a Global admin: refused for that reason first.
        let r = uma
            .remove_user(t.global_admin.user_principal_name.clone())
            .await;
        assert_eq!(code_of(r), Code::Forbidden as u32);
        let r = ga
            .remove_user(t.global_admin.user_principal_name.clone())
            .await;
        assert_eq!(code_of(r), Code::LastGlobalAdmin as u32);
    });
}

// ---------------------------------------------------------------------------------------------
// Transactions and dry runs
// ---------------------------------------------------------------------------------------------

// One transaction per operation: a dry run answers as if done and writes nothing.
#[test]
fn dry_run_writes_nothing() {
    let w = World::new();
    run(async {
        let (_, token) = tenant(&w, "contoso").await;
        let api = w.as_(&token, t0()).dry_run(true);
        let created = api
            .create_account(enrollment("jane@contoso.com"))
            .await
            .unwrap();
        assert_eq!(created.account.vetting_status, VettingStatus::Pending);
        let n: i64 = w.peek("SELECT COUNT(*) FROM accounts", &[]);
        assert_eq!(n, 0);
    });
}

// ---------------------------------------------------------------------------------------------
// 6. Protocol: idempotency by request id
// ---------------------------------------------------------------------------------------------

fn key(id: &str, body: &str) -> super::RequestKey {
    super::RequestKey::new(id, "POST", "/v1/users", body.as_bytes())
}

fn new_user(local: &str) -> NewUser {
    NewUser {
        email: format!("{local}@idem.com"),
        first_name: "Test".into(),
        last_name: local.into(),
        ..NewUser::default()
    }
}

#[test]
fn a_repeated_request_id_gets_the_first_answer_and_changes_nothing() {
    let w = World::new();
    run(async {
        let (_, token) = tenant(&w, "idem").await;
        let id = crate::random::uuid().to_string();
        let first = w
            .as_(&token, t0())
            .request(Some(key(&id, "ana")))
            .add_user(new_user("ana"))
            .await
            .unwrap();
        // A new service: the answer survives a restart of the server.
        let again = w
            .as_(&token, t0())
            .request(Some(key(&id, "ana")))
            .add_user(new_user("ana"))
            .await
            .unwrap();
        assert_eq!(first, again, "the temporary password too");
        assert_eq!(w.as_(&token, t0()).users().await.unwrap().len(), 2);
        // The answer holds a temporary password; the store never has it in the clear.
        let stored: Vec<u8> = w.peek("SELECT answer FROM request_log", &[]);
        let password = first.temporary_password.unwrap();
        assert!(!String::from_utf8_lossy(&stored).contains(&password));
    });
}

// Protocol: a repeat whose operation would succeed again (with another answer) gets the
// first answer, and its second run changes nothing.
#[test]
fn a_repeated_request_that_would_answer_otherwise_gets_the_first_answer() {
    let w = World::new();
    run(async {
        let (upn, pw) = authorized_ga(&w, "idem").await;
        let api = relogin(&w, &upn, &pw, t0()).await;
        let kinds = kinds_of(&api.benefits(AccountRef::global()).await.unwrap());
        let key = super::RequestKey::new("act-1", "POST", "/v1/benefits/activate", b"all");
        let sender = api.clone().request(Some(key));
        let send = || sender.activate_benefits(AccountRef::global(), kinds.clone());
        let first = send().await.unwrap();
        assert!(!first.activated.is_empty());
        let stamps = |b: &[Benefit]| -> Vec<Option<String>> {
            b.iter().map(|b| b.access_id.clone()).collect()
        };
        let stored = stamps(&api.benefits(AccountRef::global()).await.unwrap());
        let again = send().await.unwrap();
        assert_eq!(again, first, "the first answer, not an empty one");
        let now = stamps(&api.benefits(AccountRef::global()).await.unwrap());
        assert_eq!(now, stored, "nothing changed");
    });
}

#[test]
fn a_request_id_reused_for_another_request_is_refused() {
    let w = World::new();
    run(async {
        let (_, token) = tenant(&w, "idem").await;
        let api = w.as_(&token, t0());
        api.clone()
            .request(Some(key("r1", "ana")))
            .add_user(new_user("ana"))
            .await
            .unwrap();
        let r = api
            .clone()
            .request(Some(key("r1", "bo")))
            .add_user(new_user("bo"))
            .await;
        assert_eq!(code_of(r), Code::RequestIdReused as u32);
        // Another caller's id space is its own.
        let (_, other) = tenant(&w, "other").await;
        w.as_(&other, t0())
            .request(Some(key("r1", "bo")))
            .add_user(NewUser {
                email: "bo@other.com".into(),
                ..new_user("bo")
            })
            .await
            .unwrap();
    });
}

// Protocol: an answer is kept for a request id's 30 days, then forgotten (by a later change:
// forgetting runs on a sample of them).
#[test]
fn answers_are_kept_for_30_days_and_then_forgotten() {
    let w = World::new();
    run(async {
        let (upn, pw) = authorized_ga(&w, "idem").await;
        async fn add(api: &Embedded, id: String, local: &str) -> crate::error::Result<UserCreated> {
            api.clone()
                .request(Some(key(&id, local)))
                .add_user(new_user(local))
                .await
        }
        let api = relogin(&w, &upn, &pw, t0()).await;
        let first = add(&api, "old".into(), "ana").await.unwrap();
        let before: i64 = w.peek("SELECT COUNT(*) FROM request_log", &[]);
        // Within its days, many changes later, the first answer is still given.
        let api = relogin(&w, &upn, &pw, t0() + days(29)).await;
        for i in 0..40 {
            add(&api, format!("near-{i}"), &format!("near{i}"))
                .await
                .unwrap();
        }
        assert_eq!(add(&api, "old".into(), "ana").await.unwrap(), first);
        // Past them, it goes within a few changes.
        let api = relogin(&w, &upn, &pw, t0() + days(31)).await;
        let old = |w: &World| -> i64 {
            let cutoff = (t0() + days(31) - days(super::idempotency::KEEP_DAYS)).as_second();
            w.peek(
                &format!("SELECT COUNT(*) FROM request_log WHERE created_at < {cutoff}"),
                &[],
            )
        };
        assert!(old(&w) >= before, "the answers of the first day are there");
        let mut changes = 0;
        while old(&w) > 0 {
            changes += 1;
            assert!(changes <= 400, "old answers outlived 400 changes");
            add(&api, format!("late-{changes}"), &format!("late{changes}"))
                .await
                .unwrap();
        }
    });
}

fn tenant_key(id: &str, prefix: &str) -> super::RequestKey {
    let body = format!(r#"{{"domainPrefix":"{prefix}"}}"#);
    super::RequestKey::new(id, "POST", "/v1/tenants", body.as_bytes())
}

fn new_tenant(prefix: &str) -> CreateTenant {
    CreateTenant {
        domain_prefix: prefix.into(),
        ..CreateTenant::default()
    }
}

// An anonymous request has no caller to scope its id by: a replay of one that created a
// tenant never hands out the Global admin's temporary password (shown once), and the store
// does not keep it; the same id with another request is another request.
#[test]
fn an_anonymous_replay_never_hands_out_the_password() {
    let w = World::new();
    run(async {
        let id = crate::random::uuid().to_string();
        let first = w
            .anon(t0())
            .request(Some(tenant_key(&id, "contoso")))
            .create_tenant(new_tenant("contoso"))
            .await
            .unwrap();
        let e = w
            .anon(t0())
            .request(Some(tenant_key(&id, "contoso")))
            .create_tenant(new_tenant("contoso"))
            .await
            .unwrap_err();
        assert_eq!(e.code, Code::Conflict as u32);
        assert!(
            e.message
                .contains("already created the tenant contoso.onmicrosoft.com"),
            "{}",
            e.message
        );
        let all = format!("{e:?}");
        assert!(!all.contains(&first.temporary_password), "{all}");
        // Created once.
        let n: i64 = w.peek("SELECT COUNT(*) FROM tenants", &[]);
        assert_eq!(n, 1);
        // Not even sealed in the store: the recorded answer is the refusal.
        let stored: Vec<u8> = w.peek("SELECT answer FROM request_log", &[]);
        let opened = super::secrets::open(
            &super::idempotency::seal_key(
                &format!("anonymous {}", tenant_key(&id, "contoso").fingerprint),
                &id,
            ),
            &stored,
            b"",
        )
        .unwrap();
        assert!(!String::from_utf8_lossy(&opened).contains(&first.temporary_password));
        // The same id with another body: another request, not an error about the first.
        w.anon(t0())
            .request(Some(tenant_key(&id, "fabrikam")))
            .create_tenant(new_tenant("fabrikam"))
            .await
            .unwrap();
    });
}

#[test]
fn a_dry_run_records_no_answer() {
    let w = World::new();
    run(async {
        let (_, token) = tenant(&w, "idem").await;
        w.as_(&token, t0())
            .dry_run(true)
            .request(Some(key("r1", "ana")))
            .add_user(new_user("ana"))
            .await
            .unwrap();
        let n: i64 = w.peek("SELECT count(*) FROM request_log", &[]);
        assert_eq!(n, 0);
    });
}

// The outbox is the simulated mailbox users read verification codes from: its bodies are
// sealed at rest, and a store written before that has its mail sealed when it is opened, with
// nothing of the old bodies left in the file or its write-ahead log.
#[test]
fn mail_bodies_are_sealed_at_rest_also_in_an_older_store() {
    let w = World::new();
    if w.postgres.is_some() {
        // Only SQLite stores were ever written with mail in the clear.
        return;
    }
    run(async {
        let (_, token) = tenant(&w, "contoso").await;
        let api = w.as_(&token, t0());
        api.create_account(enrollment("jane@contoso.com"))
            .await
            .unwrap();
        let code = mailed_code(&api).await;
        let db = w.db();
        let stored: (String, Vec<u8>) = db
            .query_row("SELECT body, sealed_body FROM outbox", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .unwrap();
        assert_eq!(stored.0, "", "no body in the clear");
        assert!(!stored.1.windows(6).any(|x| x == code.as_bytes()));

        // A mail as an older partnerctl stored it.
        let old = "Your code 424242, in the clear.";
        db.execute("UPDATE outbox SET body = ?1, sealed_body = NULL", [old])
            .unwrap();
        // (`db` stays open: its write is still in the write-ahead log.)
        drop(api);
        let api = w.as_(&token, t0());
        let mails = api.outbox().await.unwrap();
        assert_eq!(mails[0].body, old, "read back as it was");
        let sealed: i64 = w
            .db()
            .query_row(
                "SELECT count(*) FROM outbox WHERE body = '' AND sealed_body IS NOT NULL",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(sealed, 1);
        for file in ["partnerctl.db", "partnerctl.db-wal"] {
            let bytes = std::fs::read(w.dir.path().join(file)).unwrap_or_default();
            assert!(
                !bytes.windows(6).any(|x| x == b"424242"),
                "{file} still holds the old body"
            );
        }
        drop(db);
    });
}

// The confirmation link in the verification mail confirms by the rules of `account verify`:
// opening it changes nothing; a locked verification or an expired code refuses it; it is used
// up with the code and replaced by a resend; the email domain decides the vetting.
#[test]
fn a_confirmation_link_follows_the_rules_of_verify() {
    let w = World::new();
    run(async {
        let (t, token) = tenant(&w, "contoso").await;
        let service = w.service(t0());
        service.set_public_url("https://partners.test/");
        let api = Embedded::new(service.clone(), Some(token.clone()));
        api.create_account(enrollment("jane@contoso.com"))
            .await
            .unwrap();
        let link = mailed_link(&api).await;
        assert_ne!(link, mailed_code(&api).await);
        let view = service
            .link_view(&link)
            .unwrap()
            .expect("the link is current");
        assert_eq!(view.email, "jane@contoso.com");
        assert_eq!(
            api.account(AccountRef::global())
                .await
                .unwrap()
                .vetting_status,
            VettingStatus::Pending,
            "viewing changes nothing"
        );
        // Five wrong codes lock verification: the link too.
        let wrong = wrong_code(&mailed_code(&api).await);
        for _ in 0..5 {
            let _ = api
                .verify_account(AccountRef::global(), wrong.clone())
                .await;
        }
        let e = service.confirm_link(&link).unwrap_err();
        assert_eq!(e.code, Code::VerificationLocked as u32);
        // Past the code's lifetime: expired.
        let later = t0() + days(7) + jiff::SignedDuration::from_secs(1);
        let e = w.service(later).confirm_link(&link).unwrap_err();
        assert_eq!(e.code, Code::CodeExpired as u32);
        // A resend replaces the link; the new one confirms once.
        let admin = &t.global_admin.user_principal_name;
        let service = w.service(later);
        service.set_public_url("https://partners.test");
        let again = Embedded::new(service.clone(), again_token(&w, admin, &t, later).await);
        again.resend_code(AccountRef::global()).await.unwrap();
        let new_link = mailed_link(&again).await;
        assert!(service
            .confirm_link(&link)
            .unwrap_err()
            .message
            .contains("not valid"));
        let outcome = service.confirm_link(&new_link).unwrap();
        assert!(outcome.authorized(), "{outcome:?}");
        assert!(service.confirm_link(&new_link).is_err(), "used up");
        assert!(service.link_view(&new_link).unwrap().is_none());
    });
}

// The link's confirmation is checked against the tenant's domains as a code's is.
#[test]
fn a_confirmation_link_on_a_foreign_domain_is_rejected() {
    let w = World::new();
    run(async {
        let (_, token) = tenant(&w, "contoso").await;
        let service = w.service(t0());
        service.set_public_url("https://partners.test");
        let api = Embedded::new(service.clone(), Some(token));
        api.create_account(enrollment("jane@fabrikam.com"))
            .await
            .unwrap();
        let outcome = service.confirm_link(&mailed_link(&api).await).unwrap();
        assert_eq!(outcome.vetting.vetting_status, VettingStatus::Rejected);
        assert_eq!(
            outcome.vetting.vetting_sub_status,
            VettingSubStatus::EmailDomain
        );
    });
}

/// The token of the confirmation link in the latest mail.
async fn mailed_link(api: &Embedded) -> String {
    let mails = api.outbox().await.unwrap();
    let body = &mails.last().expect("a mail").body;
    let i = body.find("/confirm/").expect("a link in the mail") + "/confirm/".len();
    body[i..].split_whitespace().next().unwrap().to_string()
}

/// A fresh access token of the tenant's Global admin at `now`.
async fn again_token(w: &World, upn: &str, t: &TenantCreated, now: Timestamp) -> Option<String> {
    let tokens = w
        .anon(now)
        .sign_in(SignIn {
            username: upn.to_string(),
            password: t.temporary_password.clone(),
        })
        .await
        .unwrap();
    Some(tokens.access_token)
}

// IDNA and RFC 6531: a tenant's internationalized domain is held in punycode, and a primary
// contact on it with a Unicode local part (健二@コントソ.jp) is authorized by it.
#[test]
fn internationalized_domains_and_addresses_are_compared_in_punycode() {
    let w = World::new();
    run(async {
        let anon = w.anon(t0());
        let created = anon
            .create_tenant(CreateTenant {
                domain_prefix: "kontoso".into(),
                domains: vec!["コントソ.jp".into()],
                ..CreateTenant::default()
            })
            .await
            .unwrap();
        let names: Vec<&str> = created
            .tenant
            .domains
            .iter()
            .map(|d| d.name.as_str())
            .collect();
        assert_eq!(names, ["kontoso.onmicrosoft.com", "xn--tckua6a1m.jp"]);
        let upn = created.global_admin.user_principal_name.clone();
        let (_, tokens) = first_sign_in(&w, &upn, &created.temporary_password, t0()).await;
        let api = w.as_(&tokens.access_token, t0());
        let account = api
            .create_account(enrollment("健二@コントソ.jp"))
            .await
            .unwrap();
        assert_eq!(
            account.account.legal_business_profile.primary_contact.email,
            "健二@xn--tckua6a1m.jp"
        );
        let code = mailed_code(&api).await;
        let v = api
            .verify_account(AccountRef::global(), code)
            .await
            .unwrap();
        assert_eq!(v.vetting_status, VettingStatus::Authorized);
    });
}

#[test]
fn opening_an_existing_data_dir_to_read_opens_no_writer() {
    let dir = tempfile::tempdir().unwrap();
    let opts = || OpenOptions {
        create_sandbox: true,
        clock: Clock::fixed(t0()),
        one_command: false,
    };
    let first = Service::open(dir.path(), opts()).unwrap();
    assert!(first.is_sandbox());
    drop(first);
    let again = Service::open(dir.path(), opts()).unwrap();
    assert!(again.is_sandbox());
    let super::Store::Sqlite(sqlite) = &again.store else {
        unreachable!("a data dir is SQLite")
    };
    assert!(
        !sqlite.writer_is_open(),
        "opening wrote nothing, so needed no writer"
    );
}
