//! The PostgreSQL store, for several `partnerctl serve` instances on one database.
//!
//! The driver is `tokio-postgres`, driven synchronously: the domain runs each operation as
//! synchronous code on a blocking thread. Each pooled connection owns a small single-threaded
//! runtime that holds its socket, and a statement is run to its end on the calling thread by
//! that runtime, which drives the connection meanwhile: a round trip costs no hand-over to
//! another thread and back (with one runtime shared by the connections, two thread wake-ups
//! per statement were about two fifths of `serve`'s time on reads).
//!
//! Writes are READ COMMITTED transactions, with the locks the rules take (see the store's
//! module comment); one that loses a race on a unique index, or a deadlock, runs again. Reads
//! run without a transaction (see [`Pg`]). Connections come from a bounded pool.

use super::pool::Pool;
use super::{Access, Conn, Ending, Row, StoreError, StoreErrorKind, StoreResult, Value};
use crate::error::{ApiError, Code, Result};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::time::{Duration, Instant};
use tokio_postgres::error::SqlState;
use tokio_postgres::types::{IsNull, ToSql, Type};
use tokio_postgres::{Client, NoTls, Statement};

/// Schema migrations, applied in order under an advisory lock; `schema_migrations` records
/// which ran. Never edit a released migration: add a new one.
const MIGRATIONS: &[&str] = &[
    include_str!("postgres/001_initial.sql"),
    include_str!("postgres/002_verification_limits.sql"),
    include_str!("postgres/003_sign_in_grants.sql"),
    include_str!("postgres/004_mail_queue.sql"),
    include_str!("postgres/005_domain_verification.sql"),
    include_str!("postgres/006_temporary_passwords.sql"),
    include_str!("postgres/007_user_list_indexes.sql"),
    include_str!("postgres/008_user_counts.sql"),
    include_str!("postgres/009_foreign_key_indexes.sql"),
    include_str!("postgres/010_no_index_twice.sql"),
];

/// The advisory lock instances take while migrating, so that instances starting together take
/// turns (an arbitrary constant: "partnerctl" in ASCII, folded into 63 bits).
const MIGRATION_LOCK: i64 = 0x7061_7274_6e65_7263;

/// Runs of a transaction that keeps losing races (unique indexes, deadlocks) before the caller is told to
/// try again later.
const ATTEMPTS: u32 = 12;

/// How long a caller waits for a free connection before the request fails.
const POOL_WAIT: Duration = Duration::from_secs(30);

/// How long a new connection keeps the plans of its prepared statements; each time they are
/// dropped, it keeps the next ones twice as long, up to [`PLAN_AGE_MAX`]. PostgreSQL plans a
/// prepared statement for the tables as they were when it was prepared, and plans it again
/// only when the tables' statistics change, which autovacuum does a minute or more after they
/// have grown by a tenth. A new database's tables start empty, and a plan made then scans a
/// table that holds thousands of rows seconds later: in `enroll`'s first seconds, a benefit
/// looked up by its id read 250 pages, and in a mixed load a tenant's user looked up by email
/// read every user (900 pages). Dropped soon and then less often, plans follow tables that
/// grow from nothing, for one more planning of each statement per period. At most 8 s: a
/// tenant's users, which a mixed load adds by the thousand, were scanned whole for up to a
/// minute with 64 s (the mixed load at 256 connections 1,516/s with a p99 of 273 ms, against
/// 1,723/s and 254 ms, A/B in the same minutes).
const PLAN_AGE: Duration = Duration::from_secs(1);
const PLAN_AGE_MAX: Duration = Duration::from_secs(8);

/// How to reach the database.
#[derive(Clone)]
pub struct PgOptions {
    /// `postgres://USER@HOST[:PORT]/DB[?...]`, without a password.
    pub url: String,
    /// The password, from the environment or a file (never the command line).
    pub password: Option<String>,
    /// Connections this instance keeps at most for reads, and as many for changes.
    pub pool_size: usize,
}

impl std::fmt::Debug for PgOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PgOptions")
            .field("url", &self.url)
            .field("password", &self.password.as_ref().map(|_| "<hidden>"))
            .field("pool_size", &self.pool_size)
            .finish()
    }
}

pub struct PgStore {
    config: tokio_postgres::Config,
    describe: String,
    /// Connections for changes.
    writers: Pool<PgConn>,
    /// Connections for reads, so that a read never waits for a connection behind changes
    /// that wait for their locks (under the mixed load of `scripts/bench`, with one pool
    /// for both, reads ran a quarter slower and the p99 of all requests doubled).
    readers: Pool<PgConn>,
    /// What the operator should hear about the database (see [`locale_advice`]).
    advice: Option<String>,
}

struct PgConn {
    client: Client,
    /// Statements prepared on this connection, by their SQL as the domain wrote it.
    statements: RefCell<HashMap<String, Statement>>,
    /// Drives this connection's socket while a statement runs (see the module comment).
    runtime: Option<tokio::runtime::Runtime>,
    /// When this connection's plans were last dropped, and how long it keeps them now (see
    /// [`PLAN_AGE`]).
    plans_since: Cell<Instant>,
    plan_age: Cell<Duration>,
}

impl PgConn {
    /// Drops the plans of this connection's statements once they are [`PLAN_AGE`] old; the
    /// statements stay prepared, and each is planned again when next run.
    fn drop_old_plans(&self) {
        if self.plans_since.get().elapsed() >= self.plan_age.get()
            && batch(self, "DISCARD PLANS").is_ok()
        {
            self.plans_since.set(Instant::now());
            self.plan_age
                .set((self.plan_age.get() * 2).min(PLAN_AGE_MAX));
        }
    }

    /// Runs `request` to its end on this thread, driving the connection meanwhile.
    fn drive<F: std::future::Future>(&self, request: F) -> F::Output {
        let runtime = self.runtime.as_ref().expect("a connection has its runtime");
        block_on(runtime, request)
    }
}

impl Drop for PgConn {
    fn drop(&mut self) {
        // Without waiting: a connection may be dropped inside another runtime.
        if let Some(runtime) = self.runtime.take() {
            runtime.shutdown_background();
        }
    }
}

/// `runtime.block_on(f)`, also from inside another runtime (`serve` and the tests run the
/// store from threads of theirs), which tokio allows once that thread has left its runtime.
fn block_on<F: std::future::Future>(runtime: &tokio::runtime::Runtime, f: F) -> F::Output {
    if tokio::runtime::Handle::try_current().is_ok() {
        tokio::task::block_in_place(|| runtime.block_on(f))
    } else {
        runtime.block_on(f)
    }
}

impl PgStore {
    /// Connect, and bring the schema up to date (one instance at a time).
    pub fn open(opts: &PgOptions) -> Result<PgStore> {
        let mut config: tokio_postgres::Config = opts.url.parse().map_err(|e| {
            ApiError::new(
                Code::InvalidInput,
                format!("the database URL is not valid: {e}"),
            )
            .hint("write it as postgres://USER@HOST:PORT/DATABASE")
        })?;
        if config.get_password().is_some() {
            return Err(ApiError::new(
                Code::InvalidInput,
                "the database URL holds a password",
            )
            .hint("take it out of the URL: give it in PARTNERCTL_DATABASE_PASSWORD, PGPASSWORD or --database-password-file"));
        }
        if let Some(p) = &opts.password {
            config.password(p.as_bytes());
        }
        if config.get_application_name().is_none() {
            config.application_name("partnerctl");
        }
        config.connect_timeout(Duration::from_secs(10));
        let mut store = PgStore {
            config,
            describe: describe(&opts.url),
            writers: Pool::new(opts.pool_size, POOL_WAIT),
            readers: Pool::new(opts.pool_size, POOL_WAIT),
            advice: None,
        };
        store.migrate()?;
        store.advice = store.locale()?;
        Ok(store)
    }

    /// Something the operator should know about the database, to say when `serve` starts.
    pub fn advice(&self) -> Option<String> {
        self.advice.clone()
    }

    fn locale(&self) -> Result<Option<String>> {
        let rows = self.run(Access::Read, |c| Ending {
            result: c
                .query(
                    "SELECT datcollate, datctype FROM pg_database WHERE datname = current_database()",
                    Vec::new(),
                )
                .map_err(ApiError::from),
            commit: false,
        })?;
        let Some(row) = rows.first() else {
            return Ok(None);
        };
        let collate: String = row.get(0).map_err(ApiError::from)?;
        let ctype: String = row.get(1).map_err(ApiError::from)?;
        Ok(locale_advice(&self.describe, &collate, &ctype))
    }

    pub fn describe(&self) -> String {
        self.describe.clone()
    }

    /// How many transactions can read at once: the read connections.
    pub fn readers(&self) -> usize {
        self.readers.size()
    }

    /// How many transactions can write at once: the connections for changes.
    pub fn writers(&self) -> usize {
        self.writers.size()
    }

    fn connect(&self) -> Result<PgConn> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| ApiError::internal(format!("cannot start the database driver: {e}")))?;
        let (client, connection) = match block_on(&runtime, self.config.connect(NoTls)) {
            Ok(connected) => connected,
            Err(e) => {
                // Not dropped where it stands: dropping a runtime inside another (`serve`'s)
                // panics.
                runtime.shutdown_background();
                return Err(ApiError::new(
                    Code::StoreBusy,
                    format!(
                        "cannot connect to the database {}: {}",
                        self.describe,
                        chain(&e)
                    ),
                ));
            }
        };
        // The connection ends when its client is dropped, or when the server goes; the next
        // statement then fails and the pool drops the client.
        runtime.spawn(async move {
            let _ = connection.await;
        });
        Ok(PgConn {
            client,
            statements: RefCell::new(HashMap::new()),
            runtime: Some(runtime),
            plans_since: Cell::new(Instant::now()),
            plan_age: Cell::new(PLAN_AGE),
        })
    }

    fn pool(&self, access: Access) -> &Pool<PgConn> {
        match access {
            Access::Read => &self.readers,
            Access::Write => &self.writers,
        }
    }

    fn take(&self, access: Access) -> Result<PgConn> {
        self.pool(access)
            .take(|c| !c.client.is_closed(), || self.connect())
    }

    fn give_back(&self, access: Access, conn: PgConn) {
        let alive = !conn.client.is_closed();
        self.pool(access).give_back(conn, alive);
    }

    pub fn run<T>(&self, access: Access, mut f: impl FnMut(&dyn Conn) -> Ending<T>) -> Result<T> {
        for attempt in 1..=ATTEMPTS {
            let conn = self.take(access)?;
            conn.drop_old_plans();
            let outcome = self.attempt(&conn, access, attempt, &mut f);
            self.give_back(access, conn);
            match outcome {
                Attempt::Done(result) => return result,
                Attempt::Raced if attempt < ATTEMPTS => backoff(attempt),
                Attempt::Raced => break,
            }
        }
        Err(ApiError::new(
            Code::StoreBusy,
            "the database is busy with conflicting changes",
        )
        .hint("try again in a moment"))
    }

    fn attempt<T>(
        &self,
        conn: &PgConn,
        access: Access,
        attempt: u32,
        f: &mut impl FnMut(&dyn Conn) -> Ending<T>,
    ) -> Attempt<T> {
        let tx = Pg {
            conn,
            first_run: attempt == 1,
            raced: Cell::new(false),
            read_only: access == Access::Read,
            begun: Cell::new(false),
            queued: RefCell::new(Vec::new()),
        };
        let ending = f(&tx);
        if ending.commit && !tx.raced.get() && !tx.queued.borrow().is_empty() {
            // What waits to be sent goes with the COMMIT, in one round trip: locks no
            // statement followed (taken before the end all the same), and writes.
            return match tx.run(conn.client.batch_execute("COMMIT")) {
                Ok(()) => Attempt::Done(ending.result),
                Err(e) if e.kind == StoreErrorKind::Retryable => {
                    let _ = batch(conn, "ROLLBACK");
                    Attempt::Raced
                }
                Err(e) => {
                    // A queued write failed (PostgreSQL then ends the transaction with the
                    // COMMIT that follows it, committing nothing), or the COMMIT did.
                    let _ = batch(conn, "ROLLBACK");
                    Attempt::Done(Err(e.into()))
                }
            };
        }
        if !tx.begun.get() {
            // A read, or a write that ran no statement: nothing to end.
            return if tx.raced.get() {
                Attempt::Raced
            } else {
                Attempt::Done(ending.result)
            };
        }
        if tx.raced.get() {
            let _ = batch(conn, "ROLLBACK");
            return Attempt::Raced;
        }
        let end = if ending.commit { "COMMIT" } else { "ROLLBACK" };
        match batch(conn, end) {
            Ok(()) => Attempt::Done(ending.result),
            Err(e) if e.kind == StoreErrorKind::Retryable => Attempt::Raced,
            Err(e) => Attempt::Done(Err(e.into())),
        }
    }

    fn migrate(&self) -> Result<()> {
        let conn = self.take(Access::Write)?;
        let out = (|| -> StoreResult<()> {
            execute(
                &conn,
                "SELECT pg_advisory_lock($1)",
                &[Value::Integer(MIGRATION_LOCK)],
            )?;
            let done = (|| -> StoreResult<()> {
                batch(
                    &conn,
                    "CREATE TABLE IF NOT EXISTS schema_migrations (
                         version    BIGINT PRIMARY KEY,
                         applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
                     )",
                )?;
                let rows = query(
                    &conn,
                    "SELECT COALESCE(MAX(version), 0) FROM schema_migrations",
                    &[],
                )?;
                let version: i64 = rows[0].get(0)?;
                let version = usize::try_from(version).unwrap_or(usize::MAX);
                if version > MIGRATIONS.len() {
                    return Err(StoreError::engine(format!(
                        "the database schema (version {version}) is newer than this partnerctl knows ({}); upgrade partnerctl",
                        MIGRATIONS.len()
                    )));
                }
                for (i, sql) in MIGRATIONS.iter().enumerate().skip(version) {
                    batch(&conn, "BEGIN")?;
                    let applied = batch(&conn, sql).and_then(|()| {
                        execute(
                            &conn,
                            "INSERT INTO schema_migrations (version) VALUES ($1)",
                            &[Value::Integer(i as i64 + 1)],
                        )
                    });
                    match applied {
                        Ok(()) => batch(&conn, "COMMIT")?,
                        Err(e) => {
                            let _ = batch(&conn, "ROLLBACK");
                            return Err(e);
                        }
                    }
                }
                Ok(())
            })();
            let unlocked = execute(
                &conn,
                "SELECT pg_advisory_unlock($1)",
                &[Value::Integer(MIGRATION_LOCK)],
            );
            done.and(unlocked)
        })();
        self.give_back(Access::Write, conn);
        out.map_err(|e| ApiError::internal(format!("migrating the database: {}", e.message)))
    }
}

enum Attempt<T> {
    Done(Result<T>),
    Raced,
}

/// A short, growing, jittered pause before a transaction runs again.
fn backoff(attempt: u32) {
    use crate::backoff::{doubling, jittered};
    let wait = doubling(
        Duration::from_millis(2),
        attempt,
        Duration::from_millis(128),
    );
    std::thread::sleep(jittered(wait));
}

/// Advice for a database not created in the C locale. Under any other, PostgreSQL compares
/// every text key (ids, token hashes) through the locale's collation, and `citext` lowers
/// both sides of every comparison of names with the locale's character classes (a conversion
/// to wide characters and back under a UTF-8 one): about a tenth of PostgreSQL's time under the
/// mixed load of `scripts/bench`, and the p99 at 256 connections 110-313 ms against 92-119 ms
/// in the C locale (five pairs, same minutes). In the C locale, text compares byte by byte and
/// `citext` folds ASCII letters only, as SQLite's `NOCASE` does, so both stores agree on which
/// names are the same.
fn locale_advice(database: &str, collate: &str, ctype: &str) -> Option<String> {
    let plain = |l: &str| l == "C" || l == "POSIX";
    if plain(collate) && plain(ctype) {
        return None;
    }
    let locale = if collate == ctype {
        format!("in the locale {collate}")
    } else {
        format!("with the collation {collate} and the character classes {ctype}")
    };
    Some(format!(
        "the database {database} was created {locale}: PostgreSQL compares ids and names \
         through it, which is slower, and folds letters beyond ASCII in names, which the \
         SQLite store does not; a database created with `createdb --template=template0 \
         --encoding=UTF8 --locale=C` avoids both (see \"Running serve on PostgreSQL\" in the \
         README)"
    ))
}

/// The URL without anything secret, for messages and logs.
fn describe(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut u) => {
            let _ = u.set_password(None);
            u.set_query(None);
            u.to_string()
        }
        Err(_) => "the PostgreSQL database".to_string(),
    }
}

fn chain(e: &dyn std::error::Error) -> String {
    let mut out = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        let text = s.to_string();
        if !out.contains(&text) {
            out.push_str(": ");
            out.push_str(&text);
        }
        source = s.source();
    }
    out
}

fn error(e: tokio_postgres::Error) -> StoreError {
    let kind = match e.code() {
        Some(c)
            if *c == SqlState::T_R_SERIALIZATION_FAILURE
                || *c == SqlState::T_R_DEADLOCK_DETECTED
                // A unique index filled by a concurrent transaction: run again, and the
                // check before the insert sees the row.
                || *c == SqlState::UNIQUE_VIOLATION =>
        {
            StoreErrorKind::Retryable
        }
        _ => StoreErrorKind::Engine,
    };
    let message = match e.as_db_error() {
        Some(db) => format!("{}: {}", db.code().code(), db.message()),
        None => chain(&e),
    };
    StoreError { kind, message }
}

fn batch(conn: &PgConn, sql: &str) -> StoreResult<()> {
    conn.drive(conn.client.batch_execute(sql)).map_err(error)
}

fn execute(conn: &PgConn, sql: &str, params: &[Value]) -> StoreResult<()> {
    let refs: Vec<&(dyn ToSql + Sync)> = params.iter().map(|v| v as _).collect();
    conn.drive(conn.client.execute(sql, &refs))
        .map(drop)
        .map_err(error)
}

fn query(conn: &PgConn, sql: &str, params: &[Value]) -> StoreResult<Vec<Row>> {
    let refs: Vec<&(dyn ToSql + Sync)> = params.iter().map(|v| v as _).collect();
    let rows = conn.drive(conn.client.query(sql, &refs)).map_err(error)?;
    rows.iter().map(read).collect()
}

/// `?1`, `?2`, ... (and bare `?`) as PostgreSQL's `$1`, `$2`, ...; text in quotes is left as
/// it is.
pub fn placeholders(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 8);
    let mut chars = sql.chars().peekable();
    let mut quoted = false;
    let mut next = 0;
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                quoted = !quoted;
                out.push(c);
            }
            '?' if !quoted => {
                let mut digits = String::new();
                while let Some(d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                    digits.push(*d);
                    chars.next();
                }
                if digits.is_empty() {
                    next += 1;
                    digits = next.to_string();
                }
                out.push('$');
                out.push_str(&digits);
            }
            _ => out.push(c),
        }
    }
    out
}

/// A transaction of the PostgreSQL store.
///
/// A write's `BEGIN` is sent with its first statement, in one round trip (the driver
/// pipelines requests polled together). A read runs its statements without a transaction:
/// under READ COMMITTED each statement of a transaction sees the latest commit anyway, so
/// `BEGIN`/`COMMIT` around a read would cost two round trips and add nothing.
struct Pg<'a> {
    conn: &'a PgConn,
    /// A statement lost a race: the transaction is rolled back and run again.
    raced: Cell<bool>,
    /// A read takes no locks: it sees the last commit and changes nothing.
    read_only: bool,
    /// This is the transaction's first run (see [`Conn::first_run_of_late_writes`]).
    first_run: bool,
    /// `BEGIN` was sent (writes only).
    begun: Cell<bool>,
    /// Locks taken and writes queued, not sent yet: each goes with the next statement, ahead
    /// of it in one round trip, or with the COMMIT (see [`Pg::run`]). On this VM each round
    /// trip to a PostgreSQL on the same machine cost `serve` two context switches (one in
    /// `send`, one waiting for the answer): a third of its time during `enroll`.
    queued: RefCell<Vec<Queued>>,
}

/// What a transaction sends with its next statement.
enum Queued {
    /// An advisory lock: its key, and whether it is shared.
    Lock(i64, bool),
    /// A write whose outcome the domain does not look at (see [`Conn::execute_later`]).
    Write(Statement, Vec<Value>),
}

impl Pg<'_> {
    fn statement(&self, sql: &str) -> StoreResult<Statement> {
        if let Some(s) = self.conn.statements.borrow().get(sql) {
            return Ok(s.clone());
        }
        let prepared = (self.conn)
            .drive(self.conn.client.prepare(&placeholders(sql)))
            .map_err(|e| self.failed(e))?;
        self.conn
            .statements
            .borrow_mut()
            .insert(sql.to_string(), prepared.clone());
        Ok(prepared)
    }

    /// Runs `request` (a statement's future) to its end, in this write's transaction, in one
    /// round trip with what must go ahead of it: `BEGIN` before a write's first statement, and
    /// the locks and writes queued since the last statement, in the order queued. The server
    /// runs them in the order sent, and a statement reads what was committed when it starts,
    /// so a statement sent behind a lock sees what the lock's holder before committed, as if
    /// the lock had been a round trip of its own; and it sees the writes sent ahead of it.
    fn run<T>(
        &self,
        request: impl std::future::Future<Output = std::result::Result<T, tokio_postgres::Error>>,
    ) -> StoreResult<T> {
        if self.read_only {
            return self.conn.drive(request).map_err(|e| self.failed(e));
        }
        let queued = self.queued_statements()?;
        let params: Vec<Vec<&(dyn ToSql + Sync)>> = queued
            .iter()
            .map(|(_, values)| values.iter().map(|v| v as _).collect())
            .collect();
        let begin = !self.begun.replace(true);
        let ahead = async {
            if begin {
                self.conn.client.batch_execute("BEGIN").await?;
            }
            Ok(())
        };
        let queued_requests = futures_util::future::join_all(
            queued
                .iter()
                .zip(&params)
                .map(|((stmt, _), values)| self.conn.client.execute(stmt, values)),
        );
        // Polled in this order, the requests go out in this order.
        let (begun, sent, done) =
            (self.conn).drive(futures_util::future::join3(ahead, queued_requests, request));
        begun.map_err(|e| self.failed(e))?;
        for q in sent {
            q.map_err(|e| self.failed(e))?;
        }
        done.map_err(|e| self.failed(e))
    }

    /// The prepared statements of what is queued, with their parameters, in order; nothing is
    /// queued after this.
    fn queued_statements(&self) -> StoreResult<Vec<(Statement, Vec<Value>)>> {
        let queued = std::mem::take(&mut *self.queued.borrow_mut());
        queued
            .into_iter()
            .map(|q| match q {
                Queued::Lock(key, shared) => {
                    let sql = if shared {
                        "SELECT pg_advisory_xact_lock_shared(?1)"
                    } else {
                        "SELECT pg_advisory_xact_lock(?1)"
                    };
                    Ok((self.statement(sql)?, vec![Value::Integer(key)]))
                }
                Queued::Write(stmt, values) => Ok((stmt, values)),
            })
            .collect()
    }

    fn failed(&self, e: tokio_postgres::Error) -> StoreError {
        let e = error(e);
        if e.kind == StoreErrorKind::Retryable {
            self.raced.set(true);
        }
        e
    }
}

impl Conn for Pg<'_> {
    fn skip_locked(&self) -> &'static str {
        "FOR UPDATE SKIP LOCKED"
    }

    fn lock(&self, key: i64, shared: bool) -> StoreResult<()> {
        // Sent with the next statement (see [`Pg::run`]).
        if !self.read_only {
            self.queued.borrow_mut().push(Queued::Lock(key, shared));
        }
        Ok(())
    }

    fn first_run_of_late_writes(&self) -> bool {
        self.first_run && !self.read_only
    }

    fn run_again(&self) {
        self.raced.set(true);
    }

    fn execute_later(&self, sql: &str, params: Vec<Value>) -> StoreResult<()> {
        if self.read_only {
            return self.execute(sql, params).map(drop);
        }
        let stmt = self.statement(sql)?;
        self.queued.borrow_mut().push(Queued::Write(stmt, params));
        Ok(())
    }

    fn execute(&self, sql: &str, params: Vec<Value>) -> StoreResult<usize> {
        let stmt = self.statement(sql)?;
        let refs: Vec<&(dyn ToSql + Sync)> = params.iter().map(|v| v as _).collect();
        let n = self.run(self.conn.client.execute(&stmt, &refs))?;
        Ok(usize::try_from(n).unwrap_or(usize::MAX))
    }

    fn query(&self, sql: &str, params: Vec<Value>) -> StoreResult<Vec<Row>> {
        let stmt = self.statement(sql)?;
        let refs: Vec<&(dyn ToSql + Sync)> = params.iter().map(|v| v as _).collect();
        let rows = self.run(self.conn.client.query(&stmt, &refs))?;
        rows.iter().map(read).collect()
    }
}

fn read(r: &tokio_postgres::Row) -> StoreResult<Row> {
    let mut values = Vec::with_capacity(r.len());
    for (i, column) in r.columns().iter().enumerate() {
        let bad = |e: tokio_postgres::Error| {
            StoreError::data(format!(
                "column {} ({}): {e}",
                column.name(),
                column.type_()
            ))
        };
        let ty = column.type_();
        let v = if *ty == Type::INT8 {
            r.try_get::<_, Option<i64>>(i)
                .map_err(bad)?
                .map(Value::Integer)
        } else if *ty == Type::INT4 {
            r.try_get::<_, Option<i32>>(i)
                .map_err(bad)?
                .map(|n| Value::Integer(n.into()))
        } else if *ty == Type::INT2 {
            r.try_get::<_, Option<i16>>(i)
                .map_err(bad)?
                .map(|n| Value::Integer(n.into()))
        } else if *ty == Type::BOOL {
            r.try_get::<_, Option<bool>>(i)
                .map_err(bad)?
                .map(|b| Value::Integer(b.into()))
        } else if *ty == Type::FLOAT8 {
            r.try_get::<_, Option<f64>>(i)
                .map_err(bad)?
                .map(Value::Real)
        } else if *ty == Type::BYTEA {
            r.try_get::<_, Option<Vec<u8>>>(i)
                .map_err(bad)?
                .map(Value::Blob)
        } else {
            r.try_get::<_, Option<String>>(i)
                .map_err(bad)?
                .map(Value::Text)
        };
        values.push(v.unwrap_or(Value::Null));
    }
    Ok(Row(values))
}

impl ToSql for Value {
    fn to_sql(
        &self,
        ty: &Type,
        out: &mut bytes::BytesMut,
    ) -> std::result::Result<IsNull, Box<dyn std::error::Error + Sync + Send>> {
        match self {
            Value::Null => Ok(IsNull::Yes),
            Value::Integer(n) => match *ty {
                Type::INT8 => n.to_sql(ty, out),
                Type::INT4 => i32::try_from(*n)?.to_sql(ty, out),
                Type::INT2 => i16::try_from(*n)?.to_sql(ty, out),
                Type::BOOL => (*n != 0).to_sql(ty, out),
                Type::FLOAT8 => (*n as f64).to_sql(ty, out),
                _ => n.to_string().as_str().to_sql_checked(ty, out),
            },
            Value::Real(x) => x.to_sql_checked(ty, out),
            Value::Text(s) => s.as_str().to_sql_checked(ty, out),
            Value::Blob(b) => b.as_slice().to_sql_checked(ty, out),
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    tokio_postgres::types::to_sql_checked!();
}

#[cfg(test)]
mod tests {
    use super::super::value::ToValue;
    use super::*;

    #[test]
    fn placeholders_become_numbered_dollars_outside_quotes() {
        assert_eq!(
            placeholders("SELECT a FROM t WHERE b = ?1 AND c = '?' AND d = ?12"),
            "SELECT a FROM t WHERE b = $1 AND c = '?' AND d = $12"
        );
        assert_eq!(placeholders("VALUES (?, ?)"), "VALUES ($1, $2)");
    }

    #[test]
    fn a_url_is_described_without_its_secrets() {
        assert_eq!(
            describe("postgres://ada:secret@db.example:5432/pc?sslmode=require"),
            "postgres://ada@db.example:5432/pc"
        );
    }

    fn store() -> Option<PgStore> {
        store_in("C")
    }

    fn store_in(locale: &str) -> Option<PgStore> {
        let pg = crate::testing::postgres()?;
        let opts = PgOptions {
            url: pg.new_database_in(locale),
            password: Some(pg.password().to_string()),
            pool_size: 2,
        };
        Some(PgStore::open(&opts).unwrap())
    }

    #[test]
    fn only_a_database_outside_the_c_locale_gets_advice() {
        assert_eq!(locale_advice("db", "C", "C"), None);
        assert_eq!(locale_advice("db", "POSIX", "POSIX"), None);
        for (collate, ctype) in [("C.UTF-8", "C.UTF-8"), ("C", "en_US.UTF-8"), ("de_DE", "C")] {
            let advice = locale_advice("postgres://u@h/db", collate, ctype)
                .unwrap_or_else(|| panic!("no advice for {collate}/{ctype}"));
            assert!(advice.contains("postgres://u@h/db") && advice.contains(collate));
            assert!(advice.contains("--locale=C"), "{advice}");
        }
    }

    /// The store reads the locale the database was created in.
    #[test]
    fn a_database_created_in_another_locale_is_told_of_when_opened() {
        let Some(c) = store() else { return };
        assert_eq!(c.advice(), None);
        let utf8 = store_in("C.UTF-8").unwrap();
        let advice = utf8.advice().expect("advice for C.UTF-8");
        assert!(advice.contains("locale C.UTF-8"), "{advice}");
    }

    fn meta(store: &PgStore, key: &str) -> Option<String> {
        store
            .run(Access::Read, |c| Ending {
                result: c
                    .query(
                        "SELECT value FROM meta WHERE key = ?1",
                        vec![key.to_value()],
                    )
                    .map(|rows| rows.first().map(|r| r.get::<_, String>(0).unwrap()))
                    .map_err(ApiError::from),
                commit: false,
            })
            .unwrap()
    }

    fn insert_later(c: &dyn Conn, key: &str, value: &str) -> StoreResult<()> {
        c.execute_later(
            "INSERT INTO meta (key, value) VALUES (?1, ?2)",
            vec![key.to_value(), value.to_value()],
        )
    }

    /// Every connection for changes busy (each in a transaction that waits), a read still
    /// gets a connection of its own at once, rather than after one of them ends.
    #[test]
    fn a_read_never_waits_for_the_connections_of_changes() {
        let Some(store) = store() else { return };
        let store = std::sync::Arc::new(store);
        let (release, held) = std::sync::mpsc::channel::<()>();
        let held = std::sync::Arc::new(std::sync::Mutex::new(held));
        let (started, busy) = std::sync::mpsc::channel();
        let changes: Vec<_> = (0..store.writers())
            .map(|_| {
                let (store, held, started) = (store.clone(), held.clone(), started.clone());
                std::thread::spawn(move || {
                    store.run(Access::Write, |c| {
                        let result = c.query("SELECT 1", Vec::new()).map(drop);
                        started.send(()).unwrap();
                        let _ = held.lock().unwrap().recv();
                        Ending {
                            result: result.map_err(ApiError::from),
                            commit: false,
                        }
                    })
                })
            })
            .collect();
        for _ in 0..changes.len() {
            busy.recv().unwrap();
        }
        let (answered, answer) = std::sync::mpsc::channel();
        let reader = store.clone();
        std::thread::spawn(move || answered.send(meta(&reader, "sandbox")));
        let read = answer.recv_timeout(Duration::from_secs(5));
        for _ in 0..changes.len() {
            release.send(()).unwrap();
        }
        for change in changes {
            change.join().unwrap().unwrap();
        }
        assert!(read.is_ok(), "the read waited for a change's connection");
    }

    /// A queued write is seen by the statements after it and committed with the transaction;
    /// one that fails fails the transaction, and nothing of it is committed (not even the
    /// writes queued before it).
    #[test]
    fn queued_writes_go_with_the_next_statement_or_the_commit() {
        let Some(store) = store() else { return };
        let seen = store
            .run(Access::Write, |c| {
                let result = insert_later(c, "a", "1")
                    .and_then(|_| c.query("SELECT value FROM meta WHERE key = 'a'", Vec::new()))
                    .map(|rows| rows.len())
                    .and_then(|n| insert_later(c, "b", "2").map(|_| n))
                    .map_err(ApiError::from);
                Ending {
                    result,
                    commit: true,
                }
            })
            .unwrap();
        assert_eq!(seen, 1, "the statement after the write saw it");
        assert_eq!(
            meta(&store, "b").as_deref(),
            Some("2"),
            "sent with the COMMIT"
        );

        let failed = store.run(Access::Write, |c| Ending {
            result: insert_later(c, "c", "3")
                .and_then(|_| insert_later(c, "a", "again"))
                .map_err(ApiError::from),
            commit: true,
        });
        assert!(failed.is_err(), "a duplicate key was committed");
        assert_eq!(meta(&store, "c"), None, "nothing of the failed transaction");
        assert_eq!(meta(&store, "a").as_deref(), Some("1"));
    }
}
