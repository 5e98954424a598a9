//! The statements of idempotency: the answers recorded under request ids.

use crate::backend::store::Tx;
use crate::error::Result;
use jiff::Timestamp;

/// An answer as recorded.
pub struct Recorded {
    /// The digest of the request that got the answer.
    pub fingerprint: String,
    /// The answer, sealed.
    pub answer: Vec<u8>,
}

/// The answer recorded under `key` (a hash of the caller and the request id).
pub fn answer(tx: &Tx, key: &str) -> Result<Option<Recorded>> {
    tx.one(
        "SELECT fingerprint, answer FROM request_log WHERE key = ?1",
        [key],
        |r| {
            Ok(Recorded {
                fingerprint: r.get(0)?,
                answer: r.get(1)?,
            })
        },
    )
}

/// Forgets the answers recorded before `before`.
///
/// The oldest time is looked up first (an index's first entry) and the rows deleted only when
/// some are old enough: a range `DELETE` on a table PostgreSQL has no statistics for yet (a
/// busy new database, before autovacuum analyzes it) is planned as a full scan, which on
/// every recorded answer made bulk runs quadratic.
pub fn forget_before(tx: &Tx, before: Timestamp) -> Result<()> {
    let oldest: Option<i64> = tx
        .one("SELECT MIN(created_at) FROM request_log", [], |r| r.get(0))?
        .flatten();
    if oldest.is_some_and(|t| t < before.as_second()) {
        tx.exec(
            "DELETE FROM request_log WHERE created_at < ?1",
            [before.as_second()],
        )?;
    }
    Ok(())
}

/// Claims `key` for a request about to run, now: true when it was free. The claim is a row
/// without an answer, held by this transaction: another claim of the same key waits for it to
/// end, then finds the key taken (committed) or free again (rolled back).
pub fn claim(tx: &Tx, key: &str, fingerprint: &str) -> Result<bool> {
    let claimed = tx.exec(
        "INSERT INTO request_log (key, fingerprint, answer, created_at) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT DO NOTHING",
        (key, fingerprint, &[][..], tx.now_s()),
    )?;
    Ok(claimed == 1)
}

/// Records the answer, sealed, under the key this transaction claimed.
pub fn record(tx: &Tx, key: &str, sealed_answer: &[u8]) -> Result<()> {
    tx.exec_later(
        "UPDATE request_log SET answer = ?2 WHERE key = ?1",
        (key, sealed_answer),
    )?;
    Ok(())
}

/// Claims `key` and records its answer at once, at the end of a transaction that did not
/// claim it first (see `idempotency`): sent with the commit, where a key taken meanwhile by
/// another delivery of the request fails the commit on its unique index.
pub fn insert_answer(tx: &Tx, key: &str, fingerprint: &str, sealed_answer: &[u8]) -> Result<()> {
    tx.exec_later(
        "INSERT INTO request_log (key, fingerprint, answer, created_at) VALUES (?1, ?2, ?3, ?4)",
        (key, fingerprint, sealed_answer, tx.now_s()),
    )
}
