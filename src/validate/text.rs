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

/// A required text field: refused when blank; `what` says what belongs there.
pub(crate) fn required(value: &str, field: String, what: &str) -> Option<FieldError> {
    is_blank(value).then(|| FieldError::new(field, format!("required: {what}")))
}

/// A value quoted for a message, cut short so a huge value never floods the output, with
/// control characters escaped so a message stays on one line (`\n`, `\u{7}`).
pub(crate) fn shown(value: &str) -> String {
    const MAX: usize = 60;
    if value.chars().count() <= MAX {
        format!("`{}`", escaped(value.chars()))
    } else {
        let head = escaped(value.chars().take(MAX - 3));
        format!("`{head}...` ({} characters)", value.chars().count())
    }
}

/// Control characters escaped (`\n`, `\u{7}`), the rest as is.
pub(crate) fn escaped(chars: impl Iterator<Item = char>) -> String {
    let mut out = String::new();
    for c in chars {
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
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
    fn control_characters_are_escaped_in_messages() {
        assert_eq!(shown("a@b.com\n"), "`a@b.com\\n`");
        assert_eq!(shown("a\u{7}b\tc"), "`a\\u{7}b\\tc`");
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
