//! Short forms of identifiers on the command line, as git takes short hashes: a unique prefix
//! of an order, benefit, user or account id (at least [`MIN_PREFIX`] characters), a UPN's
//! unique prefix, and a benefit's kind (`cloud-credit`) where one benefit has it.
//!
//! Resolved here, once, by listing through the [`Api`] trait, so every backend takes the same
//! short forms. A full id, or a value no listing can answer (a backend that cannot list, such
//! as Partner Center for orders), goes to the backend as given, which says if it names nothing.

use crate::api::{AccountRef, Api, ApiError, Benefit, BenefitKind, Order, Result};
use crate::cli::AccountSel;
use crate::error::{Code, FieldError};
use std::future::Future;
use std::pin::Pin;

/// The fewest characters of an id taken as a prefix (git's short hashes take 4 as well).
pub const MIN_PREFIX: usize = 4;

/// Something a short form may name: the value the backend takes, the names it answers to
/// exactly or by a prefix, and what tells it apart from others.
struct Candidate {
    value: String,
    exact: Vec<String>,
    prefixed: Vec<String>,
    about: String,
}

/// The value `given` names among `candidates`: an exact name first, then a unique prefix.
/// Names nothing: `given` itself, for the backend to refuse with its own message.
fn pick(noun: &str, given: &str, candidates: &[Candidate]) -> Result<String> {
    let key = given.trim().to_lowercase();
    let matching = |found: Vec<&Candidate>| -> Result<Option<String>> {
        match found.as_slice() {
            [] => Ok(None),
            [one] => Ok(Some(one.value.clone())),
            many => Err(ambiguous(noun, given, many)),
        }
    };
    let exact = candidates
        .iter()
        .filter(|c| c.exact.iter().any(|n| n.to_lowercase() == key))
        .collect();
    if let Some(value) = matching(exact)? {
        return Ok(value);
    }
    let prefixed: Vec<&Candidate> = candidates
        .iter()
        .filter(|c| {
            c.prefixed
                .iter()
                .any(|n| n.to_lowercase().starts_with(&key))
        })
        .collect();
    if key.is_empty() || prefixed.is_empty() {
        return Ok(given.to_string());
    }
    if key.chars().count() < MIN_PREFIX {
        return Err(ApiError::new(
            Code::InvalidInput,
            format!(
                "{given:?} is too short to name {noun}: give at least {MIN_PREFIX} characters \
                 of its id"
            ),
        ));
    }
    Ok(matching(prefixed)?.unwrap_or_else(|| given.to_string()))
}

/// The candidates are listed one a line, as the fields of an input error are.
fn ambiguous(noun: &str, given: &str, many: &[&Candidate]) -> ApiError {
    let candidates = many
        .iter()
        .map(|c| FieldError::new(&c.value, &c.about))
        .collect();
    ApiError::invalid(
        format!("{given:?} names {} {noun}s", many.len()),
        candidates,
    )
    .hint(format!("give more of the {noun}'s id"))
}

/// Whether `value` is a whole GUID, which needs no listing.
fn is_full_id(value: &str) -> bool {
    uuid::Uuid::parse_str(value.trim()).is_ok()
}

/// The tenant's accounts: the global one and every location.
async fn accounts(api: &dyn Api) -> Result<Vec<AccountRef>> {
    let mut all = vec![AccountRef::global()];
    all.extend(
        api.locations()
            .await?
            .into_iter()
            .map(|l| AccountRef::mpn(l.mpn_id)),
    );
    Ok(all)
}

/// The account `--mpn-id` names: an MPN ID, or a unique prefix of one (a location's, or the
/// global account's).
pub async fn account(api: &dyn Api, sel: &AccountSel) -> Result<AccountRef> {
    let Some(given) = &sel.mpn_id else {
        return Ok(AccountRef::global());
    };
    if given.len() == 7 && given.chars().all(|c| c.is_ascii_digit()) {
        return Ok(AccountRef::mpn(given));
    }
    let Ok(mut accounts) = api.locations().await else {
        return Ok(AccountRef::mpn(given));
    };
    // The global account's MPN ID names it too.
    if let Ok(global) = api.account(AccountRef::global()).await {
        accounts.push(global);
    }
    let candidates: Vec<Candidate> = accounts
        .into_iter()
        .map(|l| Candidate {
            about: format!("{} ({})", l.company_name, l.country),
            exact: vec![l.mpn_id.clone()],
            prefixed: vec![l.mpn_id.clone(), l.id.clone()],
            value: l.mpn_id,
        })
        .collect();
    Ok(AccountRef::mpn(pick("account", given, &candidates)?))
}

/// What `list` finds on every account of the tenant, as candidates; `None` when the backend
/// cannot list them (the value then goes to the backend as it was given).
async fn on_every_account<'a, T>(
    api: &dyn Api,
    list: impl Fn(AccountRef) -> Pin<Box<dyn Future<Output = Result<Vec<T>>> + Send + 'a>>,
    candidate: impl Fn(T) -> Candidate,
) -> Option<Vec<Candidate>> {
    let mut candidates = Vec::new();
    for at in accounts(api).await.ok()? {
        candidates.extend(list(at).await.ok()?.into_iter().map(&candidate));
    }
    Some(candidates)
}

/// The order `given` names: its id or a unique prefix of it, on any of the tenant's accounts.
pub async fn order(api: &dyn Api, given: &str) -> Result<String> {
    if is_full_id(given) {
        return Ok(given.to_string());
    }
    let candidate = |o: Order| Candidate {
        about: format!(
            "{}, {}, {}",
            o.description,
            o.mpn_id,
            crate::output::time(&o.created_at)
        ),
        exact: vec![o.id.clone()],
        prefixed: vec![o.id.clone()],
        value: o.id,
    };
    match on_every_account(api, |at| api.orders(at), candidate).await {
        Some(candidates) => pick("order", given, &candidates),
        None => Ok(given.to_string()),
    }
}

/// The benefit `given` names: its id, a unique prefix of it, or its kind (`cloud-credit`)
/// where one benefit of the tenant's accounts has that kind.
pub async fn benefit(api: &dyn Api, given: &str) -> Result<String> {
    if is_full_id(given) {
        return Ok(given.to_string());
    }
    match on_every_account(api, |at| api.benefits(at), benefit_candidate).await {
        Some(candidates) => pick("benefit", given, &candidates),
        None => Ok(given.to_string()),
    }
}

/// A benefit's kind as JSON spells it (`cloudCredit`).
fn camel(kind: BenefitKind) -> String {
    serde_json::to_value(kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

fn benefit_candidate(b: Benefit) -> Candidate {
    Candidate {
        about: format!("{} ({}, {})", b.name, b.offer_id, b.mpn_id),
        exact: vec![b.id.clone(), b.kind.key().to_string(), camel(b.kind)],
        prefixed: vec![b.id.clone()],
        value: b.id,
    }
}

/// The user `given` names: a UPN, a unique prefix of one (`ana` for
/// `ana@contoso.onmicrosoft.com`), or a unique prefix of the user's id.
pub async fn user(api: &dyn Api, given: &str) -> Result<String> {
    if given.contains('@') {
        return Ok(given.to_string());
    }
    let Ok(users) = api.users().await else {
        return Ok(given.to_string());
    };
    let candidates: Vec<Candidate> = users
        .into_iter()
        .map(|u| Candidate {
            about: format!("{} (id {})", u.display_name, u.id),
            exact: vec![u.id.clone()],
            prefixed: vec![u.id.clone(), u.user_principal_name.clone()],
            value: u.user_principal_name,
        })
        .collect();
    pick("user", given, &candidates)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `cloudCredit` as `cloud-credit`.
    fn kebab(camel: &str) -> String {
        let mut out = String::new();
        for c in camel.chars() {
            if c.is_ascii_uppercase() {
                out.push('-');
            }
            out.push(c.to_ascii_lowercase());
        }
        out
    }

    fn order(id: &str) -> Candidate {
        Candidate {
            value: id.into(),
            exact: vec![id.into()],
            prefixed: vec![id.into()],
            about: id.into(),
        }
    }

    #[test]
    fn the_kind_option_spells_every_kind_as_benefit_ids_do() {
        for k in BenefitKind::ALL {
            assert_eq!(k.key(), kebab(&camel(k)));
        }
    }

    #[test]
    fn a_unique_prefix_names_its_item() {
        let all = [order("6efae75c-1111"), order("6e00aaaa-2222")];
        assert_eq!(pick("order", "6efa", &all).unwrap(), "6efae75c-1111");
        assert_eq!(pick("order", "6EFAE7", &all).unwrap(), "6efae75c-1111");
    }

    #[test]
    fn an_ambiguous_prefix_lists_the_candidates() {
        let all = [order("6efae75c-1111"), order("6efa0000-2222")];
        let e = pick("order", "6efa", &all).unwrap_err();
        assert!(e.message.contains("names 2 orders"), "{}", e.message);
        let listed: Vec<&str> = e.fields.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(listed, ["6efae75c-1111", "6efa0000-2222"]);
    }

    #[test]
    fn a_prefix_needs_four_characters() {
        let all = [order("6efae75c-1111")];
        let e = pick("order", "6ef", &all).unwrap_err();
        assert!(e.message.contains("at least 4"), "{}", e.message);
    }

    #[test]
    fn what_names_nothing_goes_to_the_backend_as_given() {
        let all = [order("6efae75c-1111")];
        assert_eq!(pick("order", "ffff0000", &all).unwrap(), "ffff0000");
    }

    #[test]
    fn an_exact_name_beats_a_prefix() {
        let mut a = order("aaaa-1");
        a.exact.push("seats".into());
        let all = [a, order("seats-is-a-prefix-of-this")];
        assert_eq!(pick("benefit", "seats", &all).unwrap(), "aaaa-1");
    }

    #[test]
    fn kinds_are_kebab_case_on_the_command_line() {
        assert_eq!(BenefitKind::CloudCredit.key(), "cloud-credit");
        assert_eq!(BenefitKind::Seats.key(), "seats");
    }
}
