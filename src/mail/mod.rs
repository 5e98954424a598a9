//! The mail the backend sends and how `serve` delivers it: the verification mail composed in
//! the contact's language from the templates ([`templates`]), and SMTP ([`smtp`]).

pub mod smtp;
pub mod templates;

pub use templates::Language;

/// A mail's parts, as composed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Composed {
    pub subject: String,
    pub text: String,
    pub html: Option<String>,
}

/// A queued mail, opened, as the sender delivers it.
#[derive(Debug, Clone)]
pub struct Outgoing {
    pub id: String,
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: Option<String>,
    /// Attempts made before this one.
    pub attempts: i64,
    pub queued_at: jiff::Timestamp,
}

/// What the verification mail says.
pub struct Verification<'a> {
    pub language: Language,
    pub first_name: &'a str,
    pub last_name: &'a str,
    /// The organization's country: it decides the order of a name in Japanese script.
    pub country: &'a str,
    pub company: &'a str,
    pub mpn_id: &'a str,
    pub code: &'a str,
    /// The command that confirms the code.
    pub command: &'a str,
    pub expires: &'a str,
    /// The confirmation page's address, when a server has one.
    pub link: Option<&'a str>,
}

/// The verification mail to a primary contact: the code, and the link when there is one.
/// The contact is greeted by name in their order (`Ada Lovelace`, `佐藤 花子 様`).
pub fn verification(v: &Verification) -> Composed {
    let name = crate::names::display_name(v.first_name, v.last_name, v.country);
    let values: templates::Values = &[
        ("name", &name),
        ("company", v.company),
        ("mpn_id", v.mpn_id),
        ("code", v.code),
        ("command", v.command),
        ("expires", v.expires),
    ];
    let (subject, text) = templates::text(v.language, values, v.link);
    Composed {
        subject,
        text,
        html: Some(templates::html(v.language, values, v.link)),
    }
}
