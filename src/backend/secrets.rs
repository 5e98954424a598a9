//! Secrets the backend hands out once and stores only as hashes: passwords a person chose
//! (argon2), temporary passwords the backend generated (HMAC-SHA-256, see
//! [`hash_temporary_password`]), tokens (SHA-256; they are 256 random bits, so a fast hash is enough) and verification
//! codes (salted SHA-256, guarded by the attempt limit). What must be read back (recorded
//! answers, mail bodies) is sealed (ChaCha20-Poly1305) with a key the database does not hold.

use crate::error::{ApiError, Result};
use crate::random;
use argon2::password_hash::phc::{Output, ParamsString, PasswordHash, Salt};
use argon2::{Argon2, Block, Params};
use base64::Engine;
use ring::aead::{Aad, LessSafeKey, Nonce, UnboundKey, CHACHA20_POLY1305, NONCE_LEN};
use ring::{digest, hmac};
use std::path::Path;
use std::sync::Mutex;

/// argon2's work memory (19 MiB a hash), kept for reuse: a fresh allocation per hash, on
/// whichever thread, leaves the allocator holding a copy per thread, and a bulk run that adds
/// hundreds of users would grow by tens of MiB. There are never more buffers than hashes that
/// ran at once, which `hashing` bounds to the machine's cores.
static WORK_MEMORY: Mutex<Vec<Vec<Block>>> = Mutex::new(Vec::new());

/// The argon2 output of `password` with `salt`, `len` bytes long, computed in reused work
/// memory.
fn argon2_output(
    argon: &Argon2<'_>,
    password: &str,
    salt: &Salt,
    len: usize,
) -> std::result::Result<Output, String> {
    debug_assert!(
        !super::hashing::in_transaction(),
        "argon2 runs on the hashing pool, never inside a store transaction"
    );
    let mut memory = WORK_MEMORY
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .pop()
        .unwrap_or_default();
    memory.resize(argon.params().block_count(), Block::default());
    let mut hashed = Ok(());
    let output = Output::init_with(len, |out| {
        hashed =
            argon.hash_password_into_with_memory(password.as_bytes(), salt, out, &mut memory[..]);
        Ok(())
    });
    WORK_MEMORY
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .push(memory);
    hashed.map_err(|e| e.to_string())?;
    output.map_err(|e| e.to_string())
}

fn hashing_failed(e: impl std::fmt::Display) -> ApiError {
    ApiError::internal(format!("password hashing: {e}"))
}

/// An argon2id hash of `password` with a new salt, as a PHC string.
pub fn hash_password(password: &str) -> Result<String> {
    let salt = Salt::new(&random::bytes::<16>()).map_err(hashing_failed)?;
    let argon = Argon2::default();
    let output = argon2_output(&argon, password, &salt, Params::DEFAULT_OUTPUT_LEN)
        .map_err(hashing_failed)?;
    let hash = PasswordHash {
        algorithm: argon2::Algorithm::default().ident(),
        version: Some(argon2::Version::default().into()),
        params: ParamsString::try_from(argon.params()).map_err(hashing_failed)?,
        salt: Some(salt),
        hash: Some(output),
    };
    Ok(hash.to_string())
}

/// Whether `password` is the one `phc` was made from (argon2, in the reused work memory).
pub fn verify_password(password: &str, phc: &str) -> bool {
    let Ok(h) = PasswordHash::new(phc) else {
        return false;
    };
    let (Some(salt), Some(expected)) = (h.salt, h.hash) else {
        return false;
    };
    let Ok(algorithm) = argon2::Algorithm::try_from(h.algorithm.as_str()) else {
        return false;
    };
    let version = h
        .version
        .and_then(|v| argon2::Version::try_from(v).ok())
        .unwrap_or_default();
    let Ok(params) = Params::try_from(&h) else {
        return false;
    };
    let argon = Argon2::new(algorithm, version, params);
    let computed = argon2_output(&argon, password, &salt, expected.len());
    // `Output`'s equality is constant-time.
    computed.is_ok_and(|c| c == expected)
}

/// A hash to verify against when the user name is unknown, so that an unknown user costs the
/// same time as a wrong password and the answer's timing does not tell which users exist.
pub fn decoy_hash() -> &'static str {
    static DECOY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DECOY.get_or_init(|| hash_password(&temporary_password()).expect("hashing a random password"))
}

/// How a stored password was hashed: the `password_kind` beside the hash, so that verifying
/// knows which computation to repeat.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HashKind {
    /// A password a person chose: argon2id, a PHC string.
    Argon2,
    /// A temporary password the backend generated: HMAC-SHA-256 under the store's key, hex.
    HmacSha256,
}

impl HashKind {
    pub fn as_str(self) -> &'static str {
        match self {
            HashKind::Argon2 => "argon2",
            HashKind::HmacSha256 => "hmac-sha256",
        }
    }

    pub fn parse(s: &str) -> Option<HashKind> {
        match s {
            "argon2" => Some(HashKind::Argon2),
            "hmac-sha256" => Some(HashKind::HmacSha256),
            _ => None,
        }
    }
}

/// The characters of temporary passwords: upper, lower, digits and symbols, without
/// look-alikes (63 of them, 5.98 bits a character).
const UPPER: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ";
const LOWER: &[u8] = b"abcdefghijkmnpqrstuvwxyz";
const DIGIT: &[u8] = b"23456789";
const SYMBOL: &[u8] = b"!#%+-=?@";
/// Characters in a temporary password: 24 of 63 is 143 bits, and keeping only those with
/// every kind of character (most are) takes less than one bit of it: well over the 128 bits
/// that make [`hash_temporary_password`]'s fast hash safe.
const TEMPORARY_LENGTH: usize = 24;

/// A temporary password: 24 characters with upper, lower, digits and a symbol, as Azure AD
/// requires, from an alphabet without look-alikes, drawn from the operating system's
/// random source.
pub fn temporary_password() -> String {
    let alphabet: Vec<u8> = [UPPER, LOWER, DIGIT, SYMBOL].concat();
    loop {
        let s = random::chars_from(&alphabet, TEMPORARY_LENGTH);
        let has = |set: &[u8]| s.bytes().any(|b| set.contains(&b));
        if [UPPER, LOWER, DIGIT, SYMBOL].into_iter().all(has) {
            return s;
        }
    }
}

/// A key derived from the store's sealing key (which lives beside the database, not in it)
/// for one `purpose`, so that what it makes never doubles as anything made with another.
pub fn subkey(store_key: &[u8; 32], purpose: &[u8]) -> hmac::Key {
    let master = hmac::Key::new(hmac::HMAC_SHA256, store_key);
    let subkey = hmac::sign(&master, purpose);
    hmac::Key::new(hmac::HMAC_SHA256, subkey.as_ref())
}

/// The key temporary passwords are hashed with.
fn temporary_password_key(store_key: &[u8; 32]) -> hmac::Key {
    subkey(store_key, b"partnerctl/temporary-password-hash/v1")
}

/// Bytes as lowercase hex.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The stored form of a temporary password the backend generated: HMAC-SHA-256 under a key
/// derived from the store's key, hex.
///
/// Why not argon2, as for a chosen password: argon2's work factor slows down guessing, which
/// matters for passwords people choose, since they can be guessed from lists. A temporary
/// password is [`temporary_password`]'s 128+ random bits: no amount of guessing finds it, with
/// or without a work factor, so argon2 would cost about 14 ms of a core per user for nothing.
/// Keyed (not a plain SHA-256): a stolen database alone is not enough to test a guess; the
/// key, in a file beside it (or given to `serve`), is needed too. No salt is needed: the
/// passwords are random, so equal hashes do not happen.
pub fn hash_temporary_password(store_key: &[u8; 32], password: &str) -> String {
    hex(hmac::sign(&temporary_password_key(store_key), password.as_bytes()).as_ref())
}

/// Whether `password` is the temporary password `stored` ([`hash_temporary_password`]) was
/// made from; the comparison's time does not depend on where they differ.
pub fn verify_temporary_password(store_key: &[u8; 32], password: &str, stored: &str) -> bool {
    let Some(tag) = from_hex(stored) else {
        return false;
    };
    hmac::verify(
        &temporary_password_key(store_key),
        password.as_bytes(),
        &tag,
    )
    .is_ok()
}

/// Whether `password` is the one `stored` (of `kind`) was made from. A temporary password's
/// check also runs argon2 on the decoy, so that the answer takes as long as for a chosen
/// password or an unknown user, and its timing does not tell which the user has.
pub fn verify_stored_password(
    store_key: &[u8; 32],
    kind: HashKind,
    password: &str,
    stored: &str,
) -> bool {
    match kind {
        HashKind::Argon2 => verify_password(password, stored),
        HashKind::HmacSha256 => {
            let matched = verify_temporary_password(store_key, password, stored);
            let _ = verify_password(password, decoy_hash());
            matched
        }
    }
}

fn from_hex(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok())
        .collect()
}

/// A new bearer token: `prefix` and 256 random bits, base64url.
pub fn new_token(prefix: &str) -> String {
    format!(
        "{prefix}{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(random::bytes::<32>())
    )
}

pub fn sha256_hex(parts: &[&str]) -> String {
    let mut h = digest::Context::new(&digest::SHA256);
    for p in parts {
        h.update(p.as_bytes());
        h.update(&[0u8]);
    }
    hex(h.finish().as_ref())
}

pub fn hash_token(token: &str) -> String {
    sha256_hex(&["token", token])
}

/// A six-digit verification code.
pub fn verification_code() -> String {
    format!("{:06}", random::below(1_000_000))
}

pub fn random_salt() -> String {
    base64::engine::general_purpose::STANDARD_NO_PAD.encode(random::bytes::<16>())
}

fn aead_key(key: &[u8; 32]) -> LessSafeKey {
    LessSafeKey::new(UnboundKey::new(&CHACHA20_POLY1305, key).expect("a 32-byte key"))
}

/// `plain` sealed with `key`, bound to `context` (which must be given again to open it): a new
/// random 12-byte nonce, then the ChaCha20-Poly1305 (RFC 8439) ciphertext and its 16-byte tag,
/// with `context` as the associated data. Stores hold values in this form: it never changes.
pub fn seal(key: &[u8; 32], plain: &[u8], context: &[u8]) -> Result<Vec<u8>> {
    let nonce = random::bytes::<NONCE_LEN>();
    let mut sealed = Vec::with_capacity(NONCE_LEN + plain.len() + CHACHA20_POLY1305.tag_len());
    sealed.extend_from_slice(&nonce);
    sealed.extend_from_slice(plain);
    let tag = aead_key(key)
        .seal_in_place_separate_tag(
            Nonce::assume_unique_for_key(nonce),
            Aad::from(context),
            &mut sealed[NONCE_LEN..],
        )
        .map_err(|_| ApiError::internal("sealing a stored secret"))?;
    sealed.extend_from_slice(tag.as_ref());
    Ok(sealed)
}

/// What [`seal`] sealed, if `key` and `context` are the ones it was sealed with.
pub fn open(key: &[u8; 32], sealed: &[u8], context: &[u8]) -> Result<Vec<u8>> {
    if sealed.len() < NONCE_LEN + CHACHA20_POLY1305.tag_len() {
        return Err(ApiError::internal("a sealed value is truncated"));
    }
    let (nonce, msg) = sealed.split_at(NONCE_LEN);
    let nonce = Nonce::try_assume_unique_for_key(nonce).expect("a 12-byte nonce");
    let mut buf = msg.to_vec();
    let plain_len = aead_key(key)
        .open_in_place(nonce, Aad::from(context), &mut buf)
        .map_err(|_| ApiError::internal("a sealed value cannot be opened"))?
        .len();
    buf.truncate(plain_len);
    Ok(buf)
}

/// The key in `path`, created (32 random bytes, readable by the owner only) if there is none
/// yet. It lives beside the database, not in it: a copy of the database (a backup, its
/// write-ahead log) does not open what it seals.
pub fn key_file(path: &Path) -> Result<[u8; 32]> {
    let failed = |e: std::io::Error| {
        ApiError::internal(format!("cannot read or create {}: {e}", path.display()))
    };
    let mut key = [0u8; 32];
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    match options.open(path) {
        Ok(mut file) => {
            use std::io::Write;
            random::fill(&mut key);
            file.write_all(&key).map_err(failed)?;
            file.sync_all().map_err(failed)?;
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            let bytes = std::fs::read(path).map_err(failed)?;
            key = bytes.try_into().map_err(|_| {
                ApiError::internal(format!("{} is not a 32-byte key", path.display()))
            })?;
        }
        Err(e) => return Err(failed(e)),
    }
    Ok(key)
}

/// The sealing key given to `serve` (`--key-file`): any file of 32 or more random bytes. A
/// file of exactly 32 bytes (a data dir's `mail.key`) is the key itself; a longer one is
/// hashed down to 32 bytes, so instances given the same file seal alike.
pub fn key_from_file(path: &Path) -> Result<[u8; 32]> {
    let bytes = std::fs::read(path).map_err(|e| {
        ApiError::new(
            crate::error::Code::InvalidInput,
            format!("cannot read the key file {}: {e}", path.display()),
        )
    })?;
    match bytes.len() {
        32 => Ok(bytes.try_into().expect("32 bytes")),
        n if n > 32 => Ok(digest::digest(&digest::SHA256, &bytes)
            .as_ref()
            .try_into()
            .expect("32 bytes")),
        n => Err(ApiError::new(
            crate::error::Code::InvalidInput,
            format!(
                "the key file {} holds {n} bytes; it needs 32 or more random bytes",
                path.display()
            ),
        )
        .hint("make one with `head -c 32 /dev/urandom > partnerctl.key`")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn password_round_trip_and_hash_hides_password() {
        let p = temporary_password();
        let h = hash_password(&p).unwrap();
        assert!(h.starts_with("$argon2"));
        assert!(!h.contains(&p));
        assert!(verify_password(&p, &h));
        assert!(!verify_password("wrong", &h));
    }

    #[test]
    fn hashes_are_standard_argon2id_with_a_salt_each() {
        use argon2::password_hash::PasswordHasher;
        let h = hash_password("correct horse").unwrap();
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{h}");
        assert_ne!(h, hash_password("correct horse").unwrap());
        // The same password and salt hash as argon2's own encoder does.
        let parsed = PasswordHash::new(&h).unwrap();
        let again: PasswordHash = Argon2::default()
            .hash_password_with_salt(b"correct horse", &parsed.salt.unwrap())
            .unwrap();
        assert_eq!(again.to_string(), h);
    }

    #[test]
    fn temporary_passwords_are_strong() {
        let p = temporary_password();
        assert_eq!(p.chars().count(), TEMPORARY_LENGTH);
        assert!(p.chars().any(|c| c.is_ascii_uppercase()));
        assert!(p.chars().any(|c| c.is_ascii_lowercase()));
        assert!(p.chars().any(|c| c.is_ascii_digit()));
        assert!(p.chars().any(|c| !c.is_ascii_alphanumeric()));
        // At least 128 bits: every character is drawn from the whole alphabet. (Keeping only
        // passwords with every kind of character costs under one bit; leave two for it.)
        let alphabet = [UPPER, LOWER, DIGIT, SYMBOL].concat();
        let bits = TEMPORARY_LENGTH as f64 * (alphabet.len() as f64).log2();
        assert!(bits >= 130.0, "{bits} bits");
        let mut seen = std::collections::HashSet::new();
        for _ in 0..200 {
            let p = temporary_password();
            assert!(p.bytes().all(|b| alphabet.contains(&b)), "{p}");
            assert!(seen.insert(p));
        }
        // Every position takes every kind of character (none is fixed to one kind).
        let kinds: Vec<std::collections::HashSet<u8>> = (0..TEMPORARY_LENGTH)
            .map(|i| {
                seen.iter()
                    .map(|p| {
                        let b = p.as_bytes()[i];
                        [UPPER, LOWER, DIGIT, SYMBOL]
                            .iter()
                            .position(|set| set.contains(&b))
                            .unwrap() as u8
                    })
                    .collect()
            })
            .collect();
        assert!(kinds.iter().all(|k| k.len() >= 3), "{kinds:?}");
    }

    #[test]
    fn temporary_passwords_are_hashed_with_a_key_of_their_own() {
        let key = [7u8; 32];
        let p = temporary_password();
        let h = hash_temporary_password(&key, &p);
        assert_eq!(h.len(), 64);
        assert!(!h.contains(&p));
        assert!(verify_temporary_password(&key, &p, &h));
        assert!(!verify_temporary_password(&key, "wrong", &h));
        // Another store's key does not verify it: the database alone tests no guess.
        assert!(!verify_temporary_password(&[8u8; 32], &p, &h));
        assert_ne!(hash_temporary_password(&[8u8; 32], &p), h);
        // The key is derived for this purpose: not the store key itself.
        let direct = hmac::sign(&hmac::Key::new(hmac::HMAC_SHA256, &key), p.as_bytes());
        let direct: String = direct.as_ref().iter().map(|b| format!("{b:02x}")).collect();
        assert_ne!(direct, h);
        assert!(verify_stored_password(&key, HashKind::HmacSha256, &p, &h));
        assert!(!verify_stored_password(&key, HashKind::Argon2, &p, &h));
        assert!(!verify_temporary_password(&key, &p, "zz"));
    }

    #[test]
    fn sealed_values_open_only_with_their_key_and_context() {
        let key = [7u8; 32];
        let sealed = seal(&key, b"code 123456", b"mail-1").unwrap();
        assert!(!sealed.windows(6).any(|w| w == b"123456"));
        assert_eq!(open(&key, &sealed, b"mail-1").unwrap(), b"code 123456");
        assert!(open(&key, &sealed, b"mail-2").is_err());
        assert!(open(&[8u8; 32], &sealed, b"mail-1").is_err());
        assert!(open(&key, &sealed[..27], b"mail-1").is_err());
    }

    /// Sealed by the implementation stores were first written with (nonce "fixed-nonce!"):
    /// data dirs and databases made before keep opening.
    const SEALED_EARLIER: &str =
        "66697865642d6e6f6e636521afdcb69c34291f71916698dd1e546b8f4f34b13fdbd4d0b51a0e22";

    #[test]
    fn values_sealed_by_earlier_versions_open() {
        let sealed = from_hex(SEALED_EARLIER).unwrap();
        assert_eq!(
            open(&[7u8; 32], &sealed, b"mail-1").unwrap(),
            b"code 123456"
        );
        assert!(open(&[7u8; 32], &sealed, b"mail-2").is_err());
        // And today's sealing has the same layout: nonce, ciphertext, tag.
        let fresh = seal(&[7u8; 32], b"code 123456", b"mail-1").unwrap();
        assert_eq!(fresh.len(), sealed.len());
        let again: Vec<u8> = [&sealed[..12], b"code 123456"].concat();
        let mut buf = again[12..].to_vec();
        let tag = aead_key(&[7u8; 32])
            .seal_in_place_separate_tag(
                Nonce::try_assume_unique_for_key(&sealed[..12]).unwrap(),
                Aad::from(b"mail-1"),
                &mut buf,
            )
            .unwrap();
        buf.extend_from_slice(tag.as_ref());
        assert_eq!(&buf[..], &sealed[12..]);
    }

    #[test]
    fn a_long_key_file_is_hashed_down_with_sha256() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("long.key");
        std::fs::write(&path, [b'k'; 40]).unwrap();
        // echo -n kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk | sha256sum
        let expected = from_hex("dc4c5d17d972b66638dd360cf701ca3d0d7ef3b06c5156cd4de5da931555d567");
        assert_eq!(key_from_file(&path).unwrap().to_vec(), expected.unwrap());
    }

    #[test]
    fn sha256_hex_is_the_standard_digest_of_the_parts_each_ended_by_a_zero_byte() {
        // printf 'a\0bc\0' | sha256sum
        assert_eq!(
            sha256_hex(&["a", "bc"]),
            "aa795aa4bbb6117911ef062e271bcb05ccfd58ea439da7d46a44e3a3fcefa790"
        );
    }

    #[test]
    fn a_key_file_is_made_once_and_private() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("k.key");
        let key = key_file(&path).unwrap();
        assert_eq!(key_file(&path).unwrap(), key);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        std::fs::write(&path, b"short").unwrap();
        assert!(key_file(&path).is_err());
    }

    #[test]
    fn tokens_are_unique_and_hashed() {
        let a = new_token("at_");
        let b = new_token("at_");
        assert_ne!(a, b);
        assert_eq!(hash_token(&a).len(), 64);
        assert_ne!(hash_token(&a), hash_token(&b));
    }
}
