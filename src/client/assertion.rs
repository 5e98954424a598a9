//! Certificate sign-in: the client assertion of RFC 7523 as Azure AD takes it. A JWT with
//! header `alg` RS256, `typ` JWT and `x5t` (the base64url SHA-1 thumbprint of the certificate),
//! claims `aud` (the token endpoint), `iss` = `sub` = the client id, `jti`, `nbf`, `iat`, `exp`,
//! signed with the certificate's RSA key (PKCS#8 PEM).

use crate::error::{ApiError, Code, Result};
use crate::jwt::{pem_block, thumbprint, Claims, Header};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use ring::rand::SystemRandom;
use ring::signature::{RsaKeyPair, RSA_PKCS1_SHA256};
use serde::Serialize;

/// How long an assertion is valid (Azure AD's guidance: minutes).
const LIFETIME_S: i64 = 10 * 60;

/// An application's certificate and private key, read from one PEM file.
pub struct ClientCertificate {
    key: RsaKeyPair,
    thumbprint: String,
}

impl std::fmt::Debug for ClientCertificate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the key.
        write!(f, "ClientCertificate({})", self.thumbprint)
    }
}

impl ClientCertificate {
    /// From PEM text holding a `PRIVATE KEY` (PKCS#8, RSA) and a `CERTIFICATE`.
    pub fn from_pem(text: &str) -> Result<ClientCertificate> {
        let key = pem_block(text, "PRIVATE KEY").ok_or_else(|| {
            invalid("the certificate file holds no PKCS#8 private key (BEGIN PRIVATE KEY)")
        })?;
        let cert = pem_block(text, "CERTIFICATE")
            .ok_or_else(|| invalid("the certificate file holds no certificate"))?;
        let key = RsaKeyPair::from_pkcs8(&key)
            .map_err(|e| invalid(format!("the private key is not a usable RSA key: {e}")))?;
        Ok(ClientCertificate {
            key,
            thumbprint: thumbprint(&cert),
        })
    }

    /// A signed assertion for `client_id` at the token endpoint `aud`, dated `now` (seconds).
    pub fn assertion(&self, client_id: &str, aud: &str, now: i64) -> Result<String> {
        let header = Header {
            alg: "RS256".into(),
            typ: "JWT".into(),
            x5t: self.thumbprint.clone(),
        };
        let claims = Claims {
            aud: aud.into(),
            iss: client_id.into(),
            sub: client_id.into(),
            jti: crate::random::uuid().to_string(),
            nbf: now,
            iat: now,
            exp: now + LIFETIME_S,
        };
        let signed = format!("{}.{}", part(&header)?, part(&claims)?);
        let mut sig = vec![0; self.key.public().modulus_len()];
        self.key
            .sign(
                &RSA_PKCS1_SHA256,
                &SystemRandom::new(),
                signed.as_bytes(),
                &mut sig,
            )
            .map_err(|_| invalid("signing the client assertion failed"))?;
        Ok(format!("{signed}.{}", URL_SAFE_NO_PAD.encode(sig)))
    }
}

fn part(value: &impl Serialize) -> Result<String> {
    Ok(URL_SAFE_NO_PAD.encode(serde_json::to_vec(value).map_err(ApiError::from)?))
}

fn invalid(message: impl Into<String>) -> ApiError {
    ApiError::new(Code::InvalidInput, message)
}
