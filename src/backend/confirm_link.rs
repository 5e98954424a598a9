//! The confirmation link of a verification mail: `PUBLIC_URL/confirm/TOKEN`. The token is
//! 256 random bits, not the code; only its hash is stored, beside the code it stands for, and
//! it is used up with the code. Opening the page reads; only its Confirm button (a POST with
//! a form token bound to the link) confirms, by the rules of `account verify`.

use super::accounts;
use super::link_token::hash;
use super::secrets;
use super::store::{queries, Access};
use super::Service;
use crate::api::{Vetting, VettingStatus};
use crate::error::Result;
use crate::mail::Language;
use base64::Engine;

/// What the page shows before the contact confirms.
#[derive(Debug, Clone)]
pub struct LinkView {
    pub company: String,
    pub mpn_id: String,
    pub email: String,
    pub language: Language,
}

/// What confirming did.
#[derive(Debug, Clone)]
pub struct LinkOutcome {
    pub company: String,
    pub language: Language,
    pub vetting: Vetting,
}

impl LinkOutcome {
    pub fn authorized(&self) -> bool {
        self.vetting.vetting_status == VettingStatus::Authorized
    }
}

impl Service {
    /// The account a link confirms, if the link is current; changes nothing.
    pub fn link_view(&self, link: &str) -> Result<Option<LinkView>> {
        let hash = hash(link);
        self.run(true, Access::Read, |tx| {
            let Some(id) = queries::accounts::account_of_link(tx, &hash)? else {
                return Ok(None);
            };
            let row = accounts::by_id(tx, &id)?;
            Ok(Some(LinkView {
                company: row.legal.company_name.clone(),
                mpn_id: row.mpn_id.clone(),
                email: row.legal.primary_contact.email.clone(),
                language: accounts::language_of(&row),
            }))
        })
    }

    /// Confirms the code a link stands for (once).
    pub fn confirm_link(&self, link: &str) -> Result<LinkOutcome> {
        let hash = hash(link);
        self.run(false, Access::Write, |tx| {
            let (row, vetting) = accounts::verify_link(tx, &hash)?;
            Ok(LinkOutcome {
                company: row.legal.company_name.clone(),
                language: accounts::language_of(&row),
                vetting,
            })
        })
    }

    /// The form token of a link's page: bound to the link and to this service's key, so that
    /// a form posted from elsewhere cannot carry one.
    pub fn link_form_token(&self, link: &str) -> String {
        let tag = ring::hmac::sign(&self.form_key(), link.as_bytes());
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(tag.as_ref())
    }

    /// Whether `token` is the form token of `link` (checked in constant time).
    pub fn check_link_form_token(&self, link: &str, token: &str) -> bool {
        match base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(token.trim()) {
            Ok(tag) => ring::hmac::verify(&self.form_key(), link.as_bytes(), &tag).is_ok(),
            Err(_) => false,
        }
    }

    /// The key of form tokens, derived from the sealing key (one key, one purpose each).
    fn form_key(&self) -> ring::hmac::Key {
        secrets::subkey(&self.mail_key, b"partnerctl confirmation form")
    }
}
