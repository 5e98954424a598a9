//! The parts of a client assertion (RFC 7523) that the signer (`client::assertion`) and the
//! checker (`server::assertion`) share: the JWT's header and claims, the certificate's
//! thumbprint and PEM reading.

use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine;
use serde::{Deserialize, Serialize};

#[derive(Debug, Serialize, Deserialize)]
pub struct Header {
    pub alg: String,
    pub typ: String,
    pub x5t: String,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct Claims {
    pub aud: String,
    pub iss: String,
    pub sub: String,
    pub jti: String,
    pub nbf: i64,
    pub iat: i64,
    pub exp: i64,
}

/// The base64url SHA-1 thumbprint of a certificate's DER (the `x5t` header).
pub fn thumbprint(cert_der: &[u8]) -> String {
    let digest = ring::digest::digest(&ring::digest::SHA1_FOR_LEGACY_USE_ONLY, cert_der);
    URL_SAFE_NO_PAD.encode(digest.as_ref())
}

/// The DER of the first PEM block labelled `label`.
pub fn pem_block(text: &str, label: &str) -> Option<Vec<u8>> {
    let begin = format!("-----BEGIN {label}-----");
    let end = format!("-----END {label}-----");
    let body = text.split_once(&begin)?.1.split_once(&end)?.0;
    let b64: String = body.split_whitespace().collect();
    STANDARD.decode(b64).ok()
}
