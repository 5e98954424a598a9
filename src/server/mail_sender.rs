//! `serve --smtp-url`: the task that delivers the outbox. It claims due mails (on a shared
//! PostgreSQL database each mail is claimed by one instance), hands each to the relay, and
//! records the outcome: sent, queued again after a backoff, or failed (a permanent refusal,
//! or not delivered within the give-up time). A mail whose instance dies while sending is
//! sent again once its claim lapses: delivery is at least once.

use crate::backend::{Attempt, Service};
use crate::mail::smtp::Mailer;
use crate::mail::Outgoing;
use jiff::SignedDuration;
use std::sync::Arc;
use std::time::Duration;

/// Mails claimed at a time, and how long a claim lasts: long enough for each of them to
/// time out once.
const BATCH: i64 = 5;
const LEASE: SignedDuration = SignedDuration::from_mins(5);
/// How often the queue is looked at when it had nothing due.
const POLL: Duration = Duration::from_secs(1);

pub struct Sender {
    pub mailer: Mailer,
    /// A mail not delivered this long after it was queued is given up (state `failed`).
    pub give_up: SignedDuration,
}

/// Delivers the outbox until the process ends.
pub fn spawn(service: Arc<Service>, sender: Sender) -> tokio::task::JoinHandle<()> {
    let sender = Arc::new(sender);
    tokio::spawn(async move {
        loop {
            let claimed = {
                let service = service.clone();
                tokio::task::spawn_blocking(move || service.claim_mail(LEASE, BATCH)).await
            };
            let mails = match claimed {
                Ok(Ok(mails)) => mails,
                Ok(Err(e)) => {
                    eprintln!("partnerctl serve: reading the outbox: {}", e.message);
                    Vec::new()
                }
                Err(e) => {
                    eprintln!("partnerctl serve: reading the outbox: {e}");
                    Vec::new()
                }
            };
            if mails.is_empty() {
                tokio::time::sleep(POLL).await;
                continue;
            }
            for mail in mails {
                deliver(&service, &sender, mail).await;
            }
        }
    })
}

/// One attempt at one mail, recorded.
async fn deliver(service: &Arc<Service>, sender: &Arc<Sender>, mail: Outgoing) {
    let (service, sender) = (service.clone(), sender.clone());
    let done = tokio::task::spawn_blocking(move || {
        let attempt = match sender.mailer.send(&mail) {
            Ok(()) => Attempt::Sent,
            Err(e) => Attempt::Failed {
                error: e.message,
                permanent: e.permanent,
            },
        };
        let state = service.record_mail(&mail, &attempt, sender.give_up);
        (mail.id, attempt, state)
    })
    .await;
    // One line per failed attempt; never the mail's parts (they hold the code and link).
    match done {
        Ok((id, Attempt::Failed { error, .. }, Ok(state))) => {
            eprintln!("partnerctl serve: mail {id} not delivered ({state:?}): {error}")
        }
        Ok((id, _, Err(e))) => {
            eprintln!(
                "partnerctl serve: recording the delivery of mail {id}: {}",
                e.message
            )
        }
        Ok(_) => {}
        Err(e) => eprintln!("partnerctl serve: the mail task: {e}"),
    }
}
