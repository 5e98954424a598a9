//! The statements of the sign-ins `serve` holds between requests: device codes waiting for
//! approval and client assertions already used. Their times are milliseconds of real time,
//! given by the caller (not the operation's "now", which rehearsals may hold still).

use crate::backend::store::Tx;
use crate::error::Result;

/// What a device code stands at.
pub struct DeviceCodeRow {
    pub expires_ms: i64,
    pub last_poll_ms: Option<i64>,
    /// `waiting`, `approved` or `declined`.
    pub state: String,
    /// The sealed tokens of an approved code.
    pub tokens: Option<Vec<u8>>,
}

/// Forgets the device codes that expired before `before_ms`.
pub fn forget_device_codes_before(tx: &Tx, before_ms: i64) -> Result<()> {
    tx.exec(
        "DELETE FROM device_codes WHERE expires_ms < ?1",
        [before_ms],
    )?;
    Ok(())
}

/// How many device codes are kept, and when the first of those still valid at `now_ms`
/// expires.
pub fn device_codes_kept(tx: &Tx, now_ms: i64) -> Result<(i64, Option<i64>)> {
    let kept = tx.one("SELECT COUNT(*) FROM device_codes", [], |r| r.get(0))?;
    let first = tx.one(
        "SELECT MIN(expires_ms) FROM device_codes WHERE expires_ms > ?1",
        [now_ms],
        |r| r.get(0),
    )?;
    Ok((kept.unwrap_or(0), first.flatten()))
}

/// Forgets the expired device codes (`expires_ms <= now_ms`).
pub fn forget_expired_device_codes(tx: &Tx, now_ms: i64) -> Result<()> {
    tx.exec("DELETE FROM device_codes WHERE expires_ms <= ?1", [now_ms])?;
    Ok(())
}

/// Records a new device code, waiting.
pub fn add_device_code(
    tx: &Tx,
    device_hash: &str,
    user_code: &str,
    tenant: &str,
    expires_ms: i64,
) -> Result<()> {
    tx.exec(
        "INSERT INTO device_codes (device_hash, user_code, tenant, expires_ms, state)
         VALUES (?1, ?2, ?3, ?4, 'waiting')",
        (device_hash, user_code, tenant, expires_ms),
    )?;
    Ok(())
}

/// The device code (hash) and tenant of a user code still waiting at `now_ms`.
pub fn waiting_device_code(
    tx: &Tx,
    user_code: &str,
    now_ms: i64,
) -> Result<Option<(String, String)>> {
    tx.one(
        "SELECT device_hash, tenant FROM device_codes
         WHERE user_code = ?1 AND state = 'waiting' AND expires_ms > ?2",
        (user_code, now_ms),
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
}

/// Settles a waiting code: `approved` with its sealed tokens, or `declined`. Whether it was
/// still waiting.
pub fn settle_device_code(
    tx: &Tx,
    device_hash: &str,
    state: &str,
    tokens: Option<&[u8]>,
) -> Result<bool> {
    let changed = tx.exec(
        "UPDATE device_codes SET state = ?2, tokens = ?3
         WHERE device_hash = ?1 AND state = 'waiting'",
        (device_hash, state, tokens),
    )?;
    Ok(changed == 1)
}

/// A device code as it stands.
pub fn device_code(tx: &Tx, device_hash: &str) -> Result<Option<DeviceCodeRow>> {
    tx.one(
        "SELECT expires_ms, last_poll_ms, state, tokens FROM device_codes
         WHERE device_hash = ?1",
        [device_hash],
        |r| {
            Ok(DeviceCodeRow {
                expires_ms: r.get(0)?,
                last_poll_ms: r.get(1)?,
                state: r.get(2)?,
                tokens: r.get(3)?,
            })
        },
    )
}

/// Records a poll of a device code.
pub fn record_poll(tx: &Tx, device_hash: &str, now_ms: i64) -> Result<()> {
    tx.exec(
        "UPDATE device_codes SET last_poll_ms = ?2 WHERE device_hash = ?1",
        (device_hash, now_ms),
    )?;
    Ok(())
}

/// Forgets a device code (redeemed, declined or expired).
pub fn forget_device_code(tx: &Tx, device_hash: &str) -> Result<()> {
    tx.exec(
        "DELETE FROM device_codes WHERE device_hash = ?1",
        [device_hash],
    )?;
    Ok(())
}

/// Until when an application's assertion id is remembered, if it is.
pub fn assertion_seen_until(tx: &Tx, client_id: &str, jti: &str) -> Result<Option<i64>> {
    tx.one(
        "SELECT until_ms FROM client_assertions WHERE client_id = ?1 AND jti = ?2",
        (client_id, jti),
        |r| r.get(0),
    )
}

/// Forgets the assertion ids no longer remembered at `now_ms`; how many are left.
pub fn forget_assertions_until(tx: &Tx, now_ms: i64) -> Result<i64> {
    tx.exec(
        "DELETE FROM client_assertions WHERE until_ms <= ?1",
        [now_ms],
    )?;
    Ok(tx
        .one("SELECT COUNT(*) FROM client_assertions", [], |r| r.get(0))?
        .unwrap_or(0))
}

/// Remembers an application's assertion id until `until_ms`.
pub fn remember_assertion(tx: &Tx, client_id: &str, jti: &str, until_ms: i64) -> Result<()> {
    tx.exec(
        "INSERT INTO client_assertions (client_id, jti, until_ms) VALUES (?1, ?2, ?3)
         ON CONFLICT (client_id, jti) DO UPDATE SET until_ms = excluded.until_ms",
        (client_id, jti, until_ms),
    )?;
    Ok(())
}
