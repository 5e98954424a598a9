//! Organization profiles: the tenant, legal business profile and agreement that
//! `account create -f` enrolls.

use super::decode::{Decoder, Kind, Map, Unique};
use super::sections;
use super::{OrganizationProfile, TenantSpec};
use crate::api::{
    AgreementAcceptance, CreateAccount, CreateTenant, LegalProfileInput, OrganizationProfileInput,
};
use crate::error::FieldError;
use crate::validate;
use crate::validate::text::shown;

pub(crate) const KIND: Kind = Kind {
    name: "organization",
    title: "an organization profile",
    keys: &[
        "kind",
        "tenant",
        "legalBusinessProfile",
        "agreement",
        "organizationProfile",
    ],
    needs: "tenant and legalBusinessProfile, and optionally agreement and organizationProfile \
            (see examples/contoso-us.yaml)",
};

pub(crate) const TENANT_KEYS: &[&str] = &["create", "existing"];
pub(crate) const CREATE_KEYS: &[&str] = &["domainPrefix", "domains", "globalAdmin"];
pub(crate) const AGREEMENT_KEYS: &[&str] = &["accepted", "signer"];
pub(crate) const ORGANIZATION_KEYS: &[&str] = &[
    "companyName",
    "email",
    "language",
    "culture",
    "defaultAddress",
];

pub(crate) fn decode<'t>(d: &mut Decoder<'t>, top: &Map<'t>) -> OrganizationProfile {
    let tenant = tenant(d, top);
    let legal_business_profile = sections::legal_profile(d, top);
    if let TenantSpec::Create(new) = &tenant {
        d.check(
            "",
            contact_off_domains(&legal_business_profile, new, &top.path),
        );
    }
    let agreement = agreement(d, top);
    let organization_profile = organization_profile(d, top);
    OrganizationProfile {
        tenant,
        account: CreateAccount {
            legal_business_profile,
            agreement,
            organization_profile,
        },
    }
}

/// The primary contact of `legal` (a profile at `prefix`) when the email is not on one of the
/// domains the new tenant will have: its `domains` and `<prefix>.onmicrosoft.com`. Vetting
/// would reject the account (`EmailDomain`) once the contact confirms the code; better said
/// now, before anything is created. Nothing is said of an email refused already (not
/// well-formed, a role mailbox) or of a tenant whose prefix is not valid.
pub(crate) fn contact_off_domains(
    legal: &LegalProfileInput,
    tenant: &CreateTenant,
    prefix: &str,
) -> Option<FieldError> {
    let email = &legal.primary_contact.email;
    let unknown_prefix = validate::domain_prefix(&tenant.domain_prefix, "").is_some();
    if unknown_prefix || validate::work_email(email, "").is_some() {
        return None;
    }
    let domain = validate::email_domain(email);
    let default_domain = format!(
        "{}.onmicrosoft.com",
        tenant.domain_prefix.trim().to_ascii_lowercase()
    );
    let owned: Vec<String> = tenant
        .domains
        .iter()
        .map(|d| validate::domain_ascii(d))
        .chain(std::iter::once(default_domain))
        .collect();
    if owned.contains(&domain) {
        return None;
    }
    let field = validate::text::join(prefix, "legalBusinessProfile.primaryContact.email");
    Some(FieldError::new(
        field,
        format!(
            "{} is not on one of the new tenant's domains ({}): vetting would reject the \
             account (EmailDomain); give a contact on one of them, or add {} to \
             tenant.create.domains",
            shown(email),
            owned.join(", "),
            shown(&domain)
        ),
    ))
}

/// `tenant`: exactly one of `create` and `existing`.
fn tenant<'t>(d: &mut Decoder<'t>, top: &Map<'t>) -> TenantSpec {
    // Stands in for a tenant that could not be read; the problems reported say why.
    let unreadable = TenantSpec::Existing(String::new());
    let choice = "`create` (a new tenant) or `existing` (a tenant id or domain)";
    let Some(m) = d.section(top, "tenant", "the tenant to enroll", TENANT_KEYS, true) else {
        return unreadable;
    };
    match (m.get("create").is_some(), m.get("existing").is_some()) {
        (true, true) => {
            d.problem(
                m.pos,
                m.path.clone(),
                format!("give either {choice}, not both"),
            );
            unreadable
        }
        (false, false) => {
            d.problem(m.pos, m.path.clone(), format!("required: {choice}"));
            unreadable
        }
        (true, false) => create_tenant(d, &m).map_or(unreadable, TenantSpec::Create),
        (false, true) => {
            let existing = d.text(&m, "existing").unwrap_or_default();
            let field = m.path_of("existing");
            d.check("", validate::tenant_ref(&existing, &field));
            TenantSpec::Existing(existing)
        }
    }
}

fn create_tenant<'t>(d: &mut Decoder<'t>, tenant: &Map<'t>) -> Option<CreateTenant> {
    let m = d.section(tenant, "create", "a new tenant", CREATE_KEYS, false)?;
    let domain_prefix = d.text(&m, "domainPrefix").unwrap_or_default();
    d.check(
        "",
        validate::domain_prefix(&domain_prefix, &m.path_of("domainPrefix")),
    );

    let mut domains = Vec::new();
    let mut unique = Unique::default();
    let items = d.list(&m, "domains", "[contoso.com]").unwrap_or_default();
    for (i, node) in items.iter().enumerate() {
        let path = format!("{}[{i}]", m.path_of("domains"));
        let Some(domain) = d.scalar(node, node.pos, path.clone()) else {
            continue;
        };
        if unique.insert(d, &domain, path.clone(), "domain") {
            d.check("", validate::domain_name(&domain, &path));
            domains.push(domain);
        }
    }

    let global_admin = sections::contact(d, &m, "globalAdmin", "the first Global admin", false);
    if let Some(admin) = &global_admin {
        d.check(
            "",
            validate::contact(admin, &m.path_of("globalAdmin"), false),
        );
    }
    Some(CreateTenant {
        domain_prefix,
        domains,
        global_admin,
        sign_in: false,
    })
}

/// `agreement`: optional; unaccepted unless it says `accepted: true`.
fn agreement<'t>(d: &mut Decoder<'t>, top: &Map<'t>) -> AgreementAcceptance {
    let what = "the Microsoft Partner Network agreement";
    let Some(m) = d.section(top, "agreement", what, AGREEMENT_KEYS, false) else {
        return AgreementAcceptance::default();
    };
    let accepted = d.flag(&m, "accepted").unwrap_or(false);
    let signer = sections::contact(d, &m, "signer", "the signer of the agreement", false);
    if let Some(signer) = &signer {
        d.check("", validate::contact(signer, &m.path_of("signer"), false));
    }
    AgreementAcceptance { accepted, signer }
}

fn organization_profile<'t>(
    d: &mut Decoder<'t>,
    top: &Map<'t>,
) -> Option<OrganizationProfileInput> {
    let what = "the organization profile";
    let m = d.section(top, "organizationProfile", what, ORGANIZATION_KEYS, false)?;
    let profile = OrganizationProfileInput {
        company_name: d.text(&m, "companyName"),
        email: d.text(&m, "email"),
        language: d.text(&m, "language"),
        culture: d.text(&m, "culture"),
        default_address: sections::address(d, &m, "defaultAddress", false),
    };
    d.check("", validate::organization_profile(&profile, &m.path));
    Some(profile)
}
