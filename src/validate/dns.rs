//! Domain names: the tenant's `<prefix>.onmicrosoft.com` and the custom domains it owns.

use super::text::shown;

const ONMICROSOFT: &str = "onmicrosoft.com";

/// How a valid domain looks, for messages.
pub(crate) const SHAPE: &str = "dot-separated labels of lowercase letters, digits and hyphens \
                                ending in a top-level domain, like contoso.com";

/// The ASCII form of a domain name, as DNS and the store hold it: an internationalized name
/// (`コントソ.jp`) in punycode (`xn--...`) by IDNA (UTS #46 with the hostname rules, which
/// also lowercases it); any other name lowercased. A name IDNA cannot map is returned as
/// given, for [`name_problem`] to say why.
pub(crate) fn to_ascii(name: &str) -> String {
    let name = name.trim();
    if name.is_ascii() {
        return name.to_ascii_lowercase();
    }
    idna::domain_to_ascii_strict(name).unwrap_or_else(|_| name.to_string())
}

/// Why `name` is not a DNS name of at least two labels, as a phrase that follows the name
/// ("is empty"). Lowercase only: callers lowercase first where case does not matter. An
/// internationalized name is judged by its punycode form.
pub(crate) fn name_problem(name: &str) -> Option<String> {
    if !name.is_ascii() {
        let ascii = to_ascii(name);
        if !ascii.is_ascii() {
            return Some(
                "is not a valid internationalized domain name (IDNA refuses it)".to_string(),
            );
        }
        return name_problem(&ascii);
    }
    if name.is_empty() {
        return Some("is empty".to_string());
    }
    if name.len() > 253 {
        return Some("is longer than 253 characters".to_string());
    }
    if name.chars().any(|c| c.is_ascii_uppercase()) {
        return Some(format!(
            "must be lowercase (`{}`)",
            name.to_ascii_lowercase()
        ));
    }
    let labels: Vec<&str> = name.split('.').collect();
    if labels.len() < 2 {
        return Some("needs at least two labels".to_string());
    }
    let bad_label = labels.iter().any(|label| {
        label.is_empty()
            || label.len() > 63
            || label.starts_with('-')
            || label.ends_with('-')
            || !label
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    });
    if bad_label {
        return Some(
            "has a label that is empty, longer than 63 characters, starts or ends with a \
             hyphen, or holds something other than letters, digits and hyphens"
                .to_string(),
        );
    }
    if labels[labels.len() - 1].chars().all(|c| c.is_ascii_digit()) {
        return Some("ends in a number instead of a top-level domain such as com or jp".into());
    }
    None
}

/// Why `name` is not a DNS name, as a whole message.
pub(crate) fn name_message(name: &str) -> Option<String> {
    name_problem(name).map(|why| format!("{} {why}; a domain is {SHAPE}", shown(name)))
}

/// A custom domain the organization owns: a DNS name that is not an onmicrosoft.com one.
pub(crate) fn custom_domain_problem(domain: &str) -> Option<String> {
    if let Some(msg) = name_message(domain) {
        return Some(msg);
    }
    let domain = &to_ascii(domain);
    if domain == ONMICROSOFT || domain.ends_with(&format!(".{ONMICROSOFT}")) {
        return Some(format!(
            "{} is an onmicrosoft.com domain, which comes with the tenant; list only \
             domains the organization owns, such as contoso.com",
            shown(domain)
        ));
    }
    None
}

/// The prefix of `<prefix>.onmicrosoft.com`: 2-27 lowercase letters and digits.
pub(crate) fn prefix_problem(prefix: &str) -> Option<String> {
    const RULE: &str = "2-27 lowercase letters and digits, like contoso";
    let len = prefix.chars().count();
    if prefix.is_empty() {
        return Some(format!("required: {RULE} (for contoso.onmicrosoft.com)"));
    }
    if !(2..=27).contains(&len) {
        let unit = if len == 1 { "character" } else { "characters" };
        return Some(format!(
            "{} is {len} {unit} long; use {RULE}",
            shown(prefix)
        ));
    }
    if prefix.ends_with(".onmicrosoft.com") {
        return Some(format!(
            "give only the part before .onmicrosoft.com: {RULE}"
        ));
    }
    if !prefix
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
    {
        let lowered = prefix.to_ascii_lowercase();
        let message = if lowered.chars().all(|c| c.is_ascii_alphanumeric()) {
            format!("domain prefixes are lowercase: `{lowered}` ({RULE})")
        } else {
            format!("{} is not a valid domain prefix: use {RULE}", shown(prefix))
        };
        return Some(message);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_custom_domains() {
        for ok in [
            "contoso.com",
            "fabrikam.co.jp",
            "xn--bcher-kva.example",
            "a-b.c1.de",
        ] {
            assert_eq!(custom_domain_problem(ok), None, "{ok}");
        }
    }

    // Internationalized names are taken and held in punycode (IDNA).
    #[test]
    fn internationalized_domains_are_taken_in_punycode() {
        assert_eq!(to_ascii("コントソ.jp"), "xn--tckua6a1m.jp");
        assert_eq!(to_ascii("Bücher.example"), "xn--bcher-kva.example");
        assert_eq!(to_ascii("Contoso.COM"), "contoso.com");
        for ok in ["コントソ.jp", "bücher.example", "例え.テスト"] {
            assert_eq!(custom_domain_problem(ok), None, "{ok}");
        }
        for bad in ["コントソ", "コン トソ.jp", "-コントソ.jp"] {
            assert!(custom_domain_problem(bad).is_some(), "{bad:?} accepted");
        }
    }

    #[test]
    fn refuses_malformed_domains() {
        for bad in [
            "",
            "contoso",
            "Contoso.com",
            "-contoso.com",
            "contoso-.com",
            "contoso..com",
            "contoso.com.",
            "con_toso.com",
            "10.0.0.1",
            "contoso .com",
        ] {
            assert!(custom_domain_problem(bad).is_some(), "{bad:?} accepted");
        }
        let long_label = format!("{}.com", "a".repeat(64));
        assert!(custom_domain_problem(&long_label).is_some());
    }

    // DOMAIN.md §1: the default domain is `<prefix>.onmicrosoft.com`; custom domains are others.
    #[test]
    fn refuses_onmicrosoft_as_custom_domain() {
        let msg = custom_domain_problem("contoso.onmicrosoft.com").unwrap();
        assert!(msg.contains("contoso.com"), "{msg}");
        assert!(custom_domain_problem("onmicrosoft.com").is_some());
        assert!(name_problem("contoso.onmicrosoft.com").is_none());
    }

    // DOMAIN.md §1: prefix: 2-27 chars, lowercase letters and digits.
    #[test]
    fn domain_prefix_is_2_to_27_lowercase_letters_and_digits() {
        for ok in ["co", "contoso", "fabrikamjp", "a1b2", &"a".repeat(27)] {
            assert_eq!(prefix_problem(ok), None, "{ok}");
        }
        for bad in [
            "",
            "c",
            &"a".repeat(28),
            "Contoso",
            "con-toso",
            "con.toso",
            "contosö",
        ] {
            let msg = prefix_problem(bad).unwrap_or_else(|| panic!("{bad} accepted"));
            assert!(msg.contains("2-27 lowercase letters and digits"), "{msg}");
            assert!(!msg.contains("1 characters"), "{msg}");
        }
        assert!(prefix_problem("Contoso").unwrap().contains("`contoso`"));
        assert!(prefix_problem("contoso.onmicrosoft.com").is_some());
    }
}
