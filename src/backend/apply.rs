//! Applying desired state, as `kubectl apply` does: a location under a stable key, a user by
//! email. Applying the same thing twice changes nothing the second time and says so.

use super::accounts;
use super::directory::{self, Caller};
use super::enrollment;
use super::permissions::{self, Action};
use super::store::queries::{self, accounts::AccountRow};
use super::store::Tx;
use crate::api::*;
use crate::error::{ApiError, Result};
use crate::validate;

/// Create the location with this key, update it if its profile differs, or adopt an unkeyed
/// location with the same country and legal name.
pub fn location(tx: &Tx, caller: &Caller, req: ApplyLocation) -> Result<LocationApplied> {
    caller.require(Action::AddLocation)?;
    let key = req.key.trim().to_string();
    if let Some(e) = validate::location_key(&key, "key") {
        return Err(ApiError::invalid("the location key is not valid", vec![e]));
    }
    // One location per key: applies of one key take turns.
    tx.lock(
        "location-key",
        &format!("{}\0{}", caller.tenant_id, key.to_lowercase()),
    )?;
    let legal = accounts::normalise(req.legal_business_profile);
    let found = match keyed(tx, caller, &key)? {
        Some(row) => Some(row),
        None => adoptable(tx, caller, &legal)?,
    };
    let previous_vetting_status = found.as_ref().map(|row| row.vetting_status);
    // The row as it stands after the change (recording the key does not change it).
    let (row, outcome) = match found {
        Some(row) => match update(tx, caller, &row, legal)? {
            Applied::Unchanged => (row, Applied::Unchanged),
            outcome => (accounts::by_id(tx, &row.id)?, outcome),
        },
        None => (
            enrollment::add_location_row(tx, caller, legal)?,
            Applied::Created,
        ),
    };
    queries::locations::insert_key(tx, &caller.tenant_id, &key, &row.id)?;
    Ok(LocationApplied {
        key,
        outcome,
        account: accounts::account(tx, &row)?,
        vetting: accounts::vetting_of(tx, &row)?,
        previous_vetting_status,
    })
}

fn keyed(tx: &Tx, caller: &Caller, key: &str) -> Result<Option<AccountRow>> {
    let id = queries::locations::account_id_by_key(tx, &caller.tenant_id, key)?;
    id.map(|id| accounts::by_id(tx, &id)).transpose()
}

/// The one location without a key that has this country and legal name (several: none, since
/// there is no telling which one is meant).
fn adoptable(tx: &Tx, caller: &Caller, legal: &LegalProfileInput) -> Result<Option<AccountRow>> {
    let ids = queries::locations::unkeyed(
        tx,
        &caller.tenant_id,
        &legal.address.country,
        &legal.company_name,
    )?;
    match ids.as_slice() {
        [id] => Ok(Some(accounts::by_id(tx, id)?)),
        _ => Ok(None),
    }
}

fn update(tx: &Tx, caller: &Caller, row: &AccountRow, legal: LegalProfileInput) -> Result<Applied> {
    if row.legal == legal {
        return Ok(Applied::Unchanged);
    }
    let at = AccountRef::mpn(&row.mpn_id);
    accounts::update_legal_profile(tx, caller, &at, legal, None)?;
    Ok(Applied::Updated)
}

/// The user with this email, given the roles it lacks; `None` when there is no such user yet.
pub fn existing_user(tx: &Tx, caller: &Caller, req: &NewUser) -> Result<Option<UserApplied>> {
    let caller = &directory::share_tenant(tx, caller)?;
    caller.require(Action::AddUser)?;
    let problems = validate::new_user(req, "");
    if !problems.is_empty() {
        return Err(ApiError::invalid("the user is not valid", problems));
    }
    let found = directory::user_by_email(tx, &caller.tenant_id, req.email.trim())?;
    let Some(mut user) = found else {
        return Ok(None);
    };
    let granted: Vec<RoleName> = req
        .roles
        .iter()
        .copied()
        .filter(|r| !user.roles.contains(r))
        .collect();
    for role in &granted {
        permissions::require_assign(&caller.roles, *role)?;
        user = directory::give_role(tx, user, *role)?;
    }
    Ok(Some(UserApplied {
        outcome: if granted.is_empty() {
            Applied::Unchanged
        } else {
            Applied::Updated
        },
        user,
        granted,
        temporary_password: None,
    }))
}

/// The user with this email given the roles it lacks, or added (with a temporary password)
/// if there is none.
pub fn user(tx: &Tx, caller: &Caller, req: NewUser) -> Result<UserApplied> {
    if let Some(done) = existing_user(tx, caller, &req)? {
        return Ok(done);
    }
    let granted = req.roles.clone();
    let created = directory::create_user(tx, caller, req)?;
    Ok(UserApplied {
        outcome: Applied::Created,
        user: created.user,
        granted,
        temporary_password: created.temporary_password,
    })
}

#[cfg(test)]
mod tests {
    use crate::api::*;
    use crate::backend::{Embedded, OpenOptions, RequestKey, Service};
    use crate::clock::Clock;
    use crate::error::Code;

    fn run<T>(f: impl std::future::Future<Output = T>) -> T {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap()
            .block_on(f)
    }

    fn legal(company: &str, email: &str, city: &str) -> LegalProfileInput {
        LegalProfileInput {
            company_name: company.into(),
            address: Address {
                country: "DE".into(),
                city: city.into(),
                address_line1: "Walter-Gropius-Straße 5".into(),
                postal_code: "80807".into(),
                ..Address::default()
            },
            primary_contact: Contact {
                first_name: "Lena".into(),
                last_name: "Schmidt".into(),
                email: email.into(),
                phone_number: "+49 89 3176 0".into(),
            },
        }
    }

    /// A sandbox tenant `contoso` with an authorized global account, as its Global admin.
    async fn authorized(dir: &std::path::Path) -> Embedded {
        let opts = OpenOptions {
            create_sandbox: true,
            clock: Clock::fixed("2026-11-24T09:00:00Z".parse().unwrap()),
            one_command: false,
        };
        let service = Service::open(dir, opts).unwrap();
        let anon = Embedded::new(service.clone(), None);
        let tenant = anon
            .create_tenant(CreateTenant {
                domain_prefix: "contoso".into(),
                domains: vec!["contoso.com".into()],
                global_admin: None,
                sign_in: true,
            })
            .await
            .unwrap();
        let tokens = tenant.session.unwrap();
        let api = Embedded::new(service, Some(tokens.access_token));
        let account = CreateAccount {
            legal_business_profile: legal("Contoso Ltd", "jane@contoso.com", "Berlin"),
            agreement: AgreementAcceptance {
                accepted: true,
                signer: None,
            },
            organization_profile: None,
        };
        api.create_account(account).await.unwrap();
        api
    }

    fn apply(key: &str, legal: LegalProfileInput) -> ApplyLocation {
        ApplyLocation {
            key: key.into(),
            legal_business_profile: legal,
        }
    }

    #[test]
    fn a_key_finds_the_same_location_and_a_change_updates_it() {
        let dir = tempfile::tempdir().unwrap();
        run(async {
            let api = authorized(dir.path()).await;
            let de = legal("Contoso GmbH", "lena@contoso.com", "München");
            let first = api.apply_location(apply("de", de.clone())).await.unwrap();
            assert_eq!(first.outcome, Applied::Created);
            assert_eq!(first.account.vetting_status, VettingStatus::Authorized);
            let read = api.account(AccountRef::mpn(&first.account.mpn_id)).await;
            assert_eq!(read.unwrap(), first.account, "answered as stored");

            let again = api.apply_location(apply("DE", de.clone())).await.unwrap();
            assert_eq!(again.outcome, Applied::Unchanged);
            assert_eq!(again.account.mpn_id, first.account.mpn_id);

            let moved = legal("Contoso GmbH", "lena@contoso.com", "Berlin");
            let updated = api.apply_location(apply("de", moved)).await.unwrap();
            assert_eq!(updated.outcome, Applied::Updated);
            assert_eq!(updated.account.mpn_id, first.account.mpn_id);
            assert_eq!(
                updated.account.legal_business_profile.address.city,
                "Berlin"
            );
            assert_eq!(api.locations().await.unwrap().len(), 1);
        });
    }

    #[test]
    fn an_unkeyed_location_with_the_same_name_is_adopted() {
        let dir = tempfile::tempdir().unwrap();
        run(async {
            let api = authorized(dir.path()).await;
            let de = legal("Contoso GmbH", "lena@contoso.com", "München");
            let added = api.add_location(de.clone()).await.unwrap();
            let applied = api.apply_location(apply("de", de)).await.unwrap();
            assert_eq!(applied.outcome, Applied::Unchanged);
            assert_eq!(applied.account.mpn_id, added.mpn_id);
            assert_eq!(api.locations().await.unwrap().len(), 1);
        });
    }

    #[test]
    fn an_invalid_key_or_profile_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        run(async {
            let api = authorized(dir.path()).await;
            let de = legal("Contoso GmbH", "lena@contoso.com", "München");
            let e = api
                .apply_location(apply(" ", de.clone()))
                .await
                .unwrap_err();
            assert!(e.is(Code::InvalidInput), "{e:?}");
            let mut bad = de;
            bad.address.postal_code = "1234".into();
            let e = api.apply_location(apply("de", bad)).await.unwrap_err();
            assert!(e.is(Code::InvalidInput), "{e:?}");
            assert!(api.locations().await.unwrap().is_empty());
        });
    }

    #[test]
    fn applying_a_user_twice_grants_missing_roles_only() {
        let dir = tempfile::tempdir().unwrap();
        run(async {
            let api = authorized(dir.path()).await;
            let mut ana = NewUser {
                email: "ana@contoso.com".into(),
                first_name: "Ana".into(),
                last_name: "Ito".into(),
                roles: vec![RoleName::AdminAgent],
                ..NewUser::default()
            };
            let first = api.apply_user(ana.clone()).await.unwrap();
            assert_eq!(first.outcome, Applied::Created);
            assert!(first.temporary_password.is_some());

            let again = api.apply_user(ana.clone()).await.unwrap();
            assert_eq!(again.outcome, Applied::Unchanged);
            assert_eq!(again.temporary_password, None);

            ana.roles.push(RoleName::MpnPartnerAdmin);
            let more = api.apply_user(ana).await.unwrap();
            assert_eq!(more.outcome, Applied::Updated);
            assert_eq!(more.granted, [RoleName::MpnPartnerAdmin]);
            assert_eq!(more.user.id, first.user.id);
            assert_eq!(api.users().await.unwrap().len(), 2);
        });
    }

    #[test]
    fn a_retried_apply_user_gets_its_first_answer_again() {
        let dir = tempfile::tempdir().unwrap();
        run(async {
            let api = authorized(dir.path()).await;
            let ana = NewUser {
                email: "ana@contoso.com".into(),
                first_name: "Ana".into(),
                last_name: "Ito".into(),
                ..NewUser::default()
            };
            let body = serde_json::to_vec(&ana).unwrap();
            let key = RequestKey::new("r-1", "POST", "/v1/users/apply", &body);
            let sent = api.clone().request(Some(key.clone()));
            let first = sent.apply_user(ana.clone()).await.unwrap();
            assert_eq!(first.outcome, Applied::Created);
            let retried = api.clone().request(Some(key));
            let again = retried.apply_user(ana).await.unwrap();
            assert_eq!(again, first, "the same answer, password included");
        });
    }
}
