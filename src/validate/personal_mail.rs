//! Personal mail services (Gmail, Outlook.com, Yahoo!, docomo...): their addresses are not
//! work addresses, and their domains are no organization's own. The list is data, in
//! `personal_mail_domains.txt`.

const LIST: &str = include_str!("personal_mail_domains.txt");

/// Whether `domain` (ASCII, lowercase) belongs to a personal mail service.
pub(crate) fn is_personal(domain: &str) -> bool {
    let domain = domain.trim().trim_end_matches('.');
    LIST.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .any(|entry| match entry.strip_suffix(".*") {
            // `yahoo.*`: yahoo.com, yahoo.de, yahoo.co.jp, but not yahoo.contoso.com.
            Some(name) => domain
                .strip_prefix(name)
                .and_then(|rest| rest.strip_prefix('.'))
                .is_some_and(|tld| !tld.is_empty() && tld.split('.').all(|l| l.len() <= 3)),
            None => domain == entry,
        })
}

#[cfg(test)]
mod tests {
    use super::is_personal;

    #[test]
    fn knows_personal_mail_services() {
        for d in [
            "gmail.com",
            "outlook.com",
            "hotmail.co.jp",
            "yahoo.co.jp",
            "yahoo.fr",
            "icloud.com",
            "live.com",
            "msn.com",
            "aol.com",
            "gmx.de",
            "gmx.net",
            "yandex.ru",
            "qq.com",
            "163.com",
            "docomo.ne.jp",
        ] {
            assert!(is_personal(d), "{d}");
        }
    }

    #[test]
    fn leaves_organizations_domains_alone() {
        for d in [
            "contoso.com",
            "yahoo.contoso.com",
            "mygmail.com",
            "gmail.com.contoso.jp",
            "livestock.jp",
        ] {
            assert!(!is_personal(d), "{d}");
        }
    }
}
