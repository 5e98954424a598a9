//! The token of a verification mail's confirmation link: made when the code is sent (with the
//! code, by `accounts`), stored hashed, and checked by the confirmation page
//! (`confirm_link`). It is not the code, and it is used up with it.

use super::secrets;
use crate::error::{ApiError, Code};

/// The path of the confirmation page, before the token.
pub const PATH: &str = "/confirm/";

/// A new link token.
pub fn new_link() -> String {
    secrets::new_token("")
}

/// The token as stored.
pub fn hash(link: &str) -> String {
    secrets::sha256_hex(&["confirm-link", link])
}

/// The page's address under `base` (`serve`'s public URL).
pub fn url(base: &str, link: &str) -> String {
    format!("{base}{PATH}{link}")
}

pub fn not_valid() -> ApiError {
    ApiError::new(
        Code::CodeExpired,
        "this confirmation link is not valid: it was used already, or a newer mail replaced it",
    )
}
