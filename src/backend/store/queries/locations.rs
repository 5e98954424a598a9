//! The statements of applying locations: the stable keys locations are applied under.

use crate::backend::store::Tx;
use crate::error::Result;

/// The id of the tenant's location applied under `key`.
pub fn account_id_by_key(tx: &Tx, tenant_id: &str, key: &str) -> Result<Option<String>> {
    tx.one(
        "SELECT account_id FROM location_keys WHERE tenant_id = ?1 AND key = ?2",
        (tenant_id, key),
        |r| r.get::<_, String>(0),
    )
}

/// Records that `key` names the location, unless the key names one already.
pub fn insert_key(tx: &Tx, tenant_id: &str, key: &str, account_id: &str) -> Result<()> {
    tx.exec_later(
        "INSERT INTO location_keys (tenant_id, key, account_id) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING",
        (tenant_id, key, account_id),
    )?;
    Ok(())
}

/// The ids of up to two of the tenant's locations without a key that have this country and
/// this legal name (in any case).
pub fn unkeyed(tx: &Tx, tenant_id: &str, country: &str, company_name: &str) -> Result<Vec<String>> {
    tx.all(
        "SELECT a.id FROM accounts a LEFT JOIN location_keys k ON k.account_id = a.id
         WHERE a.tenant_id = ?1 AND a.kind = 'location' AND a.country = ?2
           AND lower(a.company_name) = lower(?3) AND k.account_id IS NULL
         LIMIT 2",
        (tenant_id, country, company_name),
        |r| r.get::<_, String>(0),
    )
}
