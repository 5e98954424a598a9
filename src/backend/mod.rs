//! The embedded backend: every domain rule, over a SQLite store, in process.
//!
//! [`Service`] owns the database and the clock; [`Embedded`] is one signed-in caller's view
//! of it and implements [`crate::api::Api`].

use crate::clock::Clock;
use crate::error::Result;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// How to open a data directory.
#[derive(Debug, Clone, Default)]
pub struct OpenOptions {
    /// Mark the data dir as a sandbox when it is created (ignored for an existing one).
    pub create_sandbox: bool,
    pub clock: Clock,
}

/// The domain service over one database file.
pub struct Service {
    path: PathBuf,
    sandbox: bool,
    clock: Clock,
}

impl Service {
    /// Open (creating and migrating if needed) the database in `data_dir`.
    pub fn open(data_dir: &Path, opts: OpenOptions) -> Result<Arc<Service>> {
        let _ = (data_dir, opts);
        todo!("backend in progress")
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
}

/// The database file inside a data directory.
pub const DB_FILE: &str = "partnerctl.db";

/// One caller's handle on the service: the [`crate::api::Api`] implementation of the
/// embedded default.
#[derive(Clone)]
pub struct Embedded {
    service: Arc<Service>,
    token: Option<String>,
    dry_run: bool,
}

impl Embedded {
    pub fn new(service: Arc<Service>, token: Option<String>) -> Embedded {
        Embedded {
            service,
            token,
            dry_run: false,
        }
    }

    /// Run every change in a transaction that is rolled back: the answer shows what would
    /// happen, and nothing is written.
    pub fn dry_run(mut self, on: bool) -> Embedded {
        self.dry_run = on;
        self
    }
}

use crate::api::*;
#[async_trait::async_trait]
impl crate::api::Api for Embedded {
    fn is_sandbox(&self) -> bool {
        self.service.is_sandbox()
    }
    async fn create_tenant(&self, req: CreateTenant) -> Result<TenantCreated> {
        todo!("backend in progress")
    }
    async fn domain_taken(&self, domain: String) -> Result<bool> {
        todo!("backend in progress")
    }
    async fn sign_in(&self, req: SignIn) -> Result<Tokens> {
        todo!("backend in progress")
    }
    async fn refresh(&self, refresh_token: String) -> Result<Tokens> {
        todo!("backend in progress")
    }
    async fn sign_out(&self) -> Result<()> {
        todo!("backend in progress")
    }
    async fn whoami(&self) -> Result<Me> {
        todo!("backend in progress")
    }
    async fn add_domain(&self, domain: String) -> Result<Tenant> {
        todo!("backend in progress")
    }
    async fn create_account(&self, req: CreateAccount) -> Result<AccountCreated> {
        todo!("backend in progress")
    }
    async fn account(&self, at: AccountRef) -> Result<Account> {
        todo!("backend in progress")
    }
    async fn verify_account(&self, at: AccountRef, code: String) -> Result<Vetting> {
        todo!("backend in progress")
    }
    async fn resend_code(&self, at: AccountRef) -> Result<Vetting> {
        todo!("backend in progress")
    }
    async fn legal_profile(&self, at: AccountRef) -> Result<LegalBusinessProfile> {
        todo!("backend in progress")
    }
    async fn update_legal_profile(
        &self,
        at: AccountRef,
        req: LegalProfileInput,
        if_match: Option<String>,
    ) -> Result<LegalBusinessProfile> {
        todo!("backend in progress")
    }
    async fn organization_profile(&self) -> Result<OrganizationProfile> {
        todo!("backend in progress")
    }
    async fn update_organization_profile(
        &self,
        req: OrganizationProfileInput,
        if_match: Option<String>,
    ) -> Result<OrganizationProfile> {
        todo!("backend in progress")
    }
    async fn mpn_profile(&self, mpn_id: Option<String>) -> Result<MpnProfile> {
        todo!("backend in progress")
    }
    async fn add_location(&self, req: LegalProfileInput) -> Result<Account> {
        todo!("backend in progress")
    }
    async fn locations(&self) -> Result<Vec<Account>> {
        todo!("backend in progress")
    }
    async fn outbox(&self) -> Result<Vec<Mail>> {
        todo!("backend in progress")
    }
    async fn membership(&self, at: AccountRef) -> Result<Membership> {
        todo!("backend in progress")
    }
    async fn renew(&self, at: AccountRef, payment: PaymentMethod) -> Result<Purchase> {
        todo!("backend in progress")
    }
    async fn rejoin(&self, at: AccountRef) -> Result<Purchase> {
        todo!("backend in progress")
    }
    async fn upgrade(&self, at: AccountRef, req: Upgrade) -> Result<Purchase> {
        todo!("backend in progress")
    }
    async fn offers(&self) -> Result<Vec<Offer>> {
        todo!("backend in progress")
    }
    async fn orders(&self, at: AccountRef) -> Result<Vec<Order>> {
        todo!("backend in progress")
    }
    async fn pay_order(&self, order_id: String) -> Result<Order> {
        todo!("backend in progress")
    }
    async fn refund_order(&self, order_id: String) -> Result<Order> {
        todo!("backend in progress")
    }
    async fn benefits(&self, at: AccountRef) -> Result<Vec<Benefit>> {
        todo!("backend in progress")
    }
    async fn activate_benefit(&self, benefit_id: String) -> Result<Benefit> {
        todo!("backend in progress")
    }
    async fn assign_benefit(&self, benefit_id: String, req: AssignSeat) -> Result<Benefit> {
        todo!("backend in progress")
    }
    async fn product_keys(&self, benefit_id: String) -> Result<ProductKeys> {
        todo!("backend in progress")
    }
    async fn redeem_key(&self, benefit_id: String, key: String) -> Result<ProductKeys> {
        todo!("backend in progress")
    }
    async fn add_user(&self, req: NewUser) -> Result<UserCreated> {
        todo!("backend in progress")
    }
    async fn users(&self) -> Result<Vec<User>> {
        todo!("backend in progress")
    }
    async fn remove_user(&self, upn: String) -> Result<()> {
        todo!("backend in progress")
    }
    async fn grant_role(&self, role: RoleName, upn: String) -> Result<User> {
        todo!("backend in progress")
    }
    async fn revoke_role(&self, role: RoleName, upn: String) -> Result<User> {
        todo!("backend in progress")
    }
    async fn roles(&self) -> Result<Vec<Role>> {
        todo!("backend in progress")
    }
    async fn role_members(&self, role: RoleName) -> Result<Vec<RoleMember>> {
        todo!("backend in progress")
    }
    async fn country_rules(&self, country: String) -> Result<CountryRules> {
        todo!("backend in progress")
    }
    async fn validate_address(&self, address: Address) -> Result<AddressValidation> {
        todo!("backend in progress")
    }
}
