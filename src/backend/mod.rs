//! The embedded backend: every domain rule, over a SQLite store, in process.
//!
//! [`Service`] owns the database and the clock and runs each operation in one transaction;
//! [`Embedded`] is one signed-in caller's view of it and implements [`crate::api::Api`].
//! The rules live in the modules below, one per part of the domain.

mod accounts;
mod apply;
mod benefits;
mod catalog;
mod confirm_link;
mod directory;
mod domains;
mod enrollment;
mod entitlements;
mod grants;
mod hashing;
mod idempotency;
mod ids;
mod link_token;
mod membership;
mod membership_plan;
mod outbox;
pub mod permissions;
mod secrets;
pub mod store;
mod term;

use crate::api::*;
use crate::clock::Clock;
use crate::error::{ApiError, Result};
use directory::Caller;
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::path::Path;
use std::sync::Arc;
use store::{Access, Ending, Store, Tx};

pub(crate) use accounts::normalise as normalise_legal_profile;
pub use catalog::default_offers;
pub use confirm_link::{LinkOutcome, LinkView};
pub use directory::role_id;
pub use grants::{AssertionRefused, DeviceCode, Poll, MAX_DEVICE_CODES};
pub use idempotency::RequestKey;
pub use link_token::PATH as CONFIRM_PATH;
pub use outbox::Attempt;
pub use secrets::key_from_file;
pub use store::postgres::PgOptions;

/// The database file inside a data directory.
pub const DB_FILE: &str = "partnerctl.db";
/// The key that seals mail bodies, beside the database (see `secrets::key_file`).
pub const MAIL_KEY_FILE: &str = "mail.key";

/// How to open a store.
#[derive(Debug, Clone, Default)]
pub struct OpenOptions {
    /// Mark the store as a sandbox when it is created (ignored for an existing one).
    pub create_sandbox: bool,
    pub clock: Clock,
    /// The store serves one command of this process, whose reads and writes take turns on one
    /// thread (every command but `serve`): SQLite's readers may then map the log's shared
    /// memory read-only (see `store::sqlite`).
    pub one_command: bool,
}

/// The domain service over one store.
pub struct Service {
    store: Store,
    sandbox: bool,
    clock: Clock,
    mail_key: [u8; 32],
    /// See [`Service::set_public_url`].
    public_url: std::sync::OnceLock<String>,
}

impl Service {
    /// Open (creating and migrating if needed) the SQLite store in `data_dir`.
    pub fn open(data_dir: &Path, opts: OpenOptions) -> Result<Arc<Service>> {
        create_private_dir(data_dir)?;
        let sqlite = store::sqlite::SqliteStore::open(&data_dir.join(DB_FILE), opts.one_command)?;
        let mail_key = secrets::key_file(&data_dir.join(MAIL_KEY_FILE))?;
        sqlite
            .seal_old_mail(|id, body| secrets::seal(&mail_key, body.as_bytes(), id.as_bytes()))?;
        Service::over(Store::Sqlite(sqlite), mail_key, opts)
    }

    /// Open (migrating if needed) a PostgreSQL store. Every instance on one database is given
    /// the same sealing key.
    pub fn open_postgres(pg: &PgOptions, key: [u8; 32], opts: OpenOptions) -> Result<Arc<Service>> {
        let store = store::postgres::PgStore::open(pg)?;
        Service::over(Store::Postgres(store), key, opts)
    }

    fn over(store: Store, mail_key: [u8; 32], opts: OpenOptions) -> Result<Arc<Service>> {
        let mut service = Service {
            store,
            sandbox: false,
            clock: opts.clock,
            mail_key,
            public_url: std::sync::OnceLock::new(),
        };
        // Read first: only a new store is written to here, so a command that only reads takes
        // no write lock (and, on SQLite, opens no writer).
        let recorded = service.run(false, Access::Read, store::queries::meta::sandbox)?;
        service.sandbox = match recorded {
            Some(sandbox) => sandbox,
            None => service.run(false, Access::Write, |tx| {
                initialise(tx, opts.create_sandbox)
            })?,
        };
        Ok(Arc::new(service))
    }

    /// Where `serve` is reached, without a trailing `/`: mail from now on carries links to its
    /// confirmation page. Set once; later calls change nothing.
    pub fn set_public_url(&self, url: &str) {
        let _ = self.public_url.set(url.trim_end_matches('/').to_string());
    }

    pub fn is_sandbox(&self) -> bool {
        self.sandbox
    }

    pub fn clock(&self) -> Clock {
        self.clock
    }

    /// Where the data is: the database file, or the database URL (without secrets).
    pub fn describe(&self) -> String {
        self.store.describe()
    }

    /// Something the operator should know about the store (see `Store::advice`).
    pub fn store_advice(&self) -> Option<String> {
        self.store.advice()
    }

    /// How many reads the store runs at once (its read connections).
    pub fn readers(&self) -> usize {
        self.store.readers()
    }

    /// How many changes the store runs at once.
    pub fn writers(&self) -> usize {
        self.store.writers()
    }

    /// The tenant an access token belongs to, if the token is valid (read only).
    pub fn tenant_of_token(&self, token: &str) -> Result<Option<String>> {
        self.run(true, Access::Read, |tx| {
            directory::tenant_of_token(tx, token)
        })
    }

    /// The first column of the first row of a query, for tests that look into the store.
    #[cfg(test)]
    pub(crate) fn peek<T: store::FromValue>(&self, sql: &str, params: Vec<store::Value>) -> T {
        self.run(true, Access::Read, |tx| tx.peek(sql, params.clone()))
            .unwrap()
            .expect("the query finds a row")
    }

    /// Run one operation in one transaction. A dry run always rolls back; a failed operation
    /// rolls back unless it asked to keep what it recorded. `f` may run more than once: a
    /// store runs a transaction again when it lost a race with another.
    fn run<T>(
        &self,
        dry_run: bool,
        access: Access,
        mut f: impl FnMut(&Tx) -> Result<T>,
    ) -> Result<T> {
        self.store.run(access, |conn| {
            let _inside = hashing::InTransaction::enter();
            let mut tx = Tx::new(conn, self.clock.now(), self.sandbox, dry_run, self.mail_key);
            tx.public_url = self.public_url.get().cloned();
            let result = f(&tx);
            let commit = !dry_run && (result.is_ok() || tx.keeps_on_error());
            Ending { result, commit }
        })
    }
}

/// A data dir's embedded backend, as the command line opens it: the store opened once, then
/// handed out as the [`Api`] of one caller at a time. The command line opens the embedded
/// backend only through this.
#[derive(Clone)]
pub struct Local {
    service: Arc<Service>,
}

impl Local {
    /// Whether `data_dir` holds a store yet (opening one creates it).
    pub fn exists(data_dir: &Path) -> bool {
        data_dir.join(DB_FILE).exists()
    }

    /// Open (creating and migrating if needed) the store in `data_dir`; a new one is a sandbox
    /// with `create_sandbox`. `one_command`: see [`OpenOptions::one_command`].
    pub fn open(
        data_dir: &Path,
        create_sandbox: bool,
        clock: Clock,
        one_command: bool,
    ) -> Result<Local> {
        let opts = OpenOptions {
            create_sandbox,
            clock,
            one_command,
        };
        Ok(Local {
            service: Service::open(data_dir, opts)?,
        })
    }

    /// The backend as `token`'s user (none: anonymous); a dry run rolls every change back.
    pub fn api(&self, token: Option<String>, dry_run: bool) -> Arc<dyn Api> {
        Arc::new(Embedded::new(self.service.clone(), token).dry_run(dry_run))
    }

    pub fn is_sandbox(&self) -> bool {
        self.service.is_sandbox()
    }

    /// The backend's clock.
    pub fn clock(&self) -> Clock {
        self.service.clock()
    }

    /// The service itself, for `serve`.
    pub fn service(&self) -> Arc<Service> {
        self.service.clone()
    }
}

/// A new store records whether it is a sandbox and gets the default offer catalog.
fn initialise(tx: &Tx, create_sandbox: bool) -> Result<bool> {
    if let Some(sandbox) = store::queries::meta::sandbox(tx)? {
        return Ok(sandbox);
    }
    store::queries::meta::record_creation(tx, create_sandbox)?;
    catalog::seed(tx)?;
    Ok(create_sandbox)
}

fn create_private_dir(dir: &Path) -> Result<()> {
    let mut b = std::fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        b.mode(0o700);
    }
    b.create(dir).map_err(|e| {
        ApiError::internal(format!("cannot create the data dir {}: {e}", dir.display()))
    })
}

/// Whose turn a sign-in's password check takes on the hashing pool: the tenant it names, or
/// the domain of the user name.
fn turn(tenant: &Option<String>, username: &str) -> String {
    tenant
        .clone()
        .or_else(|| {
            username
                .rsplit_once('@')
                .map(|(_, d)| d.to_ascii_lowercase())
        })
        .unwrap_or_default()
}

/// One caller's handle on the service: the [`crate::api::Api`] implementation of the
/// embedded default.
#[derive(Clone)]
pub struct Embedded {
    service: Arc<Service>,
    token: Option<String>,
    dry_run: bool,
    request: Option<RequestKey>,
}

/// What the token endpoint is asked for (`grant_type`).
#[derive(Debug, Clone)]
pub enum Grant {
    Password(SignIn),
    /// A password sign-in that sets a new password (due at the first sign-in with a
    /// temporary one).
    PasswordChange(ChangePassword),
    RefreshToken(String),
    /// An application `serve` registered (`--app`) and authenticated, acting as this user.
    App(String),
}

impl Embedded {
    pub fn new(service: Arc<Service>, token: Option<String>) -> Embedded {
        Embedded {
            service,
            token,
            dry_run: false,
            request: None,
        }
    }

    /// A page of the tenant's users (`size` from the `start`-th) and how many there are, as
    /// `serve` answers `GET /v1/users`: read as a page, so it costs its size, not the tenant's.
    pub async fn users_page(&self, start: usize, size: usize) -> Result<(usize, Vec<User>)> {
        self.read(|tx, c| directory::users_page(tx, c, start, size))
    }

    /// The userPrincipalName of the tenant's user named by id or userPrincipalName (in any
    /// case), as Partner Center's role routes name members: one lookup, not the user list.
    pub async fn upn_of(&self, who: &str) -> Result<String> {
        self.read(|tx, c| directory::upn_of(tx, c, who))
    }

    /// Make every change idempotent by this request: a repeat gets the first answer.
    pub fn request(mut self, key: Option<RequestKey>) -> Embedded {
        self.request = key;
        self
    }

    /// Sign in at a tenant, as Azure AD's token endpoint does: `tenant` is the tenant's id,
    /// one of its domains, or `common`; a user of another tenant is refused.
    pub async fn token(&self, tenant: &str, grant: Grant) -> Result<Tokens> {
        match &grant {
            Grant::Password(req) => return self.password_sign_in(req, Some(tenant)).await,
            Grant::PasswordChange(req) => {
                return self.password_change(req, Some(tenant)).await;
            }
            _ => {}
        }
        self.public(|tx| {
            let want = directory::token_tenant(tx, tenant)?;
            let tokens = match &grant {
                Grant::Password(_) | Grant::PasswordChange(_) => {
                    unreachable!("signed in above")
                }
                Grant::RefreshToken(t) => directory::refresh(tx, t)?,
                Grant::App(upn) => directory::tokens_for(tx, upn)?,
            };
            let caller = directory::authenticate(tx, Some(&tokens.access_token))?;
            match want {
                Some(id) if id != caller.tenant_id => Err(ApiError::new(
                    crate::error::Code::BadCredentials,
                    format!("the user is not a member of the tenant {tenant}"),
                )),
                _ => Ok(tokens),
            }
        })
    }

    /// A password sign-in in three steps, so that argon2 never runs inside a transaction: read
    /// what to check against (and the tenant the sign-in names, if any: its id, a domain, or
    /// `common`), check it on the hashing pool in the turn of the user's tenant, record the
    /// outcome.
    async fn password_sign_in(&self, req: &SignIn, tenant: Option<&str>) -> Result<Tokens> {
        let (want, check) = self.start_sign_in(&req.username, tenant)?;
        let named = want.as_deref().zip(tenant);
        let (password, key, c) = (req.password.clone(), self.service.mail_key, check.clone());
        let matched = hashing::hashing()
            .run(&turn(&want, &req.username), move || {
                c.matches(&key, &password)
            })
            .await?;
        self.public(|tx| directory::finish_sign_in(tx, &req.username, &check, matched, named))
    }

    /// A sign-in that sets a new password, in the same three steps; the new password is
    /// checked against the policy first, and hashed (argon2) on the pool with the check of the
    /// current one, before the transaction that stores it.
    async fn password_change(&self, req: &ChangePassword, tenant: Option<&str>) -> Result<Tokens> {
        crate::password_policy::check(&req.new_password, Some(&req.password), "newPassword")?;
        let (want, check) = self.start_sign_in(&req.username, tenant)?;
        let named = want.as_deref().zip(tenant);
        let (password, new) = (req.password.clone(), req.new_password.clone());
        let (key, c) = (self.service.mail_key, check.clone());
        let (matched, new) = hashing::hashing()
            .run(&turn(&want, &req.username), move || {
                if !c.matches(&key, &password) {
                    return Ok((false, None));
                }
                directory::chosen_password(&new).map(|row| (true, Some(row)))
            })
            .await??;
        self.public(|tx| match &new {
            Some(new) => {
                directory::finish_password_change(tx, &req.username, &check, matched, named, new)
            }
            None => directory::finish_sign_in(tx, &req.username, &check, matched, named),
        })
    }

    /// The first step of a password sign-in, a read: the tenant the sign-in names (its id, a
    /// domain, or `common`), if any, and what to check the password against.
    fn start_sign_in(
        &self,
        username: &str,
        tenant: Option<&str>,
    ) -> Result<(Option<String>, directory::SignInCheck)> {
        self.service.run(true, Access::Read, |tx| {
            let want = match tenant {
                Some(name) => directory::token_tenant(tx, name)?,
                None => None,
            };
            Ok((want, directory::start_sign_in(tx, username)?))
        })
    }

    /// Run every change in a transaction that is rolled back: the answer shows what would
    /// happen, and nothing is written.
    pub fn dry_run(mut self, on: bool) -> Embedded {
        self.dry_run = on;
        self
    }

    pub fn service(&self) -> &Arc<Service> {
        &self.service
    }

    /// An operation that needs no session: once per request id and request (never in a dry
    /// run), a secret in its answer never replayed (see `idempotency::ShownOnce`).
    fn public<T: Serialize + DeserializeOwned + idempotency::ShownOnce>(
        &self,
        mut f: impl FnMut(&Tx) -> Result<T>,
    ) -> Result<T> {
        self.service
            .run(self.dry_run, Access::Write, |tx| match &self.request {
                Some(key) if !self.dry_run => idempotency::once_anonymous(tx, key, || f(tx)),
                _ => f(tx),
            })
    }

    /// A changing operation as the signed-in user.
    fn call<T: Serialize + DeserializeOwned>(
        &self,
        mut f: impl FnMut(&Tx, &Caller) -> Result<T>,
    ) -> Result<T> {
        let token = self.token.as_deref();
        self.service.run(self.dry_run, Access::Write, |tx| {
            let caller = directory::authenticate(tx, token)?;
            self.once(tx, &caller.user_id, || f(tx, &caller))
        })
    }

    /// A reading operation as the signed-in user: it runs beside writes, never waits for
    /// them, and is never recorded under a request id.
    fn read<T>(&self, mut f: impl FnMut(&Tx, &Caller) -> Result<T>) -> Result<T> {
        let token = self.token.as_deref();
        self.service.run(true, Access::Read, |tx| {
            let caller = directory::authenticate(tx, token)?;
            f(tx, &caller)
        })
    }

    /// Runs `f` once per request id when the caller sent one (never in a dry run: nothing of
    /// it is kept).
    fn once<T: Serialize + DeserializeOwned>(
        &self,
        tx: &Tx,
        scope: &str,
        f: impl FnOnce() -> Result<T>,
    ) -> Result<T> {
        match &self.request {
            Some(key) if !self.dry_run => idempotency::once(tx, scope, key, f),
            _ => f(),
        }
    }
}

#[async_trait::async_trait]
impl Api for Embedded {
    fn is_sandbox(&self) -> bool {
        self.service.is_sandbox()
    }

    async fn create_tenant(&self, req: CreateTenant) -> Result<TenantCreated> {
        self.public(|tx| directory::create_tenant(tx, req.clone()))
    }
    async fn domain_taken(&self, domain: String) -> Result<bool> {
        self.service.run(true, Access::Read, |tx| {
            directory::domain_taken(tx, &domain)
        })
    }
    async fn sign_in(&self, req: SignIn) -> Result<Tokens> {
        self.password_sign_in(&req, None).await
    }
    async fn change_password(&self, req: ChangePassword) -> Result<Tokens> {
        self.password_change(&req, None).await
    }
    async fn refresh(&self, refresh_token: String) -> Result<Tokens> {
        self.public(|tx| directory::refresh(tx, &refresh_token))
    }
    async fn sign_out(&self) -> Result<()> {
        self.public(|tx| directory::sign_out(tx, self.token.as_deref()))
    }
    async fn whoami(&self) -> Result<Me> {
        // One statement for the session and the answer, not the session and then the answer.
        let token = self.token.as_deref();
        self.service
            .run(true, Access::Read, |tx| directory::whoami(tx, token))
    }
    async fn add_domain(&self, domain: String) -> Result<Tenant> {
        self.call(|tx, c| domains::add_domain(tx, c, &domain))
    }
    /// Three steps, so that the DNS query never runs inside a transaction: read the record to
    /// look for, look it up, record the outcome.
    async fn verify_domain(&self, domain: String) -> Result<Tenant> {
        let (domain, record) = match self.read(|tx, c| domains::check(tx, c, &domain))? {
            domains::Check::Done(tenant) => return Ok(tenant),
            domains::Check::Pending { domain, record } => (domain, record),
        };
        let found = match &record {
            Some(_) => Some(domains::look_up(&domain).await?),
            None => None,
        };
        self.call(|tx, c| domains::finish(tx, c, &domain, found.as_deref()))
    }

    async fn create_account(&self, req: CreateAccount) -> Result<AccountCreated> {
        self.call(|tx, c| enrollment::create_account(tx, c, req.clone()))
    }
    async fn account(&self, at: AccountRef) -> Result<Account> {
        self.read(|tx, c| {
            c.require(permissions::Action::View)?;
            accounts::account(tx, &accounts::resolve(tx, c, &at)?)
        })
    }
    async fn verify_account(&self, at: AccountRef, code: String) -> Result<Vetting> {
        self.call(|tx, c| accounts::verify(tx, c, &at, &code))
    }
    async fn resend_code(&self, at: AccountRef) -> Result<Vetting> {
        self.call(|tx, c| accounts::resend_code(tx, c, &at))
    }
    async fn legal_profile(&self, at: AccountRef) -> Result<LegalBusinessProfile> {
        self.read(|tx, c| accounts::legal_profile(tx, c, &at))
    }
    async fn update_legal_profile(
        &self,
        at: AccountRef,
        req: LegalProfileInput,
        if_match: Option<String>,
    ) -> Result<LegalBusinessProfile> {
        self.call(|tx, c| {
            accounts::update_legal_profile(tx, c, &at, req.clone(), if_match.as_deref())
        })
    }
    async fn organization_profile(&self) -> Result<OrganizationProfile> {
        self.read(accounts::organization_profile)
    }
    async fn update_organization_profile(
        &self,
        req: OrganizationProfileInput,
        if_match: Option<String>,
    ) -> Result<OrganizationProfile> {
        self.call(|tx, c| {
            accounts::update_organization_profile(tx, c, req.clone(), if_match.as_deref())
        })
    }
    async fn mpn_profile(&self, mpn_id: Option<String>) -> Result<MpnProfile> {
        self.read(|tx, c| accounts::mpn_profile(tx, c, mpn_id.as_deref()))
    }
    async fn add_location(&self, req: LegalProfileInput) -> Result<Account> {
        self.call(|tx, c| enrollment::add_location(tx, c, req.clone()))
    }
    async fn locations(&self) -> Result<Vec<Account>> {
        self.read(accounts::locations)
    }
    async fn outbox(&self) -> Result<Vec<Mail>> {
        self.read(outbox::list)
    }

    async fn membership(&self, at: AccountRef) -> Result<Membership> {
        self.read(|tx, c| membership::show(tx, c, &at))
    }
    async fn renew(&self, at: AccountRef, payment: PaymentMethod) -> Result<Purchase> {
        self.call(|tx, c| membership::renew(tx, c, &at, payment))
    }
    async fn rejoin(&self, at: AccountRef) -> Result<Purchase> {
        self.call(|tx, c| membership::rejoin(tx, c, &at))
    }
    async fn upgrade(&self, at: AccountRef, req: Upgrade) -> Result<Purchase> {
        self.call(|tx, c| membership::upgrade(tx, c, &at, req.clone()))
    }
    async fn membership_plan(
        &self,
        at: AccountRef,
        req: MembershipWants,
    ) -> Result<MembershipPlan> {
        self.read(|tx, c| membership_plan::plan(tx, c, &at, &req))
    }
    async fn apply_membership(
        &self,
        at: AccountRef,
        req: ApplyMembership,
    ) -> Result<MembershipApplied> {
        self.call(|tx, c| membership_plan::apply(tx, c, &at, &req))
    }
    async fn offers(&self) -> Result<Vec<Offer>> {
        self.read(|tx, c| {
            c.require(permissions::Action::View)?;
            catalog::offers(tx)
        })
    }
    async fn orders(&self, at: AccountRef) -> Result<Vec<Order>> {
        self.read(|tx, c| membership::orders(tx, c, &at))
    }
    async fn pay_order(&self, order_id: String) -> Result<Order> {
        self.call(|tx, c| membership::pay(tx, c, &order_id))
    }
    async fn refund_order(&self, order_id: String) -> Result<Order> {
        self.call(|tx, c| membership::refund(tx, c, &order_id))
    }

    async fn benefits(&self, at: AccountRef) -> Result<Vec<Benefit>> {
        self.read(|tx, c| benefits::list(tx, c, &at))
    }
    async fn activate_benefit(&self, benefit_id: String) -> Result<Benefit> {
        self.call(|tx, c| benefits::activate(tx, c, &benefit_id))
    }
    async fn activate_benefits(
        &self,
        at: AccountRef,
        req: BenefitKinds,
    ) -> Result<BenefitsActivated> {
        self.call(|tx, c| benefits::activate_kinds(tx, c, &at, &req.kinds))
    }
    async fn assign_benefit(&self, benefit_id: String, req: AssignSeat) -> Result<Benefit> {
        self.call(|tx, c| benefits::assign(tx, c, &benefit_id, &req))
    }
    async fn product_keys(&self, benefit_id: String) -> Result<ProductKeys> {
        self.call(|tx, c| benefits::keys(tx, c, &benefit_id))
    }
    async fn redeem_key(&self, benefit_id: String, key: String) -> Result<ProductKeys> {
        self.call(|tx, c| benefits::redeem(tx, c, &benefit_id, &key))
    }

    async fn add_user(&self, req: NewUser) -> Result<UserCreated> {
        self.call(|tx, c| directory::create_user(tx, c, req.clone()))
    }
    async fn users(&self) -> Result<Vec<User>> {
        self.read(directory::users)
    }
    async fn remove_user(&self, upn: String) -> Result<()> {
        self.call(|tx, c| directory::remove_user(tx, c, &upn))
    }
    async fn grant_role(&self, role: RoleName, upn: String) -> Result<User> {
        self.call(|tx, c| directory::grant_role(tx, c, role, &upn))
    }
    async fn revoke_role(&self, role: RoleName, upn: String) -> Result<User> {
        self.call(|tx, c| directory::revoke_role(tx, c, role, &upn))
    }
    async fn roles(&self) -> Result<Vec<Role>> {
        self.read(|_, c| {
            c.require(permissions::Action::View)?;
            Ok(directory::roles())
        })
    }
    async fn role_members(&self, role: RoleName) -> Result<Vec<RoleMember>> {
        self.read(|tx, c| {
            // Before the tenant has an account, members are named against the tenant.
            let account_id = match accounts::resolve(tx, c, &AccountRef::global()) {
                Ok(a) => a.id,
                Err(e) if e.is(crate::error::Code::AccountNotFound) => c.tenant_id.clone(),
                Err(e) => return Err(e),
            };
            directory::role_members(tx, c, role, &account_id)
        })
    }

    async fn country_rules(&self, country: String) -> Result<CountryRules> {
        crate::validate::country_rules(&country).ok_or_else(|| {
            ApiError::new(
                crate::error::Code::CountryNotFound,
                format!("{country:?} is not an ISO 3166-1 alpha-2 country code"),
            )
        })
    }
    async fn validate_address(&self, address: Address) -> Result<AddressValidation> {
        let errors = crate::validate::address(&address, "");
        Ok(AddressValidation {
            valid: errors.is_empty(),
            address,
            errors,
        })
    }

    async fn apply_location(&self, req: ApplyLocation) -> Result<LocationApplied> {
        self.call(|tx, c| apply::location(tx, c, req.clone()))
    }
    async fn apply_user(&self, req: NewUser) -> Result<UserApplied> {
        self.call(|tx, c| apply::user(tx, c, req.clone()))
    }
}

#[cfg(test)]
mod tests;
