//! The statements the domain runs, one module per part of the domain, each behind a function
//! named for what it reads or writes. The SQL is the one dialect both stores speak: `?N`
//! placeholders (renumbered for PostgreSQL) and nothing engine-specific, but for the clause that
//! claims queued mail ([`Tx::skip_locked`](super::Tx::skip_locked)).
//!
//! Rows come back typed: stored enums, JSON and times are decoded here, and a column that
//! does not decode is an error, never a default. Times a statement records (`created_at`,
//! `sent_at`, ...) are the operation's "now", [`Tx::now`](super::Tx::now).

pub mod accounts;
pub mod benefits;
pub mod catalog;
pub mod directory;
pub mod grants;
pub mod locations;
pub mod membership;
pub mod meta;
pub mod outbox;
pub mod requests;

/// `?from, ?from+1, ...`: `n` numbered placeholders, for a statement whose length depends on
/// its data (rows of a multi-row `INSERT`, an `IN` list).
fn marks(from: usize, n: usize) -> String {
    (from..from + n)
        .map(|i| format!("?{i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `(?from, ..), (..)`: `rows` rows of `width` numbered placeholders each, numbered on from
/// `from`, for a multi-row `VALUES`.
fn value_rows(from: usize, width: usize, rows: usize) -> String {
    (0..rows)
        .map(|i| format!("({})", marks(from + width * i, width)))
        .collect::<Vec<_>>()
        .join(", ")
}
