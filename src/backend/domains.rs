//! Custom domains, verified as Azure AD verifies them: adding one answers a TXT record to
//! publish at the domain (`MS=ms12345678`); verifying looks it up with a DNS query. A sandbox
//! confirms a domain at once. Personal mail services' domains are no organization's own.

use super::directory::{self, lock_tenant, Caller};
use super::permissions::Action;
use super::store::queries;
use super::store::Tx;
use crate::api::Tenant;
use crate::error::{ApiError, Code, Result};
use crate::validate;

/// A new TXT value, as Azure AD makes them: `MS=ms` and eight digits.
fn new_record() -> String {
    format!("MS=ms{:08}", crate::random::between(10_000_000, 99_999_999))
}

/// The name as the store holds it: trimmed, in ASCII form (punycode for an IDN).
pub fn stored_name(domain: &str) -> String {
    validate::domain_ascii(domain)
}

pub fn add_domain(tx: &Tx, caller: &Caller, domain: &str) -> Result<Tenant> {
    let caller = &lock_tenant(tx, caller)?;
    caller.require(Action::ManageDomains)?;
    let domain = stored_name(domain);
    if let Some(e) = validate::tenant_domain(&domain, "domain") {
        return Err(ApiError::invalid("the domain is not valid", vec![e]));
    }
    if directory::domain_taken(tx, &domain)? {
        return Err(ApiError::new(
            Code::DomainTaken,
            format!("the domain {domain} is taken"),
        ));
    }
    queries::directory::insert_pending_domain(
        tx,
        &caller.tenant_id,
        &domain,
        &new_record(),
        tx.sandbox,
    )?;
    directory::tenant(tx, &caller.tenant_id)
}

/// What verifying a domain needs to know before its DNS query.
pub enum Check {
    /// Verified already: nothing to do.
    Done(Tenant),
    /// Unverified: look up its TXT records, unless the store is a sandbox (`record: None`),
    /// which confirms the domain at once.
    Pending {
        domain: String,
        record: Option<String>,
    },
}

/// The first step of verifying, read only: the domain must be the tenant's.
pub fn check(tx: &Tx, caller: &Caller, domain: &str) -> Result<Check> {
    caller.require(Action::ManageDomains)?;
    let domain = stored_name(domain);
    let (verified, record) = pending(tx, caller, &domain)?;
    if verified {
        return Ok(Check::Done(directory::tenant(tx, &caller.tenant_id)?));
    }
    let record = record.filter(|_| !tx.sandbox);
    Ok(Check::Pending { domain, record })
}

fn pending(tx: &Tx, caller: &Caller, domain: &str) -> Result<(bool, Option<String>)> {
    let found = queries::directory::domain_verification(tx, &caller.tenant_id, domain)?;
    found.ok_or_else(|| {
        ApiError::new(
            Code::DomainNotFound,
            format!("the tenant has no domain {domain}"),
        )
        .hint(format!(
            "add it first: `partnerctl tenant domains add {domain}`"
        ))
    })
}

/// The last step: the TXT records `found` at the domain decide (none looked up on a sandbox,
/// which confirms at once).
pub fn finish(tx: &Tx, caller: &Caller, domain: &str, found: Option<&[String]>) -> Result<Tenant> {
    let caller = &lock_tenant(tx, caller)?;
    caller.require(Action::ManageDomains)?;
    let (verified, record) = pending(tx, caller, domain)?;
    let published = match (&record, found) {
        (Some(record), Some(found)) => found.iter().any(|txt| txt.trim() == record),
        _ => tx.sandbox || record.is_none(),
    };
    if !verified && !published {
        let record = record.unwrap_or_default();
        let why = match found.map_or(0, <[String]>::len) {
            0 => format!("DNS has no TXT record at {domain}"),
            1 => format!("the TXT record at {domain} is not {record}"),
            n => format!("none of the {n} TXT records at {domain} is {record}"),
        };
        return Err(ApiError::new(
            Code::DomainNotVerified,
            format!("{domain} is not verified: {why}"),
        )
        .hint(format!(
            "publish a TXT record at {domain} with the value {record} (TTL 3600), wait for \
             it to spread, and run `partnerctl tenant domains verify {domain}` again"
        )));
    }
    if !verified {
        queries::directory::set_domain_verified(tx, &caller.tenant_id, domain)?;
    }
    directory::tenant(tx, &caller.tenant_id)
}

/// The TXT records at `domain`, from the configured name server.
pub async fn look_up(domain: &str) -> Result<Vec<String>> {
    let unreachable = |why: String| {
        ApiError::new(
            Code::NameServerUnreachable,
            format!("cannot look up the TXT records of {domain}: {why}"),
        )
        .hint(format!(
            "check the name server ({} or /etc/resolv.conf) and try again",
            crate::env_vars::DNS_SERVER.name
        ))
    };
    let server = crate::dns_txt::server().map_err(unreachable)?;
    crate::dns_txt::lookup(server, domain)
        .await
        .map_err(|e| unreachable(format!("{server}: {e}")))
}
