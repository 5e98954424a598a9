//! People's names and postal addresses, written in the order of the person's country.
//!
//! A person or organization is Japanese when its profile's country is `JP` or its culture is
//! Japanese (`ja-JP`, `ja`). Japanese names written in Japanese script are shown family name
//! first (`山本 一郎`), as Japanese people write them; the same names in Latin letters keep the
//! order they were given in (`Ichiro Yamamoto`), as is usual in English text. Japanese addresses
//! go from the postal code to the building: `〒105-0011 東京都 港区 芝公園四丁目2番8号 ...`.
//!
//! Mail templates use these too (`山本 一郎 様`).

use crate::api::Address;

/// Whether a country code (`JP`) or culture (`ja-JP`, `ja`, `ja_JP`) is Japanese.
pub fn is_japanese(country_or_culture: &str) -> bool {
    let c = country_or_culture.trim();
    let language = c.split(['-', '_']).next().unwrap_or("");
    c.eq_ignore_ascii_case("JP") || language.eq_ignore_ascii_case("ja")
}

/// Hiragana or katakana: only Japanese writes them.
fn is_kana(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{31f0}'..='\u{31ff}' | '\u{ff66}'..='\u{ff9f}')
}

/// Kanji (CJK ideographs, the iteration mark 々).
fn is_kanji(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '\u{f900}'..='\u{faff}' | '々')
}

/// Whether `text` is written (at least partly) in Japanese script.
pub fn has_japanese_script(text: &str) -> bool {
    text.chars().any(|c| is_kana(c) || is_kanji(c))
}

/// Whether a person named `first` `last` writes the family name first: a Japanese person
/// (by `country_or_culture`, or by kana in the name when the country is not known) whose
/// name is in Japanese script.
pub fn family_name_first(first: &str, last: &str, country_or_culture: &str) -> bool {
    let name = format!("{first}{last}");
    if !has_japanese_script(&name) {
        return false;
    }
    is_japanese(country_or_culture)
        || country_or_culture.trim().is_empty()
        || name.chars().any(is_kana)
}

/// A person's name as shown to people: `Ada Lovelace`, `山本 一郎`.
/// `country_or_culture` is the person's profile country or culture, or `""` when not known
/// (then a name in Japanese script is taken as Japanese).
pub fn display_name(first: &str, last: &str, country_or_culture: &str) -> String {
    let (first, last) = (first.trim(), last.trim());
    let (a, b) = match family_name_first(first, last, country_or_culture) {
        true => (last, first),
        false => (first, last),
    };
    format!("{a} {b}").trim().to_string()
}

/// An address on one line, in the order of its country: Japanese addresses in Japanese script
/// from the postal code to the building (`〒105-0011 東京都 港区 芝公園四丁目2番8号 ヤマトタワー12階`),
/// others from the street to the country (`1 Microsoft Way, Redmond, WA, 98052, US`).
pub fn address_line(a: &Address) -> String {
    let lines = [Some(&a.address_line1), a.address_line2.as_ref()];
    let japanese_script = lines
        .into_iter()
        .flatten()
        .chain([&a.city])
        .chain(a.state.as_ref())
        .any(|t| has_japanese_script(t));
    if is_japanese(&a.country) && japanese_script {
        let mut parts: Vec<String> = Vec::new();
        if !a.postal_code.trim().is_empty() {
            parts.push(format!("〒{}", a.postal_code.trim()));
        }
        parts.extend(a.state.iter().cloned());
        parts.push(a.city.clone());
        parts.extend(lines.into_iter().flatten().cloned());
        parts.retain(|p| !p.trim().is_empty());
        return parts.join(" ");
    }
    let mut parts = vec![a.address_line1.clone()];
    parts.extend(a.address_line2.clone());
    parts.push(a.city.clone());
    parts.extend(a.state.clone());
    parts.push(a.postal_code.clone());
    parts.push(a.country.clone());
    parts.retain(|p| !p.trim().is_empty());
    parts.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn japanese_names_in_japanese_script_put_the_family_name_first() {
        assert_eq!(display_name("一郎", "山本", "JP"), "山本 一郎");
        assert_eq!(display_name("一郎", "山本", "ja-JP"), "山本 一郎");
        assert_eq!(display_name("花子", "佐藤", "ja"), "佐藤 花子");
        // Country unknown: Japanese script says enough.
        assert_eq!(display_name("さくら", "山田", ""), "山田 さくら");
        assert_eq!(display_name("一郎", "山本", ""), "山本 一郎");
    }

    #[test]
    fn other_names_keep_the_given_order() {
        assert_eq!(display_name("Ada", "Lovelace", "GB"), "Ada Lovelace");
        assert_eq!(display_name("Ichiro", "Yamamoto", "JP"), "Ichiro Yamamoto");
        assert_eq!(display_name("Jane", "Doe", "ja-JP"), "Jane Doe");
        assert_eq!(display_name("Ana", "", "US"), "Ana");
        // Kanji alone in a profile of another country: as given.
        assert_eq!(display_name("小明", "王", "US"), "小明 王");
    }

    #[test]
    fn japanese_is_told_by_country_or_culture() {
        for yes in ["JP", "jp", "ja-JP", "ja", "ja_JP", " JP "] {
            assert!(is_japanese(yes), "{yes}");
        }
        for no in ["", "US", "en-US", "jav", "JPN"] {
            assert!(!is_japanese(no), "{no}");
        }
    }

    fn tokyo() -> Address {
        Address {
            country: "JP".into(),
            state: Some("東京都".into()),
            city: "港区".into(),
            address_line1: "芝公園四丁目2番8号".into(),
            address_line2: Some("ヤマトタワー12階".into()),
            postal_code: "105-0011".into(),
            ..Address::default()
        }
    }

    #[test]
    fn japanese_addresses_go_from_the_postal_code_to_the_building() {
        assert_eq!(
            address_line(&tokyo()),
            "〒105-0011 東京都 港区 芝公園四丁目2番8号 ヤマトタワー12階"
        );
        // In Latin letters, the Western order.
        let latin = Address {
            state: Some("Tokyo".into()),
            city: "Minato-ku".into(),
            address_line1: "4-2-8 Shibakoen".into(),
            address_line2: None,
            ..tokyo()
        };
        assert_eq!(
            address_line(&latin),
            "4-2-8 Shibakoen, Minato-ku, Tokyo, 105-0011, JP"
        );
    }

    #[test]
    fn other_addresses_go_from_the_street_to_the_country() {
        let us = Address {
            country: "US".into(),
            state: Some("WA".into()),
            city: "Redmond".into(),
            address_line1: "1 Microsoft Way".into(),
            postal_code: "98052".into(),
            ..Address::default()
        };
        assert_eq!(address_line(&us), "1 Microsoft Way, Redmond, WA, 98052, US");
    }
}
