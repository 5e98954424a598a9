//! Small helpers shared by the field rules: paths, blank checks, lengths, characters that do
//! not belong in text, quoting values in messages.

use crate::error::FieldError;

// The longest value of each kind of text field, in characters. Partner Center documents a few
// (a company's legal name: 1-256); the others are chosen to fit every real value and keep out
// what is not one: no first name runs past 64 characters, nor a city past 128.

/// A person's first or last name.
pub const NAME_MAX: usize = 64;
/// A company's legal name (DOMAIN.md: 1-256).
pub const COMPANY_NAME_MAX: usize = 256;
/// An address line.
pub const ADDRESS_LINE_MAX: usize = 256;
/// A city, a state or province, a region.
pub const CITY_MAX: usize = 128;
/// A postal code, in a country whose format is not known.
pub const POSTAL_CODE_MAX: usize = 32;
/// An email address (RFC 5321's limit on a path).
pub const EMAIL_MAX: usize = 254;
/// A phone number, spaces and punctuation included.
pub const PHONE_MAX: usize = 32;

/// `prefix.field`, or `field` alone when there is no prefix.
pub(crate) fn join(prefix: &str, field: &str) -> String {
    if prefix.is_empty() {
        field.to_string()
    } else {
        format!("{prefix}.{field}")
    }
}

pub(crate) fn is_blank(value: &str) -> bool {
    value.trim().is_empty()
}

/// A text field shown to people (a name, a company name, an address): refused when blank (if
/// `required`), longer than `max` characters, or holding a control character or an invisible
/// formatting character; `what` says what belongs there.
pub(crate) fn field(
    value: &str,
    field: String,
    what: &str,
    max: usize,
    required: bool,
) -> Option<FieldError> {
    if is_blank(value) {
        return required.then(|| FieldError::new(field, format!("required: {what}")));
    }
    let len = value.chars().count();
    if len > max {
        return Some(FieldError::new(
            field,
            format!("is {len} characters long; give {what}, at most {max} characters"),
        ));
    }
    control_character(value, field.clone(), what)
        .or_else(|| invisible_character(value, field, what))
}

/// Characters that change how the text around them is shown without being seen themselves:
/// bidirectional controls (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C), which can
/// make `moc.osotnoc` read as `contoso.com`, and zero-width characters (U+200B-U+200D, U+2060,
/// U+FEFF), which make two names that look the same differ.
pub fn invisible(c: char) -> bool {
    bidi_control(c) || zero_width(c)
}

fn bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

fn zero_width(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}')
}

/// A text field refused for an invisible formatting character (see [`invisible`]).
pub(crate) fn invisible_character(value: &str, field: String, what: &str) -> Option<FieldError> {
    let c = value.chars().find(|c| invisible(*c))?;
    let kind = if bidi_control(c) {
        "a bidirectional control, which changes how the text around it is shown"
    } else {
        "a zero-width character, which is not seen"
    };
    Some(FieldError::new(
        field,
        format!(
            "{} holds U+{:04X}, {kind}; give {what} without it",
            shown(value),
            c as u32
        ),
    ))
}

/// A text field refused for a control character (a line break, an escape sequence, NUL):
/// none belongs in a name or an address, and they could rewrite a terminal that shows them.
pub(crate) fn control_character(value: &str, field: String, what: &str) -> Option<FieldError> {
    value.chars().any(char::is_control).then(|| {
        FieldError::new(
            field,
            format!("{} holds a control character; give {what}", shown(value)),
        )
    })
}

/// `value` with every control character written as an escape (`\n`, `\x1b`, `\u{85}`), so
/// that showing it never moves the cursor, clears the screen or retitles the terminal; and
/// every invisible formatting character too (`\u{202e}`), so that it never reorders a line.
pub fn escape_controls(value: &str) -> std::borrow::Cow<'_, str> {
    if !value.chars().any(|c| c.is_control() || invisible(c)) {
        return std::borrow::Cow::Borrowed(value);
    }
    let mut out = String::with_capacity(value.len() + 8);
    for c in value.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\0' => out.push_str("\\0"),
            c if (c as u32) < 0x80 && c.is_control() => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c if c.is_control() || invisible(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// A value quoted for a message, cut short so a huge value never floods the output, and its
/// control characters escaped.
pub(crate) fn shown(value: &str) -> String {
    const MAX: usize = 60;
    if value.chars().count() <= MAX {
        format!("`{}`", escape_controls(value))
    } else {
        let head: String = value.chars().take(MAX - 3).collect();
        format!(
            "`{}...` ({} characters)",
            escape_controls(&head),
            value.chars().count()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn join_without_prefix_is_the_field() {
        assert_eq!(join("", "city"), "city");
        assert_eq!(join("address", "city"), "address.city");
    }

    #[test]
    fn long_values_are_cut_in_messages() {
        assert_eq!(shown("abc"), "`abc`");
        let long = "x".repeat(5000);
        let s = shown(&long);
        assert!(s.len() < 100, "{s}");
        assert!(s.contains("5000 characters"));
    }

    #[test]
    fn control_characters_are_escaped_and_refused() {
        assert_eq!(escape_controls("plain"), "plain");
        assert_eq!(
            escape_controls("a\x1b]0;t\x07\r\n\0\u{85}"),
            "a\\x1b]0;t\\x07\\r\\n\\0\\u{85}"
        );
        assert_eq!(shown("\x1b[2J"), "`\\x1b[2J`");
        let e = field("Bob\0", "firstName".into(), "a name", NAME_MAX, true).unwrap();
        assert!(e.message.contains("control character"), "{}", e.message);
        assert!(field("Bob", "firstName".into(), "a name", NAME_MAX, true).is_none());
        // A message stays on one line, whatever the value holds.
        assert_eq!(shown("a@b.com\n"), "`a@b.com\\n`");
        assert_eq!(shown("a\u{7}b\tc"), "`a\\x07b\\tc`");
        assert_eq!(shown("東京"), "`東京`");
    }

    #[test]
    fn text_fields_have_a_length_and_no_invisible_characters() {
        let what = "the person's first name";
        assert!(field("Ada", "firstName".into(), what, NAME_MAX, true).is_none());
        assert!(field("", "firstName".into(), what, NAME_MAX, false).is_none());
        assert!(field(&"名".repeat(64), "firstName".into(), what, NAME_MAX, true).is_none());
        let long = field(
            &"a".repeat(100_000),
            "firstName".into(),
            what,
            NAME_MAX,
            true,
        )
        .unwrap();
        assert!(
            long.message.contains("100000 characters long"),
            "{}",
            long.message
        );
        assert!(long.message.contains("at most 64"), "{}", long.message);
        assert!(long.message.len() < 200, "the value is not echoed whole");
        for (value, code) in [
            ("Ada\u{202E}ecalevol", "U+202E"),
            ("Ada\u{2066}", "U+2066"),
            ("A\u{200E}da", "U+200E"),
            ("A\u{061C}da", "U+061C"),
            ("A\u{200B}da", "U+200B"),
            ("A\u{200D}da", "U+200D"),
            ("A\u{2060}da", "U+2060"),
            ("\u{FEFF}Ada", "U+FEFF"),
        ] {
            let e = field(value, "firstName".into(), what, NAME_MAX, true)
                .unwrap_or_else(|| panic!("{value:?} accepted"));
            assert_eq!(e.field, "firstName");
            assert!(e.message.contains(code), "{}", e.message);
            assert!(!e.message.chars().any(invisible), "{:?}", e.message);
        }
    }

    #[test]
    fn whitespace_only_is_blank() {
        assert!(is_blank(" \t\n"));
        assert!(!is_blank(" a "));
        assert!(field("", "x".into(), "a value", NAME_MAX, true).is_some());
        assert!(field("v", "x".into(), "a value", NAME_MAX, true).is_none());
    }
}
