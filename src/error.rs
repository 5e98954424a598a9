//! The one error type every operation returns, with stable numeric codes.
//!
//! A code's thousands digit says what kind of error it is, and the kind decides the
//! CLI's exit code and (for the HTTP face) the status. Codes never change meaning.

use serde::{Deserialize, Serialize};
use std::fmt;

/// What kind of failure an error is; decides exit code and HTTP status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum ErrorKind {
    /// Bad input: a field, a file, an argument. Exit 2, HTTP 400.
    Invalid,
    /// Not signed in, or the session is no longer valid. Exit 4, HTTP 401.
    Unauthenticated,
    /// Signed in but not allowed. Exit 4, HTTP 403.
    Forbidden,
    /// The thing named does not exist (for this tenant). Exit 5, HTTP 404.
    NotFound,
    /// The state of the world refuses the operation (a rule). Exit 5, HTTP 409.
    Conflict,
    /// An `If-Match` etag is stale. Exit 5, HTTP 412.
    PreconditionFailed,
    /// Too many requests or attempts. Exit 1, HTTP 429.
    RateLimited,
    /// The service cannot take the request now (busy, or its database out of reach); the
    /// same request may pass in a moment. Exit 1, HTTP 503.
    Unavailable,
    /// Anything else. Exit 1, HTTP 500.
    Internal,
    /// The backend has no API for this; it is done elsewhere (Partner Center's portal).
    /// Exit 6, HTTP 501.
    Unsupported,
}

impl ErrorKind {
    pub fn exit_code(self) -> i32 {
        match self {
            ErrorKind::Invalid => 2,
            ErrorKind::Unauthenticated | ErrorKind::Forbidden => 4,
            ErrorKind::NotFound | ErrorKind::Conflict | ErrorKind::PreconditionFailed => 5,
            ErrorKind::RateLimited | ErrorKind::Unavailable | ErrorKind::Internal => 1,
            ErrorKind::Unsupported => 6,
        }
    }

    pub fn http_status(self) -> u16 {
        match self {
            ErrorKind::Invalid => 400,
            ErrorKind::Unauthenticated => 401,
            ErrorKind::Forbidden => 403,
            ErrorKind::NotFound => 404,
            ErrorKind::Conflict => 409,
            ErrorKind::PreconditionFailed => 412,
            ErrorKind::RateLimited => 429,
            ErrorKind::Unavailable => 503,
            ErrorKind::Internal => 500,
            ErrorKind::Unsupported => 501,
        }
    }
}

/// Stable error codes. The thousands digit is the kind (see [`Code::kind`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u32)]
pub enum Code {
    InvalidInput = 1000,
    InvalidAddress = 1001,
    InvalidEmail = 1002,
    RoleMailbox = 1003,
    AgreementNotAccepted = 1004,
    InvalidDomainPrefix = 1005,
    InvalidRoleForGuest = 1006,
    WrongVerificationCode = 1007,
    /// An `MS-RequestId` used again for a different request.
    RequestIdReused = 1008,
    /// A header the protocol needs is missing or malformed (`MS-RequestId`, `If-Match`, ...).
    InvalidHeader = 1009,
    /// The request body is larger than the server accepts.
    PayloadTooLarge = 1010,
    /// `MS-Contract-Version` names a version the server does not speak.
    UnsupportedContractVersion = 1011,
    /// The endpoint exists, but not with this method.
    MethodNotAllowed = 1012,
    /// The request head (request line and headers) is larger than the server takes (431).
    HeadTooLarge = 1013,
    /// The request's URI is longer than the server takes (414).
    UriTooLong = 1014,
    /// The request (its body, most often) did not arrive and get its answer in time.
    RequestTimeout = 1015,

    NotSignedIn = 2000,
    BadCredentials = 2001,
    SessionExpired = 2002,
    SignInLocked = 2003,
    /// A device code was not approved before it expired.
    DeviceCodeExpired = 2004,
    /// The person at the device-code page declined the sign-in.
    SignInDeclined = 2005,
    /// The password is temporary: it must be changed at this (the first) sign-in with it.
    PasswordChangeRequired = 2006,

    Forbidden = 2100,
    OwnerProtected = 2101,

    TenantNotFound = 3000,
    AccountNotFound = 3001,
    UserNotFound = 3002,
    OrderNotFound = 3003,
    BenefitNotFound = 3004,
    OfferNotFound = 3005,
    RoleNotFound = 3006,
    CountryNotFound = 3007,
    /// No endpoint at this path.
    EndpointNotFound = 3008,
    /// The tenant has no such domain.
    DomainNotFound = 3009,

    Conflict = 4000,
    DomainTaken = 4001,
    AccountExists = 4002,
    UserExists = 4003,
    NotAuthorized = 4004,
    MembershipExpired = 4005,
    MembershipLapsed = 4006,
    RenewalWindowNotOpen = 4007,
    RenewalWindowClosed = 4008,
    AlreadySubscribed = 4009,
    GoldHeld = 4010,
    OrderNotPayable = 4011,
    RefundNotAllowed = 4012,
    BenefitNotActivatable = 4013,
    SeatsExhausted = 4014,
    SeatReassignTooSoon = 4015,
    KeyAlreadyRedeemed = 4016,
    VerificationLocked = 4017,
    CodeExpired = 4018,
    AlreadyVerified = 4019,
    LastGlobalAdmin = 4020,
    NetworkMembershipInactive = 4021,
    BenefitWithdrawn = 4022,
    /// The verification code was sent again as often as an hour allows.
    ResendLimitReached = 4023,
    /// The domain's TXT record is not (yet) published.
    DomainNotVerified = 4024,

    StaleEtag = 4120,

    TooManyRequests = 4290,

    Internal = 5000,
    /// The HTTP backend could not be reached (after retries).
    BackendUnreachable = 5001,
    /// The HTTP backend answered something that is not the protocol.
    BadResponse = 5002,
    /// The database could not be reached, or kept losing races to conflicting changes.
    StoreBusy = 5003,
    /// The server has as many requests in flight as it takes (`serve --max-in-flight`).
    ServerBusy = 5004,
    /// The name server that verifies domains did not answer.
    NameServerUnreachable = 5005,
    /// The backend does not implement the operation (a server older than the client).
    Unsupported = 5100,

    /// The backend kind has no public API for the command (Partner Center: use the portal).
    NotInPublicApi = 6000,
}

impl Code {
    pub fn kind(self) -> ErrorKind {
        kind_of(self as u32)
    }
}

fn kind_of(code: u32) -> ErrorKind {
    match code {
        1000..=1999 => ErrorKind::Invalid,
        2000..=2099 => ErrorKind::Unauthenticated,
        2100..=2999 => ErrorKind::Forbidden,
        3000..=3999 => ErrorKind::NotFound,
        4120..=4129 => ErrorKind::PreconditionFailed,
        4290..=4299 => ErrorKind::RateLimited,
        4000..=4999 => ErrorKind::Conflict,
        6000..=6999 => ErrorKind::Unsupported,
        5003..=5005 => ErrorKind::Unavailable,
        _ => ErrorKind::Internal,
    }
}

/// One problem with one field of a request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct FieldError {
    /// Dotted camelCase path in the request, e.g. `primaryContact.email`.
    pub field: String,
    pub message: String,
}

impl FieldError {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        FieldError {
            field: field.into(),
            message: message.into(),
        }
    }
}

/// The error of every API operation, embedded or remote. Shown as its message, then one
/// indented line per field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(rename_all = "camelCase")]
#[error("{message}{}", field_lines(.fields))]
pub struct ApiError {
    pub code: u32,
    pub message: String,
    /// What the user can do about it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    /// Every failing field, when the error is about input.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldError>,
}

pub type Result<T, E = ApiError> = std::result::Result<T, E>;

impl ApiError {
    pub fn new(code: Code, message: impl Into<String>) -> Self {
        ApiError {
            code: code as u32,
            message: message.into(),
            hint: None,
            fields: Vec::new(),
        }
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// An input error listing every failing field.
    pub fn invalid(message: impl Into<String>, fields: Vec<FieldError>) -> Self {
        ApiError {
            fields,
            ..ApiError::new(Code::InvalidInput, message)
        }
    }

    /// The backend has no such operation.
    pub fn unsupported(operation: &str) -> Self {
        ApiError::new(
            Code::Unsupported,
            format!("this backend does not support {operation}"),
        )
        .hint("upgrade the backend (partnerctl serve) to the version of this partnerctl")
    }

    pub fn internal(message: impl fmt::Display) -> Self {
        ApiError::new(Code::Internal, format!("internal error: {message}"))
    }

    pub fn kind(&self) -> ErrorKind {
        kind_of(self.code)
    }

    pub fn is(&self, code: Code) -> bool {
        self.code == code as u32
    }

    /// A failure that may pass if the call is made again later: the backend was unreachable,
    /// failed inside, answered garbage, or kept throttling. Not a refusal of the request.
    pub fn is_transient(&self) -> bool {
        [
            Code::Internal,
            Code::BackendUnreachable,
            Code::BadResponse,
            Code::StoreBusy,
            Code::ServerBusy,
            Code::TooManyRequests,
        ]
        .iter()
        .any(|c| self.is(*c))
    }

    pub fn exit_code(&self) -> i32 {
        self.kind().exit_code()
    }
}

fn field_lines(fields: &[FieldError]) -> String {
    fields
        .iter()
        .map(|fe| format!("\n  {}: {}", fe.field, fe.message))
        .collect()
}

impl From<serde_json::Error> for ApiError {
    fn from(e: serde_json::Error) -> Self {
        ApiError::internal(format!("json: {e}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_map_to_kinds_and_exit_codes() {
        assert_eq!(Code::InvalidAddress.kind().exit_code(), 2);
        assert_eq!(Code::NotSignedIn.kind().exit_code(), 4);
        assert_eq!(Code::Forbidden.kind().exit_code(), 4);
        assert_eq!(Code::AccountNotFound.kind().exit_code(), 5);
        assert_eq!(Code::AccountExists.kind().exit_code(), 5);
        assert_eq!(Code::StaleEtag.kind(), ErrorKind::PreconditionFailed);
        assert_eq!(Code::TooManyRequests.kind(), ErrorKind::RateLimited);
        assert_eq!(Code::Internal.kind().exit_code(), 1);
        assert_eq!(Code::StoreBusy.kind().http_status(), 503);
        assert_eq!(Code::ServerBusy.kind().exit_code(), 1);
        assert_eq!(Code::NotInPublicApi.kind().exit_code(), 6);
        assert_eq!(Code::DeviceCodeExpired.kind().exit_code(), 4);
    }
}
