//! How every result type of the API looks in a table: its list columns and, shown alone, its
//! fields. (The CLI's own results have theirs beside them, in `commands` and `batch`.)

use super::{name, opt_time, state, time, Tabular};
use crate::api::*;

fn roles(rs: &[RoleName]) -> String {
    rs.iter().map(|r| r.key()).collect::<Vec<_>>().join(", ")
}

fn money(m: &Money) -> String {
    format!("{} {:.2}", m.currency, m.amount)
}

fn opt(s: &Option<String>) -> String {
    s.clone().unwrap_or_default()
}

fn vetting(status: VettingStatus, sub: VettingSubStatus) -> String {
    super::vetting(status, sub)
}

/// An address in its country's order (Japanese ones from the postal code on).
pub fn address(a: &Address) -> String {
    crate::names::address_line(a)
}

/// A contact, named in the order of `country` (the country of the profile they are in).
pub fn contact(c: &Contact, country: &str) -> String {
    let name = crate::names::display_name(&c.first_name, &c.last_name, country);
    format!("{name} <{}>", c.email)
}

/// A user's name for people: the user's given and family names in the order of their script
/// (`山本 一郎`), else the directory's display name.
fn person(u: &User) -> String {
    match (u.first_name.trim(), u.last_name.trim()) {
        ("", "") => u.display_name.clone(),
        (first, last) => crate::names::display_name(first, last, ""),
    }
}

fn domains(ds: &[Domain]) -> String {
    ds.iter()
        .map(|d| match (d.is_default, d.verified) {
            (true, _) => format!("{} (default)", d.name),
            (false, true) => format!("{} (verified)", d.name),
            (false, false) => format!("{} (unverified)", d.name),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn subscription(s: &Subscription) -> String {
    format!("{} since {}", s.name, time(&s.since))
}

impl Tabular for Tenant {
    fn columns() -> &'static [&'static str] {
        &["Id", "Default domain", "Domains", "Created"]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.id.clone(),
            self.default_domain.clone(),
            domains(&self.domains),
            time(&self.created_at),
        ]
    }
}

impl Tabular for TenantCreated {
    fn columns() -> &'static [&'static str] {
        &[
            "Tenant id",
            "Default domain",
            "Global admin",
            "Temporary password",
        ]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.tenant.id.clone(),
            self.tenant.default_domain.clone(),
            self.global_admin.user_principal_name.clone(),
            self.temporary_password.clone(),
        ]
    }
}

impl Tabular for User {
    fn columns() -> &'static [&'static str] {
        &["UPN", "Name", "Type", "Roles", "Owner"]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.user_principal_name.clone(),
            person(self),
            name(&self.user_type),
            roles(&self.roles),
            if self.owner { "yes" } else { "no" }.into(),
        ]
    }
    fn fields(&self) -> Vec<(&'static str, String)> {
        vec![
            ("User principal name", self.user_principal_name.clone()),
            ("Name", person(self)),
            ("Email", self.email.clone()),
            ("Type", name(&self.user_type)),
            ("Roles", roles(&self.roles)),
            ("Owner", if self.owner { "yes" } else { "no" }.into()),
            ("Id", self.id.clone()),
            ("Created", time(&self.created_at)),
        ]
    }
}

impl Tabular for UserCreated {
    fn columns() -> &'static [&'static str] {
        &["UPN", "Name", "Roles", "Temporary password"]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.user.user_principal_name.clone(),
            person(&self.user),
            roles(&self.user.roles),
            opt(&self.temporary_password),
        ]
    }
}

impl Tabular for Me {
    fn columns() -> &'static [&'static str] {
        &["UPN", "Tenant id", "Default domain", "Roles"]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.user.user_principal_name.clone(),
            self.tenant.id.clone(),
            self.tenant.default_domain.clone(),
            roles(&self.user.roles),
        ]
    }
}

impl Tabular for Role {
    fn columns() -> &'static [&'static str] {
        &["Role", "Name", "Category", "Description"]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.key.key().into(),
            self.name.clone(),
            name(&self.category),
            self.description.clone(),
        ]
    }
}

impl Tabular for RoleMember {
    fn columns() -> &'static [&'static str] {
        &["UPN", "Name"]
    }
    fn row(&self) -> Vec<String> {
        vec![self.user_principal_name.clone(), self.display_name.clone()]
    }
}

impl Tabular for Account {
    fn columns() -> &'static [&'static str] {
        &[
            "MPN ID",
            "Kind",
            "Company",
            "Country",
            "Vetting",
            "Membership",
        ]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.mpn_id.clone(),
            name(&self.kind),
            self.company_name.clone(),
            self.country.clone(),
            vetting(self.vetting_status, self.vetting_sub_status),
            state(&self.membership_status),
        ]
    }
    fn fields(&self) -> Vec<(&'static str, String)> {
        let lp = &self.legal_business_profile;
        vec![
            ("Account id", self.id.clone()),
            ("MPN ID", self.mpn_id.clone()),
            ("Kind", name(&self.kind)),
            ("Company", self.company_name.clone()),
            ("Address", address(&lp.address)),
            (
                "Primary contact",
                contact(&lp.primary_contact, &lp.address.country),
            ),
            (
                "Vetting",
                vetting(self.vetting_status, self.vetting_sub_status),
            ),
            ("Membership", state(&self.membership_status)),
            ("Tenant id", self.tenant_id.clone()),
            ("Created", time(&self.created_at)),
        ]
    }
}

impl Tabular for AccountCreated {
    fn columns() -> &'static [&'static str] {
        &["Account id", "MPN ID", "Vetting", "Owner"]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.account.id.clone(),
            self.account.mpn_id.clone(),
            vetting(self.account.vetting_status, self.account.vetting_sub_status),
            self.owner.clone(),
        ]
    }
}

impl Tabular for Vetting {
    fn columns() -> &'static [&'static str] {
        &["MPN ID", "Vetting", "Code sent to", "Code expires"]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.mpn_id.clone(),
            vetting(self.vetting_status, self.vetting_sub_status),
            opt(&self.code_sent_to),
            opt_time(&self.code_expires_at),
        ]
    }
}

impl Tabular for LegalBusinessProfile {
    fn columns() -> &'static [&'static str] {
        &["Company", "Address", "Primary contact", "Vetting"]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.company_name.clone(),
            address(&self.address),
            contact(&self.primary_contact, &self.address.country),
            vetting(self.vetting_status, self.vetting_sub_status),
        ]
    }
    fn fields(&self) -> Vec<(&'static str, String)> {
        vec![
            ("Company", self.company_name.clone()),
            ("Address", address(&self.address)),
            (
                "Primary contact",
                contact(&self.primary_contact, &self.address.country),
            ),
            ("Phone", self.primary_contact.phone_number.clone()),
            (
                "Vetting",
                vetting(self.vetting_status, self.vetting_sub_status),
            ),
            ("Etag", opt(&self.attributes.etag)),
        ]
    }
}

impl Tabular for OrganizationProfile {
    fn columns() -> &'static [&'static str] {
        &["Company", "Domain", "Email", "Language", "Culture"]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.company_name.clone(),
            self.domain.clone(),
            self.email.clone(),
            self.language.clone(),
            self.culture.clone(),
        ]
    }
    fn fields(&self) -> Vec<(&'static str, String)> {
        vec![
            ("Id", self.id.clone()),
            ("Company", self.company_name.clone()),
            ("Address", address(&self.default_address)),
            ("Tenant id", self.tenant_id.clone()),
            ("Domain", self.domain.clone()),
            ("Email", self.email.clone()),
            ("Language", self.language.clone()),
            ("Culture", self.culture.clone()),
            ("Etag", opt(&self.attributes.etag)),
        ]
    }
}

impl Tabular for MpnProfile {
    fn columns() -> &'static [&'static str] {
        &["Partner name", "MPN ID"]
    }
    fn row(&self) -> Vec<String> {
        vec![self.partner_name.clone(), self.mpn_id.clone()]
    }
}

/// Where a mail's delivery stands: `queued`, `sent`, `failed after 3 attempts: ERROR`, and
/// the last error of a mail that waits to be tried again.
fn delivery(m: &Mail) -> String {
    let state = state(&m.state);
    let attempts = match m.attempts {
        1 => "1 attempt".to_string(),
        n => format!("{n} attempts"),
    };
    match (&m.last_error, m.state) {
        (Some(e), MailState::Failed) => format!("{state} after {attempts}: {e}"),
        (Some(e), MailState::Queued) => format!("{state} (retrying after {attempts}: {e})"),
        _ => state,
    }
}

impl Tabular for Mail {
    fn columns() -> &'static [&'static str] {
        &["Sent", "To", "MPN ID", "Delivery", "Subject", "Body"]
    }
    fn row(&self) -> Vec<String> {
        vec![
            time(&self.sent_at),
            self.to.clone(),
            opt(&self.mpn_id),
            delivery(self),
            self.subject.clone(),
            self.body.trim_end().to_string(),
        ]
    }
}

impl Tabular for Membership {
    fn columns() -> &'static [&'static str] {
        &["MPN ID", "Status", "Ends", "Renewal window", "Programmes"]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.mpn_id.clone(),
            state(&self.status),
            time(&self.end_date),
            format!(
                "{} to {}",
                time(&self.renewal_window_opens),
                time(&self.renewal_window_closes)
            ),
            self.subscriptions
                .iter()
                .map(|s| s.name.clone())
                .collect::<Vec<_>>()
                .join(", "),
        ]
    }
    fn fields(&self) -> Vec<(&'static str, String)> {
        vec![
            ("MPN ID", self.mpn_id.clone()),
            ("Status", state(&self.status)),
            (
                "Read-only",
                if self.read_only { "yes" } else { "no" }.into(),
            ),
            ("Started", time(&self.start_date)),
            ("Ends (anniversary)", time(&self.end_date)),
            ("Renewal opens", time(&self.renewal_window_opens)),
            ("Renewal closes", time(&self.renewal_window_closes)),
            (
                "Programmes",
                self.subscriptions
                    .iter()
                    .map(subscription)
                    .collect::<Vec<_>>()
                    .join("\n"),
            ),
        ]
    }
}

fn grant(b: &BenefitGrant) -> String {
    match &b.unit {
        Some(u) => format!("{} ({} {u})", b.name, b.quantity),
        None => format!("{} ({})", b.name, b.quantity),
    }
}

impl Tabular for Offer {
    fn columns() -> &'static [&'static str] {
        &["Id", "Name", "Price", "Benefits"]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.id.clone(),
            self.name.clone(),
            money(&self.price),
            self.benefits.len().to_string(),
        ]
    }
    fn fields(&self) -> Vec<(&'static str, String)> {
        vec![
            ("Id", self.id.clone()),
            ("Name", self.name.clone()),
            ("Kind", name(&self.kind)),
            ("Price", money(&self.price)),
            ("Term", format!("{} days", self.term_days)),
            (
                "Benefits",
                self.benefits
                    .iter()
                    .map(grant)
                    .collect::<Vec<_>>()
                    .join("\n"),
            ),
        ]
    }
}

impl Tabular for Order {
    fn columns() -> &'static [&'static str] {
        &["Id", "Created", "Description", "Total", "Payment", "Status"]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.id.clone(),
            time(&self.created_at),
            self.description.clone(),
            money(&self.total),
            name(&self.payment),
            state(&self.status),
        ]
    }
    fn fields(&self) -> Vec<(&'static str, String)> {
        vec![
            ("Order id", self.id.clone()),
            ("MPN ID", self.mpn_id.clone()),
            ("Kind", name(&self.kind)),
            ("Description", self.description.clone()),
            ("Total", money(&self.total)),
            ("Payment", name(&self.payment)),
            ("Status", state(&self.status)),
            ("Created", time(&self.created_at)),
            ("Created by", self.created_by.clone()),
            ("Completed", opt_time(&self.completed_at)),
            ("Pay by", opt_time(&self.pay_by)),
            ("Refundable until", opt_time(&self.refundable_until)),
        ]
    }
}

impl Tabular for Purchase {
    fn columns() -> &'static [&'static str] {
        &[
            "Order id",
            "Description",
            "Total",
            "Status",
            "Membership ends",
        ]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.order.id.clone(),
            self.order.description.clone(),
            money(&self.order.total),
            state(&self.order.status),
            time(&self.membership.end_date),
        ]
    }
    fn fields(&self) -> Vec<(&'static str, String)> {
        let mut f = self.order.fields();
        f.push(("Membership", state(&self.membership.status)));
        f.push(("Membership ends", time(&self.membership.end_date)));
        f
    }
}

impl Tabular for Benefit {
    fn columns() -> &'static [&'static str] {
        &[
            "Id", "Offer", "Name", "Kind", "Quantity", "Status", "Assigned",
        ]
    }
    fn row(&self) -> Vec<String> {
        let quantity = match &self.unit {
            Some(u) => format!("{} {u}", self.quantity),
            None => self.quantity.to_string(),
        };
        vec![
            self.id.clone(),
            self.offer_id.clone(),
            self.name.clone(),
            name(&self.kind),
            quantity,
            state(&self.status),
            self.assignments.len().to_string(),
        ]
    }
    fn fields(&self) -> Vec<(&'static str, String)> {
        let row = self.row();
        let mut f: Vec<(&'static str, String)> =
            ["Id", "Offer", "Name", "Kind", "Quantity", "Status"]
                .into_iter()
                .zip(row)
                .collect();
        f.extend([
            ("Access id", opt(&self.access_id)),
            ("Contract id", opt(&self.contract_id)),
            ("Activated", opt_time(&self.activated_at)),
            ("Activated by", opt(&self.activated_by)),
            (
                "Assigned to",
                self.assignments
                    .iter()
                    .map(|a| format!("{} since {}", a.user_principal_name, time(&a.assigned_at)))
                    .collect::<Vec<_>>()
                    .join("\n"),
            ),
            ("Order id", self.order_id.clone()),
        ]);
        f
    }
}

impl Tabular for ProductKeys {
    fn columns() -> &'static [&'static str] {
        &["Benefit id", "Name", "Keys"]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.benefit_id.clone(),
            self.name.clone(),
            self.keys
                .iter()
                .map(|k| match &k.redeemed_at {
                    Some(t) => format!("{} (redeemed {})", k.key, time(t)),
                    None => k.key.clone(),
                })
                .collect::<Vec<_>>()
                .join("\n"),
        ]
    }
}

// `--json FIELDS` with `-o table` or `-o tsv`: the headers and cells of the usual tables, made
// from the JSON of any result.

/// A JSON field's header, as the usual tables write it: `MPN ID`, `UPN`, `Company name`.
pub(super) fn json_header(field: &str) -> String {
    match field {
        "id" => return "Id".into(),
        "mpnId" => return "MPN ID".into(),
        "userPrincipalName" => return "UPN".into(),
        "displayName" => return "Name".into(),
        _ => {}
    }
    // camelCase to words: `vettingSubStatus` is `Vetting sub status`, `tenantId` `Tenant id`.
    let mut out = String::new();
    for (i, c) in field.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push(' ');
            out.extend(c.to_lowercase());
        } else if i == 0 {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// A JSON value as the usual tables show it: lists joined, times to the minute, yes and no,
/// amounts, addresses and contacts as in a table.
pub(super) fn json_cell(v: &serde_json::Value) -> String {
    use serde_json::Value;
    match v {
        Value::Null => String::new(),
        Value::Bool(b) => if *b { "yes" } else { "no" }.into(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => match s.parse::<jiff::Timestamp>() {
            Ok(t) if s.len() >= 20 => time(&t),
            _ => s.clone(),
        },
        Value::Array(items) => {
            let cells: Vec<String> = items.iter().map(json_cell).collect();
            let sep = match items.iter().any(Value::is_object) {
                true => "\n",
                false => ", ",
            };
            cells.join(sep)
        }
        Value::Object(m) => {
            if let Ok(a) = serde_json::from_value::<Address>(v.clone()) {
                return address(&a);
            }
            if let Ok(m) = serde_json::from_value::<Money>(v.clone()) {
                return money(&m);
            }
            if let Ok(c) = serde_json::from_value::<Contact>(v.clone()) {
                return contact(&c, "");
            }
            if let Ok(d) = serde_json::from_value::<Domain>(v.clone()) {
                return domains(std::slice::from_ref(&d));
            }
            if let Some(Value::String(name)) = m.get("name").or_else(|| m.get("userPrincipalName"))
            {
                return name.clone();
            }
            m.iter()
                .map(|(k, v)| format!("{k}: {}", json_cell(v)))
                .collect::<Vec<_>>()
                .join(", ")
        }
    }
}
