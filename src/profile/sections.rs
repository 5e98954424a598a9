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
    let country = country_code(text("country").unwrap_or_default());
    let address = Address {
        region: text("region"),
        city: text("city").unwrap_or_default(),
        state: text("state"),
        address_line1: text("addressLine1").unwrap_or_default(),
        address_line2: text("addressLine2"),
        postal_code: postal_code(&country, text("postalCode").unwrap_or_default()),
        first_name: text("firstName"),
        last_name: text("lastName"),
        phone_number: text("phoneNumber"),
        country,
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

/// A postal code as it is stored: a Japanese one in its usual form, `163-8001`, also when
/// written `1638001`, `〒163-8001` or in full-width digits (`１６３－８００１`). Anything else
/// is kept as written, for the checks to judge.
pub(crate) fn postal_code(country: &str, code: String) -> String {
    if country != "JP" {
        return code;
    }
    let mut digits = String::new();
    for c in code.trim().trim_start_matches('〒').trim().chars() {
        match c {
            '0'..='9' => digits.push(c),
            '０'..='９' => digits.push(char::from(b'0' + (c as u32 - '０' as u32) as u8)),
            '-' | '－' | '‐' | '−' | 'ー' if digits.len() == 3 => {}
            _ => return code,
        }
    }
    match digits.len() {
        7 => format!("{}-{}", &digits[..3], &digits[3..]),
        _ => code,
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
