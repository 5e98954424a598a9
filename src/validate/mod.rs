//! Field rules shared by the backend (which enforces them) and the profile loader (which
//! reports them with file positions before any call). Paths are dotted camelCase.
//!
//! Every function reports every failing field, and every message says what would be valid.

mod address;
mod countries;
mod dns;
mod email;
mod people;
mod personal_mail;
pub(crate) mod text;

use crate::api::{
    Address, Contact, CountryRules, LegalProfileInput, NewUser, OrganizationProfileInput,
};
use crate::error::FieldError;
use text::{join, shown};

pub use people::GUEST_ROLES;

/// companyName, address (country rules), primaryContact (work email, no role mailbox).
pub fn legal_profile(p: &LegalProfileInput) -> Vec<FieldError> {
    let mut errors: Vec<FieldError> = company_name(&p.company_name, "companyName")
        .into_iter()
        .collect();
    errors.extend(address(&p.address, "address"));
    errors.extend(contact(&p.primary_contact, "primaryContact", true));
    errors
}

/// An address; `prefix` is prepended to field paths (e.g. `address`).
///
/// The country must be written as its uppercase ISO 3166-1 alpha-2 code; a lowercase code is
/// refused with the canonical form in the message (callers that read user files may upper-case
/// it first).
pub fn address(a: &Address, prefix: &str) -> Vec<FieldError> {
    address::check(a, prefix)
}

/// A person: names not blank, email well-formed (`work`: also a work address, no role mailbox).
/// The phone number is required when `work` (a primary contact), and checked when given.
pub fn contact(c: &Contact, prefix: &str, work: bool) -> Vec<FieldError> {
    people::contact(c, prefix, work)
}

/// A well-formed email address.
pub fn email(email: &str, field: &str) -> Option<FieldError> {
    email::syntax_problem(email).map(|m| FieldError::new(field, m))
}

/// A well-formed work address that is not a role mailbox.
pub fn work_email(email: &str, field: &str) -> Option<FieldError> {
    email::syntax_problem(email)
        .or_else(|| email::work_problem(email))
        .map(|m| FieldError::new(field, m))
}

/// A plausible phone number: digits, spaces and `+ - ( ) .`, with 6 to 20 digits.
pub fn phone_number(phone: &str, field: &str) -> Option<FieldError> {
    people::phone_problem(phone).map(|m| FieldError::new(field, m))
}

/// A company's name: 1-256 characters, not blank, no control or invisible characters.
pub fn company_name(name: &str, field: &str) -> Option<FieldError> {
    text::field(
        name,
        field.to_string(),
        "the company's legal name",
        text::COMPANY_NAME_MAX,
        true,
    )
}

/// A location's key in an enrollment: 1-200 characters, no control characters.
pub fn location_key(key: &str, field: &str) -> Option<FieldError> {
    const RULE: &str = "1-200 characters that name the subsidiary for good, e.g. jp-tokyo";
    let len = key.chars().count();
    if text::is_blank(key) {
        Some(FieldError::new(field, format!("required: {RULE}")))
    } else if len > 200 {
        Some(FieldError::new(
            field,
            format!("is {len} characters long; give {RULE}"),
        ))
    } else if key.chars().any(char::is_control) {
        Some(FieldError::new(
            field,
            format!("{} holds a control character; give {RULE}", shown(key)),
        ))
    } else {
        None
    }
}

/// `<prefix>.onmicrosoft.com`: 2-27 lowercase letters and digits.
pub fn domain_prefix(prefix: &str, field: &str) -> Option<FieldError> {
    dns::prefix_problem(prefix).map(|m| FieldError::new(field, m))
}

/// A DNS domain name such as `contoso.com`.
pub fn domain_name(domain: &str, field: &str) -> Option<FieldError> {
    dns::custom_domain_problem(domain).map(|m| FieldError::new(field, m))
}

/// A domain's ASCII form, as stored and compared: punycode for an internationalized name
/// (`コントソ.jp`), lowercase.
pub fn domain_ascii(domain: &str) -> String {
    dns::to_ascii(domain)
}

/// The ASCII form of an email address's domain, for comparing with a tenant's domains.
pub fn email_domain(email: &str) -> String {
    email::domain_of(email)
}

/// An email address as stored: trimmed, its domain in ASCII form (the local part as written).
pub fn normalise_email(email: &str) -> String {
    email::normalise(email)
}

/// A custom domain a tenant may add: a domain name, not a personal mail service's.
pub fn tenant_domain(domain: &str, field: &str) -> Option<FieldError> {
    domain_name(domain, field).or_else(|| {
        personal_mail::is_personal(&dns::to_ascii(domain)).then(|| {
            FieldError::new(
                field,
                format!(
                    "{} belongs to a personal mail service, which no organization owns; add a \
                     domain the organization owns, such as contoso.com",
                    shown(domain)
                ),
            )
        })
    })
}

/// An existing tenant: its id (a GUID) or one of its domains (onmicrosoft.com ones included).
pub fn tenant_ref(tenant: &str, field: &str) -> Option<FieldError> {
    if uuid::Uuid::parse_str(tenant).is_ok() || dns::name_problem(tenant).is_none() {
        return None;
    }
    let message = if text::is_blank(tenant) {
        "required: the tenant's id (a GUID) or one of its domains, e.g. \
         contoso.onmicrosoft.com"
            .to_string()
    } else {
        format!(
            "{} is neither a tenant id (a GUID) nor a domain such as contoso.onmicrosoft.com",
            shown(tenant)
        )
    };
    Some(FieldError::new(field, message))
}

pub fn organization_profile(o: &OrganizationProfileInput, prefix: &str) -> Vec<FieldError> {
    let mut errors = Vec::new();
    if let Some(name) = &o.company_name {
        errors.extend(company_name(name, &join(prefix, "companyName")));
    }
    if let Some(mail) = &o.email {
        errors.extend(email(mail, &join(prefix, "email")));
    }
    if let Some(language) = &o.language {
        if !is_language(language) {
            errors.push(FieldError::new(
                join(prefix, "language"),
                format!(
                    "{} is not a language code: use 2-3 lowercase letters, like en or ja",
                    shown(language)
                ),
            ));
        }
    }
    if let Some(culture) = &o.culture {
        let valid = culture
            .split_once('-')
            .is_some_and(|(lang, region)| is_language(lang) && is_region(region));
        if !valid {
            errors.push(FieldError::new(
                join(prefix, "culture"),
                format!(
                    "{} is not a culture: use a language and a region, like en-US or ja-JP",
                    shown(culture)
                ),
            ));
        }
    }
    if let Some(a) = &o.default_address {
        errors.extend(address(a, &join(prefix, "defaultAddress")));
    }
    errors
}

fn is_language(s: &str) -> bool {
    (2..=3).contains(&s.len()) && s.chars().all(|c| c.is_ascii_lowercase())
}

fn is_region(s: &str) -> bool {
    s.len() == 2 && s.chars().all(|c| c.is_ascii_uppercase())
}

pub fn new_user(u: &NewUser, prefix: &str) -> Vec<FieldError> {
    people::new_user(u, prefix)
}

/// Every country code (ISO 3166-1 alpha-2, uppercase), and whether its addresses need a state.
pub fn country_codes() -> Vec<(&'static str, bool)> {
    countries::all()
        .iter()
        .map(|c| (c.code.as_str(), c.state_required))
        .collect()
}

/// The address rules of a country (ISO 3166-1 alpha-2, case-insensitive), if it is one.
pub fn country_rules(code: &str) -> Option<CountryRules> {
    countries::rules(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contoso() -> LegalProfileInput {
        LegalProfileInput {
            company_name: "Contoso Ltd".into(),
            address: Address {
                address_line1: "1 Microsoft Way".into(),
                city: "Redmond".into(),
                state: Some("WA".into()),
                postal_code: "98052".into(),
                country: "US".into(),
                ..Address::default()
            },
            primary_contact: Contact {
                first_name: "Jane".into(),
                last_name: "Doe".into(),
                email: "jane.doe@contoso.com".into(),
                phone_number: "+1 425 555 0100".into(),
            },
        }
    }

    fn fields(errors: &[FieldError]) -> Vec<&str> {
        errors.iter().map(|e| e.field.as_str()).collect()
    }

    #[test]
    fn accepts_a_valid_legal_profile() {
        assert_eq!(legal_profile(&contoso()), vec![]);
    }

    // DOMAIN.md §2: "every failing field reported, not just the first".
    #[test]
    fn legal_profile_reports_every_failing_field() {
        let mut p = contoso();
        p.company_name = " ".into();
        p.address.postal_code = "ABC".into();
        p.primary_contact.email = "info@contoso.com".into();
        assert_eq!(
            fields(&legal_profile(&p)),
            ["companyName", "address.postalCode", "primaryContact.email"]
        );
    }

    // DOMAIN.md §2: companyName: 1-256 chars, not blank.
    #[test]
    fn company_name_is_1_to_256_characters() {
        assert!(company_name("", "companyName").is_some());
        assert!(company_name("  ", "companyName").is_some());
        assert!(company_name(&"a".repeat(256), "companyName").is_none());
        assert!(company_name(&"社".repeat(256), "companyName").is_none());
        let long = company_name(&"a".repeat(257), "companyName").unwrap();
        assert!(
            long.message.contains("at most 256 characters"),
            "{}",
            long.message
        );
    }

    // DOMAIN.md §2: the primary contact's email must be a work address.
    #[test]
    fn primary_contact_needs_a_work_address() {
        let mut p = contoso();
        p.primary_contact.email = "jane.doe@gmail.com".into();
        assert_eq!(fields(&legal_profile(&p)), ["primaryContact.email"]);
    }

    #[test]
    fn work_email_checks_syntax_first() {
        let e = work_email("info", "email").unwrap();
        assert!(e.message.contains("needs an @"), "{}", e.message);
        assert!(email("info@contoso.com", "email").is_none());
    }

    #[test]
    fn tenant_refs_are_ids_or_domains() {
        assert!(tenant_ref("contoso.onmicrosoft.com", "t").is_none());
        assert!(tenant_ref("contoso.com", "t").is_none());
        assert!(tenant_ref("6f1c2a9e-3b4d-4c5e-8f70-1a2b3c4d5e6f", "t").is_none());
        assert!(tenant_ref("contoso", "t").is_some());
        assert!(tenant_ref("", "t").is_some());
    }

    #[test]
    fn organization_profile_fields_are_optional_but_checked() {
        assert_eq!(
            organization_profile(&OrganizationProfileInput::default(), "organizationProfile"),
            vec![]
        );
        let good = OrganizationProfileInput {
            language: Some("ja".into()),
            culture: Some("ja-JP".into()),
            email: Some("partners@fabrikam.co.jp".into()),
            ..OrganizationProfileInput::default()
        };
        assert_eq!(organization_profile(&good, ""), vec![]);
        let bad = OrganizationProfileInput {
            company_name: Some(String::new()),
            email: Some("nobody".into()),
            language: Some("English".into()),
            culture: Some("en_us".into()),
            default_address: Some(Address::default()),
        };
        assert_eq!(
            fields(&organization_profile(&bad, "organizationProfile")),
            [
                "organizationProfile.companyName",
                "organizationProfile.email",
                "organizationProfile.language",
                "organizationProfile.culture",
                "organizationProfile.defaultAddress.addressLine1",
                "organizationProfile.defaultAddress.city",
                "organizationProfile.defaultAddress.country",
                "organizationProfile.defaultAddress.postalCode",
            ]
        );
    }

    #[test]
    fn every_message_says_what_is_valid() {
        let mut p = contoso();
        p.company_name = String::new();
        p.address = Address::default();
        p.primary_contact = Contact::default();
        for e in legal_profile(&p) {
            assert!(e.message.len() > 15, "{}: {}", e.field, e.message);
        }
    }

    #[test]
    fn country_rules_are_served_for_every_code() {
        let us = country_rules("US").unwrap();
        assert!(us.state_required);
        assert_eq!(us.phone_country_code, "+1");
        assert!(country_rules("ZZ").is_none());
    }
}
