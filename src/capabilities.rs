//! What each backend kind can do, command by command.
//!
//! The embedded backend and `partnerctl serve` implement every operation. The real Partner
//! Center has a public REST API for profiles, roles and their members, domains and addresses
//! only; enrollment, vetting, membership, orders and benefits exist only in its portal. The
//! CLI checks this table before it sends anything, so such a command fails at once with the
//! portal page to use (exit 6) instead of half-way through. `partnerctl backend capabilities`
//! prints the table.

use crate::cli::{AccountCmd, AuthCmd, Command, UsersCmd};
use crate::error::ApiError;
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

/// Every command that talks to a backend; `None`: Partner Center's public API does it,
/// `Some(page)`: only its portal does, at that page (under [`PORTAL`]).
const TABLE: &[(&str, Option<&str>)] = &[
    ("tenant", Some("Azure portal: Microsoft Entra ID > Overview (tenants and domains)")),
    ("login", None),
    ("logout", None),
    ("whoami", Some("Account settings > User management (or `partnerctl auth status`)")),
    ("auth status", None),
    ("auth token", None),
    ("account create", Some("Partner Center enrollment: https://partner.microsoft.com/dashboard/account/v3/enrollment/introduction/partnership")),
    ("account show", Some("Account settings > Legal info")),
    ("account verify", Some("Account settings > Legal info > Partner (verification status)")),
    ("account update", None),
    ("account profile", None),
    ("account locations", Some("Account settings > Organization profile > Legal info (locations)")),
    ("outbox", Some("the mailbox of the primary contact")),
    ("membership", Some("Membership > Microsoft AI Cloud Partner Program (renew, upgrade)")),
    ("offers", Some("Membership > Offers")),
    ("orders", Some("Account settings > Billing > Order history")),
    ("benefits", Some("Benefits > Overview")),
    ("users add", Some("Account settings > User management > Add user")),
    ("users list", Some("Account settings > User management (or `partnerctl roles members ROLE`)")),
    ("users remove", Some("Account settings > User management > Remove user")),
    ("users grant", None),
    ("users revoke", None),
    ("roles", None),
    ("enroll", Some("Account settings > Legal info > Partner > Add location (one subsidiary at a time)")),
];

/// The whole table, for `backend capabilities`.
pub fn table() -> Vec<Capability> {
    TABLE
        .iter()
        .map(|(command, portal)| Capability {
            command,
            embedded: true,
            http: true,
            partner_center: portal.is_none(),
            portal_page: *portal,
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
        Command::Auth(AuthCmd::Status) => "auth status",
        Command::Auth(AuthCmd::Token) => "auth token",
        Command::Account(AccountCmd::Create(_)) => "account create",
        Command::Account(AccountCmd::Show(_)) => "account show",
        Command::Account(AccountCmd::Verify(_)) => "account verify",
        Command::Account(AccountCmd::Update(_)) => "account update",
        Command::Account(AccountCmd::Profile(_)) => "account profile",
        Command::Account(AccountCmd::Locations(_)) => "account locations",
        Command::Outbox(_) => "outbox",
        Command::Membership(_) => "membership",
        Command::Offers(_) => "offers",
        Command::Orders(_) => "orders",
        Command::Benefits(_) => "benefits",
        Command::Users(UsersCmd::Add(_)) => "users add",
        Command::Users(UsersCmd::List) => "users list",
        Command::Users(UsersCmd::Remove { .. }) => "users remove",
        Command::Users(UsersCmd::Grant(_)) => "users grant",
        Command::Users(UsersCmd::Revoke(_)) => "users revoke",
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
    match (kind, refusal(name)) {
        (BackendKind::PartnerCenter, Some(page)) => Err(not_in_public_api(name, page)),
        _ => Ok(()),
    }
}

fn refusal(name: &str) -> Option<&'static str> {
    TABLE.iter().find(|(c, _)| *c == name).and_then(|(_, p)| *p)
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
        let e = not_in_public_api("benefits", "Benefits > Overview");
        assert_eq!(e.exit_code(), 6);
        assert!(e.hint.unwrap().contains(PORTAL));
    }
}
