//! People named in requests: contacts (primary contact, signer, first admin) and new users.

use super::email;
use super::text::{self, join, shown, NAME_MAX, PHONE_MAX};
use crate::api::{Contact, NewUser, RoleName};
use crate::error::FieldError;

/// The only roles a guest (a user from another tenant) may hold (DOMAIN.md §1).
pub const GUEST_ROLES: [RoleName; 3] = [
    RoleName::MpnPartnerAdmin,
    RoleName::BusinessProfileAdmin,
    RoleName::ReferralAdmin,
];

/// Why `phone` is not a plausible phone number, if it is not.
pub(crate) fn phone_problem(phone: &str) -> Option<String> {
    const RULE: &str = "digits, spaces and + - ( ) . only, with 6 to 20 digits, \
                        like +1 425 555 0100";
    if phone.trim().is_empty() {
        return Some(format!("required: a phone number: {RULE}"));
    }
    let len = phone.chars().count();
    if len > PHONE_MAX {
        return Some(format!(
            "is {len} characters long; a phone number is at most {PHONE_MAX}: {RULE}"
        ));
    }
    let allowed = phone
        .char_indices()
        .all(|(i, c)| c.is_ascii_digit() || " -().".contains(c) || (c == '+' && i == 0));
    let digits = phone.chars().filter(char::is_ascii_digit).count();
    if !allowed || !(6..=20).contains(&digits) {
        return Some(format!(
            "{} is not a phone number: use {RULE}",
            shown(phone)
        ));
    }
    None
}

fn names(first: &str, last: &str, prefix: &str) -> impl Iterator<Item = FieldError> {
    let first = text::field(
        first,
        join(prefix, "firstName"),
        "the person's first (given) name",
        NAME_MAX,
        true,
    );
    let last = text::field(
        last,
        join(prefix, "lastName"),
        "the person's last (family) name",
        NAME_MAX,
        true,
    );
    first.into_iter().chain(last)
}

pub(crate) fn contact(c: &Contact, prefix: &str, work: bool) -> Vec<FieldError> {
    let mut errors: Vec<FieldError> = names(&c.first_name, &c.last_name, prefix).collect();
    let email_field = join(prefix, "email");
    errors.extend(if work {
        super::work_email(&c.email, &email_field)
    } else {
        super::email(&c.email, &email_field)
    });
    // A primary contact must be reachable by phone; for others the number is optional.
    if work || !c.phone_number.trim().is_empty() {
        errors.extend(
            phone_problem(&c.phone_number).map(|m| FieldError::new(join(prefix, "phoneNumber"), m)),
        );
    }
    errors
}

pub(crate) fn new_user(u: &NewUser, prefix: &str) -> Vec<FieldError> {
    let mut errors: Vec<FieldError> = super::email(&u.email, &join(prefix, "email"))
        .into_iter()
        .collect();
    errors.extend(names(&u.first_name, &u.last_name, prefix));
    if let Some(upn) = &u.user_principal_name {
        if email::syntax_problem(upn).is_some() {
            errors.push(FieldError::new(
                join(prefix, "userPrincipalName"),
                format!(
                    "{} is not a valid userPrincipalName: write it like an email address, \
                     e.g. alice@contoso.onmicrosoft.com",
                    shown(upn)
                ),
            ));
        }
    }
    if u.guest {
        let refused: Vec<&str> = u
            .roles
            .iter()
            .filter(|r| !GUEST_ROLES.contains(r))
            .map(|r| r.key())
            .collect();
        if !refused.is_empty() {
            let allowed: Vec<&str> = GUEST_ROLES.iter().map(|r| r.key()).collect();
            errors.push(FieldError::new(
                join(prefix, "roles"),
                format!(
                    "a guest may hold only {}; not {}",
                    allowed.join(", "),
                    refused.join(", ")
                ),
            ));
        }
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jane() -> Contact {
        Contact {
            first_name: "Jane".into(),
            last_name: "Doe".into(),
            email: "jane.doe@contoso.com".into(),
            phone_number: "+1 425 555 0100".into(),
        }
    }

    fn alice() -> NewUser {
        NewUser {
            email: "alice.smith@contoso.com".into(),
            first_name: "Alice".into(),
            last_name: "Smith".into(),
            ..NewUser::default()
        }
    }

    fn fields(errors: &[FieldError]) -> Vec<&str> {
        errors.iter().map(|e| e.field.as_str()).collect()
    }

    #[test]
    fn accepts_a_complete_contact() {
        assert_eq!(contact(&jane(), "primaryContact", true), vec![]);
        assert_eq!(contact(&jane(), "signer", false), vec![]);
    }

    // DOMAIN.md §2: primaryContact: firstName, lastName, email, phoneNumber.
    #[test]
    fn reports_every_missing_contact_field() {
        let errors = contact(&Contact::default(), "primaryContact", true);
        assert_eq!(
            fields(&errors),
            [
                "primaryContact.firstName",
                "primaryContact.lastName",
                "primaryContact.email",
                "primaryContact.phoneNumber"
            ]
        );
    }

    // Phone numbers are required of primary contacts only; when given they must be plausible.
    #[test]
    fn phone_optional_for_signers_but_checked_when_given() {
        let no_phone = Contact {
            phone_number: String::new(),
            ..jane()
        };
        assert_eq!(contact(&no_phone, "signer", false), vec![]);
        let bad_phone = Contact {
            phone_number: "call me".into(),
            ..jane()
        };
        assert_eq!(
            fields(&contact(&bad_phone, "signer", false)),
            ["signer.phoneNumber"]
        );
    }

    #[test]
    fn phone_numbers_are_plausible() {
        for ok in [
            "+1 425 555 0100",
            "03-1234-5678",
            "(425) 555.0100",
            "+81312345678",
        ] {
            assert_eq!(phone_problem(ok), None, "{ok}");
        }
        for bad in [
            "12345",
            "1".repeat(21).as_str(),
            "555-CALL-NOW",
            "1+425 555 0100",
        ] {
            assert!(phone_problem(bad).is_some(), "{bad} accepted");
        }
    }

    // DOMAIN.md §2: the primary contact's email is a work address, no role mailbox.
    #[test]
    fn work_contacts_refuse_role_mailboxes_but_others_do_not() {
        let info = Contact {
            email: "info@contoso.com".into(),
            ..jane()
        };
        assert_eq!(
            fields(&contact(&info, "primaryContact", true)),
            ["primaryContact.email"]
        );
        assert_eq!(contact(&info, "signer", false), vec![]);
    }

    #[test]
    fn accepts_a_complete_user() {
        assert_eq!(new_user(&alice(), "users[0]"), vec![]);
        let guest = NewUser {
            guest: true,
            roles: GUEST_ROLES.to_vec(),
            user_principal_name: Some("alice@contoso.onmicrosoft.com".into()),
            ..alice()
        };
        assert_eq!(new_user(&guest, ""), vec![]);
    }

    #[test]
    fn reports_every_bad_user_field() {
        let u = NewUser {
            email: "alice".into(),
            user_principal_name: Some("alice at contoso".into()),
            ..NewUser::default()
        };
        assert_eq!(
            fields(&new_user(&u, "users[1]")),
            [
                "users[1].email",
                "users[1].firstName",
                "users[1].lastName",
                "users[1].userPrincipalName"
            ]
        );
    }

    // DOMAIN.md §1: guests may hold only MPN partner admin, Business profile admin or
    // Referral admin.
    #[test]
    fn guests_hold_only_partner_roles() {
        let u = NewUser {
            guest: true,
            roles: vec![RoleName::MpnPartnerAdmin, RoleName::AdminAgent],
            ..alice()
        };
        let errors = new_user(&u, "");
        assert_eq!(fields(&errors), ["roles"]);
        assert!(errors[0]
            .message
            .contains("mpn-partner-admin, business-profile-admin, referral-admin"));
        assert!(errors[0].message.contains("admin-agent"));
        let member = NewUser { guest: false, ..u };
        assert_eq!(new_user(&member, ""), vec![]);
    }
}
