//! The rules a password a person chooses must meet: Azure AD's default policy. The backend
//! enforces them; the CLI checks them too before it sends a new password, so that a mistake
//! is told before anything is changed.

use crate::error::{ApiError, FieldError};

pub const MIN_LENGTH: usize = 8;
pub const MAX_LENGTH: usize = 256;
/// The rules in a few words.
pub const RULES: &str = "8 to 256 characters with three of: lowercase, uppercase, digits, symbols";

/// Why `new` cannot be the password of a user whose current one is `current` (if known); the
/// problems are reported on `field`.
pub fn check(new: &str, current: Option<&str>, field: &str) -> Result<(), ApiError> {
    let mut problems = Vec::new();
    let length = new.chars().count();
    if !(MIN_LENGTH..=MAX_LENGTH).contains(&length) {
        problems.push(format!(
            "has {length} characters; it needs {MIN_LENGTH} to {MAX_LENGTH}"
        ));
    }
    if new.chars().any(char::is_control) {
        problems.push("holds a control character (a tab, a line break, ...)".to_string());
    }
    let kinds = [
        new.chars().any(|c| c.is_lowercase()),
        new.chars().any(|c| c.is_uppercase()),
        new.chars().any(|c| c.is_ascii_digit()),
        new.chars().any(|c| !c.is_alphanumeric() && !c.is_control()),
    ];
    if kinds.iter().filter(|k| **k).count() < 3 {
        problems.push(
            "needs three of: lowercase letters, uppercase letters, digits, symbols".to_string(),
        );
    }
    if current.is_some_and(|c| c == new) {
        problems.push("is the current password; choose a new one".to_string());
    }
    if problems.is_empty() {
        return Ok(());
    }
    Err(ApiError::invalid(
        "the new password does not meet the password policy",
        problems
            .into_iter()
            .map(|p| FieldError::new(field, p))
            .collect(),
    )
    .hint(format!("choose {RULES}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(new: &str, current: Option<&str>) -> Vec<String> {
        match check(new, current, "newPassword") {
            Ok(()) => Vec::new(),
            Err(e) => e.fields.into_iter().map(|f| f.message).collect(),
        }
    }

    #[test]
    fn length_kinds_and_the_current_password() {
        assert!(problems("Correct-Horse-9", None).is_empty());
        assert!(
            problems("correct horse 9", None).is_empty(),
            "lower, symbol, digit"
        );
        assert!(problems("Sh0rt!", None)[0].contains("6 characters"));
        assert!(problems(&format!("Aa1!{}", "x".repeat(253)), None)[0].contains("257"));
        assert!(problems("alllowercase", None)[0].contains("three of"));
        assert!(problems("lowerUPPER", None)[0].contains("three of"));
        assert!(problems("Tab\there1", None)[0].contains("control"));
        let temporary = "Xk7#mnpqrstuvwxyzABCDEFG";
        assert!(problems(temporary, Some(temporary))[0].contains("current password"));
        assert!(problems(temporary, Some("Other-Password-1")).is_empty());
    }

    #[test]
    fn every_problem_names_the_field() {
        let e = check("short", None, "newPassword").unwrap_err();
        assert_eq!(e.fields.len(), 2);
        assert!(e.fields.iter().all(|f| f.field == "newPassword"));
        assert!(e.hint.unwrap().contains("8 to 256"));
    }
}
