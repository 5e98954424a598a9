//! Email addresses: well-formed, and for contacts a person's own work address.

use super::dns;
use super::text::shown;

const EXAMPLE: &str = "jane.doe@contoso.com";

/// Shared mailboxes Partner Center refuses as a contact (DOMAIN.md §2, primaryContact).
const ROLE_MAILBOXES: [&str; 5] = ["info", "admin", "administrator", "email", "marketing"];
/// A local part containing one of these is a role mailbox too (`sysadmin`, `info-jp`).
const ROLE_FRAGMENTS: [&str; 2] = ["info", "admin"];

/// Why `email` is not a well-formed address, if it is not.
pub(crate) fn syntax_problem(email: &str) -> Option<String> {
    if email.trim().is_empty() {
        return Some(format!("required: an email address such as {EXAMPLE}"));
    }
    let shown_email = shown(email);
    let Some((local, domain)) = email.split_once('@') else {
        return Some(format!(
            "{shown_email} is not an email address: it needs an @, like {EXAMPLE}"
        ));
    };
    if domain.contains('@') {
        return Some(format!(
            "{shown_email} is not an email address: it must have exactly one @, like {EXAMPLE}"
        ));
    }
    if email.len() > super::text::EMAIL_MAX {
        return Some(format!(
            "{shown_email} is too long for an email address: at most {} characters",
            super::text::EMAIL_MAX
        ));
    }
    if let Some(why) = local_part_problem(local) {
        return Some(format!(
            "{shown_email} is not an email address: the part before @ {why}, like {EXAMPLE}"
        ));
    }
    if let Some(why) = dns::name_problem(&domain.to_ascii_lowercase()) {
        return Some(format!(
            "{shown_email} is not an email address: the domain after @ {why}; write it \
             like {EXAMPLE}"
        ));
    }
    None
}

fn local_part_problem(local: &str) -> Option<&'static str> {
    if local.is_empty() {
        Some("is empty; it should name the mailbox")
    } else if local.len() > 64 {
        Some("is longer than 64 characters")
    } else if local.chars().any(char::is_whitespace) {
        Some("must not contain spaces")
    } else if local
        .chars()
        // Letters of any script are allowed (RFC 6531); ASCII is limited to RFC 5322's atoms.
        .any(|c| {
            c.is_control() || (c.is_ascii() && !c.is_ascii_graphic()) || "\"(),:;<>[\\]".contains(c)
        })
    {
        Some("may hold only letters (of any script), digits and . _ % + - ' and similar symbols")
    } else if local.starts_with('.') || local.ends_with('.') || local.contains("..") {
        Some("must not start or end with a dot or have two dots in a row")
    } else {
        None
    }
}

/// The domain of an address in its ASCII form (punycode for an internationalized one), for
/// comparing with a tenant's domains.
pub(crate) fn domain_of(email: &str) -> String {
    email
        .rsplit_once('@')
        .map(|(_, domain)| dns::to_ascii(domain))
        .unwrap_or_default()
}

/// An address as it is stored and compared: the domain in its ASCII form, the local part as
/// written (a Unicode local part stays Unicode, RFC 6531).
pub(crate) fn normalise(email: &str) -> String {
    match email.trim().rsplit_once('@') {
        Some((local, domain)) => format!("{local}@{}", dns::to_ascii(domain)),
        None => email.trim().to_string(),
    }
}

/// Why a well-formed `email` is not a person's own work address, if it is not.
pub(crate) fn work_problem(email: &str) -> Option<String> {
    let (local, domain) = email.split_once('@')?;
    let local = local.to_lowercase();
    let domain = domain.to_ascii_lowercase();
    let role = ROLE_MAILBOXES
        .iter()
        .find(|m| **m == local)
        .or_else(|| ROLE_FRAGMENTS.iter().find(|f| local.contains(**f)));
    if let Some(role) = role {
        return Some(format!(
            "{} looks like a shared role mailbox (`{role}`); give a person's own work address, \
             such as {EXAMPLE}",
            shown(email)
        ));
    }
    if super::personal_mail::is_personal(&domain) {
        return Some(format!(
            "{} is a personal mail service address, not a work address; use an address on \
             the company's own domain, such as {EXAMPLE}",
            shown(email)
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    // RFC 6531: a local part in Unicode, on an internationalized domain or an ASCII one.
    #[test]
    fn accepts_unicode_local_parts_and_domains() {
        for ok in [
            "健二@コントソ.jp",
            "健二@contoso.co.jp",
            "jürgen@bücher.example",
        ] {
            assert_eq!(syntax_problem(ok), None, "{ok}");
        }
        assert!(syntax_problem("健 二@コントソ.jp").is_some());
        assert!(syntax_problem("健二\u{7}@コントソ.jp").is_some());
        assert_eq!(normalise(" 健二@コントソ.jp "), "健二@xn--tckua6a1m.jp");
        assert_eq!(domain_of("健二@コントソ.JP"), "xn--tckua6a1m.jp");
    }

    #[test]
    fn accepts_ordinary_addresses() {
        for ok in [
            "jane.doe@contoso.com",
            "j+partner@mail.contoso.co.jp",
            "o'brien@fabrikam.ie",
            "A.B@Contoso.COM",
        ] {
            assert_eq!(syntax_problem(ok), None, "{ok}");
        }
    }

    // DOMAIN.md §2: "The email must be a well-formed work address".
    #[test]
    fn refuses_malformed_addresses() {
        for bad in [
            "",
            "jane.doe",
            "jane@@contoso.com",
            "jane@doe@contoso.com",
            "@contoso.com",
            "jane doe@contoso.com",
            "jane@contoso",
            "jane@contoso..com",
            "jane@-contoso.com",
            "jane@contoso.com.",
            "jane@contoso.123",
            ".jane@contoso.com",
            "ja..ne@contoso.com",
            "jane<x>@contoso.com",
        ] {
            let msg = syntax_problem(bad).unwrap_or_else(|| panic!("{bad:?} accepted"));
            assert!(msg.contains('@'), "message names the shape: {msg}");
        }
    }

    // DOMAIN.md §2: role mailboxes are refused (info, admin, administrator, email, marketing).
    #[test]
    fn refuses_role_mailboxes() {
        for bad in [
            "info@contoso.com",
            "ADMIN@contoso.com",
            "administrator@contoso.com",
            "email@contoso.com",
            "marketing@contoso.com",
        ] {
            assert!(work_problem(bad).is_some(), "{bad}");
        }
        assert!(work_problem("jane.doe@contoso.com").is_none());
        assert!(work_problem("mark@contoso.com").is_none());
    }

    // DOMAIN.md §2: local parts containing `info` or `admin` are role mailboxes too.
    #[test]
    fn refuses_local_parts_containing_info_or_admin() {
        for bad in [
            "sysadmin@contoso.com",
            "info-jp@contoso.com",
            "it.Admins@contoso.com",
        ] {
            let msg = work_problem(bad).unwrap_or_else(|| panic!("{bad} accepted"));
            assert!(msg.contains("jane.doe@contoso.com"), "{msg}");
        }
    }

    // DOMAIN.md §2: "the primary contact's name and work email address".
    #[test]
    fn refuses_consumer_mail_as_work_address() {
        for bad in [
            "jane@gmail.com",
            "jane@Outlook.com",
            "taro@yahoo.co.jp",
            "j@gmx.de",
        ] {
            let msg = work_problem(bad).unwrap_or_else(|| panic!("{bad} accepted"));
            assert!(msg.contains("not a work address"), "{msg}");
        }
    }
}
