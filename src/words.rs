//! Enum values as words, for messages and tables alike: `pendingPayment` -> `pending payment`.
//! Below the backend (its messages) and the output (its tables), so both say them one way.

use serde::Serialize;

/// A state as people read it, in tables and messages alike: its JSON name in lowercase words
/// (`Authorized` is `authorized`, `pendingPayment` `pending payment`, `EmailDomain` `email
/// domain`). JSON keeps the API's names.
pub fn state<T: Serialize>(v: &T) -> String {
    let json = name(v);
    let mut out = String::new();
    for (i, c) in json.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push(' ');
        }
        out.extend(c.to_lowercase());
    }
    out
}

/// Vetting as people read it: `authorized`, `pending (email ownership)`.
pub fn vetting(status: crate::api::VettingStatus, sub: crate::api::VettingSubStatus) -> String {
    match sub {
        crate::api::VettingSubStatus::None => state(&status),
        sub => format!("{} ({})", state(&status), state(&sub)),
    }
}

/// An enum as its JSON name (`Pending`, `actionPack`), so tables and JSON agree.
pub fn name<T: Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        Ok(other) => other.to_string(),
        Err(_) => String::new(),
    }
}
