//! The one trait every backend implements, and the wire types of its operations.
//!
//! The embedded backend (`backend::Embedded`) implements it in process over SQLite; an HTTP
//! client implements it against `partnerctl serve`. Requests and results are plain serde types
//! with camelCase field names, so they travel as JSON unchanged. JSON shapes only ever grow.

use async_trait::async_trait;
use jiff::Timestamp;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use crate::error::{ApiError, Result};

// ---------------------------------------------------------------------------------------------
// Names users type
// ---------------------------------------------------------------------------------------------

/// Roles of the partner tenant. On the command line and in JSON they are kebab-case
/// (`admin-agent`); [`RoleName::display`] gives Partner Center's name ("Admin agent").
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum RoleName {
    GlobalAdmin,
    UserManagementAdmin,
    BillingAdmin,
    AdminAgent,
    SalesAgent,
    HelpdeskAgent,
    AccountAdmin,
    MpnPartnerAdmin,
    ReferralAdmin,
    IncentiveAdmin,
    BusinessProfileAdmin,
}

/// Whether a role belongs to the directory (Azure AD) or to Partner Center.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub enum RoleCategory {
    Directory,
    PartnerCenter,
}

impl RoleName {
    pub const ALL: [RoleName; 11] = [
        RoleName::GlobalAdmin,
        RoleName::UserManagementAdmin,
        RoleName::BillingAdmin,
        RoleName::AdminAgent,
        RoleName::SalesAgent,
        RoleName::HelpdeskAgent,
        RoleName::AccountAdmin,
        RoleName::MpnPartnerAdmin,
        RoleName::ReferralAdmin,
        RoleName::IncentiveAdmin,
        RoleName::BusinessProfileAdmin,
    ];

    /// The kebab-case name used on the command line and in JSON.
    pub fn key(self) -> &'static str {
        match self {
            RoleName::GlobalAdmin => "global-admin",
            RoleName::UserManagementAdmin => "user-management-admin",
            RoleName::BillingAdmin => "billing-admin",
            RoleName::AdminAgent => "admin-agent",
            RoleName::SalesAgent => "sales-agent",
            RoleName::HelpdeskAgent => "helpdesk-agent",
            RoleName::AccountAdmin => "account-admin",
            RoleName::MpnPartnerAdmin => "mpn-partner-admin",
            RoleName::ReferralAdmin => "referral-admin",
            RoleName::IncentiveAdmin => "incentive-admin",
            RoleName::BusinessProfileAdmin => "business-profile-admin",
        }
    }

    /// Partner Center's display name.
    pub fn display(self) -> &'static str {
        match self {
            RoleName::GlobalAdmin => "Global admin",
            RoleName::UserManagementAdmin => "User management admin",
            RoleName::BillingAdmin => "Billing admin",
            RoleName::AdminAgent => "Admin agent",
            RoleName::SalesAgent => "Sales agent",
            RoleName::HelpdeskAgent => "Helpdesk agent",
            RoleName::AccountAdmin => "Account admin",
            RoleName::MpnPartnerAdmin => "MPN partner admin",
            RoleName::ReferralAdmin => "Referral admin",
            RoleName::IncentiveAdmin => "Incentive admin",
            RoleName::BusinessProfileAdmin => "Business profile admin",
        }
    }

    pub fn category(self) -> RoleCategory {
        match self {
            RoleName::GlobalAdmin
            | RoleName::UserManagementAdmin
            | RoleName::BillingAdmin
            | RoleName::AdminAgent
            | RoleName::SalesAgent
            | RoleName::HelpdeskAgent => RoleCategory::Directory,
            _ => RoleCategory::PartnerCenter,
        }
    }

    pub fn from_key(key: &str) -> Option<RoleName> {
        RoleName::ALL.into_iter().find(|r| r.key() == key)
    }
}

impl std::fmt::Display for RoleName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.key())
    }
}

/// Competency areas, kebab-case on the command line and in JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum CompetencyArea {
    CloudPlatform,
    DataAnalytics,
    Security,
    ApplicationDevelopment,
    CloudProductivity,
}

impl CompetencyArea {
    pub const ALL: [CompetencyArea; 5] = [
        CompetencyArea::CloudPlatform,
        CompetencyArea::DataAnalytics,
        CompetencyArea::Security,
        CompetencyArea::ApplicationDevelopment,
        CompetencyArea::CloudProductivity,
    ];

    pub fn key(self) -> &'static str {
        match self {
            CompetencyArea::CloudPlatform => "cloud-platform",
            CompetencyArea::DataAnalytics => "data-analytics",
            CompetencyArea::Security => "security",
            CompetencyArea::ApplicationDevelopment => "application-development",
            CompetencyArea::CloudProductivity => "cloud-productivity",
        }
    }

    pub fn from_key(key: &str) -> Option<CompetencyArea> {
        CompetencyArea::ALL.into_iter().find(|a| a.key() == key)
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum CompetencyLevel {
    Silver,
    Gold,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum PaymentMethod {
    #[default]
    Card,
    /// Wire transfer: the order waits for payment, and expires unpaid after 30 days.
    Invoice,
}

// ---------------------------------------------------------------------------------------------
// Profiles (Partner Center's field names)
// ---------------------------------------------------------------------------------------------

/// Partner Center's address object.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Address {
    /// ISO 3166-1 alpha-2.
    pub country: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    pub city: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    pub address_line1: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_line2: Option<String>,
    pub postal_code: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
}

/// A person named in a profile (primary contact, agreement signer, first admin).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Contact {
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    #[serde(default)]
    pub phone_number: String,
}

/// What a user supplies for a legal business profile (global account or location).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct LegalProfileInput {
    pub company_name: String,
    pub address: Address,
    pub primary_contact: Contact,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum VettingStatus {
    None,
    Pending,
    Authorized,
    Rejected,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum VettingSubStatus {
    None,
    Entry,
    EmailOwnership,
    EmailDomain,
    EmploymentVerification,
    Decision,
    Other,
    BusinessVerification,
}

/// `attributes` of every Partner Center resource.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Attributes {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    pub object_type: String,
}

/// `GET /v1/profiles/legalbusiness`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct LegalBusinessProfile {
    pub company_name: String,
    pub address: Address,
    pub primary_contact: Contact,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company_approver_address: Option<Address>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company_approver_email: Option<String>,
    pub vetting_status: VettingStatus,
    pub vetting_sub_status: VettingSubStatus,
    pub profile_type: String,
    pub attributes: Attributes,
}

/// Optional organization profile fields a user may set; unset ones come from the legal profile.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct OrganizationProfileInput {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub culture: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_address: Option<Address>,
}

/// `GET /v1/profiles/organization`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct OrganizationProfile {
    pub id: String,
    pub company_name: String,
    pub default_address: Address,
    pub tenant_id: String,
    pub domain: String,
    pub email: String,
    pub language: String,
    pub culture: String,
    pub profile_type: String,
    pub attributes: Attributes,
}

/// `GET /v1/profiles/mpn`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct MpnProfile {
    pub partner_name: String,
    pub mpn_id: String,
    pub profile_type: String,
    pub attributes: Attributes,
}

// ---------------------------------------------------------------------------------------------
// Directory
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Domain {
    /// The ASCII (punycode) form of the name.
    pub name: String,
    pub verified: bool,
    pub is_default: bool,
    /// Until the domain is verified: the value of the TXT record to publish at the domain
    /// (`MS=ms12345678`), after which `verify` looks it up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification_record: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Tenant {
    pub id: String,
    pub default_domain: String,
    pub domains: Vec<Domain>,
    pub created_at: Timestamp,
}

/// Create a tenant with its first user, a Global admin.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct CreateTenant {
    /// `<prefix>.onmicrosoft.com`: 2-27 lowercase letters and digits.
    pub domain_prefix: String,
    /// Custom domains the organization owns (e.g. `contoso.com`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub domains: Vec<String>,
    /// The first Global admin; defaults to "Global Administrator" with no mail.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub global_admin: Option<Contact>,
    /// Also sign the creator in as the new Global admin: the answer's `session` holds their
    /// tokens, so the run that created the tenant goes on as them. The temporary password must
    /// still be changed at the first sign-in with it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub sign_in: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct TenantCreated {
    pub tenant: Tenant,
    pub global_admin: User,
    /// Shown exactly once; only its hash is stored. It must be changed at the first sign-in
    /// with it.
    pub temporary_password: String,
    /// The Global admin's tokens, when the request asked to sign in (`signIn`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<Tokens>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum UserType {
    Member,
    Guest,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct User {
    pub id: String,
    pub user_principal_name: String,
    pub first_name: String,
    pub last_name: String,
    pub display_name: String,
    pub email: String,
    pub user_type: UserType,
    pub roles: Vec<RoleName>,
    /// The user who enrolled the partner account: not removable, roles not removable by others.
    pub owner: bool,
    pub created_at: Timestamp,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct NewUser {
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    /// Defaults to `<local part of email>@<tenant default domain>`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_principal_name: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<RoleName>,
    /// A user from another tenant: may hold only MPN partner admin, Business profile admin
    /// or Referral admin.
    #[serde(default)]
    pub guest: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct UserCreated {
    pub user: User,
    /// Shown exactly once; absent for guests (they sign in at home).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub temporary_password: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Role {
    pub id: String,
    /// kebab-case key, as typed on the command line.
    pub key: RoleName,
    /// Partner Center's display name.
    pub name: String,
    pub category: RoleCategory,
    pub description: String,
    pub attributes: Attributes,
}

/// A member of a role, in Partner Center's `usermembers` shape.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct RoleMember {
    pub id: String,
    pub display_name: String,
    pub user_principal_name: String,
    pub role_id: String,
    pub account_id: String,
    pub attributes: Attributes,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct SignIn {
    pub username: String,
    pub password: String,
}

/// A sign-in that changes the password: due at the first sign-in with a temporary password.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ChangePassword {
    pub username: String,
    /// The current (temporary) password.
    pub password: String,
    /// 8 to 256 characters, with three of: lowercase, uppercase, digits, symbols; not the
    /// current one.
    pub new_password: String,
}

/// An OAuth-style token pair. Only hashes of both tokens are stored by the backend.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Tokens {
    pub token_type: String,
    pub access_token: String,
    /// Seconds from issue.
    pub expires_in: i64,
    pub refresh_token: String,
    pub expires_at: Timestamp,
    pub refresh_expires_at: Timestamp,
}

/// The signed-in user and their tenant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Me {
    pub user: User,
    pub tenant: Tenant,
}

// ---------------------------------------------------------------------------------------------
// Accounts
// ---------------------------------------------------------------------------------------------

/// Which account an operation acts on: the tenant's global account, or a location by MPN ID.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct AccountRef {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mpn_id: Option<String>,
}

impl AccountRef {
    pub fn global() -> Self {
        AccountRef { mpn_id: None }
    }
    pub fn mpn(id: impl Into<String>) -> Self {
        AccountRef {
            mpn_id: Some(id.into()),
        }
    }
}

/// The signer of the Microsoft Partner Network agreement.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct AgreementAcceptance {
    pub accepted: bool,
    /// Defaults to the signed-in user. Must be a user of the tenant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signer: Option<Contact>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct CreateAccount {
    pub legal_business_profile: LegalProfileInput,
    pub agreement: AgreementAcceptance,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_profile: Option<OrganizationProfileInput>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub enum AccountKind {
    Global,
    Location,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Account {
    pub id: String,
    pub mpn_id: String,
    pub kind: AccountKind,
    pub tenant_id: String,
    pub company_name: String,
    pub country: String,
    pub vetting_status: VettingStatus,
    pub vetting_sub_status: VettingSubStatus,
    pub legal_business_profile: LegalBusinessProfile,
    pub membership_status: MembershipStatus,
    pub created_at: Timestamp,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct AgreementRecord {
    pub agreement_type: String,
    pub version: String,
    pub signer_email: String,
    pub signer_name: String,
    pub accepted_at: Timestamp,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct AccountCreated {
    pub account: Account,
    pub agreement: AgreementRecord,
    /// userPrincipalName of the enrolling user, now owner and Admin agent.
    pub owner: String,
    pub membership: Membership,
}

/// Where vetting of an account stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Vetting {
    pub account_id: String,
    pub mpn_id: String,
    pub vetting_status: VettingStatus,
    pub vetting_sub_status: VettingSubStatus,
    /// Where the code was sent, while one is outstanding.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code_sent_to: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code_expires_at: Option<Timestamp>,
    /// What the call did not do, and why: nothing to verify (already authorized), or a dry
    /// run that did not check the code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A mail the backend sent (the embedded backend keeps them in its outbox).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Mail {
    pub id: String,
    pub to: String,
    pub subject: String,
    pub body: String,
    pub sent_at: Timestamp,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mpn_id: Option<String>,
    /// Where delivery stands (`serve --smtp-url` delivers; without it mail stays queued).
    #[serde(default)]
    pub state: MailState,
    /// Delivery attempts made.
    #[serde(default)]
    pub attempts: i64,
    /// Why the latest attempt failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_error: Option<String>,
    /// When the mail server accepted it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivered_at: Option<Timestamp>,
}

/// Where a mail's delivery stands.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub enum MailState {
    /// Waiting to be sent (or tried again).
    #[default]
    Queued,
    /// Accepted by the mail server.
    Sent,
    /// Given up on: refused by the mail server, or not delivered in time.
    Failed,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct CountryRules {
    pub country: String,
    pub name: String,
    pub state_required: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code_regex: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code_example: Option<String>,
    pub phone_country_code: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct AddressValidation {
    pub valid: bool,
    pub address: Address,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<crate::error::FieldError>,
}

// ---------------------------------------------------------------------------------------------
// Membership, offers, orders
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub enum MembershipStatus {
    /// Before the anniversary.
    Active,
    /// Past the anniversary, inside the renewal window: the account is read-only.
    Expired,
    /// Past the renewal window: benefits withdrawn; must be bought again.
    Lapsed,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub enum OfferKind {
    Network,
    ActionPack,
    Competency,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Money {
    pub amount: f64,
    pub currency: String,
}

impl Money {
    pub fn from_cents(cents: i64, currency: &str) -> Money {
        Money {
            amount: cents as f64 / 100.0,
            currency: currency.to_string(),
        }
    }
}

/// A programme the account holds: Action Pack or a competency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Subscription {
    pub id: String,
    pub offer_id: String,
    pub name: String,
    pub kind: OfferKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area: Option<CompetencyArea>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<CompetencyLevel>,
    pub order_id: String,
    pub since: Timestamp,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attested_by: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Membership {
    pub account_id: String,
    pub mpn_id: String,
    pub status: MembershipStatus,
    pub start_date: Timestamp,
    /// The anniversary.
    pub end_date: Timestamp,
    pub renewal_window_opens: Timestamp,
    pub renewal_window_closes: Timestamp,
    /// True while expired or lapsed: no profile change, purchase or activation.
    pub read_only: bool,
    pub subscriptions: Vec<Subscription>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct BenefitGrant {
    pub name: String,
    pub kind: BenefitKind,
    pub quantity: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Offer {
    pub id: String,
    pub name: String,
    pub kind: OfferKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area: Option<CompetencyArea>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<CompetencyLevel>,
    pub price: Money,
    pub term_days: i64,
    pub benefits: Vec<BenefitGrant>,
}

/// What to buy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", tag = "to")]
pub enum UpgradeTarget {
    ActionPack,
    Competency {
        area: CompetencyArea,
        level: CompetencyLevel,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Upgrade {
    pub target: UpgradeTarget,
    #[serde(default)]
    pub payment: PaymentMethod,
    /// Who attests that a competency's requirements are met; defaults to the signed-in user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attested_by: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub enum OrderKind {
    #[default]
    Purchase,
    Renewal,
    Rejoin,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub enum OrderStatus {
    Completed,
    PendingPayment,
    Expired,
    Refunded,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Order {
    pub id: String,
    pub account_id: String,
    pub mpn_id: String,
    pub kind: OrderKind,
    pub offer_ids: Vec<String>,
    pub description: String,
    pub total: Money,
    pub payment: PaymentMethod,
    pub status: OrderStatus,
    pub created_at: Timestamp,
    pub created_by: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed_at: Option<Timestamp>,
    /// Invoice orders unpaid by then expire.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pay_by: Option<Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refundable_until: Option<Timestamp>,
}

/// The result of a purchase: the order, and the membership as it now stands.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Purchase {
    pub order: Order,
    pub membership: Membership,
}

/// The programmes an account should hold, to ask what it would take (`membership_plan`).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct MembershipWants {
    /// Action Pack, competencies (area and level), in the order the answer keeps.
    pub targets: Vec<UpgradeTarget>,
}

/// What it takes to hold each programme wanted: nothing, a purchase, or a payment. A read:
/// it buys nothing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct MembershipPlan {
    pub account_id: String,
    pub mpn_id: String,
    /// One per target asked for, in its order.
    pub items: Vec<PlannedItem>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PlannedItem {
    pub target: UpgradeTarget,
    pub step: PlanStep,
}

/// Where one wanted programme stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", tag = "state")]
pub enum PlanStep {
    /// Held already (a Gold competency holds Silver in its area too).
    Held,
    /// To buy: this offer, as a new programme, or as an upgrade of the one held (Silver to
    /// Gold in the same area).
    #[serde(rename_all = "camelCase")]
    Buy { offer_id: String, upgrade: bool },
    /// An invoice order for it awaits payment: pay it (another would be refused).
    #[serde(rename_all = "camelCase")]
    AwaitingPayment { order_id: String },
}

/// The programmes an account should hold, and how to pay for what it lacks
/// (`apply_membership`).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ApplyMembership {
    /// Action Pack, competencies (area and level), in the order the answer keeps.
    pub targets: Vec<UpgradeTarget>,
    #[serde(default)]
    pub payment: PaymentMethod,
    /// Who attests that a competency's requirements are met; defaults to the signed-in user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attested_by: Option<String>,
}

/// What `apply_membership` found or did for each programme wanted, in one change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct MembershipApplied {
    pub account_id: String,
    pub mpn_id: String,
    /// One per target asked for, in its order.
    pub items: Vec<AppliedItem>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct AppliedItem {
    pub target: UpgradeTarget,
    pub step: AppliedStep,
}

/// Where one wanted programme stands after `apply_membership`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", tag = "state")]
pub enum AppliedStep {
    /// Held already (a Gold competency holds Silver in its area too).
    Held,
    /// An earlier invoice order for it awaits payment: nothing was bought.
    #[serde(rename_all = "camelCase")]
    AwaitingPayment { order_id: String },
    /// Bought now, as a new programme or as an upgrade of the one held; an invoice order
    /// awaits payment, a card order is complete.
    #[serde(rename_all = "camelCase")]
    Bought { order: Box<Order>, upgrade: bool },
}

// ---------------------------------------------------------------------------------------------
// Benefits
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub enum BenefitKind {
    /// Software licences for internal use: product keys, each redeemable once.
    ProductKey,
    /// Cloud credit, e.g. USD 100 a month of Azure.
    CloudCredit,
    /// Seats (Visual Studio subscriptions) assigned to users.
    Seats,
    SupportIncidents,
    AdvisoryHours,
    Other,
}

impl BenefitKind {
    /// Every kind, in the order lists and help show them.
    pub const ALL: [BenefitKind; 6] = [
        BenefitKind::ProductKey,
        BenefitKind::CloudCredit,
        BenefitKind::Seats,
        BenefitKind::SupportIncidents,
        BenefitKind::AdvisoryHours,
        BenefitKind::Other,
    ];

    /// The kind as the command line spells it (`cloud-credit`).
    pub fn key(self) -> &'static str {
        match self {
            BenefitKind::ProductKey => "product-key",
            BenefitKind::CloudCredit => "cloud-credit",
            BenefitKind::Seats => "seats",
            BenefitKind::SupportIncidents => "support-incidents",
            BenefitKind::AdvisoryHours => "advisory-hours",
            BenefitKind::Other => "other",
        }
    }

    pub fn from_key(key: &str) -> Option<BenefitKind> {
        BenefitKind::ALL.into_iter().find(|k| k.key() == key)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub enum BenefitStatus {
    Available,
    Activated,
    /// The membership lapsed.
    Withdrawn,
    /// The order was refunded.
    Refunded,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct SeatAssignment {
    pub user_principal_name: String,
    pub assigned_at: Timestamp,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Benefit {
    pub id: String,
    pub account_id: String,
    pub mpn_id: String,
    pub order_id: String,
    pub offer_id: String,
    pub name: String,
    pub kind: BenefitKind,
    pub quantity: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    pub status: BenefitStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contract_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activated_at: Option<Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activated_by: Option<String>,
    pub assignments: Vec<SeatAssignment>,
}

/// The kinds of benefit to activate at once (`activate_benefits`).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct BenefitKinds {
    pub kinds: Vec<BenefitKind>,
}

/// What `activate_benefits` activated: each available benefit of the kinds asked for, oldest
/// first (none when there was none left to activate).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct BenefitsActivated {
    pub account_id: String,
    pub mpn_id: String,
    pub activated: Vec<Benefit>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct AssignSeat {
    pub user_principal_name: String,
    /// Move a seat from this user (allowed 90 days after it was assigned).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replace: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ProductKey {
    pub key: String,
    pub redeemed: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redeemed_at: Option<Timestamp>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ProductKeys {
    pub benefit_id: String,
    pub name: String,
    pub keys: Vec<ProductKey>,
}

// ---------------------------------------------------------------------------------------------
// Applying desired state (bulk enrollment)
// ---------------------------------------------------------------------------------------------

/// What applying a desired state did, as `kubectl apply` reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub enum Applied {
    Created,
    Updated,
    Unchanged,
}

/// A location as it should be, under a key that is stable within the tenant: applying the
/// same key again finds the same location and updates it if its profile differs.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ApplyLocation {
    /// 1-200 characters, compared case-insensitively.
    pub key: String,
    pub legal_business_profile: LegalProfileInput,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct LocationApplied {
    pub key: String,
    pub outcome: Applied,
    pub account: Account,
    /// Where vetting stands, with the outstanding code's addressee and expiry.
    pub vetting: Vetting,
    /// Vetting before this call; absent when the location was created by it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_vetting_status: Option<VettingStatus>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct UserApplied {
    pub outcome: Applied,
    pub user: User,
    /// The roles this call granted (an existing user keeps the roles it had).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub granted: Vec<RoleName>,
    /// Shown exactly once, when the user was created; absent for guests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub temporary_password: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// The trait
// ---------------------------------------------------------------------------------------------

/// Every operation of the product. Each call acts as the signed-in user the implementation
/// was built with (an access token), except `create_tenant`, `domain_taken`, `sign_in`,
/// `change_password`, `refresh`, `country_rules` and `validate_address`, which need no session.
#[async_trait]
pub trait Api: Send + Sync {
    /// Whether the backend is a sandbox (it confirms verification codes itself). The real
    /// Partner Center never is.
    fn is_sandbox(&self) -> bool {
        false
    }

    /// Requests sent on the wire so far (none in process).
    fn traffic(&self) -> Traffic {
        Traffic::default()
    }

    // Directory and sign-in
    async fn create_tenant(&self, req: CreateTenant) -> Result<TenantCreated>;
    async fn domain_taken(&self, domain: String) -> Result<bool>;
    async fn sign_in(&self, req: SignIn) -> Result<Tokens>;
    async fn refresh(&self, refresh_token: String) -> Result<Tokens>;
    /// Sign in with the current password and set a new one; the tokens are the new password's.
    async fn change_password(&self, req: ChangePassword) -> Result<Tokens> {
        let _ = req;
        Err(ApiError::unsupported("changing passwords"))
    }
    async fn sign_out(&self) -> Result<()>;
    async fn whoami(&self) -> Result<Me>;
    /// Adds a custom domain, unverified until its TXT record is published (a sandbox verifies
    /// it at once).
    async fn add_domain(&self, domain: String) -> Result<Tenant>;
    /// Looks up the domain's TXT record with a DNS query and, when it is published, marks the
    /// domain verified.
    async fn verify_domain(&self, domain: String) -> Result<Tenant>;

    // Accounts and vetting
    async fn create_account(&self, req: CreateAccount) -> Result<AccountCreated>;
    async fn account(&self, at: AccountRef) -> Result<Account>;
    async fn verify_account(&self, at: AccountRef, code: String) -> Result<Vetting>;
    async fn resend_code(&self, at: AccountRef) -> Result<Vetting>;
    async fn legal_profile(&self, at: AccountRef) -> Result<LegalBusinessProfile>;
    async fn update_legal_profile(
        &self,
        at: AccountRef,
        req: LegalProfileInput,
        if_match: Option<String>,
    ) -> Result<LegalBusinessProfile>;
    async fn organization_profile(&self) -> Result<OrganizationProfile>;
    async fn update_organization_profile(
        &self,
        req: OrganizationProfileInput,
        if_match: Option<String>,
    ) -> Result<OrganizationProfile>;
    async fn mpn_profile(&self, mpn_id: Option<String>) -> Result<MpnProfile>;
    async fn add_location(&self, req: LegalProfileInput) -> Result<Account>;
    async fn locations(&self) -> Result<Vec<Account>>;
    async fn outbox(&self) -> Result<Vec<Mail>>;

    // Membership, offers, orders
    async fn membership(&self, at: AccountRef) -> Result<Membership>;
    async fn renew(&self, at: AccountRef, payment: PaymentMethod) -> Result<Purchase>;
    async fn rejoin(&self, at: AccountRef) -> Result<Purchase>;
    async fn upgrade(&self, at: AccountRef, req: Upgrade) -> Result<Purchase>;
    /// What it takes for the account to hold the programmes wanted, item by item: held,
    /// to buy (which offer, new or an upgrade), or awaiting the payment of an order.
    async fn membership_plan(&self, at: AccountRef, req: MembershipWants)
        -> Result<MembershipPlan>;
    /// Buys, in one change, what the account lacks of the programmes wanted; answers each as
    /// held, awaiting the payment of an earlier order, or bought.
    async fn apply_membership(
        &self,
        at: AccountRef,
        req: ApplyMembership,
    ) -> Result<MembershipApplied>;
    async fn offers(&self) -> Result<Vec<Offer>>;
    async fn orders(&self, at: AccountRef) -> Result<Vec<Order>>;
    async fn pay_order(&self, order_id: String) -> Result<Order>;
    async fn refund_order(&self, order_id: String) -> Result<Order>;

    // Benefits
    async fn benefits(&self, at: AccountRef) -> Result<Vec<Benefit>>;
    async fn activate_benefit(&self, benefit_id: String) -> Result<Benefit>;
    /// Activates every available benefit of these kinds of the account, in one change.
    async fn activate_benefits(
        &self,
        at: AccountRef,
        req: BenefitKinds,
    ) -> Result<BenefitsActivated>;
    async fn assign_benefit(&self, benefit_id: String, req: AssignSeat) -> Result<Benefit>;
    async fn product_keys(&self, benefit_id: String) -> Result<ProductKeys>;
    async fn redeem_key(&self, benefit_id: String, key: String) -> Result<ProductKeys>;

    // Users and roles
    async fn add_user(&self, req: NewUser) -> Result<UserCreated>;
    async fn users(&self) -> Result<Vec<User>>;
    async fn remove_user(&self, upn: String) -> Result<()>;
    async fn grant_role(&self, role: RoleName, upn: String) -> Result<User>;
    async fn revoke_role(&self, role: RoleName, upn: String) -> Result<User>;
    async fn roles(&self) -> Result<Vec<Role>>;
    async fn role_members(&self, role: RoleName) -> Result<Vec<RoleMember>>;

    // Reference data
    async fn country_rules(&self, country: String) -> Result<CountryRules>;
    async fn validate_address(&self, address: Address) -> Result<AddressValidation>;

    // Applying desired state. Backends that predate these answer that they do not support them.

    /// Create the location with this key, or update it if its profile differs. An unkeyed
    /// location with the same country and legal name is adopted rather than duplicated.
    async fn apply_location(&self, req: ApplyLocation) -> Result<LocationApplied> {
        let _ = req;
        Err(ApiError::unsupported("applying locations"))
    }

    /// Add the user, or grant an existing user (same email in the tenant) the roles it lacks.
    async fn apply_user(&self, req: NewUser) -> Result<UserApplied> {
        let _ = req;
        Err(ApiError::unsupported("applying users"))
    }
}

/// What a client sent on the wire: requests (every try counted) and the retries among them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Traffic {
    pub requests: u64,
    pub retries: u64,
}
