//! JSON Schema (draft-07, what editors' YAML language servers read) for each kind of profile,
//! made from the keys the loaders accept, so that the two cannot drift apart: every key of a
//! loader's list must be described here (a test builds every schema), and no other key is
//! allowed (`additionalProperties: false`, as the loaders refuse unknown keys).
//!
//! The schema helps while typing; the loaders remain the judge (country rules for postal
//! codes, work email addresses, and the like are theirs alone).

mod enrollment;

use super::{location, organization, sections, users, FileKind};
use crate::api::RoleName;
use crate::validate;
use serde_json::{json, Map, Value};

/// The schema of `kind`, as pretty JSON with a final newline.
pub fn text(kind: FileKind) -> String {
    let mut s = serde_json::to_string_pretty(&schema(kind)).expect("a schema is JSON");
    s.push('\n');
    s
}

pub fn schema(kind: FileKind) -> Value {
    let (title, description, top_keys, required): (&str, &str, &[&str], &[&str]) = match kind {
        FileKind::Organization => (
            "partnerctl organization profile",
            "An organization to enroll in the Microsoft Partner Network: \
             `partnerctl account create -f FILE`.",
            organization::KIND.keys,
            &["tenant", "legalBusinessProfile"],
        ),
        FileKind::Location => (
            "partnerctl location profile",
            "A subsidiary's legal business profile: `partnerctl account locations add -f FILE` \
             or `partnerctl account update -f FILE`.",
            location::KIND.keys,
            &["legalBusinessProfile"],
        ),
        FileKind::Users => (
            "partnerctl users file",
            "Users to add to the partner tenant, with their roles: \
             `partnerctl users add -f FILE`.",
            users::KIND.keys,
            &["users"],
        ),
        FileKind::Enrollment => (
            "partnerctl enrollment file",
            "A parent organization and its subsidiaries, enrolled in one run: \
             `partnerctl enroll -f FILE`. Running it again changes nothing.",
            super::enrollment::KIND.keys,
            &["parent", "subsidiaries"],
        ),
    };
    let mut top = object(top_keys, required, |key| top_field(kind, key));
    let top_map = top.as_object_mut().expect("an object schema");
    let mut out = Map::new();
    out.insert(
        "$schema".into(),
        json!("http://json-schema.org/draft-07/schema#"),
    );
    out.insert("title".into(), json!(title));
    out.insert("description".into(), json!(description));
    out.append(top_map);
    out.insert("definitions".into(), definitions());
    Value::Object(out)
}

/// An object of exactly `keys`, each described by `field`.
pub(super) fn object(keys: &[&str], required: &[&str], field: impl Fn(&str) -> Value) -> Value {
    let properties: Map<String, Value> = keys.iter().map(|k| (k.to_string(), field(k))).collect();
    let mut o = json!({
        "type": "object",
        "additionalProperties": false,
        "properties": properties,
    });
    if !required.is_empty() {
        o["required"] = json!(required);
    }
    o
}

pub(super) fn text_field(description: &str) -> Value {
    json!({"type": "string", "minLength": 1, "description": description})
}

/// Text that YAML may read as a number when unquoted (`postalCode: 98052`); the loaders take
/// it as written.
fn text_or_number(description: &str) -> Value {
    json!({"type": ["string", "number"], "description": description})
}

pub(super) fn reference(name: &str) -> Value {
    json!({"$ref": format!("#/definitions/{name}")})
}

/// `schema` with a description. A `$ref`'s siblings are ignored in draft-07, so a reference is
/// wrapped in `allOf` for its description to show in editors.
pub(super) fn described(schema: Value, description: &str) -> Value {
    let mut schema = if schema.get("$ref").is_some() {
        json!({"allOf": [schema]})
    } else {
        schema
    };
    schema["description"] = json!(description);
    schema
}

/// No loader key may be left undescribed: building the schemas (every test run) catches one.
pub(super) fn undescribed(key: &str) -> Value {
    panic!("the profile key `{key}` has no schema: describe it in src/profile/schema.rs")
}

pub(super) fn top_field(kind: FileKind, key: &str) -> Value {
    match key {
        "kind" => json!({
            "const": kind.name(),
            "description": "The kind of file (optional; checked when present).",
        }),
        "legalBusinessProfile" => described(
            reference("legalBusinessProfile"),
            "The legal business profile: company name, address and primary contact.",
        ),
        "tenant" => tenant(),
        "parent" | "defaults" | "subsidiaries" => enrollment::top_field(key),
        "agreement" => object(organization::AGREEMENT_KEYS, &[], |k| match k {
            "accepted" => json!({
                "type": "boolean",
                "description": "true to accept the Microsoft Partner Network agreement on the \
                                organization's behalf (or pass --accept-agreement).",
            }),
            "signer" => described(
                reference("contact"),
                "Who signs the agreement: a user of the tenant [default: the signed-in user].",
            ),
            other => undescribed(other),
        }),
        "organizationProfile" => object(organization::ORGANIZATION_KEYS, &[], |k| match k {
            "companyName" => text_field("The company name shown in Partner Center."),
            "email" => text_field("The organization's contact email address."),
            "language" => text_field("A language code, e.g. en or ja."),
            "culture" => text_field("A culture, e.g. en-US or ja-JP."),
            "defaultAddress" => described(reference("address"), "The default address."),
            other => undescribed(other),
        }),
        "users" => users_list(),
        other => undescribed(other),
    }
}

/// A list of users with their roles (a users file's, or a subsidiary's).
pub(super) fn users_list() -> Value {
    json!({
            "type": "array",
            "minItems": 1,
            "description": "The users to add; every entry is checked before the first is added.",
            "items": object(users::USER_KEYS, &["email", "firstName", "lastName"], |k| match k {
                "email" => text_field("The user's work email address (unique in the tenant)."),
                "firstName" => text_field("Given name."),
                "lastName" => text_field("Family name."),
                "userPrincipalName" => text_field(
                    "Sign-in name [default: the email's local part @ the tenant's default domain].",
                ),
                "guest" => json!({
                    "type": "boolean",
                    "description": "A guest from another tenant: only MPN partner admin, Business \
                                    profile admin or Referral admin.",
                }),
                "roles" => json!({
                    "type": "array",
                    "uniqueItems": true,
                    "description": "Roles to give (see `partnerctl roles list`).",
                    "items": {"enum": RoleName::ALL.map(RoleName::key)},
                }),
                other => undescribed(other),
            }),
    })
}

fn tenant() -> Value {
    let mut t = object(organization::TENANT_KEYS, &[], |k| match k {
        "create" => object(organization::CREATE_KEYS, &["domainPrefix"], |k| match k {
            "domainPrefix" => json!({
                "type": "string",
                "pattern": "^[a-z0-9]{2,27}$",
                "description": "The new tenant's default domain is PREFIX.onmicrosoft.com: \
                                2-27 lowercase letters and digits.",
            }),
            "domains" => json!({
                "type": "array",
                "uniqueItems": true,
                "description": "Custom domains the organization owns, e.g. [contoso.com].",
                "items": {"type": "string", "minLength": 1},
            }),
            "globalAdmin" => described(
                reference("contact"),
                "The tenant's first Global admin, who enrolls.",
            ),
            other => undescribed(other),
        }),
        "existing" => text_field(
            "An existing tenant, by id (a GUID) or domain: sign in as its Global admin first.",
        ),
        other => undescribed(other),
    });
    t["description"] = json!("The tenant to enroll: create a new one, or name an existing one.");
    t["oneOf"] = json!([{"required": ["create"]}, {"required": ["existing"]}]);
    t
}

/// The parts several kinds share.
fn definitions() -> Value {
    let legal = object(
        sections::LEGAL_KEYS,
        &["companyName", "address", "primaryContact"],
        |k| match k {
            "companyName" => json!({
                "type": "string",
                "minLength": 1,
                "maxLength": 256,
                "description": "The company's legal name, 1-256 characters.",
            }),
            "address" => described(reference("address"), "The registered address."),
            "primaryContact" => json!({
                "allOf": [reference("contact"), {"required": ["phoneNumber"]}],
                "description": "The primary contact: a work email address (no role mailbox \
                                such as info@) and a phone number. A verification code is \
                                sent to them.",
            }),
            other => undescribed(other),
        },
    );
    json!({
        "legalBusinessProfile": legal,
        "address": address(),
        "contact": object(
            sections::CONTACT_KEYS,
            &["firstName", "lastName", "email"],
            |k| match k {
                "firstName" => text_field("Given name."),
                "lastName" => text_field("Family name."),
                "email" => text_field("Email address."),
                "phoneNumber" => text_or_number(
                    "Digits, spaces and + - ( ) . only, with 6 to 20 digits, e.g. +1 425 555 0100.",
                ),
                other => undescribed(other),
            },
        ),
    })
}

fn address() -> Value {
    let codes: Vec<(&str, bool)> = validate::country_codes();
    let all: Vec<&str> = codes.iter().map(|c| c.0).collect();
    let with_state: Vec<&str> = codes.iter().filter(|c| c.1).map(|c| c.0).collect();
    let mut a = object(
        sections::ADDRESS_KEYS,
        &["addressLine1", "city", "postalCode", "country"],
        |k| match k {
            "addressLine1" => text_field("Street and number."),
            "addressLine2" => text_field("Building, floor, suite."),
            "city" => text_field("City."),
            "state" => text_field(
                "State, province or prefecture; required in some countries (US, CA, JP, ...).",
            ),
            "region" => text_field("Region."),
            "postalCode" => text_or_number(
                "Postal code in the country's format (checked by partnerctl), e.g. 98052, \
                 100-0005. Quote codes with a leading zero.",
            ),
            "country" => json!({
                "description": "ISO 3166-1 alpha-2 country code, e.g. US, JP, DE.",
                "anyOf": [
                    {"enum": all},
                    {"type": "string", "pattern": "^[a-z]{2}$"},
                ],
            }),
            "firstName" | "lastName" => text_field("A person to address mail to."),
            "phoneNumber" => text_or_number("A phone number at the address."),
            other => undescribed(other),
        },
    );
    a["if"] = json!({
        "properties": {"country": {"enum": with_state}},
        "required": ["country"],
    });
    a["then"] = json!({"required": ["state"]});
    a
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_a_schema_naming_its_kind() {
        for kind in FileKind::ALL {
            let s = schema(kind);
            assert_eq!(s["properties"]["kind"]["const"], kind.name());
            assert_eq!(s["additionalProperties"], false);
        }
        let org = schema(FileKind::Organization);
        let country = &org["definitions"]["address"]["properties"]["country"]["anyOf"][0]["enum"];
        assert!(country.as_array().unwrap().iter().any(|c| c == "JP"));
        let states = &org["definitions"]["address"]["if"]["properties"]["country"]["enum"];
        assert!(states.as_array().unwrap().iter().any(|c| c == "US"));
        assert!(!states.as_array().unwrap().iter().any(|c| c == "DE"));
    }
}
