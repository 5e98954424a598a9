//! Field rules shared by the backend (which enforces them) and the profile loader (which
//! reports them with file positions before any call). Paths are dotted camelCase.

use crate::api::{
    Address, Contact, CountryRules, LegalProfileInput, NewUser, OrganizationProfileInput,
};
use crate::error::FieldError;

/// companyName, address (country rules), primaryContact (work email, no role mailbox).
pub fn legal_profile(p: &LegalProfileInput) -> Vec<FieldError> {
    let _ = p;
    todo!()
}

/// An address; `prefix` is prepended to field paths (e.g. `address`).
pub fn address(a: &Address, prefix: &str) -> Vec<FieldError> {
    let _ = (a, prefix);
    todo!()
}

/// A person: names not blank, email well-formed (`work`: also a work address, no role mailbox).
pub fn contact(c: &Contact, prefix: &str, work: bool) -> Vec<FieldError> {
    let _ = (c, prefix, work);
    todo!()
}

/// A well-formed email address.
pub fn email(email: &str, field: &str) -> Option<FieldError> {
    let _ = (email, field);
    todo!()
}

/// A well-formed work address that is not a role mailbox.
pub fn work_email(email: &str, field: &str) -> Option<FieldError> {
    let _ = (email, field);
    todo!()
}

/// `<prefix>.onmicrosoft.com`: 2-27 lowercase letters and digits.
pub fn domain_prefix(prefix: &str, field: &str) -> Option<FieldError> {
    let _ = (prefix, field);
    todo!()
}

/// A DNS domain name such as `contoso.com`.
pub fn domain_name(domain: &str, field: &str) -> Option<FieldError> {
    let _ = (domain, field);
    todo!()
}

pub fn organization_profile(o: &OrganizationProfileInput, prefix: &str) -> Vec<FieldError> {
    let _ = (o, prefix);
    todo!()
}

pub fn new_user(u: &NewUser, prefix: &str) -> Vec<FieldError> {
    let _ = (u, prefix);
    todo!()
}

/// The address rules of a country (ISO 3166-1 alpha-2, case-insensitive), if it is one.
pub fn country_rules(code: &str) -> Option<CountryRules> {
    let _ = code;
    todo!()
}
