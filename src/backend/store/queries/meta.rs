//! The store's own facts: whether it is a sandbox, and when it was created.

use crate::backend::store::Tx;
use crate::error::Result;

/// Whether the store is a sandbox; `None` for a new store, which has not recorded it yet.
pub fn sandbox(tx: &Tx) -> Result<Option<bool>> {
    tx.one("SELECT value FROM meta WHERE key = 'sandbox'", [], |r| {
        Ok(r.get::<_, String>(0)? == "1")
    })
}

/// Records, once, whether the store is a sandbox and that it was created now.
pub fn record_creation(tx: &Tx, sandbox: bool) -> Result<()> {
    tx.exec(
        "INSERT INTO meta (key, value) VALUES ('sandbox', ?1), ('created_at', ?2)",
        (if sandbox { "1" } else { "0" }, tx.now.to_string()),
    )?;
    Ok(())
}
