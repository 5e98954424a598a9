//! The parts profiles share: the legal business profile, addresses and contacts.

use super::decode::{Decoder, Map};
use crate::api::{Address, Contact, LegalProfileInput};
use crate::validate;

pub(crate) const LEGAL_KEYS: &[&str] = &["companyName", "address", "primaryContact"];
pub(crate) const ADDRESS_KEYS: &[&str] = &[
    "addressLine1",
    "addressLine2",
    "city",
    "state",
    "region",
    "postalCode",
    "country",
    "firstName",
    "lastName",
    "phoneNumber",
];
pub(crate) const CONTACT_KEYS: &[&str] = &["firstName", "lastName", "email", "phoneNumber"];

/// `legalBusinessProfile`: required, and checked with the backend's rules.
pub(crate) fn legal_profile<'t>(d: &mut Decoder<'t>, parent: &Map<'t>) -> LegalProfileInput {
    let key = "legalBusinessProfile";
    let Some(m) = d.section(parent, key, "the legal business profile", LEGAL_KEYS, true) else {
        return LegalProfileInput::default();
    };
    let profile = LegalProfileInput {
        company_name: d.text(&m, "companyName").unwrap_or_default(),
        address: address(d, &m, "address", true).unwrap_or_default(),
        primary_contact: contact(d, &m, "primaryContact", "the primary contact", true)
            .unwrap_or_default(),
    };
    d.check(&m.path, validate::legal_profile(&profile));
    profile
}

/// An address. The caller checks it (it is part of a larger request).
pub(crate) fn address<'t>(
    d: &mut Decoder<'t>,
    parent: &Map<'t>,
    key: &str,
    required: bool,
) -> Option<Address> {
    let m = d.section(parent, key, "an address", ADDRESS_KEYS, required)?;
    let mut text = |k: &str| d.text(&m, k);
    let address = Address {
        country: country_code(text("country").unwrap_or_default()),
        region: text("region"),
        city: text("city").unwrap_or_default(),
        state: text("state"),
        address_line1: text("addressLine1").unwrap_or_default(),
        address_line2: text("addressLine2"),
        postal_code: text("postalCode").unwrap_or_default(),
        first_name: text("firstName"),
        last_name: text("lastName"),
        phone_number: text("phoneNumber"),
    };
    Some(address)
}

/// Country codes are case-insensitive in files (`jp`); requests carry the canonical `JP`.
fn country_code(code: String) -> String {
    if code.len() == 2 && code.chars().all(|c| c.is_ascii_alphabetic()) {
        code.to_ascii_uppercase()
    } else {
        code
    }
}

/// A person. The caller checks it: a primary contact needs more than a signer.
pub(crate) fn contact<'t>(
    d: &mut Decoder<'t>,
    parent: &Map<'t>,
    key: &str,
    what: &str,
    required: bool,
) -> Option<Contact> {
    let m = d.section(parent, key, what, CONTACT_KEYS, required)?;
    let mut text = |k: &str| d.text(&m, k).unwrap_or_default();
    Some(Contact {
        first_name: text("firstName"),
        last_name: text("lastName"),
        email: text("email"),
        phone_number: text("phoneNumber"),
    })
}
