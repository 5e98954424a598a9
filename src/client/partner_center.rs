//! The real Partner Center as a backend (`--backend partner-center`): the [`Api`] trait
//! over its public REST API. Profiles, roles and role members, domains and addresses map to
//! its endpoints; what it has no API for fails with [`Code::NotInPublicApi`] (the CLI refuses
//! those commands before any request, see `capabilities`).

use super::aad::Authority;
use super::{backend_url, Call, HttpClient};
use crate::api::*;
use crate::error::{ApiError, Code, Result};
use crate::protocol::MemberBody;
use jiff::Timestamp;
use reqwest::{Method, Url};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

pub const DEFAULT_API: &str = "https://api.partnercenter.microsoft.com";
pub const DEFAULT_AUTHORITY: &str = "https://login.microsoftonline.com";
pub const DEFAULT_SCOPE: &str = "https://api.partnercenter.microsoft.com/user_impersonation";
/// Azure AD's tenant for "any work or school account".
pub const DEFAULT_TENANT: &str = "organizations";

/// Where Partner Center and its authority are, and what to ask the authority for.
#[derive(Debug, Clone)]
pub struct Settings {
    pub api: Url,
    pub authority: Url,
    pub scope: String,
    pub tenant: String,
    pub client_id: Option<String>,
}

impl Settings {
    /// From the environment (`PARTNERCTL_PARTNER_CENTER_URL`, `PARTNERCTL_AUTHORITY`, ...),
    /// each URL checked as a backend URL is (https, or http to this machine).
    pub fn from_env(insecure_http: bool) -> Result<Settings, String> {
        use crate::env_vars as env;
        let url = |v: crate::env_vars::EnvVar, default: &str| {
            backend_url(&v.get().unwrap_or_else(|| default.into()), insecure_http)
                .map_err(|e| format!("{}: {e}", v.name))
        };
        Ok(Settings {
            api: url(env::PARTNER_CENTER_URL, DEFAULT_API)?,
            authority: url(env::AUTHORITY, DEFAULT_AUTHORITY)?,
            scope: env::SCOPE.get().unwrap_or_else(|| DEFAULT_SCOPE.into()),
            tenant: env::TENANT.get().unwrap_or_else(|| DEFAULT_TENANT.into()),
            client_id: env::CLIENT_ID.get(),
        })
    }

    /// The authority for `client_id`, signing in at `tenant`.
    pub fn authority(&self, client_id: &str, tenant: &str, verbose: bool) -> Result<Authority> {
        Authority::new(
            self.authority.clone(),
            tenant.into(),
            client_id.into(),
            self.scope.clone(),
            verbose,
        )
    }
}

/// One caller (an access token) against the real Partner Center.
#[derive(Clone)]
pub struct PartnerCenter {
    http: HttpClient,
    /// Refreshes sessions; `None` without a client id.
    authority: Option<Authority>,
    /// The application's secret, for the Secure Application Model's refresh.
    secret: Option<String>,
    now: Timestamp,
    /// Partner Center has no dry run: changes are read and checked, never sent.
    dry_run: bool,
}

/// A role as Partner Center lists it.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct PcRole {
    id: String,
    name: String,
    #[serde(default)]
    attributes: Option<Attributes>,
}

impl PartnerCenter {
    pub fn new(
        http: HttpClient,
        authority: Option<Authority>,
        secret: Option<String>,
        now: Timestamp,
        dry_run: bool,
    ) -> PartnerCenter {
        PartnerCenter {
            http,
            authority,
            secret,
            now,
            dry_run,
        }
    }

    /// Reads a profile, overlays `changes` (camelCase JSON) and writes it back with `If-Match`:
    /// the given etag, else the one just read, so a change made in between is never lost.
    async fn replace_profile<T: Serialize, R: DeserializeOwned>(
        &self,
        path: &'static str,
        changes: &T,
        if_match: Option<String>,
    ) -> Result<R> {
        let mut current: serde_json::Value = self.http.object(Call::new(Method::GET, path)).await?;
        let etag = if_match.or_else(|| {
            current
                .pointer("/attributes/etag")
                .and_then(|e| e.as_str())
                .map(str::to_string)
        });
        if let (Some(obj), serde_json::Value::Object(new)) =
            (current.as_object_mut(), serde_json::to_value(changes)?)
        {
            obj.extend(new);
        }
        if self.dry_run {
            return Ok(serde_json::from_value(current)?);
        }
        let mut call = Call::new(Method::PUT, path).json(&current)?;
        call.if_match = etag;
        self.http.object(call).await
    }

    /// The id Partner Center gives `role` (its `GET /v1/roles`, matched by name).
    async fn role_id(&self, role: RoleName) -> Result<String> {
        let roles: Vec<PcRole> = self.http.list(Call::new(Method::GET, ROLES)).await?;
        roles
            .into_iter()
            .find(|r| matches_role(&r.name, role))
            .map(|r| r.id)
            .ok_or_else(|| {
                ApiError::new(
                    Code::RoleNotFound,
                    format!("Partner Center lists no role {:?}", role.display()),
                )
            })
    }

    /// Partner Center answers a role change with the member, not the user: the result names
    /// the user and the roles this change is known to leave.
    fn user_of(&self, id: &str, upn: &str, display_name: &str, roles: Vec<RoleName>) -> User {
        User {
            id: id.into(),
            user_principal_name: upn.into(),
            first_name: String::new(),
            last_name: String::new(),
            display_name: display_name.into(),
            email: String::new(),
            user_type: UserType::Member,
            roles,
            owner: false,
            created_at: self.now,
        }
    }
}

fn matches_role(name: &str, role: RoleName) -> bool {
    name.eq_ignore_ascii_case(role.display()) || name.eq_ignore_ascii_case(role.key())
}

/// Partner Center's portal, where what its API cannot do is done.
pub const PORTAL: &str = "https://partner.microsoft.com/dashboard";

/// The error of an operation Partner Center's public API does not have.
pub fn not_in_public_api(what: &str, page: &str) -> ApiError {
    ApiError::new(
        Code::NotInPublicApi,
        format!("`{what}` is not available through Partner Center's public API"),
    )
    .hint(format!("use the Partner Center portal ({PORTAL}): {page}"))
}

/// What Partner Center's public API has no endpoint for.
fn portal<T>(command: &str, page: &str) -> Result<T> {
    Err(not_in_public_api(command, page))
}

const ROLES: &str = "/v1/roles";
const MEMBERS: &str = "/v1/roles/{roleId}/usermembers";
const MEMBER: &str = "/v1/roles/{roleId}/usermembers/{memberId}";
const LEGAL_INFO: &str = "Account settings > Legal info";

/// Partner Center's side of the operations its public API has (`api` in the operations'
/// table); the table's `portal` and `unsupported` answer the others.
mod public_api {
    use super::*;

    pub async fn domain_taken(pc: &PartnerCenter, domain: String) -> Result<bool> {
        pc.http.domain_taken(domain).await
    }

    /// Azure AD tokens cannot be revoked one by one; forgetting the session is all there is.
    pub async fn sign_out(_: &PartnerCenter) -> Result<()> {
        Ok(())
    }

    pub async fn legal_profile(pc: &PartnerCenter, at: AccountRef) -> Result<LegalBusinessProfile> {
        pc.http.legal_profile(at).await
    }

    pub async fn update_legal_profile(
        pc: &PartnerCenter,
        at: AccountRef,
        req: LegalProfileInput,
        if_match: Option<String>,
    ) -> Result<LegalBusinessProfile> {
        if at.mpn_id.is_some() {
            return portal("account update --mpn-id", LEGAL_INFO);
        }
        pc.replace_profile("/v1/profiles/legalbusiness", &req, if_match)
            .await
    }

    pub async fn organization_profile(pc: &PartnerCenter) -> Result<OrganizationProfile> {
        pc.http.organization_profile().await
    }

    pub async fn update_organization_profile(
        pc: &PartnerCenter,
        req: OrganizationProfileInput,
        if_match: Option<String>,
    ) -> Result<OrganizationProfile> {
        pc.replace_profile("/v1/profiles/organization", &req, if_match)
            .await
    }

    pub async fn mpn_profile(pc: &PartnerCenter, mpn_id: Option<String>) -> Result<MpnProfile> {
        pc.http.mpn_profile(mpn_id).await
    }

    pub async fn grant_role(pc: &PartnerCenter, role: RoleName, upn: String) -> Result<User> {
        let role_id = pc.role_id(role).await?;
        if pc.dry_run {
            return Ok(pc.user_of("", &upn, "", vec![role]));
        }
        let body = MemberBody {
            user_principal_name: Some(upn),
            role_id: Some(role_id.clone()),
            ..MemberBody::default()
        };
        let call = Call::new(Method::POST, MEMBERS)
            .param("roleId", role_id)
            .json(&body)?;
        let m: RoleMember = pc.http.object(call).await?;
        Ok(pc.user_of(&m.id, &m.user_principal_name, &m.display_name, vec![role]))
    }

    pub async fn revoke_role(pc: &PartnerCenter, role: RoleName, upn: String) -> Result<User> {
        let role_id = pc.role_id(role).await?;
        let members: Vec<RoleMember> = pc
            .http
            .list(Call::new(Method::GET, MEMBERS).param("roleId", role_id.clone()))
            .await?;
        let m = members
            .into_iter()
            .find(|m| m.user_principal_name.eq_ignore_ascii_case(&upn))
            .ok_or_else(|| {
                ApiError::new(
                    Code::UserNotFound,
                    format!("{upn} does not hold the role {}", role.display()),
                )
            })?;
        if pc.dry_run {
            return Ok(pc.user_of(&m.id, &m.user_principal_name, &m.display_name, Vec::new()));
        }
        let call = Call::new(Method::DELETE, MEMBER)
            .param("roleId", role_id)
            .param("memberId", m.id.clone());
        pc.http.object::<serde_json::Value>(call).await?;
        Ok(pc.user_of(&m.id, &m.user_principal_name, &m.display_name, Vec::new()))
    }

    pub async fn roles(pc: &PartnerCenter) -> Result<Vec<Role>> {
        let roles: Vec<PcRole> = pc.http.list(Call::new(Method::GET, ROLES)).await?;
        Ok(roles
            .into_iter()
            .filter_map(|r| {
                let key = RoleName::ALL
                    .into_iter()
                    .find(|k| matches_role(&r.name, *k))?;
                Some(Role {
                    id: r.id,
                    key,
                    name: key.display().into(),
                    category: key.category(),
                    description: String::new(),
                    attributes: r.attributes.unwrap_or_else(|| Attributes {
                        etag: None,
                        object_type: "Role".into(),
                    }),
                })
            })
            .collect())
    }

    pub async fn role_members(pc: &PartnerCenter, role: RoleName) -> Result<Vec<RoleMember>> {
        let role_id = pc.role_id(role).await?;
        pc.http
            .list(Call::new(Method::GET, MEMBERS).param("roleId", role_id))
            .await
    }

    pub async fn country_rules(pc: &PartnerCenter, country: String) -> Result<CountryRules> {
        pc.http.country_rules(country).await
    }

    pub async fn validate_address(
        pc: &PartnerCenter,
        address: Address,
    ) -> Result<AddressValidation> {
        pc.http.validate_address(address).await
    }
}

/// Partner Center's answer to one operation, as the operations' table says.
macro_rules! partner_center_op {
    (api, $name:ident($pc:expr $(, $arg:ident)*)) => {
        public_api::$name($pc $(, $arg)*).await
    };
    (portal($command:literal, $page:literal), $name:ident($pc:expr $(, $arg:ident)*)) => {{
        $(let _ = $arg;)*
        portal($command, $page)
    }};
    (unsupported($what:literal), $name:ident($pc:expr $(, $arg:ident)*)) => {{
        $(let _ = $arg;)*
        Err(ApiError::unsupported($what))
    }};
}

/// `impl Api for PartnerCenter`: the items given, and every operation of the table.
macro_rules! partner_center {
    ({ $($extra:tt)* } $(
        $summary:literal
        $name:ident ( $( $arg:ident : $argty:ty as $place:ident $( ( $($pp:tt)* ) )? ),* )
            -> $shape:ident $ret:ty = $method:ident $path:literal $( [ $($flag:ident),* ] )?
            => $pc:ident $( ( $($pcargs:tt)* ) )? ;
    )*) => {
        #[async_trait::async_trait]
        impl Api for PartnerCenter {
            $($extra)*
            $(
                async fn $name(&self, $($arg: $argty),*) -> Result<$ret> {
                    partner_center_op!($pc $( ( $($pcargs)* ) )?, $name(self $(, $arg)*))
                }
            )*
        }
    };
}

crate::operations::operations!(partner_center {
    async fn sign_in(&self, _: SignIn) -> Result<Tokens> {
        Err(ApiError::new(
            Code::InvalidInput,
            "Partner Center does not take a user name and password",
        )
        .hint("sign in with `partnerctl --backend partner-center login --device-code`"))
    }

    async fn refresh(&self, refresh_token: String) -> Result<Tokens> {
        let authority = self.authority.as_ref().ok_or_else(|| {
            ApiError::new(
                Code::SessionExpired,
                "no client id to refresh the session with",
            )
            .hint("set PARTNERCTL_CLIENT_ID, or sign in again")
        })?;
        authority
            .refresh(&refresh_token, self.secret.as_deref(), self.now)
            .await
    }
});
