//! Idempotency by request id: a changing request carries an `MS-RequestId`; the first answer
//! is recorded in the operation's own transaction, and a repeat of the id by the same caller
//! gets that answer again and changes nothing. The same id with another request is refused.
//!
//! Answers may hold secrets shown once (temporary passwords), so they are sealed with a key
//! derived from the request id, which the store keeps only as part of a hash: the store alone
//! cannot open them; a retry that knows the id can.

use super::secrets;
use super::store::queries;
use super::store::Tx;
use crate::clock::days;
use crate::error::{ApiError, Code, Result};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

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
        let mut h = Sha256::new();
        for part in [method.as_bytes(), path.as_bytes(), body] {
            h.update((part.len() as u64).to_be_bytes());
            h.update(part);
        }
        RequestKey {
            request_id: request_id.to_string(),
            fingerprint: hex(&h.finalize()),
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

/// Runs `op` once per (`scope`, request id): the first time for real, recording its answer;
/// after that, the recorded answer. `scope` is the caller (a user id, or "anonymous").
pub fn once<T: Serialize + DeserializeOwned>(
    tx: &Tx,
    scope: &str,
    key: &RequestKey,
    op: impl FnOnce() -> Result<T>,
) -> Result<T> {
    let lookup = derive("partnerctl request key", scope, &key.request_id);
    let seal = derive("partnerctl request answer", scope, &key.request_id);
    let lookup = hex(&lookup);
    // Two deliveries of one request at once take turns: the second finds the first's answer.
    tx.lock("request", &lookup)?;
    if let Some(found) = queries::requests::answer(tx, &lookup)? {
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
        let answer: Answer<T> = serde_json::from_slice(&secrets::open(&seal, &found.answer, b"")?)?;
        return match answer {
            Answer::Ok(v) => Ok(v),
            Answer::Err(e) => Err(e),
        };
    }
    let out = op();
    let answer = match &out {
        Ok(v) => Some(serde_json::to_vec(&Answer::Ok(v))?),
        Err(e) if tx.keeps_on_error() => Some(serde_json::to_vec(&Answer::<T>::Err(e.clone()))?),
        Err(_) => None,
    };
    if let Some(plain) = answer {
        queries::requests::forget_before(tx, tx.now - days(KEEP_DAYS))?;
        let sealed = secrets::seal(&seal, &plain, b"")?;
        queries::requests::record(tx, &lookup, &key.fingerprint, &sealed)?;
    }
    out
}

fn derive(purpose: &str, scope: &str, request_id: &str) -> [u8; 32] {
    let mut h = Sha256::new();
    for part in [purpose, scope, request_id] {
        h.update((part.len() as u64).to_be_bytes());
        h.update(part.as_bytes());
    }
    h.finalize().into()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
