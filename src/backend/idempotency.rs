//! Idempotency by request id: a changing request carries an `MS-RequestId`; the first answer
//! is recorded in the operation's own transaction, and a repeat of the id by the same caller
//! gets that answer again and changes nothing. The same id with another request is refused.
//!
//! Answers may hold secrets shown once (temporary passwords), so they are sealed with a key
//! derived from the request id, which the store keeps only as part of a hash: the store alone
//! cannot open them; a retry that knows the id can.
//!
//! Anonymous requests (creating a tenant, signing in) have no caller to scope their ids by:
//! anyone may send any id. Their ids are scoped by the whole request instead (method, path,
//! body: the fingerprint), so an id only ever names one request; and an answer that holds a
//! secret shown once is never replayed to them (see [`ShownOnce`]).

use super::secrets::{self, hex};
use super::store::queries;
use super::store::Tx;
use crate::clock::days;
use crate::error::{ApiError, Code, Result};
use ring::digest::{Context, SHA256};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// How long an answer is kept for retries.
pub const KEEP_DAYS: i64 = 30;

/// A changing request as the server received it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestKey {
    /// The client's `MS-RequestId`.
    pub request_id: String,
    /// A digest of the request (method, path, body): what "the same request" means.
    pub fingerprint: String,
}

impl RequestKey {
    pub fn new(request_id: &str, method: &str, path: &str, body: &[u8]) -> RequestKey {
        let mut h = Context::new(&SHA256);
        for part in [method.as_bytes(), path.as_bytes(), body] {
            h.update(&(part.len() as u64).to_be_bytes());
            h.update(part);
        }
        RequestKey {
            request_id: request_id.to_string(),
            fingerprint: hex(h.finish().as_ref()),
        }
    }
}

/// What is recorded: the operation's value, or an error it committed (a wrong code counted).
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
enum Answer<T> {
    Ok(T),
    Err(ApiError),
}

/// An answer that may hold a secret shown once (a temporary password, tokens), for anonymous
/// requests.
pub trait ShownOnce {
    /// What a replay of this answer to an anonymous request gets instead of it: `None` when it
    /// holds no secret and may be replayed as it is.
    ///
    /// A replay of an anonymous request cannot tell the caller who sent it first from anyone
    /// else who sends the same request id and body: replaying a secret would hand it to
    /// whoever could guess or overhear the id. So such a replay is refused with a conflict
    /// that says what the first request did, and the secret is not even recorded. (A retry
    /// whose first answer was lost loses the secret with it: DOMAIN.md 1 has the temporary
    /// password "returned exactly once".)
    fn withheld(&self) -> Option<ApiError>;
}

impl ShownOnce for () {
    fn withheld(&self) -> Option<ApiError> {
        None
    }
}

impl ShownOnce for crate::api::TenantCreated {
    fn withheld(&self) -> Option<ApiError> {
        Some(
            ApiError::new(
                Code::Conflict,
                format!(
                    "this request already created the tenant {} ({}) and its Global admin {}: \
                     the temporary password was in the answer to the first request and is not shown again",
                    self.tenant.default_domain,
                    self.tenant.id,
                    self.global_admin.user_principal_name
                ),
            )
            .hint(format!(
                "sign in as {} with the password of the first answer; to create another tenant, \
                 send a new MS-RequestId",
                self.global_admin.user_principal_name
            )),
        )
    }
}

impl ShownOnce for crate::api::Tokens {
    fn withheld(&self) -> Option<ApiError> {
        Some(
            ApiError::new(
                Code::Conflict,
                "this sign-in was already answered: its tokens were in the answer to the first request and are not shown again",
            )
            .hint("sign in again with a new MS-RequestId"),
        )
    }
}

/// Runs `op` once per (`scope`, request id): the first time for real, recording its answer;
/// after that, the recorded answer. `scope` is the caller (a user id).
pub fn once<T: Serialize + DeserializeOwned>(
    tx: &Tx,
    scope: &str,
    key: &RequestKey,
    op: impl FnOnce() -> Result<T>,
) -> Result<T> {
    run_once(tx, scope, key, op, |_| None)
}

/// [`once`] for a request without a caller: the request id is scoped by the whole request,
/// and an answer holding a secret is replayed as the refusal [`ShownOnce::withheld`] gives.
pub fn once_anonymous<T: Serialize + DeserializeOwned + ShownOnce>(
    tx: &Tx,
    key: &RequestKey,
    op: impl FnOnce() -> Result<T>,
) -> Result<T> {
    let scope = format!("anonymous {}", key.fingerprint);
    run_once(tx, &scope, key, op, T::withheld)
}

fn run_once<T: Serialize + DeserializeOwned>(
    tx: &Tx,
    scope: &str,
    key: &RequestKey,
    op: impl FnOnce() -> Result<T>,
    withheld: impl FnOnce(&T) -> Option<ApiError>,
) -> Result<T> {
    let lookup = derive("partnerctl request key", scope, &key.request_id);
    let seal = seal_key(scope, &key.request_id);
    let lookup = hex(&lookup);
    // Claimed first, two deliveries of one request at once take turns: the second waits on
    // the first's claim and then finds its answer. A claim whose operation fails without an
    // answer to keep is rolled back with it, so no claim is ever committed without its answer.
    //
    // Claimed at the end (PostgreSQL's first run of a transaction): the request runs, and its
    // answer goes with the commit, claiming the id then. A delivery whose claim loses (the id
    // was taken before or meanwhile) fails its commit on the unique index, and commits none of
    // what it did; so does one that failed where the request had been answered before. Its
    // next run claims first and gets the recorded answer. This saves every change a statement
    // and a round trip; a repeated request runs twice, once for nothing.
    let late = tx.claims_at_the_end();
    if !late && !queries::requests::claim(tx, &lookup, &key.fingerprint)? {
        return replay(tx, &lookup, key, &seal);
    }
    let out = op();
    // (A lookup that fails, in a transaction an error of the database ended, leaves the
    // operation's own error to tell.)
    if late && out.is_err() && queries::requests::answer(tx, &lookup).is_ok_and(|a| a.is_some()) {
        tx.run_again();
        return out;
    }
    let answer = match &out {
        Ok(v) => Some(match withheld(v) {
            // The secret is not recorded at all: the replay's refusal is.
            Some(refusal) => serde_json::to_vec(&Answer::<T>::Err(refusal))?,
            None => serde_json::to_vec(&Answer::Ok(v))?,
        }),
        Err(e) if tx.keeps_on_error() => Some(serde_json::to_vec(&Answer::<T>::Err(e.clone()))?),
        Err(_) => None,
    };
    if let Some(plain) = answer {
        // Forgetting old answers sweeps the table: it runs on about one recorded answer in 16
        // (those whose key, a hash, starts with 0), not on every one, which saves every other
        // change a statement; an answer outlives its days by a few changes at most.
        if lookup.starts_with('0') {
            queries::requests::forget_before(tx, tx.now - days(KEEP_DAYS))?;
        }
        let sealed = secrets::seal(&seal, &plain, b"")?;
        if late {
            queries::requests::insert_answer(tx, &lookup, &key.fingerprint, &sealed)?;
        } else {
            queries::requests::record(tx, &lookup, &sealed)?;
        }
    }
    out
}

/// The answer recorded under `lookup` for a repeat of the request `key`; refused when the
/// id was recorded for another request.
fn replay<T: DeserializeOwned>(
    tx: &Tx,
    lookup: &str,
    key: &RequestKey,
    seal: &[u8; 32],
) -> Result<T> {
    let found = queries::requests::answer(tx, lookup)?
        .ok_or_else(|| ApiError::internal("a request id's answer vanished while read"))?;
    if found.fingerprint != key.fingerprint {
        return Err(ApiError::new(
            Code::RequestIdReused,
            format!(
                "the request id {} was already used for a different request",
                key.request_id
            ),
        )
        .hint("send a new MS-RequestId for each new request, the same one only on a retry"));
    }
    let answer: Answer<T> = serde_json::from_slice(&secrets::open(seal, &found.answer, b"")?)?;
    match answer {
        Answer::Ok(v) => Ok(v),
        Answer::Err(e) => Err(e),
    }
}

/// The key an answer is sealed with.
pub(super) fn seal_key(scope: &str, request_id: &str) -> [u8; 32] {
    derive("partnerctl request answer", scope, request_id)
}

fn derive(purpose: &str, scope: &str, request_id: &str) -> [u8; 32] {
    let mut h = Context::new(&SHA256);
    for part in [purpose, scope, request_id] {
        h.update(&(part.len() as u64).to_be_bytes());
        h.update(part.as_bytes());
    }
    h.finish().as_ref().try_into().expect("32 bytes")
}
