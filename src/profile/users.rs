//! Users files: the users `users add -f` adds, with their roles.

use super::decode::{Decoder, Kind, Map, Unique};
use super::yaml::Value;
use crate::api::{NewUser, RoleName};
use crate::validate;
use crate::validate::text::shown;

pub(crate) const KIND: Kind = Kind {
    name: "users",
    title: "a users file",
    keys: &["kind", "users"],
    needs: "users: a list of users, each with email, firstName and lastName \
            (see examples/users.yaml)",
};

pub(crate) const USER_KEYS: &[&str] = &[
    "email",
    "firstName",
    "lastName",
    "roles",
    "userPrincipalName",
    "guest",
];

pub(crate) fn decode<'t>(d: &mut Decoder<'t>, top: &Map<'t>) -> Vec<NewUser> {
    if !d.require(
        top,
        "users",
        "a list of users, each with email, firstName and lastName",
    ) {
        return Vec::new();
    }
    let users = list(d, top);
    let empty = top
        .get("users")
        .is_some_and(|e| matches!(&e.value.value, Value::Seq(items) if items.is_empty()));
    if empty {
        let at = d.position_of("users");
        d.problem(
            at,
            "users".into(),
            "the list is empty; list at least one user",
        );
    }
    users
}

const EXAMPLE: &str = "[{email: ..., firstName: ..., lastName: ...}]";

/// `users` of a mapping, if present: each user once (by email).
pub(crate) fn list<'t>(d: &mut Decoder<'t>, m: &Map<'t>) -> Vec<NewUser> {
    let Some(items) = d.list(m, "users", EXAMPLE) else {
        return Vec::new();
    };
    let mut unique = Unique::default();
    let mut users = Vec::new();
    for (i, node) in items.iter().enumerate() {
        let path = format!("{}[{i}]", m.path_of("users"));
        let Some(m) = d.mapping(node, node.pos, path.clone(), "a user", USER_KEYS) else {
            continue;
        };
        let user = NewUser {
            email: d.text(&m, "email").unwrap_or_default(),
            first_name: d.text(&m, "firstName").unwrap_or_default(),
            last_name: d.text(&m, "lastName").unwrap_or_default(),
            user_principal_name: d.text(&m, "userPrincipalName"),
            roles: roles(d, &m),
            guest: d.flag(&m, "guest").unwrap_or(false),
        };
        d.check("", validate::new_user(&user, &path));
        if !user.email.trim().is_empty() {
            unique.insert(d, &user.email, m.path_of("email"), "user");
        }
        users.push(user);
    }
    users
}

/// `roles`: kebab-case role names, each once.
fn roles<'t>(d: &mut Decoder<'t>, m: &Map<'t>) -> Vec<RoleName> {
    let mut roles = Vec::new();
    let items = d
        .list(m, "roles", "[admin-agent, mpn-partner-admin]")
        .unwrap_or_default();
    for (i, node) in items.iter().enumerate() {
        let path = format!("{}[{i}]", m.path_of("roles"));
        let Some(name) = d.scalar(node, node.pos, path.clone()) else {
            continue;
        };
        match RoleName::from_key(&name) {
            Some(role) if !roles.contains(&role) => roles.push(role),
            Some(_) => {}
            None => {
                let valid: Vec<&str> = RoleName::ALL.iter().map(|r| r.key()).collect();
                let hint = match near_role(&name) {
                    Some(role) => format!(" (did you mean `{}`?)", role.key()),
                    None => String::new(),
                };
                d.problem(
                    node.pos,
                    path,
                    format!(
                        "unknown role {}{hint}; valid roles: {}",
                        shown(&name),
                        valid.join(", ")
                    ),
                );
            }
        }
    }
    roles
}

/// The role meant by its display name ("Admin agent") or another spelling (`AdminAgent`).
fn near_role(name: &str) -> Option<RoleName> {
    let squash = |s: &str| s.replace([' ', '-', '_'], "").to_lowercase();
    let wanted = squash(name);
    RoleName::ALL
        .into_iter()
        .find(|r| squash(r.key()) == wanted || squash(r.display()) == wanted)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_display_names_and_spellings_are_recognised() {
        assert_eq!(near_role("Admin agent"), Some(RoleName::AdminAgent));
        assert_eq!(
            near_role("MPN_partner_admin"),
            Some(RoleName::MpnPartnerAdmin)
        );
        assert_eq!(near_role("janitor"), None);
    }
}
