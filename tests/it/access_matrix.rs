//! Who may do what: every principal of DOMAIN.md section 5 (each role, a member with no role,
//! a guest) against every operation of the `Api` trait, in process and over HTTP. The
//! expected answers are a table written from DOMAIN.md, not derived from the permission code,
//! so a change to the rules that breaks DOMAIN.md fails here; an operation missing from the
//! table fails too.
//!
//! Each probe acts on one shared, fully set-up tenant (see `common::tenant`) as a dry run, so
//! no probe changes what the next one sees. An answer is "denied" when it is the permission
//! error (`Forbidden`), "allowed" when it succeeds or is refused for any other reason (not
//! found, conflict, invalid input): the rule under test is only who may try.

use crate::common;

use common::tenant::{self, legal, new_user, Org, Principal};
use common::Server;
use partnerctl::api::*;
use partnerctl::backend::Embedded;
use partnerctl::client::{backend_url, HttpClient};
use partnerctl::error::{ApiError, Code, ErrorKind};
use std::collections::BTreeSet;

/// `Y`: allowed; `.`: denied. Columns: GA Global admin, UMA User management admin, BA Billing
/// admin, AAG Admin agent, SA Sales agent, HA Helpdesk agent, ACA Account admin, MPA MPN
/// partner admin, RA Referral admin, IA Incentive admin, BPA Business profile admin, none a
/// member with no role, guest a guest holding MPN partner admin. `grant_role` and
/// `revoke_role` are split by the kind of role granted (DOMAIN.md 5).
///
/// Where DOMAIN.md is silent the row follows Partner Center: any member may read the account,
/// its profiles, membership, benefits (activated ones are "seen by every user of the
/// account"), offers and roles, and confirm a verification code it was given; the mail (it
/// holds the verification codes) is read by those who manage the account's vetting, the roles
/// that may change its profiles (Global admin, Account admin, Admin agent); adding a domain to
/// the tenant, and verifying it, is Global admin's; a membership plan with something to buy
/// names the orders in its way, so it is asked by those who see orders; reading product keys
/// goes with using benefits; a guest has the rights of its role.
const EXPECTED: &str = "
operation                     GA UMA BA AAG SA HA ACA MPA RA IA BPA none guest
create_tenant                 Y  Y   Y  Y   Y  Y  Y   Y   Y  Y  Y   Y    Y
domain_taken                  Y  Y   Y  Y   Y  Y  Y   Y   Y  Y  Y   Y    Y
sign_in                       Y  Y   Y  Y   Y  Y  Y   Y   Y  Y  Y   Y    Y
change_password               Y  Y   Y  Y   Y  Y  Y   Y   Y  Y  Y   Y    Y
refresh                       Y  Y   Y  Y   Y  Y  Y   Y   Y  Y  Y   Y    Y
sign_out                      Y  Y   Y  Y   Y  Y  Y   Y   Y  Y  Y   Y    Y
whoami                        Y  Y   Y  Y   Y  Y  Y   Y   Y  Y  Y   Y    Y
add_domain                    Y  .   .  .   .  .  .   .   .  .  .   .    .
verify_domain                 Y  .   .  .   .  .  .   .   .  .  .   .    .
create_account                Y  .   .  .   .  .  .   .   .  .  .   .    .
account                       Y  Y   Y  Y   Y  Y  Y   Y   Y  Y  Y   Y    Y
verify_account                Y  Y   Y  Y   Y  Y  Y   Y   Y  Y  Y   Y    Y
resend_code                   Y  Y   Y  Y   Y  Y  Y   Y   Y  Y  Y   Y    Y
legal_profile                 Y  Y   Y  Y   Y  Y  Y   Y   Y  Y  Y   Y    Y
update_legal_profile          Y  .   .  Y   .  .  Y   .   .  .  .   .    .
organization_profile          Y  Y   Y  Y   Y  Y  Y   Y   Y  Y  Y   Y    Y
update_organization_profile   Y  .   .  Y   .  .  Y   .   .  .  .   .    .
mpn_profile                   Y  Y   Y  Y   Y  Y  Y   Y   Y  Y  Y   Y    Y
add_location                  Y  .   .  .   .  .  Y   .   .  .  .   .    .
apply_location                Y  .   .  .   .  .  Y   .   .  .  .   .    .
locations                     Y  Y   Y  Y   Y  Y  Y   Y   Y  Y  Y   Y    Y
outbox                        Y  .   .  Y   .  .  Y   .   .  .  .   .    .
membership                    Y  Y   Y  Y   Y  Y  Y   Y   Y  Y  Y   Y    Y
renew                         Y  .   Y  .   .  .  .   Y   .  .  .   .    Y
rejoin                        Y  .   Y  .   .  .  .   Y   .  .  .   .    Y
upgrade                       Y  .   Y  .   .  .  .   Y   .  .  .   .    Y
membership_plan               Y  .   Y  .   Y  .  .   Y   .  .  .   .    Y
apply_membership              Y  .   Y  .   .  .  .   Y   .  .  .   .    Y
offers                        Y  Y   Y  Y   Y  Y  Y   Y   Y  Y  Y   Y    Y
orders                        Y  .   Y  .   Y  .  .   Y   .  .  .   .    Y
pay_order                     Y  .   Y  .   .  .  .   .   .  .  .   .    .
refund_order                  Y  .   Y  .   .  .  .   .   .  .  .   .    .
benefits                      Y  Y   Y  Y   Y  Y  Y   Y   Y  Y  Y   Y    Y
activate_benefit              Y  .   .  .   .  .  .   Y   .  .  .   .    Y
activate_benefits             Y  .   .  .   .  .  .   Y   .  .  .   .    Y
assign_benefit                Y  .   .  .   .  .  .   .   .  .  .   .    .
product_keys                  Y  .   .  .   .  .  .   Y   .  .  .   .    Y
redeem_key                    Y  .   .  .   .  .  .   Y   .  .  .   .    Y
add_user                      Y  Y   .  Y   .  .  .   .   .  .  .   .    .
apply_user                    Y  Y   .  Y   .  .  .   .   .  .  .   .    .
users                         Y  Y   .  Y   .  .  Y   Y   .  .  .   .    Y
remove_user                   Y  Y   .  .   .  .  .   .   .  .  .   .    .
grant_role:directory          Y  Y   .  .   .  .  .   .   .  .  .   .    .
revoke_role:directory         Y  Y   .  .   .  .  .   .   .  .  .   .    .
grant_role:partner-center     Y  .   .  .   .  .  Y   .   .  .  .   .    .
revoke_role:partner-center    Y  .   .  .   .  .  Y   .   .  .  .   .    .
grant_role:global-admin       Y  .   .  .   .  .  .   .   .  .  .   .    .
revoke_role:global-admin      Y  .   .  .   .  .  .   .   .  .  .   .    .
roles                         Y  Y   Y  Y   Y  Y  Y   Y   Y  Y  Y   Y    Y
role_members                  Y  Y   Y  Y   Y  Y  Y   Y   Y  Y  Y   Y    Y
country_rules                 Y  Y   Y  Y   Y  Y  Y   Y   Y  Y  Y   Y    Y
validate_address              Y  Y   Y  Y   Y  Y  Y   Y   Y  Y  Y   Y    Y
";

/// The table's rows: operation and, per principal in [`Principal::all`] order, allowed.
fn expected() -> Vec<(String, Vec<bool>)> {
    let mut lines = EXPECTED.lines().filter(|l| !l.trim().is_empty());
    let header: Vec<&str> = lines.next().unwrap().split_whitespace().collect();
    let principals = Principal::all();
    assert_eq!(
        header.len(),
        principals.len() + 1,
        "the header names every principal"
    );
    lines
        .map(|line| {
            let cells: Vec<&str> = line.split_whitespace().collect();
            assert_eq!(cells.len(), header.len(), "row {line:?}");
            let allowed = cells[1..]
                .iter()
                .map(|c| match *c {
                    "Y" => true,
                    "." => false,
                    other => panic!("row {line:?}: {other:?} is neither Y nor ."),
                })
                .collect();
            (cells[0].to_string(), allowed)
        })
        .collect()
}

/// The operations of the `Api` trait, from its source: a new one must get a row. (`is_sandbox`
/// is not an operation: it reports what the backend said, locally.)
fn trait_operations() -> BTreeSet<String> {
    let source = include_str!("../../src/api.rs");
    let body = &source[source.find("pub trait Api").expect("the trait")..];
    regex_bites::Regex::new(r"async fn (\w+)\(")
        .unwrap()
        .captures_iter(body)
        .map(|c| c[1].to_string())
        .collect()
}

#[test]
fn the_table_has_a_row_for_every_operation_and_no_other() {
    let ops = trait_operations();
    assert!(ops.len() > 40, "{ops:?}");
    let rows: BTreeSet<String> = expected()
        .into_iter()
        .map(|(op, _)| op.split(':').next().unwrap().to_string())
        .collect();
    let missing: Vec<_> = ops.difference(&rows).collect();
    let stale: Vec<_> = rows.difference(&ops).collect();
    assert!(
        missing.is_empty() && stale.is_empty(),
        "operations without a row in EXPECTED: {missing:?}; rows of no operation: {stale:?}"
    );
}

/// One operation as one principal, on `org`'s things. `api` acts as the principal, as a dry
/// run.
async fn probe(api: &dyn Api, op: &str, org: &Org, who: Principal) -> Result<(), ApiError> {
    let global = AccountRef::global;
    let location = || AccountRef::mpn(&org.location.mpn_id);
    let target = || org.target.user_principal_name.clone();
    // Contacts' addresses may not name a role mailbox ("admin").
    let fresh = format!(
        "new-{}@{}.com",
        who.label().replace("admin", "a"),
        org.prefix
    );
    let location_profile = || legal(&format!("{} Sarl", org.company), "DE", &fresh);
    let cloud_gold = || UpgradeTarget::Competency {
        area: CompetencyArea::CloudPlatform,
        level: CompetencyLevel::Gold,
    };
    match op {
        "create_tenant" => api
            .create_tenant(CreateTenant {
                domain_prefix: org.prefix.clone(),
                ..CreateTenant::default()
            })
            .await
            .map(drop),
        "domain_taken" => api
            .domain_taken(org.tenant.default_domain.clone())
            .await
            .map(drop),
        "sign_in" => api
            .sign_in(SignIn {
                username: format!("nobody@{}", org.tenant.default_domain),
                password: "not the password".into(),
            })
            .await
            .map(drop),
        "change_password" => api
            .change_password(ChangePassword {
                username: format!("nobody@{}", org.tenant.default_domain),
                password: "not the password".into(),
                new_password: "Correct-Horse-9".into(),
            })
            .await
            .map(drop),
        "refresh" => api.refresh("pc_rt_unknown".into()).await.map(drop),
        "sign_out" => api.sign_out().await,
        "whoami" => api.whoami().await.map(drop),
        "add_domain" => api
            .add_domain(format!("{}-{}.com", org.prefix, who.label()))
            .await
            .map(drop),
        "verify_domain" => api
            .verify_domain(org.tenant.default_domain.clone())
            .await
            .map(drop),
        "create_account" => api
            .create_account(CreateAccount {
                legal_business_profile: org.account.legal_business_profile_input(),
                agreement: AgreementAcceptance {
                    accepted: true,
                    signer: None,
                },
                organization_profile: None,
            })
            .await
            .map(drop),
        "account" => api.account(location()).await.map(drop),
        "verify_account" => api
            .verify_account(location(), "000000".into())
            .await
            .map(drop),
        "resend_code" => api.resend_code(location()).await.map(drop),
        "legal_profile" => api.legal_profile(location()).await.map(drop),
        "update_legal_profile" => api
            .update_legal_profile(
                location(),
                org.location.legal_business_profile_input(),
                None,
            )
            .await
            .map(drop),
        "organization_profile" => api.organization_profile().await.map(drop),
        "update_organization_profile" => api
            .update_organization_profile(
                OrganizationProfileInput {
                    language: Some("en".into()),
                    ..OrganizationProfileInput::default()
                },
                None,
            )
            .await
            .map(drop),
        "mpn_profile" => api.mpn_profile(None).await.map(drop),
        "add_location" => api.add_location(location_profile()).await.map(drop),
        "apply_location" => api
            .apply_location(ApplyLocation {
                key: format!("sarl-{}", who.label()),
                legal_business_profile: location_profile(),
            })
            .await
            .map(drop),
        "locations" => api.locations().await.map(drop),
        "outbox" => api.outbox().await.map(drop),
        "membership" => api.membership(global()).await.map(drop),
        "renew" => api.renew(global(), PaymentMethod::Card).await.map(drop),
        "rejoin" => api.rejoin(global()).await.map(drop),
        "upgrade" => api
            .upgrade(
                global(),
                Upgrade {
                    target: cloud_gold(),
                    payment: PaymentMethod::Card,
                    attested_by: None,
                },
            )
            .await
            .map(drop),
        // Something to buy names the orders in its way: who may see orders may ask.
        "membership_plan" => api
            .membership_plan(
                global(),
                MembershipWants {
                    targets: vec![cloud_gold()],
                },
            )
            .await
            .map(drop),
        "apply_membership" => api
            .apply_membership(
                global(),
                ApplyMembership {
                    targets: vec![cloud_gold()],
                    payment: PaymentMethod::Card,
                    attested_by: None,
                },
            )
            .await
            .map(drop),
        "offers" => api.offers().await.map(drop),
        "orders" => api.orders(global()).await.map(drop),
        "pay_order" => api.pay_order(org.pending_order.id.clone()).await.map(drop),
        "refund_order" => api
            .refund_order(org.completed_order.id.clone())
            .await
            .map(drop),
        "benefits" => api.benefits(global()).await.map(drop),
        "activate_benefit" => api
            .activate_benefit(org.key_benefit.id.clone())
            .await
            .map(drop),
        "activate_benefits" => api
            .activate_benefits(
                global(),
                BenefitKinds {
                    kinds: vec![BenefitKind::ProductKey],
                },
            )
            .await
            .map(drop),
        "assign_benefit" => api
            .assign_benefit(
                org.seat_benefit.id.clone(),
                AssignSeat {
                    user_principal_name: target(),
                    replace: None,
                },
            )
            .await
            .map(drop),
        "product_keys" => api
            .product_keys(org.shown_key_benefit.clone())
            .await
            .map(drop),
        "redeem_key" => api
            .redeem_key(org.shown_key_benefit.clone(), org.keys[0].clone())
            .await
            .map(drop),
        "add_user" => api
            .add_user(new_user(&fresh, "New", vec![], false))
            .await
            .map(drop),
        "apply_user" => api
            .apply_user(new_user(&fresh, "New", vec![], false))
            .await
            .map(drop),
        "users" => api.users().await.map(drop),
        "remove_user" => api.remove_user(target()).await,
        "grant_role:directory" => api
            .grant_role(RoleName::HelpdeskAgent, target())
            .await
            .map(drop),
        "revoke_role:directory" => api
            .revoke_role(RoleName::HelpdeskAgent, target())
            .await
            .map(drop),
        "grant_role:partner-center" => api
            .grant_role(RoleName::ReferralAdmin, target())
            .await
            .map(drop),
        "revoke_role:partner-center" => api
            .revoke_role(RoleName::ReferralAdmin, target())
            .await
            .map(drop),
        "grant_role:global-admin" => api
            .grant_role(RoleName::GlobalAdmin, target())
            .await
            .map(drop),
        "revoke_role:global-admin" => api
            .revoke_role(RoleName::GlobalAdmin, target())
            .await
            .map(drop),
        "roles" => api.roles().await.map(drop),
        "role_members" => api.role_members(RoleName::AdminAgent).await.map(drop),
        "country_rules" => api.country_rules("US".into()).await.map(drop),
        "validate_address" => api
            .validate_address(org.account.legal_business_profile.address.clone())
            .await
            .map(drop),
        other => panic!("no probe for {other}: add one to `probe`"),
    }
}

/// An account's legal profile as a request.
trait AsInput {
    fn legal_business_profile_input(&self) -> LegalProfileInput;
}

impl AsInput for Account {
    fn legal_business_profile_input(&self) -> LegalProfileInput {
        let p = &self.legal_business_profile;
        LegalProfileInput {
            company_name: p.company_name.clone(),
            address: p.address.clone(),
            primary_contact: p.primary_contact.clone(),
        }
    }
}

/// The probes that fail even for a Global admin, by the set-up's state: every other probe
/// succeeds for one, so a probe that stops reaching its operation (a stale id, a broken
/// set-up) shows instead of passing as "allowed".
const GLOBAL_ADMIN_REFUSED: &[&str] = &[
    "create_tenant",   // the domain prefix is the set-up's own, taken
    "create_account",  // the tenant is enrolled
    "sign_in",         // no such user
    "change_password", // no such user
    "refresh",         // no such refresh token
    "resend_code",     // a sandbox account has no code waiting
    "renew",           // the renewal window is a year away
    "rejoin",          // the membership is active
    "refund_order",    // a benefit of the order is activated
];

/// Every (principal, operation) whose answer is not the table's, as one list.
async fn mismatches(org: &Org, acting: impl Fn(&str) -> Box<dyn Api>) -> Vec<String> {
    let principals = Principal::all();
    let mut wrong = Vec::new();
    for (op, allowed) in expected() {
        for (who, allowed) in principals.iter().zip(allowed) {
            let api = acting(&org.member(*who).token);
            let answer = probe(api.as_ref(), &op, org, *who).await;
            let denied = match &answer {
                Err(e) if e.is(Code::Forbidden) => true,
                // A session that does not work, or a failure, says nothing about the rule.
                Err(e)
                    if e.kind() == ErrorKind::Internal
                        || (e.kind() == ErrorKind::Unauthenticated
                            && !matches!(
                                op.as_str(),
                                "sign_in" | "change_password" | "refresh"
                            )) =>
                {
                    wrong.push(format!("{op} as {}: {e:?}", who.label()));
                    continue;
                }
                Err(e)
                    if *who == Principal::Role(RoleName::GlobalAdmin)
                        && !GLOBAL_ADMIN_REFUSED.contains(&op.as_str()) =>
                {
                    wrong.push(format!(
                        "{op} as global-admin: the probe should succeed: {e:?}"
                    ));
                    false
                }
                _ => false,
            };
            if denied == allowed {
                wrong.push(format!(
                    "{op} as {}: expected {}, got {answer:?}",
                    who.label(),
                    if allowed { "allowed" } else { "denied" },
                ));
            }
        }
    }
    wrong
}

fn assert_none(wrong: Vec<String>) {
    assert!(
        wrong.is_empty(),
        "{} answers differ from DOMAIN.md's table:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
fn every_role_against_every_operation_embedded() {
    let dir = tempfile::tempdir().unwrap();
    let rt = tenant::runtime();
    let service = tenant::sandbox_service(dir.path());
    let org = rt.block_on(tenant::set_up(&service, "matrix", true));
    let wrong = rt.block_on(mismatches(&org, |token| {
        Box::new(Embedded::new(service.clone(), Some(token.to_string())).dry_run(true))
    }));
    assert_none(wrong);
}

#[test]
fn every_role_against_every_operation_over_http() {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("data");
    let rt = tenant::runtime();
    let org = rt.block_on(tenant::set_up(
        &tenant::sandbox_service(&data),
        "matrix",
        true,
    ));
    // The server serves the same data dir: the tokens of the set-up are valid there.
    let server = Server::start(home.path(), &data, tenant::SETUP_NOW, &[]);
    let client = HttpClient::new(backend_url(&server.url, false).unwrap(), false).unwrap();
    let wrong = rt.block_on(mismatches(&org, |token| {
        Box::new(client.acting(Some(token.to_string()), true))
    }));
    assert_none(wrong);
}
