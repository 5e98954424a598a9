//! Results the CLI puts together from several calls, and their tables.

use crate::api::{AccountCreated, CreateAccount, CreateTenant, TenantCreated};
use crate::output::{address, contact, state, time, vetting, Tabular};
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

impl Tabular for Enrollment {
    fn columns() -> &'static [&'static str] {
        &[
            "Account id",
            "MPN ID",
            "Company",
            "Vetting",
            "Owner",
            "Tenant",
            "Temporary password",
        ]
    }
    fn row(&self) -> Vec<String> {
        let a = &self.created.account;
        let tenant = self.tenant_created.as_ref();
        vec![
            a.id.clone(),
            a.mpn_id.clone(),
            a.company_name.clone(),
            vetting(a.vetting_status, a.vetting_sub_status),
            self.created.owner.clone(),
            tenant
                .map(|t| t.tenant.default_domain.clone())
                .unwrap_or_default(),
            tenant
                .map(|t| t.temporary_password.clone())
                .unwrap_or_default(),
        ]
    }
    fn fields(&self) -> Vec<(&'static str, String)> {
        let a = &self.created.account;
        let mut f = vec![
            ("Account id", a.id.clone()),
            ("MPN ID", a.mpn_id.clone()),
            ("Company", a.company_name.clone()),
            ("Vetting", vetting(a.vetting_status, a.vetting_sub_status)),
            ("Membership", state(&self.created.membership.status)),
            ("Membership ends", time(&self.created.membership.end_date)),
            ("Owner", self.created.owner.clone()),
            (
                "Agreement",
                format!(
                    "{} {} accepted by {}",
                    self.created.agreement.agreement_type,
                    self.created.agreement.version,
                    self.created.agreement.signer_email
                ),
            ),
        ];
        if let Some(t) = &self.tenant_created {
            f.extend([
                ("Tenant id", t.tenant.id.clone()),
                ("Tenant domain", t.tenant.default_domain.clone()),
                ("Global admin", t.global_admin.user_principal_name.clone()),
                ("Temporary password", t.temporary_password.clone()),
            ]);
        }
        f
    }
}

impl Tabular for EnrollmentPlan {
    fn columns() -> &'static [&'static str] {
        &["Default domain", "Company", "Country", "Steps"]
    }
    fn row(&self) -> Vec<String> {
        let lp = &self.account.legal_business_profile;
        vec![
            self.default_domain.clone(),
            lp.company_name.clone(),
            lp.address.country.clone(),
            self.steps.join("\n"),
        ]
    }
    fn fields(&self) -> Vec<(&'static str, String)> {
        let lp = &self.account.legal_business_profile;
        vec![
            (
                "Tenant domain",
                format!("{} (available)", self.default_domain),
            ),
            ("Custom domains", self.tenant.domains.join("\n")),
            ("Company", lp.company_name.clone()),
            ("Address", address(&lp.address)),
            (
                "Primary contact",
                contact(&lp.primary_contact, &lp.address.country),
            ),
            ("Steps", self.steps.join("\n")),
        ]
    }
}
