//! The outbox: a durable queue of the mails the backend sends. A mail is written in the
//! transaction of the operation that sends it, its parts sealed (they hold verification codes
//! and links); `serve --smtp-url` claims due mails, delivers them at least once, retries with
//! exponential backoff, and gives up after a bounded time. Without a mail server mail stays
//! queued, readable with `partnerctl outbox list`.

use super::directory::Caller;
use super::ids::new_id;
use super::permissions::Action;
use super::secrets;
use super::store::queries::{self, outbox::ClaimedRow};
use super::store::{Access, Tx};
use crate::api::{Mail, MailState};
use crate::error::{ApiError, Result};
use crate::mail::{Composed, Outgoing};
use jiff::{SignedDuration, Timestamp};

/// The first retry waits this long; each one after waits twice as long as the one before,
/// up to [`MAX_BACKOFF`].
pub const FIRST_BACKOFF: SignedDuration = SignedDuration::from_secs(1);
pub const MAX_BACKOFF: SignedDuration = SignedDuration::from_mins(10);

/// Queues a mail to `to`, in the operation's transaction.
pub fn queue(
    tx: &Tx,
    tenant_id: &str,
    account_id: Option<&str>,
    to: &str,
    mail: &Composed,
) -> Result<()> {
    let id = new_id();
    // The parts hold the verification code and link: sealed, bound to the mail's id and part.
    let sealed = secrets::seal(&tx.mail_key, mail.text.as_bytes(), id.as_bytes())?;
    let sealed_html = mail
        .html
        .as_ref()
        .map(|h| secrets::seal(&tx.mail_key, h.as_bytes(), html_context(&id).as_bytes()))
        .transpose()?;
    queries::outbox::insert_mail(
        tx,
        &queries::outbox::NewMail {
            id: &id,
            tenant_id,
            account_id,
            to,
            subject: &mail.subject,
            sealed_body: &sealed,
            sealed_html: sealed_html.as_deref(),
            queued_at: Timestamp::now(),
        },
    )
}

fn html_context(id: &str) -> String {
    format!("{id}/html")
}

fn open(key: &[u8; 32], context: &str, sealed: &[u8]) -> Result<String> {
    let plain = secrets::open(key, sealed, context.as_bytes()).map_err(|_| {
        ApiError::internal(format!(
            "the mail {context} cannot be opened with {}",
            super::MAIL_KEY_FILE
        ))
    })?;
    String::from_utf8(plain).map_err(ApiError::internal)
}

/// The tenant's mails and where their delivery stands, for those who may read mail.
pub fn list(tx: &Tx, caller: &Caller) -> Result<Vec<Mail>> {
    caller.require(Action::ReadMail)?;
    queries::outbox::mails(tx, &caller.tenant_id)?
        .into_iter()
        .map(|m| {
            Ok(Mail {
                body: open(&tx.mail_key, &m.id, &m.sealed_body)?,
                id: m.id,
                to: m.to,
                subject: m.subject,
                sent_at: m.sent_at,
                mpn_id: m.mpn_id,
                state: m.state,
                attempts: m.attempts,
                last_error: m.last_error,
                delivered_at: m.delivered_at,
            })
        })
        .collect()
}

/// Claims up to `limit` due mails for `lease` (an instance that dies lets the claim lapse),
/// opened for sending.
pub fn claim(tx: &Tx, now: Timestamp, lease: SignedDuration, limit: i64) -> Result<Vec<Outgoing>> {
    queries::outbox::claim_due(tx, now, now + lease, limit)?
        .into_iter()
        .map(|row: ClaimedRow| {
            Ok(Outgoing {
                text: open(&tx.mail_key, &row.id, &row.sealed_body)?,
                html: row
                    .sealed_html
                    .as_deref()
                    .map(|h| open(&tx.mail_key, &html_context(&row.id), h))
                    .transpose()?,
                id: row.id,
                to: row.to,
                subject: row.subject,
                attempts: row.attempts,
                queued_at: row.queued_at,
            })
        })
        .collect()
}

/// How an attempt to deliver a mail ended.
#[derive(Debug, Clone)]
pub enum Attempt {
    Sent,
    Failed { error: String, permanent: bool },
}

/// Records an attempt made at `now`: sent; failed for good (a permanent refusal, or the
/// mail was queued `give_up` ago); or queued again after a backoff that doubles with each
/// attempt, the last one at the give-up time.
pub fn record(
    tx: &Tx,
    mail: &Outgoing,
    attempt: &Attempt,
    now: Timestamp,
    give_up: SignedDuration,
) -> Result<MailState> {
    let (state, error, next, delivered) = match attempt {
        Attempt::Sent => (MailState::Sent, None, None, Some(now)),
        Attempt::Failed { error, permanent } => {
            let deadline = mail.queued_at + give_up;
            if *permanent || now >= deadline {
                (MailState::Failed, Some(error.as_str()), None, None)
            } else {
                let next = (now + backoff(mail.attempts)).min(deadline);
                (MailState::Queued, Some(error.as_str()), Some(next), None)
            }
        }
    };
    queries::outbox::record_attempt(tx, &mail.id, state, error, next, delivered)?;
    Ok(state)
}

impl super::Service {
    /// Claims up to `limit` mails due now for `lease` (see [`claim`]).
    pub fn claim_mail(&self, lease: SignedDuration, limit: i64) -> Result<Vec<Outgoing>> {
        self.run(false, Access::Write, |tx| {
            claim(tx, Timestamp::now(), lease, limit)
        })
    }

    /// Records how an attempt to deliver `mail` ended (see [`record`]).
    pub fn record_mail(
        &self,
        mail: &Outgoing,
        attempt: &Attempt,
        give_up: SignedDuration,
    ) -> Result<MailState> {
        self.run(false, Access::Write, |tx| {
            record(tx, mail, attempt, Timestamp::now(), give_up)
        })
    }
}

/// The wait after the failed attempt that followed `attempts` earlier ones.
pub fn backoff(attempts: i64) -> SignedDuration {
    let retry = u32::try_from(attempts.max(0)).unwrap_or(u32::MAX);
    let wait = crate::backoff::doubling(
        FIRST_BACKOFF.unsigned_abs(),
        retry,
        MAX_BACKOFF.unsigned_abs(),
    );
    SignedDuration::try_from(wait).unwrap_or(MAX_BACKOFF)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_a_bound() {
        let secs: Vec<i64> = (0..5).map(|n| backoff(n).as_secs()).collect();
        assert_eq!(secs, [1, 2, 4, 8, 16]);
        assert_eq!(backoff(40), MAX_BACKOFF);
    }
}
