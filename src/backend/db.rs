//! The SQLite store: opening, pragmas, versioned migrations, and the transaction every
//! operation runs in.

use crate::error::{ApiError, Result};
use jiff::Timestamp;
use rusqlite::{Connection, OptionalExtension, TransactionBehavior};
use std::cell::Cell;
use std::path::Path;

/// Schema migrations, applied in order; `PRAGMA user_version` records how many ran.
/// Never edit a released migration: add a new one.
const MIGRATIONS: &[&str] = &[
    include_str!("schema/001_initial.sql"),
    include_str!("schema/002_request_log.sql"),
    include_str!("schema/003_location_keys.sql"),
    include_str!("schema/004_sealed_mail.sql"),
    include_str!("schema/005_sign_in_window.sql"),
];

/// The page cache, in KiB (SQLite's default is 2 MiB).
const CACHE_KIB: i64 = 8 * 1024;
/// WAL pages between automatic checkpoints (SQLite's default is 1000).
const CHECKPOINT_PAGES: i64 = 10_000;

/// Prepared statements kept per connection: every statement an operation runs is prepared
/// once and reused, which matters when thousands of operations run back to back.
const STATEMENT_CACHE: usize = 256;

/// How long an operation waits for another process's transaction to end.
const BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

/// Open the database file, creating it if needed, and bring its schema up to date.
pub fn open(path: &Path) -> Result<Connection> {
    let conn = Connection::open(path)
        .map_err(|e| ApiError::internal(format!("cannot open {}: {e}", path.display())))?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    write_ahead_log(&conn)?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    // Bulk runs commit thousands of small transactions: a larger page cache and fewer, larger
    // checkpoints write each hot page once per checkpoint rather than once per commit.
    conn.pragma_update(None, "cache_size", -CACHE_KIB)?;
    conn.pragma_update(None, "wal_autocheckpoint", CHECKPOINT_PAGES)?;
    conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
    migrate(&conn)?;
    Ok(conn)
}

/// Switches a store to write-ahead logging. SQLite answers "locked" at once, without waiting,
/// while another process is opening the same new store, so this waits and asks again.
fn write_ahead_log(conn: &Connection) -> Result<()> {
    let started = std::time::Instant::now();
    loop {
        match conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get::<_, String>(0)) {
            Ok(_) => return Ok(()),
            Err(rusqlite::Error::SqliteFailure(e, _))
                if e.code == rusqlite::ErrorCode::DatabaseBusy
                    && started.elapsed() < BUSY_TIMEOUT =>
            {
                std::thread::sleep(std::time::Duration::from_millis(5));
            }
            Err(e) => return Err(e.into()),
        }
    }
}

fn migrate(conn: &Connection) -> Result<()> {
    // Each step reads the version inside a write transaction, so two processes opening a new
    // data dir at once take turns instead of both running the same migration.
    loop {
        let tx = rusqlite::Transaction::new_unchecked(conn, TransactionBehavior::Immediate)?;
        let version: usize = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if version > MIGRATIONS.len() {
            return Err(ApiError::internal(format!(
                "the database schema (version {version}) is newer than this partnerctl knows ({}); upgrade partnerctl",
                MIGRATIONS.len()
            )));
        }
        let Some(sql) = MIGRATIONS.get(version) else {
            return Ok(());
        };
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", version + 1)?;
        tx.commit()?;
    }
}

/// One operation's transaction, with the operation's "now".
pub struct Tx<'c> {
    pub tx: rusqlite::Transaction<'c>,
    pub now: Timestamp,
    pub sandbox: bool,
    /// The key mail bodies are sealed with (see `secrets::key_file`).
    pub mail_key: [u8; 32],
    /// Set when a failing operation must still record what it did (a wrong verification
    /// code counts against the limit even though the call fails).
    keep_on_error: Cell<bool>,
}

impl<'c> Tx<'c> {
    pub fn new(
        tx: rusqlite::Transaction<'c>,
        now: Timestamp,
        sandbox: bool,
        mail_key: [u8; 32],
    ) -> Tx<'c> {
        Tx {
            tx,
            now,
            sandbox,
            mail_key,
            keep_on_error: Cell::new(false),
        }
    }

    /// Commit this transaction even if the operation returns an error.
    pub fn keep_on_error(&self) {
        self.keep_on_error.set(true);
    }

    pub fn keeps_on_error(&self) -> bool {
        self.keep_on_error.get()
    }

    /// `now` as stored: whole seconds since the epoch.
    pub fn now_s(&self) -> i64 {
        self.now.as_second()
    }

    pub fn exec(&self, sql: &str, params: impl rusqlite::Params) -> Result<usize> {
        Ok(self.tx.prepare_cached(sql)?.execute(params)?)
    }

    pub fn one<T>(
        &self,
        sql: &str,
        params: impl rusqlite::Params,
        f: impl FnOnce(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
    ) -> Result<Option<T>> {
        Ok(self
            .tx
            .prepare_cached(sql)?
            .query_row(params, f)
            .optional()?)
    }

    pub fn all<T>(
        &self,
        sql: &str,
        params: impl rusqlite::Params,
        f: impl FnMut(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
    ) -> Result<Vec<T>> {
        let mut stmt = self.tx.prepare_cached(sql)?;
        let rows = stmt.query_map(params, f)?;
        Ok(rows.collect::<rusqlite::Result<Vec<T>>>()?)
    }
}

/// Seconds since the epoch to a timestamp.
pub fn ts(s: i64) -> Timestamp {
    Timestamp::from_second(s).unwrap_or(Timestamp::UNIX_EPOCH)
}

/// A new random id (GUID), as Partner Center uses.
pub fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// The calendar date of a timestamp, in UTC, for messages.
pub fn date(t: Timestamp) -> String {
    t.to_zoned(jiff::tz::TimeZone::UTC).date().to_string()
}

/// An enum's serde name (`Pending`, `actionPack`, ...), as stored in text columns.
pub fn enum_str<T: serde::Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

/// The enum stored as its serde name; a column holding anything else is a corrupt store.
pub fn parse_enum<T: serde::de::DeserializeOwned>(s: &str) -> rusqlite::Result<T> {
    serde_json::from_value(serde_json::Value::String(s.to_string())).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })
}

/// A JSON column.
pub fn parse_json<T: serde::de::DeserializeOwned>(s: &str) -> rusqlite::Result<T> {
    serde_json::from_str(s).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn processes_opening_a_new_data_dir_at_once_migrate_it_once() {
        for _ in 0..10 {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("partnerctl.db");
            let barrier = std::sync::Barrier::new(4);
            let opened: Vec<Result<Connection>> = std::thread::scope(|s| {
                let workers: Vec<_> = (0..4)
                    .map(|_| {
                        s.spawn(|| {
                            barrier.wait();
                            open(&path)
                        })
                    })
                    .collect();
                workers.into_iter().map(|w| w.join().unwrap()).collect()
            });
            for conn in opened {
                let conn = conn.expect("every opener gets the migrated store");
                let version: usize = conn
                    .pragma_query_value(None, "user_version", |r| r.get(0))
                    .unwrap();
                assert_eq!(version, MIGRATIONS.len());
            }
        }
    }
}
