//! Checks a client assertion (RFC 7523) of an application registered with
//! `serve --app-certificate`: the signature with the certificate's RSA key, the `x5t`
//! thumbprint, `aud`, `iss` = `sub` = the client id, and `nbf`/`exp` by the server's clock.
//! An assertion is good for one sign-in: its `jti` is remembered until it expires ([`Seen`]).

use crate::client::assertion::{thumbprint, Claims, Header};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use ring::signature::{UnparsedPublicKey, RSA_PKCS1_2048_8192_SHA256};
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How far the two clocks may disagree.
const SKEW_S: i64 = 5 * 60;
/// The longest an assertion may still be valid for (`exp` past now): ours are valid ten
/// minutes. It bounds how long a `jti` is remembered.
const MAX_VALID_S: i64 = 60 * 60;
/// The longest `jti` taken.
const MAX_JTI: usize = 128;
/// The most assertions remembered at once; past it sign-ins by assertion wait (429).
pub const MAX_SEEN: usize = 10_000;

/// An assertion that checks out: how long its `jti` must be remembered.
#[derive(Debug)]
pub struct Valid {
    pub jti: String,
    /// Seconds until the assertion is no longer valid, leeway included.
    pub valid_for_s: i64,
}

/// What is wrong with an assertion, if anything.
pub fn check(
    jwt: &str,
    cert_der: &[u8],
    client_id: &str,
    aud: &str,
    now: i64,
) -> Result<Valid, String> {
    let mut parts = jwt.split('.');
    let (Some(h), Some(c), Some(s), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err("the client assertion is not a signed JWT".into());
    };
    let header: Header = decode(h)?;
    if header.alg != "RS256" {
        return Err(format!(
            "the client assertion's alg {:?} is not RS256",
            header.alg
        ));
    }
    if header.x5t != thumbprint(cert_der) {
        return Err("the client assertion's x5t is not the registered certificate's".into());
    }
    let key = rsa_public_key(cert_der).ok_or("the registered certificate has no RSA key")?;
    let sig = URL_SAFE_NO_PAD
        .decode(s)
        .map_err(|_| "the client assertion's signature is not base64url")?;
    let signed = &jwt[..h.len() + 1 + c.len()];
    UnparsedPublicKey::new(&RSA_PKCS1_2048_8192_SHA256, key)
        .verify(signed.as_bytes(), &sig)
        .map_err(|_| "the client assertion's signature does not verify")?;
    let claims: Claims = decode(c)?;
    if claims.iss != client_id || claims.sub != client_id {
        return Err("the client assertion's iss and sub must be the client id".into());
    }
    if claims.aud.trim_end_matches('/') != aud {
        return Err(format!("the client assertion's aud is not {aud}"));
    }
    if now >= claims.exp + SKEW_S {
        return Err("the client assertion expired".into());
    }
    if now + SKEW_S < claims.nbf {
        return Err("the client assertion is not valid yet".into());
    }
    if claims.exp - now > MAX_VALID_S {
        return Err(format!(
            "the client assertion is valid for more than {} minutes; make one that expires sooner",
            MAX_VALID_S / 60
        ));
    }
    if claims.jti.trim().is_empty() || claims.jti.len() > MAX_JTI {
        return Err(format!(
            "the client assertion's jti must be a unique id of 1 to {MAX_JTI} characters"
        ));
    }
    Ok(Valid {
        jti: claims.jti,
        valid_for_s: claims.exp + SKEW_S - now,
    })
}

/// The `jti` of every assertion accepted, per application, until the assertion expires: an
/// assertion is good for one sign-in. Its lifetime is counted in real time from when it was
/// seen (the backend's clock may stand still in rehearsals); expired ids are dropped as new
/// ones come, and at most [`MAX_SEEN`] are kept.
#[derive(Default)]
pub struct Seen {
    ids: Mutex<HashMap<(String, String), Instant>>,
}

/// Why an assertion cannot be used.
#[derive(Debug, PartialEq, Eq)]
pub enum Refused {
    Replayed,
    Full,
}

impl Seen {
    /// Records the first use of `valid` by `client`.
    pub fn first_use(&self, client: &str, valid: &Valid) -> Result<(), Refused> {
        self.first_use_at(client, valid, Instant::now())
    }

    fn first_use_at(&self, client: &str, valid: &Valid, now: Instant) -> Result<(), Refused> {
        let mut ids = self.ids.lock().unwrap_or_else(|e| e.into_inner());
        let key = (client.to_string(), valid.jti.clone());
        if ids.get(&key).is_some_and(|until| now < *until) {
            return Err(Refused::Replayed);
        }
        if ids.len() >= MAX_SEEN {
            ids.retain(|_, until| now < *until);
            if ids.len() >= MAX_SEEN {
                return Err(Refused::Full);
            }
        }
        let secs = valid.valid_for_s.clamp(0, MAX_VALID_S + SKEW_S) as u64;
        ids.insert(key, now + Duration::from_secs(secs));
        Ok(())
    }
}

fn decode<T: serde::de::DeserializeOwned>(part: &str) -> Result<T, String> {
    URL_SAFE_NO_PAD
        .decode(part)
        .ok()
        .and_then(|json| serde_json::from_slice(&json).ok())
        .ok_or_else(|| "the client assertion's header or claims are not JSON".into())
}

/// The RSAPublicKey (PKCS#1 DER) in a certificate's SubjectPublicKeyInfo.
fn rsa_public_key(cert: &[u8]) -> Option<&[u8]> {
    let (_, certificate, _) = tlv(cert)?;
    let (_, mut tbs, _) = tlv(certificate)?;
    // tbsCertificate: [0] version (optional), serial, signature, issuer, validity, subject, SPKI.
    if tbs.first() == Some(&0xA0) {
        tbs = tlv(tbs)?.2;
    }
    for _ in 0..5 {
        tbs = tlv(tbs)?.2;
    }
    let (_, spki, _) = tlv(tbs)?;
    let (_, _, after_algorithm) = tlv(spki)?;
    match tlv(after_algorithm)? {
        // A BIT STRING with no unused bits.
        (0x03, [0, key @ ..], _) => Some(key),
        _ => None,
    }
}

/// One DER element: its tag, its content, and what follows it.
fn tlv(input: &[u8]) -> Option<(u8, &[u8], &[u8])> {
    let (&tag, rest) = input.split_first()?;
    let (&first, rest) = rest.split_first()?;
    let (len, rest) = if first < 0x80 {
        (first as usize, rest)
    } else {
        let n = (first & 0x7F) as usize;
        if n == 0 || n > 4 || rest.len() < n {
            return None;
        }
        let len = rest[..n]
            .iter()
            .fold(0usize, |acc, b| acc << 8 | *b as usize);
        (len, &rest[n..])
    };
    (rest.len() >= len).then(|| (tag, &rest[..len], &rest[len..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn valid(jti: &str, valid_for_s: i64) -> Valid {
        Valid {
            jti: jti.into(),
            valid_for_s,
        }
    }

    #[test]
    fn an_assertion_is_good_once_until_it_expires() {
        let seen = Seen::default();
        let t0 = Instant::now();
        assert_eq!(seen.first_use_at("app", &valid("a", 600), t0), Ok(()));
        assert_eq!(
            seen.first_use_at("app", &valid("a", 600), t0 + Duration::from_secs(599)),
            Err(Refused::Replayed)
        );
        // Another application's id is its own.
        assert_eq!(seen.first_use_at("other", &valid("a", 600), t0), Ok(()));
        // Once expired, the assertion would be refused for that anyway; its id is forgotten.
        assert_eq!(
            seen.first_use_at("app", &valid("a", 600), t0 + Duration::from_secs(601)),
            Ok(())
        );
    }

    #[test]
    fn memory_is_bounded_and_expired_ids_make_room() {
        let seen = Seen::default();
        let t0 = Instant::now();
        for i in 0..MAX_SEEN {
            seen.first_use_at("app", &valid(&i.to_string(), 10), t0)
                .unwrap();
        }
        assert_eq!(
            seen.first_use_at("app", &valid("one more", 10), t0),
            Err(Refused::Full)
        );
        let later = t0 + Duration::from_secs(11);
        assert_eq!(
            seen.first_use_at("app", &valid("one more", 10), later),
            Ok(())
        );
        assert_eq!(seen.ids.lock().unwrap().len(), 1);
    }
}
