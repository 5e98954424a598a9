//! The words of the verification mail and of the confirmation page, one set of data files per
//! language under `templates/` (`LANG.txt`: the subject line and the text part; `LANG.html`:
//! the HTML part; `LANG.page`: the page's words as `key = text`). A language is added by adding
//! its files and a line to [`Language::files`].
//!
//! Placeholders are `{{name}}`; `{{#link}}...{{/link}}` is kept only when there is a link.
//! In HTML every value is escaped.

/// The languages mail and pages are written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    English,
    Japanese,
}

struct Files {
    text: &'static str,
    html: &'static str,
    page: &'static str,
}

impl Language {
    /// The language of an organization's contact: Japanese for a Japanese organization (its
    /// country, or its organization profile's language or culture), English otherwise.
    pub fn of_organization(country: &str, language: Option<&str>, culture: Option<&str>) -> Self {
        let japanese = crate::names::is_japanese(country)
            || language.is_some_and(crate::names::is_japanese)
            || culture.is_some_and(crate::names::is_japanese);
        match japanese {
            true => Language::Japanese,
            false => Language::English,
        }
    }

    fn files(self) -> Files {
        match self {
            Language::English => Files {
                text: include_str!("templates/en.txt"),
                html: include_str!("templates/en.html"),
                page: include_str!("templates/en.page"),
            },
            Language::Japanese => Files {
                text: include_str!("templates/ja.txt"),
                html: include_str!("templates/ja.html"),
                page: include_str!("templates/ja.page"),
            },
        }
    }
}

/// What fills a template's placeholders, each value as plain text.
pub type Values<'a> = &'a [(&'a str, &'a str)];

/// The subject and text part of a language's mail.
pub fn text(lang: Language, values: Values, link: Option<&str>) -> (String, String) {
    let filled = fill(lang.files().text, values, link, false);
    let (first, rest) = filled.split_once('\n').unwrap_or((&filled, ""));
    let subject = first.strip_prefix("Subject:").unwrap_or(first).trim();
    (
        subject.to_string(),
        rest.trim_start_matches('\n').to_string(),
    )
}

/// The HTML part of a language's mail.
pub fn html(lang: Language, values: Values, link: Option<&str>) -> String {
    fill(lang.files().html, values, link, true)
}

/// One of the confirmation page's texts, filled and escaped for HTML.
pub fn page(lang: Language, key: &str, values: Values) -> String {
    let line = lang
        .files()
        .page
        .lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .filter_map(|l| l.split_once('='))
        .find(|(k, _)| k.trim() == key)
        .map(|(_, v)| v.trim())
        .unwrap_or_else(|| panic!("the page words have no {key:?}"));
    fill(line, values, None, true)
}

/// Fills `{{name}}`s and keeps or drops the `{{#link}}` block.
fn fill(template: &str, values: Values, link: Option<&str>, html: bool) -> String {
    let mut text = template.to_string();
    while let Some(start) = text.find("{{#link}}\n") {
        let end = text[start..]
            .find("{{/link}}\n")
            .map(|e| start + e)
            .expect("a {{#link}} block is closed");
        let inner = text[start + "{{#link}}\n".len()..end].to_string();
        let kept = if link.is_some() { inner } else { String::new() };
        text.replace_range(start..end + "{{/link}}\n".len(), &kept);
    }
    let link_value = [("link", link.unwrap_or(""))];
    for (name, value) in values.iter().chain(&link_value) {
        let value = if html {
            escape(value)
        } else {
            value.to_string()
        };
        text = text.replace(&format!("{{{{{name}}}}}"), &value);
    }
    text
}

/// Text made safe inside HTML elements and quoted attributes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const VALUES: Values = &[
        ("name", "<Ada>"),
        ("company", "Contoso & Co"),
        ("mpn_id", "1234567"),
        ("code", "123456"),
        ("command", "partnerctl account verify --code 123456"),
        ("expires", "2026-12-07 10:00 UTC"),
        ("email", "ada@contoso.com"),
        ("reason", "why"),
    ];

    #[test]
    fn every_language_fills_every_placeholder_and_escapes_html() {
        for lang in [Language::English, Language::Japanese] {
            for link in [None, Some("https://x.test/confirm/t?a=1&b=2")] {
                let (subject, text) = text(lang, VALUES, link);
                let html = html(lang, VALUES, link);
                for part in [&subject, &text, &html] {
                    assert!(!part.contains("{{"), "{lang:?}: {part}");
                }
                assert!(subject.contains("Contoso & Co"), "{subject}");
                assert!(text.contains("123456") && html.contains("123456"));
                assert!(html.contains("&lt;Ada&gt;") && !html.contains("<Ada>"));
                assert!(html.contains("Contoso &amp; Co"));
                assert_eq!(text.contains("/confirm/"), link.is_some(), "{text}");
                assert_eq!(html.contains("a=1&amp;b=2"), link.is_some(), "{html}");
            }
            for key in [
                "lang",
                "title",
                "lead",
                "ask",
                "button",
                "authorized",
                "rejected",
                "reason_domain",
                "refused",
                "invalid",
            ] {
                assert!(!page(lang, key, VALUES).contains("{{"), "{lang:?} {key}");
            }
        }
    }

    #[test]
    fn japanese_organizations_get_japanese_mail() {
        assert_eq!(
            Language::of_organization("JP", None, None),
            Language::Japanese
        );
        assert_eq!(
            Language::of_organization("US", Some("ja"), None),
            Language::Japanese
        );
        assert_eq!(
            Language::of_organization("US", Some("en"), Some("en-US")),
            Language::English
        );
        let (subject, text) = text(Language::Japanese, VALUES, None);
        assert!(subject.contains("メールアドレス"), "{subject}");
        assert!(text.starts_with("<Ada> 様"), "{text}");
    }
}
