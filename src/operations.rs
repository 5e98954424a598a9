//! Every `/v1` operation of the [`Api`](crate::api::Api) trait, declared once: its trait call,
//! method and path, where each argument travels, how the answer is shaped, who may call it and
//! its summary. The HTTP client (`client`) and the server's route table (`server::v1`) are
//! both generated from this table, so neither can miss or misspell an operation; the OpenAPI
//! document is made from the routes.
//!
//! One entry:
//!
//! ```text
//! "summary"
//! fn NAME(ARG: TYPE as PLACE, ...) -> SHAPE RESULT = METHOD "/v1/path/{param}" [FLAGS];
//! ```
//!
//! - PLACE: `path(param)` a path segment; `at` the account (`?mpnId=`, none: the global
//!   account); `mpn` the same as an `Option<String>`; `body` the JSON body;
//!   `field(Body.name)` the one field of a JSON body `Body`; `if_match` the `If-Match` header.
//!   An operation with `at` or `mpn` is account-scoped.
//! - SHAPE: `object` one value; `list` a paged collection (RESULT is a `Vec`); `none` no body
//!   (204); `exists` `HEAD`, 200 or 404 (RESULT is `bool`).
//! - FLAGS: `public` needs no session; `created` answers 201.
//!
//! Not here: sign-in, password change and refresh (the token endpoint, form-encoded as Azure
//! AD has it: `server::token`), and the Partner Center routes that make more than one call
//! (`server::v1`). What the real Partner Center offers is its client's (`client::partner_center`)
//! and the command table's (`capabilities`).

/// Hands the table to the macro `$callback`, as `$callback! { { EXTRA } ENTRIES }`: EXTRA is
/// passed through unchanged (items the generated code needs beside the table).
macro_rules! operations {
    ($callback:ident { $($extra:tt)* }) => {
        $callback! {
            { $($extra)* }

            // Directory and sign-in
            "Create a tenant and its first Global admin (the temporary password is in this answer only)"
            fn create_tenant(req: CreateTenant as body) -> object TenantCreated = POST "/v1/tenants" [public, created];
            "Whether a domain is taken: 200 taken, 404 free"
            fn domain_taken(domain: String as path(domain)) -> exists bool = HEAD "/v1/domains/{domain}" [public];
            "Sign out: the bearer token stops working"
            fn sign_out() -> none () = DELETE "/v1/sessions/current" [public];
            "The signed-in user and their tenant"
            fn whoami() -> object Me = GET "/v1/me";
            "Add a custom domain to the tenant"
            fn add_domain(domain: String as field(DomainBody.name)) -> object Tenant = POST "/v1/domains" [created];
            "Look up the domain's TXT record in DNS and mark the domain verified when it is published"
            fn verify_domain(domain: String as path(domain)) -> object Tenant = POST "/v1/domains/{domain}/verify";

            // Accounts and vetting
            "Enroll the tenant's partner account (global account)"
            fn create_account(req: CreateAccount as body) -> object AccountCreated = POST "/v1/accounts" [created];
            "The global account, or a location with ?mpnId="
            fn account(at: AccountRef as at) -> object Account = GET "/v1/account";
            "Confirm the primary contact's verification code"
            fn verify_account(at: AccountRef as at, code: String as field(VerificationBody.code)) -> object Vetting = POST "/v1/account/verification";
            "Send a new verification code"
            fn resend_code(at: AccountRef as at) -> object Vetting = POST "/v1/account/verification/resend";
            "The legal business profile (Partner Center)"
            fn legal_profile(at: AccountRef as at) -> object LegalBusinessProfile = GET "/v1/profiles/legalbusiness";
            "Replace the legal business profile; If-Match: the etag (Partner Center)"
            fn update_legal_profile(at: AccountRef as at, req: LegalProfileInput as body, if_match: Option<String> as if_match) -> object LegalBusinessProfile = PUT "/v1/profiles/legalbusiness";
            "The organization profile (Partner Center)"
            fn organization_profile() -> object OrganizationProfile = GET "/v1/profiles/organization";
            "Update the organization profile; If-Match: the etag (Partner Center)"
            fn update_organization_profile(req: OrganizationProfileInput as body, if_match: Option<String> as if_match) -> object OrganizationProfile = PUT "/v1/profiles/organization";
            "The MPN profile, of a location with ?mpnId= (Partner Center)"
            fn mpn_profile(mpn_id: Option<String> as mpn) -> object MpnProfile = GET "/v1/profiles/mpn";
            "Add a location (subsidiary) with its own legal business profile"
            fn add_location(req: LegalProfileInput as body) -> object Account = POST "/v1/locations" [created];
            "Create the location with this key, or update it if its profile differs (as `kubectl apply`)"
            fn apply_location(req: ApplyLocation as body) -> object LocationApplied = POST "/v1/locations/apply";
            "The locations of the global account"
            fn locations() -> list Vec<Account> = GET "/v1/locations";
            "The mails the backend sent to the tenant's contacts"
            fn outbox() -> list Vec<Mail> = GET "/v1/outbox";

            // Membership, offers, orders
            "The membership: status, anniversary, renewal window, programmes"
            fn membership(at: AccountRef as at) -> object Membership = GET "/v1/membership";
            "Renew for a year, to the same date (the anniversary), inside the renewal window"
            fn renew(at: AccountRef as at, payment: PaymentMethod as field(RenewBody.payment)) -> object Purchase = POST "/v1/membership/renew";
            "Buy the network membership again after it lapsed"
            fn rejoin(at: AccountRef as at) -> object Purchase = POST "/v1/membership/rejoin";
            "Buy Action Pack or a competency"
            fn upgrade(at: AccountRef as at, req: Upgrade as body) -> object Purchase = POST "/v1/membership/upgrade";
            "The offer catalog"
            fn offers() -> list Vec<Offer> = GET "/v1/offers";
            "The account's orders"
            fn orders(at: AccountRef as at) -> list Vec<Order> = GET "/v1/orders";
            "Record the payment of an invoice order"
            fn pay_order(order_id: String as path(orderId)) -> object Order = POST "/v1/orders/{orderId}/pay";
            "Refund an order (30 days, no benefit used)"
            fn refund_order(order_id: String as path(orderId)) -> object Order = POST "/v1/orders/{orderId}/refund";

            // Benefits
            "The account's benefits"
            fn benefits(at: AccountRef as at) -> list Vec<Benefit> = GET "/v1/benefits";
            "Activate a benefit"
            fn activate_benefit(benefit_id: String as path(benefitId)) -> object Benefit = POST "/v1/benefits/{benefitId}/activate";
            "Assign a seat to a user"
            fn assign_benefit(benefit_id: String as path(benefitId), req: AssignSeat as body) -> object Benefit = POST "/v1/benefits/{benefitId}/assignments";
            "The product keys of a benefit (viewing them blocks a refund)"
            fn product_keys(benefit_id: String as path(benefitId)) -> object ProductKeys = GET "/v1/benefits/{benefitId}/keys";
            "Redeem a product key"
            fn redeem_key(benefit_id: String as path(benefitId), key: String as field(RedeemBody.key)) -> object ProductKeys = POST "/v1/benefits/{benefitId}/keys/redeem";

            // Users and roles
            "Add a user (the temporary password is in this answer only)"
            fn add_user(req: NewUser as body) -> object UserCreated = POST "/v1/users" [created];
            "Add the user, or grant the user with this email the roles it lacks (the temporary password is in this answer only)"
            fn apply_user(req: NewUser as body) -> object UserApplied = POST "/v1/users/apply";
            "The users of the tenant"
            fn users() -> list Vec<User> = GET "/v1/users";
            "Remove a user"
            fn remove_user(upn: String as path(upn)) -> none () = DELETE "/v1/users/{upn}";
            "Give a user a role (role id or key)"
            fn grant_role(role: RoleName as path(role), upn: String as path(upn)) -> object User = PUT "/v1/users/{upn}/roles/{role}";
            "Take a role from a user (role id or key)"
            fn revoke_role(role: RoleName as path(role), upn: String as path(upn)) -> object User = DELETE "/v1/users/{upn}/roles/{role}";
            "The roles (Partner Center)"
            fn roles() -> list Vec<Role> = GET "/v1/roles";
            "The members of a role (Partner Center)"
            fn role_members(role: RoleName as path(roleId)) -> list Vec<RoleMember> = GET "/v1/roles/{roleId}/usermembers";

            // Reference data
            "A country's address rules (Partner Center)"
            fn country_rules(country: String as path(country)) -> object CountryRules = GET "/v1/countryvalidationrules/{country}" [public];
            "Check an address against its country's rules (Partner Center)"
            fn validate_address(address: Address as body) -> object AddressValidation = POST "/v1/validations/address" [public];
        }
    };
}
pub(crate) use operations;

/// A path argument as the client writes it in a segment (percent-encoded by the client).
pub trait PathSegment {
    fn segment(&self) -> String;
}

impl PathSegment for String {
    fn segment(&self) -> String {
        self.clone()
    }
}

/// A role by its kebab-case key (the server takes its id as well).
impl PathSegment for crate::api::RoleName {
    fn segment(&self) -> String {
        self.key().to_string()
    }
}

/// The item type of a `list` operation's result.
pub trait Listed {
    type Item;
}

impl<T> Listed for Vec<T> {
    type Item = T;
}

/// The names of the operations in the table, for the test that every trait method is in it.
macro_rules! names {
    ({} $(
        $summary:literal
        fn $name:ident ( $( $arg:ident : $argty:ty as $place:ident $( ( $($pp:tt)* ) )? ),* )
            -> $shape:ident $ret:ty = $method:ident $path:literal $( [ $($flag:ident),* ] )? ;
    )*) => {
        &[$(stringify!($name)),*]
    };
}

pub const NAMES: &[&str] = operations!(names {});

/// The trait methods that are not `/v1` operations: facts about the implementation, and the
/// token endpoint's grants.
pub const NOT_OPERATIONS: &[&str] = &[
    "is_sandbox",
    "traffic",
    "sign_in",
    "change_password",
    "refresh",
];

#[cfg(test)]
mod tests {
    use super::*;

    /// The `fn` names declared in the `Api` trait, read from its source.
    fn trait_methods() -> Vec<String> {
        let src = include_str!("api.rs");
        let start = src.find("pub trait Api").expect("the Api trait");
        let body = &src[start..];
        let end = body.find("\n}\n").expect("the end of the Api trait");
        body[..end]
            .lines()
            .filter_map(|l| {
                let l = l.trim_start();
                let l = l.strip_prefix("async ").unwrap_or(l);
                let rest = l.strip_prefix("fn ")?;
                Some(rest.split(['(', '<']).next()?.trim().to_string())
            })
            .collect()
    }

    #[test]
    fn every_trait_method_is_declared_once() {
        let methods = trait_methods();
        assert!(methods.len() > 40, "{methods:?}");
        for m in &methods {
            let declared = NAMES.iter().filter(|n| *n == m).count()
                + NOT_OPERATIONS.iter().filter(|n| *n == m).count();
            assert_eq!(declared, 1, "{m}: declare it in the operations table");
        }
        for n in NAMES.iter().chain(NOT_OPERATIONS) {
            assert!(
                methods.contains(&n.to_string()),
                "{n} is not a trait method"
            );
        }
    }
}
