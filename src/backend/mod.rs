//! The embedded backend: every domain rule, over a SQLite store, in process.
//!
//! [`Service`] owns the database and the clock and runs each operation in one transaction;
//! [`Embedded`] is one signed-in caller's view of it and implements [`crate::api::Api`].
//! The rules live in the modules below, one per part of the domain.

mod accounts;
mod apply;
mod benefits;
mod catalog;
mod db;
mod directory;
mod idempotency;
mod membership;
pub mod permissions;
mod secrets;

use crate::api::*;
use crate::clock::Clock;
use crate::error::{ApiError, Result};
use db::Tx;
use directory::Caller;
use rusqlite::{Connection, TransactionBehavior};
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

pub(crate) use accounts::normalise as normalise_legal_profile;
pub use catalog::default_offers;
pub use directory::role_id;
pub use idempotency::RequestKey;

/// The database file inside a data directory.
pub const DB_FILE: &str = "partnerctl.db";
/// The key that seals mail bodies, beside the database (see `secrets::key_file`).
pub const MAIL_KEY_FILE: &str = "mail.key";

/// How to open a data directory.
#[derive(Debug, Clone, Default)]
pub struct OpenOptions {
    /// Mark the data dir as a sandbox when it is created (ignored for an existing one).
    pub create_sandbox: bool,
    pub clock: Clock,
}

/// The domain service over one database file.
pub struct Service {
    conn: Mutex<Connection>,
    path: PathBuf,
    sandbox: bool,
    clock: Clock,
    mail_key: [u8; 32],
}

impl Service {
    /// Open (creating and migrating if needed) the database in `data_dir`.
    pub fn open(data_dir: &Path, opts: OpenOptions) -> Result<Arc<Service>> {
        create_private_dir(data_dir)?;
        let path = data_dir.join(DB_FILE);
        let mut conn = db::open(&path)?;
        let mail_key = secrets::key_file(&data_dir.join(MAIL_KEY_FILE))?;
        let sandbox = {
            let tx = Tx::new(
                conn.transaction_with_behavior(TransactionBehavior::Immediate)?,
                opts.clock.now(),
                false,
                mail_key,
            );
            let sandbox = initialise(&tx, opts.create_sandbox)?;
            tx.tx.commit()?;
            sandbox
        };
        accounts::seal_old_mail(&mut conn, mail_key)?;
        Ok(Arc::new(Service {
            conn: Mutex::new(conn),
            path,
            sandbox,
            clock: opts.clock,
            mail_key,
        }))
    }

    pub fn is_sandbox(&self) -> bool {
        self.sandbox
    }

    pub fn clock(&self) -> Clock {
        self.clock
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The tenant an access token belongs to, if the token is valid (read only).
    pub fn tenant_of_token(&self, token: &str) -> Result<Option<String>> {
        self.run(true, |tx| directory::tenant_of_token(tx, token))
    }

    /// Run one operation in one transaction. A dry run always rolls back; a failed operation
    /// rolls back unless it asked to keep what it recorded.
    fn run<T>(&self, dry_run: bool, f: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
        let mut conn = self.conn.lock().unwrap_or_else(|e| e.into_inner());
        let tx = Tx::new(
            conn.transaction_with_behavior(TransactionBehavior::Immediate)?,
            self.clock.now(),
            self.sandbox,
            self.mail_key,
        );
        let out = f(&tx);
        if !dry_run && (out.is_ok() || tx.keeps_on_error()) {
            tx.tx.commit()?;
        } else {
            tx.tx.rollback()?;
        }
        out
    }
}

/// A new store records whether it is a sandbox and gets the default offer catalog.
fn initialise(tx: &Tx, create_sandbox: bool) -> Result<bool> {
    let existing = tx.one("SELECT value FROM meta WHERE key = 'sandbox'", [], |r| {
        r.get::<_, String>(0)
    })?;
    if let Some(v) = existing {
        return Ok(v == "1");
    }
    tx.exec(
        "INSERT INTO meta (key, value) VALUES ('sandbox', ?1), ('created_at', ?2)",
        (if create_sandbox { "1" } else { "0" }, tx.now.to_string()),
    )?;
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

    /// Make every change idempotent by this request: a repeat gets the first answer.
    pub fn request(mut self, key: Option<RequestKey>) -> Embedded {
        self.request = key;
        self
    }

    /// Sign in at a tenant, as Azure AD's token endpoint does: `tenant` is the tenant's id,
    /// one of its domains, or `common`; a user of another tenant is refused.
    pub async fn token(&self, tenant: &str, grant: Grant) -> Result<Tokens> {
        self.public(|tx| {
            let want = directory::token_tenant(tx, tenant)?;
            let tokens = match &grant {
                Grant::Password(req) => directory::sign_in(tx, req)?,
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

    /// Run every change in a transaction that is rolled back: the answer shows what would
    /// happen, and nothing is written.
    pub fn dry_run(mut self, on: bool) -> Embedded {
        self.dry_run = on;
        self
    }

    pub fn service(&self) -> &Arc<Service> {
        &self.service
    }

    /// An operation that needs no session.
    fn public<T: Serialize + DeserializeOwned>(
        &self,
        f: impl FnOnce(&Tx) -> Result<T>,
    ) -> Result<T> {
        self.service
            .run(self.dry_run, |tx| self.once(tx, "anonymous", || f(tx)))
    }

    /// An operation as the signed-in user.
    fn call<T: Serialize + DeserializeOwned>(
        &self,
        f: impl FnOnce(&Tx, &Caller) -> Result<T>,
    ) -> Result<T> {
        let token = self.token.as_deref();
        self.service.run(self.dry_run, |tx| {
            let caller = directory::authenticate(tx, token)?;
            self.once(tx, &caller.user_id, || f(tx, &caller))
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
        self.public(|tx| directory::create_tenant(tx, req))
    }
    async fn domain_taken(&self, domain: String) -> Result<bool> {
        self.public(|tx| directory::domain_taken(tx, &domain))
    }
    async fn sign_in(&self, req: SignIn) -> Result<Tokens> {
        self.public(|tx| directory::sign_in(tx, &req))
    }
    async fn refresh(&self, refresh_token: String) -> Result<Tokens> {
        self.public(|tx| directory::refresh(tx, &refresh_token))
    }
    async fn sign_out(&self) -> Result<()> {
        self.public(|tx| directory::sign_out(tx, self.token.as_deref()))
    }
    async fn whoami(&self) -> Result<Me> {
        self.call(directory::whoami)
    }
    async fn add_domain(&self, domain: String) -> Result<Tenant> {
        self.call(|tx, c| directory::add_domain(tx, c, &domain))
    }

    async fn create_account(&self, req: CreateAccount) -> Result<AccountCreated> {
        self.call(|tx, c| accounts::create_account(tx, c, req))
    }
    async fn account(&self, at: AccountRef) -> Result<Account> {
        self.call(|tx, c| {
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
        self.call(|tx, c| accounts::legal_profile(tx, c, &at))
    }
    async fn update_legal_profile(
        &self,
        at: AccountRef,
        req: LegalProfileInput,
        if_match: Option<String>,
    ) -> Result<LegalBusinessProfile> {
        self.call(|tx, c| accounts::update_legal_profile(tx, c, &at, req, if_match.as_deref()))
    }
    async fn organization_profile(&self) -> Result<OrganizationProfile> {
        self.call(accounts::organization_profile)
    }
    async fn update_organization_profile(
        &self,
        req: OrganizationProfileInput,
        if_match: Option<String>,
    ) -> Result<OrganizationProfile> {
        self.call(|tx, c| accounts::update_organization_profile(tx, c, req, if_match.as_deref()))
    }
    async fn mpn_profile(&self, mpn_id: Option<String>) -> Result<MpnProfile> {
        self.call(|tx, c| accounts::mpn_profile(tx, c, mpn_id.as_deref()))
    }
    async fn add_location(&self, req: LegalProfileInput) -> Result<Account> {
        self.call(|tx, c| accounts::add_location(tx, c, req))
    }
    async fn locations(&self) -> Result<Vec<Account>> {
        self.call(accounts::locations)
    }
    async fn outbox(&self) -> Result<Vec<Mail>> {
        self.call(accounts::outbox)
    }

    async fn membership(&self, at: AccountRef) -> Result<Membership> {
        self.call(|tx, c| membership::show(tx, c, &at))
    }
    async fn renew(&self, at: AccountRef, payment: PaymentMethod) -> Result<Purchase> {
        self.call(|tx, c| membership::renew(tx, c, &at, payment))
    }
    async fn rejoin(&self, at: AccountRef) -> Result<Purchase> {
        self.call(|tx, c| membership::rejoin(tx, c, &at))
    }
    async fn upgrade(&self, at: AccountRef, req: Upgrade) -> Result<Purchase> {
        self.call(|tx, c| membership::upgrade(tx, c, &at, req))
    }
    async fn offers(&self) -> Result<Vec<Offer>> {
        self.call(|tx, c| {
            c.require(permissions::Action::View)?;
            catalog::offers(tx)
        })
    }
    async fn orders(&self, at: AccountRef) -> Result<Vec<Order>> {
        self.call(|tx, c| membership::orders(tx, c, &at))
    }
    async fn pay_order(&self, order_id: String) -> Result<Order> {
        self.call(|tx, c| membership::pay(tx, c, &order_id))
    }
    async fn refund_order(&self, order_id: String) -> Result<Order> {
        self.call(|tx, c| membership::refund(tx, c, &order_id))
    }

    async fn benefits(&self, at: AccountRef) -> Result<Vec<Benefit>> {
        self.call(|tx, c| benefits::list(tx, c, &at))
    }
    async fn activate_benefit(&self, benefit_id: String) -> Result<Benefit> {
        self.call(|tx, c| benefits::activate(tx, c, &benefit_id))
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
        self.call(|tx, c| directory::add_user(tx, c, req))
    }
    async fn users(&self) -> Result<Vec<User>> {
        self.call(directory::users)
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
        self.call(|_, c| {
            c.require(permissions::Action::View)?;
            Ok(directory::roles())
        })
    }
    async fn role_members(&self, role: RoleName) -> Result<Vec<RoleMember>> {
        self.call(|tx, c| {
            let account_id = accounts::resolve(tx, c, &AccountRef::global())
                .map(|a| a.id)
                .unwrap_or_else(|_| c.tenant_id.clone());
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
        self.call(|tx, c| apply::location(tx, c, req))
    }
    async fn apply_user(&self, req: NewUser) -> Result<UserApplied> {
        // A first look, kept out of the request id's record: only the operation's answer is
        // recorded, else a retry (or the call below) would get this look's answer back.
        let look = self.clone().request(None);
        let exists = look.call(|tx, c| apply::user_exists(tx, c, &req))?;
        // A new member's password is hashed outside the store's lock, on a thread of its own:
        // it takes tens of milliseconds.
        let prepared = if exists || req.guest {
            None
        } else {
            let hashed = tokio::task::spawn_blocking(directory::PreparedPassword::new).await;
            Some(hashed.map_err(ApiError::internal)??)
        };
        self.call(|tx, c| apply::new_user(tx, c, req, prepared))
    }
}

#[cfg(test)]
mod tests;
