//! Identifiers the backend makes.

/// A new random id (GUID), as Partner Center uses.
pub fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}
