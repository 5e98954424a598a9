//! Postal addresses, checked against their country's rules (`countries.json`).

use super::countries::{self, Country};
use super::text::{
    self, is_blank, join, shown, ADDRESS_LINE_MAX, CITY_MAX, NAME_MAX, POSTAL_CODE_MAX,
};
use crate::api::Address;
use crate::error::FieldError;

pub(crate) fn check(a: &Address, prefix: &str) -> Vec<FieldError> {
    let field = |name: &str| join(prefix, name);
    let mut errors = Vec::new();
    errors.extend(text::field(
        &a.address_line1,
        field("addressLine1"),
        "the street address, e.g. 1 Microsoft Way",
        ADDRESS_LINE_MAX,
        true,
    ));
    errors.extend(text::field(
        &a.city,
        field("city"),
        "the city, e.g. Redmond",
        CITY_MAX,
        true,
    ));
    let optional = [
        (
            &a.address_line2,
            "addressLine2",
            "a second address line",
            ADDRESS_LINE_MAX,
        ),
        (&a.state, "state", "the state or province", CITY_MAX),
        (&a.region, "region", "the region", CITY_MAX),
        (
            &a.first_name,
            "firstName",
            "the addressee's first name",
            NAME_MAX,
        ),
        (
            &a.last_name,
            "lastName",
            "the addressee's last name",
            NAME_MAX,
        ),
    ];
    for (value, name, what, max) in optional {
        if let Some(value) = value {
            errors.extend(text::field(value, field(name), what, max, false));
        }
    }
    if let Some(phone) = a.phone_number.as_deref().filter(|p| !is_blank(p)) {
        errors.extend(
            super::people::phone_problem(phone).map(|m| FieldError::new(field("phoneNumber"), m)),
        );
    }
    let country = country(&a.country, field("country"), &mut errors);

    if let Some(c) = country {
        let state_missing = a.state.as_deref().is_none_or(is_blank);
        if c.state_required && state_missing {
            let hint = c.state_hint.as_deref().unwrap_or("the state or province");
            let addresses = match &c.postal_code_adjective {
                Some(adj) => format!("{adj} addresses"),
                None => format!("addresses in {}", c.name),
            };
            errors.push(FieldError::new(
                field("state"),
                format!("required for {addresses}: {hint}"),
            ));
        }
    }

    let example = country.and_then(|c| c.postal_code_example.as_deref());
    if is_blank(&a.postal_code) {
        let what = match example {
            Some(e) => format!("the postal code, e.g. {e}"),
            None => "the postal code".to_string(),
        };
        errors.push(FieldError::new(
            field("postalCode"),
            format!("required: {what}"),
        ));
    } else if let Some(e) = text::field(
        &a.postal_code,
        field("postalCode"),
        "the postal code",
        POSTAL_CODE_MAX,
        true,
    ) {
        errors.push(e);
    } else if let (Some(c), Some(example)) = (country, example) {
        if !c.postal_code_matches(&a.postal_code) {
            errors.push(FieldError::new(
                field("postalCode"),
                format!(
                    "{} look like {example}; {} is not one",
                    c.postal_codes_phrase(),
                    shown(&a.postal_code)
                ),
            ));
        }
    }
    errors
}

/// The country of an address; records why it is refused. A near miss (lowercase, a name, `UK`)
/// is refused too, but its rules still apply so that every other problem is reported at once.
fn country(code: &str, field: String, errors: &mut Vec<FieldError>) -> Option<&'static Country> {
    const WHAT: &str = "an ISO 3166-1 alpha-2 country code such as US, GB, DE or JP";
    if is_blank(code) {
        errors.push(FieldError::new(field, format!("required: {WHAT}")));
        return None;
    }
    if let Some(c) = countries::by_code(code) {
        return Some(c);
    }
    let message = match countries::suggest(code) {
        Some(c) if code.trim().eq_ignore_ascii_case(&c.code) => format!(
            "country codes are written in uppercase: `{}` ({})",
            c.code, c.name
        ),
        Some(c) => format!(
            "{} is not a country code; the ISO 3166-1 alpha-2 code for {} is `{}`",
            shown(code),
            c.name,
            c.code
        ),
        None => format!("{} is not {WHAT}", shown(code)),
    };
    errors.push(FieldError::new(field, message));
    countries::suggest(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn us() -> Address {
        Address {
            address_line1: "1 Microsoft Way".into(),
            city: "Redmond".into(),
            state: Some("WA".into()),
            postal_code: "98052".into(),
            country: "US".into(),
            ..Address::default()
        }
    }

    fn with(country: &str, postal: &str, state: Option<&str>) -> Address {
        Address {
            country: country.into(),
            postal_code: postal.into(),
            state: state.map(Into::into),
            ..us()
        }
    }

    fn fields(errors: &[FieldError]) -> Vec<&str> {
        errors.iter().map(|e| e.field.as_str()).collect()
    }

    #[test]
    fn accepts_valid_addresses() {
        assert_eq!(check(&us(), "address"), vec![]);
        for (country, postal, state) in [
            ("US", "98052-6399", Some("WA")),
            ("CA", "K1A 0B1", Some("ON")),
            ("GB", "SW1A 1AA", None),
            ("GB", "sw1a 1aa", None),
            ("DE", "80331", None),
            ("FR", "75008", None),
            ("JP", "100-0005", Some("東京都")),
            ("JP", "1000005", Some("Tokyo")),
            ("IN", "110001", Some("Delhi")),
            ("AU", "2000", Some("NSW")),
            ("BR", "01310-100", Some("SP")),
            ("CL", "8320000", None),
        ] {
            assert_eq!(
                check(&with(country, postal, state), ""),
                vec![],
                "{country}"
            );
        }
    }

    // DOMAIN.md §2: addressLine1, city, postalCode, country required; every field reported.
    #[test]
    fn reports_every_missing_field() {
        let errors = check(&Address::default(), "address");
        assert_eq!(
            fields(&errors),
            [
                "address.addressLine1",
                "address.city",
                "address.country",
                "address.postalCode"
            ]
        );
        assert!(errors.iter().all(|e| e.message.starts_with("required: ")));
    }

    // DOMAIN.md §2: country is ISO 3166-1 alpha-2.
    #[test]
    fn refuses_unknown_countries_and_suggests_codes() {
        let errors = check(&with("XX", "1", None), "");
        assert_eq!(fields(&errors), ["country"]);
        assert!(errors[0].message.contains("ISO 3166-1 alpha-2"));

        let uk = check(&with("UK", "SW1A 1AA", None), "");
        assert!(uk[0].message.contains("`GB`"), "{}", uk[0].message);
        let lower = check(&with("de", "80331", None), "");
        assert!(
            lower[0].message.contains("uppercase: `DE`"),
            "{}",
            lower[0].message
        );
        let name = check(&with("Japan", "100-0005", Some("東京都")), "");
        assert_eq!(fields(&name), ["country"]);
        assert!(name[0].message.contains("`JP`"));
    }

    // DOMAIN.md §2: state/region required where the country's rules say so.
    #[test]
    fn state_required_where_the_country_says_so() {
        for (country, postal) in [("US", "98052"), ("JP", "100-0005"), ("IN", "110001")] {
            let errors = check(&with(country, postal, None), "address");
            assert_eq!(fields(&errors), ["address.state"], "{country}");
            let blank = check(&with(country, postal, Some("  ")), "address");
            assert_eq!(fields(&blank), ["address.state"], "{country}");
        }
        let jp = check(&with("JP", "100-0005", None), "");
        assert!(jp[0].message.contains("prefecture"), "{}", jp[0].message);
        assert_eq!(check(&with("DE", "80331", None), ""), vec![]);
    }

    // DOMAIN.md §2: postal code checked against the country's format.
    #[test]
    fn postal_codes_follow_the_country_format() {
        for (country, bad, state, example) in [
            ("US", "9805", Some("WA"), "98052"),
            ("JP", "1000-05", Some("東京都"), "100-0005"),
            ("DE", "8033", None, "10115"),
            ("GB", "12345", None, "SW1A 1AA"),
            ("IN", "011001", Some("Delhi"), "110001"),
            ("BR", "1310-100", Some("SP"), "01310-100"),
            ("CA", "12345", Some("ON"), "K1A 0B1"),
            ("FR", "7500", None, "75008"),
            ("AU", "20000", Some("NSW"), "2000"),
        ] {
            let errors = check(&with(country, bad, state), "address");
            assert_eq!(fields(&errors), ["address.postalCode"], "{country}");
            assert!(errors[0].message.contains(example), "{}", errors[0].message);
        }
        let jp = check(&with("JP", "1000-05", Some("東京都")), "");
        assert_eq!(
            jp[0].message,
            "Japanese postal codes look like 100-0005; `1000-05` is not one"
        );
    }
}
