//! Every `/v1` operation of the [`Api`](crate::api::Api) trait, declared once: its trait call,
//! method and path, where each argument travels, how the answer is shaped, who may call it and
//! its summary. The HTTP client (`client`) and the server's route table (`server::v1`) are
//! both generated from this table, so neither can miss or misspell an operation; the OpenAPI
//! document is made from the routes. The capability table (`capabilities`) names the
//! operations each command calls as [`Operation`]s and takes from here what the real Partner
//! Center can do.
//!
//! One entry:
//!
//! ```text
//! "summary"
//! NAME(ARG: TYPE as PLACE, ...) -> SHAPE RESULT = METHOD "/v1/path/{param}" [FLAGS]
//!     => PARTNER_CENTER;
//! ```
//!
//! - PLACE: `path(param)` a path segment; `at` the account (`?mpnId=`, none: the global
//!   account); `mpn` the same as an `Option<String>`; `body` the JSON body;
//!   `field(Body.name)` the one field of a JSON body `Body`; `if_match` the `If-Match` header.
//!   An operation with `at` or `mpn` is account-scoped.
//! - SHAPE: `object` one value; `list` a paged collection (RESULT is a `Vec`); `none` no body
//!   (204); `exists` `HEAD`, 200 or 404 (RESULT is `bool`).
//! - FLAGS: `public` needs no session; `created` answers 201.
//! - PARTNER_CENTER, what the real Partner Center offers: `api` its public API does it
//!   (`client::partner_center` has a function NAME); `portal("command", "page")` only its
//!   portal does, at that page; `unsupported("what")` nothing does.
//!
//! No column says whether an operation is idempotent: every change is, by its `MS-RequestId`
//! (a retry gets the first answer; `backend::idempotency`), so the client may retry any call.
//!
//! Not here: sign-in, password change and refresh (the token endpoint, form-encoded as Azure
//! AD has it: `server::token`), and the Partner Center routes that make more than one call
//! (`server::v1`).

/// Hands the table to the macro `$callback`, as `$callback! { { EXTRA } ENTRIES }`: EXTRA is
/// passed through unchanged (items the generated code needs beside the table).
macro_rules! operations {
    ($callback:ident { $($extra:tt)* }) => {
        $callback! {
            { $($extra)* }

            // Directory and sign-in
            "Create a tenant and its first Global admin (the temporary password is in this answer only)"
            create_tenant(req: CreateTenant as body) -> object TenantCreated = POST "/v1/tenants" [public, created]
                => portal("tenant create", "Azure portal: Microsoft Entra ID");
            "Whether a domain is taken: 200 taken, 404 free"
            domain_taken(domain: String as path(domain)) -> exists bool = HEAD "/v1/domains/{domain}" [public]
                => api;
            "Sign out: the bearer token stops working"
            sign_out() -> none () = DELETE "/v1/sessions/current" [public]
                => api;
            "The signed-in user and their tenant"
            whoami() -> object Me = GET "/v1/me"
                => portal("whoami", "Account settings > User management (or `partnerctl auth status`)");
            "Add a custom domain to the tenant"
            add_domain(domain: String as field(DomainBody.name)) -> object Tenant = POST "/v1/domains" [created]
                => portal("tenant domains add", "Azure portal: Microsoft Entra ID > Custom domain names");
            "Look up the domain's TXT record in DNS and mark the domain verified when it is published"
            verify_domain(domain: String as path(domain)) -> object Tenant = POST "/v1/domains/{domain}/verify"
                => portal("tenant domains verify", "Azure portal: Microsoft Entra ID > Custom domain names");

            // Accounts and vetting
            "Enroll the tenant's partner account (global account)"
            create_account(req: CreateAccount as body) -> object AccountCreated = POST "/v1/accounts" [created]
                => portal("account create", "Partner Center enrollment: https://partner.microsoft.com/dashboard/account/v3/enrollment/introduction/partnership");
            "The global account, or a location with ?mpnId="
            account(at: AccountRef as at) -> object Account = GET "/v1/account"
                => portal("account show", "Account settings > Legal info");
            "Confirm the primary contact's verification code"
            verify_account(at: AccountRef as at, code: String as field(VerificationBody.code)) -> object Vetting = POST "/v1/account/verification"
                => portal("account verify", "Account settings > Legal info > Partner (verification status)");
            "Send a new verification code"
            resend_code(at: AccountRef as at) -> object Vetting = POST "/v1/account/verification/resend"
                => portal("account verify", "Account settings > Legal info > Partner (verification status)");
            "The legal business profile (Partner Center)"
            legal_profile(at: AccountRef as at) -> object LegalBusinessProfile = GET "/v1/profiles/legalbusiness"
                => api;
            "Replace the legal business profile; If-Match: the etag (Partner Center)"
            update_legal_profile(at: AccountRef as at, req: LegalProfileInput as body, if_match: Option<String> as if_match) -> object LegalBusinessProfile = PUT "/v1/profiles/legalbusiness"
                => api;
            "The organization profile (Partner Center)"
            organization_profile() -> object OrganizationProfile = GET "/v1/profiles/organization"
                => api;
            "Update the organization profile; If-Match: the etag (Partner Center)"
            update_organization_profile(req: OrganizationProfileInput as body, if_match: Option<String> as if_match) -> object OrganizationProfile = PUT "/v1/profiles/organization"
                => api;
            "The MPN profile, of a location with ?mpnId= (Partner Center)"
            mpn_profile(mpn_id: Option<String> as mpn) -> object MpnProfile = GET "/v1/profiles/mpn"
                => api;
            "Add a location (subsidiary) with its own legal business profile"
            add_location(req: LegalProfileInput as body) -> object Account = POST "/v1/locations" [created]
                => portal("account locations add", "Account settings > Legal info > Partner > Add location");
            "Create the location with this key, or update it if its profile differs (as `kubectl apply`)"
            apply_location(req: ApplyLocation as body) -> object LocationApplied = POST "/v1/locations/apply"
                => portal("enroll", "Account settings > Legal info > Partner > Add location (one subsidiary at a time)");
            "The locations of the global account"
            locations() -> list Vec<Account> = GET "/v1/locations"
                => portal("account locations list", "Account settings > Legal info > Partner (locations)");
            "The mails the backend sent to the tenant's contacts"
            outbox() -> list Vec<Mail> = GET "/v1/outbox"
                => portal("outbox", "the mailbox of the primary contact");

            // Membership, offers, orders
            "The membership: status, anniversary, renewal window, programmes"
            membership(at: AccountRef as at) -> object Membership = GET "/v1/membership"
                => portal("membership", "Membership > Microsoft AI Cloud Partner Program");
            "Renew for a year, to the same date (the anniversary), inside the renewal window"
            renew(at: AccountRef as at, payment: PaymentMethod as field(RenewBody.payment)) -> object Purchase = POST "/v1/membership/renew"
                => portal("membership renew", "Membership > Microsoft AI Cloud Partner Program");
            "Buy the network membership again after it lapsed"
            rejoin(at: AccountRef as at) -> object Purchase = POST "/v1/membership/rejoin"
                => portal("membership rejoin", "Membership > Microsoft AI Cloud Partner Program");
            "Buy Action Pack or a competency"
            upgrade(at: AccountRef as at, req: Upgrade as body) -> object Purchase = POST "/v1/membership/upgrade"
                => portal("membership upgrade", "Membership > Offers");
            "What it takes to hold the programmes wanted, each: held, to buy (new or an upgrade), or awaiting the payment of an order. Buys nothing"
            membership_plan(at: AccountRef as at, req: MembershipWants as body) -> object MembershipPlan = POST "/v1/membership/plan"
                => portal("enroll", "Membership > Offers");
            "Buy, in one change, what the account lacks of the programmes wanted"
            apply_membership(at: AccountRef as at, req: ApplyMembership as body) -> object MembershipApplied = POST "/v1/membership/apply"
                => portal("enroll", "Membership > Offers");
            "The offer catalog"
            offers() -> list Vec<Offer> = GET "/v1/offers"
                => portal("offers", "Membership > Offers");
            "The account's orders"
            orders(at: AccountRef as at) -> list Vec<Order> = GET "/v1/orders"
                => portal("orders", "Account settings > Billing > Order history");
            "Record the payment of an invoice order"
            pay_order(order_id: String as path(orderId)) -> object Order = POST "/v1/orders/{orderId}/pay"
                => portal("orders pay", "Account settings > Billing");
            "Refund an order (30 days, no benefit used)"
            refund_order(order_id: String as path(orderId)) -> object Order = POST "/v1/orders/{orderId}/refund"
                => portal("orders refund", "Account settings > Billing");

            // Benefits
            "The account's benefits"
            benefits(at: AccountRef as at) -> list Vec<Benefit> = GET "/v1/benefits"
                => portal("benefits", "Benefits > Overview");
            "Activate a benefit"
            activate_benefit(benefit_id: String as path(benefitId)) -> object Benefit = POST "/v1/benefits/{benefitId}/activate"
                => portal("benefits activate", "Benefits");
            "Activate every available benefit of these kinds, in one change"
            activate_benefits(at: AccountRef as at, req: BenefitKinds as body) -> object BenefitsActivated = POST "/v1/benefits/activate"
                => portal("benefits activate --all", "Benefits");
            "Assign a seat to a user"
            assign_benefit(benefit_id: String as path(benefitId), req: AssignSeat as body) -> object Benefit = POST "/v1/benefits/{benefitId}/assignments"
                => portal("benefits assign", "Benefits");
            "The product keys of a benefit (viewing them blocks a refund)"
            product_keys(benefit_id: String as path(benefitId)) -> object ProductKeys = GET "/v1/benefits/{benefitId}/keys"
                => portal("benefits keys", "Benefits");
            "Redeem a product key"
            redeem_key(benefit_id: String as path(benefitId), key: String as field(RedeemBody.key)) -> object ProductKeys = POST "/v1/benefits/{benefitId}/keys/redeem"
                => portal("benefits redeem", "Benefits");

            // Users and roles
            "Add a user (the temporary password is in this answer only)"
            add_user(req: NewUser as body) -> object UserCreated = POST "/v1/users" [created]
                => portal("users add", "Account settings > User management > Add user");
            "Add the user, or grant the user with this email the roles it lacks (the temporary password is in this answer only)"
            apply_user(req: NewUser as body) -> object UserApplied = POST "/v1/users/apply"
                => portal("enroll", "Account settings > User management > Add user");
            "The users of the tenant"
            users() -> list Vec<User> = GET "/v1/users"
                => portal("users list", "Account settings > User management (or `partnerctl roles members ROLE`)");
            "Remove a user"
            remove_user(upn: String as path(upn)) -> none () = DELETE "/v1/users/{upn}"
                => portal("users remove", "Account settings > User management > Remove user");
            "Give a user a role (role id or key)"
            grant_role(role: RoleName as path(role), upn: String as path(upn)) -> object User = PUT "/v1/users/{upn}/roles/{role}"
                => api;
            "Take a role from a user (role id or key)"
            revoke_role(role: RoleName as path(role), upn: String as path(upn)) -> object User = DELETE "/v1/users/{upn}/roles/{role}"
                => api;
            "The roles (Partner Center)"
            roles() -> list Vec<Role> = GET "/v1/roles"
                => api;
            "The members of a role (Partner Center)"
            role_members(role: RoleName as path(roleId)) -> list Vec<RoleMember> = GET "/v1/roles/{roleId}/usermembers"
                => api;

            // Reference data
            "A country's address rules (Partner Center)"
            country_rules(country: String as path(country)) -> object CountryRules = GET "/v1/countryvalidationrules/{country}" [public]
                => api;
            "Check an address against its country's rules (Partner Center)"
            validate_address(address: Address as body) -> object AddressValidation = POST "/v1/validations/address" [public]
                => api;
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

/// What the real Partner Center offers for one operation (the table's last column).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartnerCenter {
    /// Its public API does it.
    Api,
    /// Only its portal does, at this page (under `client::partner_center::PORTAL`).
    Portal(&'static str),
    /// Nothing does it.
    Unsupported(&'static str),
}

macro_rules! partner_center_of {
    (api) => {
        PartnerCenter::Api
    };
    (portal($command:literal, $page:literal)) => {
        PartnerCenter::Portal($page)
    };
    (unsupported($what:literal)) => {
        PartnerCenter::Unsupported($what)
    };
}

/// `Operation`: one variant per operation of the table, named as the operation, so that a
/// list of operations elsewhere (the capability table) is checked by the compiler.
macro_rules! operation_enum {
    ({} $(
        $summary:literal
        $name:ident ( $( $arg:ident : $argty:ty as $place:ident $( ( $($pp:tt)* ) )? ),* )
            -> $shape:ident $ret:ty = $method:ident $path:literal $( [ $($flag:ident),* ] )?
            => $pc:ident $( ( $($pcargs:tt)* ) )? ;
    )*) => {
        /// An operation of the table, by its name.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Operation {
            $($name),*
        }

        /// The names of the operations in the table (the test that every trait method is in
        /// it reads them).
        pub const NAMES: &[&str] = &[$(stringify!($name)),*];

        impl Operation {
            pub const ALL: &[Operation] = &[$(Operation::$name),*];

            pub fn name(self) -> &'static str {
                match self {
                    $(Operation::$name => stringify!($name)),*
                }
            }

            /// What the real Partner Center offers for it.
            pub fn partner_center(self) -> PartnerCenter {
                match self {
                    $(Operation::$name => partner_center_of!($pc $( ( $($pcargs)* ) )?)),*
                }
            }
        }
    };
}

operations!(operation_enum {});

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

    /// Whether `src` defines a function `name`.
    fn defines(src: &str, name: &str) -> bool {
        src.match_indices(&format!("fn {name}")).any(|(at, m)| {
            let before = src[..at].chars().next_back();
            let after = src[at + m.len()..].chars().next();
            !before.is_some_and(|c| c.is_alphanumeric() || c == '_')
                && matches!(after, Some('(' | '<'))
        })
    }

    #[test]
    fn the_client_and_the_server_write_no_operation_by_hand() {
        let files = [
            ("client/mod.rs", include_str!("client/mod.rs")),
            ("server/v1.rs", include_str!("server/v1.rs")),
            ("server/route.rs", include_str!("server/route.rs")),
            ("server/openapi.rs", include_str!("server/openapi.rs")),
        ];
        for (file, src) in files {
            for name in NAMES {
                assert!(
                    !defines(src, name),
                    "{file} defines fn {name}: the operations' table generates it"
                );
            }
        }
        assert!(defines("    async fn whoami(&self)", "whoami"));
        assert!(!defines("fn whoami_of(", "whoami"));
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
