//! The stores behind the domain: SQLite (the default, a file in the data dir) and PostgreSQL
//! (for several `serve` instances on one database). All SQL lives below this module: the
//! schemas and migrations of each store beside its driver, and the statements the domain
//! runs in [`queries`], written once in the SQL both engines speak.
//!
//! An operation runs in one transaction ([`Tx`]). How its check-then-act rules stay true
//! when operations race:
//! - SQLite: every writing transaction is `BEGIN IMMEDIATE` on the one writer connection, so
//!   writers take turns (across processes too, by SQLite's lock); reads run on their own
//!   connections and see the last commit (write-ahead log). [`Tx::lock`] has nothing to do.
//! - PostgreSQL: transactions are READ COMMITTED, and a rule that checks and then acts takes
//!   the lock of what it guards first ([`Tx::lock`], a transaction-scoped advisory lock), so
//!   that operations on the same thing take turns while operations on different things run
//!   side by side. Which lock each rule takes:
//!   - an account's purchases, renewals, refunds and payments, its vetting (the wrong-code
//!     count and lockout), its profiles, and its benefits (activation, seats never past the
//!     quantity, product keys): the account (`accounts::lock_account`);
//!   - a tenant's Global admins (never none: taking the role away, removing a user) and
//!     domains: the tenant, exclusively (`directory::lock_tenant`); adding users and granting
//!     or taking away other roles hold the same lock shared (`directory::share_tenant`), so
//!     they run side by side but never beside an exclusive holder;
//!   - a user's failed sign-ins and lockout: the user name (`directory::finish_sign_in`);
//!   - one location per key: the key (`apply::location`);
//!   - one answer per request id: no lock, but the request log's key: the first delivery
//!     claims it with an insert that the others wait on (`queries::requests::claim`); on
//!     PostgreSQL's first run of a transaction, with its answer at the commit instead
//!     (`queries::requests::insert_answer`), where the loser's commit fails;
//!   - the cap on device codes: the set of them; one redemption of a device code's tokens:
//!     the code; one use of a client assertion: its id (`grants`);
//!   - one refresh of a refresh token: the `DELETE` of its session, which only one wins.
//!
//!   Uniqueness rules rest on unique indexes (one global account per tenant, MPN IDs, domains,
//!   user names, request ids): the loser of such a race, and of a deadlock, is rolled back and
//!   run again, a bounded number of times, and then sees what the winner wrote (a new
//!   account's MPN ID taken already is drawn again: `accounts::insert_account`).

mod pool;
pub mod postgres;
pub mod queries;
pub mod sqlite;
mod value;

pub use value::{FromValue, Params, Row, ToValue, Value};

use crate::error::ApiError;
use jiff::Timestamp;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

/// A store failed: a statement, a connection, or data it holds.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct StoreError {
    pub kind: StoreErrorKind,
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoreErrorKind {
    /// The transaction lost a race with another and may be run again.
    Retryable,
    /// A column holds what it should not: a corrupt or foreign store.
    Data,
    /// Anything else the engine reported.
    Engine,
}

impl StoreError {
    pub fn data(message: impl Into<String>) -> StoreError {
        StoreError {
            kind: StoreErrorKind::Data,
            message: message.into(),
        }
    }
    pub fn engine(message: impl Into<String>) -> StoreError {
        StoreError {
            kind: StoreErrorKind::Engine,
            message: message.into(),
        }
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        ApiError::internal(format!("database: {}", e.message))
    }
}

pub type StoreResult<T> = std::result::Result<T, StoreError>;

/// One open transaction of a driver.
pub trait Conn {
    /// Run a statement; the rows it changed.
    fn execute(&self, sql: &str, params: Vec<Value>) -> StoreResult<usize>;
    /// Run a query; every row.
    fn query(&self, sql: &str, params: Vec<Value>) -> StoreResult<Vec<Row>>;
    /// Hold the lock named `key` until the transaction ends (writing transactions only);
    /// shared holders run side by side, an exclusive one alone. A store may send it with the
    /// next statement: what the statements after it read and write is under it, which is all
    /// a rule relies on.
    fn lock(&self, key: i64, shared: bool) -> StoreResult<()>;
    /// Run a statement whose outcome the caller does not look at (a write of a writing
    /// transaction). A store may send it with the next statement or the commit, in one round
    /// trip; an error in it then fails the transaction there.
    fn execute_later(&self, sql: &str, params: Vec<Value>) -> StoreResult<()> {
        self.execute(sql, params).map(drop)
    }
    /// Whether [`Conn::execute_later`] sends later, and this is the transaction's first run:
    /// a write queued now fails (if it fails) when the transaction ends, and
    /// [`Conn::run_again`] can still ask for another run.
    fn first_run_of_late_writes(&self) -> bool {
        false
    }
    /// Roll this transaction back and run it again (see
    /// [`Conn::first_run_of_late_writes`]); asked only where that says true.
    fn run_again(&self) {}
    /// What a `SELECT` that claims rows for an `UPDATE` ends with: PostgreSQL's
    /// `FOR UPDATE SKIP LOCKED` (rows another instance is claiming are passed over, not
    /// waited for); nothing on SQLite, whose one writer claims alone.
    fn skip_locked(&self) -> &'static str {
        ""
    }
}

/// What a transaction does, so a store can run reads beside writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    Read,
    Write,
}

/// How a transaction ends, decided by the operation.
pub struct Ending<T> {
    pub result: crate::error::Result<T>,
    pub commit: bool,
}

/// The stores, behind one interface.
#[allow(clippy::large_enum_variant)] // One per service, never moved in a loop.
pub enum Store {
    Sqlite(sqlite::SqliteStore),
    Postgres(postgres::PgStore),
}

impl Store {
    /// Run `f` in one transaction: committed when it says so, else rolled back. On
    /// PostgreSQL, a transaction that lost a race on a unique index, or a deadlock, runs again.
    pub fn run<T>(
        &self,
        access: Access,
        f: impl FnMut(&dyn Conn) -> Ending<T>,
    ) -> crate::error::Result<T> {
        match self {
            Store::Sqlite(s) => s.run(access, f),
            Store::Postgres(p) => p.run(access, f),
        }
    }

    /// Where the data is, for messages: a file or a database URL without its password.
    pub fn describe(&self) -> String {
        match self {
            Store::Sqlite(s) => s.path().display().to_string(),
            Store::Postgres(p) => p.describe(),
        }
    }

    /// Something the operator should know about the store, to say when `serve` starts.
    pub fn advice(&self) -> Option<String> {
        match self {
            Store::Sqlite(_) => None,
            Store::Postgres(p) => p.advice(),
        }
    }

    /// How many transactions can read at once (their connections).
    pub fn readers(&self) -> usize {
        match self {
            Store::Sqlite(s) => s.readers(),
            Store::Postgres(p) => p.readers(),
        }
    }

    /// How many transactions can write at once: SQLite's one writer, or PostgreSQL's
    /// connections for changes.
    pub fn writers(&self) -> usize {
        match self {
            Store::Sqlite(_) => 1,
            Store::Postgres(p) => p.writers(),
        }
    }
}

/// One operation's transaction, with the operation's "now" and the keys it may need.
pub struct Tx<'c> {
    conn: &'c dyn Conn,
    pub now: Timestamp,
    pub sandbox: bool,
    /// The operation is a dry run: its transaction is rolled back whatever it returns.
    pub dry_run: bool,
    /// The key mail bodies and stored answers are sealed with.
    pub mail_key: [u8; 32],
    /// Where `serve` is reached (`--public-url`): the base of the links mail carries. `None`
    /// in process: mail then carries no link.
    pub public_url: Option<String>,
    /// Set when a failing operation must still record what it did (a wrong verification
    /// code counts against the limit even though the call fails).
    keep_on_error: Cell<bool>,
    /// The offers this transaction has read, by id: each is read once per transaction (a
    /// purchase reads its offer, and the offer of every subscription, more than once). An
    /// operator's change to the catalog lands between transactions, never within one.
    offers: RefCell<HashMap<String, crate::api::Offer>>,
}

/// The 64-bit advisory lock key of `id` in `scope`.
fn lock_key(scope: &str, id: &str) -> i64 {
    let digest = ring::digest::digest(&ring::digest::SHA256, format!("{scope}\0{id}").as_bytes());
    let mut key = [0u8; 8];
    key.copy_from_slice(&digest.as_ref()[..8]);
    i64::from_be_bytes(key)
}

impl<'c> Tx<'c> {
    /// Takes the lock of `id` in `scope` (an account, a tenant, ...) until this transaction
    /// ends: a rule that checks and then acts on it takes it first (see the module comment).
    pub fn lock(&self, scope: &str, id: &str) -> crate::error::Result<()> {
        Ok(self.conn.lock(lock_key(scope, id), false)?)
    }

    /// Takes the lock of `id` in `scope` in shared mode until this transaction ends: shared
    /// holders run side by side, and wait only for, or hold off, an exclusive one. For an
    /// operation that must not overlap a rule's check-then-act but cannot break that rule
    /// itself (adding a user beside the last Global admin's removal).
    pub fn lock_shared(&self, scope: &str, id: &str) -> crate::error::Result<()> {
        Ok(self.conn.lock(lock_key(scope, id), true)?)
    }

    pub fn new(
        conn: &'c dyn Conn,
        now: Timestamp,
        sandbox: bool,
        dry_run: bool,
        mail_key: [u8; 32],
    ) -> Tx<'c> {
        Tx {
            conn,
            now,
            sandbox,
            dry_run,
            mail_key,
            public_url: None,
            keep_on_error: Cell::new(false),
            offers: RefCell::new(HashMap::new()),
        }
    }

    /// Commit this transaction even if the operation returns an error.
    pub fn keep_on_error(&self) {
        self.keep_on_error.set(true);
    }

    pub fn keeps_on_error(&self) -> bool {
        self.keep_on_error.get()
    }

    /// Whether an answer can be recorded at the end of this run, its request id claimed only
    /// then (see `idempotency`): on PostgreSQL's first run of a transaction, where a claim
    /// lost to another delivery of the request fails the commit, and the run after it claims
    /// first.
    pub fn claims_at_the_end(&self) -> bool {
        self.conn.first_run_of_late_writes()
    }

    /// Roll this transaction back and run it again, claiming first: asked where
    /// [`Tx::claims_at_the_end`] said true.
    pub fn run_again(&self) {
        self.conn.run_again()
    }

    /// `now` as stored: whole seconds since the epoch.
    pub fn now_s(&self) -> i64 {
        self.now.as_second()
    }

    /// `now` as a statement that stores [`Tx::now_s`] leaves it, read back: whole seconds.
    pub(in crate::backend::store) fn now_stored(&self) -> StoreResult<Timestamp> {
        ts(self.now_s())
    }

    // Running SQL is private to the store: the domain reads and writes through [`queries`].

    /// Run a statement; the rows it changed.
    pub(in crate::backend::store) fn exec(
        &self,
        sql: &str,
        params: impl Params,
    ) -> crate::error::Result<usize> {
        Ok(self.conn.execute(sql, params.values())?)
    }

    /// Run a statement whose outcome is not looked at: see [`Conn::execute_later`]. Only
    /// for a statement whose failure is a fault (no error of it is told apart).
    pub(in crate::backend::store) fn exec_later(
        &self,
        sql: &str,
        params: impl Params,
    ) -> crate::error::Result<()> {
        Ok(self.conn.execute_later(sql, params.values())?)
    }

    /// Run a query; its first row, if any, through `f`.
    pub(in crate::backend::store) fn one<T>(
        &self,
        sql: &str,
        params: impl Params,
        f: impl FnOnce(&Row) -> StoreResult<T>,
    ) -> crate::error::Result<Option<T>> {
        let rows = self.conn.query(sql, params.values())?;
        Ok(rows.first().map(f).transpose()?)
    }

    /// See [`Conn::skip_locked`].
    pub(in crate::backend::store) fn skip_locked(&self) -> &'static str {
        self.conn.skip_locked()
    }

    /// Run a query; every row, through `f`.
    pub(in crate::backend::store) fn all<T>(
        &self,
        sql: &str,
        params: impl Params,
        f: impl FnMut(&Row) -> StoreResult<T>,
    ) -> crate::error::Result<Vec<T>> {
        let rows = self.conn.query(sql, params.values())?;
        Ok(rows.iter().map(f).collect::<StoreResult<Vec<T>>>()?)
    }

    /// The first column of the first row of a query, for tests that look into the store.
    #[cfg(test)]
    pub(crate) fn peek<T: FromValue>(
        &self,
        sql: &str,
        params: Vec<Value>,
    ) -> crate::error::Result<Option<T>> {
        self.one(sql, params, |r| r.get(0))
    }
}

/// Seconds since the epoch to a timestamp; a value out of range is a corrupt store.
fn ts(s: i64) -> StoreResult<Timestamp> {
    Timestamp::from_second(s).map_err(|e| StoreError::data(format!("time {s}: {e}")))
}

/// An enum's serde name (`Pending`, `actionPack`, ...), as stored in text columns.
fn enum_str<T: serde::Serialize + std::fmt::Debug>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        // Only unit variants are stored this way: anything else is a programming error.
        other => panic!("{v:?} does not serialize as a name: {other:?}"),
    }
}

/// The enum stored as its serde name; a column holding anything else is a corrupt store.
fn parse_enum<T: serde::de::DeserializeOwned>(s: &str) -> StoreResult<T> {
    serde_json::from_value(serde_json::Value::String(s.to_string()))
        .map_err(|e| StoreError::data(format!("{s:?}: {e}")))
}

/// A JSON column.
fn parse_json<T: serde::de::DeserializeOwned>(s: &str) -> StoreResult<T> {
    serde_json::from_str(s).map_err(|e| StoreError::data(format!("a JSON column: {e}")))
}
