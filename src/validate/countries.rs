//! The per-country address rules. They are data (`countries.json`), parsed once on first use.

use crate::api::CountryRules;
use regex_bites::Regex;
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::OnceLock;

const DATA: &str = include_str!("countries.json");

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(crate) struct Country {
    pub code: String,
    pub name: String,
    pub phone_country_code: String,
    #[serde(default)]
    pub state_required: bool,
    /// What belongs in `state` where it is required, e.g. "the prefecture, e.g. 東京都".
    #[serde(default)]
    pub state_hint: Option<String>,
    /// Matched against the upper-cased postal code.
    #[serde(default)]
    pub postal_code_regex: Option<String>,
    #[serde(default)]
    pub postal_code_example: Option<String>,
    /// Names the codes in messages: "Japanese postal codes look like 100-0005".
    #[serde(default)]
    pub postal_code_adjective: Option<String>,
}

#[derive(Deserialize)]
struct File {
    countries: Vec<Country>,
}

struct Table {
    countries: Vec<Country>,
    by_code: HashMap<String, usize>,
    postal: HashMap<String, Regex>,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        // The data is compiled in and checked by the tests below: a failure here is a bug.
        let file: File = serde_json::from_str(DATA).expect("countries.json is valid");
        let by_code = file
            .countries
            .iter()
            .enumerate()
            .map(|(i, c)| (c.code.clone(), i))
            .collect();
        let postal = file
            .countries
            .iter()
            .filter_map(|c| {
                let re = c.postal_code_regex.as_ref()?;
                let re = Regex::new(re).expect("postal code regexes in countries.json compile");
                Some((c.code.clone(), re))
            })
            .collect();
        Table {
            countries: file.countries,
            by_code,
            postal,
        }
    })
}

/// A country by its alpha-2 code, exactly as written (canonical form: uppercase).
pub(crate) fn by_code(code: &str) -> Option<&'static Country> {
    let t = table();
    t.by_code.get(code).map(|&i| &t.countries[i])
}

/// The code a user probably meant by something that is not a code: a lowercase code, a
/// country's English name, or the common mistake `UK`.
pub(crate) fn suggest(input: &str) -> Option<&'static Country> {
    let input = input.trim();
    let upper = input.to_uppercase();
    if upper == "UK" {
        return by_code("GB");
    }
    if let Some(c) = by_code(&upper) {
        return Some(c);
    }
    table()
        .countries
        .iter()
        .find(|c| c.name.eq_ignore_ascii_case(input))
}

impl Country {
    /// Whether a postal code has this country's format (any code when no format is known).
    pub(crate) fn postal_code_matches(&self, postal_code: &str) -> bool {
        match table().postal.get(&self.code) {
            Some(re) => re.is_match(&postal_code.to_uppercase()),
            None => true,
        }
    }

    /// "Japanese postal codes", or "postal codes in Chile" when no adjective is known.
    pub(crate) fn postal_codes_phrase(&self) -> String {
        match &self.postal_code_adjective {
            Some(adj) => format!("{adj} postal codes"),
            None => format!("postal codes in {}", self.name),
        }
    }

    pub(crate) fn rules(&self) -> CountryRules {
        CountryRules {
            country: self.code.clone(),
            name: self.name.clone(),
            state_required: self.state_required,
            postal_code_regex: self.postal_code_regex.clone(),
            postal_code_example: self.postal_code_example.clone(),
            phone_country_code: self.phone_country_code.clone(),
        }
    }
}

/// Every country, in the data's order.
pub(crate) fn all() -> &'static [Country] {
    &table().countries
}

/// The address rules of a country, case-insensitive.
pub(crate) fn rules(code: &str) -> Option<CountryRules> {
    by_code(&code.trim().to_uppercase()).map(Country::rules)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holds_every_iso_3166_alpha2_country_once() {
        let t = table();
        assert_eq!(t.countries.len(), 249);
        assert_eq!(t.by_code.len(), 249, "duplicate codes");
        for c in &t.countries {
            assert!(
                c.code.len() == 2 && c.code.chars().all(|ch| ch.is_ascii_uppercase()),
                "{}",
                c.code
            );
            assert!(!c.name.is_empty());
            assert!(c.phone_country_code.starts_with('+'), "{}", c.code);
            assert!(c.phone_country_code[1..]
                .chars()
                .all(|ch| ch.is_ascii_digit()));
        }
    }

    #[test]
    fn every_rule_has_an_example_that_matches_it() {
        let t = table();
        for code in ["US", "CA", "GB", "DE", "FR", "JP", "IN", "AU", "BR"] {
            assert!(t.postal.contains_key(code), "{code} has no postal format");
        }
        for c in &t.countries {
            assert_eq!(
                c.postal_code_regex.is_some(),
                c.postal_code_example.is_some(),
                "{}: a format needs an example and vice versa",
                c.code
            );
            if let Some(example) = &c.postal_code_example {
                assert!(c.postal_code_matches(example), "{}: {example}", c.code);
            }
            if c.state_required {
                assert!(c.state_hint.is_some(), "{}: say what goes in state", c.code);
            }
        }
    }

    #[test]
    fn states_are_required_where_partner_center_requires_them() {
        for code in ["US", "CA", "JP", "IN", "AU", "BR"] {
            assert!(by_code(code).unwrap().state_required, "{code}");
        }
        for code in ["DE", "FR", "GB"] {
            assert!(!by_code(code).unwrap().state_required, "{code}");
        }
    }

    #[test]
    fn rules_are_found_case_insensitively() {
        let jp = rules("jp").unwrap();
        assert_eq!(jp.country, "JP");
        assert_eq!(jp.name, "Japan");
        assert_eq!(jp.phone_country_code, "+81");
        assert_eq!(jp.postal_code_example.as_deref(), Some("100-0005"));
        assert!(rules("XX").is_none());
        assert!(rules("").is_none());
    }

    #[test]
    fn suggests_codes_for_names_and_uk() {
        assert_eq!(suggest("UK").unwrap().code, "GB");
        assert_eq!(suggest("japan").unwrap().code, "JP");
        assert_eq!(suggest("de").unwrap().code, "DE");
        assert!(suggest("Atlantis").is_none());
    }

    #[test]
    fn postal_codes_are_matched_in_uppercase() {
        let gb = by_code("GB").unwrap();
        assert!(gb.postal_code_matches("sw1a 1aa"));
        assert!(!gb.postal_code_matches("12345"));
    }
}
