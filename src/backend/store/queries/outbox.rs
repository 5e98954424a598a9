//! The outbox's statements: mails are recorded with the operation that sends them, then
//! claimed, delivered and marked by `serve`'s sender. Queue times (`queued_at`,
//! `next_attempt_at`, `claimed_until`, `delivered_at`) are wall-clock seconds given by the
//! caller, never the operation's clock: a fixed clock (`serve --now`) must not stop retries.

use crate::api::MailState;
use crate::backend::store::{enum_str, parse_enum, ts, StoreResult, Tx};
use crate::error::Result;
use jiff::Timestamp;

/// A mail to record, its parts sealed.
pub struct NewMail<'a> {
    pub id: &'a str,
    pub tenant_id: &'a str,
    pub account_id: Option<&'a str>,
    pub to: &'a str,
    pub subject: &'a str,
    pub sealed_body: &'a [u8],
    pub sealed_html: Option<&'a [u8]>,
    /// When it joins the queue (wall clock).
    pub queued_at: Timestamp,
}

/// Records a mail, written now and queued for delivery at once.
pub fn insert_mail(tx: &Tx, m: &NewMail) -> Result<()> {
    tx.exec_later(
        "INSERT INTO outbox (id, tenant_id, account_id, to_addr, subject, body, sealed_body, sent_at,
             sealed_html, state, attempts, queued_at, next_attempt_at)
         VALUES (?1, ?2, ?3, ?4, ?5, '', ?6, ?7, ?8, 'queued', 0, ?9, ?9)",
        (
            m.id,
            m.tenant_id,
            m.account_id,
            m.to,
            m.subject,
            m.sealed_body,
            tx.now_s(),
            m.sealed_html,
            m.queued_at.as_second(),
        ),
    )?;
    Ok(())
}

/// A mail as stored, its body sealed.
pub struct MailRow {
    pub id: String,
    pub to: String,
    pub subject: String,
    pub sealed_body: Vec<u8>,
    pub sent_at: Timestamp,
    /// The account the mail is about.
    pub mpn_id: Option<String>,
    pub state: MailState,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub delivered_at: Option<Timestamp>,
}

/// The tenant's mails, in the order they were written.
pub fn mails(tx: &Tx, tenant_id: &str) -> Result<Vec<MailRow>> {
    tx.all(
        "SELECT o.id, o.to_addr, o.subject, o.sealed_body, o.sent_at, a.mpn_id, o.state,
                o.attempts, o.last_error, o.delivered_at
         FROM outbox o
         LEFT JOIN accounts a ON a.id = o.account_id
         WHERE o.tenant_id = ?1 ORDER BY o.sent_at, o.rowid",
        [tenant_id],
        |r| {
            Ok(MailRow {
                id: r.get(0)?,
                to: r.get(1)?,
                subject: r.get(2)?,
                sealed_body: r.get(3)?,
                sent_at: ts(r.get(4)?)?,
                mpn_id: r.get(5)?,
                state: parse_enum(&r.get::<_, String>(6)?)?,
                attempts: r.get(7)?,
                last_error: r.get(8)?,
                delivered_at: r.get::<_, Option<i64>>(9)?.map(ts).transpose()?,
            })
        },
    )
}

/// A mail claimed for delivery, its parts sealed.
pub struct ClaimedRow {
    pub id: String,
    pub to: String,
    pub subject: String,
    pub sealed_body: Vec<u8>,
    pub sealed_html: Option<Vec<u8>>,
    pub attempts: i64,
    pub queued_at: Timestamp,
}

/// Claims up to `limit` queued mails that are due at `now` and that no one holds, until
/// `until`: an instance that dies while sending lets its claim lapse, and another sends the
/// mail then. On PostgreSQL rows another instance is claiming are passed over.
pub fn claim_due(tx: &Tx, now: Timestamp, until: Timestamp, limit: i64) -> Result<Vec<ClaimedRow>> {
    let sql = format!(
        "UPDATE outbox SET claimed_until = ?2 WHERE id IN (
             SELECT id FROM outbox
             WHERE state = 'queued' AND next_attempt_at <= ?1
               AND (claimed_until IS NULL OR claimed_until <= ?1)
             ORDER BY next_attempt_at, rowid LIMIT ?3 {})
         RETURNING id, to_addr, subject, sealed_body, sealed_html, attempts, queued_at",
        tx.skip_locked()
    );
    tx.all(
        &sql,
        (now.as_second(), until.as_second(), limit),
        |r| -> StoreResult<ClaimedRow> {
            Ok(ClaimedRow {
                id: r.get(0)?,
                to: r.get(1)?,
                subject: r.get(2)?,
                sealed_body: r.get(3)?,
                sealed_html: r.get(4)?,
                attempts: r.get(5)?,
                queued_at: ts(r.get(6)?)?,
            })
        },
    )
}

/// Records one delivery attempt of a mail and where it leaves the mail: `state`, the error
/// if it failed, when to try again (queued) or when it was delivered (sent). The claim ends.
pub fn record_attempt(
    tx: &Tx,
    id: &str,
    state: MailState,
    error: Option<&str>,
    next_attempt_at: Option<Timestamp>,
    delivered_at: Option<Timestamp>,
) -> Result<()> {
    tx.exec(
        "UPDATE outbox SET state = ?2, attempts = attempts + 1, last_error = ?3,
             next_attempt_at = COALESCE(?4, next_attempt_at), delivered_at = ?5,
             claimed_until = NULL
         WHERE id = ?1",
        (
            id,
            enum_str(&state),
            error,
            next_attempt_at.map(|t| t.as_second()),
            delivered_at.map(|t| t.as_second()),
        ),
    )?;
    Ok(())
}
