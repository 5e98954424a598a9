//! Identifiers the backend makes.

/// A new random id (GUID), as Partner Center uses.
pub fn new_id() -> String {
    crate::random::uuid().to_string()
}
