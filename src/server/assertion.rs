//! Checks a client assertion (RFC 7523) of an application registered with
//! `serve --app-certificate`: the signature with the certificate's RSA key, the `x5t`
//! thumbprint, `aud`, `iss` = `sub` = the client id, and `nbf`/`exp` by the server's clock.
//! An assertion is good for one sign-in: its `jti` is remembered in the store until it
//! expires (`backend::grants`), whichever instance it reaches.

use crate::jwt::{thumbprint, Claims, Header};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use ring::signature::{UnparsedPublicKey, RSA_PKCS1_2048_8192_SHA256};

/// How far the two clocks may disagree.
const SKEW_S: i64 = 5 * 60;
/// The longest an assertion may still be valid for (`exp` past now): ours are valid ten
/// minutes. It bounds how long a `jti` is remembered.
const MAX_VALID_S: i64 = 60 * 60;
/// The longest `jti` taken.
const MAX_JTI: usize = 128;
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
