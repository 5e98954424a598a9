//! What each backend kind can do, command by command.
//!
//! The embedded backend and `partnerctl serve` implement every operation. The real Partner
//! Center has a public REST API for profiles, roles and their members, domains and addresses
//! only; enrollment, vetting, membership, orders and benefits exist only in its portal. The
//! CLI checks this table before it sends anything, so such a command fails at once with the
//! portal page to use (exit 6) instead of half-way through. `partnerctl backend capabilities`
//! prints the table. A row names the operations its command calls; what Partner Center does
//! follows from their entries in the operations' table (`src/operations.rs`).

use crate::cli::{AccountCmd, AuthCmd, Command, Deferred, UsersCmd};
use crate::error::{ApiError, Code};
use crate::operations::{Operation, PartnerCenter};
use crate::output::Tabular;
use serde::Serialize;

pub use crate::client::partner_center::{not_in_public_api, PORTAL};

/// Where commands go.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum BackendKind {
    /// The data dir, in process (the default).
    Embedded,
    /// A `partnerctl serve` at a URL (`--backend URL`).
    Http,
    /// The real Partner Center (`--backend partner-center`).
    PartnerCenter,
}

impl BackendKind {
    pub fn name(self) -> &'static str {
        match self {
            BackendKind::Embedded => "embedded",
            BackendKind::Http => "http",
            BackendKind::PartnerCenter => "partner-center",
        }
    }
}

/// One command and where it works.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Capability {
    pub command: &'static str,
    pub embedded: bool,
    pub http: bool,
    pub partner_center: bool,
    /// Where to do it instead, when the real Partner Center has no API for it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub portal_page: Option<&'static str>,
}

/// Every command that talks to a backend, and the operations it needs (the table's names,
/// checked by the compiler). A command works on the real Partner Center when its public API
/// does each of them; otherwise the page to use instead is that of the first operation only
/// the portal does, so each row lists its main operation first. Operations a command calls
/// only on the way (a short id resolved through a list) are not listed.
const TABLE: &[(&str, &[Operation])] = {
    use Operation as O;
    &[
        (
            "tenant",
            &[
                O::create_tenant,
                O::whoami,
                O::add_domain,
                O::verify_domain,
                O::sign_out,
            ],
        ),
        // The token endpoint, or Azure AD's device code with `--backend partner-center`.
        ("login", &[]),
        ("logout", &[O::sign_out]),
        ("whoami", &[O::whoami]),
        // The session kept here (a token given for the run is checked with `whoami`).
        ("auth status", &[]),
        ("auth token", &[]),
        (
            "account create",
            &[
                O::create_account,
                O::create_tenant,
                O::domain_taken,
                O::whoami,
            ],
        ),
        ("account show", &[O::account]),
        ("account verify", &[O::verify_account, O::resend_code]),
        ("account update", &[O::update_legal_profile]),
        (
            "account profile",
            &[O::legal_profile, O::organization_profile, O::mpn_profile],
        ),
        ("account locations", &[O::locations, O::add_location]),
        ("outbox", &[O::outbox]),
        (
            "membership",
            &[O::membership, O::renew, O::rejoin, O::upgrade],
        ),
        ("offers", &[O::offers]),
        ("orders", &[O::orders, O::pay_order, O::refund_order]),
        (
            "benefits",
            &[
                O::benefits,
                O::activate_benefit,
                O::activate_benefits,
                O::assign_benefit,
                O::product_keys,
                O::redeem_key,
            ],
        ),
        ("users add", &[O::add_user]),
        ("users list", &[O::users]),
        ("users remove", &[O::remove_user]),
        ("users grant", &[O::grant_role]),
        ("users revoke", &[O::revoke_role]),
        ("roles", &[O::roles, O::role_members]),
        (
            "enroll",
            &[
                O::apply_location,
                O::apply_membership,
                O::activate_benefits,
                O::apply_user,
                O::create_tenant,
                O::create_account,
                O::account,
                O::update_legal_profile,
                O::organization_profile,
                O::update_organization_profile,
                O::whoami,
            ],
        ),
    ]
};

/// Whether the real Partner Center does everything in `ops`, and where to go instead.
fn on_partner_center(ops: &[Operation]) -> (bool, Option<&'static str>) {
    let mut by_api = true;
    let mut page = None;
    for op in ops {
        match op.partner_center() {
            PartnerCenter::Api => {}
            PartnerCenter::Portal(p) => {
                by_api = false;
                page = page.or(Some(p));
            }
            PartnerCenter::Unsupported(_) => by_api = false,
        }
    }
    (by_api, page)
}

/// The whole table, for `backend capabilities`.
pub fn table() -> Vec<Capability> {
    TABLE
        .iter()
        .map(|(command, ops)| {
            let (partner_center, portal_page) = on_partner_center(ops);
            Capability {
                command,
                embedded: true,
                http: true,
                partner_center,
                portal_page,
            }
        })
        .collect()
}

/// The row of `command` in the table; commands not in it need no backend.
fn entry(command: &Command) -> Option<&'static str> {
    Some(match command {
        Command::Tenant(_) => "tenant",
        Command::Login(_) => "login",
        Command::Logout => "logout",
        Command::Whoami => "whoami",
        Command::Auth(Deferred(AuthCmd::Status)) => "auth status",
        Command::Auth(Deferred(AuthCmd::Token)) => "auth token",
        Command::Account(Deferred(AccountCmd::Create(_))) => "account create",
        Command::Account(Deferred(AccountCmd::Show(_))) => "account show",
        Command::Account(Deferred(AccountCmd::Verify(_))) => "account verify",
        Command::Account(Deferred(AccountCmd::Update(_))) => "account update",
        Command::Account(Deferred(AccountCmd::Profile(_))) => "account profile",
        Command::Account(Deferred(AccountCmd::Locations(_))) => "account locations",
        Command::Outbox(_) => "outbox",
        Command::Membership(_) => "membership",
        Command::Offers(_) => "offers",
        Command::Orders(_) => "orders",
        Command::Benefits(_) => "benefits",
        Command::Users(Deferred(UsersCmd::Add(_))) => "users add",
        Command::Users(Deferred(UsersCmd::List)) => "users list",
        Command::Users(Deferred(UsersCmd::Remove { .. })) => "users remove",
        Command::Users(Deferred(UsersCmd::Grant(_))) => "users grant",
        Command::Users(Deferred(UsersCmd::Revoke(_))) => "users revoke",
        Command::Roles(_) => "roles",
        Command::Enroll(_) => "enroll",
        Command::Profile(_)
        | Command::Config(_)
        | Command::Completions(_)
        | Command::Man(_)
        | Command::Serve(_)
        | Command::Backend(_) => return None,
    })
}

/// Refuses, before any request, a command the backend kind cannot do.
pub fn check(kind: BackendKind, command: &Command) -> Result<(), ApiError> {
    let Some(name) = entry(command) else {
        return Ok(());
    };
    if kind != BackendKind::PartnerCenter {
        return Ok(());
    }
    let ops = TABLE
        .iter()
        .find(|(c, _)| *c == name)
        .map_or(&[][..], |(_, ops)| *ops);
    match on_partner_center(ops) {
        (true, _) => Ok(()),
        (false, Some(page)) => Err(not_in_public_api(name, page)),
        (false, None) => Err(ApiError::new(
            Code::NotInPublicApi,
            format!("`{name}` is not available in Partner Center"),
        )),
    }
}

impl Tabular for Capability {
    fn columns() -> &'static [&'static str] {
        &["Command", "Embedded", "HTTP", "Partner Center", "Instead"]
    }
    fn row(&self) -> Vec<String> {
        let yes = |b: bool| if b { "yes" } else { "no" }.to_string();
        vec![
            self.command.into(),
            yes(self.embedded),
            yes(self.http),
            yes(self.partner_center),
            self.portal_page.unwrap_or("").into(),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_portal_only_commands_are_refused_on_partner_center_only() {
        let refused = table()
            .into_iter()
            .filter(|c| !c.partner_center)
            .map(|c| c.command)
            .collect::<Vec<_>>();
        for name in [
            "account create",
            "membership",
            "orders",
            "benefits",
            "enroll",
        ] {
            assert!(refused.contains(&name), "{name}");
        }
        for name in ["users grant", "users revoke", "account profile", "roles"] {
            assert!(!refused.contains(&name), "{name}");
        }
        assert!(table().iter().all(|c| c.embedded && c.http));
        assert!(check(BackendKind::Embedded, &Command::Whoami).is_ok());
        let refused = check(BackendKind::PartnerCenter, &Command::Whoami).unwrap_err();
        assert_eq!(refused.exit_code(), 6);
        assert!(refused.hint.unwrap().contains("User management"));
        assert!(check(BackendKind::PartnerCenter, &Command::Logout).is_ok());
        let e = not_in_public_api("benefits", "Benefits > Overview");
        assert_eq!(e.exit_code(), 6);
        assert!(e.hint.unwrap().contains(PORTAL));
    }

    /// The operations no command calls, for the HTTP API's clients: reference data, and the
    /// membership plan (`enroll` applies the membership in one request instead).
    const NO_COMMAND: &[Operation] = &[
        Operation::country_rules,
        Operation::validate_address,
        Operation::membership_plan,
    ];

    #[test]
    fn every_operation_is_needed_by_a_command_or_by_none_on_purpose() {
        for op in Operation::ALL {
            let rows = TABLE.iter().filter(|(_, ops)| ops.contains(op)).count();
            assert!(
                rows > 0 || NO_COMMAND.contains(op),
                "no command of the capability table lists {}: add it to the commands that \
                 call it",
                op.name()
            );
        }
    }

    #[test]
    fn a_row_follows_its_operations() {
        use Operation as O;
        // All by the API: Partner Center does it.
        assert_eq!(
            on_partner_center(&[O::roles, O::role_members]),
            (true, None)
        );
        assert_eq!(on_partner_center(&[]), (true, None));
        // One operation only the portal does makes the command portal-only, at its page; the
        // first such operation names the page.
        let PartnerCenter::Portal(orders) = O::orders.partner_center() else {
            panic!("orders is portal-only");
        };
        assert_eq!(
            on_partner_center(&[O::grant_role, O::orders, O::pay_order]),
            (false, Some(orders))
        );
        let row = |name: &str| table().into_iter().find(|c| c.command == name).unwrap();
        assert_eq!(row("orders").portal_page, Some(orders));
        assert!(row("users grant").partner_center);
        // enroll buys what a subsidiary lacks in one request: portal-only as that is.
        assert!(TABLE
            .iter()
            .any(|(c, ops)| *c == "enroll" && ops.contains(&O::apply_membership)));
    }

    /// Every row name `entry` gives a command is a row of the table (read from its source).
    #[test]
    fn every_command_names_a_row() {
        let src = include_str!("capabilities.rs");
        let body = &src[src.find("fn entry(").unwrap()..];
        let body = &body[..body.find("\n}\n").unwrap()];
        let names: Vec<&str> = body
            .split("=> \"")
            .skip(1)
            .map(|rest| &rest[..rest.find('"').unwrap()])
            .collect();
        assert!(names.len() >= TABLE.len(), "{names:?}");
        for name in names {
            assert!(
                TABLE.iter().any(|(c, _)| *c == name),
                "{name} has no row in TABLE"
            );
        }
    }
}
