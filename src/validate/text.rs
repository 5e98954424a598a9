//! Small helpers shared by the field rules: paths, blank checks, quoting values in messages.

use crate::error::FieldError;

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

/// A required text field: refused when blank or when it holds a control character; `what`
/// says what belongs there.
pub(crate) fn required(value: &str, field: String, what: &str) -> Option<FieldError> {
    if is_blank(value) {
        return Some(FieldError::new(field, format!("required: {what}")));
    }
    control_character(value, field, what)
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
/// that showing it never moves the cursor, clears the screen or retitles the terminal.
pub fn escape_controls(value: &str) -> std::borrow::Cow<'_, str> {
    if !value.chars().any(char::is_control) {
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
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
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
        let e = required("Bob\0", "firstName".into(), "a name").unwrap();
        assert!(e.message.contains("control character"), "{}", e.message);
        assert!(required("Bob", "firstName".into(), "a name").is_none());
        // A message stays on one line, whatever the value holds.
        assert_eq!(shown("a@b.com\n"), "`a@b.com\\n`");
        assert_eq!(shown("a\u{7}b\tc"), "`a\\x07b\\tc`");
        assert_eq!(shown("東京"), "`東京`");
    }

    #[test]
    fn whitespace_only_is_blank() {
        assert!(is_blank(" \t\n"));
        assert!(!is_blank(" a "));
        assert!(required("", "x".into(), "a value").is_some());
        assert!(required("v", "x".into(), "a value").is_none());
    }
}
