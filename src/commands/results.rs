//! Results the CLI puts together from several calls (their tables are in `output`).

use crate::api::{AccountCreated, CreateAccount, CreateTenant, TenantCreated};
use serde::Serialize;

/// What `account create` did: the account, and the tenant when one was created.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Enrollment {
    #[serde(flatten)]
    pub created: AccountCreated,
    /// The new tenant, its Global admin and temporary password (shown once).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tenant_created: Option<TenantCreated>,
}

/// What `account create --dry-run` would do for a new tenant (nothing is written).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EnrollmentPlan {
    pub dry_run: bool,
    pub default_domain: String,
    pub tenant: CreateTenant,
    pub account: CreateAccount,
    pub steps: Vec<String>,
}
