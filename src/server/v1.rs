//! The `/v1` API: every operation of the trait, as one table. Partner Center's real endpoints
//! (profiles, roles and usermembers, domains, country rules, address validation) keep their
//! contracts; the rest are this project's own, in the same conventions.

use super::route::Route;
use crate::api::*;
use crate::backend::Embedded;
use crate::error::{ApiError, Code, Result};
use axum::http::Method;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

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

/// A role in a path: its id (Partner Center) or its kebab-case key.
pub fn role(segment: &str) -> Result<RoleName> {
    RoleName::from_key(segment)
        .or_else(|| {
            RoleName::ALL
                .into_iter()
                .find(|r| crate::backend::role_id(*r).eq_ignore_ascii_case(segment))
        })
        .ok_or_else(|| ApiError::new(Code::RoleNotFound, format!("no role {segment:?}")))
}

/// Reads inside a handler that also changes something: they are not the request that the
/// request id names, so they are not recorded for it.
fn read(api: &Embedded) -> Embedded {
    api.clone().request(None)
}

/// The userPrincipalName of a user named by id or userPrincipalName.
async fn upn_of(api: &Embedded, who: &str) -> Result<String> {
    let users = read(api).users().await?;
    users
        .into_iter()
        .find(|u| u.id.eq_ignore_ascii_case(who) || u.user_principal_name.eq_ignore_ascii_case(who))
        .map(|u| u.user_principal_name)
        .ok_or_else(|| ApiError::new(Code::UserNotFound, format!("no user {who:?}")))
}

/// Every route of `/v1`.
pub fn routes() -> Vec<Route> {
    use Method as M;
    vec![
        // Directory and sign-in
        Route::send(M::POST, "/v1/tenants", "Create a tenant and its first Global admin (the temporary password is in this answer only)",
            |api, _, b: CreateTenant| async move { api.create_tenant(b).await })
            .public().created(),
        Route::exists("/v1/domains/{domain}", "Whether a domain is taken: 200 taken, 404 free",
            |api, i| async move { api.domain_taken(i.param("domain")).await })
            .public(),
        Route::none(M::DELETE, "/v1/sessions/current", "Sign out: the bearer token stops working",
            |api, _| async move { api.sign_out().await })
            .public(),
        Route::get("/v1/me", "The signed-in user and their tenant",
            |api, _| async move { api.whoami().await }),
        Route::send(M::POST, "/v1/domains", "Add a custom domain to the tenant",
            |api, _, b: DomainBody| async move { api.add_domain(b.name).await })
            .created(),
        Route::act(M::POST, "/v1/domains/{domain}/verify", "Look up the domain's TXT record in DNS and mark the domain verified when it is published",
            |api, i| async move { api.verify_domain(i.param("domain")).await }),

        // Accounts and vetting
        Route::send(M::POST, "/v1/accounts", "Enroll the tenant's partner account (global account)",
            |api, _, b: CreateAccount| async move { api.create_account(b).await })
            .created(),
        Route::get("/v1/account", "The global account, or a location with ?mpnId=",
            |api, i| async move { api.account(i.at()).await })
            .scoped(),
        Route::send(M::POST, "/v1/account/verification", "Confirm the primary contact's verification code",
            |api, i, b: VerificationBody| async move { api.verify_account(i.at(), b.code).await })
            .scoped(),
        Route::act(M::POST, "/v1/account/verification/resend", "Send a new verification code",
            |api, i| async move { api.resend_code(i.at()).await })
            .scoped(),
        Route::get("/v1/profiles/legalbusiness", "The legal business profile (Partner Center)",
            |api, i| async move { api.legal_profile(i.at()).await })
            .scoped(),
        Route::send(M::PUT, "/v1/profiles/legalbusiness", "Replace the legal business profile; If-Match: the etag (Partner Center)",
            |api, i, b: LegalProfileInput| async move { api.update_legal_profile(i.at(), b, i.if_match.clone()).await })
            .scoped(),
        Route::get("/v1/profiles/organization", "The organization profile (Partner Center)",
            |api, _| async move { api.organization_profile().await }),
        Route::send(M::PUT, "/v1/profiles/organization", "Update the organization profile; If-Match: the etag (Partner Center)",
            |api, i, b: OrganizationProfileInput| async move { api.update_organization_profile(b, i.if_match.clone()).await }),
        Route::get("/v1/profiles/mpn", "The MPN profile, of a location with ?mpnId= (Partner Center)",
            |api, i| async move { api.mpn_profile(i.at().mpn_id).await })
            .scoped(),
        Route::send(M::POST, "/v1/locations", "Add a location (subsidiary) with its own legal business profile",
            |api, _, b: LegalProfileInput| async move { api.add_location(b).await })
            .created(),
        Route::send(M::POST, "/v1/locations/apply", "Create the location with this key, or update it if its profile differs (as `kubectl apply`)",
            |api, _, b: ApplyLocation| async move { api.apply_location(b).await }),
        Route::list("/v1/locations", "The locations of the global account",
            |api, _| async move { api.locations().await }),
        Route::list("/v1/outbox", "The mails the backend sent to the tenant's contacts",
            |api, _| async move { api.outbox().await }),

        // Membership, offers, orders
        Route::get("/v1/membership", "The membership: status, anniversary, renewal window, programmes",
            |api, i| async move { api.membership(i.at()).await })
            .scoped(),
        Route::send(M::POST, "/v1/membership/renew", "Renew for a year, to the same date (the anniversary), inside the renewal window",
            |api, i, b: RenewBody| async move { api.renew(i.at(), b.payment).await })
            .scoped(),
        Route::act(M::POST, "/v1/membership/rejoin", "Buy the network membership again after it lapsed",
            |api, i| async move { api.rejoin(i.at()).await })
            .scoped(),
        Route::send(M::POST, "/v1/membership/upgrade", "Buy Action Pack or a competency",
            |api, i, b: Upgrade| async move { api.upgrade(i.at(), b).await })
            .scoped(),
        Route::list("/v1/offers", "The offer catalog",
            |api, _| async move { api.offers().await }),
        Route::list("/v1/orders", "The account's orders",
            |api, i| async move { api.orders(i.at()).await })
            .scoped(),
        Route::act(M::POST, "/v1/orders/{orderId}/pay", "Record the payment of an invoice order",
            |api, i| async move { api.pay_order(i.param("orderId")).await }),
        Route::act(M::POST, "/v1/orders/{orderId}/refund", "Refund an order (30 days, no benefit used)",
            |api, i| async move { api.refund_order(i.param("orderId")).await }),

        // Benefits
        Route::list("/v1/benefits", "The account's benefits",
            |api, i| async move { api.benefits(i.at()).await })
            .scoped(),
        Route::act(M::POST, "/v1/benefits/{benefitId}/activate", "Activate a benefit",
            |api, i| async move { api.activate_benefit(i.param("benefitId")).await }),
        Route::send(M::POST, "/v1/benefits/{benefitId}/assignments", "Assign a seat to a user",
            |api, i, b: AssignSeat| async move { api.assign_benefit(i.param("benefitId"), b).await }),
        Route::get("/v1/benefits/{benefitId}/keys", "The product keys of a benefit (viewing them blocks a refund)",
            |api, i| async move { api.product_keys(i.param("benefitId")).await }),
        Route::send(M::POST, "/v1/benefits/{benefitId}/keys/redeem", "Redeem a product key",
            |api, i, b: RedeemBody| async move { api.redeem_key(i.param("benefitId"), b.key).await }),

        // Users and roles
        Route::send(M::POST, "/v1/users", "Add a user (the temporary password is in this answer only)",
            |api, _, b: NewUser| async move { api.add_user(b).await })
            .created(),
        Route::send(M::POST, "/v1/users/apply", "Add the user, or grant the user with this email the roles it lacks (the temporary password is in this answer only)",
            |api, _, b: NewUser| async move { api.apply_user(b).await }),
        Route::list("/v1/users", "The users of the tenant",
            |api, _| async move { api.users().await }),
        Route::none(M::DELETE, "/v1/users/{upn}", "Remove a user",
            |api, i| async move { api.remove_user(i.param("upn")).await }),
        Route::act(M::PUT, "/v1/users/{upn}/roles/{role}", "Give a user a role (role id or key)",
            |api, i| async move { api.grant_role(role(&i.param("role"))?, i.param("upn")).await }),
        Route::act(M::DELETE, "/v1/users/{upn}/roles/{role}", "Take a role from a user (role id or key)",
            |api, i| async move { api.revoke_role(role(&i.param("role"))?, i.param("upn")).await }),
        Route::list("/v1/roles", "The roles (Partner Center)",
            |api, _| async move { api.roles().await }),
        Route::list("/v1/roles/{roleId}/usermembers", "The members of a role (Partner Center)",
            |api, i| async move { api.role_members(role(&i.param("roleId"))?).await }),
        Route::send(M::POST, "/v1/roles/{roleId}/usermembers", "Give a user, named by id or userPrincipalName, the role (Partner Center)",
            |api, i, b: MemberBody| async move {
                let role = role(&i.param("roleId"))?;
                let who = b.id.or(b.user_principal_name).ok_or_else(|| ApiError::invalid(
                    "name the user", vec![crate::error::FieldError::new("id", "give the user's id or userPrincipalName")]))?;
                let upn = upn_of(&api, &who).await?;
                api.grant_role(role, upn.clone()).await?;
                read(&api).role_members(role).await?
                    .into_iter()
                    .find(|m| m.user_principal_name.eq_ignore_ascii_case(&upn))
                    .ok_or_else(|| ApiError::internal("the new member is not listed"))
            })
            .created(),
        Route::none(M::DELETE, "/v1/roles/{roleId}/usermembers/{memberId}", "Take the role from a user (Partner Center)",
            |api, i| async move {
                let role = role(&i.param("roleId"))?;
                let upn = upn_of(&api, &i.param("memberId")).await?;
                api.revoke_role(role, upn).await.map(drop)
            }),

        // Reference data
        Route::get("/v1/countryvalidationrules/{country}", "A country's address rules (Partner Center)",
            |api, i| async move { api.country_rules(i.param("country")).await })
            .public(),
        Route::send(M::POST, "/v1/validations/address", "Check an address against its country's rules (Partner Center)",
            |api, _, b: Address| async move { api.validate_address(b).await })
            .public(),
    ]
}
