//! Partner Center's conventions on the wire, shared by the server (`server`) and the client
//! (`client`): header names, the error body, collections, the token answer and the request
//! bodies that wrap one value.

use crate::api::PaymentMethod;
use crate::error::{ApiError, FieldError};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The contract version this server speaks and this client sends.
pub const CONTRACT_VERSION: &str = "v1";

pub mod header {
    /// The same GUID on every retry of one call, a new one for the next call.
    pub const REQUEST_ID: &str = "ms-requestid";
    /// A GUID per call, to find it in the server's log.
    pub const CORRELATION_ID: &str = "ms-correlationid";
    pub const CONTRACT_VERSION: &str = "ms-contract-version";
    /// Where the next page of a collection starts.
    pub const CONTINUATION_TOKEN: &str = "ms-continuationtoken";
    /// `true`: run the operation and roll it back; the answer shows what would happen.
    pub const DRY_RUN: &str = "partnerctl-dry-run";
    /// On every answer: `true` when the backend is a sandbox.
    pub const SANDBOX: &str = "partnerctl-sandbox";
}

/// Where `source` of an error body says the error came from.
pub const ERROR_SOURCE: &str = "partnerctl";

/// An error on the wire: `{"code", "description", "data", "source"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ErrorBody {
    /// A stable code; its thousands digit is the kind (see the README's table).
    pub code: u32,
    pub description: String,
    /// Every failing field of the request, then what the user can do about it.
    #[serde(default)]
    pub data: Vec<ErrorDetail>,
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum ErrorDetail {
    Field(FieldError),
    Hint { hint: String },
}

impl From<&ApiError> for ErrorBody {
    fn from(e: &ApiError) -> Self {
        let fields = e.fields.iter().cloned().map(ErrorDetail::Field);
        let hint = e.hint.iter().map(|h| ErrorDetail::Hint { hint: h.clone() });
        ErrorBody {
            code: e.code,
            description: e.message.clone(),
            data: fields.chain(hint).collect(),
            source: ERROR_SOURCE.into(),
        }
    }
}

impl From<ErrorBody> for ApiError {
    fn from(b: ErrorBody) -> Self {
        let mut e = ApiError {
            code: b.code,
            message: b.description,
            hint: None,
            fields: Vec::new(),
        };
        for d in b.data {
            match d {
                ErrorDetail::Field(f) => e.fields.push(f),
                ErrorDetail::Hint { hint } => e.hint = Some(hint),
            }
        }
        e
    }
}

/// A page of a collection.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Collection<T> {
    /// How many items the whole collection has.
    pub total_count: usize,
    pub items: Vec<T>,
    #[serde(default)]
    pub links: Links,
    pub attributes: CollectionAttributes,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
pub struct Links {
    /// The next page, while there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<Link>,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct Link {
    pub uri: String,
    pub method: String,
    pub headers: Vec<KeyValue>,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct KeyValue {
    pub key: String,
    pub value: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct CollectionAttributes {
    pub object_type: String,
}

/// The token endpoint's answer, as Azure AD gives it.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct TokenAnswer {
    pub token_type: String,
    pub access_token: String,
    /// Seconds from issue.
    pub expires_in: i64,
    /// When the access token expires, seconds since the epoch.
    pub expires_on: i64,
    pub refresh_token: String,
    /// Seconds from issue.
    pub refresh_token_expires_in: i64,
}

/// The token endpoint's grant that signs in with the current password and sets a new one
/// (`username`, `password`, `new_password`): how a temporary password is changed.
pub const PASSWORD_CHANGE_GRANT: &str = "urn:partnerctl:params:oauth:grant-type:password-change";

/// The token endpoint's device code grant (RFC 8628).
pub const DEVICE_CODE_GRANT: &str = "urn:ietf:params:oauth:grant-type:device_code";

/// The `client_assertion_type` of a JWT assertion (RFC 7523).
pub const JWT_BEARER: &str = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

/// The token endpoint's error, as Azure AD gives it, plus the error body's fields.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct TokenError {
    /// OAuth's error: `invalid_request`, `invalid_grant`, `unsupported_grant_type`, ...
    pub error: String,
    pub error_description: String,
    /// Azure AD's AADSTS numbers of the error, e.g. `[50055]`: the password must be changed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub error_codes: Vec<u32>,
    /// Azure AD's finer reason, e.g. `user_password_expired`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suberror: Option<String>,
    #[serde(flatten)]
    pub body: ErrorBody,
}

/// Whether a header value says yes.
pub fn truthy(v: &str) -> bool {
    matches!(v.trim().to_ascii_lowercase().as_str(), "true" | "1" | "yes")
}

// Request bodies of `/v1` operations whose trait call takes a plain value.

/// `POST /v1/domains`.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct DomainBody {
    pub name: String,
}

/// `POST /v1/account/verification`.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct VerificationBody {
    pub code: String,
}

/// `POST /v1/membership/renew`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
pub struct RenewBody {
    #[serde(default)]
    pub payment: PaymentMethod,
}

/// `POST /v1/benefits/{benefitId}/keys/redeem`.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct RedeemBody {
    pub key: String,
}

/// `POST /v1/roles/{roleId}/usermembers`: Partner Center's user member; the user is named by
/// `id` or `userPrincipalName`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct MemberBody {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_principal_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_id: Option<String>,
}
