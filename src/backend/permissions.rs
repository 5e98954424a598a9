//! Who may do what: the roles of DOMAIN.md section 5 as a table of actions.
//!
//! Every operation names its action; a refusal names the roles that would allow it and who
//! may grant them.

use crate::api::{RoleCategory, RoleName};
use crate::error::{ApiError, Code, Result};

use RoleName::*;

/// Something a signed-in user may be allowed to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Read the account, its profiles, membership, benefits, offers, roles, locations.
    View,
    /// Read the mail the backend sent (the outbox): it holds the verification codes mailed to
    /// primary contacts, so reading it is managing the account's vetting.
    ReadMail,
    /// Enroll the tenant's partner account (sign the agreement).
    Enroll,
    /// Change the legal business or organization profile.
    UpdateProfile,
    AddLocation,
    /// Buy offers: upgrade, renew, rejoin.
    Buy,
    ViewOrders,
    /// Pay or refund orders.
    ManageOrders,
    ActivateBenefit,
    AssignSeat,
    /// See and redeem product keys.
    UseProductKeys,
    AddUser,
    RemoveUser,
    ViewUsers,
    ManageDomains,
}

impl Action {
    /// The roles allowed, besides Global admin (who may do everything); empty: any user of
    /// the tenant.
    pub fn roles(self) -> &'static [RoleName] {
        match self {
            Action::View => &[],
            // Whoever may set the primary contact (a new one is sent a code) and finish the
            // account's setup, vetting included: Global admin, Account admin, Admin agent
            // (the enrolling user joins the Admin agents to finish setup). Not every member:
            // a code read is an account verified.
            Action::ReadMail => &[GlobalAdmin, AccountAdmin, AdminAgent],
            Action::Enroll => &[GlobalAdmin],
            Action::UpdateProfile => &[GlobalAdmin, AccountAdmin, AdminAgent],
            Action::AddLocation => &[GlobalAdmin, AccountAdmin],
            Action::Buy => &[GlobalAdmin, MpnPartnerAdmin, BillingAdmin],
            Action::ViewOrders => &[GlobalAdmin, BillingAdmin, MpnPartnerAdmin, SalesAgent],
            Action::ManageOrders => &[GlobalAdmin, BillingAdmin],
            Action::ActivateBenefit => &[GlobalAdmin, MpnPartnerAdmin],
            Action::AssignSeat => &[GlobalAdmin],
            Action::UseProductKeys => &[GlobalAdmin, MpnPartnerAdmin],
            Action::AddUser => &[GlobalAdmin, UserManagementAdmin, AdminAgent],
            Action::RemoveUser => &[GlobalAdmin, UserManagementAdmin],
            Action::ViewUsers => &[
                GlobalAdmin,
                UserManagementAdmin,
                AdminAgent,
                AccountAdmin,
                MpnPartnerAdmin,
            ],
            Action::ManageDomains => &[GlobalAdmin],
        }
    }

    fn describe(self) -> &'static str {
        match self {
            Action::View => "view the account",
            Action::ReadMail => "read the mail sent to the account's contacts (verification codes)",
            Action::Enroll => "enroll the tenant in the partner network",
            Action::UpdateProfile => "change the account's profiles",
            Action::AddLocation => "add locations",
            Action::Buy => "buy offers",
            Action::ViewOrders => "view orders",
            Action::ManageOrders => "pay or refund orders",
            Action::ActivateBenefit => "activate benefits",
            Action::AssignSeat => "assign benefit seats to users",
            Action::UseProductKeys => "view or redeem product keys",
            Action::AddUser => "add users",
            Action::RemoveUser => "remove users",
            Action::ViewUsers => "list users",
            Action::ManageDomains => "add domains to the tenant",
        }
    }
}

/// Whether a user holding `held` may do `action`.
pub fn allows(held: &[RoleName], action: Action) -> bool {
    let needed = action.roles();
    needed.is_empty() || held.contains(&GlobalAdmin) || needed.iter().any(|r| held.contains(r))
}

/// Refuse unless `held` allows `action`; the error names the roles needed.
pub fn require(held: &[RoleName], action: Action) -> Result<()> {
    if allows(held, action) {
        return Ok(());
    }
    let needed = action.roles();
    Err(forbidden(
        &format!("you need {} to {}", one_of(needed), action.describe()),
        needed,
    ))
}

/// Whether a user holding `held` may grant or revoke `role`.
///
/// Directory roles: Global admin or User management admin, Global admin itself only by a
/// Global admin. Partner Center roles: Global admin or Account admin.
pub fn may_assign(held: &[RoleName], role: RoleName) -> bool {
    if held.contains(&GlobalAdmin) {
        return true;
    }
    match (role.category(), role) {
        (_, GlobalAdmin) => false,
        (RoleCategory::Directory, _) => held.contains(&UserManagementAdmin),
        (RoleCategory::PartnerCenter, _) => held.contains(&AccountAdmin),
    }
}

/// The roles that may grant or revoke `role`.
pub fn assigners(role: RoleName) -> &'static [RoleName] {
    match (role.category(), role) {
        (_, GlobalAdmin) => &[GlobalAdmin],
        (RoleCategory::Directory, _) => &[GlobalAdmin, UserManagementAdmin],
        (RoleCategory::PartnerCenter, _) => &[GlobalAdmin, AccountAdmin],
    }
}

pub fn require_assign(held: &[RoleName], role: RoleName) -> Result<()> {
    if may_assign(held, role) {
        return Ok(());
    }
    let needed = assigners(role);
    Err(forbidden(
        &format!(
            "you need {} to grant or revoke {}",
            one_of(needed),
            role.display()
        ),
        needed,
    ))
}

fn forbidden(message: &str, needed: &[RoleName]) -> ApiError {
    let role = needed
        .iter()
        .find(|r| **r != GlobalAdmin)
        .or(needed.first())
        .copied()
        .unwrap_or(GlobalAdmin);
    ApiError::new(Code::Forbidden, message).hint(format!(
        "ask {} to run `partnerctl users grant {} YOUR-UPN`",
        one_of(assigners(role)),
        role.key()
    ))
}

/// "Global admin or MPN partner admin" style lists.
fn one_of(roles: &[RoleName]) -> String {
    let names: Vec<&str> = roles.iter().map(|r| r.display()).collect();
    match names.len() {
        0 => "no role".into(),
        1 => names[0].to_string(),
        n => format!("{} or {}", names[..n - 1].join(", "), names[n - 1]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // DOMAIN.md 4: activating needs Global admin or MPN partner admin; buying does not need
    // Global admin; assigning seats needs Global admin.
    #[test]
    fn benefit_rules() {
        assert!(allows(&[MpnPartnerAdmin], Action::ActivateBenefit));
        assert!(allows(&[GlobalAdmin], Action::ActivateBenefit));
        assert!(!allows(&[AdminAgent], Action::ActivateBenefit));
        assert!(allows(&[MpnPartnerAdmin], Action::Buy));
        assert!(!allows(&[MpnPartnerAdmin], Action::AssignSeat));
        assert!(allows(&[GlobalAdmin], Action::AssignSeat));
    }

    // DOMAIN.md 5: adding users needs Global admin, User management admin or Admin agent.
    #[test]
    fn adding_users() {
        for r in [GlobalAdmin, UserManagementAdmin, AdminAgent] {
            assert!(allows(&[r], Action::AddUser), "{r}");
        }
        for r in [BillingAdmin, SalesAgent, MpnPartnerAdmin, AccountAdmin] {
            assert!(!allows(&[r], Action::AddUser), "{r}");
        }
    }

    // DOMAIN.md 5: directory roles by Global admin or User management admin (Global admin only
    // by a Global admin); Partner Center roles by Global admin or Account admin; MPN partner
    // admin never assigns.
    #[test]
    fn assigning_roles() {
        assert!(may_assign(&[UserManagementAdmin], AdminAgent));
        assert!(!may_assign(&[UserManagementAdmin], GlobalAdmin));
        assert!(may_assign(&[GlobalAdmin], GlobalAdmin));
        assert!(!may_assign(&[UserManagementAdmin], MpnPartnerAdmin));
        assert!(may_assign(&[AccountAdmin], MpnPartnerAdmin));
        assert!(!may_assign(&[AccountAdmin], AdminAgent));
        assert!(!may_assign(&[MpnPartnerAdmin], ReferralAdmin));
        assert!(!may_assign(&[AdminAgent], SalesAgent));
    }

    // DOMAIN.md 2: adding a location needs Account admin or Global admin.
    #[test]
    fn adding_locations() {
        assert!(allows(&[AccountAdmin], Action::AddLocation));
        assert!(!allows(&[AdminAgent], Action::AddLocation));
        assert!(!allows(&[MpnPartnerAdmin], Action::AddLocation));
    }

    // Mail holds verification codes: read by those who manage the account's vetting, not by
    // any member.
    #[test]
    fn reading_mail() {
        for r in [GlobalAdmin, AccountAdmin, AdminAgent] {
            assert!(allows(&[r], Action::ReadMail), "{r}");
        }
        for r in [
            UserManagementAdmin,
            BillingAdmin,
            SalesAgent,
            HelpdeskAgent,
            MpnPartnerAdmin,
            ReferralAdmin,
            IncentiveAdmin,
            BusinessProfileAdmin,
        ] {
            assert!(!allows(&[r], Action::ReadMail), "{r}");
        }
        assert!(!allows(&[], Action::ReadMail));
    }

    #[test]
    fn refusal_names_roles_and_granter() {
        let e = require(&[SalesAgent], Action::ActivateBenefit).unwrap_err();
        assert!(e.message.contains("MPN partner admin"), "{}", e.message);
        let hint = e.hint.unwrap();
        assert!(hint.contains("Account admin"), "{hint}");
        assert!(hint.contains("users grant mpn-partner-admin"), "{hint}");
    }
}
