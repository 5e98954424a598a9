//! The SQLite store: one file in the data dir, written by one connection at a time, read by a
//! small pool of connections beside it (write-ahead log), with versioned migrations.

use super::pool::Pool;
use super::{Access, Conn, Ending, Row, StoreError, StoreErrorKind, StoreResult, Value};
use crate::error::{ApiError, Result};
use parking_lot::{FairMutex, FairMutexGuard};
use rusqlite::{Connection, OpenFlags, TransactionBehavior};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

mod log_writes;

/// Schema migrations, applied in order; `PRAGMA user_version` records how many ran.
/// Never edit a released migration: add a new one.
const MIGRATIONS: &[&str] = &[
    include_str!("sqlite/001_initial.sql"),
    include_str!("sqlite/002_request_log.sql"),
    include_str!("sqlite/003_location_keys.sql"),
    include_str!("sqlite/004_sealed_mail.sql"),
    include_str!("sqlite/005_sign_in_window.sql"),
    include_str!("sqlite/006_verification_limits.sql"),
    include_str!("sqlite/007_sign_in_grants.sql"),
    include_str!("sqlite/008_mail_queue.sql"),
    include_str!("sqlite/009_domain_verification.sql"),
    include_str!("sqlite/010_temporary_passwords.sql"),
    include_str!("sqlite/011_user_list_indexes.sql"),
    include_str!("sqlite/012_user_counts.sql"),
    include_str!("sqlite/013_unsealed_mail_index.sql"),
    include_str!("sqlite/014_foreign_key_indexes.sql"),
    include_str!("sqlite/015_no_index_twice.sql"),
];

/// Asked at every open: answered from an index that holds unsealed mail only (migration 13),
/// not by reading every mail.
const ANY_UNSEALED_MAIL: &str = "SELECT 1 FROM outbox WHERE sealed_body IS NULL LIMIT 1";

/// The page cache, in KiB (SQLite's default is 2 MiB).
const CACHE_KIB: i64 = 8 * 1024;
/// WAL pages between automatic checkpoints (SQLite's default is 1000).
const CHECKPOINT_PAGES: i64 = 10_000;

/// Prepared statements kept per connection: every statement an operation runs is prepared
/// once and reused, which matters when thousands of operations run back to back.
const STATEMENT_CACHE: usize = 256;

/// How long an operation waits for another process's transaction to end.
const BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

/// Read connections at most: reads beyond them wait for one to be free, rather than open and
/// close a connection each (opening one costs more than most reads).
const READERS: usize = 8;
/// How long a read waits for a read connection (as a write waits for the writer's lock).
const READER_WAIT: std::time::Duration = BUSY_TIMEOUT;

pub struct SqliteStore {
    path: PathBuf,
    /// Declared before the writer so they close first: the writer, closing last, folds the
    /// write-ahead log into the database file (readers are read-only and cannot).
    readers: Pool<Connection>,
    /// The one writing connection, opened on the first write: a command that only reads
    /// never takes the write lock nor sets up the write-ahead log.
    /// Fair: writers get it in the order they asked, so that under many concurrent writes
    /// none waits for a run of later arrivals (with a barging lock the slowest hundredth of
    /// writes waited several times longer than the rest).
    writer: FairMutex<Option<Connection>>,
    /// The store serves one command, whose reads and writes take turns on one thread (not
    /// `serve`): its readers may map the log's shared memory read-only (see
    /// [`SqliteStore::read_only_index`]).
    one_command: bool,
    /// A reader mapped the shared memory read-only: the writer must not open beside it.
    mapped_read_only: AtomicBool,
}

impl SqliteStore {
    /// Open the database file, creating it (readable only by its owner) if needed, and bring
    /// its schema up to date. A store that is up to date (in write-ahead-log mode, every
    /// migration applied) is only looked at, with a read connection; the writer is opened
    /// when a transaction first writes.
    pub fn open(path: &Path, one_command: bool) -> Result<SqliteStore> {
        private_file(path)?;
        let store = SqliteStore {
            path: path.to_path_buf(),
            writer: FairMutex::new(None),
            readers: Pool::new(READERS, READER_WAIT),
            one_command,
            mapped_read_only: AtomicBool::new(false),
        };
        if !store.up_to_date()? {
            drop(store.writer()?);
        }
        Ok(store)
    }

    /// Whether the store is in write-ahead-log mode with every migration applied, asked on a
    /// read connection (kept for the reads that follow). A newer schema than this build knows
    /// is refused here, as the writer would.
    fn up_to_date(&self) -> Result<bool> {
        let conn = self.reader()?;
        let state = conn
            .query_row("PRAGMA journal_mode", [], |r| r.get::<_, String>(0))
            .and_then(|mode| {
                let version: usize = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
                Ok((mode, version))
            });
        let ready = matches!(&state, Ok((mode, version))
            if mode.eq_ignore_ascii_case("wal") && *version == MIGRATIONS.len());
        // A connection opened before the store was switched to the write-ahead log is not
        // kept for later.
        self.readers.give_back(conn, ready);
        let (_, version) = state.map_err(engine)?;
        if version > MIGRATIONS.len() {
            return Err(newer_schema(version));
        }
        Ok(ready)
    }

    /// Whether the writer has been opened (for tests of what opens it).
    #[cfg(test)]
    pub(crate) fn writer_is_open(&self) -> bool {
        self.writer.lock().is_some()
    }

    /// The writer, opened (write-ahead log, migrations) the first time it is needed.
    fn writer(&self) -> Result<FairMutexGuard<'_, Option<Connection>>> {
        let mut writer = self.writer.lock();
        if writer.is_none() {
            if self.mapped_read_only.swap(false, Ordering::Relaxed) {
                // SQLite shares one mapping of the shared memory among a process's
                // connections, and the writer's must not be a read-only one. The command's
                // reads are over (they take turns with its writes), so its readers close.
                self.readers.close_idle();
            }
            *writer = Some(open(&self.path)?);
        }
        Ok(writer)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn run<T>(&self, access: Access, mut f: impl FnMut(&dyn Conn) -> Ending<T>) -> Result<T> {
        match access {
            Access::Write => {
                let mut writer = self.writer()?;
                let conn = writer.as_mut().expect("the writer is open");
                transact(conn, TransactionBehavior::Immediate, false, &mut f)
            }
            Access::Read => {
                // On the writer when it is open and free: its page cache is warm, where a read
                // connection's is emptied by every commit of the writer and its pages read
                // again (a bulk run on the command line reads between its writes, one at a
                // time). Its statements are held to reading, as a read connection's are.
                if let Some(mut writer) = self.writer.try_lock() {
                    if let Some(conn) = writer.as_mut() {
                        return transact(conn, TransactionBehavior::Deferred, true, &mut f);
                    }
                }
                // Opened read-only: SQLite refuses its writes itself.
                let mut conn = self.reader()?;
                let out = transact(&mut conn, TransactionBehavior::Deferred, false, &mut f);
                // The connection goes back to the pool whatever happened to the transaction.
                self.readers.give_back(conn, true);
                out
            }
        }
    }

    /// How many reads are worth running at once: the read connections, but no more than twice
    /// the cores, since a read keeps its core busy from start to end and more only take turns
    /// (`serve` on two cores, `GET /v1/me` at 64 connections: 8 at once 20,200-21,900/s, 4 at
    /// once 25,000-26,600/s). Asked by `serve` only: the cores are not looked up (a few files
    /// read) when a command opens the store.
    pub fn readers(&self) -> usize {
        let cores = std::thread::available_parallelism().map_or(1, usize::from);
        self.readers.size().min(2 * cores)
    }

    /// A connection for reads: an idle one, a new one (that refuses to write) while there are
    /// fewer than [`READERS`], else the next one given back.
    fn reader(&self) -> Result<Connection> {
        self.readers.take(|_| true, || self.open_reader())
    }

    /// Opened read-only: such a connection cannot write, and it never checkpoints nor removes
    /// the write-ahead log when it closes, so a command that only reads finds the log's files
    /// where the last one left them instead of creating them and deleting them again (the
    /// bulk of a read command's time in the kernel).
    fn open_reader(&self) -> Result<Connection> {
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let opened = match self.read_only_index() {
            Some(uri) => {
                self.mapped_read_only.store(true, Ordering::Relaxed);
                Connection::open_with_flags(uri, flags | OpenFlags::SQLITE_OPEN_URI)
            }
            None => Connection::open_with_flags(&self.path, flags),
        };
        let conn = opened
            .map_err(|e| ApiError::internal(format!("cannot open {}: {e}", self.path.display())))?;
        conn.busy_timeout(BUSY_TIMEOUT).map_err(engine)?;
        conn.pragma_update(None, "cache_size", -CACHE_KIB)
            .map_err(engine)?;
        conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
        Ok(conn)
    }

    /// The store as a URI that opens the log's shared memory read-only (`readonly_shm`), for a
    /// reader of one command while the writer is not open, the log is empty and its `-shm`
    /// file is there (as the last reader left them). A process that finds no other on the
    /// store sets the shared memory up at every open (truncating the `-shm` file, writing it
    /// out again and recovering the empty log under its locks), about a tenth of a read
    /// command's time; read-only, SQLite reads the database file alone instead, as the empty
    /// log allows (or, beside a process that has the shared memory set up, maps it read-only).
    fn read_only_index(&self) -> Option<String> {
        if !cfg!(unix) || !self.one_command {
            return None;
        }
        if self.writer.try_lock().is_none_or(|w| w.is_some()) {
            return None;
        }
        let log_empty = std::fs::metadata(beside(&self.path, "-wal")).is_ok_and(|m| m.len() == 0);
        if !log_empty || !beside(&self.path, "-shm").exists() {
            return None;
        }
        let path = self.path.to_str().filter(|p| !p.starts_with("//"))?;
        let mut uri = String::from("file:");
        for c in path.chars() {
            match c {
                '%' => uri.push_str("%25"),
                '?' => uri.push_str("%3f"),
                '#' => uri.push_str("%23"),
                c => uri.push(c),
            }
        }
        uri.push_str("?readonly_shm=1");
        Some(uri)
    }

    /// Whether a reader mapped the shared memory read-only (for tests).
    #[cfg(test)]
    pub(crate) fn mapped_read_only(&self) -> bool {
        self.mapped_read_only.load(Ordering::Relaxed)
    }

    /// Seals the bodies of mail stored before they were sealed, and overwrites what they were
    /// (in the database's free pages and its write-ahead log too).
    pub fn seal_old_mail(&self, seal: impl Fn(&str, &str) -> Result<Vec<u8>>) -> Result<()> {
        // Looked for on a read connection: there is none after the first open since sealing
        // came, and the writer is not needed to see that.
        let any = self.run(Access::Read, |c| Ending {
            result: c
                .query(ANY_UNSEALED_MAIL, Vec::new())
                .map_err(ApiError::from),
            commit: false,
        })?;
        if any.is_empty() {
            return Ok(());
        }
        let mut writer = self.writer()?;
        let conn = writer.as_mut().expect("the writer is open");
        let old: Vec<(String, String)> = conn
            .prepare("SELECT id, body FROM outbox WHERE sealed_body IS NULL")
            .and_then(|mut s| {
                s.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
                    .collect::<rusqlite::Result<_>>()
            })
            .map_err(engine)?;
        conn.pragma_update(None, "secure_delete", "ON")
            .map_err(engine)?;
        let tx = conn.transaction().map_err(engine)?;
        for (id, body) in &old {
            tx.execute(
                "UPDATE outbox SET body = '', sealed_body = ?2 WHERE id = ?1",
                (id, seal(id, body)?),
            )
            .map_err(engine)?;
        }
        tx.commit().map_err(engine)?;
        conn.pragma_update(None, "secure_delete", "OFF")
            .map_err(engine)?;
        conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
            .map_err(engine)?;
        Ok(())
    }
}

/// One transaction on `conn`, begun as `behavior` says, with `f` run in it and then committed
/// or rolled back as `f` ends it; `read_only` holds its statements to reading (see [`Sqlite`]).
fn transact<T>(
    conn: &mut Connection,
    behavior: TransactionBehavior,
    read_only: bool,
    f: &mut impl FnMut(&dyn Conn) -> Ending<T>,
) -> Result<T> {
    let tx = conn.transaction_with_behavior(behavior).map_err(engine)?;
    let ending = f(&Sqlite { tx: &tx, read_only });
    finish(tx, ending)
}

fn finish<T>(tx: rusqlite::Transaction<'_>, ending: Ending<T>) -> Result<T> {
    if ending.commit {
        tx.commit().map_err(engine)?;
    } else {
        tx.rollback().map_err(engine)?;
    }
    ending.result
}

/// A file SQLite keeps beside the database (`-wal`, `-shm`): the database's path with `suffix`.
fn beside(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// The file of a new store is created readable by its owner only, whatever the umask and the
/// folder's mode; SQLite gives its write-ahead log and shared-memory files the same mode. An
/// existing file is narrowed to that too: it holds password hashes.
fn private_file(path: &Path) -> Result<()> {
    let failed =
        |e: std::io::Error| ApiError::internal(format!("cannot create {}: {e}", path.display()));
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let file = options.open(path).map_err(failed)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = file.metadata().map_err(failed)?.permissions().mode();
        if mode & 0o077 != 0 {
            file.set_permissions(std::fs::Permissions::from_mode(0o600))
                .map_err(failed)?;
        }
    }
    drop(file);
    Ok(())
}

/// Open the database file and bring its schema up to date.
/// The writer writes the log through [`log_writes`], a commit in one call.
pub fn open(path: &Path) -> Result<Connection> {
    let opened = match log_writes::vfs() {
        Some(vfs) => Connection::open_with_flags_and_vfs(path, OpenFlags::default(), vfs),
        None => Connection::open(path),
    };
    let conn =
        opened.map_err(|e| ApiError::internal(format!("cannot open {}: {e}", path.display())))?;
    conn.busy_timeout(BUSY_TIMEOUT).map_err(engine)?;
    write_ahead_log(&conn)?;
    conn.pragma_update(None, "synchronous", "NORMAL")
        .map_err(engine)?;
    // Dirty pages stay in memory until the commit, never spilled into the log halfway: every
    // run of the log's writes then ends with a commit, which `log_writes` relies on.
    conn.pragma_update(None, "cache_spill", "OFF")
        .map_err(engine)?;
    conn.pragma_update(None, "foreign_keys", "ON")
        .map_err(engine)?;
    // Bulk runs commit thousands of small transactions: a larger page cache and fewer, larger
    // checkpoints write each hot page once per checkpoint rather than once per commit.
    conn.pragma_update(None, "cache_size", -CACHE_KIB)
        .map_err(engine)?;
    conn.pragma_update(None, "wal_autocheckpoint", CHECKPOINT_PAGES)
        .map_err(engine)?;
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
            Err(e) => return Err(engine(e).into()),
        }
    }
}

fn migrate(conn: &Connection) -> Result<()> {
    // Each step reads the version inside a write transaction, so two processes opening a new
    // data dir at once take turns instead of both running the same migration.
    loop {
        let tx = rusqlite::Transaction::new_unchecked(conn, TransactionBehavior::Immediate)
            .map_err(engine)?;
        let version: usize = tx
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .map_err(engine)?;
        if version > MIGRATIONS.len() {
            return Err(newer_schema(version));
        }
        let Some(sql) = MIGRATIONS.get(version) else {
            return Ok(());
        };
        tx.execute_batch(sql).map_err(engine)?;
        tx.pragma_update(None, "user_version", version + 1)
            .map_err(engine)?;
        tx.commit().map_err(engine)?;
    }
}

fn newer_schema(version: usize) -> ApiError {
    ApiError::internal(format!(
        "the database schema (version {version}) is newer than this partnerctl knows ({}); upgrade partnerctl",
        MIGRATIONS.len()
    ))
}

fn engine(e: rusqlite::Error) -> StoreError {
    let kind = match &e {
        rusqlite::Error::SqliteFailure(f, _)
            if matches!(
                f.code,
                rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked
            ) =>
        {
            StoreErrorKind::Retryable
        }
        _ => StoreErrorKind::Engine,
    };
    StoreError {
        kind,
        message: e.to_string(),
    }
}

/// A transaction of the SQLite store. A read on the writer's connection refuses statements
/// that would write, as a read connection does (opened read-only): SQLite's own switch for it
/// (`PRAGMA query_only`) makes every prepared statement of the connection be prepared again.
struct Sqlite<'a> {
    tx: &'a rusqlite::Transaction<'a>,
    read_only: bool,
}

impl Sqlite<'_> {
    fn statement(&self, sql: &str) -> StoreResult<rusqlite::CachedStatement<'_>> {
        let stmt = self.tx.prepare_cached(sql).map_err(engine)?;
        if self.read_only && !stmt.readonly() {
            return Err(StoreError::engine(format!(
                "attempt to write a readonly database: {} in a read",
                sql.split_whitespace().next().unwrap_or_default()
            )));
        }
        Ok(stmt)
    }
}

impl rusqlite::ToSql for Value {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{ToSqlOutput, ValueRef};
        Ok(ToSqlOutput::Borrowed(match self {
            Value::Null => ValueRef::Null,
            Value::Integer(i) => ValueRef::Integer(*i),
            Value::Real(r) => ValueRef::Real(*r),
            Value::Text(s) => ValueRef::Text(s.as_bytes()),
            Value::Blob(b) => ValueRef::Blob(b),
        }))
    }
}

fn read(r: &rusqlite::Row<'_>, columns: usize) -> rusqlite::Result<Row> {
    use rusqlite::types::ValueRef;
    let mut values = Vec::with_capacity(columns);
    for i in 0..columns {
        values.push(match r.get_ref(i)? {
            ValueRef::Null => Value::Null,
            ValueRef::Integer(n) => Value::Integer(n),
            ValueRef::Real(x) => Value::Real(x),
            ValueRef::Text(t) => Value::Text(String::from_utf8_lossy(t).into_owned()),
            ValueRef::Blob(b) => Value::Blob(b.to_vec()),
        });
    }
    Ok(Row(values))
}

impl Conn for Sqlite<'_> {
    fn lock(&self, _key: i64, _shared: bool) -> StoreResult<()> {
        // Writing transactions take turns already: `BEGIN IMMEDIATE` on the one writer.
        Ok(())
    }

    fn execute(&self, sql: &str, params: Vec<Value>) -> StoreResult<usize> {
        let mut stmt = self.statement(sql)?;
        stmt.execute(rusqlite::params_from_iter(params.iter()))
            .map_err(engine)
    }

    fn query(&self, sql: &str, params: Vec<Value>) -> StoreResult<Vec<Row>> {
        let mut stmt = self.statement(sql)?;
        let columns = stmt.column_count();
        let rows = stmt
            .query_map(rusqlite::params_from_iter(params.iter()), |r| {
                read(r, columns)
            })
            .map_err(engine)?;
        rows.collect::<rusqlite::Result<Vec<Row>>>().map_err(engine)
    }
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
            let opened: Vec<Result<SqliteStore>> = std::thread::scope(|s| {
                let workers: Vec<_> = (0..4)
                    .map(|_| {
                        s.spawn(|| {
                            barrier.wait();
                            SqliteStore::open(&path, false)
                        })
                    })
                    .collect();
                workers.into_iter().map(|w| w.join().unwrap()).collect()
            });
            for store in opened {
                let store = store.expect("every opener gets the migrated store");
                let writer = store.writer().unwrap();
                let version: usize = writer
                    .as_ref()
                    .unwrap()
                    .pragma_query_value(None, "user_version", |r| r.get(0))
                    .unwrap();
                assert_eq!(version, MIGRATIONS.len());
            }
        }
    }

    fn write_a_row(store: &SqliteStore, access: Access) -> Result<usize> {
        store.run(access, |c| Ending {
            result: c
                .execute(
                    "INSERT INTO meta (key, value) VALUES ('x', 'y')",
                    Vec::new(),
                )
                .map_err(ApiError::from),
            commit: true,
        })
    }

    #[cfg(unix)]
    #[test]
    fn the_store_is_readable_by_its_owner_only_whatever_the_folder_and_umask() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
        let path = dir.path().join("partnerctl.db");
        let store = SqliteStore::open(&path, false).unwrap();
        write_a_row(&store, Access::Write).unwrap();
        for name in ["partnerctl.db", "partnerctl.db-wal", "partnerctl.db-shm"] {
            let mode = std::fs::metadata(dir.path().join(name))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600, "{name}");
        }
        // An existing store others could read is narrowed when it is opened.
        drop(store);
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        SqliteStore::open(&path, false).unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    fn read_a_row(store: &SqliteStore) -> Result<Vec<Row>> {
        store.run(Access::Read, |c| Ending {
            result: c
                .query("SELECT key FROM meta", Vec::new())
                .map_err(ApiError::from),
            commit: false,
        })
    }

    #[test]
    fn an_up_to_date_store_opens_its_writer_only_for_a_write() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.db");
        // A new store is migrated at once.
        assert!(SqliteStore::open(&path, false).unwrap().writer_is_open());
        let store = SqliteStore::open(&path, false).unwrap();
        read_a_row(&store).unwrap();
        assert!(!store.writer_is_open(), "reads need no writer");
        write_a_row(&store, Access::Write).unwrap();
        assert!(store.writer_is_open());
        // While another process holds the write lock, opening and reading still work.
        let other = Connection::open(&path).unwrap();
        other.execute_batch("BEGIN IMMEDIATE").unwrap();
        let store = SqliteStore::open(&path, false).unwrap();
        assert_eq!(read_a_row(&store).unwrap().len(), 1);
        other.execute_batch("ROLLBACK").unwrap();
    }

    #[test]
    fn a_store_not_yet_in_write_ahead_log_mode_or_too_new_is_not_just_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.db");
        drop(SqliteStore::open(&path, false).unwrap());
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
        drop(conn);
        let store = SqliteStore::open(&path, false).unwrap();
        assert!(store.writer_is_open(), "the writer switches it to the log");
        drop(store);
        // A schema newer than this build is refused by the read-only check too.
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", MIGRATIONS.len() + 1)
            .unwrap();
        drop(conn);
        let err = SqliteStore::open(&path, false).err().unwrap();
        assert!(err.to_string().contains("newer"), "{err}");
    }

    #[test]
    fn reads_leave_the_log_in_place_and_the_writer_folds_it_in_when_it_closes() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.db");
        let wal = dir.path().join("p.db-wal");
        let store = SqliteStore::open(&path, false).unwrap();
        write_a_row(&store, Access::Write).unwrap();
        read_a_row(&store).unwrap();
        assert!(std::fs::metadata(&wal).unwrap().len() > 0);
        // The writer closes after the readers: it folds the log into the file and removes it.
        drop(store);
        assert!(!wal.exists(), "the writer, closing last, removes the log");
        // A command that only reads leaves the log's files for the next one to find, instead
        // of creating and removing them each time.
        let store = SqliteStore::open(&path, false).unwrap();
        assert_eq!(read_a_row(&store).unwrap().len(), 1);
        drop(store);
        assert_eq!(std::fs::metadata(&wal).unwrap().len(), 0);
        let store = SqliteStore::open(&path, false).unwrap();
        assert_eq!(read_a_row(&store).unwrap().len(), 1);
    }

    #[test]
    fn the_user_count_migration_counts_the_users_already_there() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.db");
        let before = MIGRATIONS
            .iter()
            .position(|m| m.contains("tenant_user_counts"))
            .expect("the migration that brings the counts");
        {
            let conn = Connection::open(&path).unwrap();
            for sql in &MIGRATIONS[..before] {
                conn.execute_batch(sql).unwrap();
            }
            conn.pragma_update(None, "user_version", before).unwrap();
            conn.execute_batch(
                "INSERT INTO tenants (id, default_domain, created_at) VALUES
                     ('t1', 'a.onmicrosoft.com', 0), ('t2', 'b.onmicrosoft.com', 0);
                 INSERT INTO users (id, tenant_id, upn, first_name, last_name, email, user_type,
                                    created_at) VALUES
                     ('u1', 't1', 'x@a.onmicrosoft.com', 'X', 'Y', 'x@a.com', 'Member', 0),
                     ('u2', 't1', 'y@a.onmicrosoft.com', 'X', 'Y', 'y@a.com', 'Member', 0),
                     ('u3', 't2', 'z@b.onmicrosoft.com', 'X', 'Y', 'z@b.com', 'Member', 0);",
            )
            .unwrap();
        }
        let store = SqliteStore::open(&path, false).unwrap();
        let counts = store
            .run(Access::Read, |c| Ending {
                result: c
                    .query(
                        "SELECT tenant_id, users FROM tenant_user_counts ORDER BY tenant_id",
                        Vec::new(),
                    )
                    .map_err(ApiError::from),
                commit: false,
            })
            .unwrap();
        let counts: Vec<(String, i64)> = counts
            .iter()
            .map(|r| (r.get(0).unwrap(), r.get(1).unwrap()))
            .collect();
        assert_eq!(counts, [("t1".to_string(), 2), ("t2".to_string(), 1)]);
    }

    #[test]
    fn a_read_transaction_cannot_write() {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStore::open(&dir.path().join("p.db"), false).unwrap();
        // The writer is open (the store was new) and free: the read runs on it.
        assert!(store.writer_is_open());
        let err = write_a_row(&store, Access::Read).unwrap_err();
        assert!(err.to_string().contains("readonly"), "{err}");
        // The writer is busy: the read runs on a read connection.
        let busy = store.writer.lock();
        let err = write_a_row(&store, Access::Read).unwrap_err();
        assert!(err.to_string().contains("readonly"), "{err}");
        drop(busy);
        assert!(
            read_a_row(&store).unwrap().is_empty(),
            "nothing was written"
        );
    }

    #[test]
    fn the_question_every_open_asks_reads_no_mail() {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStore::open(&dir.path().join("p.db"), false).unwrap();
        let writer = store.writer().unwrap();
        let plan: Vec<String> = writer
            .as_ref()
            .unwrap()
            .prepare(&format!("EXPLAIN QUERY PLAN {ANY_UNSEALED_MAIL}"))
            .unwrap()
            .query_map([], |r| r.get(3))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert_eq!(plan, ["SCAN outbox USING INDEX outbox_unsealed"]);
    }

    #[test]
    fn the_writer_never_spills_pages_into_the_log_before_its_commit() {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStore::open(&dir.path().join("p.db"), false).unwrap();
        let writer = store.writer().unwrap();
        let conn = writer.as_ref().unwrap();
        let spill: i64 = conn
            .query_row("PRAGMA cache_spill", [], |r| r.get(0))
            .unwrap();
        assert_eq!(
            spill, 0,
            "log_writes needs every run of log writes to end in a commit"
        );
    }

    #[test]
    fn a_command_reads_an_empty_log_with_its_shared_memory_read_only_and_still_writes() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.db");
        let beside = |suffix: &str| beside(&path, suffix);
        // New: the writer makes it, and removes the log's files when it closes.
        drop(SqliteStore::open(&path, true).unwrap());
        assert!(!beside("-wal").exists());
        // The first read after that sets the shared memory up (there is none to map), and
        // leaves the files behind it.
        let store = SqliteStore::open(&path, true).unwrap();
        assert!(!store.mapped_read_only());
        drop(store);
        assert_eq!(std::fs::metadata(beside("-wal")).unwrap().len(), 0);
        assert!(beside("-shm").exists());
        // `serve` never maps it read-only.
        assert!(!SqliteStore::open(&path, false).unwrap().mapped_read_only());
        // A command's next read does.
        let store = SqliteStore::open(&path, true).unwrap();
        assert!(store.mapped_read_only());
        assert!(read_a_row(&store).unwrap().is_empty());
        // Its first write closes those readers first: with the read-only mapping still open
        // the writer could not write.
        write_a_row(&store, Access::Write).unwrap();
        assert!(!store.mapped_read_only());
        assert_eq!(read_a_row(&store).unwrap().len(), 1);
        let other = Connection::open(&path).unwrap();
        let rows: i64 = other
            .query_row("SELECT count(*) FROM meta WHERE key = 'x'", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(rows, 1);
    }

    #[test]
    fn a_read_only_mapping_beside_another_process_writing_sees_its_commits() {
        // The other process is Python's `sqlite3` (a second store in this process would share
        // this one's mapping, as SQLite shares it among a process's connections).
        if std::process::Command::new("python3")
            .arg("-V")
            .output()
            .is_err()
        {
            eprintln!("skipped: python3 is not installed");
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.db");
        drop(SqliteStore::open(&path, true).unwrap());
        drop(SqliteStore::open(&path, true).unwrap());
        let command = SqliteStore::open(&path, true).unwrap();
        assert!(command.mapped_read_only());
        assert!(read_a_row(&command).unwrap().is_empty());
        let script = "import sqlite3, sys\n\
            c = sqlite3.connect(sys.argv[1])\n\
            c.execute(\"INSERT INTO meta (key, value) VALUES ('x', 'y')\")\n\
            c.commit()\n\
            sys.stdin.read()\n";
        let mut other = std::process::Command::new("python3")
            .args(["-c", script, path.to_str().unwrap()])
            .stdin(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // Its commit is in the log while it holds the store open; then it closes.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while read_a_row(&command).unwrap().is_empty() {
            assert!(
                std::time::Instant::now() < deadline,
                "the commit was never seen"
            );
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        drop(other.stdin.take());
        assert!(other.wait().unwrap().success());
        assert_eq!(read_a_row(&command).unwrap().len(), 1);
    }
}
